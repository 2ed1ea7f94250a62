//! Export and import: a corrupt file changes nothing; export → a fresh device → import gives back the
//! same booklet.

use anyhow::Result;
use chromiumoxide::Page;
use e2e::{Chrome, TestServer, WAIT, choose_file, click, count, eval, fill, open_app, submit, wait_for};

/// Replaces `URL.createObjectURL` so the exported file's text lands in `window.__exported`.
const CAPTURE_EXPORT: &str = "(() => { const orig = URL.createObjectURL;
    URL.createObjectURL = (blob) => { blob.text().then(t => { window.__exported = t; }); return orig(blob); };
    return true; })()";

async fn add_some_entries(page: &Page) -> Result<()> {
    click(page, "a[href=\"/add-goal\"]").await?;
    wait_for(page, "document.querySelector('.catalog-item')", WAIT).await?;
    click(page, ".catalog-item").await?; // with its usual steps
    wait_for(page, "document.querySelectorAll('.step').length > 1", WAIT).await?;
    fill(page, "#step-free", "ملاحظة بالعربية mit Jobcenter 0176 123").await?;
    submit(page, "#step-free").await?;
    click(page, "nav a[href=\"/contacts\"]").await?;
    wait_for(
        page,
        "document.querySelector('[data-page=\"contacts\"] .row button')",
        WAIT,
    )
    .await?;
    click(page, "[data-page=\"contacts\"] .row button").await?;
    fill(page, "#c-org", "Caritas Migrationsdienst").await?;
    submit(page, "#c-org").await?;
    wait_for(page, "document.querySelectorAll('.contact').length === 1", WAIT).await?;
    Ok(())
}

async fn export(page: &Page) -> Result<serde_json::Value> {
    click(page, "nav a[href=\"/settings\"]").await?;
    wait_for(page, "document.querySelector('[data-page=\"settings\"]')", WAIT).await?;
    eval::<bool>(page, CAPTURE_EXPORT).await?;
    click(page, "#export-button").await?;
    wait_for(page, "typeof window.__exported === 'string'", WAIT).await?;
    let text: String = eval(page, "window.__exported").await?;
    Ok(serde_json::from_str(&text)?)
}

/// A corrupt file is refused with a message and changes nothing; a good export imported on a fresh
/// device gives back exactly the same booklet.
#[tokio::test]
async fn corrupt_import_changes_nothing_and_export_import_round_trips() -> Result<()> {
    let server = TestServer::start().await?;
    let files = tempfile::tempdir()?;

    let phone = Chrome::launch().await?;
    let page = open_app(&phone, &server).await?;
    add_some_entries(&page).await?;
    let before = export(&page).await?;
    assert_eq!(before["format"], "begleitheft-booklet");
    wait_for(
        &page,
        "!document.querySelector('[data-testid=\"last-export\"]').innerText.includes('nie')",
        WAIT,
    )
    .await?;

    // A truncated export, then a foreign JSON file: each gives its own message, the booklet stays.
    let text = serde_json::to_string(&before)?;
    let cases = [
        ("truncated.json", text[..text.len() / 2].to_string()),
        ("foreign.json", "{\"hcert\": 1}".into()),
    ];
    let mut messages = Vec::new();
    for (name, content) in cases {
        let path = files.path().join(name);
        std::fs::write(&path, content)?;
        choose_file(&page, "#import-file", &path).await?;
        // Wait for this file's message, not the one the previous file left on screen.
        let previous = serde_json::to_string(messages.last().map(String::as_str).unwrap_or(""))?;
        let status = "document.querySelector('[data-testid=\"import-status\"]')";
        wait_for(
            &page,
            &format!("{status} && {status}.innerText !== {previous}"),
            WAIT,
        )
        .await?;
        messages.push(
            eval::<String>(
                &page,
                "document.querySelector('[data-testid=\"import-status\"]').innerText",
            )
            .await?,
        );
        assert_eq!(
            count(&page, "[role=\"alertdialog\"]").await?,
            0,
            "no replace offered for {name}"
        );
    }
    assert_ne!(
        messages[0], messages[1],
        "truncated and foreign files get different messages"
    );
    let after = export(&page).await?;
    assert_eq!(
        after["booklet"], before["booklet"],
        "a refused import changes nothing"
    );

    // A fresh device (new browser profile) imports the export and ends with the same booklet.
    let path = files.path().join("export.json");
    std::fs::write(&path, serde_json::to_string(&before)?)?;
    let other = Chrome::launch().await?;
    let fresh = open_app(&other, &server).await?;
    click(&fresh, "nav a[href=\"/settings\"]").await?;
    wait_for(&fresh, "document.querySelector('#import-file')", WAIT).await?;
    choose_file(&fresh, "#import-file", &path).await?;
    wait_for(
        &fresh,
        "document.querySelector('[role=\"alertdialog\"] button.danger')",
        WAIT,
    )
    .await?;
    click(&fresh, "[role=\"alertdialog\"] button.danger").await?;
    wait_for(
        &fresh,
        "document.querySelector('[data-testid=\"import-status\"]')",
        WAIT,
    )
    .await?;
    fresh.reload().await?;
    wait_for(&fresh, "document.querySelector('[data-page=\"settings\"]')", WAIT).await?;
    let imported = export(&fresh).await?;
    assert_eq!(imported["booklet"], before["booklet"]);

    other.close().await?;
    phone.close().await?;
    Ok(())
}
