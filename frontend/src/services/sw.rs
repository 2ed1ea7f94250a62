//! Service worker registration and the "update available" flow: a new build installs in the background
//! and waits; the page shows a prompt, and only on confirmation tells the waiting worker to take over and
//! reloads — never a half-old, half-new app.

use wasm_bindgen::JsCast;
use wasm_bindgen::prelude::*;
use web_sys::{ServiceWorker, ServiceWorkerRegistration};

/// Registers `/sw.js`; calls `on_update` when a new version is installed and waiting.
pub fn register(on_update: impl Fn() + 'static) {
    let Some(window) = web_sys::window() else { return };
    let container = window.navigator().service_worker();
    let on_update = std::rc::Rc::new(on_update);
    let promise = container.register("/sw.js");
    wasm_bindgen_futures::spawn_local(async move {
        let Ok(registration) = wasm_bindgen_futures::JsFuture::from(promise).await else {
            web_sys::console::warn_1(&"service worker registration failed; the app works online only".into());
            return;
        };
        let registration: ServiceWorkerRegistration = registration.unchecked_into();
        // A worker already waiting (installed during an earlier visit) and an active one controlling us.
        if registration.waiting().is_some() && has_controller() {
            on_update();
        }
        let reg = registration.clone();
        let found = Closure::<dyn FnMut()>::new(move || {
            let Some(installing) = reg.installing() else {
                return;
            };
            let on_update = on_update.clone();
            let worker = installing.clone();
            let changed = Closure::<dyn FnMut()>::new(move || {
                if worker.state() == web_sys::ServiceWorkerState::Installed && has_controller() {
                    on_update();
                }
            });
            installing.set_onstatechange(Some(changed.as_ref().unchecked_ref()));
            changed.forget();
        });
        registration.set_onupdatefound(Some(found.as_ref().unchecked_ref()));
        found.forget();
    });
}

/// Tells the waiting worker to take over; the page reloads when it does.
pub fn apply_update() {
    let Some(window) = web_sys::window() else { return };
    let container = window.navigator().service_worker();
    let reload = Closure::<dyn FnMut()>::new(move || {
        if let Some(w) = web_sys::window() {
            let _ = w.location().reload();
        }
    });
    container.set_oncontrollerchange(Some(reload.as_ref().unchecked_ref()));
    reload.forget();
    wasm_bindgen_futures::spawn_local(async move {
        let Ok(reg) = wasm_bindgen_futures::JsFuture::from(container.get_registration()).await else {
            return;
        };
        let Ok(reg) = reg.dyn_into::<ServiceWorkerRegistration>() else {
            return;
        };
        if let Some(waiting) = reg.waiting() {
            post_skip_waiting(&waiting);
        }
    });
}

fn post_skip_waiting(worker: &ServiceWorker) {
    let message = js_sys::Object::new();
    let _ = js_sys::Reflect::set(&message, &"type".into(), &"skip-waiting".into());
    let _ = worker.post_message(&message);
}

fn has_controller() -> bool {
    web_sys::window().is_some_and(|w| w.navigator().service_worker().controller().is_some())
}
