//! Property tests of the offline share codec: for arbitrary valid booklets and arbitrary selections of their
//! entries, `decode(encode(..))` gives exactly the chosen entries, in the booklet's order, with the documented
//! reductions (regenerated ids, meta cut to days, links to unshared contacts dropped) — directly and through
//! the fragment text, a whole URL and lower case. Damaged, truncated and random input gives typed errors.
#![cfg(not(target_arch = "wasm32"))]

use std::collections::HashSet;

use booklet::codec::{self, DecodeError, ScanError, Selection, Share};
use booklet::validate::validate;
use booklet::*;
use proptest::prelude::*;

mod common;
use common::*;

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
