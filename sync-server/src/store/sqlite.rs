//! The SQLite back end: one file in WAL mode, migrated at open by a small embedded migrator.
//!
//! We do not use `sqlx::migrate!` because it needs sqlx's macros feature (and with it a compile-time
//! database); the migrator below is a dozen lines: each file once, in order, in one transaction.

use std::path::PathBuf;
use std::str::FromStr;
use std::time::Duration;

use async_trait::async_trait;
use sqlx::sqlite::{
    SqliteConnectOptions, SqliteJournalMode, SqlitePool, SqlitePoolOptions, SqliteSynchronous,
};

use super::{Migration, Store, StoreError};

/// The SQLite migrations, in order. New files go at the end with the next number.
pub const MIGRATIONS: &[Migration] = &[Migration {
    version: 1,
    name: "0001_init.sql",
    sql: include_str!("../../migrations/sqlite/0001_init.sql"),
}];

/// How long a writer waits for another to finish before giving up with "database is locked".
const BUSY_TIMEOUT: Duration = Duration::from_secs(5);

/// How long a request waits for a free connection; keeps `/api/health` from hanging on a stuck database.
const ACQUIRE_TIMEOUT: Duration = Duration::from_secs(5);

/// Created by the migrator before anything else, so it can tell what has been applied.
const CREATE_SCHEMA_MIGRATIONS: &str = "CREATE TABLE IF NOT EXISTS schema_migrations (
    version    INTEGER PRIMARY KEY NOT NULL,
    name       TEXT NOT NULL,
    applied_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
) STRICT";

/// A store in one SQLite file.
pub struct SqliteStore {
    pool: SqlitePool,
    /// The database file, for [`Store::location`].
    filename: PathBuf,
}

impl SqliteStore {
    /// Opens (creating if missing) the database at a `sqlite:` URL and applies pending migrations.
    pub async fn open(url: &str) -> Result<Self, StoreError> {
        let options = SqliteConnectOptions::from_str(url)
            .map_err(StoreError::database)?
            .create_if_missing(true)
            // WAL lets readers run beside the one writer; NORMAL sync is safe in WAL mode (a power cut
            // can lose the last commits but never corrupts) and is several times faster than FULL here.
            .journal_mode(SqliteJournalMode::Wal)
            .synchronous(SqliteSynchronous::Normal)
            .foreign_keys(true)
            .busy_timeout(BUSY_TIMEOUT);
        let filename = options.get_filename().to_path_buf();
        let pool = SqlitePoolOptions::new()
            .acquire_timeout(ACQUIRE_TIMEOUT)
            .connect_with(options)
            .await
            .map_err(StoreError::database)?;
        migrate(&pool, MIGRATIONS).await?;
        let filename = std::fs::canonicalize(&filename).unwrap_or(filename);
        Ok(Self { pool, filename })
    }
}

#[async_trait]
impl Store for SqliteStore {
    async fn health(&self) -> Result<(), StoreError> {
        sqlx::query("SELECT 1")
            .execute(&self.pool)
            .await
            .map_err(StoreError::database)?;
        self.schema_version().await.map(|_| ())
    }

    async fn schema_version(&self) -> Result<i64, StoreError> {
        sqlx::query_scalar("SELECT COALESCE(MAX(version), 0) FROM schema_migrations")
            .fetch_one(&self.pool)
            .await
            .map_err(StoreError::database)
    }

    fn location(&self) -> String {
        self.filename.display().to_string()
    }

    async fn close(&self) {
        self.pool.close().await;
    }
}

/// Applies the migrations newer than the database's version, all in one transaction, and returns the
/// resulting version. Opening an up-to-date database changes nothing.
async fn migrate(pool: &SqlitePool, migrations: &[Migration]) -> Result<i64, StoreError> {
    // IMMEDIATE takes the write lock at once: two servers starting on one file then queue on the busy
    // timeout, instead of both reading the old version and one failing when it upgrades to write.
    let mut tx = pool
        .begin_with("BEGIN IMMEDIATE")
        .await
        .map_err(StoreError::database)?;
    sqlx::raw_sql(CREATE_SCHEMA_MIGRATIONS)
        .execute(&mut *tx)
        .await
        .map_err(StoreError::database)?;
    let current: i64 = sqlx::query_scalar("SELECT COALESCE(MAX(version), 0) FROM schema_migrations")
        .fetch_one(&mut *tx)
        .await
        .map_err(StoreError::database)?;
    let known = migrations.last().map_or(0, |m| m.version);
    if current > known {
        return Err(StoreError::SchemaTooNew {
            found: current,
            known,
        });
    }
    for migration in migrations.iter().filter(|m| m.version > current) {
        let failed = |error: sqlx::Error| StoreError::Migration {
            version: migration.version,
            name: migration.name,
            source: Box::new(error),
        };
        sqlx::raw_sql(migration.sql)
            .execute(&mut *tx)
            .await
            .map_err(failed)?;
        sqlx::query("INSERT INTO schema_migrations (version, name) VALUES (?, ?)")
            .bind(migration.version)
            .bind(migration.name)
            .execute(&mut *tx)
            .await
            .map_err(failed)?;
        tracing::info!(
            version = migration.version,
            name = migration.name,
            "applied migration"
        );
    }
    tx.commit().await.map_err(StoreError::database)?;
    Ok(known)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn url(dir: &tempfile::TempDir) -> String {
        format!("sqlite://{}", dir.path().join("test.db").display())
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
        assert_eq!(store.schema_version().await.expect("version"), 1);
        store.close().await;

        let store = SqliteStore::open(&url(&dir)).await.expect("second open");
        assert_eq!(store.schema_version().await.expect("version"), 1);
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
        let mode: String = sqlx::query_scalar("PRAGMA journal_mode")
            .fetch_one(&store.pool)
            .await
            .expect("pragma");
        assert_eq!(mode, "wal");
        let sync: i64 = sqlx::query_scalar("PRAGMA synchronous")
            .fetch_one(&store.pool)
            .await
            .expect("pragma");
        assert_eq!(sync, 1, "NORMAL");
        let fk: i64 = sqlx::query_scalar("PRAGMA foreign_keys")
            .fetch_one(&store.pool)
            .await
            .expect("pragma");
        assert_eq!(fk, 1);
        assert!(store.location().ends_with("test.db"));
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
        let error = migrate(&pool, &broken).await.expect_err("an error");
        assert!(
            matches!(error, StoreError::Migration { version: 2, .. }),
            "{error:?}"
        );
        let tables: i64 =
            sqlx::query_scalar("SELECT COUNT(*) FROM sqlite_master WHERE name IN ('t', 'server_meta')")
                .fetch_one(&pool)
                .await
                .expect("count");
        assert_eq!(
            tables, 0,
            "migration 1 and the first statement of 2 were rolled back"
        );
    }

    #[tokio::test]
    async fn a_newer_database_is_refused() {
        let dir = tempfile::tempdir().expect("a temp dir");
        let pool = SqlitePool::connect(&format!("{}?mode=rwc", url(&dir)))
            .await
            .expect("connect");
        let future = [
            MIGRATIONS[0],
            Migration {
                version: 2,
                name: "0002_future.sql",
                sql: "CREATE TABLE later (x)",
            },
        ];
        migrate(&pool, &future).await.expect("the future server migrates");
        let error = migrate(&pool, MIGRATIONS).await.expect_err("an error");
        assert!(
            matches!(error, StoreError::SchemaTooNew { found: 2, known: 1 }),
            "{error:?}"
        );
    }
}
