//! The Fluent files embedded at build time.
//!
//! `build.rs` walks `i18n/locales/<tag>/*.ftl` and generates the list included here, so files added by
//! anyone are picked up without touching code. Texts stay unparsed until a [`Localizer`](crate::Localizer)
//! asks for one locale: parsing all fourteen at start-up would cost cheap phones time for nothing.

use crate::locales::{LOCALES, LocaleInfo};

/// One embedded `.ftl` file of one locale.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Source {
    /// File name inside the locale folder, e.g. `core.ftl`.
    pub file: &'static str,
    /// The file's text.
    pub text: &'static str,
}

/// Every locale folder that has at least one `.ftl` file, with its files sorted by name.
static EMBEDDED: &[(&str, &[Source])] = include!(concat!(env!("OUT_DIR"), "/embedded.rs"));

/// The embedded files of `tag` (exact folder name), empty if there are none.
pub fn sources(tag: &str) -> &'static [Source] {
    EMBEDDED
        .iter()
        .find(|(t, _)| *t == tag)
        .map_or(&[], |(_, files)| files)
}

/// The tags of all embedded locale folders, in folder-name order, including any folder whose tag is not in
/// the table (a test rejects those).
pub fn embedded_tags() -> impl Iterator<Item = &'static str> {
    EMBEDDED.iter().map(|(tag, _)| *tag)
}

/// The table's locales that have embedded files, in table order: what the language switch offers.
pub fn available_locales() -> Vec<&'static LocaleInfo> {
    LOCALES.iter().filter(|l| !sources(l.tag).is_empty()).collect()
}
