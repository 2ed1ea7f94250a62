//! Every user-visible string comes from `i18n/`: this scan fails if the frontend's markup holds a text
//! literal with letters in it — a text node like `{ "Save" }` or an attribute such as `aria-label="Save"`.
//! Symbols (arrows, ✕, separators like " · ") are allowed; they read the same in every language.
#![cfg(not(target_arch = "wasm32"))]

use std::path::Path;

/// Attributes whose values people see or hear.
const VISIBLE_ATTRIBUTES: &[&str] = &[
    "aria-label=\"",
    "title=\"",
    "placeholder=\"",
    "alt=\"",
    "label=\"",
];

fn rust_files(dir: &Path, out: &mut Vec<std::path::PathBuf>) {
    for entry in std::fs::read_dir(dir).expect("the source folder is readable") {
        let path = entry.expect("a directory entry").path();
        if path.is_dir() {
            rust_files(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

/// The string literals that stand alone in braces (`{ "…" }`) right after a tag or another node, i.e. the
/// text nodes of `html!` — not `if … { "a" } else { "b" }` in plain Rust.
fn text_nodes(source: &str) -> Vec<String> {
    let mut found = Vec::new();
    let mut rest = source;
    while let Some(open) = rest.find('{') {
        let before = rest[..open].trim_end().chars().last();
        rest = &rest[open + 1..];
        if !matches!(before, Some('>' | '}')) {
            continue;
        }
        let trimmed = rest.trim_start();
        if let Some(body) = trimmed.strip_prefix('"')
            && let Some(end) = body.find('"')
            && body[end + 1..].trim_start().starts_with('}')
        {
            found.push(body[..end].to_string());
        }
    }
    found
}

/// Values of visible attributes written as literals.
fn attribute_literals(source: &str) -> Vec<String> {
    let mut found = Vec::new();
    for attr in VISIBLE_ATTRIBUTES {
        let mut rest = source;
        // A leading space, so that `label="` does not match inside `aria-label="`.
        let needle = format!(" {attr}");
        while let Some(at) = rest.find(&needle) {
            rest = &rest[at + needle.len()..];
            if let Some(end) = rest.find('"') {
                found.push(rest[..end].to_string());
            }
        }
    }
    found
}

fn has_words(text: &str) -> bool {
    text.chars().any(char::is_alphabetic)
}

#[test]
fn no_user_visible_literal_in_the_frontend() {
    let mut files = Vec::new();
    rust_files(&Path::new(env!("CARGO_MANIFEST_DIR")).join("src"), &mut files);
    assert!(files.len() > 10, "the scan found the sources");
    let mut offences = Vec::new();
    for file in &files {
        let source = std::fs::read_to_string(file).expect("a source file is readable");
        // Only markup: code between `html!` and the end of the file is where text nodes live.
        for literal in text_nodes(&source).into_iter().chain(attribute_literals(&source)) {
            if has_words(&literal) {
                offences.push(format!("{}: {literal:?}", file.display()));
            }
        }
    }
    assert!(
        offences.is_empty(),
        "user-visible literals outside i18n/:\n{}",
        offences.join("\n")
    );
}

#[test]
fn the_scan_catches_what_it_should() {
    assert_eq!(
        text_nodes(r#"html! { <b>{ "Speichern" }</b> }"#),
        vec!["Speichern"]
    );
    assert_eq!(text_nodes(r#"<i>{ "↑" } { t.text("x") }</i>"#), vec!["↑"]);
    assert!(text_nodes(r#"if a { "de" } else { "en" }"#).is_empty());
    assert_eq!(
        attribute_literals(r#"<button aria-label="Close">"#),
        vec!["Close"]
    );
    assert!(has_words("Close") && has_words("إغلاق") && !has_words(" · ") && !has_words("✕"));
}
