//! Editing one step in place: its date, whether it is done, its note, and its title when it is free text
//! (catalogue titles stay codes, so every reader keeps seeing them in their own language).

use crate::hooks::{use_app, use_t};
use crate::pages::{checked, use_field, value_of};
use booklet::{Command, Date, Id, Step, StepFields, Text, Title};
use yew::prelude::*;

/// Props: the goal, the step as it is, and what to do when the editor closes.
#[derive(Properties, PartialEq)]
pub struct Props {
    /// The goal the step belongs to.
    pub goal: Id,
    /// The step being edited.
    pub step: Step,
    /// Called after saving or cancelling.
    pub onclose: Callback<()>,
}

/// The inline step editor.
#[function_component]
pub fn StepEditor(props: &Props) -> Html {
    let t = use_t();
    let app = use_app();
    let (title, date, done, note) = (use_node_ref(), use_node_ref(), use_node_ref(), use_node_ref());
    let step = &props.step;
    // The box as the owner set it, kept across re-renders (the DOM's own state would be reset to the stored one).
    let done_now = use_state(|| step.is_done());
    let toggle_done = {
        let done_now = done_now.clone();
        Callback::from(move |e: Event| {
            let input: web_sys::HtmlInputElement = e.target_unchecked_into();
            done_now.set(input.checked());
        })
    };
    let onsubmit = {
        let (app, goal, id, old_title) = (app.clone(), props.goal, step.id, step.title.clone());
        let (title, date, done, note) = (title.clone(), date.clone(), done.clone(), note.clone());
        let onclose = props.onclose.clone();
        let lang = t.tag().to_string();
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            let title = match &old_title {
                Title::Code(code) => Title::Code(*code),
                Title::Free(_) => Title::Free(Text::new(value_of(&title), lang.clone())),
            };
            let note = Some(value_of(&note))
                .filter(|n| !n.trim().is_empty())
                .map(|n| Text::new(n, lang.clone()));
            let fields = StepFields {
                title,
                done: checked(&done),
                date: value_of(&date).parse::<Date>().ok(),
                note,
            };
            if app
                .run(Command::EditStep {
                    goal,
                    id,
                    step: fields,
                })
                .is_some()
            {
                onclose.emit(());
            }
        })
    };
    let cancel = {
        let onclose = props.onclose.clone();
        Callback::from(move |_| onclose.emit(()))
    };
    let prefix = format!("edit-{}", step.id);
    let (title_text, title_input) = use_field(match &step.title {
        Title::Free(text) => text.text.clone(),
        Title::Code(_) => String::new(),
    });
    let (date_text, date_input) = use_field(step.state.date().map(|d| d.to_string()).unwrap_or_default());
    html! {
        <form class="step-editor" {onsubmit}>
            if let Title::Free(_) = &step.title {
                <label for={format!("{prefix}-title")}>{ t.text("goal-title") }</label>
                <input id={format!("{prefix}-title")} ref={title} dir="auto" required=true
                    value={title_text} oninput={title_input} />
            }
            <label for={format!("{prefix}-date")}>{ t.text("step-date") }</label>
            <input id={format!("{prefix}-date")} type="date" ref={date} value={date_text} oninput={date_input} />
            <label class="row">
                <input type="checkbox" ref={done} checked={*done_now} onchange={toggle_done} />
                <span>{ t.text("step-is-done") }</span>
            </label>
            <label for={format!("{prefix}-note")}>{ t.text("step-note") }</label>
            <textarea id={format!("{prefix}-note")} ref={note} dir="auto"
                defaultvalue={step.note.as_ref().map(|n| n.text.clone()).unwrap_or_default()} />
            <div class="form-actions">
                <button type="submit">{ t.text("action-save") }</button>
                <button type="button" class="secondary" onclick={cancel}>{ t.text("action-cancel") }</button>
            </div>
        </form>
    }
}
