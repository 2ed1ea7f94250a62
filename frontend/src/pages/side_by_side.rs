//! Side by side: one appointment and the entries the owner chooses, in two languages in two aligned columns
//! — the UI language and a second one picked here — so that migrant and advisor can point at the same line.
//! Catalogue entries are translated in each column; free text is shown as written in both.

use crate::components::label::{Labelled, code_text, free_text};
use crate::hooks::{use_app, use_t};
use crate::route::Route;
use crate::router::Link;
use crate::services::{format, locales};
use booklet::{Appointment, Id, StepState, Title};
use i18n::{Arg, Localizer};
use std::collections::HashSet;
use wasm_bindgen_futures::spawn_local;
use yew::prelude::*;

/// Props: the appointment's id from the URL.
#[derive(Properties, PartialEq)]
pub struct Props {
    /// The id as in the URL.
    pub id: String,
}

/// The side-by-side screen.
#[function_component]
pub fn SideBySide(props: &Props) -> Html {
    let t = use_t();
    let app = use_app();
    let booklet = app.state.booklet.clone();
    // German is what advisors read; a German UI pairs with English by default.
    let default_second = if t.tag() == "de" { "en" } else { "de" };
    let second_tag = use_state(|| default_second.to_string());
    let second = use_state(|| None::<Localizer>);
    {
        let second = second.clone();
        use_effect_with((*second_tag).clone(), move |tag| {
            let tag = tag.clone();
            spawn_local(async move { second.set(locales::load_complete(&tag).await) });
        });
    }
    // Which goals are shown: all open ones at first; the owner unticks what the advisor should not see.
    let hidden = use_state(HashSet::<Id>::new);

    let appointment = props
        .id
        .parse::<Id>()
        .ok()
        .and_then(|id| booklet.find_appointment(id))
        .cloned();
    let pick_language = {
        let second_tag = second_tag.clone();
        Callback::from(move |e: Event| {
            let select: web_sys::HtmlSelectElement = e.target_unchecked_into();
            second_tag.set(select.value());
        })
    };
    let toggle = |id: Id| {
        let hidden = hidden.clone();
        Callback::from(move |_| {
            let mut next = (*hidden).clone();
            if !next.remove(&id) {
                next.insert(id);
            }
            hidden.set(next);
        })
    };
    let choices = booklet.goals.iter().map(|g| {
        let label = match &g.title {
            Title::Code(c) => code_text(&t, c),
            Title::Free(text) => text.text.clone(),
        };
        html! {
            <li class="row">
                <label class="row">
                    <input type="checkbox" checked={!hidden.contains(&g.id)} onchange={toggle(g.id)} />
                    <span dir="auto">{ label }</span>
                </label>
            </li>
        }
    });

    let table = (*second).clone().map(|other| {
        let columns = [t.clone(), other];
        let cell = |l: &Localizer, content: Html, class: &'static str| {
            html! { <td lang={l.tag()} dir={l.direction().html_dir()} class={class}>{ content }</td> }
        };
        let row = |render: &dyn Fn(&Localizer) -> Html, class: &'static str| {
            html! { <tr>{ for columns.iter().map(|l| cell(l, render(l), class)) }</tr> }
        };
        let mut rows = Vec::new();
        if let Some(a) = &appointment {
            rows.push(row(&|l: &Localizer| appointment_cell(l, a, &booklet), "heading"));
        }
        for goal in booklet.goals.iter().filter(|g| !hidden.contains(&g.id)) {
            rows.push(row(&|l: &Localizer| html! { <strong>{ label(l, &goal.title) }</strong> }, "goal"));
            for step in &goal.steps {
                rows.push(row(
                    &|l: &Localizer| {
                        let state = match step.state {
                            StepState::Done { date } => {
                                l.text_args("step-done-on", &[("date", format::date_short(l.tag(), date).into())])
                            }
                            StepState::Planned { date: Some(date) } => {
                                l.text_args("step-planned-for", &[("date", format::date_short(l.tag(), date).into())])
                            }
                            StepState::Planned { date: None } => code_text(l, &step.state),
                        };
                        html! {
                            <>
                                <span>{ if step.is_done() { "✓ " } else { "○ " } }</span>
                                { label(l, &step.title) }
                                <span class="muted small">{ " · " }{ state }</span>
                                if let Some(note) = &step.note { <div class="small">{ free_text(note) }</div> }
                            </>
                        }
                    },
                    "step",
                ));
            }
        }
        html! {
            <table class="side-by-side">
                <thead><tr>{ for columns.iter().map(|l| html! {
                    <th scope="col" lang={l.tag()} dir={l.direction().html_dir()}>{ l.info().native_name }</th>
                }) }</tr></thead>
                <tbody>{ for rows }</tbody>
            </table>
        }
    });

    html! {
        <section data-page="side-by-side">
            <Link to={Route::Appointments} classes="button secondary">
                <span class="icon-mirror" aria-hidden="true">{ "←" }</span>{ t.text("action-back") }
            </Link>
            <h2>{ t.text("side-by-side-title") }</h2>
            <label for="second-language">{ t.text("side-by-side-second-language") }</label>
            <select id="second-language" onchange={pick_language}>
                { for locales::available().into_iter().map(|(l, _)| html! {
                    <option value={l.tag} lang={l.tag} selected={l.tag == *second_tag}>{ l.native_name }</option>
                }) }
            </select>
            <details class="card no-print">
                <summary>{ t.text("side-by-side-choose") }</summary>
                <ul class="list">{ for choices }</ul>
            </details>
            { table.unwrap_or_else(|| html! { <div class="boot-spinner" role="status" aria-busy="true"></div> }) }
        </section>
    }
}

/// A title in one column's language: codes translated, free text as written.
fn label<C: Labelled>(l: &Localizer, title: &Title<C>) -> Html {
    match title {
        Title::Code(code) => html! { { code_text(l, code) } },
        Title::Free(text) => free_text(text),
    }
}

fn appointment_cell(l: &Localizer, a: &Appointment, booklet: &booklet::Booklet) -> Html {
    let when = match a.time {
        Some(time) => format!(
            "{}, {}",
            format::date_long(l.tag(), a.date),
            format::time(l.tag(), a.date, time)
        ),
        None => format::date_long(l.tag(), a.date),
    };
    let with = a.contact.and_then(|c| booklet.find_contact(c));
    html! {
        <>
            <div class="muted small">{ when }</div>
            <strong>{ label(l, &a.purpose) }</strong>
            if !a.place.is_empty() { <div><bdi dir="auto">{ &a.place }</bdi></div> }
            if let Some(c) = with {
                <div><bdi dir="auto">{ &c.organisation }</bdi>{ " · " }{ label(l, &c.role) }</div>
            }
            if let Some(bring) = &a.bring {
                <div class="small">{ l.text_args("side-by-side-bring", &[("what", Arg::Str(bring.text.clone()))]) }</div>
            }
        </>
    }
}
