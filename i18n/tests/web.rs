//! In a real browser: every available locale loads, plurals select by number, placeables are isolated.
#![cfg(target_arch = "wasm32")]

use i18n::{Arg, Localizer, MISSING_OPEN, available_locales};
use wasm_bindgen_test::{wasm_bindgen_test, wasm_bindgen_test_configure};

wasm_bindgen_test_configure!(run_in_browser);

const FSI: char = '\u{2068}';
const PDI: char = '\u{2069}';

#[wasm_bindgen_test]
fn every_available_locale_loads_and_formats() {
    let available = available_locales();
    assert!(available.iter().any(|l| l.tag == "de"));
    for info in available {
        let l = Localizer::new(info.tag).expect("available locale loads");
        assert!(l.load_errors().is_empty(), "{}: {:?}", info.tag, l.load_errors());
        assert!(!l.text("app-title").starts_with(MISSING_OPEN), "{}", info.tag);
        // Every plural category the locale has is reached by one of these numbers (Arabic: 0 zero, 1 one,
        // 2 two, 3 few, 11 many, 100 other). Zero/one/two forms may spell the number out, so only the
        // form for 100 (other, or many in Russian and Ukrainian) must contain the isolated numeral.
        for n in [0, 1, 2, 3, 5, 11, 21, 100] {
            let text = l.text_args("entry-count", &[("count", Arg::from(n))]);
            assert!(!text.trim().is_empty(), "{}: {n}", info.tag);
        }
        let text = l.text_args("entry-count", &[("count", Arg::from(100))]);
        assert!(text.contains(&format!("{FSI}100{PDI}")), "{}: {text}", info.tag);
        assert!(
            l.missing_ids().is_empty() && l.format_errors().is_empty(),
            "{}",
            info.tag
        );
    }
}

#[wasm_bindgen_test]
fn german_plural_forms() {
    let de = Localizer::new("de").expect("German is embedded");
    assert_eq!(
        de.text_args("entry-count", &[("count", 1.into())]),
        format!("{FSI}1{PDI} Eintrag")
    );
    assert_eq!(
        de.text_args("entry-count", &[("count", 3.into())]),
        format!("{FSI}3{PDI} Einträge")
    );
}

#[wasm_bindgen_test]
fn user_text_is_isolated_in_both_directions() {
    let de = Localizer::new("de").expect("German is embedded");
    let text = de.text_args("entry-added-by", &[("name", "مريم – Caritas".into())]);
    assert!(text.contains(&format!("{FSI}مريم – Caritas{PDI}")), "{text}");
    for info in available_locales() {
        let l = Localizer::new(info.tag).expect("available locale loads");
        let text = l.text_args("entry-added-by", &[("name", "Jobcenter Köln".into())]);
        assert!(
            text.contains(&format!("{FSI}Jobcenter Köln{PDI}")),
            "{}: {text}",
            info.tag
        );
    }
}
