//! The user opens the app for the first time: the real server serves the real release build,
//! the wasm starts in Chromium and the booklet's home screen renders.

use e2e::{Chrome, TestServer, WAIT, eval, open, wait_for};

/// A first visit on a phone-sized screen shows the app frame, its navigation and the home screen.
#[tokio::test]
async fn the_app_starts_and_renders_the_home_screen() -> anyhow::Result<()> {
    let server = TestServer::start().await?;
    let chrome = Chrome::launch().await?;
    let page = open(&chrome, &server.url()).await?;

    wait_for(&page, "document.querySelector('main [data-page=\"home\"]')", WAIT).await?;
    // The frame came from wasm: the boot spinner is gone and the navigation rendered.
    let busy: bool = eval(
        &page,
        "document.getElementById('app').getAttribute('aria-busy') === 'true'",
    )
    .await?;
    assert!(!busy, "the boot spinner should be replaced by the app");
    let nav_links: u32 = eval(&page, "document.querySelectorAll('nav a').length").await?;
    assert!(nav_links >= 4, "the navigation has its links, found {nav_links}");
    let lang: String = eval(&page, "document.documentElement.lang").await?;
    assert!(!lang.is_empty(), "the root element carries the UI language");

    chrome.close().await?;
    drop(server);
    Ok(())
}
