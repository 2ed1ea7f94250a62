//! Proptest generators of valid booklets, shared by the property tests of the model and of the share codec.
//! Each test binary uses a different part of them, hence the `dead_code` allowance.
#![allow(dead_code)]

use booklet::catalog::{GoalCode, StepCode};
use booklet::validate::{MAX_DATE, MIN_DATE};
use booklet::*;
use proptest::prelude::*;

pub fn lang() -> impl Strategy<Value = String> {
    prop::sample::select(vec!["de", "ar", "prs", "ti", "uk", "kmr", "und", "sr-Latn"]).prop_map(String::from)
}

pub fn words() -> impl Strategy<Value = String> {
    "[a-zA-Z0-9äöüß\u{0600}-\u{06ff}\u{1200}-\u{137f}]{1,12}( [a-zA-Z0-9.,]{1,8}){0,3}"
}

pub fn text() -> impl Strategy<Value = Text> {
    (words(), lang()).prop_map(|(t, l)| Text::new(t, l))
}

pub fn date() -> impl Strategy<Value = Date> {
    (MIN_DATE.days_since_epoch()..=MAX_DATE.days_since_epoch())
        .prop_map(|d| Date::from_days_since_epoch(d).expect("in range"))
}

pub fn timestamp() -> impl Strategy<Value = Timestamp> {
    (0i64..7_000_000_000_000).prop_map(Timestamp::from_millis)
}

pub fn author() -> impl Strategy<Value = Author> {
    prop_oneof![
        Just(Author::Owner),
        (words(), words()).prop_map(|(name, organisation)| Author::Advisor { name, organisation }),
    ]
}

pub fn meta() -> impl Strategy<Value = Meta> {
    (author(), timestamp(), timestamp()).prop_map(|(added_by, a, b)| Meta {
        added_by,
        added_at: a.min(b),
        updated_at: a.max(b),
    })
}

pub fn step_code() -> impl Strategy<Value = StepCode> {
    prop_oneof![
        prop::sample::select(StepCode::ALL.to_vec()),
        (prop::sample::select(DtzLevel::ALL.to_vec()), 1u8..=9)
            .prop_map(|(level, attempt)| StepCode::DtzResult { level, attempt }),
        prop::sample::select(CourseKind::ALL.to_vec()).prop_map(|kind| StepCode::CourseStarted { kind }),
    ]
}

pub fn step_state() -> impl Strategy<Value = StepState> {
    prop_oneof![
        prop::option::of(date()).prop_map(|date| StepState::Planned { date }),
        date().prop_map(|date| StepState::Done { date }),
    ]
}

pub fn step() -> impl Strategy<Value = Step> {
    let title = prop_oneof![step_code().prop_map(Title::Code), text().prop_map(Title::Free)];
    (title, step_state(), prop::option::of(text()), meta()).prop_map(|(title, state, note, meta)| Step {
        id: Id::from_u128(0),
        title,
        state,
        note,
        meta,
    })
}

pub fn goal() -> impl Strategy<Value = Goal> {
    let head = prop_oneof![
        prop::sample::select(GoalCode::ALL.to_vec()).prop_map(|c| (c.field(), Title::Code(c))),
        (prop::sample::select(FieldOfAction::ALL.to_vec()), text()).prop_map(|(f, t)| (f, Title::Free(t))),
    ];
    let status = prop::sample::select(GoalStatus::ALL.to_vec());
    (
        head,
        status,
        prop::option::of(date()),
        prop::collection::vec(step(), 0..6),
        meta(),
    )
        .prop_map(|((field, title), status, target, steps, meta)| Goal {
            id: Id::from_u128(0),
            field,
            title,
            status,
            target,
            steps,
            meta,
        })
}

pub fn valid_phone() -> impl Strategy<Value = String> {
    prop::sample::select(vec![
        "",
        "+49 5971 939-0",
        "(05971) 12 34",
        "0176/1234567",
        "05971.12 34 5",
    ])
    .prop_map(String::from)
}

pub fn valid_email() -> impl Strategy<Value = String> {
    prop::sample::select(vec!["", "info@vhs.example", "a.b@jobcenter-kreis.de"]).prop_map(String::from)
}

pub fn role() -> impl Strategy<Value = Title<ContactRole>> {
    prop_oneof![
        prop::sample::select(ContactRole::ALL.to_vec()).prop_map(Title::Code),
        text().prop_map(Title::Free)
    ]
}

pub fn purpose() -> impl Strategy<Value = Title<PurposeCode>> {
    prop_oneof![
        prop::sample::select(PurposeCode::ALL.to_vec()).prop_map(Title::Code),
        text().prop_map(Title::Free)
    ]
}

pub fn contact() -> impl Strategy<Value = Contact> {
    (
        words(),
        role(),
        "[a-zA-Z ]{0,10}",
        valid_phone(),
        valid_email(),
        "[a-z0-9 ]{0,20}",
        prop::option::of(text()),
        meta(),
    )
        .prop_map(
            |(organisation, role, person, phone, email, address, note, meta)| Contact {
                id: Id::from_u128(0),
                organisation,
                role,
                person,
                phone,
                email,
                address,
                opening_hours: String::new(),
                note,
                meta,
            },
        )
}

pub fn time() -> impl Strategy<Value = Option<Time>> {
    prop::option::of((0u16..1440).prop_map(|m| Time::from_minutes(m).expect("below 1440")))
}

/// An appointment; `contact` is a selector resolved against the booklet's contacts.
pub fn appointment() -> impl Strategy<Value = (Appointment, Option<usize>)> {
    (
        date(),
        time(),
        "[a-zA-Z0-9 ]{0,12}",
        prop::option::of(0usize..8),
        purpose(),
        prop::option::of(text()),
        meta(),
    )
        .prop_map(|(date, time, place, contact, purpose, bring, meta)| {
            let a = Appointment {
                id: Id::from_u128(0),
                date,
                time,
                place,
                contact: None,
                purpose,
                bring,
                meta,
            };
            (a, contact)
        })
}

pub fn profile() -> impl Strategy<Value = Profile> {
    let skills = prop::collection::btree_map(lang(), prop::sample::select(Cefr::ALL.to_vec()), 0..4);
    let qualification = (
        prop::sample::select(QualificationKind::ALL.to_vec()),
        text(),
        "([A-Z]{2})?",
        prop::sample::select(Recognition::ALL.to_vec()),
    )
        .prop_map(|(kind, title, country, recognition)| Qualification {
            kind,
            title,
            country,
            recognition,
        });
    (
        "[a-zA-Z ]{0,12}",
        lang(),
        skills,
        prop::collection::vec(qualification, 0..3),
        prop::collection::vec(text(), 0..3),
        prop::collection::vec(text(), 0..3),
    )
        .prop_map(
            |(display_name, ui_language, skills, qualifications, work_experience, interests)| Profile {
                display_name,
                ui_language,
                languages: skills
                    .into_iter()
                    .map(|(language, level)| LanguageSkill { language, level })
                    .collect(),
                qualifications,
                work_experience,
                interests,
            },
        )
}

/// A valid booklet: parts generated freely, then ids made unique and contacts resolved.
pub fn booklet() -> impl Strategy<Value = Booklet> {
    (
        any::<u64>(),
        profile(),
        prop::collection::vec(goal(), 0..5),
        prop::collection::vec(contact(), 0..4),
        prop::collection::vec(appointment(), 0..5),
    )
        .prop_map(|(seed, profile, mut goals, mut contacts, appointments)| {
            let mut next = u128::from(seed) << 64;
            let mut fresh = || {
                next += 1;
                Id::from_u128(next)
            };
            for g in &mut goals {
                g.id = fresh();
                for s in &mut g.steps {
                    s.id = fresh();
                }
            }
            for c in &mut contacts {
                c.id = fresh();
            }
            let appointments = appointments
                .into_iter()
                .map(|(mut a, pick)| {
                    a.id = fresh();
                    a.contact = pick.and_then(|i| contacts.get(i)).map(|c| c.id);
                    a
                })
                .collect();
            let mut b = Booklet::new("de");
            b.profile = profile;
            b.goals = goals;
            b.contacts = contacts;
            b.appointments = appointments;
            b
        })
}
