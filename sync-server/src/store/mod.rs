//! Storage behind one trait, [`Store`], so handlers never depend on a database library.
//!
//! The back end is chosen from the database URL's scheme at start-up ([`open`]): `sqlite:` (one file,
//! the default) or `postgres:`/`postgresql:` (several servers on one database). Each back end embeds its own
//! SQL migrations (`migrations/<back end>/`) and applies them with the shared migrator (`migrate.rs`) when it
//! opens. Both implement the trait with the same portable SQL (`sync_sql.rs` for sync spaces, `share_sql.rs`
//! for link shares and advisor accounts), and one conformance suite (`tests/store_conformance.rs`) runs
//! against both.

mod migrate;
mod postgres;
mod share_sql;
mod sqlite;
mod sync_sql;

use std::error::Error;
use std::sync::Arc;

use async_trait::async_trait;

pub use postgres::PostgresStore;
pub use sqlite::SqliteStore;

/// What the server needs from its database. Object-safe, so the server holds an `Arc<dyn Store>`.
#[async_trait]
pub trait Store: Send + Sync + 'static {
    /// Checks that the database answers and its schema can be read.
    async fn health(&self) -> Result<(), StoreError>;

    /// The version of the newest migration applied (0 for an empty database).
    async fn schema_version(&self) -> Result<i64, StoreError>;

    /// Where the data lives, for people: a file path or a URL without its password.
    fn location(&self) -> String;

    /// Finishes open work and closes the connections (for SQLite this also checkpoints the WAL).
    async fn close(&self);

    // --- Sync spaces (SYNC.md). ---

    /// Registers `space` with the hash of its token, or reports how an existing space relates to it.
    async fn register_space(
        &self,
        space: &SpaceId,
        token_hash: &TokenHash,
        now_ms: i64,
    ) -> Result<Registered, StoreError>;

    /// The stored token hash of `space`, `None` if there is no such space. Handlers compare in constant time.
    async fn space_token(&self, space: &SpaceId) -> Result<Option<TokenHash>, StoreError>;

    /// Stores the records whose `(device, seq)` is new, in order, each with the space's next cursor, in one
    /// transaction; duplicates are counted, not stored. `cursor` in the outcome is the space's newest cursor.
    async fn push(
        &self,
        space: &SpaceId,
        records: &[NewRecord],
        now_ms: i64,
    ) -> Result<PushOutcome, StoreError>;

    /// Up to `limit` records with a cursor greater than `after`, oldest first, or [`Pulled::Compacted`] when some
    /// of them were compacted away.
    async fn pull(&self, space: &SpaceId, after: u64, limit: u32) -> Result<Pulled, StoreError>;

    /// Keeps `data` as the space's snapshot at `cursor` unless the stored one is newer; `true` if it was kept.
    async fn put_snapshot(
        &self,
        space: &SpaceId,
        cursor: u64,
        data: &[u8],
        now_ms: i64,
    ) -> Result<bool, StoreError>;

    /// The space's newest snapshot, if any.
    async fn snapshot(&self, space: &SpaceId) -> Result<Option<Snapshot>, StoreError>;

    /// Deletes the space with its records and snapshot; `false` if there was none.
    async fn delete_space(&self, space: &SpaceId) -> Result<bool, StoreError>;

    /// Counts for `sync-server admin stats`.
    async fn stats(&self) -> Result<Stats, StoreError>;

    /// Deletes records covered by their space's snapshot (raising its compaction mark, so later pulls from
    /// before it get [`Pulled::Compacted`]), and whole spaces not used since `idle_before_ms`. "Used" means a
    /// registration with the right token, a push or a snapshot upload: the calls that carry the time.
    async fn purge(&self, idle_before_ms: i64) -> Result<PurgeReport, StoreError>;

    // --- Link shares and advisor accounts (SHARES.md). "Active" means not revoked, not expired
    // (`expires_ms > now_ms`) and not disabled (fewer than [`MAX_PIN_ATTEMPTS`] wrong PINs). ---

    /// Stores a new share; `false` if the id is taken.
    async fn create_share(&self, share: &NewShare) -> Result<bool, StoreError>;

    /// Everything the owner may see of a share (any state, also revoked/expired/disabled), for their token check.
    async fn share_for_owner(&self, id: &ShareId, now_ms: i64) -> Result<Option<OwnerShare>, StoreError>;

    /// Replaces a share's ciphertext (a live update); `false` if it is not active.
    async fn update_share(&self, id: &ShareId, ciphertext: &[u8], now_ms: i64) -> Result<bool, StoreError>;

    /// Revokes a share: marks it revoked and deletes its ciphertext and proposals at once; `false` if unknown.
    async fn revoke_share(&self, id: &ShareId, now_ms: i64) -> Result<bool, StoreError>;

    /// The share as a reader may get it: `None` when unknown, revoked, expired or disabled (all alike).
    async fn share_for_reader(&self, id: &ShareId, now_ms: i64) -> Result<Option<ReaderShare>, StoreError>;

    /// Counts one wrong PIN atomically, never beyond `max` (the share is disabled at `max`). Returns the count
    /// after this try, or `None` if the share was already disabled or is not active (the try did not count).
    async fn record_wrong_pin(&self, id: &ShareId, max: u32, now_ms: i64) -> Result<Option<u32>, StoreError>;

    /// Appends to a share's access log; with an advisor, the share also enters that advisor's workspace.
    async fn log_access(&self, id: &ShareId, access: &Access) -> Result<(), StoreError>;

    /// Stores a proposal (sealed) for the owner and returns its number (never reused); `None` if the share is
    /// not active or holds [`MAX_PROPOSALS`] already. Whether the share is writable is the caller's check.
    async fn add_proposal(
        &self,
        id: &ShareId,
        label: &str,
        ciphertext: &[u8],
        now_ms: i64,
    ) -> Result<Option<i64>, StoreError>;

    /// Deletes a proposal the owner has decided on; `false` if there was none.
    async fn delete_proposal(&self, id: &ShareId, proposal: i64) -> Result<bool, StoreError>;

    /// Deletes shares expired at `now_ms` (`expires_ms <= now_ms`, revoked or not) with their access log,
    /// proposals and workspace entries; returns how many. Also deletes sessions that have ended.
    async fn purge_shares(&self, now_ms: i64) -> Result<u64, StoreError>;

    /// Creates an advisor account; `None` if the e-mail address is taken (compared case-insensitively).
    async fn create_advisor(&self, advisor: &NewAdvisor) -> Result<Option<i64>, StoreError>;

    /// The advisor with this e-mail address (case-insensitive), for login.
    async fn advisor_by_email(&self, email: &str) -> Result<Option<Advisor>, StoreError>;

    /// Stores a session (only the hash of its token).
    async fn create_session(&self, session: &NewSession) -> Result<(), StoreError>;

    /// The live session with this token hash, with its advisor.
    async fn session(&self, token_hash: &TokenHash, now_ms: i64) -> Result<Option<Session>, StoreError>;

    /// Ends a session; `false` if there was none.
    async fn delete_session(&self, token_hash: &TokenHash) -> Result<bool, StoreError>;

    /// The still-valid shares this advisor opened, newest open first.
    async fn workspace(&self, advisor: i64, now_ms: i64) -> Result<Vec<WorkspaceShare>, StoreError>;
}

/// Wrong PINs a share survives over its lifetime: the one that reaches this count disables it (SHARES.md).
pub const MAX_PIN_ATTEMPTS: u32 = 5;

/// Proposals that may wait for the owner's decision on one share; [`Store::add_proposal`] refuses more.
pub const MAX_PROPOSALS: u32 = 100;

/// A link share's id: 16 random bytes drawn by the owner's app (SHARES.md).
pub type ShareId = [u8; 16];

/// A share as the owner creates it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NewShare {
    /// Its id.
    pub id: ShareId,
    /// SHA-256 of the owner token.
    pub owner_token_hash: TokenHash,
    /// The sealed entries.
    pub ciphertext: Vec<u8>,
    /// The PIN's Argon2id hash (PHC string), if a PIN is set.
    pub pin_hash: Option<String>,
    /// Whether the owner's app updates it when the shared entries change.
    pub live: bool,
    /// Whether readers may send proposals.
    pub writable: bool,
    /// When it was made.
    pub created_ms: i64,
    /// When it stops being readable.
    pub expires_ms: i64,
}

/// The state of a share as its owner sees it. When several apply, the first listed wins: a revoked share
/// is revoked, a disabled one stays disabled after its expiry (the owner should learn that someone tried PINs).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ShareState {
    /// Readable.
    Active,
    /// Revoked by the owner.
    Revoked,
    /// Past its expiry.
    Expired,
    /// Too many wrong PINs.
    Disabled,
}

/// One entry of a share's access log.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Access {
    /// When.
    pub at_ms: i64,
    /// Who, as shown to the owner: an account's "name (organisation)", a typed label, or empty.
    pub label: String,
    /// The advisor account, if the reader was logged in.
    pub advisor: Option<i64>,
}

/// A proposal waiting for the owner.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Proposal {
    /// Its number.
    pub id: i64,
    /// When it came.
    pub at_ms: i64,
    /// Who sent it (as in the access log).
    pub label: String,
    /// The sealed proposal.
    pub ciphertext: Vec<u8>,
}

/// Everything the owner sees of a share.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OwnerShare {
    /// SHA-256 of the owner token, to check the caller.
    pub owner_token_hash: TokenHash,
    /// Its state now.
    pub state: ShareState,
    /// Whether it is live.
    pub live: bool,
    /// Whether readers may propose.
    pub writable: bool,
    /// When it expires.
    pub expires_ms: i64,
    /// Wrong PINs so far.
    pub failed_pins: u32,
    /// Whether a PIN is set.
    pub has_pin: bool,
    /// The access log, oldest first.
    pub access: Vec<Access>,
    /// Proposals waiting, oldest first.
    pub proposals: Vec<Proposal>,
}

/// An active share as a reader gets it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ReaderShare {
    /// The sealed entries.
    pub ciphertext: Vec<u8>,
    /// The PIN hash, if any.
    pub pin_hash: Option<String>,
    /// Wrong PINs so far.
    pub failed_pins: u32,
    /// Whether proposals are allowed.
    pub writable: bool,
    /// When it expires.
    pub expires_ms: i64,
    /// When its ciphertext last changed.
    pub updated_ms: i64,
}

/// An advisor account as `admin create-advisor` makes it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NewAdvisor {
    /// Login e-mail address.
    pub email: String,
    /// Display name.
    pub name: String,
    /// Organisation, e.g. "Jobcenter Rheine".
    pub organisation: String,
    /// Argon2id hash of the password (PHC string).
    pub password_hash: String,
    /// When it was made.
    pub created_ms: i64,
}

/// A stored advisor account.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Advisor {
    /// Its number.
    pub id: i64,
    /// Login e-mail address.
    pub email: String,
    /// Display name.
    pub name: String,
    /// Organisation.
    pub organisation: String,
    /// Argon2id hash of the password (PHC string).
    pub password_hash: String,
}

/// A session as login makes it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NewSession {
    /// SHA-256 of the cookie's token.
    pub token_hash: TokenHash,
    /// Whose.
    pub advisor: i64,
    /// The CSRF token state-changing requests must echo.
    pub csrf: String,
    /// When it was made.
    pub created_ms: i64,
    /// When it ends.
    pub expires_ms: i64,
}

/// A live session with its advisor.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Session {
    /// The advisor.
    pub advisor: Advisor,
    /// The CSRF token.
    pub csrf: String,
    /// When it ends.
    pub expires_ms: i64,
}

/// A share in an advisor's workspace.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct WorkspaceShare {
    /// The share.
    pub id: ShareId,
    /// When this advisor last opened it.
    pub opened_ms: i64,
    /// When it expires.
    pub expires_ms: i64,
}

/// A sync space's id: 16 bytes derived from the owner's recovery secret (SYNC.md).
pub type SpaceId = [u8; 16];
/// SHA-256 of a space's bearer token; the token itself is never stored.
pub type TokenHash = [u8; 32];

/// How [`Store::register_space`] went.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Registered {
    /// The space is new.
    Created,
    /// The space exists with this token hash (a retried registration).
    Existing,
    /// The space exists with another token hash.
    TokenMismatch,
}

/// A sealed record as a client pushes it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NewRecord {
    /// The pushing installation.
    pub device: [u8; 8],
    /// That installation's record number, from 1.
    pub seq: u64,
    /// The sealed blob; opaque to the server.
    pub data: Vec<u8>,
}

/// A stored record with the cursor the server gave it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StoredRecord {
    /// Its position in the space: 1, 2, 3, … without gaps, in commit order.
    pub cursor: u64,
    /// The pushing installation.
    pub device: [u8; 8],
    /// That installation's record number.
    pub seq: u64,
    /// The sealed blob.
    pub data: Vec<u8>,
}

/// What a push did.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct PushOutcome {
    /// The space's newest cursor after the push.
    pub cursor: u64,
    /// Records stored now.
    pub stored: u32,
    /// Records already stored before (same device and seq), not stored again.
    pub duplicates: u32,
}

/// What a pull found.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Pulled {
    /// The records after the cursor, oldest first; `more` if the limit cut them off.
    Records {
        /// The records.
        records: Vec<StoredRecord>,
        /// Whether more records follow.
        more: bool,
    },
    /// Records after the cursor were compacted into the snapshot: the client restores from it.
    Compacted,
}

/// A space's snapshot.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Snapshot {
    /// The newest cursor the snapshot includes.
    pub cursor: u64,
    /// The sealed blob.
    pub data: Vec<u8>,
}

/// Counts for the admin command line.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Stats {
    /// Sync spaces.
    pub spaces: u64,
    /// Stored records.
    pub records: u64,
    /// Bytes of sealed record blobs.
    pub record_bytes: u64,
    /// Stored snapshots.
    pub snapshots: u64,
    /// Bytes of sealed snapshot blobs.
    pub snapshot_bytes: u64,
    /// Link shares in any state (until purged).
    pub shares: u64,
    /// Bytes of sealed share entries (revoked shares have none).
    pub share_bytes: u64,
    /// Proposals waiting for owners.
    pub proposals: u64,
    /// Advisor accounts.
    pub advisors: u64,
    /// Advisors' sessions, ended ones included until the next purge.
    pub sessions: u64,
}

/// What a purge removed.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct PurgeReport {
    /// Records deleted because a snapshot covers them.
    pub compacted_records: u64,
    /// Spaces deleted (with their data) because they were idle.
    pub idle_spaces: u64,
}

/// Why a store operation failed.
#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    /// The database URL names a scheme no back end handles. Only the scheme is kept: URLs carry passwords.
    #[error("unsupported database URL scheme {0:?}; use a sqlite:// or postgres:// URL")]
    UnsupportedScheme(String),
    /// The database could not be opened or reached at start-up. `location` has no password.
    #[error("cannot open the database at {location}")]
    Open {
        /// The file path or the URL without its password.
        location: String,
        /// What the driver said.
        #[source]
        source: Box<dyn Error + Send + Sync>,
    },
    /// The database was migrated by a newer server than this one.
    #[error(
        "the database has schema version {found}, newer than this server knows ({known}); upgrade the server"
    )]
    SchemaTooNew {
        /// The version found in the database.
        found: i64,
        /// The newest version this server embeds.
        known: i64,
    },
    /// A migration failed; it was rolled back with all others of the same start-up.
    #[error("migration {version} ({name}) failed")]
    Migration {
        /// The migration's number.
        version: i64,
        /// The migration's file name.
        name: &'static str,
        /// What the database said.
        #[source]
        source: Box<dyn Error + Send + Sync>,
    },
    /// The space does not exist (handlers check the token first, so this is a race with a delete).
    #[error("no such sync space")]
    UnknownSpace,
    /// A snapshot claims a cursor the space has not reached.
    #[error("the snapshot's cursor {cursor} is ahead of the space's newest record {newest}")]
    CursorAhead {
        /// The snapshot's cursor.
        cursor: u64,
        /// The space's newest cursor.
        newest: u64,
    },
    /// Any other database failure. Boxed so that no database library shows in this type.
    #[error("database error")]
    Database(#[source] Box<dyn Error + Send + Sync>),
}

impl StoreError {
    /// Wraps a back end's error.
    pub fn database(error: impl Into<Box<dyn Error + Send + Sync>>) -> Self {
        Self::Database(error.into())
    }
}

/// One embedded schema change.
#[derive(Debug, Clone, Copy)]
pub struct Migration {
    /// Its number; migrations apply in increasing order, each once.
    pub version: i64,
    /// Its file name, recorded beside the version.
    pub name: &'static str,
    /// The SQL, possibly several statements.
    pub sql: &'static str,
}

/// Opens the store the URL names and brings its schema up to date.
pub async fn open(url: &str) -> Result<Arc<dyn Store>, StoreError> {
    let scheme = url.split_once(':').map(|(scheme, _)| scheme.to_ascii_lowercase());
    match scheme.as_deref() {
        Some("sqlite") => Ok(Arc::new(SqliteStore::open(url).await?)),
        Some("postgres" | "postgresql") => Ok(Arc::new(PostgresStore::open(url).await?)),
        Some(other) => Err(StoreError::UnsupportedScheme(other.to_owned())),
        None => Err(StoreError::UnsupportedScheme(String::new())),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Both PostgreSQL schemes reach the PostgreSQL back end; when nothing listens, opening fails at once
    /// with the location but not the password. Connecting for real is tested against a real server in
    /// `tests/store_conformance.rs`.
    #[tokio::test]
    async fn an_unreachable_postgres_fails_clearly_without_the_password() {
        // Nothing listens on port 1: the connection is refused at once.
        for url in [
            "postgres://app:s3cret@127.0.0.1:1/heft",
            "postgresql://app:s3cret@127.0.0.1:1/heft",
        ] {
            let error = open(url).await.err().expect("an error");
            assert!(
                matches!(&error, StoreError::Open { location, .. } if location == "postgres://app@127.0.0.1:1/heft"),
                "{error:?}"
            );
            let mut chain = format!("{error:?}");
            let mut source = std::error::Error::source(&error);
            while let Some(inner) = source {
                chain.push_str(&inner.to_string());
                source = inner.source();
            }
            assert!(!chain.contains("s3cret"), "{chain}");
        }
        let error = open("postgres://app:s3cret@127.0.0.1:port/heft")
            .await
            .err()
            .expect("an error");
        assert!(!format!("{error:?}").contains("s3cret"), "{error:?}");
    }

    #[tokio::test]
    async fn unknown_schemes_are_refused_without_echoing_the_url() {
        let error = open("mysql://root:s3cret@localhost/heft")
            .await
            .err()
            .expect("an error");
        assert!(
            matches!(&error, StoreError::UnsupportedScheme(s) if s == "mysql"),
            "{error:?}"
        );
        assert!(!error.to_string().contains("s3cret"));
        let error = open("/just/a/path.db").await.err().expect("an error");
        assert!(matches!(error, StoreError::UnsupportedScheme(_)), "{error:?}");
    }
}
