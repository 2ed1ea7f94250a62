//! Link shares (SHARES.md) in process over SQLite: PINs counted atomically over a share's life, one 404 for
//! every unreadable share, revocation that deletes the ciphertext, the purge of expired shares, the owner's
//! endpoints, live updates, proposals, and JSON 400/413 for malformed input.

mod common;

use std::net::SocketAddr;
use std::sync::Arc;
use std::sync::atomic::{AtomicI64, Ordering};

use axum::Router;
use axum::body::{Body, Bytes};
use axum::extract::ConnectInfo;
use axum::http::{HeaderMap, Method, Request, StatusCode, header};
use axum::response::Response;
use base64::Engine;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use booklet::sync::crypto::to_hex;
use http_body_util::BodyExt;
use serde_json::{Value, json};
use sync_server::{AppState, Limits, Rate, Store, app};
use tower::ServiceExt;

const DAY_MS: i64 = 24 * 60 * 60 * 1000;
/// Where the test clock starts: 2026-01-01.
const START_MS: i64 = 1_767_225_600_000;

/// The app over a fresh SQLite store, with a clock the test moves.
struct TestApp {
    app: Router,
    store: Arc<dyn Store>,
    clock: Arc<AtomicI64>,
    dir: tempfile::TempDir,
}

impl TestApp {
    async fn new(limits: Limits) -> Self {
        let (store, dir) = common::sqlite_store().await;
        let clock = Arc::new(AtomicI64::new(START_MS));
        let reading = Arc::clone(&clock);
        let state = AppState::with_limits(Arc::clone(&store), dir.path().join("no-dist"), limits)
            .with_clock(Arc::new(move || reading.load(Ordering::SeqCst)));
        Self {
            app: app(state),
            store,
            clock,
            dir,
        }
    }

    /// No rate limits except where a test sets them.
    async fn unlimited() -> Self {
        Self::new(Limits {
            pin_rate: Rate::OFF,
            share_create_rate: Rate::OFF,
            login_rate: Rate::OFF,
            ..Limits::default()
        })
        .await
    }

    fn now(&self) -> i64 {
        self.clock.load(Ordering::SeqCst)
    }

    fn advance(&self, ms: i64) {
        self.clock.fetch_add(ms, Ordering::SeqCst);
    }

    async fn send(&self, request: Request<Body>) -> Response {
        self.app
            .clone()
            .oneshot(request)
            .await
            .expect("the router is infallible")
    }

    async fn call(&self, method: Method, path: &str, bearer: Option<&[u8; 32]>, body: Value) -> Response {
        self.send(request(method, path, bearer, body.to_string())).await
    }
}

fn request(method: Method, path: &str, bearer: Option<&[u8; 32]>, body: impl Into<Body>) -> Request<Body> {
    let mut builder = Request::builder()
        .method(method)
        .uri(path)
        .header(header::CONTENT_TYPE, "application/json");
    if let Some(token) = bearer {
        builder = builder.header(header::AUTHORIZATION, format!("Bearer {}", to_hex(token)));
    }
    let mut request = builder.body(body.into()).expect("a request");
    // As `serve` gives it: the client's address for the per-address buckets.
    let addr: SocketAddr = "192.0.2.1:50000".parse().expect("an address");
    request.extensions_mut().insert(ConnectInfo(addr));
    request
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

/// Asserts the JSON error shape and code; returns the headers and body bytes.
async fn expect_error(response: Response, status: StatusCode, code: &str) -> (HeaderMap, Vec<u8>) {
    assert_eq!(response.status(), status, "want {code}");
    let headers = response.headers().clone();
    assert_eq!(
        headers.get(header::CONTENT_TYPE).map(|v| v.as_bytes()),
        Some(&b"application/json"[..]),
        "{code}"
    );
    let bytes = body(response).await;
    let value: Value = serde_json::from_slice(&bytes).expect("JSON");
    assert_eq!(value["code"], code, "{value}");
    assert!(value["message"].is_string(), "{value}");
    (headers, bytes)
}

/// The `remainingAttempts` of a PIN error.
async fn pin_error(response: Response, code: &str) -> u64 {
    let (_, bytes) = expect_error(response, StatusCode::UNAUTHORIZED, code).await;
    let value: Value = serde_json::from_slice(&bytes).expect("JSON");
    value["remainingAttempts"].as_u64().expect("remainingAttempts")
}

fn b64(bytes: &[u8]) -> String {
    URL_SAFE_NO_PAD.encode(bytes)
}

/// A share as an owner's app would make it: random-looking id and token per `n`, a sealed-looking body
/// that carries a marker the tests can look for in the database file.
#[derive(Clone)]
struct Share {
    id: [u8; 16],
    token: [u8; 32],
    marker: String,
}

impl Share {
    fn new(n: u8) -> Self {
        Self {
            id: [n ^ 0xa5; 16],
            token: [n.wrapping_add(0x3c); 32],
            marker: format!("SHARE-MARKER-{n:03}-7d1e"),
        }
    }

    fn seal(&self) -> Vec<u8> {
        let mut seal = vec![0x11; 24];
        seal.extend_from_slice(self.marker.as_bytes());
        seal.extend_from_slice(&[0x22; 16]);
        seal
    }

    fn path(&self, tail: &str) -> String {
        format!("/api/shares/{}{tail}", to_hex(&self.id))
    }

    fn body(&self, pin: Option<&str>, days: u32, live: bool, writable: bool) -> Value {
        let mut body = json!({
            "id": to_hex(&self.id),
            "owner_token": to_hex(&self.token),
            "ciphertext": b64(&self.seal()),
            "expires_in_days": days,
            "live": live,
            "writable": writable,
        });
        if let Some(pin) = pin {
            body["pin"] = json!(pin);
        }
        body
    }

    async fn create(&self, app: &TestApp, pin: Option<&str>, days: u32, live: bool, writable: bool) -> Value {
        let response = app
            .call(
                Method::POST,
                "/api/shares",
                None,
                self.body(pin, days, live, writable),
            )
            .await;
        json(response, StatusCode::CREATED).await
    }

    async fn open(&self, app: &TestApp, pin: Option<&str>, label: Option<&str>) -> Response {
        let mut body = json!({});
        if let Some(pin) = pin {
            body["pin"] = json!(pin);
        }
        if let Some(label) = label {
            body["label"] = json!(label);
        }
        app.call(Method::POST, &self.path("/open"), None, body).await
    }

    async fn owner_view(&self, app: &TestApp) -> Value {
        let response = app
            .call(Method::GET, &self.path("/owner"), Some(&self.token), json!(null))
            .await;
        json(response, StatusCode::OK).await
    }

    async fn revoke(&self, app: &TestApp) {
        let response = app
            .send(request(
                Method::DELETE,
                &self.path(""),
                Some(&self.token),
                Body::empty(),
            ))
            .await;
        assert_eq!(response.status(), StatusCode::NO_CONTENT);
    }
}

/// Acceptance 1: a PIN share counts wrong PINs down from 5, a right PIN opens it (logged with the typed
/// label) until the fifth wrong one disables it; and 20 wrong PINs at once disable a share after exactly 5.
#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn wrong_pins_are_counted_over_the_lifetime_and_atomically() {
    let app = TestApp::unlimited().await;
    let share = Share::new(1);
    let created = share.create(&app, Some("4711"), 7, false, false).await;
    assert_eq!(created["id"], to_hex(&share.id));
    assert_eq!(created["expires_at"], app.now() + 7 * DAY_MS);

    assert_eq!(
        pin_error(share.open(&app, None, None).await, "pin_required").await,
        5
    );
    for remaining in [4, 3, 2, 1] {
        let response = share.open(&app, Some("0000"), None).await;
        assert_eq!(pin_error(response, "wrong_pin").await, remaining);
    }
    assert_eq!(
        pin_error(share.open(&app, None, None).await, "pin_required").await,
        1
    );
    // The right PIN before the fifth wrong one opens it, and the open is logged.
    let response = share.open(&app, Some("4711"), Some("  Jobcenter Rheine ")).await;
    let opened = json(response, StatusCode::OK).await;
    assert_eq!(opened["ciphertext"], b64(&share.seal()));
    assert_eq!(opened["writable"], false);
    assert_eq!(opened["expires_at"], created["expires_at"]);
    let view = share.owner_view(&app).await;
    assert_eq!(view["state"], "active");
    assert_eq!(view["remaining_attempts"], 1);
    assert_eq!(
        view["access"],
        json!([{"at": app.now(), "label": "Jobcenter Rheine", "account": false}])
    );
    // The fifth wrong PIN disables it: 0 remaining, and then even the right PIN finds nothing.
    assert_eq!(
        pin_error(share.open(&app, Some("9999"), None).await, "wrong_pin").await,
        0
    );
    expect_error(
        share.open(&app, Some("4711"), None).await,
        StatusCode::NOT_FOUND,
        "not_found",
    )
    .await;
    let view = share.owner_view(&app).await;
    assert_eq!(view["state"], "disabled");
    assert_eq!(view["remaining_attempts"], 0);
    assert_eq!(view["access"].as_array().map(Vec::len), Some(1));

    // 20 wrong PINs at once: exactly 5 are counted (4, 3, 2, 1, 0 remaining), the rest find no share.
    let share = Share::new(2);
    share.create(&app, Some("12345678"), 7, false, false).await;
    let tries: Vec<_> = (0..20)
        .map(|n| {
            let app_router = app.app.clone();
            let request = request(
                Method::POST,
                &share.path("/open"),
                None,
                json!({"pin": format!("{:08}", 1000 + n)}).to_string(),
            );
            tokio::spawn(async move { app_router.oneshot(request).await.expect("infallible") })
        })
        .collect();
    let mut remaining = Vec::new();
    let mut not_found = 0;
    for try_ in tries {
        let response = try_.await.expect("the task finished");
        match response.status() {
            StatusCode::UNAUTHORIZED => remaining.push(pin_error(response, "wrong_pin").await),
            StatusCode::NOT_FOUND => {
                expect_error(response, StatusCode::NOT_FOUND, "not_found").await;
                not_found += 1;
            }
            other => panic!("unexpected {other}"),
        }
    }
    remaining.sort_unstable();
    assert_eq!(remaining, [0, 1, 2, 3, 4]);
    assert_eq!(not_found, 15);
    expect_error(
        share.open(&app, Some("12345678"), None).await,
        StatusCode::NOT_FOUND,
        "not_found",
    )
    .await;
    let view = share.owner_view(&app).await;
    assert_eq!(view["state"], "disabled");
    assert_eq!(view["access"], json!([]));
}

/// Acceptance 2: revoked, expired, disabled and never-existing shares answer opens and proposals with the
/// same 404, byte for byte; a revoked share's ciphertext is gone from the database file at once, and
/// expired shares are deleted by the purge job.
#[tokio::test]
async fn unreadable_shares_all_look_like_none() {
    let app = TestApp::unlimited().await;
    let revoked = Share::new(10);
    let expired = Share::new(11);
    let disabled = Share::new(12);
    let never = Share::new(13);
    let kept = Share::new(14);
    revoked.create(&app, None, 30, false, true).await;
    expired.create(&app, None, 1, false, true).await;
    disabled.create(&app, Some("2468"), 30, false, true).await;
    kept.create(&app, None, 30, false, true).await;

    revoked.revoke(&app).await;
    for _ in 0..5 {
        disabled.open(&app, Some("1357"), None).await;
    }
    app.advance(DAY_MS + 1);
    let states = [
        (&revoked, "revoked"),
        (&expired, "expired"),
        (&disabled, "disabled"),
    ];
    for (share, state) in states {
        assert_eq!(share.owner_view(&app).await["state"], state);
    }

    let mut answers = Vec::new();
    for share in [&revoked, &expired, &disabled, &never] {
        for pin in [None, Some("2468")] {
            answers.push(
                expect_error(
                    share.open(&app, pin, None).await,
                    StatusCode::NOT_FOUND,
                    "not_found",
                )
                .await,
            );
            let proposal = json!({"ciphertext": b64(&[7; 64]), "pin": pin});
            let response = app
                .call(Method::POST, &share.path("/proposals"), None, proposal)
                .await;
            answers.push(expect_error(response, StatusCode::NOT_FOUND, "not_found").await);
        }
        // The owner endpoints with someone else's token: the same answer.
        let response = app
            .call(Method::GET, &share.path("/owner"), Some(&kept.token), json!(null))
            .await;
        answers.push(expect_error(response, StatusCode::NOT_FOUND, "not_found").await);
    }
    for answer in &answers[1..] {
        assert_eq!(answer, &answers[0]);
    }
    // The open share is unaffected.
    assert_eq!(kept.open(&app, None, None).await.status(), StatusCode::OK);

    // The purge job deletes exactly the expired share; afterwards its owner sees nothing either.
    let purged = sync_server::server::purge_expired_shares(app.store.as_ref(), app.now())
        .await
        .expect("the purge runs");
    assert_eq!(purged, 1);
    let response = app
        .call(
            Method::GET,
            &expired.path("/owner"),
            Some(&expired.token),
            json!(null),
        )
        .await;
    let (_, gone) = expect_error(response, StatusCode::NOT_FOUND, "not_found").await;
    assert_eq!(gone, answers[0].1);
    assert_eq!(revoked.owner_view(&app).await["state"], "revoked");

    // The revoked share's ciphertext is gone from the file and its WAL; the kept one's is there.
    app.store.close().await;
    let mut bytes = Vec::new();
    for entry in std::fs::read_dir(app.dir.path()).expect("the store's dir") {
        let path = entry.expect("an entry").path();
        if path.is_file() {
            bytes.extend(std::fs::read(&path).expect("readable"));
        }
    }
    let contains = |needle: &str| bytes.windows(needle.len()).any(|w| w == needle.as_bytes());
    assert!(contains(&kept.marker), "the check can find a stored ciphertext");
    assert!(
        !contains(&revoked.marker),
        "the revoked ciphertext is still in the database"
    );
}

/// The owner's endpoints: a wrong token answers like an unknown share (404, same body), a missing or
/// malformed one is 401; the owner sees state, expiry, attempts, access log and proposals.
#[tokio::test]
async fn owner_endpoints_need_the_owner_token() {
    let app = TestApp::unlimited().await;
    let share = Share::new(20);
    let unknown = Share::new(21);
    share.create(&app, None, 7, true, true).await;
    let wrong = [0x99; 32];
    let update = json!({"ciphertext": b64(&[5; 48])}).to_string();
    let calls = [
        (Method::GET, share.path("/owner"), String::new()),
        (Method::PUT, share.path(""), update.clone()),
        (Method::DELETE, share.path(""), String::new()),
        (Method::DELETE, share.path("/proposals/1"), String::new()),
    ];
    for (method, path, payload) in calls {
        let response = app
            .send(request(method.clone(), &path, Some(&wrong), payload.clone()))
            .await;
        let wrong_token = expect_error(response, StatusCode::NOT_FOUND, "not_found").await;
        let unknown_path = path.replace(&to_hex(&share.id), &to_hex(&unknown.id));
        let response = app
            .send(request(
                method.clone(),
                &unknown_path,
                Some(&unknown.token),
                payload.clone(),
            ))
            .await;
        let unknown_share = expect_error(response, StatusCode::NOT_FOUND, "not_found").await;
        assert_eq!(wrong_token, unknown_share, "{method} {path}");
        let response = app.send(request(method.clone(), &path, None, payload)).await;
        expect_error(response, StatusCode::UNAUTHORIZED, "unauthorized").await;
    }
    // None of that touched the share.
    let view = share.owner_view(&app).await;
    assert_eq!(
        view,
        json!({
            "state": "active",
            "expires_at": START_MS + 7 * DAY_MS,
            "remaining_attempts": 5,
            "access": [],
            "proposals": [],
        })
    );
    // Revoking is idempotent for the owner.
    share.revoke(&app).await;
    share.revoke(&app).await;
    assert_eq!(share.owner_view(&app).await["state"], "revoked");
}

/// A live share takes new ciphertext, which the next reader gets with its time; a share that is not live,
/// or no longer active, answers 409 `not_live`.
#[tokio::test]
async fn live_shares_take_updates() {
    let app = TestApp::unlimited().await;
    let live = Share::new(30);
    let fixed = Share::new(31);
    live.create(&app, None, 7, true, false).await;
    fixed.create(&app, None, 7, false, false).await;
    let first = json(live.open(&app, None, None).await, StatusCode::OK).await;
    assert_eq!(first["updated_at"], START_MS);

    app.advance(60_000);
    let new_seal = [0x5a; 80];
    let update = || json!({"ciphertext": b64(&new_seal)}).to_string();
    let response = app
        .send(request(Method::PUT, &live.path(""), Some(&live.token), update()))
        .await;
    assert_eq!(response.status(), StatusCode::NO_CONTENT);
    let second = json(live.open(&app, None, None).await, StatusCode::OK).await;
    assert_eq!(second["ciphertext"], b64(&new_seal));
    assert_eq!(second["updated_at"], START_MS + 60_000);

    let response = app
        .send(request(
            Method::PUT,
            &fixed.path(""),
            Some(&fixed.token),
            update(),
        ))
        .await;
    expect_error(response, StatusCode::CONFLICT, "not_live").await;
    assert_eq!(
        json(fixed.open(&app, None, None).await, StatusCode::OK).await["ciphertext"],
        b64(&fixed.seal())
    );
    live.revoke(&app).await;
    let response = app
        .send(request(Method::PUT, &live.path(""), Some(&live.token), update()))
        .await;
    expect_error(response, StatusCode::CONFLICT, "not_live").await;
}

/// Proposals: readers of a writable share send them (with its PIN), the owner sees them with their label
/// and deletes them after deciding; a share without write access refuses them with 403 `not_writable`;
/// revoking deletes waiting ones.
#[tokio::test]
async fn proposals_reach_the_owner() {
    let app = TestApp::unlimited().await;
    let share = Share::new(40);
    share.create(&app, Some("1234"), 7, false, true).await;
    let proposal = vec![0x77; 100];
    let propose = |pin: Option<&str>, label: &str| {
        let mut body = json!({"ciphertext": b64(&proposal), "label": label});
        if let Some(pin) = pin {
            body["pin"] = json!(pin);
        }
        request(Method::POST, &share.path("/proposals"), None, body.to_string())
    };
    assert_eq!(
        pin_error(app.send(propose(None, "x")).await, "pin_required").await,
        5
    );
    assert_eq!(
        pin_error(app.send(propose(Some("4321"), "x")).await, "wrong_pin").await,
        4
    );
    let first = json(
        app.send(propose(Some("1234"), "Jobcenter Rheine")).await,
        StatusCode::CREATED,
    )
    .await;
    app.advance(1000);
    let second = json(app.send(propose(Some("1234"), "")).await, StatusCode::CREATED).await;
    let (first, second) = (
        first["id"].as_str().expect("an id").to_owned(),
        second["id"].as_str().expect("an id").to_owned(),
    );
    assert!(first.parse::<i64>().is_ok(), "{first}");
    assert_ne!(first, second);

    let view = share.owner_view(&app).await;
    assert_eq!(view["remaining_attempts"], 4);
    assert_eq!(
        view["proposals"],
        json!([
            {"id": first, "at": START_MS, "label": "Jobcenter Rheine", "ciphertext": b64(&proposal)},
            {"id": second, "at": START_MS + 1000, "label": "", "ciphertext": b64(&proposal)},
        ])
    );
    let delete = |id: &str| {
        request(
            Method::DELETE,
            &share.path(&format!("/proposals/{id}")),
            Some(&share.token),
            Body::empty(),
        )
    };
    assert_eq!(app.send(delete(&first)).await.status(), StatusCode::NO_CONTENT);
    expect_error(app.send(delete(&first)).await, StatusCode::NOT_FOUND, "not_found").await;
    let view = share.owner_view(&app).await;
    assert_eq!(view["proposals"].as_array().map(Vec::len), Some(1));

    let read_only = Share::new(41);
    read_only.create(&app, None, 7, false, false).await;
    let body = json!({"ciphertext": b64(&proposal)});
    let response = app
        .call(Method::POST, &read_only.path("/proposals"), None, body)
        .await;
    expect_error(response, StatusCode::FORBIDDEN, "not_writable").await;

    share.revoke(&app).await;
    assert_eq!(share.owner_view(&app).await["proposals"], json!([]));
    expect_error(
        app.send(propose(Some("1234"), "x")).await,
        StatusCode::NOT_FOUND,
        "not_found",
    )
    .await;
}

/// Malformed input is JSON 400, oversized ciphertext JSON 413 (announced, streamed, or decoded), a taken id
/// 409 `exists`; none of them stores anything.
#[tokio::test]
async fn malformed_and_oversized_input_is_refused_in_json() {
    let app = TestApp::unlimited().await;
    // An id with letters, so upper case differs.
    let share = Share::new(0x0f);
    let good = share.body(None, 7, false, false);
    let with = |key: &str, value: Value| {
        let mut body = good.clone();
        body[key] = value;
        body
    };
    let without = |key: &str| {
        let mut body = good.clone();
        body.as_object_mut().expect("an object").remove(key);
        body
    };
    let bad_bodies = [
        with("id", json!(to_hex(&share.id).to_uppercase())),
        with("id", json!("00")),
        with("owner_token", json!("ab")),
        with("expires_in_days", json!(0)),
        with("expires_in_days", json!(91)),
        with("expires_in_days", json!(-1)),
        with("pin", json!("12a4")),
        with("pin", json!("123")),
        with("pin", json!("123456789")),
        with("ciphertext", json!("not base64!")),
        with("ciphertext", json!(format!("{}==", b64(&[1; 64])))),
        with("ciphertext", json!(b64(&[1; 39]))),
        with("live", json!("yes")),
        without("writable"),
        without("ciphertext"),
        json!([]),
    ];
    for bad in bad_bodies {
        let response = app.call(Method::POST, "/api/shares", None, bad.clone()).await;
        assert_eq!(response.status(), StatusCode::BAD_REQUEST, "{bad}");
        expect_error(response, StatusCode::BAD_REQUEST, "bad_request").await;
    }
    let response = app.send(request(Method::POST, "/api/shares", None, "{")).await;
    expect_error(response, StatusCode::BAD_REQUEST, "bad_request").await;
    // Nothing was stored: the id is still free, and then taken.
    let response = app.call(Method::POST, "/api/shares", None, good.clone()).await;
    assert_eq!(response.status(), StatusCode::CREATED);
    let response = app.call(Method::POST, "/api/shares", None, good.clone()).await;
    expect_error(response, StatusCode::CONFLICT, "exists").await;
    // The default expiry is 7 days.
    let other = Share::new(51);
    let mut body = other.body(None, 7, false, false);
    body.as_object_mut().expect("an object").remove("expires_in_days");
    let created = json(
        app.call(Method::POST, "/api/shares", None, body).await,
        StatusCode::CREATED,
    )
    .await;
    assert_eq!(created["expires_at"], START_MS + 7 * DAY_MS);

    // 64 KiB of ciphertext fit, one byte more does not, however it arrives.
    let big = Share::new(52);
    let fits = json!({
        "id": to_hex(&big.id), "owner_token": to_hex(&big.token), "ciphertext": b64(&vec![3; 64 * 1024]),
        "live": true, "writable": false,
    });
    let over = with("ciphertext", json!(b64(&vec![3; 64 * 1024 + 1])));
    let far_over = with("ciphertext", json!(b64(&vec![3; 200 * 1024])));
    expect_error(
        app.call(Method::POST, "/api/shares", None, over.clone()).await,
        StatusCode::PAYLOAD_TOO_LARGE,
        "too_large",
    )
    .await;
    let payload = far_over.to_string().into_bytes();
    let mut announced = request(Method::POST, "/api/shares", None, payload.clone());
    announced
        .headers_mut()
        .insert(header::CONTENT_LENGTH, payload.len().into());
    expect_error(
        app.send(announced).await,
        StatusCode::PAYLOAD_TOO_LARGE,
        "too_large",
    )
    .await;
    let chunks: Vec<Result<Bytes, std::io::Error>> = payload
        .chunks(4096)
        .map(|chunk| Ok(Bytes::copy_from_slice(chunk)))
        .collect();
    let streamed = request(
        Method::POST,
        "/api/shares",
        None,
        Body::from_stream(futures::stream::iter(chunks)),
    );
    expect_error(
        app.send(streamed).await,
        StatusCode::PAYLOAD_TOO_LARGE,
        "too_large",
    )
    .await;
    assert_eq!(
        app.call(Method::POST, "/api/shares", None, fits).await.status(),
        StatusCode::CREATED
    );
    let update = json!({"ciphertext": b64(&vec![3; 64 * 1024 + 1])});
    let response = app
        .call(Method::PUT, &big.path(""), Some(&big.token), update)
        .await;
    expect_error(response, StatusCode::PAYLOAD_TOO_LARGE, "too_large").await;

    // Proposals: as large as the app makes them (32 KiB and the seal's 40 bytes).
    let writable = Share::new(53);
    writable.create(&app, None, 7, false, true).await;
    let propose = |bytes: usize| json!({"ciphertext": b64(&vec![4; bytes])});
    let response = app
        .call(
            Method::POST,
            &writable.path("/proposals"),
            None,
            propose(32 * 1024 + 41),
        )
        .await;
    expect_error(response, StatusCode::PAYLOAD_TOO_LARGE, "too_large").await;
    let response = app
        .call(
            Method::POST,
            &writable.path("/proposals"),
            None,
            propose(32 * 1024 + 40),
        )
        .await;
    assert_eq!(response.status(), StatusCode::CREATED);

    // Ids, PINs and proposal numbers in paths and bodies of the other routes.
    let cases = [
        (Method::POST, "/api/shares/XYZ/open".to_owned(), json!({})),
        (Method::POST, writable.path("/open"), json!({"pin": "12"})),
        (Method::POST, writable.path("/open"), json!({"pin": 1234})),
        (Method::POST, writable.path("/open"), json!(null)),
        (Method::POST, writable.path("/proposals"), json!({})),
    ];
    for (method, path, payload) in cases {
        let response = app.call(method, &path, None, payload.clone()).await;
        assert_eq!(response.status(), StatusCode::BAD_REQUEST, "{path} {payload}");
        expect_error(response, StatusCode::BAD_REQUEST, "bad_request").await;
    }
    let response = app
        .send(request(
            Method::DELETE,
            &writable.path("/proposals/first"),
            Some(&writable.token),
            Body::empty(),
        ))
        .await;
    expect_error(response, StatusCode::BAD_REQUEST, "bad_request").await;
}
