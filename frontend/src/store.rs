//! The app's state and its reducer: a plain function of (state, action), tested natively.
//!
//! The booklet in the state is always the *saved* one: the repository applies a command, writes it to
//! IndexedDB, and only then dispatches [`Action::Saved`]. So what the UI shows as saved is saved.

use crate::error::StorageError;
use crate::services::links::LinksView;
use crate::services::storage::{Consent, Settings};
use booklet::{Booklet, Command};
use std::rc::Rc;

/// Where start-up stands.
#[derive(Clone, Debug, PartialEq)]
pub enum Phase {
    /// Reading the booklet from IndexedDB.
    Loading,
    /// The booklet is loaded (or new) and editable.
    Ready,
    /// Storage cannot be used at all in this browser; nothing can be kept.
    Unavailable(StorageError),
}

/// What "undo" would do, offered for a while after a delete. Shared, never copied: the state is cloned on
/// every action, and the command can hold a whole goal.
pub struct Undo {
    /// The message id of the toast ("Goal deleted").
    pub message_id: &'static str,
    /// The command that puts the entry back where it was; taken when it runs, so it runs once.
    pub command: std::cell::Cell<Option<Command>>,
}

impl std::fmt::Debug for Undo {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Undo")
            .field("message_id", &self.message_id)
            .finish_non_exhaustive()
    }
}

impl PartialEq for Undo {
    /// The same offer, not an equal one: a second delete of an equal entry is a new offer.
    fn eq(&self, other: &Self) -> bool {
        std::ptr::eq(self, other)
    }
}

/// Where backup and sync stands, as the status line and the header's sign show it.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum SyncStatus {
    /// Sync is not turned on.
    #[default]
    Off,
    /// Everything recorded here is on the server, and the last pull succeeded.
    Synced,
    /// This many local changes wait to be pushed (a round is due or running).
    Pending(u32),
    /// The server cannot be reached; changes are kept and sent later. Not an error.
    Offline,
    /// The last round failed; carries the message id.
    Error(&'static str),
}

impl SyncStatus {
    /// The machine-readable name (`data-sync-state`): `off`, `synced`, `pending`, `offline` or `error`.
    pub fn name(&self) -> &'static str {
        match self {
            SyncStatus::Off => "off",
            SyncStatus::Synced => "synced",
            SyncStatus::Pending(_) => "pending",
            SyncStatus::Offline => "offline",
            SyncStatus::Error(_) => "error",
        }
    }
}

/// The whole UI state.
#[derive(Clone, Debug, PartialEq)]
pub struct AppState {
    /// Start-up phase.
    pub phase: Phase,
    /// The saved booklet.
    pub booklet: Rc<Booklet>,
    /// This device's settings.
    pub settings: Settings,
    /// The consent log (shares made from this device), oldest first; `None` until Settings, the one screen
    /// that lists it, has read it (the first screen does without it).
    pub consents: Option<Rc<Vec<Consent>>>,
    /// The message id of an error to show until dismissed.
    pub error: Option<&'static str>,
    /// The last delete, undoable.
    pub undo: Option<Rc<Undo>>,
    /// A new version of the app is installed and waits for the user's confirmation.
    pub update_ready: bool,
    /// Backup and sync.
    pub sync: SyncStatus,
    /// Link shares made here: their state, access logs and waiting proposals.
    pub links: Rc<LinksView>,
}

impl Default for AppState {
    fn default() -> Self {
        Self {
            phase: Phase::Loading,
            booklet: Rc::new(Booklet::new("")),
            settings: Settings::default(),
            consents: None,
            error: None,
            undo: None,
            update_ready: false,
            sync: SyncStatus::Off,
            links: Rc::default(),
        }
    }
}

/// Everything that changes the state.
#[derive(Clone, Debug, PartialEq)]
pub enum Action {
    /// Start-up read the booklet (a new, empty one when the database was empty).
    Loaded {
        /// The booklet read.
        booklet: Rc<Booklet>,
        /// The settings read.
        settings: Settings,
    },
    /// The consent log was read.
    ConsentsRead(Rc<Vec<Consent>>),
    /// A share was confirmed and logged.
    ConsentLogged(Consent),
    /// Storage cannot be opened.
    Unavailable(StorageError),
    /// A write committed; this is the booklet as stored now.
    Saved(Rc<Booklet>),
    /// A command was rejected by the domain (validation); carries the message id.
    Rejected(&'static str),
    /// A write failed; the booklet is what storage still holds.
    SaveFailed {
        /// Why.
        error: StorageError,
        /// The booklet as stored.
        booklet: Rc<Booklet>,
    },
    /// Offer to undo a delete.
    OfferUndo(Rc<Undo>),
    /// The undo offer ended (used or timed out).
    ClearUndo,
    /// The user closed the error banner.
    DismissError,
    /// Settings were stored.
    SettingsSaved(Settings),
    /// A new app version is ready to switch to.
    UpdateReady,
    /// A merge with other devices' changes was written; this is the booklet as stored now. The merge went
    /// through the same write queue, so it already contains every local command run before it.
    SyncMerged(Rc<Booklet>),
    /// Backup and sync's status changed.
    Sync(SyncStatus),
    /// What is known about link shares changed.
    Links(Rc<LinksView>),
}

/// The reducer.
pub fn apply(state: &AppState, action: Action) -> AppState {
    let mut next = state.clone();
    match action {
        Action::Loaded { booklet, settings } => {
            next.phase = Phase::Ready;
            next.booklet = booklet;
            next.settings = settings;
        }
        Action::ConsentsRead(consents) => next.consents = Some(consents),
        // Not read yet: reading it later finds this one in storage too.
        Action::ConsentLogged(consent) => {
            if let Some(consents) = &next.consents {
                let mut log = (**consents).clone();
                log.push(consent);
                next.consents = Some(Rc::new(log));
            }
        }
        Action::Unavailable(error) => next.phase = Phase::Unavailable(error),
        Action::Saved(booklet) => next.booklet = booklet,
        Action::Rejected(message_id) => next.error = Some(message_id),
        Action::SaveFailed { error, booklet } => {
            next.booklet = booklet;
            next.error = Some(error.message_id());
        }
        Action::OfferUndo(undo) => next.undo = Some(undo),
        Action::ClearUndo => next.undo = None,
        Action::DismissError => next.error = None,
        Action::SettingsSaved(settings) => next.settings = settings,
        Action::UpdateReady => next.update_ready = true,
        Action::SyncMerged(booklet) => next.booklet = booklet,
        Action::Sync(status) => next.sync = status,
        Action::Links(view) => next.links = view,
    }
    next
}

impl yew::Reducible for AppState {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        Rc::new(apply(&self, action))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn loading_then_ready() {
        let state = AppState::default();
        assert_eq!(state.phase, Phase::Loading);
        let loaded = apply(
            &state,
            Action::Loaded {
                booklet: Rc::new(Booklet::new("")),
                settings: Settings::default(),
            },
        );
        assert_eq!(loaded.phase, Phase::Ready);
    }

    #[test]
    fn the_consent_log_is_extended_once_read() {
        let consent = Consent {
            at: booklet::Timestamp::from_millis(1_790_000_000_000),
            until: booklet::Date::from_ymd(2026, 12, 1).expect("a date"),
            recipient: "VHS".into(),
            channel: "offline-qr".into(),
            counts: [1, 0, 0, 0],
        };
        let unread = apply(&AppState::default(), Action::ConsentLogged(consent.clone()));
        assert_eq!(
            unread.consents, None,
            "reading it later finds the new one in storage"
        );
        let read = apply(&unread, Action::ConsentsRead(Rc::default()));
        let logged = apply(&read, Action::ConsentLogged(consent.clone()));
        assert_eq!(
            logged.consents.as_deref().map(Vec::as_slice),
            Some(&[consent][..])
        );
    }

    #[test]
    fn the_shown_booklet_is_the_saved_one() {
        let mut saved = Booklet::new("de");
        saved.profile.display_name = "Amal".into();
        let state = apply(&AppState::default(), Action::Saved(Rc::new(saved.clone())));
        assert_eq!(*state.booklet, saved);
    }

    #[test]
    fn a_failed_write_shows_its_message_and_the_stored_booklet() {
        let failed = apply(
            &AppState::default(),
            Action::SaveFailed {
                error: StorageError::Write { quota: true },
                booklet: Rc::new(Booklet::new("")),
            },
        );
        assert_eq!(failed.error, Some("storage-error-quota"));
        assert_eq!(apply(&failed, Action::DismissError).error, None);
    }

    #[test]
    fn a_merge_replaces_the_booklet_and_ends_its_queued_write() {
        let mut merged = Booklet::new("ar");
        merged.profile.display_name = "Amal".into();
        let state = apply(&AppState::default(), Action::SyncMerged(Rc::new(merged.clone())));
        assert_eq!(*state.booklet, merged);
    }

    #[test]
    fn sync_status_has_a_machine_readable_name() {
        let mut state = AppState::default();
        assert_eq!(state.sync.name(), "off");
        for (status, name) in [
            (SyncStatus::Pending(3), "pending"),
            (SyncStatus::Synced, "synced"),
            (SyncStatus::Offline, "offline"),
            (SyncStatus::Error("sync-error-server"), "error"),
            (SyncStatus::Off, "off"),
        ] {
            state = apply(&state, Action::Sync(status));
            assert_eq!(state.sync, status);
            assert_eq!(state.sync.name(), name);
        }
    }

    #[test]
    fn link_shares_replace_what_was_known() {
        let view = LinksView::default();
        let state = apply(&AppState::default(), Action::Links(Rc::new(view.clone())));
        assert_eq!(*state.links, view);
    }

    #[test]
    fn storage_unavailable_is_a_phase() {
        let state = apply(&AppState::default(), Action::Unavailable(StorageError::Open));
        assert_eq!(state.phase, Phase::Unavailable(StorageError::Open));
    }
}
