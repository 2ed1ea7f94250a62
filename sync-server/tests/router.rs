//! The router in process, without a port: the API's JSON shapes and how the built app is served.

mod common;

use std::sync::Arc;

use axum::Router;
use axum::body::Body;
use axum::http::{Method, Request, StatusCode, header};
use axum::response::Response;
use http_body_util::BodyExt;
use serde_json::{Value, json};
use sync_server::{AppState, app};
use tower::ServiceExt;

use common::broken::BrokenStore;
use common::{INDEX_HTML, WASM, WASM_BR, WASM_GZ, WASM_NAME, fake_dist, state};

async fn send(app: Router, request: Request<Body>) -> Response {
    app.oneshot(request).await.expect("the router is infallible")
}

async fn get(app: Router, path: &str, accept_encoding: Option<&str>) -> Response {
    let mut request = Request::get(path);
    if let Some(encoding) = accept_encoding {
        request = request.header(header::ACCEPT_ENCODING, encoding);
    }
    send(app, request.body(Body::empty()).expect("a request")).await
}

async fn body(response: Response) -> Vec<u8> {
    response
        .into_body()
        .collect()
        .await
        .expect("a body")
        .to_bytes()
        .to_vec()
}

async fn json_body(response: Response) -> Value {
    assert_eq!(header(&response, header::CONTENT_TYPE), "application/json");
    serde_json::from_slice(&body(response).await).expect("JSON")
}

fn header(response: &Response, name: header::HeaderName) -> &str {
    response
        .headers()
        .get(&name)
        .map_or("", |value| value.to_str().expect("ASCII header"))
}

/// The health check answers with the version and a healthy database.
#[tokio::test]
async fn health_reports_ok() {
    let dist = fake_dist();
    let (state, _db) = state(dist.path()).await;
    let response = get(app(state), "/api/health", None).await;
    assert_eq!(response.status(), StatusCode::OK);
    assert_eq!(
        json_body(response).await,
        json!({"status": "ok", "version": env!("CARGO_PKG_VERSION"), "database": "ok"})
    );
}

/// API answers are never cached, so a monitor or the service worker always sees the live state.
#[tokio::test]
async fn api_answers_are_not_cached() {
    let dist = fake_dist();
    let (state, _db) = state(dist.path()).await;
    let app = app(state);
    for path in ["/api/health", "/api/nope"] {
        let response = get(app.clone(), path, None).await;
        assert_eq!(header(&response, header::CACHE_CONTROL), "no-store", "{path}");
    }
}

/// When the database fails, health says so with 503 in the same shape, and leaks no detail.
#[tokio::test]
async fn health_reports_an_unavailable_database() {
    let dist = fake_dist();
    let app = app(AppState::new(Arc::new(BrokenStore), dist.path()));
    let response = get(app, "/api/health", None).await;
    assert_eq!(response.status(), StatusCode::SERVICE_UNAVAILABLE);
    assert_eq!(
        json_body(response).await,
        json!({"status": "unavailable", "version": env!("CARGO_PKG_VERSION"), "database": "unavailable"})
    );
}

/// Unknown API paths get a JSON 404, never the app's index.html.
#[tokio::test]
async fn unknown_api_routes_are_json_404() {
    let dist = fake_dist();
    let (state, _db) = state(dist.path()).await;
    let app = app(state);
    for path in ["/api/nope", "/api/health/extra", "/api/", "/api"] {
        let response = get(app.clone(), path, None).await;
        assert_eq!(response.status(), StatusCode::NOT_FOUND, "{path}");
        let body = json_body(response).await;
        assert_eq!(body["code"], "not_found", "{path}");
        assert!(body["message"].is_string(), "{path}");
    }
}

/// A wrong method on an API route is a JSON 405.
#[tokio::test]
async fn wrong_api_method_is_json_405() {
    let dist = fake_dist();
    let (state, _db) = state(dist.path()).await;
    let request = Request::delete("/api/health")
        .body(Body::empty())
        .expect("a request");
    let response = send(app(state), request).await;
    assert_eq!(response.status(), StatusCode::METHOD_NOT_ALLOWED);
    assert_eq!(json_body(response).await["code"], "method_not_allowed");
}

/// A body over the limit is refused before any handler reads it, in the API's JSON shape.
#[tokio::test]
async fn oversized_api_bodies_are_json_413() {
    let dist = fake_dist();
    let (state, _db) = state(dist.path()).await;
    let request = Request::post("/api/spaces")
        .header(header::CONTENT_LENGTH, 2 * 1024 * 1024)
        .body(Body::from(vec![b'x'; 2 * 1024 * 1024]))
        .expect("a request");
    let response = send(app(state), request).await;
    assert_eq!(response.status(), StatusCode::PAYLOAD_TOO_LARGE);
    assert_eq!(json_body(response).await["code"], "too_large");
}

/// The wasm is served as application/wasm in the best encoding the browser accepts, and every variant
/// says it varies by Accept-Encoding.
#[tokio::test]
async fn wasm_is_served_precompressed_with_the_right_type() {
    let dist = fake_dist();
    let (state, _db) = state(dist.path()).await;
    let app = app(state);
    let path = format!("/{WASM_NAME}");
    let cases: [(Option<&str>, &str, &[u8]); 4] = [
        (Some("gzip, deflate, br"), "br", WASM_BR),
        (Some("gzip"), "gzip", WASM_GZ),
        (Some("identity"), "", WASM),
        (None, "", WASM),
    ];
    for (accept, encoding, bytes) in cases {
        let response = get(app.clone(), &path, accept).await;
        assert_eq!(response.status(), StatusCode::OK, "{accept:?}");
        assert_eq!(
            header(&response, header::CONTENT_TYPE),
            "application/wasm",
            "{accept:?}"
        );
        assert_eq!(
            header(&response, header::CONTENT_ENCODING),
            encoding,
            "{accept:?}"
        );
        assert!(
            header(&response, header::VARY)
                .to_ascii_lowercase()
                .contains("accept-encoding")
        );
        assert_eq!(
            header(&response, header::CACHE_CONTROL),
            "public, max-age=31536000, immutable",
            "{accept:?}"
        );
        assert_eq!(body(response).await, bytes, "{accept:?}");
    }
}

/// Each kind of file gets the type browsers insist on and the cache policy its name calls for.
#[tokio::test]
async fn types_and_cache_headers_follow_the_file_name() {
    let dist = fake_dist();
    let (state, _db) = state(dist.path()).await;
    let app = app(state);
    let cases = [
        ("/", "text/html", "no-cache"),
        ("/index.html", "text/html", "no-cache"),
        ("/sw.js", "text/javascript", "no-cache"),
        ("/manifest.webmanifest", "application/manifest+json", "no-cache"),
        ("/module.mjs", "text/javascript", "no-cache"),
        (
            "/fonts/noto-0123456789abcdef.woff2",
            "font/woff2",
            "public, max-age=31536000, immutable",
        ),
    ];
    for (path, mime, cache) in cases {
        let response = get(app.clone(), path, Some("br, gzip")).await;
        assert_eq!(response.status(), StatusCode::OK, "{path}");
        assert!(
            header(&response, header::CONTENT_TYPE).starts_with(mime),
            "{path}"
        );
        assert_eq!(header(&response, header::CACHE_CONTROL), cache, "{path}");
        assert_eq!(
            header(&response, header::X_CONTENT_TYPE_OPTIONS),
            "nosniff",
            "{path}"
        );
    }
}

/// Reloading on a client-side route gets the app's index.html; a missing asset is a plain 404.
#[tokio::test]
async fn client_routes_fall_back_to_index_html() {
    let dist = fake_dist();
    let (state, _db) = state(dist.path()).await;
    let app = app(state);
    for path in ["/goals/abc", "/goals/abc/", "/contacts"] {
        let response = get(app.clone(), path, None).await;
        assert_eq!(response.status(), StatusCode::OK, "{path}");
        assert!(
            header(&response, header::CONTENT_TYPE).starts_with("text/html"),
            "{path}"
        );
        assert_eq!(header(&response, header::CACHE_CONTROL), "no-cache", "{path}");
        assert_eq!(body(response).await, INDEX_HTML.as_bytes(), "{path}");
    }
    for path in ["/missing.js", "/icons/missing-0123456789abcdef.png"] {
        let response = get(app.clone(), path, None).await;
        assert_eq!(response.status(), StatusCode::NOT_FOUND, "{path}");
        assert_eq!(header(&response, header::CACHE_CONTROL), "no-cache", "{path}");
    }
}

/// The static app is read-only: other methods are refused, not answered with index.html.
#[tokio::test]
async fn static_files_refuse_writes() {
    let dist = fake_dist();
    let (state, _db) = state(dist.path()).await;
    let request = Request::builder()
        .method(Method::POST)
        .uri("/goals/abc")
        .body(Body::empty());
    let response = send(app(state), request.expect("a request")).await;
    assert_eq!(response.status(), StatusCode::METHOD_NOT_ALLOWED);
}

/// Without a built app the server still runs: pages explain how to build it, the API works.
#[tokio::test]
async fn missing_dist_answers_503_with_a_hint() {
    let empty = tempfile::tempdir().expect("a temp dir");
    let missing = empty.path().join("dist");
    let (state, _db) = state(&missing).await;
    let app = app(state);
    for path in ["/", "/goals/abc"] {
        let response = get(app.clone(), path, None).await;
        assert_eq!(response.status(), StatusCode::SERVICE_UNAVAILABLE, "{path}");
        assert!(
            header(&response, header::CONTENT_TYPE).starts_with("text/plain"),
            "{path}"
        );
        let text = String::from_utf8(body(response).await).expect("UTF-8");
        assert!(
            text.contains("not built") && text.contains("cargo xtask serve"),
            "{text}"
        );
    }
    assert_eq!(
        get(app.clone(), "/api/health", None).await.status(),
        StatusCode::OK
    );
}
