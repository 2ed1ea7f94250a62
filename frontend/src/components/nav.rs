//! The bottom navigation: within thumb reach on a phone, a bar on top on a desktop.

use crate::hooks::use_t;
use crate::route::Route;
use crate::router::{Link, use_route};
use yew::prelude::*;

/// Links to the main screens; the current one is marked for screen readers.
#[function_component]
pub fn BottomNav() -> Html {
    let t = use_t();
    let current = use_route();
    let item = |route: Route, label: &str, icon: Html| {
        let active = match (&current, &route) {
            (Route::Goal { .. } | Route::AddGoal, Route::Home) => true,
            (c, r) => c == r,
        };
        html! {
            <Link to={route}>
                <span class="nav-item" aria-current={active.then_some("page")}>{ icon }<span>{ t.text(label) }</span></span>
            </Link>
        }
    };
    html! {
        <nav class="bottom-nav" aria-label={t.text("nav-label")}>
            { item(Route::Home, "nav-home", icon("M3 11l9-8 9 8v10h-6v-6H9v6H3z")) }
            { item(Route::Appointments, "nav-appointments", icon("M5 4h14v17H5zM5 9h14M9 2v4M15 2v4")) }
            { item(Route::Contacts, "nav-contacts", icon("M12 12a4 4 0 100-8 4 4 0 000 8zm-7 9a7 7 0 0114 0")) }
            { item(Route::Profile, "nav-profile", icon("M4 4h16v16H4zM8 9h8M8 13h8M8 17h5")) }
            { item(Route::Settings, "nav-settings", icon("M12 15a3 3 0 100-6 3 3 0 000 6zm8-3l2-1-2-4-2 1-2-2V4h-4v2l-2 2-2-1-2 4 2 1v2l-2 1 2 4 2-1 2 2v2h4v-2l2-2 2 1 2-4-2-1z")) }
        </nav>
    }
}

fn icon(path: &'static str) -> Html {
    html! {
        <svg viewBox="0 0 24 24" aria-hidden="true" fill="none" stroke="currentColor" stroke-width="2"
             stroke-linejoin="round" stroke-linecap="round"><path d={path} /></svg>
    }
}
