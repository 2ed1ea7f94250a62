//! A new user fills in their booklet, reloads, goes offline, keeps working, and comes back online:
//! nothing is lost at any point.

// `Network.emulateNetworkConditions` is marked deprecated in favour of a by-rule variant, but it is the
// one call that also flips `navigator.onLine`; the server is stopped as well, so the test is truly offline.
#![allow(deprecated)]

use anyhow::Result;
use chromiumoxide::cdp::browser_protocol::network::{EmulateNetworkConditionsParams, EnableParams};
use e2e::{
    Chrome, SW_INSTALL, TestServer, WAIT, click, count, eval, fill, main_text, open, open_app, submit,
    wait_for,
};

/// Adds a goal from the catalogue, two steps (one done), a contact and an appointment; reloads; goes
/// offline with the server stopped and reloads (the service worker serves the app); adds a step offline;
/// comes back online and reloads.
#[tokio::test]
async fn entries_survive_reload_and_offline() -> Result<()> {
    let server = TestServer::start().await?;
    let chrome = Chrome::launch().await?;
    let page = open_app(&chrome, &server).await?;

    // A goal from the catalogue, without its usual steps, so the test controls the count.
    click(&page, "a[href=\"/add-goal\"]").await?;
    wait_for(&page, "document.querySelector('.catalog-item')", WAIT).await?;
    click(&page, "[data-page=\"add-goal\"] input[type=checkbox]").await?;
    let goal_label: String = eval(&page, "document.querySelector('.catalog-item').innerText").await?;
    click(&page, ".catalog-item").await?;
    wait_for(
        &page,
        "document.querySelector('[data-page=\"goal\"] #step-choice')",
        WAIT,
    )
    .await?;

    // Step one from the catalogue, planned; step two in free text, done.
    submit(&page, "#step-choice").await?;
    wait_for(&page, "document.querySelectorAll('.step').length === 1", WAIT).await?;
    fill(&page, "#step-free", "Termin bei der VHS – موعد").await?;
    click(&page, "#step-done").await?;
    submit(&page, "#step-free").await?;
    wait_for(&page, "document.querySelectorAll('.step').length === 2", WAIT).await?;
    assert_eq!(count(&page, ".step[data-done=\"true\"]").await?, 1);

    // A contact.
    click(&page, "nav a[href=\"/contacts\"]").await?;
    wait_for(
        &page,
        "document.querySelector('[data-page=\"contacts\"] button')",
        WAIT,
    )
    .await?;
    click(&page, "[data-page=\"contacts\"] .row button").await?;
    fill(&page, "#c-org", "Jobcenter Rheine").await?;
    fill(&page, "#c-phone", "+49 5971 12345").await?;
    fill(&page, "#c-email", "team@jobcenter.example").await?;
    submit(&page, "#c-org").await?;
    wait_for(&page, "document.querySelectorAll('.contact').length === 1", WAIT).await?;
    assert_eq!(
        count(&page, ".contact a[href^=\"tel:+49597112345\"]").await?,
        1,
        "the phone is tappable"
    );
    assert_eq!(
        count(&page, ".contact a[href=\"mailto:team@jobcenter.example\"]").await?,
        1
    );

    // An appointment next week with that contact.
    click(&page, "nav a[href=\"/appointments\"]").await?;
    wait_for(
        &page,
        "document.querySelector('[data-page=\"appointments\"] button')",
        WAIT,
    )
    .await?;
    click(&page, "[data-page=\"appointments\"] .row button").await?;
    let next_week: String = eval(
        &page,
        "new Date(Date.now() + 7 * 864e5).toISOString().slice(0, 10)",
    )
    .await?;
    fill(&page, "#a-date", &next_week).await?;
    fill(&page, "#a-time", "09:30").await?;
    fill(&page, "#a-place", "Rathaus, Zimmer 12").await?;
    eval::<bool>(
        &page,
        "(() => { const s = document.querySelector('#a-contact'); s.selectedIndex = 1; return true; })()",
    )
    .await?;
    submit(&page, "#a-date").await?;
    wait_for(
        &page,
        "document.querySelectorAll('.appointment').length === 1",
        WAIT,
    )
    .await?;

    // Reload: everything is there.
    let check_all = |expected_steps: u32| {
        let page = &page;
        let goal_label = goal_label.clone();
        async move {
            wait_for(page, "document.querySelector('nav a[href=\"/\"]')", WAIT).await?;
            click(page, "nav a[href=\"/\"]").await?;
            wait_for(
                page,
                "document.querySelector('[data-page=\"home\"] .goal-card')",
                WAIT,
            )
            .await?;
            let home = main_text(page).await?;
            assert!(
                home.contains(&goal_label),
                "home shows the goal {goal_label:?}: {home}"
            );
            assert!(
                home.contains("Rathaus"),
                "home shows the next appointment: {home}"
            );
            click(page, ".goal-card").await?;
            wait_for(
                page,
                &format!("document.querySelectorAll('.step').length === {expected_steps}"),
                WAIT,
            )
            .await?;
            click(page, "nav a[href=\"/contacts\"]").await?;
            wait_for(page, "document.querySelectorAll('.contact').length === 1", WAIT).await?;
            anyhow::Ok(())
        }
    };
    page.reload().await?;
    check_all(2).await?;

    // The service worker controls the page by now; stop the server and cut the page's network too.
    wait_for(&page, "navigator.serviceWorker.controller !== null", SW_INSTALL).await?;
    let data_dir = server.stop().await;
    page.execute(EnableParams::default()).await?;
    page.execute(EmulateNetworkConditionsParams::new(true, 0.0, -1.0, -1.0))
        .await?;
    page.reload().await?;
    check_all(2).await?;
    // Working offline: another step (`check_all` left us on the contacts page).
    click(&page, "nav a[href=\"/\"]").await?;
    wait_for(&page, "document.querySelector('.goal-card')", WAIT).await?;
    click(&page, ".goal-card").await?;
    wait_for(&page, "document.querySelector('#step-free')", WAIT).await?;
    fill(&page, "#step-free", "Offline eingetragen").await?;
    submit(&page, "#step-free").await?;
    wait_for(&page, "document.querySelectorAll('.step').length === 3", WAIT).await?;
    page.reload().await?;
    check_all(3).await?;

    // Back online, on the same origin: still there.
    let server = TestServer::start_in_on(data_dir, page_port(&page).await?).await?;
    page.execute(EmulateNetworkConditionsParams::new(false, 0.0, -1.0, -1.0))
        .await?;
    page.reload().await?;
    check_all(3).await?;
    let health = e2e::http_get(server.addr, "/api/health", &[]).await?;
    assert_eq!(health.status, 200);

    chrome.close().await?;
    Ok(())
}

async fn page_port(page: &chromiumoxide::Page) -> Result<u16> {
    Ok(eval::<String>(page, "location.port").await?.parse()?)
}

/// The owner reorders goals on Home and edits a free goal's title and target date.
#[tokio::test]
async fn goals_can_be_reordered_and_edited() -> Result<()> {
    let server = TestServer::start().await?;
    let chrome = Chrome::launch().await?;
    let page = open_app(&chrome, &server).await?;
    for title in ["Erstes Ziel", "Zweites Ziel"] {
        click(&page, "nav a[href=\"/\"]").await?;
        wait_for(
            &page,
            "document.querySelector('[data-page=\"home\"] a[href=\"/add-goal\"]')",
            WAIT,
        )
        .await?;
        click(&page, "a[href=\"/add-goal\"]").await?;
        wait_for(&page, "document.querySelector('#free-title')", WAIT).await?;
        fill(&page, "#free-title", title).await?;
        submit(&page, "#free-title").await?;
        wait_for(&page, "document.querySelector('#goal-target')", WAIT).await?;
    }
    // Edit the second goal (we are on its page): new title and a target date.
    fill(&page, "#goal-title", "Zweites Ziel, geändert").await?;
    fill(&page, "#goal-target", "2027-06-30").await?;
    submit(&page, "#goal-target").await?;
    wait_for(
        &page,
        "document.querySelector('h2').innerText.includes('geändert')",
        WAIT,
    )
    .await?;
    // Move it above the first one on Home; the order survives a reload.
    click(&page, "nav a[href=\"/\"]").await?;
    wait_for(
        &page,
        "document.querySelectorAll('.goal-card').length === 2",
        WAIT,
    )
    .await?;
    click(&page, "li:nth-child(2) .reorder button:first-child").await?;
    wait_for(
        &page,
        "document.querySelector('.goal-card').innerText.includes('geändert')",
        WAIT,
    )
    .await?;
    page.reload().await?;
    wait_for(
        &page,
        "document.querySelectorAll('.goal-card').length === 2",
        WAIT,
    )
    .await?;
    let first: String = eval(&page, "document.querySelector('.goal-card').innerText").await?;
    assert!(
        first.contains("Zweites Ziel, geändert"),
        "first goal after reload: {first}"
    );
    chrome.close().await?;
    Ok(())
}

/// The owner edits a step (date, note, done) and prints the booklet: the print view holds every section,
/// the app's frame disappears in print media, and an Arabic print is right-to-left.
#[tokio::test]
async fn steps_can_be_edited_and_the_booklet_printed() -> Result<()> {
    use chromiumoxide::cdp::browser_protocol::emulation::SetEmulatedMediaParams;
    let server = TestServer::start().await?;
    let chrome = Chrome::launch().await?;
    let page = open(&chrome, &server.url()).await?;
    wait_for(
        &page,
        "document.querySelector('[data-page=\"home\"] a[href=\"/add-goal\"]')",
        WAIT,
    )
    .await?;
    click(&page, "a[href=\"/add-goal\"]").await?;
    wait_for(&page, "document.querySelector('#free-title')", WAIT).await?;
    fill(&page, "#free-title", "Wohnung finden").await?;
    submit(&page, "#free-title").await?;
    wait_for(&page, "document.querySelector('#step-free')", WAIT).await?;
    fill(&page, "#step-free", "WBS beantragen").await?;
    submit(&page, "#step-free").await?;
    wait_for(&page, "document.querySelectorAll('.step').length === 1", WAIT).await?;

    // Edit: done on a given day, with a note.
    click(&page, ".step button.secondary").await?;
    wait_for(&page, "document.querySelector('.step-editor')", WAIT).await?;
    fill(&page, ".step-editor input[type=date]", "2026-11-02").await?;
    click(&page, ".step-editor input[type=checkbox]").await?;
    fill(&page, ".step-editor textarea", "Beim Wohnungsamt abgegeben").await?;
    submit(&page, ".step-editor textarea").await?;
    wait_for(
        &page,
        "!document.querySelector('.step-editor') && document.querySelector('.step[data-done=\"true\"]')",
        WAIT,
    )
    .await?;
    assert!(main_text(&page).await?.contains("Beim Wohnungsamt abgegeben"));

    // Print view, in print media: the content is there, the frame is not.
    click(&page, "nav a[href=\"/settings\"]").await?;
    wait_for(&page, "document.querySelector('a[href=\"/print\"]')", WAIT).await?;
    click(&page, "a[href=\"/print\"]").await?;
    wait_for(&page, "document.querySelector('[data-page=\"print\"]')", WAIT).await?;
    page.execute(SetEmulatedMediaParams::builder().media("print").build())
        .await?;
    let text = main_text(&page).await?;
    assert!(
        text.contains("Wohnung finden") && text.contains("WBS beantragen"),
        "print view: {text}"
    );
    let nav_hidden: bool = eval(
        &page,
        "getComputedStyle(document.querySelector('nav')).display === 'none'",
    )
    .await?;
    assert!(nav_hidden, "the navigation is not printed");
    let pdf = page.pdf(Default::default()).await?;
    assert!(pdf.starts_with(b"%PDF"), "Chromium prints the booklet to a PDF");

    e2e::switch_language(&page, "ar").await?;
    let rtl: bool = eval(
        &page,
        "document.querySelector('[data-page=\"print\"]').matches(':dir(rtl)')",
    )
    .await?;
    assert!(rtl, "an Arabic print is right-to-left");
    chrome.close().await?;
    Ok(())
}
