//! `cargo xtask` — the one entry point for build chores.
//!
//! Layout:
//! - `tools`: installs what is missing (wasm32 target, Chromium, wasm-opt) and says so;
//! - `dist`: builds the release wasm app and assembles `dist/` with content-hashed names;
//! - `serve`: `dist` plus the real server on 127.0.0.1:8080;
//! - `test`: every suite (fmt, clippy, native, browser, end-to-end) with a summary;
//! - `bench`: release artefacts measured, figures to `target/bench/` and `BENCHMARKS.md`.
//!
//! The wasm-bindgen CLI and its test runner are linked into this binary (see TOOLCHAIN.md: `cargo install`
//! fails here), so their version is always the one in the workspace's `Cargo.lock`.

mod bench;
mod dist;
mod run;
mod serve;
mod test;
mod tools;

use anyhow::{Context, Result, bail};
use std::path::PathBuf;

const USAGE: &str = "usage: cargo xtask <command>

commands:
  serve [--addr A] [--port P] [--data-dir D]   build the app and run the server (default 127.0.0.1:8080, ./data)
  test                                         run every test suite (what CI runs)
  bench [app|qr|server]...                     run benchmark suites (all without names), write target/bench/*.json and BENCHMARKS.md
  dist                                         only build the app into ./dist
  wasm-bindgen ARGS / wasm-bindgen-test-runner ARGS   the linked wasm-bindgen tools";

fn main() -> Result<()> {
    let mut args = std::env::args().skip(1);
    let Some(command) = args.next() else {
        println!("{USAGE}");
        return Ok(());
    };
    let rest: Vec<String> = args.collect();
    match command.as_str() {
        "serve" => serve::run(&workspace_root(), serve::Options::parse(&rest)?),
        "test" => test::run(&workspace_root()),
        "bench" => bench::run(&workspace_root(), &rest),
        "dist" => {
            let root = workspace_root();
            tools::ensure_wasm_target()?;
            dist::build(&root).map(|_| ())
        }
        // Passthroughs: cargo's wasm32 runner points here, and the build calls them in-process.
        "wasm-bindgen" => wasm_bindgen_cli::wasm_bindgen::run_cli_with_args(
            std::iter::once("wasm-bindgen".to_string()).chain(rest),
        ),
        "wasm-bindgen-test-runner" => wasm_bindgen_cli::wasm_bindgen_test_runner::run_cli_with_args(
            std::iter::once("wasm-bindgen-test-runner".to_string()).chain(rest),
        ),
        "-h" | "--help" | "help" => {
            println!("{USAGE}");
            Ok(())
        }
        other => bail!("unknown command `{other}`\n\n{USAGE}"),
    }
}

/// The workspace root: xtask lives one level below it.
fn workspace_root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .expect("xtask sits inside the workspace")
        .to_path_buf()
}

/// Parses `--flag value` pairs; unknown flags are errors so typos are not silently ignored.
fn flag_value<'a>(args: &'a [String], i: &mut usize) -> Result<&'a str> {
    let name = &args[*i];
    *i += 1;
    args.get(*i)
        .map(String::as_str)
        .with_context(|| format!("{name} needs a value"))
}
