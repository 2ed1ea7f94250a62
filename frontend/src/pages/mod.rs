//! One component per screen, and the router's switch.

mod add_goal;
mod advisor;
mod appointments;
mod contacts;
mod goal;
mod home;
pub mod link_viewer;
mod links;
mod print;
mod profile;
mod propose;
pub mod restore;
mod scan;
mod settings;
mod share;
mod side_by_side;
mod sync;
pub mod viewer;

use crate::hooks::use_t;
use crate::lazy::{LazyPage, Part, Show};
use crate::route::Route;
use crate::router::Link;
use yew::prelude::*;

/// Renders the page for a route: Home here, every other page from its lazily loaded part.
pub fn switch(route: Route) -> Html {
    match Part::of(&route) {
        None if route == Route::Home => html! { <home::Home /> },
        None => html! { <NotFound /> },
        Some(part) => html! { <LazyPage show={Show::Page(route)} {part} /> },
    }
}

/// The booklet's own pages (part `Booklet`).
pub(crate) fn render_booklet(show: Show) -> Html {
    let Show::Page(route) = show else {
        return html! {};
    };
    match route {
        Route::Goal { id } => html! { <goal::GoalPage {id} /> },
        Route::AddGoal => html! { <add_goal::AddGoal /> },
        Route::Contacts => html! { <contacts::Contacts /> },
        Route::Appointments => html! { <appointments::Appointments /> },
        Route::SideBySide { id } => html! { <side_by_side::SideBySide {id} /> },
        Route::Profile => html! { <profile::ProfilePage /> },
        Route::Settings => html! { <settings::SettingsPage /> },
        Route::Print => html! { <print::PrintView /> },
        _ => html! { <NotFound /> },
    }
}

/// Sharing by QR, scanning and the viewer of a scanned share (part `Share`).
pub(crate) fn render_share(show: Show) -> Html {
    match show {
        Show::Page(Route::Share) => html! { <share::SharePage /> },
        Show::Page(Route::Scan) => html! { <scan::ScanPage /> },
        Show::Viewer(url) => html! { <viewer::ShareViewer {url} /> },
        _ => html! { <NotFound /> },
    }
}

/// Link shares and the advisor's side (part `Links`).
pub(crate) fn render_links(show: Show) -> Html {
    match show {
        Show::Page(Route::Links) => html! { <links::LinksPage /> },
        Show::Page(Route::Link) => html! { <link_viewer::LinkPage /> },
        Show::Page(Route::Advisor) => html! { <advisor::AdvisorPage /> },
        _ => html! { <NotFound /> },
    }
}

/// The proposals inbox on Home (part `LinkEngine`).
pub(crate) fn render_inbox(show: Show) -> Html {
    match show {
        Show::Inbox => html! { <crate::components::proposals::ProposalsInbox /> },
        _ => html! {},
    }
}

/// Restoring from a backup (part `Sync`).
pub(crate) fn render_sync(show: Show) -> Html {
    match show {
        Show::Page(Route::Restore) => html! { <restore::RestorePage /> },
        _ => html! { <NotFound /> },
    }
}

#[function_component]
fn NotFound() -> Html {
    let t = use_t();
    html! {
        <section data-page="not-found">
            <h2>{ t.text("not-found-title") }</h2>
            <Link to={Route::Home} classes="button">{ t.text("nav-home") }</Link>
        </section>
    }
}

/// The text of an input as the owner types it, starting from the stored `initial`: held in state, because
/// yew puts an input's `value` back on every re-render, and the app re-renders in the background (sync,
/// link shares) while someone may be typing. A changed stored value (another entry, a merge) starts it over.
#[hook]
pub(crate) fn use_field(initial: String) -> (String, Callback<InputEvent>) {
    let text = use_state(|| initial.clone());
    {
        let text = text.clone();
        use_effect_with(initial, move |initial| {
            if *text != *initial {
                text.set(initial.clone());
            }
        });
    }
    let oninput = {
        let text = text.clone();
        Callback::from(move |e: InputEvent| {
            let input: web_sys::HtmlInputElement = e.target_unchecked_into();
            text.set(input.value());
        })
    };
    ((*text).clone(), oninput)
}

/// Reads the value of an input, select or textarea behind a node ref.
pub(crate) fn value_of(node: &NodeRef) -> String {
    use wasm_bindgen::JsCast;
    let Some(el) = node.get() else {
        return String::new();
    };
    if let Some(i) = el.dyn_ref::<web_sys::HtmlInputElement>() {
        return i.value();
    }
    if let Some(s) = el.dyn_ref::<web_sys::HtmlSelectElement>() {
        return s.value();
    }
    if let Some(t) = el.dyn_ref::<web_sys::HtmlTextAreaElement>() {
        return t.value();
    }
    String::new()
}

/// Whether a checkbox behind a node ref is checked.
pub(crate) fn checked(node: &NodeRef) -> bool {
    node.cast::<web_sys::HtmlInputElement>()
        .is_some_and(|i| i.checked())
}

/// Puts text on the clipboard (`navigator.clipboard.writeText`), where the browser allows it; a recovery code
/// or a link is selectable on screen either way.
pub(crate) fn copy_text(text: &str) {
    use js_sys::{Function, Promise, Reflect};
    use wasm_bindgen::JsCast;
    let Some(navigator) = web_sys::window().map(|w| w.navigator()) else {
        return;
    };
    let Ok(clipboard) = Reflect::get(&navigator, &"clipboard".into()) else {
        return;
    };
    let Some(write) = Reflect::get(&clipboard, &"writeText".into())
        .ok()
        .and_then(|f| f.dyn_into::<Function>().ok())
    else {
        return;
    };
    if let Ok(promise) = write.call1(&clipboard, &text.into())
        && let Ok(promise) = promise.dyn_into::<Promise>()
    {
        // A refusal changes nothing: the text stays on screen.
        wasm_bindgen_futures::spawn_local(async move {
            let _ = wasm_bindgen_futures::JsFuture::from(promise).await;
        });
    }
}
