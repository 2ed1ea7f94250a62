//! Link shares (SHARES.md): the link that carries a share's id and key, the seals of the shared entries and of
//! an advisor's proposals, and the proposals themselves.
//!
//! The owner's app draws a share id (16 bytes) and key (32 bytes), seals a share-codec payload
//! ([`crate::codec::encode`]) with [`seal_share`] and uploads only the seal. The link is the app's URL with
//! the fragment `BHL1:` + [`to_text`]`(id ‖ key)` ([`ShareLink`]); the fragment never
//! reaches a server. An advisor opens the seal with [`open_share`] and may send back a [`Proposal`], sealed
//! with [`seal_proposal`]; the owner opens it with [`open_proposal`] and, on accepting, applies
//! [`Proposal::into_command`] like any other command.
//!
//! Like the rest of the crate this performs no I/O and draws no random numbers: ids, keys and nonces come from
//! the caller.

use core::fmt;

use serde::{Deserialize, Serialize};
use thiserror::Error;

use crate::catalog::{Arg, PurposeCode, StepCode};
use crate::codec::{self, DecodeError, EncodeError, Selection, from_text, percent_decode, to_text};
use crate::command::{Applied, AppointmentFields, Command, Context, StepFields, apply};
use crate::error::{CommandError, ValidationError};
use crate::id::Id;
use crate::model::{Appointment, Author, Booklet, Meta, Step, StepState, Text, Title};
use crate::sync::crypto::{self, SEAL_OVERHEAD};
use crate::time::{Date, Time, Timestamp};
use crate::validate::{validate_appointment, validate_step};

/// What the URL fragment of a link holds in front of the text of `id ‖ key`.
pub const FRAGMENT_PREFIX: &str = "BHL1:";

/// Length of the text after [`FRAGMENT_PREFIX`]: 48 bytes at 1.5 characters per byte.
pub const FRAGMENT_TEXT_LEN: usize = 72;

/// Associated-data prefix of the shared entries' seal; followed by the share id.
const SHARE_AD: &[u8] = b"BH share v1";
/// Associated-data prefix of a proposal's seal; differs from [`SHARE_AD`], so a proposal never opens as the
/// shared entries (nor the other way round).
const PROPOSAL_AD: &[u8] = b"BH proposal v1";

/// Shortest PIN, in digits.
pub const MIN_PIN_LEN: usize = 4;
/// Longest PIN, in digits.
pub const MAX_PIN_LEN: usize = 8;

/// Longest lifetime of a link share, in days (SHARES.md: `expires_in_days` 1–90).
pub const MAX_EXPIRY_DAYS: u32 = 90;
/// Lifetime the share flow suggests, in days.
pub const DEFAULT_EXPIRY_DAYS: u32 = 7;

/// Format version of the proposal JSON (`"v"`). A reader refuses any other with
/// [`LinkError::ProposalUnknownVersion`]; fields are never added within a version (unknown fields are refused).
pub const PROPOSAL_VERSION: u32 = 1;

/// Largest proposal JSON [`decode_proposal`] reads, in bytes. The longest valid proposal (a 2000-character
/// note and 200-character texts, even in four-byte characters or JSON escapes) stays well below it.
pub const MAX_PROPOSAL_BYTES: usize = 32 * 1024;

/// Largest sealed proposal a valid app sends: a server may refuse anything longer.
pub const MAX_PROPOSAL_SEALED: usize = MAX_PROPOSAL_BYTES + SEAL_OVERHEAD;

/// Largest sealed share a valid app uploads (a share-codec payload is at most
/// [`crate::codec::MAX_PAYLOAD`] bytes): a server may refuse anything longer.
pub const MAX_SHARE_SEALED: usize = crate::codec::MAX_PAYLOAD + SEAL_OVERHEAD;

/// Why a link, a seal, a proposal, a PIN or an expiry cannot be used.
#[derive(Clone, Debug, PartialEq, Eq, Error)]
pub enum LinkError {
    /// The text is not a link share: no [`FRAGMENT_PREFIX`] after the `#` (or at the start).
    #[error("link-error-not-a-link")]
    NotALink,
    /// The link's text is damaged or cut off; the codec's error says how (its message ids are the codec's).
    #[error(transparent)]
    Decode(#[from] DecodeError),
    /// A seal did not open: damaged, sealed with another key, for another share, or a proposal presented as
    /// the shared entries (or the other way round). Deliberately one error.
    #[error("link-error-open-failed")]
    OpenFailed,
    /// The opened proposal is not a proposal's JSON.
    #[error("link-error-proposal-malformed")]
    ProposalMalformed,
    /// A well-formed proposal of a format version this app does not know (sent by a newer app).
    #[error("link-error-proposal-unknown-version ({0})")]
    ProposalUnknownVersion(u32),
    /// Longer than [`MAX_PROPOSAL_BYTES`].
    #[error("link-error-proposal-too-large ({bytes} bytes)")]
    ProposalTooLarge {
        /// The size found, in bytes.
        bytes: usize,
    },
    /// The proposal breaks an invariant of the booklet (a text too long, a date out of range, …); the
    /// validation error's own message id is used.
    #[error("link-error-proposal-invalid ({0})")]
    ProposalInvalid(ValidationError),
    /// A PIN must be [`MIN_PIN_LEN`] to [`MAX_PIN_LEN`] digits.
    #[error("link-error-pin-format")]
    PinFormat,
    /// The lifetime must be 1 to [`MAX_EXPIRY_DAYS`] days.
    #[error("link-error-expiry-out-of-range ({0})")]
    ExpiryOutOfRange(u32),
}

impl LinkError {
    /// The Fluent message id: the codec's for [`LinkError::Decode`], the validation error's for
    /// [`LinkError::ProposalInvalid`], else one of [`MESSAGE_IDS`].
    pub const fn message_id(&self) -> &'static str {
        match self {
            LinkError::NotALink => "link-error-not-a-link",
            LinkError::Decode(e) => e.message_id(),
            LinkError::OpenFailed => "link-error-open-failed",
            LinkError::ProposalMalformed => "link-error-proposal-malformed",
            LinkError::ProposalUnknownVersion(_) => "link-error-proposal-unknown-version",
            LinkError::ProposalTooLarge { .. } => "link-error-proposal-too-large",
            LinkError::ProposalInvalid(e) => e.message_id(),
            LinkError::PinFormat => "link-error-pin-format",
            LinkError::ExpiryOutOfRange(_) => "link-error-expiry-out-of-range",
        }
    }

    /// The Fluent arguments: `version` for an unknown version, `max_bytes` for a proposal too large, `min`
    /// and `max` for the PIN format, `max_days` for the expiry; the inner error's for decode and validation
    /// errors.
    pub fn args(&self) -> Vec<(&'static str, Arg)> {
        match self {
            LinkError::Decode(e) => e.args(),
            LinkError::ProposalInvalid(e) => e.args(),
            LinkError::ProposalUnknownVersion(v) => vec![("version", Arg::Num(i64::from(*v)))],
            LinkError::ProposalTooLarge { .. } => {
                vec![("max_bytes", Arg::Num(MAX_PROPOSAL_BYTES as i64))]
            }
            LinkError::PinFormat => vec![
                ("min", Arg::Num(MIN_PIN_LEN as i64)),
                ("max", Arg::Num(MAX_PIN_LEN as i64)),
            ],
            LinkError::ExpiryOutOfRange(_) => {
                vec![("max_days", Arg::Num(i64::from(MAX_EXPIRY_DAYS)))]
            }
            LinkError::NotALink | LinkError::OpenFailed | LinkError::ProposalMalformed => Vec::new(),
        }
    }
}

/// The message ids of this module that the locales must define: those of [`LinkError`] (its decode and
/// validation variants use ids listed elsewhere) and of [`Proposal::summary_message_id`].
pub const MESSAGE_IDS: &[&str] = &[
    "link-error-not-a-link",
    "link-error-open-failed",
    "link-error-proposal-malformed",
    "link-error-proposal-unknown-version",
    "link-error-proposal-too-large",
    "link-error-pin-format",
    "link-error-expiry-out-of-range",
    "link-proposal-add-step",
    "link-proposal-add-appointment",
];

/// What a link carries: the share's id and key. Whoever holds it can read the share (with the PIN, if one is
/// set), so `Debug` shows only the id.
#[derive(Clone, PartialEq, Eq)]
pub struct ShareLink {
    /// The share id: 16 random bytes, public (in API paths as [`ShareLink::id_hex`]).
    pub id: [u8; 16],
    /// The share key for XChaCha20-Poly1305: 32 random bytes, never sent to the server.
    pub key: [u8; 32],
}

impl fmt::Debug for ShareLink {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("ShareLink")
            .field("id", &self.id_hex())
            .field("key", &"<redacted>")
            .finish()
    }
}

impl ShareLink {
    /// The fragment (without `#`): [`FRAGMENT_PREFIX`] and the 72 characters of `id ‖ key` in the share
    /// codec's alphabet, which is QR-alphanumeric and needs no escaping in a URL fragment.
    pub fn to_fragment(&self) -> String {
        let mut bytes = [0u8; 48];
        bytes[..16].copy_from_slice(&self.id);
        bytes[16..].copy_from_slice(&self.key);
        let mut out = String::with_capacity(FRAGMENT_PREFIX.len() + FRAGMENT_TEXT_LEN);
        out.push_str(FRAGMENT_PREFIX);
        out.push_str(&to_text(&bytes));
        out
    }

    /// Reads a link: the fragment with or without its leading `#`, or a whole URL (whatever follows its first
    /// `#`). The prefix may be in any case, the text in upper or lower case (some scanners lower-case),
    /// percent-escapes are undone, surrounding whitespace is ignored.
    ///
    /// Without the prefix it is [`LinkError::NotALink`]; a text too short is
    /// [`DecodeError::Truncated`], one too long or not a valid text is [`DecodeError::Damaged`] or
    /// [`DecodeError::BadAlphabet`].
    pub fn from_fragment(text: &str) -> Result<Self, LinkError> {
        let text = text.trim();
        let fragment = text.split_once('#').map_or(text, |(_, fragment)| fragment);
        let fragment = percent_decode(fragment)?;
        let rest = fragment
            .get(..FRAGMENT_PREFIX.len())
            .filter(|head| head.eq_ignore_ascii_case(FRAGMENT_PREFIX))
            .and_then(|_| fragment.get(FRAGMENT_PREFIX.len()..))
            .ok_or(LinkError::NotALink)?;
        if rest.len() < FRAGMENT_TEXT_LEN {
            // A link cut off by a messenger; checked before the alphabet so the message says what happened.
            return Err(DecodeError::Truncated.into());
        }
        if rest.len() > FRAGMENT_TEXT_LEN {
            return Err(DecodeError::Damaged.into());
        }
        let bytes = from_text(rest)?;
        let (Some(id), Some(key)) = (
            bytes.get(..16).and_then(|b| <[u8; 16]>::try_from(b).ok()),
            bytes.get(16..).and_then(|b| <[u8; 32]>::try_from(b).ok()),
        ) else {
            return Err(DecodeError::Damaged.into());
        };
        Ok(Self { id, key })
    }

    /// The whole link: `base_url` (the app's address, e.g. `https://begleitheft.example/`; anything after a
    /// `#` in it is dropped) followed by `#` and [`ShareLink::to_fragment`].
    pub fn url(&self, base_url: &str) -> String {
        let base = base_url.split_once('#').map_or(base_url, |(base, _)| base);
        format!("{base}#{}", self.to_fragment())
    }

    /// The share id as 32 lowercase hex characters, as in the API's paths.
    pub fn id_hex(&self) -> String {
        crypto::to_hex(&self.id)
    }
}

/// One goal of a link share: the id its readers see (derived by the share codec from the content) and the
/// owner's id it stands for. The owner's app keeps these pairs with the share, to map proposals back.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct SharedGoal {
    /// The id a reader of the share sees, and a proposal names.
    pub shared: Id,
    /// The owner's id of the same goal.
    pub owner: Id,
}

/// The shared entries of a link share, ready for [`seal_share`], with the goals' ids.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SharedPayload {
    /// The share-codec payload ([`crate::codec::encode`]).
    pub payload: Vec<u8>,
    /// For each shared goal, the id readers see and the owner's.
    pub goals: Vec<SharedGoal>,
}

/// Packs the chosen entries for a link share exactly as [`crate::codec::encode`] does for an offline QR, and
/// pairs each goal id a reader will see with the owner's, so that step proposals can be mapped back
/// ([`Proposal::map_goal`]). Pairs must be computed now: the derived ids depend on the shared content.
pub fn encode_share(
    booklet: &Booklet,
    selection: &Selection,
    issued: Date,
    expires: Date,
) -> Result<SharedPayload, EncodeError> {
    let payload = codec::encode(booklet, selection, issued, expires)?;
    // The codec lists the chosen goals in the booklet's order; so does this.
    let owner = booklet.goals.iter().filter(|g| selection.goals.contains(&g.id));
    // Decoding a payload encode just wrote always succeeds; were it ever to fail, no pairs means every step
    // proposal fails with the ordinary unknown-goal error instead of landing on a wrong goal.
    let shared = codec::decode(&payload).map(|s| s.goals).unwrap_or_default();
    let goals = shared
        .iter()
        .zip(owner)
        .map(|(s, o)| SharedGoal {
            shared: s.id,
            owner: o.id,
        })
        .collect();
    Ok(SharedPayload { payload, goals })
}

/// `prefix ‖ share id`.
fn share_bound_ad(prefix: &[u8], id: &[u8; 16]) -> Vec<u8> {
    [prefix, id].concat()
}

/// Seals the shared entries (a share-codec payload) under the share key, bound to the share id
/// (associated data `"BH share v1" ‖ id`). Returns `nonce ‖ ciphertext ‖ tag`, [`SEAL_OVERHEAD`] bytes longer
/// than `payload`. `nonce` must be 24 fresh random bytes; re-encrypting a live share draws a new one.
pub fn seal_share(key: &[u8; 32], id: &[u8; 16], nonce: [u8; 24], payload: &[u8]) -> Vec<u8> {
    crypto::seal(key, nonce, &share_bound_ad(SHARE_AD, id), payload)
}

/// Opens the shared entries sealed by [`seal_share`] for the same key and id; the result is a share-codec
/// payload for [`crate::codec::decode`]. Anything else is [`LinkError::OpenFailed`].
pub fn open_share(key: &[u8; 32], id: &[u8; 16], sealed: &[u8]) -> Result<Vec<u8>, LinkError> {
    crypto::open(key, &share_bound_ad(SHARE_AD, id), sealed).map_err(|_| LinkError::OpenFailed)
}

/// Seals a proposal's bytes ([`encode_proposal`]) under the share key, bound to the share id (associated data
/// `"BH proposal v1" ‖ id`). `nonce` must be 24 fresh random bytes.
pub fn seal_proposal(key: &[u8; 32], id: &[u8; 16], nonce: [u8; 24], proposal: &[u8]) -> Vec<u8> {
    crypto::seal(key, nonce, &share_bound_ad(PROPOSAL_AD, id), proposal)
}

/// Opens a proposal sealed by [`seal_proposal`] for the same key and id; the result is for
/// [`decode_proposal`]. Anything else is [`LinkError::OpenFailed`].
pub fn open_proposal(key: &[u8; 32], id: &[u8; 16], sealed: &[u8]) -> Result<Vec<u8>, LinkError> {
    crypto::open(key, &share_bound_ad(PROPOSAL_AD, id), sealed).map_err(|_| LinkError::OpenFailed)
}

/// Whether `pin` is a PIN a share may have: [`MIN_PIN_LEN`] to [`MAX_PIN_LEN`] ASCII digits, nothing else.
pub fn valid_pin(pin: &str) -> bool {
    (MIN_PIN_LEN..=MAX_PIN_LEN).contains(&pin.len()) && pin.bytes().all(|b| b.is_ascii_digit())
}

/// [`valid_pin`] as a result with a message for the form: [`LinkError::PinFormat`].
pub fn check_pin(pin: &str) -> Result<(), LinkError> {
    if valid_pin(pin) {
        Ok(())
    } else {
        Err(LinkError::PinFormat)
    }
}

/// Checks a share's lifetime: 1 to [`MAX_EXPIRY_DAYS`] days, else [`LinkError::ExpiryOutOfRange`].
pub fn check_expiry_days(days: u32) -> Result<(), LinkError> {
    if (1..=MAX_EXPIRY_DAYS).contains(&days) {
        Ok(())
    } else {
        Err(LinkError::ExpiryOutOfRange(days))
    }
}

/// An advisor's proposal to the owner: a step for a shared goal, or an appointment. Each names the proposing
/// advisor (free text: a logged-in advisor's account, or what the reader typed), who becomes the entry's
/// author ([`Author::Advisor`]) when the owner accepts.
///
/// Sent as JSON (`{"v": 1, "proposal": {"kind": "add_step", …}}`, see [`encode_proposal`]) inside
/// [`seal_proposal`].
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case", deny_unknown_fields)]
pub enum Proposal {
    /// Add a step to a goal of the share.
    AddStep {
        /// The advisor's name (may be blank if the organisation is given).
        name: String,
        /// The advisor's organisation (may be blank if the name is given).
        organisation: String,
        /// The goal, by the id the reader of the share sees. The share codec does not carry the owner's ids
        /// (it derives new ones), so the owner's app turns it back into its own with
        /// [`Proposal::map_goal`] before accepting.
        goal: Id,
        /// The step's title: a catalogue step or free text.
        title: Title<StepCode>,
        /// The day it was done, if it is done (today or earlier when the owner accepts); else it is planned.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        done: Option<Date>,
        /// A note.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        note: Option<Text>,
    },
    /// Add an appointment.
    AddAppointment {
        /// The advisor's name (may be blank if the organisation is given).
        name: String,
        /// The advisor's organisation (may be blank if the name is given).
        organisation: String,
        /// The day.
        date: Date,
        /// The time, if known.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        time: Option<Time>,
        /// Where (may be empty).
        place: String,
        /// What for.
        purpose: Title<PurposeCode>,
        /// What to bring.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        bring: Option<Text>,
    },
}

/// The proposal JSON with its version.
#[derive(Serialize)]
struct EnvelopeOut<'a> {
    v: u32,
    proposal: &'a Proposal,
}

/// The version alone, read first so a newer format is reported as such rather than as malformed.
#[derive(Deserialize)]
struct VersionOnly {
    v: u32,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct EnvelopeIn {
    /// Checked by [`VersionOnly`] before; named here so that `deny_unknown_fields` accepts it.
    #[serde(rename = "v")]
    _v: u32,
    proposal: Proposal,
}

impl Proposal {
    /// The proposing advisor's name.
    pub fn name(&self) -> &str {
        match self {
            Proposal::AddStep { name, .. } | Proposal::AddAppointment { name, .. } => name,
        }
    }

    /// The proposing advisor's organisation.
    pub fn organisation(&self) -> &str {
        match self {
            Proposal::AddStep { organisation, .. } | Proposal::AddAppointment { organisation, .. } => {
                organisation
            }
        }
    }

    /// The author the accepted entry records: [`Author::Advisor`] with the proposal's name and organisation.
    pub fn author(&self) -> Author {
        Author::Advisor {
            name: self.name().to_owned(),
            organisation: self.organisation().to_owned(),
        }
    }

    /// Replaces the goal of a step proposal, as the reader of the share saw it, by the owner's goal it stands
    /// for, using the pairs [`encode_share`] returned (for a live share: the pairs of every version uploaded).
    /// A goal not among them is left as it is, so accepting fails with [`CommandError::UnknownGoal`].
    /// Appointment proposals are returned unchanged.
    #[must_use]
    pub fn map_goal(self, goals: &[SharedGoal]) -> Self {
        match self {
            Proposal::AddStep {
                name,
                organisation,
                goal,
                title,
                done,
                note,
            } => Proposal::AddStep {
                name,
                organisation,
                goal: goals.iter().find(|g| g.shared == goal).map_or(goal, |g| g.owner),
                title,
                done,
                note,
            },
            appointment @ Proposal::AddAppointment { .. } => appointment,
        }
    }

    /// The ordinary command that accepting this proposal applies, with the context that records the advisor
    /// as the new entry's author. The goal must be the owner's ([`Proposal::map_goal`]). `new_id` is the new step's or appointment's id (fresh random bytes), `now`
    /// the current time. Apply both with [`crate::apply`] (or use [`Proposal::accept`]); a goal that no longer
    /// exists fails there with [`CommandError::UnknownGoal`], a done-date after today with the command's
    /// usual error.
    ///
    /// The command does not carry the author ([`Context`] does), hence the pair.
    pub fn into_command(self, new_id: Id, now: Timestamp) -> (Command, Context) {
        let author = self.author();
        let command = match self {
            Proposal::AddStep {
                goal,
                title,
                done,
                note,
                ..
            } => Command::AddStep {
                goal,
                id: new_id,
                step: StepFields {
                    title,
                    done: done.is_some(),
                    date: done,
                    note,
                },
            },
            Proposal::AddAppointment {
                date,
                time,
                place,
                purpose,
                bring,
                ..
            } => Command::AddAppointment {
                id: new_id,
                appointment: AppointmentFields {
                    date,
                    time,
                    place,
                    contact: None,
                    purpose,
                    bring,
                },
            },
        };
        (command, Context { now, author })
    }

    /// Accepts the proposal: [`Proposal::into_command`] applied to `booklet`. Map the goal with
    /// [`Proposal::map_goal`] first.
    pub fn accept(self, booklet: &Booklet, new_id: Id, now: Timestamp) -> Result<Applied, CommandError> {
        let (command, context) = self.into_command(new_id, now);
        apply(booklet, command, &context)
    }

    /// The message id that introduces the proposal in the owner's list ("Jobcenter Rheine proposes a
    /// step: …"); the UI shows the step's or appointment's own label after it.
    pub const fn summary_message_id(&self) -> &'static str {
        match self {
            Proposal::AddStep { .. } => "link-proposal-add-step",
            Proposal::AddAppointment { .. } => "link-proposal-add-appointment",
        }
    }

    /// The arguments of [`Proposal::summary_message_id`]: `proposer` (the name and organisation as
    /// "name (organisation)", or whichever of the two is given), `name`, `organisation`; for an appointment
    /// also `date` (ISO `YYYY-MM-DD`) and `time` (`HH:MM`, or empty when not given).
    pub fn summary_args(&self) -> Vec<(&'static str, Arg)> {
        let name = self.name().trim();
        let organisation = self.organisation().trim();
        let proposer = match (name.is_empty(), organisation.is_empty()) {
            (false, false) => format!("{name} ({organisation})"),
            (true, _) => organisation.to_owned(),
            (false, true) => name.to_owned(),
        };
        let mut args = vec![
            ("proposer", Arg::Str(proposer)),
            ("name", Arg::Str(name.to_owned())),
            ("organisation", Arg::Str(organisation.to_owned())),
        ];
        if let Proposal::AddAppointment { date, time, .. } = self {
            args.push(("date", Arg::Str(date.to_string())));
            args.push(("time", Arg::Str(time.map(|t| t.to_string()).unwrap_or_default())));
        }
        args
    }

    /// Checks everything the accepted entry will be checked for except what depends on the booklet (the
    /// goal's existence, a done-date after today): texts, lengths, language tags, catalogue parameters, dates
    /// and the advisor's name and organisation (one of them given, each at most 200 characters).
    pub fn validate(&self) -> Result<(), ValidationError> {
        // The entry as the command would add it (the ids and time do not matter here), checked by the same
        // functions as every booklet.
        let meta = Meta::new(self.author(), Timestamp::from_millis(0));
        match self {
            Proposal::AddStep {
                goal,
                title,
                done,
                note,
                ..
            } => validate_step(&Step {
                id: *goal,
                title: title.clone(),
                state: match done {
                    Some(date) => StepState::Done { date: *date },
                    None => StepState::Planned { date: None },
                },
                note: note.clone(),
                meta,
            }),
            Proposal::AddAppointment {
                date,
                time,
                place,
                purpose,
                bring,
                ..
            } => validate_appointment(&Appointment {
                id: Id::from_u128(0),
                date: *date,
                time: *time,
                place: place.clone(),
                contact: None,
                purpose: purpose.clone(),
                bring: bring.clone(),
                meta,
            }),
        }
    }
}

/// The proposal as JSON bytes: `{"v": 1, "proposal": {"kind": "add_step" | "add_appointment", …}}`. Seal them
/// with [`seal_proposal`].
pub fn encode_proposal(proposal: &Proposal) -> Vec<u8> {
    let envelope = EnvelopeOut {
        v: PROPOSAL_VERSION,
        proposal,
    };
    // Serialising plain structs, strings and the crate's own serde types into a Vec cannot fail.
    serde_json::to_vec(&envelope).unwrap_or_default()
}

/// Reads proposal bytes (from [`open_proposal`]): at most [`MAX_PROPOSAL_BYTES`], version
/// [`PROPOSAL_VERSION`], no unknown fields, and [`Proposal::validate`] passes. Never panics on any input.
pub fn decode_proposal(bytes: &[u8]) -> Result<Proposal, LinkError> {
    if bytes.len() > MAX_PROPOSAL_BYTES {
        return Err(LinkError::ProposalTooLarge { bytes: bytes.len() });
    }
    let version: VersionOnly = serde_json::from_slice(bytes).map_err(|_| LinkError::ProposalMalformed)?;
    if version.v != PROPOSAL_VERSION {
        return Err(LinkError::ProposalUnknownVersion(version.v));
    }
    let envelope: EnvelopeIn = serde_json::from_slice(bytes).map_err(|_| LinkError::ProposalMalformed)?;
    envelope.proposal.validate().map_err(LinkError::ProposalInvalid)?;
    Ok(envelope.proposal)
}
