//! `cargo xtask bench [suite]`: builds release artefacts, runs each suite, prints a table, writes
//! `target/bench/<suite>.json` and rewrites the suite's section of `BENCHMARKS.md`.
//!
//! A suite is a binary of the `e2e` crate (`bench-<suite>`): it starts the real server in-process, drives
//! headless Chromium and writes its metrics as JSON to the path in `BENCH_OUT`. This file only adds the
//! machine notes, judges each metric against its target and reports.
//!
//! The `server` suite needs no browser and no built app: it runs the release `sync-server` binary as its own
//! process beside PouchDB Server and Kinto, which this file installs under `target/tools` when missing.

use crate::run::{cargo, output, run_cmd};
use crate::{dist, tools};
use anyhow::{Context, Result, bail};
use serde::{Deserialize, Serialize};
use std::fs;
use std::path::{Path, PathBuf};
use std::process::Command;

const SUITES: &[&str] = &["app", "qr", "server"];

/// The suites that drive the built app in Chromium.
const BROWSER_SUITES: &[&str] = &["app", "qr"];

/// The peers of the `server` suite, pinned so that reruns compare like with like.
const POUCHDB_SERVER: &str = "pouchdb-server@4.2.0";
const KINTO: &str = "kinto==26.5.0";

/// One measured figure, as a suite reports it.
#[derive(Serialize, Deserialize)]
struct Metric {
    name: String,
    value: f64,
    unit: String,
    /// `"<= 300"` or `">= 2"`; absent when the figure is reported without a target.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    target: Option<String>,
    #[serde(default)]
    pass: Option<bool>,
}

/// A suite's output plus what xtask adds.
#[derive(Serialize, Deserialize)]
struct Report {
    suite: String,
    #[serde(default)]
    command: String,
    #[serde(default)]
    machine: String,
    metrics: Vec<Metric>,
    #[serde(default)]
    notes: Vec<String>,
}

/// Runs the named suites (all when none is named).
pub fn run(root: &Path, args: &[String]) -> Result<()> {
    let chosen: Vec<&str> = if args.is_empty() {
        SUITES.to_vec()
    } else {
        args.iter().map(String::as_str).collect()
    };
    for suite in &chosen {
        if !SUITES.contains(suite) {
            bail!("unknown bench suite `{suite}` (known: {})", SUITES.join(", "));
        }
    }
    let dist = if chosen.iter().any(|s| BROWSER_SUITES.contains(s)) {
        tools::ensure_wasm_target()?;
        tools::ensure_chromium()?;
        Some(dist::build(root)?)
    } else {
        None
    };
    let out_dir = root.join("target/bench");
    fs::create_dir_all(&out_dir)?;
    let mut failed = Vec::new();
    for suite in chosen {
        let json_path = out_dir.join(format!("{suite}.json"));
        let _ = fs::remove_file(&json_path);
        println!("xtask: bench suite `{suite}`");
        let mut command = cargo(root);
        command
            .args([
                "run",
                "--release",
                "--package",
                "e2e",
                "--bin",
                &format!("bench-{suite}"),
            ])
            .env("BENCH_OUT", &json_path);
        if suite == "server" {
            for (name, value) in server_suite_setup(root)? {
                command.env(name, value);
            }
        } else if let Some(dist) = &dist {
            command
                .env("BEGLEITHEFT_DIST", &dist.dir)
                .env("BEGLEITHEFT_CHROMIUM", tools::CHROMIUM);
        }
        run_cmd(&mut command)?;
        let mut report: Report = serde_json::from_str(
            &fs::read_to_string(&json_path).with_context(|| format!("suite `{suite}` wrote no report"))?,
        )?;
        report.command = format!("cargo xtask bench {suite}");
        report.machine = machine_notes(suite);
        for m in &mut report.metrics {
            m.pass = m.target.as_deref().and_then(|t| judge(m.value, t));
        }
        fs::write(&json_path, serde_json::to_string_pretty(&report)?)?;
        let table = table(&report);
        println!("\n{table}");
        rewrite_section(&root.join("BENCHMARKS.md"), suite, &table)?;
        println!(
            "xtask: wrote {} and the `{suite}` section of BENCHMARKS.md",
            json_path.display()
        );
        if report.metrics.iter().any(|m| m.pass == Some(false)) {
            failed.push(suite);
        }
    }
    if !failed.is_empty() {
        println!(
            "xtask: targets missed in: {} (see the tables above)",
            failed.join(", ")
        );
    }
    Ok(())
}

/// `Some(pass)` for targets of the form `<= N` or `>= N`.
fn judge(value: f64, target: &str) -> Option<bool> {
    let (op, number) = target.trim().split_at(2);
    let limit: f64 = number.trim().parse().ok()?;
    match op {
        "<=" => Some(value <= limit),
        ">=" => Some(value >= limit),
        _ => None,
    }
}

fn table(report: &Report) -> String {
    let mut s = format!(
        "Command: `{}`  \nMachine: {}\n\n| metric | value | unit | target | result |\n| --- | ---: | --- | --- | --- |\n",
        report.command, report.machine
    );
    for m in &report.metrics {
        let result = match m.pass {
            Some(true) => "pass",
            Some(false) => "MISS",
            None => "—",
        };
        let value = if m.value.fract() == 0.0 {
            format!("{}", m.value)
        } else {
            format!("{:.1}", m.value)
        };
        s.push_str(&format!(
            "| {} | {value} | {} | {} | {result} |\n",
            m.name,
            m.unit,
            m.target.as_deref().unwrap_or("")
        ));
    }
    for note in &report.notes {
        s.push_str(&format!("\n{note}\n"));
    }
    s
}

/// Replaces the text between `<!-- bench:<suite> -->` and `<!-- /bench:<suite> -->`, appending the
/// section when it does not exist yet.
fn rewrite_section(path: &Path, suite: &str, body: &str) -> Result<()> {
    let start = format!("<!-- bench:{suite} -->");
    let end = format!("<!-- /bench:{suite} -->");
    let current = fs::read_to_string(path).unwrap_or_else(|_| "# Benchmarks\n".into());
    let section = format!("{start}\n{body}\n{end}");
    let updated = match (current.find(&start), current.find(&end)) {
        (Some(a), Some(b)) if a < b => format!("{}{section}{}", &current[..a], &current[b + end.len()..]),
        _ => format!("{}\n## Suite `{suite}`\n\n{section}\n", current.trim_end()),
    };
    fs::write(path, updated)?;
    Ok(())
}

/// Builds our release server and installs the peers; returns the variables that tell `bench-server` where
/// they are.
fn server_suite_setup(root: &Path) -> Result<Vec<(&'static str, PathBuf)>> {
    run_cmd(cargo(root).args(["build", "--release", "--package", "sync-server"]))?;
    let tools = root.join("target/tools");
    Ok(vec![
        ("BENCH_SYNC_SERVER", root.join("target/release/sync-server")),
        ("BENCH_POUCHDB_SERVER", ensure_pouchdb_server(&tools)?),
        ("BENCH_KINTO", ensure_kinto(&tools)?),
    ])
}

/// npm's `pouchdb-server` in its own prefix under `target/tools` (apart from wasm-opt's).
fn ensure_pouchdb_server(tools: &Path) -> Result<PathBuf> {
    let prefix = tools.join("pouchdb-server");
    let bin = prefix.join("node_modules/.bin/pouchdb-server");
    if !bin.exists() {
        println!(
            "xtask: PouchDB Server is missing; installing npm's {POUCHDB_SERVER} into {}",
            prefix.display()
        );
        fs::create_dir_all(&prefix)?;
        run_cmd(
            Command::new("npm")
                .args([
                    "install",
                    "--no-audit",
                    "--no-fund",
                    "--loglevel=error",
                    "--prefix",
                ])
                .arg(&prefix)
                .arg(POUCHDB_SERVER),
        )?;
    }
    if !bin.exists() {
        bail!("npm finished but {} is absent", bin.display());
    }
    Ok(bin)
}

/// PyPI's `kinto` in a virtual environment under `target/tools`.
fn ensure_kinto(tools: &Path) -> Result<PathBuf> {
    let venv = tools.join("kinto-venv");
    let bin = venv.join("bin/kinto");
    if !bin.exists() {
        println!(
            "xtask: Kinto is missing; installing PyPI's {KINTO} into {}",
            venv.display()
        );
        fs::create_dir_all(tools)?;
        run_cmd(Command::new("python3").args(["-m", "venv"]).arg(&venv))?;
        run_cmd(
            Command::new(venv.join("bin/pip"))
                .args(["install", "--quiet", "--disable-pip-version-check"])
                .arg(KINTO),
        )?;
    }
    if !bin.exists() {
        bail!("pip finished but {} is absent", bin.display());
    }
    Ok(bin)
}

/// What the figures were measured on: they only compare within one machine and one run.
fn machine_notes(suite: &str) -> String {
    let cpu = fs::read_to_string("/proc/cpuinfo")
        .ok()
        .and_then(|c| {
            c.lines()
                .find(|l| l.starts_with("model name"))
                .map(|l| l.split(':').nth(1).unwrap_or("").trim().to_string())
        })
        .unwrap_or_else(|| "unknown CPU".into());
    let cores = std::thread::available_parallelism().map(|n| n.get()).unwrap_or(0);
    let date = output(Command::new("date").arg("-u").arg("+%Y-%m-%d")).unwrap_or_default();
    let runtime = if suite == "server" {
        // The peers run on these; the server suite names their own versions in its notes.
        let node = output(Command::new("node").arg("--version")).unwrap_or_default();
        let python = output(Command::new("python3").arg("--version")).unwrap_or_default();
        format!("Node.js {}, {}", node.trim(), python.trim())
    } else {
        output(Command::new(tools::CHROMIUM).arg("--version")).unwrap_or_default()
    };
    format!("{cores} cores, {cpu}, {}, {}", runtime.trim(), date.trim())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn judges_targets() {
        assert_eq!(judge(250.0, "<= 300"), Some(true));
        assert_eq!(judge(301.0, "<= 300"), Some(false));
        assert_eq!(judge(3.0, ">= 2"), Some(true));
        assert_eq!(judge(3.0, "about 2"), None);
    }

    #[test]
    fn rewrites_only_its_own_section() {
        let dir = std::env::temp_dir().join(format!("xtask-bench-{}", std::process::id()));
        fs::create_dir_all(&dir).unwrap();
        let path = dir.join("BENCHMARKS.md");
        fs::write(&path, "# B\n\n<!-- bench:qr -->\nold qr\n<!-- /bench:qr -->\n").unwrap();
        rewrite_section(&path, "app", "first").unwrap();
        rewrite_section(&path, "app", "second").unwrap();
        let text = fs::read_to_string(&path).unwrap();
        assert!(text.contains("old qr") && text.contains("second") && !text.contains("first"));
        fs::remove_dir_all(dir).unwrap();
    }
}
