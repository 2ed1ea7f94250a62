//! The offline share: chosen entries of a booklet packed into a QR code, with no server involved.
//!
//! The owner picks goals (each with all its steps), contacts and appointments ([`Selection`]); [`encode`]
//! packs them with an issue and an expiry day into a compact, versioned binary payload; [`fragment`] writes it
//! as `BH1:` + text in a 43-character alphabet that fits QR alphanumeric mode and survives a URL fragment
//! ([`to_text`]); the QR holds the app's URL with that fragment. A reader's camera opens the URL and the app
//! calls [`read_scanned`], which checks the context tag, the frame, the version and the expiry and returns the
//! read-only [`Share`] — or a typed error ([`ScanError`]) for anything else, never a panic.
//!
//! # Payload, format version 1
//!
//! ```text
//! payload = version:u8  len:u16be  !len:u16be  content[len]  crc32:u32be
//! content = flags:u8  issued:u16be  expires:u16be  body      (body deflated when flags bit 0 is set)
//! ```
//!
//! - The **frame** (version byte, length with its bitwise complement, trailing CRC-32 over everything before
//!   it) is the same in every version, so an old reader tells a newer share ([`DecodeError::UnknownVersion`])
//!   from a damaged one. The length is stored twice so that no single misread text group can turn a damaged
//!   payload into a "truncated" one: a shorter payload than the (agreeing) length says is
//!   [`DecodeError::Truncated`], every other mismatch [`DecodeError::Damaged`].
//! - The CRC-32 catches every error burst up to 32 bits, i.e. any change within two neighbouring text groups;
//!   a single flipped character therefore always gives `Damaged`, never a different share. It is a checksum
//!   against misreads and casual edits, not a signature: anyone can write a valid share.
//! - **Days** are `u16` days since [`EPOCH`] (2020-01-01), good until 2199-06-06. A share is valid through its
//!   expiry day, which lies 0 to [`MAX_DAYS`] days after the issue day.
//! - **Flags**: bit 0 = body is raw DEFLATE (RFC 1951, miniz_oxide at level [`DEFLATE_LEVEL`]) against the
//!   preset [`DICTIONARY`]; the encoder sets it only when that makes the body shorter. Other bits are zero.
//! - The **body** (see `body.rs` for the grammar) writes catalogue codes as LEB128 varints of their stable
//!   numbers (`code()`; a step's code as a zigzag delta from the previous step code, which starts at its
//!   goal's code, and its parameters as `packed_params()`), dates as zigzag varints of days relative to the
//!   previous date written (the first to the issue day), free text as UTF-8 with its language (one byte for
//!   the 14 app locales and `und`, else the tag written out), phone numbers as 4-bit symbols, optional fields
//!   behind presence bits, and each distinct advisor author once. String bytes follow the numbers in one
//!   column, so DEFLATE and its dictionary see the text in one piece.
//!
//! # What a share keeps, and what it reduces
//!
//! A decoded share equals the chosen entries, in the booklet's order, with three documented reductions:
//!
//! 1. **Ids are regenerated.** 16 bytes per entry would cost ~780 bytes for a typical share, more than the
//!    whole rest. The viewer is read-only and never merges a share into a booklet, so the payload carries no
//!    ids; [`decode`] derives them from a 64-bit hash of the share's content plus the entry's kind and
//!    position. They are unique within a share and stable (the same share always gives the same ids), but they
//!    are not the owner's ids.
//! 2. **Timestamps are cut to the day** ([`reduce_meta`]): `added_at` and `updated_at` become the start of
//!    their UTC day. `added_by` (owner, or the advisor's name and organisation) is kept in full.
//! 3. **Appointment contacts** are kept only when that contact is shared too; otherwise the link is dropped
//!    (`contact: None`), since an id of an unshared contact means nothing to the reader.
//!
//! Every decoded entry passes the booklet's validation, so a crafted payload cannot smuggle in, say, an
//! e-mail address that is not one.

mod body;
mod deflate;
mod error;
mod scan;
mod text;
mod wire;

use std::collections::HashSet;

pub use body::{LANGS, reduce_meta};
pub use deflate::DICTIONARY;
pub use error::{DecodeError, EncodeError, ForeignKind, MESSAGE_IDS, ScanError};
pub(crate) use scan::percent_decode;
pub use scan::{Scanned, read_scanned, read_scanned_any};
pub use text::{ALPHABET, from_text, to_text};

use crate::id::Id;
use crate::model::{Appointment, Booklet, Contact, Goal};
use crate::time::Date;
use crate::validate;

/// The format version this build writes and reads.
pub const VERSION: u8 = 1;
/// Longest validity: the expiry day is at most this many days after the issue day.
pub const MAX_DAYS: i32 = 90;
/// The context tag at the start of the URL fragment (after `#`), like `HC1:` for COVID certificates.
pub const FRAGMENT_PREFIX: &str = "BH1:";
/// Day 0 of the header's day numbers: 2020-01-01.
pub const EPOCH: Date = Date::from_days_since_epoch_const(18_262);
/// The largest payload in bytes (more than a version-40 QR code holds); larger input is refused unread.
pub const MAX_PAYLOAD: usize = 4096;
/// The largest body in bytes before compression; a deflated body that inflates beyond it is refused.
pub const MAX_BODY: usize = 65_536;
/// The DEFLATE level (miniz_oxide, 0–10). Part of the golden vectors: changing it changes payloads.
pub const DEFLATE_LEVEL: u8 = 10;

/// Frame bytes before the content: version, length, complement of the length.
const FRAME_HEAD: usize = 5;
/// Frame bytes after the content: the CRC-32.
const FRAME_TAIL: usize = 4;
/// Content bytes before the body: flags, issue day, expiry day.
const CONTENT_HEAD: usize = 5;
/// Flag bit: the body is raw DEFLATE.
const FLAG_DEFLATED: u8 = 1;

/// What the owner chose to share. Each goal is shared with all its steps. Order and duplicates do not matter:
/// a share lists the entries in the booklet's order.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Selection {
    /// Ids of the chosen goals.
    pub goals: Vec<Id>,
    /// Ids of the chosen contacts.
    pub contacts: Vec<Id>,
    /// Ids of the chosen appointments.
    pub appointments: Vec<Id>,
}

impl Selection {
    /// Every goal, contact and appointment of `booklet`.
    pub fn everything(booklet: &Booklet) -> Self {
        Self {
            goals: booklet.goals.iter().map(|g| g.id).collect(),
            contacts: booklet.contacts.iter().map(|c| c.id).collect(),
            appointments: booklet.appointments.iter().map(|a| a.id).collect(),
        }
    }

    /// Whether nothing is chosen.
    pub fn is_empty(&self) -> bool {
        self.goals.is_empty() && self.contacts.is_empty() && self.appointments.is_empty()
    }
}

/// A decoded share: a read-only subset of a booklet, plus its dates (see the module docs for what is reduced).
#[derive(Clone, Debug, PartialEq)]
pub struct Share {
    /// The day it was made.
    pub issued: Date,
    /// The last day it is valid.
    pub expires: Date,
    /// The shared goals with all their steps, in the owner's order.
    pub goals: Vec<Goal>,
    /// The shared contacts, in the owner's order.
    pub contacts: Vec<Contact>,
    /// The shared appointments, in the owner's order.
    pub appointments: Vec<Appointment>,
}

impl Share {
    /// Counts for the consent text and the viewer: (goals, steps, contacts, appointments).
    pub fn counts(&self) -> (usize, usize, usize, usize) {
        let steps = self.goals.iter().map(|g| g.steps.len()).sum();
        (
            self.goals.len(),
            steps,
            self.contacts.len(),
            self.appointments.len(),
        )
    }
}

/// The chosen entries of one section, in the booklet's order; an unknown id is an error.
fn chosen<'a, T>(all: &'a [T], ids: &[Id], id: impl Fn(&T) -> Id) -> Result<Vec<&'a T>, EncodeError> {
    let wanted: HashSet<Id> = ids.iter().copied().collect();
    let present: HashSet<Id> = all.iter().map(&id).collect();
    if let Some(missing) = ids.iter().find(|i| !present.contains(i)) {
        return Err(EncodeError::UnknownEntry(*missing));
    }
    Ok(all.iter().filter(|e| wanted.contains(&id(e))).collect())
}

/// A day as the header stores it, if it fits.
fn header_day(d: Date) -> Option<u16> {
    u16::try_from(EPOCH.days_until(d)).ok()
}

/// Packs the chosen entries of `booklet` into a binary payload, valid from `issued` through `expires`.
pub fn encode(
    booklet: &Booklet,
    selection: &Selection,
    issued: Date,
    expires: Date,
) -> Result<Vec<u8>, EncodeError> {
    if selection.is_empty() {
        return Err(EncodeError::EmptySelection);
    }
    let issued_day = header_day(issued).ok_or(EncodeError::IssueOutOfRange)?;
    let days = issued.days_until(expires);
    let expires_day = header_day(expires)
        .filter(|_| (0..=MAX_DAYS).contains(&days))
        .ok_or(EncodeError::ExpiryOutOfRange)?;
    let goals = chosen(&booklet.goals, &selection.goals, |g| g.id)?;
    let contacts = chosen(&booklet.contacts, &selection.contacts, |c| c.id)?;
    let appointments = chosen(&booklet.appointments, &selection.appointments, |a| a.id)?;
    for g in &goals {
        validate::validate_goal(g).map_err(EncodeError::Invalid)?;
    }
    for c in &contacts {
        validate::validate_contact(c).map_err(EncodeError::Invalid)?;
    }
    for a in &appointments {
        validate::validate_appointment(a).map_err(EncodeError::Invalid)?;
    }

    let raw = body::BodyWriter::write(issued, &goals, &contacts, &appointments);
    if raw.len() > MAX_BODY {
        return Err(EncodeError::TooLarge { bytes: raw.len() });
    }
    let (flags, body) = match deflate::compress(&raw) {
        Some(deflated) if deflated.len() < raw.len() => (FLAG_DEFLATED, deflated),
        _ => (0, raw),
    };

    let total = FRAME_HEAD + CONTENT_HEAD + body.len() + FRAME_TAIL;
    let len = u16::try_from(CONTENT_HEAD + body.len())
        .ok()
        .filter(|_| total <= MAX_PAYLOAD)
        .ok_or(EncodeError::TooLarge { bytes: total })?;
    let mut out = Vec::with_capacity(total);
    out.push(VERSION);
    out.extend_from_slice(&len.to_be_bytes());
    out.extend_from_slice(&(!len).to_be_bytes());
    out.push(flags);
    out.extend_from_slice(&issued_day.to_be_bytes());
    out.extend_from_slice(&expires_day.to_be_bytes());
    out.extend_from_slice(&body);
    let crc = wire::crc32(&out);
    out.extend_from_slice(&crc.to_be_bytes());
    Ok(out)
}

/// Unpacks a binary payload. Checks, in order: size, length (`Truncated`), frame and checksum (`Damaged`),
/// version (`UnknownVersion`), then every field and every entry (`Damaged`). Does not look at the expiry;
/// [`read_scanned`] does.
pub fn decode(payload: &[u8]) -> Result<Share, DecodeError> {
    if payload.len() > MAX_PAYLOAD {
        return Err(DecodeError::TooLarge);
    }
    let [version, l0, l1, c0, c1, ..] = *payload else {
        return Err(DecodeError::Truncated);
    };
    let len = u16::from_be_bytes([l0, l1]);
    if !len != u16::from_be_bytes([c0, c1]) {
        return Err(DecodeError::Damaged);
    }
    let total = FRAME_HEAD + usize::from(len) + FRAME_TAIL;
    if payload.len() < total {
        return Err(DecodeError::Truncated);
    }
    if payload.len() > total {
        return Err(DecodeError::Damaged);
    }
    let (framed, crc) = payload.split_at(total - FRAME_TAIL);
    if crc != wire::crc32(framed).to_be_bytes() {
        return Err(DecodeError::Damaged);
    }
    if version != VERSION {
        return Err(DecodeError::UnknownVersion(version));
    }
    let content = &framed[FRAME_HEAD..];
    let [flags, i0, i1, e0, e1, ..] = *content else {
        return Err(DecodeError::Damaged);
    };
    if flags & !FLAG_DEFLATED != 0 {
        return Err(DecodeError::Damaged);
    }
    let day = |hi, lo| EPOCH.add_days(i32::from(u16::from_be_bytes([hi, lo])));
    let (Some(issued), Some(expires)) = (day(i0, i1), day(e0, e1)) else {
        return Err(DecodeError::Damaged);
    };
    if !(0..=MAX_DAYS).contains(&issued.days_until(expires)) {
        return Err(DecodeError::Damaged);
    }
    let stored = &content[CONTENT_HEAD..];
    let inflated;
    let raw = if flags & FLAG_DEFLATED != 0 {
        inflated = deflate::inflate(stored)?;
        &inflated[..]
    } else {
        stored
    };
    let key = wire::fnv1a64(&[&framed[..FRAME_HEAD], &content[..CONTENT_HEAD], raw]);
    body::BodyReader::read(raw, issued, expires, key)
}

/// The fragment to put after `#` in the app's URL: [`FRAGMENT_PREFIX`] + [`to_text`] of the payload.
pub fn fragment(payload: &[u8]) -> String {
    let mut out = String::with_capacity(FRAGMENT_PREFIX.len() + payload.len() / 2 * 3 + 2);
    out.push_str(FRAGMENT_PREFIX);
    out.push_str(&to_text(payload));
    out
}
