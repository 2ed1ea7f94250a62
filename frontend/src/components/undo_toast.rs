//! "Deleted — Undo": shown after a delete for a few seconds.

use crate::hooks::{use_app, use_t};
use crate::store::Action;
use yew::prelude::*;

/// How long the undo offer stays.
const UNDO_MS: u32 = 8_000;

/// The toast, when there is something to undo.
#[function_component]
pub fn UndoToast() -> Html {
    let t = use_t();
    let app = use_app();
    let undo = app.state.undo.clone();
    {
        let app = app.clone();
        use_effect_with(undo.clone(), move |undo| {
            let timer = undo.as_ref().map(|_| {
                gloo_timers::callback::Timeout::new(UNDO_MS, move || app.dispatch(Action::ClearUndo))
            });
            move || drop(timer)
        });
    }
    let Some(undo) = undo else { return html! {} };
    let onclick = {
        let app = app.clone();
        let undo = undo.clone();
        Callback::from(move |_| {
            if let Some(command) = undo.command.take() {
                app.run(command);
            }
            app.dispatch(Action::ClearUndo);
        })
    };
    html! {
        <div class="toast" role="status">
            <span class="grow">{ t.text(undo.message_id) }</span>
            <button class="secondary" {onclick}>{ t.text("action-undo") }</button>
        </div>
    }
}
