//! API handlers, one module per resource. They reach storage only through [`crate::Store`].

pub(crate) mod advisor;
pub(crate) mod health;
pub(crate) mod openapi;
pub(crate) mod records;
pub(crate) mod shares;
pub(crate) mod snapshot;
pub(crate) mod spaces;

/// Wall-clock milliseconds since the Unix epoch, for the store's "last used" times.
pub(crate) fn now_ms() -> i64 {
    let since_epoch = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .unwrap_or_default();
    i64::try_from(since_epoch.as_millis()).unwrap_or(i64::MAX)
}
