//! The language switch on every screen: each language named in its own script. The choice is stored in
//! the booklet's profile.

use crate::hooks::{use_app, use_t};
use booklet::Command;
use yew::prelude::*;

/// Props: an optional id, when a page shows a second switch.
#[derive(Properties, PartialEq)]
pub struct Props {
    /// The element id.
    #[prop_or(AttrValue::Static("language"))]
    pub id: AttrValue,
}

/// A select of every language the app has.
#[function_component]
pub fn LanguageSwitch(props: &Props) -> Html {
    let t = use_t();
    let app = use_app();
    let onchange = {
        let app = app.clone();
        Callback::from(move |e: Event| {
            let select: web_sys::HtmlSelectElement = e.target_unchecked_into();
            let mut profile = app.state.booklet.profile.clone();
            profile.ui_language = select.value();
            app.run(Command::EditProfile { profile });
        })
    };
    let current = t.tag();
    html! {
        <select id={props.id.clone()} aria-label={t.attr("language-switch-label", "aria-label")} {onchange}>
            { for crate::services::locales::available().into_iter().map(|(l, _)| html! {
                <option value={l.tag} lang={l.tag} dir={l.direction.html_dir()} selected={l.tag == current}>
                    { l.native_name }
                </option>
            }) }
        </select>
    }
}
