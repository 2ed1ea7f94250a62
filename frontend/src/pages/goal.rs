//! One goal: its status and target date, its steps (mark done with a date, reorder, delete with undo),
//! and adding a step from the catalogue or as free text.

use crate::components::StepEditor;
use crate::components::label::{code_text, free_text, title_html, title_text};
use crate::hooks::{use_app, use_runner, use_t};
use crate::pages::{checked, value_of};
use crate::route::Route;
use crate::router::{Link, use_navigator};
use crate::services::{format, repo::new_id};
use booklet::{
    Author, Command, Date, GoalFields, GoalStatus, Id, StepCode, StepFields, StepState, Text, Title,
};
use yew::prelude::*;

/// Props: the goal's id from the URL.
#[derive(Properties, PartialEq)]
pub struct Props {
    /// The id as in the URL.
    pub id: String,
}

/// The goal screen.
#[function_component]
pub fn GoalPage(props: &Props) -> Html {
    let t = use_t();
    let app = use_app();
    let navigator = use_navigator();
    let step_choice = use_node_ref();
    let step_free = use_node_ref();
    let step_date = use_node_ref();
    let step_done = use_node_ref();
    let step_note = use_node_ref();
    let edit_title = use_node_ref();
    // The step being edited in place, if any.
    let editing_step = use_state(|| None::<Id>);
    let edit_target = use_node_ref();
    let booklet = app.state.booklet.clone();
    let Some(goal) = props
        .id
        .parse::<Id>()
        .ok()
        .and_then(|id| booklet.find_goal(id))
        .cloned()
    else {
        return html! {
            <section data-page="goal">
                <p class="empty">{ t.text("goal-not-found") }</p>
                <Link to={Route::Home} classes="button">{ t.text("nav-home") }</Link>
            </section>
        };
    };
    let tag = t.tag();
    let goal_id = goal.id;
    let today = format::today();

    let set_status = {
        let app = app.clone();
        Callback::from(move |e: Event| {
            let select: web_sys::HtmlSelectElement = e.target_unchecked_into();
            if let Some(status) = select.value().parse().ok().and_then(GoalStatus::from_code) {
                app.run(Command::SetGoalStatus { id: goal_id, status });
            }
        })
    };
    let delete_goal = {
        let app = app.clone();
        let navigator = navigator.clone();
        Callback::from(move |_| {
            app.delete(Command::DeleteGoal { id: goal_id }, "goal-deleted");
            navigator.push(&Route::Home);
        })
    };
    let last = goal.steps.len().saturating_sub(1);
    let steps = goal.steps.iter().enumerate().map(|(index, step)| {
        html! {
            <StepCard key={step.id.to_string()} goal={goal_id} step={step.clone()} {index}
                last={index == last} editing={*editing_step == Some(step.id)} edit={editing_step.setter()} />
        }
    });

    let add_step = {
        let app = app.clone();
        let refs = (
            step_choice.clone(),
            step_free.clone(),
            step_date.clone(),
            step_done.clone(),
            step_note.clone(),
        );
        let lang = t.tag().to_string();
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            let (choice, free, date_ref, done, note_ref) = &refs;
            let free_title = value_of(free);
            let title = if free_title.trim().is_empty() {
                let Some(code) = parse_step(&value_of(choice)) else {
                    return;
                };
                Title::Code(code)
            } else {
                Title::Free(Text::new(free_title, lang.clone()))
            };
            let is_done = checked(done);
            let date = value_of(date_ref)
                .parse::<Date>()
                .ok()
                .or(is_done.then_some(today));
            let note = Some(value_of(note_ref))
                .filter(|n| !n.trim().is_empty())
                .map(|n| Text::new(n, lang.clone()));
            let fields = StepFields {
                title,
                done: is_done,
                date,
                note,
            };
            if app
                .run(Command::AddStep {
                    goal: goal_id,
                    id: new_id(),
                    step: fields,
                })
                .is_some()
            {
                for node in [free, date_ref] {
                    if let Some(input) = node.cast::<web_sys::HtmlInputElement>() {
                        input.set_value("");
                    }
                }
                if let Some(area) = note_ref.cast::<web_sys::HtmlTextAreaElement>() {
                    area.set_value("");
                }
                if let Some(input) = done.cast::<web_sys::HtmlInputElement>() {
                    input.set_checked(false);
                }
            }
        })
    };
    let edit_goal = {
        let app = app.clone();
        let (title_ref, target_ref) = (edit_title.clone(), edit_target.clone());
        let (field, title) = (goal.field, goal.title.clone());
        let lang = t.tag().to_string();
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            // Catalogue titles stay codes (every reader sees them in their language); free titles can change.
            let title = match &title {
                Title::Code(code) => Title::Code(*code),
                Title::Free(_) => Title::Free(Text::new(value_of(&title_ref), lang.clone())),
            };
            let target = value_of(&target_ref).parse::<Date>().ok();
            app.run(Command::EditGoal {
                id: goal_id,
                goal: GoalFields { field, title, target },
            });
        })
    };
    let (done, total) = goal.progress();
    html! {
        <section data-page="goal">
            <Link to={Route::Home} classes="button secondary">
                <span class="icon-mirror" aria-hidden="true">{ "←" }</span>{ t.text("action-back") }
            </Link>
            <h2>{ title_html(&t, &goal.title) }</h2>
            <p class="row">
                <span class="badge">{ code_text(&t, &goal.field) }</span>
                <span class="muted small">{ t.text_args("goal-progress", &[("done", done.into()), ("total", total.into())]) }</span>
            </p>
            if let Some(target) = goal.target {
                <p class="muted">{ t.text_args("goal-target", &[("date", format::date_long(tag, target).into())]) }</p>
            }
            <label for="goal-status">{ t.text("goal-status") }</label>
            <select id="goal-status" onchange={set_status}>
                { for GoalStatus::all().map(|s| html! {
                    <option value={s.code().to_string()} selected={s == goal.status}>{ code_text(&t, &s) }</option>
                }) }
            </select>

            <form class="card" onsubmit={edit_goal}>
                if let Title::Free(text) = &goal.title {
                    <label for="goal-title">{ t.text("goal-title") }</label>
                    <input id="goal-title" ref={edit_title} dir="auto" required=true value={text.text.clone()} />
                }
                <label for="goal-target">{ t.text("goal-target-date") }</label>
                <input id="goal-target" type="date" ref={edit_target}
                    value={goal.target.map(|d| d.to_string()).unwrap_or_default()} />
                <div class="form-actions"><button type="submit">{ t.text("action-save") }</button></div>
            </form>

            <h2>{ t.text("goal-steps") }</h2>
            if goal.steps.is_empty() {
                <p class="empty">{ t.text("goal-no-steps") }</p>
            } else {
                <ol class="list" aria-label={t.text("goal-steps")}>{ for steps }</ol>
            }

            <form class="card" onsubmit={add_step}>
                <h3>{ t.text("action-add-step") }</h3>
                <label for="step-choice">{ t.text("step-from-catalog") }</label>
                <StepChoice goal={goal.title.code().copied()} node={step_choice} />
                <label for="step-free">{ t.text("step-or-free") }</label>
                <input id="step-free" ref={step_free} dir="auto" />
                <label for="step-date">{ t.text("step-date") }</label>
                <input id="step-date" type="date" ref={step_date} />
                <label class="row">
                    <input id="step-done" type="checkbox" ref={step_done} />
                    <span>{ t.text("step-is-done") }</span>
                </label>
                <label for="step-note">{ t.text("step-note") }</label>
                <textarea id="step-note" ref={step_note} dir="auto" />
                <div class="form-actions"><button type="submit">{ t.text("action-add-step") }</button></div>
            </form>

            <div class="form-actions">
                <button class="danger" onclick={delete_goal}>{ t.text("action-delete-goal") }</button>
            </div>
        </section>
    }
}

#[derive(Properties, PartialEq)]
struct StepCardProps {
    goal: Id,
    step: booklet::Step,
    /// Its place in the goal, and whether it is the last (for the move buttons).
    index: usize,
    last: bool,
    /// Shown as the editor instead of the card.
    editing: bool,
    /// Opens (`Some`) or closes (`None`) the editor of a step.
    edit: UseStateSetter<Option<Id>>,
}

/// One step of the goal. A component of its own, reading no app state: adding or ticking one step re-renders
/// that step (and the one that stops being the last), not every step of the goal.
#[function_component]
fn StepCard(props: &StepCardProps) -> Html {
    let t = use_t();
    let runner = use_runner();
    let tag = t.tag();
    let (goal_id, step, index) = (props.goal, &props.step, props.index);
    let step_id = step.id;
    let toggle = {
        let runner = runner.clone();
        let done = step.is_done();
        Callback::from(move |_| {
            if done {
                runner.run(Command::ReopenStep {
                    goal: goal_id,
                    id: step_id,
                });
            } else {
                runner.run(Command::CompleteStep {
                    goal: goal_id,
                    id: step_id,
                    date: format::today(),
                });
            }
        })
    };
    let mover = |to: usize| {
        let runner = runner.clone();
        Callback::from(move |_| {
            runner.run(Command::MoveStep {
                goal: goal_id,
                id: step_id,
                to_index: to,
            });
        })
    };
    let delete = {
        let runner = runner.clone();
        Callback::from(move |_| {
            runner.delete(
                Command::DeleteStep {
                    goal: goal_id,
                    id: step_id,
                },
                "step-deleted",
            )
        })
    };
    let edit_step = {
        let edit = props.edit.clone();
        Callback::from(move |_| edit.set(Some(step_id)))
    };
    if props.editing {
        let onclose = {
            let edit = props.edit.clone();
            Callback::from(move |_| edit.set(None))
        };
        return html! {
            <li class="card step" data-done={step.is_done().to_string()}>
                <StepEditor goal={goal_id} step={step.clone()} {onclose} />
            </li>
        };
    }
    let title = title_text(&t, &step.title);
    let when = match step.state {
        StepState::Done { date } => {
            Some(t.text_args("step-done-on", &[("date", format::date_short(tag, date).into())]))
        }
        StepState::Planned { date: Some(date) } => Some(t.text_args(
            "step-planned-for",
            &[("date", format::date_short(tag, date).into())],
        )),
        StepState::Planned { date: None } => None,
    };
    let by = match &step.meta.added_by {
        Author::Owner => None,
        // A proposal may carry only a name or only an organisation: no stray comma then.
        Author::Advisor { name, organisation } => {
            let parts: Vec<&str> = [name.trim(), organisation.trim()]
                .into_iter()
                .filter(|p| !p.is_empty())
                .collect();
            (!parts.is_empty()).then(|| parts.join(", "))
        }
    };
    html! {
        <li class="card step" data-done={step.is_done().to_string()}>
            <div class="row">
                // The label around the box makes the whole 44 px square tappable.
                <label class="tap">
                    <input type="checkbox" checked={step.is_done()} onchange={toggle}
                        aria-label={t.text_args("step-mark-done", &[("title", title.clone().into())])} />
                </label>
                <span class="grow">
                    <strong>{ title_html(&t, &step.title) }</strong>
                    if let Some(when) = when { <span class="muted small">{ " · " }{ when }</span> }
                </span>
            </div>
            if let Some(note) = &step.note { <p class="small">{ free_text(note) }</p> }
            if let Some(by) = by {
                <span class="badge advisor">{ t.text_args("entry-added-by", &[("name", by.into())]) }</span>
            }
            <div class="row">
                <button class="icon" disabled={index == 0} onclick={mover(index.saturating_sub(1))}
                    aria-label={t.text_args("action-move-up", &[("title", title.clone().into())])}>{ "↑" }</button>
                <button class="icon" disabled={props.last} onclick={mover(index + 1)}
                    aria-label={t.text_args("action-move-down", &[("title", title.clone().into())])}>{ "↓" }</button>
                <span class="grow"></span>
                <button class="secondary" onclick={edit_step}
                    aria-label={t.text_args("action-edit-named", &[("title", title.clone().into())])}>{ t.text("action-edit") }</button>
                <button class="icon" onclick={delete}
                    aria-label={t.text_args("action-delete-named", &[("title", title.into())])}>{ "✕" }</button>
            </div>
        </li>
    }
}

#[derive(Properties, PartialEq)]
struct StepChoiceProps {
    /// The goal's catalogue code, whose usual steps come first.
    goal: Option<booklet::GoalCode>,
    /// The `<select>`, read when the form is sent.
    node: NodeRef,
}

/// The catalogue's steps to choose from: the goal's usual steps first, then every other. A component of its
/// own because the list is long and changes only with the goal and the language: adding or ticking a step
/// does not build it again.
#[function_component]
fn StepChoice(props: &StepChoiceProps) -> Html {
    let t = use_t();
    let typical: Vec<StepCode> = props.goal.map(|c| c.typical_steps().to_vec()).unwrap_or_default();
    let others: Vec<StepCode> = StepCode::all().filter(|s| !typical.contains(s)).collect();
    let option = |s: &StepCode| {
        html! { <option value={format!("{}:{}", s.code(), s.packed_params())}>{ code_text(&t, s) }</option> }
    };
    html! {
        <select id="step-choice" ref={props.node.clone()}>
            if !typical.is_empty() {
                <optgroup label={t.text("step-typical")}>{ for typical.iter().map(option) }</optgroup>
            }
            <optgroup label={t.text("step-all")}>{ for others.iter().map(option) }</optgroup>
        </select>
    }
}

/// `"<code>:<packed params>"` from a step option back to the code.
fn parse_step(value: &str) -> Option<StepCode> {
    let (code, packed) = value.split_once(':')?;
    StepCode::from_parts(code.parse().ok()?, packed.parse().ok()?)
}
