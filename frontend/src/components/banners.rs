//! Messages above every page: storage unavailable, the last error, an update waiting.

use crate::hooks::{use_app, use_t};
use crate::services::sw;
use crate::store::{Action, Phase};
use yew::prelude::*;

/// The banners for the current state.
#[function_component]
pub fn Banners() -> Html {
    let t = use_t();
    let app = use_app();
    let state = &app.state;
    let unavailable = match &state.phase {
        Phase::Unavailable(e) => html! {
            <div class="banner error" role="alert">{ t.text(e.message_id()) }</div>
        },
        _ => html! {},
    };
    let error = state.error.map(|id| {
        let dismiss = {
            let app = app.clone();
            Callback::from(move |_| app.dispatch(Action::DismissError))
        };
        html! {
            <div class="banner error" role="alert">
                <span class="grow">{ t.text(id) }</span>
                <button class="secondary" onclick={dismiss}>{ t.text("action-dismiss") }</button>
            </div>
        }
    });
    let update = state.update_ready.then(|| {
        html! {
            <div class="banner" role="status">
                <span class="grow">{ t.text("update-available") }</span>
                <button onclick={Callback::from(|_| sw::apply_update())}>{ t.text("action-update") }</button>
            </div>
        }
    });
    html! { <>{ unavailable }{ for error }{ for update }</> }
}
