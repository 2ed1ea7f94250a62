//! Bench suite `qr`: the offline share on the fixtures of the codec's golden vectors (small: 5 goals × 3
//! steps, 3 contacts, 1 appointment; typical: 8 × 4, 6, 3 with an Arabic note; large: 12 × 6, 12, 5), each
//! shared whole:
//! - payload bytes, QR version at ECC M (URL prefix in byte mode, payload in alphanumeric mode) and QR bits per
//!   payload byte; the same entries as naive JSON in a byte-mode QR for comparison;
//! - one goal chain of 6 steps + 2 contacts;
//! - decode time per frame: quircs natively, and in the browser (photo → share shown, wasm);
//! - the part of the app's wasm that sharing adds (QR encoder, quircs, codec, DEFLATE, share/scan/viewer UI).
//!
//! Run it with `cargo xtask bench qr`.

use anyhow::{Context as _, Result};
use booklet::Booklet;
use booklet::codec::{self, Selection};
use e2e::bench::{Report, median};
use e2e::{Chrome, TestServer, WAIT, choose_file, click, open, wait_for};
use qrcode::bits::Bits;
use qrcode::{EcLevel, QrCode, Version};
use std::path::{Path, PathBuf};
use std::time::Instant;

/// A deployment's address as it would stand in front of the fragment.
const PREFIX: &str = "https://begleitheft.example.org/#";

fn fixtures_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../booklet/tests/vectors")
}

fn load(name: &str) -> Result<Booklet> {
    let text = std::fs::read_to_string(fixtures_dir().join(format!("{name}.booklet.json")))?;
    Ok(booklet::load_json(&text)?)
}

fn everything(b: &Booklet) -> Selection {
    Selection {
        goals: b.goals.iter().map(|g| g.id).collect(),
        contacts: b.contacts.iter().map(|c| c.id).collect(),
        appointments: b.appointments.iter().map(|a| a.id).collect(),
    }
}

/// The smallest version at M holding the two segments, or `None` beyond 40.
fn version(prefix: &str, alphanumeric: &str) -> Option<(i16, QrCode)> {
    (1..=40).find_map(|v| {
        let mut bits = Bits::new(Version::Normal(v));
        bits.push_byte_data(prefix.as_bytes()).ok()?;
        bits.push_alphanumeric_data(alphanumeric.as_bytes()).ok()?;
        bits.push_terminator(EcLevel::M).ok()?;
        Some((v, QrCode::with_bits(bits, EcLevel::M).ok()?))
    })
}

/// The smallest byte-mode version at M for `data`, or `None` beyond 40.
fn byte_version(data: &[u8]) -> Option<i16> {
    (1..=40).find(|v| {
        let mut bits = Bits::new(Version::Normal(*v));
        bits.push_byte_data(data).is_ok() && bits.push_terminator(EcLevel::M).is_ok()
    })
}

#[tokio::main]
async fn main() -> Result<()> {
    let mut report = Report {
        suite: "qr".into(),
        ..Report::default()
    };
    let today = booklet::Timestamp::from_millis(
        std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)?
            .as_millis() as i64,
    )
    .date();
    let expires = today.add_days(7).context("date")?;
    let mut typical_png = None;
    for name in ["small", "typical", "large"] {
        let b = load(name)?;
        let payload = codec::encode(&b, &everything(&b), today, expires)?;
        let fragment = codec::fragment(&payload);
        let (v, code) = version(PREFIX, &fragment).context("fits a QR code")?;
        let target_bytes = (name == "typical").then_some("<= 650");
        let target_version = (name == "typical").then_some("<= 22");
        report.push(
            format!("{name}: payload"),
            payload.len() as f64,
            "bytes",
            target_bytes,
        );
        report.push(
            format!("{name}: QR version at M"),
            f64::from(v),
            "",
            target_version,
        );
        // Alphanumeric mode: 11 bits per 2 characters.
        let bits = fragment.len() as f64 * 5.5;
        report.push(
            format!("{name}: QR bits per payload byte"),
            bits / payload.len() as f64,
            "bits",
            Some("<= 9.0"),
        );
        let share = codec::decode(&payload)?;
        let json = serde_json::to_vec(&(&share.goals, &share.contacts, &share.appointments))?;
        report.push(
            format!("{name}: same entries as JSON"),
            json.len() as f64,
            "bytes",
            None,
        );
        let json_version = byte_version(&[PREFIX.as_bytes(), &json].concat()).map_or(41.0, f64::from);
        report.push(
            format!("{name}: JSON-in-QR version at M (41 = does not fit)"),
            json_version,
            "",
            None,
        );
        if name == "typical" {
            typical_png = Some(e2e::qr_pixels(&code));
        }
    }

    // One goal chain of 6 steps and 2 contacts, from the large fixture.
    let large = load("large")?;
    let chain_goal = large
        .goals
        .iter()
        .find(|g| g.steps.len() >= 6)
        .context("a goal with 6 steps")?;
    let chain = Selection {
        goals: vec![chain_goal.id],
        contacts: large.contacts.iter().take(2).map(|c| c.id).collect(),
        appointments: vec![],
    };
    let payload = codec::encode(&large, &chain, today, expires)?;
    let (v, _) = version(PREFIX, &codec::fragment(&payload)).context("fits")?;
    report.push(
        "one goal chain (6 steps) + 2 contacts: payload",
        payload.len() as f64,
        "bytes",
        Some("<= 300"),
    );
    report.push(
        "one goal chain (6 steps) + 2 contacts: QR version at M",
        f64::from(v),
        "",
        Some("<= 14"),
    );

    // Decoding one frame natively.
    let (size, pixels) = typical_png.context("typical rendered")?;
    let mut native = Vec::new();
    for _ in 0..30 {
        let started = Instant::now();
        let mut quirc = quircs::Quirc::default();
        let found = quirc
            .identify(size, size, &pixels)
            .next()
            .context("a code")??
            .decode()?;
        native.push(started.elapsed().as_secs_f64() * 1000.0);
        assert!(!found.payload.is_empty());
    }
    report.push(
        "decode one frame (typical, native quircs)",
        median(&mut native),
        "ms",
        None,
    );

    // In the browser: a photo of the typical code read by the app (image decode + quircs in wasm + render).
    let files = tempfile::tempdir()?;
    let photo = files.path().join("typical.png");
    e2e::write_grey_png(size, &pixels, &photo)?;
    let server = TestServer::start().await?;
    let chrome = Chrome::launch().await?;
    let mut browser = Vec::new();
    for _ in 0..5 {
        let page = open(&chrome, &format!("{}scan", server.url())).await?;
        wait_for(&page, "document.querySelector('#scan-photo')", WAIT).await?;
        let started = Instant::now();
        choose_file(&page, "#scan-photo", &photo).await?;
        wait_for(
            &page,
            "document.querySelector('[data-page=\"viewer\"] [data-state]')",
            WAIT,
        )
        .await?;
        browser.push(started.elapsed().as_secs_f64() * 1000.0);
        click(&page, "[data-page=\"viewer\"] button").await.ok();
        page.close().await?;
    }
    chrome.close().await?;
    report.push(
        "photo of the typical code → share shown, in the browser (wasm)",
        median(&mut browser),
        "ms",
        None,
    );

    sharing_share_of_wasm(&mut report)?;
    report.notes.push(format!(
        "Payloads of the codec's golden-vector fixtures shared whole, issued today, valid 7 days; URL prefix `{PREFIX}` \
         in byte mode. The browser figure includes reading the PNG and rendering the viewer (an upper bound for one \
         frame). Decode medians of 30 (native) and 5 (browser) runs."
    ));
    report.write()
}

/// Estimates what sharing adds to the wasm: the code bytes of its functions (by the wasm-bindgen output's
/// name section, before wasm-opt strips names) as a share of all code, applied to the shipped wasm's gzip size.
/// A lower bound: generic code instantiated for sharing is named after `core`/`alloc` and not counted; the exact
/// figure is the difference between builds with and without sharing (see BENCHMARKS.md).
fn sharing_share_of_wasm(report: &mut Report) -> Result<()> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("..");
    let named = std::fs::read(root.join("target/wasm-bindgen/app_bg.wasm"))?;
    let (total, sharing) = code_bytes(&named, |name| {
        [
            "qrcode::",
            "quircs::",
            "miniz_oxide::",
            "booklet::codec",
            "frontend::services::qr",
            "frontend::services::scan",
            "frontend::pages::share",
            "frontend::pages::scan",
            "frontend::pages::viewer",
        ]
        .iter()
        .any(|k| name.contains(k))
    })?;
    let dist = e2e::dist_dir()?;
    let wasm_gz = std::fs::read_dir(&dist)?
        .filter_map(|e| e.ok())
        .find(|e| e.file_name().to_string_lossy().ends_with("_bg.wasm.gz"))
        .context("the shipped wasm.gz")?
        .metadata()?
        .len() as f64;
    report.push(
        "QR + codec + share/scan UI, share of wasm code (lower bound)",
        100.0 * sharing as f64 / total as f64,
        "%",
        None,
    );
    report.push(
        "QR + codec + share/scan UI, gzip estimate (lower bound)",
        wasm_gz * sharing as f64 / total as f64 / 1000.0,
        "KB",
        Some("<= 120"),
    );
    Ok(())
}

/// (all code bytes, code bytes of functions whose name matches) from a wasm module with a name section.
fn code_bytes(wasm: &[u8], matches: impl Fn(&str) -> bool) -> Result<(usize, usize)> {
    fn leb(b: &[u8], i: &mut usize) -> Result<usize> {
        let (mut value, mut shift) = (0usize, 0);
        loop {
            let byte = *b.get(*i).context("truncated LEB128")?;
            *i += 1;
            value |= usize::from(byte & 0x7f) << shift;
            shift += 7;
            if byte < 0x80 {
                return Ok(value);
            }
        }
    }
    let (mut i, mut imported, mut sizes, mut names) =
        (8usize, 0usize, Vec::new(), std::collections::HashMap::new());
    while i < wasm.len() {
        let id = wasm[i];
        i += 1;
        let size = leb(wasm, &mut i)?;
        let (start, end) = (i, i + size);
        match id {
            2 => {
                let mut j = start;
                for _ in 0..leb(wasm, &mut j)? {
                    for _ in 0..2 {
                        let l = leb(wasm, &mut j)?;
                        j += l;
                    }
                    let kind = wasm[j];
                    j += 1;
                    match kind {
                        0 => {
                            leb(wasm, &mut j)?;
                            imported += 1;
                        }
                        1 => {
                            j += 1;
                            let flags = leb(wasm, &mut j)?;
                            leb(wasm, &mut j)?;
                            if flags & 1 == 1 {
                                leb(wasm, &mut j)?;
                            }
                        }
                        2 => {
                            let flags = leb(wasm, &mut j)?;
                            leb(wasm, &mut j)?;
                            if flags & 1 == 1 {
                                leb(wasm, &mut j)?;
                            }
                        }
                        _ => j += 2,
                    }
                }
            }
            10 => {
                let mut j = start;
                for _ in 0..leb(wasm, &mut j)? {
                    let l = leb(wasm, &mut j)?;
                    sizes.push(l);
                    j += l;
                }
            }
            0 => {
                let mut j = start;
                let l = leb(wasm, &mut j)?;
                if &wasm[j..j + l] == b"name" {
                    j += l;
                    while j < end {
                        let sub = wasm[j];
                        j += 1;
                        let sl = leb(wasm, &mut j)?;
                        let sub_end = j + sl;
                        if sub == 1 {
                            let mut k = j;
                            for _ in 0..leb(wasm, &mut k)? {
                                let idx = leb(wasm, &mut k)?;
                                let nl = leb(wasm, &mut k)?;
                                names.insert(idx, String::from_utf8_lossy(&wasm[k..k + nl]).into_owned());
                                k += nl;
                            }
                        }
                        j = sub_end;
                    }
                }
            }
            _ => {}
        }
        i = end;
    }
    let total = sizes.iter().sum();
    let matched = sizes
        .iter()
        .enumerate()
        .filter(|(n, _)| names.get(&(n + imported)).is_some_and(|name| matches(name)))
        .map(|(_, s)| s)
        .sum();
    Ok((total, matched))
}
