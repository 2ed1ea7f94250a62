//! Scan: read a QR code with the camera, or from a photo. A Begleitheft share opens in the read-only viewer,
//! a link share in the link viewer; anything else (a vaccination certificate, a health card, another website)
//! gets its own message.

use crate::hooks::use_t;
use crate::services::{advisor, format, scan};
use booklet::codec::{self, ScanError};
use std::cell::RefCell;
use std::rc::Rc;
use wasm_bindgen_futures::spawn_local;
use yew::prelude::*;

/// What the last attempt gave.
#[derive(Clone, Copy, PartialEq)]
enum Outcome {
    Looking,
    Problem(&'static str),
}

/// Opens a scanned text: a share goes to the viewer (which shows valid, expired or damaged), anything else
/// is named.
fn open_scanned(text: &str) -> Result<(), &'static str> {
    // A link share (`…#BHL1:…`), intact or damaged, goes to the link viewer: the app moves it from the
    // fragment to /link at once (`app.rs`).
    let trimmed = text.trim();
    let fragment = trimmed.split_once('#').map_or(trimmed, |(_, f)| f);
    if advisor::is_link_fragment(fragment) {
        if let Some(w) = web_sys::window() {
            let _ = w.location().set_hash(fragment);
        }
        return Ok(());
    }
    let upper = text.to_ascii_uppercase();
    let prefix = codec::FRAGMENT_PREFIX;
    if let Some(at) = upper.find(prefix) {
        if let Some(w) = web_sys::window() {
            let _ = w.location().set_hash(&text[at..]);
        }
        return Ok(());
    }
    match codec::read_scanned(text, format::today()) {
        Ok(_) => Ok(()),
        Err(e @ ScanError::Foreign(_)) => Err(e.message_id()),
        Err(e) => Err(e.message_id()),
    }
}

/// The scan screen.
#[function_component]
pub fn ScanPage() -> Html {
    let t = use_t();
    let outcome = use_state(|| None::<Outcome>);
    let video = use_node_ref();
    // The running camera stream, so it can be stopped when leaving or on success.
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
    let start = {
        let (outcome, video, stream) = (outcome.clone(), video.clone(), stream.clone());
        Callback::from(move |_| {
            let Some(el) = video.cast::<web_sys::HtmlVideoElement>() else {
                return;
            };
            let (outcome, stream) = (outcome.clone(), stream.clone());
            spawn_local(async move {
                match scan::start_camera(&el).await {
                    Ok(s) => {
                        *stream.borrow_mut() = Some(s);
                        outcome.set(Some(Outcome::Looking));
                        watch(el, stream, outcome).await;
                    }
                    Err(problem) => outcome.set(Some(Outcome::Problem(problem.message_id()))),
                }
            });
        })
    };
    let photo = {
        let outcome = outcome.clone();
        Callback::from(move |e: Event| {
            let input: web_sys::HtmlInputElement = e.target_unchecked_into();
            let Some(file) = input.files().and_then(|f| f.get(0)) else {
                return;
            };
            input.set_value("");
            let outcome = outcome.clone();
            spawn_local(async move {
                let result = scan::read_photo(file)
                    .await
                    .map_err(|p| p.message_id())
                    .and_then(|text| open_scanned(&text));
                outcome.set(result.err().map(Outcome::Problem));
            });
        })
    };
    html! {
        <section data-page="scan">
            <h2>{ t.text("scan-title") }</h2>
            <div class="form-actions">
                <button onclick={start}>{ t.text("scan-camera") }</button>
                <label for="scan-photo" class="button secondary">{ t.text("scan-photo") }</label>
                <input id="scan-photo" class="visually-hidden" type="file" accept="image/*" capture="environment"
                    aria-label={t.text("scan-photo")} onchange={photo} />
            </div>
            <video ref={video} class="scan-video" muted=true playsinline=true aria-hidden="true"
                hidden={*outcome != Some(Outcome::Looking)}></video>
            { match *outcome {
                Some(Outcome::Looking) => html! { <p role="status">{ t.text("scan-looking") }</p> },
                Some(Outcome::Problem(id)) => html! { <p class="banner error" role="alert" data-testid="scan-problem">{ t.text(id) }</p> },
                None => html! {},
            } }
        </section>
    }
}

/// Reads camera frames a few times a second until a code is found or the camera stops.
async fn watch(
    video: web_sys::HtmlVideoElement,
    stream: Rc<RefCell<Option<web_sys::MediaStream>>>,
    outcome: UseStateHandle<Option<Outcome>>,
) {
    while stream.borrow().is_some() {
        if let Some(text) = scan::read_video_frame(&video).await {
            if let Some(s) = stream.borrow_mut().take() {
                scan::stop_camera(&s);
            }
            outcome.set(open_scanned(&text).err().map(Outcome::Problem));
            return;
        }
        gloo_timers::future::TimeoutFuture::new(200).await;
    }
}
