//! The same workload in each system's own protocol: one record pushed, a batch pushed, a page pulled after a
//! cursor. A record is an opaque sealed blob of [`SEAL_BYTES`]; the JSON systems carry it as base64, as
//! their clients would.

use super::load::{Body, Check};
use anyhow::{Context as _, Result, bail};
use base64::Engine as _;
use bytes::Bytes;
use hyper::header::{AUTHORIZATION, CONTENT_TYPE, HOST};
use hyper::{Method, Request, StatusCode};
use serde::Deserialize;
use std::net::SocketAddr;
use std::sync::Arc;

/// Size of one sealed record: nonce, ciphertext of a few edits, tag.
pub const SEAL_BYTES: usize = 300;

/// Which protocol a system speaks.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// Our sync server (SYNC.md): binary push and pull bodies.
    Ours,
    /// PouchDB Server (CouchDB's HTTP API).
    Pouch,
    /// Kinto (JSON records in a bucket's collection).
    Kinto,
}

/// One system's addressing and credentials, shared by the request builders.
pub struct Api {
    kind: Kind,
    host: String,
    /// Our space id in hex.
    space: String,
    /// The `Authorization` header value.
    auth: String,
    /// One sealed record (all records carry the same bytes; no system looks inside).
    seal: Bytes,
    seal_b64: String,
}

/// 8 bytes that tell the phases' devices apart, so no record repeats (a repeat would be a cheap duplicate).
pub fn device(phase: u8) -> [u8; 8] {
    [0xbe, 0x4c, 0x11, 0x00, 0x00, 0x00, 0x00, phase]
}

fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

/// Deterministic filler bytes (xorshift): as incompressible as ciphertext, with no dependency for it.
pub fn filler(len: usize, mut state: u64) -> Vec<u8> {
    (0..len)
        .map(|_| {
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            (state >> 24) as u8
        })
        .collect()
}

/// Appends an unsigned LEB128 varint.
pub fn put_varint(out: &mut Vec<u8>, mut n: u64) {
    loop {
        let byte = (n & 0x7f) as u8;
        n >>= 7;
        if n == 0 {
            out.push(byte);
            return;
        }
        out.push(byte | 0x80);
    }
}

fn get_varint(bytes: &[u8], at: &mut usize) -> Result<u64> {
    let mut n = 0u64;
    for shift in (0..64).step_by(7) {
        let byte = *bytes.get(*at).context("varint cut off")?;
        *at += 1;
        n |= u64::from(byte & 0x7f) << shift;
        if byte & 0x80 == 0 {
            return Ok(n);
        }
    }
    bail!("varint too long")
}

/// Counts the records of a pull body (SYNC.md) and returns the last one's cursor (or `after` when empty).
pub fn parse_pull_body(body: &[u8], after: u64) -> Result<(u64, u64)> {
    if body.first() != Some(&1) || body.len() < 2 {
        bail!("not a version-1 pull body");
    }
    let mut at = 2;
    let (mut cursor, mut count) = (after, 0);
    while at < body.len() {
        cursor = get_varint(body, &mut at)?;
        at += 8;
        get_varint(body, &mut at)?;
        let len = get_varint(body, &mut at)? as usize;
        at += len;
        if at > body.len() {
            bail!("record cut off");
        }
        count += 1;
    }
    Ok((cursor, count))
}

impl Api {
    /// The API of `kind` at `addr`. `secret` makes our space id and token.
    pub fn new(kind: Kind, addr: SocketAddr, secret: u64) -> Self {
        let seal = filler(SEAL_BYTES, 0x9e37_79b9_7f4a_7c15 ^ secret);
        let space = hex(&filler(16, secret.wrapping_add(1)));
        let auth = match kind {
            Kind::Ours => format!("Bearer {}", hex(&filler(32, secret.wrapping_add(2)))),
            Kind::Pouch => String::new(),
            Kind::Kinto => format!(
                "Basic {}",
                base64::engine::general_purpose::STANDARD.encode("bench:bench-secret")
            ),
        };
        Self {
            kind,
            host: addr.to_string(),
            space,
            auth,
            seal_b64: base64::engine::general_purpose::STANDARD.encode(&seal),
            seal: Bytes::from(seal),
        }
    }

    fn request(
        &self,
        method: Method,
        path: &str,
        content_type: &str,
        body: impl Into<Bytes>,
    ) -> Request<Body> {
        let mut builder = Request::builder()
            .method(method)
            .uri(path)
            .header(HOST, &self.host);
        if !self.auth.is_empty() {
            builder = builder.header(AUTHORIZATION, &self.auth);
        }
        let body: Bytes = body.into();
        if !body.is_empty() {
            builder = builder.header(CONTENT_TYPE, content_type);
        }
        // Only fails for invalid header values, and ours are hex, base64 and ASCII paths.
        builder.body(Body::new(body)).unwrap_or_default()
    }

    fn json(&self, method: Method, path: &str, body: String) -> Request<Body> {
        self.request(method, path, "application/json", body)
    }

    /// The requests that create the space, database or bucket and collection, in order.
    pub fn setup(&self) -> Vec<Request<Body>> {
        match self.kind {
            Kind::Ours => vec![self.json(
                Method::POST,
                "/api/spaces",
                format!(r#"{{"space":"{}"}}"#, self.space),
            )],
            Kind::Pouch => vec![self.request(Method::PUT, "/bench", "", Bytes::new())],
            Kind::Kinto => vec![
                self.request(Method::PUT, "/v1/buckets/bench", "", Bytes::new()),
                self.request(
                    Method::PUT,
                    "/v1/buckets/bench/collections/records",
                    "",
                    Bytes::new(),
                ),
            ],
        }
    }

    fn our_record(&self, out: &mut Vec<u8>, device: [u8; 8], seq: u64) {
        out.extend_from_slice(&device);
        put_varint(out, seq);
        put_varint(out, self.seal.len() as u64);
        out.extend_from_slice(&self.seal);
    }

    fn pouch_doc(&self, device: [u8; 8], seq: u64) -> String {
        format!(r#"{{"_id":"{}-{seq}","seal":"{}"}}"#, hex(&device), self.seal_b64)
    }

    fn kinto_data(&self, device: [u8; 8], seq: u64) -> String {
        format!(
            r#"{{"data":{{"device":"{}","seq":{seq},"seal":"{}"}}}}"#,
            hex(&device),
            self.seal_b64
        )
    }

    /// Pushes the one record `(device, seq)`.
    pub fn push_one(&self, device: [u8; 8], seq: u64) -> Request<Body> {
        match self.kind {
            Kind::Ours => {
                let mut body = vec![1];
                self.our_record(&mut body, device, seq);
                self.request(
                    Method::POST,
                    &format!("/api/spaces/{}/records", self.space),
                    "application/octet-stream",
                    body,
                )
            }
            Kind::Pouch => self.json(
                Method::PUT,
                &format!("/bench/{}-{seq}", hex(&device)),
                format!(r#"{{"seal":"{}"}}"#, self.seal_b64),
            ),
            Kind::Kinto => self.json(
                Method::POST,
                "/v1/buckets/bench/collections/records/records",
                self.kinto_data(device, seq),
            ),
        }
    }

    /// Pushes the records `(device, first..first + n)` in one request.
    pub fn push_batch(&self, device: [u8; 8], first: u64, n: u64) -> Request<Body> {
        match self.kind {
            Kind::Ours => {
                let mut body = vec![1];
                for seq in first..first + n {
                    self.our_record(&mut body, device, seq);
                }
                self.request(
                    Method::POST,
                    &format!("/api/spaces/{}/records", self.space),
                    "application/octet-stream",
                    body,
                )
            }
            Kind::Pouch => {
                let docs: Vec<String> = (first..first + n).map(|s| self.pouch_doc(device, s)).collect();
                self.json(
                    Method::POST,
                    "/bench/_bulk_docs",
                    format!(r#"{{"docs":[{}]}}"#, docs.join(",")),
                )
            }
            Kind::Kinto => {
                let requests: Vec<String> = (first..first + n)
                    .map(|s| format!(r#"{{"body":{}}}"#, self.kinto_data(device, s)))
                    .collect();
                self.json(
                    Method::POST,
                    "/v1/batch",
                    format!(
                        r#"{{"defaults":{{"method":"POST","path":"/buckets/bench/collections/records/records"}},"requests":[{}]}}"#,
                        requests.join(",")
                    ),
                )
            }
        }
    }

    /// Pulls up to `limit` records after `cursor`.
    pub fn pull(&self, cursor: &str, limit: u64) -> Request<Body> {
        let path = match self.kind {
            Kind::Ours => format!("/api/spaces/{}/records?after={cursor}&limit={limit}", self.space),
            Kind::Pouch => format!("/bench/_changes?since={cursor}&limit={limit}&include_docs=true"),
            Kind::Kinto => format!(
                "/v1/buckets/bench/collections/records/records?_since={cursor}&_sort=last_modified&_limit={limit}"
            ),
        };
        self.request(Method::GET, &path, "", Bytes::new())
    }

    /// The cursor before the first record.
    pub fn start_cursor(&self) -> &'static str {
        "0"
    }

    /// Reads a pulled page: the cursor to continue from and how many records it held.
    pub fn parse_page(kind: Kind, body: &Bytes, cursor: &str) -> Result<(String, u64)> {
        match kind {
            Kind::Ours => {
                let (next, n) = parse_pull_body(body, cursor.parse()?)?;
                Ok((next.to_string(), n))
            }
            Kind::Pouch => {
                #[derive(Deserialize)]
                struct Changes {
                    results: Vec<serde::de::IgnoredAny>,
                    last_seq: serde_json::Value,
                }
                let page: Changes = serde_json::from_slice(body)?;
                let next = match page.last_seq {
                    serde_json::Value::String(s) => s,
                    other => other.to_string(),
                };
                Ok((next, page.results.len() as u64))
            }
            Kind::Kinto => {
                #[derive(Deserialize)]
                struct Record {
                    last_modified: u64,
                }
                #[derive(Deserialize)]
                struct Page {
                    data: Vec<Record>,
                }
                let page: Page = serde_json::from_slice(body)?;
                let next = page
                    .data
                    .last()
                    .map_or_else(|| cursor.to_string(), |r| r.last_modified.to_string());
                Ok((next, page.data.len() as u64))
            }
        }
    }

    /// The check for a batch answer: besides a 2xx status, the JSON systems report per-record failures
    /// inside a successful answer, and those count as failures here.
    pub fn batch_check(kind: Kind) -> Check {
        match kind {
            Kind::Ours => check_ours_batch,
            Kind::Pouch => check_pouch_batch,
            Kind::Kinto => check_kinto_batch,
        }
    }

    /// Shares itself with request builders running on many tasks.
    pub fn shared(self) -> Arc<Self> {
        Arc::new(self)
    }
}

fn check_ours_batch(status: StatusCode, body: &Bytes) -> Result<()> {
    super::load::success(status, body)?;
    #[derive(Deserialize)]
    struct Pushed {
        stored: u64,
    }
    let pushed: Pushed = serde_json::from_slice(body)?;
    if pushed.stored == 0 {
        bail!("nothing stored: {}", String::from_utf8_lossy(body));
    }
    Ok(())
}

fn check_pouch_batch(status: StatusCode, body: &Bytes) -> Result<()> {
    super::load::success(status, body)?;
    #[derive(Deserialize)]
    struct Result {
        #[serde(default)]
        error: Option<String>,
    }
    let results: Vec<Result> = serde_json::from_slice(body)?;
    if let Some(error) = results.iter().find_map(|r| r.error.as_ref()) {
        bail!("a document failed: {error}");
    }
    Ok(())
}

fn check_kinto_batch(status: StatusCode, body: &Bytes) -> Result<()> {
    super::load::success(status, body)?;
    #[derive(Deserialize)]
    struct Response {
        status: u16,
    }
    #[derive(Deserialize)]
    struct Batch {
        responses: Vec<Response>,
    }
    let batch: Batch = serde_json::from_slice(body)?;
    if let Some(r) = batch.responses.iter().find(|r| r.status >= 400) {
        bail!("a batched request failed with {}", r.status);
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pull_body_round_trip() {
        let mut body = vec![1, 0];
        for (cursor, seq) in [(300u64, 1u64), (301, 2)] {
            put_varint(&mut body, cursor);
            body.extend_from_slice(&device(1));
            put_varint(&mut body, seq);
            put_varint(&mut body, 3);
            body.extend_from_slice(&[7, 7, 7]);
        }
        assert_eq!(parse_pull_body(&body, 0).unwrap(), (301, 2));
        assert_eq!(parse_pull_body(&[1, 0], 42).unwrap(), (42, 0));
        assert!(parse_pull_body(&body[..body.len() - 1], 0).is_err());
    }
}
