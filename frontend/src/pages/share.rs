//! Share by QR, offline: the owner picks sections or single entries and how long, reads a plain summary of
//! what the reader will see and what not, confirms, and gets a QR code. The confirmation is written to the
//! consent log first; the payload lives only in the QR (and the URL fragment, which no server receives).
//!
//! Share by link (SHARES.md): the same choice, plus a PIN, a lifetime of up to 90 days, "live" and "may
//! propose entries". The entries are sealed and uploaded, the share is stored with its consent, and the owner
//! gets a small QR of the link, the link to copy, and the PIN to tell aloud.

use crate::components::label::title_text;
use crate::hooks::{use_app, use_t};
use crate::pages::{copy_text, value_of};
use crate::services::links::{Created, NewLink, use_links};
use crate::services::storage::Consent;
use crate::services::{format, qr, repo};
use booklet::codec::{self, Selection};
use booklet::{Date, Id};
use i18n::Arg;
use std::collections::BTreeSet;
use wasm_bindgen_futures::spawn_local;
use yew::prelude::*;

/// How long a share may be read, in days; the owner picks one.
const DURATIONS: [i32; 5] = [1, 7, 14, 30, 90];

/// A shown code.
#[derive(Clone, PartialEq)]
struct Shown {
    svg: String,
    until: Date,
}

/// A link just created, as shown.
#[derive(Clone, PartialEq)]
struct ShownLink {
    created: Created,
    /// The link's QR, if it fits (it always does with a sane host name).
    svg: Option<String>,
}

/// The share screen.
#[function_component]
pub fn SharePage() -> Html {
    let t = use_t();
    let app = use_app();
    let booklet = app.state.booklet.clone();
    let tag = t.tag();
    let goals = use_state(BTreeSet::<Id>::new);
    let contacts = use_state(BTreeSet::<Id>::new);
    let appointments = use_state(BTreeSet::<Id>::new);
    let days = use_state(|| 7);
    let recipient = use_node_ref();
    let shown = use_state(|| None::<Shown>);
    let problem = use_state(|| None::<&'static str>);
    let links = use_links();
    let by_link = use_state(|| false);
    let pin = use_state(String::new);
    let expiry = use_state(|| booklet::link::DEFAULT_EXPIRY_DAYS.to_string());
    let live = use_state(|| false);
    let writable = use_state(|| false);
    let creating = use_state(|| false);
    let shown_link = use_state(|| None::<ShownLink>);
    let copied = use_state(|| false);

    // One checkbox per entry, and one per section that ticks or unticks all of it.
    let toggle = |set: &UseStateHandle<BTreeSet<Id>>, id: Id| {
        let set = set.clone();
        Callback::from(move |_| {
            let mut next = (*set).clone();
            if !next.remove(&id) {
                next.insert(id);
            }
            set.set(next);
        })
    };
    let toggle_all = |set: &UseStateHandle<BTreeSet<Id>>, all: Vec<Id>| {
        let set = set.clone();
        Callback::from(move |_| {
            let everything: BTreeSet<Id> = all.iter().copied().collect();
            set.set(if *set == everything {
                BTreeSet::new()
            } else {
                everything
            });
        })
    };
    let section =
        |title: String, all_label: String, set: &UseStateHandle<BTreeSet<Id>>, entries: Vec<(Id, String)>| {
            if entries.is_empty() {
                return html! {};
            }
            let ids: Vec<Id> = entries.iter().map(|(id, _)| *id).collect();
            let all_on = ids.iter().all(|id| set.contains(id));
            html! {
                <fieldset class="card">
                    <legend><strong>{ title }</strong></legend>
                    <label class="row">
                        <input type="checkbox" checked={all_on} onchange={toggle_all(set, ids)} />
                        <span>{ all_label }</span>
                    </label>
                    { for entries.into_iter().map(|(id, label)| html! {
                        <label class="row" key={id.to_string()}>
                            <input type="checkbox" checked={set.contains(&id)} onchange={toggle(set, id)} />
                            <span dir="auto">{ label }</span>
                        </label>
                    }) }
                </fieldset>
            }
        };

    let chosen_goals: Vec<_> = booklet.goals.iter().filter(|g| goals.contains(&g.id)).collect();
    let steps: usize = chosen_goals.iter().map(|g| g.steps.len()).sum();
    let (n_goals, n_contacts, n_appointments) = (goals.len(), contacts.len(), appointments.len());
    let today = format::today();
    let link_days: Option<u32> = expiry
        .trim()
        .parse()
        .ok()
        .filter(|d| booklet::link::check_expiry_days(*d).is_ok());
    let chosen_days = if *by_link {
        link_days.map_or(*days, |d| d as i32)
    } else {
        *days
    };
    let until = today.add_days(chosen_days).unwrap_or(today);
    let nothing = n_goals + n_contacts + n_appointments == 0;

    let sees = {
        let mut parts = Vec::new();
        if n_goals > 0 {
            parts.push(t.text_args(
                "share-count-goals",
                &[("goals", Arg::from(n_goals)), ("steps", Arg::from(steps))],
            ));
        }
        if n_contacts > 0 {
            parts.push(t.text_args("share-count-contacts", &[("count", Arg::from(n_contacts))]));
        }
        if n_appointments > 0 {
            parts.push(t.text_args(
                "share-count-appointments",
                &[("count", Arg::from(n_appointments))],
            ));
        }
        parts
    };
    let not = {
        let mut parts = vec![t.text("share-not-profile")];
        let other_goals = booklet.goals.len() - n_goals;
        let other_contacts = booklet.contacts.len() - n_contacts;
        let other_appointments = booklet.appointments.len() - n_appointments;
        if other_goals > 0 {
            parts.push(t.text_args("share-not-goals", &[("count", Arg::from(other_goals))]));
        }
        if other_contacts > 0 {
            parts.push(t.text_args("share-not-contacts", &[("count", Arg::from(other_contacts))]));
        }
        if other_appointments > 0 {
            parts.push(t.text_args(
                "share-not-appointments",
                &[("count", Arg::from(other_appointments))],
            ));
        }
        parts
    };

    // The chosen entries in the booklet's order; the offline QR and the link share encode the same selection.
    let selection = Selection {
        goals: booklet
            .goals
            .iter()
            .filter(|g| goals.contains(&g.id))
            .map(|g| g.id)
            .collect(),
        contacts: booklet
            .contacts
            .iter()
            .filter(|c| contacts.contains(&c.id))
            .map(|c| c.id)
            .collect(),
        appointments: booklet
            .appointments
            .iter()
            .filter(|a| appointments.contains(&a.id))
            .map(|a| a.id)
            .collect(),
    };
    let confirm = {
        let (app, shown, problem, recipient) =
            (app.clone(), shown.clone(), problem.clone(), recipient.clone());
        let selection = selection.clone();
        let booklet = booklet.clone();
        let counts = [
            n_goals as u32,
            steps as u32,
            n_contacts as u32,
            n_appointments as u32,
        ];
        Callback::from(move |_| {
            let payload = match codec::encode(&booklet, &selection, today, until) {
                Ok(payload) => payload,
                Err(e) => return problem.set(Some(e.message_id())),
            };
            let origin = web_sys::window()
                .and_then(|w| w.location().origin().ok())
                .unwrap_or_default();
            // The size is checked before anything is shown or logged.
            let code = match qr::render(&format!("{origin}/#"), &codec::fragment(&payload)) {
                Ok(code) => code,
                Err(e) => return problem.set(Some(e.message_id())),
            };
            problem.set(None);
            let consent = Consent {
                at: repo::now(),
                until,
                recipient: value_of(&recipient).trim().to_string(),
                channel: "offline-qr".into(),
                counts,
            };
            let (app, shown) = (app.clone(), shown.clone());
            spawn_local(async move {
                let Some(repo) = &app.repo else { return };
                // Logged first: no code is shown that the log does not know of.
                match repo.0.log_consent(consent).await {
                    Ok(()) => shown.set(Some(Shown { svg: code.svg, until })),
                    Err(e) => app.dispatch(crate::store::Action::Rejected(e.message_id())),
                }
            });
        })
    };
    let create_link = {
        let (problem, recipient, creating, shown_link, links) = (
            problem.clone(),
            recipient.clone(),
            creating.clone(),
            shown_link.clone(),
            links.clone(),
        );
        let (pin, live, writable) = (pin.trim().to_string(), *live, *writable);
        let selection = selection.clone();
        let booklet = booklet.clone();
        Callback::from(move |_| {
            if !pin.is_empty() && !booklet::link::valid_pin(&pin) {
                return problem.set(Some("link-share-error-pin"));
            }
            let Some(days) = link_days else {
                return problem.set(Some("link-share-error-expiry"));
            };
            let Some(links) = links.clone() else {
                return problem.set(Some("storage-error-open"));
            };
            if *creating {
                return;
            }
            problem.set(None);
            creating.set(true);
            let new = NewLink {
                selection: selection.clone(),
                pin: (!pin.is_empty()).then(|| pin.clone()),
                days,
                live,
                writable,
                recipient: value_of(&recipient).trim().to_string(),
            };
            let (booklet, problem, creating, shown_link) = (
                booklet.clone(),
                problem.clone(),
                creating.clone(),
                shown_link.clone(),
            );
            spawn_local(async move {
                match links.create(&booklet, new).await {
                    Ok(created) => {
                        // The prefix in byte mode, the fragment (QR-alphanumeric) in alphanumeric mode.
                        let svg = created
                            .url
                            .split_once('#')
                            .and_then(|(base, fragment)| qr::render(&format!("{base}#"), fragment).ok())
                            .map(|code| code.svg);
                        shown_link.set(Some(ShownLink { created, svg }));
                    }
                    Err(e) => problem.set(Some(e.message_id())),
                }
                creating.set(false);
            });
        })
    };
    let done = {
        let (shown, shown_link, copied) = (shown.clone(), shown_link.clone(), copied.clone());
        Callback::from(move |_| {
            shown.set(None);
            shown_link.set(None);
            copied.set(false);
        })
    };
    let set_text = |state: &UseStateHandle<String>| {
        let state = state.clone();
        Callback::from(move |e: InputEvent| {
            let input: web_sys::HtmlInputElement = e.target_unchecked_into();
            state.set(input.value());
        })
    };
    let set_flag = |state: &UseStateHandle<bool>| {
        let state = state.clone();
        Callback::from(move |e: Event| {
            let input: web_sys::HtmlInputElement = e.target_unchecked_into();
            state.set(input.checked());
        })
    };
    let pick_days = {
        let days = days.clone();
        Callback::from(move |e: Event| {
            let select: web_sys::HtmlSelectElement = e.target_unchecked_into();
            if let Ok(d) = select.value().parse() {
                days.set(d);
            }
        })
    };

    if let Some(link) = &*shown_link {
        let copy = {
            let (url, copied) = (link.created.url.clone(), copied.clone());
            Callback::from(move |_| {
                copy_text(&url);
                copied.set(true);
            })
        };
        return html! {
            <section data-page="share">
                <h2>{ t.text("link-share-done-title") }</h2>
                if let Some(svg) = &link.svg {
                    <figure class="qr qr-small card" role="img" aria-label={t.text("link-share-qr-label")}>
                        { Html::from_html_unchecked(AttrValue::from(svg.clone())) }
                    </figure>
                }
                <p><strong id="link-url-label">{ t.text("link-share-url-label") }</strong></p>
                <p id="link-url" class="link-url" dir="ltr" translate="no">{ &link.created.url }</p>
                if let Some(pin) = &link.created.pin {
                    <p class="banner" id="link-pin-tell">{ t.text_args("link-share-pin-tell", &[("pin", Arg::from(pin.clone()))]) }</p>
                }
                <p>{ t.text_args("share-valid-until", &[("date", format::date_long(tag, link.created.until).into())]) }</p>
                <div class="form-actions">
                    <button class="secondary" id="link-copy" onclick={copy}>{ t.text("link-share-copy") }</button>
                    <button id="link-done" onclick={done}>{ t.text("action-done") }</button>
                </div>
                if *copied { <p role="status" class="muted">{ t.text("link-share-copied") }</p> }
            </section>
        };
    }
    if let Some(code) = &*shown {
        return html! {
            <section data-page="share">
                <h2>{ t.text("share-title") }</h2>
                <figure class="qr card" aria-label={t.text("share-qr-label")}>
                    { Html::from_html_unchecked(AttrValue::from(code.svg.clone())) }
                    <figcaption>{ t.text_args("share-valid-until", &[("date", format::date_long(tag, code.until).into())]) }</figcaption>
                </figure>
                <div class="form-actions"><button onclick={done}>{ t.text("action-done") }</button></div>
            </section>
        };
    }
    html! {
        <section data-page="share">
            <h2>{ t.text("share-title") }</h2>
            <p>{ t.text("share-choose") }</p>
            { section(t.text("home-goals"), t.text("share-all-goals"), &goals,
                booklet.goals.iter().map(|g| (g.id, title_text(&t, &g.title))).collect()) }
            { section(t.text("contacts-title"), t.text("share-all-contacts"), &contacts,
                booklet.contacts.iter().map(|c| (c.id, format!("{} · {}", c.organisation, title_text(&t, &c.role)))).collect()) }
            { section(t.text("nav-appointments"), t.text("share-all-appointments"), &appointments,
                booklet.appointments.iter().map(|a| (a.id, format!("{} · {}", format::date_short(tag, a.date), title_text(&t, &a.purpose)))).collect()) }
            <fieldset class="card link-option">
                <legend class="visually-hidden">{ t.text("link-share-option") }</legend>
                <label class="row">
                    <input type="checkbox" id="share-by-link" checked={*by_link} onchange={set_flag(&by_link)} />
                    <span><strong>{ t.text("link-share-option") }</strong></span>
                </label>
                <p class="small muted">{ t.text("link-share-option-explain") }</p>
                if *by_link {
                    <label for="link-pin">{ t.text("link-share-pin") }</label>
                    <input id="link-pin" type="text" inputmode="numeric" pattern="[0-9]*" maxlength="8"
                        autocomplete="off" dir="ltr" value={(*pin).clone()} oninput={set_text(&pin)}
                        aria-describedby="link-pin-hint" />
                    <p id="link-pin-hint" class="small muted">{ t.text("link-share-pin-hint") }</p>
                    <label for="link-expiry">{ t.text("link-share-expiry") }</label>
                    <input id="link-expiry" type="number" min="1" max={booklet::link::MAX_EXPIRY_DAYS.to_string()}
                        inputmode="numeric" value={(*expiry).clone()} oninput={set_text(&expiry)} />
                    <label class="row">
                        <input type="checkbox" id="link-live" checked={*live} onchange={set_flag(&live)} />
                        <span>{ t.text("link-share-live") }</span>
                    </label>
                    <label class="row">
                        <input type="checkbox" id="link-writable" checked={*writable} onchange={set_flag(&writable)} />
                        <span>{ t.text("link-share-writable") }</span>
                    </label>
                }
            </fieldset>
            if !*by_link {
                <label for="share-days">{ t.text("share-duration") }</label>
                <select id="share-days" onchange={pick_days}>
                    { for DURATIONS.iter().map(|d| html! {
                        <option value={d.to_string()} selected={*d == *days}>{ t.text_args("share-days", &[("days", Arg::from(*d))]) }</option>
                    }) }
                </select>
            }
            <label for="share-recipient">{ t.text("share-recipient") }</label>
            <input id="share-recipient" ref={recipient} dir="auto" />
            <div class="card summary" role="status" data-testid="share-summary">
                if nothing {
                    <p>{ t.text("share-nothing") }</p>
                } else {
                    <p><strong>{ t.text("share-sees") }</strong>{ " " }{ sees.join(", ") }</p>
                    <p><strong>{ t.text("share-not") }</strong>{ " " }{ not.join(", ") }</p>
                    <p>{ t.text_args("share-until", &[("date", format::date_long(tag, until).into())]) }</p>
                    if *by_link {
                        <p>{ t.text(if *live { "link-share-summary-live" } else { "link-share-summary-fixed" }) }</p>
                        <p>{ t.text(if pin.trim().is_empty() { "link-share-summary-no-pin" } else { "link-share-summary-pin" }) }</p>
                        if *writable { <p>{ t.text("link-share-summary-writable") }</p> }
                        <p>{ t.text("link-share-summary-server") }</p>
                    }
                }
            </div>
            if let Some(id) = *problem { <p class="banner error" role="alert">{ t.text(id) }</p> }
            <div class="form-actions">
                if *by_link {
                    <button id="link-create" onclick={create_link} disabled={nothing || *creating} aria-busy={(*creating).to_string()}>
                        { t.text(if *creating { "link-share-creating" } else { "link-share-create" }) }
                    </button>
                } else {
                    <button onclick={confirm} disabled={nothing}>{ t.text("action-show-qr") }</button>
                }
            </div>
        </section>
    }
}
