//! Backup and sync, the app's side (SYNC.md): an engine that seals local changes into records, pushes
//! them, pulls and merges other devices' records and uploads snapshots — in the background, never blocking
//! the UI, and quietly queueing while offline.
//!
//! - [`core`]: the state in memory (replica, clock, outbox, record in flight) and every decision, no I/O.
//! - [`http`]: the server's routes.
//! - [`Engine`]: when to run (start, `online`, shortly after a local commit, every 30 s, when the page
//!   becomes visible), one round at a time, and the intents Settings uses: turn on, turn off, restore.
//!
//! The repository records each committed local change into the replica when its command runs and stores the
//! outbox in the booklet's own transaction, so a change is never saved without its operations.

pub mod core;
mod http;

use crate::error::StorageError;
use crate::services::repo::Repo;
use crate::store::{Action, SyncStatus};
use booklet::sync::crypto::{CryptoError, RecoverySecret};
use booklet::sync::replica::SyncError as ReplicaError;
use booklet::sync::wire::WireError;
use futures::StreamExt;
use futures::channel::mpsc;
use http::Api;
use std::rc::Rc;
use wasm_bindgen::JsCast;
use wasm_bindgen::closure::Closure;
use yew::Callback;

pub use self::core::Core;

/// How long after a local commit the engine waits for more before pushing.
const DEBOUNCE_MS: u32 = 1_000;
/// How often it looks for other devices' changes while the app is open.
const PERIOD_MS: u32 = 30_000;

/// Why a sync step failed. Message ids for the UI; details go to the console.
#[derive(Clone, Debug, PartialEq, thiserror::Error)]
pub enum SyncError {
    /// The server cannot be reached. Not shown as an error: changes wait.
    #[error("offline")]
    Offline,
    /// The server does not know this space with this token (403): no backup for this code.
    #[error("no backup for this code")]
    NoBackup,
    /// The records after our cursor were compacted away (410): restore from the snapshot.
    #[error("cursor compacted")]
    Compacted,
    /// Too many requests (429).
    #[error("rate limited")]
    Busy,
    /// A body over the server's limits (413).
    #[error("too large")]
    TooLarge,
    /// Any other unexpected status.
    #[error("server answered {0}")]
    Server(u16),
    /// A seal did not open, or a recovery code did not read.
    #[error(transparent)]
    Crypto(CryptoError),
    /// A body did not decode.
    #[error(transparent)]
    Wire(WireError),
    /// Operations or a snapshot did not decode, or a clock is too far ahead.
    #[error(transparent)]
    Replica(ReplicaError),
    /// Stored sync state is unreadable.
    #[error("stored sync state is damaged")]
    Damaged,
    /// Writing or reading IndexedDB failed.
    #[error(transparent)]
    Storage(StorageError),
    /// Scanning the recovery code's QR failed; carries the scanner's message id.
    #[error("scanning failed: {0}")]
    Scan(&'static str),
    /// No `window`, no `crypto.getRandomValues`, no `fetch`.
    #[error("the browser lacks an API sync needs")]
    Unsupported,
}

impl SyncError {
    /// The error an HTTP status stands for.
    pub fn from_status(status: u16) -> Self {
        match status {
            403 => SyncError::NoBackup,
            410 => SyncError::Compacted,
            413 => SyncError::TooLarge,
            429 => SyncError::Busy,
            other => SyncError::Server(other),
        }
    }

    /// The Fluent message id.
    pub fn message_id(&self) -> &'static str {
        match self {
            SyncError::Offline => "sync-error-network",
            SyncError::NoBackup => "sync-error-no-backup",
            SyncError::Busy => "sync-error-busy",
            SyncError::TooLarge => "sync-error-too-large",
            SyncError::Compacted | SyncError::Server(_) => "sync-error-server",
            SyncError::Crypto(e) => e.message_id(),
            SyncError::Wire(e) => e.message_id(),
            SyncError::Replica(e) => e.message_id(),
            SyncError::Damaged => "sync-error-damaged",
            SyncError::Storage(e) => e.message_id(),
            SyncError::Scan(id) => id,
            SyncError::Unsupported => "sync-error-unsupported",
        }
    }

    /// The Fluent arguments of the message.
    pub fn args(&self) -> Vec<(&'static str, i18n::Arg)> {
        match self {
            SyncError::Crypto(e) => e.args(),
            SyncError::Wire(e) => e.args(),
            SyncError::Replica(e) => e.args(),
            _ => Vec::new(),
        }
        .into_iter()
        .map(|(k, v)| (k, crate::components::label::to_arg(v)))
        .collect()
    }
}

impl From<StorageError> for SyncError {
    fn from(e: StorageError) -> Self {
        SyncError::Storage(e)
    }
}

/// The status a finished round leaves: offline is not an error, and what is still pending is counted.
pub fn status_after(core: Option<&Core>, outcome: &Result<(), SyncError>) -> SyncStatus {
    let Some(core) = core else {
        return SyncStatus::Off;
    };
    match outcome {
        Err(SyncError::Offline) => SyncStatus::Offline,
        Err(e) => SyncStatus::Error(e.message_id()),
        Ok(()) => pending_status(core),
    }
}

/// Synced, or how many local changes wait.
pub fn pending_status(core: &Core) -> SyncStatus {
    match core.pending() {
        0 => SyncStatus::Synced,
        n => SyncStatus::Pending(n),
    }
}

/// Why the engine wakes up.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Wake {
    /// Now: start, back online, page visible again, "sync now", turned on.
    Now,
    /// A local commit: wait a moment for more.
    Soon,
}

/// The background engine. One per app; lives as long as the page.
pub struct Engine {
    repo: Rc<Repo>,
    notify: Callback<Action>,
    wake: mpsc::UnboundedSender<Wake>,
    /// Held by a round or a turn on/off/restore; another waits its turn.
    turn: futures::lock::Mutex<()>,
}

impl Engine {
    /// Starts the engine over an open repository: reports the status, runs a first round, and from then on
    /// runs on the `online` event, shortly after local commits, every 30 s and when the page becomes visible.
    pub fn start(repo: Rc<Repo>, notify: Callback<Action>) -> Rc<Engine> {
        let (wake, wakes) = mpsc::unbounded();
        let engine = Rc::new(Engine {
            repo,
            notify,
            wake,
            turn: futures::lock::Mutex::new(()),
        });
        {
            let wake = engine.wake.clone();
            engine.repo.on_local_change(Callback::from(move |()| {
                let _ = wake.unbounded_send(Wake::Soon);
            }));
        }
        engine.listen();
        engine.report();
        let looping = engine.clone();
        wasm_bindgen_futures::spawn_local(async move { looping.run(wakes).await });
        engine
    }

    /// Runs a round as soon as possible.
    pub fn sync_now(&self) {
        let _ = self.wake.unbounded_send(Wake::Now);
    }

    /// Whether sync is on.
    pub fn enabled(&self) -> bool {
        self.repo.with_sync(|core| core.is_some())
    }

    /// Turns sync on: draws the secret, registers the space, pushes everything and uploads a snapshot.
    /// Returns the secret, whose recovery code the owner must now write down.
    pub async fn turn_on(self: &Rc<Self>) -> Result<RecoverySecret, SyncError> {
        let _turn = self.turn.lock().await;
        let secret = RecoverySecret(random_bytes()?);
        let core = Core::new(secret.clone(), random_bytes()?);
        Api::new(core.keys()).register().await?;
        self.repo.start_sync(core, wall_ms()).await?;
        self.report();
        let outcome = self.round(true).await;
        self.finish(&outcome);
        outcome?;
        Ok(secret)
    }

    /// Turns sync off; with `delete_backup`, deletes the space on the server first (if that fails, sync stays
    /// on and the error says why).
    pub async fn turn_off(self: &Rc<Self>, delete_backup: bool) -> Result<(), SyncError> {
        let _turn = self.turn.lock().await;
        if delete_backup {
            let keys = self.repo.with_sync(|core| core.map(|c| c.keys().clone()));
            if let Some(keys) = keys {
                Api::new(&keys).delete().await?;
            }
        }
        self.repo.stop_sync().await?;
        self.report();
        Ok(())
    }

    /// Restores from the backup of `secret`: fetches the snapshot and the records after it, adds what is on
    /// this device, saves the merged booklet and turns sync on with this secret. A code without a backup
    /// is [`SyncError::NoBackup`].
    pub async fn restore(self: &Rc<Self>, secret: RecoverySecret) -> Result<(), SyncError> {
        let _turn = self.turn.lock().await;
        let mut core = Core::new(secret, random_bytes()?);
        let api = Api::new(core.keys());
        if let Some((cursor, seal)) = api.get_snapshot().await? {
            core.restore_snapshot(cursor, &seal)?;
        }
        loop {
            let (records, more) = api.pull(core.state().cursor).await?;
            core.apply_pulled(&records, wall_ms())?;
            if !more {
                break;
            }
        }
        // Whatever sync this device had before belongs to another space: its outbox was pushed or is lost
        // with it (the booklet itself is kept and added below).
        if self.enabled() {
            self.repo.stop_sync().await?;
        }
        self.repo.restore_sync(core, wall_ms()).await?;
        self.report();
        let outcome = self.round(false).await;
        self.finish(&outcome);
        Ok(())
    }

    /// The loop: a round, then wait for a reason to run again.
    async fn run(self: Rc<Self>, mut wakes: mpsc::UnboundedReceiver<Wake>) {
        loop {
            if self.enabled() {
                let _turn = self.turn.lock().await;
                let outcome = self.round(false).await;
                self.finish(&outcome);
            }
            let next =
                futures::future::select(wakes.next(), gloo_timers::future::TimeoutFuture::new(PERIOD_MS))
                    .await;
            if let futures::future::Either::Left((Some(Wake::Soon), _)) = next {
                self.report();
                gloo_timers::future::TimeoutFuture::new(DEBOUNCE_MS).await;
            }
            // Whatever else woke us meanwhile is served by the round about to run.
            while wakes.try_recv().is_ok() {}
        }
    }

    /// One round: seal and push the outbox, pull and merge, maybe upload a snapshot. `force_snapshot` when
    /// turning on (the first snapshot is the backup a new phone restores from).
    async fn round(&self, force_snapshot: bool) -> Result<(), SyncError> {
        if !online() {
            return Err(SyncError::Offline);
        }
        let Some(api) = self.repo.with_sync(|core| core.map(|c| Api::new(c.keys()))) else {
            return Ok(());
        };
        // Push: the record in flight first (same bytes as before), then the outbox sealed into one record.
        for _ in 0..2 {
            let nonce = random_bytes()?;
            let sealed = self
                .repo
                .with_sync_mut(|core| core.seal(nonce).then(|| core.checkpoint()))
                .flatten();
            if let Some(puts) = sealed {
                self.repo.save_sync(&puts).await?;
            }
            let Some(body) = self.repo.with_sync(|core| core.and_then(Core::push_body)) else {
                break;
            };
            self.report();
            api.push(&body).await?;
            if let Some(puts) = self.repo.with_sync_mut(|core| {
                core.acknowledge();
                core.progress_put()
            }) {
                self.repo.save_sync(&puts).await?;
            }
        }
        // Pull until nothing more; a compacted cursor restores from the snapshot and goes on from there.
        let mut pulled = false;
        let mut changed = false;
        loop {
            let Some(cursor) = self.repo.with_sync(|core| core.map(|c| c.state().cursor)) else {
                return Ok(());
            };
            match api.pull(cursor).await {
                Ok((records, more)) => {
                    pulled |= !records.is_empty();
                    let applied = self
                        .repo
                        .with_sync_mut(|core| core.apply_pulled(&records, wall_ms()));
                    changed |= applied.transpose()?.unwrap_or(false);
                    if !more {
                        break;
                    }
                }
                Err(SyncError::Compacted) => {
                    let Some((at, seal)) = api.get_snapshot().await? else {
                        return Err(SyncError::Compacted);
                    };
                    self.repo
                        .with_sync_mut(|core| core.restore_snapshot(at, &seal))
                        .transpose()?;
                    pulled = true;
                    changed = true;
                }
                Err(e) => return Err(e),
            }
        }
        if changed {
            self.repo.merge_from_sync().await?;
        } else if pulled && let Some(puts) = self.repo.with_sync(|core| core.map(Core::checkpoint)) {
            self.repo.save_sync(&puts).await?;
        }
        // A snapshot now and then, so that new phones and compacted cursors need few records.
        let due = self
            .repo
            .with_sync(|core| core.is_some_and(|c| force_snapshot || c.snapshot_due()));
        if due {
            let nonce = random_bytes()?;
            if let Some(body) = self.repo.with_sync(|core| core.map(|c| c.snapshot_body(nonce))) {
                api.put_snapshot(&body).await?;
                if let Some(puts) = self.repo.with_sync_mut(|core| {
                    core.snapshot_uploaded();
                    core.progress_put()
                }) {
                    self.repo.save_sync(&puts).await?;
                }
            }
        }
        // Changes made during this round are pushed by the next one.
        if self.repo.with_sync(|core| core.is_some_and(|c| c.pending() > 0)) {
            let _ = self.wake.unbounded_send(Wake::Soon);
        }
        Ok(())
    }

    /// Reports a finished round.
    fn finish(&self, outcome: &Result<(), SyncError>) {
        if let Err(e) = outcome
            && *e != SyncError::Offline
        {
            web_sys::console::warn_1(&format!("sync: {e}").into());
        }
        let status = self.repo.with_sync(|core| status_after(core, outcome));
        self.notify.emit(Action::Sync(status));
    }

    /// Reports the status between rounds: off, or synced / pending n.
    fn report(&self) {
        let status = self.repo.with_sync(|core| match core {
            None => SyncStatus::Off,
            Some(_) if !online() => SyncStatus::Offline,
            Some(core) => pending_status(core),
        });
        self.notify.emit(Action::Sync(status));
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
                let _ = wake.unbounded_send(Wake::Now);
            })
        };
        let _ = window.add_event_listener_with_callback("online", online.as_ref().unchecked_ref());
        online.forget();
        let offline = {
            let wake = self.wake.clone();
            Closure::<dyn FnMut()>::new(move || {
                let _ = wake.unbounded_send(Wake::Now);
            })
        };
        let _ = window.add_event_listener_with_callback("offline", offline.as_ref().unchecked_ref());
        offline.forget();
        if let Some(document) = window.document() {
            let visible = {
                let wake = self.wake.clone();
                let document = document.clone();
                Closure::<dyn FnMut()>::new(move || {
                    if document.visibility_state() == web_sys::VisibilityState::Visible {
                        let _ = wake.unbounded_send(Wake::Now);
                    }
                })
            };
            let _ = document
                .add_event_listener_with_callback("visibilitychange", visible.as_ref().unchecked_ref());
            visible.forget();
        }
    }
}

/// Whether the browser believes it is online (a `false` is reliable, a `true` is only a hope).
fn online() -> bool {
    web_sys::window().is_none_or(|w| w.navigator().on_line())
}

/// The wall clock in milliseconds.
pub fn wall_ms() -> u64 {
    js_sys::Date::now().max(0.0) as u64
}

/// `N` bytes from the browser's cryptographic random source.
fn random_bytes<const N: usize>() -> Result<[u8; N], SyncError> {
    let mut bytes = [0u8; N];
    web_sys::window()
        .and_then(|w| w.crypto().ok())
        .ok_or(SyncError::Unsupported)?
        .get_random_values_with_u8_array(&mut bytes)
        .map_err(|_| SyncError::Unsupported)?;
    Ok(bytes)
}

#[cfg(test)]
mod tests {
    use super::*;
    use booklet::sync::crypto::RecoverySecret;

    #[test]
    fn a_round_leaves_synced_pending_offline_or_error() {
        let mut core = Core::new(RecoverySecret([1; 16]), [1; 8]);
        assert_eq!(status_after(None, &Ok(())), SyncStatus::Off);
        assert_eq!(status_after(None, &Err(SyncError::Offline)), SyncStatus::Off);
        assert_eq!(status_after(Some(&core), &Ok(())), SyncStatus::Synced);
        core.record(&booklet::Booklet::new("de"), 1_790_000_000_000);
        assert_eq!(status_after(Some(&core), &Ok(())), SyncStatus::Pending(1));
        // Offline is not an error: the changes wait.
        assert_eq!(
            status_after(Some(&core), &Err(SyncError::Offline)),
            SyncStatus::Offline
        );
        assert_eq!(
            status_after(Some(&core), &Err(SyncError::from_status(429))),
            SyncStatus::Error("sync-error-busy")
        );
    }

    #[test]
    fn statuses_map_to_errors_with_message_ids() {
        for (status, error, id) in [
            (403, SyncError::NoBackup, "sync-error-no-backup"),
            (410, SyncError::Compacted, "sync-error-server"),
            (413, SyncError::TooLarge, "sync-error-too-large"),
            (429, SyncError::Busy, "sync-error-busy"),
            (500, SyncError::Server(500), "sync-error-server"),
            (401, SyncError::Server(401), "sync-error-server"),
        ] {
            assert_eq!(SyncError::from_status(status), error);
            assert_eq!(error.message_id(), id);
        }
        let typo = SyncError::Crypto(RecoverySecret::from_code("0000").expect_err("too short"));
        assert_eq!(typo.message_id(), "error-sync-code-length");
        assert_eq!(typo.args().len(), 2, "found and expected");
    }
}
