//! Loading stored booklet JSON of any schema version up to [`SCHEMA_VERSION`], migrating older versions
//! forward, and validating the result.
//!
//! # Versions
//!
//! - **v1** (first pilot): every title, note, role and purpose was a plain string without language; steps had
//!   `done: bool` plus an optional `date`; entries recorded `created_at` and an optional advisor `author`.
//! - **v2** (current): catalogue codes or free text with its language ([`Title`], [`Text`]); steps have a
//!   [`StepState`]; entries have [`Meta`] with `added_by`, `added_at` and `updated_at`.
//!
//! v1 text is migrated as free text with the language tag `und` (undetermined): the app never knew which
//! language it was written in, and the UI shows free text with `dir="auto"` anyway. A v1 step marked done without
//! a date gets the day it was created as its done date, the only date the record has.

use serde::Deserialize;

use crate::error::LoadError;
use crate::model::{Booklet, SCHEMA_VERSION};
use crate::validate::validate;

/// Only the version: read first, so the rest is parsed once, straight into the right shape.
#[derive(Deserialize)]
struct Probe {
    schema_version: Option<u64>,
}

/// Reads a stored booklet of any version ≤ [`SCHEMA_VERSION`], migrates it forward and validates it.
pub fn load_json(json: &str) -> Result<Booklet, LoadError> {
    let json = json.strip_prefix('\u{feff}').unwrap_or(json);
    let probe: Probe = read(json)?;
    let version = probe
        .schema_version
        .ok_or_else(|| malformed("schema_version is missing or not a number"))?;
    let version = u32::try_from(version).unwrap_or(u32::MAX);
    let booklet = match version {
        1 => v1::migrate(serde_json::from_str(json).map_err(|e| malformed(&e.to_string()))?),
        SCHEMA_VERSION => serde_json::from_str(json).map_err(|e| malformed(&e.to_string()))?,
        v if v > SCHEMA_VERSION => {
            return Err(LoadError::NewerVersion {
                found: v,
                supported: SCHEMA_VERSION,
            });
        }
        v => return Err(malformed(&format!("unknown schema_version {v}"))),
    };
    validate(&booklet)?;
    Ok(booklet)
}

/// Reads a booklet as the first app versions stored it: the profile and every entry as JSON text, each entry
/// as a record `{"pos":N,"entry":{…}}` (`sections`: goals, contacts, appointments), written with
/// `schema_version` ≤ [`SCHEMA_VERSION`]. Each section is put in the order of its positions, then the whole is
/// read, migrated and validated as [`load_json`] does. Today's app stores binary records ([`crate::record`])
/// and rewrites such a database in that form on its next save.
pub fn load_json_records(
    schema_version: u32,
    profile: &str,
    sections: [&[String]; 3],
) -> Result<Booklet, LoadError> {
    /// One stored entry, its JSON kept unparsed until the whole booklet is read in one pass.
    #[derive(Deserialize)]
    struct Record<'a> {
        pos: u64,
        #[serde(borrow)]
        entry: &'a serde_json::value::RawValue,
    }
    let profile: &serde_json::value::RawValue = read(profile)?;
    let mut whole = format!(
        "{{\"schema_version\":{schema_version},\"profile\":{}",
        profile.get()
    );
    for (name, records) in ["goals", "contacts", "appointments"].into_iter().zip(sections) {
        let mut entries = records
            .iter()
            .map(|text| read::<Record<'_>>(text))
            .collect::<Result<Vec<_>, _>>()?;
        entries.sort_by_key(|r| r.pos);
        whole.push_str(&format!(",\"{name}\":["));
        for (i, record) in entries.iter().enumerate() {
            if i > 0 {
                whole.push(',');
            }
            whole.push_str(record.entry.get());
        }
        whole.push(']');
    }
    whole.push('}');
    load_json(&whole)
}

/// The first parse of stored text: broken JSON is `Corrupt` (with its position), JSON of the wrong shape is
/// `Malformed`.
fn read<'a, T: Deserialize<'a>>(json: &'a str) -> Result<T, LoadError> {
    serde_json::from_str(json).map_err(|e| {
        if e.is_syntax() || e.is_eof() {
            LoadError::Corrupt {
                line: e.line(),
                column: e.column(),
            }
        } else {
            malformed(&e.to_string())
        }
    })
}

fn malformed(detail: &str) -> LoadError {
    LoadError::Malformed {
        detail: detail.to_owned(),
    }
}

/// The v1 shape, kept only to read old data.
mod v1 {
    use serde::Deserialize;

    use crate::catalog::{Cefr, ContactRole, FieldOfAction, GoalStatus, QualificationKind, Recognition};
    use crate::id::Id;
    use crate::model::{self, Author, Meta, SCHEMA_VERSION, StepState, Text, Title};
    use crate::time::{Date, Time, Timestamp};

    /// The language tag of text whose language was never recorded.
    const UNDETERMINED: &str = "und";

    #[derive(Deserialize)]
    pub struct Booklet {
        profile: Profile,
        #[serde(default)]
        goals: Vec<Goal>,
        #[serde(default)]
        contacts: Vec<Contact>,
        #[serde(default)]
        appointments: Vec<Appointment>,
    }

    #[derive(Deserialize)]
    struct Profile {
        #[serde(default)]
        display_name: String,
        ui_language: String,
        #[serde(default)]
        languages: Vec<LanguageSkill>,
        #[serde(default)]
        qualifications: Vec<Qualification>,
        #[serde(default)]
        work_experience: Vec<String>,
        #[serde(default)]
        interests: Vec<String>,
    }

    #[derive(Deserialize)]
    struct LanguageSkill {
        language: String,
        level: Cefr,
    }

    #[derive(Deserialize)]
    struct Qualification {
        kind: QualificationKind,
        title: String,
        #[serde(default)]
        country: String,
        recognition: Recognition,
    }

    #[derive(Deserialize)]
    struct Advisor {
        name: String,
        organisation: String,
    }

    #[derive(Deserialize)]
    struct Goal {
        id: Id,
        field: FieldOfAction,
        title: String,
        status: GoalStatus,
        #[serde(default)]
        target: Option<Date>,
        #[serde(default)]
        steps: Vec<Step>,
        created_at: Timestamp,
        #[serde(default)]
        author: Option<Advisor>,
    }

    #[derive(Deserialize)]
    struct Step {
        id: Id,
        title: String,
        done: bool,
        #[serde(default)]
        date: Option<Date>,
        #[serde(default)]
        note: Option<String>,
        created_at: Timestamp,
        #[serde(default)]
        author: Option<Advisor>,
    }

    #[derive(Deserialize)]
    struct Contact {
        id: Id,
        organisation: String,
        #[serde(default)]
        role: String,
        #[serde(default)]
        person: String,
        #[serde(default)]
        phone: String,
        #[serde(default)]
        email: String,
        #[serde(default)]
        address: String,
        #[serde(default)]
        opening_hours: String,
        #[serde(default)]
        note: Option<String>,
        created_at: Timestamp,
        #[serde(default)]
        author: Option<Advisor>,
    }

    #[derive(Deserialize)]
    struct Appointment {
        id: Id,
        date: Date,
        #[serde(default)]
        time: Option<Time>,
        #[serde(default)]
        place: String,
        #[serde(default)]
        contact: Option<Id>,
        purpose: String,
        #[serde(default)]
        bring: Option<String>,
        created_at: Timestamp,
        #[serde(default)]
        author: Option<Advisor>,
    }

    fn text(s: String) -> Text {
        Text::new(s.trim(), UNDETERMINED)
    }

    /// Blank v1 strings meant "nothing"; v2 says so with `None`.
    fn opt_text(s: Option<String>) -> Option<Text> {
        s.filter(|s| !s.trim().is_empty()).map(text)
    }

    fn texts(list: Vec<String>) -> Vec<Text> {
        list.into_iter()
            .filter(|s| !s.trim().is_empty())
            .map(text)
            .collect()
    }

    fn meta(created_at: Timestamp, author: Option<Advisor>) -> Meta {
        let added_by = match author {
            None => Author::Owner,
            Some(Advisor { name, organisation }) => Author::Advisor { name, organisation },
        };
        Meta {
            added_by,
            added_at: created_at,
            updated_at: created_at,
        }
    }

    /// Lifts a v1 booklet to the current shape.
    pub fn migrate(old: Booklet) -> model::Booklet {
        let p = old.profile;
        let profile = model::Profile {
            display_name: p.display_name,
            ui_language: p.ui_language,
            languages: p
                .languages
                .into_iter()
                .map(|l| model::LanguageSkill {
                    language: l.language,
                    level: l.level,
                })
                .collect(),
            qualifications: p
                .qualifications
                .into_iter()
                .map(|q| model::Qualification {
                    kind: q.kind,
                    title: text(q.title),
                    country: q.country,
                    recognition: q.recognition,
                })
                .collect(),
            work_experience: texts(p.work_experience),
            interests: texts(p.interests),
        };
        let goals = old
            .goals
            .into_iter()
            .map(|g| model::Goal {
                id: g.id,
                field: g.field,
                title: Title::Free(text(g.title)),
                status: g.status,
                target: g.target,
                steps: g.steps.into_iter().map(migrate_step).collect(),
                meta: meta(g.created_at, g.author),
            })
            .collect();
        let contacts = old
            .contacts
            .into_iter()
            .map(|c| model::Contact {
                id: c.id,
                organisation: c.organisation,
                // v1 had no catalogue; an empty role was allowed and means "other".
                role: if c.role.trim().is_empty() {
                    Title::Code(ContactRole::Other)
                } else {
                    Title::Free(text(c.role))
                },
                person: c.person,
                phone: c.phone,
                email: c.email,
                address: c.address,
                opening_hours: c.opening_hours,
                note: opt_text(c.note),
                meta: meta(c.created_at, c.author),
            })
            .collect();
        let appointments = old
            .appointments
            .into_iter()
            .map(|a| model::Appointment {
                id: a.id,
                date: a.date,
                time: a.time,
                place: a.place,
                contact: a.contact,
                purpose: Title::Free(text(a.purpose)),
                bring: opt_text(a.bring),
                meta: meta(a.created_at, a.author),
            })
            .collect();
        model::Booklet {
            schema_version: SCHEMA_VERSION,
            profile,
            goals,
            contacts,
            appointments,
        }
    }

    fn migrate_step(s: Step) -> model::Step {
        let state = if s.done {
            StepState::Done {
                date: s.date.unwrap_or_else(|| s.created_at.date()),
            }
        } else {
            StepState::Planned { date: s.date }
        };
        model::Step {
            id: s.id,
            title: Title::Free(text(s.title)),
            state,
            note: opt_text(s.note),
            meta: meta(s.created_at, s.author),
        }
    }
}

#[cfg(test)]
mod tests;
