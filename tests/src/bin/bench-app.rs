//! Bench suite `app`, on the release build served by the real server in headless Chromium:
//! - what a phone downloads on its first visit, per asset and in total, for brotli and gzip;
//! - cold start (fresh profile, Lighthouse's mobile network: 150 ms RTT, 1.6 Mbps down) to LCP and to
//!   interactive (the stored booklet on screen) at 4× and 10× CPU slowdown, median of 5;
//! - offline warm start from the service worker to interactive at 4×, median of 5;
//! - with 1,000 entries at 4×: p50/p95 of "add one step, persisted and shown" and the time to render a
//!   list of 999 appointments.
//!
//! Run it with `cargo xtask bench app`.

use anyhow::{Context as _, Result};
use booklet::{
    AppointmentFields, Author, Booklet, Command, Context, Date, GoalCode, GoalFields, Id, Text, Timestamp,
    Title,
};
use chromiumoxide::Page;
use chromiumoxide::cdp::browser_protocol::emulation::SetCpuThrottlingRateParams;
#[allow(deprecated)] // The by-rule replacement cannot express Lighthouse's simple throttling profile.
use chromiumoxide::cdp::browser_protocol::network::EmulateNetworkConditionsParams;
use chromiumoxide::cdp::browser_protocol::network::EnableParams;
use chromiumoxide::cdp::browser_protocol::target::SetAutoAttachParams;
use e2e::bench::{Report, median};
use e2e::{Chrome, TestServer, WAIT, click, eval, http_get, open, wait_for};
use std::time::Duration;

const RUNS: usize = 5;
const READY: &str = "performance.getEntriesByName('begleitheft-ready').length > 0";
const SLOW: Duration = Duration::from_secs(120);

#[tokio::main]
async fn main() -> Result<()> {
    let server = TestServer::start().await?;
    let mut report = Report {
        suite: "app".into(),
        ..Report::default()
    };
    transfer_sizes(&server, &mut report).await?;
    for cpu in [4.0, 10.0] {
        let (mut lcp, mut ready, mut warm) = (Vec::new(), Vec::new(), Vec::new());
        for _ in 0..RUNS {
            let (l, r, w) = cold_then_warm(&server, cpu).await?;
            lcp.push(l);
            ready.push(r);
            warm.push(w);
        }
        let lcp_target = if cpu == 4.0 { "<= 2500" } else { "<= 4000" };
        report.push(
            format!("cold start LCP at {cpu}× CPU"),
            median(&mut lcp),
            "ms",
            Some(lcp_target),
        );
        report.push(
            format!("cold start to interactive at {cpu}× CPU"),
            median(&mut ready),
            "ms",
            None,
        );
        if cpu == 4.0 {
            report.push(
                "offline warm start to interactive at 4× CPU",
                median(&mut warm),
                "ms",
                Some("<= 1500"),
            );
        }
    }
    thousand_entries(&server, &mut report).await?;
    report.notes.push(format!(
        "Timings are medians of {RUNS} runs in headless Chromium with CDP CPU throttling and Lighthouse's mobile \
         network profile (150 ms RTT, 1.6 Mbps down, 750 kbps up); interactive is the app's `begleitheft-ready` \
         performance mark (the stored booklet rendered). Offline warm start: a reload served by the service worker \
         with the network emulated offline."
    ));
    report.write()
}

async fn transfer_sizes(server: &TestServer, report: &mut Report) -> Result<()> {
    let chrome = Chrome::launch().await?;
    let page = open(&chrome, &server.url()).await?;
    wait_for(&page, READY, WAIT).await?;
    // The first load is what the page requested until the stored booklet was on screen: the document plus
    // every resource it began to fetch before the `begleitheft-ready` mark. The lazily loaded parts and the
    // service worker's precache come after it and are reported below.
    let mut paths: Vec<String> = eval(
        &page,
        "(() => { const ready = performance.getEntriesByName('begleitheft-ready')[0].startTime;
            return [location.pathname].concat(performance.getEntriesByType('resource')
            .filter(e => e.startTime <= ready)
            .map(e => new URL(e.name)).filter(u => u.origin === location.origin).map(u => u.pathname)); })()",
    )
    .await?;
    chrome.close().await?;
    let requests = paths.len();
    paths.sort();
    paths.dedup();
    let (mut total_br, mut total_gz) = (0usize, 0usize);
    for path in &paths {
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
    // The parts of the app loaded on first use (frontend/src/lazy.rs): fetched after the first render.
    let dist = e2e::dist_dir()?;
    let (mut parts, mut parts_br, mut parts_gz) = (0, 0, 0);
    for entry in std::fs::read_dir(&dist)?.filter_map(|e| e.ok()) {
        let name = entry.file_name().to_string_lossy().into_owned();
        if !name.ends_with(".wasm") || name.starts_with("app-") {
            continue;
        }
        let url = format!("/{name}");
        parts += 1;
        parts_br += http_get(server.addr, &url, &[("Accept-Encoding", "br")])
            .await?
            .body
            .len();
        parts_gz += http_get(server.addr, &url, &[("Accept-Encoding", "gzip")])
            .await?
            .body
            .len();
    }
    report.push(
        format!("{parts} lazily loaded wasm parts (brotli), after the first render"),
        kb(parts_br),
        "KB",
        None,
    );
    report.push(
        format!("{parts} lazily loaded wasm parts (gzip), after the first render"),
        kb(parts_gz),
        "KB",
        None,
    );
    // Each language is two files, fetched only by its readers: the first on the first load, the second (the
    // messages of the lazily loaded screens) after the first render; the service worker precaches all of
    // them. What adding a locale costs.
    let mut files: Vec<String> = std::fs::read_dir(dist.join("locales"))?
        .filter_map(|e| e.ok())
        .filter_map(|e| e.file_name().to_str().map(str::to_owned))
        .filter(|n| n.ends_with(".ftlc"))
        .collect();
    files.sort();
    let mut by_tag: std::collections::BTreeMap<String, (usize, usize)> = Default::default();
    for name in &files {
        let url = format!("/locales/{name}");
        let br = http_get(server.addr, &url, &[("Accept-Encoding", "br")])
            .await?
            .body
            .len();
        let tag = name.split('-').next().unwrap_or(name).to_owned();
        let sizes = by_tag.entry(tag).or_default();
        if name.contains("-more-") {
            sizes.1 += br;
        } else {
            sizes.0 += br;
        }
    }
    let (mut all_first, mut all_more) = (0, 0);
    for (tag, (first, more)) in &by_tag {
        all_first += first;
        all_more += more;
        report.push(
            format!("locale {tag} (brotli), first file"),
            kb(*first),
            "KB",
            None,
        );
        report.push(
            format!("locale {tag} (brotli), second file after the first render"),
            kb(*more),
            "KB",
            None,
        );
    }
    report.push(
        format!(
            "all {} locales (brotli), both files, precached after first render",
            by_tag.len()
        ),
        kb(all_first + all_more),
        "KB",
        None,
    );
    report.push("first load total (gzip)", kb(total_gz), "KB", None);
    report.notes.push(format!(
        "{requests} requests on the first load. Sizes are response bodies as sent (headers excluded)."
    ));
    Ok(())
}

/// A page with throttling set before it navigates.
async fn throttled_page(chrome: &Chrome, cpu: f64) -> Result<Page> {
    let page = chrome.browser.new_page("about:blank").await?;
    page.execute(SetAutoAttachParams {
        auto_attach: false,
        wait_for_debugger_on_start: false,
        flatten: Some(true),
        filter: None,
    })
    .await?;
    page.execute(EnableParams::default()).await?;
    network(&page, false).await?;
    page.execute(SetCpuThrottlingRateParams::new(cpu)).await?;
    Ok(page)
}

#[allow(deprecated)]
async fn network(page: &Page, offline: bool) -> Result<()> {
    page.execute(EmulateNetworkConditionsParams::new(
        offline,
        150.0,
        1_600_000.0 / 8.0,
        750_000.0 / 8.0,
    ))
    .await?;
    Ok(())
}

/// One cold start in a fresh profile (LCP, interactive), then an offline reload from the service worker.
async fn cold_then_warm(server: &TestServer, cpu: f64) -> Result<(f64, f64, f64)> {
    let chrome = Chrome::launch().await?;
    let page = throttled_page(&chrome, cpu).await?;
    page.goto(server.url()).await?;
    wait_for(&page, READY, SLOW).await?;
    let ready: f64 = eval(
        &page,
        "performance.getEntriesByName('begleitheft-ready')[0].startTime",
    )
    .await?;
    let lcp: f64 = eval(
        &page,
        "new Promise(r => new PerformanceObserver(l => { const e = l.getEntries(); r(e[e.length - 1].startTime); })
            .observe({ type: 'largest-contentful-paint', buffered: true }))",
    )
    .await?;
    wait_for(&page, "navigator.serviceWorker.controller !== null", SLOW).await?;
    network(&page, true).await?;
    page.reload().await?;
    wait_for(&page, READY, SLOW).await?;
    let warm: f64 = eval(
        &page,
        "performance.getEntriesByName('begleitheft-ready')[0].startTime",
    )
    .await?;
    chrome.close().await?;
    Ok((lcp, ready, warm))
}

/// A booklet of 1,000 entries: one goal and 999 appointments.
fn big_booklet() -> Result<Booklet> {
    let ctx = Context {
        now: Timestamp::from_millis(1_790_000_000_000),
        author: Author::Owner,
    };
    let mut b = Booklet::new("de");
    let id = |n: u64| {
        let mut bytes = [7u8; 16];
        bytes[8..].copy_from_slice(&n.to_be_bytes());
        Id::from_bytes(bytes)
    };
    let goal = GoalFields::from_code(GoalCode::all().next().context("a goal code")?);
    b = booklet::apply(
        &b,
        Command::AddGoal {
            id: id(0),
            goal,
            steps: Vec::new(),
        },
        &ctx,
    )?
    .booklet;
    let start = Date::from_ymd(2030, 1, 1).context("a date")?;
    for n in 1..1000u64 {
        let appointment = AppointmentFields {
            date: start.add_days(n as i32 / 3).context("a date")?,
            time: None,
            place: format!("Rathaus, Zimmer {n}"),
            contact: None,
            purpose: Title::Free(Text::new(format!("Beratung {n}"), "de")),
            bring: None,
        };
        b = booklet::apply(
            &b,
            Command::AddAppointment {
                id: id(n),
                appointment,
            },
            &ctx,
        )?
        .booklet;
    }
    Ok(b)
}

async fn thousand_entries(server: &TestServer, report: &mut Report) -> Result<()> {
    let booklet = big_booklet()?;
    let chrome = Chrome::launch().await?;
    let page = e2e::open_app(&chrome, server).await?;
    // Steady state: the service worker's one-time precache of the whole build (which starts after the first
    // screen) is done before anything is timed.
    wait_for(
        &page,
        "navigator.serviceWorker.controller !== null",
        e2e::SW_INSTALL,
    )
    .await?;
    e2e::import_booklet(&page, &booklet).await?;
    page.execute(SetCpuThrottlingRateParams::new(4.0)).await?;

    // The list: from Home to the appointments page, until all 999 cards are in the DOM, 5 times.
    let mut list = Vec::new();
    for _ in 0..RUNS {
        click(&page, "nav a[href=\"/\"]").await?;
        wait_for(&page, "document.querySelector('[data-page=\"home\"]')", SLOW).await?;
        let ms: f64 = eval(
            &page,
            "new Promise(r => { const t0 = performance.now();
                document.querySelector('nav a[href=\"/appointments\"]').click();
                const check = () => document.querySelectorAll('.appointment').length >= 999
                    ? r(performance.now() - t0) : requestAnimationFrame(check);
                check(); })",
        )
        .await?;
        list.push(ms);
    }
    report.push(
        "render the list of 999 appointments at 4× CPU",
        median(&mut list),
        "ms",
        Some("<= 300"),
    );

    // Adding: 30 steps one after another, each timed from submit until it is stored and shown.
    click(&page, "nav a[href=\"/\"]").await?;
    wait_for(&page, "document.querySelector('.goal-card')", SLOW).await?;
    click(&page, ".goal-card").await?;
    wait_for(&page, "document.querySelector('#step-free')", SLOW).await?;
    let mut adds: Vec<f64> = eval(
        &page,
        "(async () => { const input = document.querySelector('#step-free'); const out = [];
            for (let i = 0; i < 30; i++) {
                const before = document.querySelectorAll('.step').length;
                const t0 = performance.now();
                input.value = 'Bench ' + i; input.closest('form').requestSubmit();
                await new Promise(r => { const check = () => document.querySelectorAll('.step').length > before
                    ? r() : requestAnimationFrame(check); check(); });
                out.push(performance.now() - t0);
            }
            return out; })()",
    )
    .await?;
    adds.sort_by(|a, b| a.total_cmp(b));
    let p95 = adds[((adds.len() as f64) * 0.95).ceil() as usize - 1];
    report.push(
        "add one entry, persisted, p50 (1,000 entries, 4× CPU)",
        median(&mut adds),
        "ms",
        None,
    );
    report.push(
        "add one entry, persisted, p95 (1,000 entries, 4× CPU)",
        p95,
        "ms",
        Some("<= 50"),
    );
    chrome.close().await?;
    Ok(())
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
