//! Advisor accounts and the security of the share API (SHARES.md): login with identical refusals, HttpOnly
//! SameSite=Strict session cookies, CSRF on state-changing requests, logout, the workspace, rate limits on
//! logins, PIN tries and share creation; and, through the real binary, `admin create-advisor` and logs that
//! name no share id, key, token, PIN, cookie or e-mail address.

mod common;

use std::net::SocketAddr;
use std::path::Path;
use std::process::Stdio;
use std::sync::Arc;
use std::time::Duration;

use axum::Router;
use axum::body::Body;
use axum::extract::ConnectInfo;
use axum::http::{HeaderMap, Method, Request, StatusCode, header};
use axum::response::Response;
use base64::Engine;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use booklet::sync::crypto::{to_hex, token_hash};
use http_body_util::BodyExt;
use serde_json::{Value, json};
use sync_server::store::NewAdvisor;
use sync_server::{AppState, Limits, Rate, Store, app};
use tokio::io::{AsyncBufReadExt, AsyncReadExt, AsyncWriteExt, BufReader};
use tokio::net::TcpStream;
use tokio::process::Command;
use tokio::time::timeout;
use tower::ServiceExt;

/// A safety net for waits on the binary, never a measure of speed.
const PATIENCE: Duration = Duration::from_secs(120);

const EMAIL: &str = "anna.schmidt@example.org";
const PASSWORD: &str = "correct horse battery";

struct TestApp {
    app: Router,
    store: Arc<dyn Store>,
    _dir: tempfile::TempDir,
}

impl TestApp {
    async fn new(limits: Limits) -> Self {
        let (store, dir) = common::sqlite_store().await;
        let state = AppState::with_limits(Arc::clone(&store), dir.path().join("no-dist"), limits);
        let advisor = NewAdvisor {
            email: EMAIL.into(),
            name: "Anna Schmidt".into(),
            organisation: "Jobcenter Rheine".into(),
            password_hash: sync_server::secret::hash(PASSWORD).expect("hashed"),
            created_ms: 0,
        };
        assert!(
            store
                .create_advisor(&advisor)
                .await
                .expect("the store answers")
                .is_some()
        );
        Self {
            app: app(state),
            store,
            _dir: dir,
        }
    }

    async fn unlimited() -> Self {
        Self::new(Limits {
            pin_rate: Rate::OFF,
            share_create_rate: Rate::OFF,
            login_rate: Rate::OFF,
            ..Limits::default()
        })
        .await
    }

    async fn send(&self, request: Request<Body>) -> Response {
        self.app
            .clone()
            .oneshot(request)
            .await
            .expect("the router is infallible")
    }

    /// Logs in from `ip`; the session on success.
    async fn login(&self, email: &str, password: &str, ip: u8) -> Result<Session, Response> {
        let body = json!({"email": email, "password": password});
        let response = self
            .send(Call::new(Method::POST, "/api/advisor/login").ip(ip).json(&body))
            .await;
        if response.status() != StatusCode::OK {
            return Err(response);
        }
        let cookie = set_cookie(&response);
        let me = json(response, StatusCode::OK).await;
        let token = cookie
            .strip_prefix("bh_session=")
            .and_then(|rest| rest.split(';').next())
            .expect("a session cookie")
            .to_owned();
        Ok(Session {
            cookie_value: token,
            set_cookie: cookie,
            csrf: me["csrf"].as_str().expect("a CSRF token").to_owned(),
            me,
        })
    }
}

/// A logged-in advisor's browser.
#[derive(Debug)]
struct Session {
    cookie_value: String,
    set_cookie: String,
    csrf: String,
    me: Value,
}

impl Session {
    fn cookie(&self) -> String {
        format!("theme=dark; bh_session={}", self.cookie_value)
    }
}

/// A request under construction.
struct Call {
    builder: axum::http::request::Builder,
    ip: u8,
}

impl Call {
    fn new(method: Method, path: &str) -> Self {
        Self {
            builder: Request::builder().method(method).uri(path),
            ip: 1,
        }
    }

    fn ip(mut self, ip: u8) -> Self {
        self.ip = ip;
        self
    }

    fn header(mut self, name: &str, value: &str) -> Self {
        self.builder = self.builder.header(name, value);
        self
    }

    fn session(self, session: &Session, with_csrf: bool) -> Self {
        let call = self.header("cookie", &session.cookie());
        if with_csrf {
            call.header("x-csrf-token", &session.csrf)
        } else {
            call
        }
    }

    fn bearer(self, token: &[u8; 32]) -> Self {
        self.header("authorization", &format!("Bearer {}", to_hex(token)))
    }

    fn json(self, body: &Value) -> Request<Body> {
        self.body(body.to_string())
    }

    fn empty(self) -> Request<Body> {
        self.body(String::new())
    }

    fn body(self, body: String) -> Request<Body> {
        let mut request = self.builder.body(Body::from(body)).expect("a request");
        let addr = SocketAddr::from(([192, 0, 2, self.ip], 40000));
        request.extensions_mut().insert(ConnectInfo(addr));
        request
    }
}

fn set_cookie(response: &Response) -> String {
    response
        .headers()
        .get(header::SET_COOKIE)
        .expect("Set-Cookie")
        .to_str()
        .expect("ASCII")
        .to_owned()
}

async fn body(response: Response) -> Vec<u8> {
    response
        .into_body()
        .collect()
        .await
        .expect("a body")
        .to_bytes()
        .to_vec()
}

async fn json(response: Response, status: StatusCode) -> Value {
    assert_eq!(response.status(), status);
    serde_json::from_slice(&body(response).await).expect("JSON")
}

async fn expect_error(response: Response, status: StatusCode, code: &str) -> (HeaderMap, Vec<u8>) {
    assert_eq!(response.status(), status, "want {code}");
    let headers = response.headers().clone();
    let bytes = body(response).await;
    let value: Value = serde_json::from_slice(&bytes).expect("JSON");
    assert_eq!(value["code"], code, "{value}");
    (headers, bytes)
}

/// A share made by an owner's app.
struct Share {
    id: [u8; 16],
    token: [u8; 32],
}

impl Share {
    fn new(n: u8) -> Self {
        Self {
            id: [n; 16],
            token: [n ^ 0xff; 32],
        }
    }

    fn path(&self, tail: &str) -> String {
        format!("/api/shares/{}{tail}", to_hex(&self.id))
    }

    fn create_request(&self, pin: Option<&str>, ip: u8) -> Request<Body> {
        let mut body = json!({
            "id": to_hex(&self.id),
            "owner_token": to_hex(&self.token),
            "ciphertext": URL_SAFE_NO_PAD.encode([9; 64]),
            "live": false,
            "writable": true,
        });
        if let Some(pin) = pin {
            body["pin"] = json!(pin);
        }
        Call::new(Method::POST, "/api/shares").ip(ip).json(&body)
    }

    async fn create(&self, app: &TestApp, pin: Option<&str>) {
        let response = app.send(self.create_request(pin, 200)).await;
        assert_eq!(response.status(), StatusCode::CREATED);
    }

    fn open(&self) -> Call {
        Call::new(Method::POST, &self.path("/open"))
    }

    fn open_body(pin: Option<&str>) -> Value {
        match pin {
            Some(pin) => json!({"pin": pin, "label": "typed label"}),
            None => json!({"label": "typed label"}),
        }
    }

    async fn owner_view(&self, app: &TestApp) -> Value {
        let response = app
            .send(
                Call::new(Method::GET, &self.path("/owner"))
                    .bearer(&self.token)
                    .empty(),
            )
            .await;
        json(response, StatusCode::OK).await
    }
}

/// Login answers an unknown address and a wrong password identically; a right one sets an HttpOnly,
/// SameSite=Strict session cookie for `/api`. The session names the advisor in the access log and fills the
/// workspace, which drops a revoked share; logout ends the session on the server.
#[tokio::test]
async fn sessions_log_in_name_the_reader_and_log_out() {
    let app = TestApp::unlimited().await;
    let wrong_password = app
        .login(EMAIL, "correct horse battery!", 1)
        .await
        .expect_err("refused");
    let unknown_email = app
        .login("nobody@example.org", PASSWORD, 1)
        .await
        .expect_err("refused");
    let (wrong_headers, wrong) = expect_error(wrong_password, StatusCode::UNAUTHORIZED, "bad_login").await;
    let (unknown_headers, unknown) = expect_error(unknown_email, StatusCode::UNAUTHORIZED, "bad_login").await;
    assert_eq!(wrong, unknown);
    assert_eq!(wrong_headers, unknown_headers);
    assert!(!wrong_headers.contains_key(header::SET_COOKIE));

    let session = app
        .login(" Anna.Schmidt@example.org ", PASSWORD, 1)
        .await
        .expect("logged in");
    let attributes: Vec<&str> = session.set_cookie.split("; ").skip(1).collect();
    assert_eq!(
        attributes,
        ["HttpOnly", "SameSite=Strict", "Path=/api", "Max-Age=43200"]
    );
    assert_eq!(session.cookie_value.len(), 64);
    assert_eq!(session.csrf.len(), 64);
    assert_ne!(session.cookie_value, session.csrf);
    assert_eq!(
        session.me,
        json!({"name": "Anna Schmidt", "organisation": "Jobcenter Rheine", "email": EMAIL, "csrf": session.csrf})
    );
    // The store keeps only the cookie's hash.
    let token: [u8; 32] = booklet::sync::crypto::from_hex(&session.cookie_value).expect("hex");
    assert!(
        app.store
            .session(&token_hash(&token), 0)
            .await
            .expect("the store answers")
            .is_some()
    );

    let me = app
        .send(
            Call::new(Method::GET, "/api/advisor/me")
                .session(&session, false)
                .empty(),
        )
        .await;
    assert_eq!(json(me, StatusCode::OK).await, session.me);
    let me = app.send(Call::new(Method::GET, "/api/advisor/me").empty()).await;
    expect_error(me, StatusCode::UNAUTHORIZED, "unauthorized").await;

    // Opening with the session logs the account, not the typed label, and fills the workspace.
    let share = Share::new(0x31);
    share.create(&app, None).await;
    let open = share.open().session(&session, true).json(&Share::open_body(None));
    assert_eq!(app.send(open).await.status(), StatusCode::OK);
    let anonymous = share.open().json(&Share::open_body(None));
    assert_eq!(app.send(anonymous).await.status(), StatusCode::OK);
    let access = share.owner_view(&app).await["access"].clone();
    assert_eq!(access[0]["label"], "Anna Schmidt (Jobcenter Rheine)");
    assert_eq!(access[0]["account"], true);
    assert_eq!(access[1]["label"], "typed label");
    assert_eq!(access[1]["account"], false);
    let workspace = || {
        Call::new(Method::GET, "/api/advisor/workspace")
            .session(&session, false)
            .empty()
    };
    let listed = json(app.send(workspace()).await, StatusCode::OK).await;
    let shares = listed["shares"].as_array().expect("a list");
    assert_eq!(shares.len(), 1);
    assert_eq!(shares[0]["id"], to_hex(&share.id));
    assert!(shares[0]["opened_at"].is_i64() && shares[0]["expires_at"].is_i64());

    // Revoked: gone from the workspace.
    let revoke = Call::new(Method::DELETE, &share.path(""))
        .bearer(&share.token)
        .empty();
    assert_eq!(app.send(revoke).await.status(), StatusCode::NO_CONTENT);
    let listed = json(app.send(workspace()).await, StatusCode::OK).await;
    assert_eq!(listed, json!({"shares": []}));

    // Logout needs the CSRF token, then ends the session for good.
    let logout = app
        .send(
            Call::new(Method::POST, "/api/advisor/logout")
                .session(&session, false)
                .empty(),
        )
        .await;
    expect_error(logout, StatusCode::FORBIDDEN, "csrf").await;
    let logout = app
        .send(
            Call::new(Method::POST, "/api/advisor/logout")
                .session(&session, true)
                .empty(),
        )
        .await;
    assert_eq!(logout.status(), StatusCode::NO_CONTENT);
    assert_eq!(
        set_cookie(&logout),
        "bh_session=; HttpOnly; SameSite=Strict; Path=/api; Max-Age=0"
    );
    let me = app
        .send(
            Call::new(Method::GET, "/api/advisor/me")
                .session(&session, false)
                .empty(),
        )
        .await;
    expect_error(me, StatusCode::UNAUTHORIZED, "unauthorized").await;
    expect_error(
        app.send(workspace()).await,
        StatusCode::UNAUTHORIZED,
        "unauthorized",
    )
    .await;
    assert!(
        app.store
            .session(&token_hash(&token), 0)
            .await
            .expect("the store answers")
            .is_none()
    );
}

/// Every state-changing request with a live session cookie needs its CSRF token (403 `csrf` without or
/// with a wrong one, accepted with it); reading needs none; a stale cookie gives no authority and blocks
/// nothing; bearer requests are not cookie-authenticated and need none.
#[tokio::test]
async fn state_changing_requests_need_the_csrf_token() {
    let app = TestApp::unlimited().await;
    let session = app.login(EMAIL, PASSWORD, 1).await.expect("logged in");
    let share = Share::new(0x41);
    share.create(&app, Some("2580")).await;
    let proposal = json!({"pin": "2580", "ciphertext": URL_SAFE_NO_PAD.encode([8; 64])});
    let requests = |csrf: Option<&str>| {
        let with = |call: Call| match csrf {
            Some(token) => call
                .header("cookie", &session.cookie())
                .header("x-csrf-token", token),
            None => call.header("cookie", &session.cookie()),
        };
        vec![
            with(share.open()).json(&Share::open_body(Some("2580"))),
            with(Call::new(Method::POST, &share.path("/proposals"))).json(&proposal),
            with(Call::new(Method::POST, "/api/shares")).json(&json!({})),
            with(Call::new(Method::POST, "/api/advisor/login"))
                .json(&json!({"email": EMAIL, "password": PASSWORD})),
            with(Call::new(Method::POST, "/api/advisor/logout")).empty(),
        ]
    };
    let wrong = "0".repeat(64);
    for csrf in [None, Some(""), Some(wrong.as_str()), Some(&session.csrf[..63])] {
        for request in requests(csrf) {
            let path = request.uri().path().to_owned();
            let (_, bytes) = expect_error(app.send(request).await, StatusCode::FORBIDDEN, "csrf").await;
            assert!(!String::from_utf8_lossy(&bytes).contains(&session.csrf), "{path}");
        }
    }
    // Nothing of that reached the handlers: no open logged, no proposal, the PIN untouched.
    let view = share.owner_view(&app).await;
    assert_eq!(
        (view["access"].clone(), view["proposals"].clone()),
        (json!([]), json!([]))
    );
    assert_eq!(view["remaining_attempts"], 5);

    // With the token: accepted.
    let statuses: Vec<StatusCode> = {
        let mut statuses = Vec::new();
        for request in requests(Some(&session.csrf)).into_iter().take(2) {
            statuses.push(app.send(request).await.status());
        }
        statuses
    };
    assert_eq!(statuses, [StatusCode::OK, StatusCode::CREATED]);
    // Reading needs no token.
    let me = app
        .send(
            Call::new(Method::GET, "/api/advisor/me")
                .session(&session, false)
                .empty(),
        )
        .await;
    assert_eq!(me.status(), StatusCode::OK);
    // The owner's bearer requests are not authenticated by the cookie, so they need no token.
    let revoke = Call::new(Method::DELETE, &share.path(""))
        .header("cookie", &session.cookie())
        .bearer(&share.token)
        .empty();
    assert_eq!(app.send(revoke).await.status(), StatusCode::NO_CONTENT);

    // After logout the cookie is stale: it neither authenticates nor blocks a fresh login.
    let logout = Call::new(Method::POST, "/api/advisor/logout")
        .session(&session, true)
        .empty();
    assert_eq!(app.send(logout).await.status(), StatusCode::NO_CONTENT);
    let login = Call::new(Method::POST, "/api/advisor/login")
        .header("cookie", &session.cookie())
        .json(&json!({"email": EMAIL, "password": PASSWORD}));
    assert_eq!(app.send(login).await.status(), StatusCode::OK);
}

/// With `--secure-cookies` the session cookie is also `Secure`.
#[tokio::test]
async fn secure_cookies_are_marked_secure() {
    let app = TestApp::new(Limits {
        secure_cookies: true,
        ..Limits::default()
    })
    .await;
    let session = app.login(EMAIL, PASSWORD, 1).await.expect("logged in");
    assert!(
        session
            .set_cookie
            .ends_with("; HttpOnly; SameSite=Strict; Path=/api; Max-Age=43200; Secure")
    );
    let logout = Call::new(Method::POST, "/api/advisor/logout")
        .session(&session, true)
        .empty();
    let response = app.send(logout).await;
    assert!(set_cookie(&response).ends_with("; Max-Age=0; Secure"));
}

/// Acceptance 5: logins are limited per client address and per e-mail address, PIN-bearing opens and
/// proposals per address and per share, share creation per address; each with 429 and Retry-After.
#[tokio::test]
async fn logins_pins_and_creation_are_rate_limited() {
    // Three at once, then one per 1,000 minutes: the refill cannot make this test flaky.
    let tight = Rate {
        per_minute: 0.001,
        burst: 3,
    };
    let app = TestApp::new(Limits {
        login_rate: tight,
        pin_rate: tight,
        share_create_rate: tight,
        ..Limits::default()
    })
    .await;
    async fn limited(response: Response) {
        let retry_after: u64 = response
            .headers()
            .get(header::RETRY_AFTER)
            .expect("Retry-After")
            .to_str()
            .expect("ASCII")
            .parse()
            .expect("seconds");
        assert!(retry_after >= 1, "{retry_after}");
        expect_error(response, StatusCode::TOO_MANY_REQUESTS, "rate_limited").await;
    }

    // Logins: address 1 with one e-mail address.
    for _ in 0..3 {
        let refused = app.login(EMAIL, "wrong password", 1).await.expect_err("refused");
        expect_error(refused, StatusCode::UNAUTHORIZED, "bad_login").await;
    }
    limited(app.login(EMAIL, PASSWORD, 1).await.expect_err("limited")).await;
    // The same address with another e-mail address, and the same e-mail address from elsewhere.
    limited(
        app.login("other@example.org", PASSWORD, 1)
            .await
            .expect_err("limited"),
    )
    .await;
    limited(
        app.login(&EMAIL.to_uppercase(), PASSWORD, 2)
            .await
            .expect_err("limited"),
    )
    .await;
    // Another address and another e-mail address are not affected.
    let refused = app.login("other@example.org", "x", 3).await.expect_err("refused");
    expect_error(refused, StatusCode::UNAUTHORIZED, "bad_login").await;

    // Share creation per address.
    for n in 0..3 {
        let response = app.send(Share::new(0x50 + n).create_request(None, 9)).await;
        assert_eq!(response.status(), StatusCode::CREATED);
    }
    limited(app.send(Share::new(0x53).create_request(None, 9)).await).await;
    assert_eq!(
        app.send(Share::new(0x53).create_request(None, 10)).await.status(),
        StatusCode::CREATED
    );

    // PIN tries per address: three right PINs from address 4, then refused, even for another share.
    let first = Share::new(0x61);
    let second = Share::new(0x62);
    let third = Share::new(0x63);
    let open_pinless = Share::new(0x64);
    for share in [&first, &second, &third] {
        share.create(&app, Some("1111")).await;
    }
    let created = app.send(open_pinless.create_request(None, 11)).await;
    assert_eq!(created.status(), StatusCode::CREATED);
    let open = |share: &Share, ip: u8| share.open().ip(ip).json(&Share::open_body(Some("1111")));
    for _ in 0..3 {
        assert_eq!(app.send(open(&first, 4)).await.status(), StatusCode::OK);
    }
    limited(app.send(open(&first, 4)).await).await;
    limited(app.send(open(&second, 4)).await).await;
    // Opens without a PIN are not PIN tries.
    let pinless = open_pinless.open().ip(4).json(&Share::open_body(None));
    assert_eq!(app.send(pinless).await.status(), StatusCode::OK);
    // Per share: the first share is used up from any address, for opens and proposals alike.
    limited(app.send(open(&first, 5)).await).await;
    let proposal = Call::new(Method::POST, &first.path("/proposals"))
        .ip(6)
        .json(&json!({"pin": "1111", "ciphertext": URL_SAFE_NO_PAD.encode([8; 64])}));
    limited(app.send(proposal).await).await;
    // The third share from a fresh address is fine.
    assert_eq!(app.send(open(&third, 7)).await.status(), StatusCode::OK);
    // None of the refused tries counted as a wrong PIN.
    assert_eq!(first.owner_view(&app).await["remaining_attempts"], 5);
}

/// A running `sync-server serve` with its log in a file.
struct Running {
    child: tokio::process::Child,
    addr: SocketAddr,
    _stdout: tokio::io::Lines<BufReader<tokio::process::ChildStdout>>,
}

async fn start(data_dir: &Path, log: std::fs::File) -> Running {
    let dist = data_dir.with_extension("dist");
    std::fs::create_dir_all(&dist).expect("a dist dir");
    std::fs::write(dist.join("index.html"), "<!doctype html>").expect("index.html");
    let mut child = Command::new(env!("CARGO_BIN_EXE_sync-server"))
        .args(["serve", "--port", "0", "--data-dir"])
        .arg(data_dir)
        .arg("--dist")
        .arg(&dist)
        .env("RUST_LOG", "debug")
        .env_remove("BEGLEITHEFT_DATABASE_URL")
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::from(log))
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

/// Extra request headers, as (name, value).
type Headers<'a> = &'a [(&'a str, &'a str)];

/// One HTTP/1.1 request on its own connection: the status, the headers (lower-cased names) and the body.
async fn http(
    addr: SocketAddr,
    method: &str,
    path: &str,
    headers: &[(&str, &str)],
    body: &str,
) -> (u16, Vec<(String, String)>, String) {
    let mut stream = TcpStream::connect(addr).await.expect("connect");
    let mut head = format!(
        "{method} {path} HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\nContent-Type: application/json\r\nContent-Length: {}\r\n",
        body.len()
    );
    for (name, value) in headers {
        head.push_str(&format!("{name}: {value}\r\n"));
    }
    head.push_str("\r\n");
    stream.write_all(head.as_bytes()).await.expect("send");
    stream.write_all(body.as_bytes()).await.expect("send");
    let mut answer = String::new();
    timeout(PATIENCE, stream.read_to_string(&mut answer))
        .await
        .expect("an answer")
        .expect("readable");
    let (head, body) = answer.split_once("\r\n\r\n").expect("a head");
    let mut lines = head.lines();
    let status = lines
        .next()
        .and_then(|line| line.split(' ').nth(1))
        .and_then(|code| code.parse().ok())
        .expect("a status line");
    let headers = lines
        .filter_map(|line| line.split_once(": "))
        .map(|(name, value)| (name.to_ascii_lowercase(), value.to_owned()))
        .collect();
    (status, headers, body.to_owned())
}

/// Runs `sync-server admin create-advisor` with `password` on standard input.
async fn create_advisor(data_dir: &Path, email: &str, password: &str) -> std::process::Output {
    let mut child = Command::new(env!("CARGO_BIN_EXE_sync-server"))
        .args([
            "admin",
            "create-advisor",
            "--email",
            email,
            "--name",
            "Anna Schmidt",
        ])
        .args(["--organisation", "Jobcenter Rheine", "--data-dir"])
        .arg(data_dir)
        .env_remove("BEGLEITHEFT_DATABASE_URL")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("admin runs");
    let mut stdin = child.stdin.take().expect("piped stdin");
    stdin
        .write_all(format!("{password}\nnot part of it\n").as_bytes())
        .await
        .expect("the password is written");
    drop(stdin);
    timeout(PATIENCE, child.wait_with_output())
        .await
        .expect("admin finishes")
        .expect("admin ran")
}

/// Through the binary: `admin create-advisor` makes an account that logs in (and refuses short passwords
/// and taken addresses); then, at debug level, a session of logins, shares, PIN tries, opens, proposals
/// and revocations leaves no share id, key, owner token, session token, CSRF token, PIN, e-mail address,
/// password, label or ciphertext in the log.
#[tokio::test]
async fn create_advisor_and_logs_that_name_no_secret() {
    let root = tempfile::tempdir().expect("a temp dir");
    let data_dir = root.path().join("data");
    std::fs::create_dir_all(&data_dir).expect("the data dir");
    let email = "log.test@example.org";
    let password = "a long password 7f3c";
    let output = create_advisor(&data_dir, email, password).await;
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    assert!(String::from_utf8_lossy(&output.stdout).contains("created"));
    let output = create_advisor(&data_dir, email, "another long password").await;
    assert!(!output.status.success());
    assert!(String::from_utf8_lossy(&output.stderr).contains("exists"));
    let output = create_advisor(&data_dir, "short@example.org", "123456789").await;
    assert!(!output.status.success());
    assert!(String::from_utf8_lossy(&output.stderr).contains("at least 10"));

    let log_path = root.path().join("server.log");
    let server = start(&data_dir, std::fs::File::create(&log_path).expect("a log file")).await;
    let addr = server.addr;

    let login = json!({"email": email, "password": password}).to_string();
    let (status, headers, body) = http(addr, "POST", "/api/advisor/login", &[], &login).await;
    assert_eq!(status, 200, "{body}");
    let cookie = headers
        .iter()
        .find(|(name, _)| name == "set-cookie")
        .map(|(_, value)| value.split(';').next().expect("a pair").to_owned())
        .expect("a session cookie");
    let session_token = cookie.trim_start_matches("bh_session=").to_owned();
    let me: Value = serde_json::from_str(&body).expect("JSON");
    let csrf = me["csrf"].as_str().expect("csrf").to_owned();
    let session = [("Cookie", cookie.as_str()), ("X-CSRF-Token", csrf.as_str())];
    let cookie_only = [("Cookie", cookie.as_str())];

    // The share as the owner's app makes it: id, key (only in the link), owner token, PIN.
    let id = [0x5e; 16];
    let key = [0x6b; 32];
    let owner_token = [0x7c; 32];
    let pin = "86420975";
    let marker = b"CIPHERTEXT-MARKER-c0ffee";
    let link = booklet::link::ShareLink { id, key }.to_fragment();
    let seal = URL_SAFE_NO_PAD.encode([&[0u8; 24][..], marker, &[0u8; 16]].concat());
    let share_path = format!("/api/shares/{}", to_hex(&id));
    let bearer = format!("Bearer {}", to_hex(&owner_token));
    let owner = [("Authorization", bearer.as_str())];
    let create = json!({
        "id": to_hex(&id), "owner_token": to_hex(&owner_token), "ciphertext": seal,
        "pin": pin, "live": true, "writable": true,
    })
    .to_string();
    let label = "Label-Marker Rheine";
    let calls: Vec<(&str, String, Headers, String)> = vec![
        ("POST", "/api/shares".into(), &[], create),
        (
            "POST",
            format!("{share_path}/open"),
            &[],
            json!({"pin": "00000000", "label": label}).to_string(),
        ),
        (
            "POST",
            format!("{share_path}/open"),
            &[],
            json!({"label": label}).to_string(),
        ),
        (
            "POST",
            format!("{share_path}/open"),
            &session,
            json!({"pin": pin}).to_string(),
        ),
        (
            "POST",
            format!("{share_path}/open"),
            &cookie_only,
            json!({"pin": pin}).to_string(),
        ),
        (
            "POST",
            format!("{share_path}/proposals"),
            &session,
            json!({"pin": pin, "ciphertext": seal}).to_string(),
        ),
        (
            "PUT",
            share_path.clone(),
            &owner,
            json!({"ciphertext": seal}).to_string(),
        ),
        ("GET", format!("{share_path}/owner"), &owner, String::new()),
        (
            "DELETE",
            format!("{share_path}/proposals/1"),
            &owner,
            String::new(),
        ),
        ("GET", "/api/advisor/workspace".into(), &session, String::new()),
        ("GET", "/api/advisor/me".into(), &session, String::new()),
        ("DELETE", share_path.clone(), &owner, String::new()),
        (
            "POST",
            format!("{share_path}/open"),
            &[],
            json!({"pin": pin}).to_string(),
        ),
        ("POST", "/api/advisor/logout".into(), &session, String::new()),
        (
            "POST",
            "/api/advisor/login".into(),
            &[],
            json!({"email": email, "password": "wrong"}).to_string(),
        ),
    ];
    let mut statuses = Vec::new();
    for (method, path, headers, body) in &calls {
        statuses.push(http(addr, method, path, headers, body).await.0);
    }
    assert_eq!(
        statuses,
        [
            201, 401, 401, 200, 403, 201, 204, 200, 204, 200, 200, 204, 404, 204, 401
        ]
    );
    let status = timeout(PATIENCE, async {
        let pid = server.child.id().expect("running");
        let sent = Command::new("kill")
            .args(["-TERM", &pid.to_string()])
            .status()
            .await
            .expect("kill runs");
        assert!(sent.success());
        let mut child = server.child;
        child.wait().await.expect("its status")
    })
    .await
    .expect("the server exits after SIGTERM");
    assert_eq!(status.code(), Some(0));

    let log = std::fs::read_to_string(&log_path).expect("the log");
    assert!(
        log.contains("/api/shares/{share}/open"),
        "the log has request lines: {log}"
    );
    assert!(log.contains("/api/shares/{share}/proposals/{proposal}"), "{log}");
    let secrets = [
        to_hex(&id),
        to_hex(&key),
        link.clone(),
        link.trim_start_matches(booklet::link::FRAGMENT_PREFIX).to_owned(),
        to_hex(&owner_token),
        to_hex(&token_hash(&owner_token)),
        session_token.clone(),
        csrf.clone(),
        pin.to_owned(),
        email.to_owned(),
        password.to_owned(),
        label.to_owned(),
        seal.clone(),
        String::from_utf8(marker.to_vec()).expect("ASCII"),
    ];
    for secret in secrets {
        assert!(!log.contains(&secret), "the log contains {secret}");
    }
}
