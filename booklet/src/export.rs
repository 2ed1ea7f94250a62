//! The export file: the whole booklet in a versioned envelope, and an import that checks everything before it
//! returns, so a failed or corrupt import changes nothing.
//!
//! ```json
//! {"format": "begleitheft-booklet", "version": 2, "exported_at": 1709980200000, "booklet": {…}}
//! ```
//!
//! `version` is the schema version of the booklet inside; older exports are migrated like stored data.

use serde::{Deserialize, Serialize};
use serde_json::value::RawValue;

use crate::error::{ImportError, LoadError};
use crate::migrate::load_json;
use crate::model::{Booklet, SCHEMA_VERSION};
use crate::time::Timestamp;

/// The `format` tag that marks a Begleitheft export.
pub const EXPORT_FORMAT: &str = "begleitheft-booklet";

#[derive(Serialize)]
struct Envelope<'a> {
    format: &'static str,
    version: u32,
    exported_at: Timestamp,
    booklet: &'a Booklet,
}

/// Writes `booklet` as an export file (indented JSON, so a curious owner can read it).
pub fn export_json(booklet: &Booklet, exported_at: Timestamp) -> String {
    let envelope = Envelope {
        format: EXPORT_FORMAT,
        version: SCHEMA_VERSION,
        exported_at,
        booklet,
    };
    serde_json::to_string_pretty(&envelope).expect("a booklet has only string keys and always serialises")
}

/// Reads an export file: checks the envelope, migrates an older booklet and validates every invariant.
///
/// Foreign JSON gives [`ImportError::NotABooklet`], damaged or cut-off text [`ImportError::Corrupt`], a file
/// from a newer app [`ImportError::NewerVersion`], a wrong shape [`ImportError::Malformed`], and a broken
/// invariant [`ImportError::Invalid`].
pub fn import_json(json: &str) -> Result<Booklet, ImportError> {
    /// The envelope's fields, each left unparsed until it is checked, so that a foreign file with the same
    /// field names but other types is "not a booklet" rather than "corrupt".
    #[derive(Deserialize)]
    struct Incoming<'a> {
        #[serde(borrow)]
        format: Option<&'a RawValue>,
        #[serde(borrow)]
        version: Option<&'a RawValue>,
        #[serde(borrow)]
        exported_at: Option<&'a RawValue>,
        #[serde(borrow)]
        booklet: Option<&'a RawValue>,
    }
    fn parse<'a, T: Deserialize<'a>>(raw: Option<&'a RawValue>) -> Option<T> {
        serde_json::from_str(raw?.get()).ok()
    }

    let json = json.strip_prefix('\u{feff}').unwrap_or(json);
    let envelope: Incoming = match serde_json::from_str(json) {
        Ok(envelope) => envelope,
        Err(e) if e.is_syntax() || e.is_eof() => {
            return Err(ImportError::Corrupt {
                line: e.line(),
                column: e.column(),
            });
        }
        // Valid JSON of another shape (an array, a string, …).
        Err(_) => return Err(ImportError::NotABooklet),
    };
    if parse::<&str>(envelope.format) != Some(EXPORT_FORMAT) {
        return Err(ImportError::NotABooklet);
    }
    let version: u64 = parse(envelope.version).ok_or_else(|| malformed("version"))?;
    let version = u32::try_from(version).unwrap_or(u32::MAX);
    if version > SCHEMA_VERSION {
        return Err(ImportError::NewerVersion {
            found: version,
            supported: SCHEMA_VERSION,
        });
    }
    if version == 0 {
        return Err(malformed("version 0"));
    }
    if parse::<i64>(envelope.exported_at).is_none() {
        return Err(malformed("exported_at"));
    }
    let booklet = envelope.booklet.ok_or_else(|| malformed("booklet"))?;
    load_json(booklet.get()).map_err(|e| match e {
        LoadError::Corrupt { line, column } => ImportError::Corrupt { line, column },
        LoadError::Malformed { detail } => ImportError::Malformed { detail },
        LoadError::NewerVersion { found, supported } => ImportError::NewerVersion { found, supported },
        LoadError::Invalid(v) => ImportError::Invalid(v),
    })
}

fn malformed(what: &str) -> ImportError {
    ImportError::Malformed {
        detail: format!("envelope: {what} missing or wrong"),
    }
}

#[cfg(test)]
mod tests;
