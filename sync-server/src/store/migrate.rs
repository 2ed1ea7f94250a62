//! The embedded migrator both back ends share: each migration once, in order, inside the caller's transaction.
//!
//! We do not use `sqlx::migrate!` because it needs sqlx's macros feature (and with it a compile-time
//! database). The caller opens the transaction the way its database needs (SQLite: `BEGIN IMMEDIATE`;
//! PostgreSQL: an advisory lock), so two servers starting at once queue instead of both migrating, and
//! commits it; a failure anywhere leaves the database as it was.

use sqlx::{Database, Decode, Encode, Executor, FromRow, IntoArguments, Type};

use super::{Migration, StoreError};

/// The one statement that differs between back ends: the bookkeeping table's definition.
pub(super) struct Bookkeeping {
    /// Creates `schema_migrations (version, name, applied_at)` if it is missing.
    pub create_table: &'static str,
}

/// The version the database has reached (0 when nothing was applied yet).
const CURRENT_VERSION: &str = "SELECT COALESCE(MAX(version), 0) FROM schema_migrations";

/// Records one applied migration. `$n` placeholders work in both back ends.
const RECORD_MIGRATION: &str = "INSERT INTO schema_migrations (version, name) VALUES ($1, $2)";

/// Applies the migrations newer than the database's version on `conn` (an open transaction) and returns the
/// resulting version. Opening an up-to-date database changes nothing; a database migrated by a newer server
/// is refused before anything runs.
pub(super) async fn migrate<DB>(
    conn: &mut DB::Connection,
    bookkeeping: &Bookkeeping,
    migrations: &[Migration],
) -> Result<i64, StoreError>
where
    DB: Database,
    for<'c> &'c mut DB::Connection: Executor<'c, Database = DB>,
    DB::Arguments: IntoArguments<DB>,
    i64: Type<DB> + for<'q> Encode<'q, DB> + for<'r> Decode<'r, DB>,
    &'static str: Type<DB> + for<'q> Encode<'q, DB>,
    (i64,): for<'r> FromRow<'r, DB::Row>,
{
    sqlx::raw_sql(bookkeeping.create_table)
        .execute(&mut *conn)
        .await
        .map_err(StoreError::database)?;
    let current: i64 = sqlx::query_scalar(CURRENT_VERSION)
        .fetch_one(&mut *conn)
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
            .execute(&mut *conn)
            .await
            .map_err(failed)?;
        sqlx::query(RECORD_MIGRATION)
            .bind(migration.version)
            .bind(migration.name)
            .execute(&mut *conn)
            .await
            .map_err(failed)?;
        tracing::info!(
            version = migration.version,
            name = migration.name,
            db = DB::NAME,
            "applied migration"
        );
    }
    Ok(known)
}
