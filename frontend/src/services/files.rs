//! Files in and out: the export download and reading a chosen file, plus persistent storage.

use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

/// Offers `text` as a download named `name`.
pub fn download(name: &str, text: &str, mime: &str) -> Result<(), &'static str> {
    let window = web_sys::window().ok_or("export-error")?;
    let document = window.document().ok_or("export-error")?;
    let parts = js_sys::Array::of1(&text.into());
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(mime);
    let blob =
        web_sys::Blob::new_with_str_sequence_and_options(&parts, &options).map_err(|_| "export-error")?;
    let url = web_sys::Url::create_object_url_with_blob(&blob).map_err(|_| "export-error")?;
    let a: web_sys::HtmlAnchorElement = document
        .create_element("a")
        .map_err(|_| "export-error")?
        .unchecked_into();
    a.set_href(&url);
    a.set_download(name);
    a.click();
    let _ = web_sys::Url::revoke_object_url(&url);
    Ok(())
}

/// Reads a chosen file as text; `None` when it is not readable text.
pub async fn read_text(file: web_sys::File) -> Option<String> {
    JsFuture::from(file.text()).await.ok()?.as_string()
}

/// Asks the browser to keep our storage even under pressure. `Some(granted)`, or `None` when the
/// browser has no such API.
pub async fn request_persistence() -> Option<bool> {
    let storage = web_sys::window()?.navigator().storage();
    let promise = storage.persist().ok()?;
    JsFuture::from(promise).await.ok()?.as_bool()
}
