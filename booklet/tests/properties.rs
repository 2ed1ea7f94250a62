//! Property tests: arbitrary valid booklets survive serde and export/import unchanged; arbitrary command
//! sequences never panic and always leave a valid booklet; dates round-trip over the whole range.
#![cfg(not(target_arch = "wasm32"))]

use booklet::catalog::GoalCode;
use booklet::validate::validate;
use booklet::*;
use proptest::prelude::*;

mod common;
use common::*;

fn any_phone() -> impl Strategy<Value = String> {
    prop_oneof![valid_phone(), Just("ruf an".to_owned()), Just("1".to_owned())]
}

fn any_email() -> impl Strategy<Value = String> {
    prop_oneof![
        valid_email(),
        Just("kein@mail".to_owned()),
        Just("@x.de".to_owned())
    ]
}

/// A command template; `pick` selectors choose an existing entry (modulo the list length), or an unknown id
/// when the list is empty or the selector is large.
#[derive(Clone, Debug)]
enum Op {
    AddGoal(u8, Option<GoalCode>, Text, bool),
    EditGoal(usize, Option<Date>),
    Status(usize, GoalStatus),
    DeleteGoal(usize, bool),
    MoveGoal(usize, usize),
    AddStep(usize, Step, bool),
    Complete(usize, usize, Date),
    Reopen(usize, usize),
    DeleteStep(usize, usize, bool),
    MoveStep(usize, usize, usize),
    AddContact(u8, String, String, String),
    DeleteContact(usize, bool),
    MoveContact(usize, usize),
    AddAppointment(u8, Date, Option<usize>),
    DeleteAppointment(usize, bool),
    Profile(Profile),
}

fn op() -> impl Strategy<Value = Op> {
    prop_oneof![
        (
            any::<u8>(),
            prop::option::of(prop::sample::select(GoalCode::ALL.to_vec())),
            text(),
            any::<bool>()
        )
            .prop_map(|(n, c, t, steps)| Op::AddGoal(n, c, t, steps)),
        (0usize..8, prop::option::of(date())).prop_map(|(i, d)| Op::EditGoal(i, d)),
        (0usize..8, prop::sample::select(GoalStatus::ALL.to_vec())).prop_map(|(i, s)| Op::Status(i, s)),
        (0usize..8, any::<bool>()).prop_map(|(i, u)| Op::DeleteGoal(i, u)),
        (0usize..8, 0usize..8).prop_map(|(i, j)| Op::MoveGoal(i, j)),
        (0usize..8, step(), any::<bool>()).prop_map(|(i, s, dup)| Op::AddStep(i, s, dup)),
        (0usize..8, 0usize..8, date()).prop_map(|(i, j, d)| Op::Complete(i, j, d)),
        (0usize..8, 0usize..8).prop_map(|(i, j)| Op::Reopen(i, j)),
        (0usize..8, 0usize..8, any::<bool>()).prop_map(|(i, j, u)| Op::DeleteStep(i, j, u)),
        (0usize..8, 0usize..8, 0usize..8).prop_map(|(i, j, k)| Op::MoveStep(i, j, k)),
        (
            any::<u8>(),
            prop_oneof![words(), Just(" ".to_owned())],
            any_phone(),
            any_email()
        )
            .prop_map(|(n, o, p, e)| Op::AddContact(n, o, p, e)),
        (0usize..8, any::<bool>()).prop_map(|(i, u)| Op::DeleteContact(i, u)),
        (0usize..8, 0usize..8).prop_map(|(i, j)| Op::MoveContact(i, j)),
        (any::<u8>(), date(), prop::option::of(0usize..8)).prop_map(|(n, d, c)| Op::AddAppointment(n, d, c)),
        (0usize..8, any::<bool>()).prop_map(|(i, u)| Op::DeleteAppointment(i, u)),
        profile().prop_map(Op::Profile),
    ]
}

const UNKNOWN: Id = Id::from_u128(u128::MAX);

fn pick<T>(list: &[T], i: usize, id: impl Fn(&T) -> Id) -> Id {
    if list.is_empty() || i >= 6 {
        UNKNOWN
    } else {
        id(&list[i % list.len()])
    }
}

fn to_command(b: &Booklet, op: Op) -> (Command, bool) {
    let goal = |i| pick(&b.goals, i, |g| g.id);
    let step = |i: usize, j: usize| {
        b.goals
            .get(i % b.goals.len().max(1))
            .map_or(UNKNOWN, |g| pick(&g.steps, j, |s| s.id))
    };
    // Small id space on purpose, so duplicates happen.
    let small = |n: u8| Id::from_u128(u128::from(n) + 1);
    match op {
        Op::AddGoal(n, code, t, with_steps) => {
            let fields = code.map_or(
                GoalFields {
                    field: FieldOfAction::Everyday,
                    title: Title::Free(t),
                    target: None,
                },
                GoalFields::from_code,
            );
            let steps = match (code, with_steps) {
                (Some(c), true) => c
                    .typical_steps()
                    .iter()
                    .enumerate()
                    .map(|(k, s)| NewStep {
                        id: Id::from_u128(1000 + u128::from(n) * 20 + k as u128),
                        fields: StepFields::planned(*s),
                    })
                    .collect(),
                _ => Vec::new(),
            };
            (
                Command::AddGoal {
                    id: small(n),
                    goal: fields,
                    steps,
                },
                false,
            )
        }
        Op::EditGoal(i, target) => {
            let old = b.goals.get(i % b.goals.len().max(1));
            let fields = old.map_or(GoalFields::from_code(GoalCode::WorkFindJob), |g| GoalFields {
                field: g.field,
                title: g.title.clone(),
                target,
            });
            (
                Command::EditGoal {
                    id: goal(i),
                    goal: fields,
                },
                false,
            )
        }
        Op::Status(i, status) => (Command::SetGoalStatus { id: goal(i), status }, false),
        Op::DeleteGoal(i, undo) => (Command::DeleteGoal { id: goal(i) }, undo),
        Op::MoveGoal(i, j) => (
            Command::MoveGoal {
                id: goal(i),
                to_index: j,
            },
            false,
        ),
        Op::AddStep(i, s, dup) => {
            let id = if dup {
                small(i as u8)
            } else {
                Id::from_u128(5000 + u128::from(s.meta.added_at.millis() as u64 % 1000))
            };
            let fields = StepFields {
                title: s.title,
                done: s.state.date().is_some(),
                date: s.state.date(),
                note: s.note,
            };
            (
                Command::AddStep {
                    goal: goal(i),
                    id,
                    step: fields,
                },
                false,
            )
        }
        Op::Complete(i, j, date) => (
            Command::CompleteStep {
                goal: goal(i),
                id: step(i, j),
                date,
            },
            false,
        ),
        Op::Reopen(i, j) => (
            Command::ReopenStep {
                goal: goal(i),
                id: step(i, j),
            },
            false,
        ),
        Op::DeleteStep(i, j, undo) => (
            Command::DeleteStep {
                goal: goal(i),
                id: step(i, j),
            },
            undo,
        ),
        Op::MoveStep(i, j, k) => (
            Command::MoveStep {
                goal: goal(i),
                id: step(i, j),
                to_index: k,
            },
            false,
        ),
        Op::AddContact(n, organisation, phone, email) => (
            Command::AddContact {
                id: small(n),
                contact: ContactFields {
                    organisation,
                    role: Title::Code(ContactRole::CourseProvider),
                    person: String::new(),
                    phone,
                    email,
                    address: String::new(),
                    opening_hours: String::new(),
                    note: None,
                },
            },
            false,
        ),
        Op::DeleteContact(i, undo) => (
            Command::DeleteContact {
                id: pick(&b.contacts, i, |c| c.id),
            },
            undo,
        ),
        Op::MoveContact(i, j) => (
            Command::MoveContact {
                id: pick(&b.contacts, i, |c| c.id),
                to_index: j,
            },
            false,
        ),
        Op::AddAppointment(n, date, contact) => (
            Command::AddAppointment {
                id: small(n),
                appointment: AppointmentFields {
                    date,
                    time: None,
                    place: String::new(),
                    contact: contact.map(|c| pick(&b.contacts, c, |c| c.id)),
                    purpose: Title::Code(PurposeCode::Counselling),
                    bring: None,
                },
            },
            false,
        ),
        Op::DeleteAppointment(i, undo) => (
            Command::DeleteAppointment {
                id: pick(&b.appointments, i, |a| a.id),
            },
            undo,
        ),
        Op::Profile(profile) => (Command::EditProfile { profile }, false),
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(128))]

    #[test]
    fn generated_booklets_are_valid_and_round_trip(b in booklet(), at in timestamp()) {
        prop_assert_eq!(validate(&b), Ok(()));
        let json = serde_json::to_string(&b).unwrap();
        prop_assert_eq!(serde_json::from_str::<Booklet>(&json).unwrap(), b.clone());
        prop_assert_eq!(load_json(&json).unwrap(), b.clone());
        prop_assert_eq!(import_json(&export_json(&b, at)).unwrap(), b);
    }

    #[test]
    fn truncated_exports_never_import(b in booklet(), cut in 0.0f64..1.0) {
        let json = export_json(&b, Timestamp::from_millis(0));
        let mut at = ((json.len() as f64) * cut) as usize;
        while !json.is_char_boundary(at) {
            at -= 1;
        }
        prop_assert!(import_json(&json[..at]).is_err());
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]

    #[test]
    fn command_sequences_keep_the_booklet_valid(start in booklet(), ops in prop::collection::vec(op(), 1..40)) {
        let ctx = Context { now: Timestamp::from_millis(1_709_980_200_000), author: Author::Owner };
        let mut b = start;
        for op in ops {
            let (cmd, undo) = to_command(&b, op);
            match apply(&b, cmd, &ctx) {
                Ok(applied) => {
                    prop_assert_eq!(validate(&applied.booklet), Ok(()));
                    match applied.removed {
                        Some(removed) if undo => {
                            let is_contact = matches!(removed, Removed::Contact { .. });
                            let back = apply(&applied.booklet, removed.undo(), &ctx).unwrap().booklet;
                            if is_contact {
                                prop_assert_eq!(&back.contacts, &b.contacts);
                            } else {
                                prop_assert_eq!(&back, &b);
                            }
                            b = back;
                        }
                        _ => b = applied.booklet,
                    }
                }
                Err(e) => prop_assert!(!e.message_id().is_empty()),
            }
        }
        prop_assert_eq!(validate(&b), Ok(()));
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    #[test]
    fn dates_round_trip(y in 0i32..=9999, m in 1u8..=12, d in 1u8..=31) {
        if let Some(date) = Date::from_ymd(y, m, d) {
            prop_assert_eq!(date.ymd(), (y, m, d));
            prop_assert_eq!(date.to_string().parse::<Date>(), Ok(date));
            if let Some(next) = date.add_days(1) {
                prop_assert_eq!(next.weekday(), (date.weekday() + 1) % 7);
                prop_assert!(next > date);
            }
        } else {
            prop_assert!(d > 28, "only impossible days of month are refused");
        }
    }

    #[test]
    fn day_numbers_round_trip(days in Date::MIN.days_since_epoch()..=Date::MAX.days_since_epoch()) {
        let date = Date::from_days_since_epoch(days).unwrap();
        let (y, m, d) = date.ymd();
        prop_assert_eq!(Date::from_ymd(y, m, d), Some(date));
        prop_assert_eq!(Timestamp::start_of(date).date(), date);
    }
}
