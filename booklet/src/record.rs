//! The stored form of the booklet: one binary record per goal (with its steps), contact and appointment, and
//! one for the profile. The app keeps these in IndexedDB (`frontend::services::storage`), one record per
//! entry, so an edit rewrites one small record.
//!
//! ```text
//! record      = version:u8 (1)  varint position  id:16  entry
//! entry       = goal:        goal  count { id:16 step }
//!               contact:     contact
//!               appointment: appointment
//! profile     = version:u8 (1)  profile
//! ```
//! `goal` (without its steps), `step`, `contact`, `appointment` and `profile` are written exactly as sync
//! writes an entry (`sync::replica::encode`), with timestamps and dates relative to 0. Nothing may follow.
//!
//! Why not JSON, as the first versions stored: every start reads every record, and a reader of these fields
//! is a small part of what serde_json with the serde code of every stored type adds to the app's first
//! download. Records such a version wrote are read by [`crate::migrate::load_json_records`], which the app
//! loads only for such a database; the next save rewrites them in this form.

use crate::error::LoadError;
use crate::id::Id;
use crate::model::{Appointment, Booklet, Contact, Goal, Profile, SCHEMA_VERSION};
use crate::sync::replica::SyncError;
use crate::sync::replica::bytes::{Reader, Writer};
use crate::sync::replica::encode::{EntryReader, EntryWriter};
use crate::validate::validate;

/// The version byte of every record this build writes and reads.
pub const VERSION: u8 = 1;

/// An entry kept as a record of its own: goals, contacts and appointments.
pub trait Stored: Sized {
    /// The record of this entry at `position` in its section.
    fn write_record(&self, position: usize) -> Vec<u8>;

    /// Reads a record back: its position and the entry. Damaged bytes are [`LoadError::Malformed`], a record
    /// of a newer app [`LoadError::NewerVersion`].
    fn read_record(bytes: &[u8]) -> Result<(u64, Self), LoadError>;
}

impl Stored for Goal {
    fn write_record(&self, position: usize) -> Vec<u8> {
        let mut w = head(position, self.id);
        let mut e = EntryWriter { w: &mut w, millis: 0 };
        e.goal(self);
        e.w.varint(self.steps.len() as u64);
        for step in &self.steps {
            e.w.id(step.id);
            e.step(step);
        }
        w.buf
    }

    fn read_record(bytes: &[u8]) -> Result<(u64, Self), LoadError> {
        read(bytes, |e, id| {
            let mut goal = e.goal(id)?;
            let n = e.r.count()?;
            goal.steps.reserve_exact(n);
            for _ in 0..n {
                let id = e.r.id()?;
                goal.steps.push(e.step(id)?);
            }
            Ok(goal)
        })
    }
}

impl Stored for Contact {
    fn write_record(&self, position: usize) -> Vec<u8> {
        let mut w = head(position, self.id);
        EntryWriter { w: &mut w, millis: 0 }.contact(self);
        w.buf
    }

    fn read_record(bytes: &[u8]) -> Result<(u64, Self), LoadError> {
        read(bytes, |e, id| e.contact(id))
    }
}

impl Stored for Appointment {
    fn write_record(&self, position: usize) -> Vec<u8> {
        let mut w = head(position, self.id);
        EntryWriter { w: &mut w, millis: 0 }.appointment(self);
        w.buf
    }

    fn read_record(bytes: &[u8]) -> Result<(u64, Self), LoadError> {
        read(bytes, |e, id| e.appointment(id))
    }
}

/// The profile's record.
pub fn write_profile(profile: &Profile) -> Vec<u8> {
    let mut w = Writer::default();
    w.u8(VERSION);
    EntryWriter { w: &mut w, millis: 0 }.profile(profile);
    w.buf
}

/// Reads the profile's record back.
pub fn read_profile(bytes: &[u8]) -> Result<Profile, LoadError> {
    let mut r = Reader::new(bytes);
    version(&mut r)?;
    let profile = EntryReader { r: &mut r, millis: 0 }.profile().map_err(damaged)?;
    r.finish().map_err(damaged)?;
    Ok(profile)
}

/// Puts the records read back together, each section in the order of its positions, and validates the whole:
/// a booklet from storage is held to the same rules as one from a command or an import.
pub fn assemble(
    profile: Profile,
    mut goals: Vec<(u64, Goal)>,
    mut contacts: Vec<(u64, Contact)>,
    mut appointments: Vec<(u64, Appointment)>,
) -> Result<Booklet, LoadError> {
    goals.sort_by_key(|(position, _)| *position);
    contacts.sort_by_key(|(position, _)| *position);
    appointments.sort_by_key(|(position, _)| *position);
    let booklet = Booklet {
        schema_version: SCHEMA_VERSION,
        profile,
        goals: goals.into_iter().map(|(_, g)| g).collect(),
        contacts: contacts.into_iter().map(|(_, c)| c).collect(),
        appointments: appointments.into_iter().map(|(_, a)| a).collect(),
    };
    validate(&booklet)?;
    Ok(booklet)
}

/// The version byte, position and id every entry record starts with.
fn head(position: usize, id: Id) -> Writer {
    let mut w = Writer::default();
    w.u8(VERSION);
    w.varint(position as u64);
    w.id(id);
    w
}

/// Reads the head, the entry with `entry`, and checks that nothing follows.
fn read<T>(
    bytes: &[u8],
    entry: impl FnOnce(&mut EntryReader<'_, '_>, Id) -> Result<T, SyncError>,
) -> Result<(u64, T), LoadError> {
    let mut r = Reader::new(bytes);
    version(&mut r)?;
    let position = r.varint().map_err(damaged)?;
    let id = r.id().map_err(damaged)?;
    let value = entry(&mut EntryReader { r: &mut r, millis: 0 }, id).map_err(damaged)?;
    r.finish().map_err(damaged)?;
    Ok((position, value))
}

fn version(r: &mut Reader<'_>) -> Result<(), LoadError> {
    match r.u8().map_err(damaged)? {
        VERSION => Ok(()),
        v if v > VERSION => Err(LoadError::NewerVersion {
            found: u32::from(v),
            supported: u32::from(VERSION),
        }),
        _ => Err(damaged(SyncError::Damaged)),
    }
}

/// The entry readers report sync's error; in storage the same fault is a malformed record.
fn damaged(_: SyncError) -> LoadError {
    LoadError::Malformed {
        detail: "a stored record is cut off or damaged".to_owned(),
    }
}
