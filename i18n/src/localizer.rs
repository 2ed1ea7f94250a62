//! [`Localizer`]: the messages of one locale, and lookups that never fail silently.

use std::borrow::Cow;
use std::cell::RefCell;
use std::collections::BTreeSet;
use std::fmt;
use std::rc::Rc;

use fluent_bundle::{FluentArgs, FluentBundle, FluentError, FluentResource, FluentValue};

#[cfg(feature = "embed")]
use crate::embedded::sources;
use crate::error::I18nError;
use crate::locales::{Direction, LocaleInfo, locale};

/// Opens the marker shown in place of a missing message, e.g. `⟦goal-title⟧`.
pub const MISSING_OPEN: char = '⟦';
/// Closes the marker shown in place of a missing message.
pub const MISSING_CLOSE: char = '⟧';

/// The messages of one locale, ready to format.
///
/// Cheap to clone (one `Rc`), and equal when the locale is the same, so it can be a yew context value.
/// Lookups of ids that do not exist return a visible marker (`⟦id⟧`) and are remembered in
/// [`missing_ids`](Self::missing_ids), so tests and debug views can report them.
#[derive(Clone)]
pub struct Localizer {
    inner: Rc<Inner>,
}

struct Inner {
    info: &'static LocaleInfo,
    bundle: FluentBundle<FluentResource>,
    /// Problems found while loading; the messages around them still work.
    load_errors: Vec<I18nError>,
    /// Interior mutability because lookups take `&self` from render code; a set so that re-renders do not
    /// grow it.
    missing: RefCell<BTreeSet<String>>,
    format_errors: RefCell<BTreeSet<String>>,
}

/// A value for a message's variable (`{ $name }`).
#[derive(Debug, Clone, PartialEq)]
pub enum Arg {
    /// Text, e.g. a name the user typed. Fluent isolates it (FSI … PDI) so mixed directions stay readable.
    Str(String),
    /// A number; plural selectors (`[one]`, `[few]`, …) choose by the locale's CLDR rules from it.
    Num(f64),
}

impl From<&str> for Arg {
    fn from(value: &str) -> Self {
        Self::Str(value.to_owned())
    }
}

impl From<String> for Arg {
    fn from(value: String) -> Self {
        Self::Str(value)
    }
}

impl From<f64> for Arg {
    fn from(value: f64) -> Self {
        Self::Num(value)
    }
}

impl From<i32> for Arg {
    fn from(value: i32) -> Self {
        Self::Num(value.into())
    }
}

impl From<u32> for Arg {
    fn from(value: u32) -> Self {
        Self::Num(value.into())
    }
}

impl From<i64> for Arg {
    /// Counts beyond 2^53 lose precision, which no count in a booklet reaches.
    fn from(value: i64) -> Self {
        Self::Num(value as f64)
    }
}

impl From<usize> for Arg {
    /// Counts beyond 2^53 lose precision, which no count in a booklet reaches.
    fn from(value: usize) -> Self {
        Self::Num(value as f64)
    }
}

impl Localizer {
    /// Builds the localizer for `tag`, parsing only that locale's embedded files.
    ///
    /// Fails for a tag outside the table or a locale without files. Syntax errors and duplicate ids do not
    /// fail: the rest of the locale stays usable, and they are listed in [`load_errors`](Self::load_errors)
    /// (the parity tests keep that list empty).
    #[cfg(feature = "embed")]
    pub fn new(tag: &str) -> Result<Self, I18nError> {
        let info = locale(tag).ok_or_else(|| I18nError::UnknownLocale { tag: tag.to_owned() })?;
        let files = sources(info.tag);
        if files.is_empty() {
            return Err(I18nError::NotAvailable {
                tag: info.tag.to_owned(),
            });
        }
        Ok(Self::from_sources(info, files.iter().map(|s| (s.file, s.text))))
    }

    /// Builds the localizer for `tag` from Fluent text fetched at run time (the app loads one locale on
    /// demand). `file` names the text in error reports. Fails only for a tag outside the table; syntax errors
    /// are listed in [`load_errors`](Self::load_errors) like for embedded files.
    pub fn from_ftl(tag: &str, file: &str, text: &str) -> Result<Self, I18nError> {
        let info = locale(tag).ok_or_else(|| I18nError::UnknownLocale { tag: tag.to_owned() })?;
        Ok(Self::from_sources(info, [(file, text)]))
    }

    /// Builds the localizer for `tag` from several files of Fluent text fetched at run time, as (file name,
    /// text) pairs: the app's first file and the one that follows the first render.
    pub fn from_ftl_files(tag: &str, files: &[(&str, &str)]) -> Result<Self, I18nError> {
        let info = locale(tag).ok_or_else(|| I18nError::UnknownLocale { tag: tag.to_owned() })?;
        Ok(Self::from_sources(info, files.iter().copied()))
    }

    /// Builds a localizer for `info` from (file name, text) pairs.
    pub(crate) fn from_sources<'a>(
        info: &'static LocaleInfo,
        files: impl IntoIterator<Item = (&'a str, &'a str)>,
    ) -> Self {
        // Fluent takes its plural rules from the first locale; putting the plural source first gives Dari
        // Persian rules and Kurmanji CLDR `ku` rules instead of a silent fallback to English.
        let mut langids = vec![info.plural_langid()];
        if info.plural_source_tag != info.tag {
            langids.push(info.langid());
        }
        let mut bundle = FluentBundle::new(langids);
        // Placeables are wrapped in FSI/PDI, so an Arabic name inside a German sentence (or the reverse)
        // keeps its own direction without reordering the sentence around it.
        bundle.set_use_isolating(true);

        let mut load_errors = Vec::new();
        for (file, text) in files {
            let resource = match FluentResource::try_new(text.to_owned()) {
                Ok(resource) => resource,
                Err((resource, errors)) => {
                    load_errors.extend(errors.into_iter().map(|e| I18nError::Syntax {
                        tag: info.tag.to_owned(),
                        file: file.to_owned(),
                        offset: e.pos.start,
                        detail: e.to_string(),
                    }));
                    resource
                }
            };
            if let Err(errors) = bundle.add_resource(resource) {
                load_errors.extend(errors.into_iter().map(|e| match e {
                    FluentError::Overriding { id, .. } => I18nError::Duplicate {
                        tag: info.tag.to_owned(),
                        file: file.to_owned(),
                        id,
                    },
                    other => I18nError::Syntax {
                        tag: info.tag.to_owned(),
                        file: file.to_owned(),
                        offset: 0,
                        detail: other.to_string(),
                    },
                }));
            }
        }

        Self {
            inner: Rc::new(Inner {
                info,
                bundle,
                load_errors,
                missing: RefCell::default(),
                format_errors: RefCell::default(),
            }),
        }
    }

    /// The locale's table entry.
    pub fn info(&self) -> &'static LocaleInfo {
        self.inner.info
    }

    /// The locale's tag, e.g. `"ar"`.
    pub fn tag(&self) -> &'static str {
        self.inner.info.tag
    }

    /// The locale's writing direction, for `dir` on the document.
    pub fn direction(&self) -> Direction {
        self.inner.info.direction
    }

    /// Whether a message with this id exists (with a value or only attributes).
    pub fn has(&self, id: &str) -> bool {
        self.inner.bundle.has_message(id)
    }

    /// Whether the message `id` has the attribute `attr`.
    pub fn has_attr(&self, id: &str, attr: &str) -> bool {
        self.inner
            .bundle
            .get_message(id)
            .is_some_and(|m| m.get_attribute(attr).is_some())
    }

    /// The message `id` without arguments, or `⟦id⟧` if it is missing.
    pub fn text(&self, id: &str) -> String {
        self.format(id, None, None)
    }

    /// The message `id` with its variables set from `args`, or `⟦id⟧` if it is missing.
    pub fn text_args(&self, id: &str, args: &[(&str, Arg)]) -> String {
        self.format(id, None, Some(&fluent_args(args)))
    }

    /// The attribute `attr` of message `id` (e.g. `aria-label`), or `⟦id.attr⟧` if it is missing.
    pub fn attr(&self, id: &str, attr: &str) -> String {
        self.format(id, Some(attr), None)
    }

    /// The attribute `attr` of message `id` with its variables set from `args`.
    pub fn attr_args(&self, id: &str, attr: &str, args: &[(&str, Arg)]) -> String {
        self.format(id, Some(attr), Some(&fluent_args(args)))
    }

    /// Every id (`id` or `id.attr`) looked up so far that did not exist, sorted.
    pub fn missing_ids(&self) -> Vec<String> {
        self.inner.missing.borrow().iter().cloned().collect()
    }

    /// Every formatting problem met so far (a variable not passed, a reference to a missing message), as
    /// `id: problem`, sorted. The text was still shown, with the problem visible in it.
    pub fn format_errors(&self) -> Vec<String> {
        self.inner.format_errors.borrow().iter().cloned().collect()
    }

    /// Problems found while loading the locale's files.
    pub fn load_errors(&self) -> &[I18nError] {
        &self.inner.load_errors
    }

    fn format(&self, id: &str, attr: Option<&str>, args: Option<&FluentArgs<'_>>) -> String {
        let bundle = &self.inner.bundle;
        let pattern = bundle.get_message(id).and_then(|message| match attr {
            Some(attr) => message.get_attribute(attr).map(|a| a.value()),
            None => message.value(),
        });
        let key = || match attr {
            Some(attr) => format!("{id}.{attr}"),
            None => id.to_owned(),
        };
        let Some(pattern) = pattern else {
            let key = key();
            let marker = format!("{MISSING_OPEN}{key}{MISSING_CLOSE}");
            self.inner.missing.borrow_mut().insert(key);
            return marker;
        };
        let mut errors = Vec::new();
        let text = bundle.format_pattern(pattern, args, &mut errors).into_owned();
        if !errors.is_empty() {
            let key = key();
            let mut recorded = self.inner.format_errors.borrow_mut();
            recorded.extend(errors.iter().map(|e| format!("{key}: {e}")));
        }
        text
    }
}

/// Borrows the arguments into Fluent's form without copying strings.
fn fluent_args<'a>(args: &'a [(&'a str, Arg)]) -> FluentArgs<'a> {
    let mut fluent = FluentArgs::with_capacity(args.len());
    for (name, value) in args {
        let value = match value {
            Arg::Str(s) => FluentValue::String(Cow::Borrowed(s.as_str())),
            Arg::Num(n) => FluentValue::from(*n),
        };
        fluent.set(*name, value);
    }
    fluent
}

impl PartialEq for Localizer {
    /// Two localizers are equal when they are the same one: one built from more files for the same locale
    /// knows more messages, and whoever holds the old one must be told of the new.
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.inner, &other.inner)
    }
}

impl fmt::Debug for Localizer {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Localizer")
            .field("tag", &self.tag())
            .field("load_errors", &self.inner.load_errors)
            .finish_non_exhaustive()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const FSI: char = '\u{2068}';
    const PDI: char = '\u{2069}';

    fn fixture(tag: &str, text: &'static str) -> Localizer {
        let info = locale(tag).expect("tag in table");
        Localizer::from_sources(info, [("test.ftl", text)])
    }

    const COUNT: &str = "items = { $n ->
    [zero] zero
    [one] one
    [two] two
    [few] few
    [many] many
   *[other] other
}
";

    #[test]
    fn arabic_has_six_plural_forms() {
        let l = fixture("ar", COUNT);
        let forms: Vec<_> = [0, 1, 2, 3, 11, 100]
            .iter()
            .map(|n| l.text_args("items", &[("n", (*n).into())]))
            .collect();
        assert_eq!(forms, ["zero", "one", "two", "few", "many", "other"]);
        assert!(l.format_errors().is_empty(), "{:?}", l.format_errors());
    }

    #[test]
    fn dari_uses_persian_plural_rules() {
        // Persian: 0 is "one" (i = 0); English would say "other".
        let prs = fixture("prs", COUNT);
        assert_eq!(prs.text_args("items", &[("n", 0.into())]), "one");
        assert_eq!(prs.text_args("items", &[("n", 2.into())]), "other");
        let en = fixture("en", COUNT);
        assert_eq!(en.text_args("items", &[("n", 0.into())]), "other");
    }

    #[test]
    fn kurmanji_and_ukrainian_plural_rules() {
        let kmr = fixture("kmr", COUNT);
        assert_eq!(kmr.text_args("items", &[("n", 1.into())]), "one");
        assert_eq!(kmr.text_args("items", &[("n", 5.into())]), "other");
        let uk = fixture("uk", COUNT);
        let forms: Vec<_> = [1, 3, 5, 21]
            .iter()
            .map(|n| uk.text_args("items", &[("n", (*n).into())]))
            .collect();
        assert_eq!(forms, ["one", "few", "many", "one"]);
    }

    #[test]
    fn placeables_are_isolated() {
        let l = fixture("de", "by = Eingetragen von { $name }\n");
        let text = l.text_args("by", &[("name", "مريم".into())]);
        assert_eq!(text, format!("Eingetragen von {FSI}مريم{PDI}"));
    }

    #[test]
    fn missing_ids_are_visible_and_recorded() {
        let l = fixture(
            "de",
            "a = A\n    .aria-label = Etwas A\nb =\n    .title = nur Attribut\n",
        );
        assert_eq!(l.text("a"), "A");
        assert_eq!(l.attr("a", "aria-label"), "Etwas A");
        assert!(l.has("a") && l.has("b") && !l.has("c"));
        assert!(l.has_attr("b", "title") && !l.has_attr("a", "title"));
        assert_eq!(l.text("c"), "⟦c⟧");
        assert_eq!(l.text("b"), "⟦b⟧");
        assert_eq!(l.attr("a", "title"), "⟦a.title⟧");
        assert_eq!(l.text("c"), "⟦c⟧");
        assert_eq!(l.missing_ids(), ["a.title", "b", "c"]);
    }

    #[test]
    fn format_problems_are_recorded() {
        let l = fixture("de", "hi = Hallo { $name }\n");
        let text = l.text("hi");
        assert!(text.contains("$name"), "{text}");
        assert_eq!(l.format_errors().len(), 1);
    }

    #[test]
    fn load_problems_are_reported_but_not_fatal() {
        let info = locale("de").expect("de");
        let l = Localizer::from_sources(
            info,
            [
                ("one.ftl", "a = A\nbroken =\nc = C\n"),
                ("two.ftl", "a = again\n"),
            ],
        );
        assert_eq!(l.text("a"), "A");
        assert_eq!(l.text("c"), "C");
        let errors = l.load_errors();
        assert!(
            matches!(&errors[0], I18nError::Syntax { file, .. } if file == "one.ftl"),
            "{errors:?}"
        );
        assert!(
            errors.iter().any(
                |e| matches!(e, I18nError::Duplicate { id, file, .. } if id == "a" && file == "two.ftl")
            )
        );
    }

    #[test]
    fn new_checks_the_tag() {
        assert_eq!(
            Localizer::new("xx").err(),
            Some(I18nError::UnknownLocale { tag: "xx".into() })
        );
        assert_eq!(
            Localizer::new("ku").err(),
            Some(I18nError::UnknownLocale { tag: "ku".into() })
        );
        let de = Localizer::new("de").expect("German is always embedded");
        assert_eq!(de.tag(), "de");
        assert!(de.load_errors().is_empty(), "{:?}", de.load_errors());
        assert_eq!(de.text("app-title"), "Begleitheft");
    }

    #[test]
    fn equality_is_identity_and_clone_shares() {
        let a = fixture("de", "x = 1\n");
        // The same locale built again (with more files, say) is a different localizer: a context holding
        // the first must hand out the second.
        assert_ne!(a, fixture("de", "x = 1\ny = 2\n"));
        assert_ne!(a, fixture("en", "x = 1\n"));
        let c = a.clone();
        assert_eq!(a, c);
        let _ = c.text("nope");
        assert_eq!(a.missing_ids(), ["nope"]);
    }
}
