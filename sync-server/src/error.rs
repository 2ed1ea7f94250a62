//! [`ApiError`]: every API failure as one stable JSON shape, `{"code": "...", "message": "..."}`.
//!
//! Clients branch on `code` (and translate it through `i18n/`); `message` is for developers. Detail of
//! server-side failures goes to `tracing` only, never to the client. The codes are part of the protocol
//! (SYNC.md, "HTTP API") and of the OpenAPI document (`openapi.json`).

use std::error::Error;

use axum::Json;
use axum::http::{HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use serde::Serialize;

use crate::store::StoreError;

/// An error an API handler answers with.
#[derive(Debug, thiserror::Error)]
pub enum ApiError {
    /// No API route matches the path.
    #[error("no API route matches this path")]
    NotFound,
    /// The route exists but not for this HTTP method.
    #[error("this API route does not accept this method")]
    MethodNotAllowed,
    /// The request body is larger than this route accepts.
    #[error("the request body is too large")]
    TooLarge,
    /// The body, the query or a path segment cannot be read; the text says which and why (it describes
    /// only what the client itself sent).
    #[error("bad request: {0}")]
    BadRequest(String),
    /// The `Authorization` header is missing or is not `Bearer <64 lowercase hex>`.
    #[error("this request needs an Authorization header with a bearer token")]
    Unauthorized,
    /// A wrong token or an unknown space: one variant and one text for both, so that nobody can probe
    /// which spaces exist.
    #[error("the token does not give access to this space")]
    Forbidden,
    /// The client sent more requests than its bucket allows; retry after the given number of seconds.
    #[error("too many requests; retry later")]
    RateLimited {
        /// Whole seconds until a request will be accepted again (at least 1).
        retry_after_secs: u64,
    },
    /// Records after the asked cursor were compacted into the snapshot: the client restores from it.
    #[error("records after this cursor were compacted; restore from the snapshot")]
    CursorCompacted,
    /// The space has no snapshot yet.
    #[error("this space has no snapshot")]
    NoSnapshot,
    /// The store failed; the detail is logged, the client sees a generic message.
    #[error("the server could not reach its storage")]
    Store(#[source] StoreError),
}

impl From<StoreError> for ApiError {
    /// Store errors that are about the request rather than the database become the matching client error.
    fn from(error: StoreError) -> Self {
        match error {
            // The token was checked just before, so the space was deleted in between: answer as for any
            // space the token does not open.
            StoreError::UnknownSpace => Self::Forbidden,
            StoreError::CursorAhead { .. } => Self::BadRequest(error.to_string()),
            other => Self::Store(other),
        }
    }
}

impl ApiError {
    /// A 400 with a reason.
    pub fn bad_request(reason: impl Into<String>) -> Self {
        Self::BadRequest(reason.into())
    }

    /// The HTTP status this error answers with.
    pub fn status(&self) -> StatusCode {
        match self {
            Self::NotFound | Self::NoSnapshot => StatusCode::NOT_FOUND,
            Self::MethodNotAllowed => StatusCode::METHOD_NOT_ALLOWED,
            Self::TooLarge => StatusCode::PAYLOAD_TOO_LARGE,
            Self::BadRequest(_) => StatusCode::BAD_REQUEST,
            Self::Unauthorized => StatusCode::UNAUTHORIZED,
            Self::Forbidden => StatusCode::FORBIDDEN,
            Self::RateLimited { .. } => StatusCode::TOO_MANY_REQUESTS,
            Self::CursorCompacted => StatusCode::GONE,
            Self::Store(_) => StatusCode::SERVICE_UNAVAILABLE,
        }
    }

    /// The stable, machine-readable code in the body.
    pub fn code(&self) -> &'static str {
        match self {
            Self::NotFound => "not_found",
            Self::MethodNotAllowed => "method_not_allowed",
            Self::TooLarge => "too_large",
            Self::BadRequest(_) => "bad_request",
            Self::Unauthorized => "unauthorized",
            Self::Forbidden => "forbidden",
            Self::RateLimited { .. } => "rate_limited",
            Self::CursorCompacted => "cursor_compacted",
            Self::NoSnapshot => "no_snapshot",
            Self::Store(_) => "storage_unavailable",
        }
    }
}

/// The JSON body of every API error.
#[derive(Debug, Serialize)]
struct ErrorBody {
    code: &'static str,
    message: String,
}

impl IntoResponse for ApiError {
    fn into_response(self) -> Response {
        let status = self.status();
        if status.is_server_error() {
            tracing::error!(code = self.code(), error = %report(&self), "API request failed");
        } else {
            // Client errors are normal traffic (expired caches, retries); the text names no secret.
            tracing::debug!(code = self.code(), "API request refused");
        }
        let retry_after = match &self {
            Self::RateLimited { retry_after_secs } => Some(HeaderValue::from(*retry_after_secs)),
            _ => None,
        };
        let body = ErrorBody {
            code: self.code(),
            message: self.to_string(),
        };
        let mut response = (status, Json(body)).into_response();
        if let Some(value) = retry_after {
            response.headers_mut().insert(header::RETRY_AFTER, value);
        }
        if status == StatusCode::UNAUTHORIZED {
            // RFC 9110 asks a 401 to name the scheme it wants.
            response
                .headers_mut()
                .insert(header::WWW_AUTHENTICATE, HeaderValue::from_static("Bearer"));
        }
        response
    }
}

/// An error with all its causes on one line (`outer: cause: root cause`), for logs.
pub(crate) fn report(error: &dyn Error) -> String {
    let mut line = error.to_string();
    let mut source = error.source();
    while let Some(cause) = source {
        line.push_str(": ");
        line.push_str(&cause.to_string());
        source = cause.source();
    }
    line
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn report_joins_the_causes() {
        let error = ApiError::Store(StoreError::database(std::io::Error::other("disk on fire")));
        assert_eq!(
            report(&error),
            "the server could not reach its storage: database error: disk on fire"
        );
    }

    #[test]
    fn server_errors_hide_their_detail_from_the_client() {
        let error = ApiError::from(StoreError::database(std::io::Error::other("disk on fire")));
        assert_eq!(error.status(), StatusCode::SERVICE_UNAVAILABLE);
        assert!(!error.to_string().contains("disk"));
    }

    #[test]
    fn request_shaped_store_errors_become_client_errors() {
        assert!(matches!(
            ApiError::from(StoreError::UnknownSpace),
            ApiError::Forbidden
        ));
        let ahead = ApiError::from(StoreError::CursorAhead { cursor: 9, newest: 3 });
        assert_eq!(ahead.status(), StatusCode::BAD_REQUEST);
        assert_eq!(ahead.code(), "bad_request");
    }

    #[test]
    fn rate_limited_answers_carry_retry_after() {
        let response = ApiError::RateLimited { retry_after_secs: 7 }.into_response();
        assert_eq!(response.status(), StatusCode::TOO_MANY_REQUESTS);
        assert_eq!(
            response.headers().get(header::RETRY_AFTER),
            Some(&HeaderValue::from_static("7"))
        );
    }
}
