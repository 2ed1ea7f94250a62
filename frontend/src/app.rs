//! The root component: owns the state, opens storage, picks the language, registers the service worker,
//! and lays out the frame around the routed page.

use crate::components::{Banners, BottomNav, LanguageSwitch, SyncIndicator, UndoToast};
use crate::hooks::{AllMessages, AppHandle, RepoHandle, Runner, SyncHandle};
use crate::pages::switch;
use crate::route::Route;
use crate::router::{Router, use_navigator, use_route};
use crate::services::links::LinksHandle;
use crate::services::storage::Settings;
use crate::services::{locales, repo::Repo, sw};
use crate::store::{Action, AppState, Phase, SyncStatus};
use i18n::Localizer;
use std::rc::Rc;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::spawn_local;
use yew::prelude::*;

/// The app.
#[function_component]
pub fn App() -> Html {
    let state = use_reducer(AppState::default);
    let repo = use_state(|| None::<RepoHandle>);
    let sync = use_state(|| None::<SyncHandle>);
    let links = use_state(|| None::<LinksHandle>);
    let tag = current_locale(&state);
    {
        let dispatcher = state.dispatcher();
        let repo = repo.clone();
        use_effect_with((), move |_| {
            let notify = {
                let dispatcher = dispatcher.clone();
                Callback::from(move |action| dispatcher.dispatch(action))
            };
            let loaded = dispatcher.clone();
            spawn_local(async move {
                match Repo::open(notify.clone(), tag).await {
                    Ok((opened, booklet, settings)) => {
                        repo.set(Some(RepoHandle(opened.clone())));
                        loaded.dispatch(Action::Loaded { booklet, settings });
                    }
                    Err(error) => loaded.dispatch(Action::Unavailable(error)),
                }
            });
        });
    }

    // The language is fetched on demand; the one on screen stays until the next has arrived. Until the first
    // screen is up its first file is enough; from then on (and for every later switch) both files, which the
    // lazily loaded screens need (`AllMessages`).
    let localizer = use_state(|| None::<Localizer>);
    let all_messages = use_state(|| false);
    let want_all = use_state(|| false);
    let generation = use_mut_ref(|| 0_u32);
    {
        let localizer = localizer.clone();
        let all_messages = all_messages.clone();
        use_effect_with((tag, *want_all), move |(tag, want_all)| {
            let (tag, want_all) = (*tag, *want_all);
            let on_screen = localizer.as_ref().is_some_and(|l| l.tag() == tag);
            if !on_screen || (want_all && !*all_messages) {
                // A later request wins over one still under way.
                *generation.borrow_mut() += 1;
                let this = *generation.borrow();
                spawn_local(async move {
                    let loaded = load_locale_patiently(tag, want_all).await;
                    if *generation.borrow() == this {
                        set_document_language(loaded.tag());
                        localizer.set(Some(loaded));
                        all_messages.set(want_all);
                    }
                });
            }
        });
    }
    // After the first entry, ask the browser to keep our storage under pressure, and remember its answer
    // (Settings shows it). Asking on an empty booklet would be a prompt about nothing.
    {
        let should_ask = state.booklet.entry_count() > 0 && state.settings.persisted.is_none();
        let repo = (*repo).clone();
        let settings = state.settings.clone();
        use_effect_with((should_ask, repo.is_some()), move |(ask, has_repo)| {
            if *ask
                && *has_repo
                && let Some(repo) = repo
            {
                spawn_local(async move {
                    let granted = crate::services::files::request_persistence().await;
                    let _ = repo
                        .0
                        .save_settings(Settings {
                            persisted: granted,
                            ..settings
                        })
                        .await;
                });
            }
        });
    }
    // A performance mark when the stored booklet is first on screen: the benchmark's "interactive". Only then
    // the rest of the language's messages and the engines follow, from their lazily loaded parts, so their
    // downloads never delay the first screen: link shares (live uploads, the proposals inbox), then backup
    // and sync (which does nothing while off; while on, the repository already records every change).
    use_effect_with(state.phase == Phase::Ready, move |ready| {
        if *ready && let Some(performance) = web_sys::window().and_then(|w| w.performance()) {
            let _ = performance.mark("begleitheft-ready");
        }
    });
    {
        // Also without storage (the advisor's pages work without IndexedDB): the first screen is settled.
        let want_all = want_all.clone();
        let dispatcher = state.dispatcher();
        use_effect_with(state.phase != Phase::Loading, move |settled| {
            if *settled {
                want_all.set(true);
                // The code that changes the booklet, so that the first tap finds it here; a command run
                // before it arrives waits in the repository's queue (`services::repo`).
                wasm_bindgen_futures::spawn_local(async {
                    let _ = crate::lazy::write_part().await;
                });
                // The service worker's precache (the whole build, every language) downloads from here on.
                sw::register(move || dispatcher.dispatch(Action::UpdateReady));
            }
        });
    }
    {
        let repo = (*repo).clone();
        let dispatcher = state.dispatcher();
        let links = links.clone();
        let sync = sync.clone();
        let started = use_mut_ref(|| false);
        // The engines' messages (errors in the banner) are in the second file: they start once it is here.
        use_effect_with((*all_messages, repo.is_some()), move |(all, _)| {
            if *all
                && let Some(repo) = repo
                && !started.replace(true)
            {
                let notify = Callback::from(move |action| dispatcher.dispatch(action));
                spawn_local(start_engines(repo.0, notify, links, sync));
            }
        });
    }

    let Some(localizer) = (*localizer).clone() else {
        // No words yet, so no text: the same spinner as index.html.
        return html! { <div class="boot-spinner" role="status" aria-busy="true"></div> };
    };
    let handle = AppHandle {
        state,
        repo: (*repo).clone(),
        sync: (*sync).clone(),
    };
    html! {
        <ContextProvider<Localizer> context={localizer}>
          <ContextProvider<AllMessages> context={AllMessages(*all_messages)}>
            <ContextProvider<Runner> context={handle.runner()}>
            <ContextProvider<AppHandle> context={handle}>
                <ContextProvider<Option<LinksHandle>> context={(*links).clone()}>
                    <Router>
                        <Frame />
                    </Router>
                </ContextProvider<Option<LinksHandle>>>
            </ContextProvider<AppHandle>>
            </ContextProvider<Runner>>
          </ContextProvider<AllMessages>>
        </ContextProvider<Localizer>>
    }
}

/// Header, messages, the routed page and the navigation.
#[function_component]
fn Frame() -> Html {
    let t = crate::hooks::use_t();
    let app = crate::hooks::use_app();
    // A share link opened while the app is already open only changes the fragment: re-render on it, so the
    // viewer appears (or disappears) without a reload.
    let rerender = use_force_update();
    {
        use_effect_with((), move |_| {
            let listener =
                wasm_bindgen::closure::Closure::<dyn FnMut()>::new(move || rerender.force_update());
            let window = web_sys::window();
            if let Some(w) = &window {
                let _ = w.add_event_listener_with_callback("hashchange", listener.as_ref().unchecked_ref());
            }
            move || {
                if let Some(w) = window {
                    let _ = w
                        .remove_event_listener_with_callback("hashchange", listener.as_ref().unchecked_ref());
                }
            }
        });
    }
    // A link share (`#BHL1:…`) leaves the address at once: it is kept in this tab and shown at /link (see
    // `services::advisor` for why), so neither the history nor the address bar keeps its key.
    let hash = web_sys::window()
        .and_then(|w| w.location().hash().ok())
        .unwrap_or_default();
    let link_in_hash = crate::services::advisor::is_link_fragment(&hash);
    {
        let navigator = use_navigator();
        use_effect_with(hash, move |_| {
            if crate::services::advisor::capture_fragment() {
                navigator.replace(&Route::Link);
            }
        });
    }
    let route = use_route();
    // Pages render only once the stored booklet is loaded: an empty booklet shown meanwhile would look like
    // lost data, and an edit made then would have no storage to go to.
    let page = match app.state.phase {
        Phase::Loading => html! {
            <div class="boot-spinner" role="status" aria-busy="true">
                <span class="visually-hidden">{ t.text("loading") }</span>
            </div>
        },
        // Until the link has moved to /link, nothing of the booklet shows.
        Phase::Ready if link_in_hash => {
            html! { <div class="boot-spinner" role="status" aria-busy="true"></div> }
        }
        // A share URL shows the read-only viewer, never the reader's own booklet.
        Phase::Ready => match crate::pages::viewer::current_share_url() {
            Some(url) => html! {
                <crate::lazy::LazyPage show={crate::lazy::Show::Viewer(url)} part={crate::lazy::Part::Share} />
            },
            None => switch(route.clone()),
        },
        // Reading a link share and the advisor's pages keep nothing in IndexedDB: they work without it.
        Phase::Unavailable(_) if matches!(route, Route::Link | Route::Advisor) => switch(route.clone()),
        Phase::Unavailable(_) => html! {},
    };
    // A first start (empty booklet, sync off) offers restoring a backup from another phone.
    let offer_restore = app.state.phase == Phase::Ready
        && route == Route::Home
        && app.state.sync == SyncStatus::Off
        && app.state.booklet.entry_count() == 0
        && crate::pages::viewer::current_share_url().is_none();
    html! {
        <div class="app">
            <header class="app-header">
                <h1>{ t.text("app-title") }</h1>
                <SyncIndicator />
                <LanguageSwitch />
            </header>
            <main id="main">
                <Banners />
                if offer_restore { <crate::pages::restore::RestoreHint /> }
                { page }
            </main>
            <UndoToast />
            <BottomNav />
        </div>
    }
}

/// Starts the link-share and sync engines from their parts. A part that cannot be fetched now (a first visit
/// that went offline) is tried again with a growing pause: its engine is what keeps live shares and the
/// backup up to date.
async fn start_engines(
    repo: Rc<Repo>,
    notify: Callback<Action>,
    links: UseStateHandle<Option<LinksHandle>>,
    sync: UseStateHandle<Option<SyncHandle>>,
) {
    let mut pause_ms = 1_000;
    let (mut links_started, mut sync_started) = (false, false);
    loop {
        if !links_started && let Ok(part) = crate::lazy::links_part().await {
            links.set(Some((part.start)(repo.clone(), notify.clone())));
            links_started = true;
        }
        if !sync_started && let Ok(part) = crate::lazy::sync_part().await {
            sync.set(Some((part.start)(repo.clone(), notify.clone())));
            sync_started = true;
        }
        if links_started && sync_started {
            return;
        }
        gloo_timers::future::TimeoutFuture::new(pause_ms).await;
        pause_ms = (pause_ms * 2).min(60_000);
    }
}

/// Loads a locale (its first file, or with `all` both), falling back to German, and retrying with a growing
/// pause while the network is down (only a first visit can lack the files: afterwards the service worker has
/// them all).
async fn load_locale_patiently(tag: &'static str, all: bool) -> Localizer {
    let mut pause_ms = 500;
    loop {
        let load = |tag| async move {
            if all {
                locales::load_complete(tag).await
            } else {
                locales::load(tag).await
            }
        };
        if let Some(l) = load(tag).await {
            return l;
        }
        if let Some(l) = load("de").await {
            return l;
        }
        gloo_timers::future::TimeoutFuture::new(pause_ms).await;
        pause_ms = (pause_ms * 2).min(10_000);
    }
}

/// The booklet's chosen language, else the browser's best match among ours.
fn current_locale(state: &AppState) -> &'static str {
    let available = locales::available();
    let chosen = &state.booklet.profile.ui_language;
    if let Some(info) = i18n::locale(chosen)
        && available.iter().any(|(l, _)| l.tag == info.tag)
    {
        return info.tag;
    }
    let languages: Vec<String> = web_sys::window()
        .map(|w| {
            w.navigator()
                .languages()
                .iter()
                .filter_map(|v| v.as_string())
                .collect()
        })
        .unwrap_or_default();
    let refs: Vec<&str> = languages.iter().map(String::as_str).collect();
    let best = i18n::negotiate(&refs);
    if available.iter().any(|(l, _)| l.tag == best.tag) {
        best.tag
    } else {
        "de"
    }
}

/// `lang` and `dir` on the root element, so the whole layout mirrors for right-to-left languages.
fn set_document_language(tag: &str) {
    let Some(root) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.document_element())
    else {
        return;
    };
    let dir = i18n::locale(tag).map(|l| l.direction.html_dir()).unwrap_or("ltr");
    let _ = root.set_attribute("lang", tag);
    let _ = root.set_attribute("dir", dir);
}
