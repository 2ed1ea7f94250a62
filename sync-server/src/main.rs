//! The `sync-server` binary: parses the command line, sets up logging and runs the chosen command.

use anyhow::Context;
use clap::Parser;
use sync_server::config::AdminArgs;
use sync_server::{AdminCommand, Cli, Command, Config, Limits, admin};
use tracing_subscriber::EnvFilter;

#[tokio::main]
async fn main() -> anyhow::Result<()> {
    init_tracing();
    match Cli::parse().into_command() {
        Command::Serve(args) => {
            let limits = args.limits();
            serve(args.into(), limits).await
        }
        Command::Admin(args) => run_admin(args).await,
    }
}

/// Logs go to stderr so that stdout carries only the two start-up lines people (and scripts) look for.
fn init_tracing() {
    let filter = EnvFilter::try_from_default_env().unwrap_or_else(|_| EnvFilter::new("info"));
    tracing_subscriber::fmt()
        .with_env_filter(filter)
        .with_writer(std::io::stderr)
        .init();
}

async fn serve(config: Config, limits: Limits) -> anyhow::Result<()> {
    let server = sync_server::bind_with(config, limits)
        .await
        .context("could not start the server")?;
    println!("Begleitheft is running at http://{}/", server.local_addr());
    println!("data: {}", server.data_location());
    server.run(shutdown_signal()).await.context("the server failed")?;
    tracing::info!("server stopped cleanly");
    Ok(())
}

/// Runs one admin command and prints its result on stdout.
async fn run_admin(args: AdminArgs) -> anyhow::Result<()> {
    let config = Config::from(args.command.store().clone());
    match args.command {
        AdminCommand::Stats { .. } => {
            let stats = admin::stats(&config).await.context("admin stats failed")?;
            print!("{}", admin::format_stats(&stats));
        }
        AdminCommand::Purge { idle_days, .. } => {
            let report = admin::purge(&config, idle_days, now_ms()?)
                .await
                .context("admin purge failed")?;
            print!("{}", admin::format_purge(&report, idle_days));
        }
        AdminCommand::CreateAdvisor {
            email,
            name,
            organisation,
            ..
        } => {
            // Only the first line: the password never appears in the process list or shell history.
            let mut password = String::new();
            std::io::stdin()
                .read_line(&mut password)
                .context("cannot read the password from standard input")?;
            let password = password.trim_end_matches(['\r', '\n']);
            let id = admin::create_advisor(&config, &email, &name, &organisation, password, now_ms()?)
                .await
                .context("admin create-advisor failed")?;
            println!("advisor account {id} created for {}", email.trim());
        }
    }
    Ok(())
}

/// Wall-clock milliseconds since the Unix epoch.
fn now_ms() -> anyhow::Result<i64> {
    let now_ms = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .context("the system clock is before 1970")?
        .as_millis();
    i64::try_from(now_ms).context("the system clock is out of range")
}

/// Resolves on Ctrl-C or, on Unix, SIGTERM (what `docker stop` and systemd send).
async fn shutdown_signal() {
    let ctrl_c = async {
        if let Err(error) = tokio::signal::ctrl_c().await {
            tracing::error!(%error, "cannot listen for Ctrl-C");
            std::future::pending::<()>().await;
        }
    };
    #[cfg(unix)]
    let terminate = async {
        match tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()) {
            Ok(mut signal) => {
                signal.recv().await;
            }
            Err(error) => {
                tracing::error!(%error, "cannot listen for SIGTERM");
                std::future::pending::<()>().await;
            }
        }
    };
    #[cfg(not(unix))]
    let terminate = std::future::pending::<()>();

    let signal = tokio::select! {
        () = ctrl_c => "Ctrl-C",
        () = terminate => "SIGTERM",
    };
    tracing::info!("{signal} received, shutting down (finishing open requests)");
}
