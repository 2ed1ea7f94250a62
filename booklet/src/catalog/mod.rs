//! The language-neutral catalogue: typical goals, steps, contact roles and appointment purposes, and the small
//! enumerations of the model (fields of action, statuses, CEFR levels, …).
//!
//! Every entry has a **stable small integer** (`code()` / `from_code()`) that compact share codes store, and a
//! **Fluent message id** (`message_id()`) through which every reader sees it in their own language; labels live
//! in `i18n/locales/*/catalog.ftl`. Codes are never renumbered or reused: a removed entry leaves a gap. The JSON
//! form uses snake_case names instead, so stored booklets stay readable.

mod goals;
mod steps;

use serde::{Deserialize, Serialize};

pub use goals::GoalCode;
pub use steps::{MAX_ATTEMPT, StepCode};

/// A Fluent argument value, so labels with parameters ("DTZ: { $level }") can be formatted without this crate
/// depending on Fluent.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Arg {
    /// A string argument; for levels and kinds it is a neutral token the `.ftl` file selects on.
    Str(String),
    /// A number argument (formatted and plural-selected by Fluent).
    Num(i64),
}

/// Defines a field-less catalogue enum with explicit stable codes, serde snake_case names and message ids.
macro_rules! code_enum {
    (
        $(#[$meta:meta])*
        pub enum $name:ident {
            $( $(#[$vmeta:meta])* $var:ident = $code:literal => $msg:literal ),+ $(,)?
        }
    ) => {
        $(#[$meta])*
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
        #[serde(rename_all = "snake_case")]
        #[repr(u16)]
        pub enum $name {
            $( $(#[$vmeta])* $var = $code ),+
        }

        impl $name {
            /// Every entry, in catalogue order (the order pickers show them in).
            pub const ALL: &'static [$name] = &[$($name::$var),+];

            /// Iterates over every entry in catalogue order.
            pub fn all() -> impl Iterator<Item = $name> {
                Self::ALL.iter().copied()
            }

            /// The stable small integer of this entry; never renumbered.
            pub const fn code(self) -> u16 {
                self as u16
            }

            /// The entry with this code, if any.
            pub const fn from_code(code: u16) -> Option<$name> {
                match code {
                    $( $code => Some($name::$var), )+
                    _ => None,
                }
            }

            /// The Fluent message id of this entry's label.
            pub const fn message_id(self) -> &'static str {
                match self {
                    $( $name::$var => $msg, )+
                }
            }
        }
    };
}

pub(crate) use code_enum;

code_enum! {
    /// A field of action (*Handlungsfeld*) that a goal belongs to.
    pub enum FieldOfAction {
        /// Language (*Sprache*).
        Language = 1 => "field-language",
        /// Work, vocational training and qualification (*Arbeit, Ausbildung, Qualifizierung*).
        Work = 2 => "field-work",
        /// Education (*Bildung*).
        Education = 3 => "field-education",
        /// Housing (*Wohnen*).
        Housing = 4 => "field-housing",
        /// Health (*Gesundheit*).
        Health = 5 => "field-health",
        /// Family and children (*Familie und Kinder*).
        Family = 6 => "field-family",
        /// Residence and authorities (*Aufenthalt und Behörden*).
        Residence = 7 => "field-residence",
        /// Everyday life and participation (*Alltag und Teilhabe*).
        Everyday = 8 => "field-everyday",
    }
}

code_enum! {
    /// Where a goal stands.
    pub enum GoalStatus {
        /// Being worked on.
        Open = 1 => "goal-status-open",
        /// Reached.
        Achieved = 2 => "goal-status-achieved",
        /// Given up or no longer relevant.
        Dropped = 3 => "goal-status-dropped",
    }
}

code_enum! {
    /// A language level on the Common European Framework of Reference, or a native speaker.
    pub enum Cefr {
        /// A1, beginner.
        A1 = 1 => "cefr-a1",
        /// A2, elementary.
        A2 = 2 => "cefr-a2",
        /// B1, intermediate.
        B1 = 3 => "cefr-b1",
        /// B2, upper intermediate.
        B2 = 4 => "cefr-b2",
        /// C1, advanced.
        C1 = 5 => "cefr-c1",
        /// C2, proficient.
        C2 = 6 => "cefr-c2",
        /// First language.
        Native = 7 => "cefr-native",
    }
}

impl Cefr {
    /// The level as written everywhere ("B1"); `None` for [`Cefr::Native`], which needs a translated label.
    pub const fn level_text(self) -> Option<&'static str> {
        match self {
            Cefr::A1 => Some("A1"),
            Cefr::A2 => Some("A2"),
            Cefr::B1 => Some("B1"),
            Cefr::B2 => Some("B2"),
            Cefr::C1 => Some("C1"),
            Cefr::C2 => Some("C2"),
            Cefr::Native => None,
        }
    }
}

code_enum! {
    /// The kind of a school or vocational qualification in the profile.
    pub enum QualificationKind {
        /// A school-leaving certificate.
        School = 1 => "qualification-school",
        /// A vocational qualification (training, trade).
        Vocational = 2 => "qualification-vocational",
        /// A university degree.
        Academic = 3 => "qualification-academic",
    }
}

code_enum! {
    /// How far a foreign qualification is recognised in Germany (*Anerkennung*).
    pub enum Recognition {
        /// No application made yet.
        NotApplied = 1 => "recognition-not-applied",
        /// Applied, decision pending.
        Applied = 2 => "recognition-applied",
        /// Partly recognised (an adaptation course or exam is needed).
        Partial = 3 => "recognition-partial",
        /// Fully recognised.
        Granted = 4 => "recognition-granted",
        /// Refused.
        Refused = 5 => "recognition-refused",
    }
}

code_enum! {
    /// The kind of integration course, a parameter of [`StepCode::CourseStarted`].
    pub enum CourseKind {
        /// General integration course.
        General = 1 => "course-kind-general",
        /// Integration course with literacy (*Alphabetisierungskurs*).
        Literacy = 2 => "course-kind-literacy",
        /// Integration course for young adults (*Jugendintegrationskurs*).
        Youth = 3 => "course-kind-youth",
        /// Integration course for parents and women (*Eltern- und Frauenintegrationskurs*).
        ParentsWomen = 4 => "course-kind-parents-women",
        /// Intensive course for fast learners (*Intensivkurs*).
        Intensive = 5 => "course-kind-intensive",
        /// Course for learners of a second writing system (*Zweitschriftlernende*).
        SecondScript = 6 => "course-kind-second-script",
    }
}

impl CourseKind {
    /// The neutral token passed as the `$kind` Fluent argument, which the label selects on.
    pub const fn token(self) -> &'static str {
        match self {
            CourseKind::General => "general",
            CourseKind::Literacy => "literacy",
            CourseKind::Youth => "youth",
            CourseKind::ParentsWomen => "parents_women",
            CourseKind::Intensive => "intensive",
            CourseKind::SecondScript => "second_script",
        }
    }
}

code_enum! {
    /// The result of the *Deutsch-Test für Zuwanderer* (DTZ), a parameter of [`StepCode::DtzResult`].
    pub enum DtzLevel {
        /// Level A2 reached.
        A2 = 1 => "dtz-level-a2",
        /// Level B1 reached (the course goal).
        B1 = 2 => "dtz-level-b1",
        /// Below A2.
        BelowA2 = 3 => "dtz-level-below-a2",
    }
}

impl DtzLevel {
    /// The neutral token passed as the `$level` Fluent argument: "A2", "B1", or "below_a2".
    pub const fn token(self) -> &'static str {
        match self {
            DtzLevel::A2 => "A2",
            DtzLevel::B1 => "B1",
            DtzLevel::BelowA2 => "below_a2",
        }
    }
}

code_enum! {
    /// The role of a contact: which office or person it is.
    pub enum ContactRole {
        /// Placement officer at the Jobcenter (*Arbeitsvermittlung*).
        JobcenterPlacement = 1 => "role-jobcenter-placement",
        /// Benefits department at the Jobcenter (*Leistungsabteilung*).
        JobcenterBenefits = 2 => "role-jobcenter-benefits",
        /// Case manager (*Fallmanagement*, *Case Management*).
        CaseManager = 3 => "role-case-manager",
        /// Immigration office (*Ausländerbehörde*).
        ImmigrationOffice = 4 => "role-immigration-office",
        /// Course provider (*Kursträger*, e.g. the VHS).
        CourseProvider = 5 => "role-course-provider",
        /// Migration counselling for adults or young people (*MBE*, *JMD*).
        MigrationCounselling = 6 => "role-migration-counselling",
        /// Volunteer mentor (*Ehrenamt*, *Pate*).
        VolunteerMentor = 7 => "role-volunteer-mentor",
        /// Recognition counselling (*Anerkennungsberatung*).
        RecognitionCounselling = 8 => "role-recognition-counselling",
        /// Employment agency (*Agentur für Arbeit*).
        EmploymentAgency = 9 => "role-employment-agency",
        /// Social welfare office, asylum-seeker benefits (*Sozialamt*, *Asylbewerberleistung*).
        SocialWelfareOffice = 10 => "role-social-welfare-office",
        /// Doctor.
        Doctor = 11 => "role-doctor",
        /// School or day care (*Schule*, *Kita*).
        SchoolKita = 12 => "role-school-kita",
        /// Housing office (*Wohnungsamt*).
        HousingOffice = 13 => "role-housing-office",
        /// Citizens' office, registration of address (*Bürgeramt*).
        CitizensOffice = 14 => "role-citizens-office",
        /// Employer or training company.
        Employer = 15 => "role-employer",
        /// Federal Office for Migration and Refugees (*BAMF*).
        Bamf = 16 => "role-bamf",
        /// Any other role.
        Other = 99 => "role-other",
    }
}

code_enum! {
    /// The purpose of an appointment.
    pub enum PurposeCode {
        /// Counselling or consultation (*Beratungsgespräch*).
        Counselling = 1 => "purpose-counselling",
        /// Placement test (*Einstufungstest*).
        PlacementTest = 2 => "purpose-placement-test",
        /// An exam.
        Exam = 3 => "purpose-exam",
        /// Hand in documents.
        HandInDocuments = 4 => "purpose-hand-in-documents",
        /// Make an application (*Antrag stellen*).
        Application = 5 => "purpose-application",
        /// Job interview (*Vorstellungsgespräch*).
        JobInterview = 6 => "purpose-job-interview",
        /// Doctor's appointment.
        Medical = 7 => "purpose-medical",
        /// Pick up a document.
        PickUpDocument = 8 => "purpose-pick-up-document",
        /// Viewing an apartment (*Wohnungsbesichtigung*).
        ApartmentViewing = 9 => "purpose-apartment-viewing",
        /// Asylum hearing at the BAMF (*Anhörung*).
        AsylumHearing = 10 => "purpose-asylum-hearing",
        /// Meeting with a child's teacher or day-care staff (*Elterngespräch*).
        ParentMeeting = 11 => "purpose-parent-meeting",
    }
}

/// Every Fluent message id this crate can produce: catalogue labels, statuses, levels, authors and error
/// messages. Each locale's `catalog.ftl` defines exactly these.
pub fn all_message_ids() -> Vec<&'static str> {
    let mut ids: Vec<&'static str> = Vec::new();
    ids.extend(FieldOfAction::all().map(FieldOfAction::message_id));
    ids.extend(GoalStatus::all().map(GoalStatus::message_id));
    ids.extend(crate::model::StepState::MESSAGE_IDS);
    ids.extend(Cefr::all().map(Cefr::message_id));
    ids.extend(QualificationKind::all().map(QualificationKind::message_id));
    ids.extend(Recognition::all().map(Recognition::message_id));
    ids.extend(CourseKind::all().map(CourseKind::message_id));
    ids.extend(DtzLevel::all().map(DtzLevel::message_id));
    ids.extend(ContactRole::all().map(ContactRole::message_id));
    ids.extend(PurposeCode::all().map(PurposeCode::message_id));
    ids.extend(GoalCode::all().map(GoalCode::message_id));
    ids.extend(StepCode::all().map(|s| s.message_id()));
    ids.extend(crate::model::Author::MESSAGE_IDS);
    ids.extend(crate::error::ERROR_MESSAGE_IDS);
    ids
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::HashSet;

    #[test]
    fn message_ids_are_unique_and_well_formed() {
        let ids = all_message_ids();
        let set: HashSet<_> = ids.iter().collect();
        assert_eq!(set.len(), ids.len(), "duplicate message id");
        for id in ids {
            assert!(
                id.chars()
                    .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-'),
                "bad id {id}"
            );
            assert!(id.starts_with(|c: char| c.is_ascii_lowercase()), "bad id {id}");
        }
    }

    #[test]
    fn codes_round_trip() {
        for f in FieldOfAction::all() {
            assert_eq!(FieldOfAction::from_code(f.code()), Some(f));
        }
        for r in ContactRole::all() {
            assert_eq!(ContactRole::from_code(r.code()), Some(r));
        }
        for p in PurposeCode::all() {
            assert_eq!(PurposeCode::from_code(p.code()), Some(p));
        }
        for c in Cefr::all() {
            assert_eq!(Cefr::from_code(c.code()), Some(c));
        }
        assert_eq!(ContactRole::from_code(0), None);
        assert_eq!(ContactRole::Other.code(), 99);
    }

    /// The stable numbers are a storage format: this pins a sample so a renumbering fails loudly.
    #[test]
    fn stable_codes_are_pinned() {
        assert_eq!(FieldOfAction::Everyday.code(), 8);
        assert_eq!(ContactRole::ImmigrationOffice.code(), 4);
        assert_eq!(Cefr::Native.code(), 7);
        assert_eq!(Recognition::Granted.code(), 4);
        assert_eq!(GoalCode::LanguageIntegrationCourse.code(), 101);
        assert_eq!(StepCode::EntitlementCertificate.code(), 100);
        assert_eq!(
            StepCode::DtzResult {
                level: DtzLevel::B1,
                attempt: 1
            }
            .code(),
            105
        );
    }

    #[test]
    fn serde_names_are_snake_case() {
        assert_eq!(
            serde_json::to_string(&ContactRole::JobcenterPlacement).unwrap(),
            "\"jobcenter_placement\""
        );
        assert_eq!(serde_json::to_string(&Cefr::B1).unwrap(), "\"b1\"");
        assert_eq!(
            serde_json::to_string(&Recognition::NotApplied).unwrap(),
            "\"not_applied\""
        );
    }
}
