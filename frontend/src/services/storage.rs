//! The booklet in IndexedDB (through rexie). The UI never calls this directly: the repository
//! (`services::repo`) does, one transaction per command.
//!
//! Layout: one object store per section (`goals`, `contacts`, `appointments`) holding each entry as a JSON
//! string `{"pos":N,"entry":{…}}` under its id, so an edit writes one small record and a burst of adds never
//! rewrites the whole booklet; `meta` holds the profile, the schema version the records were written with,
//! and the app's settings. Values are JSON text rather than structured clones because serde_json is the
//! one format the domain crate already validates and migrates.
//!
//! `sync` (v3) holds backup and sync's state for this device (see [`SyncState`]): the settings as JSON under
//! `state`, and binary values (`Uint8Array`) under `replica` (the last checkpoint of the merged state,
//! `Replica::snapshot` bytes), `outbox` (operations recorded since that checkpoint and not yet sealed) and
//! `inflight` (the one sealed record the server has not acknowledged yet, re-sent byte for byte on a retry).
//! The invariant the engine keeps: replica checkpoint + outbox = the replica in memory.
//!
//! `links` (v4) holds the owner's link shares (SHARES.md), one JSON [`LinkShare`] per share under its id:
//! the share key and owner token live only here and in the link the owner handed out.

use crate::error::StorageError;
use booklet::{Booklet, Id};
use rexie::{ObjectStore, Rexie, TransactionMode};
use serde::{Deserialize, Serialize};
use serde_json::value::RawValue;
use std::collections::HashMap;
use wasm_bindgen::{JsCast, JsValue};

/// The database name in the browser.
pub const DB_NAME: &str = "begleitheft";
/// The IndexedDB schema version. Bump it only together with [`STORES`].
/// v1: meta, goals, contacts, appointments. v2: + consents (the consent log of shares). v3: + sync.
/// v4: + links (link shares made on this device).
pub const DB_VERSION: u32 = 4;
/// Every object store that any version of the app has declared. rexie deletes, with its data, any store
/// that the builder omits on an upgrade, so this list only ever grows (a test guards it).
pub const STORES: &[&str] = &[
    "meta",
    "goals",
    "contacts",
    "appointments",
    "consents",
    "sync",
    "links",
];

/// How long opening may take before we tell the user another tab is blocking the upgrade.
const BLOCKED_AFTER_MS: u32 = 8_000;

const SECTIONS: [&str; 3] = ["goals", "contacts", "appointments"];
const META_PROFILE: &str = "profile";
const META_SCHEMA: &str = "schema_version";
const META_SETTINGS: &str = "settings";
const SYNC: &str = "sync";
const SYNC_STATE: &str = "state";
const SYNC_REPLICA: &str = "replica";
const SYNC_OUTBOX: &str = "outbox";
const SYNC_INFLIGHT: &str = "inflight";
const LINKS: &str = "links";

/// Backup and sync's settings and counters on this device. Binary state (replica, outbox, the record in
/// flight) is stored beside it, see [`SyncData`].
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct SyncState {
    /// Sync runs (the owner turned it on and has not turned it off).
    pub enabled: bool,
    /// The recovery secret, 16 bytes as 32 lowercase hex characters. Everything else is derived from it.
    pub secret: String,
    /// This installation's device id, 8 bytes as 16 lowercase hex characters.
    pub device: String,
    /// The seq the next sealed record gets (records count from 1 per device).
    pub next_seq: u64,
    /// The server cursor of the last record pulled and merged.
    pub cursor: u64,
    /// Records pulled or pushed since the last snapshot was uploaded (one is uploaded at 50).
    #[serde(default)]
    pub since_snapshot: u64,
}

/// A sealed record waiting for the server's answer. Kept so that a retry sends the very same bytes (and the
/// server counts it as a duplicate if the first attempt did arrive).
#[derive(Clone, Debug, PartialEq)]
pub struct Inflight {
    /// The record's seq.
    pub seq: u64,
    /// How many operations it carries (the UI counts them as pending until the server has them).
    pub changes: u32,
    /// The seal: nonce ‖ ciphertext.
    pub seal: Vec<u8>,
}

/// Everything the `sync` store holds.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct SyncData {
    /// Settings and counters.
    pub state: SyncState,
    /// The replica checkpoint (`Replica::snapshot` bytes), if one was written.
    pub replica: Option<Vec<u8>>,
    /// Encoded operations recorded since the checkpoint (empty when none).
    pub outbox: Vec<u8>,
    /// The sealed record in flight.
    pub inflight: Option<Inflight>,
}

/// One value to write to the `sync` store; several go into one transaction.
#[derive(Clone, Debug, PartialEq)]
pub enum SyncPut {
    /// The settings and counters.
    State(SyncState),
    /// A new replica checkpoint.
    Replica(Vec<u8>),
    /// The encoded outbox.
    Outbox(Vec<u8>),
    /// The record in flight, or none.
    Inflight(Option<Inflight>),
}

/// One entry of the consent log: what was shared, with whom, when, until when. Kept on this device only.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Consent {
    /// When the owner confirmed.
    pub at: booklet::Timestamp,
    /// The last day the share can be read.
    pub until: booklet::Date,
    /// Who it was for, as the owner wrote it (may be empty).
    pub recipient: String,
    /// How it was shared: `"offline-qr"`, `"link"`, or `"link-revoked"` (a link share revoked: `until` is
    /// the day of the revocation).
    pub channel: String,
    /// Counts of what was shared: goals, steps, contacts, appointments.
    pub counts: [u32; 4],
}

/// One link share made on this device (SHARES.md), with everything needed to update, inspect and revoke it.
/// Secrets are kept as lowercase hex; they never leave this device except in the link (key) and the
/// `Authorization` header (owner token).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct LinkShare {
    /// The share id, 16 bytes as 32 lowercase hex (as in the API's paths).
    pub id: String,
    /// The share key, 32 bytes as 64 lowercase hex. Only in the link's fragment and here.
    pub key: String,
    /// The owner token, 32 bytes as 64 lowercase hex.
    pub owner_token: String,
    /// The chosen goals (each with all its steps).
    pub goals: Vec<Id>,
    /// The chosen contacts.
    pub contacts: Vec<Id>,
    /// The chosen appointments.
    pub appointments: Vec<Id>,
    /// The PIN to tell aloud, if one was set (kept so the owner can look it up again).
    #[serde(default)]
    pub pin: Option<String>,
    /// Later changes of the shared entries are uploaded.
    pub live: bool,
    /// The reader may propose entries.
    pub writable: bool,
    /// Who it was for, as the owner wrote it (may be empty); shown only to the owner.
    #[serde(default)]
    pub recipient: String,
    /// When the owner created it.
    pub created: booklet::Timestamp,
    /// The day the payload was issued (the codec's "issued"; re-encodings keep it).
    pub issued: booklet::Date,
    /// The last day it can be opened.
    pub expires: booklet::Date,
    /// The server's expiry time as it answered (RFC 3339), for display.
    #[serde(default)]
    pub expires_at: String,
    /// SHA-256 (hex) of the payload last uploaded, so unchanged entries are not uploaded again.
    pub payload_hash: String,
    /// The goal ids readers saw in any upload of this share, with the owner's ids they stand for: the codec
    /// derives them from the content, so each live upload may add pairs, and a proposal made on an older
    /// version still maps back.
    #[serde(default)]
    pub shared_goals: Vec<booklet::SharedGoal>,
    /// The owner revoked it (the server deleted it).
    #[serde(default)]
    pub revoked: bool,
}

/// App settings kept beside the booklet (not part of it: they are about this device).
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Settings {
    /// The day of the last export, shown in Settings.
    #[serde(default)]
    pub last_export: Option<booklet::Date>,
    /// Whether the browser granted persistent storage the last time we asked.
    #[serde(default)]
    pub persisted: Option<bool>,
}

/// An open database.
pub struct Storage {
    db: Rexie,
}

impl Storage {
    /// Opens (creating or upgrading) the database.
    pub async fn open() -> Result<Self, StorageError> {
        Self::open_named(DB_NAME).await
    }

    /// Opens a database by name (tests use their own).
    pub async fn open_named(name: &str) -> Result<Self, StorageError> {
        let mut builder = Rexie::builder(name).version(DB_VERSION);
        for store in STORES {
            builder = builder.add_object_store(ObjectStore::new(store));
        }
        // An upgrade waits while another tab still holds the old version open; rather than spin forever, say so.
        let open = std::pin::pin!(builder.build());
        let timeout = std::pin::pin!(gloo_timers::future::TimeoutFuture::new(BLOCKED_AFTER_MS));
        let db = match futures::future::select(open, timeout).await {
            futures::future::Either::Left((opened, _)) => opened.map_err(StorageError::open)?,
            futures::future::Either::Right(_) => return Err(StorageError::Blocked),
        };
        Ok(Self { db })
    }

    /// The object stores the open database has.
    pub fn store_names(&self) -> Vec<String> {
        self.db.store_names()
    }

    /// Reads the whole booklet, migrating records written by an older schema, and the settings.
    /// An empty database gives `None`.
    pub async fn load(&self) -> Result<Option<(Booklet, Settings)>, StorageError> {
        let tx = self
            .db
            .transaction(STORES, TransactionMode::ReadOnly)
            .map_err(StorageError::read)?;
        let meta = tx.store("meta").map_err(StorageError::read)?;
        let profile = get_string(&meta, META_PROFILE).await?;
        let schema = get_string(&meta, META_SCHEMA).await?;
        let settings = get_string(&meta, META_SETTINGS).await?;
        // The stored records are put together as the booklet's JSON text, unparsed, so the domain's loader
        // reads (and if need be migrates) the whole booklet in one pass.
        let mut sections = String::new();
        for section in SECTIONS {
            let store = tx.store(section).map_err(StorageError::read)?;
            let values = store.get_all(None, None).await.map_err(StorageError::read)?;
            let mut records: Vec<(u64, Box<RawValue>)> = Vec::with_capacity(values.len());
            for value in values {
                let text = value.as_string().ok_or(StorageError::Corrupt)?;
                let record: Record = serde_json::from_str(&text).map_err(|_| StorageError::Corrupt)?;
                records.push((record.pos, record.entry));
            }
            records.sort_by_key(|(pos, _)| *pos);
            sections.push_str(&format!(",\"{section}\":["));
            for (i, (_, entry)) in records.iter().enumerate() {
                if i > 0 {
                    sections.push(',');
                }
                sections.push_str(entry.get());
            }
            sections.push(']');
        }
        drop(tx);
        let (Some(profile), Some(schema)) = (profile, schema) else {
            return Ok(None);
        };
        // Both were written by `save` as JSON; check them before splicing them into the text.
        let schema: u32 = schema.trim().parse().map_err(|_| StorageError::Corrupt)?;
        let profile: Box<RawValue> = serde_json::from_str(&profile).map_err(|_| StorageError::Corrupt)?;
        let whole = format!(
            "{{\"schema_version\":{schema},\"profile\":{}{sections}}}",
            profile.get()
        );
        // Older versions are migrated by code that only such a booklet needs, loaded for it (`crate::lazy`).
        let booklet = if schema == booklet::SCHEMA_VERSION {
            booklet::load_current_json(&whole).map_err(|e| StorageError::Invalid(e.message_id()))?
        } else {
            crate::lazy::migrate_json(whole).await?
        };
        let settings = settings
            .and_then(|s| serde_json::from_str(&s).ok())
            .unwrap_or_default();
        Ok(Some((booklet, settings)))
    }

    /// Writes the difference between `old` and `new` in one transaction: changed or moved entries are put,
    /// removed ones deleted, the profile rewritten when it changed. `old = None` writes everything
    /// (first save, import, migration). Resolves only when the transaction has committed.
    pub async fn save(&self, old: Option<&Booklet>, new: &Booklet) -> Result<(), StorageError> {
        self.save_with_sync(old, new, &[]).await
    }

    /// [`Storage::save`], and the sync values in the same transaction: a committed change and its
    /// operations in the outbox are stored together or not at all.
    pub async fn save_with_sync(
        &self,
        old: Option<&Booklet>,
        new: &Booklet,
        sync: &[SyncPut],
    ) -> Result<(), StorageError> {
        let tx = self
            .db
            .transaction(STORES, TransactionMode::ReadWrite)
            .map_err(StorageError::write)?;
        let meta = tx.store("meta").map_err(StorageError::write)?;
        let fresh = old.is_none_or(|o| o.schema_version != new.schema_version);
        if fresh {
            for section in SECTIONS {
                tx.store(section)
                    .map_err(StorageError::write)?
                    .clear()
                    .await
                    .map_err(StorageError::write)?;
            }
        }
        if fresh || old.is_some_and(|o| o.profile != new.profile) {
            put_string(&meta, META_PROFILE, &to_json(&new.profile)?).await?;
        }
        if fresh {
            put_string(&meta, META_SCHEMA, &new.schema_version.to_string()).await?;
        }
        let old = if fresh { None } else { old };
        write_section(&tx, "goals", old.map(|o| &o.goals[..]), &new.goals, |g| g.id).await?;
        write_section(
            &tx,
            "contacts",
            old.map(|o| &o.contacts[..]),
            &new.contacts,
            |c| c.id,
        )
        .await?;
        write_section(
            &tx,
            "appointments",
            old.map(|o| &o.appointments[..]),
            &new.appointments,
            |a| a.id,
        )
        .await?;
        if !sync.is_empty() {
            put_sync(&tx.store(SYNC).map_err(StorageError::write)?, sync).await?;
        }
        tx.done().await.map_err(StorageError::write)?;
        Ok(())
    }

    /// Writes sync values in one transaction of their own.
    pub async fn save_sync(&self, sync: &[SyncPut]) -> Result<(), StorageError> {
        let tx = self
            .db
            .transaction(&[SYNC], TransactionMode::ReadWrite)
            .map_err(StorageError::write)?;
        put_sync(&tx.store(SYNC).map_err(StorageError::write)?, sync).await?;
        tx.done().await.map_err(StorageError::write)?;
        Ok(())
    }

    /// Reads the sync store; `None` when sync was never set up (or was turned off and cleared).
    pub async fn load_sync(&self) -> Result<Option<SyncData>, StorageError> {
        let tx = self
            .db
            .transaction(&[SYNC], TransactionMode::ReadOnly)
            .map_err(StorageError::read)?;
        let store = tx.store(SYNC).map_err(StorageError::read)?;
        let Some(state) = get_string(&store, SYNC_STATE).await? else {
            return Ok(None);
        };
        let state: SyncState = serde_json::from_str(&state).map_err(|_| StorageError::Corrupt)?;
        let replica = get_bytes(&store, SYNC_REPLICA).await?;
        let outbox = get_bytes(&store, SYNC_OUTBOX).await?.unwrap_or_default();
        let inflight = match get_bytes(&store, SYNC_INFLIGHT).await? {
            Some(bytes) if bytes.len() >= 12 => {
                let (seq, rest) = bytes.split_at(8);
                let (changes, seal) = rest.split_at(4);
                Some(Inflight {
                    seq: u64::from_be_bytes(seq.try_into().map_err(|_| StorageError::Corrupt)?),
                    changes: u32::from_be_bytes(changes.try_into().map_err(|_| StorageError::Corrupt)?),
                    seal: seal.to_vec(),
                })
            }
            Some(_) => return Err(StorageError::Corrupt),
            None => None,
        };
        Ok(Some(SyncData {
            state,
            replica,
            outbox,
            inflight,
        }))
    }

    /// Forgets everything sync kept on this device (turning it off): the secret first of all.
    pub async fn clear_sync(&self) -> Result<(), StorageError> {
        let tx = self
            .db
            .transaction(&[SYNC], TransactionMode::ReadWrite)
            .map_err(StorageError::write)?;
        tx.store(SYNC)
            .map_err(StorageError::write)?
            .clear()
            .await
            .map_err(StorageError::write)?;
        tx.done().await.map_err(StorageError::write)?;
        Ok(())
    }

    /// Stores the settings.
    pub async fn save_settings(&self, settings: &Settings) -> Result<(), StorageError> {
        let tx = self
            .db
            .transaction(&["meta"], TransactionMode::ReadWrite)
            .map_err(StorageError::write)?;
        let meta = tx.store("meta").map_err(StorageError::write)?;
        put_string(&meta, META_SETTINGS, &to_json(settings)?).await?;
        tx.done().await.map_err(StorageError::write)?;
        Ok(())
    }

    /// Appends to the consent log (its own transaction: a share is recorded whether or not anything else
    /// is being written).
    pub async fn add_consent(&self, consent: &Consent) -> Result<(), StorageError> {
        let tx = self
            .db
            .transaction(&["consents"], TransactionMode::ReadWrite)
            .map_err(StorageError::write)?;
        let store = tx.store("consents").map_err(StorageError::write)?;
        let key = JsValue::from_f64(consent.at.millis() as f64);
        store
            .put(&JsValue::from_str(&to_json(consent)?), Some(&key))
            .await
            .map_err(StorageError::write)?;
        tx.done().await.map_err(StorageError::write)?;
        Ok(())
    }

    /// The consent log, oldest first (keys are the times of consent).
    pub async fn consents(&self) -> Result<Vec<Consent>, StorageError> {
        let tx = self
            .db
            .transaction(&["consents"], TransactionMode::ReadOnly)
            .map_err(StorageError::read)?;
        let store = tx.store("consents").map_err(StorageError::read)?;
        let values = store.get_all(None, None).await.map_err(StorageError::read)?;
        values
            .into_iter()
            .map(|v| {
                let text = v.as_string().ok_or(StorageError::Corrupt)?;
                serde_json::from_str(&text).map_err(|_| StorageError::Corrupt)
            })
            .collect()
    }

    /// Stores a link share (new or changed), and with it a consent-log entry if given, in one transaction of
    /// their own: a share is never stored without its consent, nor the other way round.
    pub async fn put_link(&self, link: &LinkShare, consent: Option<&Consent>) -> Result<(), StorageError> {
        let tx = self
            .db
            .transaction(&[LINKS, "consents"], TransactionMode::ReadWrite)
            .map_err(StorageError::write)?;
        let store = tx.store(LINKS).map_err(StorageError::write)?;
        put_string(&store, &link.id, &to_json(link)?).await?;
        if let Some(consent) = consent {
            let consents = tx.store("consents").map_err(StorageError::write)?;
            let key = JsValue::from_f64(consent.at.millis() as f64);
            consents
                .put(&JsValue::from_str(&to_json(consent)?), Some(&key))
                .await
                .map_err(StorageError::write)?;
        }
        tx.done().await.map_err(StorageError::write)?;
        Ok(())
    }

    /// Every link share made on this device, oldest first.
    pub async fn links(&self) -> Result<Vec<LinkShare>, StorageError> {
        let tx = self
            .db
            .transaction(&[LINKS], TransactionMode::ReadOnly)
            .map_err(StorageError::read)?;
        let store = tx.store(LINKS).map_err(StorageError::read)?;
        let values = store.get_all(None, None).await.map_err(StorageError::read)?;
        let mut links = values
            .into_iter()
            .map(|v| {
                let text = v.as_string().ok_or(StorageError::Corrupt)?;
                serde_json::from_str::<LinkShare>(&text).map_err(|_| StorageError::Corrupt)
            })
            .collect::<Result<Vec<_>, _>>()?;
        links.sort_by_key(|l| l.created);
        Ok(links)
    }

    /// Closes the connection (so that a test can delete or upgrade the database).
    pub fn close(self) {
        self.db.close();
    }
}

/// A stored entry as read: its position, and the entry's JSON left unparsed.
#[derive(Deserialize)]
struct Record {
    pos: u64,
    entry: Box<RawValue>,
}

/// A stored entry as written.
#[derive(Serialize)]
struct RecordOut<'a, T> {
    pos: usize,
    entry: &'a T,
}

/// Puts every entry of `new` whose content or position differs from `old`, deletes what `new` lacks.
async fn write_section<T: Serialize + PartialEq>(
    tx: &rexie::Transaction,
    name: &str,
    old: Option<&[T]>,
    new: &[T],
    id: impl Fn(&T) -> Id,
) -> Result<(), StorageError> {
    let store = tx.store(name).map_err(StorageError::write)?;
    // Most commands leave a section's order alone (an edit, or a change in another section): then a walk in
    // step compares each entry with its old self, without building a map of a thousand entries per save.
    if let Some(old) = old
        && old.len() == new.len()
        && old.iter().zip(new).all(|(o, n)| id(o) == id(n))
    {
        for (pos, (o, n)) in old.iter().zip(new).enumerate() {
            if o != n {
                let record = to_json(&RecordOut { pos, entry: n })?;
                store
                    .put(
                        &JsValue::from_str(&record),
                        Some(&JsValue::from_str(&id(n).to_string())),
                    )
                    .await
                    .map_err(StorageError::write)?;
            }
        }
        return Ok(());
    }
    let before: HashMap<Id, (usize, &T)> = old
        .unwrap_or_default()
        .iter()
        .enumerate()
        .map(|(i, e)| (id(e), (i, e)))
        .collect();
    for (pos, entry) in new.iter().enumerate() {
        let unchanged = before
            .get(&id(entry))
            .is_some_and(|(p, e)| *p == pos && *e == entry);
        if !unchanged {
            let record = to_json(&RecordOut { pos, entry })?;
            store
                .put(
                    &JsValue::from_str(&record),
                    Some(&JsValue::from_str(&id(entry).to_string())),
                )
                .await
                .map_err(StorageError::write)?;
        }
    }
    if let Some(old) = old {
        let kept: std::collections::HashSet<Id> = new.iter().map(&id).collect();
        for gone in old.iter().map(&id).filter(|i| !kept.contains(i)) {
            store
                .delete(JsValue::from_str(&gone.to_string()))
                .await
                .map_err(StorageError::write)?;
        }
    }
    Ok(())
}

async fn get_string(store: &rexie::Store, key: &str) -> Result<Option<String>, StorageError> {
    let value = store
        .get(JsValue::from_str(key))
        .await
        .map_err(StorageError::read)?;
    Ok(value.and_then(|v| v.as_string()))
}

async fn put_string(store: &rexie::Store, key: &str, value: &str) -> Result<(), StorageError> {
    store
        .put(&JsValue::from_str(value), Some(&JsValue::from_str(key)))
        .await
        .map(|_| ())
        .map_err(StorageError::write)
}

async fn put_sync(store: &rexie::Store, puts: &[SyncPut]) -> Result<(), StorageError> {
    for put in puts {
        match put {
            SyncPut::State(state) => put_string(store, SYNC_STATE, &to_json(state)?).await?,
            SyncPut::Replica(bytes) => put_bytes(store, SYNC_REPLICA, bytes).await?,
            SyncPut::Outbox(bytes) => put_bytes(store, SYNC_OUTBOX, bytes).await?,
            SyncPut::Inflight(Some(inflight)) => {
                let mut bytes = Vec::with_capacity(12 + inflight.seal.len());
                bytes.extend_from_slice(&inflight.seq.to_be_bytes());
                bytes.extend_from_slice(&inflight.changes.to_be_bytes());
                bytes.extend_from_slice(&inflight.seal);
                put_bytes(store, SYNC_INFLIGHT, &bytes).await?;
            }
            SyncPut::Inflight(None) => store
                .delete(JsValue::from_str(SYNC_INFLIGHT))
                .await
                .map_err(StorageError::write)?,
        }
    }
    Ok(())
}

async fn get_bytes(store: &rexie::Store, key: &str) -> Result<Option<Vec<u8>>, StorageError> {
    let value = store
        .get(JsValue::from_str(key))
        .await
        .map_err(StorageError::read)?;
    match value {
        None => Ok(None),
        Some(v) if v.is_undefined() || v.is_null() => Ok(None),
        Some(v) => v
            .dyn_into::<js_sys::Uint8Array>()
            .map(|a| Some(a.to_vec()))
            .map_err(|_| StorageError::Corrupt),
    }
}

async fn put_bytes(store: &rexie::Store, key: &str, bytes: &[u8]) -> Result<(), StorageError> {
    store
        .put(
            &js_sys::Uint8Array::from(bytes).into(),
            Some(&JsValue::from_str(key)),
        )
        .await
        .map(|_| ())
        .map_err(StorageError::write)
}

fn to_json<T: Serialize>(value: &T) -> Result<String, StorageError> {
    serde_json::to_string(value).map_err(|_| StorageError::Corrupt)
}
