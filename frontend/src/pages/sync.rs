//! Settings → "Back up and sync": off by default. Turning it on first says in plain words what is stored
//! where, then sets up the space and shows the recovery code once (text and QR). Turning it off asks whether
//! the server's copy goes too.

use crate::components::SyncStatusLine;
use crate::hooks::{use_app, use_t};
use crate::pages::copy_text;
use crate::route::Route;
use crate::router::Link;
use crate::services::qr;
use crate::services::sync::SyncError;
use crate::store::SyncStatus;
use wasm_bindgen_futures::spawn_local;
use yew::prelude::*;

/// Where the section stands.
#[derive(Clone, PartialEq)]
enum Step {
    /// Off or on, nothing asked.
    Idle,
    /// The explanation before turning on.
    Intro,
    /// Turning on, off or deleting.
    Working,
    /// The recovery code, shown once.
    Code {
        /// `7K3M-9QXA-…`.
        code: String,
        /// The `BHR1:` QR as SVG (absent if it could not be made; the text is what matters).
        svg: Option<String>,
    },
    /// "Delete the backup on the server too?"
    AskOff,
    /// Turned off; whether the backup was deleted.
    Off {
        /// The backup on the server was deleted.
        deleted: bool,
    },
}

/// The "Back up and sync" card in Settings.
#[function_component]
pub fn SyncSection() -> Html {
    let t = use_t();
    let app = use_app();
    let step = use_state(|| Step::Idle);
    let problem = use_state(|| None::<SyncError>);
    let copied = use_state(|| false);
    let on = app.state.sync != SyncStatus::Off;

    let goto = |to: Step| {
        let (step, problem) = (step.clone(), problem.clone());
        Callback::from(move |_| {
            problem.set(None);
            step.set(to.clone());
        })
    };
    let start = {
        let (app, step, problem) = (app.clone(), step.clone(), problem.clone());
        Callback::from(move |_| {
            let (app, step, problem) = (app.clone(), step.clone(), problem.clone());
            step.set(Step::Working);
            problem.set(None);
            spawn_local(async move {
                match app.turn_sync_on().await {
                    Ok(secret) => {
                        let svg = qr::render("", &secret.to_qr_text()).ok().map(|q| q.svg);
                        step.set(Step::Code {
                            code: secret.to_code(),
                            svg,
                        });
                    }
                    Err(e) => {
                        // A half-done setup is undone, so "on" never means "without a code shown".
                        let _ = app.turn_sync_off(false).await;
                        problem.set(Some(e));
                        step.set(Step::Intro);
                    }
                }
            });
        })
    };
    let turn_off = |delete: bool| {
        let (app, step, problem) = (app.clone(), step.clone(), problem.clone());
        Callback::from(move |_| {
            let (app, step, problem) = (app.clone(), step.clone(), problem.clone());
            step.set(Step::Working);
            spawn_local(async move {
                match app.turn_sync_off(delete).await {
                    Ok(()) => step.set(Step::Off { deleted: delete }),
                    Err(e) => {
                        problem.set(Some(e));
                        step.set(Step::AskOff);
                    }
                }
            });
        })
    };
    let sync_now = {
        let app = app.clone();
        Callback::from(move |_| app.sync_now())
    };

    let body = match &*step {
        Step::Working => html! {
            <p role="status" aria-busy="true" id="sync-working">{ t.text("sync-setting-up") }</p>
        },
        Step::Intro => html! {
            <div class="sync-intro" role="group" aria-labelledby="sync-intro-title">
                <h4 id="sync-intro-title">{ t.text("sync-intro-title") }</h4>
                <p><strong>{ t.text("sync-intro-encrypted") }</strong></p>
                <p>{ t.text("sync-intro-code") }</p>
                <p>{ t.text("sync-intro-write-down") }</p>
                <div class="form-actions">
                    <button id="sync-start" onclick={start}>{ t.text("sync-action-start") }</button>
                    <button class="secondary" onclick={goto(Step::Idle)}>{ t.text("action-cancel") }</button>
                </div>
            </div>
        },
        Step::Code { code, svg } => {
            let copy = {
                let (code, copied) = (code.clone(), copied.clone());
                Callback::from(move |_| {
                    copy_text(&code);
                    copied.set(true);
                })
            };
            let written = {
                let (step, copied) = (step.clone(), copied.clone());
                Callback::from(move |_| {
                    copied.set(false);
                    step.set(Step::Idle);
                })
            };
            html! {
                <div class="recovery" role="group" aria-labelledby="sync-code-title">
                    <h4 id="sync-code-title">{ t.text("sync-code-title") }</h4>
                    <p>{ t.text("sync-code-explain") }</p>
                    <p id="sync-recovery-code" class="recovery-code" dir="ltr" translate="no">{ code }</p>
                    if let Some(svg) = svg {
                        <figure class="qr" aria-label={t.text("sync-code-qr-label")} role="img">
                            { Html::from_html_unchecked(AttrValue::from(svg.clone())) }
                        </figure>
                    }
                    <div class="form-actions">
                        <button class="secondary" id="sync-copy-code" onclick={copy}>{ t.text("sync-action-copy") }</button>
                        <button id="sync-code-written" onclick={written}>{ t.text("sync-action-written-down") }</button>
                    </div>
                    if *copied { <p role="status" class="muted">{ t.text("sync-code-copied") }</p> }
                </div>
            }
        }
        Step::AskOff => html! {
            <div class="banner" role="alertdialog" aria-labelledby="sync-off-question">
                <p class="grow" id="sync-off-question">{ t.text("sync-off-question") }</p>
                <button class="secondary" id="sync-off-keep" onclick={turn_off(false)}>{ t.text("sync-action-off-keep") }</button>
                <button class="danger" id="sync-off-delete" onclick={turn_off(true)}>{ t.text("sync-action-off-delete") }</button>
                <button class="secondary" onclick={goto(Step::Idle)}>{ t.text("action-cancel") }</button>
            </div>
        },
        Step::Idle | Step::Off { .. } if on => html! {
            <div class="form-actions">
                <button class="secondary" id="sync-now" onclick={sync_now}>{ t.text("sync-action-now") }</button>
                <button class="secondary" id="sync-turn-off" onclick={goto(Step::AskOff)}>{ t.text("sync-action-turn-off") }</button>
            </div>
        },
        Step::Idle | Step::Off { .. } => html! {
            <>
                if let Step::Off { deleted } = &*step {
                    <p role="status" id="sync-off-done">{ t.text(if *deleted { "sync-off-deleted" } else { "sync-off-kept" }) }</p>
                }
                <div class="form-actions">
                    <button id="sync-turn-on" onclick={goto(Step::Intro)}>{ t.text("sync-action-turn-on") }</button>
                    <Link to={Route::Restore} classes="button secondary">
                        <span id="sync-restore-link">{ t.text("sync-action-restore") }</span>
                    </Link>
                </div>
            </>
        },
    };
    html! {
        <div class="card" data-testid="sync-section">
            <h3>{ t.text("sync-title") }</h3>
            <p>{ t.text("sync-explain") }</p>
            <SyncStatusLine />
            if let Some(e) = &*problem {
                <p class="banner error" role="alert" id="sync-problem">{ t.text_args(e.message_id(), &e.args()) }</p>
            }
            { body }
        </div>
    }
}
