//! Begleitheft's progressive web app: yew components over the pure `booklet` domain.
//!
//! # Layout
//! - [`app`]: the root component — state, repository, language, service worker, router and frame.
//! - [`store`]: [`store::AppState`], [`store::Action`] and the reducer (a plain function, tested natively).
//! - [`route`]: the URL routes; [`router`]: following the address (History API), `Link` and navigation.
//! - [`hooks`]: `use_t()` (the current [`i18n::Localizer`]) and `use_app()` (state plus intent methods).
//! - [`pages`]: one component per screen; [`components`]: shared pieces (navigation, language switch, …).
//! - [`services`]: the only code that touches browser APIs: IndexedDB (`storage`), the command queue
//!   (`repo`), the service worker (`sw`), files (`files`) and formatting (`format`).
//!
//! **Architecture invariant:** components never touch IndexedDB; they call `use_app()` intents, which go
//! through `services::repo`. **Architecture invariant:** every user-visible string comes from `i18n/`.

pub mod app;
pub mod components;
pub mod error;
pub mod hooks;
pub mod lazy;
pub mod pages;
pub mod route;
pub mod router;
pub mod services;
pub mod store;

use wasm_bindgen::prelude::*;

/// Mounts the app into `#app`. `index.html` calls this after the module has loaded (not at module start,
/// so that browser tests can load the module without mounting the app).
#[wasm_bindgen]
pub fn run() {
    let root = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id("app"))
        .expect("index.html has an #app element");
    root.set_inner_html("");
    let _ = root.remove_attribute("aria-busy");
    yew::Renderer::<app::App>::with_root(root).render();
}
