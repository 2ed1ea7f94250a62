//! The advisor's page (`/advisor`): log in with e-mail and password, then the workspace — the still-valid
//! shares this advisor opened, each opened again with the key kept in this browser (a share opened on another
//! device is listed without one) — and logging out. The session is the server's HttpOnly cookie; the page
//! learns whether there is one from `/me`.

use crate::hooks::use_t;
use crate::pages::link_viewer::date_of;
use crate::pages::value_of;
use crate::route::Route;
use crate::router::use_navigator;
use crate::services::advisor::{self, Account, AdvisorError, WorkspaceShare};
use i18n::Arg;
use wasm_bindgen_futures::spawn_local;
use yew::prelude::*;

/// Where the page stands.
#[derive(Clone, Debug, PartialEq)]
enum Phase {
    /// Asking `/me`.
    Checking,
    /// Not logged in; with the reason when a try failed or the session ended.
    LoggedOut(Option<AdvisorError>),
    /// Logging in.
    LoggingIn,
    /// Logged in.
    LoggedIn(Account),
}

/// The advisor page.
#[function_component]
pub fn AdvisorPage() -> Html {
    let t = use_t();
    let phase = use_state(|| Phase::Checking);
    let (email, password) = (use_node_ref(), use_node_ref());
    {
        let phase = phase.clone();
        use_effect_with((), move |_| {
            spawn_local(async move {
                phase.set(match advisor::account().await {
                    Ok(Some(account)) => Phase::LoggedIn(account),
                    Ok(None) => Phase::LoggedOut(None),
                    Err(e) => Phase::LoggedOut(Some(e)),
                });
            });
        });
    }
    let login = {
        let (phase, email, password) = (phase.clone(), email.clone(), password.clone());
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            let (address, secret) = (value_of(&email), value_of(&password));
            if address.trim().is_empty() || secret.is_empty() {
                return;
            }
            let phase = phase.clone();
            phase.set(Phase::LoggingIn);
            spawn_local(async move {
                phase.set(match advisor::login(&address, &secret).await {
                    Ok(account) => Phase::LoggedIn(account),
                    Err(e) => Phase::LoggedOut(Some(e)),
                });
            });
        })
    };
    let ended = {
        let phase = phase.clone();
        Callback::from(move |reason: Option<AdvisorError>| phase.set(Phase::LoggedOut(reason)))
    };
    let body = match &*phase {
        Phase::Checking => html! { <div class="boot-spinner" role="status" aria-busy="true"></div> },
        Phase::LoggedIn(account) => html! { <Workspace account={account.clone()} onended={ended} /> },
        Phase::LoggedOut(_) | Phase::LoggingIn => {
            let busy = *phase == Phase::LoggingIn;
            let problem = match &*phase {
                Phase::LoggedOut(Some(e)) => Some(error_text(&t, e)),
                _ => None,
            };
            html! {
                <form class="card advisor-login" onsubmit={login}>
                    <p class="muted">{ t.text("advisor-login-explain") }</p>
                    if let Some(text) = problem {
                        <p id="advisor-error" class="banner error" role="alert">{ text }</p>
                    }
                    <label for="advisor-email">{ t.text("advisor-email") }</label>
                    <input id="advisor-email" ref={email} type="email" autocomplete="username" required=true
                        dir="ltr" inputmode="email" />
                    <label for="advisor-password">{ t.text("advisor-password") }</label>
                    <input id="advisor-password" ref={password} type="password" autocomplete="current-password"
                        required=true dir="ltr" />
                    <div class="form-actions">
                        <button type="submit" id="advisor-login" disabled={busy}>
                            { if busy { t.text("advisor-logging-in") } else { t.text("advisor-login") } }
                        </button>
                    </div>
                </form>
            }
        }
    };
    html! {
        <section data-page="advisor">
            <h2>{ t.text("advisor-title") }</h2>
            { body }
        </section>
    }
}

/// The message of a failed login, logout or workspace request.
fn error_text(t: &i18n::Localizer, e: &AdvisorError) -> String {
    t.text(match e {
        AdvisorError::Offline => "advisor-error-offline",
        AdvisorError::Busy => "advisor-error-busy",
        AdvisorError::BadLogin | AdvisorError::Unauthorized => e.message_id(),
        _ => "advisor-error-server",
    })
}

#[derive(Properties, PartialEq)]
struct WorkspaceProps {
    account: Account,
    /// The session ended (logged out, or expired: then with the reason).
    onended: Callback<Option<AdvisorError>>,
}

/// What the workspace list shows.
#[derive(Clone, Debug, PartialEq)]
enum Listing {
    Loading,
    Loaded(Vec<WorkspaceShare>),
    Failed(AdvisorError),
}

/// The logged-in advisor's workspace.
#[function_component]
fn Workspace(props: &WorkspaceProps) -> Html {
    let t = use_t();
    let navigator = use_navigator();
    let listing = use_state(|| Listing::Loading);
    let logout_problem = use_state(|| None::<AdvisorError>);
    let refresh = {
        let (listing, onended) = (listing.clone(), props.onended.clone());
        Callback::from(move |_: ()| {
            let (listing, onended) = (listing.clone(), onended.clone());
            listing.set(Listing::Loading);
            spawn_local(async move {
                match advisor::workspace().await {
                    Ok(shares) => listing.set(Listing::Loaded(shares)),
                    Err(AdvisorError::Unauthorized) => onended.emit(Some(AdvisorError::Unauthorized)),
                    Err(e) => listing.set(Listing::Failed(e)),
                }
            });
        })
    };
    {
        let refresh = refresh.clone();
        use_effect_with((), move |_| refresh.emit(()));
    }
    let logout = {
        let (onended, logout_problem) = (props.onended.clone(), logout_problem.clone());
        Callback::from(move |_| {
            let (onended, logout_problem) = (onended.clone(), logout_problem.clone());
            spawn_local(async move {
                match advisor::logout().await {
                    Ok(()) => onended.emit(None),
                    Err(e) => logout_problem.set(Some(e)),
                }
            });
        })
    };
    let open = |id: String| {
        let navigator = navigator.clone();
        Callback::from(move |_| {
            if let Some(link) = advisor::kept_link(&id).and_then(|k| k.link()) {
                advisor::set_current_link_text(&link.to_fragment());
                navigator.push(&Route::Link);
            }
        })
    };
    let tag = t.tag();
    let list = match &*listing {
        Listing::Loading => html! { <div class="boot-spinner" role="status" aria-busy="true"></div> },
        Listing::Failed(e) => html! { <p class="banner error" role="alert">{ error_text(&t, e) }</p> },
        Listing::Loaded(shares) if shares.is_empty() => {
            html! { <p class="empty">{ t.text("advisor-workspace-none") }</p> }
        }
        Listing::Loaded(shares) => html! {
            <ul class="list" aria-label={t.text("advisor-workspace-title")}>
                { for shares.iter().map(|share| {
                    let kept = advisor::kept_link(&share.id).filter(|k| k.link().is_some());
                    let label = kept
                        .as_ref()
                        .map(|k| k.label.clone())
                        .filter(|l| !l.trim().is_empty())
                        .unwrap_or_else(|| t.text("advisor-workspace-untitled"));
                    html! {
                        <li key={share.id.clone()} class="card workspace-share" data-share-id={share.id.clone()}
                            data-key-here={kept.is_some().to_string()}>
                            <strong><bdi dir="auto">{ label.clone() }</bdi></strong>
                            if let Some(ms) = share.opened_at {
                                <div class="muted small">{ t.text_args("advisor-workspace-opened", &[("date", Arg::from(date_of(tag, ms)))]) }</div>
                            }
                            if let Some(ms) = share.expires_at {
                                <div class="muted small">{ t.text_args("advisor-workspace-until", &[("date", Arg::from(date_of(tag, ms)))]) }</div>
                            }
                            if kept.is_some() {
                                <div class="form-actions">
                                    <button class="workspace-open" onclick={open(share.id.clone())}
                                        aria-label={t.text_args("advisor-workspace-open-named", &[("label", Arg::from(label))])}>
                                        { t.text("advisor-workspace-open") }
                                    </button>
                                </div>
                            } else {
                                <p class="muted small workspace-elsewhere">{ t.text("advisor-workspace-elsewhere") }</p>
                            }
                        </li>
                    }
                }) }
            </ul>
        },
    };
    let reload = {
        let refresh = refresh.clone();
        Callback::from(move |_| refresh.emit(()))
    };
    html! {
        <>
            <div class="row advisor-account">
                <p class="grow" id="advisor-signed-in">{ t.text_args("advisor-signed-in", &[("who", Arg::from(props.account.display()))]) }</p>
                <button id="advisor-logout" class="secondary" onclick={logout}>{ t.text("advisor-logout") }</button>
            </div>
            if let Some(e) = &*logout_problem {
                <p class="banner error" role="alert">{ error_text(&t, e) }</p>
            }
            <div class="row">
                <h3 class="grow">{ t.text("advisor-workspace-title") }</h3>
                <button id="advisor-refresh" class="secondary" onclick={reload}>{ t.text("advisor-workspace-refresh") }</button>
            </div>
            <p class="muted small">{ t.text("advisor-workspace-explain") }</p>
            { list }
        </>
    }
}
