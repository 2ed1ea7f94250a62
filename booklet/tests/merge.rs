//! Merge rules of sync (`booklet::sync::replica`, `booklet::sync::clock`).
//!
//! The central property: three devices edit their booklets with random commands, sync now and then, and
//! finally every device receives every operation — in a shuffled order, many of them twice. Every delivery
//! gives the same registers and byte-identical booklet JSON. Around it: deletes against late edits, the
//! record/materialise round trip, snapshots, the drift limit, the binary forms and their sizes, and decoding
//! of damaged input.
#![cfg(not(target_arch = "wasm32"))]

use booklet::catalog::GoalCode;
use booklet::sync::clock::{Clock, Hlc, MAX_DRIFT_MS};
use booklet::sync::replica::{self, Entry, Key, Op, Replica, SyncError, Value, decode_ops, encode_ops};
use booklet::validate::validate;
use booklet::*;
use proptest::prelude::*;

mod common;
use common::*;

/// 2024-03-09T10:30:00Z
const T0: u64 = 1_709_980_200_000;

// ---------------------------------------------------------------------------------------------------------
// Random local edits: a template resolved against the device's current booklet into a `Command`.

/// A command template; `usize` selectors pick an existing entry modulo the list length. `shared` ids come from
/// a small space all devices draw from, so concurrent adds of one id — even of different kinds — happen.
#[derive(Clone, Debug)]
enum Change {
    AddGoal(Option<GoalCode>, Text, bool, Option<u8>),
    EditGoal(usize, Option<Date>),
    Status(usize, GoalStatus),
    DeleteGoal(usize, bool),
    MoveGoal(usize, usize),
    AddStep(usize, Step, Option<u8>),
    Complete(usize, usize),
    Reopen(usize, usize),
    StepNote(usize, usize, Option<Text>),
    DeleteStep(usize, usize, bool),
    MoveStep(usize, usize, usize),
    AddContact(Contact, Option<u8>),
    EditContact(usize, String),
    DeleteContact(usize, bool),
    MoveContact(usize, usize),
    AddAppointment(Date, Option<usize>, Option<u8>),
    EditAppointment(usize, Option<usize>),
    DeleteAppointment(usize, bool),
    Profile(Profile),
}

fn shared() -> impl Strategy<Value = Option<u8>> {
    prop::option::weighted(0.15, 0u8..12)
}

fn change() -> impl Strategy<Value = Change> {
    let i = || 0usize..8;
    prop_oneof![
        3 => (prop::option::of(prop::sample::select(GoalCode::ALL.to_vec())), text(), any::<bool>(), shared())
            .prop_map(|(c, t, s, id)| Change::AddGoal(c, t, s, id)),
        1 => (i(), prop::option::of(date())).prop_map(|(g, d)| Change::EditGoal(g, d)),
        1 => (i(), prop::sample::select(GoalStatus::ALL.to_vec())).prop_map(|(g, s)| Change::Status(g, s)),
        1 => (i(), any::<bool>()).prop_map(|(g, u)| Change::DeleteGoal(g, u)),
        1 => (i(), i()).prop_map(|(g, to)| Change::MoveGoal(g, to)),
        3 => (i(), step(), shared()).prop_map(|(g, s, id)| Change::AddStep(g, s, id)),
        2 => (i(), i()).prop_map(|(g, s)| Change::Complete(g, s)),
        1 => (i(), i()).prop_map(|(g, s)| Change::Reopen(g, s)),
        1 => (i(), i(), prop::option::of(text())).prop_map(|(g, s, n)| Change::StepNote(g, s, n)),
        1 => (i(), i(), any::<bool>()).prop_map(|(g, s, u)| Change::DeleteStep(g, s, u)),
        1 => (i(), i(), i()).prop_map(|(g, s, to)| Change::MoveStep(g, s, to)),
        2 => (contact(), shared()).prop_map(|(c, id)| Change::AddContact(c, id)),
        1 => (i(), valid_phone()).prop_map(|(c, p)| Change::EditContact(c, p)),
        1 => (i(), any::<bool>()).prop_map(|(c, u)| Change::DeleteContact(c, u)),
        1 => (i(), i()).prop_map(|(c, to)| Change::MoveContact(c, to)),
        2 => (date(), prop::option::of(i()), shared()).prop_map(|(d, c, id)| Change::AddAppointment(d, c, id)),
        1 => (i(), prop::option::of(i())).prop_map(|(a, c)| Change::EditAppointment(a, c)),
        1 => (i(), any::<bool>()).prop_map(|(a, u)| Change::DeleteAppointment(a, u)),
        1 => profile().prop_map(Change::Profile),
    ]
}

fn nth<T>(list: &[T], i: usize) -> Option<&T> {
    (!list.is_empty()).then(|| &list[i % list.len()])
}

fn contact_fields(c: &Contact) -> ContactFields {
    ContactFields {
        organisation: c.organisation.clone(),
        role: c.role.clone(),
        person: c.person.clone(),
        phone: c.phone.clone(),
        email: c.email.clone(),
        address: c.address.clone(),
        opening_hours: c.opening_hours.clone(),
        note: c.note.clone(),
    }
}

/// The command for `edit` on `b`, and whether to undo it right away; `None` if it selects nothing.
fn to_command(
    b: &Booklet,
    edit: Change,
    fresh: &mut impl FnMut(Option<u8>) -> Id,
    today: Date,
) -> Option<(Command, bool)> {
    let goal = |i| nth(&b.goals, i);
    let step = |i, j| goal(i).and_then(|g| nth(&g.steps, j).map(|s| (g.id, s)));
    let contact = |i| nth(&b.contacts, i);
    let appointment = |i| nth(&b.appointments, i);
    let cmd = match edit {
        Change::AddGoal(code, title, with_steps, id) => {
            let fields = code.map_or(
                GoalFields {
                    field: FieldOfAction::Everyday,
                    title: Title::Free(title),
                    target: None,
                },
                GoalFields::from_code,
            );
            let steps = match (code, with_steps) {
                (Some(c), true) => c
                    .typical_steps()
                    .iter()
                    .map(|s| NewStep {
                        id: fresh(None),
                        fields: StepFields::planned(*s),
                    })
                    .collect(),
                _ => Vec::new(),
            };
            Command::AddGoal {
                id: fresh(id),
                goal: fields,
                steps,
            }
        }
        Change::EditGoal(i, target) => {
            let g = goal(i)?;
            Command::EditGoal {
                id: g.id,
                goal: GoalFields {
                    field: g.field,
                    title: g.title.clone(),
                    target,
                },
            }
        }
        Change::Status(i, status) => Command::SetGoalStatus {
            id: goal(i)?.id,
            status,
        },
        Change::DeleteGoal(i, undo) => return Some((Command::DeleteGoal { id: goal(i)?.id }, undo)),
        Change::MoveGoal(i, to_index) => Command::MoveGoal {
            id: goal(i)?.id,
            to_index: to_index % b.goals.len().max(1),
        },
        Change::AddStep(i, s, id) => Command::AddStep {
            goal: goal(i)?.id,
            id: fresh(id),
            step: StepFields {
                title: s.title,
                done: false,
                date: s.state.date(),
                note: s.note,
            },
        },
        Change::Complete(i, j) => {
            let (goal, s) = step(i, j)?;
            Command::CompleteStep {
                goal,
                id: s.id,
                date: today,
            }
        }
        Change::Reopen(i, j) => {
            let (goal, s) = step(i, j)?;
            Command::ReopenStep { goal, id: s.id }
        }
        Change::StepNote(i, j, note) => {
            let (goal, s) = step(i, j)?;
            Command::EditStep {
                goal,
                id: s.id,
                step: StepFields {
                    title: s.title.clone(),
                    done: s.is_done(),
                    date: s.state.date(),
                    note,
                },
            }
        }
        Change::DeleteStep(i, j, undo) => {
            let (goal, s) = step(i, j)?;
            return Some((Command::DeleteStep { goal, id: s.id }, undo));
        }
        Change::MoveStep(i, j, to) => {
            let (goal, s) = step(i, j)?;
            let len = b.find_goal(goal).map_or(1, |g| g.steps.len());
            Command::MoveStep {
                goal,
                id: s.id,
                to_index: to % len,
            }
        }
        Change::AddContact(c, id) => Command::AddContact {
            id: fresh(id),
            contact: contact_fields(&c),
        },
        Change::EditContact(i, phone) => {
            let c = contact(i)?;
            Command::EditContact {
                id: c.id,
                contact: ContactFields {
                    phone,
                    ..contact_fields(c)
                },
            }
        }
        Change::DeleteContact(i, undo) => return Some((Command::DeleteContact { id: contact(i)?.id }, undo)),
        Change::MoveContact(i, to) => Command::MoveContact {
            id: contact(i)?.id,
            to_index: to % b.contacts.len().max(1),
        },
        Change::AddAppointment(date, with, id) => Command::AddAppointment {
            id: fresh(id),
            appointment: AppointmentFields {
                date,
                time: None,
                place: String::new(),
                contact: with.and_then(contact).map(|c| c.id),
                purpose: Title::Code(PurposeCode::Counselling),
                bring: None,
            },
        },
        Change::EditAppointment(i, with) => {
            let a = appointment(i)?;
            Command::EditAppointment {
                id: a.id,
                appointment: AppointmentFields {
                    date: a.date,
                    time: a.time,
                    place: a.place.clone(),
                    contact: with.and_then(contact).map(|c| c.id),
                    purpose: a.purpose.clone(),
                    bring: a.bring.clone(),
                },
            }
        }
        Change::DeleteAppointment(i, undo) => {
            return Some((
                Command::DeleteAppointment {
                    id: appointment(i)?.id,
                },
                undo,
            ));
        }
        Change::Profile(profile) => Command::EditProfile { profile },
    };
    Some((cmd, false))
}

// ---------------------------------------------------------------------------------------------------------
// Devices.

/// One device: its replica, the booklet the app shows, its clock, its wall-clock skew, and every op it recorded.
struct Device {
    replica: Replica,
    booklet: Booklet,
    clock: Clock,
    skew_ms: i64,
    next_id: u128,
    outbox: Vec<Op>,
}

impl Device {
    fn new(node: u64, skew_ms: i64) -> Self {
        Self {
            replica: Replica::new(),
            booklet: Replica::new().booklet(),
            clock: Clock::new(node),
            skew_ms,
            next_id: 0,
            outbox: Vec::new(),
        }
    }

    fn wall(&self, now: u64) -> u64 {
        now.saturating_add_signed(self.skew_ms)
    }

    /// Applies one edit as the app would: command on the materialised booklet, then `record`. Checks that
    /// recording gives exactly the command's booklet, and that recording it again writes nothing.
    fn edit(&mut self, edit: Change, now: u64) -> Result<(), TestCaseError> {
        let wall = self.wall(now);
        let ctx = Context {
            now: Timestamp::from_millis(wall as i64),
            author: Author::Owner,
        };
        let before = self.booklet.clone();
        let node = u128::from(self.clock.node());
        let next_id = &mut self.next_id;
        let mut fresh = |shared: Option<u8>| match shared {
            Some(n) => Id::from_u128(u128::from(n) + 1),
            None => {
                *next_id += 1;
                Id::from_u128(node << 64 | *next_id)
            }
        };
        let today = ctx.now.date();
        let Some((cmd, undo)) = to_command(&before, edit, &mut fresh, today) else {
            return Ok(());
        };
        let Ok(applied) = apply(&before, cmd, &ctx) else {
            return Ok(());
        };
        let mut after = applied.booklet;
        self.commit(&after, wall)?;
        if let (Some(removed), true) = (applied.removed, undo) {
            after = apply(&after, removed.undo(), &ctx).expect("undo applies").booklet;
            self.commit(&after, wall)?;
        }
        Ok(())
    }

    fn commit(&mut self, new: &Booklet, wall: u64) -> Result<(), TestCaseError> {
        let ops = self.replica.record(new, &mut self.clock, wall);
        self.booklet = self.replica.booklet();
        prop_assert_eq!(&self.booklet, new);
        prop_assert!(self.replica.record(new, &mut self.clock, wall).is_empty());
        prop_assert_eq!(decode_ops(&encode_ops(&ops)), Ok(ops.clone()));
        self.outbox.extend(ops);
        Ok(())
    }
}

/// A small deterministic generator for delivery orders (xorshift64*).
struct Shuffler(u64);

impl Shuffler {
    fn next(&mut self, bound: usize) -> usize {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        (self.0.wrapping_mul(0x2545_f491_4f6c_dd1d) >> 33) as usize % bound.max(1)
    }

    /// `ops` in a random order, about a third of them twice.
    fn deliveries(&mut self, ops: &[Op]) -> Vec<Op> {
        let mut out: Vec<Op> = ops.to_vec();
        for op in ops {
            if self.next(3) == 0 {
                out.push(op.clone());
            }
        }
        for i in (1..out.len()).rev() {
            let j = self.next(i + 1);
            out.swap(i, j);
        }
        out
    }
}

#[derive(Clone, Debug)]
enum Event {
    /// A device edits; time moves on.
    Edit(usize, Box<Change>, u32),
    /// A device receives everything another one recorded so far.
    Sync(usize, usize),
    /// A device's wall clock is set back (or forward) by up to an hour.
    Skew(usize, i32),
}

fn event() -> impl Strategy<Value = Event> {
    prop_oneof![
        8 => (0usize..3, change(), 0u32..5_000).prop_map(|(d, e, t)| Event::Edit(d, Box::new(e), t)),
        2 => (0usize..3, 0usize..3).prop_map(|(a, b)| Event::Sync(a, b)),
        1 => (0usize..3, -3_600_000i32..3_600_000).prop_map(|(d, s)| Event::Skew(d, s)),
    ]
}

fn json(b: &Booklet) -> String {
    serde_json::to_string(b).expect("a booklet serialises")
}

proptest! {
    // XorShift: the default ChaCha generator dominates the run time of a debug build.
    #![proptest_config(ProptestConfig {
        cases: 1000,
        rng_algorithm: proptest::test_runner::RngAlgorithm::XorShift,
        ..ProptestConfig::default()
    })]

    /// Acceptance 1: three devices, random edits and partial syncs; then every device gets every op in its own
    /// shuffled order with duplicates. All end with equal registers and byte-identical booklet JSON — and so do
    /// a fresh replica fed the same ops, one merged from the three, and one restored from a snapshot.
    #[test]
    fn every_delivery_order_gives_the_same_booklet(
        start in booklet(),
        events in prop::collection::vec(event(), 1..25),
        seed in any::<u64>(),
    ) {
        let mut devices = [Device::new(1, 0), Device::new(2, -90_000), Device::new(3, 250_000)];
        let mut now = T0;
        // Device 0 starts with a booklet; the others receive it before anyone edits.
        let d0 = &mut devices[0];
        d0.commit(&start, T0)?;
        let initial = d0.outbox.clone();
        for d in &mut devices[1..] {
            let wall = d.wall(now);
            prop_assert_eq!(d.replica.receive(&initial, &mut d.clock, wall), Ok(true));
            d.booklet = d.replica.booklet();
        }
        for event in events {
            match event {
                Event::Edit(d, edit, dt) => {
                    now += u64::from(dt);
                    devices[d].edit(*edit, now)?;
                }
                Event::Sync(from, to) => {
                    let ops = devices[from].outbox.clone();
                    let d = &mut devices[to];
                    let wall = d.wall(now);
                    let changed = d.replica.receive(&ops, &mut d.clock, wall);
                    prop_assert!(changed.is_ok());
                    if changed == Ok(true) {
                        d.booklet = d.replica.booklet();
                    }
                }
                Event::Skew(d, s) => devices[d].skew_ms = i64::from(s),
            }
        }
        let all: Vec<Op> = devices.iter().flat_map(|d| d.outbox.iter().cloned()).collect();
        let mut shuffler = Shuffler(seed | 1);
        let mut fresh = Replica::new();
        for op in shuffler.deliveries(&all) {
            fresh.apply(op);
        }
        let expected = fresh.booklet();
        prop_assert_eq!(validate(&expected), Ok(()));
        let expected_json = json(&expected);
        for d in &mut devices {
            let wall = d.wall(now);
            prop_assert!(d.replica.receive(&shuffler.deliveries(&all), &mut d.clock, wall).is_ok());
            prop_assert_eq!(&d.replica, &fresh);
            prop_assert_eq!(json(&d.replica.booklet()), expected_json.clone());
        }
        // Showing the merged booklet and recording it writes nothing but tombstones for entries it cannot
        // show (ids that collide): merging never makes a device rewrite what it received.
        let mut again = fresh.clone();
        let extra = again.record(&expected, &mut Clock::new(9), now);
        prop_assert!(extra.iter().all(|op| op.value.is_none()), "{:?}", extra);
        prop_assert_eq!(&again.booklet(), &expected);
        let mut merged = Replica::new();
        for d in devices.iter().rev() {
            merged.merge(&d.replica);
        }
        prop_assert_eq!(&merged, &fresh);
        prop_assert_eq!(Replica::from_snapshot(&fresh.snapshot()), Ok(fresh));
    }
}

// ---------------------------------------------------------------------------------------------------------
// Deletes against late edits.

fn ctx(at: u64) -> Context {
    Context {
        now: Timestamp::from_millis(at as i64),
        author: Author::Owner,
    }
}

fn run(b: &Booklet, cmd: Command, at: u64) -> Booklet {
    apply(b, cmd, &ctx(at)).expect("command applies").booklet
}

fn office(name: &str) -> ContactFields {
    ContactFields {
        organisation: name.into(),
        role: Title::Code(ContactRole::CourseProvider),
        person: String::new(),
        phone: String::new(),
        email: String::new(),
        address: String::new(),
        opening_hours: String::new(),
        note: None,
    }
}

/// Two devices that share one booklet with a contact (id 1), a goal (id 2) with a step (id 3), and an
/// appointment (id 4) with the contact.
fn pair() -> (Replica, Clock, Replica, Clock) {
    let mut b = Booklet::new("de");
    b = run(
        &b,
        Command::AddContact {
            id: Id::from_u128(1),
            contact: office("VHS"),
        },
        T0,
    );
    b = run(
        &b,
        Command::AddGoal {
            id: Id::from_u128(2),
            goal: GoalFields::from_code(GoalCode::WorkFindJob),
            steps: vec![NewStep {
                id: Id::from_u128(3),
                fields: StepFields::planned(StepCode::Profiling),
            }],
        },
        T0,
    );
    b = run(
        &b,
        Command::AddAppointment {
            id: Id::from_u128(4),
            appointment: AppointmentFields {
                date: ctx(T0).now.date(),
                time: None,
                place: String::new(),
                contact: Some(Id::from_u128(1)),
                purpose: Title::Code(PurposeCode::Counselling),
                bring: None,
            },
        },
        T0,
    );
    let (mut a, mut ca) = (Replica::new(), Clock::new(1));
    let ops = a.record(&b, &mut ca, T0);
    let (mut b_replica, mut cb) = (Replica::new(), Clock::new(2));
    b_replica.receive(&ops, &mut cb, T0).expect("within drift");
    (a, ca, b_replica, cb)
}

/// Runs `cmd` on the replica's booklet at `at` and records it.
fn local(r: &mut Replica, clock: &mut Clock, cmd: Command, at: u64) -> Vec<Op> {
    let b = run(&r.booklet(), cmd, at);
    let ops = r.record(&b, clock, at);
    assert_eq!(r.booklet(), b);
    ops
}

fn exchange(a: &mut Replica, from_b: &[Op], b: &mut Replica, from_a: &[Op]) {
    for op in from_b {
        a.apply(op.clone());
    }
    for op in from_a {
        b.apply(op.clone());
    }
    assert_eq!(a, b);
    assert_eq!(json(&a.booklet()), json(&b.booklet()));
}

/// Device a deletes the contact at `delete_at`, device b (not having seen it) renames it at `edit_at`; both
/// exchange their ops. Returns the merged booklet.
fn delete_against_edit(delete_at: u64, edit_at: u64) -> Booklet {
    let (mut a, mut ca, mut b, mut cb) = pair();
    let delete = local(
        &mut a,
        &mut ca,
        Command::DeleteContact { id: Id::from_u128(1) },
        delete_at,
    );
    let rename = Command::EditContact {
        id: Id::from_u128(1),
        contact: office("VHS Nord"),
    };
    let edit = local(&mut b, &mut cb, rename, edit_at);
    exchange(&mut a, &edit, &mut b, &delete);
    a.booklet()
}

#[test]
fn a_newer_delete_beats_an_older_edit_that_arrives_later() {
    let merged = delete_against_edit(T0 + 2_000, T0 + 1_000);
    assert!(merged.contacts.is_empty());
    // The appointment stays, without its contact.
    assert_eq!(merged.appointments.len(), 1);
    assert_eq!(merged.appointments[0].contact, None);
}

#[test]
fn an_edit_stamped_after_the_delete_brings_the_whole_entry_back() {
    // Device b's edit is later than the delete, and rewrites the whole contact.
    let merged = delete_against_edit(T0 + 1_000, T0 + 2_000);
    assert_eq!(merged.contacts.len(), 1);
    assert_eq!(merged.contacts[0].organisation, "VHS Nord");
    // Device a's delete also cleared the appointment's contact (an appointment write of its own, stamped before
    // b's edit of the contact): the appointment keeps a's version, the contact is back on its own.
    assert_eq!(merged.appointments[0].contact, None);
}

#[test]
fn a_step_edit_after_its_goal_was_deleted_stays_hidden_and_undo_brings_the_goal_back() {
    let (mut a, mut ca, mut b, mut cb) = pair();
    let before = a.booklet();
    let delete_ops = {
        let applied = apply(
            &a.booklet(),
            Command::DeleteGoal { id: Id::from_u128(2) },
            &ctx(T0 + 1_000),
        )
        .expect("delete applies");
        let ops = a.record(&applied.booklet, &mut ca, T0 + 1_000);
        // One tombstone for the goal; its step needs none.
        assert_eq!(ops.len(), 1);
        assert_eq!(ops[0].key, Key::Goal(Id::from_u128(2)));
        assert_eq!(ops[0].value, None);
        ops
    };
    let done = local(
        &mut b,
        &mut cb,
        Command::CompleteStep {
            goal: Id::from_u128(2),
            id: Id::from_u128(3),
            date: ctx(T0).now.date(),
        },
        T0 + 2_000,
    );
    exchange(&mut a, &done, &mut b, &delete_ops);
    assert!(a.booklet().goals.is_empty());
    assert_eq!(validate(&a.booklet()), Ok(()));
    // Undo on device a: the goal comes back with the step as it is now (done on device b).
    let mut restored = a.booklet();
    restored.goals.push(before.goals[0].clone());
    restored.goals[0].steps[0] = b
        .ops()
        .iter()
        .find_map(|op| match &op.value {
            Some(Value {
                entry: Entry::Step(s),
                ..
            }) => Some(s.clone()),
            _ => None,
        })
        .expect("the step register is live");
    let ops = a.record(&restored, &mut ca, T0 + 3_000);
    assert_eq!(ops.len(), 1, "only the goal is written: {ops:?}");
    assert!(a.booklet().goals[0].steps[0].is_done());
}

#[test]
fn an_appointment_added_with_a_contact_deleted_elsewhere_shows_without_it() {
    let (mut a, mut ca, mut b, mut cb) = pair();
    let delete = local(
        &mut a,
        &mut ca,
        Command::DeleteContact { id: Id::from_u128(1) },
        T0 + 1_000,
    );
    let add = local(
        &mut b,
        &mut cb,
        Command::AddAppointment {
            id: Id::from_u128(9),
            appointment: AppointmentFields {
                date: ctx(T0).now.date(),
                time: None,
                place: "Raum 3".into(),
                contact: Some(Id::from_u128(1)),
                purpose: Title::Code(PurposeCode::Counselling),
                bring: None,
            },
        },
        T0 + 2_000,
    );
    exchange(&mut a, &add, &mut b, &delete);
    let merged = a.booklet();
    assert_eq!(validate(&merged), Ok(()));
    assert_eq!(merged.appointments.len(), 2);
    assert!(merged.appointments.iter().all(|x| x.contact.is_none()));
    // Recording that booklet writes nothing: the dangling reference is not "fixed" by a write that would beat
    // concurrent edits.
    assert!(a.record(&merged, &mut ca, T0 + 3_000).is_empty());
    // Restoring the contact without relinking the new appointment keeps it unlinked, exactly as recorded.
    let mut restored = merged.clone();
    restored.contacts.push(pair_contact());
    restored.appointments[0].contact = Some(Id::from_u128(1));
    a.record(&restored, &mut ca, T0 + 4_000);
    assert_eq!(a.booklet(), restored);
    assert_eq!(a.booklet().appointments[1].contact, None);
}

fn pair_contact() -> Contact {
    let (a, ..) = pair();
    a.booklet().contacts[0].clone()
}

#[test]
fn one_move_writes_one_op_and_ties_order_by_id() {
    let mut b = Booklet::new("de");
    for n in 1..=5 {
        b = run(
            &b,
            Command::AddContact {
                id: Id::from_u128(n),
                contact: office(&format!("Amt {n}")),
            },
            T0,
        );
    }
    let (mut r, mut c) = (Replica::new(), Clock::new(1));
    r.record(&b, &mut c, T0);
    for (id, to) in [(1, 4), (5, 0), (3, 0), (2, 3)] {
        let moved = run(
            &r.booklet(),
            Command::MoveContact {
                id: Id::from_u128(id),
                to_index: to,
            },
            T0,
        );
        let ops = r.record(&moved, &mut c, T0 + 1);
        assert_eq!(ops.len(), 1, "{ops:?}");
        assert_eq!(r.booklet(), moved);
    }
    // Two devices appending at once may pick the same position: the ids decide, the same way everywhere.
    let (mut r2, mut c2) = (Replica::new(), Clock::new(2));
    r2.merge(&r);
    let x = local(
        &mut r,
        &mut c,
        Command::AddContact {
            id: Id::from_u128(9),
            contact: office("X"),
        },
        T0 + 5,
    );
    let y = local(
        &mut r2,
        &mut c2,
        Command::AddContact {
            id: Id::from_u128(8),
            contact: office("Y"),
        },
        T0 + 5,
    );
    assert_eq!(
        x[0].value.as_ref().map(|v| v.position),
        y[0].value.as_ref().map(|v| v.position)
    );
    exchange(&mut r, &y, &mut r2, &x);
    let ids: Vec<u128> = r.booklet().contacts.iter().map(|c| c.id.as_u128()).collect();
    assert_eq!(&ids[5..], [8, 9]);
}

// ---------------------------------------------------------------------------------------------------------
// Record, snapshots, drift.

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]

    /// Recording any booklet over any other gives exactly it; recording it again gives nothing.
    #[test]
    fn record_then_booklet_is_the_input(first in booklet(), second in booklet()) {
        let (mut r, mut c) = (Replica::new(), Clock::new(7));
        prop_assert!(!r.record(&first, &mut c, T0).is_empty());
        prop_assert_eq!(&r.booklet(), &first);
        prop_assert!(r.record(&first, &mut c, T0).is_empty());
        r.record(&second, &mut c, T0 + 1);
        prop_assert_eq!(&r.booklet(), &second);
        prop_assert!(r.record(&second, &mut c, T0 + 2).is_empty());
    }

    /// A snapshot holds the whole replica; restoring it and applying later ops equals applying everything.
    #[test]
    fn snapshots_round_trip_and_continue(
        first in booklet(),
        second in booklet(),
        third in booklet(),
        seed in any::<u64>(),
    ) {
        let (mut r, mut c) = (Replica::new(), Clock::new(7));
        let mut early = r.record(&first, &mut c, T0);
        early.extend(r.record(&second, &mut c, T0 + 10));
        let snapshot = r.snapshot();
        prop_assert_eq!(Replica::from_snapshot(&snapshot), Ok(r.clone()));
        let later = r.record(&third, &mut c, T0 + 20);
        let mut restored = Replica::from_snapshot(&snapshot).expect("decodes");
        for op in Shuffler(seed | 1).deliveries(&later) {
            restored.apply(op);
        }
        prop_assert_eq!(&restored, &r);
        let mut everything = Replica::new();
        for op in Shuffler(seed | 3).deliveries(&[early, later].concat()) {
            everything.apply(op);
        }
        prop_assert_eq!(&everything, &r);
        prop_assert_eq!(json(&everything.booklet()), json(&third));
        let mut longer = snapshot.clone();
        longer.push(0);
        prop_assert_eq!(Replica::from_snapshot(&longer), Err(SyncError::Damaged));
        let mut ops = r.ops();
        ops.reverse();
        if ops.len() > 1 {
            // Registers out of key order are not a snapshot.
            prop_assert_eq!(Replica::from_snapshot(&encode_ops(&ops)), Err(SyncError::Damaged));
        }
    }
}

#[test]
fn clocks_too_far_ahead_are_refused_and_change_nothing() {
    let (mut a, mut ca, mut b, mut cb) = pair();
    let later = T0 + MAX_DRIFT_MS + 60_000;
    let ops = local(
        &mut a,
        &mut ca,
        Command::DeleteContact { id: Id::from_u128(1) },
        later,
    );
    let before = b.clone();
    let clock_before = cb.clone();
    assert_eq!(
        b.receive(&ops, &mut cb, T0),
        Err(SyncError::ClockAhead {
            ahead_ms: MAX_DRIFT_MS + 60_000
        })
    );
    assert_eq!(b, before);
    assert_eq!(cb, clock_before);
    // A day later the same ops are fine, and the clock has moved past them.
    assert_eq!(b.receive(&ops, &mut cb, T0 + 60_000 + 1), Ok(true));
    assert!(cb.tick(T0) > ops[ops.len() - 1].hlc);
    assert_eq!(
        SyncError::ClockAhead { ahead_ms: 1 }.message_id(),
        "error-sync-clock-ahead"
    );
    // A clock resumed from the replica beats everything in it.
    let mut resumed = Clock::resume(5, b.latest().expect("not empty"));
    assert!(resumed.tick(0) > b.latest().expect("not empty"));
}

#[test]
fn ill_formed_ops_never_enter_a_register() {
    let (mut a, mut ca, ..) = pair();
    let good = local(
        &mut a,
        &mut ca,
        Command::EditContact {
            id: Id::from_u128(1),
            contact: office("X"),
        },
        T0 + 1,
    );
    let hlc = Hlc {
        millis: T0 + 10,
        counter: 0,
        node: 9,
    };
    let mut wrong_id = good[0].clone();
    wrong_id.hlc = hlc;
    wrong_id.key = Key::Contact(Id::from_u128(77));
    let mut blank = good[0].clone();
    blank.hlc = hlc;
    if let Some(Value {
        entry: Entry::Contact(c),
        ..
    }) = &mut blank.value
    {
        c.organisation = " ".into();
    }
    let profile_deleted = Op {
        hlc,
        key: Key::Profile,
        value: None,
    };
    let wrong_kind = Op {
        hlc,
        key: Key::Goal(Id::from_u128(1)),
        value: good[0].value.clone(),
    };
    let before = a.clone();
    for op in [wrong_id, wrong_kind, blank.clone(), profile_deleted.clone()] {
        assert!(!op.is_well_formed());
        assert!(!a.apply(op));
    }
    // The binary form has no room for a wrong id or kind (the key decides both); the rest is refused.
    for op in [blank, profile_deleted] {
        assert_eq!(decode_ops(&encode_ops(&[op])), Err(SyncError::Damaged));
    }
    assert_eq!(a, before);
}

#[test]
fn the_same_stamp_with_different_values_still_converges() {
    let (a, ..) = pair();
    let op = a
        .ops()
        .into_iter()
        .find(|op| matches!(op.key, Key::Contact(_)))
        .expect("a contact");
    let mut other = op.clone();
    if let Some(Value {
        entry: Entry::Contact(c),
        ..
    }) = &mut other.value
    {
        c.organisation = "Anders".into();
    }
    let mut x = Replica::new();
    let mut y = Replica::new();
    assert!(x.apply(op.clone()));
    x.apply(other.clone());
    assert!(y.apply(other.clone()));
    y.apply(op.clone());
    assert_eq!(x, y);
    assert!(
        !x.apply(op) || !x.apply(other),
        "a second apply of the same op changes nothing"
    );
}

// ---------------------------------------------------------------------------------------------------------
// Binary forms.

/// The nonce (24) and tag (16) of a sealed record.
const SEAL_OVERHEAD: usize = 40;

#[test]
fn typical_edits_encode_small() {
    let (mut a, mut ca, ..) = pair();
    let at = T0 + 86_400_000 * 30;
    let today = ctx(at).now.date();
    let cases: Vec<(&str, Command, usize)> = vec![
        (
            "step done",
            Command::CompleteStep {
                goal: Id::from_u128(2),
                id: Id::from_u128(3),
                date: today,
            },
            80,
        ),
        (
            "step reopened",
            Command::ReopenStep {
                goal: Id::from_u128(2),
                id: Id::from_u128(3),
            },
            80,
        ),
        (
            "goal status",
            Command::SetGoalStatus {
                id: Id::from_u128(2),
                status: GoalStatus::Achieved,
            },
            80,
        ),
        (
            "appointment deleted",
            Command::DeleteAppointment { id: Id::from_u128(4) },
            80,
        ),
        (
            "contact phone",
            Command::EditContact {
                id: Id::from_u128(1),
                contact: ContactFields {
                    phone: "+49 5971 939-0".into(),
                    ..office("VHS")
                },
            },
            80,
        ),
        (
            "step added",
            Command::AddStep {
                goal: Id::from_u128(2),
                id: Id::from_u128(10),
                step: StepFields::planned(StepCode::Profiling),
            },
            80,
        ),
    ];
    for (name, cmd, limit) in cases {
        let ops = local(&mut a, &mut ca, cmd, at);
        let bytes = encode_ops(&ops);
        println!(
            "{name}: {} op(s), {} bytes, sealed {}",
            ops.len(),
            bytes.len(),
            bytes.len() + SEAL_OVERHEAD
        );
        assert_eq!(ops.len(), 1, "{name}");
        assert!(bytes.len() <= limit, "{name}: {} bytes", bytes.len());
        assert!(bytes.len() + SEAL_OVERHEAD <= 150, "{name}");
        assert_eq!(decode_ops(&bytes), Ok(ops));
    }
    // A hundred offline edits in one record: the node is written once.
    let mut batch = Vec::new();
    for n in 0..100u64 {
        let status = if n % 2 == 0 {
            GoalStatus::Open
        } else {
            GoalStatus::Achieved
        };
        batch.extend(local(
            &mut a,
            &mut ca,
            Command::SetGoalStatus {
                id: Id::from_u128(2),
                status,
            },
            at + n * 60_000,
        ));
    }
    let bytes = encode_ops(&batch);
    println!("100 status edits: {} bytes", bytes.len());
    assert!(bytes.len() < 100 * 45, "{}", bytes.len());
    assert_eq!(decode_ops(&bytes), Ok(batch));
}

#[test]
fn decoding_refuses_versions_and_trailing_bytes() {
    let (a, ..) = pair();
    let bytes = encode_ops(&a.ops());
    assert_eq!(decode_ops(&bytes), Ok(a.ops()));
    let mut newer = bytes.clone();
    newer[0] = replica::VERSION + 1;
    assert_eq!(
        decode_ops(&newer),
        Err(SyncError::NewerVersion {
            found: 2,
            supported: 1
        })
    );
    newer[0] = 0;
    assert_eq!(decode_ops(&newer), Err(SyncError::Damaged));
    let mut longer = bytes.clone();
    longer.push(0);
    assert_eq!(decode_ops(&longer), Err(SyncError::Damaged));
    for cut in 0..bytes.len() {
        assert!(decode_ops(&bytes[..cut]).is_err(), "cut at {cut}");
    }
    assert_eq!(decode_ops(&[1, 0]), Ok(Vec::new()));
    assert_eq!(
        Replica::from_snapshot(&Replica::new().snapshot()),
        Ok(Replica::new())
    );
    assert_eq!(decode_ops(&[]), Err(SyncError::Damaged));
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    /// Random bytes, and valid encodings with one byte changed, never panic; what decodes is well-formed.
    #[test]
    fn decoding_any_input_never_panics(
        bytes in prop::collection::vec(any::<u8>(), 0..300),
        b in booklet(),
        at in any::<prop::sample::Index>(),
        mask in 1u8..=255,
    ) {
        for ops in [decode_ops(&bytes), Replica::from_snapshot(&bytes).map(|r| r.ops())].into_iter().flatten() {
            prop_assert!(ops.iter().all(Op::is_well_formed));
        }
        let (mut r, mut c) = (Replica::new(), Clock::new(3));
        r.record(&b, &mut c, T0);
        let mut damaged = r.snapshot();
        let i = at.index(damaged.len());
        damaged[i] ^= mask;
        if let Ok(other) = Replica::from_snapshot(&damaged) {
            prop_assert_eq!(validate(&other.booklet()), Ok(()));
        }
        if let Ok(ops) = decode_ops(&damaged) {
            prop_assert!(ops.iter().all(Op::is_well_formed));
        }
    }
}

/// The binary form is a contract between app versions (a newer format needs a new version byte): one op of
/// each shape, byte for byte.
#[test]
fn golden_ops() {
    let hlc = Hlc {
        millis: T0,
        counter: 0,
        node: 0x0102_0304_0506_0708,
    };
    let step = Step {
        id: Id::from_u128(2),
        title: Title::Code(StepCode::Profiling),
        state: StepState::Done {
            date: ctx(T0).now.date(),
        },
        note: None,
        meta: Meta {
            added_by: Author::Owner,
            added_at: Timestamp::from_millis(T0 as i64 - 1_000),
            updated_at: Timestamp::from_millis(T0 as i64),
        },
    };
    let ops = [
        Op {
            hlc,
            key: Key::Step {
                goal: Id::from_u128(1),
                step: Id::from_u128(2),
            },
            value: Some(Value {
                position: 65_536,
                entry: Entry::Step(step),
            }),
        },
        Op {
            hlc: Hlc { counter: 1, ..hlc },
            key: Key::Contact(Id::from_u128(3)),
            value: None,
        },
    ];
    let bytes = encode_ops(&ops);
    let hex: String = bytes.iter().map(|b| format!("{b:02x}")).collect();
    let expected = [
        "01 02",                               // version, two ops
        "0a 80b199acc463 00 0102030405060708", // step, live; millis; counter; node
        "00000000000000000000000000000001",    // goal id
        "00000000000000000000000000000002",    // step id
        "808004",                              // position 65,536
        "02 c801 00 00",                       // done; catalogue code, no params; today
        "00 00 d00f",                          // owner; updated = op millis; added 1 s before
        "13 00 01",                            // contact, tombstone, same node; +0 ms; counter
        "00000000000000000000000000000003",    // contact id
    ]
    .concat()
    .replace(' ', "");
    assert_eq!(hex, expected);
    assert_eq!(decode_ops(&bytes), Ok(ops.to_vec()));
}

/// A goal's steps as a device would add them: `n` planned steps with ids from `first`.
fn planned_steps(first: u128, n: u128) -> Vec<Step> {
    (first..first + n)
        .map(|id| Step {
            id: Id::from_u128(id),
            title: Title::Code(StepCode::Profiling),
            state: StepState::Planned { date: None },
            note: None,
            meta: Meta::new(Author::Owner, Timestamp::from_millis(T0 as i64)),
        })
        .collect()
}

#[test]
fn lists_over_their_limit_show_the_first_entries_and_the_next_record_deletes_the_rest() {
    use booklet::validate::MAX_STEPS;
    let (mut a, mut ca, mut b, mut cb) = pair();
    let mut on_a = a.booklet();
    on_a.goals[0].steps.extend(planned_steps(1_000, 150));
    let mut on_b = b.booklet();
    on_b.goals[0].steps.extend(planned_steps(2_000, 150));
    let from_a = a.record(&on_a, &mut ca, T0 + 1);
    let from_b = b.record(&on_b, &mut cb, T0 + 2);
    exchange(&mut a, &from_b, &mut b, &from_a);
    let merged = a.booklet();
    assert_eq!(validate(&merged), Ok(()));
    assert_eq!(merged.goals[0].steps.len(), MAX_STEPS);
    // The hidden steps are not in the app's booklet, so recording it deletes them, and nothing else.
    let ops = a.record(&merged, &mut ca, T0 + 3);
    assert_eq!(ops.len(), 1 + 150 + 150 - MAX_STEPS);
    assert!(ops.iter().all(|op| op.value.is_none()));
    assert_eq!(a.booklet(), merged);
}

#[test]
fn an_id_used_by_two_entries_shows_once() {
    let (mut a, mut ca, mut b, mut cb) = pair();
    // Both devices draw id 50: a for a contact, b for a goal.
    let from_a = local(
        &mut a,
        &mut ca,
        Command::AddContact {
            id: Id::from_u128(50),
            contact: office("Amt"),
        },
        T0 + 1,
    );
    let from_b = local(
        &mut b,
        &mut cb,
        Command::AddGoal {
            id: Id::from_u128(50),
            goal: GoalFields::from_code(GoalCode::WorkFindJob),
            steps: Vec::new(),
        },
        T0 + 2,
    );
    exchange(&mut a, &from_b, &mut b, &from_a);
    let merged = a.booklet();
    assert_eq!(validate(&merged), Ok(()));
    // Goals come first: the goal shows, the contact does not.
    assert_eq!(merged.goals.len(), 2);
    assert_eq!(merged.contacts.len(), 1);
}
