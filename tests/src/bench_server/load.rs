//! The load driver: keep-alive HTTP/1.1 connections on loopback, each sending its next request as soon as the
//! last answer is read (closed loop), every latency kept.

use anyhow::{Context as _, Result, bail};
use bytes::Bytes;
use http_body_util::{BodyExt as _, Full};
use hyper::client::conn::http1;
use hyper::{Request, StatusCode};
use hyper_util::rt::TokioIo;
use std::io;
use std::net::SocketAddr;
use std::pin::Pin;
use std::sync::Arc;
use std::sync::atomic::{AtomicU64, Ordering};
use std::task::{Context, Poll};
use std::time::{Duration, Instant};
use tokio::io::{AsyncRead, AsyncWrite, ReadBuf};
use tokio::net::TcpStream;

/// A request body.
pub type Body = Full<Bytes>;

/// A TCP stream that counts the bytes written to it, so a request's size on the wire is measured rather than
/// reckoned.
struct Counting {
    inner: TcpStream,
    written: Arc<AtomicU64>,
}

impl AsyncRead for Counting {
    fn poll_read(
        mut self: Pin<&mut Self>,
        cx: &mut Context<'_>,
        buf: &mut ReadBuf<'_>,
    ) -> Poll<io::Result<()>> {
        Pin::new(&mut self.inner).poll_read(cx, buf)
    }
}

impl AsyncWrite for Counting {
    fn poll_write(mut self: Pin<&mut Self>, cx: &mut Context<'_>, buf: &[u8]) -> Poll<io::Result<usize>> {
        let polled = Pin::new(&mut self.inner).poll_write(cx, buf);
        if let Poll::Ready(Ok(n)) = &polled {
            self.written.fetch_add(*n as u64, Ordering::Relaxed);
        }
        polled
    }

    fn poll_flush(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<io::Result<()>> {
        Pin::new(&mut self.inner).poll_flush(cx)
    }

    fn poll_shutdown(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<io::Result<()>> {
        Pin::new(&mut self.inner).poll_shutdown(cx)
    }
}

/// One keep-alive connection.
pub struct Conn {
    sender: http1::SendRequest<Body>,
    written: Arc<AtomicU64>,
}

impl Conn {
    /// Opens a connection to a loopback address.
    pub async fn open(addr: SocketAddr) -> Result<Self> {
        if !addr.ip().is_loopback() {
            bail!("the benchmark only talks to loopback, not {addr}");
        }
        let stream = TcpStream::connect(addr).await?;
        stream.set_nodelay(true)?;
        let written = Arc::new(AtomicU64::new(0));
        let counting = Counting {
            inner: stream,
            written: Arc::clone(&written),
        };
        let (sender, connection) = http1::handshake(TokioIo::new(counting)).await?;
        tokio::spawn(async move {
            // Ends when the sender is dropped or the server closes; errors show up on the next request.
            let _ = connection.await;
        });
        Ok(Self { sender, written })
    }

    /// Sends a request and reads the whole answer.
    pub async fn send(&mut self, request: Request<Body>) -> Result<(StatusCode, Bytes)> {
        self.sender.ready().await?;
        let response = self.sender.send_request(request).await?;
        let status = response.status();
        let body = response.into_body().collect().await?.to_bytes();
        Ok((status, body))
    }

    /// Bytes written to this connection so far (request heads and bodies).
    pub fn written(&self) -> u64 {
        self.written.load(Ordering::Relaxed)
    }
}

/// Checks an answer; `Err` carries what the server said.
pub type Check = fn(StatusCode, &Bytes) -> Result<()>;

/// What one load phase measured.
pub struct Outcome {
    /// Requests answered.
    pub requests: u64,
    /// Wall time from the first request to the last answer.
    pub elapsed: Duration,
    /// Each request's latency, sorted.
    pub latencies: Vec<Duration>,
}

impl Outcome {
    /// Requests per second.
    pub fn rate(&self) -> f64 {
        self.requests as f64 / self.elapsed.as_secs_f64()
    }

    /// The `p`-th percentile latency in milliseconds (nearest rank).
    pub fn percentile_ms(&self, p: f64) -> f64 {
        if self.latencies.is_empty() {
            return f64::NAN;
        }
        let rank = ((p / 100.0) * self.latencies.len() as f64).ceil() as usize;
        let index = rank.clamp(1, self.latencies.len()) - 1;
        self.latencies[index].as_secs_f64() * 1000.0
    }
}

/// Sends requests `0..total`, built by `make(i)`, over `connections` connections; every answer must pass
/// `check`, else the phase fails (a benchmark of errors measures nothing).
pub async fn run<F>(
    addr: SocketAddr,
    connections: usize,
    total: u64,
    make: F,
    check: Check,
) -> Result<Outcome>
where
    F: Fn(u64) -> Request<Body> + Send + Sync + 'static,
{
    let make = Arc::new(make);
    let next = Arc::new(AtomicU64::new(0));
    let mut conns = Vec::with_capacity(connections);
    for _ in 0..connections {
        conns.push(Conn::open(addr).await?);
    }
    let start = Instant::now();
    let mut tasks = Vec::with_capacity(connections);
    for mut conn in conns {
        let make = Arc::clone(&make);
        let next = Arc::clone(&next);
        tasks.push(tokio::spawn(async move {
            let mut latencies = Vec::new();
            loop {
                let i = next.fetch_add(1, Ordering::Relaxed);
                if i >= total {
                    return Ok::<_, anyhow::Error>(latencies);
                }
                let request = make(i);
                let sent = Instant::now();
                let (status, body) = conn.send(request).await.with_context(|| format!("request {i}"))?;
                latencies.push(sent.elapsed());
                check(status, &body).with_context(|| format!("request {i}"))?;
            }
        }));
    }
    collect(start, tasks).await
}

/// A walker's state between pages: where it stands and how much it has read.
pub struct Walk {
    /// The cursor to send next, as the system writes it.
    pub cursor: String,
    /// Records read so far.
    pub records: u64,
}

/// Each of `connections` clients reads `per_client` records page by page from the start, each page asked
/// after the cursor the last one ended on. `page(cursor)` builds a request; `parse(body)` returns the new
/// cursor and the number of records in the page.
pub async fn walk<F, P>(
    addr: SocketAddr,
    connections: usize,
    start_cursor: &str,
    per_client: u64,
    page: F,
    parse: P,
) -> Result<(Outcome, u64)>
where
    F: Fn(&str) -> Request<Body> + Send + Sync + 'static,
    P: Fn(&Bytes, &str) -> Result<(String, u64)> + Send + Sync + 'static,
{
    let page = Arc::new(page);
    let parse = Arc::new(parse);
    let mut conns = Vec::with_capacity(connections);
    for _ in 0..connections {
        conns.push(Conn::open(addr).await?);
    }
    let records = Arc::new(AtomicU64::new(0));
    let start = Instant::now();
    let mut tasks = Vec::with_capacity(connections);
    for mut conn in conns {
        let page = Arc::clone(&page);
        let parse = Arc::clone(&parse);
        let records = Arc::clone(&records);
        let mut state = Walk {
            cursor: start_cursor.to_string(),
            records: 0,
        };
        tasks.push(tokio::spawn(async move {
            let mut latencies = Vec::new();
            while state.records < per_client {
                let request = page(&state.cursor);
                let sent = Instant::now();
                let (status, body) = conn.send(request).await?;
                latencies.push(sent.elapsed());
                if !status.is_success() {
                    bail!("pull answered {status}: {}", String::from_utf8_lossy(&body));
                }
                let (cursor, n) = parse(&body, &state.cursor)?;
                if n == 0 {
                    bail!("pull ended after {} records, before {per_client}", state.records);
                }
                state.cursor = cursor;
                state.records += n;
            }
            records.fetch_add(state.records, Ordering::Relaxed);
            Ok(latencies)
        }));
    }
    let outcome = collect(start, tasks).await?;
    Ok((outcome, records.load(Ordering::Relaxed)))
}

async fn collect(
    start: Instant,
    tasks: Vec<tokio::task::JoinHandle<Result<Vec<Duration>>>>,
) -> Result<Outcome> {
    let mut latencies = Vec::new();
    for task in tasks {
        latencies.extend(task.await??);
    }
    let elapsed = start.elapsed();
    latencies.sort();
    Ok(Outcome {
        requests: latencies.len() as u64,
        elapsed,
        latencies,
    })
}

/// Accepts any 2xx answer.
pub fn success(status: StatusCode, body: &Bytes) -> Result<()> {
    if status.is_success() {
        Ok(())
    } else {
        bail!("answered {status}: {}", String::from_utf8_lossy(body))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn percentiles_are_nearest_rank() {
        let outcome = Outcome {
            requests: 100,
            elapsed: Duration::from_secs(2),
            latencies: (1..=100).map(Duration::from_millis).collect(),
        };
        assert_eq!(outcome.rate(), 50.0);
        assert_eq!(outcome.percentile_ms(50.0), 50.0);
        assert_eq!(outcome.percentile_ms(99.0), 99.0);
        assert_eq!(outcome.percentile_ms(100.0), 100.0);
    }
}
