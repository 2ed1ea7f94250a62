//! A private PostgreSQL cluster for tests: Debian's server binaries, a temp data dir, a free loopback port.
//!
//! One cluster per test binary ([`shared`]) and a fresh database per test ([`fresh_database`]): `initdb`
//! costs seconds, `CREATE DATABASE` milliseconds. A static is never dropped, so the cluster is not stopped by
//! `Drop` alone: it runs under a small supervising shell that waits on a pipe from this process. When the
//! pipe closes — [`PgServer`] dropped, the test binary finished, panicked or killed — the shell stops the
//! cluster and removes its directory.
//!
//! When no server binaries are installed and we run as root, [`PgServer::start`] installs Debian's
//! `postgresql` with apt-get (saying so on stderr); otherwise it fails with a message that says what to do.

use std::io::{BufRead, BufReader};
use std::net::TcpListener;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::sync::OnceLock;
use std::sync::atomic::{AtomicU32, Ordering};

use sqlx::{AssertSqlSafe, Connection, PgConnection};

/// Where Debian puts the server binaries, one directory per major version.
const DEBIAN_ROOT: &str = "/usr/lib/postgresql";

/// The superuser the cluster is created with; the tests connect as it over TCP with `trust`.
const SUPERUSER: &str = "postgres";

/// Runs under `sh -c` as the cluster's owner, with the arguments bin dir, cluster dir, port. Prints `ready`
/// once the server accepts connections, then waits for its stdin to close, stops the server and removes
/// the directory. INT and PIPE are ignored so that a Ctrl-C on the test run, or a test process that died
/// while the cluster was starting (its end of the pipes gone), still ends in that cleanup; after `ready` all
/// output goes to /dev/null.
const SUPERVISOR: &str = r#"
set -e
trap '' INT PIPE
bin=$1 dir=$2 port=$3
fail() { cat "$1" >&2 || true; rm -rf "$dir"; exit 1; }
"$bin/initdb" -D "$dir/data" -U postgres -A trust -E UTF8 --locale=C --no-sync >"$dir/initdb.log" 2>&1 \
  || fail "$dir/initdb.log"
"$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 \
  -o "-p $port -h 127.0.0.1 -k $dir -c fsync=off -c synchronous_commit=off -c full_page_writes=off" \
  start >/dev/null 2>&1 || fail "$dir/server.log"
echo ready || true
exec >/dev/null 2>&1
read -r _ || true
"$bin/pg_ctl" -D "$dir/data" -m immediate -w stop || true
rm -rf "$dir"
"#;

/// A running private cluster. Dropping it stops the cluster and removes its files.
pub struct PgServer {
    port: u16,
    bin: PathBuf,
    /// The supervising shell; closing its stdin stops the cluster.
    supervisor: Child,
}

/// One database in the shared cluster.
pub struct PgDatabase {
    name: String,
    server: &'static PgServer,
}

/// The cluster this test binary shares, started on first use.
pub fn shared() -> &'static PgServer {
    static SERVER: OnceLock<PgServer> = OnceLock::new();
    SERVER.get_or_init(PgServer::start)
}

/// A new, empty database in the shared cluster.
pub async fn fresh_database() -> PgDatabase {
    static NEXT: AtomicU32 = AtomicU32::new(1);
    let server = shared();
    let name = format!("test_{}", NEXT.fetch_add(1, Ordering::Relaxed));
    let mut admin = PgConnection::connect(&server.url())
        .await
        .expect("connect to the test cluster");
    // The name is ours (a counter), so building the statement from it is safe.
    sqlx::raw_sql(AssertSqlSafe(format!("CREATE DATABASE {name}")))
        .execute(&mut admin)
        .await
        .expect("CREATE DATABASE");
    admin.close().await.expect("close");
    PgDatabase { name, server }
}

impl PgServer {
    /// Installs PostgreSQL if needed, creates a cluster in a temp dir and starts it on a free loopback port.
    /// Panics with the server's own log when it cannot start.
    pub fn start() -> Self {
        let bin = server_binaries();
        let root = is_root();
        let mut last_error = String::new();
        // A free port can be taken between our probe and the server's bind; a new one then usually works.
        for _ in 0..3 {
            let dir = tempfile::Builder::new()
                .prefix("begleitheft-pg-")
                .tempdir()
                .expect("a temp dir")
                .keep();
            let port = free_port();
            let mut command = if root {
                // initdb and the server refuse to run as root.
                let status = Command::new("chown")
                    .arg(format!("{SUPERUSER}:"))
                    .arg(&dir)
                    .status()
                    .expect("run chown");
                assert!(status.success(), "chown {} to {SUPERUSER}", dir.display());
                let mut command = Command::new("runuser");
                command.args(["-u", SUPERUSER, "--", "sh"]);
                command
            } else {
                Command::new("sh")
            };
            let mut supervisor = command
                .arg("-c")
                .arg(SUPERVISOR)
                .arg("sh")
                .arg(&bin)
                .arg(&dir)
                .arg(port.to_string())
                // The cluster's owner may not be allowed into our working directory; initdb needs one.
                .current_dir(&dir)
                .stdin(Stdio::piped())
                .stdout(Stdio::piped())
                .stderr(Stdio::piped())
                .spawn()
                .expect("start the PostgreSQL supervisor");
            let mut line = String::new();
            let stdout = supervisor.stdout.take().expect("piped stdout");
            // Blocks until the shell says `ready` or ends: the event we wait for, not a guess at a delay.
            BufReader::new(stdout)
                .read_line(&mut line)
                .expect("read the supervisor's output");
            if line.trim() == "ready" {
                return Self {
                    port,
                    bin,
                    supervisor,
                };
            }
            let output = supervisor.wait_with_output().expect("wait for the supervisor");
            last_error = String::from_utf8_lossy(&output.stderr).into_owned();
            let _ = std::fs::remove_dir_all(&dir);
        }
        panic!("the test PostgreSQL cluster did not start:\n{last_error}");
    }

    /// The superuser's URL for the cluster's default database.
    pub fn url(&self) -> String {
        self.database_url(SUPERUSER)
    }

    /// A URL for one of the cluster's databases.
    pub fn database_url(&self, database: &str) -> String {
        format!("postgres://{SUPERUSER}@127.0.0.1:{}/{database}", self.port)
    }

    /// Everything in the default database as `pg_dump` writes it (schema and data as SQL text).
    pub fn dump(&self) -> String {
        self.dump_database(SUPERUSER)
    }

    /// Everything in one database as `pg_dump` writes it.
    pub fn dump_database(&self, database: &str) -> String {
        let output = Command::new(self.bin.join("pg_dump"))
            .args(["-h", "127.0.0.1", "-p", &self.port.to_string()])
            .args(["-U", SUPERUSER, "-d", database])
            .output()
            .expect("run pg_dump");
        assert!(
            output.status.success(),
            "pg_dump failed: {}",
            String::from_utf8_lossy(&output.stderr)
        );
        String::from_utf8(output.stdout).expect("pg_dump writes UTF-8")
    }
}

impl Drop for PgServer {
    fn drop(&mut self) {
        // Closing the pipe is the stop signal; waiting makes the cleanup finish before we go on.
        drop(self.supervisor.stdin.take());
        let _ = self.supervisor.wait();
    }
}

impl PgDatabase {
    /// The database's URL.
    pub fn url(&self) -> String {
        self.server.database_url(&self.name)
    }

    /// The database's name.
    pub fn name(&self) -> &str {
        &self.name
    }

    /// Everything in the database as `pg_dump` writes it.
    pub fn dump(&self) -> String {
        self.server.dump_database(&self.name)
    }
}

/// The newest installed server's bin directory, installing Debian's package when missing and allowed to.
fn server_binaries() -> PathBuf {
    if let Some(bin) = find_server_binaries() {
        return bin;
    }
    assert!(
        is_root(),
        "the PostgreSQL tests need the PostgreSQL server (initdb, pg_ctl, pg_dump under {DEBIAN_ROOT}/<version>/bin), \
         which is not installed, and they are not running as root so they cannot install it. Install it with \
         `apt-get install --no-install-recommends postgresql` as root (Debian/Ubuntu), then run the tests again."
    );
    eprintln!(
        "PostgreSQL tests: the PostgreSQL server is not installed; installing Debian's package now with \
         `apt-get install -y --no-install-recommends postgresql` (as root). The package may also create and \
         start its default cluster on port 5432; the tests use their own private cluster on another port."
    );
    let install = || {
        Command::new("apt-get")
            .args(["install", "-y", "--no-install-recommends", "postgresql"])
            .env("DEBIAN_FRONTEND", "noninteractive")
            .status()
            .is_ok_and(|status| status.success())
    };
    if !install() {
        eprintln!("PostgreSQL tests: apt-get install failed; running `apt-get update` and trying once more.");
        let updated = Command::new("apt-get")
            .arg("update")
            .status()
            .is_ok_and(|status| status.success());
        assert!(
            updated && install(),
            "apt-get could not install postgresql (see its output above)"
        );
    }
    find_server_binaries().expect("postgresql is installed but no initdb was found under /usr/lib/postgresql")
}

/// `/usr/lib/postgresql/<newest major version>/bin`, if it has `initdb`.
fn find_server_binaries() -> Option<PathBuf> {
    let mut versions: Vec<(u32, PathBuf)> = std::fs::read_dir(DEBIAN_ROOT)
        .ok()?
        .filter_map(Result::ok)
        .filter_map(|entry| {
            let version = entry.file_name().to_str()?.parse().ok()?;
            let bin = entry.path().join("bin");
            is_file(&bin.join("initdb")).then_some((version, bin))
        })
        .collect();
    versions.sort();
    versions.pop().map(|(_, bin)| bin)
}

fn is_file(path: &Path) -> bool {
    path.metadata().is_ok_and(|meta| meta.is_file())
}

/// Whether this process runs as root (then the cluster runs as the `postgres` user).
fn is_root() -> bool {
    Command::new("id")
        .arg("-u")
        .output()
        .is_ok_and(|output| output.stdout.trim_ascii() == b"0")
}

/// A loopback port nobody listens on right now.
fn free_port() -> u16 {
    TcpListener::bind("127.0.0.1:0")
        .and_then(|listener| listener.local_addr())
        .expect("a free loopback port")
        .port()
}
