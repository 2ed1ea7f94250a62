//! The booklet in IndexedDB (through rexie). The UI never calls this directly: the repository
//! (`services::repo`) does, one transaction per command.
//!
//! Layout: one object store per section (`goals`, `contacts`, `appointments`) holding each entry as a JSON
//! string `{"pos":N,"entry":{…}}` under its id, so an edit writes one small record and a burst of adds never
//! rewrites the whole booklet; `meta` holds the profile, the schema version the records were written with,
//! and the app's settings. Values are JSON text rather than structured clones because serde_json is the
//! one format the domain crate already validates and migrates.

use crate::error::StorageError;
use booklet::{Booklet, Id};
use rexie::{ObjectStore, Rexie, TransactionMode};
use serde::{Deserialize, Serialize};
use serde_json::value::RawValue;
use std::collections::HashMap;
use wasm_bindgen::JsValue;

/// The database name in the browser.
pub const DB_NAME: &str = "begleitheft";
/// The IndexedDB schema version. Bump it only together with [`STORES`].
/// v1: meta, goals, contacts, appointments. v2: + consents (the consent log of shares).
pub const DB_VERSION: u32 = 2;
/// Every object store that any version of the app has declared. rexie deletes, with its data, any store
/// that the builder omits on an upgrade, so this list only ever grows (a test guards it).
pub const STORES: &[&str] = &["meta", "goals", "contacts", "appointments", "consents"];

/// How long opening may take before we tell the user another tab is blocking the upgrade.
const BLOCKED_AFTER_MS: u32 = 8_000;

const SECTIONS: [&str; 3] = ["goals", "contacts", "appointments"];
const META_PROFILE: &str = "profile";
const META_SCHEMA: &str = "schema_version";
const META_SETTINGS: &str = "settings";

/// One entry of the consent log: what was shared, with whom, when, until when. Kept on this device only.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Consent {
    /// When the owner confirmed.
    pub at: booklet::Timestamp,
    /// The last day the share can be read.
    pub until: booklet::Date,
    /// Who it was for, as the owner wrote it (may be empty).
    pub recipient: String,
    /// How it was shared: `"offline-qr"` for now.
    pub channel: String,
    /// Counts of what was shared: goals, steps, contacts, appointments.
    pub counts: [u32; 4],
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
        let booklet = booklet::load_json(&whole).map_err(|e| StorageError::Invalid(e.message_id()))?;
        let settings = settings
            .and_then(|s| serde_json::from_str(&s).ok())
            .unwrap_or_default();
        Ok(Some((booklet, settings)))
    }

    /// Writes the difference between `old` and `new` in one transaction: changed or moved entries are put,
    /// removed ones deleted, the profile rewritten when it changed. `old = None` writes everything
    /// (first save, import, migration). Resolves only when the transaction has committed.
    pub async fn save(&self, old: Option<&Booklet>, new: &Booklet) -> Result<(), StorageError> {
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

fn to_json<T: Serialize>(value: &T) -> Result<String, StorageError> {
    serde_json::to_string(value).map_err(|_| StorageError::Corrupt)
}
