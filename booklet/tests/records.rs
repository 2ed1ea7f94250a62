//! Stored records (`booklet::record`): every valid booklet survives being written record by record and read
//! back in any storage order; damaged or newer records are refused with an error, never a panic.
#![cfg(not(target_arch = "wasm32"))]

use booklet::record::{self, Stored};
use booklet::*;
use proptest::prelude::*;

mod common;
use common::*;

/// Writes every entry as storage does, returns the records in reverse order (storage order is not the
/// user's order), and the profile's record.
fn records(b: &Booklet) -> (Vec<u8>, [Vec<Vec<u8>>; 3]) {
    fn section<T: Stored>(entries: &[T]) -> Vec<Vec<u8>> {
        let mut out: Vec<_> = entries
            .iter()
            .enumerate()
            .map(|(i, e)| e.write_record(i))
            .collect();
        out.reverse();
        out
    }
    (
        record::write_profile(&b.profile),
        [section(&b.goals), section(&b.contacts), section(&b.appointments)],
    )
}

fn read_all<T: Stored>(records: &[Vec<u8>]) -> Result<Vec<(u64, T)>, LoadError> {
    records.iter().map(|r| T::read_record(r)).collect()
}

fn load(profile: &[u8], sections: &[Vec<Vec<u8>>; 3]) -> Result<Booklet, LoadError> {
    record::assemble(
        record::read_profile(profile)?,
        read_all(&sections[0])?,
        read_all(&sections[1])?,
        read_all(&sections[2])?,
    )
}

proptest! {
    #[test]
    fn every_valid_booklet_round_trips(b in booklet()) {
        let (profile, sections) = records(&b);
        prop_assert_eq!(load(&profile, &sections).unwrap(), b);
    }

    #[test]
    fn a_cut_or_extended_record_is_refused(b in booklet(), cut in any::<prop::sample::Index>()) {
        let (profile, sections) = records(&b);
        for record in sections.iter().flatten().chain(std::iter::once(&profile)) {
            let short = &record[..cut.index(record.len())];
            let mut long = record.clone();
            long.push(0);
            for bad in [short, &long[..]] {
                let refused = match sections.iter().position(|s| s.contains(record)) {
                    Some(0) => Goal::read_record(bad).is_err(),
                    Some(1) => Contact::read_record(bad).is_err(),
                    Some(2) => Appointment::read_record(bad).is_err(),
                    _ => record::read_profile(bad).is_err(),
                };
                prop_assert!(refused);
            }
        }
    }

    #[test]
    fn random_bytes_never_panic(bytes in prop::collection::vec(any::<u8>(), 0..200)) {
        let _ = Goal::read_record(&bytes);
        let _ = Contact::read_record(&bytes);
        let _ = Appointment::read_record(&bytes);
        let _ = record::read_profile(&bytes);
    }
}

#[test]
fn a_record_of_a_newer_app_says_so() {
    let mut profile = record::write_profile(&Profile::new("de"));
    profile[0] = record::VERSION + 1;
    assert_eq!(
        record::read_profile(&profile),
        Err(LoadError::NewerVersion {
            found: u32::from(record::VERSION) + 1,
            supported: u32::from(record::VERSION),
        })
    );
}

#[test]
fn records_that_break_the_booklet_rules_are_refused_as_a_whole() {
    let b = Booklet::new("ar");
    let contact = Contact {
        id: Id::from_u128(7),
        organisation: String::new(),
        role: Title::Code(ContactRole::JobcenterPlacement),
        person: String::new(),
        phone: String::new(),
        email: String::new(),
        address: String::new(),
        opening_hours: String::new(),
        note: None,
        meta: Meta::new(Author::Owner, Timestamp::from_millis(1_790_000_000_000)),
    };
    let stored = Contact::read_record(&contact.write_record(0)).unwrap();
    assert!(matches!(
        record::assemble(b.profile.clone(), Vec::new(), vec![stored], Vec::new()),
        Err(LoadError::Invalid(_))
    ));
}
