//! The UI languages: which ones this build ships, and fetching one on demand.
//!
//! The build compiles every locale's Fluent files (`i18n::compile`: parsed at build time, so the app carries
//! no Fluent parser) into two content-hashed files and lists them in `index.html`
//! (`<script id="locales" type="application/json">{"de": "/locales/de-….ftlc", …}</script>`, and the same
//! under `locales-more`): the first holds what the first screen says, the second the messages of the lazily
//! loaded screens (sync, link shares, the advisor), fetched after the first render. The app fetches only the
//! language it shows; the service worker precaches all of them, so every language works offline.

use i18n::{LocaleInfo, Localizer};
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

thread_local! {
    /// Read once: the list is fixed for the life of the page.
    static AVAILABLE: Vec<(&'static LocaleInfo, String)> = read_available();
    /// Each language's second file, by tag.
    static MORE: Vec<(String, String)> = read_map("locales-more");
}

/// The locales of this build, in the table's order, with their file URLs.
pub fn available() -> Vec<(&'static LocaleInfo, String)> {
    AVAILABLE.with(Clone::clone)
}

fn read_available() -> Vec<(&'static LocaleInfo, String)> {
    let map = read_map("locales");
    i18n::LOCALES
        .iter()
        .filter_map(|info| Some((info, url_of(&map, info.tag)?)))
        .collect()
}

/// The URL of `tag`'s file in a map read by [`read_map`].
fn url_of(map: &[(String, String)], tag: &str) -> Option<String> {
    map.iter().find(|(t, _)| t == tag).map(|(_, url)| url.clone())
}

/// The (tag, URL) pairs the build wrote into the element with this id, for the table's locales. Read with
/// the browser's `JSON.parse` rather than serde_json, which the first load does not otherwise carry.
fn read_map(id: &str) -> Vec<(String, String)> {
    let Some(text) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id(id))
        .and_then(|e| e.text_content())
    else {
        return Default::default();
    };
    let Ok(map) = js_sys::JSON::parse(&text) else {
        return Default::default();
    };
    i18n::LOCALES
        .iter()
        .filter_map(|info| {
            let url = js_sys::Reflect::get(&map, &info.tag.into()).ok()?.as_string()?;
            Some((info.tag.to_owned(), url))
        })
        .collect()
}

/// Fetches and reads the first file of one locale (what the first screen says). `None` when it cannot be
/// fetched (offline on a first visit, say) or is damaged.
pub async fn load(tag: &str) -> Option<Localizer> {
    let url = available().into_iter().find(|(info, _)| info.tag == tag)?.1;
    let bytes = fetch_bytes(&url).await?;
    checked(Localizer::from_compiled(tag, &[&bytes]))
}

/// Fetches both of a language's files and builds its complete localizer, the one lazily loaded screens need.
/// The first file usually comes from the browser's cache by then.
pub async fn load_complete(tag: &str) -> Option<Localizer> {
    let first = available().into_iter().find(|(info, _)| info.tag == tag)?.1;
    let more = MORE.with(|m| url_of(m, tag))?;
    let first = fetch_bytes(&first).await?;
    let more = fetch_bytes(&more).await?;
    checked(Localizer::from_compiled(tag, &[&first, &more]))
}

/// Reports a file that could not be read in the console (the build writes only files that read back).
fn checked(localizer: Result<Localizer, i18n::I18nError>) -> Option<Localizer> {
    localizer
        .map_err(|error| web_sys::console::warn_1(&format!("{error}").into()))
        .ok()
}

async fn fetch_bytes(url: &str) -> Option<Vec<u8>> {
    let window = web_sys::window()?;
    let response: web_sys::Response = JsFuture::from(window.fetch_with_str(url))
        .await
        .ok()?
        .dyn_into()
        .ok()?;
    if !response.ok() {
        return None;
    }
    let buffer = JsFuture::from(response.array_buffer().ok()?).await.ok()?;
    Some(js_sys::Uint8Array::new(&buffer).to_vec())
}
