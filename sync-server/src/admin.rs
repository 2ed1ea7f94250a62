//! `sync-server admin …`: counts ([`stats`]) and clean-up ([`purge`]) on the same database `serve` uses.
//!
//! Both open the store like the server does (applying any pending migration), do one thing and close it;
//! they are safe to run while the server runs (SQLite's WAL lets them share the file).

use std::fmt::Write as _;
use std::path::PathBuf;
use std::sync::Arc;

use crate::config::{Config, StoreArgs};
use crate::store::{self, PurgeReport, Stats, Store, StoreError};

/// Milliseconds in a day.
const DAY_MS: i64 = 24 * 60 * 60 * 1000;

/// Why an admin command failed.
#[derive(Debug, thiserror::Error)]
pub enum AdminError {
    /// SQLite in a data directory that does not exist: most likely a typo, and opening would create an
    /// empty database there.
    #[error("there is no data directory at {0}; pass the one the server uses with --data-dir")]
    NoDataDir(PathBuf),
    /// The store could not be opened or answered with an error.
    #[error("the database failed")]
    Store(#[from] StoreError),
}

impl From<StoreArgs> for Config {
    fn from(args: StoreArgs) -> Self {
        Self {
            data_dir: args.data_dir,
            database_url: args.database_url,
            ..Self::default()
        }
    }
}

/// The counts of the database `config` names.
pub async fn stats(config: &Config) -> Result<Stats, AdminError> {
    let store = open(config).await?;
    let stats = store.stats().await;
    store.close().await;
    Ok(stats?)
}

/// Deletes records covered by snapshots, and spaces not used for `idle_days` days (measured from
/// `now_ms`, wall-clock milliseconds).
pub async fn purge(config: &Config, idle_days: u32, now_ms: i64) -> Result<PurgeReport, AdminError> {
    let store = open(config).await?;
    let idle_before_ms = now_ms.saturating_sub(i64::from(idle_days).saturating_mul(DAY_MS));
    let report = store.purge(idle_before_ms).await;
    store.close().await;
    Ok(report?)
}

/// `stats` as `admin stats` prints it: one `name: value` per line.
pub fn format_stats(stats: &Stats) -> String {
    let mut out = String::new();
    let lines = [
        ("spaces", stats.spaces),
        ("records", stats.records),
        ("record bytes", stats.record_bytes),
        ("snapshots", stats.snapshots),
        ("snapshot bytes", stats.snapshot_bytes),
    ];
    for (name, value) in lines {
        // Writing to a String cannot fail.
        let _ = writeln!(out, "{name}: {value}");
    }
    out
}

/// A purge report as `admin purge` prints it.
pub fn format_purge(report: &PurgeReport, idle_days: u32) -> String {
    format!(
        "compacted records deleted: {}\nspaces idle for {idle_days} days deleted: {}\n",
        report.compacted_records, report.idle_spaces
    )
}

async fn open(config: &Config) -> Result<Arc<dyn Store>, AdminError> {
    if config.database_url.is_none() && !config.data_dir.is_dir() {
        return Err(AdminError::NoDataDir(config.data_dir.clone()));
    }
    Ok(store::open(&config.database_url()).await?)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn stats_print_one_count_a_line() {
        let stats = Stats {
            spaces: 2,
            records: 10,
            record_bytes: 1500,
            snapshots: 1,
            snapshot_bytes: 700,
        };
        assert_eq!(
            format_stats(&stats),
            "spaces: 2\nrecords: 10\nrecord bytes: 1500\nsnapshots: 1\nsnapshot bytes: 700\n"
        );
    }

    #[tokio::test]
    async fn a_missing_data_dir_is_not_created() {
        let root = tempfile::tempdir().expect("a temp dir");
        let config = Config {
            data_dir: root.path().join("typo"),
            ..Config::default()
        };
        let error = stats(&config).await.expect_err("no data dir");
        assert!(matches!(error, AdminError::NoDataDir(_)), "{error:?}");
        assert!(!root.path().join("typo").exists());
    }
}
