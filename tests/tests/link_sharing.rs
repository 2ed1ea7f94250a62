//! Link shares through the server, end to end, in three browsers: the owner shares a goal live, with a PIN and
//! permission to add; an advisor opens it with the PIN, reads it in German and proposes a catalogue step; the
//! owner accepts it; the owner's later edit reaches the advisor; an advisor logged in with an account opens it
//! too and finds it in the workspace; revoking ends it for every reader; the access log names who opened it.

use anyhow::{Context as _, Result};
use booklet::{Author, Booklet, Command, Context, GoalCode, GoalFields, Id};
use chromiumoxide::Page;
use e2e::{
    Chrome, SLOW, TestServer, WAIT, click, count, eval, fill, import_booklet, main_text, now, open, open_app,
    submit, switch_language, wait_for,
};
use i18n::Localizer;

const PIN: &str = "4711";
const LABEL: &str = "Frau Yilmaz, Jobcenter Rheine";
const ADVISOR_EMAIL: &str = "erika.muster@jobcenter.example";
const ADVISOR_PASSWORD: &str = "lange-geheime-phrase";

/// One catalogue goal with its usual steps (the one that is shared) and a second goal (not shared).
fn fixture() -> Result<(Booklet, GoalCode)> {
    let ctx = Context {
        now: now(),
        author: Author::Owner,
    };
    let mut codes = GoalCode::all().filter(|g| !g.typical_steps().is_empty());
    let shared = codes.next().context("a goal with steps")?;
    let other = codes.next().context("a second goal")?;
    let mut b = Booklet::new("de");
    for (n, code) in [shared, other].into_iter().enumerate() {
        let steps = code
            .typical_steps()
            .iter()
            .take(2)
            .enumerate()
            .map(|(i, s)| booklet::NewStep {
                id: Id::from_bytes([20 + n as u8, i as u8, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1]),
                fields: booklet::StepFields::planned(*s),
            })
            .collect();
        let goal = Command::AddGoal {
            id: Id::from_bytes([n as u8 + 1; 16]),
            goal: GoalFields::from_code(code),
            steps,
        };
        b = booklet::apply(&b, goal, &ctx)?.booklet;
    }
    Ok((b, shared))
}

/// The reader's state as the link page shows it.
fn link_state(state: &str) -> String {
    format!("document.querySelector('#link-status')?.dataset.linkState === '{state}'")
}

/// The owner shares the first goal by link with the given options; returns the link.
async fn share_by_link(page: &Page, pin: Option<&str>, live: bool, writable: bool) -> Result<String> {
    click(page, "nav a[href=\"/\"]").await?;
    wait_for(page, "document.querySelector('a[href=\"/share\"]')", WAIT).await?;
    click(page, "a[href=\"/share\"]").await?;
    wait_for(page, "document.querySelector('#share-by-link')", WAIT).await?;
    // The first goal (the second checkbox of the goals' section: the first ticks all).
    click(page, "fieldset:nth-of-type(1) label:nth-of-type(2) input").await?;
    click(page, "#share-by-link").await?;
    wait_for(page, "document.querySelector('#link-pin')", WAIT).await?;
    if let Some(pin) = pin {
        fill(page, "#link-pin", pin).await?;
    }
    if live {
        click(page, "#link-live").await?;
    }
    if writable {
        click(page, "#link-writable").await?;
    }
    fill(page, "#share-recipient", "Jobcenter Rheine").await?;
    click(page, "#link-create").await?;
    wait_for(page, "document.querySelector('#link-url')", SLOW).await?;
    let url: String = eval(page, "document.querySelector('#link-url').innerText.trim()").await?;
    assert!(
        url.contains("#BHL1:"),
        "the link carries id and key in the fragment: {url}"
    );
    click(page, "#link-done").await?;
    Ok(url)
}

/// Opens the link in a reader's browser with a German UI and, if asked, the PIN; waits until it shows.
async fn open_link(chrome: &Chrome, server: &TestServer, url: &str, pin: Option<&str>) -> Result<Page> {
    // The UI language first (stored in this browser), then the link.
    let page = open_app(chrome, server).await?;
    switch_language(&page, "de").await?;
    let reader = open(chrome, url).await?;
    page.close().await?;
    if let Some(pin) = pin {
        wait_for(&reader, &link_state("pin"), SLOW).await?;
        if count(&reader, "#link-label").await? > 0 {
            fill(&reader, "#link-label", LABEL).await?;
        }
        fill(&reader, "#link-pin", pin).await?;
        click(&reader, "#link-pin-submit").await?;
    }
    wait_for(&reader, &link_state("open"), SLOW).await?;
    Ok(reader)
}

#[tokio::test]
async fn owner_shares_live_advisor_proposes_owner_accepts_edits_and_revokes() -> Result<()> {
    let (fixture, shared) = fixture()?;
    let de = Localizer::new("de")?;
    let data_dir = tempfile::tempdir()?;
    let config = sync_server::Config {
        addr: "127.0.0.1".parse()?,
        port: 0,
        data_dir: data_dir.path().to_path_buf(),
        dist_dir: e2e::dist_dir()?,
        database_url: None,
    };
    sync_server::admin::create_advisor(
        &config,
        ADVISOR_EMAIL,
        "Erika Muster",
        "Jobcenter Rheine",
        ADVISOR_PASSWORD,
        now().millis(),
    )
    .await?;
    let server = TestServer::start_in(data_dir).await?;
    let (owner_chrome, advisor_chrome, account_chrome) = (
        Chrome::launch().await?,
        Chrome::launch().await?,
        Chrome::launch().await?,
    );

    // The owner shares the goal: live, PIN, advisor may add.
    let owner = open_app(&owner_chrome, &server).await?;
    import_booklet(&owner, &fixture).await?;
    let url = share_by_link(&owner, Some(PIN), true, true).await?;

    // The advisor opens it with the PIN and reads the goal in German; the other goal is not there.
    let advisor = open_link(&advisor_chrome, &server, &url, Some(PIN)).await?;
    let text = main_text(&advisor).await?;
    assert!(
        text.contains(&de.text(shared.message_id())),
        "the shared goal in German: {text}"
    );
    let first_step = shared.typical_steps()[0];
    assert!(
        text.contains(&de.text(first_step.message_id())),
        "its steps in German: {text}"
    );

    // The advisor proposes the catalogue step the goal does not have yet.
    let proposed = shared
        .typical_steps()
        .get(2)
        .copied()
        .context("a third usual step to propose")?;
    wait_for(&advisor, "document.querySelector('#propose-step-goal')", WAIT).await?;
    let pick = format!(
        "(() => {{ const s = document.querySelector('#propose-step-code');
           const o = [...s.options].find(o => o.value === {value:?});
           if (!o) return false; s.value = o.value; s.dispatchEvent(new Event('change', {{ bubbles: true }})); return true; }})()",
        value = format!("{}:{}", proposed.code(), proposed.packed_params())
    );
    assert!(
        eval::<bool>(&advisor, &pick).await?,
        "the step is offered in the picker"
    );
    click(&advisor, "#propose-step-submit").await?;
    wait_for(
        &advisor,
        "document.querySelector('#propose-result')?.dataset.proposeState === 'sent'",
        SLOW,
    )
    .await?;

    // The owner sees the proposal on Home and accepts it: the goal has three steps now.
    click(&owner, "nav a[href=\"/\"]").await?;
    wait_for(&owner, "document.querySelector('.proposal')", SLOW).await?;
    let proposal: String = eval(&owner, "document.querySelector('.proposal').innerText").await?;
    assert!(
        proposal.contains(LABEL) || proposal.contains("Jobcenter Rheine"),
        "who proposes: {proposal}"
    );
    click(&owner, ".proposal-accept").await?;
    wait_for(&owner, "document.querySelector('#inbox-message')", WAIT).await?;
    click(&owner, ".goal-card").await?;
    wait_for(&owner, "document.querySelectorAll('.step').length === 3", WAIT).await?;

    // The owner edits the shared goal (a step in free text); the advisor's reload shows it.
    fill(&owner, "#step-free", "Bewerbung beim Hausmeisterservice").await?;
    submit(&owner, "#step-free").await?;
    wait_for(&owner, "document.querySelectorAll('.step').length === 4", WAIT).await?;
    // The owner's app uploads after a short pause; the advisor presses "Reload" now and then until it shows
    // (each press is a logged, rate-limited open, so not in a tight loop).
    let deadline = std::time::Instant::now() + SLOW;
    loop {
        click(&advisor, "#link-reload").await?;
        wait_for(&advisor, &link_state("open"), SLOW).await?;
        if main_text(&advisor).await?.contains("Hausmeisterservice") {
            break;
        }
        anyhow::ensure!(
            std::time::Instant::now() < deadline,
            "the live share never reached the advisor: {}",
            main_text(&advisor).await?
        );
        tokio::time::sleep(std::time::Duration::from_secs(2)).await;
    }
    assert!(
        main_text(&advisor)
            .await?
            .contains(&de.text(proposed.message_id())),
        "the accepted step too"
    );

    // An advisor with an account logs in, opens the link (labelled by the account) and finds it in the workspace.
    let account = open_app(&account_chrome, &server).await?;
    switch_language(&account, "de").await?;
    click(&account, "nav a[href=\"/settings\"]").await?;
    let login = open(&account_chrome, &format!("{}advisor", server.url())).await?;
    account.close().await?;
    wait_for(&login, "document.querySelector('#advisor-email')", WAIT).await?;
    fill(&login, "#advisor-email", ADVISOR_EMAIL).await?;
    fill(&login, "#advisor-password", ADVISOR_PASSWORD).await?;
    click(&login, "#advisor-login").await?;
    wait_for(&login, "document.querySelector('#advisor-logout')", SLOW).await?;
    let cookie_visible: bool = eval(&login, "document.cookie.includes('bh_session')").await?;
    assert!(!cookie_visible, "the session cookie is HttpOnly");
    let by_account = open(&account_chrome, &url).await?;
    wait_for(&by_account, &link_state("pin"), SLOW).await?;
    fill(&by_account, "#link-pin", PIN).await?;
    click(&by_account, "#link-pin-submit").await?;
    wait_for(&by_account, &link_state("open"), SLOW).await?;
    login.reload().await?;
    wait_for(
        &login,
        "document.querySelectorAll('.workspace-share').length === 1",
        SLOW,
    )
    .await
    .context("the opened share is in the workspace")?;

    // The owner's access log names both readers.
    click(&owner, "nav a[href=\"/settings\"]").await?;
    wait_for(&owner, "document.querySelector('a[href=\"/links\"]')", WAIT).await?;
    click(&owner, "a[href=\"/links\"]").await?;
    wait_for(
        &owner,
        "document.querySelector('[data-share-state=\"active\"] .access-entry')",
        SLOW,
    )
    .await?;
    // The list shows the log as last fetched; "Refresh" asks the server again until all three opens are in.
    let deadline = std::time::Instant::now() + SLOW;
    let log = loop {
        let log: Vec<String> = eval(
            &owner,
            "[...document.querySelectorAll('.access-entry')].map(e => e.innerText)",
        )
        .await?;
        if log.len() >= 3 || std::time::Instant::now() > deadline {
            break log;
        }
        click(&owner, "#link-list-refresh").await?;
        tokio::time::sleep(std::time::Duration::from_secs(1)).await;
    };
    assert!(
        log.iter().filter(|l| l.contains(LABEL)).count() >= 2,
        "the advisor's open and reload, by their label: {log:?}"
    );
    assert!(
        log.iter()
            .any(|l| l.contains("Erika Muster") && l.contains("Jobcenter Rheine")),
        "the account's open, by name and organisation: {log:?}"
    );

    // The owner revokes; every reader's reload says it is no longer available.
    click(&owner, "[data-share-state=\"active\"] .link-revoke").await?;
    click(&owner, "[data-share-state=\"active\"] .link-revoke-confirm").await?;
    wait_for(
        &owner,
        "document.querySelector('[data-share-state=\"revoked\"]')",
        SLOW,
    )
    .await?;
    advisor.reload().await?;
    wait_for(&advisor, &link_state("gone"), SLOW).await?;
    assert!(
        !main_text(&advisor).await?.contains("Hausmeisterservice"),
        "nothing of it is shown any more"
    );
    login.reload().await?;
    wait_for(&login, "document.querySelector('#advisor-logout')", SLOW).await?;
    wait_for(
        &login,
        "document.querySelectorAll('.workspace-share').length === 0",
        SLOW,
    )
    .await
    .context("a revoked share leaves the workspace")?;

    // Logging out ends the session on the server too.
    click(&login, "#advisor-logout").await?;
    wait_for(&login, "document.querySelector('#advisor-email')", SLOW).await?;
    let me: u16 = eval(
        &login,
        "fetch('/api/advisor/me', { credentials: 'same-origin' }).then(r => r.status)",
    )
    .await?;
    assert_eq!(me, 401, "after logout the session is gone");

    for chrome in [owner_chrome, advisor_chrome, account_chrome] {
        chrome.close().await?;
    }
    Ok(())
}
