//! [`ApiError`]: every API failure as one stable JSON shape, `{"code": "...", "message": "..."}`.
//!
//! Clients branch on `code` (and translate it through `i18n/`); `message` is for developers. Detail of
//! server-side failures goes to `tracing` only, never to the client.

use std::error::Error;

use axum::Json;
use axum::http::StatusCode;
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
    /// The request body is larger than the API accepts.
    #[error("the request body is too large")]
    PayloadTooLarge,
    /// The store failed; the detail is logged, the client sees a generic message.
    #[error("the server could not reach its storage")]
    Store(#[from] StoreError),
}

impl ApiError {
    /// The HTTP status this error answers with.
    pub fn status(&self) -> StatusCode {
        match self {
            Self::NotFound => StatusCode::NOT_FOUND,
            Self::MethodNotAllowed => StatusCode::METHOD_NOT_ALLOWED,
            Self::PayloadTooLarge => StatusCode::PAYLOAD_TOO_LARGE,
            Self::Store(_) => StatusCode::SERVICE_UNAVAILABLE,
        }
    }

    /// The stable, machine-readable code in the body.
    pub fn code(&self) -> &'static str {
        match self {
            Self::NotFound => "not_found",
            Self::MethodNotAllowed => "method_not_allowed",
            Self::PayloadTooLarge => "payload_too_large",
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
        }
        let body = ErrorBody {
            code: self.code(),
            message: self.to_string(),
        };
        (status, Json(body)).into_response()
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
        let error = ApiError::Store(StoreError::database(std::io::Error::other("disk on fire")));
        assert!(!error.to_string().contains("disk"));
    }
}
