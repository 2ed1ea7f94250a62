//! Errors of building a [`Localizer`](crate::Localizer).

/// What can go wrong when a locale is loaded.
///
/// `Clone + PartialEq` so the frontend can keep it in state and show it.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum I18nError {
    /// The tag is not one of the fourteen in [`LOCALES`](crate::LOCALES).
    #[error("unknown locale {tag:?}")]
    UnknownLocale {
        /// The tag that was asked for.
        tag: String,
    },
    /// The locale is in the table but no `.ftl` file for it was embedded (not translated yet).
    #[error("no translations embedded for locale {tag:?}")]
    NotAvailable {
        /// The locale's tag.
        tag: String,
    },
    /// A file has a syntax error; the entries around it still load.
    #[error("syntax error in {tag}/{file} at byte {offset}: {detail}")]
    Syntax {
        /// The locale's tag.
        tag: String,
        /// The file name inside the locale's folder.
        file: String,
        /// Byte offset of the error in the file.
        offset: usize,
        /// The parser's description.
        detail: String,
    },
    /// A compiled locale file (see [`compile`](crate::compile)) that cannot be read: cut off, or not one.
    #[error("compiled locale file {file} of {tag} is damaged")]
    Damaged {
        /// The locale's tag.
        tag: String,
        /// Which of the files given (0 for the first).
        file: usize,
    },
    /// A message or term id is defined twice in one locale; the first definition wins.
    #[error("{tag}/{file} defines {id:?} again")]
    Duplicate {
        /// The locale's tag.
        tag: String,
        /// The file with the second definition.
        file: String,
        /// The repeated id.
        id: String,
    },
}
