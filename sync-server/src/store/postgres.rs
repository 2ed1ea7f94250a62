//! The PostgreSQL back end, for when one machine is not enough: several stateless servers share one database.
//!
//! Writes take the row lock of the space they touch first (`UPDATE spaces … RETURNING`), so pushes to one
//! space are serialised and their cursors committed in order while other spaces proceed in parallel. The
//! isolation level stays READ COMMITTED: every read that must be consistent is a single statement.

use std::str::FromStr;
use std::time::Duration;

use sqlx::postgres::{PgConnectOptions, PgConnection, PgPool, PgPoolOptions};
use sqlx::{Connection, Postgres, Transaction};

use super::migrate::{Bookkeeping, migrate};
use super::share_sql;
use super::sync_sql::{self, impl_store};
use super::{
    Access, Advisor, MAX_PIN_ATTEMPTS, MAX_PROPOSALS, Migration, NewAdvisor, NewRecord, NewSession, NewShare,
    OwnerShare, Proposal, Pulled, PurgeReport, PushOutcome, ReaderShare, Registered, Session, ShareId,
    ShareState, Snapshot, SpaceId, Stats, StoreError, StoredRecord, TokenHash, WorkspaceShare,
};

/// The PostgreSQL migrations, in order; the same numbers as SQLite's, so a schema version means the same
/// tables in both. New files go at the end with the next number.
pub const MIGRATIONS: &[Migration] = &[
    Migration {
        version: 1,
        name: "0001_init.sql",
        sql: include_str!("../../migrations/postgres/0001_init.sql"),
    },
    Migration {
        version: 2,
        name: "0002_sync.sql",
        sql: include_str!("../../migrations/postgres/0002_sync.sql"),
    },
    Migration {
        version: 3,
        name: "0003_shares.sql",
        sql: include_str!("../../migrations/postgres/0003_shares.sql"),
    },
];

/// How long a request waits for a free connection; keeps `/api/health` from hanging on a stuck database.
const ACQUIRE_TIMEOUT: Duration = Duration::from_secs(5);

/// Connections per server. PostgreSQL's default limit is 100, shared by every server behind the balancer.
const MAX_CONNECTIONS: u32 = 16;

/// Any fixed number, the same in every server: the transaction-scoped advisory lock that makes servers
/// starting together migrate one after the other (a plain `CREATE TABLE IF NOT EXISTS` races in PostgreSQL).
const MIGRATION_LOCK: i64 = 0x4265_676c_6569_7468; // "Begleith"

/// The migrator's bookkeeping table in PostgreSQL's dialect.
const BOOKKEEPING: Bookkeeping = Bookkeeping {
    create_table: "CREATE TABLE IF NOT EXISTS schema_migrations (
    version    BIGINT PRIMARY KEY,
    name       TEXT NOT NULL,
    applied_at TIMESTAMPTZ NOT NULL DEFAULT now()
)",
};

/// A store in a PostgreSQL database.
pub struct PostgresStore {
    pool: PgPool,
    /// The URL without its password, for [`Store::location`](super::Store::location).
    location: String,
}

impl PostgresStore {
    /// Connects to the database at a `postgres://` or `postgresql://` URL and applies pending migrations.
    ///
    /// The first connection is made directly, not through the pool, so an unreachable server or a wrong
    /// password fails start-up at once with [`StoreError::Open`] (the pool would retry until its acquire
    /// timeout); it runs the migrations and is then closed. The pool connects on demand.
    pub async fn open(url: &str) -> Result<Self, StoreError> {
        let options = PgConnectOptions::from_str(url).map_err(StoreError::database)?;
        let location = describe(&options);
        let mut first = PgConnection::connect_with(&options)
            .await
            .map_err(|error| StoreError::Open {
                location: location.clone(),
                source: Box::new(error),
            })?;
        let mut tx = first.begin().await.map_err(StoreError::database)?;
        sqlx::query("SELECT pg_advisory_xact_lock($1)")
            .bind(MIGRATION_LOCK)
            .execute(&mut *tx)
            .await
            .map_err(StoreError::database)?;
        migrate::<Postgres>(&mut tx, &BOOKKEEPING, MIGRATIONS).await?;
        tx.commit().await.map_err(StoreError::database)?;
        first.close().await.map_err(StoreError::database)?;
        let pool = PgPoolOptions::new()
            .max_connections(MAX_CONNECTIONS)
            .acquire_timeout(ACQUIRE_TIMEOUT)
            .connect_lazy_with(options);
        Ok(Self { pool, location })
    }

    /// A write transaction. It takes no lock itself: each write's first statement locks the space's row.
    async fn begin_write(&self) -> Result<Transaction<'static, Postgres>, StoreError> {
        self.pool.begin().await.map_err(StoreError::database)
    }

    fn describe(&self) -> String {
        self.location.clone()
    }

    /// PostgreSQL has no quicker way: its pushes lock the space's row first (see `sync_sql`), which the
    /// portable way does.
    async fn push_fast(
        &self,
        _space: &SpaceId,
        _records: &[NewRecord],
        _now_ms: i64,
    ) -> Result<Option<PushOutcome>, StoreError> {
        Ok(None)
    }

    async fn shutdown(&self) {
        self.pool.close().await;
    }
}

impl_store!(PostgresStore);

/// The connection as a URL without the password (which may also have come from `PGPASSWORD` or the URL's
/// query), for logs and the admin command line.
fn describe(options: &PgConnectOptions) -> String {
    let host = match options.get_socket() {
        Some(socket) => socket.display().to_string(),
        None => options.get_host().to_owned(),
    };
    let database = options.get_database().unwrap_or_default();
    format!(
        "postgres://{}@{}:{}/{}",
        options.get_username(),
        host,
        options.get_port(),
        database
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn migrations_are_numbered_like_sqlites() {
        assert_eq!(MIGRATIONS.len(), super::super::sqlite::MIGRATIONS.len());
        for (index, (pg, lite)) in MIGRATIONS
            .iter()
            .zip(super::super::sqlite::MIGRATIONS)
            .enumerate()
        {
            assert_eq!(pg.version, index as i64 + 1, "{}", pg.name);
            assert_eq!(pg.name, lite.name);
        }
    }

    #[test]
    fn the_location_leaves_the_password_out() {
        for url in [
            "postgres://heft:s3cret@db.example:5433/begleitheft",
            "postgresql://heft@db.example:5433/begleitheft?password=s3cret",
        ] {
            let options = PgConnectOptions::from_str(url).expect("a valid URL");
            let location = describe(&options);
            assert_eq!(location, "postgres://heft@db.example:5433/begleitheft");
            assert!(!location.contains("s3cret"));
        }
    }
}
