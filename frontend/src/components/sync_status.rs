//! Backup and sync's status: a line for Settings and a small sign for the header. Both carry the state
//! machine-readably in `data-sync-state` (`off`, `synced`, `pending`, `offline`, `error`).

use crate::hooks::{use_app, use_t};
use crate::route::Route;
use crate::router::Link;
use crate::store::SyncStatus;
use i18n::{Arg, Localizer};
use yew::prelude::*;

/// A cloud, with a tick, an arrow up, a line through it, or an exclamation mark.
const ICON_SYNCED: &str = "M7 18h10a4 4 0 000-8 6 6 0 00-11.6 1.5A3.3 3.3 0 007 18zM9.5 13.5l2 2 3.5-3.5";
const ICON_PENDING: &str =
    "M7 18h10a4 4 0 000-8 6 6 0 00-11.6 1.5A3.3 3.3 0 007 18zM12 16v-5M9.5 13.5L12 11l2.5 2.5";
const ICON_OFFLINE: &str = "M7 18h10a4 4 0 000-8 6 6 0 00-11.6 1.5A3.3 3.3 0 007 18zM4 4l16 16";
const ICON_ERROR: &str = "M7 18h10a4 4 0 000-8 6 6 0 00-11.6 1.5A3.3 3.3 0 007 18zM12 11v3M12 16v.5";

/// The status as a sentence.
pub fn status_text(t: &Localizer, status: SyncStatus) -> String {
    match status {
        SyncStatus::Off => t.text("sync-status-off"),
        SyncStatus::Synced => t.text("sync-status-synced"),
        SyncStatus::Pending(n) => t.text_args("sync-status-pending", &[("count", Arg::from(n))]),
        SyncStatus::Offline => t.text("sync-status-offline"),
        SyncStatus::Error(_) => t.text("sync-status-error"),
    }
}

/// The status line (Settings): the sentence, and for an error what went wrong.
#[function_component]
pub fn SyncStatusLine() -> Html {
    let t = use_t();
    let app = use_app();
    let status = app.state.sync;
    html! {
        <p id="sync-status" class={classes!("sync-status", status.name())} role="status" data-sync-state={status.name()}>
            { status_text(&t, status) }
            if let SyncStatus::Error(id) = status { { " " }{ t.text(id) } }
        </p>
    }
}

/// The header's sign while sync is on: a link to Settings named by the status ("Sync: Everything is backed
/// up."). Nothing while sync is off.
#[function_component]
pub fn SyncIndicator() -> Html {
    let t = use_t();
    let app = use_app();
    let status = app.state.sync;
    if status == SyncStatus::Off {
        return html! {};
    }
    let label = t.text_args(
        "sync-indicator-label",
        &[("status", Arg::from(status_text(&t, status)))],
    );
    let path = match status {
        SyncStatus::Synced => ICON_SYNCED,
        SyncStatus::Pending(_) => ICON_PENDING,
        SyncStatus::Offline => ICON_OFFLINE,
        SyncStatus::Error(_) | SyncStatus::Off => ICON_ERROR,
    };
    html! {
        <Link to={Route::Settings} classes={classes!("sync-indicator", status.name())}>
            <span id="sync-indicator" role="img" aria-label={label.clone()} title={label} data-sync-state={status.name()}>
                <svg viewBox="0 0 24 24" aria-hidden="true" fill="none" stroke="currentColor" stroke-width="2"
                     stroke-linejoin="round" stroke-linecap="round"><path d={path} /></svg>
                if let SyncStatus::Pending(n) = status { <span class="sync-count" aria-hidden="true">{ n }</span> }
            </span>
        </Link>
    }
}
