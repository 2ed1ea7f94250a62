//! Backup and sync across the owner's devices: two phones with the same recovery code edit offline, come back
//! online and show the same booklet; a third phone restores the whole booklet from the code alone. The server
//! only ever holds ciphertext.

// `Network.emulateNetworkConditions` is marked deprecated in favour of a by-rule variant, but it is the one call
// that also flips `navigator.onLine` (and fires `offline`/`online`); the server is stopped as well.
#![allow(deprecated)]

use anyhow::{Context, Result};
use chromiumoxide::Page;
use chromiumoxide::cdp::browser_protocol::network::{EmulateNetworkConditionsParams, EnableParams};
use e2e::{Chrome, SLOW, SW_INSTALL, TestServer, WAIT, click, eval, fill, open_app, submit, wait_for};

/// Adds a goal in free text and waits until its page shows (the command has committed).
async fn add_goal(page: &Page, title: &str) -> Result<()> {
    click(page, "nav a[href=\"/\"]").await?;
    wait_for(
        page,
        "document.querySelector('[data-page=\"home\"] a[href=\"/add-goal\"]')",
        WAIT,
    )
    .await?;
    click(page, "a[href=\"/add-goal\"]").await?;
    wait_for(page, "document.querySelector('#free-title')", WAIT).await?;
    fill(page, "#free-title", title).await?;
    submit(page, "#free-title").await?;
    wait_for(page, "document.querySelector('#goal-target')", WAIT).await
}

/// The goal titles on Home, in the order shown.
async fn goal_titles(page: &Page) -> Result<Vec<String>> {
    click(page, "nav a[href=\"/\"]").await?;
    wait_for(page, "document.querySelector('[data-page=\"home\"]')", WAIT).await?;
    eval(
        page,
        "[...document.querySelectorAll('[data-page=\"home\"] .goal-card')].map(e => e.innerText.trim())",
    )
    .await
}

/// Waits until Home lists exactly `expected` (in any order), then returns the order shown.
async fn wait_for_goals(page: &Page, expected: &[&str]) -> Result<Vec<String>> {
    click(page, "nav a[href=\"/\"]").await?;
    let all = serde_json::to_string(expected)?;
    let js = format!(
        "(() => {{ const cards = [...document.querySelectorAll('[data-page=\"home\"] .goal-card')];
           const want = {all};
           return cards.length === want.length && want.every(w => cards.some(c => c.innerText.includes(w))); }})()"
    );
    wait_for(page, &js, SLOW)
        .await
        .with_context(|| format!("home never listed {expected:?}"))?;
    goal_titles(page).await
}

/// The state the sync sign in the header shows.
const SYNCED: &str = "document.querySelector('#sync-indicator')?.dataset.syncState === 'synced'";

/// Turns sync on in Settings and returns the recovery code shown once.
async fn turn_on_sync(page: &Page) -> Result<String> {
    click(page, "nav a[href=\"/settings\"]").await?;
    wait_for(page, "document.querySelector('#sync-turn-on')", WAIT).await?;
    click(page, "#sync-turn-on").await?;
    wait_for(page, "document.querySelector('#sync-start')", WAIT).await?;
    let intro: String = eval(page, "document.querySelector('.sync-intro').innerText").await?;
    let en = i18n::Localizer::new("en")?;
    for id in ["sync-intro-encrypted", "sync-intro-code"] {
        let text = en.text(id);
        assert!(
            intro.contains(text.as_str()),
            "turning it on explains what is stored where ({id}): {intro}"
        );
    }
    click(page, "#sync-start").await?;
    wait_for(page, "document.querySelector('#sync-recovery-code')", SLOW).await?;
    let code: String = eval(
        page,
        "document.querySelector('#sync-recovery-code').innerText.trim()",
    )
    .await?;
    assert_eq!(code.len(), 34, "28 characters in groups of four: {code:?}");
    click(page, "#sync-code-written").await?;
    wait_for(page, SYNCED, SLOW).await?;
    Ok(code)
}

/// Restores from the recovery code on a fresh device.
async fn restore(page: &Page, code: &str) -> Result<()> {
    click(page, "nav a[href=\"/settings\"]").await?;
    wait_for(page, "document.querySelector('a[href=\"/restore\"]')", WAIT).await?;
    click(page, "a[href=\"/restore\"]").await?;
    wait_for(page, "document.querySelector('#restore-code')", WAIT).await?;
    // Typed the way people type: lower case, spaces instead of dashes.
    fill(page, "#restore-code", &code.to_lowercase().replace('-', " ")).await?;
    submit(page, "#restore-code").await?;
    wait_for(
        page,
        "document.querySelector('#restore-status')?.dataset.restore === 'done'",
        SLOW,
    )
    .await?;
    wait_for(page, SYNCED, SLOW).await
}

async fn set_offline(page: &Page, offline: bool) -> Result<()> {
    page.execute(EnableParams::default()).await?;
    page.execute(EmulateNetworkConditionsParams::new(offline, 0.0, -1.0, -1.0))
        .await?;
    Ok(())
}

/// Asks for a sync now (the button in Settings) and waits until it has settled as synced.
async fn sync_now(page: &Page) -> Result<()> {
    click(page, "nav a[href=\"/settings\"]").await?;
    wait_for(page, "document.querySelector('#sync-now')", WAIT).await?;
    click(page, "#sync-now").await?;
    wait_for(page, SYNCED, SLOW).await
}

#[tokio::test]
async fn two_phones_converge_and_a_third_restores_from_the_code() -> Result<()> {
    let server = TestServer::start().await?;
    let port = server.addr.port();
    let (phone_a, phone_b, phone_c) = (
        Chrome::launch().await?,
        Chrome::launch().await?,
        Chrome::launch().await?,
    );

    // Phone A: a goal, then backup and sync on.
    let a = open_app(&phone_a, &server).await?;
    add_goal(&a, "Deutschkurs B1 – Ziel von A").await?;
    let code = turn_on_sync(&a).await?;

    // Phone B restores from the code and sees A's goal.
    let b = open_app(&phone_b, &server).await?;
    restore(&b, &code).await?;
    wait_for_goals(&b, &["Ziel von A"]).await?;

    // Both go offline (server stopped, network cut) and edit.
    wait_for(&a, "navigator.serviceWorker.controller !== null", SW_INSTALL).await?;
    wait_for(&b, "navigator.serviceWorker.controller !== null", SW_INSTALL).await?;
    let data_dir = server.stop().await;
    set_offline(&a, true).await?;
    set_offline(&b, true).await?;
    add_goal(&a, "Offline auf A: Wohnung suchen").await?;
    add_goal(&b, "Offline auf B: مدرسه برای بچه‌ها").await?;
    for page in [&a, &b] {
        wait_for(
            page,
            "['offline', 'pending'].includes(document.querySelector('#sync-indicator')?.dataset.syncState)",
            WAIT,
        )
        .await
        .context("offline edits wait in the queue")?;
    }

    // Back online on the same origin: both push their queue and pull the other's.
    let server = TestServer::start_in_on(data_dir, port).await?;
    set_offline(&a, false).await?;
    set_offline(&b, false).await?;
    wait_for(&a, SYNCED, SLOW).await?;
    wait_for(&b, SYNCED, SLOW).await?;
    // Whoever pushed first has not seen the other's edit yet; one more round settles it.
    sync_now(&a).await?;
    sync_now(&b).await?;
    let all = ["Ziel von A", "Offline auf A", "Offline auf B"];
    let on_a = wait_for_goals(&a, &all).await?;
    let on_b = wait_for_goals(&b, &all).await?;
    assert_eq!(on_a, on_b, "both phones show the same booklet, in the same order");

    // Phone C: a new phone, only the code.
    let c = open_app(&phone_c, &server).await?;
    restore(&c, &code).await?;
    let on_c = wait_for_goals(&c, &all).await?;
    assert_eq!(on_c, on_a, "the restored booklet is the same booklet");

    // The server holds ciphertext only: none of the text is in its database files.
    let data_dir = server.stop().await;
    for entry in std::fs::read_dir(data_dir.path())? {
        let path = entry?.path();
        if path.is_file() {
            let bytes = std::fs::read(&path)?;
            for text in ["Ziel von A", "Wohnung suchen", "Deutschkurs", "مدرسه"] {
                assert!(
                    !bytes.windows(text.len()).any(|w| w == text.as_bytes()),
                    "{} contains {text:?} in clear",
                    path.display()
                );
            }
        }
    }

    for chrome in [phone_a, phone_b, phone_c] {
        chrome.close().await?;
    }
    Ok(())
}
