//! Locale files in the app's form: Fluent text parsed once, at build time, and written as a compact binary
//! that [`Localizer::from_compiled`](crate::Localizer::from_compiled) reads without a parser. The app thus
//! carries no Fluent parser, and a cheap phone does not parse text on every start.
//!
//! ```text
//! file     = magic "BHL2"  varint(structure length)  structure  strings
//!            every `str` writes its length in the structure and its bytes in the string column, in order
//!            (the text of a language together compresses about as well as the Fluent source)
//! structure= count { entry }                                  entries sorted by id, each id once
//! entry    = str id  u8 (bit 0: has a value)  [pattern]  count { str name  pattern }   (attributes)
//! pattern  = count { element }
//! element  = 0 str text | 1 expression
//! expr     = inline | 6 inline count { key pattern } varint default       (a select expression)
//! inline   = 0 str string | 1 str number | 2 str variable | 3 str id u8 (bit 0: has attribute) [str attr]
//!          | 4 expression (nested) | 5 str function
//! key      = 0 str name | 1 str number
//! str      = varint byte length, UTF-8;  count, varint = unsigned LEB128
//! ```
//! Terms keep their leading `-` in the id. Nothing may follow the last entry.

use crate::error::I18nError;
use crate::locales::locale;
use crate::localizer::{Element, Expression, Inline, Key, Localizer, Message, Pattern};

const MAGIC: &[u8; 4] = b"BHL2";
const SELECT: u8 = 6;

/// Parses the Fluent files of locale `tag` (as (file name, text) pairs) and writes them in the compiled
/// form. Any syntax error or duplicate id fails the whole: a build must not ship a half-read locale.
pub fn compile(tag: &str, files: &[(&str, &str)]) -> Result<Vec<u8>, Vec<I18nError>> {
    let info = locale(tag).ok_or_else(|| vec![I18nError::UnknownLocale { tag: tag.to_owned() }])?;
    let localizer = Localizer::from_sources(info, files.iter().copied());
    if !localizer.load_errors().is_empty() {
        return Err(localizer.load_errors().to_vec());
    }
    let out = &mut Out::default();
    let entries = localizer.entries();
    out.varint(entries.len());
    for (id, message) in entries {
        out.str(id);
        out.structure.push(u8::from(message.value.is_some()));
        if let Some(value) = &message.value {
            pattern(out, value);
        }
        out.varint(message.attributes.len());
        for (name, value) in &message.attributes {
            out.str(name);
            pattern(out, value);
        }
    }
    let mut file = MAGIC.to_vec();
    let mut head = Out::default();
    head.varint(out.structure.len());
    file.extend_from_slice(&head.structure);
    file.extend_from_slice(&out.structure);
    file.extend_from_slice(&out.strings);
    Ok(file)
}

/// Reads a compiled file back; `None` if it is not one or is damaged. Never panics on any input.
pub(crate) fn decode(bytes: &[u8]) -> Option<Vec<(Box<str>, Message)>> {
    let mut r = Reader {
        bytes: bytes.strip_prefix(MAGIC)?,
        strings: &[],
        depth: 0,
    };
    let n = r.varint()?;
    if n > r.bytes.len() {
        return None;
    }
    let (structure, strings) = r.bytes.split_at(n);
    r.bytes = structure;
    r.strings = strings;
    let n = r.count()?;
    let mut entries = Vec::with_capacity(n);
    for _ in 0..n {
        let id = r.str()?;
        let value = match r.byte()? {
            0 => None,
            1 => Some(r.pattern()?),
            _ => return None,
        };
        let attributes = (0..r.count()?)
            .map(|_| Some((r.str()?, r.pattern()?)))
            .collect::<Option<Vec<_>>>()?;
        entries.push((id, Message { value, attributes }));
    }
    (r.bytes.is_empty() && r.strings.is_empty()).then_some(entries)
}

/// The two columns being written.
#[derive(Default)]
struct Out {
    structure: Vec<u8>,
    strings: Vec<u8>,
}

impl Out {
    fn byte(&mut self, b: u8) {
        self.structure.push(b);
    }

    fn varint(&mut self, mut n: usize) {
        while n >= 0x80 {
            self.structure.push((n as u8 & 0x7f) | 0x80);
            n >>= 7;
        }
        self.structure.push(n as u8);
    }

    fn str(&mut self, s: &str) {
        self.varint(s.len());
        self.strings.extend_from_slice(s.as_bytes());
    }
}

fn pattern(out: &mut Out, p: &Pattern) {
    out.varint(p.0.len());
    for element in &p.0 {
        match element {
            Element::Text(text) => {
                out.byte(0);
                out.str(text);
            }
            Element::Placeable(e) => {
                out.byte(1);
                expression(out, e);
            }
        }
    }
}

fn expression(out: &mut Out, e: &Expression) {
    match e {
        Expression::Inline(i) => inline(out, i),
        Expression::Select {
            selector,
            variants,
            default,
        } => {
            out.byte(SELECT);
            inline(out, selector);
            out.varint(variants.len());
            for (key, value) in variants {
                match key {
                    Key::Name(name) => {
                        out.byte(0);
                        out.str(name);
                    }
                    Key::Number(n) => {
                        out.byte(1);
                        out.str(n);
                    }
                }
                pattern(out, value);
            }
            out.varint(*default);
        }
    }
}

fn inline(out: &mut Out, i: &Inline) {
    match i {
        Inline::Str(s) => {
            out.byte(0);
            out.str(s);
        }
        Inline::Number(n) => {
            out.byte(1);
            out.str(n);
        }
        Inline::Variable(name) => {
            out.byte(2);
            out.str(name);
        }
        Inline::Reference { id, attribute } => {
            out.byte(3);
            out.str(id);
            out.byte(u8::from(attribute.is_some()));
            if let Some(a) = attribute {
                out.str(a);
            }
        }
        Inline::Nested(e) => {
            out.byte(4);
            expression(out, e);
        }
        Inline::Function(name) => {
            out.byte(5);
            out.str(name);
        }
    }
}

/// Reads what the writers above wrote; every length is checked against what is there.
struct Reader<'a> {
    /// The structure not read yet.
    bytes: &'a [u8],
    /// The string column not read yet.
    strings: &'a [u8],
    /// Nesting of expressions, bounded so that a crafted file cannot exhaust the stack.
    depth: usize,
}

/// Deeper than any message needs (a select inside a placeable inside a select …).
const MAX_DEPTH: usize = 32;

impl Reader<'_> {
    fn byte(&mut self) -> Option<u8> {
        let (&b, rest) = self.bytes.split_first()?;
        self.bytes = rest;
        Some(b)
    }

    fn varint(&mut self) -> Option<usize> {
        let mut n: usize = 0;
        for shift in (0..usize::BITS).step_by(7) {
            let b = self.byte()?;
            n |= usize::from(b & 0x7f).checked_shl(shift)?;
            if b & 0x80 == 0 {
                return Some(n);
            }
        }
        None
    }

    /// A count of items that take at least one byte each: never more than the bytes left.
    fn count(&mut self) -> Option<usize> {
        let n = self.varint()?;
        (n <= self.bytes.len()).then_some(n)
    }

    fn str(&mut self) -> Option<Box<str>> {
        let n = self.varint()?;
        if n > self.strings.len() {
            return None;
        }
        let (s, rest) = self.strings.split_at(n);
        self.strings = rest;
        std::str::from_utf8(s).ok().map(Into::into)
    }

    fn pattern(&mut self) -> Option<Pattern> {
        let n = self.count()?;
        let mut elements = Vec::with_capacity(n);
        for _ in 0..n {
            elements.push(match self.byte()? {
                0 => Element::Text(self.str()?),
                1 => Element::Placeable(self.expression()?),
                _ => return None,
            });
        }
        Some(Pattern(elements))
    }

    fn expression(&mut self) -> Option<Expression> {
        self.depth += 1;
        if self.depth > MAX_DEPTH {
            return None;
        }
        let tag = *self.bytes.first()?;
        let e = if tag == SELECT {
            self.byte()?;
            let selector = self.inline()?;
            let n = self.count()?;
            let mut variants = Vec::with_capacity(n);
            for _ in 0..n {
                let key = match self.byte()? {
                    0 => Key::Name(self.str()?),
                    1 => Key::Number(self.str()?),
                    _ => return None,
                };
                variants.push((key, self.pattern()?));
            }
            let default = self.varint()?;
            if default >= variants.len() {
                return None;
            }
            Expression::Select {
                selector,
                variants,
                default,
            }
        } else {
            Expression::Inline(self.inline()?)
        };
        self.depth -= 1;
        Some(e)
    }

    fn inline(&mut self) -> Option<Inline> {
        Some(match self.byte()? {
            0 => Inline::Str(self.str()?),
            1 => Inline::Number(self.str()?),
            2 => Inline::Variable(self.str()?),
            3 => {
                let id = self.str()?;
                let attribute = match self.byte()? {
                    0 => None,
                    1 => Some(self.str()?),
                    _ => return None,
                };
                Inline::Reference { id, attribute }
            }
            4 => Inline::Nested(Box::new(self.expression()?)),
            5 => Inline::Function(self.str()?),
            _ => return None,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const TEXT: &str = "-brand = Begleitheft\n    .short = BH\na = Hallo { $name }, { -brand }!\n    .aria-label = { a }\nb = { $n ->\n    [0] null\n    [one] eins\n   *[other] { $n } { \"Stück\" } { { $x } }\n}\n";

    #[test]
    fn a_compiled_file_reads_back_to_the_same_messages() {
        let bytes = compile("de", &[("t.ftl", TEXT)]).expect("compiles");
        let compiled = Localizer::from_compiled("de", &[&bytes]).expect("reads");
        let parsed = Localizer::from_ftl("de", "t.ftl", TEXT).expect("parses");
        for (id, attr) in [("a", None), ("a", Some("aria-label")), ("b", None)] {
            for n in [0, 1, 5] {
                let args = [("name", "مريم".into()), ("n", n.into()), ("x", "y".into())];
                let (c, p) = match attr {
                    Some(a) => (compiled.attr_args(id, a, &args), parsed.attr_args(id, a, &args)),
                    None => (compiled.text_args(id, &args), parsed.text_args(id, &args)),
                };
                assert_eq!(c, p, "{id} {attr:?} {n}");
            }
        }
        assert!(compiled.has("a") && !compiled.has("-brand"));
    }

    #[test]
    fn errors_fail_the_compilation() {
        assert!(compile("de", &[("t.ftl", "a = A\nbroken =\n")]).is_err());
        assert!(compile("de", &[("1.ftl", "a = A\n"), ("2.ftl", "a = B\n")]).is_err());
        assert!(compile("xx", &[("t.ftl", "a = A\n")]).is_err());
    }

    #[test]
    fn damaged_files_are_refused_without_panicking() {
        let bytes = compile("de", &[("t.ftl", TEXT)]).expect("compiles");
        for cut in 0..bytes.len() {
            assert!(decode(&bytes[..cut]).is_none(), "cut at {cut}");
        }
        let mut longer = bytes.clone();
        longer.push(0);
        assert!(decode(&longer).is_none());
        for i in 4..bytes.len() {
            let mut flipped = bytes.clone();
            flipped[i] ^= 0xff;
            let _ = decode(&flipped);
        }
        // Deep nesting is refused rather than followed down the stack.
        let mut structure = vec![1, 1, 1, 1, 1];
        structure.extend(std::iter::repeat_n(4, 10_000));
        let mut deep = MAGIC.to_vec();
        let mut head = Out::default();
        head.varint(structure.len());
        deep.extend(head.structure);
        deep.extend(structure);
        deep.push(b'x');
        assert!(decode(&deep).is_none());
        assert_eq!(
            Localizer::from_compiled("de", &[b"BHL2\x05"]).err(),
            Some(I18nError::Damaged {
                tag: "de".into(),
                file: 0
            })
        );
    }
}
