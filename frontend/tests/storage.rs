//! Browser tests of the storage service against Chromium's real IndexedDB.
#![cfg(target_arch = "wasm32")]

use booklet::{
    Author, Booklet, Command, ContactFields, ContactRole, Context, Date, FieldOfAction, GoalCode, GoalFields,
    Id, StepCode, StepFields, Text, Timestamp, Title,
};
use frontend::services::storage::{Consent, DB_NAME, DB_VERSION, STORES, Settings, Storage};
use serde_json::json;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

fn id(n: u64) -> Id {
    let mut bytes = [0u8; 16];
    bytes[8..].copy_from_slice(&n.to_be_bytes());
    bytes[0] = 0x42;
    Id::from_bytes(bytes)
}

fn ctx() -> Context {
    Context {
        now: Timestamp::from_millis(1_790_000_000_000),
        author: Author::Owner,
    }
}

fn run(b: &Booklet, cmd: Command) -> Booklet {
    booklet::apply(b, cmd, &ctx()).expect("valid command").booklet
}

/// A booklet with 1,000 entries: 100 goals with 6 steps each, 200 contacts, 100 appointments.
fn big_booklet() -> Booklet {
    let mut b = Booklet::new("ar");
    let mut n = 0;
    for g in 0..100 {
        let goal = id(n);
        n += 1;
        let fields = if g % 2 == 0 {
            GoalFields::from_code(
                GoalCode::all()
                    .nth(g % GoalCode::all().count())
                    .expect("a goal code"),
            )
        } else {
            GoalFields {
                field: FieldOfAction::Housing,
                title: Title::Free(Text::new(format!("هدف رقم {g}"), "ar")),
                target: Date::from_ymd(2027, 3, 1),
            }
        };
        b = run(
            &b,
            Command::AddGoal {
                id: goal,
                goal: fields,
                steps: Vec::new(),
            },
        );
        for s in 0..6 {
            let step = StepFields {
                title: Title::Code(StepCode::all().nth(s).expect("a step code")),
                done: s % 2 == 0,
                date: Date::from_ymd(2026, 1, 1 + s as u8),
                note: (s == 3).then(|| Text::new("Termin beim Jobcenter – حسنا", "de")),
            };
            b = run(
                &b,
                Command::AddStep {
                    goal,
                    id: id(n),
                    step,
                },
            );
            n += 1;
        }
    }
    for c in 0..200 {
        let contact = ContactFields {
            organisation: format!("Jobcenter {c}"),
            role: Title::Code(ContactRole::JobcenterPlacement),
            person: String::new(),
            phone: "+49 5971 123456".into(),
            email: format!("stelle{c}@example.org"),
            address: String::new(),
            opening_hours: String::new(),
            note: None,
        };
        b = run(&b, Command::AddContact { id: id(n), contact });
        n += 1;
    }
    for a in 0..100 {
        let appointment = booklet::AppointmentFields {
            date: Date::from_ymd(2026, 12, 1)
                .and_then(|d| d.add_days(a))
                .expect("a date"),
            time: None,
            place: "Rathaus".into(),
            contact: None,
            purpose: Title::Free(Text::new("Beratung", "de")),
            bring: None,
        };
        b = run(
            &b,
            Command::AddAppointment {
                id: id(n),
                appointment,
            },
        );
        n += 1;
    }
    assert_eq!(b.entry_count(), 1000);
    b
}

async fn fresh(name: &str) -> Storage {
    let _ = rexie::Rexie::delete(name).await;
    Storage::open_named(name).await.expect("IndexedDB opens")
}

#[wasm_bindgen_test]
async fn a_booklet_with_1000_entries_reads_back_identical() {
    let storage = fresh("test-1000").await;
    let booklet = big_booklet();
    storage.save(None, &booklet).await.expect("first save");
    let (read, _) = storage.load().await.expect("load").expect("a booklet");
    assert_eq!(read, booklet);

    // A small change writes only the difference, and the result is still identical.
    let changed = run(
        &booklet,
        Command::MoveGoal {
            id: booklet.goals[5].id,
            to_index: 0,
        },
    );
    let changed = run(
        &changed,
        Command::DeleteContact {
            id: changed.contacts[7].id,
        },
    );
    storage.save(Some(&booklet), &changed).await.expect("diff save");
    let (read, _) = storage.load().await.expect("load").expect("a booklet");
    assert_eq!(read, changed);

    // An edit in place (same ids, same order) takes the positional path and is stored too.
    let goal = changed.goals[10].id;
    let step = changed.goals[10].steps[1].id;
    let date = Date::from_ymd(2026, 2, 3).expect("a date");
    let edited = run(&changed, Command::CompleteStep { goal, id: step, date });
    storage.save(Some(&changed), &edited).await.expect("edit save");
    let (read, _) = storage.load().await.expect("load").expect("a booklet");
    assert_eq!(read, edited);
    assert_ne!(read, changed, "the edit reached storage");
    storage.close();
}

#[wasm_bindgen_test]
async fn an_empty_database_has_no_booklet_and_settings_round_trip() {
    let storage = fresh("test-empty").await;
    assert!(storage.load().await.expect("load").is_none());
    storage.save(None, &Booklet::new("ti")).await.expect("save");
    let settings = Settings {
        last_export: Date::from_ymd(2026, 11, 20),
        persisted: Some(false),
    };
    storage.save_settings(&settings).await.expect("settings");
    let (b, s) = storage.load().await.expect("load").expect("a booklet");
    assert_eq!(b, Booklet::new("ti"));
    assert_eq!(s, settings);
    storage.close();
}

/// rexie deletes every store the builder omits on an upgrade; the app must declare all it ever had.
#[wasm_bindgen_test]
async fn every_store_ever_declared_exists() {
    let storage = fresh(DB_NAME).await;
    let mut names = storage.store_names();
    names.sort();
    let mut expected: Vec<String> = STORES.iter().map(|s| s.to_string()).collect();
    expected.sort();
    assert_eq!(names, expected);
    // Stores of every release so far; removing any of them from STORES would delete users' data.
    for first in [
        "meta",
        "goals",
        "contacts",
        "appointments",
        "consents",
        "sync",
        "links",
    ] {
        assert!(STORES.contains(&first), "store `{first}` was dropped from STORES");
    }
    storage.close();
}

/// A database written by the first release (booklet schema v1: plain-string titles, `done` flags) is read,
/// migrated, and keeps every entry.
#[wasm_bindgen_test]
async fn a_stored_v1_database_keeps_every_entry() {
    let name = "test-v1";
    let _ = rexie::Rexie::delete(name).await;
    {
        let mut builder = rexie::Rexie::builder(name).version(1);
        for store in ["meta", "goals", "contacts", "appointments"] {
            builder = builder.add_object_store(rexie::ObjectStore::new(store));
        }
        let db = builder.build().await.expect("v1 database");
        let tx = db
            .transaction(
                &["meta", "goals", "contacts", "appointments"],
                rexie::TransactionMode::ReadWrite,
            )
            .expect("tx");
        let put = |store: &str, key: String, value: String| {
            let store = tx.store(store).expect("store");
            async move {
                store
                    .put(&JsValue::from_str(&value), Some(&JsValue::from_str(&key)))
                    .await
                    .expect("put")
            }
        };
        put("meta", "schema_version".into(), "1".into()).await;
        put(
            "meta",
            "profile".into(),
            json!({ "display_name": "Amal", "ui_language": "ar" }).to_string(),
        )
        .await;
        for g in 0..20u64 {
            let goal = json!({
                "id": id(g).to_string(), "field": "language", "title": format!("Deutsch lernen {g}"), "status": "open",
                "created_at": 1_700_000_000_000i64,
                "steps": [
                    { "id": id(1000 + g).to_string(), "title": "Berechtigungsschein", "done": true, "date": "2026-01-10",
                      "created_at": 1_700_000_000_000i64 },
                    { "id": id(2000 + g).to_string(), "title": "Kurs anfangen", "done": false, "created_at": 1_700_000_000_000i64,
                      "author": { "name": "Frau K.", "organisation": "VHS Rheine" } }
                ]
            });
            put(
                "goals",
                id(g).to_string(),
                json!({ "pos": g, "entry": goal }).to_string(),
            )
            .await;
        }
        for c in 0..5u64 {
            let contact = json!({ "id": id(3000 + c).to_string(), "organisation": format!("Caritas {c}"),
                "phone": "05971 1", "created_at": 1_700_000_000_000i64 });
            put(
                "contacts",
                id(3000 + c).to_string(),
                json!({ "pos": c, "entry": contact }).to_string(),
            )
            .await;
        }
        tx.done().await.expect("commit");
        db.close();
    }
    let storage = Storage::open_named(name)
        .await
        .expect("current app opens the v1 database");
    let (booklet, _) = storage.load().await.expect("load").expect("a booklet");
    assert_eq!(booklet.schema_version, booklet::SCHEMA_VERSION);
    assert_eq!(booklet.goals.len(), 20);
    assert_eq!(booklet.contacts.len(), 5);
    assert_eq!(booklet.entry_count(), 20 * 3 + 5);
    assert_eq!(booklet.profile.display_name, "Amal");
    assert!(
        booklet
            .goals
            .iter()
            .all(|g| g.steps.len() == 2 && g.steps[0].is_done())
    );
    assert_eq!(
        booklet.goals[3].title.free().map(|t| t.text.as_str()),
        Some("Deutsch lernen 3")
    );
    // Writing it back stores the current schema; reading again gives the same booklet.
    storage.save(None, &booklet).await.expect("rewrite");
    let (again, _) = storage.load().await.expect("load").expect("a booklet");
    assert_eq!(again, booklet);
    storage.close();
}

#[wasm_bindgen_test]
async fn the_consent_log_keeps_every_share_in_order() {
    let storage = fresh("test-consents").await;
    for (i, recipient) in ["Jobcenter Rheine", "", "VHS"].into_iter().enumerate() {
        let consent = Consent {
            at: Timestamp::from_millis(1_790_000_000_000 + i as i64 * 1000),
            until: Date::from_ymd(2026, 12, 1).expect("a date"),
            recipient: recipient.into(),
            channel: "offline-qr".into(),
            counts: [1, 3, 1, 0],
        };
        storage.add_consent(&consent).await.expect("logged");
    }
    let log = storage.consents().await.expect("read");
    assert_eq!(log.len(), 3);
    assert_eq!(log[0].recipient, "Jobcenter Rheine");
    assert_eq!(log[2].recipient, "VHS");
    storage.close();
}

/// Opens database `name` directly (bypassing the storage service), at the app's version with all its stores.
async fn open_raw(name: &str) -> rexie::Rexie {
    let mut builder = rexie::Rexie::builder(name).version(DB_VERSION);
    for store in STORES {
        builder = builder.add_object_store(rexie::ObjectStore::new(store));
    }
    builder.build().await.expect("the database opens")
}

/// Reads every value of one object store of database `name`, straight from IndexedDB.
async fn raw_values(name: &str, store: &str) -> Vec<JsValue> {
    let db = open_raw(name).await;
    let tx = db
        .transaction(&[store], rexie::TransactionMode::ReadOnly)
        .expect("tx");
    let values = tx
        .store(store)
        .expect("store")
        .get_all(None, None)
        .await
        .expect("read");
    drop(tx);
    db.close();
    values
}

/// A database of the current schema whose records an earlier version wrote as JSON text is read through the
/// migrating part; the first save after it rewrites everything as binary records, and nothing is lost.
#[wasm_bindgen_test]
async fn json_records_of_an_earlier_version_are_rewritten_as_binary_on_the_next_save() {
    let name = "test-json-records";
    let booklet = big_booklet();
    {
        let storage = fresh(name).await;
        storage.close();
        let db = open_raw(name).await;
        let tx = db
            .transaction(
                &["meta", "goals", "contacts", "appointments"],
                rexie::TransactionMode::ReadWrite,
            )
            .expect("tx");
        let put = |store: &str, key: String, value: String| {
            let store = tx.store(store).expect("store");
            async move {
                store
                    .put(&JsValue::from_str(&value), Some(&JsValue::from_str(&key)))
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
        put("meta", "profile".into(), json!(booklet.profile).to_string()).await;
        put(
            "meta",
            "settings".into(),
            json!({ "last_export": "2026-11-20", "persisted": true }).to_string(),
        )
        .await;
        // Stored in reverse: the positions give the order.
        for (pos, goal) in booklet.goals.iter().enumerate().rev() {
            put(
                "goals",
                goal.id.to_string(),
                json!({ "pos": pos, "entry": goal }).to_string(),
            )
            .await;
        }
        for (pos, c) in booklet.contacts.iter().enumerate() {
            put(
                "contacts",
                c.id.to_string(),
                json!({ "pos": pos, "entry": c }).to_string(),
            )
            .await;
        }
        for (pos, a) in booklet.appointments.iter().enumerate() {
            put(
                "appointments",
                a.id.to_string(),
                json!({ "pos": pos, "entry": a }).to_string(),
            )
            .await;
        }
        tx.done().await.expect("commit");
        db.close();
    }
    let storage = Storage::open_named(name).await.expect("opens");
    let (read, settings) = storage.load().await.expect("load").expect("a booklet");
    assert_eq!(read, booklet);
    assert_eq!(settings.last_export, Date::from_ymd(2026, 11, 20));
    assert_eq!(settings.persisted, Some(true));
    // One small edit: the save rewrites every record, not just the one that changed.
    let goal = read.goals[3].id;
    let edited = run(
        &read,
        Command::SetGoalStatus {
            id: goal,
            status: booklet::GoalStatus::Achieved,
        },
    );
    storage.save(Some(&read), &edited).await.expect("save");
    storage.close();
    for section in ["goals", "contacts", "appointments"] {
        let values = raw_values(name, section).await;
        assert!(!values.is_empty());
        assert!(
            values.iter().all(|v| v.is_instance_of::<js_sys::Uint8Array>()),
            "every {section} record is binary after the rewrite"
        );
    }
    let storage = Storage::open_named(name).await.expect("opens");
    let (again, settings) = storage.load().await.expect("load").expect("a booklet");
    assert_eq!(again, edited);
    assert_eq!(settings.persisted, Some(true), "settings are kept too");
    storage.close();
}

/// A damaged binary record is an error the app can show, not a panic and not a silently shorter booklet.
#[wasm_bindgen_test]
async fn a_damaged_record_is_reported() {
    let name = "test-damaged-record";
    let storage = fresh(name).await;
    let booklet = big_booklet();
    storage.save(None, &booklet).await.expect("save");
    storage.close();
    {
        let db = open_raw(name).await;
        let tx = db
            .transaction(&["contacts"], rexie::TransactionMode::ReadWrite)
            .expect("tx");
        let key = JsValue::from_str(&booklet.contacts[0].id.to_string());
        let cut = js_sys::Uint8Array::from(&[1u8, 0, 7][..]);
        tx.store("contacts")
            .expect("store")
            .put(&cut.into(), Some(&key))
            .await
            .expect("put");
        tx.done().await.expect("commit");
        db.close();
    }
    let storage = Storage::open_named(name).await.expect("opens");
    let error = storage.load().await.expect_err("a damaged record");
    assert_eq!(error.message_id(), "storage-error-corrupt");
    storage.close();
}
