//! The typed errors of the share codec. Each names a Fluent message id (`message_id()`); the texts live in
//! `i18n/`. `Display` shows the id, for logs only.

use thiserror::Error;

use crate::catalog::Arg;
use crate::error::ValidationError;
use crate::id::Id;
use crate::time::Date;

/// Why a selection could not be packed into a share.
#[derive(Clone, Debug, PartialEq, Eq, Error)]
pub enum EncodeError {
    /// Nothing was chosen.
    #[error("share-error-empty-selection")]
    EmptySelection,
    /// The selection names an entry that is not in the booklet (perhaps deleted meanwhile).
    #[error("share-error-unknown-entry ({0})")]
    UnknownEntry(Id),
    /// The expiry day is before the issue day or more than [`super::MAX_DAYS`] days after it.
    #[error("share-error-expiry-out-of-range")]
    ExpiryOutOfRange,
    /// The issue day cannot be written (before 2020-01-01 or after 2199-06-06, see [`super::EPOCH`]).
    #[error("share-error-issue-out-of-range")]
    IssueOutOfRange,
    /// A chosen entry breaks an invariant of the booklet, so a reader would refuse it.
    #[error("share-error-invalid-entry ({0})")]
    Invalid(ValidationError),
    /// The payload would be larger than any QR code holds ([`super::MAX_PAYLOAD`] bytes, or a body above
    /// [`super::MAX_BODY`] bytes before compression).
    #[error("share-error-selection-too-large ({bytes} bytes)")]
    TooLarge {
        /// The size reached, in bytes.
        bytes: usize,
    },
}

impl EncodeError {
    /// The Fluent message id.
    pub const fn message_id(&self) -> &'static str {
        match self {
            EncodeError::EmptySelection => "share-error-empty-selection",
            EncodeError::UnknownEntry(_) => "share-error-unknown-entry",
            EncodeError::ExpiryOutOfRange => "share-error-expiry-out-of-range",
            EncodeError::IssueOutOfRange => "share-error-issue-out-of-range",
            EncodeError::Invalid(_) => "share-error-invalid-entry",
            EncodeError::TooLarge { .. } => "share-error-selection-too-large",
        }
    }

    /// The Fluent arguments: `max_days` for [`EncodeError::ExpiryOutOfRange`], `bytes` for
    /// [`EncodeError::TooLarge`].
    pub fn args(&self) -> Vec<(&'static str, Arg)> {
        match self {
            EncodeError::ExpiryOutOfRange => vec![("max_days", Arg::Num(i64::from(super::MAX_DAYS)))],
            EncodeError::TooLarge { bytes } => vec![("bytes", Arg::Num(*bytes as i64))],
            _ => Vec::new(),
        }
    }
}

/// Why bytes or text are not a readable share.
#[derive(Clone, Debug, PartialEq, Eq, Error)]
pub enum DecodeError {
    /// Shorter than its header says: cut off (e.g. a URL shortened by a messenger).
    #[error("share-error-truncated")]
    Truncated,
    /// The checksum does not match, or the content is not well-formed: a misread or tampered code.
    #[error("share-error-damaged")]
    Damaged,
    /// A well-formed share of a format version this app does not know (written by a newer app).
    #[error("share-error-unknown-version ({0})")]
    UnknownVersion(u8),
    /// The text holds a character outside the share alphabet.
    #[error("share-error-bad-alphabet")]
    BadAlphabet,
    /// Longer than any share can be.
    #[error("share-error-too-large")]
    TooLarge,
}

impl DecodeError {
    /// The Fluent message id.
    pub const fn message_id(&self) -> &'static str {
        match self {
            DecodeError::Truncated => "share-error-truncated",
            DecodeError::Damaged => "share-error-damaged",
            DecodeError::UnknownVersion(_) => "share-error-unknown-version",
            DecodeError::BadAlphabet => "share-error-bad-alphabet",
            DecodeError::TooLarge => "share-error-too-large",
        }
    }

    /// The Fluent arguments: `version` for [`DecodeError::UnknownVersion`].
    pub fn args(&self) -> Vec<(&'static str, Arg)> {
        match self {
            DecodeError::UnknownVersion(v) => vec![("version", Arg::Num(i64::from(*v)))],
            _ => Vec::new(),
        }
    }
}

/// What a scanned code is, when it is not a booklet share.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum ForeignKind {
    /// An EU Digital COVID Certificate (`HC1:`).
    CovidCertificate,
    /// A SMART Health Card (`shc:/`).
    SmartHealthCard,
    /// Some other web address.
    Url,
    /// Anything else.
    Other,
}

impl ForeignKind {
    /// The Fluent message id.
    pub const fn message_id(self) -> &'static str {
        match self {
            ForeignKind::CovidCertificate => "share-error-foreign-covid",
            ForeignKind::SmartHealthCard => "share-error-foreign-shc",
            ForeignKind::Url => "share-error-foreign-url",
            ForeignKind::Other => "share-error-foreign",
        }
    }
}

/// Why a scanned code or opened URL does not show a share.
#[derive(Clone, Debug, PartialEq, Eq, Error)]
pub enum ScanError {
    /// Not a booklet share at all.
    #[error("share-error-foreign ({0:?})")]
    Foreign(ForeignKind),
    /// A booklet share that cannot be read.
    #[error(transparent)]
    Decode(#[from] DecodeError),
    /// A valid share whose time is over. Nothing of its content is returned.
    #[error("share-error-expired ({expires})")]
    Expired {
        /// The last day it was valid.
        expires: Date,
    },
}

impl ScanError {
    /// The Fluent message id (one per foreign kind, one per decode error).
    pub const fn message_id(&self) -> &'static str {
        match self {
            ScanError::Foreign(kind) => kind.message_id(),
            ScanError::Decode(e) => e.message_id(),
            ScanError::Expired { .. } => "share-error-expired",
        }
    }

    /// The Fluent arguments: `expires` (an ISO date; the UI may format the field itself) for an expired share.
    pub fn args(&self) -> Vec<(&'static str, Arg)> {
        match self {
            ScanError::Decode(e) => e.args(),
            ScanError::Expired { expires } => vec![("expires", Arg::Str(expires.to_string()))],
            ScanError::Foreign(_) => Vec::new(),
        }
    }
}

/// Every message id the codec's errors can name. They are not (yet) in [`crate::catalog::all_message_ids`],
/// whose ids every locale must define; the UI adds their texts.
pub const MESSAGE_IDS: &[&str] = &[
    "share-error-empty-selection",
    "share-error-unknown-entry",
    "share-error-expiry-out-of-range",
    "share-error-issue-out-of-range",
    "share-error-invalid-entry",
    "share-error-selection-too-large",
    "share-error-truncated",
    "share-error-damaged",
    "share-error-unknown-version",
    "share-error-bad-alphabet",
    "share-error-too-large",
    "share-error-foreign-covid",
    "share-error-foreign-shc",
    "share-error-foreign-url",
    "share-error-foreign",
    "share-error-expired",
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_error_names_a_listed_id() {
        let mut ids: Vec<&str> = [
            EncodeError::EmptySelection,
            EncodeError::UnknownEntry(Id::from_u128(1)),
            EncodeError::ExpiryOutOfRange,
            EncodeError::IssueOutOfRange,
            EncodeError::Invalid(ValidationError::TitleEmpty),
            EncodeError::TooLarge { bytes: 1 },
        ]
        .iter()
        .map(EncodeError::message_id)
        .collect();
        let decode = [
            DecodeError::Truncated,
            DecodeError::Damaged,
            DecodeError::UnknownVersion(9),
            DecodeError::BadAlphabet,
            DecodeError::TooLarge,
        ];
        ids.extend(decode.iter().map(DecodeError::message_id));
        ids.extend(
            [
                ForeignKind::CovidCertificate,
                ForeignKind::SmartHealthCard,
                ForeignKind::Url,
                ForeignKind::Other,
            ]
            .map(ForeignKind::message_id),
        );
        ids.push(
            ScanError::Expired {
                expires: Date::from_days_since_epoch(0).unwrap(),
            }
            .message_id(),
        );
        assert_eq!(ids, MESSAGE_IDS);
        for e in decode {
            assert_eq!(ScanError::Decode(e.clone()).message_id(), e.message_id());
            assert_eq!(e.to_string().split(' ').next(), Some(e.message_id()));
        }
    }
}
