//! The table of Begleitheft's fourteen locales and the negotiation from the browser's language list.
//!
//! The order is the order of need in German municipalities (see DESIGN.md, "Many languages") and is the order
//! the language switch shows.

use unic_langid::LanguageIdentifier;

/// Writing direction of a locale's script.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Direction {
    /// Left to right.
    Ltr,
    /// Right to left: the layout flips.
    Rtl,
}

impl Direction {
    /// The value for the HTML `dir` attribute.
    pub const fn html_dir(self) -> &'static str {
        match self {
            Self::Ltr => "ltr",
            Self::Rtl => "rtl",
        }
    }
}

/// The script a locale is written in, which decides the fonts it needs.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Script {
    /// Latin, covered by the system fonts of every phone.
    Latin,
    /// Cyrillic, covered by the system fonts.
    Cyrillic,
    /// Arabic script, including the Pashto and Sorani letters (covered by Android's Noto Naskh/Sans Arabic).
    Arabic,
    /// Ethiopic (Ge'ez): many phones lack it, so the app ships its own subset font.
    Ethiopic,
}

impl Script {
    /// The CSS font family the app ships from its own origin for this script, if the system cannot be
    /// trusted to have one. The frontend loads it only when such a locale is shown.
    pub const fn shipped_font(self) -> Option<&'static str> {
        match self {
            Self::Ethiopic => Some("Noto Sans Ethiopic"),
            Self::Latin | Self::Cyrillic | Self::Arabic => None,
        }
    }
}

/// Everything the app needs to know about one locale besides its messages.
#[derive(Debug, PartialEq, Eq, Hash)]
pub struct LocaleInfo {
    /// BCP 47 tag, also the folder name under `i18n/locales/`.
    pub tag: &'static str,
    /// The language's name in its own script, as the language switch shows it.
    pub native_name: &'static str,
    /// The language's English name, for advisors and logs.
    pub english_name: &'static str,
    /// Writing direction.
    pub direction: Direction,
    /// Script, which decides the font.
    pub script: Script,
    /// The tag whose CLDR plural rules apply. It equals `tag` except where `intl_pluralrules` (CLDR 37) has
    /// no rules for the tag itself; without it Fluent would silently fall back to English rules.
    pub plural_source_tag: &'static str,
}

impl LocaleInfo {
    /// The tag as a [`LanguageIdentifier`].
    pub fn langid(&self) -> LanguageIdentifier {
        self.tag.parse().expect("every tag in LOCALES parses (tested)")
    }

    /// The language identifier whose plural rules this locale uses.
    pub fn plural_langid(&self) -> LanguageIdentifier {
        self.plural_source_tag
            .parse()
            .expect("every plural source tag parses (tested)")
    }
}

/// All fourteen locales, German first (the default and the reference for the other translations).
pub static LOCALES: [LocaleInfo; 14] = [
    LocaleInfo {
        tag: "de",
        native_name: "Deutsch",
        english_name: "German",
        direction: Direction::Ltr,
        script: Script::Latin,
        plural_source_tag: "de",
    },
    LocaleInfo {
        tag: "ar",
        native_name: "العربية",
        english_name: "Arabic",
        direction: Direction::Rtl,
        script: Script::Arabic,
        plural_source_tag: "ar",
    },
    LocaleInfo {
        tag: "uk",
        native_name: "Українська",
        english_name: "Ukrainian",
        direction: Direction::Ltr,
        script: Script::Cyrillic,
        plural_source_tag: "uk",
    },
    LocaleInfo {
        tag: "ru",
        native_name: "Русский",
        english_name: "Russian",
        direction: Direction::Ltr,
        script: Script::Cyrillic,
        plural_source_tag: "ru",
    },
    LocaleInfo {
        tag: "prs",
        native_name: "دری",
        english_name: "Dari",
        direction: Direction::Rtl,
        script: Script::Arabic,
        // Dari is the Afghan variety of Persian; CLDR files it as `fa_AF`, which inherits `fa`'s plural rules
        // (one: i = 0 or n = 1). intl_pluralrules has no `prs`, and its fallback would be English.
        plural_source_tag: "fa",
    },
    LocaleInfo {
        tag: "ps",
        native_name: "پښتو",
        english_name: "Pashto",
        direction: Direction::Rtl,
        script: Script::Arabic,
        plural_source_tag: "ps",
    },
    LocaleInfo {
        tag: "tr",
        native_name: "Türkçe",
        english_name: "Turkish",
        direction: Direction::Ltr,
        script: Script::Latin,
        plural_source_tag: "tr",
    },
    LocaleInfo {
        tag: "kmr",
        native_name: "Kurmancî",
        english_name: "Kurmanji (Northern Kurdish)",
        direction: Direction::Ltr,
        script: Script::Latin,
        // CLDR's `ku` locale *is* Kurmanji in Latin script (Sorani is the separate `ckb`), so its rules
        // (one: n = 1) are Kurmanji's. Only this internal rule lookup ever sees `ku`; the app never offers it.
        plural_source_tag: "ku",
    },
    LocaleInfo {
        tag: "ckb",
        native_name: "کوردیی ناوەندی",
        english_name: "Sorani (Central Kurdish)",
        direction: Direction::Rtl,
        script: Script::Arabic,
        plural_source_tag: "ckb",
    },
    LocaleInfo {
        tag: "fa",
        native_name: "فارسی",
        english_name: "Persian (Farsi)",
        direction: Direction::Rtl,
        script: Script::Arabic,
        plural_source_tag: "fa",
    },
    LocaleInfo {
        tag: "so",
        native_name: "Soomaali",
        english_name: "Somali",
        direction: Direction::Ltr,
        script: Script::Latin,
        plural_source_tag: "so",
    },
    LocaleInfo {
        tag: "ti",
        native_name: "ትግርኛ",
        english_name: "Tigrinya",
        direction: Direction::Ltr,
        script: Script::Ethiopic,
        plural_source_tag: "ti",
    },
    LocaleInfo {
        tag: "en",
        native_name: "English",
        english_name: "English",
        direction: Direction::Ltr,
        script: Script::Latin,
        plural_source_tag: "en",
    },
    LocaleInfo {
        tag: "fr",
        native_name: "Français",
        english_name: "French",
        direction: Direction::Ltr,
        script: Script::Latin,
        plural_source_tag: "fr",
    },
];

/// The default locale, German: the language of the offices, and the reference for every translation.
pub fn default_locale() -> &'static LocaleInfo {
    &LOCALES[0]
}

/// The table entry for `tag` (ASCII case ignored), or `None` if the tag is not one of the fourteen.
pub fn locale(tag: &str) -> Option<&'static LocaleInfo> {
    LOCALES.iter().find(|l| l.tag.eq_ignore_ascii_case(tag))
}

/// Picks the locale for a browser's language list (`navigator.languages`, most preferred first).
///
/// The first entry that matches wins, by its base language: `de-AT` → `de`, `uk-UA` → `uk`. Special cases:
/// `fa-AF` is Dari (`prs`); `ku` is Kurmanji (`kmr`), except `ku-Arab`, which is Sorani (`ckb`) because
/// Kurdish in Arabic script is Sorani. Entries that do not parse, or name no locale of ours, are skipped;
/// with no match the result is German. Availability of translations is not checked here:
/// [`Localizer::new`](crate::Localizer::new) reports a locale without files.
pub fn negotiate(browser_languages: &[&str]) -> &'static LocaleInfo {
    browser_languages
        .iter()
        .find_map(|requested| match_one(requested))
        .unwrap_or_else(default_locale)
}

/// The locale for one requested language tag, if any.
fn match_one(requested: &str) -> Option<&'static LocaleInfo> {
    // Accept-Language style weights (`de;q=0.8`) and POSIX underscores (`fa_AF`) are tolerated.
    let requested = requested
        .split(';')
        .next()
        .unwrap_or_default()
        .trim()
        .replace('_', "-");
    let id: LanguageIdentifier = requested.parse().ok()?;
    let is_script = |s: &str| id.script.is_some_and(|script| script.as_str() == s);
    let is_region = |r: &str| id.region.is_some_and(|region| region.as_str() == r);
    let tag = match id.language.as_str() {
        "fa" if is_region("AF") => "prs",
        "ku" if is_script("Arab") => "ckb",
        "ku" => "kmr",
        other => other,
    };
    locale(tag)
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::HashSet;

    #[test]
    fn table_has_fourteen_unique_tags_in_order() {
        let tags: Vec<_> = LOCALES.iter().map(|l| l.tag).collect();
        assert_eq!(
            tags,
            [
                "de", "ar", "uk", "ru", "prs", "ps", "tr", "kmr", "ckb", "fa", "so", "ti", "en", "fr"
            ]
        );
        assert_eq!(tags.iter().collect::<HashSet<_>>().len(), 14);
        assert!(!tags.contains(&"ku"), "never a bare ku");
    }

    #[test]
    fn native_names_are_unique_and_not_english() {
        let names: HashSet<_> = LOCALES.iter().map(|l| l.native_name).collect();
        assert_eq!(names.len(), 14);
        assert_eq!(locale("ar").map(|l| l.native_name), Some("العربية"));
        assert_eq!(locale("ti").map(|l| l.native_name), Some("ትግርኛ"));
        assert_eq!(locale("ckb").map(|l| l.native_name), Some("کوردیی ناوەندی"));
    }

    #[test]
    fn rtl_exactly_for_arabic_script_locales() {
        let rtl: Vec<_> = LOCALES
            .iter()
            .filter(|l| l.direction == Direction::Rtl)
            .map(|l| l.tag)
            .collect();
        assert_eq!(rtl, ["ar", "prs", "ps", "ckb", "fa"]);
        for l in &LOCALES {
            assert_eq!(
                l.direction == Direction::Rtl,
                l.script == Script::Arabic,
                "{}",
                l.tag
            );
        }
    }

    #[test]
    fn scripts_and_fonts() {
        let ethiopic: Vec<_> = LOCALES
            .iter()
            .filter(|l| l.script == Script::Ethiopic)
            .map(|l| l.tag)
            .collect();
        assert_eq!(ethiopic, ["ti"]);
        assert_eq!(
            locale("ti").and_then(|l| l.script.shipped_font()),
            Some("Noto Sans Ethiopic")
        );
        let cyrillic: Vec<_> = LOCALES
            .iter()
            .filter(|l| l.script == Script::Cyrillic)
            .map(|l| l.tag)
            .collect();
        assert_eq!(cyrillic, ["uk", "ru"]);
        assert!(
            LOCALES
                .iter()
                .filter(|l| l.tag != "ti")
                .all(|l| l.script.shipped_font().is_none())
        );
    }

    #[test]
    fn every_tag_parses_and_is_canonical() {
        for l in &LOCALES {
            let id: LanguageIdentifier = l.tag.parse().expect(l.tag);
            assert_eq!(id.to_string(), l.tag);
            assert_eq!(l.langid(), id);
            let plural = l.plural_langid();
            assert!(plural.script.is_none() && plural.region.is_none(), "{}", l.tag);
        }
    }

    #[test]
    fn plural_sources_differ_only_for_dari_and_kurmanji() {
        let differing: Vec<_> = LOCALES
            .iter()
            .filter(|l| l.tag != l.plural_source_tag)
            .map(|l| (l.tag, l.plural_source_tag))
            .collect();
        assert_eq!(differing, [("prs", "fa"), ("kmr", "ku")]);
    }

    #[test]
    fn lookup_ignores_ascii_case() {
        assert_eq!(locale("DE").map(|l| l.tag), Some("de"));
        assert_eq!(locale("ku"), None);
        assert_eq!(locale("de-AT"), None);
    }

    #[test]
    fn negotiation() {
        let cases: &[(&[&str], &str)] = &[
            (&[], "de"),
            (&["de-DE", "en"], "de"),
            (&["en-US", "de"], "en"),
            (&["ar-SY"], "ar"),
            (&["fa-AF"], "prs"),
            (&["fa_AF"], "prs"),
            (&["fa-IR"], "fa"),
            (&["fa"], "fa"),
            (&["prs"], "prs"),
            (&["ku"], "kmr"),
            (&["ku-TR"], "kmr"),
            (&["ku-Latn-SY"], "kmr"),
            (&["ku-Arab-IQ"], "ckb"),
            (&["ckb-IQ"], "ckb"),
            (&["ti-ER"], "ti"),
            (&["uk-UA"], "uk"),
            (&["RU"], "ru"),
            (&["pt-BR", "es", "fr-CH", "en"], "fr"),
            (&["not a tag!", "so"], "so"),
            (&["tr;q=0.9"], "tr"),
            (&["zh-CN", "ja"], "de"),
            (&["*"], "de"),
        ];
        for (requested, expected) in cases {
            assert_eq!(negotiate(requested).tag, *expected, "{requested:?}");
        }
    }
}
