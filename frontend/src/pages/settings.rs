//! Settings: language, backup and sync, storage on this device, export, import and print.

use crate::components::LanguageSwitch;
use crate::hooks::{use_app, use_t};
use crate::route::Route;
use crate::router::Link;
use crate::services::{files, format, repo};
use crate::store::Action;
use booklet::Booklet;
use i18n::Arg;
use std::rc::Rc;
use wasm_bindgen_futures::spawn_local;
use yew::prelude::*;

/// The settings screen.
#[function_component]
pub fn SettingsPage() -> Html {
    let t = use_t();
    let app = use_app();
    let tag = t.tag();
    // A validated booklet from a chosen file, waiting for the user's confirmation.
    let pending_import = use_state(|| None::<Rc<Booklet>>);
    let import_status = use_state(|| None::<&'static str>);
    {
        // The consent log is read here, the one screen that lists it, not on every start.
        let app = app.clone();
        use_effect_with((), move |_| {
            if app.state.consents.is_none()
                && let Some(repo) = app.repo.clone()
            {
                spawn_local(async move {
                    match repo.0.consents().await {
                        Ok(consents) => app.dispatch(Action::ConsentsRead(Rc::new(consents))),
                        Err(e) => app.dispatch(Action::Rejected(e.message_id())),
                    }
                });
            }
        });
    }

    let persisted = match app.state.settings.persisted {
        Some(true) => "storage-persisted-yes",
        Some(false) => "storage-persisted-no",
        None => "storage-persisted-unknown",
    };
    let ask_persist = {
        let app = app.clone();
        Callback::from(move |_| {
            let app = app.clone();
            spawn_local(async move {
                let granted = files::request_persistence().await;
                if let Some(repo) = &app.repo {
                    let mut settings = app.state.settings.clone();
                    settings.persisted = granted;
                    if let Err(e) = repo.0.save_settings(settings).await {
                        app.dispatch(Action::Rejected(e.message_id()));
                    }
                }
            });
        })
    };

    let export = {
        let app = app.clone();
        Callback::from(move |_| {
            let booklet = app.state.booklet.clone();
            let today = format::today();
            let text = booklet::export_json(&booklet, repo::now());
            if let Err(id) = files::download(&format!("begleitheft-{today}.json"), &text, "application/json")
            {
                app.dispatch(Action::Rejected(id));
                return;
            }
            let app = app.clone();
            spawn_local(async move {
                if let Some(repo) = &app.repo {
                    let mut settings = app.state.settings.clone();
                    settings.last_export = Some(today);
                    if let Err(e) = repo.0.save_settings(settings).await {
                        app.dispatch(Action::Rejected(e.message_id()));
                    }
                }
            });
        })
    };

    let choose_file = {
        let pending_import = pending_import.clone();
        let import_status = import_status.clone();
        Callback::from(move |e: Event| {
            let input: web_sys::HtmlInputElement = e.target_unchecked_into();
            let Some(file) = input.files().and_then(|f| f.get(0)) else {
                return;
            };
            input.set_value("");
            let pending_import = pending_import.clone();
            let import_status = import_status.clone();
            spawn_local(async move {
                let Some(text) = files::read_text(file).await else {
                    import_status.set(Some("import-error-unreadable"));
                    return;
                };
                // Everything is validated before anything is replaced.
                match booklet::import_json(&text) {
                    Ok(imported) => {
                        import_status.set(None);
                        pending_import.set(Some(Rc::new(imported)));
                    }
                    Err(e) => {
                        pending_import.set(None);
                        import_status.set(Some(e.message_id()));
                    }
                }
            });
        })
    };
    let confirm_import = {
        let app = app.clone();
        let pending_import = pending_import.clone();
        let import_status = import_status.clone();
        Callback::from(move |_| {
            let Some(imported) = (*pending_import).clone() else {
                return;
            };
            let Some(repo) = app.repo.clone() else { return };
            let pending_import = pending_import.clone();
            let import_status = import_status.clone();
            let app = app.clone();
            spawn_local(async move {
                match repo.0.replace((*imported).clone()).await {
                    Ok(()) => import_status.set(Some("import-done")),
                    Err(e) => app.dispatch(Action::Rejected(e.message_id())),
                }
                pending_import.set(None);
            });
        })
    };
    let cancel_import = {
        let pending_import = pending_import.clone();
        Callback::from(move |_| pending_import.set(None))
    };

    let last_export = match app.state.settings.last_export {
        Some(day) => t.text_args("export-last", &[("date", Arg::from(format::date_long(tag, day)))]),
        None => t.text("export-never"),
    };
    let current_count = app.state.booklet.entry_count();
    html! {
        <section data-page="settings">
            <h2>{ t.text("settings-title") }</h2>

            <div class="card">
                <h3>{ t.text("language-switch-label") }</h3>
                <LanguageSwitch id="settings-language" />
            </div>

            <crate::pages::sync::SyncSection />

            <div class="card">
                <h3>{ t.text("storage-title") }</h3>
                <p>{ t.text("storage-explain") }</p>
                <p data-testid="persisted" role="status">{ t.text(persisted) }</p>
                if app.state.settings.persisted != Some(true) {
                    <button class="secondary" onclick={ask_persist}>{ t.text("storage-ask-persist") }</button>
                }
            </div>

            <div class="card">
                <h3>{ t.text("export-title") }</h3>
                <p>{ t.text("export-explain") }</p>
                <p class="muted" data-testid="last-export">{ last_export }</p>
                <button id="export-button" onclick={export}>{ t.text("action-export") }</button>
            </div>

            <div class="card">
                <h3>{ t.text("import-title") }</h3>
                <p>{ t.text("import-explain") }</p>
                <label for="import-file" class="button secondary">{ t.text("action-import") }</label>
                <input id="import-file" class="visually-hidden" type="file" accept="application/json,.json"
                       aria-label={t.text("action-import")} onchange={choose_file} />
                if let Some(id) = *import_status {
                    <p role="alert" data-testid="import-status" class={if id == "import-done" { "banner" } else { "banner error" }}>
                        { t.text(id) }
                    </p>
                }
                if let Some(imported) = &*pending_import {
                    <div class="banner" role="alertdialog" aria-label={t.text("import-title")}>
                        <p class="grow">{ t.text_args("import-confirm", &[
                            ("current", Arg::from(current_count)),
                            ("incoming", Arg::from(imported.entry_count())),
                        ]) }</p>
                        <button class="danger" onclick={confirm_import}>{ t.text("action-import-confirm") }</button>
                        <button class="secondary" onclick={cancel_import}>{ t.text("action-cancel") }</button>
                    </div>
                }
            </div>

            <div class="card">
                <h3>{ t.text("link-list-title") }</h3>
                <p>{ t.text("link-list-explain") }</p>
                <Link to={Route::Links} classes="button secondary">
                    <span id="settings-links">{ t.text("link-list-open") }</span>
                </Link>
            </div>

            <div class="card">
                <h3>{ t.text("consent-title") }</h3>
                if app.state.consents.as_ref().is_some_and(|c| c.is_empty()) {
                    <p class="muted">{ t.text("consent-none") }</p>
                } else if let Some(consents) = &app.state.consents {
                    <ul class="list" data-testid="consent-log">
                        { for consents.iter().rev().map(|c| {
                            let [goals, steps, contacts, appointments] = c.counts;
                            let mut what = Vec::new();
                            if goals > 0 {
                                what.push(t.text_args("share-count-goals", &[("goals", Arg::from(goals)), ("steps", Arg::from(steps))]));
                            }
                            if contacts > 0 {
                                what.push(t.text_args("share-count-contacts", &[("count", Arg::from(contacts))]));
                            }
                            if appointments > 0 {
                                what.push(t.text_args("share-count-appointments", &[("count", Arg::from(appointments))]));
                            }
                            html! {
                                <li class="consent">
                                    <strong>{ format::date_long(tag, c.at.date()) }</strong>
                                    if !c.recipient.is_empty() { { " · " }<bdi dir="auto">{ &c.recipient }</bdi> }
                                    <div class="small">{ what.join(", ") }</div>
                                    <div class="small muted" data-channel={c.channel.clone()}>
                                        { t.text(match c.channel.as_str() {
                                            "link" => "consent-channel-link",
                                            "link-revoked" => "consent-channel-link-revoked",
                                            _ => "consent-channel-offline-qr",
                                        }) }
                                        if c.channel != "link-revoked" {
                                            { " · " }{ t.text_args("share-until", &[("date", format::date_long(tag, c.until).into())]) }
                                        }
                                    </div>
                                </li>
                            }
                        }) }
                    </ul>
                }
            </div>

            <div class="card no-print">
                <h3>{ t.text("print-title") }</h3>
                <Link to={Route::Print} classes="button secondary">{ t.text("action-print") }</Link>
            </div>
        </section>
    }
}
