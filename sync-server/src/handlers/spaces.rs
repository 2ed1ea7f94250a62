//! `POST /api/spaces` registers a sync space with its token; `DELETE /api/spaces/{space}` removes it with
//! all its data.

use axum::Json;
use axum::extract::State;
use axum::http::StatusCode;
use serde::{Deserialize, Serialize};
use tracing::instrument;

use super::now_ms;
use crate::AppState;
use crate::auth::{Bearer, ClientIp, SpaceAccess, parse_space};
use crate::error::ApiError;
use crate::extract::ApiJson;
use crate::rate_limit::RateKey;
use crate::store::Registered;

/// The body of a registration, and of its answer.
#[derive(Debug, Deserialize, Serialize)]
pub(crate) struct SpaceBody {
    /// The space id, 32 lowercase hex characters.
    space: String,
}

/// 201 when the space is new, 200 when it exists with this token (a retried registration), 403 when it
/// exists with another token (the same answer as any wrong token).
#[instrument(skip_all)]
pub(crate) async fn register(
    State(state): State<AppState>,
    ClientIp(ip): ClientIp,
    Bearer(token): Bearer,
    ApiJson(body): ApiJson<SpaceBody>,
) -> Result<(StatusCode, Json<SpaceBody>), ApiError> {
    // Anyone can make up a token, so the per-token bucket alone would not slow down a client that
    // registers space after space; the address bucket does.
    if let Some(ip) = ip {
        state.check_rate(RateKey::Ip(ip))?;
    }
    state.check_rate(RateKey::Token(token))?;
    let space = parse_space(&body.space)?;
    let status = match state.store().register_space(&space, &token, now_ms()).await? {
        Registered::Created => StatusCode::CREATED,
        Registered::Existing => StatusCode::OK,
        Registered::TokenMismatch => return Err(ApiError::Forbidden),
    };
    Ok((status, Json(body)))
}

/// 204: the space, its records and its snapshot are gone.
#[instrument(skip_all)]
pub(crate) async fn delete(
    State(state): State<AppState>,
    access: SpaceAccess,
) -> Result<StatusCode, ApiError> {
    // `false` means a concurrent delete won; the space is gone either way.
    state.store().delete_space(&access.space).await?;
    Ok(StatusCode::NO_CONTENT)
}
