//! Opening link shares (SHARES.md `POST /api/shares/{id}/open`): what a reader's browser does when it follows
//! a link. Our server only; the peers have no such thing.

use anyhow::{Context as _, Result};
use base64::Engine as _;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use booklet::codec::{self, Selection};
use booklet::sync::crypto::to_hex;
use bytes::Bytes;
use hyper::header::{CONTENT_TYPE, HOST};
use hyper::{Method, Request};
use std::net::SocketAddr;
use std::sync::Arc;

use super::load::{self, Body, Conn, Outcome};

/// Shares created before the opens; the opens go round them.
pub const SHARES: usize = 100;
/// Opens per phase.
pub const OPENS: u64 = 10_000;

/// The two phases of opens.
pub struct ShareFigures {
    /// [`OPENS`] opens over the suite's usual number of connections.
    pub few: Outcome,
    /// The same over many connections.
    pub many: Outcome,
    /// Bytes of one sealed share as stored.
    pub sealed_bytes: usize,
}

/// A share's sealed entries: everything of `booklet`, packed by the share codec as the app packs a share, and
/// sealed for `id`. The key and nonce are fixed bytes rather than random ones: the server cannot tell, and
/// the runs stay comparable.
pub fn sealed_share(booklet: &booklet::Booklet, id: &[u8; 16], today: booklet::Date) -> Result<Vec<u8>> {
    let expires = today.add_days(7).context("date")?;
    let payload = codec::encode(booklet, &Selection::everything(booklet), today, expires)?;
    Ok(booklet::link::seal_share(&[0x5a; 32], id, [0xa5; 24], &payload))
}

fn json_request(addr: SocketAddr, path: &str, body: String) -> Request<Body> {
    // Only fails for invalid header values, and ours are an address, hex paths and a fixed type.
    Request::builder()
        .method(Method::POST)
        .uri(path)
        .header(HOST, addr.to_string())
        .header(CONTENT_TYPE, "application/json")
        .body(Body::new(Bytes::from(body)))
        .unwrap_or_default()
}

/// Creates [`SHARES`] shares without a PIN, each holding `booklet`'s entries, then opens them with a label
/// [`OPENS`] times over `few` connections and again over `many`.
pub async fn measure(
    addr: SocketAddr,
    booklet: &booklet::Booklet,
    today: booklet::Date,
    few: usize,
    many: usize,
) -> Result<ShareFigures> {
    let mut conn = Conn::open(addr).await?;
    let mut paths = Vec::with_capacity(SHARES);
    let mut sealed_bytes = 0;
    for n in 0..SHARES {
        let mut id = [0_u8; 16];
        id[..8].copy_from_slice(&(n as u64 + 1).to_be_bytes());
        id[8] = 0xbe;
        let sealed = sealed_share(booklet, &id, today)?;
        sealed_bytes = sealed.len();
        let body = serde_json::json!({
            "id": to_hex(&id),
            "owner_token": to_hex(&[n as u8; 32]),
            "ciphertext": URL_SAFE_NO_PAD.encode(&sealed),
            "expires_in_days": 7,
            "live": false,
            "writable": false,
        })
        .to_string();
        let (status, answer) = conn.send(json_request(addr, "/api/shares", body)).await?;
        load::success(status, &answer).context("creating a share")?;
        paths.push(format!("/api/shares/{}/open", to_hex(&id)));
    }
    let paths = Arc::new(paths);
    let mut phases = Vec::with_capacity(2);
    for connections in [few, many] {
        let p = Arc::clone(&paths);
        phases.push(
            load::run(
                addr,
                connections,
                OPENS,
                move |i| {
                    json_request(
                        addr,
                        &p[i as usize % p.len()],
                        r#"{"label":"Beratungsstelle Nord"}"#.to_string(),
                    )
                },
                load::success,
            )
            .await
            .with_context(|| format!("opening shares over {connections} connections"))?,
        );
    }
    let many = phases.pop().context("two phases")?;
    let few = phases.pop().context("two phases")?;
    Ok(ShareFigures {
        few,
        many,
        sealed_bytes,
    })
}
