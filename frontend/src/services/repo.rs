//! The repository: the one place where commands meet storage. It applies a command to the latest
//! booklet (pure, from the `booklet` crate), queues the write, and writes strictly in order, one
//! IndexedDB transaction per command. The UI learns of each commit through [`Action::Saved`].

use crate::error::StorageError;
use crate::services::storage::{Consent, Settings, Storage};
use crate::store::Action;
use booklet::{Author, Booklet, Command, CommandError, Context, Id, Removed, Timestamp};
use std::cell::{Cell, RefCell};
use std::collections::VecDeque;
use std::rc::Rc;
use yew::Callback;

/// A queued write: the booklet before and after one command.
struct Job {
    old: Rc<Booklet>,
    new: Rc<Booklet>,
}

/// Owns the storage connection and the latest booklet.
pub struct Repo {
    storage: Storage,
    latest: RefCell<Rc<Booklet>>,
    queue: RefCell<VecDeque<Job>>,
    writing: Cell<bool>,
    notify: Callback<Action>,
}

impl Repo {
    /// Opens storage and reads the booklet. A new database starts with an empty booklet, saved at once so
    /// that the schema version is recorded.
    pub async fn open(
        notify: Callback<Action>,
        language: &str,
    ) -> Result<(Rc<Repo>, Rc<Booklet>, Settings, Vec<Consent>), StorageError> {
        let storage = Storage::open().await?;
        let (booklet, settings) = match storage.load().await? {
            Some(found) => found,
            None => {
                let fresh = Booklet::new(language);
                storage.save(None, &fresh).await?;
                (fresh, Settings::default())
            }
        };
        let consents = storage.consents().await?;
        let booklet = Rc::new(booklet);
        let repo = Rc::new(Repo {
            storage,
            latest: RefCell::new(booklet.clone()),
            queue: RefCell::default(),
            writing: Cell::new(false),
            notify,
        });
        Ok((repo, booklet, settings, consents))
    }

    /// The latest booklet, including commands whose writes are still queued.
    pub fn latest(&self) -> Rc<Booklet> {
        self.latest.borrow().clone()
    }

    /// Applies a command by the owner now, queues its write, and returns what a delete removed (for undo).
    pub fn run(self: &Rc<Self>, command: Command) -> Result<Option<Removed>, CommandError> {
        let ctx = Context {
            now: now(),
            author: Author::Owner,
        };
        let old = self.latest();
        let applied = booklet::apply(&old, command, &ctx)?;
        let new = Rc::new(applied.booklet);
        *self.latest.borrow_mut() = new.clone();
        self.queue.borrow_mut().push_back(Job { old, new });
        self.notify.emit(Action::Queued);
        self.kick();
        Ok(applied.removed)
    }

    /// Replaces the whole booklet (import): one transaction that rewrites every record.
    pub async fn replace(self: &Rc<Self>, booklet: Booklet) -> Result<(), StorageError> {
        self.drain().await;
        self.storage.save(None, &booklet).await?;
        let booklet = Rc::new(booklet);
        *self.latest.borrow_mut() = booklet.clone();
        self.notify.emit(Action::Saved(booklet));
        Ok(())
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
            let Some(job) = self.queue.borrow_mut().pop_front() else {
                return;
            };
            match self.storage.save(Some(&job.old), &job.new).await {
                Ok(()) => self.notify.emit(Action::Saved(job.new)),
                Err(error) => {
                    // Later jobs were computed on top of the failed one: drop them and go back to what
                    // storage really holds.
                    self.queue.borrow_mut().clear();
                    let stored = match self.storage.load().await {
                        Ok(Some((b, _))) => Rc::new(b),
                        _ => job.old.clone(),
                    };
                    *self.latest.borrow_mut() = stored.clone();
                    self.notify.emit(Action::SaveFailed {
                        error,
                        booklet: stored,
                    });
                    return;
                }
            }
        }
    }
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
