//! The `/api` router: every API route with its body limit, and the JSON answers for unknown routes,
//! methods and oversized bodies.
//!
//! Every route here is described in `openapi.json`; `tests/api.rs` checks the two agree.

use axum::Router;
use axum::extract::DefaultBodyLimit;
use axum::http::{HeaderValue, StatusCode, header};
use axum::middleware;
use axum::response::{IntoResponse, Response};
use axum::routing::{MethodRouter, delete, get, post, put};
use tower::ServiceBuilder;
use tower_http::limit::RequestBodyLimitLayer;
use tower_http::set_header::SetResponseHeaderLayer;

use crate::AppState;
use crate::auth;
use crate::error::ApiError;
use crate::handlers::shares::{MAX_PROPOSAL_CIPHERTEXT, MAX_SHARE_CIPHERTEXT, base64_len};
use crate::handlers::{advisor, health, openapi, records, shares, snapshot, spaces};

/// The routes under `/api`, behind the session and CSRF check.
pub(crate) fn api(state: &AppState) -> Router<AppState> {
    let limits = state.limits();
    let json = limits.json_body_bytes;
    // A share's body is its ciphertext in base64url plus a few small fields.
    let share = base64_len(MAX_SHARE_CIPHERTEXT) + json;
    let proposal = base64_len(MAX_PROPOSAL_CIPHERTEXT) + json;
    Router::new()
        .route("/health", limit(get(health::health), json))
        .route("/openapi.json", limit(get(openapi::openapi), json))
        .route("/spaces", limit(post(spaces::register), json))
        .route("/spaces/{space}", limit(delete(spaces::delete), json))
        .route(
            "/spaces/{space}/records",
            limit(post(records::push), limits.push_body_bytes).merge(limit(get(records::pull), json)),
        )
        .route(
            "/spaces/{space}/snapshot",
            limit(put(snapshot::put), limits.snapshot_body_bytes).merge(limit(get(snapshot::get), json)),
        )
        .route("/shares", limit(post(shares::create), share))
        .route(
            "/shares/{share}",
            limit(put(shares::update), share).merge(limit(delete(shares::revoke), json)),
        )
        .route("/shares/{share}/owner", limit(get(shares::owner_view), json))
        .route("/shares/{share}/open", limit(post(shares::open), json))
        .route(
            "/shares/{share}/proposals",
            limit(post(shares::propose), proposal),
        )
        .route(
            "/shares/{share}/proposals/{proposal}",
            limit(delete(shares::delete_proposal), json),
        )
        .route("/advisor/login", limit(post(advisor::login), json))
        .route("/advisor/me", limit(get(advisor::me), json))
        .route("/advisor/logout", limit(post(advisor::logout), json))
        .route("/advisor/workspace", limit(get(advisor::workspace), json))
        .fallback(not_found)
        .method_not_allowed_fallback(method_not_allowed)
        // Every route and fallback: no handler can forget the CSRF check.
        .layer(middleware::from_fn_with_state(
            state.clone(),
            auth::session_and_csrf,
        ))
        .layer(middleware::map_response(json_payload_too_large))
        // API answers are about live state; neither browsers, proxies nor the service worker should keep them.
        .layer(SetResponseHeaderLayer::if_not_present(
            header::CACHE_CONTROL,
            HeaderValue::from_static("no-store"),
        ))
}

/// A route's body limit, twice: tower-http's refuses by Content-Length before the handler runs and caps
/// streamed bodies; axum's tells its own extractors the same number (its default is 2 MB whatever the route).
fn limit(route: MethodRouter<AppState>, bytes: usize) -> MethodRouter<AppState> {
    route.layer(
        ServiceBuilder::new()
            .layer(DefaultBodyLimit::max(bytes))
            .layer(RequestBodyLimitLayer::new(bytes)),
    )
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
        ApiError::TooLarge.into_response()
    } else {
        response
    }
}
