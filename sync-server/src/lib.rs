//! Begleitheft's sync server: serves the built PWA, the end-to-end-encrypted sync API (SYNC.md), and link
//! shares with advisor accounts (SHARES.md).
//!
//! # Layout
//!
//! - [`config`]: the settings ([`Config`], [`Limits`]) and the command line that fills them ([`Cli`]).
//! - [`server`]: start-up ([`bind`]) and graceful shutdown with a grace period ([`Server::run`]); the entry
//!   point for `main` and for end-to-end tests, which bind port 0.
//! - [`admin`]: `sync-server admin stats|purge|create-advisor`.
//! - [`app`] (this file): assembles the router from `/api` (`routes`) and the static app
//!   (`static_files`).
//! - `routes`: the `/api` router with its JSON fallbacks and per-route body limits; `handlers/`: one module
//!   per resource; `openapi.json`: the hand-written description of every route, served as is.
//! - `auth`: the bearer token and the space it opens, the advisor session cookie and the CSRF check every
//!   state-changing request passes; `extract`: body and query extractors that fail in the JSON shape;
//!   [`rate_limit`]: token buckets per token hash, client address, share or e-mail address; [`secret`]:
//!   Argon2id hashes of PINs and passwords, random tokens.
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
pub mod secret;
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

pub use config::{AdminCommand, Cli, Command, Config, Limits, Rate, ServeArgs, SqliteSynchronous};
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
    limiters: Arc<Limiters>,
    /// Wall-clock milliseconds since the Unix epoch; tests move it to see shares expire.
    clock: Clock,
}

/// Where the handlers get the time from.
pub type Clock = Arc<dyn Fn() -> i64 + Send + Sync>;

/// One limiter per purpose, so that, say, PIN tries do not use up a client's sync requests.
#[derive(Debug)]
pub(crate) struct Limiters {
    /// Sync requests per token, registrations per address ([`Limits::rate_per_second`]).
    pub sync: RateLimiter,
    /// Logins per address and per e-mail address.
    pub login: RateLimiter,
    /// PIN-bearing share requests per address and per share.
    pub pin: RateLimiter,
    /// Share creations per address.
    pub share_create: RateLimiter,
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
            limiters: Arc::new(Limiters {
                sync: RateLimiter::new(limits.rate_per_second, limits.rate_burst),
                login: RateLimiter::per_minute(limits.login_rate),
                pin: RateLimiter::per_minute(limits.pin_rate),
                share_create: RateLimiter::per_minute(limits.share_create_rate),
            }),
            clock: Arc::new(handlers::now_ms),
        }
    }

    /// The same state with another clock (milliseconds since the Unix epoch), for tests of expiry.
    pub fn with_clock(mut self, clock: Clock) -> Self {
        self.clock = clock;
        self
    }

    /// Now, by the state's clock.
    pub fn now_ms(&self) -> i64 {
        (self.clock)()
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
    pub(crate) fn limiters(&self) -> &Limiters {
        &self.limiters
    }
}

/// The whole HTTP application: `/api/*` plus the built app (with SPA fallback) for every other path.
pub fn app(state: AppState) -> Router {
    let static_app = static_files::router(&state.dist_dir);
    Router::new()
        .nest("/api", routes::api(&state))
        // `nest` covers `/api` and `/api/…` but not `/api/` itself, which would otherwise get index.html.
        .route("/api/", any(routes::not_found))
        .fallback_service(static_app)
        .with_state(state)
        // Browsers must not guess a type other than the one we send (e.g. run an upload as script).
        .layer(SetResponseHeaderLayer::if_not_present(
            header::X_CONTENT_TYPE_OPTIONS,
            HeaderValue::from_static("nosniff"),
        ))
        // The default span would record the URI, and sync and share paths carry ids: log the route instead.
        .layer(TraceLayer::new_for_http().make_span_with(|request: &Request<_>| {
            tracing::debug_span!(
                "request",
                method = %request.method(),
                path = %loggable_path(request.uri().path()),
            )
        }))
}

/// A request path fit for logs: the space id of `/api/spaces/{space}…` replaced by `{space}`, the share id
/// of `/api/shares/{share}…` by `{share}` and a proposal number by `{proposal}`, since each links log lines
/// to one person's data (and a share id is half of what opens a share).
fn loggable_path(path: &str) -> String {
    const SPACES: &str = "/api/spaces/";
    const SHARES: &str = "/api/shares/";
    const PROPOSALS: &str = "/proposals/";
    if let Some(rest) = path.strip_prefix(SPACES) {
        let tail = rest.find('/').map_or("", |slash| &rest[slash..]);
        return format!("{SPACES}{{space}}{tail}");
    }
    if let Some(rest) = path.strip_prefix(SHARES) {
        let tail = rest.find('/').map_or("", |slash| &rest[slash..]);
        let tail = match tail.strip_prefix(PROPOSALS) {
            Some(after) if !after.is_empty() => {
                let rest = after.find('/').map_or("", |slash| &after[slash..]);
                format!("{PROPOSALS}{{proposal}}{rest}")
            }
            _ => tail.to_owned(),
        };
        return format!("{SHARES}{{share}}{tail}");
    }
    path.to_owned()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn logged_paths_leave_space_and_share_ids_out() {
        let space = "0123456789abcdef0123456789abcdef";
        let cases = [
            (
                format!("/api/spaces/{space}/records"),
                "/api/spaces/{space}/records",
            ),
            (format!("/api/spaces/{space}"), "/api/spaces/{space}"),
            ("/api/spaces".to_owned(), "/api/spaces"),
            ("/api/shares".to_owned(), "/api/shares"),
            (format!("/api/shares/{space}"), "/api/shares/{share}"),
            (format!("/api/shares/{space}/open"), "/api/shares/{share}/open"),
            (
                format!("/api/shares/{space}/proposals"),
                "/api/shares/{share}/proposals",
            ),
            (
                format!("/api/shares/{space}/proposals/"),
                "/api/shares/{share}/proposals/",
            ),
            (
                format!("/api/shares/{space}/proposals/12345"),
                "/api/shares/{share}/proposals/{proposal}",
            ),
            (
                format!("/api/shares/{space}/proposals/12345/x"),
                "/api/shares/{share}/proposals/{proposal}/x",
            ),
            ("/api/advisor/login".to_owned(), "/api/advisor/login"),
            ("/api/health".to_owned(), "/api/health"),
            ("/goals/abc".to_owned(), "/goals/abc"),
        ];
        for (path, want) in cases {
            assert_eq!(loggable_path(&path), want, "{path}");
        }
    }
}
