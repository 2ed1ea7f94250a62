//! Installing what is missing, from the package registries only, and saying so.

use crate::run::{output, run_cmd};
use anyhow::{Result, bail};
use std::path::{Path, PathBuf};
use std::process::Command;

/// The Chromium that browser tests and benchmarks drive (Debian's package).
pub const CHROMIUM: &str = "/usr/bin/chromium";
/// The chromedriver that wasm-bindgen-test talks to (Debian's package).
pub const CHROMEDRIVER: &str = "/usr/bin/chromedriver";
/// The one wasm-opt build that parses current rustc output here (TOOLCHAIN.md).
const BINARYEN: &str = "binaryen@132.0.0";

/// Adds the wasm32 target through rustup when it is not installed yet.
pub fn ensure_wasm_target() -> Result<()> {
    let installed = output(Command::new("rustup").args(["target", "list", "--installed"]))?;
    if !installed.lines().any(|l| l.trim() == "wasm32-unknown-unknown") {
        println!("xtask: the wasm32-unknown-unknown target is missing; installing it with rustup");
        run_cmd(Command::new("rustup").args(["target", "add", "wasm32-unknown-unknown"]))?;
    }
    Ok(())
}

/// Installs Debian's chromium and chromium-driver when missing and we are root; otherwise names the packages.
pub fn ensure_chromium() -> Result<()> {
    if Path::new(CHROMIUM).exists() && Path::new(CHROMEDRIVER).exists() {
        return Ok(());
    }
    let uid = output(Command::new("id").arg("-u")).unwrap_or_default();
    if uid.trim() != "0" {
        bail!(
            "Chromium is missing: install Debian's packages `chromium` and `chromium-driver` \
             (sudo apt-get install -y --no-install-recommends chromium chromium-driver), then run this again"
        );
    }
    println!("xtask: Chromium is missing; installing Debian's chromium and chromium-driver with apt-get");
    // A parallel apt run can break the first attempt (TOOLCHAIN.md), so try twice.
    let attempt = || -> Result<()> {
        run_cmd(Command::new("apt-get").arg("update"))?;
        run_cmd(
            Command::new("apt-get")
                .args([
                    "install",
                    "-y",
                    "--no-install-recommends",
                    "chromium",
                    "chromium-driver",
                ])
                .env("DEBIAN_FRONTEND", "noninteractive"),
        )
    };
    if let Err(first) = attempt() {
        println!("xtask: apt-get failed ({first:#}); trying once more");
        attempt()?;
    }
    Ok(())
}

/// Returns npm's binaryen `wasm-opt`, installing it under `target/tools` when missing.
/// `None` (with a warning) when npm is unavailable or the install fails: wasm-opt only shrinks the output.
pub fn ensure_wasm_opt(root: &Path) -> Option<PathBuf> {
    let prefix = root.join("target/tools");
    let bin = prefix.join("node_modules/.bin/wasm-opt");
    if bin.exists() {
        return Some(bin);
    }
    println!("xtask: wasm-opt is missing; installing npm's {BINARYEN} into target/tools");
    let _ = std::fs::create_dir_all(&prefix);
    let installed = run_cmd(
        Command::new("npm")
            .args([
                "install",
                "--no-audit",
                "--no-fund",
                "--loglevel=error",
                "--prefix",
            ])
            .arg(&prefix)
            .arg(BINARYEN),
    );
    match installed {
        Ok(()) if bin.exists() => Some(bin),
        Ok(()) => {
            println!(
                "xtask: warning: npm finished but {} is absent; building without wasm-opt",
                bin.display()
            );
            None
        }
        Err(e) => {
            println!("xtask: warning: could not install wasm-opt ({e:#}); building without it");
            None
        }
    }
}
