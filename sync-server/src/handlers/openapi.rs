//! `GET /api/openapi.json`: the hand-written OpenAPI 3.1 description of the API, served as written.

use axum::http::{HeaderValue, header};
use axum::response::IntoResponse;

/// The document; `tests/api.rs` checks that it parses and lists every route the router serves.
pub(crate) const OPENAPI_JSON: &str = include_str!("../openapi.json");

/// Serves [`OPENAPI_JSON`].
pub(crate) async fn openapi() -> impl IntoResponse {
    (
        [(header::CONTENT_TYPE, HeaderValue::from_static("application/json"))],
        OPENAPI_JSON,
    )
}
