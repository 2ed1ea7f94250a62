//! Every message id that the `booklet` crate can name — catalogue labels, validation errors, share codec
//! errors, sync and link-share errors — exists in every locale present.
#![cfg(not(target_arch = "wasm32"))]

use i18n::{Localizer, available_locales};

#[test]
fn every_catalogue_message_exists_in_every_locale() {
    let mut report = String::new();
    for info in available_locales() {
        let localizer = Localizer::new(info.tag).expect("available locale loads");
        let missing: Vec<String> = booklet::catalog::all_message_ids()
            .into_iter()
            .chain(booklet::codec::MESSAGE_IDS.iter().copied())
            .chain(booklet::sync::crypto::MESSAGE_IDS.iter().copied())
            .chain(booklet::sync::wire::MESSAGE_IDS.iter().copied())
            .chain(booklet::sync::replica::MESSAGE_IDS.iter().copied())
            .chain(booklet::link::MESSAGE_IDS.iter().copied())
            .map(|id| AsRef::<str>::as_ref(&id).to_owned())
            .filter(|id| !localizer.has(id))
            .collect();
        if !missing.is_empty() {
            report.push_str(&format!("{}: {} missing: {missing:?}\n", info.tag, missing.len()));
        }
    }
    assert!(report.is_empty(), "catalogue labels missing:\n{report}");
}
