//! `Localizer` resolves messages itself; this checks it against Fluent's reference resolver (`fluent-bundle`,
//! a dev-dependency only): every message and attribute of every locale, with numbers that reach every plural
//! category, with text in both directions, and with its variables missing, gives the very same string — read
//! from the Fluent text, and from the compiled form the app downloads.
#![cfg(not(target_arch = "wasm32"))]

use std::borrow::Cow;
use std::collections::BTreeSet;

use fluent_bundle::{FluentArgs, FluentBundle, FluentResource, FluentValue};
use fluent_syntax::ast::{Entry, Expression, InlineExpression, Pattern, PatternElement, VariantKey};
use i18n::{Arg, Localizer, available_locales, embedded};

/// The variables a pattern uses, and the names of the variant keys it selects with.
fn walk(pattern: &Pattern<&str>, vars: &mut BTreeSet<String>, keys: &mut BTreeSet<String>) {
    fn inline(e: &InlineExpression<&str>, vars: &mut BTreeSet<String>, keys: &mut BTreeSet<String>) {
        match e {
            InlineExpression::VariableReference { id } => {
                vars.insert(id.name.to_owned());
            }
            InlineExpression::Placeable { expression } => expr(expression, vars, keys),
            _ => {}
        }
    }
    fn expr(e: &Expression<&str>, vars: &mut BTreeSet<String>, keys: &mut BTreeSet<String>) {
        match e {
            Expression::Inline(i) => inline(i, vars, keys),
            Expression::Select { selector, variants } => {
                inline(selector, vars, keys);
                for v in variants {
                    if let VariantKey::Identifier { name } = v.key {
                        keys.insert(name.to_owned());
                    }
                    walk(&v.value, vars, keys);
                }
            }
        }
    }
    for element in &pattern.elements {
        if let PatternElement::Placeable { expression } = element {
            expr(expression, vars, keys);
        }
    }
}

/// One lookup: message id, attribute, the variables its pattern uses, the string keys it selects on.
type Lookup = (String, Option<String>, BTreeSet<String>, BTreeSet<String>);

fn reference(args: &[(&str, Arg)]) -> FluentArgs<'static> {
    let mut out = FluentArgs::new();
    for (name, value) in args {
        let value = match value {
            Arg::Str(s) => FluentValue::String(Cow::Owned(s.clone())),
            Arg::Num(n) => FluentValue::from(*n),
        };
        out.set(name.to_string(), value);
    }
    out
}

#[test]
fn every_message_resolves_as_fluent_bundle_does() {
    let mut compared = 0;
    for info in available_locales() {
        let ours = Localizer::new(info.tag).expect("embedded locale");
        let files: Vec<(&str, &str)> = embedded::sources(info.tag)
            .iter()
            .map(|s| (s.file, s.text))
            .collect();
        let bytes = i18n::compile(info.tag, &files).expect("compiles");
        let compiled = Localizer::from_compiled(info.tag, &[&bytes]).expect("reads back");
        // The reference, set up as the app used it: the plural source's rules, placeables isolated.
        let mut langids = vec![info.plural_langid()];
        if info.plural_source_tag != info.tag {
            langids.push(info.langid());
        }
        let mut bundle = FluentBundle::new(langids);
        bundle.set_use_isolating(true);
        let mut lookups: Vec<Lookup> = Vec::new();
        for source in embedded::sources(info.tag) {
            let resource = FluentResource::try_new(source.text.to_owned()).expect("parses");
            bundle.add_resource(resource).expect("no duplicates");
            let ast = fluent_syntax::parser::parse(source.text).expect("parses");
            for entry in ast.body {
                let Entry::Message(m) = entry else { continue };
                if let Some(value) = &m.value {
                    let (mut vars, mut keys) = Default::default();
                    walk(value, &mut vars, &mut keys);
                    lookups.push((m.id.name.to_owned(), None, vars, keys));
                }
                for a in &m.attributes {
                    let (mut vars, mut keys) = Default::default();
                    walk(&a.value, &mut vars, &mut keys);
                    lookups.push((m.id.name.to_owned(), Some(a.id.name.to_owned()), vars, keys));
                }
            }
        }
        for (id, attr, vars, keys) in &lookups {
            let message = bundle.get_message(id).expect("in the bundle");
            let pattern = match attr {
                Some(a) => message.get_attribute(a).expect("attribute").value(),
                None => message.value().expect("value"),
            };
            // Numbers reaching every CLDR category (Arabic 0/1/2/3/11/100, Slavic 1/3/5/21), text in both
            // directions, every string key the message selects on, and nothing at all.
            let mut values: Vec<Option<Arg>> = [0, 1, 2, 3, 5, 11, 21, 100, -4]
                .into_iter()
                .map(|n| Some(Arg::Num(n)))
                .collect();
            values.extend(["Amal", "مريم", ""].map(|s| Some(Arg::from(s))));
            values.extend(keys.iter().map(|k| Some(Arg::from(k.as_str()))));
            values.push(None);
            for value in values {
                let args: Vec<(&str, Arg)> = match &value {
                    Some(v) => vars.iter().map(|name| (name.as_str(), v.clone())).collect(),
                    None => Vec::new(),
                };
                let got = match attr {
                    Some(a) => ours.attr_args(id, a, &args),
                    None => ours.text_args(id, &args),
                };
                let from_compiled = match attr {
                    Some(a) => compiled.attr_args(id, a, &args),
                    None => compiled.text_args(id, &args),
                };
                assert_eq!(from_compiled, got, "{}: {id} {attr:?} compiled", info.tag);
                let mut errors = Vec::new();
                let fluent_args = reference(&args);
                let expected = bundle.format_pattern(pattern, Some(&fluent_args), &mut errors);
                assert_eq!(got, expected, "{}: {id} {attr:?} with {value:?}", info.tag);
                compared += 1;
            }
        }
    }
    assert!(compared > 10_000, "only {compared} lookups compared");
}

#[test]
fn references_literals_and_nesting_resolve_as_fluent_bundle_does() {
    let text = r#"-brand = Begleitheft
    .short = BH
base = Basis
ref = Aus { base } und { -brand }
lit = { "wörtlich" } und { 42 } und { "\u00E4\\" }
nested = Vorher { { $x } } nachher
sel = { "b" ->
    [a] A
   *[b] B
}
num = { 3 ->
    [3] drei
   *[other] andere
}
loop = { loop }
gone = Fehlt { nirgends }
fn = Zahl { NUMBER($x) }
"#;
    let info = i18n::locale("de").expect("de");
    let ours = Localizer::from_ftl("de", "test.ftl", text).expect("de");
    let mut bundle = FluentBundle::new(vec![info.plural_langid()]);
    bundle.set_use_isolating(true);
    bundle
        .add_resource(FluentResource::try_new(text.to_owned()).expect("parses"))
        .expect("no duplicates");
    for id in ["ref", "lit", "nested", "sel", "num", "gone"] {
        let args = [("x", Arg::Num(7))];
        let mut errors = Vec::new();
        let pattern = bundle.get_message(id).and_then(|m| m.value()).expect("value");
        let expected = bundle.format_pattern(pattern, Some(&reference(&args)), &mut errors);
        assert_eq!(ours.text_args(id, &args), expected, "{id}");
    }
    // A cycle ends with an error rather than a hang; a function is not provided and says so.
    let _ = ours.text("loop");
    assert_eq!(
        ours.text_args("fn", &[("x", Arg::Num(7))]),
        "Zahl \u{2068}{NUMBER()}\u{2069}"
    );
    assert!(ours.format_errors().len() >= 3, "{:?}", ours.format_errors());
}
