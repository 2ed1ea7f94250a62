//! [`Localizer`]: the messages of one locale, and lookups that never fail silently.
//!
//! Fluent text is parsed with `fluent-syntax` (the parser of Project Fluent's reference implementation) and
//! resolved here, over the parts of Fluent these files use: text, variables, string and number literals,
//! message and term references, attributes, and selectors on strings or on a number's CLDR plural category
//! (`intl_pluralrules`). Placeables are isolated with FSI/PDI exactly as `fluent-bundle` does. Resolving here
//! rather than through `fluent-bundle` keeps numbers integers: its numbers are `f64`, and their formatting and
//! parsing code was a tenth of the app's first download, for counts that are never fractions.

use std::cell::RefCell;
use std::collections::BTreeSet;
use std::fmt::{self, Write as _};
use std::rc::Rc;

use fluent_syntax::ast;
use intl_pluralrules::{PluralCategory, PluralRuleType, PluralRules};

#[cfg(feature = "embed")]
use crate::embedded::sources;
use crate::error::I18nError;
use crate::locales::{Direction, LocaleInfo, locale};

/// Opens the marker shown in place of a missing message, e.g. `⟦goal-title⟧`.
pub const MISSING_OPEN: char = '⟦';
/// Closes the marker shown in place of a missing message.
pub const MISSING_CLOSE: char = '⟧';

/// First strong isolate: opens an isolated placeable.
const FSI: char = '\u{2068}';
/// Pop directional isolate: closes it.
const PDI: char = '\u{2069}';

/// How deep message references may nest before resolving stops (a cycle, or a mistake).
const MAX_DEPTH: usize = 16;

/// The messages of one locale, ready to format.
///
/// Cheap to clone (one `Rc`), so it can be a yew context value; equal only to itself (see [`PartialEq`]).
/// Lookups of ids that do not exist return a visible marker (`⟦id⟧`) and are remembered in
/// [`missing_ids`](Self::missing_ids), so tests and debug views can report them.
#[derive(Clone)]
pub struct Localizer {
    inner: Rc<Inner>,
}

pub(crate) struct Inner {
    info: &'static LocaleInfo,
    /// Messages and terms (ids with their leading `-`), sorted by id for binary search.
    entries: Vec<(Box<str>, Message)>,
    /// The locale's cardinal plural rules; `None` if CLDR has none for it (then only `*[default]` variants
    /// are chosen for numbers, as in `fluent-bundle`).
    plurals: Option<PluralRules>,
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
    /// Text, e.g. a name the user typed. It is isolated (FSI … PDI) so mixed directions stay readable.
    Str(String),
    /// A whole number; plural selectors (`[one]`, `[few]`, …) choose by the locale's CLDR rules from it.
    Num(i64),
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
    fn from(value: i64) -> Self {
        Self::Num(value)
    }
}

impl From<usize> for Arg {
    /// Counts beyond `i64::MAX` saturate, which no count in a booklet reaches.
    fn from(value: usize) -> Self {
        Self::Num(i64::try_from(value).unwrap_or(i64::MAX))
    }
}

/// A message or term: its value and attributes.
pub(crate) struct Message {
    pub(crate) value: Option<Pattern>,
    pub(crate) attributes: Vec<(Box<str>, Pattern)>,
}

/// A pattern as the parser gives it: text elements and placeables, in order. How many there are matters:
/// a placeable is isolated only in a pattern of more than one element.
pub(crate) struct Pattern(pub(crate) Vec<Element>);

pub(crate) enum Element {
    Text(Box<str>),
    Placeable(Expression),
}

pub(crate) enum Expression {
    Inline(Inline),
    Select {
        selector: Inline,
        /// Keys and patterns, in order; `default` indexes the `*[…]` variant.
        variants: Vec<(Key, Pattern)>,
        default: usize,
    },
}

pub(crate) enum Key {
    Name(Box<str>),
    Number(Box<str>),
}

pub(crate) enum Inline {
    /// A string literal, escapes already resolved.
    Str(Box<str>),
    /// A number literal, shown as written.
    Number(Box<str>),
    Variable(Box<str>),
    /// A message (`id`) or term (`-id`) reference, perhaps to an attribute.
    Reference {
        id: Box<str>,
        attribute: Option<Box<str>>,
    },
    /// A placeable inside a placeable: `{ { $x } }`.
    Nested(Box<Expression>),
    /// A function call; none are provided, so it shows as `{NAME()}` with an error.
    Function(Box<str>),
}

/// A resolved selector.
enum Value<'a> {
    Str(std::borrow::Cow<'a, str>),
    Num(i64),
    /// Could not be resolved (an error was recorded): only the default variant matches.
    None,
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

    /// Builds the localizer for `tag` from Fluent text (the app reads the compiled form instead,
    /// [`from_compiled`](Self::from_compiled)). `file` names the text in error reports. Fails only for a tag
    /// outside the table; syntax errors are listed in [`load_errors`](Self::load_errors) like for embedded
    /// files.
    pub fn from_ftl(tag: &str, file: &str, text: &str) -> Result<Self, I18nError> {
        let info = locale(tag).ok_or_else(|| I18nError::UnknownLocale { tag: tag.to_owned() })?;
        Ok(Self::from_sources(info, [(file, text)]))
    }

    /// Builds a localizer for `info` from (file name, text) pairs.
    pub(crate) fn from_sources<'a>(
        info: &'static LocaleInfo,
        files: impl IntoIterator<Item = (&'a str, &'a str)>,
    ) -> Self {
        let mut load_errors = Vec::new();
        let mut entries: Vec<(Box<str>, Message, String)> = Vec::new();
        for (file, text) in files {
            let resource = match fluent_syntax::parser::parse_runtime(text) {
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
            for entry in resource.body {
                let (id, message) = match entry {
                    ast::Entry::Message(m) => (
                        m.id.name.into(),
                        Message {
                            value: m.value.as_ref().map(pattern),
                            attributes: attributes(&m.attributes),
                        },
                    ),
                    ast::Entry::Term(t) => (
                        format!("-{}", t.id.name).into_boxed_str(),
                        Message {
                            value: Some(pattern(&t.value)),
                            attributes: attributes(&t.attributes),
                        },
                    ),
                    _ => continue,
                };
                entries.push((id, message, file.to_owned()));
            }
        }
        Self::from_entries(info, entries, load_errors)
    }

    /// Builds the localizer for `tag` from files that [`compile`](crate::compile) wrote (the app's form:
    /// no parser is needed to read them). Fails for a tag outside the table or a file that is not one.
    pub fn from_compiled(tag: &str, files: &[&[u8]]) -> Result<Self, I18nError> {
        let info = locale(tag).ok_or_else(|| I18nError::UnknownLocale { tag: tag.to_owned() })?;
        let mut entries = Vec::new();
        for (i, bytes) in files.iter().enumerate() {
            let decoded = crate::compiled::decode(bytes).ok_or_else(|| I18nError::Damaged {
                tag: info.tag.to_owned(),
                file: i,
            })?;
            entries.extend(
                decoded
                    .into_iter()
                    .map(|(id, m)| (id, m, format!("compiled file {i}"))),
            );
        }
        Ok(Self::from_entries(info, entries, Vec::new()))
    }

    /// Keeps the first definition of each id (later ones are reported, as `fluent-bundle` did) and sorts
    /// them for lookup. `entries` carry the name of their file, for the report.
    fn from_entries(
        info: &'static LocaleInfo,
        entries: Vec<(Box<str>, Message, String)>,
        mut load_errors: Vec<I18nError>,
    ) -> Self {
        // A stable sort keeps each id's definitions in file order, so the first of a run is the one kept.
        let mut entries = entries;
        entries.sort_by(|a, b| a.0.cmp(&b.0));
        let mut kept: Vec<(Box<str>, Message)> = Vec::with_capacity(entries.len());
        for (id, message, file) in entries {
            if kept.last().is_some_and(|(last, _)| *last == id) {
                load_errors.push(I18nError::Duplicate {
                    tag: info.tag.to_owned(),
                    file,
                    id: id.trim_start_matches('-').to_owned(),
                });
            } else {
                kept.push((id, message));
            }
        }
        // Plural rules come from the locale's plural source: Dari takes Persian's, Kurmanji CLDR's `ku`.
        let plurals = PluralRules::create(info.plural_langid(), PluralRuleType::CARDINAL).ok();
        Self {
            inner: Rc::new(Inner {
                info,
                entries: kept,
                plurals,
                load_errors,
                missing: RefCell::default(),
                format_errors: RefCell::default(),
            }),
        }
    }

    /// The messages, sorted by id, for [`compile`](crate::compile).
    pub(crate) fn entries(&self) -> &[(Box<str>, Message)] {
        &self.inner.entries
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
        !id.starts_with('-') && self.inner.get(id).is_some()
    }

    /// Whether the message `id` has the attribute `attr`.
    pub fn has_attr(&self, id: &str, attr: &str) -> bool {
        !id.starts_with('-') && self.inner.get(id).and_then(|m| m.attribute(attr)).is_some()
    }

    /// The message `id` without arguments, or `⟦id⟧` if it is missing.
    pub fn text(&self, id: &str) -> String {
        self.format(id, None, &[])
    }

    /// The message `id` with its variables set from `args`, or `⟦id⟧` if it is missing.
    pub fn text_args(&self, id: &str, args: &[(&str, Arg)]) -> String {
        self.format(id, None, args)
    }

    /// The attribute `attr` of message `id` (e.g. `aria-label`), or `⟦id.attr⟧` if it is missing.
    pub fn attr(&self, id: &str, attr: &str) -> String {
        self.format(id, Some(attr), &[])
    }

    /// The attribute `attr` of message `id` with its variables set from `args`.
    pub fn attr_args(&self, id: &str, attr: &str, args: &[(&str, Arg)]) -> String {
        self.format(id, Some(attr), args)
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

    fn format(&self, id: &str, attr: Option<&str>, args: &[(&str, Arg)]) -> String {
        let inner = &*self.inner;
        let pattern = if id.starts_with('-') {
            None
        } else {
            inner.get(id).and_then(|m| match attr {
                Some(attr) => m.attribute(attr),
                None => m.value.as_ref(),
            })
        };
        let key = || match attr {
            Some(attr) => format!("{id}.{attr}"),
            None => id.to_owned(),
        };
        let Some(pattern) = pattern else {
            let key = key();
            let marker = format!("{MISSING_OPEN}{key}{MISSING_CLOSE}");
            inner.missing.borrow_mut().insert(key);
            return marker;
        };
        let mut scope = Scope {
            inner,
            args,
            errors: Vec::new(),
            depth: 0,
        };
        let mut text = String::new();
        scope.pattern(&mut text, pattern);
        if !scope.errors.is_empty() {
            let key = key();
            let mut recorded = inner.format_errors.borrow_mut();
            recorded.extend(scope.errors.iter().map(|e| format!("{key}: {e}")));
        }
        text
    }
}

impl Inner {
    fn get(&self, id: &str) -> Option<&Message> {
        self.entries
            .binary_search_by(|(k, _)| (**k).cmp(id))
            .ok()
            .map(|i| &self.entries[i].1)
    }
}

impl Message {
    fn attribute(&self, name: &str) -> Option<&Pattern> {
        self.attributes.iter().find(|(n, _)| &**n == name).map(|(_, p)| p)
    }
}

/// One lookup being resolved: the arguments, and the problems met.
struct Scope<'a> {
    inner: &'a Inner,
    args: &'a [(&'a str, Arg)],
    errors: Vec<String>,
    depth: usize,
}

impl Scope<'_> {
    fn pattern(&mut self, out: &mut String, pattern: &Pattern) {
        let isolate = pattern.0.len() > 1;
        for element in &pattern.0 {
            match element {
                Element::Text(text) => out.push_str(text),
                Element::Placeable(expression) => {
                    // As fluent-bundle: references and string literals are not isolated, everything else
                    // is when the pattern has more than this one element.
                    let isolate = isolate
                        && !matches!(
                            expression,
                            Expression::Inline(Inline::Reference { .. } | Inline::Str(_))
                        );
                    if isolate {
                        out.push(FSI);
                    }
                    self.expression(out, expression);
                    if isolate {
                        out.push(PDI);
                    }
                }
            }
        }
    }

    fn expression(&mut self, out: &mut String, expression: &Expression) {
        match expression {
            Expression::Inline(inline) => self.inline(out, inline),
            Expression::Select {
                selector,
                variants,
                default,
            } => {
                let value = self.value(selector);
                let chosen = variants
                    .iter()
                    .find(|(key, _)| self.matches(key, &value))
                    .or_else(|| variants.get(*default));
                if let Some((_, pattern)) = chosen {
                    self.pattern(out, pattern);
                }
            }
        }
    }

    fn inline(&mut self, out: &mut String, inline: &Inline) {
        match inline {
            Inline::Str(s) | Inline::Number(s) => out.push_str(s),
            Inline::Variable(name) => match self.arg(name) {
                Some(Arg::Str(s)) => out.push_str(s),
                Some(Arg::Num(n)) => {
                    let _ = write!(out, "{n}");
                }
                None => {
                    self.errors.push(format!("Unknown variable: ${name}"));
                    let _ = write!(out, "{{${name}}}");
                }
            },
            Inline::Reference { id, attribute } => {
                let target = self.inner.get(id).and_then(|m| match attribute {
                    Some(a) => m.attribute(a),
                    None => m.value.as_ref(),
                });
                let shown = match attribute {
                    Some(a) => format!("{id}.{a}"),
                    None => id.to_string(),
                };
                match target {
                    Some(pattern) if self.depth < MAX_DEPTH => {
                        self.depth += 1;
                        self.pattern(out, pattern);
                        self.depth -= 1;
                    }
                    Some(_) => {
                        self.errors.push(format!("Cyclic reference: {shown}"));
                        let _ = write!(out, "{{{shown}}}");
                    }
                    None => {
                        self.errors.push(format!("Unknown message: {shown}"));
                        let _ = write!(out, "{{{shown}}}");
                    }
                }
            }
            Inline::Nested(expression) => self.expression(out, expression),
            Inline::Function(name) => {
                self.errors.push(format!("Unknown function: {name}()"));
                let _ = write!(out, "{{{name}()}}");
            }
        }
    }

    fn arg(&self, name: &str) -> Option<&Arg> {
        self.args.iter().find(|(n, _)| *n == name).map(|(_, a)| a)
    }

    /// The value a selector chooses by.
    fn value<'v>(&mut self, selector: &'v Inline) -> Value<'v> {
        match selector {
            Inline::Str(s) => Value::Str((&**s).into()),
            Inline::Number(n) => n.parse().map_or(Value::None, Value::Num),
            Inline::Variable(name) => match self.arg(name) {
                Some(Arg::Str(s)) => Value::Str(s.clone().into()),
                Some(Arg::Num(n)) => Value::Num(*n),
                None => {
                    self.errors.push(format!("Unknown variable: ${name}"));
                    Value::None
                }
            },
            other => {
                let mut text = String::new();
                self.inline(&mut text, other);
                Value::Str(text.into())
            }
        }
    }

    /// Whether a variant key chooses `value`: equal text, an equal number, or a number's plural category.
    fn matches(&self, key: &Key, value: &Value<'_>) -> bool {
        match (key, value) {
            (Key::Name(name), Value::Str(s)) => **name == **s,
            (Key::Number(k), Value::Num(n)) => k.parse::<i64>() == Ok(*n),
            (Key::Name(name), Value::Num(n)) => {
                let category = match &**name {
                    "zero" => PluralCategory::ZERO,
                    "one" => PluralCategory::ONE,
                    "two" => PluralCategory::TWO,
                    "few" => PluralCategory::FEW,
                    "many" => PluralCategory::MANY,
                    "other" => PluralCategory::OTHER,
                    _ => return false,
                };
                self.inner
                    .plurals
                    .as_ref()
                    .is_some_and(|rules| rules.select(*n) == Ok(category))
            }
            _ => false,
        }
    }
}

fn attributes(attributes: &[ast::Attribute<&str>]) -> Vec<(Box<str>, Pattern)> {
    attributes
        .iter()
        .map(|a| (a.id.name.into(), pattern(&a.value)))
        .collect()
}

fn pattern(pattern: &ast::Pattern<&str>) -> Pattern {
    Pattern(
        pattern
            .elements
            .iter()
            .map(|element| match element {
                ast::PatternElement::TextElement { value } => Element::Text((*value).into()),
                ast::PatternElement::Placeable { expression } => {
                    Element::Placeable(expression_of(expression))
                }
            })
            .collect(),
    )
}

fn expression_of(expression: &ast::Expression<&str>) -> Expression {
    match expression {
        ast::Expression::Inline(inline) => Expression::Inline(inline_of(inline)),
        ast::Expression::Select { selector, variants } => Expression::Select {
            selector: inline_of(selector),
            default: variants.iter().position(|v| v.default).unwrap_or(0),
            variants: variants
                .iter()
                .map(|v| {
                    let key = match &v.key {
                        ast::VariantKey::Identifier { name } => Key::Name((*name).into()),
                        ast::VariantKey::NumberLiteral { value } => Key::Number((*value).into()),
                    };
                    (key, pattern(&v.value))
                })
                .collect(),
        },
    }
}

fn inline_of(inline: &ast::InlineExpression<&str>) -> Inline {
    match inline {
        ast::InlineExpression::StringLiteral { value } => Inline::Str(unescape(value).into()),
        ast::InlineExpression::NumberLiteral { value } => Inline::Number((*value).into()),
        ast::InlineExpression::VariableReference { id } => Inline::Variable(id.name.into()),
        ast::InlineExpression::MessageReference { id, attribute } => Inline::Reference {
            id: id.name.into(),
            attribute: attribute.as_ref().map(|a| a.name.into()),
        },
        // Term arguments (`-term(case: "x")`) are not used by these files; the term is shown without them.
        ast::InlineExpression::TermReference { id, attribute, .. } => Inline::Reference {
            id: format!("-{}", id.name).into(),
            attribute: attribute.as_ref().map(|a| a.name.into()),
        },
        ast::InlineExpression::FunctionReference { id, .. } => Inline::Function(id.name.into()),
        ast::InlineExpression::Placeable { expression } => {
            Inline::Nested(Box::new(expression_of(expression)))
        }
    }
}

/// Resolves the escapes of a Fluent string literal: `\\`, `\"`, `\uXXXX` and `\UXXXXXX`.
fn unescape(raw: &str) -> String {
    let mut out = String::with_capacity(raw.len());
    let mut chars = raw.chars();
    while let Some(c) = chars.next() {
        if c != '\\' {
            out.push(c);
            continue;
        }
        match chars.next() {
            Some(len @ ('u' | 'U')) => {
                let digits: String = chars.by_ref().take(if len == 'u' { 4 } else { 6 }).collect();
                let decoded = u32::from_str_radix(&digits, 16).ok().and_then(char::from_u32);
                out.push(decoded.unwrap_or(char::REPLACEMENT_CHARACTER));
            }
            Some(other) => out.push(other),
            None => out.push('\\'),
        }
    }
    out
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
