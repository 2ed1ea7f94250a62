//! Helpers shared by the integration tests: a fake built app and a fresh store in a temp dir.

#![allow(dead_code)] // Each test binary uses a different subset.

pub mod broken;
pub mod postgres;

use std::path::Path;
use std::sync::Arc;

use sync_server::{AppState, Store};
use tempfile::TempDir;

/// Bytes of the fake files, so tests can tell which variant was served.
pub const INDEX_HTML: &str = "<!doctype html><title>Begleitheft</title>";
/// The uncompressed wasm.
pub const WASM: &[u8] = b"\0asm\x01\0\0\0";
/// Stand-in for the brotli variant.
pub const WASM_BR: &[u8] = b"brotli bytes";
/// Stand-in for the gzip variant.
pub const WASM_GZ: &[u8] = b"gzip bytes";
/// The hashed wasm file name the build would write.
pub const WASM_NAME: &str = "app-0123456789abcdef_bg.wasm";

/// A dist directory like the build writes: index.html, a hashed wasm with `.br` and `.gz`, sw.js, a
/// manifest and a font.
pub fn fake_dist() -> TempDir {
    let dist = tempfile::tempdir().expect("a temp dir");
    let write = |name: &str, bytes: &[u8]| {
        let path = dist.path().join(name);
        std::fs::create_dir_all(path.parent().expect("a parent")).expect("mkdir");
        std::fs::write(path, bytes).expect("write");
    };
    write("index.html", INDEX_HTML.as_bytes());
    write(WASM_NAME, WASM);
    write(&format!("{WASM_NAME}.br"), WASM_BR);
    write(&format!("{WASM_NAME}.gz"), WASM_GZ);
    write("sw.js", b"self.addEventListener('fetch', () => {});");
    write("manifest.webmanifest", b"{\"name\":\"Begleitheft\"}");
    write("fonts/noto-0123456789abcdef.woff2", b"wOF2");
    write("module.mjs", b"export {};");
    dist
}

/// A migrated SQLite store in its own temp dir (kept alive by the returned guard).
pub async fn sqlite_store() -> (Arc<dyn Store>, TempDir) {
    let dir = tempfile::tempdir().expect("a temp dir");
    let url = format!("sqlite://{}", dir.path().join("test.db").display());
    let store = sync_server::store::open(&url).await.expect("the store opens");
    (store, dir)
}

/// App state over a fresh SQLite store, serving `dist`.
pub async fn state(dist: &Path) -> (AppState, TempDir) {
    let (store, dir) = sqlite_store().await;
    (AppState::new(store, dist), dir)
}
