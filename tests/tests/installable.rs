//! The app can be installed to the home screen: Chromium reports no installability errors once the
//! service worker is active.

use anyhow::Result;
use chromiumoxide::cdp::browser_protocol::page::GetInstallabilityErrorsParams;
use e2e::{Chrome, SW_INSTALL, TestServer, open_app, wait_for};

/// Opens the app and asks Chromium (CDP `Page.getInstallabilityErrors`) whether it is installable.
#[tokio::test]
async fn chromium_reports_no_installability_errors() -> Result<()> {
    let server = TestServer::start().await?;
    let chrome = Chrome::launch().await?;
    let page = open_app(&chrome, &server).await?;
    wait_for(&page, "navigator.serviceWorker.controller !== null", SW_INSTALL).await?;
    let errors = page.execute(GetInstallabilityErrorsParams::default()).await?;
    let errors: Vec<String> = errors
        .result
        .installability_errors
        .iter()
        .map(|e| e.error_id.clone())
        .collect();
    assert!(errors.is_empty(), "installability errors: {errors:?}");
    chrome.close().await?;
    Ok(())
}
