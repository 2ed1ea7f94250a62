//! Storage behind one trait, [`Store`], so handlers never depend on a database library.
//!
//! The back end is chosen from the database URL's scheme at start-up ([`open`]): `sqlite:` now,
//! `postgres:` later. Each back end embeds its own SQL migrations (`migrations/<back end>/`) and applies
//! them when it opens.

mod sqlite;

use std::error::Error;
use std::sync::Arc;

use async_trait::async_trait;

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
}

/// Why a store operation failed.
#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    /// The database URL names a scheme no back end handles. Only the scheme is kept: URLs carry passwords.
    #[error("unsupported database URL scheme {0:?}; use a sqlite:// URL")]
    UnsupportedScheme(String),
    /// The back end exists in the design but is not part of this build yet.
    #[error("the {0} back end is not built in yet; use a sqlite:// URL for now")]
    NotBuiltIn(&'static str),
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
        Some("postgres" | "postgresql") => Err(StoreError::NotBuiltIn("PostgreSQL")),
        Some(other) => Err(StoreError::UnsupportedScheme(other.to_owned())),
        None => Err(StoreError::UnsupportedScheme(String::new())),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[tokio::test]
    async fn postgres_is_not_built_in_yet() {
        let error = open("postgres://app:s3cret@localhost/heft")
            .await
            .err()
            .expect("an error");
        assert!(matches!(error, StoreError::NotBuiltIn("PostgreSQL")), "{error:?}");
        assert!(error.to_string().contains("not built in yet"));
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
