//! The release build splits the app's wasm: the first load carries only the frame and Home, every other
//! screen comes in a lazily loaded part. A first visit waits for the first-load module alone; a part that
//! cannot be fetched says so and can be tried again; and once the service worker has installed, every
//! page opens offline, including ones never opened before.

// `Network.emulateNetworkConditions` is marked deprecated in favour of a by-rule variant, but it is the
// one call that also flips `navigator.onLine`; the server is stopped as well, so the test is truly offline.
#![allow(deprecated)]

use anyhow::{Result, bail};
use chromiumoxide::Page;
use chromiumoxide::cdp::browser_protocol::network::{
    BlockPattern, EmulateNetworkConditionsParams, EnableParams, SetBlockedUrLsParams,
    SetBypassServiceWorkerParams,
};
use e2e::{Chrome, SW_INSTALL, TestServer, WAIT, click, count, eval, open, open_app, wait_for};
use std::time::{Duration, Instant};

/// True once the app has marked the stored booklet as on screen.
const READY: &str = "performance.getEntriesByName('begleitheft-ready').length > 0";

/// The paths of the `.wasm` resources the page has fetched, in order, each with its start time.
async fn wasm_fetched(page: &Page) -> Result<Vec<(String, f64)>> {
    eval(
        page,
        "performance.getEntriesByType('resource')
            .map(e => [new URL(e.name).pathname, e.startTime])
            .filter(([path]) => path.endsWith('.wasm'))",
    )
    .await
}

/// Waits until the page shows `[data-page=<name>]`; fails at once if it shows the load-failed card.
async fn wait_for_page(page: &Page, name: &str) -> Result<()> {
    let shown = format!("document.querySelector('[data-page=\"{name}\"]')");
    wait_for(
        page,
        &format!("{shown} || document.querySelector('[data-page=\"load-failed\"]')"),
        WAIT,
    )
    .await?;
    assert_eq!(
        count(page, "[data-page=\"load-failed\"]").await?,
        0,
        "the {name} page's part could not be loaded"
    );
    assert_eq!(count(page, &format!("[data-page=\"{name}\"]")).await?, 1);
    Ok(())
}

/// Clicks the link matching `link` (waiting for it to appear) and waits for the page `name`.
async fn go(page: &Page, link: &str, name: &str) -> Result<()> {
    wait_for(
        page,
        &format!("document.querySelector({})", serde_json::to_string(link)?),
        WAIT,
    )
    .await?;
    click(page, link).await?;
    wait_for_page(page, name).await
}

/// A fresh profile downloads the first-load module and nothing else before the booklet is on screen;
/// the booklet part comes when its first page is opened.
#[tokio::test]
async fn first_load_fetches_only_the_first_load_module() -> Result<()> {
    let server = TestServer::start().await?;
    let chrome = Chrome::launch().await?;
    let page = open_app(&chrome, &server).await?;
    wait_for(&page, READY, WAIT).await?;

    let ready: f64 = eval(
        &page,
        "performance.getEntriesByName('begleitheft-ready')[0].startTime",
    )
    .await?;
    let fetched = wasm_fetched(&page).await?;
    let before_ready: Vec<&str> = fetched
        .iter()
        .filter(|(_, start)| *start <= ready)
        .map(|(path, _)| path.as_str())
        .collect();
    assert_eq!(
        before_ready.len(),
        1,
        "exactly one wasm before the ready mark (at {ready} ms): {before_ready:?}; all: {fetched:?}"
    );
    let first = &before_ready[0];
    assert!(
        first.starts_with("/app-") && first.ends_with("_bg.wasm"),
        "the first-load module, not a part: {first}"
    );

    go(&page, "nav a[href=\"/contacts\"]", "contacts").await?;
    let all = wasm_fetched(&page).await?;
    assert!(
        all.iter().any(|(path, _)| path.starts_with("/split_booklet-")),
        "opening contacts fetched the booklet part: {all:?}"
    );

    chrome.close().await?;
    Ok(())
}

/// With the service worker out of the way and the booklet part unreachable, contacts shows the
/// load-failed card; once the part is reachable again, “try again” brings up the page.
#[tokio::test]
async fn a_part_that_cannot_be_fetched_says_so_and_can_be_retried() -> Result<()> {
    let server = TestServer::start().await?;
    let chrome = Chrome::launch().await?;
    let page = open(&chrome, "about:blank").await?;
    page.execute(EnableParams::default()).await?;
    page.execute(SetBypassServiceWorkerParams::new(true)).await?;
    page.execute(
        SetBlockedUrLsParams::builder()
            .url_pattern(BlockPattern::new("*://*:*/split_booklet*", true))
            .build(),
    )
    .await?;
    page.goto(server.url()).await?;
    wait_for(&page, "document.querySelector('[data-page=\"home\"]')", WAIT).await?;

    click(&page, "nav a[href=\"/contacts\"]").await?;
    wait_for(
        &page,
        "document.querySelector('[data-page=\"load-failed\"]')",
        WAIT,
    )
    .await?;
    assert_eq!(count(&page, "[data-page=\"contacts\"]").await?, 0);
    let role: String = eval(
        &page,
        "document.querySelector('[data-page=\"load-failed\"]').getAttribute('role')",
    )
    .await?;
    assert_eq!(role, "alert", "the failure is announced");
    let message: String = eval(
        &page,
        "document.querySelector('[data-page=\"load-failed\"]').innerText.trim()",
    )
    .await?;
    assert!(!message.is_empty(), "the card says what happened");
    let button: String = eval(
        &page,
        "(document.querySelector('[data-page=\"load-failed\"] button[type=\"button\"]') || {}).innerText || ''",
    )
    .await?;
    assert!(!button.trim().is_empty(), "the card offers to try again");

    // The part is reachable again: trying again shows the page.
    page.execute(SetBlockedUrLsParams {
        url_patterns: Some(Vec::new()),
    })
    .await?;
    click(&page, "[data-page=\"load-failed\"] button").await?;
    wait_for_page(&page, "contacts").await?;

    chrome.close().await?;
    Ok(())
}

/// After one online visit (the service worker precaches every part), the app opens offline with the
/// server gone, and pages never opened before in this profile render from their cached parts.
#[tokio::test]
async fn offline_after_first_visit_every_page_opens() -> Result<()> {
    let server = TestServer::start().await?;
    let chrome = Chrome::launch().await?;
    let page = open_app(&chrome, &server).await?;
    wait_for(&page, READY, WAIT).await?;
    wait_for(&page, "navigator.serviceWorker.controller !== null", SW_INSTALL).await?;
    wait_until_precached(&page).await?;

    server.stop().await;
    page.execute(EnableParams::default()).await?;
    page.execute(EmulateNetworkConditionsParams::new(true, 0.0, -1.0, -1.0))
        .await?;
    page.reload().await?;
    wait_for(&page, "document.querySelector('[data-page=\"home\"]')", WAIT).await?;
    assert!(
        !eval::<bool>(&page, "navigator.onLine").await?,
        "the page is offline"
    );

    go(&page, "nav a[href=\"/contacts\"]", "contacts").await?;
    go(&page, "nav a[href=\"/appointments\"]", "appointments").await?;
    go(&page, "nav a[href=\"/settings\"]", "settings").await?;
    go(&page, "[data-page=\"settings\"] a[href=\"/links\"]", "links").await?;
    go(&page, "nav a[href=\"/\"]", "home").await?;
    go(&page, "[data-page=\"home\"] a[href=\"/share\"]", "share").await?;

    chrome.close().await?;
    Ok(())
}

/// Waits until the service worker is active and its cache holds the lazily loaded parts.
async fn wait_until_precached(page: &Page) -> Result<()> {
    let probe = "(async () => {
        const registration = await navigator.serviceWorker.ready;
        if (!registration.active || registration.active.state !== 'activated') return false;
        for (const name of await caches.keys()) {
            const urls = (await (await caches.open(name)).keys()).map(r => new URL(r.url).pathname);
            if (['/split_booklet-', '/split_links-', '/split_share-', '/chunk_']
                .every(prefix => urls.some(u => u.startsWith(prefix)))) return true;
        }
        return false;
    })()";
    let deadline = Instant::now() + SW_INSTALL;
    loop {
        if let Ok(true) = eval::<bool>(page, probe).await {
            return Ok(());
        }
        if Instant::now() > deadline {
            bail!("the service worker did not precache the parts within {SW_INSTALL:?}");
        }
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
}
