//! Loading current and v1 data, and each way loading can fail.

use super::*;
use crate::catalog::{Cefr, ContactRole, FieldOfAction, GoalStatus};
use crate::error::ValidationError;
use crate::id::Id;
use crate::model::{Author, StepState, Text, Title};
use crate::time::{Date, Timestamp};

/// A booklet as the v1 pilot stored it.
const V1: &str = r#"{
  "schema_version": 1,
  "profile": {
    "display_name": "Amina",
    "ui_language": "ar",
    "languages": [{"language": "ar", "level": "native"}, {"language": "de", "level": "a2"}],
    "qualifications": [{"kind": "vocational", "title": "Krankenpflege", "country": "SY", "recognition": "applied"}],
    "work_experience": ["Krankenhaus Aleppo, 5 Jahre", "  "],
    "interests": ["Nähen"]
  },
  "goals": [{
    "id": "01hq3v8k6m0000000000000001",
    "field": "language",
    "title": "Integrationskurs",
    "status": "open",
    "target": "2024-12-31",
    "created_at": 1700000000000,
    "steps": [
      {"id": "01hq3v8k6m0000000000000002", "title": "Berechtigungsschein", "done": true, "date": "2023-11-20",
       "note": "vom Jobcenter", "created_at": 1700000000000,
       "author": {"name": "Frau K.", "organisation": "Jobcenter"}},
      {"id": "01hq3v8k6m0000000000000003", "title": "Einstufungstest", "done": true, "note": "",
       "created_at": 1700600000000},
      {"id": "01hq3v8k6m0000000000000004", "title": "Kursbeginn", "done": false, "date": "2024-01-08",
       "created_at": 1700600000000}
    ]
  }],
  "contacts": [
    {"id": "01hq3v8k6m0000000000000010", "organisation": "VHS Rheine", "role": "Kursträger",
     "phone": "05971 123", "created_at": 1700000000000},
    {"id": "01hq3v8k6m0000000000000011", "organisation": "Nachbarin", "created_at": 1700000000000}
  ],
  "appointments": [
    {"id": "01hq3v8k6m0000000000000020", "date": "2024-01-08", "time": "08:30", "place": "Raum 4",
     "contact": "01hq3v8k6m0000000000000010", "purpose": "Kursbeginn", "bring": "Berechtigungsschein",
     "created_at": 1700600000000}
  ]
}"#;

fn id(s: &str) -> Id {
    s.parse().unwrap()
}

fn und(s: &str) -> Text {
    Text::new(s, "und")
}

#[test]
fn migrates_the_v1_fixture() {
    let b = load_json(V1).unwrap();
    assert_eq!(b.schema_version, SCHEMA_VERSION);
    assert_eq!(b.profile.display_name, "Amina");
    assert_eq!(b.profile.languages[1].level, Cefr::A2);
    assert_eq!(b.profile.qualifications[0].title, und("Krankenpflege"));
    assert_eq!(
        b.profile.work_experience,
        vec![und("Krankenhaus Aleppo, 5 Jahre")],
        "blank entries dropped"
    );

    let goal = &b.goals[0];
    assert_eq!(goal.field, FieldOfAction::Language);
    assert_eq!(goal.title, Title::Free(und("Integrationskurs")));
    assert_eq!(goal.status, GoalStatus::Open);
    assert_eq!(goal.meta.added_by, Author::Owner);
    assert_eq!(goal.meta.updated_at, Timestamp::from_millis(1_700_000_000_000));

    let [s1, s2, s3] = &goal.steps[..] else {
        panic!("three steps")
    };
    assert_eq!(
        s1.state,
        StepState::Done {
            date: "2023-11-20".parse().unwrap()
        }
    );
    assert_eq!(s1.note, Some(und("vom Jobcenter")));
    assert_eq!(
        s1.meta.added_by,
        Author::Advisor {
            name: "Frau K.".into(),
            organisation: "Jobcenter".into()
        }
    );
    // Done without a date: the creation day is the only date there is.
    assert_eq!(
        s2.state,
        StepState::Done {
            date: Timestamp::from_millis(1_700_600_000_000).date()
        }
    );
    assert_eq!(s2.note, None);
    assert_eq!(
        s3.state,
        StepState::Planned {
            date: Some("2024-01-08".parse::<Date>().unwrap())
        }
    );
    assert_eq!(goal.progress(), (2, 3));

    assert_eq!(b.contacts[0].role, Title::Free(und("Kursträger")));
    assert_eq!(b.contacts[1].role, Title::Code(ContactRole::Other));
    let a = &b.appointments[0];
    assert_eq!(a.contact, Some(id("01hq3v8k6m0000000000000010")));
    assert_eq!(a.purpose, Title::Free(und("Kursbeginn")));
    assert_eq!(a.time.map(|t| t.to_string()), Some("08:30".into()));
}

#[test]
fn current_version_round_trips() {
    let b = load_json(V1).unwrap();
    let json = serde_json::to_string(&b).unwrap();
    assert_eq!(load_json(&json).unwrap(), b);
}

#[test]
fn v1_that_breaks_an_invariant_is_rejected() {
    let dangling = V1.replace(
        r#""contact": "01hq3v8k6m0000000000000010""#,
        r#""contact": "01hq3v8k6m0000000000000099""#,
    );
    assert_eq!(
        load_json(&dangling),
        Err(LoadError::Invalid(ValidationError::UnknownContact(id(
            "01hq3v8k6m0000000000000099"
        ))))
    );
}

#[test]
fn load_errors() {
    assert!(matches!(
        load_json(&V1[..V1.len() / 2]),
        Err(LoadError::Corrupt { .. })
    ));
    assert!(matches!(
        load_json("not json"),
        Err(LoadError::Corrupt { line: 1, .. })
    ));
    assert!(matches!(load_json("{}"), Err(LoadError::Malformed { .. })));
    assert!(matches!(
        load_json(r#"{"schema_version": 0}"#),
        Err(LoadError::Malformed { .. })
    ));
    assert!(matches!(
        load_json(r#"{"schema_version": 2, "goals": 5}"#),
        Err(LoadError::Malformed { .. })
    ));
    assert!(matches!(
        load_json(r#"{"schema_version": 1, "profile": {}}"#),
        Err(LoadError::Malformed { .. })
    ));
    assert_eq!(
        load_json(r#"{"schema_version": 3, "anything": true}"#),
        Err(LoadError::NewerVersion {
            found: 3,
            supported: 2
        })
    );
    assert_eq!(
        load_json(r#"{"schema_version": 99999999999}"#),
        Err(LoadError::NewerVersion {
            found: u32::MAX,
            supported: 2
        })
    );
}

#[test]
fn records_stored_as_json_are_put_in_order_and_migrated() {
    let b = load_json(V1).unwrap();
    let record = |pos: usize, entry: String| format!(r#"{{"pos":{pos},"entry":{entry}}}"#);
    // The current schema, records stored in reverse order: positions decide, not storage order.
    let goals: Vec<String> = b
        .goals
        .iter()
        .enumerate()
        .rev()
        .map(|(i, g)| record(i, json(g)))
        .collect();
    let contacts: Vec<String> = b
        .contacts
        .iter()
        .enumerate()
        .map(|(i, c)| record(i, json(c)))
        .collect();
    let appointments: Vec<String> = b
        .appointments
        .iter()
        .enumerate()
        .map(|(i, a)| record(i, json(a)))
        .collect();
    let profile = serde_json::to_string(&b.profile).unwrap();
    assert_eq!(
        load_json_records(SCHEMA_VERSION, &profile, [&goals, &contacts, &appointments]).unwrap(),
        b
    );
    // v1 records are migrated like a whole v1 booklet.
    let v1: serde_json::Value = serde_json::from_str(V1).unwrap();
    let section = |name: &str| -> Vec<String> {
        v1[name]
            .as_array()
            .unwrap()
            .iter()
            .enumerate()
            .map(|(i, e)| record(i, e.to_string()))
            .collect()
    };
    let migrated = load_json_records(
        1,
        &v1["profile"].to_string(),
        [&section("goals"), &section("contacts"), &section("appointments")],
    )
    .unwrap();
    assert_eq!(migrated, b);
    // A record cut off is corrupt; one of the wrong shape malformed; nothing panics.
    let cut = vec![goals[0][..goals[0].len() / 2].to_owned()];
    assert!(matches!(
        load_json_records(SCHEMA_VERSION, &profile, [&cut, &[], &[]]),
        Err(LoadError::Corrupt { .. })
    ));
    let shapeless = vec![r#"{"pos":0}"#.to_owned()];
    assert!(matches!(
        load_json_records(SCHEMA_VERSION, &profile, [&shapeless, &[], &[]]),
        Err(LoadError::Malformed { .. })
    ));
    assert!(matches!(
        load_json_records(SCHEMA_VERSION + 1, &profile, [&[], &[], &[]]),
        Err(LoadError::NewerVersion { .. })
    ));
}

/// Any stored entry as JSON text.
fn json<T: serde::Serialize>(entry: &T) -> String {
    serde_json::to_string(entry).unwrap()
}
