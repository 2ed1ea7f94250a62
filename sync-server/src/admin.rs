//! `sync-server admin …`: counts ([`stats`]), clean-up ([`purge`]) and advisor accounts
//! ([`create_advisor`]) on the same database `serve` uses.
//!
//! Both open the store like the server does (applying any pending migration), do one thing and close it;
//! they are safe to run while the server runs (SQLite's WAL lets them share the file).

use std::fmt::Write as _;
use std::path::PathBuf;
use std::sync::Arc;

use crate::config::{Config, StoreArgs};
use crate::secret::{self, SecretError};
use crate::store::{self, NewAdvisor, PurgeReport, Stats, Store, StoreError};

/// The shortest advisor password `create-advisor` accepts, in characters.
pub const MIN_PASSWORD_CHARS: usize = 10;

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
    /// The password is shorter than [`MIN_PASSWORD_CHARS`].
    #[error("the password must have at least {MIN_PASSWORD_CHARS} characters")]
    ShortPassword,
    /// The e-mail address does not look like one, or the name or organisation is empty.
    #[error("{0}")]
    BadAccount(&'static str),
    /// An account with this e-mail address exists.
    #[error("an advisor with this e-mail address exists")]
    AdvisorExists,
    /// The password could not be hashed.
    #[error("the password could not be hashed")]
    Hash(#[from] SecretError),
}

/// What `admin purge` removed.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Purged {
    /// Records and idle spaces.
    pub sync: PurgeReport,
    /// Expired link shares, with their access logs and proposals.
    pub expired_shares: u64,
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

/// Deletes records covered by snapshots, spaces not used for `idle_days` days (measured from `now_ms`,
/// wall-clock milliseconds), and link shares expired before `now_ms`.
pub async fn purge(config: &Config, idle_days: u32, now_ms: i64) -> Result<Purged, AdminError> {
    let store = open(config).await?;
    let idle_before_ms = now_ms.saturating_sub(i64::from(idle_days).saturating_mul(DAY_MS));
    let purged = async {
        let sync = store.purge(idle_before_ms).await?;
        let expired_shares = store.purge_shares(now_ms).await?;
        Ok::<_, StoreError>(Purged { sync, expired_shares })
    }
    .await;
    store.close().await;
    Ok(purged?)
}

/// Creates an advisor account with an Argon2id hash of `password` (its first line; at least
/// [`MIN_PASSWORD_CHARS`] characters); returns its number.
pub async fn create_advisor(
    config: &Config,
    email: &str,
    name: &str,
    organisation: &str,
    password: &str,
    now_ms: i64,
) -> Result<i64, AdminError> {
    let account = new_advisor(email, name, organisation, password, now_ms)?;
    let store = open(config).await?;
    let created = store.create_advisor(&account).await;
    store.close().await;
    created?.ok_or(AdminError::AdvisorExists)
}

/// Checks the account's fields and hashes the password.
fn new_advisor(
    email: &str,
    name: &str,
    organisation: &str,
    password: &str,
    now_ms: i64,
) -> Result<NewAdvisor, AdminError> {
    let password = password.lines().next().unwrap_or_default();
    if password.chars().count() < MIN_PASSWORD_CHARS {
        return Err(AdminError::ShortPassword);
    }
    let email = email.trim();
    let plausible = email
        .split_once('@')
        .is_some_and(|(local, domain)| !local.is_empty() && !domain.is_empty())
        && !email.contains(char::is_whitespace);
    if !plausible {
        return Err(AdminError::BadAccount("the e-mail address is not valid"));
    }
    let (name, organisation) = (name.trim(), organisation.trim());
    if name.is_empty() || organisation.is_empty() {
        return Err(AdminError::BadAccount(
            "the name and the organisation must not be empty",
        ));
    }
    Ok(NewAdvisor {
        email: email.to_owned(),
        name: name.to_owned(),
        organisation: organisation.to_owned(),
        password_hash: secret::hash(password)?,
        created_ms: now_ms,
    })
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
        ("shares", stats.shares),
        ("share bytes", stats.share_bytes),
        ("proposals", stats.proposals),
        ("advisors", stats.advisors),
        ("sessions", stats.sessions),
    ];
    for (name, value) in lines {
        // Writing to a String cannot fail.
        let _ = writeln!(out, "{name}: {value}");
    }
    out
}

/// A purge report as `admin purge` prints it.
pub fn format_purge(purged: &Purged, idle_days: u32) -> String {
    format!(
        "compacted records deleted: {}\nspaces idle for {idle_days} days deleted: {}\nexpired shares deleted: {}\n",
        purged.sync.compacted_records, purged.sync.idle_spaces, purged.expired_shares
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
            shares: 3,
            share_bytes: 900,
            proposals: 4,
            advisors: 5,
            sessions: 6,
        };
        assert_eq!(
            format_stats(&stats),
            "spaces: 2\nrecords: 10\nrecord bytes: 1500\nsnapshots: 1\nsnapshot bytes: 700\n\
             shares: 3\nshare bytes: 900\nproposals: 4\nadvisors: 5\nsessions: 6\n"
        );
    }

    #[test]
    fn advisor_accounts_are_checked_and_hashed() {
        let account = new_advisor(
            " anna@example.org ",
            "Anna Schmidt",
            " Jobcenter Rheine",
            "correct horse\nsecond line",
            5,
        )
        .expect("valid");
        assert_eq!(account.email, "anna@example.org");
        assert_eq!(account.organisation, "Jobcenter Rheine");
        assert!(secret::verify("correct horse", &account.password_hash));
        assert!(!secret::verify(
            "correct horse\nsecond line",
            &account.password_hash
        ));
        let refused = [
            ("anna@example.org", "A", "O", "short"),
            ("anna@example.org", "A", "O", "123456789\n0"),
            ("anna.example.org", "A", "O", "long enough"),
            ("@example.org", "A", "O", "long enough"),
            ("an na@example.org", "A", "O", "long enough"),
            ("anna@example.org", " ", "O", "long enough"),
            ("anna@example.org", "A", "", "long enough"),
        ];
        for (email, name, organisation, password) in refused {
            assert!(
                new_advisor(email, name, organisation, password, 0).is_err(),
                "{email} {name} {organisation} {password}"
            );
        }
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
