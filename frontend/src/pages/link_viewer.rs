//! The link viewer (`/link`): a link share (`#BHL1:…`) opened by an advisor or anyone the owner gave it to.
//! The app takes the fragment out of the address at once and keeps it in this tab (`services::advisor`), asks
//! the server for the sealed entries (with a PIN if the share has one), opens them with the link's key and
//! shows them like the offline viewer, in the reader's language, or side by side with a second language.
//! When the owner allows it, the reader proposes a step or an appointment (`propose.rs`).
//!
//! Like a scanned share, nothing of this is written to the reader's booklet.

use crate::components::label::{code_text, free_text, title_html, title_text};
use crate::hooks::use_t;
use crate::pages::value_of;
use crate::pages::viewer;
use crate::route::Route;
use crate::router::{Link, use_navigator};
use crate::services::advisor::{self, Account, AdvisorError, KeptLink, Opened};
use crate::services::{format, locales};
use booklet::codec::Share;
use booklet::link::{self, ShareLink};
use booklet::{StepState, Timestamp};
use i18n::{Arg, Localizer};
use std::rc::Rc;
use wasm_bindgen_futures::spawn_local;
use yew::prelude::*;

/// Where opening the link stands; [`Status::name`] is `#link-status`'s `data-link-state`.
#[derive(Clone, Debug, PartialEq)]
enum Status {
    /// Asking the server.
    Loading,
    /// The share needs a PIN; `wrong` carries the attempts left after a wrong one.
    Pin { wrong: Option<u32> },
    /// Opened.
    Open(Rc<Opened>),
    /// Unknown, revoked, expired or disabled (one message for all).
    Gone,
    /// The server cannot be reached.
    Offline,
    /// Anything else, with its message.
    Error(&'static str, Vec<(&'static str, Arg)>),
}

impl Status {
    fn name(&self) -> &'static str {
        match self {
            Status::Loading => "loading",
            Status::Pin { wrong: None } => "pin",
            Status::Pin { wrong: Some(_) } => "wrong-pin",
            Status::Open(_) => "open",
            Status::Gone => "gone",
            Status::Offline => "offline",
            Status::Error(..) => "error",
        }
    }

    fn from_error(error: AdvisorError) -> Self {
        match error {
            AdvisorError::PinRequired { .. } => Status::Pin { wrong: None },
            AdvisorError::WrongPin { remaining } => Status::Pin {
                wrong: Some(remaining),
            },
            AdvisorError::Gone => Status::Gone,
            AdvisorError::Offline => Status::Offline,
            other => Status::Error(other.message_id(), other.args()),
        }
    }
}

/// The `/link` page: the link this tab reads, each link in its own viewer (a new link starts afresh).
#[function_component]
pub fn LinkPage() -> Html {
    let text = advisor::current_link_text().unwrap_or_default();
    html! { <LinkViewer key={text.as_str()} text={text.clone()} /> }
}

#[derive(Properties, PartialEq)]
struct Props {
    /// The link's fragment text, as kept in this tab.
    text: String,
}

/// One link, opened.
#[function_component]
fn LinkViewer(props: &Props) -> Html {
    let t = use_t();
    let navigator = use_navigator();
    let status = use_state(|| Status::Loading);
    let account = use_state(|| None::<Account>);
    // The PIN that opened the share: reloads and proposals need it again. Only in memory.
    let pin = use_mut_ref(|| None::<String>);
    let pin_input = use_node_ref();
    let label_input = use_node_ref();
    let pin_problem = use_state(|| None::<&'static str>);
    let parsed = ShareLink::from_fragment(&props.text);
    let link = parsed.as_ref().ok().cloned();

    // Opens (or reopens) the share with the PIN kept and the label typed.
    let load = {
        let (status, account, pin, label_input, link) = (
            status.clone(),
            account.clone(),
            pin.clone(),
            label_input.clone(),
            link.clone(),
        );
        let t = t.clone();
        Callback::from(move |given_pin: Option<String>| {
            let Some(link) = link.clone() else {
                return;
            };
            let (status, account, pin, t) = (status.clone(), account.clone(), pin.clone(), t.clone());
            let label = label_input
                .get()
                .map(|_| value_of(&label_input))
                .unwrap_or_else(advisor::remembered_label);
            status.set(Status::Loading);
            spawn_local(async move {
                let who = advisor::account().await.ok().flatten();
                account.set(who.clone());
                let try_pin = given_pin.or_else(|| pin.borrow().clone());
                match advisor::open(&link, try_pin.as_deref(), &label).await {
                    Ok(opened) => {
                        *pin.borrow_mut() = try_pin;
                        // A logged-in advisor's workspace lists this share; only this browser has its key.
                        if who.is_some() {
                            let kept =
                                KeptLink::new(&link, summary(&t, &opened.share), js_sys::Date::now() as i64);
                            let _ = advisor::keep_link(kept);
                        }
                        status.set(Status::Open(Rc::new(opened)));
                    }
                    Err(error) => {
                        if matches!(
                            error,
                            AdvisorError::WrongPin { .. } | AdvisorError::PinRequired { .. }
                        ) {
                            *pin.borrow_mut() = None;
                        }
                        status.set(Status::from_error(error));
                    }
                }
            });
        })
    };
    {
        let (load, status, parsed) = (load.clone(), status.clone(), parsed.clone());
        use_effect_with(props.text.clone(), move |_| match parsed {
            Ok(_) => load.emit(None),
            Err(e) => status.set(Status::Error(
                e.message_id(),
                e.args()
                    .into_iter()
                    .map(|(k, v)| (k, crate::components::label::to_arg(v)))
                    .collect(),
            )),
        });
    }

    let submit_pin = {
        let (load, pin_input, label_input, pin_problem) = (
            load.clone(),
            pin_input.clone(),
            label_input.clone(),
            pin_problem.clone(),
        );
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            let typed: String = value_of(&pin_input)
                .chars()
                .filter(|c| !c.is_whitespace())
                .collect();
            if !link::valid_pin(&typed) {
                pin_problem.set(Some("link-error-pin-format"));
                return;
            }
            pin_problem.set(None);
            if label_input.get().is_some() {
                advisor::remember_label(&value_of(&label_input));
            }
            load.emit(Some(typed));
        })
    };
    let retry = {
        let load = load.clone();
        Callback::from(move |_| load.emit(None))
    };
    let close = {
        let navigator = navigator.clone();
        Callback::from(move |_| {
            advisor::clear_current_link();
            navigator.push(&Route::Home);
        })
    };
    let remember = {
        let label_input = label_input.clone();
        Callback::from(move |_: Event| advisor::remember_label(&value_of(&label_input)))
    };

    let tag = t.tag();
    let message = match &*status {
        Status::Loading => t.text("link-view-loading"),
        Status::Pin { wrong: None } => t.text("link-view-pin-required"),
        Status::Pin { wrong: Some(n) } => t.text_args("link-view-wrong-pin", &[("count", Arg::from(*n))]),
        Status::Open(opened) => {
            let mut parts = Vec::new();
            if let Some(ms) = opened.expires_at {
                parts.push(t.text_args("link-view-valid-until", &[("date", Arg::from(date_of(tag, ms)))]));
            }
            if let Some(ms) = opened.updated_at {
                parts.push(t.text_args("link-view-updated", &[("date", Arg::from(date_time_of(tag, ms)))]));
            }
            parts.join(" ")
        }
        Status::Gone => t.text("link-view-gone"),
        Status::Offline => t.text("link-view-offline"),
        Status::Error(id, args) => t.text_args(id, args),
    };
    let is_problem = matches!(
        &*status,
        Status::Gone | Status::Offline | Status::Error(..) | Status::Pin { wrong: Some(_) }
    );
    // Logged-in advisors are named by their account; anyone else may name themselves.
    let label_field = if let Some(who) = &*account {
        html! { <p class="muted small" id="link-signed-in">{ t.text_args("link-view-signed-in", &[("who", Arg::from(who.display()))]) }</p> }
    } else {
        html! {
            <>
                <label for="link-label">{ t.text("link-view-label") }</label>
                <input id="link-label" ref={label_input.clone()} dir="auto" autocomplete="organization"
                    value={advisor::remembered_label()} onchange={remember}
                    aria-describedby="link-label-hint" />
                <p class="muted small" id="link-label-hint">{ t.text("link-view-label-hint") }</p>
            </>
        }
    };
    let body = match &*status {
        Status::Loading => html! { <div class="boot-spinner" aria-hidden="true"></div> },
        Status::Pin { .. } => html! {
            <form class="card link-pin" onsubmit={submit_pin}>
                { label_field }
                <label for="link-pin">{ t.text("link-view-pin") }</label>
                // Plain text with the numeric keypad: the PIN is told aloud anyway, and a password field would
                // make the browser offer to save it.
                <input id="link-pin" ref={pin_input} type="text" inputmode="numeric" pattern="[0-9]*"
                    autocomplete="off" maxlength="8" required=true class="pin-input"
                    aria-describedby="link-pin-hint" aria-invalid={pin_problem.is_some().to_string()} />
                <p class="muted small" id="link-pin-hint">{ t.text("link-view-pin-hint") }</p>
                if let Some(id) = *pin_problem {
                    <p class="banner error" role="alert">{ t.text_args(id, &[
                        ("min", Arg::from(link::MIN_PIN_LEN)),
                        ("max", Arg::from(link::MAX_PIN_LEN)),
                    ]) }</p>
                }
                <div class="form-actions">
                    <button type="submit" id="link-pin-submit">{ t.text("link-view-pin-submit") }</button>
                </div>
            </form>
        },
        Status::Open(opened) => html! {
            <>
                { label_field }
                <OpenedView opened={opened.clone()} />
                <div class="form-actions no-print">
                    <button id="link-reload" class="secondary" onclick={retry.clone()}>{ t.text("link-view-reload") }</button>
                </div>
                if opened.writable {
                    if let Some(link) = link.clone() {
                        <crate::pages::propose::ProposeForms {link} pin={pin.borrow().clone()}
                            account={(*account).clone()} label={label_input.clone()}
                            goals={Rc::new(opened.share.goals.clone())} />
                    }
                }
            </>
        },
        Status::Gone => html! { <p class="muted">{ t.text("link-view-gone-hint") }</p> },
        Status::Offline => html! {
            <div class="form-actions">
                <button id="link-retry" onclick={retry}>{ t.text("link-view-retry") }</button>
            </div>
        },
        Status::Error(..) => html! {},
    };
    html! {
        <section data-page="link-viewer">
            <h2>{ t.text("link-view-title") }</h2>
            <p id="link-status" data-link-state={status.name()} class={classes!(is_problem.then_some("banner"), matches!(&*status, Status::Gone | Status::Error(..) | Status::Pin { wrong: Some(_) }).then_some("error"))}
                role={if is_problem { "alert" } else { "status" }}>{ message }</p>
            { body }
            <p class="muted small">{ t.text("link-view-not-stored") }</p>
            <div class="form-actions no-print">
                <button class="secondary" onclick={close}>{ t.text("action-close-share") }</button>
                if account.is_none() {
                    <Link to={Route::Advisor} classes="button secondary">{ t.text("link-view-advisor-login") }</Link>
                }
            </div>
        </section>
    }
}

#[derive(Properties, PartialEq)]
struct OpenedProps {
    opened: Rc<Opened>,
}

/// The opened entries: in the reader's language, or side by side with a second one.
#[function_component]
fn OpenedView(props: &OpenedProps) -> Html {
    let t = use_t();
    let side_by_side = use_state(|| false);
    // German is what advisors usually read; a German UI pairs with English by default (as on side_by_side).
    let default_second = if t.tag() == "de" { "en" } else { "de" };
    let second_tag = use_state(|| default_second.to_string());
    let second = use_state(|| None::<Localizer>);
    {
        let second = second.clone();
        use_effect_with(((*second_tag).clone(), *side_by_side), move |(tag, on)| {
            if *on {
                let tag = tag.clone();
                spawn_local(async move { second.set(locales::load_complete(&tag).await) });
            }
        });
    }
    let toggle = {
        let side_by_side = side_by_side.clone();
        Callback::from(move |e: Event| {
            let input: web_sys::HtmlInputElement = e.target_unchecked_into();
            side_by_side.set(input.checked());
        })
    };
    let pick_language = {
        let second_tag = second_tag.clone();
        Callback::from(move |e: Event| {
            let select: web_sys::HtmlSelectElement = e.target_unchecked_into();
            second_tag.set(select.value());
        })
    };
    let share = &props.opened.share;
    let (goals, steps, contacts, appointments) = share.counts();
    let empty = goals + steps + contacts + appointments == 0;
    let content = if empty {
        html! { <p class="empty">{ t.text("link-view-empty") }</p> }
    } else if *side_by_side {
        match (*second).clone().filter(|l| l.tag() == *second_tag) {
            Some(other) => two_columns(&[t.clone(), other], share),
            None => html! { <div class="boot-spinner" role="status" aria-busy="true"></div> },
        }
    } else {
        viewer::entries(&t, share)
    };
    html! {
        <>
            <div class="no-print link-languages">
                <label class="row">
                    <input id="link-side-by-side" type="checkbox" checked={*side_by_side} onchange={toggle} />
                    <span>{ t.text("link-view-side-by-side") }</span>
                </label>
                if *side_by_side {
                    <label for="link-second-language">{ t.text("side-by-side-second-language") }</label>
                    <select id="link-second-language" onchange={pick_language}>
                        { for locales::available().into_iter().map(|(l, _)| html! {
                            <option value={l.tag} lang={l.tag} selected={l.tag == *second_tag}>{ l.native_name }</option>
                        }) }
                    </select>
                }
            </div>
            <div id="link-entries" class="link-entries" data-side-by-side={side_by_side.to_string()}>{ content }</div>
        </>
    }
}

/// The shared entries in two aligned columns, one `<td lang dir>` per language (as `pages/side_by_side.rs`).
fn two_columns(columns: &[Localizer; 2], share: &Share) -> Html {
    let row = |render: &dyn Fn(&Localizer) -> Html, class: &'static str| {
        html! {
            <tr>{ for columns.iter().map(|l| html! {
                <td lang={l.tag()} dir={l.direction().html_dir()} class={class}>{ render(l) }</td>
            }) }</tr>
        }
    };
    let mut rows = Vec::new();
    for goal in &share.goals {
        rows.push(row(
            &|l: &Localizer| html! { <strong>{ title_html(l, &goal.title) }</strong> },
            "goal",
        ));
        for step in &goal.steps {
            rows.push(row(
                &|l: &Localizer| {
                    let state = match step.state {
                        StepState::Done { date } => l.text_args(
                            "step-done-on",
                            &[("date", format::date_short(l.tag(), date).into())],
                        ),
                        StepState::Planned { date: Some(date) } => l.text_args(
                            "step-planned-for",
                            &[("date", format::date_short(l.tag(), date).into())],
                        ),
                        StepState::Planned { date: None } => code_text(l, &step.state),
                    };
                    html! {
                        <>
                            <span aria-hidden="true">{ if step.is_done() { "✓ " } else { "○ " } }</span>
                            { title_html(l, &step.title) }
                            <span class="muted small">{ " · " }{ state }</span>
                            if let Some(note) = &step.note { <div class="small">{ free_text(note) }</div> }
                        </>
                    }
                },
                "step",
            ));
        }
    }
    for a in &share.appointments {
        rows.push(row(
            &|l: &Localizer| {
                let when = match a.time {
                    Some(time) => format!(
                        "{}, {}",
                        format::date_long(l.tag(), a.date),
                        format::time(l.tag(), a.date, time)
                    ),
                    None => format::date_long(l.tag(), a.date),
                };
                html! {
                    <>
                        <div class="muted small">{ when }</div>
                        <strong>{ title_html(l, &a.purpose) }</strong>
                        if !a.place.is_empty() { <div><bdi dir="auto">{ &a.place }</bdi></div> }
                    </>
                }
            },
            "heading",
        ));
    }
    for c in &share.contacts {
        rows.push(row(
            &|l: &Localizer| {
                html! {
                    <><bdi dir="auto">{ &c.organisation }</bdi>{ " · " }{ title_html(l, &c.role) }</>
                }
            },
            "contact",
        ));
    }
    html! {
        <table class="side-by-side">
            <thead><tr>{ for columns.iter().map(|l| html! {
                <th scope="col" lang={l.tag()} dir={l.direction().html_dir()}>{ l.info().native_name }</th>
            }) }</tr></thead>
            <tbody>{ for rows }</tbody>
        </table>
    }
}

/// What the workspace calls a share: its first goal, else its first appointment's purpose, in the reader's
/// language when it was opened.
fn summary(t: &Localizer, share: &Share) -> String {
    if let Some(goal) = share.goals.first() {
        return title_text(t, &goal.title);
    }
    share
        .appointments
        .first()
        .map(|a| title_text(t, &a.purpose))
        .unwrap_or_default()
}

/// A server time as this device's local calendar day.
pub(crate) fn date_of(tag: &str, ms: i64) -> String {
    format::date_long(tag, local(ms).date())
}

/// A server time as this device's local day and time of day.
pub(crate) fn date_time_of(tag: &str, ms: i64) -> String {
    let local = local(ms);
    format!(
        "{}, {}",
        format::date_long(tag, local.date()),
        format::time(tag, local.date(), local.time_of_day())
    )
}

/// An instant as the wall-clock time here, expressed as if it were UTC (as `format::local_now`).
fn local(ms: i64) -> Timestamp {
    let offset_min = js_sys::Date::new(&wasm_bindgen::JsValue::from_f64(ms as f64)).get_timezone_offset();
    Timestamp::from_millis(ms - (offset_min * 60_000.0) as i64)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_answer_has_its_state_for_data_link_state() {
        for (error, name) in [
            (AdvisorError::PinRequired { remaining: 5 }, "pin"),
            (AdvisorError::WrongPin { remaining: 3 }, "wrong-pin"),
            (AdvisorError::Gone, "gone"),
            (AdvisorError::Offline, "offline"),
            (AdvisorError::Busy, "error"),
            (AdvisorError::Unreadable, "error"),
            (AdvisorError::Server(500), "error"),
        ] {
            assert_eq!(Status::from_error(error.clone()).name(), name, "{error:?}");
        }
        assert_eq!(
            Status::from_error(AdvisorError::WrongPin { remaining: 3 }),
            Status::Pin { wrong: Some(3) },
            "the tries left are shown"
        );
        assert_eq!(Status::Loading.name(), "loading");
    }
}
