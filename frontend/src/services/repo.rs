//! The repository: the one place where commands meet storage. It applies a command to the latest
//! booklet (pure, from the `booklet` crate), queues the write, and writes strictly in order, one
//! IndexedDB transaction per command. The UI learns of each commit through [`Action::Saved`].
//!
//! The code that applies commands and writes them is a lazily loaded part (`crate::lazy::write_part`), which
//! the app fetches right after the first screen. A command run before it is there (a tap on the first screen)
//! waits in the queue and is applied in its turn; later commands queue behind it, so order is kept.
//!
//! While backup and sync is on, each command is also recorded into the sync replica when it runs, and the
//! outbox is written in the command's own transaction; merges of other devices' changes go through the same
//! queue, so a command run meanwhile builds on the merged booklet.

use crate::error::StorageError;
use crate::services::storage::{Consent, LinkShare, Settings, Storage, SyncPut};
use crate::services::sync::{self, Core};
use crate::store::Action;
use booklet::{Author, Booklet, Command, CommandError, Context, Id, Removed, Timestamp};
use std::cell::{Cell, RefCell};
use std::collections::VecDeque;
use std::rc::Rc;
use yew::Callback;

/// A queued write.
enum Job {
    /// The booklet before and after one command, or a merge with other devices' changes.
    Write {
        old: Rc<Booklet>,
        new: Rc<Booklet>,
        merge: bool,
    },
    /// A command run before the code that applies it was loaded: applied when its turn comes. Boxed: a
    /// command can carry a whole goal.
    Command { command: Box<Command>, ctx: Context },
}

/// Owns the storage connection and the latest booklet.
pub struct Repo {
    storage: Storage,
    latest: RefCell<Rc<Booklet>>,
    queue: RefCell<VecDeque<Job>>,
    writing: Cell<bool>,
    notify: Callback<Action>,
    /// Backup and sync's state while it is on: each command is recorded into its replica when it runs.
    sync: RefCell<Option<Box<dyn Recorder>>>,
    /// Told of every recorded local change (the sync engine pushes shortly after).
    on_local_change: RefCell<Option<Callback<()>>>,
    /// Told of every committed write of the booklet, local or merged (live link shares re-upload).
    on_commit: RefCell<Option<Callback<Rc<Booklet>>>>,
}

impl Repo {
    /// Opens storage and reads the booklet. A new database starts with an empty booklet, stored with the
    /// first change (storage then writes every record, the schema version with them).
    pub async fn open(
        notify: Callback<Action>,
        language: &str,
    ) -> Result<(Rc<Repo>, Rc<Booklet>, Settings), StorageError> {
        let storage = Storage::open().await?;
        let (booklet, settings) = storage
            .load()
            .await?
            .unwrap_or_else(|| (Booklet::new(language), Settings::default()));
        let sync = open_sync(&storage, &booklet).await;
        let booklet = Rc::new(booklet);
        let repo = Rc::new(Repo {
            storage,
            latest: RefCell::new(booklet.clone()),
            queue: RefCell::default(),
            writing: Cell::new(false),
            notify,
            sync: RefCell::new(sync),
            on_local_change: RefCell::default(),
            on_commit: RefCell::default(),
        });
        Ok((repo, booklet, settings))
    }

    /// The latest booklet, including commands whose writes are still queued (but not commands waiting for
    /// the code that applies them).
    pub fn latest(&self) -> Rc<Booklet> {
        self.latest.borrow().clone()
    }

    /// Applies a command by the owner now, queues its write, and returns what a delete removed (for undo).
    pub fn run(self: &Rc<Self>, command: Command) -> Result<Option<Removed>, CommandError> {
        let ctx = Context {
            now: now(),
            author: Author::Owner,
        };
        self.run_in(command, &ctx)
    }

    /// Applies a command in a given context (an advisor's accepted proposal records the advisor as author)
    /// through the same path as the owner's own commands: stored, recorded for sync, undoable.
    ///
    /// Before the part that applies commands is loaded, the command is queued as it is and `Ok(None)`
    /// returned; a refusal is then reported through [`Action::Rejected`] when its turn comes.
    pub fn run_in(self: &Rc<Self>, command: Command, ctx: &Context) -> Result<Option<Removed>, CommandError> {
        let waiting = self
            .queue
            .borrow()
            .iter()
            .any(|job| matches!(job, Job::Command { .. }));
        let Some(write) = crate::lazy::writer().filter(|_| !waiting) else {
            self.queue.borrow_mut().push_back(Job::Command {
                command: Box::new(command),
                ctx: ctx.clone(),
            });
            self.kick();
            return Ok(None);
        };
        let old = self.latest();
        let applied = (write.apply)(&old, command, ctx)?;
        let new = Rc::new(applied.booklet);
        *self.latest.borrow_mut() = new.clone();
        self.record(&new);
        self.queue.borrow_mut().push_back(Job::Write {
            old,
            new,
            merge: false,
        });
        self.kick();
        Ok(applied.removed)
    }

    /// Replaces the whole booklet (import): one transaction that rewrites every record.
    pub async fn replace(self: &Rc<Self>, booklet: Booklet) -> Result<(), StorageError> {
        self.drain().await;
        self.record(&booklet);
        let outbox = self
            .sync
            .borrow()
            .as_ref()
            .map(|r| r.outbox_put())
            .unwrap_or_default();
        let write = crate::lazy::write_part()
            .await
            .map_err(|_| StorageError::Unloaded)?;
        (write.save)(&self.storage, None, &booklet, &outbox).await?;
        let booklet = Rc::new(booklet);
        *self.latest.borrow_mut() = booklet.clone();
        self.committed(&booklet);
        self.notify.emit(Action::Saved(booklet));
        Ok(())
    }

    /// Reads backup and sync's state (`None` while it is off).
    pub fn with_sync<R>(&self, f: impl FnOnce(Option<&Core>) -> R) -> R {
        f(self.sync.borrow().as_deref().map(Recorder::core))
    }

    /// Changes backup and sync's state; `None` while it is off.
    pub fn with_sync_mut<R>(&self, f: impl FnOnce(&mut Core) -> R) -> Option<R> {
        self.sync.borrow_mut().as_deref_mut().map(|r| f(r.core_mut()))
    }

    /// Sets who is told of each recorded local change.
    pub fn on_local_change(&self, callback: Callback<()>) {
        *self.on_local_change.borrow_mut() = Some(callback);
    }

    /// Sets who is told of each committed write of the booklet (with the booklet as stored).
    pub fn on_commit(&self, callback: Callback<Rc<Booklet>>) {
        *self.on_commit.borrow_mut() = Some(callback);
    }

    fn committed(&self, booklet: &Rc<Booklet>) {
        if let Some(callback) = self.on_commit.borrow().as_ref() {
            callback.emit(booklet.clone());
        }
    }

    /// Stores a link share (new or changed), with a consent-log entry in the same transaction if given, and
    /// tells the UI of the consent.
    pub async fn save_link(&self, link: &LinkShare, consent: Option<Consent>) -> Result<(), StorageError> {
        self.storage.put_link(link, consent.as_ref()).await?;
        if let Some(consent) = consent {
            self.notify.emit(Action::ConsentLogged(consent));
        }
        Ok(())
    }

    /// The consent log, oldest first.
    pub async fn consents(&self) -> Result<Vec<Consent>, StorageError> {
        self.storage.consents().await
    }

    /// Every link share made on this device, oldest first.
    pub async fn links(&self) -> Result<Vec<LinkShare>, StorageError> {
        self.storage.links().await
    }

    /// Stores sync values in their own transaction.
    pub async fn save_sync(&self, puts: &[SyncPut]) -> Result<(), StorageError> {
        self.storage.save_sync(puts).await
    }

    /// Turns sync on with a new space: the whole booklet as it is now goes into the outbox.
    pub async fn start_sync(&self, mut core: Core, wall_ms: u64) -> Result<(), StorageError> {
        core.record(&self.latest(), wall_ms);
        let puts = core.checkpoint();
        *self.sync.borrow_mut() = Some(Box::new(core));
        if let Err(e) = self.storage.save_sync(&puts).await {
            *self.sync.borrow_mut() = None;
            return Err(e);
        }
        Ok(())
    }

    /// Turns sync on with a space restored from the server: what is on this device is added to it, and the
    /// merged booklet is saved (with the sync state, in one transaction) and shown.
    pub async fn restore_sync(self: &Rc<Self>, mut core: Core, wall_ms: u64) -> Result<(), StorageError> {
        self.drain().await;
        core.merge_local(&self.latest(), wall_ms);
        *self.sync.borrow_mut() = Some(Box::new(core));
        self.merge_from_sync().await
    }

    /// Turns sync off and forgets its state on this device (the secret included).
    pub async fn stop_sync(&self) -> Result<(), StorageError> {
        *self.sync.borrow_mut() = None;
        self.storage.clear_sync().await
    }

    /// Saves what the replica now materialises (other devices' changes merged with ours) through the write
    /// queue, so commands run meanwhile build on it, and waits until it is stored. The replica checkpoint
    /// goes into the same transaction.
    pub async fn merge_from_sync(self: &Rc<Self>) -> Result<(), StorageError> {
        // Commands still waiting to be applied come first: the merge is computed from the replica, which
        // records them only once they are applied.
        self.drain().await;
        let Some(merged) = self.with_sync(|core| core.map(Core::booklet)) else {
            return Ok(());
        };
        let old = self.latest();
        if *old == merged {
            let puts = self.with_sync(|core| core.map(Core::checkpoint).unwrap_or_default());
            return self.storage.save_sync(&puts).await;
        }
        let new = Rc::new(merged);
        *self.latest.borrow_mut() = new.clone();
        self.queue.borrow_mut().push_back(Job::Write {
            old,
            new,
            merge: true,
        });
        self.kick();
        self.drain().await;
        Ok(())
    }

    /// Records a committed local change into the sync replica (when sync is on) and wakes the engine.
    fn record(&self, booklet: &Booklet) {
        let recorded = self
            .sync
            .borrow_mut()
            .as_deref_mut()
            .map(|r| r.record(booklet, sync::wall_ms()));
        if recorded.is_some_and(|n| n > 0)
            && let Some(callback) = self.on_local_change.borrow().as_ref()
        {
            callback.emit(());
        }
    }

    /// Stores the settings and tells the UI.
    pub async fn save_settings(&self, settings: Settings) -> Result<(), StorageError> {
        self.storage.save_settings(&settings).await?;
        self.notify.emit(Action::SettingsSaved(settings));
        Ok(())
    }

    /// Records a confirmed share in the consent log and tells the UI.
    pub async fn log_consent(&self, consent: Consent) -> Result<(), StorageError> {
        self.storage.add_consent(&consent).await?;
        self.notify.emit(Action::ConsentLogged(consent));
        Ok(())
    }

    /// Starts the writer if it is idle.
    fn kick(self: &Rc<Self>) {
        if self.writing.replace(true) {
            return;
        }
        let repo = self.clone();
        wasm_bindgen_futures::spawn_local(async move {
            repo.write_all().await;
            repo.writing.set(false);
        });
    }

    /// Waits until every queued write has committed (or failed).
    async fn drain(self: &Rc<Self>) {
        if !self.writing.get() {
            self.write_all().await;
        }
        while self.writing.get() || !self.queue.borrow().is_empty() {
            gloo_timers::future::TimeoutFuture::new(5).await;
        }
    }

    async fn write_all(self: &Rc<Self>) {
        loop {
            if self.queue.borrow().is_empty() {
                return;
            }
            // Loaded before the next job is taken, so that a waiting command is applied and its write
            // queued without a pause in which another command could overtake it.
            let write = crate::lazy::write_part().await;
            let Some(job) = self.queue.borrow_mut().pop_front() else {
                return;
            };
            let write = match write {
                Ok(write) => write,
                Err(_) => {
                    let old = match job {
                        Job::Write { old, .. } => old,
                        Job::Command { .. } => self.latest(),
                    };
                    self.failed(StorageError::Unloaded, old).await;
                    return;
                }
            };
            let (old, new, merge) = match job {
                Job::Write { old, new, merge } => (old, new, merge),
                Job::Command { command, ctx } => {
                    let old = self.latest();
                    match (write.apply)(&old, *command, &ctx) {
                        Ok(applied) => {
                            let new = Rc::new(applied.booklet);
                            *self.latest.borrow_mut() = new.clone();
                            self.record(&new);
                            (old, new, false)
                        }
                        Err(e) => {
                            // Nothing changed: only the refusal to report.
                            self.notify.emit(Action::Rejected(e.message_id()));
                            continue;
                        }
                    }
                }
            };
            // The sync values are taken now, not when the command ran: the latest outbox (or checkpoint) is
            // always right, and transactions commit in the order they are created.
            let puts = match self.sync.borrow().as_deref() {
                Some(recorder) if merge => recorder.checkpoint(),
                Some(recorder) => recorder.outbox_put(),
                None => Vec::new(),
            };
            let saved = (write.save)(&self.storage, Some(&old), &new, &puts).await;
            if saved.is_ok() {
                self.committed(&new);
            }
            match saved {
                Ok(()) if merge => self.notify.emit(Action::SyncMerged(new)),
                Ok(()) => self.notify.emit(Action::Saved(new)),
                Err(error) => {
                    self.failed(error, old).await;
                    return;
                }
            }
        }
    }

    /// A write failed (`old` is the booklet before it): later jobs were computed on top of it, so they are
    /// dropped, and the repository goes back to what storage really holds.
    async fn failed(&self, error: StorageError, old: Rc<Booklet>) {
        self.queue.borrow_mut().clear();
        let stored = match self.storage.load().await {
            Ok(Some((b, _))) => Rc::new(b),
            _ => old,
        };
        *self.latest.borrow_mut() = stored.clone();
        // The replica follows what is stored: the lost changes are undone there too.
        self.record(&stored);
        self.notify.emit(Action::SaveFailed {
            error,
            booklet: stored,
        });
    }
}

/// What the repository itself asks of backup and sync's state ([`Core`]). A trait object, so that the
/// replica and its cryptography stay in their lazily loaded part (`crate::lazy`) while sync is off: the
/// repository, which the first screen needs, reaches them only through this table.
pub trait Recorder {
    /// Records the booklet as it now is; the number of new operations.
    fn record(&mut self, booklet: &Booklet, wall_ms: u64) -> usize;
    /// The outbox, to store with a command's entries.
    fn outbox_put(&self) -> Vec<SyncPut>;
    /// The whole state, to store with a merge.
    fn checkpoint(&self) -> Vec<SyncPut>;
    /// The state itself, for the sync engine.
    fn core(&self) -> &Core;
    /// The state itself, for the sync engine.
    fn core_mut(&mut self) -> &mut Core;
}

/// Backup and sync's state as stored, brought up to date with the stored booklet by sync's part
/// ([`crate::lazy::OpenSync`]). `None` when sync is off; a damaged sync state, or sync's part failing to
/// load, is reported in the console and leaves sync off rather than keeping the booklet from opening.
async fn open_sync(storage: &Storage, booklet: &Booklet) -> Option<Box<dyn Recorder>> {
    let data = match storage.load_sync().await {
        Ok(Some(data)) => data,
        Ok(None) => return None,
        Err(e) => {
            web_sys::console::error_1(&format!("sync state unreadable, sync is off: {e}").into());
            return None;
        }
    };
    let Ok(part) = crate::lazy::sync_part().await else {
        web_sys::console::error_1(&"sync's code could not be loaded, sync is off for now".into());
        return None;
    };
    (part.open_sync)(storage, data, booklet).await
}

/// The current time from the browser's clock.
pub fn now() -> Timestamp {
    Timestamp::from_millis(js_sys::Date::now() as i64)
}

/// A fresh random id for a new entry, from the browser's cryptographic random source.
pub fn new_id() -> Id {
    let mut bytes = [0u8; 16];
    let crypto = web_sys::window()
        .and_then(|w| w.crypto().ok())
        .expect("browsers with wasm have crypto");
    crypto
        .get_random_values_with_u8_array(&mut bytes)
        .expect("16 random bytes are within the quota");
    Id::from_bytes(bytes)
}
