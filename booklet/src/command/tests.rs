//! One test per command: the success case, then each way it can be refused.

use super::*;
use crate::catalog::{Cefr, DtzLevel, QualificationKind, Recognition};
use crate::error::Field;
use crate::model::{LanguageSkill, Qualification};

const NOW: i64 = 1_709_980_200_000; // 2024-03-09T10:30:00Z

fn ctx() -> Context {
    Context {
        now: Timestamp::from_millis(NOW),
        author: Author::Owner,
    }
}

fn advisor() -> Context {
    Context {
        now: Timestamp::from_millis(NOW + 1000),
        author: Author::Advisor {
            name: "Frau K.".into(),
            organisation: "Jobcenter".into(),
        },
    }
}

fn id(n: u128) -> Id {
    Id::from_u128(n)
}

fn date(s: &str) -> Date {
    s.parse().unwrap()
}

fn de(s: &str) -> Text {
    Text::new(s, "de")
}

fn ok(b: &Booklet, cmd: Command) -> Booklet {
    apply(b, cmd, &ctx()).unwrap().booklet
}

fn err(b: &Booklet, cmd: Command) -> CommandError {
    apply(b, cmd, &ctx()).unwrap_err()
}

fn invalid(e: ValidationError) -> CommandError {
    CommandError::Invalid(e)
}

fn contact_fields(org: &str) -> ContactFields {
    ContactFields {
        organisation: org.into(),
        role: Title::Code(ContactRole::JobcenterPlacement),
        person: String::new(),
        phone: "+49 5971 123-0".into(),
        email: "info@jobcenter.example".into(),
        address: String::new(),
        opening_hours: "Mo–Fr 8–12".into(),
        note: None,
    }
}

fn appointment_fields(contact: Option<Id>) -> AppointmentFields {
    AppointmentFields {
        date: date("2024-03-12"),
        time: Some("09:30".parse().unwrap()),
        place: "Raum 101".into(),
        contact,
        purpose: Title::Code(PurposeCode::Counselling),
        bring: Some(de("Pass, Berechtigungsschein")),
    }
}

/// A booklet with goal 1 (steps 2, 3), goal 4 (no steps), contact 10 and appointment 20 with contact 10.
fn sample() -> Booklet {
    let b = Booklet::new("ar");
    let b = ok(
        &b,
        Command::AddGoal {
            id: id(1),
            goal: GoalFields::from_code(GoalCode::LanguageIntegrationCourse),
            steps: vec![
                NewStep {
                    id: id(2),
                    fields: StepFields::planned(StepCode::EntitlementCertificate),
                },
                NewStep {
                    id: id(3),
                    fields: StepFields::planned(StepCode::CourseRegistered),
                },
            ],
        },
    );
    let b = ok(
        &b,
        Command::AddGoal {
            id: id(4),
            goal: GoalFields {
                field: FieldOfAction::Everyday,
                title: Title::Free(Text::new("دراجة", "ar")),
                target: None,
            },
            steps: vec![],
        },
    );
    let b = ok(
        &b,
        Command::AddContact {
            id: id(10),
            contact: contact_fields("Jobcenter Rheine"),
        },
    );
    ok(
        &b,
        Command::AddAppointment {
            id: id(20),
            appointment: appointment_fields(Some(id(10))),
        },
    )
}

#[test]
fn add_goal_with_typical_steps() {
    let code = GoalCode::LanguageIntegrationCourse;
    let steps = code
        .typical_steps()
        .iter()
        .enumerate()
        .map(|(i, s)| NewStep {
            id: id(100 + i as u128),
            fields: StepFields::planned(*s),
        })
        .collect();
    let b = apply(
        &Booklet::new("de"),
        Command::AddGoal {
            id: id(1),
            goal: GoalFields::from_code(code),
            steps,
        },
        &advisor(),
    )
    .unwrap()
    .booklet;
    let goal = b.find_goal(id(1)).unwrap();
    assert_eq!(goal.steps.len(), code.typical_steps().len());
    assert_eq!(goal.status, GoalStatus::Open);
    assert_eq!(goal.progress(), (0, code.typical_steps().len()));
    assert_eq!(goal.meta.added_by, advisor().author);
    assert_eq!(goal.steps[0].meta.added_at, Timestamp::from_millis(NOW + 1000));
}

#[test]
fn add_goal_refusals() {
    let b = sample();
    let free = |t: &str, lang: &str| GoalFields {
        field: FieldOfAction::Work,
        title: Title::Free(Text::new(t, lang)),
        target: None,
    };
    let add = |goal| Command::AddGoal {
        id: id(50),
        goal,
        steps: vec![],
    };
    assert_eq!(
        err(&b, add(free("  ", "de"))),
        invalid(ValidationError::TitleEmpty)
    );
    assert_eq!(
        err(&b, add(free(&"x".repeat(201), "de"))),
        invalid(ValidationError::TooLong {
            field: Field::Title,
            max: 200
        })
    );
    assert_eq!(
        err(&b, add(free("Arbeit", "de_DE"))),
        invalid(ValidationError::InvalidLanguageTag { field: Field::Title })
    );
    let mismatch = GoalFields {
        field: FieldOfAction::Health,
        ..GoalFields::from_code(GoalCode::WorkFindJob)
    };
    assert_eq!(
        err(&b, add(mismatch)),
        invalid(ValidationError::GoalFieldMismatch)
    );
    let far = GoalFields {
        target: Some(date("2300-01-01")),
        ..free("Arbeit", "de")
    };
    assert_eq!(
        err(&b, add(far)),
        invalid(ValidationError::DateOutOfRange {
            field: Field::TargetDate
        })
    );
    let dup = Command::AddGoal {
        id: id(10),
        goal: free("Arbeit", "de"),
        steps: vec![],
    };
    assert_eq!(err(&b, dup), invalid(ValidationError::DuplicateId(id(10))));
    let dup_step = Command::AddGoal {
        id: id(50),
        goal: free("Arbeit", "de"),
        steps: vec![NewStep {
            id: id(2),
            fields: StepFields::planned(StepCode::Profiling),
        }],
    };
    assert_eq!(err(&b, dup_step), invalid(ValidationError::DuplicateId(id(2))));
    let bad_params = Command::AddGoal {
        id: id(50),
        goal: free("Arbeit", "de"),
        steps: vec![NewStep {
            id: id(51),
            fields: StepFields::planned(StepCode::DtzResult {
                level: DtzLevel::B1,
                attempt: 0,
            }),
        }],
    };
    assert_eq!(err(&b, bad_params), invalid(ValidationError::StepParamsInvalid));
}

#[test]
fn edit_goal_and_status() {
    let b = sample();
    let fields = GoalFields {
        target: Some(date("2024-12-31")),
        ..GoalFields::from_code(GoalCode::LanguageJobCourse)
    };
    let later = Context {
        now: Timestamp::from_millis(NOW + 5),
        author: Author::Owner,
    };
    let b2 = apply(
        &b,
        Command::EditGoal {
            id: id(1),
            goal: fields,
        },
        &later,
    )
    .unwrap()
    .booklet;
    let g = b2.find_goal(id(1)).unwrap();
    assert_eq!(g.title, Title::Code(GoalCode::LanguageJobCourse));
    assert_eq!(g.target, Some(date("2024-12-31")));
    assert_eq!(g.steps.len(), 2, "editing keeps the steps");
    assert_eq!(g.meta.updated_at, Timestamp::from_millis(NOW + 5));
    assert_eq!(g.meta.added_at, Timestamp::from_millis(NOW));

    let b3 = ok(
        &b2,
        Command::SetGoalStatus {
            id: id(1),
            status: GoalStatus::Achieved,
        },
    );
    assert_eq!(b3.find_goal(id(1)).unwrap().status, GoalStatus::Achieved);

    assert_eq!(
        err(
            &b,
            Command::EditGoal {
                id: id(99),
                goal: GoalFields::from_code(GoalCode::WorkFindJob)
            }
        ),
        CommandError::UnknownGoal(id(99))
    );
    assert_eq!(
        err(
            &b,
            Command::SetGoalStatus {
                id: id(99),
                status: GoalStatus::Dropped
            }
        ),
        CommandError::UnknownGoal(id(99))
    );
}

#[test]
fn delete_goal_and_undo() {
    let b = sample();
    let applied = apply(&b, Command::DeleteGoal { id: id(1) }, &ctx()).unwrap();
    assert!(applied.booklet.find_goal(id(1)).is_none());
    let removed = applied.removed.unwrap();
    assert!(matches!(&removed, Removed::Goal { index: 0, goal } if goal.steps.len() == 2));
    let restored = ok(&applied.booklet, removed.undo());
    assert_eq!(restored, b);

    assert_eq!(
        err(&b, Command::DeleteGoal { id: id(99) }),
        CommandError::UnknownGoal(id(99))
    );
    let goal = b.goals[0].clone();
    assert_eq!(
        err(
            &applied.booklet,
            Command::RestoreGoal {
                index: 2,
                goal: goal.clone()
            }
        ),
        CommandError::IndexOutOfRange { index: 2, len: 1 }
    );
    // Restoring while the goal still exists would duplicate its id.
    assert_eq!(
        err(&b, Command::RestoreGoal { index: 0, goal }),
        invalid(ValidationError::DuplicateId(id(1)))
    );
}

#[test]
fn move_goal() {
    let b = sample();
    let moved = ok(
        &b,
        Command::MoveGoal {
            id: id(1),
            to_index: 1,
        },
    );
    assert_eq!(
        moved.goals.iter().map(|g| g.id).collect::<Vec<_>>(),
        vec![id(4), id(1)]
    );
    let back = ok(
        &moved,
        Command::MoveGoal {
            id: id(1),
            to_index: 0,
        },
    );
    assert_eq!(back, b);
    assert_eq!(
        err(
            &b,
            Command::MoveGoal {
                id: id(1),
                to_index: 2
            }
        ),
        CommandError::IndexOutOfRange { index: 2, len: 2 }
    );
    assert_eq!(
        err(
            &b,
            Command::MoveGoal {
                id: id(9),
                to_index: 0
            }
        ),
        CommandError::UnknownGoal(id(9))
    );
}

#[test]
fn add_step() {
    let b = sample();
    let fields = StepFields {
        title: Title::Code(StepCode::DtzResult {
            level: DtzLevel::A2,
            attempt: 2,
        }),
        done: true,
        date: Some(date("2024-03-01")),
        note: Some(de("  ")),
    };
    let b2 = ok(
        &b,
        Command::AddStep {
            goal: id(1),
            id: id(30),
            step: fields.clone(),
        },
    );
    let s = b2.find_goal(id(1)).unwrap().find_step(id(30)).unwrap();
    assert_eq!(
        s.state,
        StepState::Done {
            date: date("2024-03-01")
        }
    );
    assert_eq!(s.note, None, "a blank note is dropped");
    assert_eq!(b2.find_goal(id(1)).unwrap().progress(), (1, 3));

    assert_eq!(
        err(
            &b,
            Command::AddStep {
                goal: id(99),
                id: id(30),
                step: fields.clone()
            }
        ),
        CommandError::UnknownGoal(id(99))
    );
    let no_date = StepFields {
        date: None,
        ..fields.clone()
    };
    assert_eq!(
        err(
            &b,
            Command::AddStep {
                goal: id(1),
                id: id(30),
                step: no_date
            }
        ),
        invalid(ValidationError::StepDoneWithoutDate)
    );
    let future = StepFields {
        date: Some(date("2024-03-11")),
        ..fields.clone()
    };
    assert_eq!(
        err(
            &b,
            Command::AddStep {
                goal: id(1),
                id: id(30),
                step: future
            }
        ),
        CommandError::DoneDateInFuture
    );
    let tomorrow = StepFields {
        date: Some(date("2024-03-10")),
        ..fields.clone()
    };
    assert!(
        apply(
            &b,
            Command::AddStep {
                goal: id(1),
                id: id(30),
                step: tomorrow
            },
            &ctx()
        )
        .is_ok()
    );
    let planned_future = StepFields {
        done: false,
        date: Some(date("2025-01-01")),
        ..fields.clone()
    };
    assert!(
        apply(
            &b,
            Command::AddStep {
                goal: id(1),
                id: id(30),
                step: planned_future
            },
            &ctx()
        )
        .is_ok()
    );
    let long_note = StepFields {
        note: Some(de(&"n".repeat(2001))),
        ..fields.clone()
    };
    assert_eq!(
        err(
            &b,
            Command::AddStep {
                goal: id(1),
                id: id(30),
                step: long_note
            }
        ),
        invalid(ValidationError::TooLong {
            field: Field::Note,
            max: 2000
        })
    );
    let native = StepFields::planned(StepCode::JobLanguageCourseStarted { level: Cefr::Native });
    assert_eq!(
        err(
            &b,
            Command::AddStep {
                goal: id(1),
                id: id(30),
                step: native
            }
        ),
        invalid(ValidationError::StepParamsInvalid)
    );
    assert_eq!(
        err(
            &b,
            Command::AddStep {
                goal: id(1),
                id: id(20),
                step: fields
            }
        ),
        invalid(ValidationError::DuplicateId(id(20)))
    );
}

#[test]
fn edit_complete_reopen_step() {
    let b = sample();
    let fields = StepFields {
        title: Title::Free(de("Termin beim Kursträger")),
        done: false,
        date: Some(date("2024-04-02")),
        note: Some(de(" mit Dolmetscher ")),
    };
    let b2 = ok(
        &b,
        Command::EditStep {
            goal: id(1),
            id: id(3),
            step: fields.clone(),
        },
    );
    let s = b2.find_step(id(3)).unwrap().1;
    assert_eq!(s.title, Title::Free(de("Termin beim Kursträger")));
    assert_eq!(s.note, Some(de("mit Dolmetscher")), "text is trimmed");
    assert_eq!(
        s.state,
        StepState::Planned {
            date: Some(date("2024-04-02"))
        }
    );

    let b3 = ok(
        &b2,
        Command::CompleteStep {
            goal: id(1),
            id: id(3),
            date: date("2024-03-08"),
        },
    );
    assert!(b3.find_step(id(3)).unwrap().1.is_done());
    let b4 = ok(
        &b3,
        Command::ReopenStep {
            goal: id(1),
            id: id(3),
        },
    );
    assert_eq!(
        b4.find_step(id(3)).unwrap().1.state,
        StepState::Planned { date: None }
    );

    assert_eq!(
        err(
            &b,
            Command::CompleteStep {
                goal: id(1),
                id: id(3),
                date: date("2024-04-01")
            }
        ),
        CommandError::DoneDateInFuture
    );
    assert_eq!(
        err(
            &b,
            Command::CompleteStep {
                goal: id(1),
                id: id(3),
                date: date("1899-12-31")
            }
        ),
        invalid(ValidationError::DateOutOfRange {
            field: Field::StepDate
        })
    );
    assert_eq!(
        err(
            &b,
            Command::EditStep {
                goal: id(1),
                id: id(99),
                step: fields.clone()
            }
        ),
        CommandError::UnknownStep(id(99))
    );
    assert_eq!(
        err(
            &b,
            Command::EditStep {
                goal: id(4),
                id: id(3),
                step: fields.clone()
            }
        ),
        CommandError::UnknownStep(id(3)),
        "the step belongs to another goal"
    );
    let done_no_date = StepFields {
        done: true,
        date: None,
        ..fields
    };
    assert_eq!(
        err(
            &b,
            Command::EditStep {
                goal: id(1),
                id: id(3),
                step: done_no_date
            }
        ),
        invalid(ValidationError::StepDoneWithoutDate)
    );
    assert_eq!(
        err(
            &b,
            Command::ReopenStep {
                goal: id(1),
                id: id(99)
            }
        ),
        CommandError::UnknownStep(id(99))
    );
}

#[test]
fn delete_move_restore_step() {
    let b = sample();
    let applied = apply(
        &b,
        Command::DeleteStep {
            goal: id(1),
            id: id(2),
        },
        &ctx(),
    )
    .unwrap();
    assert_eq!(applied.booklet.find_goal(id(1)).unwrap().steps.len(), 1);
    let removed = applied.removed.unwrap();
    assert!(matches!(&removed, Removed::Step { goal, index: 0, .. } if *goal == id(1)));
    assert_eq!(ok(&applied.booklet, removed.undo()), b);
    assert_eq!(
        err(
            &b,
            Command::DeleteStep {
                goal: id(1),
                id: id(99)
            }
        ),
        CommandError::UnknownStep(id(99))
    );

    let moved = ok(
        &b,
        Command::MoveStep {
            goal: id(1),
            id: id(2),
            to_index: 1,
        },
    );
    let order: Vec<_> = moved
        .find_goal(id(1))
        .unwrap()
        .steps
        .iter()
        .map(|s| s.id)
        .collect();
    assert_eq!(order, vec![id(3), id(2)]);
    assert_eq!(
        err(
            &b,
            Command::MoveStep {
                goal: id(1),
                id: id(2),
                to_index: 5
            }
        ),
        CommandError::IndexOutOfRange { index: 5, len: 2 }
    );
    let step = b.goals[0].steps[0].clone();
    assert_eq!(
        err(
            &b,
            Command::RestoreStep {
                goal: id(99),
                index: 0,
                step
            }
        ),
        CommandError::UnknownGoal(id(99))
    );
}

#[test]
fn add_and_edit_contact() {
    let b = sample();
    let c = ok(
        &b,
        Command::AddContact {
            id: id(11),
            contact: contact_fields("  VHS Rheine "),
        },
    );
    assert_eq!(c.find_contact(id(11)).unwrap().organisation, "VHS Rheine");

    let add = |f: ContactFields| Command::AddContact {
        id: id(11),
        contact: f,
    };
    assert_eq!(
        err(&b, add(contact_fields(" "))),
        invalid(ValidationError::OrganisationEmpty)
    );
    assert_eq!(
        err(
            &b,
            add(ContactFields {
                email: "info@jobcenter".into(),
                ..contact_fields("JC")
            })
        ),
        invalid(ValidationError::InvalidEmail)
    );
    assert_eq!(
        err(
            &b,
            add(ContactFields {
                phone: "call me".into(),
                ..contact_fields("JC")
            })
        ),
        invalid(ValidationError::InvalidPhone)
    );
    assert_eq!(
        err(
            &b,
            add(ContactFields {
                role: Title::Free(de("")),
                ..contact_fields("JC")
            })
        ),
        invalid(ValidationError::TextEmpty { field: Field::Role })
    );
    assert_eq!(
        err(
            &b,
            add(ContactFields {
                address: "a".repeat(501),
                ..contact_fields("JC")
            })
        ),
        invalid(ValidationError::TooLong {
            field: Field::Address,
            max: 500
        })
    );

    let edited = ok(
        &b,
        Command::EditContact {
            id: id(10),
            contact: contact_fields("Jobcenter Kreis Steinfurt"),
        },
    );
    assert_eq!(
        edited.find_contact(id(10)).unwrap().organisation,
        "Jobcenter Kreis Steinfurt"
    );
    assert_eq!(
        err(
            &b,
            Command::EditContact {
                id: id(99),
                contact: contact_fields("X")
            }
        ),
        CommandError::UnknownContact(id(99))
    );
}

#[test]
fn delete_contact_unlinks_appointments_and_undo_relinks() {
    let b = sample();
    let applied = apply(&b, Command::DeleteContact { id: id(10) }, &ctx()).unwrap();
    assert_eq!(applied.booklet.find_appointment(id(20)).unwrap().contact, None);
    let removed = applied.removed.unwrap();
    assert!(matches!(&removed, Removed::Contact { index: 0, unlinked, .. } if unlinked == &vec![id(20)]));
    let restored = ok(&applied.booklet, removed.undo());
    assert_eq!(restored.contacts, b.contacts);
    assert_eq!(restored.find_appointment(id(20)).unwrap().contact, Some(id(10)));
    assert_eq!(
        err(&b, Command::DeleteContact { id: id(99) }),
        CommandError::UnknownContact(id(99))
    );
}

#[test]
fn move_contact() {
    let b = ok(
        &sample(),
        Command::AddContact {
            id: id(11),
            contact: contact_fields("VHS"),
        },
    );
    let moved = ok(
        &b,
        Command::MoveContact {
            id: id(11),
            to_index: 0,
        },
    );
    assert_eq!(moved.contacts[0].id, id(11));
    assert_eq!(
        err(
            &b,
            Command::MoveContact {
                id: id(11),
                to_index: 2
            }
        ),
        CommandError::IndexOutOfRange { index: 2, len: 2 }
    );
    assert_eq!(
        err(
            &b,
            Command::MoveContact {
                id: id(12),
                to_index: 0
            }
        ),
        CommandError::UnknownContact(id(12))
    );
}

#[test]
fn appointments() {
    let b = sample();
    let add = |f: AppointmentFields| Command::AddAppointment {
        id: id(21),
        appointment: f,
    };
    let b2 = ok(&b, add(appointment_fields(None)));
    assert_eq!(b2.appointments.len(), 2);
    assert_eq!(
        err(&b, add(appointment_fields(Some(id(99))))),
        invalid(ValidationError::UnknownContact(id(99)))
    );
    assert_eq!(
        err(
            &b,
            add(AppointmentFields {
                date: date("2200-01-01"),
                ..appointment_fields(None)
            })
        ),
        invalid(ValidationError::DateOutOfRange {
            field: Field::AppointmentDate
        })
    );
    assert_eq!(
        err(
            &b,
            add(AppointmentFields {
                purpose: Title::Free(de(" ")),
                ..appointment_fields(None)
            })
        ),
        invalid(ValidationError::TextEmpty {
            field: Field::Purpose
        })
    );
    assert_eq!(
        err(
            &b,
            Command::AddAppointment {
                id: id(1),
                appointment: appointment_fields(None)
            }
        ),
        invalid(ValidationError::DuplicateId(id(1)))
    );

    let edited = ok(
        &b,
        Command::EditAppointment {
            id: id(20),
            appointment: AppointmentFields {
                time: None,
                ..appointment_fields(None)
            },
        },
    );
    let a = edited.find_appointment(id(20)).unwrap();
    assert_eq!((a.time, a.contact), (None, None));
    assert_eq!(
        err(
            &b,
            Command::EditAppointment {
                id: id(99),
                appointment: appointment_fields(None)
            }
        ),
        CommandError::UnknownAppointment(id(99))
    );

    let applied = apply(&b, Command::DeleteAppointment { id: id(20) }, &ctx()).unwrap();
    assert!(applied.booklet.appointments.is_empty());
    assert_eq!(ok(&applied.booklet, applied.removed.unwrap().undo()), b);
    assert_eq!(
        err(&b, Command::DeleteAppointment { id: id(99) }),
        CommandError::UnknownAppointment(id(99))
    );
    // Restoring an appointment whose contact is gone is refused.
    let gone = ok(&b, Command::DeleteContact { id: id(10) });
    let gone = ok(&gone, Command::DeleteAppointment { id: id(20) });
    let old = b.appointments[0].clone();
    assert_eq!(
        err(
            &gone,
            Command::RestoreAppointment {
                index: 0,
                appointment: old
            }
        ),
        invalid(ValidationError::UnknownContact(id(10)))
    );
}

#[test]
fn edit_profile() {
    let b = sample();
    let mut p = Profile::new("ar");
    p.display_name = " Amina ".into();
    p.languages = vec![
        LanguageSkill {
            language: "ar".into(),
            level: Cefr::Native,
        },
        LanguageSkill {
            language: "de".into(),
            level: Cefr::A2,
        },
    ];
    p.qualifications = vec![Qualification {
        kind: QualificationKind::Vocational,
        title: Text::new("ممرضة", "ar"),
        country: "sy".into(),
        recognition: Recognition::Applied,
    }];
    p.work_experience = vec![Text::new("Pflege, 5 Jahre", "de")];
    let b2 = ok(&b, Command::EditProfile { profile: p.clone() });
    assert_eq!(b2.profile.display_name, "Amina");
    assert_eq!(b2.profile.qualifications[0].country, "SY");

    let mut dup = p.clone();
    dup.languages.push(LanguageSkill {
        language: "AR".into(),
        level: Cefr::B1,
    });
    assert_eq!(
        err(&b, Command::EditProfile { profile: dup }),
        invalid(ValidationError::DuplicateLanguage)
    );
    let mut country = p.clone();
    country.qualifications[0].country = "SYR".into();
    assert_eq!(
        err(&b, Command::EditProfile { profile: country }),
        invalid(ValidationError::InvalidCountry)
    );
    let mut ui = p.clone();
    ui.ui_language = String::new();
    assert_eq!(
        err(&b, Command::EditProfile { profile: ui }),
        invalid(ValidationError::InvalidLanguageTag {
            field: Field::UiLanguage
        })
    );
    let mut blank = p;
    blank.interests = vec![de(" ")];
    assert_eq!(
        err(&b, Command::EditProfile { profile: blank }),
        invalid(ValidationError::TextEmpty {
            field: Field::Interest
        })
    );
}

#[test]
fn bad_context_is_refused() {
    let b = sample();
    let past = Context {
        now: Timestamp::from_millis(-3_000_000_000_000),
        author: Author::Owner,
    };
    let cmd = Command::AddContact {
        id: id(11),
        contact: contact_fields("VHS"),
    };
    assert_eq!(
        apply(&b, cmd.clone(), &past).unwrap_err(),
        invalid(ValidationError::TimestampOutOfRange)
    );
    let nobody = Context {
        now: Timestamp::from_millis(NOW),
        author: Author::Advisor {
            name: " ".into(),
            organisation: String::new(),
        },
    };
    assert_eq!(
        apply(&b, cmd, &nobody).unwrap_err(),
        invalid(ValidationError::TextEmpty {
            field: Field::AuthorName
        })
    );
}

#[test]
fn too_many_entries_is_refused() {
    let mut b = Booklet::new("de");
    for n in 0..crate::validate::MAX_CONTACTS {
        b = ok(
            &b,
            Command::AddContact {
                id: id(1000 + n as u128),
                contact: contact_fields("X"),
            },
        );
    }
    assert_eq!(
        err(
            &b,
            Command::AddContact {
                id: id(1),
                contact: contact_fields("X")
            }
        ),
        invalid(ValidationError::TooMany {
            field: Field::Contacts,
            max: crate::validate::MAX_CONTACTS
        })
    );
}
