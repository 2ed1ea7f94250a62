//! Embeds every Fluent file under `locales/<tag>/*.ftl`.
//!
//! Several people add `.ftl` files in parallel (core, catalogue labels, UI), so the list of files is not
//! written by hand: this script walks `locales/`, sorts folders and files for a reproducible build, and writes
//! `$OUT_DIR/embedded.rs` with one `include_str!` per file on its absolute path. `src/embedded.rs` includes
//! that file.

use std::env;
use std::fmt::Write as _;
use std::fs;
use std::path::{Path, PathBuf};

fn main() {
    let manifest_dir = env::var_os("CARGO_MANIFEST_DIR").expect("cargo always sets CARGO_MANIFEST_DIR");
    let out_dir = env::var_os("OUT_DIR").expect("cargo always sets OUT_DIR for build scripts");
    let locales_dir = Path::new(&manifest_dir).join("locales");

    // A directory given to rerun-if-changed is scanned as a whole, so a new locale folder or a new file in
    // an existing folder triggers a rebuild; each file is listed as well to be explicit.
    println!("cargo::rerun-if-changed={}", locales_dir.display());

    let mut code = String::from("&[\n");
    for (tag, dir) in sorted_entries(&locales_dir, |p| p.is_dir()) {
        println!("cargo::rerun-if-changed={}", dir.display());
        let files = sorted_entries(&dir, |p| p.is_file() && p.extension().is_some_and(|e| e == "ftl"));
        if files.is_empty() {
            continue;
        }
        writeln!(code, "    ({tag:?}, &[").expect("writing to a String cannot fail");
        for (name, file) in files {
            println!("cargo::rerun-if-changed={}", file.display());
            let absolute = file
                .canonicalize()
                .expect("a file just listed can be canonicalised");
            let absolute = absolute.to_str().expect("the locales path is valid UTF-8");
            writeln!(
                code,
                "        Source {{ file: {name:?}, text: include_str!({absolute:?}) }},"
            )
            .expect("writing to a String cannot fail");
        }
        code.push_str("    ]),\n");
    }
    code.push_str("]\n");

    fs::write(Path::new(&out_dir).join("embedded.rs"), code).expect("OUT_DIR is writable");
}

/// The entries of `dir` that pass `keep`, as (file name, path), sorted by name; hidden entries are skipped.
/// A missing directory yields nothing, so the crate still builds before any locale exists.
fn sorted_entries(dir: &Path, keep: impl Fn(&Path) -> bool) -> Vec<(String, PathBuf)> {
    let Ok(read) = fs::read_dir(dir) else {
        return Vec::new();
    };
    let mut entries: Vec<(String, PathBuf)> = read
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| keep(p))
        .filter_map(|p| Some((p.file_name()?.to_str()?.to_owned(), p)))
        .filter(|(name, _)| !name.starts_with('.'))
        .collect();
    entries.sort();
    entries
}
