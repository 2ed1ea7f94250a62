//! [`ApiError`]: every API failure as one stable JSON shape, `{"code": "...", "message": "..."}` (the PIN
//! errors add `"remainingAttempts"`).
//!
//! Clients branch on `code` (and translate it through `i18n/`); `message` is for developers. Detail of
//! server-side failures goes to `tracing` only, never to the client. The codes are part of the protocol
//! (SYNC.md and SHARES.md, "HTTP API") and of the OpenAPI document (`openapi.json`).

use std::error::Error;

use axum::Json;
use axum::http::{HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use serde::Serialize;

use crate::secret::SecretError;
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
    /// A share that is unknown, revoked, expired or disabled, or whose owner token is wrong: one variant and
    /// one text for all, so that nobody learns whether a share exists (SHARES.md).
    #[error("there is no such share")]
    NoShare,
    /// A share id is taken already.
    #[error("a share with this id exists")]
    ShareExists,
    /// A live update of a share that is not live (or no longer active).
    #[error("this share is not live or no longer active")]
    NotLive,
    /// A proposal for a share whose owner did not allow proposals.
    #[error("this share does not take proposals")]
    NotWritable,
    /// The share has a PIN and the request brought none.
    #[error("this share needs its PIN")]
    PinRequired {
        /// Wrong PINs the share still tolerates before it is disabled.
        remaining_attempts: u32,
    },
    /// The PIN was wrong; the try was counted.
    #[error("the PIN is wrong")]
    WrongPin {
        /// Wrong PINs the share still tolerates before it is disabled (0: this was the last).
        remaining_attempts: u32,
    },
    /// Unknown e-mail address or wrong password: one variant and one text for both.
    #[error("the e-mail address or the password is wrong")]
    BadLogin,
    /// The request needs an advisor session and has none (or an expired one).
    #[error("this request needs an advisor session; log in first")]
    NoSession,
    /// A state-changing request with the session cookie but without its CSRF token.
    #[error("this request needs the session's X-CSRF-Token header")]
    Csrf,
    /// The store failed; the detail is logged, the client sees a generic message.
    #[error("the server could not reach its storage")]
    Store(#[source] StoreError),
    /// Hashing or drawing a secret failed (the OS random source, the hashing task); logged, generic to
    /// the client.
    #[error("the server failed to handle this request")]
    Secret(#[from] SecretError),
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
            Self::NotFound | Self::NoSnapshot | Self::NoShare => StatusCode::NOT_FOUND,
            Self::MethodNotAllowed => StatusCode::METHOD_NOT_ALLOWED,
            Self::TooLarge => StatusCode::PAYLOAD_TOO_LARGE,
            Self::BadRequest(_) => StatusCode::BAD_REQUEST,
            Self::Unauthorized
            | Self::PinRequired { .. }
            | Self::WrongPin { .. }
            | Self::BadLogin
            | Self::NoSession => StatusCode::UNAUTHORIZED,
            Self::Forbidden | Self::NotWritable | Self::Csrf => StatusCode::FORBIDDEN,
            Self::ShareExists | Self::NotLive => StatusCode::CONFLICT,
            Self::RateLimited { .. } => StatusCode::TOO_MANY_REQUESTS,
            Self::CursorCompacted => StatusCode::GONE,
            Self::Store(_) => StatusCode::SERVICE_UNAVAILABLE,
            Self::Secret(_) => StatusCode::INTERNAL_SERVER_ERROR,
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
            Self::NoShare => "not_found",
            Self::ShareExists => "exists",
            Self::NotLive => "not_live",
            Self::NotWritable => "not_writable",
            Self::PinRequired { .. } => "pin_required",
            Self::WrongPin { .. } => "wrong_pin",
            Self::BadLogin => "bad_login",
            Self::NoSession => "unauthorized",
            Self::Csrf => "csrf",
            Self::Store(_) => "storage_unavailable",
            Self::Secret(_) => "internal_error",
        }
    }
}

/// The JSON body of every API error.
#[derive(Debug, Serialize)]
struct ErrorBody {
    code: &'static str,
    message: String,
    /// Only in the PIN errors (SHARES.md spells it in camel case).
    #[serde(rename = "remainingAttempts", skip_serializing_if = "Option::is_none")]
    remaining_attempts: Option<u32>,
}

impl IntoResponse for ApiError {
    fn into_response(self) -> Response {
        let status = self.status();
        // Only the bearer 401 names a scheme; the PIN, login and session 401s are not HTTP authentication.
        let bearer_401 = matches!(self, Self::Unauthorized);
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
        let remaining_attempts = match &self {
            Self::PinRequired { remaining_attempts } | Self::WrongPin { remaining_attempts } => {
                Some(*remaining_attempts)
            }
            _ => None,
        };
        let body = ErrorBody {
            code: self.code(),
            message: self.to_string(),
            remaining_attempts,
        };
        let mut response = (status, Json(body)).into_response();
        if let Some(value) = retry_after {
            response.headers_mut().insert(header::RETRY_AFTER, value);
        }
        if bearer_401 {
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
