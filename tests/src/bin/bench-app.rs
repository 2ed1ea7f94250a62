//! Bench suite `app`: what a phone downloads on its first visit, per asset and in total, for brotli
//! and gzip, on the release build served by the real server. Run it with `cargo xtask bench app`.

use anyhow::Result;
use e2e::bench::Report;
use e2e::{Chrome, TestServer, WAIT, eval, http_get, open, wait_for};

#[tokio::main]
async fn main() -> Result<()> {
    let server = TestServer::start().await?;
    let chrome = Chrome::launch().await?;
    let page = open(&chrome, &server.url()).await?;
    wait_for(&page, "document.querySelector('main [data-page]')", WAIT).await?;
    // The first load is what the page itself requested: the document plus every resource it fetched.
    let paths: Vec<String> = eval(
        &page,
        "[location.pathname].concat(performance.getEntriesByType('resource')
            .map(e => new URL(e.name)).filter(u => u.origin === location.origin).map(u => u.pathname))",
    )
    .await?;
    let chrome_bytes: f64 = eval(
        &page,
        "performance.getEntriesByType('navigation').concat(performance.getEntriesByType('resource'))
            .reduce((sum, e) => sum + e.transferSize, 0)",
    )
    .await?;
    chrome.close().await?;

    let mut report = Report {
        suite: "app".into(),
        ..Report::default()
    };
    let mut unique = paths.clone();
    unique.sort();
    unique.dedup();
    let (mut total_br, mut total_gz) = (0usize, 0usize);
    for path in &unique {
        let br = http_get(server.addr, path, &[("Accept-Encoding", "br")]).await?;
        let gz = http_get(server.addr, path, &[("Accept-Encoding", "gzip")]).await?;
        total_br += br.body.len();
        total_gz += gz.body.len();
        let name = if path == "/" {
            "index.html"
        } else {
            path.trim_start_matches('/')
        };
        let short = shorten(name);
        report.push(
            format!("first load: {short} (brotli)"),
            kb(br.body.len()),
            "KB",
            None,
        );
        report.push(
            format!("first load: {short} (gzip)"),
            kb(gz.body.len()),
            "KB",
            None,
        );
        if name.ends_with(".wasm") {
            report.push(
                "wasm (gzip)",
                gz.body.len() as f64 / 1024.0,
                "KiB",
                Some("<= 200"),
            );
        }
    }
    report.push("first load total (brotli)", kb(total_br), "KB", Some("<= 300"));
    report.push("first load total (gzip)", kb(total_gz), "KB", None);
    report.push(
        "first load total as Chromium received it",
        kb(chrome_bytes as usize),
        "KB",
        None,
    );
    report.notes.push(format!(
        "{} requests on the first load. Sizes are response bodies as sent (headers excluded); Chromium's \
         own figure includes headers and uses the encodings it advertises over plain HTTP.",
        paths.len()
    ));
    report.write()
}

/// Content hashes make names long and change every build; the table shows them without the hash.
fn shorten(name: &str) -> String {
    match name.find('-') {
        Some(i)
            if name[i + 1..].len() >= 16 && name[i + 1..i + 17].chars().all(|c| c.is_ascii_hexdigit()) =>
        {
            format!("{}-…{}", &name[..i], &name[i + 17..])
        }
        _ => name.to_string(),
    }
}

fn kb(bytes: usize) -> f64 {
    (bytes as f64 / 100.0).round() / 10.0
}
