//! Advisor accounts (SHARES.md): `POST /api/advisor/login` starts a session (an HttpOnly cookie plus a CSRF
//! token in the answer), `GET /api/advisor/me` tells who is logged in, `POST /api/advisor/logout` ends the
//! session on the server, `GET /api/advisor/workspace` lists the shares this advisor opened.

use axum::Json;
use axum::extract::State;
use axum::http::{StatusCode, header};
use axum::response::{IntoResponse, Response};
use booklet::sync::crypto::{to_hex, token_hash};
use serde::{Deserialize, Serialize};
use tracing::instrument;

use crate::AppState;
use crate::auth::{
    AdvisorSession, ClientIp, OptionalSession, SESSION_SECS, check_limit, cleared_cookie, session_set_cookie,
};
use crate::error::ApiError;
use crate::extract::ApiJson;
use crate::rate_limit::RateKey;
use crate::secret;
use crate::store::{Advisor, NewSession};

/// The body of a login.
#[derive(Debug, Deserialize)]
pub(crate) struct LoginBody {
    email: String,
    password: String,
}

/// Who is logged in, and the token state-changing requests must echo in `X-CSRF-Token`.
#[derive(Debug, Serialize)]
pub(crate) struct Me {
    name: String,
    organisation: String,
    email: String,
    csrf: String,
}

impl Me {
    fn new(advisor: &Advisor, csrf: String) -> Self {
        Self {
            name: advisor.name.clone(),
            organisation: advisor.organisation.clone(),
            email: advisor.email.clone(),
            csrf,
        }
    }
}

/// 200 with the advisor and a new session cookie; 401 `bad_login` for an unknown address and a wrong
/// password alike (both verify a hash, so they also take about as long). Rate-limited per client address
/// and per e-mail address.
#[instrument(skip_all)]
pub(crate) async fn login(
    State(state): State<AppState>,
    ClientIp(ip): ClientIp,
    ApiJson(body): ApiJson<LoginBody>,
) -> Result<Response, ApiError> {
    let limiter = &state.limiters().login;
    if let Some(ip) = ip {
        check_limit(limiter, RateKey::Ip(ip))?;
    }
    check_limit(limiter, RateKey::email(&body.email))?;
    let email = body.email.trim();
    let advisor = state.store().advisor_by_email(email).await?;
    let stored = match &advisor {
        Some(advisor) => advisor.password_hash.clone(),
        None => secret::dummy_hash()?.to_owned(),
    };
    let matches = secret::verify_blocking(body.password, stored).await?;
    let Some(advisor) = advisor.filter(|_| matches) else {
        return Err(ApiError::BadLogin);
    };
    let token: [u8; 32] = secret::random()?;
    let csrf = to_hex(&secret::random::<32>()?);
    let now = state.now_ms();
    state
        .store()
        .create_session(&NewSession {
            token_hash: token_hash(&token),
            advisor: advisor.id,
            csrf: csrf.clone(),
            created_ms: now,
            expires_ms: now.saturating_add(SESSION_SECS * 1000),
        })
        .await?;
    tracing::info!("advisor logged in");
    let mut response = Json(Me::new(&advisor, csrf)).into_response();
    response.headers_mut().insert(
        header::SET_COOKIE,
        session_set_cookie(&token, state.limits().secure_cookies),
    );
    Ok(response)
}

/// 200 with the logged-in advisor and the session's CSRF token; 401 `unauthorized` without a session.
#[instrument(skip_all)]
pub(crate) async fn me(AdvisorSession(current): AdvisorSession) -> Json<Me> {
    Json(Me::new(&current.session.advisor, current.session.csrf))
}

/// 204: the session is deleted on the server and the cookie cleared (also without a session, so a stale
/// cookie can always be got rid of).
#[instrument(skip_all)]
pub(crate) async fn logout(
    State(state): State<AppState>,
    OptionalSession(current): OptionalSession,
) -> Result<Response, ApiError> {
    if let Some(current) = current {
        // `false` means it ended meanwhile (another logout): gone either way.
        state.store().delete_session(&current.token_hash).await?;
    }
    Ok((
        StatusCode::NO_CONTENT,
        [(header::SET_COOKIE, cleared_cookie(state.limits().secure_cookies))],
    )
        .into_response())
}

/// The workspace: shares this advisor opened that are still valid.
#[derive(Debug, Serialize)]
pub(crate) struct Workspace {
    shares: Vec<WorkspaceEntry>,
}

/// One share in the workspace.
#[derive(Debug, Serialize)]
pub(crate) struct WorkspaceEntry {
    id: String,
    opened_at: i64,
    expires_at: i64,
}

/// 200 with the shares, newest open first; 401 `unauthorized` without a session.
#[instrument(skip_all)]
pub(crate) async fn workspace(
    State(state): State<AppState>,
    AdvisorSession(current): AdvisorSession,
) -> Result<Json<Workspace>, ApiError> {
    let shares = state
        .store()
        .workspace(current.session.advisor.id, state.now_ms())
        .await?
        .into_iter()
        .map(|share| WorkspaceEntry {
            id: to_hex(&share.id),
            opened_at: share.opened_ms,
            expires_at: share.expires_ms,
        })
        .collect();
    Ok(Json(Workspace { shares }))
}
