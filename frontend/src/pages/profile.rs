//! The profile (*Erstprofiling*): name, languages with level, qualifications, work experience, interests.

use crate::components::label::{code_text, free_text};
use crate::hooks::{use_app, use_t};
use crate::pages::{use_field, value_of};
use booklet::{Cefr, Command, LanguageSkill, Profile, Qualification, QualificationKind, Recognition, Text};
use yew::prelude::*;

/// The profile screen.
#[function_component]
pub fn ProfilePage() -> Html {
    let t = use_t();
    let app = use_app();
    let profile = app.state.booklet.profile.clone();
    let (name_text, name_input) = use_field(profile.display_name.clone());
    let lang = t.tag().to_string();
    // Every change is one EditProfile command with the whole profile.
    let save = {
        let app = app.clone();
        move |change: Box<dyn Fn(&mut Profile)>| {
            let mut profile = app.state.booklet.profile.clone();
            change(&mut profile);
            app.run(Command::EditProfile { profile });
        }
    };
    let name = use_node_ref();
    let (lang_tag, lang_level) = (use_node_ref(), use_node_ref());
    let (q_kind, q_title, q_country, q_recognition) =
        (use_node_ref(), use_node_ref(), use_node_ref(), use_node_ref());
    let (work, interest) = (use_node_ref(), use_node_ref());

    let save_name = {
        let (save, name) = (save.clone(), name.clone());
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            let value = value_of(&name);
            save(Box::new(move |p| p.display_name = value.clone()));
        })
    };
    let add_language = {
        let (save, lang_tag, lang_level) = (save.clone(), lang_tag.clone(), lang_level.clone());
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            let language = value_of(&lang_tag).trim().to_string();
            let Some(level) = value_of(&lang_level).parse().ok().and_then(Cefr::from_code) else {
                return;
            };
            if language.is_empty() {
                return;
            }
            save(Box::new(move |p| {
                p.languages.push(LanguageSkill {
                    language: language.clone(),
                    level,
                })
            }));
        })
    };
    let add_qualification = {
        let save = save.clone();
        let refs = (
            q_kind.clone(),
            q_title.clone(),
            q_country.clone(),
            q_recognition.clone(),
        );
        let lang = lang.clone();
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            let (kind, title, country, recognition) = &refs;
            let (Some(kind), Some(recognition)) = (
                value_of(kind).parse().ok().and_then(QualificationKind::from_code),
                value_of(recognition)
                    .parse()
                    .ok()
                    .and_then(Recognition::from_code),
            ) else {
                return;
            };
            let q = Qualification {
                kind,
                title: Text::new(value_of(title), lang.clone()),
                country: value_of(country).trim().to_uppercase(),
                recognition,
            };
            save(Box::new(move |p| p.qualifications.push(q.clone())));
        })
    };
    let add_text = |node: NodeRef, pick: fn(&mut Profile) -> &mut Vec<Text>| {
        let save = save.clone();
        let lang = lang.clone();
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            let text = Text::new(value_of(&node), lang.clone());
            if text.text.trim().is_empty() {
                return;
            }
            save(Box::new(move |p| pick(p).push(text.clone())));
        })
    };
    let remove = |index: usize, pick: fn(&mut Profile, usize)| {
        let save = save.clone();
        Callback::from(move |_| save(Box::new(move |p| pick(p, index))))
    };
    let remove_label = t.text("action-delete");
    let text_list = |items: &[Text], pick: fn(&mut Profile, usize)| -> Html {
        html! {
            <ul class="list">{ for items.iter().enumerate().map(|(i, x)| html! {
                <li class="row"><span class="grow">{ free_text(x) }</span>
                    <button class="icon" onclick={remove(i, pick)} aria-label={remove_label.clone()}>{ "✕" }</button></li>
            }) }</ul>
        }
    };
    html! {
        <section data-page="profile">
            <h2>{ t.text("profile-title") }</h2>
            <form class="card" onsubmit={save_name}>
                <label for="p-name">{ t.text("profile-name") }</label>
                <input id="p-name" ref={name} dir="auto" value={name_text} oninput={name_input} />
                <div class="form-actions"><button type="submit">{ t.text("action-save") }</button></div>
            </form>

            <div class="card">
                <h3>{ t.text("profile-languages") }</h3>
                <ul class="list">{ for profile.languages.iter().enumerate().map(|(i, l)| html! {
                    <li class="row"><span class="grow"><bdi>{ &l.language }</bdi>{ " · " }{ code_text(&t, &l.level) }</span>
                        <button class="icon" onclick={remove(i, |p, i| { p.languages.remove(i); })}
                            aria-label={remove_label.clone()}>{ "✕" }</button></li>
                }) }</ul>
                <form onsubmit={add_language}>
                    <label for="p-lang">{ t.text("profile-language") }</label>
                    <input id="p-lang" ref={lang_tag} dir="auto" />
                    <label for="p-level">{ t.text("profile-level") }</label>
                    <select id="p-level" ref={lang_level}>
                        { for Cefr::all().map(|c| html! { <option value={c.code().to_string()}>{ code_text(&t, &c) }</option> }) }
                    </select>
                    <div class="form-actions"><button type="submit">{ t.text("action-add") }</button></div>
                </form>
            </div>

            <div class="card">
                <h3>{ t.text("profile-qualifications") }</h3>
                <ul class="list">{ for profile.qualifications.iter().enumerate().map(|(i, q)| html! {
                    <li class="row"><span class="grow">{ free_text(&q.title) }{ " · " }{ code_text(&t, &q.kind) }
                        { " · " }<bdi>{ &q.country }</bdi>{ " · " }{ code_text(&t, &q.recognition) }</span>
                        <button class="icon" onclick={remove(i, |p, i| { p.qualifications.remove(i); })}
                            aria-label={remove_label.clone()}>{ "✕" }</button></li>
                }) }</ul>
                <form onsubmit={add_qualification}>
                    <label for="q-kind">{ t.text("profile-qualification-kind") }</label>
                    <select id="q-kind" ref={q_kind}>
                        { for QualificationKind::all().map(|k| html! { <option value={k.code().to_string()}>{ code_text(&t, &k) }</option> }) }
                    </select>
                    <label for="q-title">{ t.text("profile-qualification-title") }</label>
                    <input id="q-title" ref={q_title} dir="auto" required=true />
                    <label for="q-country">{ t.text("profile-qualification-country") }</label>
                    <input id="q-country" ref={q_country} dir="ltr" maxlength="2" />
                    <label for="q-recognition">{ t.text("profile-qualification-recognition") }</label>
                    <select id="q-recognition" ref={q_recognition}>
                        { for Recognition::all().map(|r| html! { <option value={r.code().to_string()}>{ code_text(&t, &r) }</option> }) }
                    </select>
                    <div class="form-actions"><button type="submit">{ t.text("action-add") }</button></div>
                </form>
            </div>

            <div class="card">
                <h3>{ t.text("profile-work") }</h3>
                { text_list(&profile.work_experience, |p, i| { p.work_experience.remove(i); }) }
                <form onsubmit={add_text(work.clone(), |p| &mut p.work_experience)}>
                    <label for="p-work" class="visually-hidden">{ t.text("profile-work") }</label>
                    <input id="p-work" ref={work} dir="auto" />
                    <div class="form-actions"><button type="submit">{ t.text("action-add") }</button></div>
                </form>
            </div>

            <div class="card">
                <h3>{ t.text("profile-interests") }</h3>
                { text_list(&profile.interests, |p, i| { p.interests.remove(i); }) }
                <form onsubmit={add_text(interest.clone(), |p| &mut p.interests)}>
                    <label for="p-interest" class="visually-hidden">{ t.text("profile-interests") }</label>
                    <input id="p-interest" ref={interest} dir="auto" />
                    <div class="form-actions"><button type="submit">{ t.text("action-add") }</button></div>
                </form>
            </div>
        </section>
    }
}
