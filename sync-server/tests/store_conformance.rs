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
    Access, Advisor, MAX_PIN_ATTEMPTS, MAX_PROPOSALS, NewAdvisor, NewRecord, NewSession, NewShare,
    OwnerShare, Proposal, Pulled, PurgeReport, PushOutcome, ReaderShare, Registered, ShareId, ShareState,
    Snapshot, SpaceId, Stats, StoredRecord, TokenHash, WorkspaceShare,
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
    shares_are_created_once,
    readers_and_owners_see_their_views,
    an_expired_share_is_gone_for_readers,
    revoking_deletes_the_ciphertext_and_proposals,
    concurrent_wrong_pins_disable_after_exactly_the_limit,
    wrong_pins_count_up_to_the_limit,
    the_access_log_keeps_order_and_labels,
    proposals_are_added_listed_deleted_and_limited,
    concurrent_proposals_stop_at_the_limit,
    purging_deletes_expired_shares_with_all_their_rows,
    advisors_are_unique_by_email_in_any_case,
    sessions_end_at_expiry_or_deletion,
    the_workspace_lists_only_active_shares_by_newest_open,
    stats_count_shares_proposals_advisors_and_sessions,
    no_proposal_or_update_outlives_a_concurrent_revoke,
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
    assert_eq!(version, 3, "0001_init, 0002_sync and 0003_shares");
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
        assert_eq!(store.schema_version().await.expect("version"), 3);
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
            ..Stats::default()
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

// --- Link shares and advisor accounts (SHARES.md). ---

const SHARE_A: ShareId = [0x5a; 16];
const SHARE_B: ShareId = [0x5b; 16];
const SHARE_C: ShareId = [0x5c; 16];
const OWNER_A: TokenHash = [0x0a; 32];
const OWNER_B: TokenHash = [0x0b; 32];
const SESSION_1: TokenHash = [0x51; 32];
const SESSION_2: TokenHash = [0x52; 32];
/// The PIN hash is an opaque PHC string to the store.
const PIN_HASH: &str = "$argon2id$v=19$m=19456,t=2,p=1$c2FsdHNhbHQ$aGFzaGhhc2hoYXNoaGFzaA";
/// When the shares in these cases are made and when they expire.
const CREATED: i64 = 1_000;
const EXPIRES: i64 = 100_000;

/// A share of `SHARE_A`'s kind: sealed entries that say which share they belong to, created at `CREATED`.
fn new_share(id: ShareId, owner: TokenHash) -> NewShare {
    NewShare {
        id,
        owner_token_hash: owner,
        ciphertext: format!("sealed entries of share {:02x}", id[0]).into_bytes(),
        pin_hash: None,
        live: false,
        writable: true,
        created_ms: CREATED,
        expires_ms: EXPIRES,
    }
}

/// Sealed bytes that carry `marker` twice, across more than one SQLite page (4 KiB), so a deleted copy left
/// in a freed cell or overflow page would be found.
fn sealed_with(marker: &str) -> Vec<u8> {
    let mut bytes = marker.as_bytes().to_vec();
    bytes.extend((0..6000_u32).map(|i| (i % 251) as u8));
    bytes.extend_from_slice(marker.as_bytes());
    bytes
}

fn advisor(email: &str, name: &str) -> NewAdvisor {
    NewAdvisor {
        email: email.to_owned(),
        name: name.to_owned(),
        organisation: "Jobcenter Rheine".to_owned(),
        password_hash: format!("$argon2id$password-of-{name}"),
        created_ms: CREATED,
    }
}

fn access(at_ms: i64, label: &str, advisor: Option<i64>) -> Access {
    Access {
        at_ms,
        label: label.to_owned(),
        advisor,
    }
}

/// The owner's view at `now`, which must exist.
async fn owner_view(store: &Arc<dyn Store>, id: &ShareId, now: i64) -> OwnerShare {
    store
        .share_for_owner(id, now)
        .await
        .expect("the owner's view")
        .expect("the share exists")
}

impl Target {
    /// Whether the database holds `marker` anywhere: for SQLite in the file or its WAL (as bytes), for
    /// PostgreSQL in a `pg_dump` of the database (where bytea is written as hex).
    fn holds(&self, marker: &str) -> bool {
        match self {
            Self::Sqlite(dir) => ["test.db", "test.db-wal"].iter().any(|name| {
                std::fs::read(dir.path().join(name)).is_ok_and(|bytes| {
                    bytes
                        .windows(marker.len())
                        .any(|window| window == marker.as_bytes())
                })
            }),
            Self::Postgres(database) => {
                let hex: String = marker.bytes().map(|b| format!("{b:02x}")).collect();
                let dump = database.dump();
                dump.contains(&hex) || dump.contains(marker)
            }
        }
    }
}

/// A share is stored once: a second create with the same id (even another owner's) is refused and changes
/// nothing. Unknown shares have no views.
async fn shares_are_created_once(target: &Target) {
    let store = target.open().await;
    assert_eq!(
        store.share_for_owner(&SHARE_A, CREATED).await.expect("owner"),
        None
    );
    assert_eq!(
        store.share_for_reader(&SHARE_A, CREATED).await.expect("reader"),
        None
    );
    assert!(
        store
            .create_share(&new_share(SHARE_A, OWNER_A))
            .await
            .expect("create")
    );
    let mut other = new_share(SHARE_A, OWNER_B);
    other.ciphertext = b"someone else's".to_vec();
    assert!(
        !store.create_share(&other).await.expect("create again"),
        "the id is taken"
    );
    let view = owner_view(&store, &SHARE_A, CREATED).await;
    assert_eq!(view.owner_token_hash, OWNER_A);
    let reader = store
        .share_for_reader(&SHARE_A, CREATED)
        .await
        .expect("reader")
        .expect("active");
    assert_eq!(reader.ciphertext, new_share(SHARE_A, OWNER_A).ciphertext);
    assert_eq!(
        store.share_for_owner(&SHARE_B, CREATED).await.expect("owner"),
        None
    );
    store.close().await;
}

/// The reader gets the sealed entries, the PIN hash and the flags; the owner gets the state and everything
/// else. A live update replaces the entries and their time.
async fn readers_and_owners_see_their_views(target: &Target) {
    let store = target.open().await;
    let mut share = new_share(SHARE_A, OWNER_A);
    share.pin_hash = Some(PIN_HASH.to_owned());
    share.live = true;
    share.writable = false;
    assert!(store.create_share(&share).await.expect("create"));
    assert!(
        store
            .create_share(&new_share(SHARE_B, OWNER_B))
            .await
            .expect("create")
    );

    assert_eq!(
        store.share_for_reader(&SHARE_A, 2_000).await.expect("reader"),
        Some(ReaderShare {
            ciphertext: share.ciphertext.clone(),
            pin_hash: Some(PIN_HASH.to_owned()),
            failed_pins: 0,
            writable: false,
            expires_ms: EXPIRES,
            updated_ms: CREATED,
        })
    );
    assert_eq!(
        owner_view(&store, &SHARE_A, 2_000).await,
        OwnerShare {
            owner_token_hash: OWNER_A,
            state: ShareState::Active,
            live: true,
            writable: false,
            expires_ms: EXPIRES,
            failed_pins: 0,
            has_pin: true,
            access: vec![],
            proposals: vec![],
        }
    );
    let b = owner_view(&store, &SHARE_B, 2_000).await;
    assert_eq!(
        (b.owner_token_hash, b.live, b.writable, b.has_pin),
        (OWNER_B, false, true, false)
    );
    let reader_b = store
        .share_for_reader(&SHARE_B, 2_000)
        .await
        .expect("reader")
        .expect("active");
    assert_eq!((reader_b.pin_hash, reader_b.writable), (None, true));

    assert!(
        store
            .update_share(&SHARE_A, b"new entries", 3_000)
            .await
            .expect("update")
    );
    let reader = store
        .share_for_reader(&SHARE_A, 3_000)
        .await
        .expect("reader")
        .expect("active");
    assert_eq!(
        (reader.ciphertext, reader.updated_ms),
        (b"new entries".to_vec(), 3_000)
    );
    assert_eq!(
        store
            .share_for_reader(&SHARE_B, 3_000)
            .await
            .expect("reader")
            .expect("active")
            .ciphertext,
        new_share(SHARE_B, OWNER_B).ciphertext,
        "other shares are untouched"
    );
    assert!(
        !store.update_share(&SHARE_C, b"x", 3_000).await.expect("update"),
        "unknown"
    );
    store.close().await;
}

/// At its expiry time a share is gone for readers and frozen for everyone; its owner sees it expired.
async fn an_expired_share_is_gone_for_readers(target: &Target) {
    let store = target.open().await;
    let mut share = new_share(SHARE_A, OWNER_A);
    share.pin_hash = Some(PIN_HASH.to_owned());
    store.create_share(&share).await.expect("create");
    assert!(
        store
            .share_for_reader(&SHARE_A, EXPIRES - 1)
            .await
            .expect("reader")
            .is_some()
    );
    assert_eq!(
        owner_view(&store, &SHARE_A, EXPIRES - 1).await.state,
        ShareState::Active
    );
    for now in [EXPIRES, EXPIRES + 1] {
        assert_eq!(
            store.share_for_reader(&SHARE_A, now).await.expect("reader"),
            None,
            "at {now}"
        );
        assert_eq!(owner_view(&store, &SHARE_A, now).await.state, ShareState::Expired);
        assert!(!store.update_share(&SHARE_A, b"late", now).await.expect("update"));
        assert_eq!(
            store
                .add_proposal(&SHARE_A, "", b"late", now)
                .await
                .expect("propose"),
            None
        );
        assert_eq!(
            store
                .record_wrong_pin(&SHARE_A, MAX_PIN_ATTEMPTS, now)
                .await
                .expect("pin"),
            None,
            "an expired share counts no PINs"
        );
    }
    assert_eq!(owner_view(&store, &SHARE_A, EXPIRES).await.failed_pins, 0);
    store.close().await;
}

/// Revoking deletes the sealed entries and the waiting proposals at once, from the database itself; the
/// share is gone for readers, its owner sees it revoked with its access log kept.
async fn revoking_deletes_the_ciphertext_and_proposals(target: &Target) {
    let store = target.open().await;
    let mut share = new_share(SHARE_A, OWNER_A);
    share.ciphertext = sealed_with("MARKER-ENTRIES-7f3a");
    share.live = true;
    store.create_share(&share).await.expect("create");
    store
        .create_share(&new_share(SHARE_B, OWNER_B))
        .await
        .expect("create");
    store
        .log_access(&SHARE_A, &access(2_000, "Jobcenter Rheine", None))
        .await
        .expect("log");
    let proposal = store
        .add_proposal(
            &SHARE_A,
            "Jobcenter Rheine",
            &sealed_with("MARKER-PROPOSAL-91c2"),
            2_500,
        )
        .await
        .expect("propose")
        .expect("stored");
    store
        .add_proposal(&SHARE_B, "", b"B's proposal", 2_500)
        .await
        .expect("propose")
        .expect("stored");
    assert!(
        target.holds("MARKER-ENTRIES-7f3a"),
        "the check can find what is stored"
    );
    assert!(
        target.holds("MARKER-PROPOSAL-91c2"),
        "the check can find what is stored"
    );

    assert!(store.revoke_share(&SHARE_A, 3_000).await.expect("revoke"));
    assert!(
        !store.revoke_share(&SHARE_C, 3_000).await.expect("revoke"),
        "unknown"
    );
    assert_eq!(
        store.share_for_reader(&SHARE_A, 3_000).await.expect("reader"),
        None
    );
    let view = owner_view(&store, &SHARE_A, 3_000).await;
    assert_eq!(view.state, ShareState::Revoked);
    assert_eq!(view.proposals, vec![]);
    assert_eq!(
        view.access,
        vec![access(2_000, "Jobcenter Rheine", None)],
        "the log stays"
    );
    assert!(
        !store.delete_proposal(&SHARE_A, proposal).await.expect("delete"),
        "already gone"
    );
    assert!(
        !store
            .update_share(&SHARE_A, b"again", 3_500)
            .await
            .expect("update")
    );
    assert_eq!(
        store
            .add_proposal(&SHARE_A, "", b"late", 3_500)
            .await
            .expect("propose"),
        None
    );
    assert_eq!(
        store
            .record_wrong_pin(&SHARE_A, MAX_PIN_ATTEMPTS, 3_500)
            .await
            .expect("pin"),
        None
    );
    // A second revoke is no error and keeps the share revoked.
    assert!(store.revoke_share(&SHARE_A, 4_000).await.expect("revoke again"));
    assert_eq!(
        owner_view(&store, &SHARE_A, 4_000).await.state,
        ShareState::Revoked
    );
    // Other shares are untouched.
    assert_eq!(owner_view(&store, &SHARE_B, 4_000).await.proposals.len(), 1);
    assert!(
        store
            .share_for_reader(&SHARE_B, 4_000)
            .await
            .expect("reader")
            .is_some()
    );
    store.close().await;
    assert!(
        !target.holds("MARKER-ENTRIES-7f3a"),
        "the sealed entries are gone from the database"
    );
    assert!(
        !target.holds("MARKER-PROPOSAL-91c2"),
        "the proposal is gone from the database"
    );
}

/// Twenty wrong PINs at once: exactly five count (1 to 5, each once), the rest find the share disabled.
/// Then it is gone for readers and disabled for its owner.
async fn concurrent_wrong_pins_disable_after_exactly_the_limit(target: &Target) {
    let store = target.open().await;
    let mut share = new_share(SHARE_A, OWNER_A);
    share.pin_hash = Some(PIN_HASH.to_owned());
    store.create_share(&share).await.expect("create");
    let tries: Vec<_> = (0..20)
        .map(|_| {
            let store = Arc::clone(&store);
            tokio::spawn(async move { store.record_wrong_pin(&SHARE_A, MAX_PIN_ATTEMPTS, 2_000).await })
        })
        .collect();
    let mut counted = Vec::new();
    let mut refused = 0;
    for task in tries {
        match task.await.expect("the task finishes").expect("the store answers") {
            Some(count) => counted.push(count),
            None => refused += 1,
        }
    }
    counted.sort_unstable();
    assert_eq!(counted, (1..=MAX_PIN_ATTEMPTS).collect::<Vec<_>>());
    assert_eq!(refused, 20 - MAX_PIN_ATTEMPTS as usize);
    assert_eq!(
        store.share_for_reader(&SHARE_A, 2_000).await.expect("reader"),
        None
    );
    let view = owner_view(&store, &SHARE_A, 2_000).await;
    assert_eq!(
        (view.state, view.failed_pins),
        (ShareState::Disabled, MAX_PIN_ATTEMPTS)
    );
    assert!(!store.update_share(&SHARE_A, b"x", 2_000).await.expect("update"));
    assert_eq!(
        store
            .add_proposal(&SHARE_A, "", b"x", 2_000)
            .await
            .expect("propose"),
        None
    );
    assert_eq!(
        store
            .record_wrong_pin(&SHARE_B, MAX_PIN_ATTEMPTS, 2_000)
            .await
            .expect("pin"),
        None,
        "unknown share"
    );
    store.close().await;
}

/// Wrong PINs count over the share's lifetime: the reader sees the count; below the limit the share stays
/// readable, at it the share is disabled (also after expiry, for its owner).
async fn wrong_pins_count_up_to_the_limit(target: &Target) {
    let store = target.open().await;
    let mut share = new_share(SHARE_A, OWNER_A);
    share.pin_hash = Some(PIN_HASH.to_owned());
    store.create_share(&share).await.expect("create");
    for expected in 1..MAX_PIN_ATTEMPTS {
        assert_eq!(
            store
                .record_wrong_pin(&SHARE_A, MAX_PIN_ATTEMPTS, 2_000)
                .await
                .expect("pin"),
            Some(expected)
        );
        let reader = store
            .share_for_reader(&SHARE_A, 2_000)
            .await
            .expect("reader")
            .expect("active");
        assert_eq!(reader.failed_pins, expected);
    }
    assert_eq!(
        store
            .record_wrong_pin(&SHARE_A, MAX_PIN_ATTEMPTS, 3_000)
            .await
            .expect("pin"),
        Some(MAX_PIN_ATTEMPTS)
    );
    assert_eq!(
        store.share_for_reader(&SHARE_A, 3_000).await.expect("reader"),
        None
    );
    assert_eq!(
        owner_view(&store, &SHARE_A, EXPIRES + 1).await.state,
        ShareState::Disabled
    );
    store.close().await;
}

/// The access log lists every open, oldest first (opens in the same millisecond in the order they came),
/// with the labels as given; each share has its own.
async fn the_access_log_keeps_order_and_labels(target: &Target) {
    let store = target.open().await;
    store
        .create_share(&new_share(SHARE_A, OWNER_A))
        .await
        .expect("create");
    store
        .create_share(&new_share(SHARE_B, OWNER_B))
        .await
        .expect("create");
    let advisor = store
        .create_advisor(&advisor("berater@example.org", "Frau Berger"))
        .await
        .expect("create advisor")
        .expect("new");
    let entries = [
        access(2_000, "Jobcenter Rheine", None),
        access(3_000, "Frau Berger (Jobcenter Rheine)", Some(advisor)),
        access(3_000, "", None),
        access(4_000, "Ärztin – Praxis Nord", None),
    ];
    for entry in &entries {
        store.log_access(&SHARE_A, entry).await.expect("log");
    }
    store
        .log_access(&SHARE_B, &access(2_500, "B's reader", None))
        .await
        .expect("log");
    assert_eq!(owner_view(&store, &SHARE_A, 5_000).await.access, entries);
    assert_eq!(
        owner_view(&store, &SHARE_B, 5_000).await.access,
        vec![access(2_500, "B's reader", None)]
    );
    // Logging an open of a share that no longer exists (purged meanwhile) is no error and stores nothing.
    store
        .log_access(&SHARE_C, &access(5_000, "late", Some(advisor)))
        .await
        .expect("log");
    assert_eq!(store.share_for_owner(&SHARE_C, 5_000).await.expect("owner"), None);
    assert_eq!(store.workspace(advisor, 5_000).await.expect("workspace").len(), 1);
    store.close().await;
}

/// Proposals are stored with increasing numbers, listed oldest first, deleted one by one (only under their
/// own share), at most `MAX_PROPOSALS` wait per share, and a number never comes back.
async fn proposals_are_added_listed_deleted_and_limited(target: &Target) {
    let store = target.open().await;
    store
        .create_share(&new_share(SHARE_A, OWNER_A))
        .await
        .expect("create");
    store
        .create_share(&new_share(SHARE_B, OWNER_B))
        .await
        .expect("create");
    let first = store
        .add_proposal(&SHARE_A, "Jobcenter Rheine", b"step", 2_000)
        .await
        .expect("propose")
        .expect("stored");
    let second = store
        .add_proposal(&SHARE_A, "", b"appointment", 2_000)
        .await
        .expect("propose")
        .expect("stored");
    assert!(second > first);
    assert_eq!(
        owner_view(&store, &SHARE_A, 2_000).await.proposals,
        vec![
            Proposal {
                id: first,
                at_ms: 2_000,
                label: "Jobcenter Rheine".to_owned(),
                ciphertext: b"step".to_vec()
            },
            Proposal {
                id: second,
                at_ms: 2_000,
                label: String::new(),
                ciphertext: b"appointment".to_vec()
            },
        ]
    );
    assert!(
        !store.delete_proposal(&SHARE_B, first).await.expect("delete"),
        "not B's"
    );
    assert!(store.delete_proposal(&SHARE_A, second).await.expect("delete"));
    assert!(
        !store.delete_proposal(&SHARE_A, second).await.expect("delete"),
        "already gone"
    );
    assert_eq!(owner_view(&store, &SHARE_A, 2_000).await.proposals.len(), 1);
    assert_eq!(
        store
            .add_proposal(&SHARE_C, "", b"x", 2_000)
            .await
            .expect("propose"),
        None
    );

    let mut numbers = BTreeSet::from([first, second]);
    for i in 1..MAX_PROPOSALS {
        let id = store
            .add_proposal(&SHARE_A, "", format!("p{i}").as_bytes(), 3_000)
            .await
            .expect("propose")
            .expect("below the limit");
        assert!(numbers.insert(id), "number {id} given twice");
        assert!(id > second, "numbers are never reused");
    }
    assert_eq!(
        store
            .add_proposal(&SHARE_A, "", b"one too many", 3_000)
            .await
            .expect("propose"),
        None
    );
    assert!(
        store
            .add_proposal(&SHARE_B, "", b"B has room", 3_000)
            .await
            .expect("propose")
            .is_some(),
        "the limit is per share"
    );
    assert!(store.delete_proposal(&SHARE_A, first).await.expect("delete"));
    assert!(
        store
            .add_proposal(&SHARE_A, "", b"room again", 3_000)
            .await
            .expect("propose")
            .is_some()
    );
    assert_eq!(
        owner_view(&store, &SHARE_A, 3_000).await.proposals.len(),
        MAX_PROPOSALS as usize
    );
    store.close().await;
}

/// Many readers proposing at once cannot push a share past `MAX_PROPOSALS`.
async fn concurrent_proposals_stop_at_the_limit(target: &Target) {
    let store = target.open().await;
    store
        .create_share(&new_share(SHARE_A, OWNER_A))
        .await
        .expect("create");
    let extra = 20;
    let tasks: Vec<_> = (0..MAX_PROPOSALS + extra)
        .map(|i| {
            let store = Arc::clone(&store);
            tokio::spawn(async move {
                store
                    .add_proposal(&SHARE_A, "", format!("p{i}").as_bytes(), 2_000)
                    .await
            })
        })
        .collect();
    let mut stored = 0;
    for task in tasks {
        if task
            .await
            .expect("the task finishes")
            .expect("the store answers")
            .is_some()
        {
            stored += 1;
        }
    }
    assert_eq!(stored, MAX_PROPOSALS);
    assert_eq!(
        owner_view(&store, &SHARE_A, 2_000).await.proposals.len(),
        MAX_PROPOSALS as usize
    );
    store.close().await;
}

/// The purge deletes every share whose expiry has come, revoked or not, with its log, proposals and
/// workspace entries, and nothing else; also ended sessions. The sealed bytes are gone from the database.
async fn purging_deletes_expired_shares_with_all_their_rows(target: &Target) {
    let store = target.open().await;
    let advisor_id = store
        .create_advisor(&advisor("berater@example.org", "Frau Berger"))
        .await
        .expect("create advisor")
        .expect("new");
    let mut expiring = new_share(SHARE_A, OWNER_A);
    expiring.ciphertext = sealed_with("MARKER-EXPIRED-4be1");
    expiring.expires_ms = 10_000;
    let mut revoked = new_share(SHARE_C, OWNER_A);
    revoked.expires_ms = 10_000;
    let mut staying = new_share(SHARE_B, OWNER_B);
    staying.ciphertext = sealed_with("MARKER-STAYING-0d9e");
    for share in [&expiring, &revoked, &staying] {
        store.create_share(share).await.expect("create");
        store
            .log_access(
                &share.id,
                &access(2_000, "Frau Berger (Jobcenter Rheine)", Some(advisor_id)),
            )
            .await
            .expect("log");
        store
            .add_proposal(&share.id, "", &sealed_with("MARKER-PROPOSED-66aa"), 2_000)
            .await
            .expect("propose")
            .expect("stored");
    }
    store.revoke_share(&SHARE_C, 3_000).await.expect("revoke");
    store
        .create_session(&NewSession {
            token_hash: SESSION_1,
            advisor: advisor_id,
            csrf: "csrf-1".to_owned(),
            created_ms: 1_000,
            expires_ms: 5_000,
        })
        .await
        .expect("session");
    store
        .create_session(&NewSession {
            token_hash: SESSION_2,
            advisor: advisor_id,
            csrf: "csrf-2".to_owned(),
            created_ms: 1_000,
            expires_ms: 50_000,
        })
        .await
        .expect("session");
    assert!(
        target.holds("MARKER-EXPIRED-4be1"),
        "the check can find what is stored"
    );

    assert_eq!(
        store.purge_shares(9_999).await.expect("purge"),
        0,
        "nothing expired yet"
    );
    assert!(
        store
            .share_for_owner(&SHARE_A, 9_999)
            .await
            .expect("owner")
            .is_some()
    );
    assert_eq!(store.purge_shares(10_000).await.expect("purge"), 2);
    for id in [SHARE_A, SHARE_C] {
        assert_eq!(store.share_for_owner(&id, 10_000).await.expect("owner"), None);
    }
    let kept = owner_view(&store, &SHARE_B, 10_000).await;
    assert_eq!((kept.access.len(), kept.proposals.len()), (1, 1));
    let workspace = store.workspace(advisor_id, 10_000).await.expect("workspace");
    assert_eq!(workspace.iter().map(|w| w.id).collect::<Vec<_>>(), [SHARE_B]);
    // The ended session is deleted, not only hidden: it is gone even when asked as of before its end.
    assert_eq!(store.session(&SESSION_1, 0).await.expect("session"), None);
    assert!(
        store
            .session(&SESSION_2, 10_000)
            .await
            .expect("session")
            .is_some()
    );
    // The ids are free again: a new share may take one (128 random bits make that theory, but it must work).
    assert!(
        store
            .create_share(&new_share(SHARE_A, OWNER_B))
            .await
            .expect("create")
    );
    assert_eq!(owner_view(&store, &SHARE_A, 10_000).await.access, vec![]);
    store.close().await;
    assert!(
        !target.holds("MARKER-EXPIRED-4be1"),
        "the expired share's bytes are gone"
    );
    assert!(
        target.holds("MARKER-STAYING-0d9e"),
        "the live share's bytes are kept"
    );
    assert!(
        target.holds("MARKER-PROPOSED-66aa"),
        "the live share's proposal is kept"
    );
}

/// Advisor accounts: one per e-mail address regardless of case; login looks the address up in any case.
async fn advisors_are_unique_by_email_in_any_case(target: &Target) {
    let store = target.open().await;
    let created = advisor("Frau.Berger@Example.org", "Frau Berger");
    let id = store
        .create_advisor(&created)
        .await
        .expect("create")
        .expect("new");
    assert_eq!(
        store
            .create_advisor(&advisor("frau.berger@EXAMPLE.ORG", "Someone Else"))
            .await
            .expect("create"),
        None,
        "the same address in other case"
    );
    let other = store
        .create_advisor(&advisor("herr.nord@example.org", "Herr Nord"))
        .await
        .expect("create")
        .expect("new");
    assert_ne!(id, other);
    let expected = Advisor {
        id,
        email: created.email.clone(),
        name: created.name.clone(),
        organisation: created.organisation.clone(),
        password_hash: created.password_hash.clone(),
    };
    for spelling in [
        "frau.berger@example.org",
        "FRAU.BERGER@EXAMPLE.ORG",
        "Frau.Berger@Example.org",
    ] {
        assert_eq!(
            store.advisor_by_email(spelling).await.expect("lookup"),
            Some(expected.clone()),
            "{spelling}"
        );
    }
    assert_eq!(
        store
            .advisor_by_email("nobody@example.org")
            .await
            .expect("lookup"),
        None
    );
    store.close().await;
}

/// A session is found by its token hash until it ends, with its advisor and CSRF token; deleting ends it.
async fn sessions_end_at_expiry_or_deletion(target: &Target) {
    let store = target.open().await;
    let id = store
        .create_advisor(&advisor("berater@example.org", "Frau Berger"))
        .await
        .expect("create")
        .expect("new");
    store
        .create_session(&NewSession {
            token_hash: SESSION_1,
            advisor: id,
            csrf: "csrf-token-1".to_owned(),
            created_ms: 1_000,
            expires_ms: 5_000,
        })
        .await
        .expect("session");
    let session = store
        .session(&SESSION_1, 4_999)
        .await
        .expect("session")
        .expect("live");
    assert_eq!(session.advisor.id, id);
    assert_eq!(session.advisor.name, "Frau Berger");
    assert_eq!(
        (session.csrf.as_str(), session.expires_ms),
        ("csrf-token-1", 5_000)
    );
    assert_eq!(
        store.session(&SESSION_1, 5_000).await.expect("session"),
        None,
        "ended"
    );
    assert_eq!(
        store.session(&SESSION_2, 1_000).await.expect("session"),
        None,
        "unknown"
    );

    store
        .create_session(&NewSession {
            token_hash: SESSION_2,
            advisor: id,
            csrf: "csrf-token-2".to_owned(),
            created_ms: 1_000,
            expires_ms: 50_000,
        })
        .await
        .expect("session");
    assert!(store.delete_session(&SESSION_2).await.expect("delete"));
    assert!(
        !store.delete_session(&SESSION_2).await.expect("delete"),
        "already gone"
    );
    assert_eq!(store.session(&SESSION_2, 1_000).await.expect("session"), None);
    assert!(
        store.session(&SESSION_1, 1_000).await.expect("session").is_some(),
        "other sessions stay"
    );
    store.close().await;
}

/// An advisor's workspace lists the shares they opened while logged in, newest open first; a re-open moves
/// the share up; revoked, expired and disabled shares drop out; anonymous opens and other advisors' opens
/// do not count.
async fn the_workspace_lists_only_active_shares_by_newest_open(target: &Target) {
    let store = target.open().await;
    let berger = store
        .create_advisor(&advisor("berger@example.org", "Frau Berger"))
        .await
        .expect("create")
        .expect("new");
    let nord = store
        .create_advisor(&advisor("nord@example.org", "Herr Nord"))
        .await
        .expect("create")
        .expect("new");
    let d: ShareId = [0x5d; 16];
    let mut short = new_share(SHARE_C, OWNER_A);
    short.expires_ms = 20_000;
    for share in [
        new_share(SHARE_A, OWNER_A),
        new_share(SHARE_B, OWNER_A),
        short,
        new_share(d, OWNER_A),
    ] {
        store.create_share(&share).await.expect("create");
    }
    let open = |id: ShareId, at: i64, who: Option<i64>| {
        let store = Arc::clone(&store);
        async move {
            store.log_access(&id, &access(at, "", who)).await.expect("log");
        }
    };
    open(SHARE_A, 2_000, Some(berger)).await;
    open(SHARE_B, 3_000, Some(berger)).await;
    open(SHARE_C, 4_000, Some(berger)).await;
    open(d, 5_000, None).await;
    open(d, 5_000, Some(nord)).await;
    let listed = |workspace: Vec<WorkspaceShare>| {
        workspace
            .into_iter()
            .map(|w| (w.id, w.opened_ms, w.expires_ms))
            .collect::<Vec<_>>()
    };
    assert_eq!(
        listed(store.workspace(berger, 10_000).await.expect("workspace")),
        [
            (SHARE_C, 4_000, 20_000),
            (SHARE_B, 3_000, EXPIRES),
            (SHARE_A, 2_000, EXPIRES)
        ]
    );
    open(SHARE_A, 6_000, Some(berger)).await;
    assert_eq!(
        listed(store.workspace(berger, 10_000).await.expect("workspace")),
        [
            (SHARE_A, 6_000, EXPIRES),
            (SHARE_C, 4_000, 20_000),
            (SHARE_B, 3_000, EXPIRES)
        ],
        "a re-open updates the time, the share is listed once"
    );
    store.revoke_share(&SHARE_B, 7_000).await.expect("revoke");
    assert_eq!(
        listed(store.workspace(berger, 20_000).await.expect("workspace")),
        [(SHARE_A, 6_000, EXPIRES)],
        "revoked B and expired C are not listed"
    );
    for _ in 0..MAX_PIN_ATTEMPTS {
        store
            .record_wrong_pin(&SHARE_A, MAX_PIN_ATTEMPTS, 21_000)
            .await
            .expect("pin");
    }
    assert_eq!(
        store.workspace(berger, 21_000).await.expect("workspace"),
        vec![],
        "disabled"
    );
    assert_eq!(
        listed(store.workspace(nord, 21_000).await.expect("workspace")),
        [(d, 5_000, EXPIRES)]
    );
    store.close().await;
}

/// Stats count shares (in any state until purged) and their sealed bytes, waiting proposals, advisors and
/// sessions; a revoked share keeps its row but no bytes.
async fn stats_count_shares_proposals_advisors_and_sessions(target: &Target) {
    let store = target.open().await;
    let mut a = new_share(SHARE_A, OWNER_A);
    a.ciphertext = vec![1; 300];
    let mut b = new_share(SHARE_B, OWNER_B);
    b.ciphertext = vec![2; 200];
    store.create_share(&a).await.expect("create");
    store.create_share(&b).await.expect("create");
    for share in [SHARE_A, SHARE_A, SHARE_B] {
        store
            .add_proposal(&share, "", b"p", 2_000)
            .await
            .expect("propose")
            .expect("stored");
    }
    let id = store
        .create_advisor(&advisor("berater@example.org", "Frau Berger"))
        .await
        .expect("create")
        .expect("new");
    store
        .create_session(&NewSession {
            token_hash: SESSION_1,
            advisor: id,
            csrf: "csrf".to_owned(),
            created_ms: 1_000,
            expires_ms: 5_000,
        })
        .await
        .expect("session");
    let expected = Stats {
        shares: 2,
        share_bytes: 500,
        proposals: 3,
        advisors: 1,
        sessions: 1,
        ..Stats::default()
    };
    assert_eq!(store.stats().await.expect("stats"), expected);
    store.revoke_share(&SHARE_A, 3_000).await.expect("revoke");
    assert_eq!(
        store.stats().await.expect("stats"),
        Stats {
            share_bytes: 200,
            proposals: 1,
            ..expected
        }
    );
    store.close().await;
}

/// Proposals and live updates racing with a revoke: whatever order they run in, once the revoke is done no
/// proposal is left and no sealed entries are back, and every proposal that was stored before it is gone.
async fn no_proposal_or_update_outlives_a_concurrent_revoke(target: &Target) {
    let store = target.open().await;
    let mut share = new_share(SHARE_A, OWNER_A);
    share.live = true;
    store.create_share(&share).await.expect("create");
    let mut tasks = Vec::new();
    for i in 0..40_u32 {
        let writer = Arc::clone(&store);
        tasks.push(tokio::spawn(async move {
            let store = writer;
            if i % 2 == 0 {
                store
                    .add_proposal(&SHARE_A, "", format!("p{i}").as_bytes(), 2_000)
                    .await
                    .map(|_| ())
            } else {
                store
                    .update_share(&SHARE_A, format!("entries {i}").as_bytes(), 2_000)
                    .await
                    .map(|_| ())
            }
        }));
        if i == 20 {
            let store = Arc::clone(&store);
            tasks.push(tokio::spawn(async move {
                store
                    .revoke_share(&SHARE_A, 2_000)
                    .await
                    .map(|revoked| assert!(revoked))
            }));
        }
    }
    for task in tasks {
        task.await.expect("the task finishes").expect("the store answers");
    }
    let view = owner_view(&store, &SHARE_A, 2_000).await;
    assert_eq!(view.state, ShareState::Revoked);
    assert_eq!(view.proposals, vec![]);
    assert_eq!(
        store.share_for_reader(&SHARE_A, 2_000).await.expect("reader"),
        None
    );
    assert_eq!(
        store.stats().await.expect("stats").share_bytes,
        0,
        "no entries came back"
    );
    store.close().await;
}
