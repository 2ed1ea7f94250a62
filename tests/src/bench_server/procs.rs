//! The servers under test as child processes: started on loopback, watched for memory, stopped afterwards.

use anyhow::{Context as _, Result, bail};
use std::net::{Ipv4Addr, SocketAddr, TcpListener};
use std::path::{Path, PathBuf};
use std::process::Stdio;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::time::Duration;
use tokio::io::{AsyncBufReadExt as _, AsyncRead, BufReader};
use tokio::process::{Child, Command};
use tokio::sync::mpsc;

/// How long a server may take to say it is ready.
const START_TIMEOUT: Duration = Duration::from_secs(60);
/// How long a server may take to stop after SIGTERM before it is killed.
const STOP_TIMEOUT: Duration = Duration::from_secs(15);
/// How often a server that does not announce itself is asked whether it is up.
const POLL_INTERVAL: Duration = Duration::from_millis(100);
/// How often memory is read during load.
const RSS_INTERVAL: Duration = Duration::from_millis(50);

/// A free port on 127.0.0.1 (the OS picks it; the listener is closed again before the server binds it).
pub fn free_port() -> Result<u16> {
    Ok(TcpListener::bind((Ipv4Addr::LOCALHOST, 0))?.local_addr()?.port())
}

/// A running server process.
pub struct Server {
    /// What it is, for messages.
    pub name: String,
    /// Where it listens.
    pub addr: SocketAddr,
    child: Child,
    pid: u32,
}

impl Server {
    /// Starts `command` (stdout and stderr piped) and waits until a line of its output contains `ready`.
    /// Without `addr`, the listening address is read from that line (for a server that picked its own port).
    pub async fn start(
        name: &str,
        mut command: Command,
        ready: &str,
        addr: Option<SocketAddr>,
    ) -> Result<Self> {
        command
            .stdin(Stdio::null())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .kill_on_drop(true);
        let mut child = command.spawn().with_context(|| format!("cannot start {name}"))?;
        let pid = child.id().context("the child has a pid")?;
        let (lines_tx, mut lines) = mpsc::unbounded_channel();
        let stdout = child.stdout.take().context("stdout piped")?;
        let stderr = child.stderr.take().context("stderr piped")?;
        drain(stdout, lines_tx.clone());
        drain(stderr, lines_tx);
        let mut seen = Vec::new();
        let found = tokio::time::timeout(START_TIMEOUT, async {
            while let Some(line) = lines.recv().await {
                if line.contains(ready) {
                    return Some(line);
                }
                seen.push(line);
            }
            None
        })
        .await;
        let line = match found {
            Ok(Some(line)) => line,
            Ok(None) => bail!("{name} exited before it was ready:\n{}", seen.join("\n")),
            Err(_) => bail!(
                "{name} was not ready after {START_TIMEOUT:?}:\n{}",
                seen.join("\n")
            ),
        };
        let addr = match addr {
            Some(addr) => addr,
            None => address_in(&line).with_context(|| format!("no address in `{line}`"))?,
        };
        if !addr.ip().is_loopback() {
            bail!("{name} listens on {addr}, not loopback");
        }
        // Later output is dropped: it was read only to keep the pipes from filling.
        tokio::spawn(async move { while lines.recv().await.is_some() {} });
        Ok(Self {
            name: name.to_string(),
            addr,
            child,
            pid,
        })
    }

    /// Starts `command` and asks `GET /` at `addr` until it answers: for servers that do not say when they
    /// listen (PouchDB Server with its log off). Fails when the process exits first.
    pub async fn start_polling(name: &str, mut command: Command, addr: SocketAddr) -> Result<Self> {
        command
            .stdin(Stdio::null())
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .kill_on_drop(true);
        let mut child = command.spawn().with_context(|| format!("cannot start {name}"))?;
        let pid = child.id().context("the child has a pid")?;
        let deadline = tokio::time::Instant::now() + START_TIMEOUT;
        let mut tick = tokio::time::interval(POLL_INTERVAL);
        loop {
            tick.tick().await;
            if let Some(status) = child.try_wait()? {
                bail!("{name} exited before it was ready: {status}");
            }
            if answers(addr).await {
                break;
            }
            if tokio::time::Instant::now() > deadline {
                bail!("{name} was not ready after {START_TIMEOUT:?}");
            }
        }
        Ok(Self {
            name: name.to_string(),
            addr,
            child,
            pid,
        })
    }

    /// Its process id.
    pub fn pid(&self) -> u32 {
        self.pid
    }

    /// Current and peak resident memory in bytes (`VmRSS`, `VmHWM`).
    pub fn memory(&self) -> Result<(u64, u64)> {
        memory(self.pid)
    }

    /// Stops it with SIGTERM, killing it when it does not stop in time.
    pub async fn stop(mut self) -> Result<()> {
        let status = std::process::Command::new("kill")
            .args(["-TERM", &self.pid.to_string()])
            .status()?;
        if !status.success() {
            bail!("could not signal {}", self.name);
        }
        if tokio::time::timeout(STOP_TIMEOUT, self.child.wait())
            .await
            .is_err()
        {
            self.child.kill().await?;
        }
        Ok(())
    }
}

/// Whether `GET /` at `addr` gets a 2xx answer.
async fn answers(addr: SocketAddr) -> bool {
    let Ok(mut conn) = super::load::Conn::open(addr).await else {
        return false;
    };
    let request = hyper::Request::builder()
        .uri("/")
        .header(hyper::header::HOST, addr.to_string())
        .body(super::load::Body::default());
    match request {
        Ok(request) => conn
            .send(request)
            .await
            .is_ok_and(|(status, _)| status.is_success()),
        Err(_) => false,
    }
}

fn drain(stream: impl AsyncRead + Unpin + Send + 'static, tx: mpsc::UnboundedSender<String>) {
    tokio::spawn(async move {
        let mut lines = BufReader::new(stream).lines();
        while let Ok(Some(line)) = lines.next_line().await {
            if tx.send(line).is_err() {
                break;
            }
        }
    });
}

/// The first `127.0.0.1:<port>` in a line.
fn address_in(line: &str) -> Option<SocketAddr> {
    let start = line.find("127.0.0.1:")?;
    let rest = &line[start..];
    let end = rest
        .char_indices()
        .skip("127.0.0.1:".len())
        .find(|(_, c)| !c.is_ascii_digit())
        .map_or(rest.len(), |(i, _)| i);
    rest[..end].parse().ok()
}

/// `VmRSS` and `VmHWM` of a process, in bytes.
pub fn memory(pid: u32) -> Result<(u64, u64)> {
    let status = std::fs::read_to_string(format!("/proc/{pid}/status"))?;
    let field = |name: &str| -> Result<u64> {
        let line = status
            .lines()
            .find(|l| l.starts_with(name))
            .with_context(|| format!("no {name} for {pid}"))?;
        let kb: u64 = line[name.len()..].trim().trim_end_matches("kB").trim().parse()?;
        Ok(kb * 1024)
    };
    Ok((field("VmRSS:")?, field("VmHWM:")?))
}

/// Reads a process's `VmRSS` every few milliseconds while a load runs and keeps the largest.
pub struct RssWatch {
    peak: Arc<AtomicU64>,
    done: Arc<AtomicBool>,
    task: tokio::task::JoinHandle<()>,
}

impl RssWatch {
    /// Starts watching.
    pub fn start(pid: u32) -> Self {
        let peak = Arc::new(AtomicU64::new(0));
        let done = Arc::new(AtomicBool::new(false));
        let task = {
            let peak = Arc::clone(&peak);
            let done = Arc::clone(&done);
            tokio::spawn(async move {
                let mut tick = tokio::time::interval(RSS_INTERVAL);
                while !done.load(Ordering::Relaxed) {
                    tick.tick().await;
                    if let Ok((rss, _)) = memory(pid) {
                        peak.fetch_max(rss, Ordering::Relaxed);
                    }
                }
            })
        };
        Self { peak, done, task }
    }

    /// Stops watching and returns the largest `VmRSS` seen, in bytes.
    pub async fn stop(self) -> u64 {
        self.done.store(true, Ordering::Relaxed);
        let _ = self.task.await;
        self.peak.load(Ordering::Relaxed)
    }
}

/// A throw-away PostgreSQL cluster on 127.0.0.1 (trusted login as `bench`, default durability settings).
pub struct Postgres {
    port: u16,
    bin: PathBuf,
    data: PathBuf,
    _dir: tempfile::TempDir,
    as_postgres: bool,
}

impl Postgres {
    /// Runs `initdb` and starts the cluster.
    pub async fn start() -> Result<Self> {
        let bin = postgres_bin().context("PostgreSQL's initdb and pg_ctl were not found")?;
        let dir = tempfile::tempdir()?;
        let data = dir.path().join("data");
        // initdb refuses to run as root; the cluster then belongs to the `postgres` user.
        let as_postgres = is_root();
        if as_postgres {
            chown_postgres(dir.path()).await?;
        }
        let port = free_port()?;
        let this = Self {
            port,
            bin,
            data,
            _dir: dir,
            as_postgres,
        };
        let data = this.data.to_string_lossy().to_string();
        let socket_dir = this._dir.path().to_string_lossy().to_string();
        this.run(
            "initdb",
            &[
                "-D",
                &data,
                "-U",
                "bench",
                "--auth=trust",
                "-E",
                "UTF8",
                "--no-sync",
            ],
        )
        .await?;
        let options = format!("-p {port} -c listen_addresses=127.0.0.1 -k {socket_dir}");
        let log = this._dir.path().join("log").to_string_lossy().to_string();
        this.run(
            "pg_ctl",
            &["-D", &data, "-o", &options, "-l", &log, "-w", "start"],
        )
        .await?;
        Ok(this)
    }

    /// Creates a database and returns its URL.
    pub async fn create_database(&self, name: &str) -> Result<String> {
        let port = self.port.to_string();
        self.run("createdb", &["-h", "127.0.0.1", "-p", &port, "-U", "bench", name])
            .await?;
        Ok(format!("postgresql://bench@127.0.0.1:{port}/{name}"))
    }

    async fn run(&self, tool: &str, args: &[&str]) -> Result<()> {
        let program = self.bin.join(tool);
        let mut command = if self.as_postgres {
            let mut c = Command::new("runuser");
            c.args(["-u", "postgres", "--"]).arg(&program);
            c
        } else {
            Command::new(&program)
        };
        let out = command
            .args(args)
            .stdin(Stdio::null())
            .output()
            .await
            .with_context(|| format!("cannot run {}", program.display()))?;
        if !out.status.success() {
            bail!(
                "{tool} failed: {}{}",
                String::from_utf8_lossy(&out.stdout),
                String::from_utf8_lossy(&out.stderr)
            );
        }
        Ok(())
    }

    /// Stops the cluster (its directory goes with `self`).
    pub async fn stop(self) -> Result<()> {
        let data = self.data.to_string_lossy().to_string();
        self.run("pg_ctl", &["-D", &data, "-m", "fast", "-w", "stop"])
            .await
    }

    /// The server's version line, for the notes.
    pub async fn version(&self) -> String {
        Command::new(self.bin.join("postgres"))
            .arg("--version")
            .output()
            .await
            .map(|o| String::from_utf8_lossy(&o.stdout).trim().to_string())
            .unwrap_or_default()
    }
}

/// The directory holding `initdb` and `pg_ctl`: Debian's newest versioned directory, else `PATH`.
fn postgres_bin() -> Option<PathBuf> {
    let mut debian: Vec<PathBuf> = std::fs::read_dir("/usr/lib/postgresql")
        .into_iter()
        .flatten()
        .flatten()
        .map(|e| e.path().join("bin"))
        .filter(|p| p.join("initdb").is_file())
        .collect();
    debian.sort_by_key(|p| {
        p.parent()
            .and_then(|v| v.file_name())
            .and_then(|v| v.to_str())
            .and_then(|v| v.parse::<u32>().ok())
    });
    if let Some(newest) = debian.pop() {
        return Some(newest);
    }
    std::env::var_os("PATH").and_then(|paths| {
        std::env::split_paths(&paths).find(|p| p.join("initdb").is_file() && p.join("pg_ctl").is_file())
    })
}

fn is_root() -> bool {
    std::process::Command::new("id")
        .arg("-u")
        .output()
        .is_ok_and(|o| String::from_utf8_lossy(&o.stdout).trim() == "0")
}

async fn chown_postgres(dir: &Path) -> Result<()> {
    let status = Command::new("chown")
        .args(["postgres:postgres"])
        .arg(dir)
        .status()
        .await?;
    if !status.success() {
        bail!("could not hand {} to the postgres user", dir.display());
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_the_address_a_server_announces() {
        assert_eq!(
            address_in("Begleitheft is running at http://127.0.0.1:40123/"),
            Some(SocketAddr::from((Ipv4Addr::LOCALHOST, 40123)))
        );
        assert_eq!(
            address_in("INFO waitress Serving on http://127.0.0.1:8888"),
            Some(SocketAddr::from((Ipv4Addr::LOCALHOST, 8888)))
        );
        assert_eq!(address_in("Serving on http://[::1]:8888"), None);
    }

    #[test]
    fn reads_its_own_memory() {
        let (rss, hwm) = memory(std::process::id()).unwrap();
        assert!(rss > 0 && hwm >= rss);
    }
}
