//! Showing entries in the reader's language: catalogue codes through Fluent, free text as written, with
//! its own language and direction isolated so an Arabic note stays readable in a German UI and back.

use booklet::{Text, Title};
use i18n::{Arg, Localizer};
use yew::prelude::*;

/// A catalogue code that has a label.
pub trait Labelled {
    /// The Fluent message id.
    fn message_id(&self) -> &'static str;
    /// Its parameters as Fluent arguments.
    fn label_args(&self) -> Vec<(&'static str, Arg)> {
        Vec::new()
    }
}

macro_rules! labelled_plain {
    ($($t:ty),*) => {$(
        impl Labelled for $t {
            fn message_id(&self) -> &'static str { (*self).message_id() }
        }
    )*};
}
labelled_plain!(
    booklet::GoalCode,
    booklet::ContactRole,
    booklet::PurposeCode,
    booklet::FieldOfAction,
    booklet::GoalStatus,
    booklet::Cefr,
    booklet::Recognition,
    booklet::QualificationKind
);

impl Labelled for booklet::StepCode {
    fn message_id(&self) -> &'static str {
        booklet::StepCode::message_id(self)
    }
    fn label_args(&self) -> Vec<(&'static str, Arg)> {
        self.args().into_iter().map(|(k, v)| (k, to_arg(v))).collect()
    }
}

/// Converts the domain's argument (which knows nothing of Fluent) to ours.
pub fn to_arg(arg: booklet::Arg) -> Arg {
    match arg {
        booklet::Arg::Str(s) => Arg::Str(s),
        booklet::Arg::Num(n) => Arg::Num(n),
    }
}

/// The label of a code as plain text (for `<option>`s and accessible names).
pub fn code_text<C: Labelled>(t: &Localizer, code: &C) -> String {
    let args = code.label_args();
    if args.is_empty() {
        t.text(code.message_id())
    } else {
        t.text_args(code.message_id(), &args)
    }
}

/// A title as plain text: the code's label, or the free text as written.
pub fn title_text<C: Labelled>(t: &Localizer, title: &Title<C>) -> String {
    match title {
        Title::Code(code) => code_text(t, code),
        Title::Free(text) => text.text.clone(),
    }
}

/// A title as markup: free text keeps its language and gets `dir="auto"`.
pub fn title_html<C: Labelled>(t: &Localizer, title: &Title<C>) -> Html {
    match title {
        Title::Code(code) => html! { { code_text(t, code) } },
        Title::Free(text) => free_text(text),
    }
}

/// User-written text, isolated: its own language, its own direction.
pub fn free_text(text: &Text) -> Html {
    html! { <bdi lang={text.lang.clone()} dir="auto" class="user-text">{ &text.text }</bdi> }
}

/// A value that must read left-to-right even in an RTL page (phone numbers, e-mail addresses).
pub fn ltr(value: &str) -> Html {
    html! { <bdi dir="ltr" class="ltr-value">{ value }</bdi> }
}

impl Labelled for booklet::StepState {
    fn message_id(&self) -> &'static str {
        booklet::StepState::message_id(self)
    }
}
