//! The server stores nothing it could read (acceptance 5 of the sync issue): a booklet with known free text
//! and catalogue entries goes through the app's real path — recorded as operations by
//! `booklet::sync::replica`, sealed by `booklet::sync::crypto` — into the `Store`, once on SQLite and once
//! on PostgreSQL. Then the raw storage is searched: the SQLite file and its `-wal` (while open and after
//! close) and a `pg_dump` of the PostgreSQL database. Neither may contain the free text, the catalogue
//! codes' names or the bearer token, in clear or as hex.
//!
//! Each search has a positive control (the plaintext does contain the texts; the storage does contain the
//! space id), so a search that reads the wrong bytes fails instead of passing.

mod common;

use std::path::Path;
use std::sync::Arc;

use booklet::sync::clock::Clock;
use booklet::sync::crypto::{Keys, RecoverySecret, seal_record, seal_snapshot, to_hex, token_hash};
use booklet::sync::replica::{Replica, encode_ops};
use booklet::{
    Author, Booklet, Contact, ContactRole, FieldOfAction, Goal, GoalCode, GoalStatus, Id, Meta, Text,
    Timestamp, Title,
};
use sync_server::Store;
use sync_server::store::{NewRecord, Pulled, Registered};

const NOW_MS: i64 = 1_790_000_000_000;
const DEVICE: [u8; 8] = *b"phone-01";

/// Free text the owner typed; none of it may reach the server's storage in clear.
const FREE_TEXTS: &[&str] = &[
    "Zahnarzt Termin Müller",
    "Jobcenter Rheine",
    "Frau Schmidt-Özdemir",
    "05971 123456",
    "Bitte Mietvertrag mitbringen",
    "Amina Yusuf",
];

/// What the server gets: the sealed record and snapshot of one booklet, and what must stay secret.
struct Sealed {
    keys: Keys,
    record: NewRecord,
    snapshot: Vec<u8>,
    /// Texts and codes that must not appear, each checked in clear and as hex.
    secrets: Vec<Vec<u8>>,
}

/// A booklet with free text and catalogue codes, recorded and sealed as the app does it.
fn sealed_booklet() -> Sealed {
    let meta = Meta::new(Author::Owner, Timestamp::from_millis(NOW_MS));
    let mut booklet = Booklet::new("de");
    booklet.profile.display_name = "Amina Yusuf".into();
    booklet.goals.push(Goal {
        id: Id::from_u128(1),
        field: FieldOfAction::Health,
        title: Title::Free(Text::new("Zahnarzt Termin Müller", "de")),
        status: GoalStatus::Open,
        target: None,
        steps: Vec::new(),
        meta: meta.clone(),
    });
    booklet.goals.push(Goal {
        id: Id::from_u128(2),
        field: FieldOfAction::Work,
        title: Title::Code(GoalCode::WorkFindJob),
        status: GoalStatus::Achieved,
        target: None,
        steps: Vec::new(),
        meta: meta.clone(),
    });
    booklet.contacts.push(Contact {
        id: Id::from_u128(3),
        organisation: "Jobcenter Rheine".into(),
        role: Title::Code(ContactRole::JobcenterPlacement),
        person: "Frau Schmidt-Özdemir".into(),
        phone: "05971 123456".into(),
        email: String::new(),
        address: String::new(),
        opening_hours: String::new(),
        note: Some(Text::new("Bitte Mietvertrag mitbringen", "de")),
        meta,
    });
    assert_eq!(booklet::validate::validate(&booklet), Ok(()), "a valid booklet");

    let keys = RecoverySecret([0x42; 16]).keys();
    let mut replica = Replica::new();
    let ops = replica.record(&booklet, &mut Clock::new(1), NOW_MS as u64);
    let plain_ops = encode_ops(&ops);
    let plain_snapshot = replica.snapshot();
    for text in FREE_TEXTS {
        // The control: without sealing, the server would see these texts.
        assert!(
            contains(&plain_ops, text.as_bytes()),
            "the operations carry {text:?} in clear before sealing"
        );
    }

    let mut secrets: Vec<Vec<u8>> = FREE_TEXTS.iter().map(|t| t.as_bytes().to_vec()).collect();
    // Catalogue codes travel as numbers; their names must not appear either (serde names and message ids).
    for name in [
        serde_json::to_string(&GoalCode::WorkFindJob).expect("serialises"),
        serde_json::to_string(&ContactRole::JobcenterPlacement).expect("serialises"),
        serde_json::to_string(&FieldOfAction::Health).expect("serialises"),
        serde_json::to_string(&GoalStatus::Achieved).expect("serialises"),
    ] {
        secrets.push(name.trim_matches('"').as_bytes().to_vec());
    }
    for id in [
        GoalCode::WorkFindJob.message_id(),
        ContactRole::JobcenterPlacement.message_id(),
        FieldOfAction::Health.message_id(),
    ] {
        secrets.push(id.as_bytes().to_vec());
    }
    // The bearer token, as bytes and as the header's hex.
    secrets.push(keys.token.to_vec());
    secrets.push(keys.token_hex().into_bytes());

    let record = NewRecord {
        device: DEVICE,
        seq: 1,
        data: seal_record(&keys.key, &keys.space, DEVICE, 1, [0x5a; 24], &plain_ops),
    };
    let snapshot = seal_snapshot(&keys.key, &keys.space, 1, [0xa5; 24], &plain_snapshot);
    Sealed {
        keys,
        record,
        snapshot,
        secrets,
    }
}

/// Registers, pushes and uploads the snapshot through the store, and checks it all arrived.
async fn store_sealed(store: &Arc<dyn Store>, sealed: &Sealed) {
    let space = sealed.keys.space;
    assert_eq!(
        store
            .register_space(&space, &token_hash(&sealed.keys.token), NOW_MS)
            .await
            .expect("register"),
        Registered::Created
    );
    let outcome = store
        .push(&space, std::slice::from_ref(&sealed.record), NOW_MS)
        .await
        .expect("push");
    assert_eq!(outcome.stored, 1);
    assert!(
        store
            .put_snapshot(&space, 1, &sealed.snapshot, NOW_MS)
            .await
            .expect("snapshot")
    );
    match store.pull(&space, 0, 10).await.expect("pull") {
        Pulled::Records { records, .. } => assert_eq!(records[0].data, sealed.record.data),
        Pulled::Compacted => panic!("nothing was compacted"),
    }
}

fn contains(haystack: &[u8], needle: &[u8]) -> bool {
    haystack.windows(needle.len()).any(|window| window == needle)
}

/// Panics naming every secret found in `haystack`, in clear or as lowercase hex (how `pg_dump` writes
/// bytea). `what` names the searched storage.
fn assert_no_secrets(what: &str, haystack: &[u8], secrets: &[Vec<u8>]) {
    let found: Vec<String> = secrets
        .iter()
        .filter(|secret| contains(haystack, secret) || contains(haystack, to_hex(secret).as_bytes()))
        .map(|secret| String::from_utf8_lossy(secret).into_owned())
        .collect();
    assert!(found.is_empty(), "{what} contains {found:?}");
}

/// The bytes of the SQLite database file and its `-wal` (if present).
fn sqlite_bytes(db: &Path) -> Vec<u8> {
    let mut bytes = std::fs::read(db).expect("read the database file");
    let wal = db.with_extension("db-wal");
    if let Ok(more) = std::fs::read(wal) {
        bytes.extend(more);
    }
    bytes
}

/// SQLite: neither the database file nor its write-ahead log holds anything readable, while the server runs
/// (the WAL holds the new pages then) and after it closed (checkpointed into the file).
#[tokio::test]
async fn sqlite_storage_holds_no_clear_text_or_token() {
    let sealed = sealed_booklet();
    let (store, dir) = common::sqlite_store().await;
    store_sealed(&store, &sealed).await;
    let db = dir.path().join("test.db");

    let while_open = sqlite_bytes(&db);
    assert!(
        contains(&while_open, &sealed.keys.space),
        "control: the storage holds the space id"
    );
    assert!(
        contains(&while_open, &sealed.record.data),
        "control: the sealed record is stored as is"
    );
    assert_no_secrets("the SQLite file and WAL while open", &while_open, &sealed.secrets);

    store.close().await;
    let after_close = sqlite_bytes(&db);
    assert!(contains(&after_close, &sealed.keys.space), "control");
    assert_no_secrets(
        "the SQLite file and WAL after close",
        &after_close,
        &sealed.secrets,
    );
}

/// PostgreSQL: a `pg_dump` of the database (schema and all rows, bytea as hex) holds nothing readable.
#[tokio::test]
async fn postgres_dump_holds_no_clear_text_or_token() {
    let sealed = sealed_booklet();
    let database = common::postgres::fresh_database().await;
    let store = sync_server::store::open(&database.url())
        .await
        .expect("the store opens");
    store_sealed(&store, &sealed).await;
    store.close().await;

    let dump = database.dump();
    assert!(
        dump.contains(&to_hex(&sealed.keys.space)),
        "control: the dump holds the space id"
    );
    assert!(
        dump.contains(&to_hex(&sealed.record.data)),
        "control: the dump holds the sealed record"
    );
    assert_no_secrets("the pg_dump", dump.as_bytes(), &sealed.secrets);
}
