//! Settings → Shared links: every link share made on this device, what it shows (without naming anyone),
//! until when, with or without PIN, live or not, whether the reader may propose entries, its state as the
//! server reports it, who opened it when (the access log), and "Revoke" with a confirmation.

use crate::hooks::{use_app, use_t};
use crate::services::format;
use crate::services::links::{self, AccessEntry, LinkError, ShareState, use_links};
use crate::services::storage::LinkShare;
use i18n::{Arg, Localizer};
use wasm_bindgen::JsValue;
use wasm_bindgen_futures::spawn_local;
use yew::prelude::*;

/// The list of shared links.
#[function_component]
pub fn LinksPage() -> Html {
    let t = use_t();
    let app = use_app();
    let engine = use_links();
    let confirming = use_state(|| None::<String>);
    let problem = use_state(|| None::<&'static str>);
    let revoked = use_state(|| false);
    let busy = use_state(|| false);

    // The server's view of every share that may still be open, each time the list is opened.
    {
        let engine = engine.clone();
        use_effect_with(engine.is_some(), move |_| {
            if let Some(engine) = engine {
                spawn_local(async move { engine.refresh_all().await });
            }
        });
    }
    let refresh = {
        let engine = engine.clone();
        Callback::from(move |_| {
            if let Some(engine) = engine.clone() {
                spawn_local(async move { engine.refresh_all().await });
            }
        })
    };

    let view = app.state.links.clone();
    let booklet = app.state.booklet.clone();
    let today = format::today();
    let tag = t.tag();
    let rows = view.shares.iter().rev().map(|share| {
        let state = view.state_of(share, today);
        let remote = view.remote.get(&share.id);
        let what = what_text(&t, &booklet, share);
        let ask = {
            let (confirming, revoked, problem) = (confirming.clone(), revoked.clone(), problem.clone());
            let id = share.id.clone();
            Callback::from(move |_| {
                revoked.set(false);
                problem.set(None);
                confirming.set(Some(id.clone()));
            })
        };
        let cancel = {
            let confirming = confirming.clone();
            Callback::from(move |_| confirming.set(None))
        };
        let revoke = {
            let (engine, confirming, problem, revoked, busy) = (
                engine.clone(),
                confirming.clone(),
                problem.clone(),
                revoked.clone(),
                busy.clone(),
            );
            let id = share.id.clone();
            Callback::from(move |_| {
                let Some(engine) = engine.clone() else { return };
                if *busy {
                    return;
                }
                busy.set(true);
                let (id, confirming, problem, revoked, busy) =
                    (id.clone(), confirming.clone(), problem.clone(), revoked.clone(), busy.clone());
                spawn_local(async move {
                    match engine.revoke(&id).await {
                        Ok(()) => {
                            confirming.set(None);
                            revoked.set(true);
                        }
                        // Said for revoking: the share-creation messages would claim nothing was shared.
                        Err(LinkError::Offline) => problem.set(Some("link-list-error-offline")),
                        Err(LinkError::Busy) => problem.set(Some("link-share-error-busy")),
                        Err(LinkError::Storage(e)) => problem.set(Some(e.message_id())),
                        Err(_) => problem.set(Some("link-list-error-server")),
                    }
                    busy.set(false);
                });
            })
        };
        let question_id = format!("link-revoke-question-{}", share.id);
        let what_id = format!("link-what-{}", share.id);
        let access = remote.map(|r| r.access.clone()).unwrap_or_default();
        html! {
            <li class="card link-row" key={share.id.clone()} data-share-state={state.name()} data-share-id={share.id.clone()}
                aria-label={t.text_args("link-list-row-label", &[("what", Arg::from(what.clone()))])}>
                <div class="row">
                    <span class={classes!("badge", (state == ShareState::Active).then_some("done"))}>{ t.text(state.message_id()) }</span>
                    <strong class="grow" id={what_id.clone()}>{ what }</strong>
                </div>
                <p class="small">
                    { t.text_args("link-list-until", &[("date", format::date_long(tag, share.expires).into())]) }
                </p>
                <ul class="tags small">
                    <li>{ t.text(if share.pin.is_some() { "link-list-pin-yes" } else { "link-list-pin-no" }) }</li>
                    if share.live { <li>{ t.text("link-list-live") }</li> }
                    if share.writable { <li>{ t.text("link-list-may-add") }</li> }
                </ul>
                <h4>{ t.text("link-list-access-title") }</h4>
                if access.is_empty() {
                    <p class="small muted">{ t.text("link-list-access-none") }</p>
                } else {
                    <ul class="list access-log">
                        { for access.iter().map(|a| access_html(&t, a)) }
                    </ul>
                }
                if !state.is_over() {
                    if confirming.as_deref() == Some(share.id.as_str()) {
                        <div class="banner" role="alertdialog" aria-labelledby={question_id.clone()}>
                            <p class="grow" id={question_id}>{ t.text("link-list-revoke-question") }</p>
                            <button class="danger link-revoke-confirm" onclick={revoke} disabled={*busy}>{ t.text("link-list-revoke-confirm") }</button>
                            <button class="secondary link-revoke-cancel" onclick={cancel}>{ t.text("action-cancel") }</button>
                        </div>
                    } else {
                        <div class="form-actions">
                            <button class="secondary link-revoke" onclick={ask} aria-describedby={what_id}>{ t.text("link-list-revoke") }</button>
                        </div>
                    }
                }
            </li>
        }
    });
    html! {
        <section data-page="links">
            <h2>{ t.text("link-list-title") }</h2>
            <p>{ t.text("link-list-explain") }</p>
            if *revoked { <p class="banner" role="status" id="link-revoked">{ t.text("link-list-revoked") }</p> }
            if let Some(id) = *problem { <p class="banner error" role="alert">{ t.text(id) }</p> }
            if view.shares.is_empty() {
                <p class="empty">{ t.text("link-list-none") }</p>
            } else {
                <div class="form-actions">
                    <button class="secondary" id="link-list-refresh" onclick={refresh}>{ t.text("link-list-refresh") }</button>
                </div>
                <ul class="list link-list">{ for rows }</ul>
            }
        </section>
    }
}

/// What a share shows, in counts ("2 goals with 5 steps, 1 contact"); the entries deleted since count no
/// more (a live share no longer shows them either).
fn what_text(t: &Localizer, booklet: &booklet::Booklet, share: &LinkShare) -> String {
    let selection = links::current_selection(share, booklet);
    let [goals, steps, contacts, appointments] = links::counts(booklet, &selection);
    let mut parts = Vec::new();
    if goals > 0 {
        parts.push(t.text_args(
            "share-count-goals",
            &[("goals", Arg::from(goals)), ("steps", Arg::from(steps))],
        ));
    }
    if contacts > 0 {
        parts.push(t.text_args("share-count-contacts", &[("count", Arg::from(contacts))]));
    }
    if appointments > 0 {
        parts.push(t.text_args("share-count-appointments", &[("count", Arg::from(appointments))]));
    }
    parts.join(", ")
}

/// One line of the access log: when (local date and time) and by whom.
fn access_html(t: &Localizer, entry: &AccessEntry) -> Html {
    let when = entry.at.map(|ms| when_text(t.tag(), ms)).unwrap_or_default();
    html! {
        <li class="access-entry small">
            <span>{ when }</span>
            { " · " }
            if entry.label.trim().is_empty() {
                <span class="muted">{ t.text("link-list-access-anonymous") }</span>
            } else {
                <bdi dir="auto">{ &entry.label }</bdi>
            }
        </li>
    }
}

/// A moment (UTC milliseconds) as this device's local date and time.
pub(crate) fn when_text(tag: &str, ms: i64) -> String {
    let date = js_sys::Date::new(&JsValue::from_f64(ms as f64));
    let offset_ms = (date.get_timezone_offset() * 60_000.0) as i64;
    let local = booklet::Timestamp::from_millis(ms - offset_ms);
    format!(
        "{}, {}",
        format::date_short(tag, local.date()),
        format::time(tag, local.date(), local.time_of_day())
    )
}
