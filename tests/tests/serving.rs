//! What the server sends for the built app: the HTML, the content-hashed and compressed wasm with its
//! MIME type and long cache, `no-cache` where a stale copy would break updates, and the health JSON.

use e2e::{TestServer, http_get};

/// Fetches `/`, follows the hashed asset names it references, and checks headers and bodies.
#[tokio::test]
async fn serves_the_built_app_with_the_right_headers() -> anyhow::Result<()> {
    let server = TestServer::start().await?;

    let index = http_get(server.addr, "/", &[]).await?;
    assert_eq!(index.status, 200);
    assert!(
        index
            .header("content-type")
            .unwrap_or("")
            .starts_with("text/html")
    );
    assert_eq!(index.header("cache-control"), Some("no-cache"));
    let html = String::from_utf8(index.body)?;
    let wasm = hashed_name(&html, "_bg.wasm").expect("index.html names the hashed wasm");
    let js = hashed_name(&html, ".js").expect("index.html names the hashed JS");

    let wasm_br = http_get(server.addr, &format!("/{wasm}"), &[("Accept-Encoding", "br")]).await?;
    assert_eq!(wasm_br.status, 200);
    assert_eq!(wasm_br.header("content-type"), Some("application/wasm"));
    assert_eq!(wasm_br.header("content-encoding"), Some("br"));
    assert!(
        wasm_br
            .header("cache-control")
            .unwrap_or("")
            .contains("immutable")
    );
    let wasm_gz = http_get(server.addr, &format!("/{wasm}"), &[("Accept-Encoding", "gzip")]).await?;
    assert_eq!(wasm_gz.header("content-encoding"), Some("gzip"));
    let wasm_plain = http_get(server.addr, &format!("/{wasm}"), &[]).await?;
    assert_eq!(
        &wasm_plain.body[..4],
        b"\0asm",
        "identity encoding is the raw module"
    );
    assert!(
        wasm_br.body.len() < wasm_plain.body.len() / 2,
        "brotli should at least halve the wasm"
    );

    let js = http_get(server.addr, &format!("/{js}"), &[("Accept-Encoding", "gzip, br")]).await?;
    assert_eq!(js.status, 200);
    assert!(js.header("content-type").unwrap_or("").contains("javascript"));

    let sw = http_get(server.addr, "/sw.js", &[]).await?;
    assert_eq!(sw.header("cache-control"), Some("no-cache"));
    let sw_text = String::from_utf8(sw.body)?;
    assert!(
        sw_text.contains(&wasm),
        "the service worker precaches this build's wasm"
    );
    assert!(
        !sw_text.contains("__PRECACHE__"),
        "the build filled in the precache list"
    );

    let health = http_get(server.addr, "/api/health", &[]).await?;
    assert_eq!(health.status, 200);
    assert!(
        health
            .header("content-type")
            .unwrap_or("")
            .starts_with("application/json")
    );
    let body: serde_json::Value = serde_json::from_slice(&health.body)?;
    assert_eq!(body["status"], "ok");
    Ok(())
}

/// Finds `app-<16 hex><suffix>` in the HTML.
fn hashed_name(html: &str, suffix: &str) -> Option<String> {
    html.match_indices("app-").find_map(|(i, _)| {
        let rest = &html[i + 4..];
        let hash = rest.get(..16)?;
        (hash.chars().all(|c| c.is_ascii_hexdigit()) && rest[16..].starts_with(suffix))
            .then(|| format!("app-{hash}{suffix}"))
    })
}
