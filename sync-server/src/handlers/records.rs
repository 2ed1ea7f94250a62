//! `POST /api/spaces/{space}/records` (push) and `GET /api/spaces/{space}/records` (pull): the space's
//! append-only log of sealed records, in the binary bodies of `booklet::sync::wire`.

use axum::Json;
use axum::extract::State;
use axum::http::{HeaderValue, header};
use axum::response::{IntoResponse, Response};
use booklet::sync::wire::{self, PulledRecord, WireError};
use serde::{Deserialize, Serialize};
use tracing::instrument;

use super::now_ms;
use crate::AppState;
use crate::auth::SpaceAccess;
use crate::error::ApiError;
use crate::extract::{ApiQuery, Binary};
use crate::store::{NewRecord, Pulled};

/// The most records one pull returns (SYNC.md), and what it returns when the client does not say.
pub(crate) const MAX_PULL_LIMIT: u32 = 1000;

/// The answer to a push.
#[derive(Debug, Serialize)]
pub(crate) struct PushAnswer {
    /// The space's newest cursor after the push.
    cursor: u64,
    /// Records stored by this push.
    stored: u32,
    /// Records that were already stored (same device and seq) and were not stored again.
    duplicates: u32,
}

/// 200 with the outcome; records whose `(device, seq)` is stored already are counted, not stored again.
#[instrument(skip_all)]
pub(crate) async fn push(
    State(state): State<AppState>,
    access: SpaceAccess,
    Binary(body): Binary,
) -> Result<Json<PushAnswer>, ApiError> {
    let records: Vec<NewRecord> = wire::decode_push(&body)
        .map_err(|error| wire_error("push", &error))?
        .into_iter()
        .map(|record| NewRecord {
            device: record.device,
            seq: record.seq,
            data: record.data,
        })
        .collect();
    // The body is decoded; drop it before the database write, so a large push is not held twice.
    drop(body);
    let outcome = state.store().push(&access.space, &records, now_ms()).await?;
    tracing::debug!(stored = outcome.stored, duplicates = outcome.duplicates, "push");
    Ok(Json(PushAnswer {
        cursor: outcome.cursor,
        stored: outcome.stored,
        duplicates: outcome.duplicates,
    }))
}

/// The query of a pull: `after` (default 0, i.e. from the start) and `limit` (1 to 1000, default 1000).
#[derive(Debug, Deserialize)]
pub(crate) struct PullQuery {
    #[serde(default)]
    after: u64,
    #[serde(default = "default_limit")]
    limit: u32,
}

fn default_limit() -> u32 {
    MAX_PULL_LIMIT
}

/// 200 with the pull body; 410 `cursor_compacted` when records after `after` were compacted away.
#[instrument(skip_all)]
pub(crate) async fn pull(
    State(state): State<AppState>,
    access: SpaceAccess,
    ApiQuery(query): ApiQuery<PullQuery>,
) -> Result<Response, ApiError> {
    if !(1..=MAX_PULL_LIMIT).contains(&query.limit) {
        return Err(ApiError::bad_request(format!(
            "limit must be between 1 and {MAX_PULL_LIMIT}"
        )));
    }
    match state
        .store()
        .pull(&access.space, query.after, query.limit)
        .await?
    {
        Pulled::Records { records, more } => {
            let records: Vec<PulledRecord> = records
                .into_iter()
                .map(|record| PulledRecord {
                    cursor: record.cursor,
                    device: record.device,
                    seq: record.seq,
                    data: record.data,
                })
                .collect();
            Ok(binary(wire::encode_pull(&records, more)))
        }
        Pulled::Compacted => Err(ApiError::CursorCompacted),
    }
}

/// A body the wire format refuses: 413 when it breaks a size limit, else 400 with the decoder's reason.
pub(crate) fn wire_error(what: &str, error: &WireError) -> ApiError {
    if error.is_too_large() {
        ApiError::TooLarge
    } else {
        ApiError::bad_request(format!("malformed {what} body: {error}"))
    }
}

/// A 200 with an `application/octet-stream` body.
pub(crate) fn binary(bytes: Vec<u8>) -> Response {
    (
        [(
            header::CONTENT_TYPE,
            HeaderValue::from_static("application/octet-stream"),
        )],
        bytes,
    )
        .into_response()
}
