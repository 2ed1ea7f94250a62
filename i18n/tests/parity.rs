//! Every locale says the same things as German: same message ids, same variables, same attributes; every
//! file parses; every message formats. Reads the files from disk and checks the embedded copy matches.
#![cfg(not(target_arch = "wasm32"))]

use std::collections::{BTreeMap, BTreeSet};
use std::fmt::Write as _;
use std::fs;
use std::path::{Path, PathBuf};

use fluent_syntax::ast::{Entry, Expression, InlineExpression, Pattern, PatternElement};
use i18n::{Arg, LOCALES, Localizer, available_locales, embedded, locale};

/// Per message: for its value (key `""`) and each attribute (key `.name`), the variables it uses.
type Shape = BTreeMap<String, BTreeSet<String>>;

/// One locale as found on disk: each message's shape, plus any parse problems.
struct Parsed {
    messages: BTreeMap<String, Shape>,
    problems: Vec<String>,
}

fn locales_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("locales")
}

/// Locale folders on disk that contain at least one `.ftl` file, sorted.
fn locale_folders() -> Vec<(String, Vec<PathBuf>)> {
    let mut folders = Vec::new();
    for entry in fs::read_dir(locales_dir()).expect("i18n/locales exists") {
        let path = entry.expect("readable entry").path();
        if !path.is_dir() {
            continue;
        }
        let tag = path
            .file_name()
            .and_then(|n| n.to_str())
            .expect("UTF-8 folder name")
            .to_owned();
        if tag.starts_with('.') {
            continue;
        }
        let mut files: Vec<PathBuf> = fs::read_dir(&path)
            .expect("readable folder")
            .map(|e| e.expect("readable entry").path())
            .filter(|p| p.is_file() && p.extension().is_some_and(|e| e == "ftl"))
            .collect();
        files.sort();
        if !files.is_empty() {
            folders.push((tag, files));
        }
    }
    folders.sort();
    folders
}

fn parse_locale(files: &[PathBuf]) -> Parsed {
    let mut parsed = Parsed {
        messages: BTreeMap::new(),
        problems: Vec::new(),
    };
    for file in files {
        let name = file.file_name().and_then(|n| n.to_str()).unwrap_or("?");
        let text = fs::read_to_string(file).expect("readable .ftl file");
        let resource = match fluent_syntax::parser::parse(text.as_str()) {
            Ok(resource) => resource,
            Err((resource, errors)) => {
                for e in errors {
                    let line = text[..e.pos.start.min(text.len())].lines().count().max(1);
                    parsed.problems.push(format!("{name}:{line}: {e}"));
                }
                resource
            }
        };
        for entry in resource.body {
            match entry {
                Entry::Message(message) => {
                    let mut shape = Shape::new();
                    if let Some(value) = &message.value {
                        shape.insert(String::new(), variables(value));
                    }
                    for attr in &message.attributes {
                        shape.insert(format!(".{}", attr.id.name), variables(&attr.value));
                    }
                    let id = message.id.name.to_owned();
                    if parsed.messages.insert(id.clone(), shape).is_some() {
                        parsed
                            .problems
                            .push(format!("{name}: message {id} defined twice"));
                    }
                }
                Entry::Junk { content } => {
                    parsed
                        .problems
                        .push(format!("{name}: unparsable: {}", content.trim()));
                }
                _ => {}
            }
        }
    }
    parsed
}

/// Variables referenced anywhere in a pattern: placeables, selectors, variants, call arguments.
fn variables(pattern: &Pattern<&str>) -> BTreeSet<String> {
    let mut found = BTreeSet::new();
    collect_pattern(pattern, &mut found);
    found
}

fn collect_pattern(pattern: &Pattern<&str>, found: &mut BTreeSet<String>) {
    for element in &pattern.elements {
        if let PatternElement::Placeable { expression } = element {
            collect_expression(expression, found);
        }
    }
}

fn collect_expression(expression: &Expression<&str>, found: &mut BTreeSet<String>) {
    match expression {
        Expression::Select { selector, variants } => {
            collect_inline(selector, found);
            for variant in variants {
                collect_pattern(&variant.value, found);
            }
        }
        Expression::Inline(inline) => collect_inline(inline, found),
    }
}

fn collect_inline(inline: &InlineExpression<&str>, found: &mut BTreeSet<String>) {
    match inline {
        InlineExpression::VariableReference { id } => {
            found.insert(id.name.to_owned());
        }
        InlineExpression::FunctionReference { arguments, .. } => {
            for arg in &arguments.positional {
                collect_inline(arg, found);
            }
            for arg in &arguments.named {
                collect_inline(&arg.value, found);
            }
        }
        InlineExpression::TermReference {
            arguments: Some(arguments),
            ..
        } => {
            for arg in &arguments.positional {
                collect_inline(arg, found);
            }
            for arg in &arguments.named {
                collect_inline(&arg.value, found);
            }
        }
        InlineExpression::Placeable { expression } => collect_expression(expression, found),
        _ => {}
    }
}

fn all_parsed() -> BTreeMap<String, Parsed> {
    locale_folders()
        .into_iter()
        .map(|(tag, files)| (tag, parse_locale(&files)))
        .collect()
}

#[test]
fn every_folder_is_a_known_locale_and_german_exists() {
    let folders: Vec<String> = locale_folders().into_iter().map(|(tag, _)| tag).collect();
    assert!(
        folders.iter().any(|t| t == "de"),
        "German is the reference and must exist"
    );
    for tag in &folders {
        let info = locale(tag).unwrap_or_else(|| panic!("folder locales/{tag} is not in the locale table"));
        assert_eq!(info.tag, tag, "folder names use the table's spelling");
    }
}

#[test]
fn embedded_files_match_the_files_on_disk() {
    let on_disk = locale_folders();
    let embedded_tags: Vec<&str> = embedded::embedded_tags().collect();
    assert_eq!(
        embedded_tags,
        on_disk.iter().map(|(t, _)| t.as_str()).collect::<Vec<_>>()
    );
    for (tag, files) in &on_disk {
        let sources = embedded::sources(tag);
        assert_eq!(sources.len(), files.len(), "{tag}: embedded file count");
        for (source, file) in sources.iter().zip(files) {
            assert_eq!(
                Some(source.file),
                file.file_name().and_then(|n| n.to_str()),
                "{tag}"
            );
            let text = fs::read_to_string(file).expect("readable");
            assert!(
                source.text == text,
                "{tag}/{}: embedded text is stale",
                source.file
            );
        }
    }
    let available: Vec<&str> = available_locales().iter().map(|l| l.tag).collect();
    let expected: Vec<&str> = LOCALES
        .iter()
        .map(|l| l.tag)
        .filter(|t| on_disk.iter().any(|(d, _)| d == t))
        .collect();
    assert_eq!(available, expected);
}

#[test]
fn every_file_parses_without_errors() {
    let mut report = String::new();
    for (tag, parsed) in all_parsed() {
        for problem in &parsed.problems {
            writeln!(report, "{tag}/{problem}").expect("String write");
        }
        let localizer = Localizer::new(&tag).expect("folder is a known locale");
        for error in localizer.load_errors() {
            writeln!(report, "{error}").expect("String write");
        }
    }
    assert!(report.is_empty(), "Fluent files with errors:\n{report}");
}

#[test]
fn every_locale_has_the_same_messages_as_german() {
    let all = all_parsed();
    let german = &all.get("de").expect("German exists").messages;
    let mut report = String::new();
    for (tag, parsed) in &all {
        let ids: BTreeSet<&String> = parsed.messages.keys().collect();
        let reference: BTreeSet<&String> = german.keys().collect();
        let missing: Vec<_> = reference.difference(&ids).collect();
        let extra: Vec<_> = ids.difference(&reference).collect();
        if !missing.is_empty() {
            writeln!(report, "{tag}: missing {} ids: {missing:?}", missing.len()).expect("String write");
        }
        if !extra.is_empty() {
            writeln!(report, "{tag}: {} ids not in German: {extra:?}", extra.len()).expect("String write");
        }
    }
    assert!(report.is_empty(), "message ids differ from German:\n{report}");
}

#[test]
fn every_message_has_germans_variables_and_attributes() {
    let all = all_parsed();
    let german = &all.get("de").expect("German exists").messages;
    let mut report = String::new();
    for (tag, parsed) in &all {
        for (id, shape) in &parsed.messages {
            let Some(reference) = german.get(id) else { continue };
            let parts: BTreeSet<&String> = shape.keys().chain(reference.keys()).collect();
            for part in parts {
                let label = if part.is_empty() { "value" } else { part.as_str() };
                match (reference.get(part), shape.get(part)) {
                    (Some(want), Some(got)) if want != got => {
                        writeln!(
                            report,
                            "{tag} {id} {label}: variables {got:?}, German has {want:?}"
                        )
                    }
                    (Some(_), None) => writeln!(report, "{tag} {id}: lacks {label}"),
                    (None, Some(_)) => writeln!(report, "{tag} {id}: has {label}, German has not"),
                    _ => Ok(()),
                }
                .expect("String write");
            }
        }
    }
    assert!(
        report.is_empty(),
        "placeables or attributes differ from German:\n{report}"
    );
}

#[test]
fn every_message_formats_without_errors() {
    let mut report = String::new();
    for (tag, parsed) in all_parsed() {
        let localizer = Localizer::new(&tag).expect("folder is a known locale");
        for (id, shape) in &parsed.messages {
            for (part, vars) in shape {
                // Numbers exercise plural selectors across categories; a string exercises the rest.
                let samples = [
                    Arg::Num(0),
                    Arg::Num(1),
                    Arg::Num(2),
                    Arg::Num(5),
                    Arg::Num(11),
                    "Ana".into(),
                ];
                for sample in samples {
                    let args: Vec<(&str, Arg)> = vars.iter().map(|v| (v.as_str(), sample.clone())).collect();
                    let text = match part.strip_prefix('.') {
                        Some(attr) => localizer.attr_args(id, attr, &args),
                        None => localizer.text_args(id, &args),
                    };
                    if text.trim().is_empty() {
                        writeln!(report, "{tag} {id}{part}: empty text").expect("String write");
                    }
                }
            }
        }
        for id in localizer.missing_ids() {
            writeln!(report, "{tag}: {id} not found at run time").expect("String write");
        }
        for error in localizer.format_errors() {
            writeln!(report, "{tag}: {error}").expect("String write");
        }
    }
    assert!(
        report.is_empty(),
        "messages that do not format cleanly:\n{report}"
    );
}

#[test]
fn locales_without_files_are_reported() {
    for info in &LOCALES {
        let result = Localizer::new(info.tag);
        if embedded::sources(info.tag).is_empty() {
            assert_eq!(
                result.err(),
                Some(i18n::I18nError::NotAvailable {
                    tag: info.tag.to_owned()
                })
            );
        } else {
            assert!(result.is_ok(), "{}", info.tag);
        }
    }
}
