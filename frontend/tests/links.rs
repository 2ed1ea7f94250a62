//! Browser tests of link shares, the owner's side, against Chromium's real IndexedDB and a stand-in for the
//! server (`window.fetch` replaced by a recorder that answers as SHARES.md says): the v3 → v4 upgrade keeps
//! everything, and one share goes from creation (with the failures that must store nothing) through a live
//! update, a proposal accepted as the advisor's entry, to its revocation.
#![cfg(target_arch = "wasm32")]

use base64::Engine as _;
use booklet::codec::{self, Selection};
use booklet::link::{self, Proposal, ShareLink};
use booklet::sync::crypto::from_hex;
use booklet::{
    Author, Booklet, Command, ContactFields, ContactRole, Context, GoalCode, GoalFields, Id, StepCode,
    StepFields, Timestamp, Title,
};
use frontend::services::links::{LinkError, Links, NewLink, ShareState};
use frontend::services::repo::Repo;
use frontend::services::storage::{Consent, DB_NAME, DB_VERSION, LinkShare, STORES, Storage};
use frontend::store::Action;
use futures::StreamExt;
use futures::channel::mpsc;
use serde_json::{Value, json};
use std::rc::Rc;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;
use wasm_bindgen_test::*;
use yew::Callback;

wasm_bindgen_test_configure!(run_in_browser);

const NOW: i64 = 1_790_000_000_000;

fn id(n: u128) -> Id {
    Id::from_u128(0x4c00_0000_0000_0000_0000_0000_0000_0000 | n)
}

fn contact(organisation: &str) -> ContactFields {
    ContactFields {
        organisation: organisation.into(),
        role: Title::Code(ContactRole::JobcenterPlacement),
        person: String::new(),
        phone: "+49 5971 1".into(),
        email: String::new(),
        address: String::new(),
        opening_hours: String::new(),
        note: None,
    }
}

fn sample_link(n: u8) -> LinkShare {
    LinkShare {
        id: format!("{n:02x}").repeat(16),
        key: "11".repeat(32),
        owner_token: "22".repeat(32),
        goals: vec![id(1)],
        contacts: Vec::new(),
        appointments: vec![id(3)],
        pin: Some("2468".into()),
        live: true,
        writable: false,
        recipient: "VHS".into(),
        created: Timestamp::from_millis(NOW + i64::from(n)),
        issued: booklet::Date::from_ymd(2026, 11, 20).expect("a date"),
        expires: booklet::Date::from_ymd(2026, 11, 27).expect("a date"),
        expires_at: "2026-11-27T23:59:59Z".into(),
        payload_hash: "ab".repeat(32),
        shared_goals: Vec::new(),
        revoked: false,
    }
}

/// A database as the v3 app left it (six stores: a booklet, a consent, sync state) opens as v4 with all of
/// it and an empty `links` store, which then keeps shares with their consents.
#[wasm_bindgen_test]
async fn a_v3_database_upgrades_to_v4_with_every_entry() {
    assert_eq!(DB_VERSION, 4);
    let name = "test-links-v3";
    let _ = rexie::Rexie::delete(name).await;
    let ctx = Context {
        now: Timestamp::from_millis(NOW),
        author: Author::Owner,
    };
    let mut booklet = Booklet::new("fa");
    for n in 0..30 {
        booklet = booklet::apply(
            &booklet,
            Command::AddContact {
                id: id(100 + n),
                contact: contact(&format!("Beratung {n}")),
            },
            &ctx,
        )
        .expect("valid")
        .booklet;
    }
    let sync_state = json!({ "enabled": true, "secret": "00".repeat(16), "device": "01".repeat(8),
        "next_seq": 7, "cursor": 12, "since_snapshot": 3 });
    {
        let v3 = ["meta", "goals", "contacts", "appointments", "consents", "sync"];
        let mut builder = rexie::Rexie::builder(name).version(3);
        for store in v3 {
            builder = builder.add_object_store(rexie::ObjectStore::new(store));
        }
        let db = builder.build().await.expect("v3 database");
        let tx = db
            .transaction(&v3, rexie::TransactionMode::ReadWrite)
            .expect("tx");
        let put = |store: &str, key: JsValue, value: JsValue| {
            let store = tx.store(store).expect("store");
            async move { store.put(&value, Some(&key)).await.expect("put") }
        };
        put(
            "meta",
            "schema_version".into(),
            booklet.schema_version.to_string().into(),
        )
        .await;
        put(
            "meta",
            "profile".into(),
            serde_json::to_string(&booklet.profile).expect("json").into(),
        )
        .await;
        for (pos, c) in booklet.contacts.iter().enumerate() {
            put(
                "contacts",
                c.id.to_string().into(),
                json!({ "pos": pos, "entry": c }).to_string().into(),
            )
            .await;
        }
        put(
            "consents",
            JsValue::from_f64(NOW as f64),
            // As the versions before binary records stored it: JSON text.
            json!({ "at": NOW, "until": "2026-12-01", "recipient": "Caritas", "channel": "offline-qr",
                "counts": [0, 0, 30, 0] })
            .to_string()
            .into(),
        )
        .await;
        put("sync", "state".into(), sync_state.to_string().into()).await;
        put(
            "sync",
            "outbox".into(),
            js_sys::Uint8Array::from(&[1u8, 2, 3][..]).into(),
        )
        .await;
        tx.done().await.expect("commit");
        db.close();
    }
    let consent = Consent {
        at: Timestamp::from_millis(NOW),
        until: booklet::Date::from_ymd(2026, 12, 1).expect("a date"),
        recipient: "Caritas".into(),
        channel: "offline-qr".into(),
        counts: [0, 0, 30, 0],
    };
    let storage = Storage::open_named(name)
        .await
        .expect("the app opens a v3 database");
    let mut names = storage.store_names();
    names.sort();
    let mut expected: Vec<String> = STORES.iter().map(|s| s.to_string()).collect();
    expected.sort();
    assert_eq!(names, expected, "every store");
    assert!(names.iter().any(|n| n == "links"), "the links store (v4) exists");
    let (read, _) = storage.load().await.expect("load").expect("a booklet");
    assert_eq!(read, booklet);
    assert_eq!(storage.consents().await.expect("consents"), vec![consent]);
    let sync = storage
        .load_sync()
        .await
        .expect("readable")
        .expect("sync state kept");
    assert_eq!((sync.state.next_seq, sync.state.cursor), (7, 12));
    assert_eq!(sync.outbox, vec![1, 2, 3]);
    assert!(storage.links().await.expect("links").is_empty());

    // A share and its consent go in together; storing it again replaces it; the list is oldest first.
    let second = sample_link(2);
    let first = sample_link(1);
    let consent = Consent {
        at: first.created,
        until: first.expires,
        recipient: first.recipient.clone(),
        channel: "link".into(),
        counts: [1, 0, 0, 1],
    };
    storage.put_link(&second, None).await.expect("stored");
    storage.put_link(&first, Some(&consent)).await.expect("stored");
    let mut revoked = first.clone();
    revoked.revoked = true;
    storage.put_link(&revoked, None).await.expect("replaced");
    storage.close();
    let storage = Storage::open_named(name).await.expect("reopens");
    assert_eq!(storage.links().await.expect("links"), vec![revoked, second]);
    let consents = storage.consents().await.expect("consents");
    assert_eq!(consents.len(), 2);
    assert_eq!(consents[1], consent);
    storage.close();
}

/// Replaces `window.fetch` with a recorder: every request is kept (`__bhRequests`), `__bhNext(i)` resolves
/// with the i-th once it exists, and answers follow SHARES.md (`__bhFail` forces a status or "offline";
/// `__bhOwner` is the body of `GET …/owner`).
fn install_fake_server() {
    let code = r#"
        window.__bhRequests = [];
        window.__bhWaiters = [];
        window.__bhFail = null;
        window.__bhOwner = '{"state":"active","expires_at":1796428799000,"remaining_attempts":5,"access":[],"proposals":[]}';
        window.__bhNext = (i) => i < window.__bhRequests.length
            ? Promise.resolve(window.__bhRequests[i])
            : new Promise((resolve) => window.__bhWaiters.push(() => {
                if (i < window.__bhRequests.length) { resolve(window.__bhRequests[i]); return true; }
                return false;
            }));
        window.fetch = async (request) => {
            const body = (request.method === 'POST' || request.method === 'PUT') ? await request.text() : null;
            const record = { method: request.method, url: request.url,
                auth: request.headers.get('Authorization'), body };
            if (window.__bhFail === 'offline') throw new TypeError('Failed to fetch');
            window.__bhRequests.push(record);
            window.__bhWaiters = window.__bhWaiters.filter((w) => !w());
            if (window.__bhFail !== null) return new Response('{"code":"x","message":"x"}', { status: window.__bhFail });
            if (request.method === 'POST') {
                return new Response(JSON.stringify({ id: JSON.parse(body).id, expires_at: 1796428799000 }), { status: 201 });
            }
            if (request.method === 'GET') return new Response(window.__bhOwner, { status: 200 });
            return new Response(null, { status: 204 });
        };
    "#;
    js_sys::Function::new_no_args(code)
        .call0(&JsValue::NULL)
        .expect("the fake server installs");
}

fn window_get(name: &str) -> JsValue {
    js_sys::Reflect::get(&js_sys::global(), &name.into()).expect("a global")
}

fn window_set(name: &str, value: &JsValue) {
    js_sys::Reflect::set(&js_sys::global(), &name.into(), value).expect("set");
}

/// One request the app sent.
#[derive(Debug)]
struct Request {
    method: String,
    url: String,
    auth: Option<String>,
    body: Option<Value>,
}

/// Reads requests in order.
struct Recorder {
    seen: u32,
}

impl Recorder {
    fn count() -> u32 {
        js_sys::Reflect::get(&window_get("__bhRequests"), &"length".into())
            .expect("length")
            .as_f64()
            .expect("a number") as u32
    }

    /// The next request the app sends (or has sent since the last one read).
    async fn next(&mut self) -> Request {
        let next: js_sys::Function = window_get("__bhNext").dyn_into().expect("a function");
        let promise: js_sys::Promise = next
            .call1(&JsValue::NULL, &JsValue::from(self.seen))
            .expect("call")
            .dyn_into()
            .expect("a promise");
        let record = JsFuture::from(promise).await.expect("a request");
        self.seen += 1;
        let field = |name: &str| {
            js_sys::Reflect::get(&record, &name.into())
                .expect("a field")
                .as_string()
        };
        Request {
            method: field("method").expect("a method"),
            url: field("url").expect("a url"),
            auth: field("auth"),
            body: field("body").map(|b| serde_json::from_str(&b).expect("JSON body")),
        }
    }

    /// The next request matching `method` whose URL ends with `path`, skipping others.
    async fn until(&mut self, method: &str, path: &str) -> Request {
        loop {
            let request = self.next().await;
            if request.method == method && request.url.ends_with(path) {
                return request;
            }
        }
    }
}

/// Waits for the next action the app would dispatch that passes `wanted`.
async fn action(actions: &mut mpsc::UnboundedReceiver<Action>, wanted: impl Fn(&Action) -> bool) -> Action {
    loop {
        let next = actions.next().await.expect("the app keeps running");
        if wanted(&next) {
            return next;
        }
    }
}

/// The entries sealed in a request body, opened with the link's key.
fn opened(body: &Value, link: &ShareLink) -> codec::Share {
    let text = body["ciphertext"].as_str().expect("a ciphertext");
    let sealed = base64::engine::general_purpose::URL_SAFE_NO_PAD
        .decode(text.trim_end_matches('='))
        .expect("base64url");
    let payload = link::open_share(&link.key, &link.id, &sealed).expect("the link's key opens it");
    codec::decode(&payload).expect("a share payload")
}

/// One share's life: failures store nothing; creation uploads a seal only the link opens, with the PIN and
/// options, stored with its consent; a commit re-uploads the live share; a proposal shows, maps to the owner's
/// goal and is accepted as the advisor's entry, then deleted on the server; revoking deletes the share and
/// logs it.
#[wasm_bindgen_test]
async fn a_link_share_lives_from_creation_to_revocation() {
    let _ = rexie::Rexie::delete(DB_NAME).await;
    install_fake_server();
    let mut requests = Recorder { seen: 0 };
    let (sender, mut actions) = mpsc::unbounded::<Action>();
    let notify = Callback::from(move |a| {
        let _ = sender.unbounded_send(a);
    });
    let (repo, _, _) = Repo::open(notify.clone(), "de").await.expect("storage opens");
    // Commands apply as they run once the part that applies them is loaded (the app loads it after the
    // first screen; `write_queue.rs` tests the time before).
    frontend::lazy::write_part().await.expect("the write part loads");
    let links: Rc<Links> = Links::start(repo.clone(), notify);
    let goal = GoalFields::from_code(GoalCode::all().next().expect("a goal"));
    repo.run(Command::AddGoal {
        id: id(1),
        goal,
        steps: Vec::new(),
    })
    .expect("valid");
    repo.run(Command::AddContact {
        id: id(2),
        contact: contact("Jobcenter Rheine"),
    })
    .expect("valid");
    repo.run(Command::AddContact {
        id: id(3),
        contact: contact("Not shared"),
    })
    .expect("valid");
    for _ in 0..3 {
        action(&mut actions, |a| matches!(a, Action::Saved(_))).await;
    }
    let storage = Storage::open().await.expect("a second connection");
    let new = |pin: Option<&str>, days: u32| NewLink {
        selection: Selection {
            goals: vec![id(1)],
            contacts: vec![id(2)],
            appointments: Vec::new(),
        },
        pin: pin.map(str::to_owned),
        days,
        live: true,
        writable: true,
        recipient: "Jobcenter Rheine".into(),
    };

    // Failures: a bad PIN or lifetime sends nothing; a server error or no network stores nothing.
    let booklet = repo.latest();
    assert_eq!(
        links.create(&booklet, new(Some("12a4"), 7)).await,
        Err(LinkError::Pin)
    );
    assert_eq!(
        links.create(&booklet, new(Some("123"), 7)).await,
        Err(LinkError::Pin)
    );
    assert_eq!(
        links.create(&booklet, new(None, 91)).await,
        Err(LinkError::Expiry)
    );
    assert_eq!(links.create(&booklet, new(None, 0)).await, Err(LinkError::Expiry));
    assert_eq!(Recorder::count(), 0, "nothing was sent");
    window_set("__bhFail", &JsValue::from(500));
    let failed = links.create(&booklet, new(None, 7)).await;
    assert_eq!(failed, Err(LinkError::Server(500)));
    assert_eq!(
        failed.expect_err("failed").message_id(),
        "link-share-error-server"
    );
    window_set("__bhFail", &JsValue::from("offline"));
    assert_eq!(
        links.create(&booklet, new(None, 7)).await,
        Err(LinkError::Offline)
    );
    window_set("__bhFail", &JsValue::NULL);
    assert!(
        storage.links().await.expect("links").is_empty(),
        "no share stored"
    );
    assert!(
        storage.consents().await.expect("consents").is_empty(),
        "no consent logged"
    );
    assert_eq!(requests.next().await.method, "POST", "the one answered 500");

    // Creation.
    let created = links
        .create(&booklet, new(Some("2468"), 14))
        .await
        .expect("created");
    let post = requests.until("POST", "/api/shares").await;
    let body = post.body.expect("a body");
    let link = ShareLink::from_fragment(&created.url).expect("the URL is a link");
    let origin = web_sys::window()
        .expect("window")
        .location()
        .origin()
        .expect("origin");
    assert!(
        created.url.starts_with(&format!("{origin}/#BHL1:")),
        "{}",
        created.url
    );
    assert!(!created.url.contains("2468"), "the PIN is not in the link");
    assert_eq!(created.pin.as_deref(), Some("2468"));
    assert_eq!(body["id"], json!(link.id_hex()));
    assert_eq!(body["pin"], json!("2468"));
    assert_eq!(body["expires_in_days"], json!(14));
    assert_eq!(
        (body["live"].clone(), body["writable"].clone()),
        (json!(true), json!(true))
    );
    let token = body["owner_token"].as_str().expect("a token").to_owned();
    assert!(from_hex::<32>(&token).is_some(), "64 hex: {token}");
    assert!(
        !body
            .to_string()
            .contains(&booklet::sync::crypto::to_hex(&link.key)),
        "no key"
    );
    let shared = opened(&body, &link);
    assert_eq!((shared.goals.len(), shared.contacts.len()), (1, 1));
    assert_eq!(shared.contacts[0].organisation, "Jobcenter Rheine");
    let stored = storage.links().await.expect("links");
    assert_eq!(stored.len(), 1);
    assert_eq!(
        (stored[0].id.as_str(), stored[0].owner_token.as_str()),
        (link.id_hex().as_str(), token.as_str())
    );
    assert_eq!(stored[0].expires_at, "1796428799000", "as the server wrote it");
    let consents = storage.consents().await.expect("consents");
    assert_eq!(consents.len(), 1);
    assert_eq!(
        (consents[0].channel.as_str(), consents[0].until),
        ("link", created.until)
    );
    assert_eq!(consents[0].counts, [1, 0, 1, 0]);

    // Live: a new step in the shared goal is re-sealed and uploaded after the commit.
    repo.run(Command::AddStep {
        goal: id(1),
        id: id(4),
        step: StepFields::planned(StepCode::all().next().expect("a step")),
    })
    .expect("valid");
    let put = requests
        .until("PUT", &format!("/api/shares/{}", link.id_hex()))
        .await;
    assert_eq!(put.auth, Some(format!("Bearer {token}")));
    let live = opened(&put.body.expect("a body"), &link);
    assert_eq!(live.goals[0].steps.len(), 1, "the new step is shared");
    assert_eq!(live.contacts.len(), 1);

    // A proposal for the shared goal, named by the id readers see, arrives with the access log.
    let proposal = Proposal::AddStep {
        name: "Frau K.".into(),
        organisation: "Jobcenter Rheine".into(),
        goal: live.goals[0].id,
        title: Title::Code(StepCode::all().nth(1).expect("a step")),
        done: None,
        note: None,
    };
    let sealed = link::seal_proposal(&link.key, &link.id, [7; 24], &link::encode_proposal(&proposal));
    let owner = json!({
        "state": "active", "expires_at": 1_796_428_799_000i64, "remaining_attempts": 5,
        "access": [{ "at": 1_795_170_000_000i64, "label": "Frau K. (Jobcenter Rheine)", "account": true },
                   { "at": 1_795_250_000_000i64, "label": "", "account": false }],
        "proposals": [{ "id": "17", "at": 1_795_250_300_000i64, "label": "Frau K. (Jobcenter Rheine)",
                        "ciphertext": base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(&sealed) }]
    });
    window_set("__bhOwner", &JsValue::from(owner.to_string()));
    links.poll_now();
    let Action::Links(view) = action(
        &mut actions,
        |a| matches!(a, Action::Links(v) if !v.proposals.is_empty()),
    )
    .await
    else {
        unreachable!("filtered")
    };
    let get = requests
        .until("GET", &format!("/api/shares/{}/owner", link.id_hex()))
        .await;
    assert_eq!(get.auth, Some(format!("Bearer {token}")));
    let remote = &view.remote[&link.id_hex()];
    assert_eq!(remote.state, ShareState::Active);
    assert_eq!(remote.access.len(), 2);
    assert_eq!(remote.access[0].label, "", "newest first");
    assert_eq!(remote.access[0].at, Some(1_795_250_000_000));
    assert_eq!(remote.access[1].label, "Frau K. (Jobcenter Rheine)");
    let waiting = &view.proposals[0];
    assert_eq!(
        (waiting.id.as_str(), waiting.label.as_str()),
        ("17", "Frau K. (Jobcenter Rheine)")
    );
    let mapped = waiting.proposal.clone().expect("opens");
    assert!(
        matches!(&mapped, Proposal::AddStep { goal, .. } if *goal == id(1)),
        "the owner's goal"
    );

    // Accepted: applied as the advisor's step through the repository, then deleted on the server.
    let (command, context) = mapped.into_command(id(5), Timestamp::from_millis(NOW));
    repo.run_in(command, &context).expect("applies");
    links.answered(&link.id_hex(), "17").await;
    requests
        .until("DELETE", &format!("/api/shares/{}/proposals/17", link.id_hex()))
        .await;
    let steps = &repo.latest().goals[0].steps;
    assert_eq!(steps.len(), 2);
    assert_eq!(
        steps[1].meta.added_by,
        Author::Advisor {
            name: "Frau K.".into(),
            organisation: "Jobcenter Rheine".into()
        }
    );
    // The accepted step reaches the live share too.
    let put = requests
        .until("PUT", &format!("/api/shares/{}", link.id_hex()))
        .await;
    assert_eq!(opened(&put.body.expect("a body"), &link).goals[0].steps.len(), 2);

    // Revoked: deleted on the server, marked here, noted in the consent log.
    links.revoke(&link.id_hex()).await.expect("revoked");
    let delete = requests
        .until("DELETE", &format!("/api/shares/{}", link.id_hex()))
        .await;
    assert_eq!(delete.auth, Some(format!("Bearer {token}")));
    let stored = storage.links().await.expect("links");
    assert!(stored[0].revoked);
    let consents = storage.consents().await.expect("consents");
    assert_eq!(consents.last().map(|c| c.channel.as_str()), Some("link-revoked"));
    let Action::Links(view) = action(
        &mut actions,
        |a| matches!(a, Action::Links(v) if v.shares.iter().any(|s| s.revoked)),
    )
    .await
    else {
        unreachable!("filtered")
    };
    assert_eq!(
        view.state_of(&stored[0], frontend::services::format::today()),
        ShareState::Revoked
    );
    storage.close();
}
