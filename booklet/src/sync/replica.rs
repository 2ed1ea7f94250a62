//! The replica: per-entry last-writer-wins registers with tombstones, from which the booklet is materialised.
//!
//! # Registers
//!
//! One register per [`Key`]: the profile, each goal (without its steps), each step (keyed by goal and step
//! id), each contact and each appointment. A register holds a [`Value`] — the whole entry and its list
//! position — or a tombstone, and the [`Hlc`] of the operation that wrote it. [`Replica::apply`] keeps the
//! operation with the greater stamp, so any set of operations, delivered in any order and any number of times,
//! gives the same registers. (Two *different* values with the *same* stamp can only come from two devices
//! sharing a node id; the one with the greater encoding wins, so even then every replica agrees.)
//!
//! # Materialising ([`Replica::booklet`])
//!
//! Live registers are ordered by `(position, id)` in each list. The result always passes
//! [`crate::validate::validate`]; states that validation would refuse are resolved deterministically:
//!
//! - the steps of a goal whose register is a tombstone (or missing) are hidden, not deleted: deleting a goal
//!   writes one tombstone, and restoring it (undo) brings its steps back;
//! - an appointment naming a contact that is not in the booklet shows without contact (the register keeps the
//!   reference, so it shows again if the contact comes back);
//! - an id used twice (only possible with colliding or crafted ids) is shown once, at its first place in the
//!   order goals, their steps, contacts, appointments;
//! - a list longer than its limit (two devices adding concurrently near [`crate::validate::MAX_GOALS`] and the
//!   like) shows its first entries up to the limit.
//!
//! In the last two cases the next [`Replica::record`] on any device writes tombstones for the hidden entries,
//! as they are not in the app's booklet (keeping them would let them pop up whenever the list shrinks): the
//! only case where sync drops data the owner did not delete, and only beyond limits no real booklet reaches
//! or with ids that collide.
//!
//! Operations whose entry breaks its own rules (per-entry validation) never enter a register.
//!
//! # Deletes and late edits
//!
//! Every operation carries the whole entry. A tombstone stamped after an edit wins, whenever the edit arrives.
//! An edit stamped after a delete (made on a device that had not seen the delete yet, with a later clock) is a
//! complete rewrite of the entry, so it brings the entry back, whole. An edit of a step does not bring back its
//! deleted goal: the step stays hidden with the goal.
//!
//! # Recording local changes ([`Replica::record`])
//!
//! The app applies commands to the materialised booklet as ever and hands the result to `record`, which writes
//! one operation per register that differs (new, changed, moved, deleted). Reorders keep the positions of the
//! entries that did not move (see `positions.rs`), so moving one entry writes one operation.

pub(crate) mod bytes;
pub(crate) mod encode;
mod error;
mod positions;

use std::collections::{BTreeMap, BTreeSet};

pub use encode::VERSION;
pub use error::{MESSAGE_IDS, SyncError};

use super::clock::{Clock, Hlc, check_drift};
use crate::id::Id;
use crate::model::{Appointment, Booklet, Contact, Goal, Profile, Step};
use crate::validate::{
    MAX_APPOINTMENTS, MAX_CONTACTS, MAX_GOALS, MAX_STEPS, validate_appointment, validate_contact,
    validate_goal, validate_profile, validate_step,
};

/// The UI language of the profile of a replica that has no profile register yet (German, the reference
/// locale). Only seen before the first device recorded its booklet.
pub const EMPTY_UI_LANGUAGE: &str = "de";

/// Which register an operation writes.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Key {
    /// The profile.
    Profile,
    /// A goal (its own fields; its steps have registers of their own).
    Goal(Id),
    /// A step of a goal.
    Step {
        /// The goal it belongs to.
        goal: Id,
        /// The step.
        step: Id,
    },
    /// A contact.
    Contact(Id),
    /// An appointment.
    Appointment(Id),
}

/// The entry a live register holds. Its id is always the key's; a goal's `steps` are always empty.
#[derive(Clone, Debug, PartialEq)]
pub enum Entry {
    /// The profile.
    Profile(Profile),
    /// A goal without its steps.
    Goal(Goal),
    /// A step.
    Step(Step),
    /// A contact.
    Contact(Contact),
    /// An appointment.
    Appointment(Appointment),
}

/// A live register's content: the entry and its position in its list (0 for the profile).
#[derive(Clone, Debug, PartialEq)]
pub struct Value {
    /// Sort key within the list; ties are ordered by id.
    pub position: u64,
    /// The entry.
    pub entry: Entry,
}

/// One write of one register: a value, or a tombstone (`value: None`).
#[derive(Clone, Debug, PartialEq)]
pub struct Op {
    /// When, by whom: decides which write wins.
    pub hlc: Hlc,
    /// Which register.
    pub key: Key,
    /// The new content; `None` deletes the entry.
    pub value: Option<Value>,
}

impl Op {
    /// Whether the op is well-formed: the entry is of the key's kind and carries the key's id, a goal has no
    /// steps, the profile has position 0 and is never deleted, and the entry passes its own validation.
    pub fn is_well_formed(&self) -> bool {
        let Some(value) = &self.value else {
            return self.key != Key::Profile;
        };
        match (&self.key, &value.entry) {
            (Key::Profile, Entry::Profile(p)) => value.position == 0 && validate_profile(p).is_ok(),
            (Key::Goal(id), Entry::Goal(g)) => *id == g.id && g.steps.is_empty() && validate_goal(g).is_ok(),
            (Key::Step { step, .. }, Entry::Step(s)) => *step == s.id && validate_step(s).is_ok(),
            (Key::Contact(id), Entry::Contact(c)) => *id == c.id && validate_contact(c).is_ok(),
            (Key::Appointment(id), Entry::Appointment(a)) => *id == a.id && validate_appointment(a).is_ok(),
            _ => false,
        }
    }
}

/// The stamp and content of one register.
#[derive(Clone, Debug, PartialEq)]
struct Register {
    hlc: Hlc,
    value: Option<Value>,
}

/// The merged state of a booklet: every register, tombstones and stamps included.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Replica {
    registers: BTreeMap<Key, Register>,
}

impl Replica {
    /// An empty replica (its booklet is empty, with [`EMPTY_UI_LANGUAGE`]).
    pub fn new() -> Self {
        Self::default()
    }

    /// Applies one operation: it replaces the register if its stamp is greater (or, for the same stamp, its
    /// value differs and encodes greater). Returns whether the register changed. Ill-formed ops
    /// ([`Op::is_well_formed`]) are ignored.
    pub fn apply(&mut self, op: Op) -> bool {
        if !op.is_well_formed() {
            return false;
        }
        match self.registers.get_mut(&op.key) {
            None => {
                self.registers.insert(
                    op.key,
                    Register {
                        hlc: op.hlc,
                        value: op.value,
                    },
                );
                true
            }
            Some(current) => {
                let wins = match op.hlc.cmp(&current.hlc) {
                    std::cmp::Ordering::Greater => true,
                    std::cmp::Ordering::Less => false,
                    std::cmp::Ordering::Equal => {
                        op.value != current.value
                            && encode::value_bytes(op.value.as_ref(), op.hlc)
                                > encode::value_bytes(current.value.as_ref(), current.hlc)
                    }
                };
                if wins {
                    *current = Register {
                        hlc: op.hlc,
                        value: op.value,
                    };
                }
                wins
            }
        }
    }

    /// Applies every register of `other` (a merge of two replicas, commutative and idempotent).
    pub fn merge(&mut self, other: &Replica) {
        for op in other.ops() {
            self.apply(op);
        }
    }

    /// Applies operations from another device: refuses the whole batch, changing nothing, if any stamp is more
    /// than [`super::clock::MAX_DRIFT_MS`] ahead of `wall_ms`; otherwise moves `clock` past every stamp and
    /// applies them. Returns whether any register changed.
    pub fn receive(&mut self, ops: &[Op], clock: &mut Clock, wall_ms: u64) -> Result<bool, SyncError> {
        ops.iter().try_for_each(|op| check_drift(op.hlc, wall_ms))?;
        let mut changed = false;
        for op in ops {
            clock.observe(op.hlc, wall_ms)?;
            changed |= self.apply(op.clone());
        }
        Ok(changed)
    }

    /// Every register as the operation that wrote it, in key order.
    pub fn ops(&self) -> Vec<Op> {
        self.registers
            .iter()
            .map(|(key, r)| Op {
                hlc: r.hlc,
                key: *key,
                value: r.value.clone(),
            })
            .collect()
    }

    /// The greatest stamp in the replica, to resume a device's [`Clock`] after a restart.
    pub fn latest(&self) -> Option<Hlc> {
        self.registers.values().map(|r| r.hlc).max()
    }

    /// How many registers (tombstones included) the replica holds.
    pub fn len(&self) -> usize {
        self.registers.len()
    }

    /// Whether no register was written yet.
    pub fn is_empty(&self) -> bool {
        self.registers.is_empty()
    }

    fn live(&self, key: &Key) -> Option<&Value> {
        self.registers.get(key).and_then(|r| r.value.as_ref())
    }

    /// The live values of one kind of register in `range`, in list order `(position, id)`.
    fn list(&self, range: impl std::ops::RangeBounds<Key>) -> Vec<(&Key, &Value)> {
        let mut list: Vec<_> = self
            .registers
            .range(range)
            .filter_map(|(k, r)| r.value.as_ref().map(|v| (k, v)))
            .collect();
        list.sort_by_key(|(k, v)| (v.position, **k));
        list
    }

    /// The booklet the registers describe (see the module docs for the rules). Equal registers give equal
    /// booklets; the result passes [`crate::validate::validate`].
    pub fn booklet(&self) -> Booklet {
        let mut booklet = Booklet::new(EMPTY_UI_LANGUAGE);
        if let Some(Value {
            entry: Entry::Profile(p),
            ..
        }) = self.live(&Key::Profile)
        {
            booklet.profile = p.clone();
        }
        // Ordered sets: a few hundred u128 comparisons beat SipHash here, and keep every step deterministic.
        let mut seen: BTreeSet<Id> = BTreeSet::new();
        for (_, value) in self.list(Key::Goal(Id::from_u128(0))..=Key::Goal(Id::from_u128(u128::MAX))) {
            if booklet.goals.len() == MAX_GOALS {
                break;
            }
            let Entry::Goal(goal) = &value.entry else { continue };
            if !seen.insert(goal.id) {
                continue;
            }
            let mut goal = goal.clone();
            for (_, value) in self.list(steps_of(goal.id)) {
                if goal.steps.len() == MAX_STEPS {
                    break;
                }
                if let Entry::Step(step) = &value.entry
                    && seen.insert(step.id)
                {
                    goal.steps.push(step.clone());
                }
            }
            booklet.goals.push(goal);
        }
        for (_, value) in self.list(Key::Contact(Id::from_u128(0))..=Key::Contact(Id::from_u128(u128::MAX))) {
            if booklet.contacts.len() == MAX_CONTACTS {
                break;
            }
            if let Entry::Contact(contact) = &value.entry
                && seen.insert(contact.id)
            {
                booklet.contacts.push(contact.clone());
            }
        }
        let contacts: BTreeSet<Id> = booklet.contacts.iter().map(|c| c.id).collect();
        for (_, value) in
            self.list(Key::Appointment(Id::from_u128(0))..=Key::Appointment(Id::from_u128(u128::MAX)))
        {
            if booklet.appointments.len() == MAX_APPOINTMENTS {
                break;
            }
            if let Entry::Appointment(appointment) = &value.entry
                && seen.insert(appointment.id)
            {
                let mut appointment = appointment.clone();
                appointment.contact = appointment.contact.filter(|c| contacts.contains(c));
                booklet.appointments.push(appointment);
            }
        }
        booklet
    }

    /// Records a local change: compares the registers with `new` (the app's booklet after a command, which
    /// must be valid), stamps one operation per register that differs — new, changed or moved entries get
    /// their value, deleted ones a tombstone — applies them and returns them for the outbox. An unchanged
    /// booklet gives no operations; afterwards [`Replica::booklet`] equals `new`.
    ///
    /// `new` must be a command's result on *this replica's current* booklet: everything in the registers that
    /// `new` does not show counts as deleted locally, so a booklet from before the last merge would write back
    /// its stale entries with fresh stamps and undo what was merged.
    pub fn record(&mut self, new: &Booklet, clock: &mut Clock, wall_ms: u64) -> Vec<Op> {
        let mut writes: Vec<(Key, Option<Value>)> = Vec::new();
        let profile_changed = match self.live(&Key::Profile) {
            Some(Value {
                entry: Entry::Profile(p),
                ..
            }) => *p != new.profile,
            _ => true,
        };
        if profile_changed {
            let entry = Entry::Profile(new.profile.clone());
            writes.push((Key::Profile, Some(Value { position: 0, entry })));
        }
        // An appointment whose register names a contact that is not in `new` shows without it, so it is
        // compared that way: no write just to drop a dangling reference (which would beat concurrent edits).
        let contacts: BTreeSet<Id> = new.contacts.iter().map(|c| c.id).collect();
        let mut diff =
            |list: Vec<(Key, Proposed<'_>)>, range| self.diff_list(&list, range, &contacts, &mut writes);

        diff(
            new.goals
                .iter()
                .map(|g| (Key::Goal(g.id), Proposed::Goal(g)))
                .collect(),
            Key::Goal(Id::from_u128(0))..=Key::Goal(Id::from_u128(u128::MAX)),
        );
        for goal in &new.goals {
            let steps = goal.steps.iter().map(|s| {
                let key = Key::Step {
                    goal: goal.id,
                    step: s.id,
                };
                (key, Proposed::Step(s))
            });
            diff(steps.collect(), steps_of(goal.id));
        }
        // Steps of goals that are not in `new` get no tombstones: their goal's tombstone hides them.
        diff(
            new.contacts
                .iter()
                .map(|c| (Key::Contact(c.id), Proposed::Contact(c)))
                .collect(),
            Key::Contact(Id::from_u128(0))..=Key::Contact(Id::from_u128(u128::MAX)),
        );
        diff(
            new.appointments
                .iter()
                .map(|a| (Key::Appointment(a.id), Proposed::Appointment(a)))
                .collect(),
            Key::Appointment(Id::from_u128(0))..=Key::Appointment(Id::from_u128(u128::MAX)),
        );

        let mut ops = Vec::with_capacity(writes.len());
        for (key, value) in writes {
            let op = Op {
                hlc: clock.tick(wall_ms),
                key,
                value,
            };
            self.apply(op.clone());
            ops.push(op);
        }
        ops
    }

    /// Adds to `writes` the entries of one list of the app's booklet (in its order) that differ from their live
    /// registers, with positions from [`positions::place`], and tombstones for the live registers in `range`
    /// that are not in the list. `contacts` are the contacts of the app's booklet.
    fn diff_list(
        &self,
        new: &[(Key, Proposed<'_>)],
        range: std::ops::RangeInclusive<Key>,
        contacts: &BTreeSet<Id>,
        writes: &mut Vec<(Key, Option<Value>)>,
    ) {
        let current: Vec<Option<(u64, Id)>> = new
            .iter()
            .map(|(key, _)| self.live(key).map(|v| (v.position, key_id(key))))
            .collect();
        let positions = positions::place(&current);
        for ((key, proposed), position) in new.iter().zip(positions) {
            let same = self
                .live(key)
                .is_some_and(|old| old.position == position && proposed.matches(&old.entry, contacts));
            if !same {
                let value = Value {
                    position,
                    entry: proposed.to_entry(),
                };
                writes.push((*key, Some(value)));
            }
        }
        let keys: BTreeSet<Key> = new.iter().map(|(k, _)| *k).collect();
        for (key, register) in self.registers.range(range) {
            if register.value.is_some() && !keys.contains(key) {
                writes.push((*key, None));
            }
        }
    }

    /// The replica's state for a sealed snapshot: every register with its stamp, tombstones included (see
    /// `encode.rs` for the format).
    pub fn snapshot(&self) -> Vec<u8> {
        encode::write_ops(self.ops().iter())
    }

    /// Reads what [`Replica::snapshot`] wrote. Refuses anything else — damage, trailing bytes, registers out of
    /// key order or repeated, ill-formed entries — without panicking.
    pub fn from_snapshot(bytes: &[u8]) -> Result<Self, SyncError> {
        let ops = encode::read_ops(bytes)?;
        let mut registers = BTreeMap::new();
        let mut last: Option<Key> = None;
        for op in ops {
            if last.is_some_and(|k| k >= op.key) {
                return Err(SyncError::Damaged);
            }
            last = Some(op.key);
            registers.insert(
                op.key,
                Register {
                    hlc: op.hlc,
                    value: op.value,
                },
            );
        }
        Ok(Self { registers })
    }
}

/// The operations in their binary form, for one sealed record (see `encode.rs`).
pub fn encode_ops(ops: &[Op]) -> Vec<u8> {
    encode::write_ops(ops.iter())
}

/// Reads what [`encode_ops`] wrote. Refuses anything else — damage, trailing bytes, a newer version,
/// ill-formed operations — without panicking.
pub fn decode_ops(bytes: &[u8]) -> Result<Vec<Op>, SyncError> {
    encode::read_ops(bytes)
}

/// The key range of the step registers of one goal.
fn steps_of(goal: Id) -> std::ops::RangeInclusive<Key> {
    Key::Step {
        goal,
        step: Id::from_u128(0),
    }..=Key::Step {
        goal,
        step: Id::from_u128(u128::MAX),
    }
}

/// The id that breaks position ties within a list.
fn key_id(key: &Key) -> Id {
    match *key {
        Key::Profile => Id::from_u128(0),
        Key::Goal(id) | Key::Contact(id) | Key::Appointment(id) | Key::Step { step: id, .. } => id,
    }
}

/// An entry of the app's booklet, borrowed, to compare with a register without cloning it.
#[derive(Clone, Copy)]
enum Proposed<'a> {
    Goal(&'a Goal),
    Step(&'a Step),
    Contact(&'a Contact),
    Appointment(&'a Appointment),
}

impl Proposed<'_> {
    /// Whether the register entry `old` already shows as this entry: a goal without its steps; an appointment
    /// with its contact dropped unless it is one of `contacts`. Destructured, so a new field cannot be missed.
    fn matches(self, old: &Entry, contacts: &BTreeSet<Id>) -> bool {
        match (self, old) {
            (Proposed::Goal(new), Entry::Goal(old)) => {
                let Goal {
                    id,
                    field,
                    title,
                    status,
                    target,
                    steps: _,
                    meta,
                } = new;
                *id == old.id
                    && *field == old.field
                    && *title == old.title
                    && *status == old.status
                    && *target == old.target
                    && *meta == old.meta
            }
            (Proposed::Step(new), Entry::Step(old)) => new == old,
            (Proposed::Contact(new), Entry::Contact(old)) => new == old,
            (Proposed::Appointment(new), Entry::Appointment(old)) => {
                let Appointment {
                    id,
                    date,
                    time,
                    place,
                    contact,
                    purpose,
                    bring,
                    meta,
                } = new;
                *id == old.id
                    && *date == old.date
                    && *time == old.time
                    && *place == old.place
                    && *contact == old.contact.filter(|c| contacts.contains(c))
                    && *purpose == old.purpose
                    && *bring == old.bring
                    && *meta == old.meta
            }
            _ => false,
        }
    }

    /// The entry as a register holds it (a goal without its steps).
    fn to_entry(self) -> Entry {
        match self {
            Proposed::Goal(g) => Entry::Goal(Goal {
                steps: Vec::new(),
                ..g.clone()
            }),
            Proposed::Step(s) => Entry::Step(s.clone()),
            Proposed::Contact(c) => Entry::Contact(c.clone()),
            Proposed::Appointment(a) => Entry::Appointment(a.clone()),
        }
    }
}
