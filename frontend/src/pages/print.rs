//! The booklet as printable pages: profile, goals with their steps, contacts and appointments, one after the
//! other, in the reader's language and direction. `@media print` in the stylesheet hides the app's frame.

use crate::components::label::{code_text, free_text, ltr, title_html};
use crate::hooks::{use_app, use_t};
use crate::services::format;
use booklet::StepState;
use i18n::Arg;
use yew::prelude::*;

/// The print view.
#[function_component]
pub fn PrintView() -> Html {
    let t = use_t();
    let app = use_app();
    let b = app.state.booklet.clone();
    let tag = t.tag();
    let print = Callback::from(|_| {
        if let Some(w) = web_sys::window() {
            let _ = w.print();
        }
    });
    let profile = &b.profile;
    let goals = b.goals.iter().map(|g| {
        let (done, total) = g.progress();
        html! {
            <section class="print-block">
                <h3>{ title_html(&t, &g.title) }</h3>
                <p class="muted small">{ code_text(&t, &g.field) }{ " · " }{ code_text(&t, &g.status) }{ " · " }
                    { t.text_args("goal-progress", &[("done", Arg::from(done)), ("total", Arg::from(total))]) }</p>
                <ol>{ for g.steps.iter().map(|s| {
                    let when = match s.state {
                        StepState::Done { date } => t.text_args("step-done-on", &[("date", format::date_short(tag, date).into())]),
                        StepState::Planned { date: Some(date) } => t.text_args("step-planned-for", &[("date", format::date_short(tag, date).into())]),
                        StepState::Planned { date: None } => code_text(&t, &s.state),
                    };
                    html! {
                        <li>
                            <span aria-hidden="true">{ if s.is_done() { "☑ " } else { "☐ " } }</span>
                            { title_html(&t, &s.title) }<span class="muted small">{ " · " }{ when }</span>
                            if let Some(note) = &s.note { <div class="small">{ free_text(note) }</div> }
                        </li>
                    }
                }) }</ol>
            </section>
        }
    });
    let contacts = b.contacts.iter().map(|c| html! {
        <li class="print-block">
            <strong><bdi dir="auto">{ &c.organisation }</bdi></strong>{ " · " }{ title_html(&t, &c.role) }
            if !c.person.is_empty() { <div><bdi dir="auto">{ &c.person }</bdi></div> }
            if !c.phone.is_empty() { <div>{ t.text("contact-phone") }{ ": " }{ ltr(&c.phone) }</div> }
            if !c.email.is_empty() { <div>{ t.text("contact-email") }{ ": " }{ ltr(&c.email) }</div> }
            if !c.address.is_empty() { <div><bdi dir="auto">{ &c.address }</bdi></div> }
            if !c.opening_hours.is_empty() {
                <div>{ t.text("contact-opening-hours") }{ ": " }<bdi dir="auto">{ &c.opening_hours }</bdi></div>
            }
        </li>
    });
    let mut appointments: Vec<_> = b.appointments.iter().collect();
    appointments.sort_by_key(|a| (a.date, a.time));
    let appointments = appointments.into_iter().map(|a| {
        let when = match a.time {
            Some(time) => format!(
                "{}, {}",
                format::date_long(tag, a.date),
                format::time(tag, a.date, time)
            ),
            None => format::date_long(tag, a.date),
        };
        html! {
            <li class="print-block">
                <strong>{ when }</strong>{ " · " }{ title_html(&t, &a.purpose) }
                if !a.place.is_empty() { <div><bdi dir="auto">{ &a.place }</bdi></div> }
            </li>
        }
    });
    html! {
        <section data-page="print" class="print-view">
            <div class="form-actions no-print">
                <button onclick={print}>{ t.text("action-print") }</button>
            </div>
            <h2>{ t.text("app-title") }
                if !profile.display_name.is_empty() { { " · " }<bdi dir="auto">{ &profile.display_name }</bdi> }
            </h2>
            if !profile.languages.is_empty() {
                <p>{ t.text("profile-languages") }{ ": " }
                    { for profile.languages.iter().map(|l| html! { <>{ &l.language }{ " " }{ code_text(&t, &l.level) }{ "; " }</> }) }</p>
            }
            <h2>{ t.text("home-goals") }</h2>
            { for goals }
            <h2>{ t.text("contacts-title") }</h2>
            <ul class="list">{ for contacts }</ul>
            <h2>{ t.text("nav-appointments") }</h2>
            <ul class="list">{ for appointments }</ul>
        </section>
    }
}
