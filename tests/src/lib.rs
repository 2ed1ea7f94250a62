//! End-to-end test helpers: start the real server on a free loopback port with a temporary data
//! directory, serving the real release build (`BEGLEITHEFT_DIST`, built once by `cargo xtask test`),
//! and drive headless Chromium over CDP.
//!
//! Layout: [`TestServer`] (the server), [`Chrome`] (a browser with a fresh profile), [`open`] (a page
//! with the service-worker workaround), [`wait_for`] (await a condition in the page, never sleep), and
//! [`http_get`] (a raw HTTP request, to see exactly what the server sends).

pub mod bench;

use anyhow::{Context, Result, bail};
use chromiumoxide::cdp::browser_protocol::target::SetAutoAttachParams;
use chromiumoxide::handler::viewport::Viewport;
use chromiumoxide::{Browser, BrowserConfig, Page};
use futures::StreamExt;
use serde::de::DeserializeOwned;
use std::collections::BTreeMap;
use std::net::SocketAddr;
use std::path::PathBuf;
use std::time::{Duration, Instant};
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::sync::oneshot;
use tokio::task::JoinHandle;

/// The built app that the tests serve. `cargo xtask test` builds it once and sets the variable.
pub fn dist_dir() -> Result<PathBuf> {
    let dir = std::env::var_os("BEGLEITHEFT_DIST").context(
        "BEGLEITHEFT_DIST is not set: end-to-end tests need the release build; run them with `cargo xtask test`",
    )?;
    let dir = PathBuf::from(dir);
    if !dir.join("index.html").exists() {
        bail!("{} holds no index.html; run `cargo xtask dist`", dir.display());
    }
    Ok(dir)
}

/// The real sync server, in-process, on 127.0.0.1 with a free port and its own temporary data.
pub struct TestServer {
    /// Where it listens.
    pub addr: SocketAddr,
    /// Its data directory (SQLite lives here); removed when the server is dropped.
    pub data_dir: tempfile::TempDir,
    shutdown: Option<oneshot::Sender<()>>,
    task: Option<JoinHandle<()>>,
}

impl TestServer {
    /// Starts the server on a free loopback port with a new temporary data directory.
    pub async fn start() -> Result<Self> {
        let data_dir = tempfile::tempdir()?;
        Self::start_in(data_dir).await
    }

    /// Starts the server with the given data directory (to restart on the same data).
    pub async fn start_in(data_dir: tempfile::TempDir) -> Result<Self> {
        let config = sync_server::Config {
            addr: "127.0.0.1".parse()?,
            port: 0,
            data_dir: data_dir.path().to_path_buf(),
            dist_dir: dist_dir()?,
            database_url: None,
        };
        Self::serve(config, data_dir).await
    }

    async fn serve(config: sync_server::Config, data_dir: tempfile::TempDir) -> Result<Self> {
        let server = sync_server::bind(config).await?;
        let addr = server.local_addr();
        let (tx, rx) = oneshot::channel::<()>();
        let task = tokio::spawn(async move {
            if let Err(e) = server
                .run(async {
                    let _ = rx.await;
                })
                .await
            {
                eprintln!("test server stopped with an error: {e}");
            }
        });
        Ok(Self {
            addr,
            data_dir,
            shutdown: Some(tx),
            task: Some(task),
        })
    }

    /// The server's base URL, ending in `/`.
    pub fn url(&self) -> String {
        format!("http://{}/", self.addr)
    }

    /// Stops the server gracefully and waits for it; returns the data directory for a restart.
    pub async fn stop(mut self) -> tempfile::TempDir {
        if let Some(tx) = self.shutdown.take() {
            let _ = tx.send(());
        }
        if let Some(task) = self.task.take() {
            let _ = task.await;
        }
        let dir = tempfile::tempdir().expect("a temporary directory");
        std::mem::replace(&mut self.data_dir, dir)
    }
}

impl Drop for TestServer {
    fn drop(&mut self) {
        if let Some(tx) = self.shutdown.take() {
            let _ = tx.send(());
        }
    }
}

/// Headless Chromium with a fresh profile, the machine's own build (never downloaded).
pub struct Chrome {
    /// The CDP connection.
    pub browser: Browser,
    _profile: tempfile::TempDir,
    handler: JoinHandle<()>,
}

impl Chrome {
    /// Launches Chromium with a phone-sized viewport (360 × 740).
    pub async fn launch() -> Result<Self> {
        Self::launch_with(360, 740).await
    }

    /// Launches Chromium with the given viewport.
    pub async fn launch_with(width: u32, height: u32) -> Result<Self> {
        let profile = tempfile::tempdir()?;
        let executable =
            std::env::var("BEGLEITHEFT_CHROMIUM").unwrap_or_else(|_| "/usr/bin/chromium".to_string());
        let config = BrowserConfig::builder()
            .chrome_executable(executable)
            .no_sandbox()
            .user_data_dir(profile.path())
            .viewport(Viewport {
                width,
                height,
                device_scale_factor: Some(1.0),
                emulating_mobile: false,
                is_landscape: false,
                has_touch: false,
            })
            .window_size(width, height)
            // Keep Chromium from reaching for hosts outside this machine.
            .args([
                "disable-gpu",
                "disable-background-networking",
                "disable-component-update",
                "disable-sync",
                "no-first-run",
                "disable-quic",
                "disable-dev-shm-usage",
            ])
            .build()
            .map_err(anyhow::Error::msg)?;
        let (browser, mut handler) = Browser::launch(config)
            .await
            .context("could not launch Chromium")?;
        let handler = tokio::spawn(async move { while handler.next().await.is_some() {} });
        Ok(Self {
            browser,
            _profile: profile,
            handler,
        })
    }

    /// Closes the browser and waits for the process to exit.
    pub async fn close(mut self) -> Result<()> {
        self.browser.close().await?;
        let _ = self.browser.wait().await;
        self.handler.abort();
        Ok(())
    }
}

/// Opens `url` in a new tab. chromiumoxide auto-attaches with wait-for-debugger, which would leave the
/// service worker paused so `register()` never settles; turning auto-attach off first avoids that.
pub async fn open(chrome: &Chrome, url: &str) -> Result<Page> {
    let page = chrome.browser.new_page("about:blank").await?;
    page.execute(SetAutoAttachParams {
        auto_attach: false,
        wait_for_debugger_on_start: false,
        flatten: Some(true),
        filter: None,
    })
    .await?;
    page.goto(url).await?;
    Ok(page)
}

/// Evaluates a JavaScript expression and deserialises its value.
pub async fn eval<T: DeserializeOwned>(page: &Page, js: &str) -> Result<T> {
    let result = page
        .evaluate(js)
        .await
        .with_context(|| format!("evaluating `{js}`"))?;
    result
        .into_value::<T>()
        .with_context(|| format!("result of `{js}`"))
}

/// Waits until the JavaScript expression is truthy, polling the page, for at most `timeout`.
/// On timeout the error shows the expression and the start of the page's text.
pub async fn wait_for(page: &Page, js: &str, timeout: Duration) -> Result<()> {
    let deadline = Instant::now() + timeout;
    let probe = format!("(() => {{ try {{ return !!({js}); }} catch (e) {{ return false; }} }})()");
    loop {
        if let Ok(true) = eval::<bool>(page, &probe).await {
            return Ok(());
        }
        if Instant::now() > deadline {
            let text: String = eval(page, "document.body ? document.body.innerText.slice(0, 400) : ''")
                .await
                .unwrap_or_default();
            bail!("timed out after {timeout:?} waiting for `{js}`; page text: {text:?}");
        }
        tokio::time::sleep(Duration::from_millis(25)).await;
    }
}

/// The default time to wait for something the app does in response to an action.
pub const WAIT: Duration = Duration::from_secs(20);
/// For work that grows with the booklet (importing a thousand entries on a throttled CPU).
pub const SLOW: Duration = Duration::from_secs(120);
/// Until the service worker has installed (fetched every file of the build) and controls the page: an event
/// awaited, with room for a loaded machine.
pub const SW_INSTALL: Duration = Duration::from_secs(60);

/// A raw HTTP response: status, lower-cased headers, body bytes.
pub struct RawResponse {
    /// The status code.
    pub status: u16,
    /// Header names in lower case.
    pub headers: BTreeMap<String, String>,
    /// The body exactly as sent (still compressed if the server compressed it).
    pub body: Vec<u8>,
}

impl RawResponse {
    /// A header's value, by lower-case name.
    pub fn header(&self, name: &str) -> Option<&str> {
        self.headers.get(name).map(String::as_str)
    }
}

/// A plain HTTP/1.0 GET over a fresh connection, so the tests see exactly what the server sends
/// (no client-side decompression). HTTP/1.0 keeps the body free of chunked framing.
pub async fn http_get(addr: SocketAddr, path: &str, headers: &[(&str, &str)]) -> Result<RawResponse> {
    let mut stream = tokio::net::TcpStream::connect(addr).await?;
    let mut request = format!("GET {path} HTTP/1.0\r\nHost: {addr}\r\n");
    for (name, value) in headers {
        request.push_str(&format!("{name}: {value}\r\n"));
    }
    request.push_str("\r\n");
    stream.write_all(request.as_bytes()).await?;
    let mut raw = Vec::new();
    stream.read_to_end(&mut raw).await?;
    let split = raw
        .windows(4)
        .position(|w| w == b"\r\n\r\n")
        .context("no header end in response")?;
    let head = String::from_utf8_lossy(&raw[..split]).into_owned();
    let mut lines = head.lines();
    let status = lines
        .next()
        .and_then(|l| l.split_whitespace().nth(1))
        .and_then(|s| s.parse().ok())
        .context("no status line")?;
    let headers = lines
        .filter_map(|l| l.split_once(':'))
        .map(|(k, v)| (k.trim().to_ascii_lowercase(), v.trim().to_string()))
        .collect();
    Ok(RawResponse {
        status,
        headers,
        body: raw[split + 4..].to_vec(),
    })
}

/// Clicks the first element matching `selector` through the DOM (no pointer: fixed bars cannot get in the way).
pub async fn click(page: &Page, selector: &str) -> Result<()> {
    let js = format!(
        "(() => {{ const el = document.querySelector({sel}); if (!el) return false; el.click(); return true; }})()",
        sel = serde_json::to_string(selector)?
    );
    if !eval::<bool>(page, &js).await? {
        bail!("nothing matches `{selector}` to click");
    }
    Ok(())
}

/// Sets the value of the input, select or textarea matching `selector`.
pub async fn fill(page: &Page, selector: &str, value: &str) -> Result<()> {
    let js = format!(
        "(() => {{ const el = document.querySelector({sel}); if (!el) return false; el.value = {val};
           el.dispatchEvent(new Event('input', {{ bubbles: true }})); return true; }})()",
        sel = serde_json::to_string(selector)?,
        val = serde_json::to_string(value)?
    );
    if !eval::<bool>(page, &js).await? {
        bail!("nothing matches `{selector}` to fill");
    }
    Ok(())
}

/// Submits the form that contains the element matching `selector`, as pressing its submit button would.
pub async fn submit(page: &Page, selector: &str) -> Result<()> {
    let js = format!(
        "(() => {{ const el = document.querySelector({sel}); const form = el && el.closest('form');
           if (!form) return false; form.requestSubmit(); return true; }})()",
        sel = serde_json::to_string(selector)?
    );
    if !eval::<bool>(page, &js).await? {
        bail!("no form around `{selector}`");
    }
    Ok(())
}

/// How many elements match `selector`.
pub async fn count(page: &Page, selector: &str) -> Result<u32> {
    eval(
        page,
        &format!(
            "document.querySelectorAll({}).length",
            serde_json::to_string(selector)?
        ),
    )
    .await
}

/// The visible text of the page's main area.
pub async fn main_text(page: &Page) -> Result<String> {
    eval(
        page,
        "document.querySelector('main') ? document.querySelector('main').innerText : ''",
    )
    .await
}

impl TestServer {
    /// Starts the server with the given data on a given port (to come back on the same origin, whose
    /// browser storage is then the same).
    pub async fn start_in_on(data_dir: tempfile::TempDir, port: u16) -> Result<Self> {
        let config = sync_server::Config {
            addr: "127.0.0.1".parse()?,
            port,
            data_dir: data_dir.path().to_path_buf(),
            dist_dir: dist_dir()?,
            database_url: None,
        };
        Self::serve(config, data_dir).await
    }
}

/// Chooses `path` in the file input matching `selector`, as a user picking a file would (CDP
/// `DOM.setFileInputFiles`).
pub async fn choose_file(page: &Page, selector: &str, path: &std::path::Path) -> Result<()> {
    use chromiumoxide::cdp::browser_protocol::dom::{
        GetDocumentParams, QuerySelectorParams, SetFileInputFilesParams,
    };
    let doc = page.execute(GetDocumentParams::default()).await?;
    let node = page
        .execute(QuerySelectorParams::new(doc.result.root.node_id, selector))
        .await?
        .result
        .node_id;
    let mut params = SetFileInputFilesParams::new(vec![path.display().to_string()]);
    params.node_id = Some(node);
    page.execute(params).await?;
    Ok(())
}

/// Opens the app in a new tab and waits until Home shows the stored booklet.
pub async fn open_app(chrome: &Chrome, server: &TestServer) -> Result<Page> {
    let page = open(chrome, &server.url()).await?;
    wait_for(&page, "document.querySelector('[data-page=\"home\"]')", WAIT).await?;
    Ok(page)
}

/// Imports `booklet` through Settings, as its owner would from an export file, and confirms the replacement;
/// returns once it is stored.
pub async fn import_booklet(page: &Page, booklet: &booklet::Booklet) -> Result<()> {
    let files = tempfile::tempdir()?;
    let path = files.path().join("booklet.json");
    std::fs::write(&path, booklet::export_json(booklet, now()))?;
    click(page, "nav a[href=\"/settings\"]").await?;
    wait_for(page, "document.querySelector('#import-file')", WAIT).await?;
    choose_file(page, "#import-file", &path).await?;
    wait_for(
        page,
        "document.querySelector('[role=\"alertdialog\"] button.danger')",
        WAIT,
    )
    .await?;
    click(page, "[role=\"alertdialog\"] button.danger").await?;
    wait_for(
        page,
        "document.querySelector('[data-testid=\"import-status\"]')",
        SLOW,
    )
    .await?;
    Ok(())
}

/// Picks a UI language in the header's switch and waits until the page has switched.
pub async fn switch_language(page: &Page, tag: &str) -> Result<()> {
    let js = format!(
        "(() => {{ const s = document.querySelector('#language'); s.value = {tag:?};
           s.dispatchEvent(new Event('change', {{ bubbles: true }})); return true; }})()"
    );
    eval::<bool>(page, &js).await?;
    wait_for(page, &format!("document.documentElement.lang === {tag:?}"), WAIT).await
}

/// The current time as the domain counts it.
pub fn now() -> booklet::Timestamp {
    let ms = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.as_millis())
        .unwrap_or(0);
    booklet::Timestamp::from_millis(ms as i64)
}

/// A QR code as greyscale pixels — 4 px per module and a 4-module quiet zone, like a sharp photo of a
/// screen. Returns the side length and the pixels.
pub fn qr_pixels(code: &qrcode::QrCode) -> (usize, Vec<u8>) {
    let (modules, scale, quiet) = (code.width(), 4, 4);
    let size = (modules + 2 * quiet) * scale;
    let mut pixels = vec![255u8; size * size];
    for (i, color) in code.to_colors().iter().enumerate() {
        if *color == qrcode::Color::Dark {
            let (x, y) = (i % modules + quiet, i / modules + quiet);
            for dy in 0..scale {
                for dx in 0..scale {
                    pixels[(y * scale + dy) * size + x * scale + dx] = 0;
                }
            }
        }
    }
    (size, pixels)
}

/// Writes square greyscale pixels as a PNG file.
pub fn write_grey_png(size: usize, pixels: &[u8], path: &std::path::Path) -> Result<()> {
    let file = std::io::BufWriter::new(std::fs::File::create(path)?);
    let mut encoder = png::Encoder::new(file, size as u32, size as u32);
    encoder.set_color(png::ColorType::Grayscale);
    encoder.set_depth(png::BitDepth::Eight);
    encoder.write_header()?.write_image_data(pixels)?;
    Ok(())
}
