//! The binary forms of operations and snapshots.
//!
//! ```text
//! ops         = version:u8 (1)  count { op }
//! snapshot    = version:u8 (1)  count { op }     one op per register, keys strictly ascending
//! op          = head:u8  zigzag(millis − previous op's millis)  varint counter  [node:u64be]  key  [value]
//!               head: bits 0-2 kind (0 profile, 1 goal, 2 step, 3 contact, 4 appointment), bit 3 live,
//!                     bit 4 same node as the previous op (the first op always writes it)
//!               the previous millis starts at 0; differences wrap around 2^64
//! key         = profile: nothing; goal, contact, appointment: id:16; step: goal id:16 step id:16
//! value       = [varint position (not for the profile)] entry         present when the live bit is set
//! profile     = str name  str ui-language  count{str tag, varint cefr}
//!               count{varint kind, text title, str country, varint recognition}  count{text}  count{text}
//! goal        = head:u8 (bit 0 free title, 1 target)  varint field  varint status  title  [date]  meta
//!               (the goal without its steps; its id is the key's)
//! step        = head:u8 (bits 0-1 state: 0 planned, 1 planned with date, 2 done; 2 free title; 3 note)
//!               title  [date]  [note:text]  meta                   catalogue title: varint code varint params
//! contact     = head:u8 (bit 0 free role, 1 person, 2 phone, 3 e-mail, 4 address, 5 hours, 6 note)
//!               str organisation  role  [str]…  [note:text]  meta
//! appointment = head:u8 (bit 0 time, 1 place, 2 contact, 3 free purpose, 4 bring)  date  [varint minutes]
//!               [str place]  [contact id:16]  purpose  [bring:text]  meta
//! meta        = author:u8 (0 owner, 1 advisor: str name str organisation)
//!               zigzag(updated_at − op millis)  zigzag(updated_at − added_at)
//! date        = zigzag(day − day of the op's millis)
//! text        = lang:u8 (index into codec::LANGS + 1; 0: str tag follows)  str text
//! str         = varint byte length, UTF-8
//! ```
//!
//! Timestamps and dates are written relative to the op's clock, because an edit is stamped when it is made:
//! `updated_at` then takes one byte and a step done today two. Unused head bits must be zero; every decoded
//! op must be well-formed ([`super::Op::is_well_formed`]); nothing may follow the last op.

use super::bytes::{Reader, Writer};
use super::{Entry, Key, Op, SyncError, Value};
use crate::catalog::{
    Cefr, ContactRole, FieldOfAction, GoalCode, GoalStatus, PurposeCode, QualificationKind, Recognition,
    StepCode,
};
use crate::codec::LANGS;
use crate::model::{
    Appointment, Author, Contact, Goal, LanguageSkill, Meta, Profile, Qualification, Step, StepState, Text,
    Title,
};
use crate::sync::clock::Hlc;
use crate::time::{Date, Time, Timestamp};

/// The version byte of operations and snapshots this build writes and reads.
pub const VERSION: u8 = 1;

const DAY_MS: u64 = 86_400_000;

/// Writes the version byte, the count and the ops.
pub(super) fn write_ops<'a>(ops: impl ExactSizeIterator<Item = &'a Op>) -> Vec<u8> {
    let mut w = Writer::default();
    w.u8(VERSION);
    w.varint(ops.len() as u64);
    let mut previous: Option<Hlc> = None;
    for op in ops {
        write_op(&mut w, op, previous);
        previous = Some(op.hlc);
    }
    w.buf
}

/// Reads what [`write_ops`] wrote; every op is well-formed.
pub(super) fn read_ops(bytes: &[u8]) -> Result<Vec<Op>, SyncError> {
    let mut r = Reader::new(bytes);
    let version = r.u8()?;
    if version > VERSION {
        return Err(SyncError::NewerVersion {
            found: version,
            supported: VERSION,
        });
    }
    if version != VERSION {
        return Err(SyncError::Damaged);
    }
    let n = r.count()?;
    let mut ops = Vec::with_capacity(n);
    let mut previous: Option<Hlc> = None;
    for _ in 0..n {
        let op = read_op(&mut r, previous)?;
        if !op.is_well_formed() {
            return Err(SyncError::Damaged);
        }
        previous = Some(op.hlc);
        ops.push(op);
    }
    r.finish()?;
    Ok(ops)
}

/// The bytes of one value alone, for the tie-break between two different values with the same stamp.
pub(super) fn value_bytes(value: Option<&Value>, hlc: Hlc) -> Vec<u8> {
    let mut w = Writer::default();
    if let Some(v) = value {
        w.u8(1);
        write_value(&mut w, v, hlc.millis);
    }
    w.buf
}

const KIND_BITS: u8 = 0b111;
const LIVE: u8 = 1 << 3;
const SAME_NODE: u8 = 1 << 4;

fn write_op(w: &mut Writer, op: &Op, previous: Option<Hlc>) {
    let kind = match op.key {
        Key::Profile => 0,
        Key::Goal(_) => 1,
        Key::Step { .. } => 2,
        Key::Contact(_) => 3,
        Key::Appointment(_) => 4,
    };
    let same_node = previous.is_some_and(|p| p.node == op.hlc.node);
    let mut head = kind;
    head |= if op.value.is_some() { LIVE } else { 0 };
    head |= if same_node { SAME_NODE } else { 0 };
    w.u8(head);
    let base = previous.map_or(0, |p| p.millis);
    w.zigzag(op.hlc.millis.wrapping_sub(base) as i64);
    w.varint(u64::from(op.hlc.counter));
    if !same_node {
        w.u64_fixed(op.hlc.node);
    }
    match op.key {
        Key::Profile => {}
        Key::Goal(id) | Key::Contact(id) | Key::Appointment(id) => w.id(id),
        Key::Step { goal, step } => {
            w.id(goal);
            w.id(step);
        }
    }
    if let Some(value) = &op.value {
        write_value(w, value, op.hlc.millis);
    }
}

fn read_op(r: &mut Reader<'_>, previous: Option<Hlc>) -> Result<Op, SyncError> {
    let head = r.u8()?;
    if head & !(KIND_BITS | LIVE | SAME_NODE) != 0 {
        return Err(SyncError::Damaged);
    }
    let base = previous.map_or(0, |p| p.millis);
    let millis = base.wrapping_add(r.zigzag()? as u64);
    let counter = r.u32()?;
    let node = match (head & SAME_NODE != 0, previous) {
        (true, Some(p)) => p.node,
        (true, None) => return Err(SyncError::Damaged),
        (false, _) => r.u64_fixed()?,
    };
    let hlc = Hlc {
        millis,
        counter,
        node,
    };
    let key = match head & KIND_BITS {
        0 => Key::Profile,
        1 => Key::Goal(r.id()?),
        2 => Key::Step {
            goal: r.id()?,
            step: r.id()?,
        },
        3 => Key::Contact(r.id()?),
        4 => Key::Appointment(r.id()?),
        _ => return Err(SyncError::Damaged),
    };
    let value = if head & LIVE != 0 {
        Some(read_value(r, &key, millis)?)
    } else {
        None
    };
    Ok(Op { hlc, key, value })
}

fn write_value(w: &mut Writer, value: &Value, millis: u64) {
    let mut e = EntryWriter { w, millis };
    if let Entry::Profile(p) = &value.entry {
        e.profile(p);
        return;
    }
    e.w.varint(value.position);
    match &value.entry {
        Entry::Profile(_) => {}
        Entry::Goal(g) => e.goal(g),
        Entry::Step(s) => e.step(s),
        Entry::Contact(c) => e.contact(c),
        Entry::Appointment(a) => e.appointment(a),
    }
}

fn read_value(r: &mut Reader<'_>, key: &Key, millis: u64) -> Result<Value, SyncError> {
    let mut e = EntryReader { r, millis };
    if let Key::Profile = key {
        return Ok(Value {
            position: 0,
            entry: Entry::Profile(e.profile()?),
        });
    }
    let position = e.r.varint()?;
    let entry = match *key {
        Key::Profile => return Err(SyncError::Damaged),
        Key::Goal(id) => Entry::Goal(e.goal(id)?),
        Key::Step { step, .. } => Entry::Step(e.step(step)?),
        Key::Contact(id) => Entry::Contact(e.contact(id)?),
        Key::Appointment(id) => Entry::Appointment(e.appointment(id)?),
    };
    Ok(Value { position, entry })
}

fn bit(head: u8, n: u8) -> bool {
    head >> n & 1 == 1
}

fn heads_unused(head: u8, used_bits: u8) -> Result<(), SyncError> {
    if head >> used_bits == 0 {
        Ok(())
    } else {
        Err(SyncError::Damaged)
    }
}

fn code<T>(found: Option<T>) -> Result<T, SyncError> {
    found.ok_or(SyncError::Damaged)
}

/// Writes one entry; dates and timestamps relative to `millis`, the op's clock. Stored records
/// ([`crate::record`]) write entries the same way, relative to 0.
pub(crate) struct EntryWriter<'a> {
    pub(crate) w: &'a mut Writer,
    pub(crate) millis: u64,
}

impl EntryWriter<'_> {
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

    fn date(&mut self, d: Date) {
        let base = (self.millis / DAY_MS) as i64;
        self.w.zigzag(i64::from(d.days_since_epoch()).wrapping_sub(base));
    }

    fn meta(&mut self, m: &Meta) {
        match &m.added_by {
            Author::Owner => self.w.u8(0),
            Author::Advisor { name, organisation } => {
                self.w.u8(1);
                self.w.str(name);
                self.w.str(organisation);
            }
        }
        let updated = m.updated_at.millis();
        self.w.zigzag(updated.wrapping_sub(self.millis as i64));
        self.w.zigzag(updated.wrapping_sub(m.added_at.millis()));
    }

    fn title<C>(&mut self, title: &Title<C>, write_code: impl FnOnce(&mut Writer, &C)) {
        match title {
            Title::Code(c) => write_code(self.w, c),
            Title::Free(t) => self.text(t),
        }
    }

    pub(crate) fn profile(&mut self, p: &Profile) {
        self.w.str(&p.display_name);
        self.w.str(&p.ui_language);
        self.w.varint(p.languages.len() as u64);
        for skill in &p.languages {
            self.w.str(&skill.language);
            self.w.varint(u64::from(skill.level.code()));
        }
        self.w.varint(p.qualifications.len() as u64);
        for q in &p.qualifications {
            self.w.varint(u64::from(q.kind.code()));
            self.text(&q.title);
            self.w.str(&q.country);
            self.w.varint(u64::from(q.recognition.code()));
        }
        for list in [&p.work_experience, &p.interests] {
            self.w.varint(list.len() as u64);
            for t in list {
                self.text(t);
            }
        }
    }

    pub(crate) fn goal(&mut self, g: &Goal) {
        let free = matches!(g.title, Title::Free(_));
        self.w.u8(u8::from(free) | u8::from(g.target.is_some()) << 1);
        self.w.varint(u64::from(g.field.code()));
        self.w.varint(u64::from(g.status.code()));
        self.title(&g.title, |w, c| w.varint(u64::from(c.code())));
        if let Some(target) = g.target {
            self.date(target);
        }
        self.meta(&g.meta);
    }

    pub(crate) fn step(&mut self, s: &Step) {
        let (state, date) = match s.state {
            StepState::Planned { date: None } => (0, None),
            StepState::Planned { date: Some(d) } => (1, Some(d)),
            StepState::Done { date } => (2, Some(date)),
        };
        let free = matches!(s.title, Title::Free(_));
        self.w
            .u8(state | u8::from(free) << 2 | u8::from(s.note.is_some()) << 3);
        self.title(&s.title, |w, c| {
            w.varint(u64::from(c.code()));
            w.varint(u64::from(c.packed_params()));
        });
        if let Some(d) = date {
            self.date(d);
        }
        if let Some(note) = &s.note {
            self.text(note);
        }
        self.meta(&s.meta);
    }

    pub(crate) fn contact(&mut self, c: &Contact) {
        let strings = [&c.person, &c.phone, &c.email, &c.address, &c.opening_hours];
        let mut head = u8::from(matches!(c.role, Title::Free(_)));
        for (n, s) in strings.iter().enumerate() {
            head |= u8::from(!s.is_empty()) << (n + 1);
        }
        head |= u8::from(c.note.is_some()) << 6;
        self.w.u8(head);
        self.w.str(&c.organisation);
        self.title(&c.role, |w, r| w.varint(u64::from(r.code())));
        for s in strings.into_iter().filter(|s| !s.is_empty()) {
            self.w.str(s);
        }
        if let Some(note) = &c.note {
            self.text(note);
        }
        self.meta(&c.meta);
    }

    pub(crate) fn appointment(&mut self, a: &Appointment) {
        let mut head = u8::from(a.time.is_some());
        head |= u8::from(!a.place.is_empty()) << 1;
        head |= u8::from(a.contact.is_some()) << 2;
        head |= u8::from(matches!(a.purpose, Title::Free(_))) << 3;
        head |= u8::from(a.bring.is_some()) << 4;
        self.w.u8(head);
        self.date(a.date);
        if let Some(t) = a.time {
            self.w.varint(u64::from(t.minutes()));
        }
        if !a.place.is_empty() {
            self.w.str(&a.place);
        }
        if let Some(c) = a.contact {
            self.w.id(c);
        }
        self.title(&a.purpose, |w, p| w.varint(u64::from(p.code())));
        if let Some(bring) = &a.bring {
            self.text(bring);
        }
        self.meta(&a.meta);
    }
}

/// Reads one entry back (see [`EntryWriter`]).
pub(crate) struct EntryReader<'a, 'b> {
    pub(crate) r: &'a mut Reader<'b>,
    pub(crate) millis: u64,
}

impl EntryReader<'_, '_> {
    fn text(&mut self) -> Result<Text, SyncError> {
        let lang = match self.r.u8()? {
            0 => self.r.str()?,
            n => (*LANGS.get(usize::from(n) - 1).ok_or(SyncError::Damaged)?).to_owned(),
        };
        Ok(Text {
            text: self.r.str()?,
            lang,
        })
    }

    fn date(&mut self) -> Result<Date, SyncError> {
        let base = (self.millis / DAY_MS) as i64;
        let day = base.wrapping_add(self.r.zigzag()?);
        let day = i32::try_from(day).map_err(|_| SyncError::Damaged)?;
        Date::from_days_since_epoch(day).ok_or(SyncError::Damaged)
    }

    fn meta(&mut self) -> Result<Meta, SyncError> {
        let added_by = match self.r.u8()? {
            0 => Author::Owner,
            1 => Author::Advisor {
                name: self.r.str()?,
                organisation: self.r.str()?,
            },
            _ => return Err(SyncError::Damaged),
        };
        let updated = (self.millis as i64).wrapping_add(self.r.zigzag()?);
        let added = updated.wrapping_sub(self.r.zigzag()?);
        Ok(Meta {
            added_by,
            added_at: Timestamp::from_millis(added),
            updated_at: Timestamp::from_millis(updated),
        })
    }

    fn title<C>(
        &mut self,
        free: bool,
        read_code: impl FnOnce(&mut Reader<'_>) -> Result<C, SyncError>,
    ) -> Result<Title<C>, SyncError> {
        if free {
            Ok(Title::Free(self.text()?))
        } else {
            Ok(Title::Code(read_code(self.r)?))
        }
    }

    pub(crate) fn profile(&mut self) -> Result<Profile, SyncError> {
        let display_name = self.r.str()?;
        let ui_language = self.r.str()?;
        let n = self.r.count()?;
        let mut languages = Vec::with_capacity(n);
        for _ in 0..n {
            languages.push(LanguageSkill {
                language: self.r.str()?,
                level: code(Cefr::from_code(self.r.u16()?))?,
            });
        }
        let n = self.r.count()?;
        let mut qualifications = Vec::with_capacity(n);
        for _ in 0..n {
            qualifications.push(Qualification {
                kind: code(QualificationKind::from_code(self.r.u16()?))?,
                title: self.text()?,
                country: self.r.str()?,
                recognition: code(Recognition::from_code(self.r.u16()?))?,
            });
        }
        let mut texts = || -> Result<Vec<Text>, SyncError> {
            let n = self.r.count()?;
            (0..n).map(|_| self.text()).collect()
        };
        let work_experience = texts()?;
        let interests = texts()?;
        Ok(Profile {
            display_name,
            ui_language,
            languages,
            qualifications,
            work_experience,
            interests,
        })
    }

    pub(crate) fn goal(&mut self, id: crate::Id) -> Result<Goal, SyncError> {
        let head = self.r.u8()?;
        heads_unused(head, 2)?;
        let field = code(FieldOfAction::from_code(self.r.u16()?))?;
        let status = code(GoalStatus::from_code(self.r.u16()?))?;
        let title = self.title(bit(head, 0), |r| code(GoalCode::from_code(r.u16()?)))?;
        let target = if bit(head, 1) { Some(self.date()?) } else { None };
        Ok(Goal {
            id,
            field,
            title,
            status,
            target,
            steps: Vec::new(),
            meta: self.meta()?,
        })
    }

    pub(crate) fn step(&mut self, id: crate::Id) -> Result<Step, SyncError> {
        let head = self.r.u8()?;
        heads_unused(head, 4)?;
        let title = self.title(bit(head, 2), |r| {
            let c = r.u16()?;
            code(StepCode::from_parts(c, r.u16()?))
        })?;
        let state = match head & 0b11 {
            0 => StepState::Planned { date: None },
            1 => StepState::Planned {
                date: Some(self.date()?),
            },
            2 => StepState::Done { date: self.date()? },
            _ => return Err(SyncError::Damaged),
        };
        let note = if bit(head, 3) { Some(self.text()?) } else { None };
        Ok(Step {
            id,
            title,
            state,
            note,
            meta: self.meta()?,
        })
    }

    pub(crate) fn contact(&mut self, id: crate::Id) -> Result<Contact, SyncError> {
        let head = self.r.u8()?;
        heads_unused(head, 7)?;
        let organisation = self.r.str()?;
        let role = self.title(bit(head, 0), |r| code(ContactRole::from_code(r.u16()?)))?;
        let mut strings: [String; 5] = Default::default();
        for (n, s) in strings.iter_mut().enumerate() {
            if bit(head, n as u8 + 1) {
                *s = self.r.str()?;
                if s.is_empty() {
                    return Err(SyncError::Damaged);
                }
            }
        }
        let [person, phone, email, address, opening_hours] = strings;
        let note = if bit(head, 6) { Some(self.text()?) } else { None };
        Ok(Contact {
            id,
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

    pub(crate) fn appointment(&mut self, id: crate::Id) -> Result<Appointment, SyncError> {
        let head = self.r.u8()?;
        heads_unused(head, 5)?;
        let date = self.date()?;
        let time = if bit(head, 0) {
            Some(code(Time::from_minutes(self.r.u16()?))?)
        } else {
            None
        };
        let place = if bit(head, 1) {
            let place = self.r.str()?;
            if place.is_empty() {
                return Err(SyncError::Damaged);
            }
            place
        } else {
            String::new()
        };
        let contact = if bit(head, 2) { Some(self.r.id()?) } else { None };
        let purpose = self.title(bit(head, 3), |r| code(PurposeCode::from_code(r.u16()?)))?;
        let bring = if bit(head, 4) { Some(self.text()?) } else { None };
        Ok(Appointment {
            id,
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
