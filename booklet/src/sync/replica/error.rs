//! The one error type of sync's pure part.

use thiserror::Error;

use crate::catalog::Arg;

/// Why sync data was refused. Carries a Fluent message id, never English.
#[derive(Clone, Debug, PartialEq, Eq, Error)]
pub enum SyncError {
    /// Operations or a snapshot that are cut off, malformed, carry trailing bytes or an entry that breaks the
    /// booklet's rules. Their seal opened, so this is a bug or a newer format, never a transmission error.
    #[error("error-sync-damaged")]
    Damaged,
    /// Written by a newer version of the app (a version byte above the one this build reads).
    #[error("error-sync-newer-version ({found} > {supported})")]
    NewerVersion {
        /// The version byte found.
        found: u8,
        /// The newest version this build reads.
        supported: u8,
    },
    /// A remote clock stamp lies more than [`super::super::clock::MAX_DRIFT_MS`] ahead of this device's clock:
    /// one of the two clocks is wrong.
    #[error("error-sync-clock-ahead ({ahead_ms} ms)")]
    ClockAhead {
        /// How far ahead of the local wall clock, in milliseconds.
        ahead_ms: u64,
    },
}

impl SyncError {
    /// The Fluent message id.
    pub const fn message_id(&self) -> &'static str {
        match self {
            SyncError::Damaged => MESSAGE_IDS[0],
            SyncError::NewerVersion { .. } => MESSAGE_IDS[1],
            SyncError::ClockAhead { .. } => MESSAGE_IDS[2],
        }
    }

    /// The Fluent arguments: `hours` (rounded up) for a clock ahead; `found` and `supported` for a newer
    /// version.
    pub fn args(&self) -> Vec<(&'static str, Arg)> {
        match self {
            SyncError::NewerVersion { found, supported } => vec![
                ("found", Arg::Num(i64::from(*found))),
                ("supported", Arg::Num(i64::from(*supported))),
            ],
            SyncError::ClockAhead { ahead_ms } => {
                let hours = ahead_ms.div_ceil(3_600_000);
                vec![("hours", Arg::Num(i64::try_from(hours).unwrap_or(i64::MAX)))]
            }
            _ => Vec::new(),
        }
    }
}

/// Every message id a [`SyncError`] can name.
pub const MESSAGE_IDS: [&str; 3] = [
    "error-sync-damaged",
    "error-sync-newer-version",
    "error-sync-clock-ahead",
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_variant_names_its_own_id() {
        let all = [
            SyncError::Damaged,
            SyncError::NewerVersion {
                found: 2,
                supported: 1,
            },
            SyncError::ClockAhead { ahead_ms: 3_600_001 },
        ];
        let ids: Vec<_> = all.iter().map(SyncError::message_id).collect();
        assert_eq!(ids, MESSAGE_IDS);
        assert_eq!(all[2].args(), vec![("hours", Arg::Num(2))]);
        assert!(all[0].args().is_empty());
        assert_eq!(
            all[1].args(),
            vec![("found", Arg::Num(2)), ("supported", Arg::Num(1))]
        );
    }
}
