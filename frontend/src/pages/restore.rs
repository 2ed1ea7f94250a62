//! Restore from a backup: type the recovery code (forgiving: case, spaces and dashes do not matter) or scan
//! its QR code; the backup is fetched, merged with whatever is on this phone, saved, and sync is turned on
//! with that code.

use crate::hooks::{use_app, use_t};
use crate::pages::value_of;
use crate::route::Route;
use crate::router::Link;
use crate::services::scan;
use crate::services::sync::SyncError;
use crate::store::SyncStatus;
use booklet::sync::crypto::{CryptoError, QR_PREFIX, RecoverySecret};
use std::cell::RefCell;
use std::rc::Rc;
use wasm_bindgen_futures::spawn_local;
use yew::prelude::*;

/// Reads a typed code or a scanned `BHR1:` text.
pub fn read_code(text: &str) -> Result<RecoverySecret, CryptoError> {
    let trimmed = text.trim();
    if trimmed.len() >= QR_PREFIX.len()
        && trimmed.is_char_boundary(QR_PREFIX.len())
        && trimmed[..QR_PREFIX.len()].eq_ignore_ascii_case(QR_PREFIX)
    {
        RecoverySecret::from_qr_text(trimmed)
    } else {
        RecoverySecret::from_code(trimmed)
    }
}

/// Where restoring stands.
#[derive(Clone, PartialEq)]
enum Outcome {
    Idle,
    Looking,
    Working,
    Done,
    Problem(SyncError),
}

/// The restore screen.
#[function_component]
pub fn RestorePage() -> Html {
    let t = use_t();
    let app = use_app();
    let outcome = use_state(|| Outcome::Idle);
    let input = use_node_ref();
    let video = use_node_ref();
    let stream = use_mut_ref(|| None::<web_sys::MediaStream>);
    {
        let stream = stream.clone();
        use_effect_with((), move |_| {
            move || {
                if let Some(s) = stream.borrow_mut().take() {
                    scan::stop_camera(&s);
                }
            }
        });
    }

    // One path for typed and scanned codes.
    let restore_text = {
        let (app, outcome) = (app.clone(), outcome.clone());
        Callback::from(move |text: String| {
            let secret = match read_code(&text) {
                Ok(secret) => secret,
                Err(e) => return outcome.set(Outcome::Problem(SyncError::Crypto(e))),
            };
            let (app, outcome) = (app.clone(), outcome.clone());
            outcome.set(Outcome::Working);
            spawn_local(async move {
                match app.restore_backup(secret).await {
                    Ok(()) => outcome.set(Outcome::Done),
                    Err(e) => outcome.set(Outcome::Problem(e)),
                }
            });
        })
    };
    let submit = {
        let (input, restore_text) = (input.clone(), restore_text.clone());
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            restore_text.emit(value_of(&input));
        })
    };
    let camera = {
        let (outcome, video, stream, restore_text, input) = (
            outcome.clone(),
            video.clone(),
            stream.clone(),
            restore_text.clone(),
            input.clone(),
        );
        Callback::from(move |_| {
            let Some(el) = video.cast::<web_sys::HtmlVideoElement>() else {
                return;
            };
            let (outcome, stream, restore_text, input) = (
                outcome.clone(),
                stream.clone(),
                restore_text.clone(),
                input.clone(),
            );
            spawn_local(async move {
                match scan::start_camera(&el).await {
                    Ok(s) => {
                        *stream.borrow_mut() = Some(s);
                        outcome.set(Outcome::Looking);
                        if let Some(text) = watch(&el, &stream).await {
                            fill(&input, &text);
                            restore_text.emit(text);
                        }
                    }
                    Err(problem) => outcome.set(Outcome::Problem(SyncError::Scan(problem.message_id()))),
                }
            });
        })
    };
    let photo = {
        let (outcome, restore_text, input) = (outcome.clone(), restore_text.clone(), input.clone());
        Callback::from(move |e: Event| {
            let field: web_sys::HtmlInputElement = e.target_unchecked_into();
            let Some(file) = field.files().and_then(|f| f.get(0)) else {
                return;
            };
            field.set_value("");
            let (outcome, restore_text, input) = (outcome.clone(), restore_text.clone(), input.clone());
            spawn_local(async move {
                match scan::read_photo(file).await {
                    Ok(text) => {
                        fill(&input, &text);
                        restore_text.emit(text);
                    }
                    Err(problem) => outcome.set(Outcome::Problem(SyncError::Scan(problem.message_id()))),
                }
            });
        })
    };

    let working = *outcome == Outcome::Working;
    html! {
        <section data-page="restore">
            <h2>{ t.text("restore-title") }</h2>
            <p>{ t.text("restore-explain") }</p>
            if app.state.sync != SyncStatus::Off && *outcome != Outcome::Done {
                <crate::components::SyncStatusLine />
            }
            <form class="card" onsubmit={submit}>
                <label for="restore-code">{ t.text("restore-code-label") }</label>
                <input id="restore-code" ref={input} dir="ltr" autocomplete="off" autocapitalize="characters"
                    spellcheck="false" class="recovery-input" disabled={working} />
                <div class="form-actions">
                    <button id="restore-submit" type="submit" disabled={working}>{ t.text("restore-action") }</button>
                </div>
            </form>
            <div class="form-actions">
                <button class="secondary" type="button" id="restore-scan" onclick={camera} disabled={working}>{ t.text("restore-scan-camera") }</button>
                <label for="restore-photo" class="button secondary">{ t.text("restore-scan-photo") }</label>
                <input id="restore-photo" class="visually-hidden" type="file" accept="image/*" capture="environment"
                    aria-label={t.text("restore-scan-photo")} onchange={photo} />
            </div>
            <video ref={video} class="scan-video" muted=true playsinline=true aria-hidden="true"
                hidden={*outcome != Outcome::Looking}></video>
            { match &*outcome {
                Outcome::Idle => html! {},
                Outcome::Looking => html! { <p role="status">{ t.text("scan-looking") }</p> },
                Outcome::Working => html! { <p role="status" aria-busy="true" id="restore-status" data-restore="working">{ t.text("restore-working") }</p> },
                Outcome::Done => html! {
                    <div class="banner" role="status" id="restore-status" data-restore="done">
                        <span class="grow">{ t.text("restore-done") }</span>
                        <Link to={Route::Home} classes="button">{ t.text("nav-home") }</Link>
                    </div>
                },
                Outcome::Problem(e) => html! {
                    <p class="banner error" role="alert" id="restore-status" data-restore="error">{ t.text_args(e.message_id(), &e.args()) }</p>
                },
            } }
        </section>
    }
}

/// Reads camera frames until a code is found or the camera stops; stops the camera when found.
async fn watch(
    video: &web_sys::HtmlVideoElement,
    stream: &Rc<RefCell<Option<web_sys::MediaStream>>>,
) -> Option<String> {
    while stream.borrow().is_some() {
        if let Some(text) = scan::read_video_frame(video).await {
            if let Some(s) = stream.borrow_mut().take() {
                scan::stop_camera(&s);
            }
            return Some(text);
        }
        gloo_timers::future::TimeoutFuture::new(200).await;
    }
    None
}

/// Shows a scanned code in the field, so the owner sees what is being restored.
fn fill(input: &NodeRef, text: &str) {
    if let Some(field) = input.cast::<web_sys::HtmlInputElement>() {
        field.set_value(text);
    }
}

/// A small card for the home screen of an empty booklet: "Did you back up on another phone?".
#[function_component]
pub fn RestoreHint() -> Html {
    let t = use_t();
    html! {
        <div class="card restore-hint">
            <p>{ t.text("restore-hint") }</p>
            <Link to={Route::Restore} classes="button secondary">
                <span id="restore-link">{ t.text("sync-action-restore") }</span>
            </Link>
        </div>
    }
}
