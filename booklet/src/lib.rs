//! The Begleitheft domain: the booklet a migrant keeps of their integration path.
//!
//! This crate is pure: it performs no I/O, reads no clock and draws no random numbers. The caller passes the
//! current time ([`Timestamp`]) and fresh ids ([`Id::from_bytes`] over random bytes), so every function here is
//! deterministic and testable natively, and the crate builds for `wasm32-unknown-unknown`.
//!
//! # Layout
//!
//! - [`id`], [`time`]: the basic value types — 128-bit [`Id`], [`Date`] (a day number), [`Time`] (minutes of
//!   the day) and [`Timestamp`] (milliseconds since the Unix epoch).
//! - [`model`]: the [`Booklet`] itself — profile, goals with steps, contacts, appointments — and the read-only
//!   queries the UI needs (progress, next appointment, look-ups).
//! - [`catalog`]: the language-neutral catalogue. Typical goals, steps, contact roles and appointment purposes
//!   are stored as codes with a stable small integer and shown through a Fluent message id, so every reader
//!   sees them in their own language.
//! - [`validate`]: the invariants every booklet satisfies, with the limits they use.
//! - [`command`]: the only way the app changes a booklet: [`Command`] applied by the pure [`apply`].
//! - [`migrate`]: reading stored JSON of any older schema version and lifting it to [`SCHEMA_VERSION`].
//! - [`record`]: the stored form — one binary record per entry, as IndexedDB holds them.
//! - [`export`]: the versioned export file, and an import that validates everything before it returns.
//! - [`codec`]: the offline share: chosen entries packed into a QR-ready payload and read back.
//! - [`link`]: link shares (see `SHARES.md`) — the `#BHL1:` link with a share's id and key, the seals of the
//!   shared entries and of an advisor's proposals, and [`link::Proposal`], accepted as an ordinary command.
//! - [`sync`]: backup and multi-device sync — merge rules, keys, sealing, wire format (see `SYNC.md`).
//! - [`error`]: the typed errors; each carries a Fluent message id, never English text.
//!
//! **Architecture invariant:** every booklet that leaves a public function of this crate (by [`apply`],
//! [`load_json`] or [`import_json`]) passes [`validate::validate`].

#[macro_use]
mod macros;

pub mod catalog;
pub mod codec;
pub mod command;
pub mod error;
pub mod export;
pub mod id;
pub mod link;
pub mod migrate;
pub mod model;
pub mod record;
pub mod sync;
pub mod time;
pub mod validate;

pub use catalog::{
    Arg, Cefr, ContactRole, CourseKind, DtzLevel, FieldOfAction, GoalCode, GoalStatus, PurposeCode,
    QualificationKind, Recognition, StepCode,
};
pub use codec::{
    DecodeError, EncodeError, ForeignKind, ScanError, Scanned, Selection, Share, decode, encode, fragment,
    read_scanned, read_scanned_any,
};
pub use command::{
    Applied, AppointmentFields, Command, ContactFields, Context, GoalFields, NewStep, Removed, StepFields,
    apply,
};
pub use error::{CommandError, Field, ImportError, LoadError, ParseError, ValidationError};
pub use export::{EXPORT_FORMAT, export_json, import_json};
pub use id::Id;
pub use link::{LinkError, Proposal, ShareLink, SharedGoal};
pub use migrate::{load_json, load_json_records};
pub use model::{
    Appointment, Author, Booklet, Contact, Goal, LanguageSkill, Meta, Profile, Qualification, SCHEMA_VERSION,
    Step, StepState, Text, Title,
};
pub use time::{Date, Time, Timestamp};
