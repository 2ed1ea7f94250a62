//! The booklet in IndexedDB (through rexie). The UI never calls this directly: the repository
//! (`services::repo`) does, one transaction per command.
//!
//! Layout: one object store per section (`goals`, `contacts`, `appointments`) holding each entry as a binary
//! record (`Uint8Array`, [`booklet::record`]: its position and the entry) under its id, so an edit writes one
//! small record and a burst of adds never rewrites the whole booklet; `meta` holds the profile (a binary
//! record too), the schema version the records were written with, and the app's settings.
//!
//! The first versions stored every record and the profile as JSON text. Such a database is read by code
//! fetched only for it (`crate::lazy::migrate_json`), and the next save rewrites it whole in binary records,
//! in one transaction. Small structs (settings, sync's state) are plain objects; older versions stored them as
//! JSON text, which the browser's `JSON.parse` turns into the same object. The first load thus carries no
//! JSON reader of its own.
//!
//! `sync` (v3) holds backup and sync's state for this device (see [`SyncState`]): the settings as an object
//! under `state`, and binary values (`Uint8Array`) under `replica` (the last checkpoint of the merged state,
//! `Replica::snapshot` bytes), `outbox` (operations recorded since that checkpoint and not yet sealed) and
//! `inflight` (the one sealed record the server has not acknowledged yet, re-sent byte for byte on a retry).
//! The invariant the engine keeps: replica checkpoint + outbox = the replica in memory.
//!
//! `links` (v4) holds the owner's link shares (SHARES.md), one JSON [`LinkShare`] per share under its id:
//! the share key and owner token live only here and in the link the owner handed out.

use crate::error::StorageError;
use booklet::record::{self, Stored};
use booklet::{Booklet, Id};
use js_sys::{Object, Reflect, Uint8Array};
use rexie::{ObjectStore, Rexie, TransactionMode};
use serde::{Deserialize, Serialize};
use std::cell::Cell;
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
#[derive(Clone, Debug, Default, PartialEq)]
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
    pub since_snapshot: u64,
}

impl SyncState {
    fn to_object(&self) -> JsValue {
        let object = Object::new();
        set(&object, "enabled", self.enabled.into());
        set(&object, "secret", self.secret.as_str().into());
        set(&object, "device", self.device.as_str().into());
        set(&object, "next_seq", number(self.next_seq));
        set(&object, "cursor", number(self.cursor));
        set(&object, "since_snapshot", number(self.since_snapshot));
        object.into()
    }

    fn from_object(value: JsValue) -> Result<Self, StorageError> {
        let object = object(value)?;
        let text = |name| field(&object, name).as_string().ok_or(StorageError::Corrupt);
        let count = |name| whole(&field(&object, name)).ok_or(StorageError::Corrupt);
        Ok(Self {
            enabled: field(&object, "enabled").as_bool().ok_or(StorageError::Corrupt)?,
            secret: text("secret")?,
            device: text("device")?,
            next_seq: count("next_seq")?,
            cursor: count("cursor")?,
            // Added after the first sync release: absent means none yet.
            since_snapshot: whole(&field(&object, "since_snapshot")).unwrap_or(0),
        })
    }
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
#[derive(Clone, Debug, PartialEq)]
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

impl Consent {
    fn to_object(&self) -> JsValue {
        let object = Object::new();
        set(&object, "at", JsValue::from_f64(self.at.millis() as f64));
        set(&object, "until", self.until.to_string().into());
        set(&object, "recipient", self.recipient.as_str().into());
        set(&object, "channel", self.channel.as_str().into());
        let counts: js_sys::Array = self.counts.iter().map(|&n| JsValue::from(n)).collect();
        set(&object, "counts", counts.into());
        object.into()
    }

    /// Read at every start (Settings shows the log), so without serde_json like the booklet.
    fn from_object(value: JsValue) -> Result<Self, StorageError> {
        let object = object(value)?;
        let text = |name| field(&object, name).as_string().ok_or(StorageError::Corrupt);
        let at = whole(&field(&object, "at")).ok_or(StorageError::Corrupt)?;
        let counts = js_sys::Array::from(&field(&object, "counts"));
        let mut parsed = [0u32; 4];
        if counts.length() != 4 {
            return Err(StorageError::Corrupt);
        }
        for (slot, n) in parsed.iter_mut().zip(counts.iter()) {
            *slot = whole(&n)
                .and_then(|n| u32::try_from(n).ok())
                .ok_or(StorageError::Corrupt)?;
        }
        Ok(Self {
            at: booklet::Timestamp::from_millis(i64::try_from(at).map_err(|_| StorageError::Corrupt)?),
            until: text("until")?.parse().map_err(|_| StorageError::Corrupt)?,
            recipient: text("recipient")?,
            channel: text("channel")?,
            counts: parsed,
        })
    }
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
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Settings {
    /// The day of the last export, shown in Settings.
    pub last_export: Option<booklet::Date>,
    /// Whether the browser granted persistent storage the last time we asked.
    pub persisted: Option<bool>,
}

impl Settings {
    fn to_object(&self) -> JsValue {
        let object = Object::new();
        let last_export = self.last_export.map_or(JsValue::NULL, |d| d.to_string().into());
        set(&object, "last_export", last_export);
        set(
            &object,
            "persisted",
            self.persisted.map_or(JsValue::NULL, JsValue::from),
        );
        object.into()
    }

    /// Settings as stored; a field that is missing or unreadable is left at its default (they are hints, not
    /// data: the next export or storage check writes them again).
    fn from_object(value: JsValue) -> Self {
        let Ok(object) = object(value) else {
            return Self::default();
        };
        Self {
            last_export: field(&object, "last_export")
                .as_string()
                .and_then(|d| d.parse().ok()),
            persisted: field(&object, "persisted").as_bool(),
        }
    }
}

/// An open database.
pub struct Storage {
    db: Rexie,
    /// The records read were written in an older form (JSON text, or an older schema): the next save
    /// rewrites the whole booklet in one transaction, so the database never mixes forms.
    rewrite: Cell<bool>,
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
        Ok(Self {
            db,
            rewrite: Cell::new(false),
        })
    }

    /// The object stores the open database has.
    pub fn store_names(&self) -> Vec<String> {
        self.db.store_names()
    }

    /// Reads the whole booklet, migrating records written in an older form or schema, and the settings.
    /// An empty database gives `None`.
    pub async fn load(&self) -> Result<Option<(Booklet, Settings)>, StorageError> {
        let tx = self
            .db
            .transaction(STORES, TransactionMode::ReadOnly)
            .map_err(StorageError::read)?;
        let meta = tx.store("meta").map_err(StorageError::read)?;
        let profile = get(&meta, META_PROFILE).await?;
        let schema = get(&meta, META_SCHEMA).await?.and_then(|v| v.as_string());
        let settings = get(&meta, META_SETTINGS).await?;
        let mut sections: [Vec<JsValue>; 3] = Default::default();
        for (name, values) in SECTIONS.into_iter().zip(&mut sections) {
            let store = tx.store(name).map_err(StorageError::read)?;
            *values = store.get_all(None, None).await.map_err(StorageError::read)?;
        }
        drop(tx);
        let (Some(profile), Some(schema)) = (profile, schema) else {
            // Nothing stored yet: the first save writes everything, the schema version with it.
            self.rewrite.set(true);
            return Ok(None);
        };
        let schema: u32 = schema.trim().parse().map_err(|_| StorageError::Corrupt)?;
        let invalid = |e: booklet::LoadError| StorageError::Invalid(e.message_id());
        let booklet = match profile.as_string() {
            None if schema == booklet::SCHEMA_VERSION => {
                let profile = record::read_profile(&bytes(profile)?).map_err(invalid)?;
                let [goals, contacts, appointments] = sections;
                record::assemble(
                    profile,
                    read_section(goals)?,
                    read_section(contacts)?,
                    read_section(appointments)?,
                )
                .map_err(invalid)?
            }
            // Binary records are only ever written with the current schema.
            None => return Err(StorageError::Corrupt),
            Some(profile) => {
                let texts = sections.map(|values| {
                    values
                        .into_iter()
                        .map(|v| v.as_string().ok_or(StorageError::Corrupt))
                        .collect::<Result<Vec<_>, _>>()
                });
                let [goals, contacts, appointments] = texts;
                let sections = [goals?, contacts?, appointments?];
                let booklet = crate::lazy::migrate_json(schema, profile, sections).await?;
                self.rewrite.set(true);
                booklet
            }
        };
        if booklet.schema_version != schema {
            self.rewrite.set(true);
        }
        let settings = settings.map(Settings::from_object).unwrap_or_default();
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
        let fresh = self.rewrite.get() || old.is_none_or(|o| o.schema_version != new.schema_version);
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
            put_bytes(&meta, META_PROFILE, &record::write_profile(&new.profile)).await?;
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
        if fresh {
            self.rewrite.set(false);
        }
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
        let Some(state) = get(&store, SYNC_STATE).await? else {
            return Ok(None);
        };
        let state = SyncState::from_object(state)?;
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
        put(&meta, META_SETTINGS, &settings.to_object()).await?;
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
            .put(&consent.to_object(), Some(&key))
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
        values.into_iter().map(Consent::from_object).collect()
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
                .put(&consent.to_object(), Some(&key))
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

/// Puts every entry of `new` whose content or position differs from `old`, deletes what `new` lacks.
async fn write_section<T: Stored + PartialEq>(
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
                put_bytes(&store, &id(n).to_string(), &n.write_record(pos)).await?;
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
            put_bytes(&store, &id(entry).to_string(), &entry.write_record(pos)).await?;
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

/// The value under `key`; `None` when there is none.
async fn get(store: &rexie::Store, key: &str) -> Result<Option<JsValue>, StorageError> {
    let value = store
        .get(JsValue::from_str(key))
        .await
        .map_err(StorageError::read)?;
    Ok(value.filter(|v| !v.is_undefined() && !v.is_null()))
}

async fn put(store: &rexie::Store, key: &str, value: &JsValue) -> Result<(), StorageError> {
    store
        .put(value, Some(&JsValue::from_str(key)))
        .await
        .map(|_| ())
        .map_err(StorageError::write)
}

async fn put_string(store: &rexie::Store, key: &str, value: &str) -> Result<(), StorageError> {
    put(store, key, &JsValue::from_str(value)).await
}

/// The bytes of a stored `Uint8Array`; anything else is damage.
fn bytes(value: JsValue) -> Result<Vec<u8>, StorageError> {
    value
        .dyn_into::<Uint8Array>()
        .map(|a| a.to_vec())
        .map_err(|_| StorageError::Corrupt)
}

/// Reads one section's records (in storage order; [`record::assemble`] orders them).
fn read_section<T: Stored>(values: Vec<JsValue>) -> Result<Vec<(u64, T)>, StorageError> {
    values
        .into_iter()
        .map(|v| T::read_record(&bytes(v)?).map_err(|e| StorageError::Invalid(e.message_id())))
        .collect()
}

/// A stored plain object; older versions stored the same fields as JSON text.
fn object(value: JsValue) -> Result<Object, StorageError> {
    let value = match value.as_string() {
        Some(text) => js_sys::JSON::parse(&text).map_err(|_| StorageError::Corrupt)?,
        None => value,
    };
    value.dyn_into::<Object>().map_err(|_| StorageError::Corrupt)
}

fn field(object: &Object, name: &str) -> JsValue {
    Reflect::get(object, &name.into()).unwrap_or(JsValue::UNDEFINED)
}

fn set(object: &Object, name: &str, value: JsValue) {
    // Setting a property on a fresh plain object cannot fail.
    let _ = Reflect::set(object, &name.into(), &value);
}

/// A counter as a JavaScript number: exact up to 2^53, far beyond any count of records.
fn number(value: u64) -> JsValue {
    JsValue::from_f64(value as f64)
}

/// A whole, non-negative number of at most 2^53 (what [`number`] writes).
fn whole(value: &JsValue) -> Option<u64> {
    let n = value.as_f64()?;
    (n >= 0.0 && n.fract() == 0.0 && n <= 9_007_199_254_740_992.0).then_some(n as u64)
}

async fn put_sync(store: &rexie::Store, puts: &[SyncPut]) -> Result<(), StorageError> {
    for sync_put in puts {
        match sync_put {
            SyncPut::State(state) => put(store, SYNC_STATE, &state.to_object()).await?,
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
    get(store, key).await?.map(bytes).transpose()
}

async fn put_bytes(store: &rexie::Store, key: &str, bytes: &[u8]) -> Result<(), StorageError> {
    put(store, key, &Uint8Array::from(bytes).into()).await
}

fn to_json<T: Serialize>(value: &T) -> Result<String, StorageError> {
    serde_json::to_string(value).map_err(|_| StorageError::Corrupt)
}
