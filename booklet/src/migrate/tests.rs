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
fn the_everyday_loader_reads_the_current_version_only() {
    let b = load_json(V1).unwrap();
    let json = serde_json::to_string(&b).unwrap();
    assert_eq!(load_current_json(&json).unwrap(), b);
    // An older booklet is the migrating loader's job: the everyday one refuses it rather than misreading it.
    assert!(matches!(load_current_json(V1), Err(LoadError::Malformed { .. })));
    assert!(matches!(
        load_current_json(&json[..json.len() / 2]),
        Err(LoadError::Corrupt { .. })
    ));
    let dangling = json.replacen("\"goals\":[", "\"goals\":[{\"broken\":true},", 1);
    assert!(load_current_json(&dangling).is_err());
}
