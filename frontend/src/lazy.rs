//! Code that the first screen does not need, loaded when it is first used.
//!
//! The first load is what a new user on a cheap phone and a slow connection waits for, so it carries only
//! the frame, Home and what Home needs. Every other screen, and the sharing and sync machinery, sits behind
//! a split point here: `cargo xtask dist` cuts the linked wasm at these functions into a first-load module
//! and a few lazily loaded ones (`wasm_split_cli_support`, which follows the linker's relocations), and
//! `#[wasm_split]` makes each of them `async`: the first call fetches and instantiates its module, later
//! calls are direct. The service worker precaches every module, so offline nothing changes and a tap on a
//! later visit does not wait for the network.
//!
//! Natively (tests) the split functions are plain calls.
#![allow(unsafe_code)] // the split-point macro links its import and export by symbol name

use crate::error::StorageError;
use crate::hooks::{AllMessages, SyncHandle, use_t};
use crate::route::Route;
use crate::services::links::LinksHandle;
use crate::services::repo::{Recorder, Repo};
use crate::services::storage::{Storage, SyncData, SyncPut};
use crate::store::Action;
use booklet::{Applied, Booklet, Command, CommandError, Context};
use futures::future::LocalBoxFuture;
use std::cell::Cell;
use std::rc::Rc;
use wasm_bindgen_futures::spawn_local;
use yew::prelude::*;

/// Renders what a lazily loaded part shows.
pub type Render = fn(Show) -> Html;

/// Turns the stored sync state into what the repository records into, brought up to date with the stored
/// booklet (`None` if there is none or it is damaged).
pub type OpenSync =
    for<'a> fn(&'a Storage, SyncData, &'a Booklet) -> LocalBoxFuture<'a, Option<Box<dyn Recorder>>>;

/// What a lazily loaded part can show.
#[derive(Clone, Debug, PartialEq)]
pub enum Show {
    /// A page.
    Page(Route),
    /// A scanned share (its whole URL) in the read-only viewer.
    Viewer(String),
    /// The inbox of advisors' proposals on Home.
    Inbox,
}

/// The lazily loaded parts, each a group of screens used together.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Part {
    /// Goals, contacts, appointments, profile, settings (with the sync card), print.
    Booklet,
    /// Sharing by QR, scanning, and the viewer of a scanned share.
    Share,
    /// The list of link shares, the link reader, proposals and the advisor's pages.
    Links,
    /// The link-share engine (live uploads, fetching proposals) and the proposals inbox on Home.
    LinkEngine,
    /// Backup and sync's engine and restoring from a backup.
    Sync,
}

impl Part {
    const COUNT: usize = 5;

    /// The part that renders `route`, or `None` for the screens of the first load.
    pub fn of(route: &Route) -> Option<Part> {
        Some(match route {
            Route::Home | Route::NotFound => return None,
            Route::Goal { .. }
            | Route::AddGoal
            | Route::Contacts
            | Route::Appointments
            | Route::SideBySide { .. }
            | Route::Profile
            | Route::Settings
            | Route::Print => Part::Booklet,
            Route::Share | Route::Scan => Part::Share,
            Route::Links | Route::Link | Route::Advisor => Part::Links,
            Route::Restore => Part::Sync,
        })
    }
}

/// A part could not be fetched (offline before the service worker had it, or the server is gone).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct LoadError;

#[cfg(feature = "split")]
impl From<wasm_split_helpers::SplitLoaderError> for LoadError {
    fn from(_: wasm_split_helpers::SplitLoaderError) -> Self {
        LoadError
    }
}

#[cfg(feature = "split")]
impl From<wasm_split_helpers::SplitLoaderError> for StorageError {
    fn from(_: wasm_split_helpers::SplitLoaderError) -> Self {
        StorageError::Read
    }
}

/// Declares a split point: with the `split` feature (the release build, `cargo xtask dist`) a
/// `#[wasm_split]` function whose module is fetched on the first call; without it (tests, which link one
/// module) the same `async fn`, calling straight through.
macro_rules! split_point {
    ($(#[$meta:meta])* $module:ident: $vis:vis fn $name:ident($($arg:ident: $ty:ty),*) -> $ret:ty $body:block) => {
        #[cfg(feature = "split")]
        $(#[$meta])*
        #[wasm_split_helpers::wasm_split($module, fallible)]
        $vis fn $name($($arg: $ty),*) -> $ret $body

        #[cfg(not(feature = "split"))]
        $(#[$meta])*
        #[allow(clippy::unused_async)]
        $vis async fn $name($($arg: $ty),*) -> $ret $body
    };
}

/// The link-share engine's part.
pub struct LinksApi {
    /// Renders the proposals inbox.
    pub render: Render,
    /// Starts the link-share engine over an open repository.
    pub start: fn(Rc<Repo>, Callback<Action>) -> LinksHandle,
}

/// What backup and sync's part offers besides its screen.
pub struct SyncApi {
    /// Renders the restore page.
    pub render: Render,
    /// Reads the stored sync state into what the repository records into.
    pub open_sync: OpenSync,
    /// Starts the sync engine over an open repository.
    pub start: fn(Rc<Repo>, Callback<Action>) -> SyncHandle,
}

/// Changing the booklet: applying commands and writing them. Home shows the booklet without it; the first
/// change waits for it (`services::repo` queues a command run before it is here).
pub struct WriteApi {
    /// Applies a command ([`booklet::apply`]).
    pub apply: fn(&Booklet, Command, &Context) -> Result<Applied, CommandError>,
    /// Writes the difference between two booklets, with sync's values, in one transaction
    /// ([`Storage::save_with_sync`]).
    pub save: Save,
}

/// See [`WriteApi::save`].
pub type Save = for<'a> fn(
    &'a Storage,
    Option<&'a Booklet>,
    &'a Booklet,
    &'a [SyncPut],
) -> LocalBoxFuture<'a, Result<(), StorageError>>;

static WRITE: WriteApi = WriteApi {
    apply: booklet::apply,
    save: save_with_sync,
};

fn save_with_sync<'a>(
    storage: &'a Storage,
    old: Option<&'a Booklet>,
    new: &'a Booklet,
    sync: &'a [SyncPut],
) -> LocalBoxFuture<'a, Result<(), StorageError>> {
    Box::pin(storage.save_with_sync(old, new, sync))
}

static LINKS: LinksApi = LinksApi {
    render: crate::pages::render_inbox,
    start: |repo, notify| LinksHandle(crate::services::links::Links::start(repo, notify)),
};

static SYNC: SyncApi = SyncApi {
    render: crate::pages::render_sync,
    open_sync: crate::services::sync::core::open_recorder,
    start: |repo, notify| SyncHandle(crate::services::sync::Engine::start(repo, notify)),
};

split_point! {
    booklet: fn booklet_part() -> Result<Render, LoadError> {
        Ok(crate::pages::render_booklet)
    }
}

split_point! {
    share: fn share_part() -> Result<Render, LoadError> {
        Ok(crate::pages::render_share)
    }
}

split_point! {
    links: fn links_pages_part() -> Result<Render, LoadError> {
        Ok(crate::pages::render_links)
    }
}

split_point! {
    link_engine: fn links_split() -> Result<&'static LinksApi, LoadError> {
        Ok(&LINKS)
    }
}

split_point! {
    sync: fn sync_split() -> Result<&'static SyncApi, LoadError> {
        Ok(&SYNC)
    }
}

split_point! {
    write: fn write_split() -> Result<&'static WriteApi, LoadError> {
        Ok(&WRITE)
    }
}

split_point! {
    /// Reads (migrating forward) a booklet stored as JSON records by an older version, see
    /// [`booklet::load_json_records`].
    migrate: pub fn migrate_json(schema: u32, profile: String, sections: [Vec<String>; 3]) -> Result<booklet::Booklet, StorageError> {
        let [goals, contacts, appointments] = &sections;
        booklet::load_json_records(schema, &profile, [goals, contacts, appointments])
            .map_err(|e| StorageError::Invalid(e.message_id()))
    }
}

thread_local! {
    static RENDER: Cell<[Option<Render>; Part::COUNT]> = const { Cell::new([None; Part::COUNT]) };
    static WRITER: Cell<Option<&'static WriteApi>> = const { Cell::new(None) };
}

/// The part that changes the booklet, if it has been loaded.
pub fn writer() -> Option<&'static WriteApi> {
    WRITER.with(Cell::get)
}

/// The part that changes the booklet (loaded on the first call).
pub async fn write_part() -> Result<&'static WriteApi, LoadError> {
    if let Some(write) = writer() {
        return Ok(write);
    }
    let write = write_split().await?;
    WRITER.with(|w| w.set(Some(write)));
    Ok(write)
}

/// The part's renderer if it has been loaded.
fn loaded(part: Part) -> Option<Render> {
    RENDER.with(|r| r.get()[part as usize])
}

/// The link-share engine's part (loaded on the first call).
pub async fn links_part() -> Result<&'static LinksApi, LoadError> {
    links_split().await
}

/// Backup and sync's part (loaded on the first call).
pub async fn sync_part() -> Result<&'static SyncApi, LoadError> {
    sync_split().await
}

/// Loads a part (once; later calls return at once) and returns its renderer. The booklet's screens get the
/// part that changes the booklet with them, so that a delete can offer its undo and a form its refusal at
/// once; the others (a scanned share, an advisor reading a link) do not need it, and a command run from them
/// meanwhile waits in the repository's queue.
pub async fn load(part: Part) -> Result<Render, LoadError> {
    if let Some(render) = loaded(part) {
        return Ok(render);
    }
    if part == Part::Booklet {
        write_part().await?;
    }
    let render = match part {
        Part::Booklet => booklet_part().await?,
        Part::Share => share_part().await?,
        Part::Links => links_pages_part().await?,
        Part::LinkEngine => links_part().await?.render,
        Part::Sync => sync_part().await?.render,
    };
    RENDER.with(|r| {
        let mut all = r.get();
        all[part as usize] = Some(render);
        r.set(all);
    });
    Ok(render)
}

/// Props of [`LazyPage`].
#[derive(Properties, PartialEq, Clone)]
pub struct LazyPageProps {
    /// What to show.
    pub show: Show,
    /// The part that shows it.
    pub part: Part,
    /// Shows nothing until the part is there, nor if it fails (for additions to a page, not pages).
    #[prop_or_default]
    pub quiet: bool,
}

/// A page from a lazily loaded part: the page itself once its part is there, until then a status line,
/// and if it cannot be fetched a message with a way to try again.
#[function_component]
pub fn LazyPage(props: &LazyPageProps) -> Html {
    let t = use_t();
    let update = use_force_update();
    let failed = use_state(|| false);
    let attempt = use_state(|| 0_u32);
    // The part's screens speak with messages from the language's second file.
    let all_messages = use_context::<AllMessages>().is_none_or(|a| a.0);
    let render = loaded(props.part).filter(|_| all_messages);
    {
        let failed = failed.clone();
        use_effect_with(
            (props.part, *attempt, render.is_some()),
            move |(part, _, ready)| {
                if !*ready {
                    let part = *part;
                    spawn_local(async move {
                        match load(part).await {
                            Ok(_) => {
                                failed.set(false);
                                update.force_update();
                            }
                            Err(LoadError) => failed.set(true),
                        }
                    });
                }
            },
        );
    }
    if let Some(render) = render {
        return render(props.show.clone());
    }
    if props.quiet {
        return html! {};
    }
    if *failed {
        let retry = {
            let attempt = attempt.clone();
            let failed = failed.clone();
            Callback::from(move |_| {
                failed.set(false);
                attempt.set(*attempt + 1);
            })
        };
        return html! {
            <section class="card" data-page="load-failed" role="alert">
                <p>{ t.text("part-load-failed") }</p>
                <button type="button" onclick={retry}>{ t.text("action-try-again") }</button>
            </section>
        };
    }
    html! {
        <div class="boot-spinner" role="status" aria-busy="true">
            <span class="visually-hidden">{ t.text("loading") }</span>
        </div>
    }
}
