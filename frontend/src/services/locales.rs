//! The UI languages: which ones this build ships, and fetching one on demand.
//!
//! The build writes every locale's Fluent text to a content-hashed file and lists them in `index.html`
//! (`<script id="locales" type="application/json">{"de": "/locales/de-….ftl", …}</script>`). The app fetches
//! only the language it shows; the service worker precaches all of them, so every language works offline.

use i18n::{LocaleInfo, Localizer};
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

thread_local! {
    /// Read once: the list is fixed for the life of the page.
    static AVAILABLE: Vec<(&'static LocaleInfo, String)> = read_available();
}

/// The locales of this build, in the table's order, with their file URLs.
pub fn available() -> Vec<(&'static LocaleInfo, String)> {
    AVAILABLE.with(Clone::clone)
}

fn read_available() -> Vec<(&'static LocaleInfo, String)> {
    let map: std::collections::HashMap<String, String> = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id("locales"))
        .and_then(|e| e.text_content())
        .and_then(|text| serde_json::from_str(&text).ok())
        .unwrap_or_default();
    i18n::LOCALES
        .iter()
        .filter_map(|info| Some((info, map.get(info.tag)?.clone())))
        .collect()
}

/// Fetches and parses one locale. `None` when it cannot be fetched (offline on a first visit, say).
pub async fn load(tag: &str) -> Option<Localizer> {
    let url = available().into_iter().find(|(info, _)| info.tag == tag)?.1;
    let window = web_sys::window()?;
    let response: web_sys::Response = JsFuture::from(window.fetch_with_str(&url))
        .await
        .ok()?
        .dyn_into()
        .ok()?;
    if !response.ok() {
        return None;
    }
    let text = JsFuture::from(response.text().ok()?).await.ok()?.as_string()?;
    let localizer = Localizer::from_ftl(tag, &url, &text).ok()?;
    for error in localizer.load_errors() {
        web_sys::console::warn_1(&format!("{error}").into());
    }
    Some(localizer)
}
