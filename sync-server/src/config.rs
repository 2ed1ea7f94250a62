//! Server settings ([`Config`], [`Limits`]) and the command line that fills them ([`Cli`]).

use std::fmt;
use std::net::{IpAddr, Ipv4Addr, SocketAddr};
use std::path::{Path, PathBuf};
use std::time::Duration;

use clap::{Args, Parser, Subcommand, ValueEnum};

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

/// How much the API accepts and how long shutdown waits: request body sizes, request rates, and the grace
/// period of open requests. Separate from [`Config`] so that callers who build a `Config` by hand keep
/// working and get the defaults ([`crate::bind`]; [`crate::bind_with`] takes both).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Limits {
    /// Largest push body. A phone pushes its outbox as one record (about 150 bytes an edit), so 4 MiB
    /// holds far more than any real batch while the protocol's ceiling (1,000 × 256 KiB) would let one
    /// request hold 250 MiB in memory.
    pub push_body_bytes: usize,
    /// Largest snapshot body: the whole booklet, sealed.
    pub snapshot_body_bytes: usize,
    /// Largest body of every other API request (the JSON ones).
    pub json_body_bytes: usize,
    /// Requests per second each token (and each address, for registration) may make on average; 0 turns
    /// rate limiting off.
    pub rate_per_second: f64,
    /// Requests each token may make at once before the rate applies; 0 turns rate limiting off.
    pub rate_burst: u32,
    /// How long open requests may take to finish after a shutdown signal before they are cut off.
    pub shutdown_grace: Duration,
    /// Advisor logins, per client address and per e-mail address (SHARES.md).
    pub login_rate: Rate,
    /// Share opens and proposals that bring a PIN, per client address and per share: with at most 5 wrong
    /// PINs in a share's life this mostly keeps one client from exhausting them for everybody at once.
    pub pin_rate: Rate,
    /// Share creations per client address.
    pub share_create_rate: Rate,
    /// Whether the session cookie is marked `Secure` (set it when the server is reached over HTTPS, as it
    /// should be in production; browsers drop `Secure` cookies over plain HTTP).
    pub secure_cookies: bool,
    /// SQLite's `synchronous` setting (ignored for PostgreSQL).
    pub sqlite_synchronous: SqliteSynchronous,
}

/// How hard SQLite works to keep a commit through a power cut. Both keep the database consistent; they differ
/// in whether the last acknowledged commits survive the loss of power (not a crash of the process: an
/// acknowledged commit is in the WAL file either way, which the operating system keeps).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, ValueEnum)]
pub enum SqliteSynchronous {
    /// `synchronous=NORMAL`: the WAL is synced at checkpoints only; a power cut may lose the most recent
    /// commits, never corrupt the file.
    #[default]
    Normal,
    /// `synchronous=FULL`: every commit syncs the WAL before it is acknowledged; slower, and durable
    /// through a power cut.
    Full,
}

/// A token-bucket setting: `burst` requests at once, then `per_minute` on average. Either 0 turns it off.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Rate {
    /// Requests per minute on average.
    pub per_minute: f64,
    /// Requests at once before the rate applies.
    pub burst: u32,
}

impl Rate {
    /// No limit.
    pub const OFF: Self = Self {
        per_minute: 0.0,
        burst: 0,
    };
}

impl Default for Limits {
    fn default() -> Self {
        Self {
            push_body_bytes: 4 * 1024 * 1024,
            snapshot_body_bytes: 8 * 1024 * 1024,
            json_body_bytes: 4 * 1024,
            // A phone syncing after a week offline pulls page after page: 60 at once, then 20 a second.
            rate_per_second: 20.0,
            rate_burst: 60,
            shutdown_grace: Duration::from_secs(10),
            // A person mistyping a password a few times is fine; a script trying a list is not.
            login_rate: Rate {
                per_minute: 5.0,
                burst: 10,
            },
            pin_rate: Rate {
                per_minute: 10.0,
                burst: 20,
            },
            share_create_rate: Rate {
                per_minute: 10.0,
                burst: 30,
            },
            secure_cookies: false,
            sqlite_synchronous: SqliteSynchronous::Normal,
        }
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

/// `sync-server [serve] [OPTIONS]` runs the server (`serve` is the default command);
/// `sync-server admin stats|purge|create-advisor` looks after its data and accounts.
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

/// The commands of `sync-server`.
#[derive(Debug, Subcommand)]
pub enum Command {
    /// Serve the app and the API (the default).
    Serve(ServeArgs),
    /// Look after the stored data and the advisor accounts: counts, compaction, idle spaces, expired shares,
    /// new accounts.
    Admin(AdminArgs),
}

/// Where the data is: shared by `serve` and `admin`, so both open the same database.
#[derive(Debug, Clone, PartialEq, Eq, Args)]
pub struct StoreArgs {
    /// Directory for the server's data (created by `serve` if missing).
    #[arg(long, default_value = "./data")]
    pub data_dir: PathBuf,
    /// Database URL (`sqlite://…`); default: SQLite in the data directory. Prefer the environment
    /// variable for URLs with a password, so it does not show in the process list.
    #[arg(long, env = "BEGLEITHEFT_DATABASE_URL", hide_env_values = true)]
    pub database_url: Option<String>,
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
    /// Where the data is.
    #[command(flatten)]
    pub store: StoreArgs,
    /// Directory of the built app.
    #[arg(long = "dist", default_value = "./dist")]
    pub dist_dir: PathBuf,
    /// Requests per second each sync client may make on average (0: no rate limit).
    #[arg(long, default_value_t = Limits::default().rate_per_second)]
    pub rate_limit_per_second: f64,
    /// Requests each sync client may make at once before the rate applies (0: no rate limit).
    #[arg(long, default_value_t = Limits::default().rate_burst)]
    pub rate_limit_burst: u32,
    /// Largest push body in bytes.
    #[arg(long, default_value_t = Limits::default().push_body_bytes)]
    pub max_push_bytes: usize,
    /// Largest snapshot body in bytes.
    #[arg(long, default_value_t = Limits::default().snapshot_body_bytes)]
    pub max_snapshot_bytes: usize,
    /// Seconds open requests may take to finish after Ctrl-C or SIGTERM.
    #[arg(long, default_value_t = Limits::default().shutdown_grace.as_secs())]
    pub shutdown_timeout: u64,
    /// Advisor logins per minute per client address and per e-mail address (0: no limit).
    #[arg(long, default_value_t = Limits::default().login_rate.per_minute)]
    pub login_rate_per_minute: f64,
    /// Advisor logins at once before the rate applies (0: no limit).
    #[arg(long, default_value_t = Limits::default().login_rate.burst)]
    pub login_rate_burst: u32,
    /// Share opens and proposals with a PIN per minute, per client address and per share (0: no limit).
    #[arg(long, default_value_t = Limits::default().pin_rate.per_minute)]
    pub pin_rate_per_minute: f64,
    /// Share opens and proposals with a PIN at once before the rate applies (0: no limit).
    #[arg(long, default_value_t = Limits::default().pin_rate.burst)]
    pub pin_rate_burst: u32,
    /// Share creations per minute per client address (0: no limit).
    #[arg(long, default_value_t = Limits::default().share_create_rate.per_minute)]
    pub share_rate_per_minute: f64,
    /// Share creations at once before the rate applies (0: no limit).
    #[arg(long, default_value_t = Limits::default().share_create_rate.burst)]
    pub share_rate_burst: u32,
    /// Mark the advisor session cookie `Secure` (use when the server is reached over HTTPS).
    #[arg(long)]
    pub secure_cookies: bool,
    /// SQLite durability: `normal` (WAL synced at checkpoints; a power cut may lose the last commits) or
    /// `full` (every commit synced before it is acknowledged). Ignored for PostgreSQL.
    #[arg(long, value_enum, default_value_t = SqliteSynchronous::Normal)]
    pub sqlite_synchronous: SqliteSynchronous,
}

impl ServeArgs {
    /// The limits these options set.
    pub fn limits(&self) -> Limits {
        Limits {
            push_body_bytes: self.max_push_bytes,
            snapshot_body_bytes: self.max_snapshot_bytes,
            rate_per_second: self.rate_limit_per_second,
            rate_burst: self.rate_limit_burst,
            shutdown_grace: Duration::from_secs(self.shutdown_timeout),
            login_rate: Rate {
                per_minute: self.login_rate_per_minute,
                burst: self.login_rate_burst,
            },
            pin_rate: Rate {
                per_minute: self.pin_rate_per_minute,
                burst: self.pin_rate_burst,
            },
            share_create_rate: Rate {
                per_minute: self.share_rate_per_minute,
                burst: self.share_rate_burst,
            },
            secure_cookies: self.secure_cookies,
            sqlite_synchronous: self.sqlite_synchronous,
            ..Limits::default()
        }
    }
}

impl From<ServeArgs> for Config {
    fn from(args: ServeArgs) -> Self {
        Self {
            addr: args.addr,
            port: args.port,
            data_dir: args.store.data_dir,
            dist_dir: args.dist_dir,
            database_url: args.store.database_url,
        }
    }
}

/// `sync-server admin …`.
#[derive(Debug, Args)]
pub struct AdminArgs {
    /// What to do.
    #[command(subcommand)]
    pub command: AdminCommand,
}

/// The admin commands; each takes the same `--data-dir`/`--database-url` as `serve`.
#[derive(Debug, Clone, PartialEq, Eq, Subcommand)]
pub enum AdminCommand {
    /// Print how many spaces, records and snapshots are stored, and their sizes.
    Stats {
        /// Where the data is.
        #[command(flatten)]
        store: StoreArgs,
    },
    /// Create an advisor account; the password is read from the first line of standard input (at least 10
    /// characters), so it shows neither in the process list nor in the shell history.
    CreateAdvisor {
        /// The login e-mail address.
        #[arg(long)]
        email: String,
        /// The advisor's name as shown to owners, e.g. "Anna Schmidt".
        #[arg(long)]
        name: String,
        /// The organisation as shown to owners, e.g. "Jobcenter Rheine".
        #[arg(long)]
        organisation: String,
        /// Where the data is.
        #[command(flatten)]
        store: StoreArgs,
    },
    /// Delete records that snapshots cover, spaces nobody used for `--idle-days`, and expired link shares.
    Purge {
        /// Delete spaces (with all their data) not used for this many days.
        #[arg(long, default_value_t = DEFAULT_IDLE_DAYS)]
        idle_days: u32,
        /// Where the data is.
        #[command(flatten)]
        store: StoreArgs,
    },
}

impl AdminCommand {
    /// Where the command's data is.
    pub fn store(&self) -> &StoreArgs {
        match self {
            Self::Stats { store } | Self::Purge { store, .. } | Self::CreateAdvisor { store, .. } => store,
        }
    }
}

/// Spaces unused this long are deleted by `admin purge`: a year and a month, so a booklet synced once a
/// year (the yearly review with the advisor) survives.
pub const DEFAULT_IDLE_DAYS: u32 = 400;

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
        let Command::Serve(args) = cli.into_command() else {
            panic!("not serve");
        };
        assert_eq!(args.port, 9000);
        assert_eq!(args.dist_dir, PathBuf::from("./dist"));
        assert_eq!(args.limits(), Limits::default());

        let cli = Cli::try_parse_from(["sync-server", "serve", "--addr", "::1", "--dist", "web"])
            .expect("valid arguments");
        let Command::Serve(args) = cli.into_command() else {
            panic!("not serve");
        };
        assert_eq!(args.addr, "::1".parse::<IpAddr>().expect("an address"));
        assert_eq!(args.dist_dir, PathBuf::from("web"));
    }

    #[test]
    fn limit_flags_fill_the_limits() {
        let cli = Cli::try_parse_from([
            "sync-server",
            "--rate-limit-per-second",
            "0",
            "--rate-limit-burst",
            "5",
            "--max-push-bytes",
            "1000",
            "--shutdown-timeout",
            "3",
        ])
        .expect("valid arguments");
        let Command::Serve(args) = cli.into_command() else {
            panic!("not serve");
        };
        let limits = args.limits();
        assert_eq!(limits.rate_per_second, 0.0);
        assert_eq!(limits.rate_burst, 5);
        assert_eq!(limits.push_body_bytes, 1000);
        assert_eq!(limits.snapshot_body_bytes, Limits::default().snapshot_body_bytes);
        assert_eq!(limits.shutdown_grace, Duration::from_secs(3));
    }

    #[test]
    fn sqlite_synchronous_defaults_to_normal_and_takes_full() {
        let serve = |extra: &[&str]| {
            let cli =
                Cli::try_parse_from(["sync-server", "serve"].iter().chain(extra)).expect("valid arguments");
            let Command::Serve(args) = cli.into_command() else {
                panic!("not serve");
            };
            args.limits().sqlite_synchronous
        };
        assert_eq!(serve(&[]), SqliteSynchronous::Normal);
        assert_eq!(serve(&["--sqlite-synchronous", "full"]), SqliteSynchronous::Full);
        assert_eq!(
            serve(&["--sqlite-synchronous", "normal"]),
            SqliteSynchronous::Normal
        );
        assert!(Cli::try_parse_from(["sync-server", "serve", "--sqlite-synchronous", "off"]).is_err());
    }

    #[test]
    fn admin_commands_take_the_store_options() {
        let parse = |args: &[&str]| {
            let cli = Cli::try_parse_from(args).expect("valid arguments");
            let Command::Admin(admin) = cli.into_command() else {
                panic!("not admin");
            };
            admin.command
        };
        let command = parse(&["sync-server", "admin", "stats", "--data-dir", "/srv/heft"]);
        assert!(matches!(command, AdminCommand::Stats { .. }), "{command:?}");
        assert_eq!(command.store().data_dir, PathBuf::from("/srv/heft"));

        let command = parse(&["sync-server", "admin", "purge"]);
        assert!(
            matches!(
                command,
                AdminCommand::Purge {
                    idle_days: DEFAULT_IDLE_DAYS,
                    ..
                }
            ),
            "{command:?}"
        );
        assert_eq!(command.store().data_dir, PathBuf::from("./data"));
        let command = parse(&[
            "sync-server",
            "admin",
            "purge",
            "--idle-days",
            "30",
            "--data-dir",
            "d",
        ]);
        assert!(
            matches!(command, AdminCommand::Purge { idle_days: 30, .. }),
            "{command:?}"
        );
        assert_eq!(command.store().data_dir, PathBuf::from("d"));
    }
}
