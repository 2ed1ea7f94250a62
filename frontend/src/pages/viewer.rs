//! The read-only view of a scanned share (`…/#BH1:…`). It is decoded in the browser, shown in the reader's
//! own language (catalogue entries translated, free text as written) and never stored: the reader's own
//! booklet is not touched. Expired, damaged and foreign codes each get their own message.

use crate::components::label::{code_text, free_text, ltr, title_html};
use crate::hooks::use_t;
use crate::services::format;
use booklet::codec::{self, ScanError, Share};
use i18n::Arg;
use yew::prelude::*;

/// Whether the current URL carries a share: the viewer is shown instead of the reader's booklet.
pub fn current_share_url() -> Option<String> {
    let location = web_sys::window()?.location();
    let hash = location.hash().ok()?;
    hash.to_ascii_uppercase()
        .starts_with(&format!("#{}", codec::FRAGMENT_PREFIX))
        .then(|| location.href().ok())?
}

/// Props: the URL to read.
#[derive(Properties, PartialEq)]
pub struct Props {
    /// The whole URL (with its fragment).
    pub url: String,
}

/// The viewer.
#[function_component]
pub fn ShareViewer(props: &Props) -> Html {
    let t = use_t();
    let result = codec::read_scanned(&props.url, format::today());
    let close = Callback::from(|_| {
        if let Some(w) = web_sys::window() {
            // Back to the reader's own booklet, without the fragment.
            let _ = w.location().set_href("/");
        }
    });
    let body = match result {
        Ok(share) => view(&t, &share),
        Err(ScanError::Expired { expires }) => html! {
            <div class="banner error" role="alert" data-state="expired">
                { t.text_args("viewer-expired", &[("date", Arg::from(format::date_long(t.tag(), expires)))]) }
            </div>
        },
        Err(e @ ScanError::Foreign(_)) => html! {
            <div class="banner error" role="alert" data-state="foreign">{ t.text(e.message_id()) }</div>
        },
        Err(e) => html! {
            <div class="banner error" role="alert" data-state="damaged">{ t.text(e.message_id()) }</div>
        },
    };
    html! {
        <section data-page="viewer">
            <h2>{ t.text("viewer-title") }</h2>
            { body }
            <p class="muted small">{ t.text("viewer-not-stored") }</p>
            <div class="form-actions"><button class="secondary" onclick={close}>{ t.text("action-close-share") }</button></div>
        </section>
    }
}

fn view(t: &i18n::Localizer, share: &Share) -> Html {
    let tag = t.tag();
    html! {
        <div data-state="valid">
            <p class="muted">{ t.text_args("viewer-shared-on", &[
                ("date", Arg::from(format::date_long(tag, share.issued))),
                ("until", Arg::from(format::date_long(tag, share.expires))),
            ]) }</p>
            { entries(t, share) }
        </div>
    }
}

/// The shared goals with their steps, contacts and appointments in the reader's language: the offline viewer
/// and the link viewer (`pages/link_viewer.rs`) show a share-codec payload alike.
pub(crate) fn entries(t: &i18n::Localizer, share: &Share) -> Html {
    let tag = t.tag();
    html! {
        <>
            if !share.goals.is_empty() {
                <h3>{ t.text("home-goals") }</h3>
                <ul class="list">{ for share.goals.iter().map(|g| html! {
                    <li class="card shared-goal">
                        <span class="badge">{ code_text(t, &g.field) }</span>
                        <h3>{ title_html(t, &g.title) }</h3>
                        <ol>{ for g.steps.iter().map(|s| html! {
                            <li class="shared-step">
                                <span aria-hidden="true">{ if s.is_done() { "✓ " } else { "○ " } }</span>
                                { title_html(t, &s.title) }
                                if let Some(d) = s.state.date() { <span class="muted small">{ " · " }{ format::date_short(tag, d) }</span> }
                                if let Some(note) = &s.note { <div class="small">{ free_text(note) }</div> }
                            </li>
                        }) }</ol>
                    </li>
                }) }</ul>
            }
            if !share.contacts.is_empty() {
                <h3>{ t.text("contacts-title") }</h3>
                <ul class="list">{ for share.contacts.iter().map(|c| html! {
                    <li class="card shared-contact">
                        <strong><bdi dir="auto">{ &c.organisation }</bdi></strong>{ " · " }{ title_html(t, &c.role) }
                        if !c.person.is_empty() { <div><bdi dir="auto">{ &c.person }</bdi></div> }
                        if !c.phone.is_empty() { <div><a href={format!("tel:{}", c.phone.replace(' ', ""))}>{ ltr(&c.phone) }</a></div> }
                        if !c.email.is_empty() { <div><a href={format!("mailto:{}", c.email)}>{ ltr(&c.email) }</a></div> }
                    </li>
                }) }</ul>
            }
            if !share.appointments.is_empty() {
                <h3>{ t.text("nav-appointments") }</h3>
                <ul class="list">{ for share.appointments.iter().map(|a| html! {
                    <li class="card shared-appointment">
                        <strong>{ format::date_long(tag, a.date) }</strong>{ " · " }{ title_html(t, &a.purpose) }
                        if !a.place.is_empty() { <div><bdi dir="auto">{ &a.place }</bdi></div> }
                    </li>
                }) }</ul>
            }
        </>
    }
}
