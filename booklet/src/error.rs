//! Typed errors. Each one names a Fluent message id (`message_id()`) and its arguments (`args()`); the UI
//! translates them through `i18n`. `Display` shows the message id plus details, for logs only.

use thiserror::Error;

use crate::catalog::Arg;
use crate::id::Id;
use crate::validate::{MAX_DATE, MIN_DATE};

/// Which input field an error is about, so a form can highlight it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Field {
    /// Title of a goal or step.
    Title,
    /// A note.
    Note,
    /// Display name in the profile.
    DisplayName,
    /// UI language in the profile.
    UiLanguage,
    /// A spoken language in the profile.
    Language,
    /// Title of a qualification.
    Qualification,
    /// Country of a qualification.
    Country,
    /// A work-experience entry.
    WorkExperience,
    /// An interest or wish.
    Interest,
    /// Organisation of a contact.
    Organisation,
    /// Free-text role of a contact.
    Role,
    /// Contact person.
    Person,
    /// Phone number.
    Phone,
    /// E-mail address.
    Email,
    /// Postal address.
    Address,
    /// Opening hours.
    OpeningHours,
    /// Place of an appointment.
    Place,
    /// Free-text purpose of an appointment.
    Purpose,
    /// What to bring to an appointment.
    Bring,
    /// Target date of a goal.
    TargetDate,
    /// Date of a step.
    StepDate,
    /// Date of an appointment.
    AppointmentDate,
    /// Name of an advisor in an entry's author.
    AuthorName,
    /// Organisation of an advisor in an entry's author.
    AuthorOrganisation,
    /// The list of goals.
    Goals,
    /// The list of steps of a goal.
    Steps,
    /// The list of contacts.
    Contacts,
    /// The list of appointments.
    Appointments,
    /// The list of languages in the profile.
    Languages,
    /// The list of qualifications in the profile.
    Qualifications,
    /// The list of work-experience entries.
    WorkExperiences,
    /// The list of interests.
    Interests,
}

/// A text form (id, date, time) that did not parse.
#[derive(Clone, Debug, PartialEq, Eq, Error)]
pub enum ParseError {
    /// Not a 26-character id.
    #[error("error-parse-id")]
    Id,
    /// Not a valid `YYYY-MM-DD` date.
    #[error("error-parse-date")]
    Date,
    /// Not a valid `HH:MM` time.
    #[error("error-parse-time")]
    Time,
}

impl ParseError {
    /// The Fluent message id.
    pub const fn message_id(&self) -> &'static str {
        match self {
            ParseError::Id => "error-parse-id",
            ParseError::Date => "error-parse-date",
            ParseError::Time => "error-parse-time",
        }
    }
}

/// A broken invariant of a booklet: what commands refuse and imports reject.
#[derive(Clone, Debug, PartialEq, Eq, Error)]
pub enum ValidationError {
    /// The booklet is not at the current schema version.
    #[error("error-schema-version (found {found})")]
    WrongSchemaVersion {
        /// The version found.
        found: u32,
    },
    /// A goal or step has an empty free-text title.
    #[error("error-title-empty")]
    TitleEmpty,
    /// A contact has no organisation or name.
    #[error("error-organisation-empty")]
    OrganisationEmpty,
    /// A free text that must not be empty is empty.
    #[error("error-text-empty ({field:?})")]
    TextEmpty {
        /// Which field.
        field: Field,
    },
    /// A text is longer than allowed.
    #[error("error-text-too-long ({field:?}, max {max})")]
    TooLong {
        /// Which field.
        field: Field,
        /// The limit in characters.
        max: usize,
    },
    /// A list has more entries than allowed.
    #[error("error-too-many-entries ({field:?}, max {max})")]
    TooMany {
        /// Which list.
        field: Field,
        /// The limit.
        max: usize,
    },
    /// A language tag is not a plausible BCP-47 tag.
    #[error("error-language-tag-invalid ({field:?})")]
    InvalidLanguageTag {
        /// Which field.
        field: Field,
    },
    /// The same language is listed twice in the profile.
    #[error("error-language-duplicate")]
    DuplicateLanguage,
    /// A country is not a two-letter ISO 3166 code.
    #[error("error-country-invalid")]
    InvalidCountry,
    /// An e-mail address does not have the shape `name@domain.tld`.
    #[error("error-email-invalid")]
    InvalidEmail,
    /// A phone number has characters other than digits, spaces, `+ - / ( ) .`, or too few digits.
    #[error("error-phone-invalid")]
    InvalidPhone,
    /// A step was marked done without a date.
    #[error("error-step-done-without-date")]
    StepDoneWithoutDate,
    /// A catalogue step has parameters out of range.
    #[error("error-step-params-invalid")]
    StepParamsInvalid,
    /// A date lies outside the years the booklet accepts.
    #[error("error-date-out-of-range ({field:?})")]
    DateOutOfRange {
        /// Which field.
        field: Field,
    },
    /// A timestamp (when an entry was added or changed) lies outside the accepted years.
    #[error("error-timestamp-out-of-range")]
    TimestampOutOfRange,
    /// A catalogue goal is filed under a different field of action than its own.
    #[error("error-goal-field-mismatch")]
    GoalFieldMismatch,
    /// Two entries share an id.
    #[error("error-duplicate-id ({0})")]
    DuplicateId(Id),
    /// An appointment refers to a contact that does not exist.
    #[error("error-appointment-unknown-contact ({0})")]
    UnknownContact(Id),
}

impl ValidationError {
    /// The Fluent message id.
    pub const fn message_id(&self) -> &'static str {
        match self {
            ValidationError::WrongSchemaVersion { .. } => "error-schema-version",
            ValidationError::TitleEmpty => "error-title-empty",
            ValidationError::OrganisationEmpty => "error-organisation-empty",
            ValidationError::TextEmpty { .. } => "error-text-empty",
            ValidationError::TooLong { .. } => "error-text-too-long",
            ValidationError::TooMany { .. } => "error-too-many-entries",
            ValidationError::InvalidLanguageTag { .. } => "error-language-tag-invalid",
            ValidationError::DuplicateLanguage => "error-language-duplicate",
            ValidationError::InvalidCountry => "error-country-invalid",
            ValidationError::InvalidEmail => "error-email-invalid",
            ValidationError::InvalidPhone => "error-phone-invalid",
            ValidationError::StepDoneWithoutDate => "error-step-done-without-date",
            ValidationError::StepParamsInvalid => "error-step-params-invalid",
            ValidationError::DateOutOfRange { .. } => "error-date-out-of-range",
            ValidationError::TimestampOutOfRange => "error-timestamp-out-of-range",
            ValidationError::GoalFieldMismatch => "error-goal-field-mismatch",
            ValidationError::DuplicateId(_) => "error-duplicate-id",
            ValidationError::UnknownContact(_) => "error-appointment-unknown-contact",
        }
    }

    /// The Fluent arguments of the message.
    pub fn args(&self) -> Vec<(&'static str, Arg)> {
        match self {
            ValidationError::TooLong { max, .. } | ValidationError::TooMany { max, .. } => {
                vec![("max", Arg::Num(i64::try_from(*max).unwrap_or(i64::MAX)))]
            }
            ValidationError::DateOutOfRange { .. } => {
                vec![
                    ("min", Arg::Str(MIN_DATE.to_string())),
                    ("max", Arg::Str(MAX_DATE.to_string())),
                ]
            }
            _ => Vec::new(),
        }
    }

    /// The form field the error is about, if it is about one.
    pub const fn field(&self) -> Option<Field> {
        match self {
            ValidationError::TextEmpty { field }
            | ValidationError::TooLong { field, .. }
            | ValidationError::TooMany { field, .. }
            | ValidationError::InvalidLanguageTag { field }
            | ValidationError::DateOutOfRange { field } => Some(*field),
            ValidationError::TitleEmpty | ValidationError::StepParamsInvalid => Some(Field::Title),
            ValidationError::OrganisationEmpty => Some(Field::Organisation),
            ValidationError::InvalidCountry => Some(Field::Country),
            ValidationError::InvalidEmail => Some(Field::Email),
            ValidationError::InvalidPhone => Some(Field::Phone),
            ValidationError::StepDoneWithoutDate => Some(Field::StepDate),
            ValidationError::DuplicateLanguage => Some(Field::Language),
            _ => None,
        }
    }
}

/// Why a [`crate::Command`] was refused. The booklet is unchanged.
#[derive(Clone, Debug, PartialEq, Eq, Error)]
pub enum CommandError {
    /// The result would break an invariant.
    #[error(transparent)]
    Invalid(#[from] ValidationError),
    /// No goal has this id.
    #[error("error-unknown-goal ({0})")]
    UnknownGoal(Id),
    /// The goal has no step with this id.
    #[error("error-unknown-step ({0})")]
    UnknownStep(Id),
    /// No contact has this id.
    #[error("error-unknown-contact ({0})")]
    UnknownContact(Id),
    /// No appointment has this id.
    #[error("error-unknown-appointment ({0})")]
    UnknownAppointment(Id),
    /// A move or restore names a position outside the list.
    #[error("error-index-out-of-range ({index} of {len})")]
    IndexOutOfRange {
        /// The position asked for.
        index: usize,
        /// The length of the list.
        len: usize,
    },
    /// A step was marked done on a day after today.
    #[error("error-done-date-in-future")]
    DoneDateInFuture,
}

impl CommandError {
    /// The Fluent message id.
    pub const fn message_id(&self) -> &'static str {
        match self {
            CommandError::Invalid(e) => e.message_id(),
            CommandError::UnknownGoal(_) => "error-unknown-goal",
            CommandError::UnknownStep(_) => "error-unknown-step",
            CommandError::UnknownContact(_) => "error-unknown-contact",
            CommandError::UnknownAppointment(_) => "error-unknown-appointment",
            CommandError::IndexOutOfRange { .. } => "error-index-out-of-range",
            CommandError::DoneDateInFuture => "error-done-date-in-future",
        }
    }

    /// The Fluent arguments of the message.
    pub fn args(&self) -> Vec<(&'static str, Arg)> {
        match self {
            CommandError::Invalid(e) => e.args(),
            _ => Vec::new(),
        }
    }
}

/// Why stored booklet JSON could not be loaded.
#[derive(Clone, Debug, PartialEq, Eq, Error)]
pub enum LoadError {
    /// Not JSON, or cut off.
    #[error("error-load-corrupt (line {line}, column {column})")]
    Corrupt {
        /// Line of the first error.
        line: usize,
        /// Column of the first error.
        column: usize,
    },
    /// JSON, but not in the shape of a booklet of its version. `detail` is for logs, never shown.
    #[error("error-load-malformed ({detail})")]
    Malformed {
        /// What serde reported (English, for developers).
        detail: String,
    },
    /// Written by a newer version of the app.
    #[error("error-load-newer-version ({found} > {supported})")]
    NewerVersion {
        /// The schema version found.
        found: u32,
        /// The newest schema version this build reads.
        supported: u32,
    },
    /// Well-formed, but breaks an invariant.
    #[error(transparent)]
    Invalid(#[from] ValidationError),
}

impl LoadError {
    /// The Fluent message id.
    pub const fn message_id(&self) -> &'static str {
        match self {
            LoadError::Corrupt { .. } => "error-load-corrupt",
            LoadError::Malformed { .. } => "error-load-malformed",
            LoadError::NewerVersion { .. } => "error-load-newer-version",
            LoadError::Invalid(e) => e.message_id(),
        }
    }

    /// The Fluent arguments of the message.
    pub fn args(&self) -> Vec<(&'static str, Arg)> {
        match self {
            LoadError::NewerVersion { found, supported } => version_args(*found, *supported),
            LoadError::Invalid(e) => e.args(),
            _ => Vec::new(),
        }
    }
}

/// Why an export file was not imported. Nothing was changed.
#[derive(Clone, Debug, PartialEq, Eq, Error)]
pub enum ImportError {
    /// Valid JSON, but not a Begleitheft export (no or another `format` tag).
    #[error("error-import-not-a-booklet")]
    NotABooklet,
    /// Not JSON, or cut off.
    #[error("error-import-corrupt (line {line}, column {column})")]
    Corrupt {
        /// Line of the first error.
        line: usize,
        /// Column of the first error.
        column: usize,
    },
    /// A Begleitheft export whose content has the wrong shape. `detail` is for logs, never shown.
    #[error("error-import-malformed ({detail})")]
    Malformed {
        /// What serde reported (English, for developers).
        detail: String,
    },
    /// Exported by a newer version of the app.
    #[error("error-import-newer-version ({found} > {supported})")]
    NewerVersion {
        /// The version found.
        found: u32,
        /// The newest version this build reads.
        supported: u32,
    },
    /// Well-formed, but breaks an invariant.
    #[error(transparent)]
    Invalid(#[from] ValidationError),
}

impl ImportError {
    /// The Fluent message id.
    pub const fn message_id(&self) -> &'static str {
        match self {
            ImportError::NotABooklet => "error-import-not-a-booklet",
            ImportError::Corrupt { .. } => "error-import-corrupt",
            ImportError::Malformed { .. } => "error-import-malformed",
            ImportError::NewerVersion { .. } => "error-import-newer-version",
            ImportError::Invalid(e) => e.message_id(),
        }
    }

    /// The Fluent arguments of the message.
    pub fn args(&self) -> Vec<(&'static str, Arg)> {
        match self {
            ImportError::NewerVersion { found, supported } => version_args(*found, *supported),
            ImportError::Invalid(e) => e.args(),
            _ => Vec::new(),
        }
    }
}

fn version_args(found: u32, supported: u32) -> Vec<(&'static str, Arg)> {
    vec![
        ("found", Arg::Num(i64::from(found))),
        ("supported", Arg::Num(i64::from(supported))),
    ]
}

/// Every message id an error of this crate can name (delegating variants excluded: they name one of these).
pub const ERROR_MESSAGE_IDS: &[&str] = &[
    "error-parse-id",
    "error-parse-date",
    "error-parse-time",
    "error-schema-version",
    "error-title-empty",
    "error-organisation-empty",
    "error-text-empty",
    "error-text-too-long",
    "error-too-many-entries",
    "error-language-tag-invalid",
    "error-language-duplicate",
    "error-country-invalid",
    "error-email-invalid",
    "error-phone-invalid",
    "error-step-done-without-date",
    "error-step-params-invalid",
    "error-date-out-of-range",
    "error-timestamp-out-of-range",
    "error-goal-field-mismatch",
    "error-duplicate-id",
    "error-appointment-unknown-contact",
    "error-unknown-goal",
    "error-unknown-step",
    "error-unknown-contact",
    "error-unknown-appointment",
    "error-index-out-of-range",
    "error-done-date-in-future",
    "error-load-corrupt",
    "error-load-malformed",
    "error-load-newer-version",
    "error-import-not-a-booklet",
    "error-import-corrupt",
    "error-import-malformed",
    "error-import-newer-version",
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_variant_names_a_listed_id() {
        let id = Id::from_u128(1);
        let f = Field::Title;
        let validation = [
            ValidationError::WrongSchemaVersion { found: 1 },
            ValidationError::TitleEmpty,
            ValidationError::OrganisationEmpty,
            ValidationError::TextEmpty { field: f },
            ValidationError::TooLong { field: f, max: 1 },
            ValidationError::TooMany { field: f, max: 1 },
            ValidationError::InvalidLanguageTag { field: f },
            ValidationError::DuplicateLanguage,
            ValidationError::InvalidCountry,
            ValidationError::InvalidEmail,
            ValidationError::InvalidPhone,
            ValidationError::StepDoneWithoutDate,
            ValidationError::StepParamsInvalid,
            ValidationError::DateOutOfRange { field: f },
            ValidationError::TimestampOutOfRange,
            ValidationError::GoalFieldMismatch,
            ValidationError::DuplicateId(id),
            ValidationError::UnknownContact(id),
        ];
        let mut ids: Vec<&str> = validation.iter().map(ValidationError::message_id).collect();
        ids.extend(
            [ParseError::Id, ParseError::Date, ParseError::Time]
                .iter()
                .map(ParseError::message_id),
        );
        ids.extend(
            [
                CommandError::UnknownGoal(id),
                CommandError::UnknownStep(id),
                CommandError::UnknownContact(id),
                CommandError::UnknownAppointment(id),
                CommandError::IndexOutOfRange { index: 1, len: 0 },
                CommandError::DoneDateInFuture,
            ]
            .iter()
            .map(CommandError::message_id),
        );
        ids.extend(
            [
                LoadError::Corrupt { line: 1, column: 1 },
                LoadError::Malformed {
                    detail: String::new(),
                },
                LoadError::NewerVersion {
                    found: 3,
                    supported: 2,
                },
            ]
            .iter()
            .map(LoadError::message_id),
        );
        ids.extend(
            [
                ImportError::NotABooklet,
                ImportError::Corrupt { line: 1, column: 1 },
                ImportError::Malformed {
                    detail: String::new(),
                },
                ImportError::NewerVersion {
                    found: 3,
                    supported: 2,
                },
            ]
            .iter()
            .map(ImportError::message_id),
        );
        let mut sorted_ids = ids.clone();
        sorted_ids.sort_unstable();
        let mut listed = ERROR_MESSAGE_IDS.to_vec();
        listed.sort_unstable();
        assert_eq!(sorted_ids, listed);
    }

    #[test]
    fn wrapped_errors_delegate() {
        let e = CommandError::from(ValidationError::TooLong {
            field: Field::Note,
            max: 2000,
        });
        assert_eq!(e.message_id(), "error-text-too-long");
        assert_eq!(e.args(), vec![("max", Arg::Num(2000))]);
        assert_eq!(e.to_string(), "error-text-too-long (Note, max 2000)");
        let l = LoadError::NewerVersion {
            found: 3,
            supported: 2,
        };
        assert_eq!(l.args(), vec![("found", Arg::Num(3)), ("supported", Arg::Num(2))]);
    }
}
