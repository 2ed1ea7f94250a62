//! Contacts: offices and people who help, with tap-to-call and tap-to-write; add, edit, reorder, delete.

use crate::components::label::{code_text, free_text, ltr, title_html, title_text};
use crate::hooks::{use_app, use_t};
use crate::pages::value_of;
use crate::services::repo::new_id;
use booklet::{Command, Contact, ContactFields, ContactRole, Id, Text, Title};
use yew::prelude::*;

/// The contacts screen.
#[function_component]
pub fn Contacts() -> Html {
    let t = use_t();
    let app = use_app();
    // `Some(None)`: adding; `Some(Some(id))`: editing that contact.
    let editing = use_state(|| None::<Option<Id>>);
    let booklet = app.state.booklet.clone();
    let count = booklet.contacts.len();
    let list = booklet.contacts.iter().enumerate().map(|(index, c)| {
        let id = c.id;
        let name = c.organisation.clone();
        let mover = |to: usize| {
            let app = app.clone();
            Callback::from(move |_| {
                app.run(Command::MoveContact { id, to_index: to });
            })
        };
        let delete = {
            let app = app.clone();
            Callback::from(move |_| app.delete(Command::DeleteContact { id }, "contact-deleted"))
        };
        let edit = {
            let editing = editing.clone();
            Callback::from(move |_| editing.set(Some(Some(id))))
        };
        html! {
            <li key={id.to_string()} class="card contact">
                <h3><bdi dir="auto">{ &c.organisation }</bdi></h3>
                <div class="muted">{ title_html(&t, &c.role) }</div>
                if !c.person.is_empty() { <div><bdi dir="auto">{ &c.person }</bdi></div> }
                if !c.phone.is_empty() {
                    <div><a href={format!("tel:{}", c.phone.replace(' ', ""))}
                        aria-label={t.text_args("contact-call", &[("name", name.clone().into())])}>{ ltr(&c.phone) }</a></div>
                }
                if !c.email.is_empty() {
                    <div><a href={format!("mailto:{}", c.email)}
                        aria-label={t.text_args("contact-write", &[("name", name.clone().into())])}>{ ltr(&c.email) }</a></div>
                }
                if !c.address.is_empty() { <div class="small"><bdi dir="auto">{ &c.address }</bdi></div> }
                if !c.opening_hours.is_empty() {
                    <div class="small muted">{ t.text("contact-opening-hours") }{ ": " }<bdi dir="auto">{ &c.opening_hours }</bdi></div>
                }
                if let Some(note) = &c.note { <p class="small">{ free_text(note) }</p> }
                <div class="row">
                    <button class="icon" disabled={index == 0} onclick={mover(index.saturating_sub(1))}
                        aria-label={t.text_args("action-move-up", &[("title", name.clone().into())])}>{ "↑" }</button>
                    <button class="icon" disabled={index + 1 == count} onclick={mover(index + 1)}
                        aria-label={t.text_args("action-move-down", &[("title", name.clone().into())])}>{ "↓" }</button>
                    <span class="grow"></span>
                    <button class="secondary" onclick={edit}
                        aria-label={t.text_args("action-edit-named", &[("title", name.clone().into())])}>{ t.text("action-edit") }</button>
                    <button class="icon" onclick={delete}
                        aria-label={t.text_args("action-delete-named", &[("title", name.into())])}>{ "✕" }</button>
                </div>
            </li>
        }
    });
    let open_add = {
        let editing = editing.clone();
        Callback::from(move |_| editing.set(Some(None)))
    };
    let form = (*editing).map(|target| {
        let existing = target.and_then(|id| booklet.find_contact(id)).cloned();
        let onclose = {
            let editing = editing.clone();
            Callback::from(move |_| editing.set(None))
        };
        html! { <ContactForm key={target.map(|i| i.to_string()).unwrap_or_default()} {existing} {onclose} /> }
    });
    html! {
        <section data-page="contacts">
            <div class="row">
                <h2 class="grow">{ t.text("contacts-title") }</h2>
                if editing.is_none() { <button onclick={open_add}>{ t.text("action-add-contact") }</button> }
            </div>
            { for form }
            if booklet.contacts.is_empty() {
                <p class="empty">{ t.text("contacts-empty") }</p>
            } else {
                <ul class="list" aria-label={t.text("contacts-title")}>{ for list }</ul>
            }
        </section>
    }
}

#[derive(Properties, PartialEq)]
struct FormProps {
    existing: Option<Contact>,
    onclose: Callback<()>,
}

/// Adding or editing one contact.
#[function_component]
fn ContactForm(props: &FormProps) -> Html {
    let t = use_t();
    let app = use_app();
    let refs: [NodeRef; 8] = Default::default();
    let [org, role, role_free, person, phone, email, address, hours] = refs.clone();
    let note = use_node_ref();
    let e = props.existing.as_ref();
    let field = |get: fn(&Contact) -> &str| e.map(|c| get(c).to_string()).unwrap_or_default();
    let current_role = e.and_then(|c| c.role.code().copied());
    let free_role = e
        .and_then(|c| c.role.free().map(|t| t.text.clone()))
        .unwrap_or_default();
    let onsubmit = {
        let app = app.clone();
        let onclose = props.onclose.clone();
        let existing = props.existing.as_ref().map(|c| c.id);
        let note = note.clone();
        let lang = t.tag().to_string();
        Callback::from(move |ev: SubmitEvent| {
            ev.prevent_default();
            let free = value_of(&role_free);
            let role = if free.trim().is_empty() {
                value_of(&role)
                    .parse()
                    .ok()
                    .and_then(ContactRole::from_code)
                    .map(Title::Code)
            } else {
                Some(Title::Free(Text::new(free, lang.clone())))
            };
            let Some(role) = role else { return };
            let note = Some(value_of(&note))
                .filter(|n| !n.trim().is_empty())
                .map(|n| Text::new(n, lang.clone()));
            let contact = ContactFields {
                organisation: value_of(&org),
                role,
                person: value_of(&person),
                phone: value_of(&phone),
                email: value_of(&email),
                address: value_of(&address),
                opening_hours: value_of(&hours),
                note,
            };
            let command = match existing {
                Some(id) => Command::EditContact { id, contact },
                None => Command::AddContact {
                    id: new_id(),
                    contact,
                },
            };
            if app.run(command).is_some() {
                onclose.emit(());
            }
        })
    };
    let cancel = {
        let onclose = props.onclose.clone();
        Callback::from(move |_| onclose.emit(()))
    };
    let [org, role, role_free, person, phone, email, address, hours] = refs;
    html! {
        <form class="card" {onsubmit} aria-label={t.text("action-add-contact")}>
            <label for="c-org">{ t.text("contact-organisation") }</label>
            <input id="c-org" ref={org} required=true dir="auto" value={field(|c| &c.organisation)} />
            <label for="c-role">{ t.text("contact-role") }</label>
            <select id="c-role" ref={role}>
                { for ContactRole::all().map(|r| html! {
                    <option value={r.code().to_string()} selected={Some(r) == current_role}>{ code_text(&t, &r) }</option>
                }) }
            </select>
            <label for="c-role-free">{ t.text("contact-role-free") }</label>
            <input id="c-role-free" ref={role_free} dir="auto" value={free_role} />
            <label for="c-person">{ t.text("contact-person") }</label>
            <input id="c-person" ref={person} dir="auto" value={field(|c| &c.person)} />
            <label for="c-phone">{ t.text("contact-phone") }</label>
            <input id="c-phone" type="tel" ref={phone} dir="ltr" value={field(|c| &c.phone)} />
            <label for="c-email">{ t.text("contact-email") }</label>
            <input id="c-email" type="email" ref={email} dir="ltr" value={field(|c| &c.email)} />
            <label for="c-address">{ t.text("contact-address") }</label>
            <input id="c-address" ref={address} dir="auto" value={field(|c| &c.address)} />
            <label for="c-hours">{ t.text("contact-opening-hours") }</label>
            <input id="c-hours" ref={hours} dir="auto" value={field(|c| &c.opening_hours)} />
            <label for="c-note">{ t.text("contact-note") }</label>
            <textarea id="c-note" ref={note} dir="auto" defaultvalue={e.and_then(|c| c.note.as_ref()).map(|n| n.text.clone()).unwrap_or_default()} />
            <div class="form-actions">
                <button type="submit">{ t.text("action-save") }</button>
                <button type="button" class="secondary" onclick={cancel}>{ t.text("action-cancel") }</button>
            </div>
        </form>
    }
}

/// For other pages that list contacts by name (e.g. appointments).
pub fn contact_label(t: &i18n::Localizer, c: &Contact) -> String {
    format!("{} ({})", c.organisation, title_text(t, &c.role))
}
