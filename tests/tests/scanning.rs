//! The scanner's photo fallback: a PNG of the app's own largest allowed QR (version 25 at ECC M) opens the
//! share; a PNG of a foreign code (a vaccination certificate) gets the foreign-code message. Headless
//! Chromium on Linux has no BarcodeDetector, so this exercises the wasm decoder (quircs).

use anyhow::{Context as _, Result};
use booklet::codec::{self, Selection};
use booklet::{Author, Booklet, Command, Context, GoalCode, GoalFields, Id, NewStep, StepFields};
use e2e::{Chrome, TestServer, WAIT, choose_file, click, eval, now, open, wait_for};
use qrcode::bits::Bits;
use qrcode::{EcLevel, QrCode, Version};

/// The share QR as the app builds it: byte-mode URL prefix, alphanumeric payload, ECC M, given version.
fn share_code(prefix: &str, fragment: &str, version: i16) -> Option<QrCode> {
    let mut bits = Bits::new(Version::Normal(version));
    bits.push_byte_data(prefix.as_bytes()).ok()?;
    bits.push_alphanumeric_data(fragment.as_bytes()).ok()?;
    bits.push_terminator(EcLevel::M).ok()?;
    QrCode::with_bits(bits, EcLevel::M).ok()
}

/// Goals with six free-text steps each: enough to fill a version-25 code.
fn big_booklet() -> Result<Booklet> {
    let ctx = Context {
        now: now(),
        author: Author::Owner,
    };
    let mut b = Booklet::new("de");
    for g in 0..30u8 {
        let code = GoalCode::all()
            .nth(usize::from(g) % GoalCode::all().count())
            .context("a goal code")?;
        let steps = (0..6u8)
            .map(|s| NewStep {
                id: Id::from_bytes([200, g, s, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0]),
                fields: StepFields {
                    title: booklet::Title::Free(booklet::Text::new(
                        format!("Schritt {s} für Ziel {g}, mit Notiz"),
                        "de",
                    )),
                    done: false,
                    date: None,
                    note: None,
                },
            })
            .collect();
        b = booklet::apply(
            &b,
            Command::AddGoal {
                id: Id::from_bytes([g; 16]),
                goal: GoalFields::from_code(code),
                steps,
            },
            &ctx,
        )?
        .booklet;
    }
    Ok(b)
}

#[tokio::test]
async fn the_photo_fallback_reads_the_largest_share_and_names_foreign_codes() -> Result<()> {
    let server = TestServer::start().await?;
    let prefix = format!("{}#", server.url());
    let today = now().date();
    let booklet = big_booklet()?;
    // The largest selection (in goals) whose code still fits version 25.
    let mut largest = None;
    for n in 1..=booklet.goals.len() {
        let selection = Selection {
            goals: booklet.goals[..n].iter().map(|g| g.id).collect(),
            contacts: vec![],
            appointments: vec![],
        };
        let payload = codec::encode(&booklet, &selection, today, today.add_days(7).context("date")?)?;
        let fragment = codec::fragment(&payload);
        match share_code(&prefix, &fragment, 25) {
            Some(code) => largest = Some((n, code)),
            None => break,
        }
    }
    let (goals, code) = largest.context("at least one goal fits")?;
    assert!(share_code(&prefix, "", 24).is_some());
    println!(
        "largest allowed share: {goals} goals in version {:?}",
        code.version()
    );

    let files = tempfile::tempdir()?;
    let ours = files.path().join("ours.png");
    let (size, pixels) = e2e::qr_pixels(&code);
    e2e::write_grey_png(size, &pixels, &ours)?;
    let foreign = files.path().join("foreign.png");
    let covid = QrCode::with_error_correction_level(
        "HC1:NCFOXN%TS3DH3ZSUZK+.V0ETD%65NL-AH-R6IOO6+IUKRG",
        EcLevel::M,
    )?;
    let (size, pixels) = e2e::qr_pixels(&covid);
    e2e::write_grey_png(size, &pixels, &foreign)?;

    let chrome = Chrome::launch().await?;
    let page = open(&chrome, &server.url()).await?;
    wait_for(
        &page,
        "document.querySelector('[data-page=\"home\"] a[href=\"/scan\"]')",
        WAIT,
    )
    .await?;
    click(&page, "a[href=\"/scan\"]").await?;
    wait_for(&page, "document.querySelector('#scan-photo')", WAIT).await?;

    choose_file(&page, "#scan-photo", &foreign).await?;
    wait_for(
        &page,
        "document.querySelector('[data-testid=\"scan-problem\"]')",
        WAIT,
    )
    .await?;
    let message: String = eval(
        &page,
        "document.querySelector('[data-testid=\"scan-problem\"]').innerText",
    )
    .await?;
    let en = i18n::Localizer::new("en")?;
    assert_eq!(
        message,
        en.text("share-error-foreign-covid"),
        "a vaccination certificate is named as such"
    );

    choose_file(&page, "#scan-photo", &ours).await?;
    wait_for(
        &page,
        "document.querySelector('[data-page=\"viewer\"] [data-state=\"valid\"]')",
        WAIT,
    )
    .await?;
    let shown: u32 = eval(&page, "document.querySelectorAll('.shared-goal').length").await?;
    assert_eq!(shown as usize, goals, "every goal of the largest share is shown");
    chrome.close().await?;
    Ok(())
}
