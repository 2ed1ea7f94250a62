//! The same booklet read in German, Arabic, Tigrinya and Ukrainian: catalogue entries in the reader's
//! language, free text as written, right-to-left layout for Arabic, mixed-direction text kept in logical
//! order, and the Ethiopic font from our own origin for Tigrinya.

use anyhow::{Context as _, Result};
use booklet::{
    AppointmentFields, Author, Booklet, Command, ContactFields, ContactRole, Context, GoalCode, GoalFields,
    Id, NewStep, StepCode, StepFields, Text, Title,
};
use chromiumoxide::Page;
use chromiumoxide::page::ScreenshotParams;
use e2e::{
    Chrome, TestServer, WAIT, click, eval, import_booklet, main_text, now, open_app, switch_language,
    wait_for,
};
use i18n::Localizer;

const DARI_NOTE: &str = "فردا ساعت ۹ به دفتر بروم";
const OFFICE: &str = "Jobcenter Rheine";

fn id(n: u8) -> Id {
    Id::from_bytes([n; 16])
}

/// A catalogue goal with a catalogue step (done) and a free step with a Dari note, a contact and an
/// appointment with it next week.
fn fixture() -> Result<(Booklet, GoalCode, StepCode)> {
    let ctx = Context {
        now: now(),
        author: Author::Owner,
    };
    let goal = GoalCode::all().next().context("a goal code")?;
    let step = StepCode::all()
        .find(|s| s.args().is_empty())
        .context("a step without parameters")?;
    let today = now().date();
    let steps = vec![
        NewStep {
            id: id(2),
            fields: StepFields {
                title: Title::Code(step),
                done: true,
                date: Some(today),
                note: None,
            },
        },
        NewStep {
            id: id(3),
            fields: StepFields {
                title: Title::Free(Text::new("Termin bei der VHS", "de")),
                done: false,
                date: None,
                note: Some(Text::new(DARI_NOTE, "prs")),
            },
        },
    ];
    let mut b = Booklet::new("de");
    b = booklet::apply(
        &b,
        Command::AddGoal {
            id: id(1),
            goal: GoalFields::from_code(goal),
            steps,
        },
        &ctx,
    )?
    .booklet;
    let contact = ContactFields {
        organisation: OFFICE.into(),
        role: Title::Code(ContactRole::JobcenterPlacement),
        person: String::new(),
        phone: "+49 5971 12345".into(),
        email: String::new(),
        address: String::new(),
        opening_hours: String::new(),
        note: None,
    };
    b = booklet::apply(&b, Command::AddContact { id: id(4), contact }, &ctx)?.booklet;
    let appointment = AppointmentFields {
        date: today.add_days(7).context("a date")?,
        time: None,
        place: "Rathaus".into(),
        contact: Some(id(4)),
        purpose: Title::Free(Text::new("Beratung", "de")),
        bring: None,
    };
    b = booklet::apply(
        &b,
        Command::AddAppointment {
            id: id(5),
            appointment,
        },
        &ctx,
    )?
    .booklet;
    Ok((b, goal, step))
}

async fn go(page: &Page, href: &str, page_name: &str) -> Result<()> {
    click(page, &format!("nav a[href=\"{href}\"]")).await?;
    wait_for(
        page,
        &format!("document.querySelector('[data-page=\"{page_name}\"]')"),
        WAIT,
    )
    .await
}

async fn screenshot(page: &Page, name: &str) -> Result<()> {
    let dir = std::path::Path::new(env!("CARGO_TARGET_TMPDIR")).join("screenshots");
    std::fs::create_dir_all(&dir)?;
    let png = page.screenshot(ScreenshotParams::builder().build()).await?;
    let path = dir.join(format!("{name}.png"));
    std::fs::write(&path, png)?;
    println!("screenshot: {}", path.display());
    Ok(())
}

/// The booklet is imported once, then read in four languages (and Persian for a screenshot).
#[tokio::test]
async fn one_booklet_in_four_languages() -> Result<()> {
    let (booklet, goal, step) = fixture()?;

    let server = TestServer::start().await?;
    let chrome = Chrome::launch().await?;
    let page = open_app(&chrome, &server).await?;
    import_booklet(&page, &booklet).await?;

    for tag in ["de", "ar", "ti", "uk", "fa"] {
        switch_language(&page, tag).await?;
        let l = Localizer::new(tag)?;
        go(&page, "/", "home").await?;
        wait_for(&page, "document.querySelector('.goal-card')", WAIT).await?;
        let home = main_text(&page).await?;
        assert!(
            home.contains(&l.text(goal.message_id())),
            "{tag}: the goal in the reader's language: {home}"
        );
        if ["ar", "fa", "ti"].contains(&tag) {
            screenshot(&page, &format!("home-{tag}")).await?;
        }
        click(&page, ".goal-card").await?;
        wait_for(&page, "document.querySelectorAll('.step').length === 2", WAIT).await?;
        let goal_page = main_text(&page).await?;
        assert!(
            goal_page.contains(&l.text(step.message_id())),
            "{tag}: the step label: {goal_page}"
        );
        assert!(
            goal_page.contains("Termin bei der VHS"),
            "{tag}: free text as written"
        );
        assert!(goal_page.contains(DARI_NOTE), "{tag}: the Dari note as written");

        let dir: String = eval(&page, "document.documentElement.dir").await?;
        let expected_dir = if ["ar", "fa"].contains(&tag) { "rtl" } else { "ltr" };
        assert_eq!(dir, expected_dir, "{tag}: document direction");
        // The first navigation item (Home) sits at the reading start: the right edge in RTL.
        let home_x: f64 = eval(
            &page,
            "document.querySelector('nav a[href=\"/\"]').getBoundingClientRect().x",
        )
        .await?;
        let settings_x: f64 = eval(
            &page,
            "document.querySelector('nav a[href=\"/settings\"]').getBoundingClientRect().x",
        )
        .await?;
        if expected_dir == "rtl" {
            assert!(
                home_x > settings_x,
                "{tag}: Home on the right ({home_x} vs {settings_x})"
            );
        } else {
            assert!(
                home_x < settings_x,
                "{tag}: Home on the left ({home_x} vs {settings_x})"
            );
        }
    }
    chrome.close().await?;
    Ok(())
}

/// A German UI showing a Dari note, and an Arabic UI showing a German office name with a phone number:
/// each piece keeps its own direction and the sentence around it stays in logical order.
#[tokio::test]
async fn mixed_direction_text_stays_in_logical_order() -> Result<()> {
    let (booklet, _, _) = fixture()?;
    let server = TestServer::start().await?;
    let chrome = Chrome::launch().await?;
    let page = open_app(&chrome, &server).await?;
    import_booklet(&page, &booklet).await?;

    // UI left-to-right, content right-to-left.
    switch_language(&page, "de").await?;
    go(&page, "/", "home").await?;
    wait_for(&page, "document.querySelector('.goal-card')", WAIT).await?;
    click(&page, ".goal-card").await?;
    wait_for(&page, "document.querySelector('bdi[lang=\"prs\"]')", WAIT).await?;
    let note_rtl: bool = eval(
        &page,
        "document.querySelector('bdi[lang=\"prs\"]').matches(':dir(rtl)')",
    )
    .await?;
    let card_ltr: bool = eval(
        &page,
        "document.querySelector('bdi[lang=\"prs\"]').closest('li').matches(':dir(ltr)')",
    )
    .await?;
    assert!(
        note_rtl && card_ltr,
        "the Dari note is right-to-left inside a left-to-right card"
    );
    // A step's accessible name isolates the title inside the sentence (FSI … PDI).
    let label: String = eval(
        &page,
        "document.querySelector('.step input[type=checkbox]').getAttribute('aria-label')",
    )
    .await?;
    assert!(
        label.contains('\u{2068}') && label.contains('\u{2069}'),
        "isolated placeable in {label:?}"
    );

    // UI right-to-left, content left-to-right.
    switch_language(&page, "ar").await?;
    go(&page, "/contacts", "contacts").await?;
    wait_for(&page, "document.querySelector('.contact')", WAIT).await?;
    let office_ltr: bool = eval(
        &page,
        &format!("[...document.querySelectorAll('.contact bdi')].find(b => b.innerText === {OFFICE:?}).matches(':dir(ltr)')"),
    )
    .await?;
    let card_rtl: bool = eval(&page, "document.querySelector('.contact').matches(':dir(rtl)')").await?;
    assert!(
        office_ltr && card_rtl,
        "the German office name is left-to-right inside a right-to-left card"
    );
    let phone_dir: String = eval(
        &page,
        "document.querySelector('.contact a[href^=\"tel:\"] bdi').getAttribute('dir')",
    )
    .await?;
    assert_eq!(phone_dir, "ltr", "the phone number reads left to right");
    let call: String = eval(
        &page,
        "document.querySelector('.contact a[href^=\"tel:\"]').getAttribute('aria-label')",
    )
    .await?;
    assert!(
        call.contains(&format!("\u{2068}{OFFICE}\u{2069}")),
        "the office name is isolated in the Arabic sentence: {call:?}"
    );
    chrome.close().await?;
    Ok(())
}

/// With Tigrinya selected, the Ethiopic font comes from our origin and renders Ethiopic punctuation.
#[tokio::test]
async fn tigrinya_loads_the_ethiopic_font_from_our_origin() -> Result<()> {
    let server = TestServer::start().await?;
    let chrome = Chrome::launch().await?;
    let page = open_app(&chrome, &server).await?;
    let before: bool = eval(
        &page,
        "performance.getEntriesByType('resource').some(e => e.name.includes('/fonts/'))",
    )
    .await?;
    assert!(!before, "no font is fetched for a non-Ethiopic UI");
    switch_language(&page, "ti").await?;
    go(&page, "/settings", "settings").await?;
    let text = main_text(&page).await?;
    assert!(
        text.contains('።'),
        "the Tigrinya settings use Ethiopic full stops"
    );
    wait_for(
        &page,
        "[...document.fonts].some(f => f.family.replace(/\"/g, '') === 'Begleitheft Ethiopic' && f.status === 'loaded')",
        WAIT,
    )
    .await?;
    let from_us: bool = eval(
        &page,
        "performance.getEntriesByType('resource').some(e => e.name === location.origin + '/fonts/noto-sans-ethiopic-400.woff2')",
    )
    .await?;
    assert!(from_us, "the font came from our origin");
    let covers: bool = eval(
        &page,
        "document.fonts.check('16px \"Begleitheft Ethiopic\"', '።፣፤')",
    )
    .await?;
    assert!(covers, "Ethiopic punctuation renders with the loaded font");
    chrome.close().await?;
    Ok(())
}
