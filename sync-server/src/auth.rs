//! Who may touch a sync space: the bearer token ([`Bearer`]) and the space it opens ([`SpaceAccess`]).
//!
//! The server keeps only SHA-256 of each token (SYNC.md), compares hashes in constant time, and answers an
//! unknown space exactly like a wrong token, so that nobody learns whether a space exists.

use std::net::{IpAddr, SocketAddr};

use axum::extract::{ConnectInfo, FromRequestParts, Path};
use axum::http::request::Parts;
use axum::http::{HeaderMap, header};
use booklet::sync::crypto::{from_hex, token_hash};

use crate::AppState;
use crate::error::ApiError;
use crate::rate_limit::{RateKey, retry_after_secs};
use crate::store::{SpaceId, TokenHash};

/// The hash of the request's bearer token; 401 when the header is missing or malformed.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Bearer(pub TokenHash);

impl<S: Send + Sync> FromRequestParts<S> for Bearer {
    type Rejection = ApiError;

    async fn from_request_parts(parts: &mut Parts, _state: &S) -> Result<Self, ApiError> {
        bearer_token_hash(&parts.headers).map(Self)
    }
}

/// A request the token in it may make on the space in its path: the token is well-formed, within its
/// rate, and its hash is the space's.
#[derive(Debug, Clone, Copy)]
pub(crate) struct SpaceAccess {
    /// The space in the path.
    pub space: SpaceId,
}

impl FromRequestParts<AppState> for SpaceAccess {
    type Rejection = ApiError;

    async fn from_request_parts(parts: &mut Parts, state: &AppState) -> Result<Self, ApiError> {
        let token = bearer_token_hash(&parts.headers)?;
        let Path(space) = Path::<String>::from_request_parts(parts, state)
            .await
            .map_err(|rejection| ApiError::bad_request(rejection.body_text()))?;
        let space = parse_space(&space)?;
        // Before the database lookup, so a runaway client costs no queries.
        state.check_rate(RateKey::Token(token))?;
        let stored = state.store().space_token(&space).await?;
        // An unknown space is compared against zeros, so both refusals take the same path.
        let matches = constant_time_eq(&stored.unwrap_or([0; 32]), &token) && stored.is_some();
        if matches {
            Ok(Self { space })
        } else {
            Err(ApiError::Forbidden)
        }
    }
}

/// The client's address when the server was started with connection info (tests that call the router
/// directly have none).
#[derive(Debug, Clone, Copy)]
pub(crate) struct ClientIp(pub Option<IpAddr>);

impl<S: Send + Sync> FromRequestParts<S> for ClientIp {
    type Rejection = ApiError;

    async fn from_request_parts(parts: &mut Parts, _state: &S) -> Result<Self, ApiError> {
        let ip = parts
            .extensions
            .get::<ConnectInfo<SocketAddr>>()
            .map(|ConnectInfo(addr)| addr.ip());
        Ok(Self(ip))
    }
}

impl AppState {
    /// Takes one request from `key`'s bucket, or refuses with 429 and how long to wait.
    pub(crate) fn check_rate(&self, key: RateKey) -> Result<(), ApiError> {
        self.limiter().check(key).map_err(|wait| ApiError::RateLimited {
            retry_after_secs: retry_after_secs(wait),
        })
    }
}

/// A space id as it appears in paths and bodies: exactly 32 lowercase hex characters.
pub(crate) fn parse_space(text: &str) -> Result<SpaceId, ApiError> {
    from_hex::<16>(text).ok_or_else(|| ApiError::bad_request("a space id is 32 lowercase hex characters"))
}

/// SHA-256 of the token in `Authorization: Bearer <64 lowercase hex>`.
fn bearer_token_hash(headers: &HeaderMap) -> Result<TokenHash, ApiError> {
    let value = headers
        .get(header::AUTHORIZATION)
        .ok_or(ApiError::Unauthorized)?
        .to_str()
        .map_err(|_| ApiError::Unauthorized)?;
    let (scheme, token) = value.split_once(' ').ok_or(ApiError::Unauthorized)?;
    // The scheme is case-insensitive (RFC 9110); the token has one spelling.
    if !scheme.eq_ignore_ascii_case("bearer") {
        return Err(ApiError::Unauthorized);
    }
    let token = from_hex::<32>(token.trim()).ok_or(ApiError::Unauthorized)?;
    Ok(token_hash(&token))
}

/// Whether two hashes are equal, looking at every byte whatever the first difference, so the time taken
/// says nothing about how much of a guess was right.
fn constant_time_eq(a: &[u8; 32], b: &[u8; 32]) -> bool {
    let difference = a.iter().zip(b).fold(0u8, |acc, (x, y)| acc | (x ^ y));
    std::hint::black_box(difference) == 0
}

#[cfg(test)]
mod tests {
    use super::*;
    use axum::http::HeaderValue;

    fn headers(authorization: &str) -> HeaderMap {
        let mut headers = HeaderMap::new();
        headers.insert(
            header::AUTHORIZATION,
            HeaderValue::from_str(authorization).expect("a header value"),
        );
        headers
    }

    #[test]
    fn bearer_tokens_are_64_lowercase_hex() {
        let token = "ab".repeat(32);
        let want = token_hash(&[0xab; 32]);
        for value in [
            format!("Bearer {token}"),
            format!("bearer {token}"),
            format!("BEARER  {token}"),
        ] {
            assert_eq!(bearer_token_hash(&headers(&value)).ok(), Some(want), "{value}");
        }
        let refused = [
            String::new(),
            token.clone(),
            format!("Basic {token}"),
            format!("Bearer {}", token.to_uppercase()),
            format!("Bearer {}", &token[2..]),
            format!("Bearer {token}00"),
            format!("Bearer {}zz", &token[2..]),
            "Bearer".to_owned(),
        ];
        for value in refused {
            assert!(
                matches!(bearer_token_hash(&headers(&value)), Err(ApiError::Unauthorized)),
                "{value:?}"
            );
        }
        assert!(matches!(
            bearer_token_hash(&HeaderMap::new()),
            Err(ApiError::Unauthorized)
        ));
    }

    #[test]
    fn space_ids_are_32_lowercase_hex() {
        assert_eq!(parse_space(&"0f".repeat(16)).ok(), Some([0x0f; 16]));
        for bad in ["", "0f", &"0F".repeat(16), &"0f".repeat(17), &"g0".repeat(16)] {
            assert!(matches!(parse_space(bad), Err(ApiError::BadRequest(_))), "{bad}");
        }
    }

    #[test]
    fn constant_time_eq_compares_every_byte() {
        let a = [7u8; 32];
        let mut b = a;
        assert!(constant_time_eq(&a, &b));
        b[31] = 8;
        assert!(!constant_time_eq(&a, &b));
        b = a;
        b[0] = 0;
        assert!(!constant_time_eq(&a, &b));
    }
}
