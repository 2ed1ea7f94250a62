//! Begleitheft's translations: the Fluent files under `i18n/locales/<tag>/`, embedded in the binary, and the
//! lookups over them.
//!
//! # Layout
//!
//! - [`locales`] — the one table of the fourteen locales (tag, native name, direction, script, plural rules)
//!   and the negotiation from the browser's language list.
//! - [`embedded`] — every `.ftl` file found at build time (see `build.rs`); nobody lists files by hand.
//! - [`localizer`] — [`Localizer`], built for one locale, parsing only that locale's files, answering
//!   `text`/`attr` lookups with a visible `⟦id⟧` marker for anything missing.
//! - [`compiled`] — the build's form of a locale's files ([`compile`]), which the app reads without a parser.
//! - [`error`] — the [`I18nError`] type.
//!
//! **Architecture Invariant:** user-visible text comes from these files only. Every locale has the same
//! message ids, placeables and attributes as German (`tests/parity.rs`).

pub mod compiled;
#[cfg(feature = "embed")]
pub mod embedded;
pub mod error;
pub mod locales;
pub mod localizer;

pub use compiled::compile;
#[cfg(feature = "embed")]
pub use embedded::{Source, available_locales};
pub use error::I18nError;
pub use locales::{Direction, LOCALES, LocaleInfo, Script, default_locale, locale, negotiate};
pub use localizer::{Arg, Localizer, MISSING_CLOSE, MISSING_OPEN};
