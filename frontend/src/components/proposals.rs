//! The proposals inbox (on Home, while proposals wait): "<label> proposes: <step or appointment>" with
//! Accept and Reject. Accepting applies the proposal as an ordinary command (stored, synced and undoable like
//! any local edit, with the advisor recorded as the entry's author); either answer deletes the proposal on
//! the server. A proposal whose goal is gone, or that does not read, can only be rejected.

use crate::components::label::title_text;
use crate::hooks::{use_app, use_t};
use crate::services::links::{Waiting, use_links};
use crate::services::{format, repo};
use crate::store::Action;
use booklet::{Booklet, Proposal};
use i18n::{Arg, Localizer};
use wasm_bindgen_futures::spawn_local;
use yew::prelude::*;

/// The inbox; renders nothing while no proposal waits (and no answer was just given).
#[function_component]
pub fn ProposalsInbox() -> Html {
    let t = use_t();
    let app = use_app();
    let engine = use_links();
    let message = use_state(|| None::<&'static str>);
    // Coming back to Home asks at once rather than at the next minute.
    {
        let engine = engine.clone();
        use_effect_with(engine.is_some(), move |_| {
            if let Some(engine) = engine {
                engine.poll_now();
            }
        });
    }
    let proposals = app.state.links.proposals.clone();
    if proposals.is_empty() && message.is_none() {
        return html! {};
    }
    let booklet = app.state.booklet.clone();
    let rows = proposals.iter().map(|waiting| {
        let (what, applicable) = describe(&t, &booklet, waiting);
        let who = who(&t, waiting);
        let answer = |accept: bool| {
            let (app, engine, message, waiting) =
                (app.clone(), engine.clone(), message.clone(), waiting.clone());
            Callback::from(move |_| {
                let Some(engine) = engine.clone() else { return };
                if accept {
                    let (Ok(proposal), Some(repo)) = (waiting.proposal.clone(), app.repo.clone()) else {
                        return;
                    };
                    let (command, context) = proposal.into_command(repo::new_id(), repo::now());
                    if let Err(e) = repo.0.run_in(command, &context) {
                        app.dispatch(Action::Rejected(e.message_id()));
                        return;
                    }
                }
                message.set(Some(if accept { "inbox-accepted" } else { "inbox-rejected" }));
                let (share, id) = (waiting.share.clone(), waiting.id.clone());
                spawn_local(async move { engine.answered(&share, &id).await });
            })
        };
        let text_id = format!("proposal-{}-{}", waiting.share, waiting.id);
        html! {
            <li class="card proposal" key={text_id.clone()} data-proposal-id={waiting.id.clone()} aria-labelledby={text_id.clone()}>
                <p id={text_id}>{ t.text_args("inbox-proposes", &[("who", Arg::from(who)), ("what", Arg::from(what))]) }</p>
                if let Some(problem) = applicable.err() {
                    <p class="small muted proposal-problem">{ t.text(problem) }</p>
                }
                <div class="form-actions">
                    if applicable.is_ok() {
                        <button class="proposal-accept" onclick={answer(true)}>{ t.text("inbox-accept") }</button>
                    }
                    <button class="secondary proposal-reject" onclick={answer(false)}>{ t.text("inbox-reject") }</button>
                </div>
            </li>
        }
    });
    html! {
        <section class="inbox" aria-labelledby="inbox-title" data-testid="proposals">
            <h2 id="inbox-title">{ t.text("inbox-title") }</h2>
            if !proposals.is_empty() { <p class="small muted">{ t.text("inbox-explain") }</p> }
            if let Some(id) = *message { <p class="banner" role="status" id="inbox-message">{ t.text(id) }</p> }
            <ul class="list">{ for rows }</ul>
        </section>
    }
}

/// Who proposes: the label the server recorded, else the name and organisation in the proposal, else
/// "someone".
fn who(t: &Localizer, waiting: &Waiting) -> String {
    if !waiting.label.trim().is_empty() {
        return waiting.label.trim().to_owned();
    }
    if let Ok(proposal) = &waiting.proposal {
        let (name, organisation) = (proposal.name().trim(), proposal.organisation().trim());
        match (name.is_empty(), organisation.is_empty()) {
            (false, false) => return format!("{name} ({organisation})"),
            (false, true) => return name.to_owned(),
            (true, false) => return organisation.to_owned(),
            (true, true) => {}
        }
    }
    t.text("inbox-someone")
}

/// What is proposed, in the reader's language, and whether it can still be accepted (else the message id
/// saying why not).
fn describe(t: &Localizer, booklet: &Booklet, waiting: &Waiting) -> (String, Result<(), &'static str>) {
    let tag = t.tag();
    match &waiting.proposal {
        Err(id) => (String::new(), Err(id)),
        Ok(Proposal::AddStep { goal, title, .. }) => {
            let step = title_text(t, title);
            match booklet.goals.iter().find(|g| g.id == *goal) {
                Some(found) => (
                    t.text_args(
                        "inbox-step",
                        &[
                            ("step", Arg::from(step)),
                            ("goal", Arg::from(title_text(t, &found.title))),
                        ],
                    ),
                    Ok(()),
                ),
                None => (step, Err("inbox-stale")),
            }
        }
        Ok(Proposal::AddAppointment {
            date, time, place, ..
        }) => {
            let when = match time {
                Some(time) => format!(
                    "{}, {}",
                    format::date_long(tag, *date),
                    format::time(tag, *date, *time)
                ),
                None => format::date_long(tag, *date),
            };
            let text = if place.trim().is_empty() {
                t.text_args("inbox-appointment-no-place", &[("date", Arg::from(when))])
            } else {
                t.text_args(
                    "inbox-appointment",
                    &[("date", Arg::from(when)), ("place", Arg::from(place.clone()))],
                )
            };
            (text, Ok(()))
        }
    }
}
