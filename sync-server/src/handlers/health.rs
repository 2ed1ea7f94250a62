//! `GET /api/health`: is the server up and can it reach its database? For load balancers and monitoring.

use axum::Json;
use axum::extract::State;
use axum::http::StatusCode;
use serde::Serialize;
use tracing::instrument;

use crate::AppState;
use crate::error::report;

/// The body of `/api/health`; the shape is the same whether healthy or not.
#[derive(Debug, Serialize)]
pub(crate) struct Health {
    /// `"ok"`, or `"unavailable"` when the server cannot do its work.
    status: &'static str,
    /// The server's crate version.
    version: &'static str,
    /// `"ok"` or `"unavailable"`.
    database: &'static str,
}

/// 200 when the store answers, 503 (same shape) when it does not; the cause goes to the log.
#[instrument(skip_all)]
pub(crate) async fn health(State(state): State<AppState>) -> (StatusCode, Json<Health>) {
    let version = env!("CARGO_PKG_VERSION");
    match state.store().health().await {
        Ok(()) => (
            StatusCode::OK,
            Json(Health {
                status: "ok",
                version,
                database: "ok",
            }),
        ),
        Err(error) => {
            tracing::error!(error = %report(&error), "health check: database unavailable");
            let body = Health {
                status: "unavailable",
                version,
                database: "unavailable",
            };
            (StatusCode::SERVICE_UNAVAILABLE, Json(body))
        }
    }
}
