//! The tab is closed in the middle of a burst of 50 adds: after reopening, every add the UI had shown as
//! saved is there, in order, and no entry is half-written.

use anyhow::Result;
use chromiumoxide::cdp::browser_protocol::target::CloseTargetParams;
use e2e::{Chrome, TestServer, WAIT, click, eval, open, open_app, wait_for};

/// Queues 50 step adds at once, closes the tab (CDP `Target.closeTarget`) while they are being written,
/// reopens the app and checks what is stored.
#[tokio::test]
async fn closing_the_tab_mid_burst_keeps_every_confirmed_add() -> Result<()> {
    let server = TestServer::start().await?;
    let chrome = Chrome::launch().await?;
    let page = open_app(&chrome, &server).await?;
    click(&page, "a[href=\"/add-goal\"]").await?;
    wait_for(&page, "document.querySelector('.catalog-item')", WAIT).await?;
    click(&page, "[data-page=\"add-goal\"] input[type=checkbox]").await?;
    click(&page, ".catalog-item").await?;
    wait_for(&page, "document.querySelector('#step-free')", WAIT).await?;
    let goal_path: String = eval(&page, "location.pathname").await?;

    // 50 submits in one task: all are applied and queued before the first write completes.
    eval::<bool>(
        &page,
        "(() => { const input = document.querySelector('#step-free'); const form = input.closest('form');
            for (let i = 0; i < 50; i++) { input.value = 'Burst ' + i; form.requestSubmit(); }
            return true; })()",
    )
    .await?;
    // Close as soon as a few adds are confirmed on screen, while the rest are still being written.
    wait_for(&page, "document.querySelectorAll('.step').length >= 3", WAIT).await?;
    let confirmed: u32 = eval(&page, "document.querySelectorAll('.step').length").await?;
    let target = page.target_id().clone();
    page.execute(CloseTargetParams::new(target)).await?;

    let page = open(
        &chrome,
        &format!("{}{}", server.url().trim_end_matches('/'), goal_path),
    )
    .await?;
    wait_for(
        &page,
        "document.querySelector('[data-page=\"goal\"] #step-free')",
        WAIT,
    )
    .await?;
    let titles: Vec<String> = eval(
        &page,
        "[...document.querySelectorAll('.step strong')].map(e => e.innerText)",
    )
    .await?;
    assert!(
        titles.len() as u32 >= confirmed,
        "{confirmed} adds were confirmed before the close, {} are stored",
        titles.len()
    );
    assert!(titles.len() <= 50);
    // Writes are in order and whole: exactly Burst 0 … Burst n-1, each with its full title.
    let expected: Vec<String> = (0..titles.len()).map(|i| format!("Burst {i}")).collect();
    assert_eq!(titles, expected);
    chrome.close().await?;
    Ok(())
}
