//! Property tests of the offline share codec: for arbitrary valid booklets and arbitrary selections of their
//! entries, `decode(encode(..))` gives exactly the chosen entries, in the booklet's order, with the documented
//! reductions (regenerated ids, meta cut to days, links to unshared contacts dropped) — directly and through
//! the fragment text, a whole URL and lower case. Damaged, truncated and random input gives typed errors.
#![cfg(not(target_arch = "wasm32"))]

use std::collections::HashSet;

use booklet::catalog::{GoalCode, StepCode};
use booklet::codec::{self, DecodeError, ScanError, Selection, Share};
use booklet::validate::{MAX_DATE, MIN_DATE, validate};
use booklet::*;
use proptest::prelude::*;

// Generators copied from `properties.rs` (integration tests cannot share modules without a folder).
fn lang() -> impl Strategy<Value = String> {
    prop::sample::select(vec!["de", "ar", "prs", "ti", "uk", "kmr", "und", "sr-Latn"]).prop_map(String::from)
}

fn words() -> impl Strategy<Value = String> {
    "[a-zA-Z0-9äöüß\u{0600}-\u{06ff}\u{1200}-\u{137f}]{1,12}( [a-zA-Z0-9.,]{1,8}){0,3}"
}

fn text() -> impl Strategy<Value = Text> {
    (words(), lang()).prop_map(|(t, l)| Text::new(t, l))
}

fn date() -> impl Strategy<Value = Date> {
    (MIN_DATE.days_since_epoch()..=MAX_DATE.days_since_epoch())
        .prop_map(|d| Date::from_days_since_epoch(d).expect("in range"))
}

fn timestamp() -> impl Strategy<Value = Timestamp> {
    (0i64..7_000_000_000_000).prop_map(Timestamp::from_millis)
}

fn author() -> impl Strategy<Value = Author> {
    prop_oneof![
        Just(Author::Owner),
        (words(), words()).prop_map(|(name, organisation)| Author::Advisor { name, organisation }),
    ]
}

fn meta() -> impl Strategy<Value = Meta> {
    (author(), timestamp(), timestamp()).prop_map(|(added_by, a, b)| Meta {
        added_by,
        added_at: a.min(b),
        updated_at: a.max(b),
    })
}

fn step_code() -> impl Strategy<Value = StepCode> {
    prop_oneof![
        prop::sample::select(StepCode::ALL.to_vec()),
        (prop::sample::select(DtzLevel::ALL.to_vec()), 1u8..=9)
            .prop_map(|(level, attempt)| StepCode::DtzResult { level, attempt }),
        prop::sample::select(CourseKind::ALL.to_vec()).prop_map(|kind| StepCode::CourseStarted { kind }),
    ]
}

fn step_state() -> impl Strategy<Value = StepState> {
    prop_oneof![
        prop::option::of(date()).prop_map(|date| StepState::Planned { date }),
        date().prop_map(|date| StepState::Done { date }),
    ]
}

fn step() -> impl Strategy<Value = Step> {
    let title = prop_oneof![step_code().prop_map(Title::Code), text().prop_map(Title::Free)];
    (title, step_state(), prop::option::of(text()), meta()).prop_map(|(title, state, note, meta)| Step {
        id: Id::from_u128(0),
        title,
        state,
        note,
        meta,
    })
}

fn goal() -> impl Strategy<Value = Goal> {
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

fn valid_phone() -> impl Strategy<Value = String> {
    prop::sample::select(vec![
        "",
        "+49 5971 939-0",
        "(05971) 12 34",
        "0176/1234567",
        "05971.12 34 5",
    ])
    .prop_map(String::from)
}

fn valid_email() -> impl Strategy<Value = String> {
    prop::sample::select(vec!["", "info@vhs.example", "a.b@jobcenter-kreis.de"]).prop_map(String::from)
}

fn role() -> impl Strategy<Value = Title<ContactRole>> {
    prop_oneof![
        prop::sample::select(ContactRole::ALL.to_vec()).prop_map(Title::Code),
        text().prop_map(Title::Free)
    ]
}

fn purpose() -> impl Strategy<Value = Title<PurposeCode>> {
    prop_oneof![
        prop::sample::select(PurposeCode::ALL.to_vec()).prop_map(Title::Code),
        text().prop_map(Title::Free)
    ]
}

fn contact() -> impl Strategy<Value = Contact> {
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

fn time() -> impl Strategy<Value = Option<Time>> {
    prop::option::of((0u16..1440).prop_map(|m| Time::from_minutes(m).expect("below 1440")))
}

/// An appointment; `contact` is a selector resolved against the booklet's contacts.
fn appointment() -> impl Strategy<Value = (Appointment, Option<usize>)> {
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

fn profile() -> impl Strategy<Value = Profile> {
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
fn booklet() -> impl Strategy<Value = Booklet> {
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

/// A booklet, a selection of its entries (shuffled, with repeats) and issue/expiry days.
fn shared() -> impl Strategy<Value = (Booklet, Selection, Date, Date)> {
    (
        booklet(),
        prop::collection::vec(any::<bool>(), 8),
        prop::collection::vec(any::<bool>(), 8),
        prop::collection::vec(any::<bool>(), 8),
        0i32..(65_535 - 90),
        0i32..=codec::MAX_DAYS,
        any::<bool>(),
    )
        .prop_flat_map(|(b, g, c, a, issued, days, repeat)| {
            let pick = |mask: &[bool], ids: Vec<Id>| -> Vec<Id> {
                let mut out: Vec<Id> = ids
                    .into_iter()
                    .zip(mask)
                    .filter(|(_, m)| **m)
                    .map(|(i, _)| i)
                    .collect();
                if repeat && let Some(first) = out.first().copied() {
                    out.push(first);
                }
                out
            };
            let selection = Selection {
                goals: pick(&g, b.goals.iter().map(|x| x.id).collect()),
                contacts: pick(&c, b.contacts.iter().map(|x| x.id).collect()),
                appointments: pick(&a, b.appointments.iter().map(|x| x.id).collect()),
            };
            let issued = codec::EPOCH.add_days(issued).expect("in range");
            let expires = issued.add_days(days).expect("in range");
            (
                Just(b),
                (
                    Just(selection.goals).prop_shuffle(),
                    Just(selection.contacts).prop_shuffle(),
                    Just(selection.appointments).prop_shuffle(),
                ),
                Just(issued),
                Just(expires),
            )
        })
        .prop_map(|(b, (goals, contacts, appointments), issued, expires)| {
            (
                b,
                Selection {
                    goals,
                    contacts,
                    appointments,
                },
                issued,
                expires,
            )
        })
}

/// What the reader must see, built from the booklet independently of the codec: the chosen entries in the
/// booklet's order, ids taken from the share (they are regenerated), meta cut to days, contact links kept only
/// to shared contacts.
fn expected(b: &Booklet, sel: &Selection, share: &Share) -> Share {
    let chosen = |ids: &[Id], id: Id| ids.contains(&id);
    let reduce = |m: &Meta| Meta {
        added_by: m.added_by.clone(),
        added_at: Timestamp::start_of(m.added_at.date()),
        updated_at: Timestamp::start_of(m.updated_at.date()),
    };
    let goals: Vec<Goal> = b
        .goals
        .iter()
        .filter(|g| chosen(&sel.goals, g.id))
        .cloned()
        .collect();
    let contacts: Vec<Contact> = b
        .contacts
        .iter()
        .filter(|c| chosen(&sel.contacts, c.id))
        .cloned()
        .collect();
    let appointments: Vec<Appointment> = b
        .appointments
        .iter()
        .filter(|a| chosen(&sel.appointments, a.id))
        .cloned()
        .collect();
    let id_at = |list: Vec<Id>, i: usize| list.get(i).copied().unwrap_or(Id::from_u128(u128::MAX));
    Share {
        issued: share.issued,
        expires: share.expires,
        goals: goals
            .into_iter()
            .enumerate()
            .map(|(i, mut g)| {
                let got = share.goals.get(i);
                g.id = id_at(share.goals.iter().map(|g| g.id).collect(), i);
                g.meta = reduce(&g.meta);
                for (j, s) in g.steps.iter_mut().enumerate() {
                    s.id = id_at(
                        got.map(|g| g.steps.iter().map(|s| s.id).collect())
                            .unwrap_or_default(),
                        j,
                    );
                    s.meta = reduce(&s.meta);
                }
                g
            })
            .collect(),
        appointments: appointments
            .into_iter()
            .enumerate()
            .map(|(i, mut a)| {
                a.id = id_at(share.appointments.iter().map(|a| a.id).collect(), i);
                a.meta = reduce(&a.meta);
                a.contact = a
                    .contact
                    .and_then(|c| contacts.iter().position(|x| x.id == c))
                    .map(|k| id_at(share.contacts.iter().map(|c| c.id).collect(), k));
                a
            })
            .collect(),
        contacts: contacts
            .iter()
            .enumerate()
            .map(|(i, c)| {
                let mut c = c.clone();
                c.id = id_at(share.contacts.iter().map(|c| c.id).collect(), i);
                c.meta = reduce(&c.meta);
                c
            })
            .collect(),
    }
}

fn all_ids(share: &Share) -> Vec<Id> {
    let mut ids = Vec::new();
    for g in &share.goals {
        ids.push(g.id);
        ids.extend(g.steps.iter().map(|s| s.id));
    }
    ids.extend(share.contacts.iter().map(|c| c.id));
    ids.extend(share.appointments.iter().map(|a| a.id));
    ids
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    #[test]
    fn encode_then_decode_gives_the_chosen_entries((b, sel, issued, expires) in shared()) {
        prop_assert_eq!(validate(&b), Ok(()));
        let payload = match codec::encode(&b, &sel, issued, expires) {
            Err(codec::EncodeError::EmptySelection) => {
                prop_assert!(sel.is_empty());
                return Ok(());
            }
            other => other.unwrap(),
        };
        let share = codec::decode(&payload).unwrap();
        prop_assert_eq!(&share, &expected(&b, &sel, &share));
        prop_assert_eq!((share.issued, share.expires), (issued, expires));
        let ids = all_ids(&share);
        prop_assert_eq!(ids.iter().collect::<HashSet<_>>().len(), ids.len(), "ids are unique");
        prop_assert_eq!(codec::decode(&payload).unwrap(), share.clone(), "decoding is deterministic");

        let fragment = codec::fragment(&payload);
        prop_assert!(fragment.bytes().skip(4).all(|c| codec::ALPHABET.contains(&c)));
        prop_assert_eq!(codec::read_scanned(&fragment, issued), Ok(share.clone()));
        prop_assert_eq!(codec::read_scanned(&fragment, expires), Ok(share.clone()));
        let url = format!("https://begleitheft.example/#{fragment}");
        prop_assert_eq!(codec::read_scanned(&url, issued), Ok(share.clone()));
        prop_assert_eq!(codec::read_scanned(&url.to_lowercase(), issued), Ok(share.clone()));
        prop_assert_eq!(
            codec::read_scanned(&fragment, expires.add_days(1).unwrap()),
            Err(ScanError::Expired { expires })
        );
    }

    #[test]
    fn any_changed_byte_or_cut_is_refused((b, sel, issued, expires) in shared(), at in any::<prop::sample::Index>(), mask in 1u8..=255) {
        let Ok(payload) = codec::encode(&b, &sel, issued, expires) else { return Ok(()) };
        let i = at.index(payload.len());
        let mut bad = payload.clone();
        bad[i] ^= mask;
        prop_assert_eq!(codec::decode(&bad), Err(DecodeError::Damaged));
        prop_assert_eq!(codec::decode(&payload[..i]), Err(DecodeError::Truncated));
        let text = codec::to_text(&payload);
        let cut = at.index(text.len());
        let result = codec::read_scanned(&format!("BH1:{}", &text[..cut]), issued);
        prop_assert!(
            matches!(result, Err(ScanError::Decode(DecodeError::Truncated | DecodeError::Damaged))),
            "{:?}", result
        );
    }

    #[test]
    fn random_input_never_panics(bytes in prop::collection::vec(any::<u8>(), 0..600), text in ".{0,300}") {
        let _ = codec::decode(&bytes);
        let today = codec::EPOCH;
        prop_assert!(codec::read_scanned(&text, today).is_err() || text.to_uppercase().contains("BH1:"));
        let _ = codec::read_scanned(&format!("BH1:{text}"), today);
        let _ = codec::read_scanned(&format!("BH1:{}", codec::to_text(&bytes)), today);
    }
}
