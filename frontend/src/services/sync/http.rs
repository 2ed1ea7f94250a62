//! The sync server's HTTP API (SYNC.md, "HTTP API"), as the app calls it: one request function that maps
//! statuses to [`SyncError`]s, and one method per route. Bodies are the binary `booklet::sync::wire` formats.

use super::SyncError;
use booklet::sync::crypto::Keys;
use booklet::sync::wire::{self, PulledRecord};
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;

/// How many records one pull asks for (the server's maximum).
const PULL_LIMIT: u32 = 1000;

/// A space on the server, addressed and authorised by keys derived from the recovery secret.
pub(crate) struct Api {
    /// `{origin}/api/spaces`.
    spaces: String,
    /// `{origin}/api/spaces/{space}`.
    base: String,
    space: String,
    authorization: String,
}

impl Api {
    /// The space of `keys`, on the server the app was loaded from.
    pub(crate) fn new(keys: &Keys) -> Self {
        let origin = web_sys::window()
            .and_then(|w| w.location().origin().ok())
            .unwrap_or_default();
        let spaces = format!("{origin}/api/spaces");
        Self {
            base: format!("{spaces}/{}", keys.space_hex()),
            spaces,
            space: keys.space_hex(),
            authorization: format!("Bearer {}", keys.token_hex()),
        }
    }

    /// `POST /api/spaces`: creates the space (201) or confirms it exists with this token (200).
    pub(crate) async fn register(&self) -> Result<(), SyncError> {
        let body = serde_json::json!({ "space": self.space }).to_string();
        let (status, _) = self
            .send("POST", &self.spaces, Some(Body::Json(body.as_bytes())))
            .await?;
        expect(status, &[200, 201])
    }

    /// `POST …/records`: pushes one push body.
    pub(crate) async fn push(&self, body: &[u8]) -> Result<(), SyncError> {
        let (status, _) = self
            .send(
                "POST",
                &format!("{}/records", self.base),
                Some(Body::Binary(body)),
            )
            .await?;
        expect(status, &[200])
    }

    /// `GET …/records?after=`: the records after `cursor` and whether more follow.
    /// [`SyncError::Compacted`] when they were compacted away (410): restore from the snapshot.
    pub(crate) async fn pull(&self, cursor: u64) -> Result<(Vec<PulledRecord>, bool), SyncError> {
        let url = format!("{}/records?after={cursor}&limit={PULL_LIMIT}", self.base);
        let (status, body) = self.send("GET", &url, None).await?;
        expect(status, &[200])?;
        wire::decode_pull(&body).map_err(SyncError::Wire)
    }

    /// `PUT …/snapshot`: a snapshot body.
    pub(crate) async fn put_snapshot(&self, body: &[u8]) -> Result<(), SyncError> {
        let (status, _) = self
            .send(
                "PUT",
                &format!("{}/snapshot", self.base),
                Some(Body::Binary(body)),
            )
            .await?;
        expect(status, &[204, 200])
    }

    /// `GET …/snapshot`: the snapshot's cursor and seal; `None` when the space has none yet (404).
    pub(crate) async fn get_snapshot(&self) -> Result<Option<(u64, Vec<u8>)>, SyncError> {
        let (status, body) = self.send("GET", &format!("{}/snapshot", self.base), None).await?;
        if status == 404 {
            return Ok(None);
        }
        expect(status, &[200])?;
        wire::decode_snapshot(&body).map(Some).map_err(SyncError::Wire)
    }

    /// `DELETE /api/spaces/{space}`: the space and everything in it.
    pub(crate) async fn delete(&self) -> Result<(), SyncError> {
        let (status, _) = self.send("DELETE", &self.base, None).await?;
        expect(status, &[204, 200])
    }

    /// One request. A failed fetch (no network, server down, CORS) is [`SyncError::Offline`].
    async fn send(
        &self,
        method: &str,
        url: &str,
        body: Option<Body<'_>>,
    ) -> Result<(u16, Vec<u8>), SyncError> {
        let window = web_sys::window().ok_or(SyncError::Unsupported)?;
        let headers = web_sys::Headers::new().map_err(|_| SyncError::Unsupported)?;
        headers
            .set("Authorization", &self.authorization)
            .map_err(|_| SyncError::Unsupported)?;
        let init = web_sys::RequestInit::new();
        init.set_method(method);
        // Never a cached answer: the cursor moves with every push.
        init.set_cache(web_sys::RequestCache::NoStore);
        // The bearer token is the only credential sync has. Without this, an advisor session cookie of the same
        // origin would ride along, and the server's CSRF check would refuse the request (403, which would read
        // as "no backup for this code").
        js_sys::Reflect::set(&init, &"credentials".into(), &"omit".into())
            .map_err(|_| SyncError::Unsupported)?;
        if let Some(body) = body {
            let (content_type, bytes) = match body {
                Body::Json(bytes) => ("application/json", bytes),
                Body::Binary(bytes) => ("application/octet-stream", bytes),
            };
            headers
                .set("Content-Type", content_type)
                .map_err(|_| SyncError::Unsupported)?;
            init.set_body(&JsValue::from(js_sys::Uint8Array::from(bytes)));
        }
        init.set_headers(&headers);
        let request =
            web_sys::Request::new_with_str_and_init(url, &init).map_err(|_| SyncError::Unsupported)?;
        let response: web_sys::Response = JsFuture::from(window.fetch_with_request(&request))
            .await
            .map_err(|_| SyncError::Offline)?
            .dyn_into()
            .map_err(|_| SyncError::Offline)?;
        let buffer = JsFuture::from(response.array_buffer().map_err(|_| SyncError::Offline)?)
            .await
            .map_err(|_| SyncError::Offline)?;
        Ok((response.status(), js_sys::Uint8Array::new(&buffer).to_vec()))
    }
}

/// A request body and its content type.
enum Body<'a> {
    Json(&'a [u8]),
    Binary(&'a [u8]),
}

/// `Ok` for an expected status, else the error the status stands for.
fn expect(status: u16, ok: &[u16]) -> Result<(), SyncError> {
    if ok.contains(&status) {
        Ok(())
    } else {
        Err(SyncError::from_status(status))
    }
}
