//! The real server on a real socket: bind port 0, talk raw HTTP/1.1, shut down through the future.

mod common;

use std::net::{IpAddr, Ipv4Addr};

use sync_server::{Config, bind};
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::TcpStream;
use tokio::sync::oneshot;

/// A client asks a freshly started server for its health over TCP, then the server shuts down cleanly
/// and has created its data directory and database on the way.
#[tokio::test]
async fn serves_health_on_port_0_and_shuts_down() {
    let dist = common::fake_dist();
    let root = tempfile::tempdir().expect("a temp dir");
    let data_dir = root.path().join("data");
    let config = Config {
        addr: IpAddr::V4(Ipv4Addr::LOCALHOST),
        port: 0,
        data_dir: data_dir.clone(),
        dist_dir: dist.path().to_path_buf(),
        database_url: None,
    };
    let server = bind(config).await.expect("the server binds");
    let addr = server.local_addr();
    assert!(addr.ip().is_loopback());
    assert_ne!(addr.port(), 0);
    assert!(
        server.data_location().ends_with("begleitheft.db"),
        "{}",
        server.data_location()
    );

    let (stop, stopped) = oneshot::channel::<()>();
    let running = tokio::spawn(server.run(async {
        let _ = stopped.await;
    }));

    let mut stream = TcpStream::connect(addr).await.expect("connect");
    let request = format!("GET /api/health HTTP/1.1\r\nHost: {addr}\r\nConnection: close\r\n\r\n");
    stream.write_all(request.as_bytes()).await.expect("send");
    let mut response = String::new();
    stream.read_to_string(&mut response).await.expect("receive");
    assert!(response.starts_with("HTTP/1.1 200 OK\r\n"), "{response}");
    let (_, body) = response.split_once("\r\n\r\n").expect("headers end");
    let health: serde_json::Value = serde_json::from_str(body).expect("JSON");
    assert_eq!(health["status"], "ok");
    assert_eq!(health["database"], "ok");

    stop.send(()).expect("the server is still running");
    running
        .await
        .expect("the server task did not panic")
        .expect("clean shutdown");
    assert!(data_dir.join("begleitheft.db").is_file());
    assert!(
        TcpStream::connect(addr).await.is_err(),
        "the port is closed after shutdown"
    );
}

/// A PostgreSQL URL nobody answers fails at start-up with a clear message that leaves the password out.
#[tokio::test]
async fn an_unreachable_postgres_fails_clearly() {
    let root = tempfile::tempdir().expect("a temp dir");
    let config = Config {
        port: 0,
        data_dir: root.path().join("data"),
        // Nothing listens on port 1, so the connection is refused at once.
        database_url: Some("postgres://app:s3cret@127.0.0.1:1/heft".into()),
        ..Config::default()
    };
    let error = bind(config).await.err().expect("an error");
    let message = format!("{error}: {}", std::error::Error::source(&error).expect("a cause"));
    assert!(
        message.contains("cannot open the database at postgres://app@127.0.0.1:1/heft"),
        "{message}"
    );
    assert!(!message.contains("s3cret"), "{message}");
}
