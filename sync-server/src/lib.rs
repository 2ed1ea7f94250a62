//! Begleitheft's sync server: serves the built PWA and, later, the end-to-end-encrypted sync and share API.
//!
//! # Layout
//!
//! - [`config`]: the settings ([`Config`]) and the command line that fills them ([`Cli`]).
//! - [`server`]: start-up ([`bind`]) and graceful shutdown ([`Server::run`]); the entry point for `main`
//!   and for end-to-end tests, which bind port 0.
//! - [`app`] (this file): assembles the router from `/api` (`routes`) and the static app
//!   (`static_files`).
//! - `routes`: the `/api` router with its JSON fallbacks and body-size limit; `handlers/`: one module per
//!   resource.
//! - [`error`]: [`ApiError`], the one JSON error shape every API failure takes.
//! - [`store`]: the [`Store`] trait the handlers talk to, and its back ends (`store/sqlite.rs`); the back
//!   end is picked from the database URL at start-up. Handlers never name `sqlx`.
//! - `migrations/<back end>/`: plain SQL files embedded into the binary and applied in order at start-up.

pub mod config;
pub mod error;
mod handlers;
mod routes;
pub mod server;
mod static_files;
pub mod store;

use std::path::Path;
use std::sync::Arc;

use axum::Router;
use axum::http::{HeaderValue, header};
use axum::routing::any;
use tower_http::set_header::SetResponseHeaderLayer;
use tower_http::trace::TraceLayer;

pub use config::{Cli, Command, Config, ServeArgs};
pub use error::ApiError;
pub use server::{Server, ServerError, bind};
pub use store::{Store, StoreError};

/// What every request handler can reach: cheap to clone, because axum clones it per request.
#[derive(Clone)]
pub struct AppState {
    store: Arc<dyn Store>,
    /// Where the built app lives; read once when the router is built.
    dist_dir: Arc<Path>,
}

impl AppState {
    /// State over an opened store, serving the built app from `dist_dir`.
    pub fn new(store: Arc<dyn Store>, dist_dir: impl AsRef<Path>) -> Self {
        Self {
            store,
            dist_dir: Arc::from(dist_dir.as_ref()),
        }
    }

    /// The storage back end.
    pub fn store(&self) -> &Arc<dyn Store> {
        &self.store
    }
}

/// The whole HTTP application: `/api/*` plus the built app (with SPA fallback) for every other path.
pub fn app(state: AppState) -> Router {
    let static_app = static_files::router(&state.dist_dir);
    Router::new()
        .nest("/api", routes::api())
        // `nest` covers `/api` and `/api/…` but not `/api/` itself, which would otherwise get index.html.
        .route("/api/", any(routes::not_found))
        .fallback_service(static_app)
        .with_state(state)
        // Browsers must not guess a type other than the one we send (e.g. run an upload as script).
        .layer(SetResponseHeaderLayer::if_not_present(
            header::X_CONTENT_TYPE_OPTIONS,
            HeaderValue::from_static("nosniff"),
        ))
        .layer(TraceLayer::new_for_http())
}
