//! Hooks that give components the language and the app's intents, so components never reach for
//! storage or global state themselves.

use crate::services::repo::Repo;
use crate::services::sync::{Engine, SyncError};
use crate::store::{Action, AppState, Undo};
use booklet::sync::crypto::RecoverySecret;
use booklet::{Command, Removed};
use i18n::Localizer;
use std::rc::Rc;
use yew::prelude::*;

/// The repository, compared by identity so it can live in a context.
#[derive(Clone)]
pub struct RepoHandle(pub Rc<Repo>);

impl PartialEq for RepoHandle {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.0, &other.0)
    }
}

/// The sync engine, compared by identity so it can live in a context.
#[derive(Clone)]
pub struct SyncHandle(pub Rc<Engine>);

impl PartialEq for SyncHandle {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.0, &other.0)
    }
}

/// Whether the language on screen has all its messages: the first screen needs only the first of its two
/// files, the lazily loaded screens both (`services::locales`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct AllMessages(pub bool);

/// What components get from `use_app()`: the state and intent methods.
#[derive(Clone, PartialEq)]
pub struct AppHandle {
    /// The state (read it, don't keep it).
    pub state: UseReducerHandle<AppState>,
    /// The repository, once storage is open.
    pub repo: Option<RepoHandle>,
    /// Backup and sync, once storage is open.
    pub sync: Option<SyncHandle>,
}

/// Running commands, without the state: what [`use_runner`] gives. It changes only when storage opens, so a
/// component that shows one entry and changes it does not re-render with every change elsewhere (a list of
/// many such components stays cheap).
#[derive(Clone, PartialEq)]
pub struct Runner {
    repo: Option<RepoHandle>,
    dispatcher: UseReducerDispatcher<AppState>,
}

impl Runner {
    /// Runs a command by the owner. Validation errors are shown in the banner; `None` on error, else what a
    /// delete removed.
    pub fn run(&self, command: Command) -> Option<Option<Removed>> {
        let Some(repo) = &self.repo else {
            self.dispatcher.dispatch(Action::Rejected("storage-error-open"));
            return None;
        };
        match repo.0.run(command) {
            Ok(applied) => Some(applied),
            Err(e) => {
                self.dispatcher.dispatch(Action::Rejected(e.message_id()));
                None
            }
        }
    }

    /// Runs a delete and offers to undo it with a toast saying `message_id`.
    pub fn delete(&self, command: Command, message_id: &'static str) {
        if let Some(Some(removed)) = self.run(command) {
            self.dispatcher.dispatch(Action::OfferUndo(Rc::new(Undo {
                message_id,
                command: std::cell::Cell::new(Some(removed.undo())),
            })));
        }
    }
}

impl AppHandle {
    /// The command runner of this app (see [`Runner`]).
    pub fn runner(&self) -> Runner {
        Runner {
            repo: self.repo.clone(),
            dispatcher: self.state.dispatcher(),
        }
    }

    /// Runs a command by the owner, see [`Runner::run`].
    pub fn run(&self, command: Command) -> Option<Option<Removed>> {
        self.runner().run(command)
    }

    /// Runs a delete and offers to undo it, see [`Runner::delete`].
    pub fn delete(&self, command: Command, message_id: &'static str) {
        self.runner().delete(command, message_id);
    }

    /// Turns backup and sync on; the secret's recovery code must be shown to the owner once.
    pub async fn turn_sync_on(&self) -> Result<RecoverySecret, SyncError> {
        self.engine()?.turn_on().await
    }

    /// Turns backup and sync off, with or without deleting the backup on the server.
    pub async fn turn_sync_off(&self, delete_backup: bool) -> Result<(), SyncError> {
        self.engine()?.turn_off(delete_backup).await
    }

    /// Restores from the backup of a recovery secret and turns sync on with it.
    pub async fn restore_backup(&self, secret: RecoverySecret) -> Result<(), SyncError> {
        self.engine()?.restore(secret).await
    }

    /// Syncs now rather than at the next occasion.
    pub fn sync_now(&self) {
        if let Some(sync) = &self.sync {
            sync.0.sync_now();
        }
    }

    fn engine(&self) -> Result<Rc<Engine>, SyncError> {
        self.sync
            .as_ref()
            .map(|s| s.0.clone())
            .ok_or(SyncError::Storage(crate::error::StorageError::Open))
    }

    /// Dispatches a state action directly (banners, toasts).
    pub fn dispatch(&self, action: Action) {
        self.state.dispatch(action);
    }
}

/// The current language.
#[hook]
pub fn use_t() -> Localizer {
    use_context::<Localizer>().expect("the app provides a Localizer")
}

/// The app state and its intents.
#[hook]
pub fn use_app() -> AppHandle {
    use_context::<AppHandle>().expect("the app provides an AppHandle")
}

/// Running commands, for components that do not read the state (see [`Runner`]).
#[hook]
pub fn use_runner() -> Runner {
    use_context::<Runner>().expect("the app provides a Runner")
}
