//! The real binary on a real socket, killed with SIGKILL while clients push: nothing answered is lost,
//! nothing unanswered is half there, and clients resume. Also the admin command line and the shutdown
//! grace period, through the same binary.

use std::collections::{BTreeMap, HashMap};
use std::net::SocketAddr;
use std::path::Path;
use std::process::{ExitStatus, Stdio};
use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::Duration;

use booklet::sync::crypto::to_hex;
use booklet::sync::wire::{self, PulledRecord, PushRecord};
use serde_json::Value;
use tokio::io::{AsyncBufReadExt, AsyncReadExt, AsyncWriteExt, BufReader, Lines};
use tokio::net::TcpStream;
use tokio::process::{Child, ChildStdout, Command};
use tokio::sync::Notify;
use tokio::time::timeout;

/// A safety net for waits on events, so a broken server fails the test instead of hanging it; never a
/// measure of speed.
const PATIENCE: Duration = Duration::from_secs(120);

/// A running `sync-server serve`.
struct Running {
    child: Child,
    addr: SocketAddr,
    /// Kept open: the server must be able to write to its stdout.
    _stdout: Lines<BufReader<ChildStdout>>,
}

/// Starts the binary on a free port over `data_dir` and waits for its "running at" line; its log goes to
/// the test's stderr.
async fn start(data_dir: &Path, extra: &[&str]) -> Running {
    start_logging(data_dir, extra, "warn", Stdio::inherit()).await
}

/// [`start`] with a log filter and a destination for the log.
async fn start_logging(data_dir: &Path, extra: &[&str], filter: &str, log: Stdio) -> Running {
    // A stand-in for the built app, so the server does not warn about a missing one.
    let dist = data_dir.with_extension("dist");
    std::fs::create_dir_all(&dist).expect("a dist dir");
    std::fs::write(dist.join("index.html"), "<!doctype html>").expect("index.html");
    let mut child = Command::new(env!("CARGO_BIN_EXE_sync-server"))
        .arg("serve")
        .args(["--port", "0", "--data-dir"])
        .arg(data_dir)
        .arg("--dist")
        .arg(&dist)
        .args(extra)
        .env("RUST_LOG", filter)
        .env_remove("BEGLEITHEFT_DATABASE_URL")
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(log)
        .kill_on_drop(true)
        .spawn()
        .expect("the server starts");
    let mut stdout = BufReader::new(child.stdout.take().expect("piped stdout")).lines();
    let addr = loop {
        let line = timeout(PATIENCE, stdout.next_line())
            .await
            .expect("the server says where it runs")
            .expect("stdout is readable")
            .expect("the server printed its address before exiting");
        if let Some(rest) = line.strip_prefix("Begleitheft is running at http://") {
            break rest.trim_end_matches('/').parse().expect("an address");
        }
    };
    Running {
        child,
        addr,
        _stdout: stdout,
    }
}

impl Running {
    /// SIGKILL: no shutdown code runs, as when the machine loses power to the process.
    async fn kill(mut self) {
        self.child.start_kill().expect("SIGKILL is sent");
        timeout(PATIENCE, self.child.wait())
            .await
            .expect("the killed server exits")
            .expect("its status");
    }

    /// SIGTERM, then the exit status.
    async fn terminate(mut self) -> ExitStatus {
        let pid = self.child.id().expect("still running");
        let sent = Command::new("kill")
            .args(["-TERM", &pid.to_string()])
            .status()
            .await
            .expect("kill runs");
        assert!(sent.success());
        timeout(PATIENCE, self.child.wait())
            .await
            .expect("the server exits after SIGTERM")
            .expect("its status")
    }
}

/// One keep-alive HTTP/1.1 connection, spoken by hand (no HTTP client dependency).
struct Connection {
    stream: BufReader<TcpStream>,
}

impl Connection {
    async fn open(addr: SocketAddr) -> std::io::Result<Self> {
        Ok(Self {
            stream: BufReader::new(TcpStream::connect(addr).await?),
        })
    }

    /// Sends a request and reads the answer's status and body; any break of the connection is an error.
    async fn call(
        &mut self,
        method: &str,
        path: &str,
        token: &[u8; 32],
        body: &[u8],
    ) -> std::io::Result<(u16, Vec<u8>)> {
        let head = format!(
            "{method} {path} HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer {}\r\n\
             Content-Type: application/octet-stream\r\nContent-Length: {}\r\n\r\n",
            to_hex(token),
            body.len()
        );
        let stream = self.stream.get_mut();
        stream.write_all(head.as_bytes()).await?;
        stream.write_all(body).await?;
        let mut line = String::new();
        if self.stream.read_line(&mut line).await? == 0 {
            return Err(std::io::ErrorKind::UnexpectedEof.into());
        }
        let status: u16 = line
            .split(' ')
            .nth(1)
            .and_then(|code| code.parse().ok())
            .ok_or_else(|| std::io::Error::other(format!("bad status line {line:?}")))?;
        let mut length = 0;
        loop {
            line.clear();
            if self.stream.read_line(&mut line).await? == 0 {
                return Err(std::io::ErrorKind::UnexpectedEof.into());
            }
            let header = line.trim_end();
            if header.is_empty() {
                break;
            }
            if let Some((name, value)) = header.split_once(':')
                && name.eq_ignore_ascii_case("content-length")
            {
                length = value
                    .trim()
                    .parse()
                    .map_err(|_| std::io::Error::other("bad Content-Length"))?;
            }
        }
        let mut body = vec![0; length];
        self.stream.read_exact(&mut body).await?;
        Ok((status, body))
    }
}

/// A sync space's id and token.
#[derive(Clone, Copy)]
struct Space {
    id: [u8; 16],
    token: [u8; 32],
}

impl Space {
    fn new(n: u8) -> Self {
        Self {
            id: [n; 16],
            token: [n ^ 0x5a; 32],
        }
    }

    async fn register(&self, addr: SocketAddr) {
        let mut connection = Connection::open(addr).await.expect("connect");
        let body = format!("{{\"space\":\"{}\"}}", to_hex(&self.id));
        let (status, _) = connection
            .call("POST", "/api/spaces", &self.token, body.as_bytes())
            .await
            .expect("an answer");
        assert!(status == 201 || status == 200, "{status}");
    }

    fn records_path(&self) -> String {
        format!("/api/spaces/{}/records", to_hex(&self.id))
    }

    /// Every record after `after`, page by page.
    async fn pull_all(&self, addr: SocketAddr, mut after: u64) -> Vec<PulledRecord> {
        let mut connection = Connection::open(addr).await.expect("connect");
        let mut all = Vec::new();
        loop {
            let path = format!("{}?after={after}&limit=100", self.records_path());
            let (status, body) = connection
                .call("GET", &path, &self.token, b"")
                .await
                .expect("an answer");
            assert_eq!(status, 200, "{}", String::from_utf8_lossy(&body));
            let (records, more) = wire::decode_pull(&body).expect("a pull body");
            if let Some(last) = records.last() {
                after = last.cursor;
            }
            all.extend(records);
            if !more {
                return all;
            }
        }
    }
}

/// A record's bytes, derived from its place so the test can recompute them; sizes vary.
fn record(device: u8, seq: u64) -> PushRecord {
    let len = 40 + (seq as usize * 37) % 900;
    let data = (0..len)
        .map(|i| {
            (i as u64)
                .wrapping_mul(7)
                .wrapping_add(seq * 13 + u64::from(device)) as u8
        })
        .collect();
    PushRecord {
        device: [device; 8],
        seq,
        data,
    }
}

/// What one client saw: the batches the server answered, and the one in flight when it died.
struct Outcome {
    space: Space,
    device: u8,
    answered: Vec<(Vec<PushRecord>, Value)>,
    unanswered: Option<Vec<PushRecord>>,
}

/// Pushes batches of 1 to 4 records until the connection breaks, counting answered pushes in `progress`.
async fn push_until_killed(
    addr: SocketAddr,
    space: Space,
    device: u8,
    progress: Arc<(AtomicUsize, Notify)>,
) -> Outcome {
    let mut outcome = Outcome {
        space,
        device,
        answered: Vec::new(),
        unanswered: None,
    };
    let mut connection = Connection::open(addr).await.expect("connect");
    let mut seq = 1;
    for batch_number in 0.. {
        let size = 1 + batch_number % 4;
        let batch: Vec<PushRecord> = (seq..seq + size).map(|s| record(device, s)).collect();
        seq += size;
        match connection
            .call(
                "POST",
                &space.records_path(),
                &space.token,
                &wire::encode_push(&batch),
            )
            .await
        {
            Ok((status, body)) => {
                assert_eq!(status, 200, "{}", String::from_utf8_lossy(&body));
                let answer: Value = serde_json::from_slice(&body).expect("JSON");
                assert_eq!(answer["stored"], batch.len(), "{answer}");
                outcome.answered.push((batch, answer));
                progress.0.fetch_add(1, Ordering::SeqCst);
                progress.1.notify_one();
            }
            Err(_) => {
                outcome.unanswered = Some(batch);
                return outcome;
            }
        }
    }
    unreachable!("the loop only ends by returning")
}

/// Checks one space's log: cursors 1, 2, 3, … without gaps, each (device, seq) once. Returns the records
/// by (device, seq).
fn check_log(records: &[PulledRecord]) -> HashMap<([u8; 8], u64), &PulledRecord> {
    for (want, record) in (1..).zip(records) {
        assert_eq!(record.cursor, want, "cursors are gapless");
    }
    let by_place: HashMap<_, _> = records.iter().map(|r| ((r.device, r.seq), r)).collect();
    assert_eq!(by_place.len(), records.len(), "no record is stored twice");
    by_place
}

/// Four clients (two devices in each of two spaces) stream pushes; the server is SIGKILLed mid-stream and
/// restarted on the same data. Every answered push is there with its bytes, an unanswered one is all
/// there or not at all, a retried batch is a duplicate or stored (never twice), and each client resumes
/// pulling from the cursor it knew. A fifth client's push is stored but its answer lost, for certain.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_killed_server_keeps_every_answered_push() {
    let root = tempfile::tempdir().expect("a temp dir");
    let data_dir = root.path().join("data");
    let server = start(&data_dir, &["--rate-limit-per-second", "0"]).await;
    let spaces = [Space::new(1), Space::new(2)];
    for space in &spaces {
        space.register(server.addr).await;
    }

    let progress = Arc::new((AtomicUsize::new(0), Notify::new()));
    let clients: Vec<_> = [(spaces[0], 1), (spaces[0], 2), (spaces[1], 3), (spaces[1], 4)]
        .into_iter()
        .map(|(space, device)| {
            tokio::spawn(push_until_killed(
                server.addr,
                space,
                device,
                Arc::clone(&progress),
            ))
        })
        .collect();
    // Kill once the clients are well into their stream.
    timeout(PATIENCE, async {
        while progress.0.load(Ordering::SeqCst) < 80 {
            progress.1.notified().await;
        }
    })
    .await
    .expect("the clients make progress");
    // A fifth client whose push is stored but whose answer never arrives (it does not read it), the
    // case the racing clients above rarely hit: the kill must not undo it, and its retry is a duplicate.
    let lost_batch = vec![record(5, 1), record(5, 2)];
    let mut lost = TcpStream::connect(server.addr).await.expect("connect");
    let head = format!(
        "POST {} HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer {}\r\nContent-Length: {}\r\n\r\n",
        spaces[0].records_path(),
        to_hex(&spaces[0].token),
        wire::encode_push(&lost_batch).len()
    );
    lost.write_all(head.as_bytes()).await.expect("send");
    lost.write_all(&wire::encode_push(&lost_batch))
        .await
        .expect("send");
    timeout(PATIENCE, async {
        loop {
            let log = spaces[0].pull_all(server.addr, 0).await;
            if log.iter().any(|r| r.device == [5; 8]) {
                break;
            }
        }
    })
    .await
    .expect("the fifth client's push is stored");
    server.kill().await;
    let mut outcomes = Vec::new();
    for client in clients {
        outcomes.push(
            timeout(PATIENCE, client)
                .await
                .expect("each client notices the kill")
                .expect("no client panicked"),
        );
    }
    outcomes.push(Outcome {
        space: spaces[0],
        device: 5,
        answered: Vec::new(),
        unanswered: Some(lost_batch),
    });

    let server = start(&data_dir, &["--rate-limit-per-second", "0"]).await;
    let mut logs = Vec::new();
    for space in &spaces {
        logs.push(space.pull_all(server.addr, 0).await);
    }
    let mut unanswered_present = BTreeMap::new();
    assert_eq!(outcomes.len(), 5);
    for outcome in &outcomes {
        let log_index = spaces
            .iter()
            .position(|space| space.id == outcome.space.id)
            .expect("a known space");
        let log = check_log(&logs[log_index]);
        let mut last_cursor = 0;
        for (batch, answer) in &outcome.answered {
            let cursor = answer["cursor"].as_u64().expect("a cursor");
            for pushed in batch {
                let stored = log
                    .get(&(pushed.device, pushed.seq))
                    .expect("every answered record survives the kill");
                assert_eq!(stored.data, pushed.data, "same bytes");
                assert!(stored.cursor <= cursor, "stored before the answer");
            }
            last_cursor = last_cursor.max(cursor);
        }
        let batch = outcome.unanswered.as_ref().expect("the kill broke every stream");
        let present = batch
            .iter()
            .filter(|r| log.contains_key(&(r.device, r.seq)))
            .count();
        assert!(
            present == 0 || present == batch.len(),
            "never partial: {present} of {}",
            batch.len()
        );
        // Nothing else of this device is there: no record beyond what it sent.
        let sent = outcome.answered.iter().map(|(b, _)| b.len()).sum::<usize>() + present;
        let of_device = logs[log_index]
            .iter()
            .filter(|r| r.device == [outcome.device; 8])
            .count();
        assert_eq!(of_device, sent, "device {}", outcome.device);
        unanswered_present.insert(outcome.device, present == batch.len());
        eprintln!(
            "device {}: {} pushes answered, the one in flight {}",
            outcome.device,
            outcome.answered.len(),
            if present == 0 { "absent" } else { "stored" }
        );

        // Resume: pull after the last cursor this client was told.
        let rest = outcome.space.pull_all(server.addr, last_cursor).await;
        let want: Vec<u64> = logs[log_index]
            .iter()
            .map(|r| r.cursor)
            .filter(|c| *c > last_cursor)
            .collect();
        assert_eq!(rest.iter().map(|r| r.cursor).collect::<Vec<_>>(), want);
    }

    // Each client retries its unanswered batch: a duplicate if it was stored, stored now if not.
    for outcome in &outcomes {
        let batch = outcome.unanswered.as_ref().expect("an unanswered batch");
        let mut connection = Connection::open(server.addr).await.expect("connect");
        let (status, body) = connection
            .call(
                "POST",
                &outcome.space.records_path(),
                &outcome.space.token,
                &wire::encode_push(batch),
            )
            .await
            .expect("an answer");
        assert_eq!(status, 200);
        let answer: Value = serde_json::from_slice(&body).expect("JSON");
        let (stored, duplicates) = if unanswered_present[&outcome.device] {
            (0, batch.len())
        } else {
            (batch.len(), 0)
        };
        assert_eq!(answer["stored"], stored, "{answer}");
        assert_eq!(answer["duplicates"], duplicates, "{answer}");
    }
    let mut total = 0;
    for space in &spaces {
        let log = space.pull_all(server.addr, 0).await;
        let by_place = check_log(&log);
        for outcome in outcomes.iter().filter(|o| o.space.id == space.id) {
            let batches = outcome
                .answered
                .iter()
                .map(|(b, _)| b)
                .chain(outcome.unanswered.as_ref());
            for pushed in batches.flatten() {
                let stored = by_place.get(&(pushed.device, pushed.seq)).expect("stored");
                assert_eq!(stored.data, pushed.data);
            }
        }
        total += log.len();
    }

    assert!(unanswered_present[&5], "the stored but unanswered push survived");

    // The admin command line sees the same data while the server runs.
    let stats = admin(&data_dir, &["stats"]).await;
    assert!(stats.contains("spaces: 2\n"), "{stats}");
    assert!(stats.contains(&format!("records: {total}\n")), "{stats}");
    server.kill().await;
}

/// Runs `sync-server admin <args> --data-dir <data_dir>` and returns its stdout.
async fn admin(data_dir: &Path, args: &[&str]) -> String {
    let output = timeout(
        PATIENCE,
        Command::new(env!("CARGO_BIN_EXE_sync-server"))
            .arg("admin")
            .args(args)
            .arg("--data-dir")
            .arg(data_dir)
            .env("RUST_LOG", "warn")
            .env_remove("BEGLEITHEFT_DATABASE_URL")
            .output(),
    )
    .await
    .expect("admin finishes")
    .expect("admin runs");
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    String::from_utf8(output.stdout).expect("UTF-8")
}

/// An operator counts the data, compacts what a snapshot covers, and later removes idle spaces.
#[tokio::test]
async fn admin_stats_and_purge() {
    let root = tempfile::tempdir().expect("a temp dir");
    let data_dir = root.path().join("data");
    let server = start(&data_dir, &[]).await;
    let space = Space::new(7);
    space.register(server.addr).await;
    let mut connection = Connection::open(server.addr).await.expect("connect");
    let batch: Vec<PushRecord> = (1..=5).map(|seq| record(9, seq)).collect();
    let (status, _) = connection
        .call(
            "POST",
            &space.records_path(),
            &space.token,
            &wire::encode_push(&batch),
        )
        .await
        .expect("an answer");
    assert_eq!(status, 200);
    let snapshot_path = format!("/api/spaces/{}/snapshot", to_hex(&space.id));
    let (status, _) = connection
        .call(
            "PUT",
            &snapshot_path,
            &space.token,
            &wire::encode_snapshot(3, b"sealed state"),
        )
        .await
        .expect("an answer");
    assert_eq!(status, 204);
    assert_eq!(server.terminate().await.code(), Some(0));

    let stats = admin(&data_dir, &["stats"]).await;
    assert!(stats.contains("spaces: 1\nrecords: 5\n"), "{stats}");
    assert!(stats.contains("snapshots: 1\nsnapshot bytes: 12\n"), "{stats}");

    let purged = admin(&data_dir, &["purge"]).await;
    assert_eq!(
        purged,
        "compacted records deleted: 3\nspaces idle for 400 days deleted: 0\nexpired shares deleted: 0\n"
    );
    assert!(
        admin(&data_dir, &["stats"])
            .await
            .contains("spaces: 1\nrecords: 2\n")
    );

    let purged = admin(&data_dir, &["purge", "--idle-days", "0"]).await;
    assert!(purged.contains("spaces idle for 0 days deleted: 1\n"), "{purged}");
    assert!(
        admin(&data_dir, &["stats"])
            .await
            .starts_with("spaces: 0\nrecords: 0\n")
    );

    // A mistyped data directory is an error, not a new empty database.
    let output = Command::new(env!("CARGO_BIN_EXE_sync-server"))
        .args(["admin", "stats", "--data-dir"])
        .arg(root.path().join("typo"))
        .env_remove("BEGLEITHEFT_DATABASE_URL")
        .output()
        .await
        .expect("admin runs");
    assert!(!output.status.success());
    assert!(String::from_utf8_lossy(&output.stderr).contains("no data directory"));
    assert!(!root.path().join("typo").exists());
}

/// A client that stalls mid-request does not keep the server from stopping: after SIGTERM it gets the
/// grace period, then the server exits cleanly.
#[tokio::test]
async fn shutdown_cuts_off_stalled_requests_after_the_grace_period() {
    let root = tempfile::tempdir().expect("a temp dir");
    let data_dir = root.path().join("data");
    let server = start(&data_dir, &["--shutdown-timeout", "1"]).await;
    let space = Space::new(8);
    space.register(server.addr).await;
    let mut stalled = BufReader::new(TcpStream::connect(server.addr).await.expect("connect"));
    // `Expect: 100-continue` makes the server say when the handler starts reading the body, so the
    // signal below certainly finds this request open.
    let head = format!(
        "POST {} HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer {}\r\nContent-Length: 1000\r\n\
         Expect: 100-continue\r\n\r\n",
        space.records_path(),
        to_hex(&space.token)
    );
    stalled.get_mut().write_all(head.as_bytes()).await.expect("send");
    let mut line = String::new();
    timeout(PATIENCE, stalled.read_line(&mut line))
        .await
        .expect("the server reads the body")
        .expect("a line");
    assert!(line.starts_with("HTTP/1.1 100"), "{line}");
    line.clear();
    stalled
        .read_line(&mut line)
        .await
        .expect("the end of the interim answer");
    assert_eq!(line, "\r\n");
    // A tenth of the body, then nothing.
    stalled.get_mut().write_all(&[1; 100]).await.expect("send");

    let status = server.terminate().await;
    assert_eq!(status.code(), Some(0), "a clean exit after the grace period");
    let mut rest = Vec::new();
    // The stalled connection was closed without an answer.
    let read = timeout(PATIENCE, stalled.read_to_end(&mut rest))
        .await
        .expect("closed");
    assert!(
        read.is_err() || rest.is_empty(),
        "{}",
        String::from_utf8_lossy(&rest)
    );
}

/// Even at debug level, the server's log names no token, no space id and no body: the operator of a
/// server learns nothing from its logs that links requests to a person's data.
#[tokio::test]
async fn debug_logs_carry_no_token_space_or_body() {
    let root = tempfile::tempdir().expect("a temp dir");
    let data_dir = root.path().join("data");
    let log_path = root.path().join("server.log");
    let log = std::fs::File::create(&log_path).expect("a log file");
    let server = start_logging(&data_dir, &[], "debug", Stdio::from(log)).await;
    let space = Space::new(0xc4);
    space.register(server.addr).await;
    let marker = b"BODY-MARKER-3f9a".to_vec();
    let mut connection = Connection::open(server.addr).await.expect("connect");
    let push = wire::encode_push(&[PushRecord {
        device: [0xd7; 8],
        seq: 1,
        data: marker.clone(),
    }]);
    let snapshot_path = format!("/api/spaces/{}/snapshot", to_hex(&space.id));
    let wrong_token = [0xee; 32];
    let calls: [(&str, String, &[u8; 32], Vec<u8>); 7] = [
        ("POST", space.records_path(), &space.token, push),
        (
            "GET",
            format!("{}?after=0", space.records_path()),
            &space.token,
            Vec::new(),
        ),
        (
            "PUT",
            snapshot_path.clone(),
            &space.token,
            wire::encode_snapshot(1, &marker),
        ),
        ("GET", snapshot_path, &space.token, Vec::new()),
        ("GET", space.records_path(), &wrong_token, Vec::new()),
        ("POST", space.records_path(), &space.token, marker.clone()),
        (
            "DELETE",
            format!("/api/spaces/{}", to_hex(&space.id)),
            &space.token,
            Vec::new(),
        ),
    ];
    let mut statuses = Vec::new();
    for (method, path, token, body) in calls {
        let (status, _) = connection
            .call(method, &path, token, &body)
            .await
            .expect("an answer");
        statuses.push(status);
    }
    assert_eq!(statuses, [200, 200, 204, 200, 403, 400, 204]);
    assert_eq!(server.terminate().await.code(), Some(0));

    let log = std::fs::read_to_string(&log_path).expect("the log");
    assert!(
        log.contains("/api/spaces/{space}/records"),
        "the log has request lines: {log}"
    );
    let secrets = [
        to_hex(&space.id),
        to_hex(&space.token),
        to_hex(&wrong_token),
        to_hex(&booklet::sync::crypto::token_hash(&space.token)),
        to_hex(&[0xd7; 8]),
        String::from_utf8(marker).expect("ASCII"),
    ];
    for secret in secrets {
        assert!(!log.contains(&secret), "the log contains {secret}");
    }
}
