//! Export/import round trip and each import error.

use super::*;
use crate::command::{Command, Context, GoalFields, apply};
use crate::error::ValidationError;
use crate::id::Id;
use crate::model::Author;
use crate::{GoalCode, LoadError};

fn sample() -> Booklet {
    let ctx = Context {
        now: Timestamp::from_millis(1_709_980_200_000),
        author: Author::Owner,
    };
    let cmd = Command::AddGoal {
        id: Id::from_u128(1),
        goal: GoalFields::from_code(GoalCode::HousingFindApartment),
        steps: vec![],
    };
    apply(&Booklet::new("uk"), cmd, &ctx).unwrap().booklet
}

#[test]
fn round_trip() {
    let b = sample();
    let json = export_json(&b, Timestamp::from_millis(1_709_990_000_000));
    assert!(json.contains(r#""format": "begleitheft-booklet""#));
    assert!(json.contains(r#""version": 2"#));
    assert!(json.contains(r#""exported_at": 1709990000000"#));
    assert_eq!(import_json(&json), Ok(b));
}

#[test]
fn imports_a_v1_booklet_in_an_envelope() {
    let v1 = r#"{"format":"begleitheft-booklet","version":1,"exported_at":0,
        "booklet":{"schema_version":1,"profile":{"ui_language":"de"},
        "goals":[{"id":"00000000000000000000000001","field":"work","title":"Arbeit","status":"open",
        "created_at":0,"steps":[]}]}}"#;
    let b = import_json(v1).unwrap();
    assert_eq!(b.goals.len(), 1);
}

#[test]
fn foreign_json_is_not_a_booklet() {
    for foreign in [
        "[]",
        "42",
        r#"{"hcert": "HC1:..."}"#,
        r#"{"format": "other-app", "version": 2, "booklet": {}}"#,
        r#"{"schema_version": 2, "profile": {"ui_language": "de"}}"#,
    ] {
        assert_eq!(import_json(foreign), Err(ImportError::NotABooklet), "{foreign}");
    }
}

#[test]
fn damaged_files() {
    let json = export_json(&sample(), Timestamp::from_millis(0));
    for cut in [1, json.len() / 3, json.len() - 1] {
        assert!(
            matches!(import_json(&json[..cut]), Err(ImportError::Corrupt { .. })),
            "cut at {cut}"
        );
    }
    assert!(matches!(import_json(""), Err(ImportError::Corrupt { .. })));
    assert!(matches!(
        import_json(&format!("{json}x")),
        Err(ImportError::Corrupt { .. })
    ));
    assert_eq!(
        import_json(&format!("\u{feff}{json}")),
        Ok(sample()),
        "a byte-order mark is tolerated"
    );
}

#[test]
fn newer_version() {
    let json =
        export_json(&sample(), Timestamp::from_millis(0)).replace(r#""version": 2"#, r#""version": 3"#);
    assert_eq!(
        import_json(&json),
        Err(ImportError::NewerVersion {
            found: 3,
            supported: 2
        })
    );
    let inner = export_json(&sample(), Timestamp::from_millis(0))
        .replace(r#""schema_version": 2"#, r#""schema_version": 7"#);
    assert_eq!(
        import_json(&inner),
        Err(ImportError::NewerVersion {
            found: 7,
            supported: 2
        })
    );
}

#[test]
fn malformed_envelopes_and_contents() {
    let m = |s: &str| matches!(import_json(s), Err(ImportError::Malformed { .. }));
    assert!(m(r#"{"format":"begleitheft-booklet"}"#));
    assert!(m(
        r#"{"format":"begleitheft-booklet","version":"2","exported_at":0,"booklet":{}}"#
    ));
    assert!(m(
        r#"{"format":"begleitheft-booklet","version":0,"exported_at":0,"booklet":{}}"#
    ));
    assert!(m(r#"{"format":"begleitheft-booklet","version":2,"booklet":{}}"#));
    assert!(m(
        r#"{"format":"begleitheft-booklet","version":2,"exported_at":0}"#
    ));
    assert!(m(
        r#"{"format":"begleitheft-booklet","version":2,"exported_at":0,"booklet":{"schema_version":2}}"#
    ));
    let bad_date = export_json(&sample(), Timestamp::from_millis(0))
        .replace("\"added_at\"", "\"added_at\": \"x\", \"y\"");
    assert!(m(&bad_date));
}

#[test]
fn invalid_contents() {
    let mut b = sample();
    b.goals.push(b.goals[0].clone());
    let json = export_json(&b, Timestamp::from_millis(0));
    assert_eq!(
        import_json(&json),
        Err(ImportError::Invalid(ValidationError::DuplicateId(Id::from_u128(
            1
        ))))
    );
    let mut b = sample();
    b.profile.ui_language = "no tag".into();
    let e = import_json(&export_json(&b, Timestamp::from_millis(0))).unwrap_err();
    assert_eq!(e.message_id(), "error-language-tag-invalid");
    // Loading the same content without an envelope fails the same way.
    assert!(matches!(load_json_via_serde(&b), Err(LoadError::Invalid(_))));
}

fn load_json_via_serde(b: &Booklet) -> Result<Booklet, LoadError> {
    crate::load_json(&serde_json::to_string(b).unwrap())
}
