//! The SQLite back end: one file in WAL mode, migrated at open by the shared embedded migrator.
//!
//! Writes go through a pool of one connection and start with `BEGIN IMMEDIATE`: the pool queues this
//! server's writers in order (SQLite has one writer at a time anyway, and its busy handler would make them
//! poll), while `IMMEDIATE` and the busy timeout keep a second process on the same file safe. Reads use their
//! own pool and, in WAL mode, never wait for the writer.

use std::path::PathBuf;
use std::str::FromStr;
use std::time::Duration;

use sqlx::pool::PoolConnection;
use sqlx::sqlite::{
    SqliteConnectOptions, SqliteJournalMode, SqlitePool, SqlitePoolOptions, SqliteSynchronous,
};
use sqlx::{Sqlite, Transaction};

use super::migrate::{Bookkeeping, migrate};
use super::share_sql;
use super::sync_sql::{self, impl_store};
use super::{
    Access, Advisor, MAX_PIN_ATTEMPTS, MAX_PROPOSALS, Migration, NewAdvisor, NewRecord, NewSession, NewShare,
    OwnerShare, Proposal, Pulled, PurgeReport, PushOutcome, ReaderShare, Registered, Session, ShareId,
    ShareState, Snapshot, SpaceId, Stats, StoreError, StoredRecord, TokenHash, WorkspaceShare,
};
use crate::config::SqliteSynchronous as Durability;

/// The SQLite migrations, in order. New files go at the end with the next number.
pub const MIGRATIONS: &[Migration] = &[
    Migration {
        version: 1,
        name: "0001_init.sql",
        sql: include_str!("../../migrations/sqlite/0001_init.sql"),
    },
    Migration {
        version: 2,
        name: "0002_sync.sql",
        sql: include_str!("../../migrations/sqlite/0002_sync.sql"),
    },
    Migration {
        version: 3,
        name: "0003_shares.sql",
        sql: include_str!("../../migrations/sqlite/0003_shares.sql"),
    },
];

/// How long a writer waits for another process's write to finish before giving up with "database is locked".
const BUSY_TIMEOUT: Duration = Duration::from_secs(5);

/// How long a request waits for a free connection (for a write: its turn); keeps `/api/health` from hanging
/// on a stuck database.
const ACQUIRE_TIMEOUT: Duration = Duration::from_secs(5);

/// Connections for reads; WAL lets them all run beside the writer.
const READERS: u32 = 8;

/// Page cache per connection, in KiB (SQLite's negative `cache_size`): 16 MiB instead of the default 2 MiB,
/// so the indexes a push checks (records by `(space, device, seq)`) stay in memory on a busy server.
const CACHE_KIB: i64 = 16 * 1024;

/// Bytes of the file read through a memory map instead of `read()` calls: fewer copies for readers.
const MMAP_BYTES: i64 = 256 * 1024 * 1024;

/// The most records [`SqliteStore::push_fast`] takes; larger pushes take the portable way, whose chunked
/// inserts cost a few round trips per 100 records anyway.
const FAST_PUSH_RECORDS: usize = sync_sql::INSERT_CHUNK;

/// The statements of [`SqliteStore::push_fast`] for `rows` records (1 to [`FAST_PUSH_RECORDS`]), as one SQL
/// text sqlx runs in one go: `$1` the space, `$2` now, then each record's position, device, seq and data.
/// 1. `BEGIN IMMEDIATE`, as every write here;
/// 2. the newest cursor before;
/// 3. the records not stored yet, numbered densely after it in the push's order (`ROW_NUMBER` over the
///    position, counting only those that are new; the caller ruled out repeats within the push);
/// 4. the newest cursor moved by what step 3 stored (`changes()` is the count of the latest finished
///    INSERT, UPDATE or DELETE, i.e. step 3's) and the space marked used; returns the new newest cursor;
/// 5. `COMMIT`: the push is in the WAL before anyone hears of it.
///
/// An unknown space has no row in `spaces`, so nothing is written and no cursor returned. Built once, from
/// placeholders only, so each text is `'static` and prepared once per connection.
fn fast_push(rows: usize) -> &'static str {
    static STATEMENTS: std::sync::LazyLock<Vec<String>> = std::sync::LazyLock::new(|| {
        (1..=FAST_PUSH_RECORDS)
            .map(|rows| {
                let values: Vec<String> = (0..rows)
                    .map(|row| {
                        let first = 3 + row * 4;
                        format!("(${first}, ${}, ${}, ${})", first + 1, first + 2, first + 3)
                    })
                    .collect();
                format!(
                    "BEGIN IMMEDIATE; \
                     SELECT newest_cursor FROM spaces WHERE id = $1; \
                     INSERT INTO records (space, cursor, device, seq, data) \
                     SELECT s.id, s.newest_cursor + ROW_NUMBER() OVER (ORDER BY v.column1), \
                            v.column2, v.column3, v.column4 \
                     FROM spaces s, (VALUES {}) v \
                     WHERE s.id = $1 AND NOT EXISTS (SELECT 1 FROM records r \
                       WHERE r.space = $1 AND r.device = v.column2 AND r.seq = v.column3) \
                     ON CONFLICT (space, device, seq) DO NOTHING; \
                     UPDATE spaces SET newest_cursor = newest_cursor + changes(), last_used_ms = $2 \
                     WHERE id = $1 RETURNING newest_cursor; \
                     COMMIT",
                    values.join(", ")
                )
            })
            .collect()
    });
    &STATEMENTS[rows.clamp(1, FAST_PUSH_RECORDS) - 1]
}

/// The migrator's bookkeeping table in SQLite's dialect.
const BOOKKEEPING: Bookkeeping = Bookkeeping {
    create_table: "CREATE TABLE IF NOT EXISTS schema_migrations (
    version    INTEGER PRIMARY KEY NOT NULL,
    name       TEXT NOT NULL,
    applied_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
) STRICT",
};

/// A store in one SQLite file.
pub struct SqliteStore {
    /// Reads.
    pool: SqlitePool,
    /// The one connection that writes, so this server's write transactions queue instead of polling.
    writer: SqlitePool,
    /// The database file, for [`Store::location`](super::Store::location).
    filename: PathBuf,
}

impl SqliteStore {
    /// Opens (creating if missing) the database at a `sqlite:` URL with `synchronous=NORMAL` and applies
    /// pending migrations.
    pub async fn open(url: &str) -> Result<Self, StoreError> {
        Self::open_with(url, Durability::Normal).await
    }

    /// [`SqliteStore::open`] with the given `synchronous` setting.
    pub async fn open_with(url: &str, durability: Durability) -> Result<Self, StoreError> {
        let synchronous = match durability {
            Durability::Normal => SqliteSynchronous::Normal,
            Durability::Full => SqliteSynchronous::Full,
        };
        let options = SqliteConnectOptions::from_str(url)
            .map_err(StoreError::database)?
            .create_if_missing(true)
            // WAL lets readers run beside the one writer; NORMAL sync is safe in WAL mode (a power cut
            // can lose the last commits but never corrupts) and is several times faster than FULL here.
            .journal_mode(SqliteJournalMode::Wal)
            .synchronous(synchronous)
            .pragma("cache_size", format!("-{CACHE_KIB}"))
            .pragma("mmap_size", MMAP_BYTES.to_string())
            // Sorts and temporary indexes (the stats query, compaction) in memory, not in temp files.
            .pragma("temp_store", "MEMORY")
            // Deleting a space relies on ON DELETE CASCADE for its records and snapshot.
            .foreign_keys(true)
            // Revoked and purged shares must leave nothing readable in the file: SQLite otherwise keeps
            // deleted content in free pages and cells until they are reused.
            .pragma("secure_delete", "ON")
            .busy_timeout(BUSY_TIMEOUT);
        let filename = options.get_filename().to_path_buf();
        let writer = connect_writer(&options).await.map_err(|error| StoreError::Open {
            location: filename.display().to_string(),
            source: Box::new(error),
        })?;
        let store = Self {
            pool: SqlitePoolOptions::new()
                .max_connections(READERS)
                .acquire_timeout(ACQUIRE_TIMEOUT)
                // As for the writer: no ping before each read.
                .test_before_acquire(false)
                .connect_lazy_with(options.create_if_missing(false)),
            writer,
            filename: std::fs::canonicalize(&filename).unwrap_or(filename),
        };
        let mut tx = store.begin_write().await?;
        migrate::<Sqlite>(&mut tx, &BOOKKEEPING, MIGRATIONS).await?;
        tx.commit().await.map_err(StoreError::database)?;
        Ok(store)
    }

    /// A write transaction: this server's turn on the writer connection, and the file's write lock at once
    /// (IMMEDIATE), so two processes queue on the busy timeout instead of one failing when it upgrades a
    /// read to a write.
    async fn begin_write(&self) -> Result<Transaction<'static, Sqlite>, StoreError> {
        self.writer
            .begin_with("BEGIN IMMEDIATE")
            .await
            .map_err(StoreError::database)
    }

    fn describe(&self) -> String {
        self.filename.display().to_string()
    }

    /// A push of up to [`FAST_PUSH_RECORDS`] records as one round trip to the writer's thread, `BEGIN` to
    /// `COMMIT` included, instead of five (sqlx runs each statement on the connection's own thread, and
    /// under load the hand-overs between threads, not SQLite, are what a push costs; the writer is held
    /// through all of them). Declines (`Ok(None)`, nothing done) when the push repeats a `(device, seq)`
    /// within itself; the portable way counts those.
    async fn push_fast(
        &self,
        space: &SpaceId,
        records: &[NewRecord],
        now_ms: i64,
    ) -> Result<Option<PushOutcome>, StoreError> {
        if records.is_empty() || records.len() > FAST_PUSH_RECORDS {
            return Ok(None);
        }
        let mut keys: Vec<([u8; 8], u64)> = records.iter().map(|r| (r.device, r.seq)).collect();
        keys.sort_unstable();
        if keys.windows(2).any(|pair| pair[0] == pair[1]) {
            return Ok(None);
        }
        let conn = self.writer.acquire().await.map_err(StoreError::database)?;
        // Until the statements have run to the end, the connection may be inside the transaction (an error
        // stops them; so does dropping this future, e.g. when the client goes away). Closing it then rolls
        // back; the pool opens a fresh one for the next writer.
        let mut guard = CloseUnlessDone(Some(conn));
        let mut query = sqlx::query_scalar(fast_push(records.len()))
            .bind(&space[..])
            .bind(now_ms);
        for (offset, record) in (1_i64..).zip(records) {
            query = query
                .bind(offset)
                .bind(&record.device[..])
                .bind(sync_sql::seq_to_db(record.seq))
                .bind(&record.data[..]);
        }
        let Some(conn) = guard.0.as_mut() else {
            return Err(StoreError::database("the writer connection is gone"));
        };
        // The old newest cursor, then the new one; nothing when the space does not exist.
        let cursors: Vec<i64> = query.fetch_all(&mut **conn).await.map_err(StoreError::database)?;
        guard.done();
        let [old, new] = cursors[..] else {
            return Err(StoreError::UnknownSpace);
        };
        let stored = u32::try_from(new - old).map_err(StoreError::database)?;
        Ok(Some(PushOutcome {
            cursor: sync_sql::to_u64(new)?,
            stored,
            duplicates: records.len() as u32 - stored,
        }))
    }

    /// Closes the readers first, so the writer's connection is the last and checkpoints the WAL into the file.
    async fn shutdown(&self) {
        self.pool.close().await;
        self.writer.close().await;
    }
}

/// The writer's connection while a [`SqliteStore::push_fast`] transaction may be open on it: closed when
/// dropped before [`CloseUnlessDone::done`], so no half-run transaction goes back to the pool.
struct CloseUnlessDone(Option<PoolConnection<Sqlite>>);

impl CloseUnlessDone {
    /// The statements ran to the end (`COMMIT` included): the connection can go back to the pool.
    fn done(&mut self) {
        self.0.take();
    }
}

impl Drop for CloseUnlessDone {
    fn drop(&mut self) {
        if let Some(mut conn) = self.0.take() {
            conn.close_on_drop();
        }
    }
}

impl_store!(SqliteStore);

/// Connects the writer. Two servers starting together on a new file can meet while one switches it to WAL,
/// which needs the file to itself: SQLite then answers "database is locked" at once, without waiting for the
/// busy timeout. The switch takes milliseconds, so a few short retries are enough.
async fn connect_writer(options: &SqliteConnectOptions) -> Result<SqlitePool, sqlx::Error> {
    let mut wait = Duration::from_millis(20);
    let mut tries = 0;
    loop {
        let attempt = SqlitePoolOptions::new()
            .max_connections(1)
            .acquire_timeout(ACQUIRE_TIMEOUT)
            // sqlx pings a pooled connection before handing it out by default, a round trip to the
            // connection's thread on every request; a connection to a local file has no far end that could
            // have gone away, and a real failure still shows on the statement itself.
            .test_before_acquire(false)
            .connect_with(options.clone())
            .await;
        match attempt {
            Err(sqlx::Error::Database(e)) if e.code().as_deref() == Some("5") && tries < 10 => {
                tries += 1;
                tokio::time::sleep(wait).await;
                wait = (wait * 2).min(Duration::from_millis(500));
            }
            other => return other,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::store::Store;

    fn url(dir: &tempfile::TempDir) -> String {
        format!("sqlite://{}", dir.path().join("test.db").display())
    }

    /// The newest version this build knows.
    fn latest() -> i64 {
        MIGRATIONS.len() as i64
    }

    /// Runs the shared migrator on a plain pool, in one transaction as [`SqliteStore::open`] does.
    async fn migrate_pool(pool: &SqlitePool, migrations: &[Migration]) -> Result<i64, StoreError> {
        let mut tx = pool.begin_with("BEGIN IMMEDIATE").await.expect("begin");
        let version = migrate::<Sqlite>(&mut tx, &BOOKKEEPING, migrations).await?;
        tx.commit().await.expect("commit");
        Ok(version)
    }

    #[test]
    fn migrations_are_numbered_in_order_from_one() {
        for (index, migration) in MIGRATIONS.iter().enumerate() {
            assert_eq!(migration.version, index as i64 + 1, "{}", migration.name);
            assert!(migration.name.starts_with(&format!("{:04}_", migration.version)));
        }
    }

    #[tokio::test]
    async fn opening_twice_applies_migrations_once() {
        let dir = tempfile::tempdir().expect("a temp dir");
        let store = SqliteStore::open(&url(&dir)).await.expect("first open");
        assert_eq!(store.schema_version().await.expect("version"), latest());
        store.close().await;

        let store = SqliteStore::open(&url(&dir)).await.expect("second open");
        assert_eq!(store.schema_version().await.expect("version"), latest());
        let applied: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM schema_migrations")
            .fetch_one(&store.pool)
            .await
            .expect("count");
        assert_eq!(applied, MIGRATIONS.len() as i64);
        store.health().await.expect("healthy");
        store.close().await;
    }

    #[tokio::test]
    async fn the_database_runs_in_wal_mode_with_foreign_keys() {
        let dir = tempfile::tempdir().expect("a temp dir");
        let store = SqliteStore::open(&url(&dir)).await.expect("open");
        for pool in [&store.pool, &store.writer] {
            let mode: String = sqlx::query_scalar("PRAGMA journal_mode")
                .fetch_one(pool)
                .await
                .expect("pragma");
            assert_eq!(mode, "wal");
            let sync: i64 = sqlx::query_scalar("PRAGMA synchronous")
                .fetch_one(pool)
                .await
                .expect("pragma");
            assert_eq!(sync, 1, "NORMAL");
            let fk: i64 = sqlx::query_scalar("PRAGMA foreign_keys")
                .fetch_one(pool)
                .await
                .expect("pragma");
            assert_eq!(fk, 1);
        }
        assert!(store.location().ends_with("test.db"));
        store.close().await;
    }

    #[tokio::test]
    async fn full_synchronous_is_set_on_every_connection_when_asked() {
        let dir = tempfile::tempdir().expect("a temp dir");
        let store = SqliteStore::open_with(&url(&dir), Durability::Full)
            .await
            .expect("open");
        for pool in [&store.pool, &store.writer] {
            let sync: i64 = sqlx::query_scalar("PRAGMA synchronous")
                .fetch_one(pool)
                .await
                .expect("pragma");
            assert_eq!(sync, 2, "FULL");
        }
        store.close().await;
    }

    /// The one-statement push numbers only new records, densely after the newest cursor, and an unknown
    /// space leaves the writer usable (its statements ran to `COMMIT`).
    #[tokio::test]
    async fn the_fast_push_skips_stored_records_without_gaps() {
        let dir = tempfile::tempdir().expect("a temp dir");
        let store = SqliteStore::open(&url(&dir)).await.expect("open");
        let space = [1; 16];
        store.register_space(&space, &[2; 32], 1).await.expect("register");
        let record = |seq: u64| NewRecord {
            device: [3; 8],
            seq,
            data: vec![seq as u8; 4],
        };
        let first = store
            .push_fast(&space, &[record(1), record(2)], 2)
            .await
            .expect("push")
            .expect("taken");
        assert_eq!((first.cursor, first.stored, first.duplicates), (2, 2, 0));
        let second = store
            .push_fast(&space, &[record(2), record(3), record(1), record(4)], 3)
            .await
            .expect("push")
            .expect("taken");
        assert_eq!((second.cursor, second.stored, second.duplicates), (4, 2, 2));
        let Pulled::Records { records, .. } = store.pull(&space, 0, 10).await.expect("pull") else {
            panic!("compacted");
        };
        let seen: Vec<(u64, u64)> = records.iter().map(|r| (r.cursor, r.seq)).collect();
        assert_eq!(seen, [(1, 1), (2, 2), (3, 3), (4, 4)]);
        assert!(matches!(
            store.push_fast(&[9; 16], &[record(1)], 4).await,
            Err(StoreError::UnknownSpace)
        ));
        assert!(
            store
                .push_fast(&space, &[record(5), record(5)], 5)
                .await
                .expect("push")
                .is_none(),
            "a repeat within the push goes the portable way"
        );
        let third = store.push(&space, &[record(5)], 6).await.expect("push after");
        assert_eq!((third.cursor, third.stored), (5, 1));
        store.close().await;
    }

    #[tokio::test]
    async fn a_failing_migration_rolls_back_everything() {
        let dir = tempfile::tempdir().expect("a temp dir");
        let pool = SqlitePool::connect(&format!("{}?mode=rwc", url(&dir)))
            .await
            .expect("connect");
        let broken = [
            MIGRATIONS[0],
            Migration {
                version: 2,
                name: "0002_broken.sql",
                sql: "CREATE TABLE t (x); NOT SQL",
            },
        ];
        let error = migrate_pool(&pool, &broken).await.expect_err("an error");
        assert!(
            matches!(error, StoreError::Migration { version: 2, .. }),
            "{error:?}"
        );
        let tables: i64 = sqlx::query_scalar(
            "SELECT COUNT(*) FROM sqlite_master WHERE name IN ('t', 'server_meta', 'schema_migrations')",
        )
        .fetch_one(&pool)
        .await
        .expect("count");
        assert_eq!(
            tables, 0,
            "migration 1, the bookkeeping table and the first statement of 2 were rolled back"
        );
    }

    #[tokio::test]
    async fn a_newer_database_is_refused() {
        let dir = tempfile::tempdir().expect("a temp dir");
        let pool = SqlitePool::connect(&format!("{}?mode=rwc", url(&dir)))
            .await
            .expect("connect");
        let mut future = MIGRATIONS.to_vec();
        future.push(Migration {
            version: latest() + 1,
            name: "9999_future.sql",
            sql: "CREATE TABLE later (x)",
        });
        migrate_pool(&pool, &future)
            .await
            .expect("the future server migrates");
        let error = migrate_pool(&pool, MIGRATIONS).await.expect_err("an error");
        assert!(
            matches!(error, StoreError::SchemaTooNew { found, known } if found == latest() + 1 && known == latest()),
            "{error:?}"
        );
    }
}
