//! Sharing by QR, offline: the owner shares one goal with its steps and one contact; the code is read back
//! from the screen, opened in a second browser with a German UI, and shows exactly what was shared. Expired
//! and tampered codes show their own states.

use anyhow::{Context as _, Result, bail};
use booklet::codec::{self, Selection};
use booklet::{
    Author, Booklet, Command, ContactFields, ContactRole, Context, GoalCode, GoalFields, Id, Title,
};
use chromiumoxide::Page;
use chromiumoxide::cdp::browser_protocol::page::CaptureScreenshotFormat;
use e2e::{
    Chrome, TestServer, WAIT, click, eval, fill, import_booklet, main_text, now, open, open_app,
    switch_language, wait_for,
};
use i18n::Localizer;

/// Two catalogue goals with their usual steps and two contacts.
fn fixture() -> Result<(Booklet, [GoalCode; 2])> {
    let ctx = Context {
        now: now(),
        author: Author::Owner,
    };
    let mut codes = GoalCode::all().filter(|g| !g.typical_steps().is_empty());
    let shared = codes.next().context("a goal with steps")?;
    let other = codes
        .find(|g| g.field() != shared.field())
        .context("a second goal")?;
    let mut b = Booklet::new("de");
    for (n, code) in [shared, other].into_iter().enumerate() {
        let steps = code
            .typical_steps()
            .iter()
            .enumerate()
            .map(|(i, s)| booklet::NewStep {
                id: Id::from_bytes([10 + n as u8, i as u8, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1]),
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
    for (n, org) in ["Jobcenter Rheine", "Caritas Migrationsdienst"]
        .into_iter()
        .enumerate()
    {
        let contact = ContactFields {
            organisation: org.into(),
            role: Title::Code(ContactRole::all().nth(n).context("a role")?),
            person: String::new(),
            phone: "+49 5971 12345".into(),
            email: String::new(),
            address: String::new(),
            opening_hours: String::new(),
            note: None,
        };
        b = booklet::apply(
            &b,
            Command::AddContact {
                id: Id::from_bytes([50 + n as u8; 16]),
                contact,
            },
            &ctx,
        )?
        .booklet;
    }
    Ok((b, [shared, other]))
}

/// Reads the QR shown on the page: a screenshot of the SVG, decoded natively.
async fn read_qr(page: &Page) -> Result<String> {
    let png = page
        .find_element("figure.qr svg")
        .await?
        .screenshot(CaptureScreenshotFormat::Png)
        .await?;
    let decoder = png::Decoder::new(std::io::Cursor::new(png));
    let mut reader = decoder.read_info()?;
    let mut buf = vec![0; reader.output_buffer_size().context("png size")?];
    let info = reader.next_frame(&mut buf)?;
    let channels = info.color_type.samples();
    let luma: Vec<u8> = buf[..info.buffer_size()].chunks(channels).map(|p| p[0]).collect();
    let mut quirc = quircs::Quirc::default();
    let Some(code) = quirc
        .identify(info.width as usize, info.height as usize, &luma)
        .next()
    else {
        bail!("no QR code found in the screenshot")
    };
    Ok(String::from_utf8(code?.decode()?.payload)?)
}

/// The owner shares one goal (with its steps) and one contact; a second browser reads exactly that, in German.
#[tokio::test]
async fn a_shared_qr_shows_exactly_the_chosen_entries_in_the_readers_language() -> Result<()> {
    let (booklet, [shared, other]) = fixture()?;
    let server = TestServer::start().await?;

    let owner = Chrome::launch().await?;
    let page = open_app(&owner, &server).await?;
    import_booklet(&page, &booklet).await?;
    switch_language(&page, "ar").await?;
    click(&page, "nav a[href=\"/\"]").await?;
    wait_for(&page, "document.querySelector('a[href=\"/share\"]')", WAIT).await?;
    click(&page, "a[href=\"/share\"]").await?;
    wait_for(
        &page,
        "document.querySelector('[data-page=\"share\"] fieldset')",
        WAIT,
    )
    .await?;
    // The first goal and the first contact (second checkbox of each section: the first ticks all).
    click(&page, "fieldset:nth-of-type(1) label:nth-of-type(2) input").await?;
    click(&page, "fieldset:nth-of-type(2) label:nth-of-type(2) input").await?;
    fill(&page, "#share-recipient", "Jobcenter Rheine, Frau K.").await?;
    let summary: String = eval(
        &page,
        "document.querySelector('[data-testid=\"share-summary\"]').innerText",
    )
    .await?;
    let ar = Localizer::new("ar")?;
    let steps = shared.typical_steps().len();
    assert!(
        summary.contains(&ar.text_args(
            "share-count-goals",
            &[("goals", 1.into()), ("steps", steps.into())]
        )),
        "the summary names what will be seen: {summary}"
    );
    assert!(
        summary.contains(&ar.text("share-not-profile")),
        "and what not: {summary}"
    );
    click(&page, "[data-page=\"share\"] .form-actions button").await?;
    wait_for(&page, "document.querySelector('figure.qr svg')", WAIT).await?;
    let url = read_qr(&page).await?;
    assert!(
        url.starts_with(&server.url()),
        "the QR holds the app's URL: {url}"
    );
    assert!(
        url.contains(&format!("#{}", codec::FRAGMENT_PREFIX)),
        "with the payload in the fragment"
    );

    // The consent log lists the share.
    click(&page, "[data-page=\"share\"] .form-actions button").await?;
    click(&page, "nav a[href=\"/settings\"]").await?;
    wait_for(
        &page,
        "document.querySelector('[data-testid=\"consent-log\"] .consent')",
        WAIT,
    )
    .await?;
    let log = main_text(&page).await?;
    assert!(
        log.contains("Jobcenter Rheine, Frau K."),
        "the consent log names the recipient: {log}"
    );

    // A second browser with a German UI opens the scanned URL.
    let reader = Chrome::launch().await?;
    let view = open_app(&reader, &server).await?;
    switch_language(&view, "de").await?;
    // A camera app opens the link in a new tab; the reader's chosen language is in their own booklet.
    let view = open(&reader, &url).await?;
    wait_for(
        &view,
        "document.querySelector('[data-page=\"viewer\"] [data-state=\"valid\"]')",
        WAIT,
    )
    .await?;
    wait_for(&view, "document.documentElement.lang === 'de'", WAIT).await?;
    let text = main_text(&view).await?;
    let de = Localizer::new("de")?;
    assert!(
        text.contains(&de.text(shared.message_id())),
        "the shared goal in German: {text}"
    );
    for step in shared.typical_steps() {
        let args: Vec<(&str, i18n::Arg)> = step
            .args()
            .into_iter()
            .map(|(k, v)| match v {
                booklet::Arg::Str(s) => (k, i18n::Arg::Str(s)),
                booklet::Arg::Num(n) => (k, i18n::Arg::Num(n)),
            })
            .collect();
        let label = de.text_args(step.message_id(), &args);
        assert!(text.contains(&label), "step {label:?} in German: {text}");
    }
    assert!(text.contains("Jobcenter Rheine"), "the shared contact");
    assert!(
        !text.contains(&de.text(other.message_id())),
        "nothing else: not the other goal"
    );
    assert!(!text.contains("Caritas"), "nothing else: not the other contact");
    assert_eq!(
        eval::<u32>(&view, "document.querySelectorAll('.shared-goal').length").await?,
        1
    );
    assert_eq!(
        eval::<u32>(&view, "document.querySelectorAll('.shared-contact').length").await?,
        1
    );

    reader.close().await?;
    owner.close().await?;
    Ok(())
}

/// An expired share shows the expired state; a tampered fragment the damaged state.
#[tokio::test]
async fn expired_and_tampered_shares_say_so() -> Result<()> {
    let (booklet, _) = fixture()?;
    let today = now().date();
    let selection = Selection {
        goals: vec![booklet.goals[0].id],
        contacts: vec![],
        appointments: vec![],
    };
    let server = TestServer::start().await?;
    let chrome = Chrome::launch().await?;

    let old = codec::encode(
        &booklet,
        &selection,
        today.add_days(-30).context("date")?,
        today.add_days(-2).context("date")?,
    )?;
    let page = open(&chrome, &format!("{}#{}", server.url(), codec::fragment(&old))).await?;
    wait_for(
        &page,
        "document.querySelector('[data-page=\"viewer\"] [data-state=\"expired\"]')",
        WAIT,
    )
    .await?;

    let fresh = codec::fragment(&codec::encode(
        &booklet,
        &selection,
        today,
        today.add_days(7).context("date")?,
    )?);
    // Flip one payload character to another of the alphabet.
    let mut chars: Vec<char> = fresh.chars().collect();
    let i = chars.len() / 2;
    chars[i] = if chars[i] == 'A' { 'B' } else { 'A' };
    let tampered: String = chars.into_iter().collect();
    let page = open(&chrome, &format!("{}#{}", server.url(), tampered)).await?;
    wait_for(
        &page,
        "document.querySelector('[data-page=\"viewer\"] [data-state=\"damaged\"]')",
        WAIT,
    )
    .await?;
    chrome.close().await?;
    Ok(())
}
