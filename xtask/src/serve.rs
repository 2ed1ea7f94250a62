//! `cargo xtask serve`: build the app, build the server, and hand the terminal over to the server.

use crate::run::{cargo, run_cmd};
use crate::{dist, flag_value, tools};
use anyhow::{Result, bail};
use std::os::unix::process::CommandExt;
use std::path::Path;
use std::process::Command;

/// Where and how to serve.
pub struct Options {
    addr: String,
    port: u16,
    data_dir: String,
}

impl Options {
    /// Parses `--addr`, `--port` and `--data-dir`.
    pub fn parse(args: &[String]) -> Result<Self> {
        let mut options = Options {
            addr: "127.0.0.1".into(),
            port: 8080,
            data_dir: "data".into(),
        };
        let mut i = 0;
        while i < args.len() {
            match args[i].as_str() {
                "--addr" => options.addr = flag_value(args, &mut i)?.to_string(),
                "--port" => options.port = flag_value(args, &mut i)?.parse()?,
                "--data-dir" => options.data_dir = flag_value(args, &mut i)?.to_string(),
                other => bail!("unknown flag `{other}` for serve (expected --addr, --port, --data-dir)"),
            }
            i += 1;
        }
        Ok(options)
    }
}

/// Builds everything and replaces this process with the server, so Ctrl-C reaches it directly
/// and it shuts down cleanly on its own.
pub fn run(root: &Path, options: Options) -> Result<()> {
    tools::ensure_wasm_target()?;
    let dist = dist::build(root)?;
    println!("xtask: building the server (release)");
    run_cmd(cargo(root).args(["build", "--release", "--package", "sync-server"]))?;
    let server = root.join("target/release/sync-server");
    println!(
        "xtask: starting the server on http://{}:{}/ with data in {} (Ctrl-C stops it)",
        options.addr, options.port, options.data_dir
    );
    let err = Command::new(server)
        .current_dir(root)
        .args([
            "serve",
            "--addr",
            &options.addr,
            "--port",
            &options.port.to_string(),
        ])
        .arg("--data-dir")
        .arg(&options.data_dir)
        .arg("--dist")
        .arg(&dist.dir)
        .exec();
    Err(err.into())
}
