//! Adding a goal: from the catalogue (searchable, grouped by field of action) or as free text.

use crate::components::label::code_text;
use crate::hooks::{use_app, use_t};
use crate::pages::value_of;
use crate::route::Route;
use crate::router::use_navigator;
use crate::services::repo::new_id;
use booklet::{Command, FieldOfAction, GoalCode, GoalFields, NewStep, StepFields, Text, Title};
use yew::prelude::*;

/// The add-goal screen.
#[function_component]
pub fn AddGoal() -> Html {
    let t = use_t();
    let app = use_app();
    let navigator = use_navigator();
    let query = use_state(String::new);
    // In state, not only in the DOM: a re-render (a search, the app's background work) must not undo a tap.
    let with_steps = use_state(|| true);
    let free_field = use_node_ref();
    let free_title = use_node_ref();

    let add = {
        let app = app.clone();
        let navigator = navigator.clone();
        let with_steps = with_steps.clone();
        Callback::from(move |goal: GoalFields| {
            let steps = match (&goal.title, *with_steps) {
                (Title::Code(code), true) => code
                    .typical_steps()
                    .iter()
                    .map(|s| NewStep {
                        id: new_id(),
                        fields: StepFields::planned(*s),
                    })
                    .collect(),
                _ => Vec::new(),
            };
            let id = new_id();
            if app.run(Command::AddGoal { id, goal, steps }).is_some() {
                navigator.push(&Route::Goal { id: id.to_string() });
            }
        })
    };
    let toggle_steps = {
        let with_steps = with_steps.clone();
        Callback::from(move |e: Event| {
            let input: web_sys::HtmlInputElement = e.target_unchecked_into();
            with_steps.set(input.checked());
        })
    };
    let oninput = {
        let query = query.clone();
        Callback::from(move |e: InputEvent| {
            let input: web_sys::HtmlInputElement = e.target_unchecked_into();
            query.set(input.value());
        })
    };
    let needle = query.trim().to_lowercase();
    let groups = FieldOfAction::all().filter_map(|field| {
        let goals: Vec<(GoalCode, String)> = GoalCode::in_field(field)
            .map(|code| (code, code_text(&t, &code)))
            .filter(|(_, label)| needle.is_empty() || label.to_lowercase().contains(&needle))
            .collect();
        if goals.is_empty() {
            return None;
        }
        Some(html! {
            <li key={field.code()}>
                <h3>{ code_text(&t, &field) }</h3>
                <ul class="list">
                    { for goals.into_iter().map(|(code, label)| {
                        let add = add.clone();
                        let onclick = Callback::from(move |_| add.emit(GoalFields::from_code(code)));
                        html! {
                            <li key={code.code()}>
                                <button class="secondary catalog-item" data-code={code.code().to_string()} {onclick}>
                                    { label }
                                </button>
                            </li>
                        }
                    }) }
                </ul>
            </li>
        })
    });
    let add_free = {
        let add = add.clone();
        let (free_field, free_title) = (free_field.clone(), free_title.clone());
        let lang = t.tag().to_string();
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            let field = value_of(&free_field)
                .parse()
                .ok()
                .and_then(FieldOfAction::from_code);
            let title = value_of(&free_title);
            let Some(field) = field else { return };
            add.emit(GoalFields {
                field,
                title: Title::Free(Text::new(title, lang.clone())),
                target: None,
            });
        })
    };
    html! {
        <section data-page="add-goal">
            <h2>{ t.text("action-add-goal") }</h2>
            <label for="goal-search">{ t.text("catalog-search") }</label>
            <input id="goal-search" type="search" value={(*query).clone()} {oninput} autocomplete="off" />
            <label class="row">
                <input type="checkbox" checked={*with_steps} onchange={toggle_steps} />
                <span>{ t.text("goal-with-typical-steps") }</span>
            </label>
            <ul class="list catalog">{ for groups }</ul>

            <form class="card" onsubmit={add_free}>
                <h3>{ t.text("goal-free-title") }</h3>
                <label for="free-field">{ t.text("goal-field") }</label>
                <select id="free-field" ref={free_field}>
                    { for FieldOfAction::all().map(|f| html! {
                        <option value={f.code().to_string()}>{ code_text(&t, &f) }</option>
                    }) }
                </select>
                <label for="free-title">{ t.text("goal-title") }</label>
                <input id="free-title" ref={free_title} required=true dir="auto" />
                <div class="form-actions"><button type="submit">{ t.text("action-add-goal") }</button></div>
            </form>
        </section>
    }
}
