//! Bench suite `server`: our sync server (release binary, own process) against PouchDB Server and Kinto, on
//! loopback, the same workload for each system, one after another:
//! - 10,000 single-record pushes (a 300-byte sealed record each) over 8 connections, then 10,000 more over 64;
//! - paged pulls: 8 clients each read the first 10,000 records from the start in pages of 100, each page
//!   asked after the cursor the last one ended on;
//! - 20,000 records pushed in batches of 100 over 8 connections;
//! - the server's resident memory while this runs (`VmRSS` sampled every 50 ms, and `VmHWM`);
//! - bytes on the wire of a push: a 300-byte record in each system; for ours also real sealed records of the
//!   typical fixture, one one-field edit (a step marked done) and 100 offline edits as one record, read back
//!   and opened to prove they are what the server stored;
//! - ours only: opening link shares (`POST /api/shares/{id}/open` with a label: the sealed entries read and
//!   the access logged), 10,000 opens round 100 shares over 8 connections, then over 64.
//!
//! `cargo xtask bench server` installs the peers under `target/tools` and passes their paths:
//! `BENCH_SYNC_SERVER` (our release binary), `BENCH_POUCHDB_SERVER`, `BENCH_KINTO`. A peer whose variable is
//! unset is skipped with a note. Arguments, when given, pick systems by part of their label
//! (`bench-server kinto pouch`), for trying one out.

#[path = "../bench_server/mod.rs"]
mod bench_server;

use anyhow::{Context as _, Result};
use bench_server::edits::Device;
use bench_server::load::{self, Body, Conn, Outcome};
use bench_server::procs::{Postgres, RssWatch, Server, free_port};
use bench_server::shares::{self, ShareFigures};
use bench_server::systems::{Api, Kind, SEAL_BYTES, device};
use booklet::sync::crypto::Keys;
use e2e::bench::Report;
use hyper::{Method, Request, header};
use std::net::{Ipv4Addr, SocketAddr};
use std::path::PathBuf;
use std::sync::Arc;
use tokio::process::Command;

/// Single-record pushes per phase.
const SINGLE: u64 = 10_000;
/// Records per batched push.
const BATCH: u64 = 100;
/// Batched pushes (of [`BATCH`] records each).
const BATCHES: u64 = 200;
/// Records per pulled page.
const PAGE: u64 = 100;
/// Records each pulling client reads.
const PULLED: u64 = 10_000;
/// Connections for the main figures.
const CONNS: usize = 8;
/// Connections for the crowded single push.
const MANY_CONNS: usize = 64;

/// What one system measured.
struct Figures {
    label: String,
    single: Outcome,
    single_many: Outcome,
    pull: Outcome,
    pulled_records: u64,
    batch: Outcome,
    peak_rss: u64,
    hwm: u64,
    push_bytes: u64,
    /// Link-share opens (ours only).
    shares: Option<ShareFigures>,
}

impl Figures {
    fn batch_records_per_s(&self) -> f64 {
        self.batch.rate() * BATCH as f64
    }

    fn pull_records_per_s(&self) -> f64 {
        self.pulled_records as f64 / self.pull.elapsed.as_secs_f64()
    }
}

/// Runs the workload against a started server.
async fn measure(label: &str, server: &Server, kind: Kind) -> Result<Figures> {
    println!("bench-server: {label} at {}", server.addr);
    let api = Api::new(kind, server.addr, 7).shared();
    let mut conn = Conn::open(server.addr).await?;
    for request in api.setup() {
        let (status, body) = conn.send(request).await?;
        load::success(status, &body).context("setup")?;
    }
    // One push on a fresh connection: its bytes on the wire (request head and body).
    let mut fresh = Conn::open(server.addr).await?;
    let (status, body) = fresh.send(api.push_one(device(0), 1)).await?;
    load::success(status, &body)?;
    let push_bytes = fresh.written();

    let watch = RssWatch::start(server.pid());
    let a = Arc::clone(&api);
    let single = load::run(
        server.addr,
        CONNS,
        SINGLE,
        move |i| a.push_one(device(1), i + 1),
        load::success,
    )
    .await
    .context("single pushes")?;
    let a = Arc::clone(&api);
    let single_many = load::run(
        server.addr,
        MANY_CONNS,
        SINGLE,
        move |i| a.push_one(device(2), i + 1),
        load::success,
    )
    .await
    .context("single pushes, many connections")?;
    let a = Arc::clone(&api);
    let (pull, pulled_records) = load::walk(
        server.addr,
        CONNS,
        api.start_cursor(),
        PULLED,
        move |cursor| a.pull(cursor, PAGE),
        move |body, cursor| Api::parse_page(kind, body, cursor),
    )
    .await
    .context("paged pulls")?;
    let a = Arc::clone(&api);
    let batch = load::run(
        server.addr,
        CONNS,
        BATCHES,
        move |i| a.push_batch(device(3), i * BATCH + 1, BATCH),
        Api::batch_check(kind),
    )
    .await
    .context("batched pushes")?;
    let peak_rss = watch.stop().await;
    let (_, hwm) = server.memory()?;
    Ok(Figures {
        label: label.to_string(),
        single,
        single_many,
        pull,
        pulled_records,
        batch,
        peak_rss,
        hwm,
        push_bytes,
        shares: None,
    })
}

/// Loads one of the codec's fixtures (shared with the `qr` suite).
fn fixture(name: &str) -> Result<booklet::Booklet> {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join(format!("../booklet/tests/vectors/{name}.booklet.json"));
    Ok(booklet::load_json(&std::fs::read_to_string(path)?)?)
}

/// A request to our API with the device's token.
fn our_request(
    addr: SocketAddr,
    keys: &Keys,
    method: Method,
    path: &str,
    content_type: &str,
    body: Vec<u8>,
) -> Result<Request<Body>> {
    Ok(Request::builder()
        .method(method)
        .uri(path)
        .header(header::HOST, addr.to_string())
        .header(header::AUTHORIZATION, format!("Bearer {}", keys.token_hex()))
        .header(header::CONTENT_TYPE, content_type)
        .body(Body::new(body.into()))?)
}

/// Pushes real sealed records to a fresh server and reports their sizes on the wire.
async fn wire_sizes(binary: &PathBuf, help: &str, report: &mut Report) -> Result<()> {
    let data = tempfile::tempdir()?;
    let dist = tempfile::tempdir()?;
    let command = our_command(binary, help, data.path(), dist.path());
    let server = Server::start("sync-server", command, "is running at", None).await?;
    let result = async {
        let now_ms = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)?
            .as_millis() as i64;
        let mut device = Device::new(fixture("typical")?, now_ms);
        let keys = device.keys.clone();
        let addr = server.addr;
        let mut conn = Conn::open(addr).await?;
        let space = keys.space_hex();
        let (status, body) = conn
            .send(our_request(
                addr,
                &keys,
                Method::POST,
                "/api/spaces",
                "application/json",
                format!(r#"{{"space":"{space}"}}"#).into_bytes(),
            )?)
            .await?;
        load::success(status, &body).context("creating the space")?;
        let mut pushed_ops = 0;
        for (edits, what, target) in [
            (1, "one one-field edit", Some("<= 150")),
            (100, "100 offline edits as one record", None),
        ] {
            let push = device.push_edits(edits)?;
            pushed_ops += push.ops;
            let body_len = push.body.len();
            let mut fresh = Conn::open(addr).await?;
            let (status, answer) = fresh
                .send(our_request(
                    addr,
                    &keys,
                    Method::POST,
                    &format!("/api/spaces/{space}/records"),
                    "application/octet-stream",
                    push.body,
                )?)
                .await?;
            load::success(status, &answer).with_context(|| format!("pushing {what}"))?;
            report.push(format!("{what}: push body"), body_len as f64, "bytes", target);
            report.push(
                format!("{what}: request on the wire (head + body)"),
                fresh.written() as f64,
                "bytes",
                None,
            );
            report.push(
                format!("{what}: operations before sealing"),
                push.plaintext as f64,
                "bytes",
                None,
            );
            if edits > 1 {
                report.push(
                    format!("{what}: push body per edit"),
                    (body_len as f64 / edits as f64 * 10.0).round() / 10.0,
                    "bytes",
                    None,
                );
            }
        }
        let (status, pulled) = conn
            .send(our_request(
                addr,
                &keys,
                Method::GET,
                &format!("/api/spaces/{space}/records?after=0&limit=1000"),
                "application/octet-stream",
                Vec::new(),
            )?)
            .await?;
        load::success(status, &pulled).context("pulling the edits back")?;
        let opened = device.open_pulled(&pulled)?;
        if opened != pushed_ops {
            anyhow::bail!("pushed {pushed_ops} operations, read back {opened}");
        }
        anyhow::Ok(())
    }
    .await;
    server.stop().await?;
    result
}

/// Our server's command line: a temporary data dir, an empty app dir, a port of its choosing, no rate limit.
fn our_command(binary: &PathBuf, help: &str, data: &std::path::Path, dist: &std::path::Path) -> Command {
    let mut command = Command::new(binary);
    command
        .args(["serve", "--addr", "127.0.0.1", "--port", "0", "--data-dir"])
        .arg(data)
        .arg("--dist")
        .arg(dist)
        .env("RUST_LOG", "warn");
    if help.contains("--rate-limit-per-second") {
        command.args(["--rate-limit-per-second", "0", "--rate-limit-burst", "0"]);
    }
    // Every other limit off too: share creation (100 shares from one address), PIN tries, logins.
    for limit in ["share-rate", "pin-rate", "login-rate"] {
        if help.contains(&format!("--{limit}-per-minute")) {
            command
                .arg(format!("--{limit}-per-minute"))
                .arg("0")
                .arg(format!("--{limit}-burst"))
                .arg("0");
        }
    }
    command.env_remove("BEGLEITHEFT_DATABASE_URL");
    command
}

async fn ours(
    binary: &PathBuf,
    help: &str,
    label: &str,
    configure: impl FnOnce(&mut Command),
) -> Result<Figures> {
    let data = tempfile::tempdir()?;
    let dist = tempfile::tempdir()?;
    let mut command = our_command(binary, help, data.path(), dist.path());
    configure(&mut command);
    let server = Server::start(label, command, "is running at", None).await?;
    let figures = async {
        let mut figures = measure(label, &server, Kind::Ours).await?;
        let today = booklet::Timestamp::from_millis(
            std::time::SystemTime::now()
                .duration_since(std::time::UNIX_EPOCH)?
                .as_millis() as i64,
        )
        .date();
        figures.shares = Some(
            shares::measure(server.addr, &fixture("typical")?, today, CONNS, MANY_CONNS)
                .await
                .context("link-share opens")?,
        );
        anyhow::Ok(figures)
    }
    .await;
    server.stop().await?;
    figures
}

async fn pouchdb(binary: &PathBuf) -> Result<Figures> {
    let dir = tempfile::tempdir()?;
    let port = free_port()?;
    // Request logging off (it goes to a file), as for the other systems.
    std::fs::write(
        dir.path().join("config.json"),
        r#"{"log": {"level": "warning", "file": "log.txt"}}"#,
    )?;
    let mut command = Command::new(binary);
    command
        .current_dir(dir.path())
        .args([
            "--host",
            "127.0.0.1",
            "--port",
            &port.to_string(),
            "--no-stdout-logs",
        ])
        .arg("--dir")
        .arg(dir.path().join("db"))
        .arg("--config")
        .arg(dir.path().join("config.json"));
    let addr = SocketAddr::from((Ipv4Addr::LOCALHOST, port));
    let server = Server::start_polling("PouchDB Server", command, addr).await?;
    let figures = measure("PouchDB Server", &server, Kind::Pouch).await;
    server.stop().await?;
    figures
}

async fn kinto(binary: &PathBuf, label: &str) -> Result<Figures> {
    let dir = tempfile::tempdir()?;
    let port = free_port()?;
    let ini = dir.path().join("kinto.ini");
    std::fs::write(
        &ini,
        kinto_ini(&format!("{:032x}", u128::from(port) * 0x9e37_79b9)),
    )?;
    let mut command = Command::new(binary);
    command
        .current_dir(dir.path())
        .arg("start")
        .arg("--ini")
        .arg(&ini)
        .args(["--port", &port.to_string()]);
    let server = Server::start(
        label,
        command,
        "Serving on",
        Some(SocketAddr::from((Ipv4Addr::LOCALHOST, port))),
    )
    .await?;
    let figures = measure(label, &server, Kind::Kinto).await;
    server.stop().await?;
    figures
}

/// Kinto with its memory back ends, basic auth, batches of up to 100 requests (its default is 25) and
/// request logging off (only waitress's `Serving on` line, which says it is ready).
fn kinto_ini(secret: &str) -> String {
    format!(
        "[app:main]
use = egg:kinto
kinto.storage_backend = kinto.core.storage.memory
kinto.storage_url =
kinto.permission_backend = kinto.core.permission.memory
kinto.permission_url =
kinto.cache_backend = kinto.core.cache.memory
kinto.cache_url =
kinto.userid_hmac_secret = {secret}
multiauth.policies = basicauth
kinto.bucket_create_principals = system.Authenticated
kinto.batch_max_requests = {BATCH}

[server:main]
use = egg:waitress#main
host = 127.0.0.1
port = %(http_port)s

[loggers]
keys = root, waitress

[handlers]
keys = console

[formatters]
keys = plain

[logger_root]
level = WARNING
handlers = console

[logger_waitress]
level = INFO
handlers = console
qualname = waitress
propagate = 0

[handler_console]
class = StreamHandler
args = (sys.stderr,)
level = NOTSET
formatter = plain

[formatter_plain]
format = %(levelname)s %(name)s %(message)s
"
    )
}

fn env_path(name: &str) -> Option<PathBuf> {
    // Absolute, because the peers run in their own temporary directories.
    std::env::var_os(name).and_then(|p| std::fs::canonicalize(p).ok())
}

fn ms(outcome: &Outcome, p: f64) -> f64 {
    (outcome.percentile_ms(p) * 100.0).round() / 100.0
}

fn mb(bytes: u64) -> f64 {
    (bytes as f64 / 1_048_576.0 * 10.0).round() / 10.0
}

#[tokio::main]
async fn main() -> Result<()> {
    let mut report = Report {
        suite: "server".into(),
        ..Report::default()
    };
    let binary = env_path("BENCH_SYNC_SERVER")
        .or_else(|| {
            let p = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../target/release/sync-server");
            p.exists().then_some(p)
        })
        .context("BENCH_SYNC_SERVER: build it with `cargo build --release -p sync-server`")?;
    let help = std::process::Command::new(&binary)
        .args(["serve", "--help"])
        .output()
        .map(|o| String::from_utf8_lossy(&o.stdout).to_string())?;
    if !help.contains("--rate-limit-per-second") {
        report.notes.push(
            "This build of sync-server has no `--rate-limit-per-second`; it ran with its defaults.".into(),
        );
    }

    let filters: Vec<String> = std::env::args().skip(1).map(|a| a.to_lowercase()).collect();
    let wanted = |label: &str| filters.is_empty() || filters.iter().any(|f| label.to_lowercase().contains(f));
    let mut all = Vec::new();
    if wanted("wire") {
        wire_sizes(&binary, &help, &mut report)
            .await
            .context("bytes on the wire")?;
    }
    if wanted("ours, SQLite NORMAL") {
        all.push(ours(&binary, &help, "ours, SQLite NORMAL", |_| {}).await?);
    }
    let full = wanted("ours, SQLite FULL");
    if full && help.contains("--sqlite-synchronous") {
        all.push(
            ours(&binary, &help, "ours, SQLite FULL", |c| {
                c.args(["--sqlite-synchronous", "full"]);
            })
            .await?,
        );
    } else if full {
        report.notes.push(
            "SQLite with synchronous=FULL was not measured: sync-server has no `--sqlite-synchronous` option yet."
                .into(),
        );
    }
    let postgres = if wanted("ours, PostgreSQL") {
        match Postgres::start().await {
            Ok(pg) => {
                report.notes.push(format!(
                    "PostgreSQL: {}, a fresh cluster with default settings (synchronous_commit on); the RSS \
                     figures are the server process only, not PostgreSQL's.",
                    pg.version().await
                ));
                Some(pg)
            }
            Err(e) => {
                report.notes.push(format!("PostgreSQL was not measured: {e:#}"));
                None
            }
        }
    } else {
        None
    };
    let peer = |var: &str, name: &str, notes: &mut Vec<String>| {
        let path = env_path(var);
        if path.is_none() && wanted(name) {
            notes.push(format!("{name} was not measured: {var} is not set."));
        }
        path.filter(|_| wanted(name))
    };
    let pouch_bin = peer("BENCH_POUCHDB_SERVER", "PouchDB Server", &mut report.notes);
    let kinto_bin = peer("BENCH_KINTO", "Kinto, memory", &mut report.notes);
    // Everything runs before anything is reported, and a failing system stops the run: a table with a
    // missing column would invite comparisons it cannot support. PostgreSQL is stopped either way.
    let run = async {
        if let Some(pg) = &postgres {
            let url = pg.create_database("begleitheft").await?;
            all.push(
                ours(&binary, &help, "ours, PostgreSQL", |c| {
                    c.env("BEGLEITHEFT_DATABASE_URL", &url);
                })
                .await?,
            );
        }
        if let Some(bin) = &pouch_bin {
            all.push(pouchdb(bin).await?);
        }
        if let Some(bin) = &kinto_bin {
            all.push(kinto(bin, "Kinto, memory").await?);
        }
        anyhow::Ok(())
    };
    let outcome = run.await;
    if let Some(pg) = postgres {
        pg.stop().await?;
    }
    outcome?;

    for f in &all {
        let main = f.label == "ours, SQLite NORMAL";
        let ours = f.label.starts_with("ours");
        let t = |target: &'static str| main.then_some(target);
        let l = &f.label;
        report.push(
            format!("{l}: single push, {CONNS} conns"),
            f.single.rate().round(),
            "req/s",
            t(">= 5000"),
        );
        report.push(format!("{l}: single push p50"), ms(&f.single, 50.0), "ms", None);
        report.push(
            format!("{l}: single push p99"),
            ms(&f.single, 99.0),
            "ms",
            t("<= 25"),
        );
        report.push(
            format!("{l}: single push, {MANY_CONNS} conns"),
            f.single_many.rate().round(),
            "req/s",
            None,
        );
        report.push(
            format!("{l}: single push, {MANY_CONNS} conns, p99"),
            ms(&f.single_many, 99.0),
            "ms",
            None,
        );
        report.push(
            format!("{l}: batched push ({BATCH}/request)"),
            f.batch_records_per_s().round(),
            "records/s",
            t(">= 50000"),
        );
        report.push(format!("{l}: batched push p50"), ms(&f.batch, 50.0), "ms", None);
        report.push(format!("{l}: batched push p99"), ms(&f.batch, 99.0), "ms", None);
        report.push(
            format!("{l}: paged pull ({PAGE}/page)"),
            f.pull_records_per_s().round(),
            "records/s",
            None,
        );
        report.push(format!("{l}: paged pull p50"), ms(&f.pull, 50.0), "ms", None);
        report.push(format!("{l}: paged pull p99"), ms(&f.pull, 99.0), "ms", None);
        report.push(
            format!("{l}: peak RSS under load"),
            mb(f.peak_rss),
            "MB",
            (ours).then_some("<= 100"),
        );
        report.push(format!("{l}: VmHWM after load"), mb(f.hwm), "MB", None);
        report.push(
            format!("{l}: one {SEAL_BYTES}-byte record pushed, request on the wire"),
            f.push_bytes as f64,
            "bytes",
            None,
        );
        if let Some(s) = &f.shares {
            report.push(
                format!("{l}: link-share open, {CONNS} conns"),
                s.few.rate().round(),
                "req/s",
                t(">= 3000"),
            );
            report.push(format!("{l}: link-share open p50"), ms(&s.few, 50.0), "ms", None);
            report.push(
                format!("{l}: link-share open p99"),
                ms(&s.few, 99.0),
                "ms",
                t("<= 30"),
            );
            report.push(
                format!("{l}: link-share open, {MANY_CONNS} conns"),
                s.many.rate().round(),
                "req/s",
                None,
            );
            report.push(
                format!("{l}: link-share open, {MANY_CONNS} conns, p50"),
                ms(&s.many, 50.0),
                "ms",
                None,
            );
            report.push(
                format!("{l}: link-share open, {MANY_CONNS} conns, p99"),
                ms(&s.many, 99.0),
                "ms",
                None,
            );
        }
    }
    if let Some(s) = all.iter().find_map(|f| f.shares.as_ref()) {
        report.notes.push(format!(
            "Link-share opens: {} shares without PIN, each the typical fixture's entries packed by the share \
             codec and sealed ({} bytes; fixed key and nonce), created first; then {} opens with a label, \
             round the shares, over {CONNS} and over {MANY_CONNS} connections. Each open reads the share and \
             logs the access (one write).",
            shares::SHARES,
            s.sealed_bytes,
            shares::OPENS,
        ));
    }
    if let Some(main) = all.iter().find(|f| f.label == "ours, SQLite NORMAL") {
        for (peer, factor) in [("PouchDB Server", "5"), ("Kinto, memory", "10")] {
            let Some(p) = all.iter().find(|f| f.label == peer) else {
                continue;
            };
            let target = format!(">= {factor}");
            for (what, ours_v, theirs) in [
                ("single push", main.single.rate(), p.single.rate()),
                (
                    "batched push",
                    main.batch_records_per_s(),
                    p.batch_records_per_s(),
                ),
                ("paged pull", main.pull_records_per_s(), p.pull_records_per_s()),
            ] {
                report.metrics.push(e2e::bench::Metric {
                    name: format!("ours (SQLite NORMAL) ÷ {peer}: {what}"),
                    value: (ours_v / theirs * 10.0).round() / 10.0,
                    unit: "×".into(),
                    target: Some(target.clone()),
                });
            }
        }
    }
    if !all.is_empty() {
        report.notes.push(side_by_side(&all));
    }
    report.write()
}

/// One cell of the side-by-side table.
type Cell = fn(&Figures) -> String;

/// The main figures as one table, a column per system.
fn side_by_side(all: &[Figures]) -> String {
    let mut s = String::from("| | ");
    s.push_str(
        &all.iter()
            .map(|f| f.label.as_str())
            .collect::<Vec<_>>()
            .join(" | "),
    );
    s.push_str(" |\n| --- |");
    s.push_str(&" ---: |".repeat(all.len()));
    s.push('\n');
    let rows: [(&str, Cell); 10] = [
        ("single push, req/s (8 conns)", |f| {
            format!("{:.0}", f.single.rate())
        }),
        ("single push p50 / p99, ms", |f| {
            format!(
                "{:.1} / {:.1}",
                f.single.percentile_ms(50.0),
                f.single.percentile_ms(99.0)
            )
        }),
        ("single push, req/s (64 conns)", |f| {
            format!("{:.0}", f.single_many.rate())
        }),
        ("batched push, records/s", |f| {
            format!("{:.0}", f.batch_records_per_s())
        }),
        ("batched push p50 / p99, ms", |f| {
            format!(
                "{:.1} / {:.1}",
                f.batch.percentile_ms(50.0),
                f.batch.percentile_ms(99.0)
            )
        }),
        ("paged pull, records/s", |f| {
            format!("{:.0}", f.pull_records_per_s())
        }),
        ("paged pull p50 / p99, ms", |f| {
            format!(
                "{:.1} / {:.1}",
                f.pull.percentile_ms(50.0),
                f.pull.percentile_ms(99.0)
            )
        }),
        ("peak RSS / VmHWM, MB", |f| {
            format!("{:.0} / {:.0}", mb(f.peak_rss), mb(f.hwm))
        }),
        ("one push on the wire, bytes", |f| f.push_bytes.to_string()),
        ("link-share open, req/s (8 / 64 conns)", |f| {
            f.shares.as_ref().map_or("—".into(), |s| {
                format!("{:.0} / {:.0}", s.few.rate(), s.many.rate())
            })
        }),
    ];
    for (name, cell) in rows {
        s.push_str(&format!("| {name} | "));
        s.push_str(&all.iter().map(cell).collect::<Vec<_>>().join(" | "));
        s.push_str(" |\n");
    }
    s
}
