//! The sync API (SYNC.md, "HTTP API") in process over SQLite: auth that reveals nothing, limits, malformed
//! input, push/pull/snapshot/delete semantics, rate limiting and the OpenAPI document.

mod common;

use std::net::SocketAddr;
use std::sync::Arc;

use axum::Router;
use axum::body::{Body, Bytes};
use axum::extract::ConnectInfo;
use axum::http::{Method, Request, StatusCode, header};
use axum::response::Response;
use booklet::sync::crypto::{to_hex, token_hash};
use booklet::sync::wire::{self, PushRecord};
use http_body_util::BodyExt;
use serde_json::{Value, json};
use sync_server::{AppState, Limits, Store, app};
use tower::ServiceExt;

use common::broken::BrokenStore;

/// A client of one space: its id and token as the app derives them (here: fixed bytes per test).
#[derive(Clone, Copy)]
struct Client {
    space: [u8; 16],
    token: [u8; 32],
}

impl Client {
    fn new(n: u8) -> Self {
        Self {
            space: [n; 16],
            token: [n.wrapping_add(100); 32],
        }
    }

    fn space_hex(&self) -> String {
        to_hex(&self.space)
    }

    fn bearer(&self) -> String {
        format!("Bearer {}", to_hex(&self.token))
    }

    /// The same space with another token.
    fn with_token(self, n: u8) -> Self {
        Self {
            token: [n; 32],
            ..self
        }
    }

    fn records_path(&self) -> String {
        format!("/api/spaces/{}/records", self.space_hex())
    }

    fn snapshot_path(&self) -> String {
        format!("/api/spaces/{}/snapshot", self.space_hex())
    }
}

async fn fresh_app(limits: Limits) -> (Router, tempfile::TempDir, Arc<dyn Store>) {
    let (store, dir) = common::sqlite_store().await;
    let state = AppState::with_limits(Arc::clone(&store), dir.path().join("no-dist"), limits);
    (app(state), dir, store)
}

async fn send(app: &Router, request: Request<Body>) -> Response {
    app.clone()
        .oneshot(request)
        .await
        .expect("the router is infallible")
}

fn request(method: Method, path: &str, client: Option<&Client>, body: impl Into<Body>) -> Request<Body> {
    let mut builder = Request::builder().method(method).uri(path);
    if let Some(client) = client {
        builder = builder.header(header::AUTHORIZATION, client.bearer());
    }
    builder.body(body.into()).expect("a request")
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

/// Asserts the JSON error shape and the code, and returns the body bytes.
async fn expect_error(response: Response, status: StatusCode, code: &str) -> Vec<u8> {
    assert_eq!(response.status(), status, "want {code}");
    assert_eq!(
        response.headers().get(header::CONTENT_TYPE).map(|v| v.as_bytes()),
        Some(&b"application/json"[..]),
        "{code}"
    );
    let bytes = body(response).await;
    let value: Value = serde_json::from_slice(&bytes).expect("JSON");
    assert_eq!(value["code"], code, "{value}");
    assert!(value["message"].is_string(), "{value}");
    assert_eq!(value.as_object().map(|o| o.len()), Some(2), "{value}");
    bytes
}

async fn json(response: Response, status: StatusCode) -> Value {
    assert_eq!(response.status(), status);
    serde_json::from_slice(&body(response).await).expect("JSON")
}

async fn register(app: &Router, client: &Client) -> StatusCode {
    let body = json!({"space": client.space_hex()}).to_string();
    send(app, request(Method::POST, "/api/spaces", Some(client), body))
        .await
        .status()
}

fn record(device: u8, seq: u64) -> PushRecord {
    // Seal-sized bytes that differ per record, so a swapped record would show.
    let data = (0..64u8)
        .map(|i| i ^ device ^ (seq as u8).wrapping_mul(31))
        .collect();
    PushRecord {
        device: [device; 8],
        seq,
        data,
    }
}

async fn push(app: &Router, client: &Client, records: &[PushRecord]) -> Value {
    let response = send(
        app,
        request(
            Method::POST,
            &client.records_path(),
            Some(client),
            wire::encode_push(records),
        ),
    )
    .await;
    json(response, StatusCode::OK).await
}

async fn pull(app: &Router, client: &Client, query: &str) -> (Vec<wire::PulledRecord>, bool) {
    let path = format!("{}{query}", client.records_path());
    let response = send(app, request(Method::GET, &path, Some(client), Body::empty())).await;
    assert_eq!(response.status(), StatusCode::OK, "{path}");
    assert_eq!(
        response.headers().get(header::CONTENT_TYPE).map(|v| v.as_bytes()),
        Some(&b"application/octet-stream"[..])
    );
    wire::decode_pull(&body(response).await).expect("a pull body")
}

/// Every way in to a space, as (method, path, body).
fn space_requests(client: &Client) -> Vec<(Method, String, Vec<u8>)> {
    vec![
        (
            Method::POST,
            client.records_path(),
            wire::encode_push(&[record(1, 1)]),
        ),
        (Method::GET, client.records_path(), Vec::new()),
        (
            Method::PUT,
            client.snapshot_path(),
            wire::encode_snapshot(0, b"sealed"),
        ),
        (Method::GET, client.snapshot_path(), Vec::new()),
        (
            Method::DELETE,
            format!("/api/spaces/{}", client.space_hex()),
            Vec::new(),
        ),
    ]
}

/// Without a token, or with a malformed one, every space route is 401; a wrong token and an unknown
/// space get the same 403, byte for byte, so nobody can probe which spaces exist.
#[tokio::test]
async fn wrong_or_missing_tokens_reveal_nothing() {
    let (app, _db, _) = fresh_app(Limits::default()).await;
    let owner = Client::new(1);
    assert_eq!(register(&app, &owner).await, StatusCode::CREATED);
    let intruder = owner.with_token(9);
    let stranger = Client::new(2); // its space was never registered; its token is well-formed

    for (method, path, payload) in space_requests(&owner) {
        let response = send(&app, request(method.clone(), &path, None, payload.clone())).await;
        assert_eq!(
            response
                .headers()
                .get(header::WWW_AUTHENTICATE)
                .map(|v| v.as_bytes()),
            Some(&b"Bearer"[..])
        );
        expect_error(response, StatusCode::UNAUTHORIZED, "unauthorized").await;
        for bad in [
            "Bearer",
            "Bearer abc",
            "Basic dXNlcjpwdw==",
            &format!("Bearer {}", "AB".repeat(32)),
        ] {
            let mut bad_request = request(method.clone(), &path, None, payload.clone());
            bad_request
                .headers_mut()
                .insert(header::AUTHORIZATION, bad.parse().expect("a header value"));
            expect_error(
                send(&app, bad_request).await,
                StatusCode::UNAUTHORIZED,
                "unauthorized",
            )
            .await;
        }

        let wrong_token = send(
            &app,
            request(method.clone(), &path, Some(&intruder), payload.clone()),
        )
        .await;
        let stranger_path = path.replace(&owner.space_hex(), &stranger.space_hex());
        let unknown_space = send(
            &app,
            request(method.clone(), &stranger_path, Some(&stranger), payload),
        )
        .await;
        let wrong_headers = wrong_token.headers().clone();
        let unknown_headers = unknown_space.headers().clone();
        let wrong = expect_error(wrong_token, StatusCode::FORBIDDEN, "forbidden").await;
        let unknown = expect_error(unknown_space, StatusCode::FORBIDDEN, "forbidden").await;
        assert_eq!(wrong, unknown, "{method} {path}");
        assert_eq!(wrong_headers, unknown_headers, "{method} {path}");
    }
    // Registering someone else's space is the same 403.
    let body = json!({"space": owner.space_hex()}).to_string();
    let response = send(&app, request(Method::POST, "/api/spaces", Some(&intruder), body)).await;
    let taken = expect_error(response, StatusCode::FORBIDDEN, "forbidden").await;
    let response = send(
        &app,
        request(
            Method::GET,
            &stranger.records_path(),
            Some(&stranger),
            Body::empty(),
        ),
    )
    .await;
    assert_eq!(
        taken,
        expect_error(response, StatusCode::FORBIDDEN, "forbidden").await
    );
    // And the owner was not locked out by any of it.
    let (records, more) = pull(&app, &owner, "").await;
    assert!(records.is_empty() && !more);
}

/// Registration: 201 with the space, 200 for a retry with the same token; its body and token are checked.
#[tokio::test]
async fn registration_is_idempotent_and_checked() {
    let (app, _db, _) = fresh_app(Limits::default()).await;
    let client = Client::new(0xa3); // hex with letters, so upper case differs
    let body = json!({"space": client.space_hex()}).to_string();
    let response = send(
        &app,
        request(Method::POST, "/api/spaces", Some(&client), body.clone()),
    )
    .await;
    assert_eq!(
        json(response, StatusCode::CREATED).await,
        json!({"space": client.space_hex()})
    );
    let response = send(
        &app,
        request(Method::POST, "/api/spaces", Some(&client), body.clone()),
    )
    .await;
    assert_eq!(
        json(response, StatusCode::OK).await,
        json!({"space": client.space_hex()})
    );

    let response = send(&app, request(Method::POST, "/api/spaces", None, body)).await;
    expect_error(response, StatusCode::UNAUTHORIZED, "unauthorized").await;
    let malformed = [
        "".to_owned(),
        "{".to_owned(),
        "[]".to_owned(),
        json!({"spaces": client.space_hex()}).to_string(),
        json!({"space": client.space_hex().to_uppercase()}).to_string(),
        json!({"space": "00"}).to_string(),
        json!({"space": 7}).to_string(),
    ];
    for body in malformed {
        let response = send(
            &app,
            request(Method::POST, "/api/spaces", Some(&client), body.clone()),
        )
        .await;
        assert_eq!(response.status(), StatusCode::BAD_REQUEST, "{body}");
        expect_error(response, StatusCode::BAD_REQUEST, "bad_request").await;
    }
}

/// Bodies over a route's limit are 413 in the JSON shape, whether the length is announced or streamed,
/// and so are pushes beyond the protocol's record count.
#[tokio::test]
async fn oversized_bodies_are_json_413() {
    let limits = Limits {
        push_body_bytes: 2048,
        snapshot_body_bytes: 4096,
        ..Limits::default()
    };
    let (app, _db, _) = fresh_app(limits).await;
    let client = Client::new(4);
    assert_eq!(register(&app, &client).await, StatusCode::CREATED);

    let big_push = wire::encode_push(&[PushRecord {
        device: [1; 8],
        seq: 1,
        data: vec![7; 3000],
    }]);
    let big_snapshot = wire::encode_snapshot(0, &[7; 5000]);
    let cases = [
        (Method::POST, client.records_path(), big_push.clone()),
        (Method::PUT, client.snapshot_path(), big_snapshot.clone()),
        (
            Method::POST,
            "/api/spaces".to_owned(),
            json!({"space": client.space_hex(), "padding": "x".repeat(5000)})
                .to_string()
                .into_bytes(),
        ),
    ];
    for (method, path, payload) in cases {
        // Announced: refused before the handler runs.
        let mut announced = request(method.clone(), &path, Some(&client), payload.clone());
        announced
            .headers_mut()
            .insert(header::CONTENT_LENGTH, payload.len().into());
        expect_error(
            send(&app, announced).await,
            StatusCode::PAYLOAD_TOO_LARGE,
            "too_large",
        )
        .await;
        // Streamed in chunks without a length: refused while reading.
        let chunks: Vec<Result<Bytes, std::io::Error>> = payload
            .chunks(512)
            .map(|chunk| Ok(Bytes::copy_from_slice(chunk)))
            .collect();
        let streamed = request(
            method,
            &path,
            Some(&client),
            Body::from_stream(futures_stream(chunks)),
        );
        expect_error(
            send(&app, streamed).await,
            StatusCode::PAYLOAD_TOO_LARGE,
            "too_large",
        )
        .await;
    }
    // A snapshot that fits goes through: the snapshot limit is the snapshot's, not the push's.
    let response = send(
        &app,
        request(
            Method::PUT,
            &client.snapshot_path(),
            Some(&client),
            wire::encode_snapshot(0, &[7; 3000]),
        ),
    )
    .await;
    assert_eq!(response.status(), StatusCode::NO_CONTENT);

    // Within the byte limit but over the protocol's 1,000 records.
    let (app, _db, _) = fresh_app(Limits::default()).await;
    assert_eq!(register(&app, &client).await, StatusCode::CREATED);
    let records: Vec<PushRecord> = (1..=1001).map(|seq| record(1, seq)).collect();
    let response = send(
        &app,
        request(
            Method::POST,
            &client.records_path(),
            Some(&client),
            wire::encode_push(&records),
        ),
    )
    .await;
    expect_error(response, StatusCode::PAYLOAD_TOO_LARGE, "too_large").await;
    let (stored, _) = pull(&app, &client, "").await;
    assert!(stored.is_empty(), "nothing of a refused push is stored");
}

/// A stream over the given chunks, for bodies without a Content-Length.
fn futures_stream(
    chunks: Vec<Result<Bytes, std::io::Error>>,
) -> impl futures::Stream<Item = Result<Bytes, std::io::Error>> {
    futures::stream::iter(chunks)
}

/// Malformed bodies, queries and space ids are 400 in the JSON shape, never axum's plain text.
#[tokio::test]
async fn malformed_input_is_json_400() {
    let (app, _db, _) = fresh_app(Limits::default()).await;
    let client = Client::new(0xa5); // hex with letters, so upper case differs
    assert_eq!(register(&app, &client).await, StatusCode::CREATED);

    let mut truncated = wire::encode_push(&[record(1, 1)]);
    truncated.pop();
    let bad_pushes: [Vec<u8>; 4] = [
        Vec::new(),
        vec![2, 0],
        truncated,
        wire::encode_push(&[record(1, 0)]), // seq counts from 1
    ];
    for payload in bad_pushes {
        let response = send(
            &app,
            request(
                Method::POST,
                &client.records_path(),
                Some(&client),
                payload.clone(),
            ),
        )
        .await;
        assert_eq!(response.status(), StatusCode::BAD_REQUEST, "{payload:?}");
        expect_error(response, StatusCode::BAD_REQUEST, "bad_request").await;
    }
    for payload in [Vec::new(), vec![9, 1, 2]] {
        let response = send(
            &app,
            request(Method::PUT, &client.snapshot_path(), Some(&client), payload),
        )
        .await;
        expect_error(response, StatusCode::BAD_REQUEST, "bad_request").await;
    }
    for query in [
        "?after=abc",
        "?after=-1",
        "?limit=0",
        "?limit=1001",
        "?limit=x",
        "?after=99999999999999999999",
    ] {
        let path = format!("{}{query}", client.records_path());
        let response = send(&app, request(Method::GET, &path, Some(&client), Body::empty())).await;
        assert_eq!(response.status(), StatusCode::BAD_REQUEST, "{query}");
        expect_error(response, StatusCode::BAD_REQUEST, "bad_request").await;
    }
    for space in [
        "abc",
        &client.space_hex().to_uppercase(),
        &format!("{}00", client.space_hex()),
    ] {
        let path = format!("/api/spaces/{space}/records");
        let response = send(&app, request(Method::GET, &path, Some(&client), Body::empty())).await;
        expect_error(response, StatusCode::BAD_REQUEST, "bad_request").await;
    }
    // Nothing of it was stored.
    let (records, more) = pull(&app, &client, "").await;
    assert!(records.is_empty() && !more);
}

/// A retried push is harmless: records already stored are counted as duplicates, and a pull shows each
/// record once, with gapless cursors and its bytes as pushed.
#[tokio::test]
async fn duplicate_pushes_are_stored_once() {
    let (app, _db, _) = fresh_app(Limits::default()).await;
    let client = Client::new(6);
    assert_eq!(register(&app, &client).await, StatusCode::CREATED);

    let first = [record(1, 1), record(1, 2)];
    assert_eq!(
        push(&app, &client, &first).await,
        json!({"cursor": 2, "stored": 2, "duplicates": 0})
    );
    assert_eq!(
        push(&app, &client, &first).await,
        json!({"cursor": 2, "stored": 0, "duplicates": 2})
    );
    let second = [record(1, 2), record(2, 1), record(1, 3)];
    assert_eq!(
        push(&app, &client, &second).await,
        json!({"cursor": 4, "stored": 2, "duplicates": 1})
    );

    let (records, more) = pull(&app, &client, "?after=0").await;
    assert!(!more);
    let want = [record(1, 1), record(1, 2), record(2, 1), record(1, 3)];
    assert_eq!(records.len(), want.len());
    for (cursor, (got, want)) in (1..).zip(records.iter().zip(&want)) {
        assert_eq!(got.cursor, cursor);
        assert_eq!(
            (got.device, got.seq, &got.data),
            (want.device, want.seq, &want.data)
        );
    }
}

/// Pulls page through the log with `after` and `limit`; `more` says whether to ask again.
#[tokio::test]
async fn pulls_page_through_the_log() {
    let (app, _db, _) = fresh_app(Limits::default()).await;
    let client = Client::new(7);
    assert_eq!(register(&app, &client).await, StatusCode::CREATED);
    let records: Vec<PushRecord> = (1..=25).map(|seq| record(3, seq)).collect();
    assert_eq!(push(&app, &client, &records).await["cursor"], 25);

    let mut after = 0;
    let mut pages = Vec::new();
    loop {
        let (page, more) = pull(&app, &client, &format!("?after={after}&limit=10")).await;
        pages.push(page.len());
        if let Some(last) = page.last() {
            after = last.cursor;
        }
        if !more {
            break;
        }
    }
    assert_eq!(pages, [10, 10, 5]);
    assert_eq!(after, 25);
    let (page, more) = pull(&app, &client, "?after=25").await;
    assert!(page.is_empty() && !more);
    let (page, _) = pull(&app, &client, "?after=20").await;
    let seqs: Vec<u64> = page.iter().map(|r| r.seq).collect();
    assert_eq!(seqs, [21, 22, 23, 24, 25]);
}

/// Snapshots: 404 before the first, the stored bytes back after a PUT, an older one ignored, one ahead of
/// the log refused.
#[tokio::test]
async fn snapshots_round_trip() {
    let (app, _db, _) = fresh_app(Limits::default()).await;
    let client = Client::new(8);
    assert_eq!(register(&app, &client).await, StatusCode::CREATED);
    let get = || request(Method::GET, &client.snapshot_path(), Some(&client), Body::empty());
    let put = |cursor: u64, seal: &[u8]| {
        request(
            Method::PUT,
            &client.snapshot_path(),
            Some(&client),
            wire::encode_snapshot(cursor, seal),
        )
    };
    expect_error(send(&app, get()).await, StatusCode::NOT_FOUND, "no_snapshot").await;

    push(&app, &client, &[record(1, 1), record(1, 2), record(1, 3)]).await;
    assert_eq!(
        send(&app, put(2, b"state at 2")).await.status(),
        StatusCode::NO_CONTENT
    );
    let response = send(&app, get()).await;
    assert_eq!(response.status(), StatusCode::OK);
    assert_eq!(body(response).await, wire::encode_snapshot(2, b"state at 2"));

    // Older: ignored, still 204.
    assert_eq!(
        send(&app, put(1, b"state at 1")).await.status(),
        StatusCode::NO_CONTENT
    );
    assert_eq!(
        body(send(&app, get()).await).await,
        wire::encode_snapshot(2, b"state at 2")
    );
    // Newer: replaces it.
    assert_eq!(
        send(&app, put(3, b"state at 3")).await.status(),
        StatusCode::NO_CONTENT
    );
    assert_eq!(
        body(send(&app, get()).await).await,
        wire::encode_snapshot(3, b"state at 3")
    );
    // Ahead of the newest record: refused, nothing changes.
    expect_error(
        send(&app, put(4, b"from the future")).await,
        StatusCode::BAD_REQUEST,
        "bad_request",
    )
    .await;
    assert_eq!(
        body(send(&app, get()).await).await,
        wire::encode_snapshot(3, b"state at 3")
    );
}

/// Once a snapshot covers records and a purge compacted them, a pull from before the snapshot is 410
/// `cursor_compacted`; from the snapshot on, pulls go on.
#[tokio::test]
async fn compacted_cursors_are_410() {
    let (app, _db, store) = fresh_app(Limits::default()).await;
    let client = Client::new(10);
    assert_eq!(register(&app, &client).await, StatusCode::CREATED);
    let records: Vec<PushRecord> = (1..=5).map(|seq| record(1, seq)).collect();
    push(&app, &client, &records).await;
    let put = request(
        Method::PUT,
        &client.snapshot_path(),
        Some(&client),
        wire::encode_snapshot(3, b"at 3"),
    );
    assert_eq!(send(&app, put).await.status(), StatusCode::NO_CONTENT);
    // Before the purge nothing is compacted.
    assert_eq!(pull(&app, &client, "?after=0").await.0.len(), 5);

    let report = store.purge(0).await.expect("the purge runs");
    assert_eq!((report.compacted_records, report.idle_spaces), (3, 0));
    for after in [0, 1, 2] {
        let path = format!("{}?after={after}", client.records_path());
        let response = send(&app, request(Method::GET, &path, Some(&client), Body::empty())).await;
        expect_error(response, StatusCode::GONE, "cursor_compacted").await;
    }
    let (records, more) = pull(&app, &client, "?after=3").await;
    assert!(!more);
    assert_eq!(records.iter().map(|r| r.cursor).collect::<Vec<_>>(), [4, 5]);
    // New pushes continue the cursor.
    assert_eq!(push(&app, &client, &[record(1, 6)]).await["cursor"], 6);
}

/// Deleting a space removes it and its data: its token opens nothing afterwards, and registering again
/// starts empty.
#[tokio::test]
async fn deleting_a_space_removes_everything() {
    let (app, _db, _) = fresh_app(Limits::default()).await;
    let client = Client::new(11);
    let other = Client::new(12);
    for c in [&client, &other] {
        assert_eq!(register(&app, c).await, StatusCode::CREATED);
        push(&app, c, &[record(1, 1), record(1, 2)]).await;
    }
    let delete = || {
        request(
            Method::DELETE,
            &format!("/api/spaces/{}", client.space_hex()),
            Some(&client),
            Body::empty(),
        )
    };
    let response = send(&app, delete()).await;
    assert_eq!(response.status(), StatusCode::NO_CONTENT);
    assert!(body(response).await.is_empty());
    for (method, path, payload) in space_requests(&client) {
        let response = send(&app, request(method, &path, Some(&client), payload)).await;
        expect_error(response, StatusCode::FORBIDDEN, "forbidden").await;
    }
    assert_eq!(register(&app, &client).await, StatusCode::CREATED);
    let (records, _) = pull(&app, &client, "").await;
    assert!(records.is_empty());
    // The other space is untouched.
    assert_eq!(pull(&app, &other, "").await.0.len(), 2);
}

/// Past its burst a token gets 429 with Retry-After, other tokens do not; registrations are limited per
/// address whatever token they bring.
#[tokio::test]
async fn rate_limits_answer_429_with_retry_after() {
    // One request per 1,000 seconds after the burst: the refill cannot make this test flaky.
    let limits = Limits {
        rate_per_second: 0.001,
        rate_burst: 3,
        ..Limits::default()
    };
    let (app, _db, _) = fresh_app(limits).await;
    let busy = Client::new(13);
    let calm = Client::new(14);
    // Registration counts against the token too: 1 of 3.
    assert_eq!(register(&app, &busy).await, StatusCode::CREATED);
    assert_eq!(register(&app, &calm).await, StatusCode::CREATED);
    for _ in 0..2 {
        pull(&app, &busy, "").await;
    }
    let response = send(
        &app,
        request(Method::GET, &busy.records_path(), Some(&busy), Body::empty()),
    )
    .await;
    let retry_after: u64 = response
        .headers()
        .get(header::RETRY_AFTER)
        .expect("Retry-After")
        .to_str()
        .expect("ASCII")
        .parse()
        .expect("seconds");
    assert!((1..=1000).contains(&retry_after), "{retry_after}");
    expect_error(response, StatusCode::TOO_MANY_REQUESTS, "rate_limited").await;
    pull(&app, &calm, "").await;

    let addr: SocketAddr = "192.0.2.7:40000".parse().expect("an address");
    let mut statuses = Vec::new();
    for n in 20..25 {
        let client = Client::new(n);
        let body = json!({"space": client.space_hex()}).to_string();
        let mut request = request(Method::POST, "/api/spaces", Some(&client), body);
        request.extensions_mut().insert(ConnectInfo(addr));
        statuses.push(send(&app, request).await.status());
    }
    assert_eq!(
        statuses,
        [
            StatusCode::CREATED,
            StatusCode::CREATED,
            StatusCode::CREATED,
            StatusCode::TOO_MANY_REQUESTS,
            StatusCode::TOO_MANY_REQUESTS
        ]
    );
}

/// The routes the router serves, as OpenAPI names them (paths relative to `/api`).
const ROUTES: [(&str, &str); 19] = [
    ("get", "/health"),
    ("get", "/openapi.json"),
    ("post", "/spaces"),
    ("delete", "/spaces/{space}"),
    ("post", "/spaces/{space}/records"),
    ("get", "/spaces/{space}/records"),
    ("put", "/spaces/{space}/snapshot"),
    ("get", "/spaces/{space}/snapshot"),
    ("post", "/shares"),
    ("put", "/shares/{share}"),
    ("delete", "/shares/{share}"),
    ("get", "/shares/{share}/owner"),
    ("post", "/shares/{share}/open"),
    ("post", "/shares/{share}/proposals"),
    ("delete", "/shares/{share}/proposals/{proposal}"),
    ("post", "/advisor/login"),
    ("get", "/advisor/me"),
    ("post", "/advisor/logout"),
    ("get", "/advisor/workspace"),
];

/// The OpenAPI document parses, is 3.1, and lists exactly the routes the router serves: each listed
/// operation is answered by its route (not the 404/405 fallbacks), and every other method on those paths
/// is 405.
#[tokio::test]
async fn openapi_describes_every_route() {
    let (app, _db, _) = fresh_app(Limits::default()).await;
    let response = send(
        &app,
        request(Method::GET, "/api/openapi.json", None, Body::empty()),
    )
    .await;
    let doc = json(response, StatusCode::OK).await;
    assert!(
        doc["openapi"].as_str().is_some_and(|v| v.starts_with("3.1")),
        "{}",
        doc["openapi"]
    );

    assert_eq!(
        doc["info"]["version"],
        env!("CARGO_PKG_VERSION"),
        "bump openapi.json's version"
    );
    let paths = doc["paths"].as_object().expect("paths");
    let mut listed: Vec<(String, String)> = paths
        .iter()
        .flat_map(|(path, item)| {
            let item = item.as_object().expect("a path item");
            item.keys()
                .filter(|key| !matches!(key.as_str(), "parameters" | "summary" | "description"))
                .map(|method| (method.clone(), path.clone()))
                .collect::<Vec<_>>()
        })
        .collect();
    listed.sort();
    let mut want: Vec<(String, String)> = ROUTES
        .iter()
        .map(|(method, path)| ((*method).to_owned(), (*path).to_owned()))
        .collect();
    want.sort();
    assert_eq!(listed, want);

    // Every schema reference resolves.
    let text = doc.to_string();
    for piece in text.split("\"$ref\":\"#/").skip(1) {
        let pointer = format!("/{}", &piece[..piece.find('"').expect("a closing quote")]);
        assert!(doc.pointer(&pointer).is_some(), "dangling $ref {pointer}");
    }

    let client = Client::new(15);
    let methods = [
        Method::GET,
        Method::POST,
        Method::PUT,
        Method::DELETE,
        Method::PATCH,
    ];
    // The fallback's answer, which no documented route may give (a share route's own 404 `not_found` is
    // allowed: it says "no such share", not "no such route").
    let fallback = body(
        send(
            &app,
            request(Method::GET, "/api/no/such/route", Some(&client), Body::empty()),
        )
        .await,
    )
    .await;
    for path in paths.keys() {
        let uri = format!(
            "/api{}",
            path.replace("{space}", &client.space_hex())
                .replace("{share}", &client.space_hex())
                .replace("{proposal}", "1")
        );
        for method in &methods {
            let documented = ROUTES
                .iter()
                .any(|(m, p)| p == path && m.eq_ignore_ascii_case(method.as_str()));
            let response = send(&app, request(method.clone(), &uri, Some(&client), Body::empty())).await;
            let status = response.status();
            let bytes = body(response).await;
            if documented {
                assert_ne!(bytes, fallback, "{method} {uri}");
                assert_ne!(status, StatusCode::METHOD_NOT_ALLOWED, "{method} {uri}");
            } else {
                assert_eq!(status, StatusCode::METHOD_NOT_ALLOWED, "{method} {uri}");
            }
        }
    }
}

/// When the database fails, the API answers 503 with a generic message; the detail stays in the log.
#[tokio::test]
async fn storage_failures_are_generic_503() {
    let dist = tempfile::tempdir().expect("a temp dir");
    let app = app(AppState::new(Arc::new(BrokenStore), dist.path()));
    let client = Client::new(16);
    for (method, path, payload) in space_requests(&client) {
        let response = send(&app, request(method, &path, Some(&client), payload)).await;
        let bytes = expect_error(response, StatusCode::SERVICE_UNAVAILABLE, "storage_unavailable").await;
        let text = String::from_utf8(bytes).expect("UTF-8");
        assert!(!text.contains("disk") && !text.contains("secret"), "{text}");
    }
}

/// The token hash the server compares is SHA-256 of the token bytes, as the app derives it.
#[tokio::test]
async fn the_store_keeps_only_the_token_hash() {
    let (app, _db, store) = fresh_app(Limits::default()).await;
    let client = Client::new(17);
    assert_eq!(register(&app, &client).await, StatusCode::CREATED);
    let stored = store.space_token(&client.space).await.expect("the store answers");
    assert_eq!(stored, Some(token_hash(&client.token)));
}
