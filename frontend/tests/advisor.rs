//! Browser tests of the advisor's side of link shares (`services::advisor`) in Chromium: the links kept in
//! localStorage, the link fragment moved into sessionStorage, and opening an `open` answer with the link's key.
#![cfg(target_arch = "wasm32")]

use booklet::codec::{self, Selection};
use booklet::link::{self, ShareLink};
use booklet::{Author, Booklet, Command, Context, Date, GoalCode, GoalFields, Id, Timestamp};
use frontend::services::advisor::{
    self, AdvisorError, CURRENT_LINK_KEY, KEPT_LINKS_KEY, KeptLink, base64url_encode,
};
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

fn link(n: u8) -> ShareLink {
    ShareLink {
        id: [n; 16],
        key: [n.wrapping_add(7); 32],
    }
}

fn local() -> web_sys::Storage {
    web_sys::window()
        .and_then(|w| w.local_storage().ok().flatten())
        .expect("Chromium has localStorage")
}

fn session() -> web_sys::Storage {
    web_sys::window()
        .and_then(|w| w.session_storage().ok().flatten())
        .expect("Chromium has sessionStorage")
}

/// A share-codec payload with one catalogue goal, as the owner's app uploads it (sealed).
fn payload() -> Vec<u8> {
    let goal = Id::from_u128(0x4242);
    let booklet = booklet::apply(
        &Booklet::new("de"),
        Command::AddGoal {
            id: goal,
            goal: GoalFields::from_code(GoalCode::all().next().expect("a goal code")),
            steps: Vec::new(),
        },
        &Context {
            now: Timestamp::from_millis(1_790_000_000_000),
            author: Author::Owner,
        },
    )
    .expect("a valid goal")
    .booklet;
    let issued = Date::from_ymd(2026, 11, 20).expect("a date");
    let expires = Date::from_ymd(2026, 11, 27).expect("a date");
    codec::encode(&booklet, &Selection::everything(&booklet), issued, expires).expect("encodes")
}

#[wasm_bindgen_test]
fn kept_links_survive_in_local_storage_one_per_share() {
    local().remove_item(KEPT_LINKS_KEY).expect("clears");
    assert!(advisor::kept_links().is_empty());
    advisor::keep_link(KeptLink::new(&link(1), "Deutsch B1".into(), 1_000)).expect("kept");
    advisor::keep_link(KeptLink::new(&link(2), "Wohnung".into(), 2_000)).expect("kept");
    advisor::keep_link(KeptLink::new(&link(1), "Deutsch B1 (2)".into(), 3_000)).expect("kept again");

    let kept = advisor::kept_links();
    assert_eq!(kept.len(), 2, "opening a share again replaces its entry");
    assert_eq!(kept[0].label, "Deutsch B1 (2)", "newest first");
    assert_eq!(kept[0].opened_at, 3_000);
    let found = advisor::kept_link(&link(2).id_hex()).expect("share 2 is kept");
    assert_eq!(found.link(), Some(link(2)), "id and key come back intact");
    assert!(advisor::kept_link(&link(3).id_hex()).is_none());

    // What is stored is the id and key in hex, no fragment and no PIN.
    let stored = local()
        .get_item(KEPT_LINKS_KEY)
        .expect("readable")
        .expect("stored");
    assert!(stored.contains(&link(1).id_hex()));
    assert!(!stored.contains(link::FRAGMENT_PREFIX));

    // Damaged storage reads as nothing kept rather than failing the page.
    local().set_item(KEPT_LINKS_KEY, "{not json").expect("writes");
    assert!(advisor::kept_links().is_empty());
    local().remove_item(KEPT_LINKS_KEY).expect("clears");
}

#[wasm_bindgen_test]
fn the_typed_label_is_remembered_and_forgotten_when_emptied() {
    advisor::remember_label("  Jobcenter Rheine ");
    assert_eq!(advisor::remembered_label(), "Jobcenter Rheine");
    advisor::remember_label("");
    assert_eq!(advisor::remembered_label(), "");
}

#[wasm_bindgen_test]
fn a_link_fragment_moves_into_session_storage() {
    let window = web_sys::window().expect("a window");
    let location = window.location();
    let fragment = link(9).to_fragment();
    session().remove_item(CURRENT_LINK_KEY).expect("clears");

    location.set_hash("BH1:NOT-A-LINK").expect("sets the hash");
    assert!(!advisor::capture_fragment(), "an offline share is not a link");
    assert_eq!(advisor::current_link_text(), None);

    location.set_hash(&fragment).expect("sets the hash");
    assert!(advisor::capture_fragment());
    let kept = advisor::current_link_text().expect("kept in this tab");
    assert_eq!(kept, fragment);
    assert_eq!(ShareLink::from_fragment(&kept).expect("reads back"), link(9));

    // A damaged link is kept too, so that the viewer can say it is damaged.
    location.set_hash("BHL1:CUT-OFF").expect("sets the hash");
    assert!(advisor::capture_fragment());
    assert_eq!(advisor::current_link_text().as_deref(), Some("BHL1:CUT-OFF"));

    advisor::clear_current_link();
    assert_eq!(advisor::current_link_text(), None);
    location.set_hash("").expect("clears the hash");
}

#[wasm_bindgen_test]
fn an_open_answer_opens_with_the_links_key_only() {
    let payload = payload();
    // The codec derives the goals' ids from the content; step proposals name a goal by this id.
    let goal = codec::decode(&payload).expect("decodes").goals[0].id;
    let share_link = link(4);
    let sealed = link::seal_share(&share_link.key, &share_link.id, [3; 24], &payload);
    let body = serde_json::json!({
        "ciphertext": base64url_encode(&sealed),
        "writable": true,
        "expires_at": "2026-11-27T23:00:00Z",
        "updated_at": 1_790_000_000_000_i64,
    })
    .to_string();

    let opened = advisor::open_answer(&share_link, body.as_bytes()).expect("opens");
    assert!(opened.writable);
    assert_eq!(opened.share.goals.len(), 1);
    assert_eq!(
        opened.share.goals[0].id, goal,
        "the id proposals name the goal by"
    );
    assert_eq!(opened.expires_at, Some(1_795_820_400_000));
    assert_eq!(opened.updated_at, Some(1_790_000_000_000));

    // Another link's key (or another share's id) does not open it.
    assert_eq!(
        advisor::open_answer(&link(5), body.as_bytes()),
        Err(AdvisorError::Unreadable)
    );
    let other_id = ShareLink {
        id: [8; 16],
        key: share_link.key,
    };
    assert_eq!(
        advisor::open_answer(&other_id, body.as_bytes()),
        Err(AdvisorError::Unreadable)
    );
    // A body that is not the API's shape is the server's error, not the link's.
    assert_eq!(
        advisor::open_answer(&share_link, b"{\"ciphertext\": \"!!\"}"),
        Err(AdvisorError::Server(200))
    );
}

#[wasm_bindgen_test]
fn a_workspace_answer_lists_ids_and_times() {
    let body = br#"{"shares": [
        {"id": "AABBCCDDEEFF00112233445566778899", "opened_at": "2026-11-20T10:00:00Z", "expires_at": 1795820400000},
        {"id": "00000000000000000000000000000001", "opened_at": null, "expires_at": null}
    ]}"#;
    let shares = advisor::read_workspace(body).expect("reads");
    assert_eq!(shares.len(), 2);
    assert_eq!(
        shares[0].id, "aabbccddeeff00112233445566778899",
        "ids compare in lower case"
    );
    assert_eq!(shares[0].opened_at, Some(1_795_168_800_000));
    assert_eq!(shares[0].expires_at, Some(1_795_820_400_000));
    assert_eq!(shares[1].opened_at, None);
    assert!(advisor::read_workspace(b"[]").is_err());
}
