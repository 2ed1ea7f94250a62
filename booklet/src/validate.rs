//! The invariants of a booklet and the limits they use. Commands check them on their result, imports on the
//! whole file, so no path can bring an invalid booklet into the app.

use std::collections::HashSet;

use crate::catalog::{GoalCode, StepCode};
use crate::error::{Field, ValidationError};
use crate::id::Id;
use crate::model::{
    Appointment, Author, Booklet, Contact, Goal, Meta, Profile, SCHEMA_VERSION, Step, Text, Title,
};
use crate::time::{Date, Timestamp};

/// The earliest date an entry may carry.
pub const MIN_DATE: Date = Date::from_days_since_epoch_const(-25_567); // 1900-01-01
/// The latest date an entry may carry.
pub const MAX_DATE: Date = Date::from_days_since_epoch_const(84_005); // 2199-12-31

/// Longest goal or step title, in characters.
pub const MAX_TITLE: usize = 200;
/// Longest note, in characters.
pub const MAX_NOTE: usize = 2000;
/// Longest short text (names, organisation, person, place, free role or purpose, profile entries).
pub const MAX_SHORT: usize = 200;
/// Longest medium text (address, opening hours, what to bring, work experience, interests).
pub const MAX_MEDIUM: usize = 500;
/// Longest phone number.
pub const MAX_PHONE: usize = 40;
/// Longest e-mail address (RFC 5321).
pub const MAX_EMAIL: usize = 254;
/// Longest BCP-47 language tag accepted.
pub const MAX_LANG_TAG: usize = 35;
/// Most goals in a booklet.
pub const MAX_GOALS: usize = 500;
/// Most steps in one goal.
pub const MAX_STEPS: usize = 200;
/// Most contacts.
pub const MAX_CONTACTS: usize = 500;
/// Most appointments.
pub const MAX_APPOINTMENTS: usize = 2000;
/// Most entries in each profile list (languages, qualifications, work experience, interests).
pub const MAX_PROFILE_ITEMS: usize = 50;

/// Checks every invariant of `booklet`; the first broken one is reported.
///
/// Invariants: current schema version; ids unique across all entries; every text within its limit, titles and
/// required names not blank, language tags plausible; phone and e-mail well-formed or empty; catalogue goals in
/// their own field, catalogue step parameters in range; dates between [`MIN_DATE`] and [`MAX_DATE`],
/// timestamps within the same years; each appointment's contact exists; list sizes within limits.
pub fn validate(booklet: &Booklet) -> Result<(), ValidationError> {
    if booklet.schema_version != SCHEMA_VERSION {
        return Err(ValidationError::WrongSchemaVersion {
            found: booklet.schema_version,
        });
    }
    validate_profile(&booklet.profile)?;
    count(booklet.goals.len(), MAX_GOALS, Field::Goals)?;
    count(booklet.contacts.len(), MAX_CONTACTS, Field::Contacts)?;
    count(booklet.appointments.len(), MAX_APPOINTMENTS, Field::Appointments)?;
    let mut ids = HashSet::new();
    let mut unique = |id: Id| {
        if ids.insert(id) {
            Ok(())
        } else {
            Err(ValidationError::DuplicateId(id))
        }
    };
    for goal in &booklet.goals {
        unique(goal.id)?;
        validate_goal(goal)?;
        for step in &goal.steps {
            unique(step.id)?;
        }
    }
    for contact in &booklet.contacts {
        unique(contact.id)?;
        validate_contact(contact)?;
    }
    for appointment in &booklet.appointments {
        unique(appointment.id)?;
        validate_appointment(appointment)?;
        if let Some(contact) = appointment.contact
            && booklet.find_contact(contact).is_none()
        {
            return Err(ValidationError::UnknownContact(contact));
        }
    }
    Ok(())
}

/// Checks the profile.
pub fn validate_profile(profile: &Profile) -> Result<(), ValidationError> {
    max_len(&profile.display_name, MAX_SHORT, Field::DisplayName)?;
    lang_tag(&profile.ui_language, Field::UiLanguage)?;
    count(profile.languages.len(), MAX_PROFILE_ITEMS, Field::Languages)?;
    // A few languages at most (bounded above): comparing with the earlier ones needs no set of its own.
    for (i, skill) in profile.languages.iter().enumerate() {
        lang_tag(&skill.language, Field::Language)?;
        let earlier = &profile.languages[..i];
        if earlier
            .iter()
            .any(|s| s.language.eq_ignore_ascii_case(&skill.language))
        {
            return Err(ValidationError::DuplicateLanguage);
        }
    }
    count(
        profile.qualifications.len(),
        MAX_PROFILE_ITEMS,
        Field::Qualifications,
    )?;
    for q in &profile.qualifications {
        text(&q.title, MAX_SHORT, Field::Qualification)?;
        let c = q.country.as_bytes();
        let iso_code = c.len() == 2 && c.iter().all(u8::is_ascii_uppercase);
        if !(c.is_empty() || iso_code) {
            return Err(ValidationError::InvalidCountry);
        }
    }
    count(
        profile.work_experience.len(),
        MAX_PROFILE_ITEMS,
        Field::WorkExperiences,
    )?;
    for t in &profile.work_experience {
        text(t, MAX_MEDIUM, Field::WorkExperience)?;
    }
    count(profile.interests.len(), MAX_PROFILE_ITEMS, Field::Interests)?;
    for t in &profile.interests {
        text(t, MAX_MEDIUM, Field::Interest)?;
    }
    Ok(())
}

/// Checks a goal and its steps (not id uniqueness, which needs the whole booklet).
pub fn validate_goal(goal: &Goal) -> Result<(), ValidationError> {
    goal_title(&goal.title, goal.field)?;
    if let Some(target) = goal.target {
        date(target, Field::TargetDate)?;
    }
    meta(&goal.meta)?;
    count(goal.steps.len(), MAX_STEPS, Field::Steps)?;
    goal.steps.iter().try_for_each(validate_step)
}

fn goal_title(title: &Title<GoalCode>, field: crate::FieldOfAction) -> Result<(), ValidationError> {
    match title {
        Title::Code(code) if code.field() != field => Err(ValidationError::GoalFieldMismatch),
        Title::Code(_) => Ok(()),
        Title::Free(t) => title_text(t),
    }
}

/// Checks a step.
pub fn validate_step(step: &Step) -> Result<(), ValidationError> {
    match &step.title {
        Title::Code(code) => step_code(code)?,
        Title::Free(t) => title_text(t)?,
    }
    if let Some(d) = step.state.date() {
        date(d, Field::StepDate)?;
    }
    opt_text(step.note.as_ref(), MAX_NOTE, Field::Note)?;
    meta(&step.meta)
}

fn step_code(code: &StepCode) -> Result<(), ValidationError> {
    if code.params_valid() {
        Ok(())
    } else {
        Err(ValidationError::StepParamsInvalid)
    }
}

/// Checks a contact.
pub fn validate_contact(contact: &Contact) -> Result<(), ValidationError> {
    if contact.organisation.trim().is_empty() {
        return Err(ValidationError::OrganisationEmpty);
    }
    max_len(&contact.organisation, MAX_SHORT, Field::Organisation)?;
    if let Title::Free(t) = &contact.role {
        text(t, MAX_SHORT, Field::Role)?;
    }
    max_len(&contact.person, MAX_SHORT, Field::Person)?;
    phone(&contact.phone)?;
    email(&contact.email)?;
    max_len(&contact.address, MAX_MEDIUM, Field::Address)?;
    max_len(&contact.opening_hours, MAX_MEDIUM, Field::OpeningHours)?;
    opt_text(contact.note.as_ref(), MAX_NOTE, Field::Note)?;
    meta(&contact.meta)
}

/// Checks an appointment (not whether its contact exists, which needs the whole booklet).
pub fn validate_appointment(appointment: &Appointment) -> Result<(), ValidationError> {
    date(appointment.date, Field::AppointmentDate)?;
    max_len(&appointment.place, MAX_SHORT, Field::Place)?;
    if let Title::Free(t) = &appointment.purpose {
        text(t, MAX_SHORT, Field::Purpose)?;
    }
    opt_text(appointment.bring.as_ref(), MAX_MEDIUM, Field::Bring)?;
    meta(&appointment.meta)
}

fn count(len: usize, max: usize, field: Field) -> Result<(), ValidationError> {
    if len > max {
        Err(ValidationError::TooMany { field, max })
    } else {
        Ok(())
    }
}

fn max_len(s: &str, max: usize, field: Field) -> Result<(), ValidationError> {
    if s.chars().count() > max {
        Err(ValidationError::TooLong { field, max })
    } else {
        Ok(())
    }
}

fn title_text(t: &Text) -> Result<(), ValidationError> {
    if t.text.trim().is_empty() {
        return Err(ValidationError::TitleEmpty);
    }
    max_len(&t.text, MAX_TITLE, Field::Title)?;
    lang_tag(&t.lang, Field::Title)
}

fn text(t: &Text, max: usize, field: Field) -> Result<(), ValidationError> {
    if t.text.trim().is_empty() {
        return Err(ValidationError::TextEmpty { field });
    }
    max_len(&t.text, max, field)?;
    lang_tag(&t.lang, field)
}

fn opt_text(t: Option<&Text>, max: usize, field: Field) -> Result<(), ValidationError> {
    t.map_or(Ok(()), |t| text(t, max, field))
}

fn date(d: Date, field: Field) -> Result<(), ValidationError> {
    if (MIN_DATE..=MAX_DATE).contains(&d) {
        Ok(())
    } else {
        Err(ValidationError::DateOutOfRange { field })
    }
}

/// Whether a timestamp lies within the accepted years ([`MIN_DATE`] to [`MAX_DATE`]).
pub fn timestamp_in_range(ts: Timestamp) -> bool {
    let min = Timestamp::start_of(MIN_DATE);
    let max = Timestamp::start_of(MAX_DATE).millis() + 86_400_000 - 1;
    (min.millis()..=max).contains(&ts.millis())
}

fn meta(m: &Meta) -> Result<(), ValidationError> {
    if !timestamp_in_range(m.added_at) || !timestamp_in_range(m.updated_at) {
        return Err(ValidationError::TimestampOutOfRange);
    }
    author(&m.added_by)
}

/// Checks an author: an advisor needs a name or an organisation, both within limits.
pub fn author(a: &Author) -> Result<(), ValidationError> {
    match a {
        Author::Owner => Ok(()),
        Author::Advisor { name, organisation } => {
            if name.trim().is_empty() && organisation.trim().is_empty() {
                return Err(ValidationError::TextEmpty {
                    field: Field::AuthorName,
                });
            }
            max_len(name, MAX_SHORT, Field::AuthorName)?;
            max_len(organisation, MAX_SHORT, Field::AuthorOrganisation)
        }
    }
}

/// Whether `tag` is a plausible BCP-47 tag: a 2–8 letter primary subtag, then 1–8 alphanumeric subtags
/// separated by `-`. Deliberately lenient (no registry look-up), strict enough to keep garbage out of `lang=`.
pub fn is_lang_tag(tag: &str) -> bool {
    if tag.is_empty() || tag.len() > MAX_LANG_TAG {
        return false;
    }
    let mut parts = tag.split('-');
    let primary_ok = parts
        .next()
        .is_some_and(|p| (2..=8).contains(&p.len()) && p.bytes().all(|b| b.is_ascii_alphabetic()));
    primary_ok && parts.all(|p| (1..=8).contains(&p.len()) && p.bytes().all(|b| b.is_ascii_alphanumeric()))
}

fn lang_tag(tag: &str, field: Field) -> Result<(), ValidationError> {
    if is_lang_tag(tag) {
        Ok(())
    } else {
        Err(ValidationError::InvalidLanguageTag { field })
    }
}

/// Whether `phone` is empty or a dialable number: digits, spaces and `+ - / ( ) .`, a `+` only in front,
/// 3 to 20 digits, at most [`MAX_PHONE`] characters.
pub fn is_phone(phone: &str) -> bool {
    if phone.is_empty() {
        return true;
    }
    let chars_ok = phone.char_indices().all(|(i, c)| {
        c.is_ascii_digit() || matches!(c, ' ' | '-' | '/' | '(' | ')' | '.') || (c == '+' && i == 0)
    });
    let digits = phone.chars().filter(char::is_ascii_digit).count();
    chars_ok && (3..=20).contains(&digits) && phone.chars().count() <= MAX_PHONE
}

fn phone(p: &str) -> Result<(), ValidationError> {
    if is_phone(p) {
        Ok(())
    } else {
        Err(ValidationError::InvalidPhone)
    }
}

/// Whether `email` is empty or has the shape `local@domain.tld`: one `@`, no spaces or control characters,
/// a local part of 1–64 characters, a domain of non-empty dot-separated labels, at most [`MAX_EMAIL`] long.
pub fn is_email(email: &str) -> bool {
    if email.is_empty() {
        return true;
    }
    if email.len() > MAX_EMAIL || email.chars().any(|c| c.is_whitespace() || c.is_control()) {
        return false;
    }
    let Some((local, domain)) = email.split_once('@') else {
        return false;
    };
    let labels: Vec<&str> = domain.split('.').collect();
    !local.is_empty()
        && local.len() <= 64
        && !domain.contains('@')
        && labels.len() >= 2
        && labels
            .iter()
            .all(|l| !l.is_empty() && !l.starts_with('-') && !l.ends_with('-'))
        && labels.last().is_some_and(|tld| tld.chars().count() >= 2)
}

fn email(e: &str) -> Result<(), ValidationError> {
    if is_email(e) {
        Ok(())
    } else {
        Err(ValidationError::InvalidEmail)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn date_limits_are_the_documented_days() {
        assert_eq!(MIN_DATE, Date::from_ymd(1900, 1, 1).unwrap());
        assert_eq!(MAX_DATE, Date::from_ymd(2199, 12, 31).unwrap());
    }

    #[test]
    fn language_tags() {
        for ok in [
            "de",
            "ar",
            "prs",
            "kmr",
            "ckb",
            "sr-Latn",
            "de-DE",
            "und",
            "zh-Hant-TW",
        ] {
            assert!(is_lang_tag(ok), "{ok}");
        }
        for bad in ["", "d", "de_DE", "de-", "-de", "1a", "de-toolongsubtag", "ar de"] {
            assert!(!is_lang_tag(bad), "{bad}");
        }
    }

    #[test]
    fn phones() {
        for ok in ["", "+49 5971 123-45", "(05971) 939 0", "0176/1234567", "112"] {
            assert!(is_phone(ok), "{ok}");
        }
        for bad in ["12", "+49 (0) abc", "49+1234", "0171 1234567 ext 5", "١٢٣٤٥"] {
            assert!(!is_phone(bad), "{bad}");
        }
    }

    #[test]
    fn emails() {
        for ok in [
            "",
            "a@b.de",
            "info@jobcenter-kreis.de",
            "vorname.nachname@stadt.example.org",
        ] {
            assert!(is_email(ok), "{ok}");
        }
        for bad in [
            "a",
            "a@b",
            "@b.de",
            "a@@b.de",
            "a@b.d",
            "a b@c.de",
            "a@-b.de",
            "a@b..de",
            "a@b.de@c.de",
        ] {
            assert!(!is_email(bad), "{bad}");
        }
    }
}
