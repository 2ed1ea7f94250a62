//! Appointments: upcoming and past, with date and time in the reader's locale; add, edit, delete.

use crate::components::label::{code_text, free_text, title_html};
use crate::hooks::{use_app, use_t};
use crate::pages::contacts::contact_label;
use crate::pages::{use_field, value_of};
use crate::route::Route;
use crate::router::use_navigator;
use crate::services::{format, repo::new_id};
use booklet::{Appointment, AppointmentFields, Command, Date, Id, PurposeCode, Text, Time, Title};
use yew::prelude::*;

/// The appointments screen.
#[function_component]
pub fn Appointments() -> Html {
    let t = use_t();
    let app = use_app();
    let editing = use_state(|| None::<Option<Id>>);
    let booklet = app.state.booklet.clone();
    let tag = t.tag();
    let now = format::local_now();
    // A list can hold a thousand cards: what every card says is looked up once, and each card is plain
    // markup (no component of its own).
    let navigator = use_navigator();
    let side_by_side_label = AttrValue::from(t.text("action-side-by-side"));
    let edit_label = AttrValue::from(t.text("action-edit"));
    let delete_label = AttrValue::from(t.text("action-delete"));
    // Appointments gather on the same days: each day is formatted once per render (a call into `Intl`).
    let days = std::cell::RefCell::new(std::collections::HashMap::<Date, String>::new());
    let day = |date: Date| {
        days.borrow_mut()
            .entry(date)
            .or_insert_with(|| format::date_long(tag, date))
            .clone()
    };
    let card = |a: &Appointment| {
        let id = a.id;
        let id_text = id.to_string();
        let side_by_side = Route::SideBySide { id: id_text.clone() };
        let when = match a.time {
            Some(time) => format!("{}, {}", day(a.date), format::time(tag, a.date, time)),
            None => day(a.date),
        };
        let with = a
            .contact
            .and_then(|c| booklet.find_contact(c))
            .map(|c| contact_label(&t, c));
        let delete = {
            let app = app.clone();
            Callback::from(move |_| app.delete(Command::DeleteAppointment { id }, "appointment-deleted"))
        };
        let edit = {
            let editing = editing.clone();
            Callback::from(move |_| editing.set(Some(Some(id))))
        };
        html! {
            <li key={id_text} class="card appointment">
                <div class="muted small">{ when }</div>
                <h3>{ title_html(&t, &a.purpose) }</h3>
                if !a.place.is_empty() { <div><bdi dir="auto">{ &a.place }</bdi></div> }
                if let Some(with) = with { <div class="muted"><bdi dir="auto">{ with }</bdi></div> }
                if let Some(bring) = &a.bring { <p class="small">{ t.text("appointment-bring") }{ ": " }{ free_text(bring) }</p> }
                <div class="row">
                    <a class="button secondary" href={side_by_side.to_path()} onclick={navigator.on_click(side_by_side)}>
                        { side_by_side_label.clone() }
                    </a>
                    <span class="grow"></span>
                    <button class="secondary" onclick={edit}>{ edit_label.clone() }</button>
                    <button class="icon" onclick={delete} aria-label={delete_label.clone()}>{ "✕" }</button>
                </div>
            </li>
        }
    };
    let mut upcoming = booklet.upcoming_appointments(now);
    upcoming.sort_by_key(|a| (a.date, a.time));
    let mut past = booklet.past_appointments(now);
    past.sort_by_key(|a| std::cmp::Reverse((a.date, a.time)));
    let open_add = {
        let editing = editing.clone();
        Callback::from(move |_| editing.set(Some(None)))
    };
    let form = (*editing).map(|target| {
        let existing = target.and_then(|id| booklet.find_appointment(id)).cloned();
        let onclose = {
            let editing = editing.clone();
            Callback::from(move |_| editing.set(None))
        };
        html! { <AppointmentForm key={target.map(|i| i.to_string()).unwrap_or_default()} {existing} {onclose} /> }
    });
    html! {
        <section data-page="appointments">
            <div class="row">
                <h2 class="grow">{ t.text("appointments-upcoming") }</h2>
                if editing.is_none() { <button onclick={open_add}>{ t.text("action-add-appointment") }</button> }
            </div>
            { for form }
            if upcoming.is_empty() {
                <p class="empty">{ t.text("appointments-none-upcoming") }</p>
            } else {
                <ul class="list" aria-label={t.text("appointments-upcoming")}>{ for upcoming.into_iter().map(&card) }</ul>
            }
            if !past.is_empty() {
                <h2>{ t.text("appointments-past") }</h2>
                <ul class="list" aria-label={t.text("appointments-past")}>{ for past.into_iter().map(&card) }</ul>
            }
        </section>
    }
}

#[derive(Properties, PartialEq)]
struct FormProps {
    existing: Option<Appointment>,
    onclose: Callback<()>,
}

/// Adding or editing one appointment.
#[function_component]
fn AppointmentForm(props: &FormProps) -> Html {
    let t = use_t();
    let app = use_app();
    let refs: [NodeRef; 7] = Default::default();
    let e = props.existing.as_ref();
    let (date_text, date_input) = use_field(e.map(|a| a.date.to_string()).unwrap_or_default());
    let (time_text, time_input) =
        use_field(e.and_then(|a| a.time).map(|x| x.to_string()).unwrap_or_default());
    let (purpose_text, purpose_input) = use_field(
        e.and_then(|a| a.purpose.free().map(|x| x.text.clone()))
            .unwrap_or_default(),
    );
    let (place_text, place_input) = use_field(e.map(|a| a.place.clone()).unwrap_or_default());
    let onsubmit = {
        let app = app.clone();
        let onclose = props.onclose.clone();
        let existing = e.map(|a| a.id);
        let [date, time, place, contact, purpose, purpose_free, bring] = refs.clone();
        let lang = t.tag().to_string();
        Callback::from(move |ev: SubmitEvent| {
            ev.prevent_default();
            let Ok(day) = value_of(&date).parse::<Date>() else {
                return;
            };
            let free = value_of(&purpose_free);
            let purpose = if free.trim().is_empty() {
                let Some(code) = value_of(&purpose).parse().ok().and_then(PurposeCode::from_code) else {
                    return;
                };
                Title::Code(code)
            } else {
                Title::Free(Text::new(free, lang.clone()))
            };
            let bring = Some(value_of(&bring))
                .filter(|b| !b.trim().is_empty())
                .map(|b| Text::new(b, lang.clone()));
            let appointment = AppointmentFields {
                date: day,
                time: value_of(&time).parse::<Time>().ok(),
                place: value_of(&place),
                contact: value_of(&contact).parse::<Id>().ok(),
                purpose,
                bring,
            };
            let command = match existing {
                Some(id) => Command::EditAppointment { id, appointment },
                None => Command::AddAppointment {
                    id: new_id(),
                    appointment,
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
    let current_purpose = e.and_then(|a| a.purpose.code().copied());
    let [date, time, place, contact, purpose, purpose_free, bring] = refs;
    html! {
        <form class="card" {onsubmit} aria-label={t.text("action-add-appointment")}>
            <label for="a-date">{ t.text("appointment-date") }</label>
            <input id="a-date" type="date" ref={date} required=true value={date_text} oninput={date_input} />
            <label for="a-time">{ t.text("appointment-time") }</label>
            <input id="a-time" type="time" ref={time} value={time_text} oninput={time_input} />
            <label for="a-purpose">{ t.text("appointment-purpose") }</label>
            <select id="a-purpose" ref={purpose}>
                { for PurposeCode::all().map(|p| html! {
                    <option value={p.code().to_string()} selected={Some(p) == current_purpose}>{ code_text(&t, &p) }</option>
                }) }
            </select>
            <label for="a-purpose-free">{ t.text("appointment-purpose-free") }</label>
            <input id="a-purpose-free" ref={purpose_free} dir="auto"
                value={purpose_text} oninput={purpose_input} />
            <label for="a-place">{ t.text("appointment-place") }</label>
            <input id="a-place" ref={place} dir="auto" value={place_text} oninput={place_input} />
            <label for="a-contact">{ t.text("appointment-with") }</label>
            <select id="a-contact" ref={contact}>
                <option value="">{ t.text("appointment-with-nobody") }</option>
                { for app.state.booklet.contacts.iter().map(|c| html! {
                    <option value={c.id.to_string()} selected={e.and_then(|a| a.contact) == Some(c.id)}>{ contact_label(&t, c) }</option>
                }) }
            </select>
            <label for="a-bring">{ t.text("appointment-bring") }</label>
            <textarea id="a-bring" ref={bring} dir="auto"
                defaultvalue={e.and_then(|a| a.bring.as_ref()).map(|b| b.text.clone()).unwrap_or_default()} />
            <div class="form-actions">
                <button type="submit">{ t.text("action-save") }</button>
                <button type="button" class="secondary" onclick={cancel}>{ t.text("action-cancel") }</button>
            </div>
        </form>
    }
}
