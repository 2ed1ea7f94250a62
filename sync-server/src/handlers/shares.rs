//! Link shares (SHARES.md): the owner creates, updates, inspects and revokes a share with its owner token;
//! readers open it and send proposals, with its PIN if it has one. Ciphertext is opaque to the server and
//! travels as base64url without padding.
//!
//! Whatever makes a share unreadable (unknown, revoked, expired, disabled, or a wrong owner token) answers
//! the same 404 ([`ApiError::NoShare`]), so that nobody learns whether a share exists.

use axum::Json;
use axum::extract::State;
use axum::http::StatusCode;
use base64::Engine;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use booklet::sync::crypto::{SEAL_OVERHEAD, from_hex, token_hash};
use serde::{Deserialize, Serialize};
use tracing::instrument;

use crate::AppState;
use crate::auth::{Bearer, ClientIp, CurrentSession, OptionalSession, check_limit, constant_time_eq};
use crate::error::ApiError;
use crate::extract::{ApiJson, ApiPath};
use crate::rate_limit::RateKey;
use crate::secret;
use crate::store::{Access, NewShare, OwnerShare, ReaderShare, ShareId, ShareState, TokenHash};

/// The largest sealed share (the chosen entries), in bytes.
pub(crate) const MAX_SHARE_CIPHERTEXT: usize = 64 * 1024;
/// The largest sealed proposal, in bytes: the largest a valid app sends (`booklet::link`), so that no
/// proposal the app can make is refused.
pub(crate) const MAX_PROPOSAL_CIPHERTEXT: usize = booklet::link::MAX_PROPOSAL_SEALED;
/// Wrong PINs a share tolerates over its whole life; the fifth disables it.
pub(crate) const MAX_PIN_TRIES: u32 = 5;
/// Expiry when the owner does not choose one.
pub(crate) const DEFAULT_EXPIRY_DAYS: u32 = booklet::link::DEFAULT_EXPIRY_DAYS;
/// The longest expiry an owner may choose.
pub(crate) const MAX_EXPIRY_DAYS: u32 = booklet::link::MAX_EXPIRY_DAYS;
/// The longest label a reader may type (in characters); longer ones are cut.
pub(crate) const MAX_LABEL_CHARS: usize = 100;

/// Milliseconds in a day.
const DAY_MS: i64 = 24 * 60 * 60 * 1000;

/// The largest base64url text of `bytes` bytes: JSON bodies of the share routes are limited to this plus
/// the room of the other fields (`routes.rs`).
pub(crate) const fn base64_len(bytes: usize) -> usize {
    bytes.div_ceil(3) * 4
}

/// A share id as it appears in paths and bodies: exactly 32 lowercase hex characters.
pub(crate) fn parse_share(text: &str) -> Result<ShareId, ApiError> {
    from_hex::<16>(text).ok_or_else(|| ApiError::bad_request("a share id is 32 lowercase hex characters"))
}

/// Sealed bytes from base64url without padding: 413 above `max`, 400 when malformed or too short to be a
/// seal (nonce and tag alone take 40 bytes).
fn decode_ciphertext(text: &str, max: usize) -> Result<Vec<u8>, ApiError> {
    if text.len() > base64_len(max) {
        return Err(ApiError::TooLarge);
    }
    let bytes = URL_SAFE_NO_PAD
        .decode(text)
        .map_err(|_| ApiError::bad_request("ciphertext is base64url without padding"))?;
    if bytes.len() > max {
        return Err(ApiError::TooLarge);
    }
    if bytes.len() < SEAL_OVERHEAD {
        return Err(ApiError::bad_request("ciphertext is too short to be sealed"));
    }
    Ok(bytes)
}

fn encode_ciphertext(bytes: &[u8]) -> String {
    URL_SAFE_NO_PAD.encode(bytes)
}

/// A PIN as SHARES.md allows it: 4 to 8 ASCII digits (`booklet::link::valid_pin`, as the app checks it).
/// Anything else is refused before it could count as a wrong try.
fn check_pin(pin: &str) -> Result<(), ApiError> {
    if booklet::link::valid_pin(pin) {
        Ok(())
    } else {
        Err(ApiError::bad_request("a PIN is 4 to 8 digits"))
    }
}

/// Who the access log and proposals name: the advisor account's "name (organisation)" with a session,
/// else the label the reader typed (control characters dropped, trimmed, cut to [`MAX_LABEL_CHARS`]),
/// else nothing.
fn reader_label(session: Option<&CurrentSession>, typed: Option<&str>) -> (String, Option<i64>) {
    if let Some(current) = session {
        let advisor = &current.session.advisor;
        return (
            format!("{} ({})", advisor.name, advisor.organisation),
            Some(advisor.id),
        );
    }
    let cleaned: String = typed
        .unwrap_or_default()
        .chars()
        .filter(|c| !c.is_control())
        .collect();
    let cut: String = cleaned.trim().chars().take(MAX_LABEL_CHARS).collect();
    (cut.trim_end().to_owned(), None)
}

/// The body of `POST /api/shares`.
#[derive(Debug, Deserialize)]
pub(crate) struct CreateBody {
    id: String,
    owner_token: String,
    ciphertext: String,
    #[serde(default = "default_expiry")]
    expires_in_days: u32,
    #[serde(default)]
    pin: Option<String>,
    live: bool,
    writable: bool,
}

fn default_expiry() -> u32 {
    DEFAULT_EXPIRY_DAYS
}

/// The answer to a creation.
#[derive(Debug, Serialize)]
pub(crate) struct Created {
    id: String,
    /// Milliseconds since the Unix epoch.
    expires_at: i64,
}

/// 201 with the expiry; 409 `exists` when the id is taken. Rate-limited per client address.
#[instrument(skip_all)]
pub(crate) async fn create(
    State(state): State<AppState>,
    ClientIp(ip): ClientIp,
    ApiJson(body): ApiJson<CreateBody>,
) -> Result<(StatusCode, Json<Created>), ApiError> {
    if let Some(ip) = ip {
        check_limit(&state.limiters().share_create, RateKey::Ip(ip))?;
    }
    let id = parse_share(&body.id)?;
    let owner_token = from_hex::<32>(&body.owner_token)
        .ok_or_else(|| ApiError::bad_request("owner_token is 64 lowercase hex characters"))?;
    if !(1..=MAX_EXPIRY_DAYS).contains(&body.expires_in_days) {
        return Err(ApiError::bad_request(format!(
            "expires_in_days must be between 1 and {MAX_EXPIRY_DAYS}"
        )));
    }
    let ciphertext = decode_ciphertext(&body.ciphertext, MAX_SHARE_CIPHERTEXT)?;
    let pin_hash = match body.pin {
        Some(pin) => {
            check_pin(&pin)?;
            Some(secret::hash_blocking(pin).await?)
        }
        None => None,
    };
    let now = state.now_ms();
    let expires_ms = now.saturating_add(i64::from(body.expires_in_days) * DAY_MS);
    let share = NewShare {
        id,
        owner_token_hash: token_hash(&owner_token),
        ciphertext,
        pin_hash,
        live: body.live,
        writable: body.writable,
        created_ms: now,
        expires_ms,
    };
    if !state.store().create_share(&share).await? {
        return Err(ApiError::ShareExists);
    }
    Ok((
        StatusCode::CREATED,
        Json(Created {
            id: body.id,
            expires_at: expires_ms,
        }),
    ))
}

/// The share in the path if the bearer token (given by its hash) is its owner's; the same 404 for an
/// unknown share and a wrong token.
async fn owned_share(
    state: &AppState,
    id: &str,
    token: &TokenHash,
) -> Result<(ShareId, OwnerShare), ApiError> {
    let id = parse_share(id)?;
    // Before the database lookup, so a runaway client costs no queries.
    state.check_rate(RateKey::Token(*token))?;
    let share = state.store().share_for_owner(&id, state.now_ms()).await?;
    // An unknown share is compared against zeros, so both refusals take the same path.
    let stored = share.as_ref().map_or([0; 32], |share| share.owner_token_hash);
    let matches = constant_time_eq(&stored, token);
    match share {
        Some(share) if matches => Ok((id, share)),
        _ => Err(ApiError::NoShare),
    }
}

/// The body of a live update.
#[derive(Debug, Deserialize)]
pub(crate) struct UpdateBody {
    ciphertext: String,
}

/// 204: the share now holds the new ciphertext; 409 `not_live` for a share that is not live or no longer
/// active.
#[instrument(skip_all)]
pub(crate) async fn update(
    State(state): State<AppState>,
    ApiPath(id): ApiPath<String>,
    Bearer(token): Bearer,
    ApiJson(body): ApiJson<UpdateBody>,
) -> Result<StatusCode, ApiError> {
    let ciphertext = decode_ciphertext(&body.ciphertext, MAX_SHARE_CIPHERTEXT)?;
    let (id, share) = owned_share(&state, &id, &token).await?;
    if !share.live
        || !state
            .store()
            .update_share(&id, &ciphertext, state.now_ms())
            .await?
    {
        return Err(ApiError::NotLive);
    }
    Ok(StatusCode::NO_CONTENT)
}

/// 204: revoked; its ciphertext and proposals are deleted at once (also when it was revoked before).
#[instrument(skip_all)]
pub(crate) async fn revoke(
    State(state): State<AppState>,
    ApiPath(id): ApiPath<String>,
    Bearer(token): Bearer,
) -> Result<StatusCode, ApiError> {
    let (id, _) = owned_share(&state, &id, &token).await?;
    // `false` means it was purged in between: gone either way.
    state.store().revoke_share(&id, state.now_ms()).await?;
    Ok(StatusCode::NO_CONTENT)
}

/// What the owner sees of their share.
#[derive(Debug, Serialize)]
pub(crate) struct OwnerView {
    state: &'static str,
    expires_at: i64,
    remaining_attempts: u32,
    access: Vec<AccessEntry>,
    proposals: Vec<ProposalEntry>,
}

/// One access log entry as the owner sees it.
#[derive(Debug, Serialize)]
pub(crate) struct AccessEntry {
    at: i64,
    label: String,
    /// Whether the label is a logged-in advisor account's (else the reader typed it, or it is empty).
    account: bool,
}

/// One waiting proposal.
#[derive(Debug, Serialize)]
pub(crate) struct ProposalEntry {
    /// The store's number in decimal: a string, so JavaScript clients never round it.
    id: String,
    at: i64,
    label: String,
    ciphertext: String,
}

/// 200 with the state, access log and waiting proposals.
#[instrument(skip_all)]
pub(crate) async fn owner_view(
    State(state): State<AppState>,
    ApiPath(id): ApiPath<String>,
    Bearer(token): Bearer,
) -> Result<Json<OwnerView>, ApiError> {
    let (_, share) = owned_share(&state, &id, &token).await?;
    let state_name = match share.state {
        ShareState::Active => "active",
        ShareState::Revoked => "revoked",
        ShareState::Expired => "expired",
        ShareState::Disabled => "disabled",
    };
    Ok(Json(OwnerView {
        state: state_name,
        expires_at: share.expires_ms,
        remaining_attempts: MAX_PIN_TRIES.saturating_sub(share.failed_pins),
        access: share
            .access
            .into_iter()
            .map(|access| AccessEntry {
                at: access.at_ms,
                label: access.label,
                account: access.advisor.is_some(),
            })
            .collect(),
        proposals: share
            .proposals
            .into_iter()
            .map(|proposal| ProposalEntry {
                id: proposal.id.to_string(),
                at: proposal.at_ms,
                label: proposal.label,
                ciphertext: encode_ciphertext(&proposal.ciphertext),
            })
            .collect(),
    }))
}

/// 204: the proposal is gone; 404 when there is none by that number.
#[instrument(skip_all)]
pub(crate) async fn delete_proposal(
    State(state): State<AppState>,
    ApiPath((id, proposal)): ApiPath<(String, String)>,
    Bearer(token): Bearer,
) -> Result<StatusCode, ApiError> {
    let proposal: i64 = proposal
        .parse()
        .map_err(|_| ApiError::bad_request("a proposal id is a decimal number"))?;
    let (id, _) = owned_share(&state, &id, &token).await?;
    if state.store().delete_proposal(&id, proposal).await? {
        Ok(StatusCode::NO_CONTENT)
    } else {
        Err(ApiError::NoShare)
    }
}

/// The share as a reader may get it, past its PIN: 404 when it is not readable, 401 `pin_required` or
/// `wrong_pin` (a wrong PIN is counted atomically; the fifth disables the share). Requests that bring a
/// PIN are rate-limited per client address and per share.
async fn unlock(
    state: &AppState,
    ip: Option<std::net::IpAddr>,
    id: &ShareId,
    pin: Option<&str>,
) -> Result<ReaderShare, ApiError> {
    if let Some(pin) = pin {
        check_pin(pin)?;
        let limiter = &state.limiters().pin;
        if let Some(ip) = ip {
            check_limit(limiter, RateKey::Ip(ip))?;
        }
        check_limit(limiter, RateKey::Share(*id))?;
    }
    let share = state
        .store()
        .share_for_reader(id, state.now_ms())
        .await?
        .ok_or(ApiError::NoShare)?;
    let Some(pin_hash) = share.pin_hash.clone() else {
        return Ok(share);
    };
    let Some(pin) = pin else {
        return Err(ApiError::PinRequired {
            remaining_attempts: MAX_PIN_TRIES.saturating_sub(share.failed_pins),
        });
    };
    if secret::verify_blocking(pin.to_owned(), pin_hash).await? {
        return Ok(share);
    }
    match state
        .store()
        .record_wrong_pin(id, MAX_PIN_TRIES, state.now_ms())
        .await?
    {
        Some(failed) => Err(ApiError::WrongPin {
            remaining_attempts: MAX_PIN_TRIES.saturating_sub(failed),
        }),
        // Disabled (or revoked) meanwhile: like any unreadable share.
        None => Err(ApiError::NoShare),
    }
}

/// The body of an open.
#[derive(Debug, Deserialize)]
pub(crate) struct OpenBody {
    #[serde(default)]
    pin: Option<String>,
    #[serde(default)]
    label: Option<String>,
}

/// The share as a reader gets it.
#[derive(Debug, Serialize)]
pub(crate) struct Opened {
    ciphertext: String,
    writable: bool,
    expires_at: i64,
    updated_at: i64,
}

/// 200 with the ciphertext; the open is logged with the reader's label.
#[instrument(skip_all)]
pub(crate) async fn open(
    State(state): State<AppState>,
    ClientIp(ip): ClientIp,
    ApiPath(id): ApiPath<String>,
    OptionalSession(session): OptionalSession,
    ApiJson(body): ApiJson<OpenBody>,
) -> Result<Json<Opened>, ApiError> {
    let id = parse_share(&id)?;
    let share = unlock(&state, ip, &id, body.pin.as_deref()).await?;
    let (label, advisor) = reader_label(session.as_ref(), body.label.as_deref());
    let access = Access {
        at_ms: state.now_ms(),
        label,
        advisor,
    };
    state.store().log_access(&id, &access).await?;
    Ok(Json(Opened {
        ciphertext: encode_ciphertext(&share.ciphertext),
        writable: share.writable,
        expires_at: share.expires_ms,
        updated_at: share.updated_ms,
    }))
}

/// The body of a proposal.
#[derive(Debug, Deserialize)]
pub(crate) struct ProposeBody {
    #[serde(default)]
    pin: Option<String>,
    #[serde(default)]
    label: Option<String>,
    ciphertext: String,
}

/// The answer to a proposal.
#[derive(Debug, Serialize)]
pub(crate) struct Proposed {
    /// As in [`ProposalEntry`].
    id: String,
}

/// 201 with the proposal's number; 403 `not_writable` when the owner allowed no proposals; 404 as for
/// opens (also when the share holds as many proposals as the store keeps).
#[instrument(skip_all)]
pub(crate) async fn propose(
    State(state): State<AppState>,
    ClientIp(ip): ClientIp,
    ApiPath(id): ApiPath<String>,
    OptionalSession(session): OptionalSession,
    ApiJson(body): ApiJson<ProposeBody>,
) -> Result<(StatusCode, Json<Proposed>), ApiError> {
    let id = parse_share(&id)?;
    let ciphertext = decode_ciphertext(&body.ciphertext, MAX_PROPOSAL_CIPHERTEXT)?;
    let share = unlock(&state, ip, &id, body.pin.as_deref()).await?;
    if !share.writable {
        return Err(ApiError::NotWritable);
    }
    let (label, _) = reader_label(session.as_ref(), body.label.as_deref());
    let proposal = state
        .store()
        .add_proposal(&id, &label, &ciphertext, state.now_ms())
        .await?
        .ok_or(ApiError::NoShare)?;
    Ok((
        StatusCode::CREATED,
        Json(Proposed {
            id: proposal.to_string(),
        }),
    ))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::store::{Advisor, Session};

    #[test]
    fn ciphertext_is_base64url_without_padding_within_limits() {
        let seal = vec![0xfb; 100];
        let text = encode_ciphertext(&seal);
        assert!(!text.contains(['=', '+', '/']), "{text}");
        assert_eq!(decode_ciphertext(&text, 1000).ok(), Some(seal));
        assert!(matches!(
            decode_ciphertext(&format!("{text}=="), 1000),
            Err(ApiError::BadRequest(_))
        ));
        assert!(matches!(
            decode_ciphertext(&text.replace('-', "+"), 1000),
            Err(ApiError::BadRequest(_))
        ));
        assert!(matches!(
            decode_ciphertext(&encode_ciphertext(&[1; 39]), 1000),
            Err(ApiError::BadRequest(_))
        ));
        // Just over the limit, with a text that would fit: refused after decoding.
        assert!(matches!(
            decode_ciphertext(&encode_ciphertext(&[1; 101]), 100),
            Err(ApiError::TooLarge)
        ));
        assert!(matches!(
            decode_ciphertext(&"A".repeat(base64_len(100) + 1), 100),
            Err(ApiError::TooLarge)
        ));
        assert!(decode_ciphertext(&encode_ciphertext(&[1; 100]), 100).is_ok());
    }

    #[test]
    fn pins_are_4_to_8_digits() {
        for good in ["0000", "1234", "12345678"] {
            assert!(check_pin(good).is_ok(), "{good}");
        }
        for bad in ["", "123", "123456789", "12a4", "١٢٣٤", " 1234", "12 34"] {
            assert!(check_pin(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn labels_come_from_the_session_else_the_typed_text() {
        let session = CurrentSession {
            token_hash: [0; 32],
            session: Session {
                advisor: Advisor {
                    id: 7,
                    email: "anna@example.org".into(),
                    name: "Anna Schmidt".into(),
                    organisation: "Jobcenter Rheine".into(),
                    password_hash: String::new(),
                },
                csrf: String::new(),
                expires_ms: 0,
            },
        };
        assert_eq!(
            reader_label(Some(&session), Some("typed")),
            ("Anna Schmidt (Jobcenter Rheine)".to_owned(), Some(7))
        );
        assert_eq!(
            reader_label(None, Some("  Jobcenter\u{7} Rheine \n")),
            ("Jobcenter Rheine".to_owned(), None)
        );
        assert_eq!(reader_label(None, None), (String::new(), None));
        let long = "ä".repeat(MAX_LABEL_CHARS + 20);
        assert_eq!(reader_label(None, Some(&long)).0.chars().count(), MAX_LABEL_CHARS);
    }
}
