//! The `/api` router: every API route, the JSON answers for unknown routes and methods, and the body limit.

use axum::Router;
use axum::extract::DefaultBodyLimit;
use axum::http::{HeaderValue, StatusCode, header};
use axum::middleware;
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use tower_http::limit::RequestBodyLimitLayer;
use tower_http::set_header::SetResponseHeaderLayer;

use crate::AppState;
use crate::error::ApiError;
use crate::handlers::health;

/// The largest request body the API accepts. Sync batches are small (about 150 bytes an edit), so 1 MiB
/// holds thousands of edits while keeping a misbehaving client from filling memory.
pub const MAX_BODY_BYTES: usize = 1024 * 1024;

/// The routes under `/api`.
pub(crate) fn api() -> Router<AppState> {
    Router::new()
        .route("/health", get(health::health))
        .fallback(not_found)
        .method_not_allowed_fallback(method_not_allowed)
        // Both limits: tower-http's rejects by Content-Length before a handler runs and caps streamed
        // bodies; axum's tells its own extractors the same number.
        .layer(DefaultBodyLimit::max(MAX_BODY_BYTES))
        .layer(RequestBodyLimitLayer::new(MAX_BODY_BYTES))
        .layer(middleware::map_response(json_payload_too_large))
        // API answers are about live state; neither browsers, proxies nor the service worker should keep them.
        .layer(SetResponseHeaderLayer::if_not_present(
            header::CACHE_CONTROL,
            HeaderValue::from_static("no-store"),
        ))
}

/// The answer for any path under `/api` that no route matches.
pub(crate) async fn not_found() -> ApiError {
    ApiError::NotFound
}

async fn method_not_allowed() -> ApiError {
    ApiError::MethodNotAllowed
}

/// tower-http answers an oversized body with plain text; give it the API's JSON shape instead.
async fn json_payload_too_large(response: Response) -> Response {
    let is_json = response
        .headers()
        .get(header::CONTENT_TYPE)
        .is_some_and(|value| value.as_bytes().starts_with(b"application/json"));
    if response.status() == StatusCode::PAYLOAD_TOO_LARGE && !is_json {
        ApiError::PayloadTooLarge.into_response()
    } else {
        response
    }
}
