//! The booklet: profile, goals with steps, contacts and appointments, plus the read-only queries the UI needs.
//!
//! The order of every `Vec` is the user's order. Every entry records who added it and when ([`Meta`]).

use serde::{Deserialize, Serialize};

use crate::catalog::{
    Cefr, ContactRole, FieldOfAction, GoalCode, GoalStatus, PurposeCode, QualificationKind, Recognition,
    StepCode,
};
use crate::id::Id;
use crate::time::{Date, Time, Timestamp};

/// The schema version this build writes. Older versions are migrated on load ([`crate::migrate`]).
pub const SCHEMA_VERSION: u32 = 2;

/// Free text, stored with the BCP-47 tag of the language it was written in and shown as written.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Text {
    /// The text.
    pub text: String,
    /// The BCP-47 language tag, e.g. `ar`, `prs`, `de`; `und` when unknown (migrated data).
    pub lang: String,
}

impl Text {
    /// Free text in language `lang`.
    pub fn new(text: impl Into<String>, lang: impl Into<String>) -> Self {
        Self {
            text: text.into(),
            lang: lang.into(),
        }
    }
}

/// A label that is either a catalogue code (shown in the reader's language) or free text (shown as written).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Title<C> {
    /// A catalogue entry.
    Code(C),
    /// Free text.
    Free(Text),
}

impl<C> Title<C> {
    /// The catalogue code, if this is one.
    pub fn code(&self) -> Option<&C> {
        match self {
            Title::Code(c) => Some(c),
            Title::Free(_) => None,
        }
    }

    /// The free text, if this is one.
    pub fn free(&self) -> Option<&Text> {
        match self {
            Title::Code(_) => None,
            Title::Free(t) => Some(t),
        }
    }
}

/// Who added an entry.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Author {
    /// The booklet's owner.
    Owner,
    /// A named advisor of an organisation (e.g. the Jobcenter), entering during an appointment.
    Advisor {
        /// The advisor's name.
        name: String,
        /// The advisor's organisation.
        organisation: String,
    },
}

impl Author {
    /// Message ids used to show an author ("added by you", "added by { $name } ({ $organisation })").
    pub const MESSAGE_IDS: [&'static str; 2] = ["author-owner", "author-advisor"];

    /// The Fluent message id.
    pub const fn message_id(&self) -> &'static str {
        match self {
            Author::Owner => Self::MESSAGE_IDS[0],
            Author::Advisor { .. } => Self::MESSAGE_IDS[1],
        }
    }

    /// The Fluent arguments: `name` and `organisation` for an advisor.
    pub fn args(&self) -> Vec<(&'static str, crate::Arg)> {
        match self {
            Author::Owner => Vec::new(),
            Author::Advisor { name, organisation } => vec![
                ("name", crate::Arg::Str(name.clone())),
                ("organisation", crate::Arg::Str(organisation.clone())),
            ],
        }
    }
}

/// Who added an entry and when; when it last changed.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Meta {
    /// Who added the entry.
    pub added_by: Author,
    /// When it was added.
    pub added_at: Timestamp,
    /// When it was last changed (equal to `added_at` until the first edit).
    pub updated_at: Timestamp,
}

impl Meta {
    /// Metadata of an entry added now by `author`.
    pub fn new(author: Author, now: Timestamp) -> Self {
        Self {
            added_by: author,
            added_at: now,
            updated_at: now,
        }
    }
}

/// The whole booklet of one person.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Booklet {
    /// Always [`SCHEMA_VERSION`] in memory; older stored versions are migrated on load.
    pub schema_version: u32,
    /// The initial profile (*Erstprofiling*).
    pub profile: Profile,
    /// Goals in the user's order.
    #[serde(default)]
    pub goals: Vec<Goal>,
    /// Contacts in the user's order.
    #[serde(default)]
    pub contacts: Vec<Contact>,
    /// Appointments in the user's order (the UI usually shows them by date).
    #[serde(default)]
    pub appointments: Vec<Appointment>,
}

/// The profile: who the owner is, which languages they speak, what they learned and want.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Profile {
    /// The name to show; may be a nickname or empty.
    #[serde(default)]
    pub display_name: String,
    /// The BCP-47 tag of the UI language the owner chose.
    pub ui_language: String,
    /// Languages spoken, with level.
    #[serde(default)]
    pub languages: Vec<LanguageSkill>,
    /// School, vocational and academic qualifications.
    #[serde(default)]
    pub qualifications: Vec<Qualification>,
    /// Work experience, one entry per job or trade.
    #[serde(default)]
    pub work_experience: Vec<Text>,
    /// Interests and wishes.
    #[serde(default)]
    pub interests: Vec<Text>,
}

impl Profile {
    /// An empty profile with the given UI language.
    pub fn new(ui_language: impl Into<String>) -> Self {
        Self {
            display_name: String::new(),
            ui_language: ui_language.into(),
            languages: Vec::new(),
            qualifications: Vec::new(),
            work_experience: Vec::new(),
            interests: Vec::new(),
        }
    }
}

/// A language the owner speaks.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct LanguageSkill {
    /// The BCP-47 tag of the language.
    pub language: String,
    /// How well.
    pub level: Cefr,
}

/// A school, vocational or academic qualification.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Qualification {
    /// What kind of qualification.
    pub kind: QualificationKind,
    /// Its name, as the owner writes it.
    pub title: Text,
    /// ISO 3166-1 alpha-2 code of the country where it was obtained; empty if unknown.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub country: String,
    /// How far it is recognised in Germany.
    pub recognition: Recognition,
}

/// A goal in one field of action, with its ordered steps.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Goal {
    /// The goal's id.
    pub id: Id,
    /// The field of action. For a catalogue goal it is the code's own field.
    pub field: FieldOfAction,
    /// The title: catalogue goal or free text.
    pub title: Title<GoalCode>,
    /// Open, achieved or dropped.
    pub status: GoalStatus,
    /// When the owner wants to reach it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub target: Option<Date>,
    /// Steps in the user's order.
    #[serde(default)]
    pub steps: Vec<Step>,
    /// Who added it and when.
    pub meta: Meta,
}

impl Goal {
    /// How many steps are done, out of how many.
    pub fn progress(&self) -> (usize, usize) {
        let done = self.steps.iter().filter(|s| s.is_done()).count();
        (done, self.steps.len())
    }

    /// The first step in the user's order that is not done yet.
    pub fn next_step(&self) -> Option<&Step> {
        self.steps.iter().find(|s| !s.is_done())
    }

    /// The step with this id.
    pub fn find_step(&self, id: Id) -> Option<&Step> {
        self.steps.iter().find(|s| s.id == id)
    }

    /// The position of the step with this id.
    pub fn step_index(&self, id: Id) -> Option<usize> {
        self.steps.iter().position(|s| s.id == id)
    }
}

/// Whether a step is planned (perhaps for a date) or done (on a date).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "state", rename_all = "snake_case")]
pub enum StepState {
    /// Not done yet.
    Planned {
        /// When it is planned, if known.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        date: Option<Date>,
    },
    /// Done.
    Done {
        /// When it was done.
        date: Date,
    },
}

impl StepState {
    /// Message ids of the two states.
    pub const MESSAGE_IDS: [&'static str; 2] = ["step-state-planned", "step-state-done"];

    /// The Fluent message id of this state.
    pub const fn message_id(&self) -> &'static str {
        match self {
            StepState::Planned { .. } => Self::MESSAGE_IDS[0],
            StepState::Done { .. } => Self::MESSAGE_IDS[1],
        }
    }

    /// The planned or done date.
    pub const fn date(&self) -> Option<Date> {
        match *self {
            StepState::Planned { date } => date,
            StepState::Done { date } => Some(date),
        }
    }
}

/// One step towards a goal.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Step {
    /// The step's id.
    pub id: Id,
    /// The title: catalogue step (with parameters) or free text.
    pub title: Title<StepCode>,
    /// Planned or done, with date; flattened into the step (`"state": "done", "date": "…"`).
    #[serde(flatten)]
    pub state: StepState,
    /// A note.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<Text>,
    /// Who added it and when.
    pub meta: Meta,
}

impl Step {
    /// Whether the step is done.
    pub const fn is_done(&self) -> bool {
        matches!(self.state, StepState::Done { .. })
    }
}

/// A person or office that helps. Empty strings mean "not given".
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Contact {
    /// The contact's id.
    pub id: Id,
    /// The organisation or office (or the person's name for a private contact); never empty.
    pub organisation: String,
    /// The role: catalogue role or free text.
    pub role: Title<ContactRole>,
    /// The contact person.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub person: String,
    /// Phone number, shown as a `tel:` link.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub phone: String,
    /// E-mail address, shown as a `mailto:` link.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub email: String,
    /// Postal address.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub address: String,
    /// Opening hours, as written.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub opening_hours: String,
    /// A note.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<Text>,
    /// Who added it and when.
    pub meta: Meta,
}

/// An appointment on a day, perhaps at a time, perhaps with a contact.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Appointment {
    /// The appointment's id.
    pub id: Id,
    /// The day.
    pub date: Date,
    /// The wall-clock time, if known.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub time: Option<Time>,
    /// Where (address or room); may be empty.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub place: String,
    /// With whom: the id of a contact in this booklet.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub contact: Option<Id>,
    /// What for: catalogue purpose or free text.
    pub purpose: Title<PurposeCode>,
    /// What to bring.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub bring: Option<Text>,
    /// Who added it and when.
    pub meta: Meta,
}

impl Appointment {
    /// Whether the appointment is still ahead at wall-clock `now`. One without a time counts as ahead for its
    /// whole day; one with a time is ahead until its minute has passed.
    pub fn is_upcoming(&self, now: Timestamp) -> bool {
        let today = now.date();
        match self.date.cmp(&today) {
            std::cmp::Ordering::Greater => true,
            std::cmp::Ordering::Less => false,
            std::cmp::Ordering::Equal => self.time.is_none_or(|t| t >= now.time_of_day()),
        }
    }

    /// Sort key: by day, a day's untimed appointments first, then by time.
    fn when(&self) -> (Date, Option<Time>) {
        (self.date, self.time)
    }
}

impl Booklet {
    /// An empty booklet whose owner uses the UI language `ui_language`.
    pub fn new(ui_language: impl Into<String>) -> Self {
        Self {
            schema_version: SCHEMA_VERSION,
            profile: Profile::new(ui_language),
            goals: Vec::new(),
            contacts: Vec::new(),
            appointments: Vec::new(),
        }
    }

    /// How many entries the booklet holds: goals, steps, contacts and appointments together.
    pub fn entry_count(&self) -> usize {
        self.goals.len()
            + self.goals.iter().map(|g| g.steps.len()).sum::<usize>()
            + self.contacts.len()
            + self.appointments.len()
    }

    /// The goal with this id.
    pub fn find_goal(&self, id: Id) -> Option<&Goal> {
        self.goals.iter().find(|g| g.id == id)
    }

    /// The position of the goal with this id.
    pub fn goal_index(&self, id: Id) -> Option<usize> {
        self.goals.iter().position(|g| g.id == id)
    }

    /// The goal holding the step with this id, and the step.
    pub fn find_step(&self, step: Id) -> Option<(&Goal, &Step)> {
        self.goals.iter().find_map(|g| g.find_step(step).map(|s| (g, s)))
    }

    /// The contact with this id.
    pub fn find_contact(&self, id: Id) -> Option<&Contact> {
        self.contacts.iter().find(|c| c.id == id)
    }

    /// The position of the contact with this id.
    pub fn contact_index(&self, id: Id) -> Option<usize> {
        self.contacts.iter().position(|c| c.id == id)
    }

    /// The appointment with this id.
    pub fn find_appointment(&self, id: Id) -> Option<&Appointment> {
        self.appointments.iter().find(|a| a.id == id)
    }

    /// The position of the appointment with this id.
    pub fn appointment_index(&self, id: Id) -> Option<usize> {
        self.appointments.iter().position(|a| a.id == id)
    }

    /// The goals of one field of action, in the user's order.
    pub fn goals_in(&self, field: FieldOfAction) -> impl Iterator<Item = &Goal> {
        self.goals.iter().filter(move |g| g.field == field)
    }

    /// The appointments with one contact, in the user's order.
    pub fn appointments_with(&self, contact: Id) -> impl Iterator<Item = &Appointment> {
        self.appointments
            .iter()
            .filter(move |a| a.contact == Some(contact))
    }

    /// The soonest appointment that is still ahead (see [`Appointment::is_upcoming`]).
    ///
    /// Appointment times are wall-clock times, so `now` must be local: the UTC milliseconds shifted by the
    /// local UTC offset.
    pub fn next_appointment(&self, now: Timestamp) -> Option<&Appointment> {
        self.appointments
            .iter()
            .filter(|a| a.is_upcoming(now))
            .min_by_key(|a| a.when())
    }

    /// The appointments still ahead at local `now`, soonest first.
    pub fn upcoming_appointments(&self, now: Timestamp) -> Vec<&Appointment> {
        let mut list: Vec<_> = self.appointments.iter().filter(|a| a.is_upcoming(now)).collect();
        list.sort_by_key(|a| a.when());
        list
    }

    /// The appointments already past at local `now`, most recent first.
    pub fn past_appointments(&self, now: Timestamp) -> Vec<&Appointment> {
        let mut list: Vec<_> = self.appointments.iter().filter(|a| !a.is_upcoming(now)).collect();
        list.sort_by_key(|a| std::cmp::Reverse(a.when()));
        list
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::catalog::DtzLevel;

    fn meta() -> Meta {
        Meta::new(Author::Owner, Timestamp::from_millis(1_700_000_000_000))
    }

    fn date(s: &str) -> Date {
        s.parse().unwrap()
    }

    fn appointment(n: u128, d: &str, t: Option<&str>) -> Appointment {
        Appointment {
            id: Id::from_u128(n),
            date: date(d),
            time: t.map(|t| t.parse().unwrap()),
            place: String::new(),
            contact: None,
            purpose: Title::Code(PurposeCode::Counselling),
            bring: None,
            meta: meta(),
        }
    }

    fn step(n: u128, state: StepState) -> Step {
        Step {
            id: Id::from_u128(n),
            title: Title::Code(StepCode::Profiling),
            state,
            note: None,
            meta: meta(),
        }
    }

    #[test]
    fn progress_counts_done_steps() {
        let goal = Goal {
            id: Id::from_u128(1),
            field: FieldOfAction::Work,
            title: Title::Code(GoalCode::WorkFindJob),
            status: GoalStatus::Open,
            target: None,
            steps: vec![
                step(
                    2,
                    StepState::Done {
                        date: date("2024-01-01"),
                    },
                ),
                step(3, StepState::Planned { date: None }),
                step(
                    4,
                    StepState::Planned {
                        date: Some(date("2024-05-01")),
                    },
                ),
            ],
            meta: meta(),
        };
        assert_eq!(goal.progress(), (1, 3));
        assert_eq!(goal.next_step().map(|s| s.id), Some(Id::from_u128(3)));
    }

    #[test]
    fn appointments_split_at_now() {
        let mut b = Booklet::new("de");
        b.appointments = vec![
            appointment(1, "2024-03-10", Some("09:00")),
            appointment(2, "2024-03-09", Some("10:00")),
            appointment(3, "2024-03-09", None),
            appointment(4, "2024-03-09", Some("11:00")),
            appointment(5, "2024-03-08", None),
        ];
        let now = Timestamp::from_millis(1_709_980_200_000); // 2024-03-09 10:30
        let ids = |v: Vec<&Appointment>| v.iter().map(|a| a.id.as_u128()).collect::<Vec<_>>();
        assert_eq!(ids(b.upcoming_appointments(now)), vec![3, 4, 1]);
        assert_eq!(ids(b.past_appointments(now)), vec![2, 5]);
        assert_eq!(b.next_appointment(now).map(|a| a.id.as_u128()), Some(3));
        assert_eq!(b.entry_count(), 5);
    }

    #[test]
    fn serde_form_is_compact_and_readable() {
        let s = step(
            7,
            StepState::Done {
                date: date("2024-01-02"),
            },
        );
        let json = serde_json::to_value(&s).unwrap();
        assert_eq!(json["state"], "done");
        assert_eq!(json["date"], "2024-01-02");
        assert_eq!(json["title"]["code"], "profiling");
        assert!(json.get("note").is_none());
        let back: Step = serde_json::from_value(json).unwrap();
        assert_eq!(back, s);

        let planned = step(8, StepState::Planned { date: None });
        let json = serde_json::to_string(&planned).unwrap();
        assert!(json.contains(r#""state":"planned""#), "{json}");
        assert_eq!(serde_json::from_str::<Step>(&json).unwrap(), planned);

        let dtz = Title::Code(StepCode::DtzResult {
            level: DtzLevel::A2,
            attempt: 2,
        });
        assert_eq!(
            serde_json::to_string(&dtz).unwrap(),
            r#"{"code":{"dtz_result":{"level":"a2","attempt":2}}}"#
        );
        let free: Title<StepCode> = Title::Free(Text::new("Fahrrad gekauft", "de"));
        assert_eq!(
            serde_json::to_string(&free).unwrap(),
            r#"{"free":{"text":"Fahrrad gekauft","lang":"de"}}"#
        );
    }
}
