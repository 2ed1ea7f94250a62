//! The frontend's errors. They carry Fluent message ids (shown through `i18n/`), never English text;
//! the technical detail goes to the browser console.

use thiserror::Error;

/// Something went wrong with the booklet's storage in this browser.
#[derive(Clone, Debug, PartialEq, Eq, Error)]
pub enum StorageError {
    /// IndexedDB is unavailable (private mode in some browsers, disabled storage) or the upgrade is blocked.
    #[error("the database could not be opened")]
    Open,
    /// Opening waits for another tab that holds an older version of the database open.
    #[error("another tab blocks the database upgrade")]
    Blocked,
    /// Reading failed.
    #[error("reading the database failed")]
    Read,
    /// Writing failed; `quota` when the browser's storage is full.
    #[error("writing the database failed")]
    Write {
        /// The browser reported that storage is full.
        quota: bool,
    },
    /// A stored record is not valid JSON of the expected shape.
    #[error("a stored record is damaged")]
    Corrupt,
    /// The stored booklet failed the domain's checks; carries the domain's message id.
    #[error("the stored booklet is invalid: {0}")]
    Invalid(&'static str),
    /// The code that writes could not be fetched (a first visit that went offline): nothing was written.
    #[error("the code that writes the booklet could not be loaded")]
    Unloaded,
}

impl StorageError {
    /// The Fluent message id that explains this error to the user.
    pub fn message_id(&self) -> &'static str {
        match self {
            StorageError::Open => "storage-error-open",
            StorageError::Blocked => "storage-error-blocked",
            StorageError::Read => "storage-error-read",
            StorageError::Write { quota: true } => "storage-error-quota",
            StorageError::Write { quota: false } => "storage-error-write",
            StorageError::Corrupt | StorageError::Invalid(_) => "storage-error-corrupt",
            StorageError::Unloaded => "part-load-failed",
        }
    }

    pub(crate) fn open(e: rexie::Error) -> Self {
        log("open", &e);
        StorageError::Open
    }

    pub(crate) fn read(e: rexie::Error) -> Self {
        log("read", &e);
        StorageError::Read
    }

    pub(crate) fn write(e: rexie::Error) -> Self {
        log("write", &e);
        let quota = format!("{e:?}").contains("QuotaExceeded");
        StorageError::Write { quota }
    }
}

fn log(what: &str, e: &rexie::Error) {
    web_sys::console::error_1(&format!("storage {what}: {e:?}").into());
}
