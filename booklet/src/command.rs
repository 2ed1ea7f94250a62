//! Commands: the only way the app changes a booklet.
//!
//! [`apply`] is a pure function: it takes the booklet by reference and returns a new one, so on error the
//! caller's booklet is untouched, and undo can simply keep the previous value. Delete commands additionally
//! report what they removed and where ([`Removed`]); [`Removed::undo`] turns that into the matching `Restore*`
//! command, which puts the entry back at its former position (useful when other changes happened since).
//!
//! Every result passes [`validate`]; input text is trimmed, and optional texts left blank become `None`.

use crate::ContactRole;
use crate::catalog::{FieldOfAction, GoalCode, GoalStatus, PurposeCode, StepCode};
use crate::error::{CommandError, ValidationError};
use crate::id::Id;
use crate::model::{
    Appointment, Author, Booklet, Contact, Goal, Meta, Profile, Step, StepState, Text, Title,
};
use crate::time::{Date, Time, Timestamp};
use crate::validate::validate;

/// Who is changing the booklet, and when.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Context {
    /// The current time (UTC milliseconds); recorded in [`Meta`] and used to refuse done-dates in the future.
    pub now: Timestamp,
    /// Who makes the change; recorded as the author of added entries.
    pub author: Author,
}

/// The editable fields of a goal.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct GoalFields {
    /// The field of action; must be the code's own field for a catalogue goal.
    pub field: FieldOfAction,
    /// The title.
    pub title: Title<GoalCode>,
    /// The target date.
    pub target: Option<Date>,
}

impl GoalFields {
    /// The fields of a catalogue goal, in its own field of action, without a target date.
    pub fn from_code(code: GoalCode) -> Self {
        Self {
            field: code.field(),
            title: Title::Code(code),
            target: None,
        }
    }
}

/// The editable fields of a step, as a form has them: a "done" switch and an optional date.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct StepFields {
    /// The title.
    pub title: Title<StepCode>,
    /// Whether the step is done; then `date` is required and is the day it was done.
    pub done: bool,
    /// The planned date, or the done date.
    pub date: Option<Date>,
    /// A note.
    pub note: Option<Text>,
}

impl StepFields {
    /// A planned catalogue step without date or note.
    pub fn planned(code: StepCode) -> Self {
        Self {
            title: Title::Code(code),
            done: false,
            date: None,
            note: None,
        }
    }
}

/// A step to add together with a new goal.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct NewStep {
    /// The new step's id.
    pub id: Id,
    /// Its fields.
    pub fields: StepFields,
}

/// The editable fields of a contact. Empty strings mean "not given".
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ContactFields {
    /// Organisation or office; required.
    pub organisation: String,
    /// The role.
    pub role: Title<ContactRole>,
    /// Contact person.
    pub person: String,
    /// Phone number.
    pub phone: String,
    /// E-mail address.
    pub email: String,
    /// Postal address.
    pub address: String,
    /// Opening hours.
    pub opening_hours: String,
    /// A note.
    pub note: Option<Text>,
}

/// The editable fields of an appointment.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct AppointmentFields {
    /// The day.
    pub date: Date,
    /// The time, if known.
    pub time: Option<Time>,
    /// Where.
    pub place: String,
    /// With whom: a contact of this booklet.
    pub contact: Option<Id>,
    /// What for.
    pub purpose: Title<PurposeCode>,
    /// What to bring.
    pub bring: Option<Text>,
}

/// A change to a booklet. Ids of new entries come with the command (the caller draws them at random).
#[derive(Clone, Debug, PartialEq)]
pub enum Command {
    /// Append a goal, optionally with its first steps (e.g. the catalogue's typical steps).
    AddGoal {
        /// The new goal's id.
        id: Id,
        /// Its fields.
        goal: GoalFields,
        /// Steps to add with it, in order.
        steps: Vec<NewStep>,
    },
    /// Change a goal's field, title and target date.
    EditGoal {
        /// Which goal.
        id: Id,
        /// The new fields.
        goal: GoalFields,
    },
    /// Set a goal's status.
    SetGoalStatus {
        /// Which goal.
        id: Id,
        /// The new status.
        status: GoalStatus,
    },
    /// Remove a goal with its steps; reports [`Removed::Goal`].
    DeleteGoal {
        /// Which goal.
        id: Id,
    },
    /// Put a deleted goal back at `index` (undo of [`Command::DeleteGoal`]).
    RestoreGoal {
        /// Its former position (at most the current number of goals).
        index: usize,
        /// The goal as it was.
        goal: Goal,
    },
    /// Move a goal so that it ends up at position `to_index`.
    MoveGoal {
        /// Which goal.
        id: Id,
        /// The position it ends up at.
        to_index: usize,
    },
    /// Append a step to a goal.
    AddStep {
        /// Which goal.
        goal: Id,
        /// The new step's id.
        id: Id,
        /// Its fields.
        step: StepFields,
    },
    /// Change a step.
    EditStep {
        /// Which goal.
        goal: Id,
        /// Which step.
        id: Id,
        /// The new fields.
        step: StepFields,
    },
    /// Mark a step done on `date` (today or earlier).
    CompleteStep {
        /// Which goal.
        goal: Id,
        /// Which step.
        id: Id,
        /// The day it was done.
        date: Date,
    },
    /// Mark a done step as planned again, without date.
    ReopenStep {
        /// Which goal.
        goal: Id,
        /// Which step.
        id: Id,
    },
    /// Remove a step; reports [`Removed::Step`].
    DeleteStep {
        /// Which goal.
        goal: Id,
        /// Which step.
        id: Id,
    },
    /// Put a deleted step back at `index` of its goal (undo of [`Command::DeleteStep`]).
    RestoreStep {
        /// Which goal.
        goal: Id,
        /// Its former position.
        index: usize,
        /// The step as it was.
        step: Step,
    },
    /// Move a step within its goal so that it ends up at `to_index`.
    MoveStep {
        /// Which goal.
        goal: Id,
        /// Which step.
        id: Id,
        /// The position it ends up at.
        to_index: usize,
    },
    /// Append a contact.
    AddContact {
        /// The new contact's id.
        id: Id,
        /// Its fields.
        contact: ContactFields,
    },
    /// Change a contact.
    EditContact {
        /// Which contact.
        id: Id,
        /// The new fields.
        contact: ContactFields,
    },
    /// Remove a contact. Appointments that referred to it keep existing with their `contact` cleared; their ids
    /// are reported in [`Removed::Contact`] so undo can link them again.
    DeleteContact {
        /// Which contact.
        id: Id,
    },
    /// Put a deleted contact back at `index` and link the listed appointments to it again, where they still
    /// exist and have no other contact (undo of [`Command::DeleteContact`]).
    RestoreContact {
        /// Its former position.
        index: usize,
        /// The contact as it was.
        contact: Contact,
        /// Appointments to link to it again.
        relink: Vec<Id>,
    },
    /// Move a contact so that it ends up at `to_index`.
    MoveContact {
        /// Which contact.
        id: Id,
        /// The position it ends up at.
        to_index: usize,
    },
    /// Append an appointment.
    AddAppointment {
        /// The new appointment's id.
        id: Id,
        /// Its fields.
        appointment: AppointmentFields,
    },
    /// Change an appointment.
    EditAppointment {
        /// Which appointment.
        id: Id,
        /// The new fields.
        appointment: AppointmentFields,
    },
    /// Remove an appointment; reports [`Removed::Appointment`].
    DeleteAppointment {
        /// Which appointment.
        id: Id,
    },
    /// Put a deleted appointment back at `index` (undo of [`Command::DeleteAppointment`]).
    RestoreAppointment {
        /// Its former position.
        index: usize,
        /// The appointment as it was.
        appointment: Appointment,
    },
    /// Replace the profile.
    EditProfile {
        /// The new profile.
        profile: Profile,
    },
}

/// What a delete command removed, and from where.
#[derive(Clone, Debug, PartialEq)]
pub enum Removed {
    /// A goal with its steps.
    Goal {
        /// Its former position.
        index: usize,
        /// The goal.
        goal: Goal,
    },
    /// A step.
    Step {
        /// The goal it belonged to.
        goal: Id,
        /// Its former position in the goal.
        index: usize,
        /// The step.
        step: Step,
    },
    /// A contact.
    Contact {
        /// Its former position.
        index: usize,
        /// The contact.
        contact: Contact,
        /// Appointments whose `contact` was cleared.
        unlinked: Vec<Id>,
    },
    /// An appointment.
    Appointment {
        /// Its former position.
        index: usize,
        /// The appointment.
        appointment: Appointment,
    },
}

impl Removed {
    /// The command that puts the removed entry back where it was.
    pub fn undo(self) -> Command {
        match self {
            Removed::Goal { index, goal } => Command::RestoreGoal { index, goal },
            Removed::Step { goal, index, step } => Command::RestoreStep { goal, index, step },
            Removed::Contact {
                index,
                contact,
                unlinked,
            } => Command::RestoreContact {
                index,
                contact,
                relink: unlinked,
            },
            Removed::Appointment { index, appointment } => Command::RestoreAppointment { index, appointment },
        }
    }
}

/// The result of a successful command.
#[derive(Clone, Debug, PartialEq)]
pub struct Applied {
    /// The changed booklet.
    pub booklet: Booklet,
    /// For delete commands: what was removed.
    pub removed: Option<Removed>,
}

/// Applies `cmd` to a copy of `booklet` and returns the copy, or an error and no change.
///
/// The result always passes [`validate`]. Edits set the entry's `updated_at` to `ctx.now`; additions record
/// `ctx.author` and `ctx.now`. Deleting a contact clears `contact` in the appointments that referred to it.
pub fn apply(booklet: &Booklet, cmd: Command, ctx: &Context) -> Result<Applied, CommandError> {
    let mut b = booklet.clone();
    let removed = run(&mut b, cmd, ctx)?;
    validate(&b)?;
    Ok(Applied { booklet: b, removed })
}

fn run(b: &mut Booklet, cmd: Command, ctx: &Context) -> Result<Option<Removed>, CommandError> {
    let now = ctx.now;
    match cmd {
        Command::AddGoal { id, goal, steps } => {
            let steps = steps
                .into_iter()
                .map(|s| new_step(s.id, s.fields, ctx))
                .collect::<Result<Vec<_>, _>>()?;
            let goal = normalize_goal(goal);
            b.goals.push(Goal {
                id,
                field: goal.field,
                title: goal.title,
                status: GoalStatus::Open,
                target: goal.target,
                steps,
                meta: Meta::new(ctx.author.clone(), now),
            });
        }
        Command::EditGoal { id, goal } => {
            let fields = normalize_goal(goal);
            let g = goal_mut(b, id)?;
            g.field = fields.field;
            g.title = fields.title;
            g.target = fields.target;
            g.meta.updated_at = now;
        }
        Command::SetGoalStatus { id, status } => {
            let g = goal_mut(b, id)?;
            g.status = status;
            g.meta.updated_at = now;
        }
        Command::DeleteGoal { id } => {
            let index = b.goal_index(id).ok_or(CommandError::UnknownGoal(id))?;
            let goal = b.goals.remove(index);
            return Ok(Some(Removed::Goal { index, goal }));
        }
        Command::RestoreGoal { index, goal } => insert_at(&mut b.goals, index, goal)?,
        Command::MoveGoal { id, to_index } => {
            let from = b.goal_index(id).ok_or(CommandError::UnknownGoal(id))?;
            move_within(&mut b.goals, from, to_index)?;
        }
        Command::AddStep { goal, id, step } => {
            let step = new_step(id, step, ctx)?;
            goal_mut(b, goal)?.steps.push(step);
        }
        Command::EditStep { goal, id, step } => {
            let state = step_state(&step, ctx)?;
            let s = step_mut(b, goal, id)?;
            s.title = normalize_title(step.title);
            s.state = state;
            s.note = normalize_opt(step.note);
            s.meta.updated_at = now;
        }
        Command::CompleteStep { goal, id, date } => {
            check_not_future(date, ctx)?;
            let s = step_mut(b, goal, id)?;
            s.state = StepState::Done { date };
            s.meta.updated_at = now;
        }
        Command::ReopenStep { goal, id } => {
            let s = step_mut(b, goal, id)?;
            s.state = StepState::Planned { date: None };
            s.meta.updated_at = now;
        }
        Command::DeleteStep { goal, id } => {
            let g = goal_mut(b, goal)?;
            let index = g.step_index(id).ok_or(CommandError::UnknownStep(id))?;
            let step = g.steps.remove(index);
            return Ok(Some(Removed::Step { goal, index, step }));
        }
        Command::RestoreStep { goal, index, step } => insert_at(&mut goal_mut(b, goal)?.steps, index, step)?,
        Command::MoveStep { goal, id, to_index } => {
            let g = goal_mut(b, goal)?;
            let from = g.step_index(id).ok_or(CommandError::UnknownStep(id))?;
            move_within(&mut g.steps, from, to_index)?;
        }
        Command::AddContact { id, contact } => {
            b.contacts
                .push(build_contact(id, contact, Meta::new(ctx.author.clone(), now)));
        }
        Command::EditContact { id, contact } => {
            let c = b
                .contacts
                .iter_mut()
                .find(|c| c.id == id)
                .ok_or(CommandError::UnknownContact(id))?;
            *c = build_contact(
                id,
                contact,
                Meta {
                    updated_at: now,
                    ..c.meta.clone()
                },
            );
        }
        Command::DeleteContact { id } => {
            let index = b.contact_index(id).ok_or(CommandError::UnknownContact(id))?;
            let contact = b.contacts.remove(index);
            let mut unlinked = Vec::new();
            for a in b.appointments.iter_mut().filter(|a| a.contact == Some(id)) {
                a.contact = None;
                a.meta.updated_at = now;
                unlinked.push(a.id);
            }
            return Ok(Some(Removed::Contact {
                index,
                contact,
                unlinked,
            }));
        }
        Command::RestoreContact {
            index,
            contact,
            relink,
        } => {
            let contact_id = contact.id;
            insert_at(&mut b.contacts, index, contact)?;
            for a in b
                .appointments
                .iter_mut()
                .filter(|a| a.contact.is_none() && relink.contains(&a.id))
            {
                a.contact = Some(contact_id);
                a.meta.updated_at = now;
            }
        }
        Command::MoveContact { id, to_index } => {
            let from = b.contact_index(id).ok_or(CommandError::UnknownContact(id))?;
            move_within(&mut b.contacts, from, to_index)?;
        }
        Command::AddAppointment { id, appointment } => {
            b.appointments.push(build_appointment(
                id,
                appointment,
                Meta::new(ctx.author.clone(), now),
            ));
        }
        Command::EditAppointment { id, appointment } => {
            let a = b
                .appointments
                .iter_mut()
                .find(|a| a.id == id)
                .ok_or(CommandError::UnknownAppointment(id))?;
            *a = build_appointment(
                id,
                appointment,
                Meta {
                    updated_at: now,
                    ..a.meta.clone()
                },
            );
        }
        Command::DeleteAppointment { id } => {
            let index = b
                .appointment_index(id)
                .ok_or(CommandError::UnknownAppointment(id))?;
            let appointment = b.appointments.remove(index);
            return Ok(Some(Removed::Appointment { index, appointment }));
        }
        Command::RestoreAppointment { index, appointment } => {
            insert_at(&mut b.appointments, index, appointment)?
        }
        Command::EditProfile { profile } => b.profile = normalize_profile(profile),
    }
    Ok(None)
}

fn goal_mut(b: &mut Booklet, id: Id) -> Result<&mut Goal, CommandError> {
    b.goals
        .iter_mut()
        .find(|g| g.id == id)
        .ok_or(CommandError::UnknownGoal(id))
}

fn step_mut(b: &mut Booklet, goal: Id, id: Id) -> Result<&mut Step, CommandError> {
    goal_mut(b, goal)?
        .steps
        .iter_mut()
        .find(|s| s.id == id)
        .ok_or(CommandError::UnknownStep(id))
}

fn insert_at<T>(list: &mut Vec<T>, index: usize, item: T) -> Result<(), CommandError> {
    if index > list.len() {
        return Err(CommandError::IndexOutOfRange {
            index,
            len: list.len(),
        });
    }
    list.insert(index, item);
    Ok(())
}

fn move_within<T>(list: &mut Vec<T>, from: usize, to: usize) -> Result<(), CommandError> {
    if to >= list.len() {
        return Err(CommandError::IndexOutOfRange {
            index: to,
            len: list.len(),
        });
    }
    let item = list.remove(from);
    list.insert(to, item);
    Ok(())
}

/// Refuses done-dates after today. One day of slack: `now` is UTC and the user's local day may be ahead.
fn check_not_future(date: Date, ctx: &Context) -> Result<(), CommandError> {
    let latest = ctx.now.date().add_days(1).unwrap_or(Date::MAX);
    if date > latest {
        Err(CommandError::DoneDateInFuture)
    } else {
        Ok(())
    }
}

fn step_state(fields: &StepFields, ctx: &Context) -> Result<StepState, CommandError> {
    match (fields.done, fields.date) {
        (true, None) => Err(ValidationError::StepDoneWithoutDate.into()),
        (true, Some(date)) => {
            check_not_future(date, ctx)?;
            Ok(StepState::Done { date })
        }
        (false, date) => Ok(StepState::Planned { date }),
    }
}

fn new_step(id: Id, fields: StepFields, ctx: &Context) -> Result<Step, CommandError> {
    let state = step_state(&fields, ctx)?;
    Ok(Step {
        id,
        title: normalize_title(fields.title),
        state,
        note: normalize_opt(fields.note),
        meta: Meta::new(ctx.author.clone(), ctx.now),
    })
}

fn trimmed(s: String) -> String {
    let t = s.trim();
    if t.len() == s.len() { s } else { t.to_owned() }
}

fn normalize_text(t: Text) -> Text {
    Text {
        text: trimmed(t.text),
        lang: trimmed(t.lang),
    }
}

/// Trims an optional text and drops it if blank.
fn normalize_opt(t: Option<Text>) -> Option<Text> {
    t.map(normalize_text).filter(|t| !t.text.is_empty())
}

fn normalize_title<C>(title: Title<C>) -> Title<C> {
    match title {
        Title::Free(t) => Title::Free(normalize_text(t)),
        code => code,
    }
}

fn normalize_goal(g: GoalFields) -> GoalFields {
    GoalFields {
        title: normalize_title(g.title),
        ..g
    }
}

/// A contact from form fields (trimmed; a blank note is none). Add and edit both build through here, so a new
/// field cannot be forgotten in one of them.
fn build_contact(id: Id, c: ContactFields, meta: Meta) -> Contact {
    Contact {
        id,
        organisation: trimmed(c.organisation),
        role: normalize_title(c.role),
        person: trimmed(c.person),
        phone: trimmed(c.phone),
        email: trimmed(c.email),
        address: trimmed(c.address),
        opening_hours: trimmed(c.opening_hours),
        note: normalize_opt(c.note),
        meta,
    }
}

/// An appointment from form fields, for add and edit alike (see [`build_contact`]).
fn build_appointment(id: Id, a: AppointmentFields, meta: Meta) -> Appointment {
    Appointment {
        id,
        date: a.date,
        time: a.time,
        place: trimmed(a.place),
        contact: a.contact,
        purpose: normalize_title(a.purpose),
        bring: normalize_opt(a.bring),
        meta,
    }
}

fn normalize_profile(p: Profile) -> Profile {
    Profile {
        display_name: trimmed(p.display_name),
        ui_language: trimmed(p.ui_language),
        languages: p.languages,
        qualifications: p
            .qualifications
            .into_iter()
            .map(|q| crate::model::Qualification {
                title: normalize_text(q.title),
                country: trimmed(q.country).to_ascii_uppercase(),
                ..q
            })
            .collect(),
        work_experience: p.work_experience.into_iter().map(normalize_text).collect(),
        interests: p.interests.into_iter().map(normalize_text).collect(),
    }
}

#[cfg(test)]
mod tests;
