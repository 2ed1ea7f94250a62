//! The advisor's side of link shares (SHARES.md), as the app calls it: opening a share and sending a proposal
//! (`/api/shares/{id}/open`, `…/proposals`), the advisor account (`/api/advisor/login|me|logout|workspace`),
//! and what this browser keeps.
//!
//! What is kept where, and why:
//! - the link being read (its `BHL1:` text) in **sessionStorage**: the app takes the fragment out of the
//!   address at once (so it is neither in the browser's history nor on screen), yet a reload of the tab must
//!   reopen the share. sessionStorage lives exactly as long as the tab and is never sent anywhere;
//! - the links a logged-in advisor opened (id, key, label, when) in **localStorage**, so the workspace can open
//!   them again: the server lists the shares but never has their keys;
//! - the name and office a reader typed, in localStorage, so it need not be typed again;
//! - the session itself is the server's HttpOnly cookie; its CSRF token is held in memory only and fetched
//!   again from `/me` after a reload.
//!
//! The fragment (id and key) is never sent: requests carry the id in hex, never the key.

use booklet::codec::{self, Share};
use booklet::link::{self, Proposal, ShareLink};
use booklet::sync::crypto;
use serde::{Deserialize, Serialize};
use std::cell::RefCell;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;

/// sessionStorage key of the link being read in this tab (the fragment text without `#`).
pub const CURRENT_LINK_KEY: &str = "begleitheft-open-link";
/// localStorage key of the links a logged-in advisor opened ([`KeptLink`]s as JSON).
pub const KEPT_LINKS_KEY: &str = "begleitheft-advisor-links";
/// localStorage key of the name and office a reader typed.
pub const LABEL_KEY: &str = "begleitheft-advisor-label";

/// Why a request about a share or the advisor account failed. Message ids for the UI.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum AdvisorError {
    /// The server cannot be reached.
    #[error("offline")]
    Offline,
    /// The share has a PIN and none was given (401 `pin_required`).
    #[error("a PIN is needed ({remaining} attempts left)")]
    PinRequired {
        /// Wrong PINs the share still allows.
        remaining: u32,
    },
    /// The PIN was wrong (401 `wrong_pin`).
    #[error("wrong PIN ({remaining} attempts left)")]
    WrongPin {
        /// Wrong PINs the share still allows.
        remaining: u32,
    },
    /// Unknown, revoked, expired or disabled: the server answers all of them alike (404).
    #[error("share not available")]
    Gone,
    /// The share does not take proposals (403 `not_writable`).
    #[error("share takes no proposals")]
    NotWritable,
    /// Wrong e-mail or password (401 `bad_login`).
    #[error("bad login")]
    BadLogin,
    /// No valid session (401 `unauthorized`).
    #[error("not logged in")]
    Unauthorized,
    /// The session's CSRF token was missing or stale (403 `csrf`).
    #[error("csrf token refused")]
    Csrf,
    /// Too many requests (429).
    #[error("rate limited")]
    Busy,
    /// The sealed entries did not open or did not decode: the link's key is not the share's.
    #[error("the share does not open with this link")]
    Unreadable,
    /// Any other unexpected answer.
    #[error("server answered {0}")]
    Server(u16),
    /// No `window`, `fetch`, storage or `crypto.getRandomValues`.
    #[error("the browser lacks an API this needs")]
    Unsupported,
}

impl AdvisorError {
    /// The error an answer stands for: its status and, for 401 and 403, the body's `code`.
    pub fn from_answer(status: u16, body: &[u8]) -> Self {
        #[derive(Deserialize)]
        struct ErrorBody {
            #[serde(default)]
            code: String,
            #[serde(default, rename = "remainingAttempts")]
            remaining_attempts: u32,
        }
        let body: Option<ErrorBody> = serde_json::from_slice(body).ok();
        let code = body.as_ref().map_or("", |b| b.code.as_str());
        let remaining = body.as_ref().map_or(0, |b| b.remaining_attempts);
        match (status, code) {
            (401, "pin_required") => AdvisorError::PinRequired { remaining },
            (401, "wrong_pin") => AdvisorError::WrongPin { remaining },
            (401, "bad_login") => AdvisorError::BadLogin,
            (401, _) => AdvisorError::Unauthorized,
            (403, "not_writable") => AdvisorError::NotWritable,
            (403, "csrf") => AdvisorError::Csrf,
            (404, _) => AdvisorError::Gone,
            (429, _) => AdvisorError::Busy,
            (other, _) => AdvisorError::Server(other),
        }
    }

    /// The Fluent message id.
    pub fn message_id(&self) -> &'static str {
        match self {
            AdvisorError::Offline => "link-view-offline",
            AdvisorError::PinRequired { .. } => "link-view-pin-required",
            AdvisorError::WrongPin { .. } => "link-view-wrong-pin",
            AdvisorError::Gone => "link-view-gone",
            AdvisorError::NotWritable => "propose-error-not-writable",
            AdvisorError::BadLogin => "advisor-bad-login",
            AdvisorError::Unauthorized => "advisor-session-expired",
            AdvisorError::Busy => "link-view-busy",
            AdvisorError::Unreadable => "link-view-unreadable",
            AdvisorError::Csrf | AdvisorError::Server(_) => "link-view-error",
            AdvisorError::Unsupported => "link-view-unsupported",
        }
    }

    /// The Fluent arguments: `count` for the PIN errors.
    pub fn args(&self) -> Vec<(&'static str, i18n::Arg)> {
        match self {
            AdvisorError::PinRequired { remaining } | AdvisorError::WrongPin { remaining } => {
                vec![("count", i18n::Arg::from(*remaining))]
            }
            _ => Vec::new(),
        }
    }
}

/// A logged-in advisor, from `login` or `/me`. `Debug` leaves out the CSRF token.
#[derive(Clone, PartialEq, Eq, Deserialize)]
pub struct Account {
    /// The advisor's name.
    pub name: String,
    /// The advisor's organisation.
    pub organisation: String,
    /// The e-mail the account logs in with.
    pub email: String,
    /// The session's CSRF token, sent as `X-CSRF-Token` with every POST while the cookie is set.
    csrf: String,
}

impl std::fmt::Debug for Account {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Account")
            .field("name", &self.name)
            .field("organisation", &self.organisation)
            .field("email", &self.email)
            .finish_non_exhaustive()
    }
}

impl Account {
    /// "name (organisation)", or whichever of the two is given: how the owner's access log names the account.
    pub fn display(&self) -> String {
        let (name, organisation) = (self.name.trim(), self.organisation.trim());
        match (name.is_empty(), organisation.is_empty()) {
            (false, false) => format!("{name} ({organisation})"),
            (true, _) => organisation.to_owned(),
            (false, true) => name.to_owned(),
        }
    }
}

/// What the app knows of the session in this page.
#[derive(Clone, Debug, PartialEq)]
enum Session {
    /// Not asked yet (a fresh page: the cookie may or may not be there).
    Unknown,
    /// `/me` said there is none, or the advisor logged out.
    None,
    /// Logged in.
    Some(Account),
}

thread_local! {
    /// The session as last learnt; the CSRF token lives only here (never in storage).
    static SESSION: RefCell<Session> = const { RefCell::new(Session::Unknown) };
}

fn set_session(session: Session) {
    SESSION.with(|s| *s.borrow_mut() = session);
}

/// A share this advisor opened, kept in this browser's localStorage for the workspace. `Debug` leaves out the
/// key.
#[derive(Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct KeptLink {
    /// The share id, 32 lowercase hex characters.
    pub id: String,
    /// The share key, 64 lowercase hex characters.
    pub key: String,
    /// What the share held when opened (its first goal or appointment, in the advisor's language), so the
    /// advisor recognises it in the workspace.
    pub label: String,
    /// When it was opened here, milliseconds since the epoch.
    pub opened_at: i64,
}

impl std::fmt::Debug for KeptLink {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("KeptLink")
            .field("id", &self.id)
            .field("label", &self.label)
            .field("opened_at", &self.opened_at)
            .finish_non_exhaustive()
    }
}

impl KeptLink {
    /// A kept link for `link`.
    pub fn new(link: &ShareLink, label: String, opened_at: i64) -> Self {
        Self {
            id: link.id_hex(),
            key: crypto::to_hex(&link.key),
            label,
            opened_at,
        }
    }

    /// The link back, if what was stored is intact.
    pub fn link(&self) -> Option<ShareLink> {
        Some(ShareLink {
            id: crypto::from_hex(&self.id)?,
            key: crypto::from_hex(&self.key)?,
        })
    }
}

/// `kept` with `link` in front: a link opened again replaces its older entry (one entry per share).
pub fn with_kept(mut kept: Vec<KeptLink>, link: KeptLink) -> Vec<KeptLink> {
    kept.retain(|k| k.id != link.id);
    kept.insert(0, link);
    kept
}

fn local_storage() -> Option<web_sys::Storage> {
    web_sys::window()?.local_storage().ok()?
}

fn session_storage() -> Option<web_sys::Storage> {
    web_sys::window()?.session_storage().ok()?
}

/// The links kept in this browser, newest first. Unreadable storage reads as none.
pub fn kept_links() -> Vec<KeptLink> {
    local_storage()
        .and_then(|s| s.get_item(KEPT_LINKS_KEY).ok()?)
        .and_then(|text| serde_json::from_str(&text).ok())
        .unwrap_or_default()
}

/// Keeps `link` in this browser (replacing an older entry for the same share).
pub fn keep_link(link: KeptLink) -> Result<(), AdvisorError> {
    let all = with_kept(kept_links(), link);
    let text = serde_json::to_string(&all).map_err(|_| AdvisorError::Unsupported)?;
    local_storage()
        .ok_or(AdvisorError::Unsupported)?
        .set_item(KEPT_LINKS_KEY, &text)
        .map_err(|_| AdvisorError::Unsupported)
}

/// The kept link of a share id, if this browser has its key.
pub fn kept_link(id_hex: &str) -> Option<KeptLink> {
    kept_links().into_iter().find(|k| k.id == id_hex)
}

/// The name and office this reader typed before, if any.
pub fn remembered_label() -> String {
    local_storage()
        .and_then(|s| s.get_item(LABEL_KEY).ok()?)
        .unwrap_or_default()
}

/// Remembers the name and office for the next link (empty forgets it).
pub fn remember_label(label: &str) {
    if let Some(storage) = local_storage() {
        let _ = if label.trim().is_empty() {
            storage.remove_item(LABEL_KEY)
        } else {
            storage.set_item(LABEL_KEY, label.trim())
        };
    }
}

/// Whether a URL fragment (with or without `#`) is a link share, damaged or not: then the link viewer answers
/// it, not the offline viewer or the booklet.
pub fn is_link_fragment(hash: &str) -> bool {
    let fragment = hash.strip_prefix('#').unwrap_or(hash);
    fragment
        .get(..link::FRAGMENT_PREFIX.len())
        .is_some_and(|head| head.eq_ignore_ascii_case(link::FRAGMENT_PREFIX))
        // A messenger may have escaped the colon.
        || fragment
            .get(..link::FRAGMENT_PREFIX.len() + 2)
            .is_some_and(|head| head.eq_ignore_ascii_case("BHL1%3A"))
}

/// If the address has a link fragment, moves it into this tab's sessionStorage and returns `true`; the caller
/// then replaces the address with `/link` (no fragment), which also drops it from the history entry.
pub fn capture_fragment() -> bool {
    let Some(hash) = web_sys::window().and_then(|w| w.location().hash().ok()) else {
        return false;
    };
    if !is_link_fragment(&hash) {
        return false;
    }
    set_current_link_text(hash.trim_start_matches('#'));
    true
}

/// Makes `text` (a link's fragment) the link this tab reads.
pub fn set_current_link_text(text: &str) {
    if let Some(storage) = session_storage() {
        let _ = storage.set_item(CURRENT_LINK_KEY, text);
    }
}

/// The link this tab reads (its fragment text), if any.
pub fn current_link_text() -> Option<String> {
    session_storage()?.get_item(CURRENT_LINK_KEY).ok()?
}

/// Forgets the link this tab reads (the reader closed it).
pub fn clear_current_link() {
    if let Some(storage) = session_storage() {
        let _ = storage.remove_item(CURRENT_LINK_KEY);
    }
}

/// The shared entries as opened.
#[derive(Clone, Debug, PartialEq)]
pub struct Opened {
    /// The decrypted, decoded entries.
    pub share: Share,
    /// Whether the owner accepts proposals.
    pub writable: bool,
    /// When the share stops opening, milliseconds since the epoch (if the server said).
    pub expires_at: Option<i64>,
    /// When the owner last changed the entries, milliseconds since the epoch (if the server said).
    pub updated_at: Option<i64>,
}

/// A timestamp as the server may write it: milliseconds, seconds, or an RFC 3339 string.
pub fn read_time(value: &serde_json::Value) -> Option<i64> {
    match value {
        serde_json::Value::Number(n) => {
            let n = n.as_i64()?;
            // Seconds until the year 5138; anything larger is milliseconds.
            Some(if n < 100_000_000_000 { n * 1000 } else { n })
        }
        serde_json::Value::String(s) => {
            let ms = js_sys::Date::parse(s);
            ms.is_finite().then_some(ms as i64)
        }
        _ => None,
    }
}

/// Opens the ciphertext an `open` answered with: base64url, then the share key, then the share codec.
pub fn open_answer(link: &ShareLink, body: &[u8]) -> Result<Opened, AdvisorError> {
    #[derive(Deserialize)]
    struct Answer {
        ciphertext: String,
        #[serde(default)]
        writable: bool,
        #[serde(default)]
        expires_at: serde_json::Value,
        #[serde(default)]
        updated_at: serde_json::Value,
    }
    let answer: Answer = serde_json::from_slice(body).map_err(|_| AdvisorError::Server(200))?;
    let sealed = base64url_decode(&answer.ciphertext).ok_or(AdvisorError::Server(200))?;
    let payload = link::open_share(&link.key, &link.id, &sealed).map_err(|_| AdvisorError::Unreadable)?;
    let share = codec::decode(&payload).map_err(|_| AdvisorError::Unreadable)?;
    Ok(Opened {
        share,
        writable: answer.writable,
        expires_at: read_time(&answer.expires_at),
        updated_at: read_time(&answer.updated_at),
    })
}

/// `POST /api/shares/{id}/open`. A logged-in advisor sends no label (the server names the account).
pub async fn open(link: &ShareLink, pin: Option<&str>, label: &str) -> Result<Opened, AdvisorError> {
    let account = account().await.ok().flatten();
    let mut body = serde_json::Map::new();
    if let Some(pin) = pin {
        body.insert("pin".into(), pin.into());
    }
    if account.is_none() && !label.trim().is_empty() {
        body.insert("label".into(), label.trim().into());
    }
    let url = format!("/api/shares/{}/open", link.id_hex());
    let (status, answer) = post_with_session(&url, &serde_json::Value::Object(body)).await?;
    if status != 200 {
        return Err(AdvisorError::from_answer(status, &answer));
    }
    open_answer(link, &answer)
}

/// `POST /api/shares/{id}/proposals`: seals `proposal` under the share key and sends it.
pub async fn propose(
    link: &ShareLink,
    pin: Option<&str>,
    label: &str,
    proposal: &Proposal,
) -> Result<(), AdvisorError> {
    let nonce = random_bytes::<24>()?;
    let sealed = link::seal_proposal(&link.key, &link.id, nonce, &link::encode_proposal(proposal));
    let account = account().await.ok().flatten();
    let mut body = serde_json::Map::new();
    body.insert("ciphertext".into(), base64url_encode(&sealed).into());
    if let Some(pin) = pin {
        body.insert("pin".into(), pin.into());
    }
    if account.is_none() && !label.trim().is_empty() {
        body.insert("label".into(), label.trim().into());
    }
    let url = format!("/api/shares/{}/proposals", link.id_hex());
    let (status, answer) = post_with_session(&url, &serde_json::Value::Object(body)).await?;
    match status {
        200 | 201 => Ok(()),
        _ => Err(AdvisorError::from_answer(status, &answer)),
    }
}

/// A POST that carries the session's CSRF token when there is a session; a token refused as stale (the
/// session changed in another tab) is fetched again from `/me` once.
async fn post_with_session(url: &str, body: &serde_json::Value) -> Result<(u16, Vec<u8>), AdvisorError> {
    let text = body.to_string();
    for attempt in 0..2 {
        let csrf = account().await.ok().flatten().map(|a| a.csrf);
        let (status, answer) = send("POST", url, Some(&text), csrf.as_deref()).await?;
        if attempt == 0 && AdvisorError::from_answer(status, &answer) == AdvisorError::Csrf {
            set_session(Session::Unknown);
            continue;
        }
        return Ok((status, answer));
    }
    Err(AdvisorError::Csrf)
}

/// The logged-in advisor, asking `/me` once per page (a reload forgets the CSRF token on purpose).
pub async fn account() -> Result<Option<Account>, AdvisorError> {
    match SESSION.with(|s| s.borrow().clone()) {
        Session::Some(account) => return Ok(Some(account)),
        Session::None => return Ok(None),
        Session::Unknown => {}
    }
    let (status, body) = send("GET", "/api/advisor/me", None, None).await?;
    match status {
        200 => {
            let account: Account = serde_json::from_slice(&body).map_err(|_| AdvisorError::Server(status))?;
            set_session(Session::Some(account.clone()));
            Ok(Some(account))
        }
        401 => {
            set_session(Session::None);
            Ok(None)
        }
        other => Err(AdvisorError::from_answer(other, &body)),
    }
}

/// `POST /api/advisor/login`. The server sets the session cookie; the CSRF token stays in memory.
pub async fn login(email: &str, password: &str) -> Result<Account, AdvisorError> {
    let body = serde_json::json!({ "email": email.trim(), "password": password }).to_string();
    let (status, answer) = send("POST", "/api/advisor/login", Some(&body), None).await?;
    if status != 200 {
        return Err(AdvisorError::from_answer(status, &answer));
    }
    let account: Account = serde_json::from_slice(&answer).map_err(|_| AdvisorError::Server(status))?;
    set_session(Session::Some(account.clone()));
    Ok(account)
}

/// `POST /api/advisor/logout` with the CSRF token; the session is gone here whatever the server answered,
/// except when it could not be reached (then the advisor may try again).
pub async fn logout() -> Result<(), AdvisorError> {
    let csrf = account().await?.map(|a| a.csrf);
    let (status, answer) = send("POST", "/api/advisor/logout", Some("{}"), csrf.as_deref()).await?;
    set_session(Session::None);
    match status {
        200 | 204 | 401 => Ok(()),
        _ => Err(AdvisorError::from_answer(status, &answer)),
    }
}

/// One share in the workspace.
#[derive(Clone, Debug, PartialEq)]
pub struct WorkspaceShare {
    /// The share id, hex.
    pub id: String,
    /// When this advisor opened it, milliseconds since the epoch.
    pub opened_at: Option<i64>,
    /// When it expires, milliseconds since the epoch.
    pub expires_at: Option<i64>,
}

/// Reads a workspace answer.
pub fn read_workspace(body: &[u8]) -> Result<Vec<WorkspaceShare>, AdvisorError> {
    #[derive(Deserialize)]
    struct Row {
        id: String,
        #[serde(default)]
        opened_at: serde_json::Value,
        #[serde(default)]
        expires_at: serde_json::Value,
    }
    #[derive(Deserialize)]
    struct Answer {
        shares: Vec<Row>,
    }
    let answer: Answer = serde_json::from_slice(body).map_err(|_| AdvisorError::Server(200))?;
    Ok(answer
        .shares
        .into_iter()
        .map(|row| WorkspaceShare {
            id: row.id.to_ascii_lowercase(),
            opened_at: read_time(&row.opened_at),
            expires_at: read_time(&row.expires_at),
        })
        .collect())
}

/// `GET /api/advisor/workspace`: the still-valid shares this advisor opened. [`AdvisorError::Unauthorized`]
/// when the session has ended (the page then shows the login form again).
pub async fn workspace() -> Result<Vec<WorkspaceShare>, AdvisorError> {
    let (status, body) = send("GET", "/api/advisor/workspace", None, None).await?;
    match status {
        200 => read_workspace(&body),
        401 => {
            set_session(Session::None);
            Err(AdvisorError::Unauthorized)
        }
        other => Err(AdvisorError::from_answer(other, &body)),
    }
}

/// One request to the server the app came from (so the session cookie goes along). A failed fetch is
/// [`AdvisorError::Offline`].
async fn send(
    method: &str,
    path: &str,
    json: Option<&str>,
    csrf: Option<&str>,
) -> Result<(u16, Vec<u8>), AdvisorError> {
    let window = web_sys::window().ok_or(AdvisorError::Unsupported)?;
    let origin = window
        .location()
        .origin()
        .map_err(|_| AdvisorError::Unsupported)?;
    let headers = web_sys::Headers::new().map_err(|_| AdvisorError::Unsupported)?;
    let init = web_sys::RequestInit::new();
    init.set_method(method);
    // Shares change (live shares, revocation) and sessions end: never a cached answer.
    init.set_cache(web_sys::RequestCache::NoStore);
    init.set_credentials(web_sys::RequestCredentials::SameOrigin);
    if let Some(json) = json {
        headers
            .set("Content-Type", "application/json")
            .map_err(|_| AdvisorError::Unsupported)?;
        init.set_body(&JsValue::from_str(json));
    }
    if let Some(csrf) = csrf {
        headers
            .set("X-CSRF-Token", csrf)
            .map_err(|_| AdvisorError::Unsupported)?;
    }
    init.set_headers(&headers);
    let request = web_sys::Request::new_with_str_and_init(&format!("{origin}{path}"), &init)
        .map_err(|_| AdvisorError::Unsupported)?;
    let response: web_sys::Response = JsFuture::from(window.fetch_with_request(&request))
        .await
        .map_err(|_| AdvisorError::Offline)?
        .dyn_into()
        .map_err(|_| AdvisorError::Offline)?;
    let buffer = JsFuture::from(response.array_buffer().map_err(|_| AdvisorError::Offline)?)
        .await
        .map_err(|_| AdvisorError::Offline)?;
    Ok((response.status(), js_sys::Uint8Array::new(&buffer).to_vec()))
}

/// `N` bytes from the browser's cryptographic random source (a proposal's nonce).
fn random_bytes<const N: usize>() -> Result<[u8; N], AdvisorError> {
    let mut bytes = [0u8; N];
    web_sys::window()
        .and_then(|w| w.crypto().ok())
        .ok_or(AdvisorError::Unsupported)?
        .get_random_values_with_u8_array(&mut bytes)
        .map_err(|_| AdvisorError::Unsupported)?;
    Ok(bytes)
}

/// base64url as the API speaks it (as `services::links` writes it): without padding, read with or without.
const B64: base64::engine::GeneralPurpose = base64::engine::GeneralPurpose::new(
    &base64::alphabet::URL_SAFE,
    base64::engine::GeneralPurposeConfig::new()
        .with_encode_padding(false)
        .with_decode_padding_mode(base64::engine::DecodePaddingMode::Indifferent),
);

/// Base64url without padding (RFC 4648 §5), as the API carries ciphertexts.
pub fn base64url_encode(bytes: &[u8]) -> String {
    use base64::Engine as _;
    B64.encode(bytes)
}

/// Reads base64url with or without padding; `None` for anything else.
pub fn base64url_decode(text: &str) -> Option<Vec<u8>> {
    use base64::Engine as _;
    B64.decode(text).ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn base64url_round_trips_every_length() {
        // RFC 4648's vectors, in the URL alphabet without padding.
        for (plain, encoded) in [
            ("", ""),
            ("f", "Zg"),
            ("fo", "Zm8"),
            ("foo", "Zm9v"),
            ("foob", "Zm9vYg"),
            ("fooba", "Zm9vYmE"),
            ("foobar", "Zm9vYmFy"),
        ] {
            assert_eq!(base64url_encode(plain.as_bytes()), encoded);
            assert_eq!(base64url_decode(encoded).as_deref(), Some(plain.as_bytes()));
        }
        let all: Vec<u8> = (0..=255).collect();
        let text = base64url_encode(&all);
        assert!(!text.contains(['+', '/', '=']));
        assert_eq!(base64url_decode(&text), Some(all));
        assert_eq!(
            base64url_decode("Zm9vYg=="),
            Some(b"foob".to_vec()),
            "padding is accepted"
        );
        assert_eq!(base64url_decode("Zm9v+g"), None, "the standard alphabet is not");
        assert_eq!(base64url_decode("Z"), None);
    }

    #[test]
    fn answers_map_to_errors_with_message_ids() {
        let pin = br#"{"code":"pin_required","message":"...","remainingAttempts":5}"#;
        assert_eq!(
            AdvisorError::from_answer(401, pin),
            AdvisorError::PinRequired { remaining: 5 }
        );
        let wrong = br#"{"code":"wrong_pin","message":"...","remainingAttempts":1}"#;
        let wrong = AdvisorError::from_answer(401, wrong);
        assert_eq!(wrong, AdvisorError::WrongPin { remaining: 1 });
        assert_eq!(wrong.message_id(), "link-view-wrong-pin");
        assert_eq!(wrong.args().len(), 1);
        for (status, body, error, id) in [
            (
                404,
                &br#"{"code":"not_found"}"#[..],
                AdvisorError::Gone,
                "link-view-gone",
            ),
            (404, b"", AdvisorError::Gone, "link-view-gone"),
            (
                403,
                br#"{"code":"not_writable"}"#,
                AdvisorError::NotWritable,
                "propose-error-not-writable",
            ),
            (403, br#"{"code":"csrf"}"#, AdvisorError::Csrf, "link-view-error"),
            (
                401,
                br#"{"code":"bad_login"}"#,
                AdvisorError::BadLogin,
                "advisor-bad-login",
            ),
            (
                401,
                br#"{"code":"unauthorized"}"#,
                AdvisorError::Unauthorized,
                "advisor-session-expired",
            ),
            (429, b"", AdvisorError::Busy, "link-view-busy"),
            (500, b"<html>", AdvisorError::Server(500), "link-view-error"),
        ] {
            let found = AdvisorError::from_answer(status, body);
            assert_eq!(found, error);
            assert_eq!(found.message_id(), id);
        }
    }

    #[test]
    fn a_link_opened_again_replaces_its_entry_and_comes_first() {
        let link = |n: u8| ShareLink {
            id: [n; 16],
            key: [n + 100; 32],
        };
        let kept = with_kept(Vec::new(), KeptLink::new(&link(1), "A".into(), 1));
        let kept = with_kept(kept, KeptLink::new(&link(2), "B".into(), 2));
        let kept = with_kept(kept, KeptLink::new(&link(1), "A2".into(), 3));
        let labels: Vec<&str> = kept.iter().map(|k| k.label.as_str()).collect();
        assert_eq!(labels, ["A2", "B"]);
        assert_eq!(kept[0].link(), Some(link(1)));
        assert!(
            !format!("{:?}", kept[0]).contains(&kept[0].key),
            "Debug hides the key"
        );
    }

    #[test]
    fn link_fragments_are_recognised_damaged_or_not() {
        assert!(is_link_fragment("#BHL1:ABC"));
        assert!(is_link_fragment("bhl1:abc"));
        assert!(is_link_fragment("#BHL1%3AABC"));
        assert!(!is_link_fragment("#BH1:ABC"));
        assert!(!is_link_fragment(""));
        assert!(!is_link_fragment("#BHL"));
    }
}
