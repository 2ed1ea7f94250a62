//! Building the app: release wasm → wasm-bindgen → wasm-opt → `dist/` with content-hashed names,
//! a service worker that precaches exactly this build, and brotli/gzip copies of every text asset.

use crate::run::{cargo, run_cmd};
use crate::tools;
use anyhow::{Context, Result, bail};
use sha2::{Digest, Sha256};
use std::fs;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::Command;

/// What a build produced, for the callers that report on it.
pub struct Dist {
    /// The assembled directory the server serves.
    pub dir: PathBuf,
    /// Hashed file names of the entry assets (wasm, js, css), relative to `dir`.
    pub entry_assets: Vec<String>,
}

/// Extensions that are worth compressing; images and fonts are already compressed.
const COMPRESSIBLE: &[&str] = &[
    "html",
    "js",
    "css",
    "wasm",
    "json",
    "webmanifest",
    "svg",
    "txt",
    "ftlc",
];

/// Builds the release app and assembles `dist/`.
pub fn build(root: &Path) -> Result<Dist> {
    let started = std::time::Instant::now();
    println!("xtask: building the app (frontend, wasm32, size-first profile `wasm-release`)");
    run_cmd(cargo(root).args([
        "build",
        "--package",
        "frontend",
        "--lib",
        "--target",
        "wasm32-unknown-unknown",
        "--profile",
        "wasm-release",
        "--features",
        "split",
    ]))?;
    let wasm_in = root.join("target/wasm32-unknown-unknown/wasm-release/frontend.wasm");
    let linked = fs::read(&wasm_in).with_context(|| format!("reading {}", wasm_in.display()))?;
    let split = split_app(root, &linked)?;

    let bindgen_dir = root.join("target/wasm-bindgen");
    let _ = fs::remove_dir_all(&bindgen_dir);
    println!(
        "xtask: running wasm-bindgen {} (linked into xtask)",
        wasm_bindgen_version()
    );
    wasm_bindgen_cli::wasm_bindgen::run_cli_with_args([
        "wasm-bindgen".into(),
        "--target".into(),
        "web".into(),
        "--no-typescript".into(),
        // The parts import the function table from the first-load module under the linker's name.
        "--keep-lld-exports".into(),
        "--out-name".into(),
        "app".into(),
        "--out-dir".into(),
        bindgen_dir.clone().into_os_string(),
        split.main.clone().into_os_string(),
    ])
    .context("wasm-bindgen failed")?;

    let wasm_opt = tools::ensure_wasm_opt(root);
    let wasm = shrink(wasm_opt.as_deref(), &bindgen_dir.join("app_bg.wasm"))?;
    let js = fs::read(bindgen_dir.join("app.js"))?;
    let mut parts = Vec::new();
    for (name, path) in &split.parts {
        parts.push((name.clone(), shrink(wasm_opt.as_deref(), path)?));
    }

    let dist = root.join("dist");
    if dist.exists() {
        fs::remove_dir_all(&dist).with_context(|| format!("could not clear {}", dist.display()))?;
    }
    fs::create_dir_all(&dist)?;
    let public = root.join("public");

    let wasm_name = write_hashed(&dist, "app", "_bg.wasm", &wasm)?;
    let js_name = write_hashed(&dist, "app", ".js", &js)?;
    let css_name = write_hashed(&dist, "style", ".css", &fs::read(public.join("style.css"))?)?;
    // The lazily loaded parts under content-hashed names, and their loader pointing at those names and at the
    // app's glue (whose hashed name it imports `initSync` from).
    let mut loader =
        fs::read_to_string(&split.loader)?.replace(SPLIT_MAIN_PLACEHOLDER, &format!("./{js_name}"));
    let mut parts_bytes = 0;
    for (name, bytes) in &parts {
        let hashed = write_hashed(&dist, name, ".wasm", bytes)?;
        let quoted = format!("\"./{name}.wasm\"");
        if !loader.contains(&quoted) {
            bail!("the split loader does not name {name}.wasm");
        }
        loader = loader.replace(&quoted, &format!("\"./{hashed}\""));
        parts_bytes += bytes.len();
    }
    fs::write(dist.join(&split.loader_name), loader)?;

    let locales = write_locales(root, &dist)?;

    // Everything else in public/ is copied as is; index.html and sw.js are templates.
    copy_dir(&public, &dist, &["index.html", "sw.js", "style.css"])?;
    let index = fs::read_to_string(public.join("index.html"))?
        .replace("{{LOCALES}}", &serde_json::to_string(&locales.first)?)
        .replace("{{LOCALES_MORE}}", &serde_json::to_string(&locales.more)?)
        .replace("{{APP_JS}}", &js_name)
        .replace("{{APP_WASM}}", &wasm_name)
        .replace("{{STYLE_CSS}}", &css_name);
    if index.contains("{{") {
        bail!("public/index.html has a placeholder that the build does not know");
    }
    fs::write(dist.join("index.html"), index)?;

    // The service worker precaches exactly this build; its cache name changes whenever any asset does.
    // Fonts are left to the service worker's runtime cache: only readers of that script download them.
    let mut precache: Vec<String> = list_files(&dist)?
        .into_iter()
        .filter(|f| !f.starts_with("fonts/"))
        .collect();
    precache.sort();
    let mut version = Sha256::new();
    for file in &precache {
        version.update(file.as_bytes());
        version.update(fs::read(dist.join(file))?);
    }
    let version = hex16(&version.finalize());
    let urls: Vec<String> = precache
        .iter()
        .map(|f| {
            if f == "index.html" {
                "/".to_string()
            } else {
                format!("/{f}")
            }
        })
        .collect();
    let sw = fs::read_to_string(public.join("sw.js"))?
        .replace("__BUILD_VERSION__", &version)
        .replace("__PRECACHE__", &serde_json::to_string(&urls)?);
    fs::write(dist.join("sw.js"), sw)?;

    precompress(&dist)?;
    println!(
        "xtask: dist/ ready in {:.1} s (build {version}): {wasm_name} {} KiB, {js_name}, {css_name}; \
         {} lazily loaded parts, {} KiB",
        started.elapsed().as_secs_f64(),
        wasm.len() / 1024,
        parts.len(),
        parts_bytes / 1024
    );
    Ok(Dist {
        dir: dist,
        entry_assets: vec![wasm_name, js_name, css_name],
    })
}

/// A locale's Fluent files that the first screen needs; the others (sync, link shares, the advisor) are only
/// read by lazily loaded screens and come in a second file after the first render.
const FIRST_LOAD_FTL: &[&str] = &["core.ftl", "catalog.ftl", "app.ftl"];

/// The URLs of each locale's two files, by tag.
struct LocaleUrls {
    /// `core`, `catalog` and `app`: what the first screen shows.
    first: std::collections::BTreeMap<String, String>,
    /// Everything else, fetched after the first render.
    more: std::collections::BTreeMap<String, String>,
}

/// Writes each locale's Fluent files, compiled (`i18n::compile`: parsed here, so the app needs no parser) in
/// two (see [`FIRST_LOAD_FTL`]), as `locales/<tag>-<hash>.ftlc` and `locales/<tag>-more-<hash>.ftlc`. The
/// app fetches only the language it shows, so adding a language costs nobody else a byte. A syntax error or
/// a duplicate id fails the build.
fn write_locales(root: &Path, dist: &Path) -> Result<LocaleUrls> {
    let out = dist.join("locales");
    fs::create_dir_all(&out)?;
    let mut urls = LocaleUrls {
        first: Default::default(),
        more: Default::default(),
    };
    let mut dirs: Vec<_> = fs::read_dir(root.join("i18n/locales"))?
        .filter_map(|e| e.ok())
        .map(|e| e.path())
        .collect();
    dirs.sort();
    for dir in dirs.iter().filter(|d| d.is_dir()) {
        let tag = dir
            .file_name()
            .and_then(|n| n.to_str())
            .context("locale folder name")?
            .to_string();
        let mut files: Vec<_> = fs::read_dir(dir)?
            .filter_map(|e| e.ok())
            .map(|e| e.path())
            .filter(|p| p.extension().is_some_and(|e| e == "ftl"))
            .collect();
        files.sort();
        let (mut first, mut more) = (Vec::new(), Vec::new());
        for file in files {
            let name = file
                .file_name()
                .and_then(|n| n.to_str())
                .unwrap_or_default()
                .to_owned();
            let text = fs::read_to_string(&file)?;
            if FIRST_LOAD_FTL.contains(&name.as_str()) {
                first.push((name, text));
            } else {
                more.push((name, text));
            }
        }
        if first.is_empty() {
            continue;
        }
        for (files, stem, urls) in [
            (&first, tag.clone(), &mut urls.first),
            (&more, format!("{tag}-more"), &mut urls.more),
        ] {
            let files: Vec<(&str, &str)> = files.iter().map(|(n, t)| (n.as_str(), t.as_str())).collect();
            let compiled = i18n::compile(&tag, &files).map_err(|errors| {
                let list: Vec<String> = errors.iter().map(ToString::to_string).collect();
                anyhow::anyhow!("locale {tag} does not compile:\n  {}", list.join("\n  "))
            })?;
            let name = write_hashed(&out, &stem, ".ftlc", &compiled)?;
            urls.insert(tag.clone(), format!("/locales/{name}"));
        }
    }
    Ok(urls)
}

/// Stands for the app glue's hashed name in the split loader until that name is known.
const SPLIT_MAIN_PLACEHOLDER: &str = "./__APP_JS__";

/// The linked app cut at its split points (`frontend/src/lazy.rs`).
struct Split {
    /// The first-load module, for wasm-bindgen.
    main: PathBuf,
    /// Each lazily loaded module: the name the loader knows it by, and its file.
    parts: Vec<(String, PathBuf)>,
    /// The JavaScript that fetches and instantiates the parts.
    loader: PathBuf,
    /// The loader's file name in `dist/`: wasm-bindgen's glue imports it by this name.
    loader_name: String,
}

/// Splits the linked wasm into the first-load module and the lazily loaded parts. The loader is named after
/// the linked wasm's hash: its content and the glue that imports it both follow from that wasm alone.
fn split_app(root: &Path, linked: &[u8]) -> Result<Split> {
    let out = root.join("target/wasm-split");
    let _ = fs::remove_dir_all(&out);
    fs::create_dir_all(&out)?;
    let loader_name = format!("split-{}.js", hex16(&Sha256::digest(linked)));
    let link_name = format!("./{loader_name}");
    let main = out.join("main.wasm");
    let mut options = wasm_split_cli_support::Options::new(linked);
    options.output_dir = &out;
    options.main_out_path = &main;
    options.link_name = &link_name;
    options.main_module = SPLIT_MAIN_PLACEHOLDER;
    let result = wasm_split_cli_support::transform(options)
        .map_err(|e| anyhow::anyhow!("splitting the app failed: {e:?}"))?;
    let mut parts = Vec::new();
    for path in result.split_modules {
        let name = path
            .file_stem()
            .and_then(|n| n.to_str())
            .context("split module name")?
            .to_string();
        parts.push((name, path));
    }
    parts.sort();
    println!(
        "xtask: split the app into a first-load module and {} lazily loaded parts",
        parts.len()
    );
    Ok(Split {
        main,
        parts,
        loader: out.join(&link_name),
        loader_name,
    })
}

/// `wasm-opt -Oz` without debug names, or the bytes as they are when wasm-opt is unavailable.
fn shrink(wasm_opt: Option<&Path>, path: &Path) -> Result<Vec<u8>> {
    let Some(wasm_opt) = wasm_opt else {
        return Ok(fs::read(path)?);
    };
    let optimised = path.with_extension("opt.wasm");
    run_cmd(
        Command::new(wasm_opt)
            .arg("-Oz")
            // Quiet: the split modules' name sections carry a subsection wasm-opt does not know, and says so.
            .arg("--quiet")
            .arg("--strip-debug")
            .arg("--strip-producers")
            .arg(path)
            .arg("-o")
            .arg(&optimised),
    )?;
    Ok(fs::read(&optimised)?)
}

/// The wasm-bindgen version linked into xtask, which `Cargo.lock` pins.
fn wasm_bindgen_version() -> &'static str {
    "0.2.130"
}

/// Writes `bytes` as `<stem>-<16 hex of sha256><suffix>` and returns the file name.
fn write_hashed(dir: &Path, stem: &str, suffix: &str, bytes: &[u8]) -> Result<String> {
    let name = format!("{stem}-{}{suffix}", hex16(&Sha256::digest(bytes)));
    fs::write(dir.join(&name), bytes)?;
    Ok(name)
}

fn hex16(digest: &[u8]) -> String {
    digest.iter().take(8).map(|b| format!("{b:02x}")).collect()
}

fn copy_dir(from: &Path, to: &Path, skip: &[&str]) -> Result<()> {
    for entry in fs::read_dir(from)? {
        let entry = entry?;
        let name = entry.file_name().to_string_lossy().into_owned();
        if skip.contains(&name.as_str()) || name.starts_with('.') {
            continue;
        }
        let target = to.join(&name);
        if entry.file_type()?.is_dir() {
            fs::create_dir_all(&target)?;
            copy_dir(&entry.path(), &target, &[])?;
        } else {
            fs::copy(entry.path(), &target)?;
        }
    }
    Ok(())
}

/// Relative paths of every file under `dir`, with `/` separators.
pub fn list_files(dir: &Path) -> Result<Vec<String>> {
    fn walk(base: &Path, dir: &Path, out: &mut Vec<String>) -> Result<()> {
        for entry in fs::read_dir(dir)? {
            let path = entry?.path();
            if path.is_dir() {
                walk(base, &path, out)?;
            } else {
                let rel = path.strip_prefix(base).expect("walked from base");
                out.push(rel.to_string_lossy().replace('\\', "/"));
            }
        }
        Ok(())
    }
    let mut out = Vec::new();
    walk(dir, dir, &mut out)?;
    Ok(out)
}

/// Writes `x.br` (quality 11) and `x.gz` (level 9) beside every compressible file, so the server
/// sends the smallest encoding without compressing at request time.
fn precompress(dist: &Path) -> Result<()> {
    for file in list_files(dist)? {
        let ext = file.rsplit('.').next().unwrap_or_default();
        if !COMPRESSIBLE.contains(&ext) {
            continue;
        }
        let path = dist.join(&file);
        let bytes = fs::read(&path)?;
        fs::write(format!("{}.br", path.display()), brotli_bytes(&bytes)?)?;
        fs::write(format!("{}.gz", path.display()), gzip_bytes(&bytes)?)?;
    }
    Ok(())
}

/// Brotli at the highest quality, as served to browsers.
pub fn brotli_bytes(bytes: &[u8]) -> Result<Vec<u8>> {
    let mut out = Vec::new();
    {
        let mut writer = brotli::CompressorWriter::new(&mut out, 64 * 1024, 11, 22);
        writer.write_all(bytes)?;
    }
    Ok(out)
}

/// Gzip at the highest level, as served to browsers without brotli.
pub fn gzip_bytes(bytes: &[u8]) -> Result<Vec<u8>> {
    let mut encoder = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::best());
    encoder.write_all(bytes)?;
    Ok(encoder.finish()?)
}
