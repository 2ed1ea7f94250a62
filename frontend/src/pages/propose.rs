//! Proposing entries through a writable link share: a step for a shared goal (from the catalogue, grouped as
//! the goal page does, or in the advisor's words; optionally already done on a day) or an appointment. The
//! proposal is sealed with the link's key and sent; the owner accepts or rejects it in their own app.

use crate::components::label::{code_text, title_text, to_arg};
use crate::hooks::use_t;
use crate::pages::value_of;
use crate::services::advisor::{self, Account, AdvisorError};
use crate::services::format;
use booklet::link::{Proposal, ShareLink};
use booklet::{Date, Goal, Id, PurposeCode, StepCode, Text, Time, Title};
use i18n::Arg;
use std::rc::Rc;
use wasm_bindgen_futures::spawn_local;
use yew::prelude::*;

/// Props: the link, the PIN that opened it, who proposes, and the shared goals.
#[derive(Properties, PartialEq)]
pub struct Props {
    /// The link (its key seals the proposal).
    pub link: ShareLink,
    /// The PIN that opened the share, if it has one: proposals need it too.
    pub pin: Option<String>,
    /// The logged-in advisor, who proposes under their account's name.
    pub account: Option<Account>,
    /// The name-and-office field of a reader without account.
    pub label: NodeRef,
    /// The shared goals (steps are proposed for one of them).
    pub goals: Rc<Vec<Goal>>,
}

/// How the last proposal went; `#propose-result`'s `data-propose-state`.
#[derive(Clone, Debug, PartialEq)]
enum Outcome {
    Sending,
    Sent,
    Problem(&'static str, Vec<(&'static str, Arg)>),
}

/// The two proposal forms and their shared result line.
#[function_component]
pub fn ProposeForms(props: &Props) -> Html {
    let t = use_t();
    let outcome = use_state(|| None::<Outcome>);
    let goal_index = use_state(|| 0usize);
    let step_refs: [NodeRef; 4] = Default::default();
    let appointment_refs: [NodeRef; 5] = Default::default();
    let lang = t.tag().to_string();

    // The advisor named in the proposal: the account, else what the reader typed.
    let who = {
        let (account, label) = (props.account.clone(), props.label.clone());
        move || match &account {
            Some(a) => Some((a.name.clone(), a.organisation.clone())),
            None => split_label(&value_of(&label)),
        }
    };
    // Validates, seals and sends one proposal, and reports.
    let send = {
        let (link, pin, label, outcome) = (
            props.link.clone(),
            props.pin.clone(),
            props.label.clone(),
            outcome.clone(),
        );
        Rc::new(move |proposal: Proposal| {
            if let Err(e) = proposal.validate() {
                let args = e.args().into_iter().map(|(k, v)| (k, to_arg(v))).collect();
                outcome.set(Some(Outcome::Problem(e.message_id(), args)));
                return;
            }
            let typed = value_of(&label);
            if !typed.trim().is_empty() {
                advisor::remember_label(&typed);
            }
            outcome.set(Some(Outcome::Sending));
            let (link, pin, outcome) = (link.clone(), pin.clone(), outcome.clone());
            spawn_local(async move {
                let result = advisor::propose(&link, pin.as_deref(), &typed, &proposal).await;
                outcome.set(Some(match result {
                    Ok(()) => Outcome::Sent,
                    Err(AdvisorError::Offline) => Outcome::Problem("link-view-offline", Vec::new()),
                    Err(e) => Outcome::Problem(e.message_id(), e.args()),
                }));
            });
        })
    };

    let goals = props.goals.clone();
    let selected = goals.get(*goal_index).or_else(|| goals.first()).cloned();
    let propose_step = {
        let (send, who, outcome, refs, lang) = (
            send.clone(),
            who.clone(),
            outcome.clone(),
            step_refs.clone(),
            lang.clone(),
        );
        let goal = selected.as_ref().map(|g| g.id);
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            let [choice, free, done, note] = &refs;
            let Some(goal) = goal else {
                return;
            };
            let Some((name, organisation)) = who() else {
                outcome.set(Some(Outcome::Problem("propose-need-name", Vec::new())));
                return;
            };
            let free_title = value_of(free);
            let title = if free_title.trim().is_empty() {
                let Some(code) = parse_step(&value_of(choice)) else {
                    outcome.set(Some(Outcome::Problem("propose-need-step", Vec::new())));
                    return;
                };
                Title::Code(code)
            } else {
                Title::Free(Text::new(free_title.trim(), lang.clone()))
            };
            let note = Some(value_of(note))
                .filter(|n| !n.trim().is_empty())
                .map(|n| Text::new(n.trim(), lang.clone()));
            send(Proposal::AddStep {
                name,
                organisation,
                goal,
                title,
                done: value_of(done).parse::<Date>().ok(),
                note,
            });
        })
    };
    let propose_appointment = {
        let (send, who, outcome, refs, lang) = (send, who, outcome.clone(), appointment_refs.clone(), lang);
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            let [date, time, place, purpose, purpose_free] = &refs;
            let Some((name, organisation)) = who() else {
                outcome.set(Some(Outcome::Problem("propose-need-name", Vec::new())));
                return;
            };
            let Ok(day) = value_of(date).parse::<Date>() else {
                outcome.set(Some(Outcome::Problem("propose-need-date", Vec::new())));
                return;
            };
            let free = value_of(purpose_free);
            let purpose = if free.trim().is_empty() {
                let Some(code) = value_of(purpose).parse().ok().and_then(PurposeCode::from_code) else {
                    return;
                };
                Title::Code(code)
            } else {
                Title::Free(Text::new(free.trim(), lang.clone()))
            };
            send(Proposal::AddAppointment {
                name,
                organisation,
                date: day,
                time: value_of(time).parse::<Time>().ok(),
                place: value_of(place).trim().to_owned(),
                purpose,
                bring: None,
            });
        })
    };
    let pick_goal = {
        let goal_index = goal_index.clone();
        let goals = goals.clone();
        Callback::from(move |e: Event| {
            let select: web_sys::HtmlSelectElement = e.target_unchecked_into();
            let id = select.value().parse::<Id>().ok();
            goal_index.set(goals.iter().position(|g| Some(g.id) == id).unwrap_or(0));
        })
    };

    // The goal's usual steps first, then every other step of the catalogue (as on the goal page).
    let typical: Vec<StepCode> = selected
        .as_ref()
        .and_then(|g| g.title.code())
        .map(|c| c.typical_steps().to_vec())
        .unwrap_or_default();
    let others: Vec<StepCode> = StepCode::all().filter(|s| !typical.contains(s)).collect();
    let option = |s: &StepCode| {
        html! { <option value={format!("{}:{}", s.code(), s.packed_params())}>{ code_text(&t, s) }</option> }
    };
    let today = format::today().to_string();
    let busy = *outcome == Some(Outcome::Sending);
    let result = match &*outcome {
        None => html! {},
        Some(o) => {
            let (state, text) = match o {
                Outcome::Sending => ("sending", t.text("propose-sending")),
                Outcome::Sent => ("sent", t.text("propose-sent")),
                Outcome::Problem(id, args) => ("error", t.text_args(id, args)),
            };
            html! {
                <p id="propose-result" data-propose-state={state}
                    class={classes!("banner", (state == "error").then_some("error"))}
                    role={if state == "error" { "alert" } else { "status" }}>{ text }</p>
            }
        }
    };
    let [step_choice, step_free, step_done, step_note] = step_refs;
    let [a_date, a_time, a_place, a_purpose, a_purpose_free] = appointment_refs;
    html! {
        <section class="propose no-print" aria-labelledby="propose-title">
            <h3 id="propose-title">{ t.text("propose-title") }</h3>
            <p class="muted small">{ t.text("propose-explain") }</p>
            { result }
            if let Some(goal) = &selected {
                <form class="card" onsubmit={propose_step} aria-label={t.text("propose-step")}>
                    <h4>{ t.text("propose-step") }</h4>
                    <label for="propose-step-goal">{ t.text("propose-step-goal") }</label>
                    <select id="propose-step-goal" onchange={pick_goal}>
                        { for goals.iter().map(|g| html! {
                            <option value={g.id.to_string()} selected={g.id == goal.id}>{ title_text(&t, &g.title) }</option>
                        }) }
                    </select>
                    <label for="propose-step-code">{ t.text("step-from-catalog") }</label>
                    <select id="propose-step-code" ref={step_choice} key={goal.id.to_string()}>
                        if !typical.is_empty() {
                            <optgroup label={t.text("step-typical")}>{ for typical.iter().map(option) }</optgroup>
                        }
                        <optgroup label={t.text("step-all")}>{ for others.iter().map(option) }</optgroup>
                    </select>
                    <label for="propose-step-free">{ t.text("step-or-free") }</label>
                    <input id="propose-step-free" ref={step_free} dir="auto" />
                    <label for="propose-step-done">{ t.text("propose-step-done") }</label>
                    <input id="propose-step-done" type="date" ref={step_done} max={today} />
                    <label for="propose-step-note">{ t.text("step-note") }</label>
                    <textarea id="propose-step-note" ref={step_note} dir="auto" />
                    <div class="form-actions">
                        <button type="submit" id="propose-step-submit" disabled={busy}>{ t.text("propose-step-submit") }</button>
                    </div>
                </form>
            }
            <form class="card" onsubmit={propose_appointment} aria-label={t.text("propose-appointment")}>
                <h4>{ t.text("propose-appointment") }</h4>
                <label for="propose-appointment-date">{ t.text("appointment-date") }</label>
                <input id="propose-appointment-date" type="date" ref={a_date} required=true />
                <label for="propose-appointment-time">{ t.text("appointment-time") }</label>
                <input id="propose-appointment-time" type="time" ref={a_time} />
                <label for="propose-appointment-place">{ t.text("appointment-place") }</label>
                <input id="propose-appointment-place" ref={a_place} dir="auto" />
                <label for="propose-appointment-purpose">{ t.text("appointment-purpose") }</label>
                <select id="propose-appointment-purpose" ref={a_purpose}>
                    { for PurposeCode::all().map(|p| html! {
                        <option value={p.code().to_string()}>{ code_text(&t, &p) }</option>
                    }) }
                </select>
                <label for="propose-appointment-purpose-free">{ t.text("appointment-purpose-free") }</label>
                <input id="propose-appointment-purpose-free" ref={a_purpose_free} dir="auto" />
                <div class="form-actions">
                    <button type="submit" id="propose-appointment-submit" disabled={busy}>{ t.text("propose-appointment-submit") }</button>
                </div>
            </form>
        </section>
    }
}

/// The name and organisation in a typed "name, office" ("Frau Yilmaz, Jobcenter Rheine"): split at the first
/// comma, so the owner reads "Frau Yilmaz (Jobcenter Rheine)"; without a comma it is all the name. `None` when
/// nothing was typed.
pub(crate) fn split_label(label: &str) -> Option<(String, String)> {
    let label = label.trim();
    if label.is_empty() {
        return None;
    }
    Some(match label.split_once(',') {
        Some((name, office)) if !name.trim().is_empty() && !office.trim().is_empty() => {
            (name.trim().to_owned(), office.trim().to_owned())
        }
        _ => (
            label
                .trim_matches(|c: char| c == ',' || c.is_whitespace())
                .to_owned(),
            String::new(),
        ),
    })
}

/// `"<code>:<packed params>"` from a step option back to the code (the goal page's encoding).
fn parse_step(value: &str) -> Option<StepCode> {
    let (code, packed) = value.split_once(':')?;
    StepCode::from_parts(code.parse().ok()?, packed.parse().ok()?)
}

#[cfg(test)]
mod tests {
    use super::split_label;

    #[test]
    fn a_typed_label_splits_into_name_and_office_at_the_first_comma() {
        let pair = |a: &str, b: &str| Some((a.to_owned(), b.to_owned()));
        assert_eq!(
            split_label(" Frau Yilmaz, Jobcenter Rheine "),
            pair("Frau Yilmaz", "Jobcenter Rheine")
        );
        assert_eq!(split_label("Jobcenter Rheine"), pair("Jobcenter Rheine", ""));
        assert_eq!(split_label("A, B, C"), pair("A", "B, C"));
        assert_eq!(split_label("Jobcenter Rheine, "), pair("Jobcenter Rheine", ""));
        assert_eq!(split_label("   "), None);
    }
}
