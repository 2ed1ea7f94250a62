//! `cargo xtask test`: every suite CI runs, each with a closing summary line; non-zero exit on any failure.
//!
//! Order matters for speed on two cores: cheap checks first, then native tests, then the browser tests
//! (debug wasm), then one release build of the app that all end-to-end tests share.

use crate::run::{cargo, run_tee};
use crate::{dist, tools};
use anyhow::{Result, bail};
use std::path::Path;
use std::process::Command;
use std::time::Instant;

/// The outcome of one suite, for the summary table.
struct Outcome {
    name: &'static str,
    ok: bool,
    passed: u32,
    failed: u32,
    seconds: f64,
    note: String,
}

/// Runs every suite, prints the summary, and fails if any suite failed or ran no tests.
pub fn run(root: &Path) -> Result<()> {
    let started = Instant::now();
    tools::ensure_wasm_target()?;
    tools::ensure_chromium()?;
    let xtask = std::env::current_exe()?;
    let webdriver_json = root.join("target/webdriver.json");
    std::fs::create_dir_all(root.join("target"))?;
    std::fs::write(&webdriver_json, webdriver_config())?;

    let mut outcomes = Vec::new();
    outcomes.push(check("fmt", cargo(root).args(["fmt", "--all", "--check"])));
    outcomes.push(check(
        "clippy (native)",
        cargo(root).args(["clippy", "--workspace", "--all-targets", "--", "-D", "warnings"]),
    ));
    outcomes.push(check(
        "clippy (wasm32)",
        cargo(root).args([
            "clippy",
            "--package",
            "frontend",
            "--package",
            "i18n",
            "--package",
            "booklet",
            "--all-targets",
            "--target",
            "wasm32-unknown-unknown",
            // The release build's split points are linted too (native clippy sees the direct calls).
            "--features",
            "frontend/split",
            "--",
            "-D",
            "warnings",
        ]),
    ));
    outcomes.push(tests(
        "native tests",
        cargo(root).args(["test", "--no-fail-fast", "--workspace", "--exclude", "e2e"]),
    ));
    outcomes.push(tests(
        "browser tests (wasm-bindgen-test, headless Chromium)",
        cargo(root)
            .args([
                "test",
                "--no-fail-fast",
                "--package",
                "frontend",
                "--package",
                "i18n",
                "--target",
                "wasm32-unknown-unknown",
            ])
            .env(
                "CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUNNER",
                format!("{} wasm-bindgen-test-runner", xtask.display()),
            )
            .env("CHROMEDRIVER", tools::CHROMEDRIVER)
            .env("WASM_BINDGEN_TEST_WEBDRIVER_JSON", &webdriver_json)
            .env("WASM_BINDGEN_TEST_TIMEOUT", "120"),
    ));

    let build_started = Instant::now();
    match dist::build(root) {
        Ok(dist) => {
            outcomes.push(Outcome {
                name: "release build of the app",
                ok: true,
                passed: 0,
                failed: 0,
                seconds: build_started.elapsed().as_secs_f64(),
                note: dist.entry_assets.join(", "),
            });
            outcomes.push(tests(
                "end-to-end tests (real server, headless Chromium)",
                cargo(root)
                    .args(["test", "--no-fail-fast", "--package", "e2e"])
                    .env("BEGLEITHEFT_DIST", &dist.dir)
                    .env("BEGLEITHEFT_CHROMIUM", tools::CHROMIUM),
            ));
        }
        Err(e) => outcomes.push(Outcome {
            name: "release build of the app",
            ok: false,
            passed: 0,
            failed: 0,
            seconds: build_started.elapsed().as_secs_f64(),
            note: format!("{e:#}; end-to-end tests not run"),
        }),
    }

    println!("\n==== cargo xtask test: summary ====");
    for o in &outcomes {
        let counts = if o.passed + o.failed > 0 {
            format!("{} passed, {} failed", o.passed, o.failed)
        } else {
            String::new()
        };
        println!(
            "{:<4} {:<52} {:>7.1} s  {counts}{}{}",
            if o.ok { "ok" } else { "FAIL" },
            o.name,
            o.seconds,
            if counts.is_empty() || o.note.is_empty() {
                ""
            } else {
                "; "
            },
            o.note
        );
    }
    let failed: Vec<_> = outcomes.iter().filter(|o| !o.ok).map(|o| o.name).collect();
    println!("total {:.1} s", started.elapsed().as_secs_f64());
    if !failed.is_empty() {
        bail!("failed: {}", failed.join(", "));
    }
    Ok(())
}

/// A suite that passes when the command exits 0.
fn check(name: &'static str, cmd: &mut Command) -> Outcome {
    let started = Instant::now();
    let (ok, note) = match crate::run::run_cmd(cmd) {
        Ok(()) => (true, String::new()),
        Err(e) => (false, format!("{e:#}")),
    };
    Outcome {
        name,
        ok,
        passed: 0,
        failed: 0,
        seconds: started.elapsed().as_secs_f64(),
        note,
    }
}

/// A test suite: passes when the command exits 0 *and* at least one test ran, so a suite that
/// silently found nothing cannot look green.
fn tests(name: &'static str, cmd: &mut Command) -> Outcome {
    let started = Instant::now();
    let (ok, note, passed, failed) = match run_tee(cmd) {
        Ok((ok, stdout)) => {
            let (passed, failed) = count_results(&stdout);
            let note = if passed == 0 {
                "no tests ran".to_string()
            } else {
                String::new()
            };
            (ok && passed > 0, note, passed, failed)
        }
        Err(e) => (false, format!("{e:#}"), 0, 0),
    };
    Outcome {
        name,
        ok,
        passed,
        failed,
        seconds: started.elapsed().as_secs_f64(),
        note,
    }
}

/// Sums the `test result: … N passed; M failed` lines of libtest and wasm-bindgen-test.
fn count_results(stdout: &str) -> (u32, u32) {
    let mut passed = 0;
    let mut failed = 0;
    for line in stdout.lines().filter(|l| l.contains("test result:")) {
        passed += number_before(line, " passed");
        failed += number_before(line, " failed");
    }
    (passed, failed)
}

fn number_before(line: &str, word: &str) -> u32 {
    line.find(word)
        .and_then(|end| {
            line[..end]
                .rsplit(|c: char| !c.is_ascii_digit())
                .next()?
                .parse()
                .ok()
        })
        .unwrap_or(0)
}

/// Chrome flags for wasm-bindgen-test: no background traffic to outside hosts, nothing to sync.
fn webdriver_config() -> String {
    serde_json::json!({
        "goog:chromeOptions": {
            "binary": tools::CHROMIUM,
            "args": [
                "disable-gpu", "disable-background-networking", "disable-component-update",
                "disable-sync", "no-first-run", "disable-quic", "disable-dev-shm-usage", "no-sandbox"
            ]
        }
    })
    .to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counts_libtest_and_wasm_bindgen_lines() {
        let out = "running 3 tests\ntest result: ok. 3 passed; 0 failed; 0 ignored\n\
                   test result: FAILED. 10 passed; 2 failed; 1 ignored; 0 measured\n";
        assert_eq!(count_results(out), (13, 2));
        assert_eq!(count_results("nothing here"), (0, 0));
    }
}
