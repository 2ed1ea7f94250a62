//! Start-up and shutdown: [`bind`] opens the store and the socket, [`Server::run`] serves until told to stop
//! and meanwhile deletes expired link shares every hour ([`purge_expired_shares`]).
//!
//! Split in two so callers learn the bound address (port 0 picks a free one) before serving starts.

use std::future::{Future, IntoFuture};
use std::io;
use std::net::SocketAddr;
use std::path::PathBuf;
use std::sync::Arc;
use std::time::Duration;

use axum::Router;
use tokio::net::TcpListener;
use tokio::sync::watch;

use crate::config::{Config, Limits};
use crate::error::report;
use crate::handlers::now_ms;
use crate::store::{self, Store, StoreError};
use crate::{AppState, app};

/// Why the server could not start or stopped with an error.
#[derive(Debug, thiserror::Error)]
pub enum ServerError {
    /// The data directory could not be created.
    #[error("cannot create the data directory {path}")]
    DataDir {
        /// The directory.
        path: PathBuf,
        /// Why not.
        #[source]
        source: io::Error,
    },
    /// The store could not be opened or migrated.
    #[error("cannot open the database")]
    Store(#[from] StoreError),
    /// The address could not be bound (in use, or not this machine's).
    #[error("cannot listen on {addr}")]
    Bind {
        /// The address asked for.
        addr: SocketAddr,
        /// Why not.
        #[source]
        source: io::Error,
    },
    /// Serving failed.
    #[error("serving failed")]
    Serve(#[source] io::Error),
}

/// A server that is bound and ready; call [`Server::run`] to serve.
pub struct Server {
    listener: TcpListener,
    local_addr: SocketAddr,
    router: Router,
    /// Kept to close it after the last request.
    store: Arc<dyn Store>,
    /// How long open requests may take after the shutdown signal.
    shutdown_grace: Duration,
}

/// Creates the data directory, opens and migrates the store, and binds the socket, with the default
/// [`Limits`].
pub async fn bind(config: Config) -> Result<Server, ServerError> {
    bind_with(config, Limits::default()).await
}

/// [`bind`] with the given limits (body sizes, rates, shutdown grace).
pub async fn bind_with(config: Config, limits: Limits) -> Result<Server, ServerError> {
    tokio::fs::create_dir_all(&config.data_dir)
        .await
        .map_err(|source| ServerError::DataDir {
            path: config.data_dir.clone(),
            source,
        })?;
    let url = config.database_url();
    // SQLite takes its durability setting from the limits; every other URL goes through `store::open`.
    let store: Arc<dyn Store> = if url.get(..7).is_some_and(|s| s.eq_ignore_ascii_case("sqlite:")) {
        Arc::new(store::SqliteStore::open_with(&url, limits.sqlite_synchronous).await?)
    } else {
        store::open(&url).await?
    };
    if !config.dist_dir.join("index.html").is_file() {
        tracing::warn!(
            dist = %config.dist_dir.display(),
            "no built app in the dist directory; pages answer 503 until it is built (cargo xtask serve)"
        );
    }
    let addr = config.socket_addr();
    let listener = TcpListener::bind(addr)
        .await
        .map_err(|source| ServerError::Bind { addr, source })?;
    let local_addr = listener
        .local_addr()
        .map_err(|source| ServerError::Bind { addr, source })?;
    let router = app(AppState::with_limits(
        Arc::clone(&store),
        &config.dist_dir,
        limits,
    ));
    Ok(Server {
        listener,
        local_addr,
        router,
        store,
        shutdown_grace: limits.shutdown_grace,
    })
}

impl Server {
    /// The address actually bound (with the OS-chosen port when 0 was asked for).
    pub fn local_addr(&self) -> SocketAddr {
        self.local_addr
    }

    /// Where the data lives: the database file, or the URL without its password.
    pub fn data_location(&self) -> String {
        self.store.location()
    }

    /// Serves until `shutdown` resolves, then stops accepting, lets open requests finish for up to the
    /// grace period ([`Limits::shutdown_grace`]; a stalled client must not keep the server up), and closes
    /// the store.
    pub async fn run(self, shutdown: impl Future<Output = ()> + Send + 'static) -> Result<(), ServerError> {
        tracing::info!(addr = %self.local_addr, "listening");
        let (signalled, mut on_signal) = watch::channel(false);
        let shutdown = async move {
            shutdown.await;
            // Nobody listening only means the grace timer below has already finished.
            let _ = signalled.send(true);
        };
        // Connection info gives the rate limiter the client's address for registrations.
        let service = self.router.into_make_service_with_connect_info::<SocketAddr>();
        let serving = axum::serve(self.listener, service)
            .with_graceful_shutdown(shutdown)
            .into_future();
        // Expired shares must not wait for an operator's `admin purge` (SHARES.md); the first run is now.
        let purging = tokio::spawn(purge_shares_every(Arc::clone(&self.store), SHARE_PURGE_PERIOD));
        let grace = self.shutdown_grace;
        let deadline = async move {
            if on_signal.wait_for(|signalled| *signalled).await.is_err() {
                // The sender is gone without a signal: serving ended on its own; let `serving` answer.
                std::future::pending::<()>().await;
            }
            tokio::time::sleep(grace).await;
        };
        let served = tokio::select! {
            served = serving => served,
            () = deadline => {
                tracing::warn!(grace_secs = grace.as_secs_f64(), "open requests did not finish in time; stopping anyway");
                Ok(())
            }
        };
        purging.abort();
        // Wait until it is gone, so no purge runs on a closing store; cancelled is the expected outcome.
        let _ = purging.await;
        self.store.close().await;
        served.map_err(ServerError::Serve)
    }
}

/// How often a running server deletes expired link shares.
pub const SHARE_PURGE_PERIOD: Duration = Duration::from_secs(60 * 60);

/// Deletes the link shares expired before `now_ms` with their access logs and proposals; returns how many.
/// The server's hourly job; `admin purge` does the same.
pub async fn purge_expired_shares(store: &dyn Store, now_ms: i64) -> Result<u64, StoreError> {
    let purged = store.purge_shares(now_ms).await?;
    if purged > 0 {
        tracing::info!(shares = purged, "expired shares deleted");
    }
    Ok(purged)
}

/// [`purge_expired_shares`] now and then every `period`, until the task is aborted. A failure is logged and
/// tried again next time.
async fn purge_shares_every(store: Arc<dyn Store>, period: Duration) {
    let mut ticks = tokio::time::interval(period);
    // After a suspended machine wakes up, one purge catches up; no burst of them.
    ticks.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Delay);
    loop {
        ticks.tick().await;
        if let Err(error) = purge_expired_shares(store.as_ref(), now_ms()).await {
            tracing::warn!(error = %report(&error), "purging expired shares failed; trying again later");
        }
    }
}
