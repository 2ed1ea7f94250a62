//! The export file: the whole booklet in a versioned envelope, and an import that checks everything before it
//! returns, so a failed or corrupt import changes nothing.
//!
//! ```json
//! {"format": "begleitheft-booklet", "version": 2, "exported_at": 1709980200000, "booklet": {…}}
//! ```
//!
//! `version` is the schema version of the booklet inside; older exports are migrated like stored data.

use serde::Serialize;
use serde_json::Value;

use crate::error::{ImportError, LoadError};
use crate::migrate::load_value;
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
    let json = json.strip_prefix('\u{feff}').unwrap_or(json);
    let value: Value = serde_json::from_str(json).map_err(|e| ImportError::Corrupt {
        line: e.line(),
        column: e.column(),
    })?;
    let Value::Object(mut envelope) = value else {
        return Err(ImportError::NotABooklet);
    };
    if envelope.get("format").and_then(Value::as_str) != Some(EXPORT_FORMAT) {
        return Err(ImportError::NotABooklet);
    }
    let version = envelope
        .get("version")
        .and_then(Value::as_u64)
        .ok_or_else(|| malformed("version"))?;
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
    if envelope.get("exported_at").and_then(Value::as_i64).is_none() {
        return Err(malformed("exported_at"));
    }
    let booklet = envelope.remove("booklet").ok_or_else(|| malformed("booklet"))?;
    load_value(booklet).map_err(|e| match e {
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
