//! Link shares, the owner's side (SHARES.md): creating a share (sealed entries uploaded, secrets kept in
//! IndexedDB, the consent logged), keeping live shares up to date, reading each share's state and access log,
//! revoking, and the proposals inbox.
//!
//! [`Links`] is the background engine, one per app, started beside backup and sync. It re-encodes live shares
//! shortly after each committed change of the booklet and uploads them when the payload changed; it fetches
//! the owner's view of writable shares (state, access log, waiting proposals) at start, every 60 s, when the
//! browser comes online and when the page becomes visible. It never blocks the UI: everything runs in
//! `spawn_local`, and a failed upload is simply tried again at the next occasion (the stored payload hash
//! only moves once the server has the new seal).
//!
//! The UI reads [`LinksView`] from the app state ([`crate::store::Action::Links`]).

use crate::error::StorageError;
use crate::services::repo::{self, Repo};
use crate::services::storage::{Consent, LinkShare};
use crate::store::Action;
use base64::Engine as _;
use booklet::codec::{EncodeError, Selection};
use booklet::link::{self, Proposal, ShareLink, SharedGoal};
use booklet::sync::crypto::{from_hex, to_hex};
use booklet::{Booklet, Date};
use futures::StreamExt;
use futures::channel::mpsc;
use serde::Deserialize;
use sha2::Digest;
use std::cell::RefCell;
use std::collections::{BTreeMap, BTreeSet};
use std::rc::Rc;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;
use yew::Callback;

/// How often the owner's view of writable shares is fetched while the app is open.
const POLL_MS: u32 = 60_000;
/// How long after a commit the engine waits for more before re-encoding live shares.
const DEBOUNCE_MS: u32 = 1_500;

/// base64url as the API speaks it: written without padding, read with or without.
const B64: base64::engine::GeneralPurpose = base64::engine::GeneralPurpose::new(
    &base64::alphabet::URL_SAFE,
    base64::engine::GeneralPurposeConfig::new()
        .with_encode_padding(false)
        .with_decode_padding_mode(base64::engine::DecodePaddingMode::Indifferent),
);

/// Why a link-share step failed. Message ids for the UI; details go to the console.
#[derive(Clone, Debug, PartialEq, thiserror::Error)]
pub enum LinkError {
    /// The server cannot be reached.
    #[error("offline")]
    Offline,
    /// The PIN is not 4 to 8 digits.
    #[error("the PIN is not 4 to 8 digits")]
    Pin,
    /// The lifetime is not 1 to 90 days.
    #[error("the lifetime is out of range")]
    Expiry,
    /// The chosen entries do not fit one share (or cannot be encoded); carries the codec's message id.
    #[error("encoding failed: {0}")]
    Encode(&'static str),
    /// The share is unknown to the server (revoked, expired and purged, or never created).
    #[error("share not found")]
    NotFound,
    /// The id is taken (409 exists) or the share is not live (409 not_live).
    #[error("conflict")]
    Conflict,
    /// Too many requests (429).
    #[error("rate limited")]
    Busy,
    /// A body over the server's limits (413).
    #[error("too large")]
    TooLarge,
    /// Any other unexpected status, or an answer that does not read.
    #[error("server answered {0}")]
    Server(u16),
    /// Writing or reading IndexedDB failed.
    #[error(transparent)]
    Storage(StorageError),
    /// No `window`, no `crypto.getRandomValues`, no `fetch`.
    #[error("the browser lacks an API link shares need")]
    Unsupported,
}

impl LinkError {
    /// The error an HTTP status stands for.
    pub fn from_status(status: u16) -> Self {
        match status {
            404 => LinkError::NotFound,
            409 => LinkError::Conflict,
            413 => LinkError::TooLarge,
            429 => LinkError::Busy,
            other => LinkError::Server(other),
        }
    }

    /// The Fluent message id.
    pub fn message_id(&self) -> &'static str {
        match self {
            LinkError::Offline => "link-share-error-offline",
            LinkError::Pin => "link-share-error-pin",
            LinkError::Expiry => "link-share-error-expiry",
            LinkError::Encode(id) => id,
            LinkError::NotFound => "link-share-error-gone",
            LinkError::Busy => "link-share-error-busy",
            LinkError::TooLarge => "link-share-error-too-large",
            LinkError::Conflict | LinkError::Server(_) => "link-share-error-server",
            LinkError::Storage(e) => e.message_id(),
            LinkError::Unsupported => "link-share-error-unsupported",
        }
    }
}

impl From<StorageError> for LinkError {
    fn from(e: StorageError) -> Self {
        LinkError::Storage(e)
    }
}

impl From<EncodeError> for LinkError {
    fn from(e: EncodeError) -> Self {
        LinkError::Encode(e.message_id())
    }
}

/// A share's state as the server reports it to its owner.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ShareState {
    /// Readers can open it.
    Active,
    /// The owner revoked it.
    Revoked,
    /// Its lifetime is over.
    Expired,
    /// A wrong PIN was entered too often.
    Disabled,
    /// Not known yet (not fetched, or offline).
    Unknown,
}

impl ShareState {
    /// The state an API answer names; anything unknown is [`ShareState::Unknown`].
    pub fn from_api(name: &str) -> Self {
        match name {
            "active" => ShareState::Active,
            "revoked" => ShareState::Revoked,
            "expired" => ShareState::Expired,
            "disabled" => ShareState::Disabled,
            _ => ShareState::Unknown,
        }
    }

    /// The machine-readable name (`data-share-state`): `active`, `revoked`, `expired`, `disabled`, `unknown`.
    pub fn name(self) -> &'static str {
        match self {
            ShareState::Active => "active",
            ShareState::Revoked => "revoked",
            ShareState::Expired => "expired",
            ShareState::Disabled => "disabled",
            ShareState::Unknown => "unknown",
        }
    }

    /// The Fluent message id that names it.
    pub fn message_id(self) -> &'static str {
        match self {
            ShareState::Active => "link-list-state-active",
            ShareState::Revoked => "link-list-state-revoked",
            ShareState::Expired => "link-list-state-expired",
            ShareState::Disabled => "link-list-state-disabled",
            ShareState::Unknown => "link-list-state-unknown",
        }
    }

    /// Whether nobody can open the share any more (whatever happens next).
    pub fn is_over(self) -> bool {
        matches!(
            self,
            ShareState::Revoked | ShareState::Expired | ShareState::Disabled
        )
    }
}

/// The state of a share as best known here: what the server said last, else what this device knows (revoked
/// here, or past its last day).
pub fn effective_state(link: &LinkShare, remote: Option<ShareState>, today: Date) -> ShareState {
    if link.revoked {
        return ShareState::Revoked;
    }
    match remote {
        Some(state) if state != ShareState::Unknown => state,
        _ if today > link.expires => ShareState::Expired,
        _ => ShareState::Unknown,
    }
}

/// One open of a share, as the access log lists it.
#[derive(Clone, Debug, PartialEq)]
pub struct AccessEntry {
    /// When, in milliseconds since the epoch (`None` if the server's time did not read).
    pub at: Option<i64>,
    /// By whom: the advisor's "name (organisation)", the label the reader typed, or empty.
    pub label: String,
}

/// What the server last said about one share.
#[derive(Clone, Debug, PartialEq)]
pub struct Remote {
    /// Its state.
    pub state: ShareState,
    /// Wrong PIN tries left, if it has a PIN.
    pub remaining_attempts: Option<u32>,
    /// Who opened it, newest first.
    pub access: Vec<AccessEntry>,
}

/// A proposal waiting for the owner's answer.
#[derive(Clone, Debug, PartialEq)]
pub struct Waiting {
    /// The share it came through (its id, hex).
    pub share: String,
    /// The proposal's id on the server.
    pub id: String,
    /// When it arrived (milliseconds since the epoch), if the server's time read.
    pub at: Option<i64>,
    /// The label the server recorded (the advisor's account or what the reader typed).
    pub label: String,
    /// The opened proposal, or the message id of why it cannot be read.
    pub proposal: Result<Proposal, &'static str>,
}

/// Everything the UI shows about link shares.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct LinksView {
    /// The shares made on this device, oldest first.
    pub shares: Vec<LinkShare>,
    /// What the server last said, by share id.
    pub remote: BTreeMap<String, Remote>,
    /// Proposals waiting for an answer, oldest first.
    pub proposals: Vec<Waiting>,
}

impl LinksView {
    /// The best known state of the share with this id.
    pub fn state_of(&self, link: &LinkShare, today: Date) -> ShareState {
        effective_state(link, self.remote.get(&link.id).map(|r| r.state), today)
    }
}

/// The owner's choices for a new link share.
#[derive(Clone, Debug, PartialEq)]
pub struct NewLink {
    /// What to share.
    pub selection: Selection,
    /// The PIN to tell aloud, if any (checked here: 4–8 digits).
    pub pin: Option<String>,
    /// Lifetime in days (1–90).
    pub days: u32,
    /// Later changes are uploaded.
    pub live: bool,
    /// The reader may propose entries.
    pub writable: bool,
    /// Who it is for (only for the owner's list and consent log).
    pub recipient: String,
}

/// A link share just created: what to show the owner.
#[derive(Clone, Debug, PartialEq)]
pub struct Created {
    /// The whole link (`origin/#BHL1:…`).
    pub url: String,
    /// The PIN to tell aloud, if one was set.
    pub pin: Option<String>,
    /// The last day it can be opened.
    pub until: Date,
}

/// The selection of a stored share, restricted to the entries that still exist in `booklet`.
pub fn current_selection(link: &LinkShare, booklet: &Booklet) -> Selection {
    let keep = |ids: &[booklet::Id], present: &BTreeSet<booklet::Id>| {
        ids.iter().copied().filter(|id| present.contains(id)).collect()
    };
    let goals: BTreeSet<_> = booklet.goals.iter().map(|g| g.id).collect();
    let contacts: BTreeSet<_> = booklet.contacts.iter().map(|c| c.id).collect();
    let appointments: BTreeSet<_> = booklet.appointments.iter().map(|a| a.id).collect();
    Selection {
        goals: keep(&link.goals, &goals),
        contacts: keep(&link.contacts, &contacts),
        appointments: keep(&link.appointments, &appointments),
    }
}

/// Counts of a selection for the consent log: goals, steps, contacts, appointments.
pub fn counts(booklet: &Booklet, selection: &Selection) -> [u32; 4] {
    let goals: Vec<_> = booklet
        .goals
        .iter()
        .filter(|g| selection.goals.contains(&g.id))
        .collect();
    let steps: usize = goals.iter().map(|g| g.steps.len()).sum();
    [
        goals.len() as u32,
        steps as u32,
        selection.contacts.len() as u32,
        selection.appointments.len() as u32,
    ]
}

/// SHA-256 of a payload, hex: what [`LinkShare::payload_hash`] holds.
pub fn payload_hash(payload: &[u8]) -> String {
    to_hex(&sha2::Sha256::digest(payload))
}

/// Most goal pairs kept per share (oldest dropped first): plenty for every version a reader may still have
/// open, and bounded however often a live share changes.
const MAX_SHARED_GOALS: usize = 1_000;

/// Adds the goal pairs of a new upload to those kept (each pair once, newest last).
pub fn remember_goals(kept: &mut Vec<SharedGoal>, new: &[SharedGoal]) {
    for pair in new {
        kept.retain(|k| k != pair);
        kept.push(*pair);
    }
    if kept.len() > MAX_SHARED_GOALS {
        let extra = kept.len() - MAX_SHARED_GOALS;
        kept.drain(..extra);
    }
}

/// A live share's next upload: the new payload, its hash and its goal pairs.
#[derive(Clone, Debug, PartialEq)]
pub struct LiveUpload {
    /// The share-codec payload to seal.
    pub payload: Vec<u8>,
    /// Its SHA-256, hex.
    pub hash: String,
    /// The goal ids readers will see, with the owner's.
    pub goals: Vec<SharedGoal>,
}

/// The new payload of a live share when it must be uploaded: the share is live, not revoked or over, some of
/// its entries still exist, and their encoding differs from the last upload. `None` otherwise (also when the
/// entries no longer encode; the last upload then stays).
pub fn live_payload(
    link: &LinkShare,
    state: ShareState,
    booklet: &Booklet,
    today: Date,
) -> Option<LiveUpload> {
    if !link.live || link.revoked || state.is_over() || today > link.expires {
        return None;
    }
    let selection = current_selection(link, booklet);
    if selection.is_empty() {
        return None;
    }
    let shared = link::encode_share(booklet, &selection, link.issued, link.expires).ok()?;
    let hash = payload_hash(&shared.payload);
    (hash != link.payload_hash).then_some(LiveUpload {
        payload: shared.payload,
        hash,
        goals: shared.goals,
    })
}

/// A time the server wrote: RFC 3339 text or a number (seconds or milliseconds since the epoch).
#[derive(Clone, Debug, PartialEq, Deserialize)]
#[serde(untagged)]
enum Stamp {
    Number(f64),
    Text(String),
}

impl Stamp {
    fn millis(&self) -> Option<i64> {
        let ms = match self {
            // Below 10^11 it can only be seconds (10^11 ms is 1973).
            Stamp::Number(n) if n.abs() < 1e11 => n * 1000.0,
            Stamp::Number(n) => *n,
            Stamp::Text(text) => js_sys::Date::parse(text),
        };
        ms.is_finite().then_some(ms as i64)
    }
}

#[derive(Deserialize)]
struct CreatedAnswer {
    #[serde(default)]
    expires_at: Option<Stamp>,
}

#[derive(Deserialize)]
struct OwnerAnswer {
    state: String,
    #[serde(default)]
    remaining_attempts: Option<u32>,
    #[serde(default)]
    access: Vec<AccessAnswer>,
    #[serde(default)]
    proposals: Vec<ProposalAnswer>,
}

#[derive(Deserialize)]
struct AccessAnswer {
    at: Stamp,
    #[serde(default)]
    label: Option<String>,
}

#[derive(Deserialize)]
struct ProposalAnswer {
    id: String,
    at: Stamp,
    #[serde(default)]
    label: Option<String>,
    ciphertext: String,
}

/// The owner's routes for one share, authorised by its owner token.
struct OwnerApi {
    base: String,
    authorization: String,
}

impl OwnerApi {
    fn new(link: &LinkShare) -> Self {
        Self {
            base: format!("{}/api/shares/{}", origin(), link.id),
            authorization: format!("Bearer {}", link.owner_token),
        }
    }

    /// `POST /api/shares`: the expiry time the server set.
    async fn create(link: &LinkShare, seal: &[u8], days: u32) -> Result<String, LinkError> {
        let mut body = serde_json::json!({
            "id": link.id,
            "owner_token": link.owner_token,
            "ciphertext": B64.encode(seal),
            "expires_in_days": days,
            "live": link.live,
            "writable": link.writable,
        });
        if let Some(pin) = &link.pin {
            body["pin"] = pin.clone().into();
        }
        let (status, text) = send("POST", &format!("{}/api/shares", origin()), None, Some(body)).await?;
        expect(status, &[201, 200])?;
        let answer: CreatedAnswer = serde_json::from_str(&text).map_err(|_| LinkError::Server(status))?;
        Ok(match answer.expires_at {
            Some(Stamp::Text(text)) => text,
            Some(Stamp::Number(n)) => n.to_string(),
            None => String::new(),
        })
    }

    /// `PUT /api/shares/{id}`: the new seal of a live share.
    async fn update(&self, seal: &[u8]) -> Result<(), LinkError> {
        let body = serde_json::json!({ "ciphertext": B64.encode(seal) });
        let (status, _) = send("PUT", &self.base, Some(&self.authorization), Some(body)).await?;
        expect(status, &[204, 200])
    }

    /// `DELETE /api/shares/{id}`.
    async fn revoke(&self) -> Result<(), LinkError> {
        let (status, _) = send("DELETE", &self.base, Some(&self.authorization), None).await?;
        expect(status, &[204, 200])
    }

    /// `GET /api/shares/{id}/owner`.
    async fn owner(&self) -> Result<OwnerAnswer, LinkError> {
        let url = format!("{}/owner", self.base);
        let (status, text) = send("GET", &url, Some(&self.authorization), None).await?;
        expect(status, &[200])?;
        serde_json::from_str(&text).map_err(|_| LinkError::Server(status))
    }

    /// `DELETE /api/shares/{id}/proposals/{proposal}`.
    async fn delete_proposal(&self, proposal: &str) -> Result<(), LinkError> {
        let url = format!("{}/proposals/{}", self.base, encode_segment(proposal));
        let (status, _) = send("DELETE", &url, Some(&self.authorization), None).await?;
        // Already gone is as good as deleted.
        if status == 404 {
            return Ok(());
        }
        expect(status, &[204, 200])
    }
}

/// A proposal id as a path segment (the server's ids are plain, but nothing it sends goes into a URL
/// unescaped).
fn encode_segment(text: &str) -> String {
    js_sys::encode_uri_component(text).into()
}

/// The app's origin (`https://host`), where the server answers too.
fn origin() -> String {
    web_sys::window()
        .and_then(|w| w.location().origin().ok())
        .unwrap_or_default()
}

/// One JSON request. A failed fetch (no network, server down) is [`LinkError::Offline`].
async fn send(
    method: &str,
    url: &str,
    authorization: Option<&str>,
    body: Option<serde_json::Value>,
) -> Result<(u16, String), LinkError> {
    let window = web_sys::window().ok_or(LinkError::Unsupported)?;
    let headers = web_sys::Headers::new().map_err(|_| LinkError::Unsupported)?;
    if let Some(authorization) = authorization {
        headers
            .set("Authorization", authorization)
            .map_err(|_| LinkError::Unsupported)?;
    }
    let init = web_sys::RequestInit::new();
    init.set_method(method);
    init.set_cache(web_sys::RequestCache::NoStore);
    // The owner token is the only credential these routes take. Without this, an advisor session cookie of
    // the same origin would ride along, and the server's CSRF check would refuse the request.
    js_sys::Reflect::set(&init, &"credentials".into(), &"omit".into()).map_err(|_| LinkError::Unsupported)?;
    if let Some(body) = body {
        headers
            .set("Content-Type", "application/json")
            .map_err(|_| LinkError::Unsupported)?;
        init.set_body(&JsValue::from_str(&body.to_string()));
    }
    init.set_headers(&headers);
    let request = web_sys::Request::new_with_str_and_init(url, &init).map_err(|_| LinkError::Unsupported)?;
    let response: web_sys::Response = JsFuture::from(window.fetch_with_request(&request))
        .await
        .map_err(|_| LinkError::Offline)?
        .dyn_into()
        .map_err(|_| LinkError::Offline)?;
    let text = JsFuture::from(response.text().map_err(|_| LinkError::Offline)?)
        .await
        .map_err(|_| LinkError::Offline)?
        .as_string()
        .unwrap_or_default();
    Ok((response.status(), text))
}

/// `Ok` for an expected status, else the error the status stands for.
fn expect(status: u16, ok: &[u16]) -> Result<(), LinkError> {
    if ok.contains(&status) {
        Ok(())
    } else {
        Err(LinkError::from_status(status))
    }
}

/// Whether the browser believes it is online (a `false` is reliable, a `true` is only a hope).
fn online() -> bool {
    web_sys::window().is_none_or(|w| w.navigator().on_line())
}

/// `N` bytes from the browser's cryptographic random source.
fn random_bytes<const N: usize>() -> Result<[u8; N], LinkError> {
    let mut bytes = [0u8; N];
    web_sys::window()
        .and_then(|w| w.crypto().ok())
        .ok_or(LinkError::Unsupported)?
        .get_random_values_with_u8_array(&mut bytes)
        .map_err(|_| LinkError::Unsupported)?;
    Ok(bytes)
}

/// The id and key of a stored share.
fn secrets(link: &LinkShare) -> Option<([u8; 16], [u8; 32])> {
    Some((from_hex::<16>(&link.id)?, from_hex::<32>(&link.key)?))
}

/// The URL of a stored share's link, on this app's origin.
pub fn share_url(link: &LinkShare) -> Option<String> {
    let (id, key) = secrets(link)?;
    Some(ShareLink { id, key }.url(&format!("{}/", origin())))
}

/// Opens and reads one proposal sealed for `link`, with a step's goal mapped back to the owner's id.
fn open(link: &LinkShare, ciphertext: &str) -> Result<Proposal, &'static str> {
    let (id, key) = secrets(link).ok_or("inbox-unreadable")?;
    let sealed = B64.decode(ciphertext).map_err(|_| "inbox-unreadable")?;
    let bytes = link::open_proposal(&key, &id, &sealed).map_err(|_| "inbox-unreadable")?;
    let proposal = link::decode_proposal(&bytes).map_err(|_| "inbox-unreadable")?;
    Ok(proposal.map_goal(&link.shared_goals))
}

/// Why the engine wakes up.
enum Wake {
    /// A commit: re-encode live shares after a short pause.
    Commit,
    /// Start, back online, page visible: upload and fetch proposals now.
    Poll,
}

/// The background engine. One per app; lives as long as the page.
pub struct Links {
    repo: Rc<Repo>,
    notify: Callback<Action>,
    view: RefCell<LinksView>,
    /// The booklet as last committed (live shares are encoded from what is stored, never from a queued edit).
    committed: RefCell<Rc<Booklet>>,
    /// Proposals answered here whose deletion on the server has not gone through yet: not shown again, and
    /// deleted at the next fetch.
    answered: RefCell<BTreeSet<(String, String)>>,
    wake: mpsc::UnboundedSender<Wake>,
    /// Held by a round, a revoke or an answer; uploads and revocations of one share never cross.
    turn: futures::lock::Mutex<()>,
}

/// The engine, compared by identity so it can live in a context.
#[derive(Clone)]
pub struct LinksHandle(pub Rc<Links>);

impl PartialEq for LinksHandle {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.0, &other.0)
    }
}

/// The link-share engine, once storage is open (`None` before).
#[yew::hook]
pub fn use_links() -> Option<Rc<Links>> {
    yew::use_context::<Option<LinksHandle>>().flatten().map(|h| h.0)
}

impl Links {
    /// Starts the engine over an open repository: reads the stored shares, then keeps live shares up to date
    /// and fetches waiting proposals (see the module docs).
    pub fn start(repo: Rc<Repo>, notify: Callback<Action>) -> Rc<Links> {
        let (wake, wakes) = mpsc::unbounded();
        let links = Rc::new(Links {
            committed: RefCell::new(repo.latest()),
            repo,
            notify,
            view: RefCell::default(),
            answered: RefCell::default(),
            wake,
            turn: futures::lock::Mutex::new(()),
        });
        {
            let engine = Rc::downgrade(&links);
            links.repo.on_commit(Callback::from(move |booklet: Rc<Booklet>| {
                if let Some(engine) = engine.upgrade() {
                    *engine.committed.borrow_mut() = booklet;
                    let _ = engine.wake.unbounded_send(Wake::Commit);
                }
            }));
        }
        links.listen();
        let looping = links.clone();
        wasm_bindgen_futures::spawn_local(async move {
            match looping.repo.links().await {
                Ok(shares) => {
                    looping.view.borrow_mut().shares = shares;
                    looping.publish();
                }
                Err(e) => web_sys::console::error_1(&format!("link shares unreadable: {e}").into()),
            }
            looping.run(wakes).await;
        });
        links
    }

    /// Creates a link share: checks the options, encodes and seals the entries, uploads the seal, then stores
    /// the share and its consent together. If anything fails nothing stays half-done: a share the server
    /// accepted but this device could not store is deleted on the server again.
    pub async fn create(&self, booklet: &Booklet, new: NewLink) -> Result<Created, LinkError> {
        if let Some(pin) = &new.pin
            && !link::valid_pin(pin)
        {
            return Err(LinkError::Pin);
        }
        link::check_expiry_days(new.days).map_err(|_| LinkError::Expiry)?;
        let issued = crate::services::format::today();
        let days = i32::try_from(new.days).map_err(|_| LinkError::Expiry)?;
        let expires = issued.add_days(days).ok_or(LinkError::Expiry)?;
        let shared = link::encode_share(booklet, &new.selection, issued, expires)?;
        let payload = shared.payload;
        let (id, key, token, nonce) = (
            random_bytes::<16>()?,
            random_bytes::<32>()?,
            random_bytes::<32>()?,
            random_bytes::<24>()?,
        );
        let seal = link::seal_share(&key, &id, nonce, &payload);
        let mut share = LinkShare {
            id: to_hex(&id),
            key: to_hex(&key),
            owner_token: to_hex(&token),
            goals: new.selection.goals.clone(),
            contacts: new.selection.contacts.clone(),
            appointments: new.selection.appointments.clone(),
            pin: new.pin.clone(),
            live: new.live,
            writable: new.writable,
            recipient: new.recipient.clone(),
            created: repo::now(),
            issued,
            expires,
            expires_at: String::new(),
            payload_hash: payload_hash(&payload),
            shared_goals: shared.goals,
            revoked: false,
        };
        if !online() {
            return Err(LinkError::Offline);
        }
        share.expires_at = OwnerApi::create(&share, &seal, new.days).await?;
        let consent = Consent {
            at: share.created,
            until: expires,
            recipient: new.recipient,
            channel: "link".into(),
            counts: counts(booklet, &new.selection),
        };
        if let Err(e) = self.repo.save_link(&share, Some(consent)).await {
            // Not stored here, so not shared: take it back from the server (best effort; if that fails too,
            // it expires unseen, since nobody has the key).
            let _ = OwnerApi::new(&share).revoke().await;
            return Err(e.into());
        }
        self.view.borrow_mut().shares.push(share.clone());
        self.publish();
        let url = share_url(&share).ok_or(LinkError::Unsupported)?;
        Ok(Created {
            url,
            pin: new.pin,
            until: expires,
        })
    }

    /// Fetches the owner's view of every share that may still be open (for the list).
    pub async fn refresh_all(&self) {
        let _turn = self.turn.lock().await;
        let today = crate::services::format::today();
        let shares: Vec<LinkShare> = self.view.borrow().shares.clone();
        for share in shares {
            let known = self.view.borrow().state_of(&share, today);
            if !known.is_over() && self.fetch(&share).await == Err(LinkError::Offline) {
                break;
            }
        }
        self.publish();
    }

    /// Revokes a share: deleted on the server, marked here, and the revocation noted in the consent log.
    pub async fn revoke(&self, id: &str) -> Result<(), LinkError> {
        let _turn = self.turn.lock().await;
        let Some(mut share) = self.view.borrow().shares.iter().find(|s| s.id == id).cloned() else {
            return Err(LinkError::NotFound);
        };
        match OwnerApi::new(&share).revoke().await {
            // Unknown to the server: already gone (expired and purged), which is what revoking wants.
            Ok(()) | Err(LinkError::NotFound) => {}
            Err(e) => return Err(e),
        }
        share.revoked = true;
        let booklet = self.committed.borrow().clone();
        let consent = Consent {
            at: repo::now(),
            until: crate::services::format::today(),
            recipient: share.recipient.clone(),
            channel: "link-revoked".into(),
            counts: counts(&booklet, &current_selection(&share, &booklet)),
        };
        self.repo.save_link(&share, Some(consent)).await?;
        {
            let mut view = self.view.borrow_mut();
            if let Some(stored) = view.shares.iter_mut().find(|s| s.id == id) {
                *stored = share.clone();
            }
            if let Some(remote) = view.remote.get_mut(id) {
                remote.state = ShareState::Revoked;
            }
            view.proposals.retain(|p| p.share != id);
        }
        self.publish();
        Ok(())
    }

    /// Ends a proposal after the owner answered it (accepted and applied, or rejected): it leaves the inbox
    /// at once and is deleted on the server now or, if that fails, at the next fetch.
    pub async fn answered(&self, share: &str, proposal: &str) {
        self.answered
            .borrow_mut()
            .insert((share.to_owned(), proposal.to_owned()));
        self.view
            .borrow_mut()
            .proposals
            .retain(|p| !(p.share == share && p.id == proposal));
        self.publish();
        let _turn = self.turn.lock().await;
        let found = self.view.borrow().shares.iter().find(|s| s.id == share).cloned();
        if let Some(found) = found
            && OwnerApi::new(&found).delete_proposal(proposal).await.is_ok()
        {
            self.answered
                .borrow_mut()
                .remove(&(share.to_owned(), proposal.to_owned()));
        }
    }

    /// Fetches proposals now (Home shows the inbox).
    pub fn poll_now(&self) {
        let _ = self.wake.unbounded_send(Wake::Poll);
    }

    /// The loop: a round at start, then one after each burst of commits (uploads only), every 60 s, and when
    /// woken.
    async fn run(self: Rc<Self>, mut wakes: mpsc::UnboundedReceiver<Wake>) {
        let mut poll = true;
        loop {
            if online() {
                let _turn = self.turn.lock().await;
                self.upload_live().await;
                if poll {
                    self.poll().await;
                }
                self.publish();
            }
            let next =
                futures::future::select(wakes.next(), gloo_timers::future::TimeoutFuture::new(POLL_MS)).await;
            poll = match next {
                futures::future::Either::Left((Some(Wake::Commit), _)) => {
                    gloo_timers::future::TimeoutFuture::new(DEBOUNCE_MS).await;
                    false
                }
                futures::future::Either::Left((Some(Wake::Poll), _)) => true,
                futures::future::Either::Left((None, _)) => return,
                futures::future::Either::Right(_) => true,
            };
            while let Ok(wake) = wakes.try_recv() {
                poll |= matches!(wake, Wake::Poll);
            }
        }
    }

    /// Uploads every live share whose entries changed since its last upload. An offline or failed upload
    /// leaves the stored hash alone, so the next round tries again.
    async fn upload_live(&self) {
        let today = crate::services::format::today();
        let booklet = self.committed.borrow().clone();
        let shares: Vec<LinkShare> = self.view.borrow().shares.clone();
        for mut share in shares {
            let state = self.view.borrow().state_of(&share, today);
            let Some(upload) = live_payload(&share, state, &booklet, today) else {
                continue;
            };
            let (Some((id, key)), Ok(nonce)) = (secrets(&share), random_bytes::<24>()) else {
                continue;
            };
            let seal = link::seal_share(&key, &id, nonce, &upload.payload);
            match OwnerApi::new(&share).update(&seal).await {
                Ok(()) => {
                    share.payload_hash = upload.hash;
                    remember_goals(&mut share.shared_goals, &upload.goals);
                    if let Err(e) = self.repo.save_link(&share, None).await {
                        web_sys::console::warn_1(&format!("link share not stored: {e}").into());
                    }
                    if let Some(stored) = self
                        .view
                        .borrow_mut()
                        .shares
                        .iter_mut()
                        .find(|s| s.id == share.id)
                    {
                        *stored = share;
                    }
                }
                Err(LinkError::Offline) => return,
                Err(LinkError::NotFound) => self.set_state(&share.id, ShareState::Expired),
                // Not live any more on the server (revoked on another device, expired, disabled): learn its
                // state, which stops further uploads if it is over.
                Err(LinkError::Conflict) => {
                    if self.fetch(&share).await == Err(LinkError::Offline) {
                        return;
                    }
                }
                Err(e) => web_sys::console::warn_1(&format!("live share upload: {e}").into()),
            }
        }
    }

    /// Fetches the owner's view of writable shares that may still be open: state, access log, proposals.
    async fn poll(&self) {
        let today = crate::services::format::today();
        let shares: Vec<LinkShare> = self.view.borrow().shares.clone();
        for share in shares.iter().filter(|s| s.writable) {
            if self.view.borrow().state_of(share, today).is_over() {
                continue;
            }
            if self.fetch(share).await == Err(LinkError::Offline) {
                return;
            }
        }
    }

    /// Fetches one share's owner view into the view; proposals answered here are deleted rather than shown.
    async fn fetch(&self, share: &LinkShare) -> Result<(), LinkError> {
        let api = OwnerApi::new(share);
        let answer = match api.owner().await {
            Ok(answer) => answer,
            Err(LinkError::NotFound) => {
                // Purged after its expiry (or never stored by the server): it can no longer be opened.
                self.set_state(&share.id, ShareState::Expired);
                return Ok(());
            }
            Err(e) => {
                if e != LinkError::Offline {
                    web_sys::console::warn_1(&format!("link share state: {e}").into());
                }
                return Err(e);
            }
        };
        let state = ShareState::from_api(&answer.state);
        let mut access: Vec<AccessEntry> = answer
            .access
            .iter()
            .map(|a| AccessEntry {
                at: a.at.millis(),
                label: a.label.clone().unwrap_or_default(),
            })
            .collect();
        access.sort_by_key(|a| std::cmp::Reverse(a.at));
        let mut waiting = Vec::new();
        for p in &answer.proposals {
            let key = (share.id.clone(), p.id.clone());
            if self.answered.borrow().contains(&key) {
                if api.delete_proposal(&p.id).await.is_ok() {
                    self.answered.borrow_mut().remove(&key);
                }
                continue;
            }
            waiting.push(Waiting {
                share: share.id.clone(),
                id: p.id.clone(),
                at: p.at.millis(),
                label: p.label.clone().unwrap_or_default(),
                proposal: open(share, &p.ciphertext),
            });
        }
        let mut view = self.view.borrow_mut();
        view.remote.insert(
            share.id.clone(),
            Remote {
                state,
                remaining_attempts: answer.remaining_attempts,
                access,
            },
        );
        view.proposals.retain(|p| p.share != share.id);
        if state == ShareState::Active && share.writable {
            view.proposals.extend(waiting);
        }
        view.proposals.sort_by_key(|p| p.at);
        Ok(())
    }

    /// Records a state learnt without a full answer.
    fn set_state(&self, id: &str, state: ShareState) {
        let mut view = self.view.borrow_mut();
        let remote = view.remote.entry(id.to_owned()).or_insert(Remote {
            state,
            remaining_attempts: None,
            access: Vec::new(),
        });
        remote.state = state;
        if state.is_over() {
            view.proposals.retain(|p| p.share != id);
        }
    }

    /// Tells the UI.
    fn publish(&self) {
        let view = self.view.borrow().clone();
        self.notify.emit(Action::Links(Rc::new(view)));
    }

    /// Wakes the engine when the browser is back online or the page becomes visible. The listeners live as
    /// long as the page, like the engine.
    fn listen(&self) {
        let Some(window) = web_sys::window() else {
            return;
        };
        let online = {
            let wake = self.wake.clone();
            Closure::<dyn FnMut()>::new(move || {
                let _ = wake.unbounded_send(Wake::Poll);
            })
        };
        let _ = window.add_event_listener_with_callback("online", online.as_ref().unchecked_ref());
        online.forget();
        if let Some(document) = window.document() {
            let visible = {
                let wake = self.wake.clone();
                let document = document.clone();
                Closure::<dyn FnMut()>::new(move || {
                    if document.visibility_state() == web_sys::VisibilityState::Visible {
                        let _ = wake.unbounded_send(Wake::Poll);
                    }
                })
            };
            let _ = document
                .add_event_listener_with_callback("visibilitychange", visible.as_ref().unchecked_ref());
            visible.forget();
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use booklet::codec;
    use booklet::{Author, Command, ContactFields, ContactRole, Context, GoalCode, GoalFields, Id, StepCode};
    use booklet::{StepFields, Timestamp, Title};

    const NOW: i64 = 1_790_000_000_000;

    fn id(n: u128) -> Id {
        Id::from_u128(0x4100_0000_0000_0000_0000_0000_0000_0000 | n)
    }

    fn run(b: &Booklet, command: Command) -> Booklet {
        let ctx = Context {
            now: Timestamp::from_millis(NOW),
            author: Author::Owner,
        };
        booklet::apply(b, command, &ctx).expect("valid").booklet
    }

    fn booklet() -> Booklet {
        let b = run(
            &Booklet::new("de"),
            Command::AddGoal {
                id: id(1),
                goal: GoalFields::from_code(GoalCode::all().next().expect("a goal")),
                steps: Vec::new(),
            },
        );
        run(
            &b,
            Command::AddContact {
                id: id(2),
                contact: ContactFields {
                    organisation: "Jobcenter Rheine".into(),
                    role: Title::Code(ContactRole::JobcenterPlacement),
                    person: String::new(),
                    phone: String::new(),
                    email: String::new(),
                    address: String::new(),
                    opening_hours: String::new(),
                    note: None,
                },
            },
        )
    }

    fn day(d: u8) -> Date {
        Date::from_ymd(2026, 10, d).expect("a date")
    }

    fn share(b: &Booklet, live: bool) -> LinkShare {
        let selection = Selection {
            goals: vec![id(1)],
            contacts: vec![id(2)],
            appointments: Vec::new(),
        };
        let shared = link::encode_share(b, &selection, day(1), day(8)).expect("encodes");
        LinkShare {
            id: "00".repeat(16),
            key: "11".repeat(32),
            owner_token: "22".repeat(32),
            goals: selection.goals,
            contacts: selection.contacts,
            appointments: Vec::new(),
            pin: None,
            live,
            writable: false,
            recipient: String::new(),
            created: Timestamp::from_millis(NOW),
            issued: day(1),
            expires: day(8),
            expires_at: String::new(),
            payload_hash: payload_hash(&shared.payload),
            shared_goals: shared.goals,
            revoked: false,
        }
    }

    #[test]
    fn a_live_share_is_uploaded_only_when_its_entries_changed() {
        let b = booklet();
        let link = share(&b, true);
        assert_eq!(
            live_payload(&link, ShareState::Active, &b, day(2)),
            None,
            "unchanged"
        );
        // A new step in the shared goal changes the payload.
        let changed = run(
            &b,
            Command::AddStep {
                goal: id(1),
                id: id(3),
                step: StepFields::planned(StepCode::all().next().expect("a step")),
            },
        );
        let upload = live_payload(&link, ShareState::Active, &changed, day(2)).expect("changed");
        assert_eq!(upload.hash, payload_hash(&upload.payload));
        let shared = codec::decode(&upload.payload).expect("decodes");
        assert_eq!(upload.goals.len(), 1);
        assert_eq!(upload.goals[0].owner, id(1));
        assert_eq!(upload.goals[0].shared, shared.goals[0].id, "the id readers see");
        assert_eq!(shared.goals[0].steps.len(), 1);
        assert_eq!((shared.issued, shared.expires), (day(1), day(8)), "dates kept");
        // A goal that is not shared changes nothing.
        let other = run(
            &b,
            Command::AddGoal {
                id: id(9),
                goal: GoalFields::from_code(GoalCode::all().nth(1).expect("a goal")),
                steps: Vec::new(),
            },
        );
        assert_eq!(live_payload(&link, ShareState::Active, &other, day(2)), None);
        // Not live, revoked, over or past its last day: never uploaded.
        assert_eq!(
            live_payload(&share(&b, false), ShareState::Active, &changed, day(2)),
            None
        );
        for state in [ShareState::Revoked, ShareState::Expired, ShareState::Disabled] {
            assert_eq!(live_payload(&link, state, &changed, day(2)), None);
        }
        assert_eq!(live_payload(&link, ShareState::Active, &changed, day(9)), None);
        let mut revoked = link.clone();
        revoked.revoked = true;
        assert_eq!(
            live_payload(&revoked, ShareState::Unknown, &changed, day(2)),
            None
        );
    }

    #[test]
    fn deleted_entries_leave_the_live_share() {
        let b = booklet();
        let link = share(&b, true);
        let without_contact = run(&b, Command::DeleteContact { id: id(2) });
        let selection = current_selection(&link, &without_contact);
        assert_eq!(selection.contacts, Vec::<Id>::new());
        assert_eq!(selection.goals, vec![id(1)]);
        let upload = live_payload(&link, ShareState::Active, &without_contact, day(2)).expect("changed");
        assert!(
            codec::decode(&upload.payload)
                .expect("decodes")
                .contacts
                .is_empty()
        );
        // Nothing left: nothing is uploaded (the codec has no empty share).
        let empty = run(&without_contact, Command::DeleteGoal { id: id(1) });
        assert_eq!(live_payload(&link, ShareState::Active, &empty, day(2)), None);
    }

    #[test]
    fn goal_pairs_of_every_upload_are_kept_once_and_bounded() {
        let pair = |s: u128, o: u128| SharedGoal {
            shared: id(s),
            owner: id(o),
        };
        let mut kept = vec![pair(10, 1)];
        remember_goals(&mut kept, &[pair(11, 1), pair(10, 1)]);
        assert_eq!(kept, vec![pair(11, 1), pair(10, 1)]);
        let many: Vec<_> = (0..MAX_SHARED_GOALS as u128 + 5)
            .map(|n| pair(100 + n, 2))
            .collect();
        remember_goals(&mut kept, &many);
        assert_eq!(kept.len(), MAX_SHARED_GOALS);
        assert_eq!(kept.last(), many.last(), "the newest stay");
        // A proposal naming an id a reader saw maps back to the owner's goal.
        let proposal = Proposal::AddAppointment {
            name: String::new(),
            organisation: "VHS".into(),
            date: day(3),
            time: None,
            place: String::new(),
            purpose: Title::Free(booklet::Text::new("Kurs", "de")),
            bring: None,
        };
        assert_eq!(
            proposal.clone().map_goal(&kept),
            proposal,
            "appointments have no goal"
        );
    }

    #[test]
    fn the_known_state_prefers_the_server_then_this_device() {
        let b = booklet();
        let mut link = share(&b, false);
        assert_eq!(effective_state(&link, None, day(2)), ShareState::Unknown);
        assert_eq!(
            effective_state(&link, Some(ShareState::Disabled), day(2)),
            ShareState::Disabled
        );
        assert_eq!(effective_state(&link, None, day(9)), ShareState::Expired);
        link.revoked = true;
        assert_eq!(
            effective_state(&link, Some(ShareState::Active), day(2)),
            ShareState::Revoked
        );
        for name in ["active", "revoked", "expired", "disabled", "unknown"] {
            assert_eq!(ShareState::from_api(name).name(), name);
        }
        assert_eq!(ShareState::from_api("something new"), ShareState::Unknown);
    }

    #[test]
    fn counts_name_goals_steps_contacts_appointments() {
        let b = run(
            &booklet(),
            Command::AddStep {
                goal: id(1),
                id: id(3),
                step: StepFields::planned(StepCode::all().next().expect("a step")),
            },
        );
        let selection = Selection {
            goals: vec![id(1)],
            contacts: vec![id(2)],
            appointments: Vec::new(),
        };
        assert_eq!(counts(&b, &selection), [1, 1, 1, 0]);
    }

    #[test]
    fn statuses_map_to_errors_with_message_ids() {
        for (status, error, message) in [
            (404, LinkError::NotFound, "link-share-error-gone"),
            (409, LinkError::Conflict, "link-share-error-server"),
            (413, LinkError::TooLarge, "link-share-error-too-large"),
            (429, LinkError::Busy, "link-share-error-busy"),
            (500, LinkError::Server(500), "link-share-error-server"),
        ] {
            assert_eq!(LinkError::from_status(status), error);
            assert_eq!(error.message_id(), message);
        }
        assert_eq!(LinkError::Offline.message_id(), "link-share-error-offline");
    }

    #[test]
    fn base64url_is_written_without_padding_and_read_either_way() {
        assert_eq!(B64.encode([0xfb, 0xff]), "-_8");
        assert_eq!(B64.decode("-_8").expect("unpadded"), vec![0xfb, 0xff]);
        assert_eq!(B64.decode("-_8=").expect("padded"), vec![0xfb, 0xff]);
    }
}
