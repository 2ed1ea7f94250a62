//! Begleitheft's sync server: serves the built PWA and the end-to-end-encrypted sync API (SYNC.md).
//!
//! # Layout
//!
//! - [`config`]: the settings ([`Config`], [`Limits`]) and the command line that fills them ([`Cli`]).
//! - [`server`]: start-up ([`bind`]) and graceful shutdown with a grace period ([`Server::run`]); the entry
//!   point for `main` and for end-to-end tests, which bind port 0.
//! - [`admin`]: `sync-server admin stats|purge`.
//! - [`app`] (this file): assembles the router from `/api` (`routes`) and the static app
//!   (`static_files`).
//! - `routes`: the `/api` router with its JSON fallbacks and per-route body limits; `handlers/`: one module
//!   per resource; `openapi.json`: the hand-written description of every route, served as is.
//! - `auth`: the bearer token and the space it opens; `extract`: body and query extractors that fail in
//!   the JSON shape; [`rate_limit`]: token buckets per token hash or client address.
//! - [`error`]: [`ApiError`], the one JSON error shape every API failure takes.
//! - [`store`]: the [`Store`] trait the handlers talk to, and its back ends (`store/sqlite.rs`); the back
//!   end is picked from the database URL at start-up. Handlers never name `sqlx`.
//! - `migrations/<back end>/`: plain SQL files embedded into the binary and applied in order at start-up.

pub mod admin;
mod auth;
pub mod config;
pub mod error;
mod extract;
mod handlers;
pub mod rate_limit;
mod routes;
pub mod server;
mod static_files;
pub mod store;

use std::path::Path;
use std::sync::Arc;

use axum::Router;
use axum::http::{HeaderValue, Request, header};
use axum::routing::any;
use tower_http::set_header::SetResponseHeaderLayer;
use tower_http::trace::TraceLayer;

pub use config::{AdminCommand, Cli, Command, Config, Limits, ServeArgs};
pub use error::ApiError;
pub use rate_limit::RateLimiter;
pub use server::{Server, ServerError, bind, bind_with};
pub use store::{Store, StoreError};

/// What every request handler can reach: cheap to clone, because axum clones it per request.
#[derive(Clone)]
pub struct AppState {
    store: Arc<dyn Store>,
    /// Where the built app lives; read once when the router is built.
    dist_dir: Arc<Path>,
    /// Body sizes and rates; the body limits are read once when the router is built.
    limits: Limits,
    /// Shared by all clones, so every request of a client draws from the same bucket.
    limiter: Arc<RateLimiter>,
}

impl AppState {
    /// State over an opened store, serving the built app from `dist_dir`, with the default [`Limits`].
    pub fn new(store: Arc<dyn Store>, dist_dir: impl AsRef<Path>) -> Self {
        Self::with_limits(store, dist_dir, Limits::default())
    }

    /// State with the given limits.
    pub fn with_limits(store: Arc<dyn Store>, dist_dir: impl AsRef<Path>, limits: Limits) -> Self {
        Self {
            store,
            dist_dir: Arc::from(dist_dir.as_ref()),
            limits,
            limiter: Arc::new(RateLimiter::new(limits.rate_per_second, limits.rate_burst)),
        }
    }

    /// The storage back end.
    pub fn store(&self) -> &Arc<dyn Store> {
        &self.store
    }

    /// The limits the API applies.
    pub fn limits(&self) -> &Limits {
        &self.limits
    }

    /// The request-rate buckets.
    pub(crate) fn limiter(&self) -> &RateLimiter {
        &self.limiter
    }
}

/// The whole HTTP application: `/api/*` plus the built app (with SPA fallback) for every other path.
pub fn app(state: AppState) -> Router {
    let static_app = static_files::router(&state.dist_dir);
    Router::new()
        .nest("/api", routes::api(&state.limits))
        // `nest` covers `/api` and `/api/…` but not `/api/` itself, which would otherwise get index.html.
        .route("/api/", any(routes::not_found))
        .fallback_service(static_app)
        .with_state(state)
        // Browsers must not guess a type other than the one we send (e.g. run an upload as script).
        .layer(SetResponseHeaderLayer::if_not_present(
            header::X_CONTENT_TYPE_OPTIONS,
            HeaderValue::from_static("nosniff"),
        ))
        // The default span would record the URI, and sync paths carry space ids: log the route instead.
        .layer(TraceLayer::new_for_http().make_span_with(|request: &Request<_>| {
            tracing::debug_span!(
                "request",
                method = %request.method(),
                path = %loggable_path(request.uri().path()),
            )
        }))
}

/// A request path fit for logs: the space id of `/api/spaces/{space}…` replaced by `{space}`, since a
/// space id links log lines to one person's data.
fn loggable_path(path: &str) -> String {
    const SPACES: &str = "/api/spaces/";
    match path.strip_prefix(SPACES) {
        Some(rest) => {
            let tail = rest.find('/').map_or("", |slash| &rest[slash..]);
            format!("{SPACES}{{space}}{tail}")
        }
        None => path.to_owned(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn logged_paths_leave_space_ids_out() {
        let space = "0123456789abcdef0123456789abcdef";
        let cases = [
            (
                format!("/api/spaces/{space}/records"),
                "/api/spaces/{space}/records",
            ),
            (format!("/api/spaces/{space}"), "/api/spaces/{space}"),
            ("/api/spaces".to_owned(), "/api/spaces"),
            ("/api/health".to_owned(), "/api/health"),
            ("/goals/abc".to_owned(), "/goals/abc"),
        ];
        for (path, want) in cases {
            assert_eq!(loggable_path(&path), want, "{path}");
        }
    }
}
