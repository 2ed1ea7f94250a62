//! Browser tests of backup and sync's storage against Chromium's real IndexedDB: the v2 → v3 upgrade keeps
//! everything, the sync state round-trips, and a booklet change and its outbox commit together.
#![cfg(target_arch = "wasm32")]

use booklet::sync::crypto::RecoverySecret;
use booklet::{Author, Booklet, Command, ContactFields, ContactRole, Context, Id, Timestamp, Title};
use frontend::services::repo::Repo;
use frontend::services::storage::{
    Consent, DB_NAME, Inflight, STORES, Storage, SyncData, SyncPut, SyncState,
};
use frontend::services::sync::Core;
use frontend::store::Action;
use serde_json::json;
use std::cell::RefCell;
use std::rc::Rc;
use wasm_bindgen::JsValue;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

const NOW: i64 = 1_790_000_000_000;

fn id(n: u128) -> Id {
    Id::from_u128(0x4200_0000_0000_0000_0000_0000_0000_0000 | n)
}

fn with_contacts(language: &str, count: u128) -> Booklet {
    let ctx = Context {
        now: Timestamp::from_millis(NOW),
        author: Author::Owner,
    };
    let mut b = Booklet::new(language);
    b.profile.display_name = "Amal".into();
    for n in 0..count {
        let contact = ContactFields {
            organisation: format!("Beratungsstelle {n}"),
            role: Title::Code(ContactRole::JobcenterPlacement),
            person: String::new(),
            phone: "+49 5971 1".into(),
            email: String::new(),
            address: String::new(),
            opening_hours: String::new(),
            note: None,
        };
        b = booklet::apply(&b, Command::AddContact { id: id(n), contact }, &ctx)
            .expect("a valid contact")
            .booklet;
    }
    b
}

async fn fresh(name: &str) -> Storage {
    let _ = rexie::Rexie::delete(name).await;
    Storage::open_named(name).await.expect("IndexedDB opens")
}

/// A database as the v2 app left it (five stores, a booklet and a consent) opens in the current version
/// (v3 added the sync store) with all of it.
#[wasm_bindgen_test]
async fn a_v2_database_upgrades_with_every_entry() {
    let name = "test-sync-v2";
    let _ = rexie::Rexie::delete(name).await;
    let booklet = with_contacts("ti", 40);
    {
        let v2 = ["meta", "goals", "contacts", "appointments", "consents"];
        let mut builder = rexie::Rexie::builder(name).version(2);
        for store in v2 {
            builder = builder.add_object_store(rexie::ObjectStore::new(store));
        }
        let db = builder.build().await.expect("v2 database");
        let tx = db
            .transaction(&v2, rexie::TransactionMode::ReadWrite)
            .expect("tx");
        let put = |store: &str, key: JsValue, value: String| {
            let store = tx.store(store).expect("store");
            async move {
                store
                    .put(&JsValue::from_str(&value), Some(&key))
                    .await
                    .expect("put")
            }
        };
        put(
            "meta",
            "schema_version".into(),
            booklet.schema_version.to_string(),
        )
        .await;
        put(
            "meta",
            "profile".into(),
            serde_json::to_string(&booklet.profile).expect("json"),
        )
        .await;
        put(
            "meta",
            "settings".into(),
            json!({ "last_export": "2026-11-20", "persisted": true }).to_string(),
        )
        .await;
        for (pos, contact) in booklet.contacts.iter().enumerate() {
            put(
                "contacts",
                contact.id.to_string().into(),
                json!({ "pos": pos, "entry": contact }).to_string(),
            )
            .await;
        }
        put(
            "consents",
            JsValue::from_f64(NOW as f64),
            // As the versions before binary records stored it: JSON text.
            json!({ "at": NOW, "until": "2026-12-01", "recipient": "VHS", "channel": "offline-qr",
                "counts": [0, 0, 2, 0] })
            .to_string(),
        )
        .await;
        tx.done().await.expect("commit");
        db.close();
    }
    let consent = Consent {
        at: Timestamp::from_millis(NOW),
        until: booklet::Date::from_ymd(2026, 12, 1).expect("a date"),
        recipient: "VHS".into(),
        channel: "offline-qr".into(),
        counts: [0, 0, 2, 0],
    };
    let storage = Storage::open_named(name)
        .await
        .expect("the app opens a v2 database");
    let mut names = storage.store_names();
    names.sort();
    let mut expected: Vec<String> = STORES.iter().map(|s| s.to_string()).collect();
    expected.sort();
    assert_eq!(names, expected, "every store");
    assert!(names.iter().any(|n| n == "sync"), "the sync store (v3) exists");
    let (read, settings) = storage.load().await.expect("load").expect("a booklet");
    assert_eq!(read, booklet);
    assert_eq!(read.contacts.len(), 40);
    assert_eq!(settings.persisted, Some(true));
    assert_eq!(storage.consents().await.expect("consents"), vec![consent]);
    assert_eq!(
        storage.load_sync().await.expect("readable"),
        None,
        "sync starts off"
    );
    storage.close();
}

/// Everything the sync store holds reads back as written; a put replaces only its own value; clearing
/// forgets it all (turning sync off forgets the secret).
#[wasm_bindgen_test]
async fn the_sync_state_round_trips_and_clears() {
    let storage = fresh("test-sync-state").await;
    let state = SyncState {
        enabled: true,
        secret: "00112233445566778899aabbccddeeff".into(),
        device: "0102030405060708".into(),
        next_seq: 12,
        cursor: 345,
        since_snapshot: 7,
    };
    let inflight = Inflight {
        seq: 11,
        changes: 3,
        seal: (0..=255u8).cycle().take(5_000).collect(),
    };
    storage
        .save_sync(&[
            SyncPut::State(state.clone()),
            SyncPut::Replica(vec![1, 2, 3, 0, 255]),
            SyncPut::Outbox(vec![9; 100]),
            SyncPut::Inflight(Some(inflight.clone())),
        ])
        .await
        .expect("saved");
    let read = storage.load_sync().await.expect("readable").expect("sync data");
    assert_eq!(
        read,
        SyncData {
            state: state.clone(),
            replica: Some(vec![1, 2, 3, 0, 255]),
            outbox: vec![9; 100],
            inflight: Some(inflight),
        }
    );

    // The server acknowledged: no record in flight, the rest untouched.
    storage
        .save_sync(&[SyncPut::Inflight(None), SyncPut::Outbox(Vec::new())])
        .await
        .expect("saved");
    let read = storage.load_sync().await.expect("readable").expect("sync data");
    assert_eq!(read.inflight, None);
    assert!(read.outbox.is_empty());
    assert_eq!(read.state, state);
    assert_eq!(read.replica, Some(vec![1, 2, 3, 0, 255]));

    storage.clear_sync().await.expect("cleared");
    assert_eq!(storage.load_sync().await.expect("readable"), None);
    storage.close();
}

/// A committed change and its operations are stored in one transaction; after a restart the engine's state
/// (checkpoint + outbox) gives back exactly the stored booklet.
#[wasm_bindgen_test]
async fn a_change_and_its_outbox_are_stored_together() {
    let storage = fresh("test-sync-outbox").await;
    let before = with_contacts("ar", 3);
    let mut core = Core::new(RecoverySecret([5; 16]), [1; 8]);
    core.record(&before, NOW as u64);
    storage
        .save_with_sync(None, &before, &core.checkpoint())
        .await
        .expect("first save");

    let after = with_contacts("ar", 5);
    core.record(&after, NOW as u64 + 1);
    storage
        .save_with_sync(Some(&before), &after, &core.outbox_put())
        .await
        .expect("a change and its outbox");

    let (booklet, _) = storage.load().await.expect("load").expect("a booklet");
    assert_eq!(booklet, after);
    let data = storage.load_sync().await.expect("readable").expect("sync data");
    let restarted = Core::from_data(&data).expect("readable").expect("sync is on");
    assert_eq!(
        restarted.booklet(),
        booklet,
        "the replica matches the stored booklet"
    );
    assert_eq!(restarted.pending(), core.pending());
    storage.close();
}

/// Waits (polling, with a time limit) until `done` holds.
async fn until(what: &str, done: impl Fn() -> bool) {
    for _ in 0..400 {
        if done() {
            return;
        }
        gloo_timers::future::TimeoutFuture::new(10).await;
    }
    panic!("timed out waiting for {what}");
}

/// Through the real repository: with sync on, every command's operations reach the stored outbox with its
/// write, so a restart finds the replica equal to the stored booklet and the change still to be pushed.
#[wasm_bindgen_test]
async fn the_repository_stores_each_commands_operations_with_its_write() {
    let _ = rexie::Rexie::delete(DB_NAME).await;
    let seen: Rc<RefCell<Vec<Action>>> = Rc::default();
    let notify = {
        let seen = seen.clone();
        yew::Callback::from(move |action| seen.borrow_mut().push(action))
    };
    let (repo, _, _) = Repo::open(notify.clone(), "de").await.expect("opens");
    // Commands apply as they run once the part that applies them is loaded (the app loads it after the
    // first screen; `write_queue.rs` tests the time before).
    frontend::lazy::write_part().await.expect("the write part loads");
    repo.start_sync(Core::new(RecoverySecret([3; 16]), [4; 8]), NOW as u64)
        .await
        .expect("sync on");
    let before = repo.with_sync(|core| core.expect("on").pending());
    assert_eq!(before, 1, "the profile of the empty booklet");

    let contact = ContactFields {
        organisation: "Caritas".into(),
        role: Title::Code(ContactRole::JobcenterPlacement),
        person: String::new(),
        phone: String::new(),
        email: String::new(),
        address: String::new(),
        opening_hours: String::new(),
        note: None,
    };
    repo.run(Command::AddContact { id: id(1), contact })
        .expect("a valid command");
    assert_eq!(
        repo.with_sync(|core| core.expect("on").pending()),
        2,
        "recorded when the command ran, before its write"
    );
    until("the write", || {
        seen.borrow().iter().any(|a| matches!(a, Action::Saved(_)))
    })
    .await;
    let saved = repo.latest();
    drop(repo);

    // A restart: the stored booklet and the stored sync state agree.
    let storage = Storage::open().await.expect("opens");
    let (stored, _) = storage.load().await.expect("load").expect("a booklet");
    assert_eq!(stored, *saved);
    let data = storage.load_sync().await.expect("readable").expect("sync data");
    let core = Core::from_data(&data).expect("readable").expect("sync is on");
    assert_eq!(core.booklet(), stored);
    assert_eq!(core.pending(), 2, "both changes still wait to be pushed");
    storage.close();
}
