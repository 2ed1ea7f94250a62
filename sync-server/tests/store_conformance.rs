//! One conformance suite for every `Store` back end: each case below is written once against
//! `Arc<dyn Store>` and [`conformance!`] runs it against SQLite (a temp file) and against PostgreSQL (a fresh
//! database in a private cluster, see `common/postgres.rs`). "Same tests, both pass."
//!
//! Run: `cargo test -p sync-server --test store_conformance` (PostgreSQL's server binaries must be installed;
//! as root the harness installs Debian's package itself).

mod common;

use std::collections::BTreeSet;
use std::sync::Arc;

use sync_server::store::{
    NewRecord, Pulled, PurgeReport, PushOutcome, Registered, Snapshot, SpaceId, Stats, StoredRecord,
    TokenHash,
};
use sync_server::{Store, StoreError};
use tempfile::TempDir;

/// Where a case's data lives; it can open the same database several times.
enum Target {
    Sqlite(TempDir),
    Postgres(common::postgres::PgDatabase),
}

impl Target {
    fn sqlite() -> Self {
        Self::Sqlite(tempfile::tempdir().expect("a temp dir"))
    }

    async fn postgres() -> Self {
        Self::Postgres(common::postgres::fresh_database().await)
    }

    fn url(&self) -> String {
        match self {
            Self::Sqlite(dir) => format!("sqlite://{}", dir.path().join("test.db").display()),
            Self::Postgres(database) => database.url(),
        }
    }

    /// Opens (and migrates) the store through the same entry point the server uses.
    async fn open(&self) -> Arc<dyn Store> {
        sync_server::store::open(&self.url())
            .await
            .expect("the store opens")
    }
}

/// Instantiates every listed case once per back end: `sqlite::<case>` and `postgres::<case>`.
macro_rules! conformance {
    ($($case:ident),+ $(,)?) => {
        mod sqlite {
            $(
                #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
                async fn $case() {
                    super::$case(&super::Target::sqlite()).await;
                }
            )+
        }
        mod postgres {
            $(
                #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
                async fn $case() {
                    super::$case(&super::Target::postgres().await).await;
                }
            )+
        }
    };
}

conformance!(
    migrations_apply_once_and_the_store_is_healthy,
    servers_starting_together_migrate_once,
    registering_creates_then_recognises_the_token,
    the_token_hash_is_found_by_space,
    pushes_get_dense_cursors_in_order,
    a_duplicate_is_counted_not_stored,
    pulls_page_with_more,
    pulling_behind_a_purge_says_compacted,
    snapshots_keep_the_newest_and_refuse_a_cursor_ahead,
    deleting_a_space_removes_all_its_data,
    stats_count_spaces_records_snapshots_and_bytes,
    purge_compacts_and_removes_idle_spaces,
    concurrent_pushes_to_one_space_get_cursors_without_gaps,
    spaces_are_isolated,
    an_unknown_space_is_an_error_for_writes_and_reads,
);

const A: SpaceId = [0xa1; 16];
const B: SpaceId = [0xb2; 16];
const TOKEN_A: TokenHash = [0x11; 32];
const TOKEN_B: TokenHash = [0x22; 32];
const PHONE: [u8; 8] = *b"phone-01";
const LAPTOP: [u8; 8] = *b"laptop02";

/// A record whose data tells where it came from.
fn record(device: [u8; 8], seq: u64) -> NewRecord {
    NewRecord {
        device,
        seq,
        data: format!("sealed {:?} #{seq}", String::from_utf8_lossy(&device)).into_bytes(),
    }
}

/// The records of a pull, or a panic when it says compacted.
fn records(pulled: Pulled) -> (Vec<StoredRecord>, bool) {
    match pulled {
        Pulled::Records { records, more } => (records, more),
        Pulled::Compacted => panic!("unexpectedly compacted"),
    }
}

fn cursors(records: &[StoredRecord]) -> Vec<u64> {
    records.iter().map(|r| r.cursor).collect()
}

/// A store with space `A` registered at t = 1000 and `count` records pushed from the phone, one per push.
async fn space_with_records(target: &Target, count: u64) -> Arc<dyn Store> {
    let store = target.open().await;
    assert_eq!(
        store.register_space(&A, &TOKEN_A, 1000).await.expect("register"),
        Registered::Created
    );
    for seq in 1..=count {
        store.push(&A, &[record(PHONE, seq)], 1000).await.expect("push");
    }
    store
}

/// Opening an existing database applies nothing twice; both back ends reach the same schema version.
async fn migrations_apply_once_and_the_store_is_healthy(target: &Target) {
    let store = target.open().await;
    let version = store.schema_version().await.expect("version");
    assert_eq!(version, 2, "0001_init and 0002_sync");
    store.health().await.expect("healthy");
    store.register_space(&A, &TOKEN_A, 1).await.expect("register");
    store.close().await;

    let store = target.open().await;
    assert_eq!(store.schema_version().await.expect("version"), version);
    assert_eq!(
        store.space_token(&A).await.expect("lookup"),
        Some(TOKEN_A),
        "data survives reopening"
    );
    let location = store.location();
    match target {
        Target::Sqlite(_) => assert!(location.ends_with("test.db"), "{location}"),
        Target::Postgres(db) => {
            assert!(location.starts_with("postgres://"), "{location}");
            assert!(location.ends_with(db.name()), "{location}");
        }
    }
    store.close().await;
}

/// Two servers starting on one new database at once both open it: the migrator serialises them (SQLite:
/// `BEGIN IMMEDIATE`; PostgreSQL: an advisory lock), so the second finds the schema done instead of failing
/// on tables that already exist.
async fn servers_starting_together_migrate_once(target: &Target) {
    let (first, second) = tokio::join!(target.open(), target.open());
    for store in [&first, &second] {
        assert_eq!(store.schema_version().await.expect("version"), 2);
    }
    first.register_space(&A, &TOKEN_A, 1).await.expect("register");
    assert_eq!(
        second.space_token(&A).await.expect("lookup"),
        Some(TOKEN_A),
        "one database"
    );
    first.close().await;
    second.close().await;
}

/// A new space is created; the same token again is a retried registration; another token is a mismatch
/// that changes nothing.
async fn registering_creates_then_recognises_the_token(target: &Target) {
    let store = target.open().await;
    assert_eq!(
        store.register_space(&A, &TOKEN_A, 1000).await.expect("register"),
        Registered::Created
    );
    assert_eq!(
        store.register_space(&A, &TOKEN_A, 2000).await.expect("register"),
        Registered::Existing
    );
    assert_eq!(
        store.register_space(&A, &TOKEN_B, 3000).await.expect("register"),
        Registered::TokenMismatch
    );
    assert_eq!(store.space_token(&A).await.expect("lookup"), Some(TOKEN_A));
    // The mismatch did not count as use: the space was last used at 2000, so it is idle before 2500.
    assert_eq!(store.purge(2500).await.expect("purge").idle_spaces, 1);
    store.close().await;
}

/// The token hash is looked up by space id; an unknown space has none.
async fn the_token_hash_is_found_by_space(target: &Target) {
    let store = target.open().await;
    assert_eq!(store.space_token(&A).await.expect("lookup"), None);
    store.register_space(&A, &TOKEN_A, 1).await.expect("register");
    store.register_space(&B, &TOKEN_B, 1).await.expect("register");
    assert_eq!(store.space_token(&A).await.expect("lookup"), Some(TOKEN_A));
    assert_eq!(store.space_token(&B).await.expect("lookup"), Some(TOKEN_B));
    store.close().await;
}

/// Each stored record gets the next cursor, 1, 2, 3, …, in the order of the batch and of the pushes.
async fn pushes_get_dense_cursors_in_order(target: &Target) {
    let store = target.open().await;
    store.register_space(&A, &TOKEN_A, 1).await.expect("register");
    let batch = [record(PHONE, 1), record(PHONE, 2), record(LAPTOP, 1)];
    assert_eq!(
        store.push(&A, &batch, 2).await.expect("push"),
        PushOutcome {
            cursor: 3,
            stored: 3,
            duplicates: 0
        }
    );
    let later = [record(LAPTOP, 2), record(PHONE, 3)];
    assert_eq!(
        store.push(&A, &later, 3).await.expect("push"),
        PushOutcome {
            cursor: 5,
            stored: 2,
            duplicates: 0
        }
    );
    assert_eq!(
        store.push(&A, &[], 4).await.expect("an empty push"),
        PushOutcome {
            cursor: 5,
            stored: 0,
            duplicates: 0
        }
    );
    let (pulled, more) = records(store.pull(&A, 0, 100).await.expect("pull"));
    assert!(!more);
    let expected: Vec<StoredRecord> = batch
        .iter()
        .chain(&later)
        .zip(1..)
        .map(|(r, cursor)| StoredRecord {
            cursor,
            device: r.device,
            seq: r.seq,
            data: r.data.clone(),
        })
        .collect();
    assert_eq!(pulled, expected);
    store.close().await;
}

/// A retried push stores nothing again and reports duplicates; so does a repeat inside one batch. A `seq`
/// beyond `i64::MAX` round-trips.
async fn a_duplicate_is_counted_not_stored(target: &Target) {
    let store = target.open().await;
    store.register_space(&A, &TOKEN_A, 1).await.expect("register");
    let batch = [record(PHONE, 1), record(PHONE, 2)];
    store.push(&A, &batch, 2).await.expect("push");
    assert_eq!(
        store.push(&A, &batch, 3).await.expect("retry"),
        PushOutcome {
            cursor: 2,
            stored: 0,
            duplicates: 2
        }
    );
    // The stored copy wins even if a retry carries other bytes (a client bug, not a new record).
    let mut changed = record(PHONE, 1);
    changed.data = b"other bytes".to_vec();
    let mixed = [
        record(PHONE, 3),
        record(PHONE, 3),
        changed,
        record(LAPTOP, u64::MAX),
        record(PHONE, u64::MAX),
    ];
    assert_eq!(
        store.push(&A, &mixed, 4).await.expect("push"),
        PushOutcome {
            cursor: 5,
            stored: 3,
            duplicates: 2
        }
    );
    let (pulled, _) = records(store.pull(&A, 0, 100).await.expect("pull"));
    assert_eq!(cursors(&pulled), [1, 2, 3, 4, 5]);
    assert_eq!(pulled[0].data, record(PHONE, 1).data);
    let keys: Vec<([u8; 8], u64)> = pulled.iter().map(|r| (r.device, r.seq)).collect();
    assert_eq!(
        keys,
        [
            (PHONE, 1),
            (PHONE, 2),
            (PHONE, 3),
            (LAPTOP, u64::MAX),
            (PHONE, u64::MAX)
        ]
    );
    assert_eq!(store.stats().await.expect("stats").records, 5);
    store.close().await;
}

/// Pulls return at most `limit` records after the cursor, oldest first, and say whether more follow.
async fn pulls_page_with_more(target: &Target) {
    let store = space_with_records(target, 10).await;
    let mut after = 0;
    let mut pages = Vec::new();
    loop {
        let (page, more) = records(store.pull(&A, after, 4).await.expect("pull"));
        pages.push(cursors(&page));
        match page.last() {
            Some(last) => after = last.cursor,
            None => break,
        }
        if !more {
            break;
        }
    }
    assert_eq!(
        pages,
        [vec![1, 2, 3, 4], vec![5, 6, 7, 8], vec![9, 10]],
        "the last page says no more"
    );
    assert_eq!(
        store.pull(&A, 10, 4).await.expect("pull"),
        Pulled::Records {
            records: vec![],
            more: false
        }
    );
    assert_eq!(
        store
            .pull(&A, u64::MAX, 4)
            .await
            .expect("a cursor from the future"),
        Pulled::Records {
            records: vec![],
            more: false
        }
    );
    let (page, more) = records(store.pull(&A, 8, 2).await.expect("pull"));
    assert_eq!(
        (cursors(&page), more),
        (vec![9, 10], false),
        "exactly the limit left"
    );
    let (page, more) = records(store.pull(&A, 3, 0).await.expect("pull"));
    assert_eq!(
        (cursors(&page), more),
        (vec![], true),
        "a zero limit still says more"
    );
    store.close().await;
}

/// After a purge deleted the records a snapshot covers, a pull from before the snapshot says compacted
/// (the client restores from the snapshot); a pull from the snapshot's cursor on still works.
async fn pulling_behind_a_purge_says_compacted(target: &Target) {
    let store = space_with_records(target, 5).await;
    assert!(
        store
            .put_snapshot(&A, 3, b"state at 3", 1000)
            .await
            .expect("snapshot")
    );
    // Nothing is compacted before a purge.
    assert_eq!(
        cursors(&records(store.pull(&A, 0, 100).await.expect("pull")).0),
        [1, 2, 3, 4, 5]
    );
    let report = store.purge(0).await.expect("purge");
    assert_eq!(
        report,
        PurgeReport {
            compacted_records: 3,
            idle_spaces: 0
        }
    );
    for after in [0, 1, 2] {
        assert_eq!(
            store.pull(&A, after, 100).await.expect("pull"),
            Pulled::Compacted,
            "after {after}"
        );
    }
    assert_eq!(
        cursors(&records(store.pull(&A, 3, 100).await.expect("pull")).0),
        [4, 5]
    );
    assert_eq!(
        store.snapshot(&A).await.expect("snapshot"),
        Some(Snapshot {
            cursor: 3,
            data: b"state at 3".to_vec()
        })
    );
    // New pushes continue after the newest cursor, not after the compacted ones.
    let outcome = store.push(&A, &[record(PHONE, 6)], 1000).await.expect("push");
    assert_eq!(outcome.cursor, 6);
    // A second purge finds nothing new to compact.
    assert_eq!(store.purge(0).await.expect("purge"), PurgeReport::default());
    store.close().await;
}

/// The newest snapshot is kept; an older one is ignored; one claiming a cursor the space has not reached
/// is refused; an equal cursor replaces (a re-upload).
async fn snapshots_keep_the_newest_and_refuse_a_cursor_ahead(target: &Target) {
    let store = space_with_records(target, 5).await;
    assert_eq!(store.snapshot(&A).await.expect("snapshot"), None);
    assert!(store.put_snapshot(&A, 4, b"at 4", 2).await.expect("put"));
    assert!(
        !store.put_snapshot(&A, 2, b"at 2", 3).await.expect("put"),
        "older: ignored"
    );
    assert_eq!(
        store.snapshot(&A).await.expect("snapshot"),
        Some(Snapshot {
            cursor: 4,
            data: b"at 4".to_vec()
        })
    );
    assert!(
        store.put_snapshot(&A, 4, b"at 4 again", 4).await.expect("put"),
        "equal: replaced"
    );
    let error = store
        .put_snapshot(&A, 6, b"at 6", 5)
        .await
        .expect_err("a cursor ahead");
    assert!(
        matches!(error, StoreError::CursorAhead { cursor: 6, newest: 5 }),
        "{error:?}"
    );
    assert!(store.put_snapshot(&A, 5, b"at 5", 6).await.expect("put"));
    assert_eq!(
        store.snapshot(&A).await.expect("snapshot"),
        Some(Snapshot {
            cursor: 5,
            data: b"at 5".to_vec()
        })
    );
    // A snapshot of an empty space at cursor 0 is allowed.
    store.register_space(&B, &TOKEN_B, 1).await.expect("register");
    assert!(store.put_snapshot(&B, 0, b"empty", 1).await.expect("put"));
    store.close().await;
}

/// Deleting a space removes it with its records and snapshot; the id can then be registered anew and starts
/// from cursor 1.
async fn deleting_a_space_removes_all_its_data(target: &Target) {
    let store = space_with_records(target, 3).await;
    store.put_snapshot(&A, 3, b"snap", 1).await.expect("put");
    assert!(store.delete_space(&A).await.expect("delete"));
    assert!(!store.delete_space(&A).await.expect("delete again"));
    assert_eq!(store.space_token(&A).await.expect("lookup"), None);
    assert_eq!(store.snapshot(&A).await.expect("snapshot"), None);
    assert!(matches!(
        store.pull(&A, 0, 10).await,
        Err(StoreError::UnknownSpace)
    ));
    assert_eq!(store.stats().await.expect("stats"), Stats::default());
    assert_eq!(
        store.register_space(&A, &TOKEN_B, 2).await.expect("register"),
        Registered::Created
    );
    assert_eq!(
        store.push(&A, &[record(PHONE, 1)], 2).await.expect("push").cursor,
        1
    );
    store.close().await;
}

/// Stats count spaces, records and snapshots and add up their blobs' bytes.
async fn stats_count_spaces_records_snapshots_and_bytes(target: &Target) {
    let store = target.open().await;
    assert_eq!(store.stats().await.expect("stats"), Stats::default());
    store.register_space(&A, &TOKEN_A, 1).await.expect("register");
    store.register_space(&B, &TOKEN_B, 1).await.expect("register");
    let batch = [record(PHONE, 1), record(PHONE, 2), record(LAPTOP, 1)];
    store.push(&A, &batch, 1).await.expect("push");
    store.push(&B, &batch[..1], 1).await.expect("push");
    store.put_snapshot(&A, 2, &[7; 1000], 1).await.expect("put");
    let record_bytes: usize = batch.iter().map(|r| r.data.len()).sum::<usize>() + batch[0].data.len();
    assert_eq!(
        store.stats().await.expect("stats"),
        Stats {
            spaces: 2,
            records: 4,
            record_bytes: record_bytes as u64,
            snapshots: 1,
            snapshot_bytes: 1000,
        }
    );
    store.close().await;
}

/// A purge deletes the records each snapshot covers and every space not used since the given time with all
/// its data; pushes, snapshots and registrations count as use.
async fn purge_compacts_and_removes_idle_spaces(target: &Target) {
    let store = target.open().await;
    let c: SpaceId = [0xc3; 16];
    let d: SpaceId = [0xd4; 16];
    for space in [A, B, c, d] {
        store
            .register_space(&space, &TOKEN_A, 1000)
            .await
            .expect("register");
        let batch: Vec<NewRecord> = (1..=4).map(|seq| record(PHONE, seq)).collect();
        store.push(&space, &batch, 1000).await.expect("push");
    }
    store
        .push(&A, &[record(PHONE, 5)], 5000)
        .await
        .expect("a push is use");
    store
        .put_snapshot(&B, 2, b"B at 2", 5000)
        .await
        .expect("a snapshot is use");
    store
        .register_space(&c, &TOKEN_A, 5000)
        .await
        .expect("a registration is use");
    // d was last used at 1000.
    store.put_snapshot(&A, 3, b"A at 3", 5000).await.expect("put");

    let report = store.purge(3000).await.expect("purge");
    assert_eq!(
        report,
        PurgeReport {
            compacted_records: 3 + 2,
            idle_spaces: 1
        }
    );
    assert_eq!(store.space_token(&d).await.expect("lookup"), None);
    assert!(matches!(
        store.pull(&d, 0, 10).await,
        Err(StoreError::UnknownSpace)
    ));
    assert_eq!(
        cursors(&records(store.pull(&A, 3, 10).await.expect("pull")).0),
        [4, 5]
    );
    assert_eq!(
        cursors(&records(store.pull(&B, 2, 10).await.expect("pull")).0),
        [3, 4]
    );
    assert_eq!(
        cursors(&records(store.pull(&c, 0, 10).await.expect("pull")).0),
        [1, 2, 3, 4]
    );
    let stats = store.stats().await.expect("stats");
    assert_eq!((stats.spaces, stats.records, stats.snapshots), (3, 2 + 2 + 4, 2));
    store.close().await;
}

/// Eight tasks pushing fifty records each into one space at once: cursors 1..=400, no gap, no duplicate,
/// and each device's records in the order it pushed them.
async fn concurrent_pushes_to_one_space_get_cursors_without_gaps(target: &Target) {
    const TASKS: u8 = 8;
    const EACH: u64 = 50;
    let store = target.open().await;
    store.register_space(&A, &TOKEN_A, 1).await.expect("register");
    let mut tasks = Vec::new();
    for task in 0..TASKS {
        let store = Arc::clone(&store);
        tasks.push(tokio::spawn(async move {
            let device = [task; 8];
            let mut outcomes = Vec::new();
            for seq in 1..=EACH {
                outcomes.push(store.push(&A, &[record(device, seq)], 1).await.expect("push"));
            }
            outcomes
        }));
    }
    let mut reported = BTreeSet::new();
    for task in tasks {
        for outcome in task.await.expect("the task finishes") {
            assert_eq!((outcome.stored, outcome.duplicates), (1, 0));
            assert!(
                reported.insert(outcome.cursor),
                "cursor {} reported twice",
                outcome.cursor
            );
        }
    }
    let total = u64::from(TASKS) * EACH;
    assert_eq!(reported, (1..=total).collect::<BTreeSet<u64>>());

    let (pulled, more) = records(store.pull(&A, 0, 1000).await.expect("pull"));
    assert!(!more);
    assert_eq!(cursors(&pulled), (1..=total).collect::<Vec<_>>());
    for task in 0..TASKS {
        let seqs: Vec<u64> = pulled
            .iter()
            .filter(|r| r.device == [task; 8])
            .map(|r| r.seq)
            .collect();
        assert_eq!(seqs, (1..=EACH).collect::<Vec<_>>(), "device {task}");
    }
    store.close().await;
}

/// Two spaces share nothing: cursors, (device, seq) keys, snapshots, tokens, deletion.
async fn spaces_are_isolated(target: &Target) {
    let store = target.open().await;
    store.register_space(&A, &TOKEN_A, 1).await.expect("register");
    store.register_space(&B, &TOKEN_B, 1).await.expect("register");
    store
        .push(&A, &[record(PHONE, 1), record(PHONE, 2)], 1)
        .await
        .expect("push");
    let mut in_b = record(PHONE, 1);
    in_b.data = b"B's own".to_vec();
    assert_eq!(
        store.push(&B, &[in_b.clone()], 1).await.expect("push"),
        PushOutcome {
            cursor: 1,
            stored: 1,
            duplicates: 0
        },
        "the same (device, seq) in another space is no duplicate"
    );
    store.put_snapshot(&A, 2, b"A", 1).await.expect("put");
    assert_eq!(store.snapshot(&B).await.expect("snapshot"), None);
    let (b_records, _) = records(store.pull(&B, 0, 10).await.expect("pull"));
    assert_eq!(b_records.len(), 1);
    assert_eq!(b_records[0].data, in_b.data);
    store.purge(0).await.expect("purge");
    assert_eq!(
        cursors(&records(store.pull(&B, 0, 10).await.expect("pull")).0),
        [1]
    );
    assert!(store.delete_space(&A).await.expect("delete"));
    assert_eq!(store.space_token(&B).await.expect("lookup"), Some(TOKEN_B));
    assert_eq!(
        cursors(&records(store.pull(&B, 0, 10).await.expect("pull")).0),
        [1]
    );
    store.close().await;
}

/// Writes and pulls on a space that does not exist fail with `UnknownSpace` and create nothing.
async fn an_unknown_space_is_an_error_for_writes_and_reads(target: &Target) {
    let store = target.open().await;
    let push = store.push(&A, &[record(PHONE, 1)], 1).await;
    assert!(matches!(push, Err(StoreError::UnknownSpace)), "{push:?}");
    let pull = store.pull(&A, 0, 10).await;
    assert!(matches!(pull, Err(StoreError::UnknownSpace)), "{pull:?}");
    let put = store.put_snapshot(&A, 0, b"x", 1).await;
    assert!(matches!(put, Err(StoreError::UnknownSpace)), "{put:?}");
    assert_eq!(store.snapshot(&A).await.expect("snapshot"), None);
    assert!(!store.delete_space(&A).await.expect("delete"));
    assert_eq!(store.stats().await.expect("stats"), Stats::default());
    store.close().await;
}
