//! The time before the part that changes the booklet is loaded (the first screen of a first visit): commands
//! run then wait in the write queue and are applied in their turn, in order; a refused one is reported and
//! changes nothing; an empty database is written whole with its first change.
//!
//! Its own test binary, so that nothing has loaded the write part before this test runs.
#![cfg(target_arch = "wasm32")]

use booklet::{Command, ContactFields, ContactRole, Id, Title};
use frontend::services::repo::Repo;
use frontend::services::storage::{DB_NAME, Storage};
use frontend::store::Action;
use std::cell::RefCell;
use std::rc::Rc;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

fn contact(organisation: &str) -> ContactFields {
    ContactFields {
        organisation: organisation.into(),
        role: Title::Code(ContactRole::JobcenterPlacement),
        person: String::new(),
        phone: String::new(),
        email: String::new(),
        address: String::new(),
        opening_hours: String::new(),
        note: None,
    }
}

#[wasm_bindgen_test]
async fn commands_run_before_the_write_part_is_loaded_are_applied_in_order() {
    let _ = rexie::Rexie::delete(DB_NAME).await;
    let seen: Rc<RefCell<Vec<Action>>> = Rc::default();
    let notify = {
        let seen = seen.clone();
        yew::Callback::from(move |action| seen.borrow_mut().push(action))
    };
    let (repo, booklet, _) = Repo::open(notify, "uk").await.expect("opens");
    assert_eq!(booklet.entry_count(), 0);
    assert!(frontend::lazy::writer().is_none(), "nothing loaded the part yet");

    let add = |n: u128, name: &str| Command::AddContact {
        id: Id::from_u128(n),
        contact: contact(name),
    };
    // Queued as they are: nothing to return yet.
    assert_eq!(repo.run(add(1, "Caritas")).expect("queued"), None);
    assert_eq!(
        repo.run(add(2, "")).expect("queued"),
        None,
        "refused only in its turn"
    );
    assert_eq!(repo.run(add(3, "VHS")).expect("queued"), None);
    let ended = |seen: &[Action]| seen.iter().filter(|a| matches!(a, Action::Saved(_))).count();
    for _ in 0..500 {
        if ended(&seen.borrow()) == 2 {
            break;
        }
        gloo_timers::future::TimeoutFuture::new(10).await;
    }
    let seen = seen.borrow().clone();
    assert_eq!(ended(&seen), 2, "the two valid commands are written: {seen:?}");
    assert!(
        seen.iter()
            .any(|a| matches!(a, Action::Rejected("error-organisation-empty"))),
        "the empty organisation is refused: {seen:?}"
    );
    assert!(frontend::lazy::writer().is_some(), "the queue loaded the part");
    let names: Vec<_> = repo
        .latest()
        .contacts
        .iter()
        .map(|c| c.organisation.clone())
        .collect();
    assert_eq!(names, ["Caritas", "VHS"], "in the order they ran");

    // Stored whole, profile and schema with it, though nothing was written when the database was opened.
    let storage = Storage::open().await.expect("a second connection");
    let (stored, _) = storage.load().await.expect("load").expect("a booklet");
    assert_eq!(stored, *repo.latest());
    assert_eq!(stored.profile.ui_language, "uk");
    storage.close();
}
