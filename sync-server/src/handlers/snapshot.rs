//! `PUT /api/spaces/{space}/snapshot` and `GET /api/spaces/{space}/snapshot`: the space's newest sealed
//! snapshot, from which a new device restores in one request and below which records may be compacted.

use axum::extract::State;
use axum::http::StatusCode;
use axum::response::Response;
use booklet::sync::wire;
use tracing::instrument;

use super::now_ms;
use super::records::{binary, wire_error};
use crate::AppState;
use crate::auth::SpaceAccess;
use crate::error::ApiError;
use crate::extract::Binary;

/// 204 whether kept or not: a snapshot older than the stored one is ignored, since the stored one already
/// covers everything it holds.
#[instrument(skip_all)]
pub(crate) async fn put(
    State(state): State<AppState>,
    access: SpaceAccess,
    Binary(body): Binary,
) -> Result<StatusCode, ApiError> {
    let (cursor, seal) = wire::decode_snapshot(&body).map_err(|error| wire_error("snapshot", &error))?;
    drop(body);
    let kept = state
        .store()
        .put_snapshot(&access.space, cursor, &seal, now_ms())
        .await?;
    tracing::debug!(kept, "snapshot");
    Ok(StatusCode::NO_CONTENT)
}

/// 200 with the snapshot body; 404 `no_snapshot` when none was stored yet.
#[instrument(skip_all)]
pub(crate) async fn get(State(state): State<AppState>, access: SpaceAccess) -> Result<Response, ApiError> {
    match state.store().snapshot(&access.space).await? {
        Some(snapshot) => Ok(binary(wire::encode_snapshot(snapshot.cursor, &snapshot.data))),
        None => Err(ApiError::NoSnapshot),
    }
}
