//! Server settings ([`Config`]) and the command line that fills them ([`Cli`]).

use std::fmt;
use std::net::{IpAddr, Ipv4Addr, SocketAddr};
use std::path::{Path, PathBuf};

use clap::{Args, Parser, Subcommand};

/// File name of the default SQLite database inside the data directory.
pub const DEFAULT_DATABASE_FILE: &str = "begleitheft.db";

/// Everything the server needs to start.
#[derive(Clone)]
pub struct Config {
    /// Address to listen on; loopback by default so a fresh install is not reachable from the network.
    pub addr: IpAddr,
    /// Port to listen on; 0 lets the OS pick a free one (tests do this).
    pub port: u16,
    /// Where the server keeps its data; created on first start.
    pub data_dir: PathBuf,
    /// The built app (index.html, wasm, service worker, …), as written by `cargo xtask`.
    pub dist_dir: PathBuf,
    /// Database URL; `None` means SQLite in `data_dir`. It may carry a password, so `Debug` hides it.
    pub database_url: Option<String>,
}

impl Config {
    /// The database URL to open: the configured one, else `sqlite://<data_dir>/begleitheft.db`.
    pub fn database_url(&self) -> String {
        match &self.database_url {
            Some(url) => url.clone(),
            None => sqlite_url(&self.data_dir.join(DEFAULT_DATABASE_FILE)),
        }
    }

    /// The socket address to bind.
    pub fn socket_addr(&self) -> SocketAddr {
        SocketAddr::new(self.addr, self.port)
    }
}

impl Default for Config {
    fn default() -> Self {
        Self {
            addr: IpAddr::V4(Ipv4Addr::LOCALHOST),
            port: 8080,
            data_dir: PathBuf::from("./data"),
            dist_dir: PathBuf::from("./dist"),
            database_url: None,
        }
    }
}

impl fmt::Debug for Config {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Config")
            .field("addr", &self.addr)
            .field("port", &self.port)
            .field("data_dir", &self.data_dir)
            .field("dist_dir", &self.dist_dir)
            .field("database_url", &self.database_url.as_deref().map(redact_url))
            .finish()
    }
}

/// A `sqlite://` URL for a file path. sqlx percent-decodes the path, so the characters that would
/// otherwise end it early (`?` starts parameters, `#` a fragment) or be decoded (`%`) are encoded.
fn sqlite_url(path: &Path) -> String {
    let mut url = String::from("sqlite://");
    for c in path.to_string_lossy().chars() {
        match c {
            '%' => url.push_str("%25"),
            '?' => url.push_str("%3F"),
            '#' => url.push_str("%23"),
            c => url.push(c),
        }
    }
    url
}

/// The URL with any password replaced by `***`, for logs and `Debug`.
pub fn redact_url(url: &str) -> String {
    let Some((scheme, rest)) = url.split_once("://") else {
        return url.to_owned();
    };
    let authority_end = rest.find('/').unwrap_or(rest.len());
    let Some(at) = rest[..authority_end].rfind('@') else {
        return url.to_owned();
    };
    match rest[..at].split_once(':') {
        Some((user, _password)) => format!("{scheme}://{user}:***{}", &rest[at..]),
        None => url.to_owned(),
    }
}

/// `sync-server [serve] [OPTIONS]`: runs the server (`serve` is the default command).
#[derive(Debug, Parser)]
#[command(version, about, args_conflicts_with_subcommands = true)]
pub struct Cli {
    /// The command; none means `serve`.
    #[command(subcommand)]
    pub command: Option<Command>,
    /// Options of `serve` when it is not named, so `sync-server --port 9000` works.
    #[command(flatten)]
    pub serve: ServeArgs,
}

impl Cli {
    /// The command to run, with `serve` filled in when none was named.
    pub fn into_command(self) -> Command {
        self.command.unwrap_or(Command::Serve(self.serve))
    }
}

/// The commands of `sync-server` (an `admin` command will join `serve`).
#[derive(Debug, Subcommand)]
pub enum Command {
    /// Serve the app and the API (the default).
    Serve(ServeArgs),
}

/// Options of `serve`.
#[derive(Debug, Args)]
pub struct ServeArgs {
    /// Address to listen on.
    #[arg(long, default_value = "127.0.0.1")]
    pub addr: IpAddr,
    /// Port to listen on (0 picks a free one).
    #[arg(long, default_value_t = 8080)]
    pub port: u16,
    /// Directory for the server's data (created if missing).
    #[arg(long, default_value = "./data")]
    pub data_dir: PathBuf,
    /// Directory of the built app.
    #[arg(long = "dist", default_value = "./dist")]
    pub dist_dir: PathBuf,
    /// Database URL (`sqlite://…`); default: SQLite in the data directory. Prefer the environment
    /// variable for URLs with a password, so it does not show in the process list.
    #[arg(long, env = "BEGLEITHEFT_DATABASE_URL", hide_env_values = true)]
    pub database_url: Option<String>,
}

impl From<ServeArgs> for Config {
    fn from(args: ServeArgs) -> Self {
        Self {
            addr: args.addr,
            port: args.port,
            data_dir: args.data_dir,
            dist_dir: args.dist_dir,
            database_url: args.database_url,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn default_database_is_sqlite_in_the_data_dir() {
        let config = Config {
            data_dir: PathBuf::from("/srv/heft data"),
            ..Config::default()
        };
        assert_eq!(config.database_url(), "sqlite:///srv/heft data/begleitheft.db");
    }

    #[test]
    fn sqlite_url_encodes_characters_sqlx_would_misread() {
        assert_eq!(sqlite_url(Path::new("/a?b#c%d.db")), "sqlite:///a%3Fb%23c%25d.db");
    }

    #[test]
    fn redact_url_hides_only_the_password() {
        let cases = [
            (
                "postgres://app:s3cret@db:5432/heft",
                "postgres://app:***@db:5432/heft",
            ),
            ("postgres://app@db/heft", "postgres://app@db/heft"),
            ("sqlite:///data/a@b.db", "sqlite:///data/a@b.db"),
            ("sqlite://./data/begleitheft.db", "sqlite://./data/begleitheft.db"),
            ("not a url", "not a url"),
        ];
        for (url, want) in cases {
            assert_eq!(redact_url(url), want, "{url}");
        }
    }

    #[test]
    fn debug_does_not_show_the_password() {
        let config = Config {
            database_url: Some("postgres://app:s3cret@db/heft".into()),
            ..Config::default()
        };
        assert!(!format!("{config:?}").contains("s3cret"));
    }

    #[test]
    fn serve_is_the_default_command() {
        let cli = Cli::try_parse_from(["sync-server", "--port", "9000"]).expect("valid arguments");
        let Command::Serve(args) = cli.into_command();
        assert_eq!(args.port, 9000);
        assert_eq!(args.dist_dir, PathBuf::from("./dist"));

        let cli = Cli::try_parse_from(["sync-server", "serve", "--addr", "::1", "--dist", "web"])
            .expect("valid arguments");
        let Command::Serve(args) = cli.into_command();
        assert_eq!(args.addr, "::1".parse::<IpAddr>().expect("an address"));
        assert_eq!(args.dist_dir, PathBuf::from("web"));
    }
}
