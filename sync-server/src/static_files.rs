//! The built app from the dist directory, with precompressed variants, correct types, cache headers and
//! a fallback to `index.html` for client-side routes.
//!
//! The build writes `x.br` and `x.gz` beside every compressible file, so `ServeDir` only picks the variant
//! the browser accepts: compression costs nothing per request (and it adds `Vary: Accept-Encoding`).

use std::convert::Infallible;
use std::path::Path;

use axum::Router;
use axum::body::Body;
use axum::extract::Request;
use axum::http::{HeaderValue, StatusCode, header};
use axum::middleware::{self, Next};
use axum::response::{IntoResponse, Response};
use tower::ServiceExt;
use tower_http::services::{ServeDir, ServeFile};

/// For file names with a content hash: the name changes whenever the bytes do, so keep it forever.
const IMMUTABLE: HeaderValue = HeaderValue::from_static("public, max-age=31536000, immutable");
/// For everything else (index.html, sw.js, the manifest, icons): revalidate every time, so an update
/// reaches users on their next visit; the ETag keeps that cheap.
const NO_CACHE: HeaderValue = HeaderValue::from_static("no-cache");

/// Types `mime_guess` gets wrong or that the browser is strict about, by file extension. `mime_guess`
/// 2.0.5 already gives the right type for wasm (`application/wasm`, needed for streaming compilation),
/// webmanifest, js and woff2; it still says `application/javascript` for `.mjs` and knows nothing of the
/// app's Fluent translation files (`.ftl`).
const TYPE_OVERRIDES: &[(&str, &str)] = &[("mjs", "text/javascript"), ("ftl", "text/plain; charset=utf-8")];

/// Said when the dist directory has no index.html.
const NOT_BUILT: &str = "Begleitheft's app is not built yet, so there is nothing to show here.\n\
    Build and serve it with `cargo xtask serve`, or point `--dist` at a directory with the built app.\n";

/// The router for every path outside `/api`.
pub(crate) fn router(dist_dir: &Path) -> Router {
    let index = ServeFile::new(dist_dir.join("index.html"))
        .precompressed_br()
        .precompressed_gzip();
    let spa_fallback = tower::service_fn(move |request: Request| spa_fallback(index.clone(), request));
    let files = ServeDir::new(dist_dir)
        .precompressed_br()
        .precompressed_gzip()
        .fallback(spa_fallback);
    Router::new()
        .fallback_service(files)
        .layer(middleware::from_fn(set_headers))
}

/// Called for a path with no file: a client-side route (no extension) gets `index.html`; a missing file
/// (with an extension) is a 404, so a broken asset link fails loudly instead of returning HTML.
async fn spa_fallback(index: ServeFile, request: Request) -> Result<Response, Infallible> {
    if has_extension(request.uri().path()) {
        return Ok((StatusCode::NOT_FOUND, "not found\n").into_response());
    }
    let Ok(response) = index.oneshot(request).await;
    if response.status() == StatusCode::NOT_FOUND {
        return Ok((StatusCode::SERVICE_UNAVAILABLE, NOT_BUILT).into_response());
    }
    Ok(response.map(Body::new))
}

/// Sets `Cache-Control` from the file name and fixes content types `mime_guess` gets wrong.
async fn set_headers(request: Request, next: Next) -> Response {
    let file_name = file_name(request.uri().path()).to_owned();
    let mut response = next.run(request).await;
    let found = matches!(
        response.status(),
        StatusCode::OK | StatusCode::PARTIAL_CONTENT | StatusCode::NOT_MODIFIED
    );
    let cache = if found && is_content_hashed(&file_name) {
        IMMUTABLE
    } else {
        NO_CACHE
    };
    response.headers_mut().insert(header::CACHE_CONTROL, cache);

    let is_multipart = response
        .headers()
        .get(header::CONTENT_TYPE)
        .is_some_and(|value| value.as_bytes().starts_with(b"multipart/"));
    if matches!(response.status(), StatusCode::OK | StatusCode::PARTIAL_CONTENT) && !is_multipart {
        let extension = extension(&file_name);
        if let Some((_, mime)) = TYPE_OVERRIDES.iter().find(|(ext, _)| Some(*ext) == extension) {
            response
                .headers_mut()
                .insert(header::CONTENT_TYPE, HeaderValue::from_static(mime));
        }
    }
    response
}

/// The last segment of a URL path.
fn file_name(path: &str) -> &str {
    path.rsplit('/').next().unwrap_or(path)
}

/// The extension of a file name: after the last dot, if the dot is neither first nor last.
fn extension(file_name: &str) -> Option<&str> {
    match file_name.rsplit_once('.') {
        Some((stem, extension)) if !stem.is_empty() && !extension.is_empty() => Some(extension),
        _ => None,
    }
}

/// Whether the last segment of a URL path has a file extension (client-side routes do not).
fn has_extension(path: &str) -> bool {
    extension(file_name(path)).is_some()
}

/// Whether a file name carries a content hash the way the build writes it: `-` then exactly 16
/// lowercase hex digits, in a name that has an extension (`frontend-3f2a9c0d1e2b4a5c_bg.wasm`).
fn is_content_hashed(file_name: &str) -> bool {
    if extension(file_name).is_none() {
        return false;
    }
    let is_hex = |b: &u8| b.is_ascii_digit() || (b'a'..=b'f').contains(b);
    let bytes = file_name.as_bytes();
    bytes
        .iter()
        .enumerate()
        .filter(|(_, b)| **b == b'-')
        .any(|(dash, _)| {
            let run = bytes[dash + 1..].iter().take_while(|b| is_hex(b)).count();
            run == 16
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn content_hashes_are_recognised() {
        let cases = [
            ("frontend-3f2a9c0d1e2b4a5c_bg.wasm", true),
            ("frontend-3f2a9c0d1e2b4a5c.js", true),
            ("app-0123456789abcdef.css", true),
            ("my-app-0123456789abcdef.css", true),
            ("app-0123456789ABCDEF.css", false),
            ("app-0123456789abcde.css", false),
            ("app-0123456789abcdef0.css", false),
            ("app0123456789abcdef.css", false),
            ("app-0123456789abcdef", false),
            ("index.html", false),
            ("sw.js", false),
            ("manifest.webmanifest", false),
            ("icon-192.png", false),
        ];
        for (name, want) in cases {
            assert_eq!(is_content_hashed(name), want, "{name}");
        }
    }

    #[test]
    fn extensions_tell_files_from_client_routes() {
        let cases = [
            ("/", false),
            ("/goals/abc", false),
            ("/goals/abc/", false),
            ("/.well-known", false),
            ("/app.wasm", true),
            ("/icons/icon-192.png", true),
            ("/trailing.", false),
        ];
        for (path, want) in cases {
            assert_eq!(has_extension(path), want, "{path}");
        }
    }
}
