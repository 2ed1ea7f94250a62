//! Everything that touches browser APIs. Components reach these only through hooks.

pub mod advisor;
pub mod files;
pub mod format;
pub mod links;
pub mod locales;
pub mod qr;
pub mod repo;
pub mod scan;
pub mod storage;
pub mod sw;
pub mod sync;
