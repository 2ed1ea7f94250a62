//! The body of a version-1 share: the chosen entries, written field by field.
//!
//! ```text
//! body        = varint(structure length) structure strings
//!               every `str` writes its length in the structure and its bytes in the string column, in order
//! structure   = advisors goals contacts appointments
//! advisors    = count { str name, str organisation }        distinct advisor authors, first use first
//! goals       = count { goal }
//! goal        = head:u8 title [target:date] count{step} meta
//!               head: bits 0-3 field code, 4-5 status code, 6 has target, 7 free title
//!               title: free → text, else varint GoalCode
//! step        = head:u8 title [date] [note:text] meta
//!               head: bits 0-1 state (0 planned, 1 planned with date, 2 done), 2 free title, 3 has note,
//!                     4 has parameters
//!               title: free → text, else zigzag(StepCode − previous step code) [varint packed params];
//!                      the previous step code starts at each catalogue goal's own code
//! contact     = head:u8 str organisation role [person] [phone] [email] [address] [hours] [note:text] meta
//!               head: bit 0 free role, 1 person, 2 phone, 3 e-mail, 4 address, 5 opening hours, 6 note
//!               role: free → text, else varint ContactRole; phone: see below
//! appointment = head:u8 date [time] [str place] [contact] purpose [bring:text] meta
//!               head: bit 0 time, 1 place, 2 contact, 3 free purpose, 4 bring, 5 time on a quarter hour
//!               time: varint quarter hours if bit 5, else varint minutes;
//!               contact: varint index into this share's contacts
//! meta        = varint (author << 1 | updated-day differs) zigzag(added day − previous added day)
//!               [zigzag(updated day − added day)]
//!               author: 0 owner, k the k-th advisor of the table; the previous added day starts at the issue day
//! date        = zigzag(day − previous date)        the previous date starts at the issue day and moves with
//!                                                  every goal target, step date and appointment date written
//! text        = lang:u8 [str tag if lang = 0] str text         lang: index into LANGS + 1, 0 = written out
//! phone       = varint (symbols << 1 | leading '+') then 4-bit symbols, two per byte, high nibble first:
//!               0-9 = digits, 10 ' ', 11 '-', 12 '/', 13 '(', 14 ')', 15 '.'  (the characters a valid phone
//!               number may hold); an odd count pads with 0
//! str         = varint byte length, UTF-8
//! ```
//! Unused head bits must be zero. Every decoded entry must pass the booklet's own validation.

use std::collections::HashMap;

use super::wire::{Reader, Writer};
use super::{DecodeError, Share};
use crate::catalog::{ContactRole, FieldOfAction, GoalCode, GoalStatus, PurposeCode, StepCode};
use crate::id::Id;
use crate::model::{Appointment, Author, Contact, Goal, Meta, Step, StepState, Text, Title};
use crate::time::{Date, Time, Timestamp};
use crate::validate;

/// The language tags written as one byte: the app's 14 locales and `und`. Never reordered (format v1).
pub const LANGS: [&str; 15] = [
    "de", "ar", "uk", "ru", "prs", "ps", "tr", "kmr", "ckb", "fa", "so", "ti", "en", "fr", "und",
];

/// The 4-bit symbols of a packed phone number (after an optional leading `+`).
const PHONE_SYMBOLS: &[u8; 16] = b"0123456789 -/().";

/// Entry kinds mixed into regenerated ids.
const KIND_GOAL: u128 = 1;
const KIND_STEP: u128 = 2;
const KIND_CONTACT: u128 = 3;
const KIND_APPOINTMENT: u128 = 4;

/// The id of the `index`-th entry of a kind (for a step: `sub`-th step of goal `index`) in the share with
/// content hash `key`. Unique within a share; the same share always gives the same ids.
pub(super) fn derived_id(key: u64, kind: u128, index: usize, sub: usize) -> Id {
    // Counts are bounded by the payload size (a few thousand), so the fields never overlap.
    Id::from_u128(u128::from(key) << 64 | kind << 56 | (index as u128 & 0xff_ffff) << 32 | sub as u128)
}

/// The meta as a share carries it: the author, and both timestamps cut to the start of their (UTC) day.
pub fn reduce_meta(meta: &Meta) -> Meta {
    Meta {
        added_by: meta.added_by.clone(),
        added_at: Timestamp::start_of(meta.added_at.date()),
        updated_at: Timestamp::start_of(meta.updated_at.date()),
    }
}

fn day(d: Date) -> i64 {
    i64::from(d.days_since_epoch())
}

/// Writes the chosen entries. `contacts_index` maps a shared contact's id to its position in the share.
pub(super) struct BodyWriter<'a> {
    w: Writer,
    /// The last date written (starts at the issue day).
    last_date: i64,
    /// The last meta's added day (starts at the issue day).
    last_added: i64,
    /// The last step code written (reset to each catalogue goal's code).
    last_step: i64,
    advisors: Vec<(&'a str, &'a str)>,
}

impl<'a> BodyWriter<'a> {
    /// Writes the whole body.
    pub(super) fn write(
        issued: Date,
        goals: &[&'a Goal],
        contacts: &[&'a Contact],
        appointments: &[&'a Appointment],
    ) -> Vec<u8> {
        let mut this = BodyWriter {
            w: Writer::default(),
            last_date: day(issued),
            last_added: day(issued),
            last_step: 0,
            advisors: Vec::new(),
        };
        // The advisor table first: collect in writing order.
        let metas = goals
            .iter()
            .flat_map(|g| std::iter::once(&g.meta).chain(g.steps.iter().map(|s| &s.meta)))
            .chain(contacts.iter().map(|c| &c.meta))
            .chain(appointments.iter().map(|a| &a.meta));
        for meta in metas {
            if let Author::Advisor { name, organisation } = &meta.added_by {
                let key = (name.as_str(), organisation.as_str());
                if !this.advisors.contains(&key) {
                    this.advisors.push(key);
                }
            }
        }
        this.w.varint(this.advisors.len() as u64);
        for (name, organisation) in this.advisors.clone() {
            this.w.str(name);
            this.w.str(organisation);
        }
        this.w.varint(goals.len() as u64);
        for goal in goals {
            this.goal(goal);
        }
        let contacts_index: HashMap<Id, usize> =
            contacts.iter().enumerate().map(|(i, c)| (c.id, i)).collect();
        this.w.varint(contacts.len() as u64);
        for contact in contacts {
            this.contact(contact);
        }
        this.w.varint(appointments.len() as u64);
        for appointment in appointments {
            this.appointment(appointment, &contacts_index);
        }
        this.w.finish()
    }

    fn date(&mut self, d: Date) {
        self.w.zigzag(day(d) - self.last_date);
        self.last_date = day(d);
    }

    /// A phone number that passed validation: a leading `+` flag and 4-bit symbols. Anything else (never
    /// the case for a validated entry) would be written as symbol 0, so callers validate first.
    fn phone(&mut self, phone: &str) {
        let plus = phone.starts_with('+');
        let symbols: Vec<u8> = phone
            .bytes()
            .skip(usize::from(plus))
            .map(|c| PHONE_SYMBOLS.iter().position(|&p| p == c).unwrap_or(0) as u8)
            .collect();
        self.w.varint((symbols.len() as u64) << 1 | u64::from(plus));
        for pair in symbols.chunks(2) {
            self.w.u8(pair[0] << 4 | pair.get(1).copied().unwrap_or(0));
        }
    }

    fn text(&mut self, t: &Text) {
        match LANGS.iter().position(|&l| l == t.lang) {
            Some(i) => self.w.u8(i as u8 + 1),
            None => {
                self.w.u8(0);
                self.w.str(&t.lang);
            }
        }
        self.w.str(&t.text);
    }

    fn meta(&mut self, meta: &Meta) {
        let author = match &meta.added_by {
            Author::Owner => 0,
            Author::Advisor { name, organisation } => self
                .advisors
                .iter()
                .position(|&(n, o)| n == name && o == organisation)
                .map_or(0, |i| i + 1),
        };
        let added = day(meta.added_at.date());
        let updated = day(meta.updated_at.date());
        let differs = updated != added;
        self.w.varint((author as u64) << 1 | u64::from(differs));
        self.w.zigzag(added - self.last_added);
        self.last_added = added;
        if differs {
            self.w.zigzag(updated - added);
        }
    }

    fn goal(&mut self, goal: &Goal) {
        let mut head = goal.field.code() as u8 & 0x0f | (goal.status.code() as u8 & 0x03) << 4;
        head |= u8::from(goal.target.is_some()) << 6;
        head |= u8::from(matches!(goal.title, Title::Free(_))) << 7;
        self.w.u8(head);
        match &goal.title {
            Title::Code(code) => {
                self.w.varint(u64::from(code.code()));
                self.last_step = i64::from(code.code());
            }
            Title::Free(t) => self.text(t),
        }
        if let Some(target) = goal.target {
            self.date(target);
        }
        self.w.varint(goal.steps.len() as u64);
        for step in &goal.steps {
            self.step(step);
        }
        self.meta(&goal.meta);
    }

    fn step(&mut self, step: &Step) {
        let (state, date) = match step.state {
            StepState::Planned { date: None } => (0, None),
            StepState::Planned { date: Some(d) } => (1, Some(d)),
            StepState::Done { date } => (2, Some(date)),
        };
        let packed = step.title.code().map_or(0, StepCode::packed_params);
        let mut head = state;
        head |= u8::from(matches!(step.title, Title::Free(_))) << 2;
        head |= u8::from(step.note.is_some()) << 3;
        head |= u8::from(packed != 0) << 4;
        self.w.u8(head);
        match &step.title {
            Title::Code(code) => {
                self.w.zigzag(i64::from(code.code()) - self.last_step);
                self.last_step = i64::from(code.code());
                if packed != 0 {
                    self.w.varint(u64::from(packed));
                }
            }
            Title::Free(t) => self.text(t),
        }
        if let Some(d) = date {
            self.date(d);
        }
        if let Some(note) = &step.note {
            self.text(note);
        }
        self.meta(&step.meta);
    }

    fn contact(&mut self, c: &Contact) {
        let strings = [&c.person, &c.phone, &c.email, &c.address, &c.opening_hours];
        let mut head = u8::from(matches!(c.role, Title::Free(_)));
        for (bit, s) in strings.iter().enumerate() {
            head |= u8::from(!s.is_empty()) << (bit + 1);
        }
        head |= u8::from(c.note.is_some()) << 6;
        self.w.u8(head);
        self.w.str(&c.organisation);
        match &c.role {
            Title::Code(code) => self.w.varint(u64::from(code.code())),
            Title::Free(t) => self.text(t),
        }
        for (n, s) in strings.into_iter().enumerate().filter(|(_, s)| !s.is_empty()) {
            if n == 1 {
                self.phone(s);
            } else {
                self.w.str(s);
            }
        }
        if let Some(note) = &c.note {
            self.text(note);
        }
        self.meta(&c.meta);
    }

    fn appointment(&mut self, a: &Appointment, contacts_index: &HashMap<Id, usize>) {
        let contact = a.contact.and_then(|id| contacts_index.get(&id).copied());
        let mut head = u8::from(a.time.is_some());
        head |= u8::from(!a.place.is_empty()) << 1;
        head |= u8::from(contact.is_some()) << 2;
        head |= u8::from(matches!(a.purpose, Title::Free(_))) << 3;
        head |= u8::from(a.bring.is_some()) << 4;
        let quarter = a.time.is_some_and(|t| t.minutes() % 15 == 0);
        head |= u8::from(quarter) << 5;
        self.w.u8(head);
        self.date(a.date);
        if let Some(t) = a.time {
            let m = u64::from(t.minutes());
            self.w.varint(if quarter { m / 15 } else { m });
        }
        if !a.place.is_empty() {
            self.w.str(&a.place);
        }
        if let Some(i) = contact {
            self.w.varint(i as u64);
        }
        match &a.purpose {
            Title::Code(code) => self.w.varint(u64::from(code.code())),
            Title::Free(t) => self.text(t),
        }
        if let Some(bring) = &a.bring {
            self.text(bring);
        }
        self.meta(&a.meta);
    }
}

/// Reads a body back into a [`Share`].
pub(super) struct BodyReader<'a> {
    r: Reader<'a>,
    last_date: i64,
    last_added: i64,
    last_step: i64,
    key: u64,
    advisors: Vec<Author>,
}

fn bit(head: u8, n: u8) -> bool {
    head >> n & 1 == 1
}

fn check<T>(result: Result<(), T>) -> Result<(), DecodeError> {
    result.map_err(|_| DecodeError::Damaged)
}

impl<'a> BodyReader<'a> {
    /// Reads the whole body; trailing bytes are damage.
    pub(super) fn read(body: &'a [u8], issued: Date, expires: Date, key: u64) -> Result<Share, DecodeError> {
        let mut this = BodyReader {
            r: Reader::columns(body)?,
            last_date: day(issued),
            last_added: day(issued),
            last_step: 0,
            key,
            advisors: Vec::new(),
        };
        let n = this.r.count()?;
        for _ in 0..n {
            let name = this.r.str()?;
            let organisation = this.r.str()?;
            let author = Author::Advisor { name, organisation };
            check(validate::author(&author))?;
            this.advisors.push(author);
        }
        let n = this.r.count()?;
        let mut goals = Vec::with_capacity(n);
        for i in 0..n {
            let goal = this.goal(i)?;
            check(validate::validate_goal(&goal))?;
            goals.push(goal);
        }
        let n = this.r.count()?;
        let mut contacts = Vec::with_capacity(n);
        for i in 0..n {
            let contact = this.contact(i)?;
            check(validate::validate_contact(&contact))?;
            contacts.push(contact);
        }
        let n = this.r.count()?;
        let mut appointments = Vec::with_capacity(n);
        for i in 0..n {
            let appointment = this.appointment(i, &contacts)?;
            check(validate::validate_appointment(&appointment))?;
            appointments.push(appointment);
        }
        if !this.r.is_done() {
            return Err(DecodeError::Damaged);
        }
        Ok(Share {
            issued,
            expires,
            goals,
            contacts,
            appointments,
        })
    }

    fn date(&mut self) -> Result<Date, DecodeError> {
        let delta = self.r.zigzag()?;
        let days = self.last_date.checked_add(delta).ok_or(DecodeError::Damaged)?;
        let date = i32::try_from(days)
            .ok()
            .and_then(Date::from_days_since_epoch)
            .ok_or(DecodeError::Damaged)?;
        self.last_date = days;
        Ok(date)
    }

    fn phone(&mut self) -> Result<String, DecodeError> {
        let head = self.r.varint()?;
        let count = usize::try_from(head >> 1).map_err(|_| DecodeError::Damaged)?;
        if count == 0 || count / 2 > self.r.remaining() {
            return Err(DecodeError::Damaged);
        }
        let mut phone = String::with_capacity(count + 1);
        if head & 1 == 1 {
            phone.push('+');
        }
        for i in 0..count.div_ceil(2) {
            let byte = self.r.u8()?;
            let symbols = [byte >> 4, byte & 0x0f];
            let take = if i * 2 + 1 < count { 2 } else { 1 };
            if take == 1 && symbols[1] != 0 {
                return Err(DecodeError::Damaged);
            }
            for &s in &symbols[..take] {
                phone.push(char::from(PHONE_SYMBOLS[usize::from(s)]));
            }
        }
        Ok(phone)
    }

    fn text(&mut self) -> Result<Text, DecodeError> {
        let lang = match self.r.u8()? {
            0 => self.r.str()?,
            i => (*LANGS.get(usize::from(i) - 1).ok_or(DecodeError::Damaged)?).to_owned(),
        };
        Ok(Text {
            text: self.r.str()?,
            lang,
        })
    }

    fn meta(&mut self) -> Result<Meta, DecodeError> {
        let first = self.r.varint()?;
        let author = usize::try_from(first >> 1).map_err(|_| DecodeError::Damaged)?;
        let added_by = match author {
            0 => Author::Owner,
            k => self.advisors.get(k - 1).cloned().ok_or(DecodeError::Damaged)?,
        };
        let added = self
            .last_added
            .checked_add(self.r.zigzag()?)
            .ok_or(DecodeError::Damaged)?;
        let updated = if first & 1 == 1 {
            let delta = self.r.zigzag()?;
            if delta == 0 {
                return Err(DecodeError::Damaged);
            }
            added.checked_add(delta).ok_or(DecodeError::Damaged)?
        } else {
            added
        };
        self.last_added = added;
        let at = |days: i64| {
            i32::try_from(days)
                .ok()
                .and_then(Date::from_days_since_epoch)
                .map(Timestamp::start_of)
                .ok_or(DecodeError::Damaged)
        };
        Ok(Meta {
            added_by,
            added_at: at(added)?,
            updated_at: at(updated)?,
        })
    }

    fn goal(&mut self, index: usize) -> Result<Goal, DecodeError> {
        let head = self.r.u8()?;
        let field = FieldOfAction::from_code(u16::from(head & 0x0f)).ok_or(DecodeError::Damaged)?;
        let status = GoalStatus::from_code(u16::from(head >> 4 & 0x03)).ok_or(DecodeError::Damaged)?;
        let title = if bit(head, 7) {
            Title::Free(self.text()?)
        } else {
            let code = GoalCode::from_code(self.r.u16()?).ok_or(DecodeError::Damaged)?;
            self.last_step = i64::from(code.code());
            Title::Code(code)
        };
        let target = if bit(head, 6) { Some(self.date()?) } else { None };
        let n = self.r.count()?;
        let mut steps = Vec::with_capacity(n);
        for sub in 0..n {
            steps.push(self.step(index, sub)?);
        }
        Ok(Goal {
            id: derived_id(self.key, KIND_GOAL, index, 0),
            field,
            title,
            status,
            target,
            steps,
            meta: self.meta()?,
        })
    }

    fn step(&mut self, goal: usize, sub: usize) -> Result<Step, DecodeError> {
        let head = self.r.u8()?;
        if head >> 5 != 0 {
            return Err(DecodeError::Damaged);
        }
        let title = if bit(head, 2) {
            if bit(head, 4) {
                return Err(DecodeError::Damaged);
            }
            Title::Free(self.text()?)
        } else {
            let code = self
                .last_step
                .checked_add(self.r.zigzag()?)
                .ok_or(DecodeError::Damaged)?;
            self.last_step = code;
            let code = u16::try_from(code).map_err(|_| DecodeError::Damaged)?;
            let packed = if bit(head, 4) { self.r.u16()? } else { 0 };
            Title::Code(StepCode::from_parts(code, packed).ok_or(DecodeError::Damaged)?)
        };
        let state = match head & 0x03 {
            0 => StepState::Planned { date: None },
            1 => StepState::Planned {
                date: Some(self.date()?),
            },
            2 => StepState::Done { date: self.date()? },
            _ => return Err(DecodeError::Damaged),
        };
        let note = if bit(head, 3) { Some(self.text()?) } else { None };
        Ok(Step {
            id: derived_id(self.key, KIND_STEP, goal, sub + 1),
            title,
            state,
            note,
            meta: self.meta()?,
        })
    }

    fn contact(&mut self, index: usize) -> Result<Contact, DecodeError> {
        let head = self.r.u8()?;
        if head >> 7 != 0 {
            return Err(DecodeError::Damaged);
        }
        let organisation = self.r.str()?;
        let role = if bit(head, 0) {
            Title::Free(self.text()?)
        } else {
            Title::Code(ContactRole::from_code(self.r.u16()?).ok_or(DecodeError::Damaged)?)
        };
        let mut strings: [String; 5] = Default::default();
        for (n, s) in strings.iter_mut().enumerate() {
            if bit(head, n as u8 + 1) {
                *s = if n == 1 { self.phone()? } else { self.r.str()? };
                if s.is_empty() {
                    return Err(DecodeError::Damaged);
                }
            }
        }
        let [person, phone, email, address, opening_hours] = strings;
        let note = if bit(head, 6) { Some(self.text()?) } else { None };
        Ok(Contact {
            id: derived_id(self.key, KIND_CONTACT, index, 0),
            organisation,
            role,
            person,
            phone,
            email,
            address,
            opening_hours,
            note,
            meta: self.meta()?,
        })
    }

    fn appointment(&mut self, index: usize, contacts: &[Contact]) -> Result<Appointment, DecodeError> {
        let head = self.r.u8()?;
        if head >> 6 != 0 || (bit(head, 5) && !bit(head, 0)) {
            return Err(DecodeError::Damaged);
        }
        let date = self.date()?;
        let time = if bit(head, 0) {
            let n = self.r.u16()?;
            let minutes = if bit(head, 5) {
                n.checked_mul(15).ok_or(DecodeError::Damaged)?
            } else if n % 15 == 0 {
                // Canonical form: a quarter-hour time is always written in quarters.
                return Err(DecodeError::Damaged);
            } else {
                n
            };
            Some(Time::from_minutes(minutes).ok_or(DecodeError::Damaged)?)
        } else {
            None
        };
        let place = if bit(head, 1) {
            let s = self.r.str()?;
            if s.is_empty() {
                return Err(DecodeError::Damaged);
            }
            s
        } else {
            String::new()
        };
        let contact = if bit(head, 2) {
            let i = usize::try_from(self.r.varint()?).map_err(|_| DecodeError::Damaged)?;
            Some(contacts.get(i).ok_or(DecodeError::Damaged)?.id)
        } else {
            None
        };
        let purpose = if bit(head, 3) {
            Title::Free(self.text()?)
        } else {
            Title::Code(PurposeCode::from_code(self.r.u16()?).ok_or(DecodeError::Damaged)?)
        };
        let bring = if bit(head, 4) { Some(self.text()?) } else { None };
        Ok(Appointment {
            id: derived_id(self.key, KIND_APPOINTMENT, index, 0),
            date,
            time,
            place,
            contact,
            purpose,
            bring,
            meta: self.meta()?,
        })
    }
}
