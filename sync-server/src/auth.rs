//! Who may do what: the bearer token ([`Bearer`]) and the sync space it opens ([`SpaceAccess`]); the advisor
//! session cookie ([`OptionalSession`], [`AdvisorSession`]) and the CSRF check ([`session_and_csrf`]) that
//! every request under `/api` passes.
//!
//! The server keeps only SHA-256 of each token (SYNC.md, SHARES.md), compares hashes in constant time, and
//! answers an unknown space exactly like a wrong token, so that nobody learns whether a space exists.

use std::net::{IpAddr, SocketAddr};

use axum::extract::{ConnectInfo, FromRequestParts, Path, Request, State};
use axum::http::request::Parts;
use axum::http::{HeaderMap, HeaderValue, Method, header};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use booklet::sync::crypto::{from_hex, to_hex, token_hash};

use crate::AppState;
use crate::error::ApiError;
use crate::rate_limit::{RateKey, RateLimiter, retry_after_secs};
use crate::secret;
use crate::store::{Session, SpaceId, TokenHash};

/// The advisor session cookie's name (SHARES.md).
pub(crate) const SESSION_COOKIE: &str = "bh_session";
/// The header a state-changing request with a session echoes the session's CSRF token in.
pub(crate) const CSRF_HEADER: &str = "x-csrf-token";
/// How long a session lasts: one working day.
pub(crate) const SESSION_SECS: i64 = 12 * 60 * 60;

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
    /// Takes one request from `key`'s sync bucket, or refuses with 429 and how long to wait.
    pub(crate) fn check_rate(&self, key: RateKey) -> Result<(), ApiError> {
        check_limit(&self.limiters().sync, key)
    }
}

/// Takes one request from `key`'s bucket in `limiter`, or refuses with 429 and how long to wait.
pub(crate) fn check_limit(limiter: &RateLimiter, key: RateKey) -> Result<(), ApiError> {
    limiter.check(key).map_err(|wait| ApiError::RateLimited {
        retry_after_secs: retry_after_secs(wait),
    })
}

/// The live advisor session a request's cookie names, with the hash that identifies it for logout.
#[derive(Debug, Clone)]
pub(crate) struct CurrentSession {
    /// SHA-256 of the cookie's token.
    pub token_hash: TokenHash,
    /// The session and its advisor.
    pub session: Session,
}

/// The request's advisor session, if its cookie names a live one ([`session_and_csrf`] looked it up).
#[derive(Debug, Clone)]
pub(crate) struct OptionalSession(pub Option<CurrentSession>);

impl<S: Send + Sync> FromRequestParts<S> for OptionalSession {
    type Rejection = ApiError;

    async fn from_request_parts(parts: &mut Parts, _state: &S) -> Result<Self, ApiError> {
        Ok(Self(parts.extensions.get::<CurrentSession>().cloned()))
    }
}

/// The request's advisor session; 401 `unauthorized` without one.
#[derive(Debug, Clone)]
pub(crate) struct AdvisorSession(pub CurrentSession);

impl<S: Send + Sync> FromRequestParts<S> for AdvisorSession {
    type Rejection = ApiError;

    async fn from_request_parts(parts: &mut Parts, _state: &S) -> Result<Self, ApiError> {
        parts
            .extensions
            .get::<CurrentSession>()
            .cloned()
            .map(Self)
            .ok_or(ApiError::NoSession)
    }
}

/// Middleware over every `/api` route: looks up the session the `bh_session` cookie names and hands it to
/// the handlers ([`OptionalSession`], [`AdvisorSession`]); a state-changing request (anything but GET, HEAD
/// and OPTIONS) with a live session must carry the session's token in `X-CSRF-Token`, else 403 `csrf`.
///
/// Two cases carry no session and need no token: a cookie that names no live session (expired, logged out,
/// malformed) gives no authority, so a browser with a stale cookie can still log in; and a request with an
/// `Authorization` header authenticates with its bearer token, which a cross-site page cannot send, so the
/// sync and owner requests of an app whose browser also holds an advisor session keep working.
pub(crate) async fn session_and_csrf(
    State(state): State<AppState>,
    mut request: Request,
    next: Next,
) -> Response {
    if request.headers().contains_key(header::AUTHORIZATION) {
        return next.run(request).await;
    }
    let Some(token) = session_cookie(request.headers()) else {
        return next.run(request).await;
    };
    let token_hash = token_hash(&token);
    let session = match state.store().session(&token_hash, state.now_ms()).await {
        Ok(Some(session)) => session,
        Ok(None) => return next.run(request).await,
        Err(error) => return ApiError::from(error).into_response(),
    };
    let safe = matches!(*request.method(), Method::GET | Method::HEAD | Method::OPTIONS);
    if !safe {
        let given = request
            .headers()
            .get(CSRF_HEADER)
            .map_or(&b""[..], HeaderValue::as_bytes);
        if !secret::constant_time_eq(given, session.csrf.as_bytes()) {
            return ApiError::Csrf.into_response();
        }
    }
    request
        .extensions_mut()
        .insert(CurrentSession { token_hash, session });
    next.run(request).await
}

/// The token of the first well-formed `bh_session` cookie (64 lowercase hex), in any `Cookie` header.
pub(crate) fn session_cookie(headers: &HeaderMap) -> Option<[u8; 32]> {
    headers
        .get_all(header::COOKIE)
        .iter()
        .filter_map(|value| value.to_str().ok())
        .flat_map(|value| value.split(';'))
        .filter_map(|pair| pair.trim().split_once('='))
        .filter(|(name, _)| *name == SESSION_COOKIE)
        .find_map(|(_, value)| from_hex::<32>(value.trim().trim_matches('"')))
}

/// `Set-Cookie` for a new session: only sent to `/api`, never readable by scripts, never sent along with
/// requests from other sites; `Secure` when the server is configured for HTTPS.
pub(crate) fn session_set_cookie(token: &[u8; 32], secure: bool) -> HeaderValue {
    cookie(&to_hex(token), SESSION_SECS, secure)
}

/// `Set-Cookie` that makes the browser forget the session cookie.
pub(crate) fn cleared_cookie(secure: bool) -> HeaderValue {
    cookie("", 0, secure)
}

fn cookie(value: &str, max_age: i64, secure: bool) -> HeaderValue {
    let secure = if secure { "; Secure" } else { "" };
    let text =
        format!("{SESSION_COOKIE}={value}; HttpOnly; SameSite=Strict; Path=/api; Max-Age={max_age}{secure}");
    // Hex, digits and fixed ASCII: always a valid header value.
    HeaderValue::from_str(&text).unwrap_or_else(|_| HeaderValue::from_static("bh_session=; Max-Age=0"))
}

/// A space id as it appears in paths and bodies: exactly 32 lowercase hex characters.
pub(crate) fn parse_space(text: &str) -> Result<SpaceId, ApiError> {
    from_hex::<16>(text).ok_or_else(|| ApiError::bad_request("a space id is 32 lowercase hex characters"))
}

/// SHA-256 of the token in `Authorization: Bearer <64 lowercase hex>`.
pub(crate) fn bearer_token_hash(headers: &HeaderMap) -> Result<TokenHash, ApiError> {
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
pub(crate) fn constant_time_eq(a: &[u8; 32], b: &[u8; 32]) -> bool {
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
    fn the_session_cookie_is_found_among_others() {
        let token = "cd".repeat(32);
        let mut headers = HeaderMap::new();
        headers.append(header::COOKIE, HeaderValue::from_static("theme=dark"));
        headers.append(
            header::COOKIE,
            HeaderValue::from_str(&format!("a=1; bh_session=zz; bh_session={token}; b=2"))
                .expect("a header value"),
        );
        assert_eq!(session_cookie(&headers), Some([0xcd; 32]));
        for value in [
            String::new(),
            "bh_session=".to_owned(),
            format!("bh_session={}", token.to_uppercase()),
            format!("bh_session={}", &token[2..]),
            format!("xbh_session={token}"),
        ] {
            let mut headers = HeaderMap::new();
            headers.insert(header::COOKIE, HeaderValue::from_str(&value).expect("a value"));
            assert_eq!(session_cookie(&headers), None, "{value}");
        }
    }

    #[test]
    fn session_cookies_are_http_only_strict_and_scoped_to_the_api() {
        let set = session_set_cookie(&[0xab; 32], false);
        assert_eq!(
            set.to_str().expect("ASCII"),
            format!(
                "bh_session={}; HttpOnly; SameSite=Strict; Path=/api; Max-Age=43200",
                "ab".repeat(32)
            )
        );
        assert!(
            session_set_cookie(&[0xab; 32], true)
                .to_str()
                .expect("ASCII")
                .ends_with("; Max-Age=43200; Secure")
        );
        assert_eq!(
            cleared_cookie(false).to_str().expect("ASCII"),
            "bh_session=; HttpOnly; SameSite=Strict; Path=/api; Max-Age=0"
        );
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
