//! Link shares (SHARES.md): the `#BHL1:` link and its QR, seals bound to their share and kind (pinned vectors
//! computed independently with Python's `cryptography` ChaCha20-Poly1305 and a hand-written HChaCha20 checked
//! against draft-irtf-cfrg-xchacha), proposals read strictly and accepted as ordinary commands with the
//! advisor as author, and the scanner telling link QRs from offline shares.
#![cfg(not(target_arch = "wasm32"))]

mod common;

use booklet::catalog::{GoalCode, StepCode};
use booklet::codec::{self, Scanned, Selection};
use booklet::link::{
    self, DEFAULT_EXPIRY_DAYS, FRAGMENT_PREFIX, LinkError, MAX_EXPIRY_DAYS, MAX_PROPOSAL_BYTES, Proposal,
    ShareLink, SharedGoal, check_expiry_days, check_pin, decode_proposal, encode_proposal, encode_share,
    open_proposal, open_share, seal_proposal, seal_share, valid_pin,
};
use booklet::sync::crypto::SEAL_OVERHEAD;
use booklet::*;
use common::*;
use proptest::prelude::*;
use qrcode::bits::Bits;
use qrcode::{EcLevel, QrCode, Version};

fn vector_link() -> ShareLink {
    let mut id = [0u8; 16];
    for (i, b) in id.iter_mut().enumerate() {
        *b = 0xa0 + i as u8;
    }
    let mut key = [0u8; 32];
    for (i, b) in key.iter_mut().enumerate() {
        *b = i as u8;
    }
    ShareLink { id, key }
}

fn vector_nonce() -> [u8; 24] {
    let mut nonce = [0u8; 24];
    for (i, b) in nonce.iter_mut().enumerate() {
        *b = 0x40 + i as u8;
    }
    nonce
}

/// `id ‖ key` of [`vector_link`] in the share alphabet, computed by hand from the alphabet's definition.
const VECTOR_TEXT: &str = "DAMBMM9YM73N5FN3RN1-N:7O100:B0.N0+Z0$41YG1WS1U.1S92QL2OX2M23KE3IQ3G+3E74";
/// `"shared entries"` sealed for [`vector_link`] with [`vector_nonce`], AD `"BH share v1" ‖ id`.
const VECTOR_SHARE: &str = "404142434445464748494a4b4c4d4e4f5051525354555657\
                            a7516402b5845973e180f5d7caef4a1204292a603bb843a4ac2330d8e18d";
/// `"a proposal"` sealed for [`vector_link`] with [`vector_nonce`], AD `"BH proposal v1" ‖ id`.
const VECTOR_PROPOSAL: &str = "404142434445464748494a4b4c4d4e4f5051525354555657\
                               b5197502bf901665ee987e166f7e3696411ae7add47cedce7977";

fn hex(text: &str) -> Vec<u8> {
    (0..text.len())
        .step_by(2)
        .map(|i| u8::from_str_radix(&text[i..i + 2], 16).expect("pinned hex"))
        .collect()
}

fn day(text: &str) -> Date {
    text.parse().expect("a valid date")
}

/// Noon of 2025-03-10.
fn now() -> Timestamp {
    Timestamp::from_millis(Timestamp::start_of(day("2025-03-10")).millis() + 12 * 3_600_000)
}

fn step_proposal(goal: Id) -> Proposal {
    step_proposal_done(goal, None)
}

fn step_proposal_done(goal: Id, done: Option<Date>) -> Proposal {
    Proposal::AddStep {
        name: "Anna Berger".into(),
        organisation: "Jobcenter Rheine".into(),
        goal,
        title: Title::Code(StepCode::ALL[0]),
        done,
        note: Some(Text::new("Bitte den Bescheid mitbringen.", "de")),
    }
}

fn appointment_proposal() -> Proposal {
    Proposal::AddAppointment {
        name: String::new(),
        organisation: "Jobcenter Rheine".into(),
        date: day("2025-03-20"),
        time: Some("09:30".parse().expect("a valid time")),
        place: "Raum 12".into(),
        purpose: Title::Code(PurposeCode::ALL[0]),
        bring: None,
    }
}

/// A booklet with two goals, the first with one step.
fn owner_booklet() -> Booklet {
    let mut b = Booklet::new("de");
    let owner = Context {
        now: now(),
        author: Author::Owner,
    };
    for (n, code) in [(1, GoalCode::ALL[0]), (2, GoalCode::ALL[1])] {
        let cmd = Command::AddGoal {
            id: Id::from_u128(n),
            goal: GoalFields::from_code(code),
            steps: if n == 1 {
                vec![NewStep {
                    id: Id::from_u128(10),
                    fields: StepFields::planned(StepCode::ALL[1]),
                }]
            } else {
                Vec::new()
            },
        };
        b = apply(&b, cmd, &owner)
            .expect("the owner adds valid goals")
            .booklet;
    }
    b
}

/// The JSON of a proposal with one field replaced.
fn with_field(proposal: &Proposal, field: &str, value: serde_json::Value) -> Vec<u8> {
    let mut json: serde_json::Value =
        serde_json::from_slice(&encode_proposal(proposal)).expect("encode_proposal writes JSON");
    json["proposal"][field] = value;
    serde_json::to_vec(&json).expect("a JSON value serialises")
}

/// Name and organisation of an advisor: both, or one of them.
fn advisor() -> impl Strategy<Value = (String, String)> {
    prop_oneof![
        (words(), words()),
        words().prop_map(|n| (n, String::new())),
        words().prop_map(|o| (String::new(), o)),
    ]
}

fn proposal_strategy() -> impl Strategy<Value = Proposal> {
    let step_title = prop_oneof![step_code().prop_map(Title::Code), text().prop_map(Title::Free)];
    let step = (
        advisor(),
        any::<u128>(),
        step_title,
        prop::option::of(date()),
        prop::option::of(text()),
    )
        .prop_map(
            |((name, organisation), goal, title, done, note)| Proposal::AddStep {
                name,
                organisation,
                goal: Id::from_u128(goal),
                title,
                done,
                note,
            },
        );
    let appointment = (
        advisor(),
        date(),
        time(),
        prop_oneof![Just(String::new()), words()],
        purpose(),
        prop::option::of(text()),
    )
        .prop_map(
            |((name, organisation), date, time, place, purpose, bring)| Proposal::AddAppointment {
                name,
                organisation,
                date,
                time,
                place,
                purpose,
                bring,
            },
        );
    prop_oneof![step, appointment]
}

proptest! {
    #[test]
    fn a_link_reads_back_in_every_form_it_arrives_in(id in any::<[u8; 16]>(), key in any::<[u8; 32]>()) {
        let link = ShareLink { id, key };
        let fragment = link.to_fragment();
        prop_assert!(fragment.starts_with(FRAGMENT_PREFIX));
        prop_assert_eq!(fragment.len(), FRAGMENT_PREFIX.len() + link::FRAGMENT_TEXT_LEN);
        prop_assert!(fragment.bytes().all(|b| codec::ALPHABET.contains(&b) || b"BHL1:".contains(&b)));
        let url = link.url("https://begleitheft.example/app/");
        let forms = [
            fragment.clone(),
            format!("#{fragment}"),
            format!("  {url}\n"),
            fragment.to_lowercase(),
            fragment.replacen(':', "%3A", 1).replace('$', "%24"),
        ];
        for form in forms {
            prop_assert_eq!(ShareLink::from_fragment(&form), Ok(link.clone()), "{}", form);
        }
        prop_assert_eq!(link.id_hex().len(), 32);
    }

    #[test]
    fn proposals_read_back_as_written(proposal in proposal_strategy()) {
        let bytes = encode_proposal(&proposal);
        prop_assert!(bytes.len() <= MAX_PROPOSAL_BYTES);
        prop_assert_eq!(decode_proposal(&bytes), Ok(proposal));
    }

    #[test]
    fn reading_proposals_never_panics(bytes in prop::collection::vec(any::<u8>(), 0..300)) {
        let _ = decode_proposal(&bytes);
    }

    #[test]
    fn damaged_proposal_json_is_refused_not_misread(
        proposal in proposal_strategy(),
        cut in any::<prop::sample::Index>(),
        flip in any::<prop::sample::Index>(),
    ) {
        let bytes = encode_proposal(&proposal);
        let cut = cut.index(bytes.len());
        prop_assert!(decode_proposal(&bytes[..cut]).is_err(), "a cut-off proposal must not read");
        let mut flipped = bytes.clone();
        let at = flip.index(flipped.len());
        flipped[at] ^= 0x80;
        // A flipped high bit makes invalid UTF-8 or a different character: either refused or a different,
        // still valid proposal — never a panic, never the original.
        prop_assert_ne!(decode_proposal(&flipped), Ok(proposal));
    }
}

#[test]
fn the_fragment_is_the_pinned_text_and_the_url_appends_it() {
    let link = vector_link();
    assert_eq!(link.to_fragment(), format!("BHL1:{VECTOR_TEXT}"));
    assert_eq!(link.id_hex(), "a0a1a2a3a4a5a6a7a8a9aaabacadaeaf");
    assert_eq!(
        link.url("http://127.0.0.1:8080/"),
        format!("http://127.0.0.1:8080/#BHL1:{VECTOR_TEXT}")
    );
    // A base that already has a fragment (the app's own `#…`) loses it.
    assert_eq!(
        link.url("https://b.example/#settings"),
        format!("https://b.example/#BHL1:{VECTOR_TEXT}")
    );
    let debug = format!("{link:?}");
    assert!(
        debug.contains("a0a1a2a3") && !debug.contains("0001020304"),
        "{debug}"
    );
}

#[test]
fn texts_that_are_not_links_are_named() {
    let text = format!("BHL1:{VECTOR_TEXT}");
    let cases: [(String, LinkError); 9] = [
        ("".into(), LinkError::NotALink),
        ("https://b.example/".into(), LinkError::NotALink),
        (format!("BH1:{VECTOR_TEXT}"), LinkError::NotALink),
        (format!("BHL2:{VECTOR_TEXT}"), LinkError::NotALink),
        (text[..text.len() - 1].into(), DecodeError::Truncated.into()),
        ("BHL1:".into(), DecodeError::Truncated.into()),
        (format!("{text}00"), DecodeError::Damaged.into()),
        (text.replacen('D', " ", 1), DecodeError::BadAlphabet.into()),
        // ":::" is 79506 > 65535: no two bytes write it.
        (
            format!("BHL1::::{}", &VECTOR_TEXT[3..]),
            DecodeError::Damaged.into(),
        ),
    ];
    for (text, error) in cases {
        assert_eq!(ShareLink::from_fragment(&text), Err(error), "{text:?}");
    }
    assert_eq!(
        ShareLink::from_fragment("BHL1:%zz"),
        Err(DecodeError::BadAlphabet.into())
    );
}

/// The smallest version at ECC M holding `prefix` in byte mode and `rest` in alphanumeric mode, as the app's
/// QR service encodes a share URL.
fn mixed_version(prefix: &str, rest: &str) -> i16 {
    (1..=40i16)
        .find(|&v| {
            let mut bits = Bits::new(Version::Normal(v));
            bits.push_byte_data(prefix.as_bytes()).is_ok()
                && bits.push_alphanumeric_data(rest.as_bytes()).is_ok()
                && bits.push_terminator(EcLevel::M).is_ok()
        })
        .expect("a link fits some version")
}

#[test]
fn a_link_qr_with_a_short_host_fits_version_6_at_m() {
    let base = "http://127.0.0.1:8080/";
    for link in [
        vector_link(),
        ShareLink {
            id: [0xff; 16],
            key: [0xff; 32],
        },
        ShareLink {
            id: [0; 16],
            key: [0; 32],
        },
    ] {
        let url = link.url(base);
        // Mixed segments (byte mode for `http://…/#`, alphanumeric for the fragment) need version 5.
        let mixed = mixed_version(&format!("{base}#"), &link.to_fragment());
        assert_eq!(mixed, 5, "{url}");
        let mut bits = Bits::new(Version::Normal(mixed));
        bits.push_byte_data(format!("{base}#").as_bytes()).unwrap();
        bits.push_alphanumeric_data(link.to_fragment().as_bytes())
            .unwrap();
        bits.push_terminator(EcLevel::M).unwrap();
        let code = QrCode::with_bits(bits, EcLevel::M).unwrap();
        assert_eq!(code.version(), Version::Normal(5));
        // Even a plain byte-mode encoder (100 bytes, as a scanner app's "share" may use) stays within
        // version 6, which it needs.
        assert_eq!(url.len(), 100);
        let bytes_only = |v: i16| {
            let mut bits = Bits::new(Version::Normal(v));
            bits.push_byte_data(url.as_bytes()).is_ok() && bits.push_terminator(EcLevel::M).is_ok()
        };
        assert!(bytes_only(6) && !bytes_only(5));
        // The library's own segmentation (what `QrCode::new`-style callers get) needs no more.
        let auto = QrCode::with_error_correction_level(url.as_bytes(), EcLevel::M).unwrap();
        let Version::Normal(v) = auto.version() else {
            panic!("not a micro QR: {:?}", auto.version());
        };
        assert!(v <= 6, "version {v}");
    }
}

#[test]
fn seals_match_the_pinned_vectors() {
    let link = vector_link();
    let share = seal_share(&link.key, &link.id, vector_nonce(), b"shared entries");
    assert_eq!(share, hex(VECTOR_SHARE));
    assert_eq!(share.len(), b"shared entries".len() + SEAL_OVERHEAD);
    assert_eq!(
        open_share(&link.key, &link.id, &share).unwrap(),
        b"shared entries"
    );
    let proposal = seal_proposal(&link.key, &link.id, vector_nonce(), b"a proposal");
    assert_eq!(proposal, hex(VECTOR_PROPOSAL));
    assert_eq!(
        open_proposal(&link.key, &link.id, &proposal).unwrap(),
        b"a proposal"
    );
}

#[test]
fn a_seal_opens_only_for_its_own_share_key_and_kind() {
    let link = vector_link();
    let share = seal_share(&link.key, &link.id, vector_nonce(), b"shared entries");
    let proposal = seal_proposal(&link.key, &link.id, vector_nonce(), b"a proposal");
    let mut other_id = link.id;
    other_id[15] ^= 1;
    let mut other_key = link.key;
    other_key[0] ^= 1;
    let failed = Err(LinkError::OpenFailed);
    // Moved to another share.
    assert_eq!(open_share(&link.key, &other_id, &share), failed);
    assert_eq!(open_proposal(&link.key, &other_id, &proposal), failed);
    // Another key.
    assert_eq!(open_share(&other_key, &link.id, &share), failed);
    assert_eq!(open_proposal(&other_key, &link.id, &proposal), failed);
    // A proposal presented as the shared entries, and the other way round.
    assert_eq!(open_share(&link.key, &link.id, &proposal), failed);
    assert_eq!(open_proposal(&link.key, &link.id, &share), failed);
    // Every single flipped bit, and anything too short to be a seal.
    for i in 0..share.len() {
        let mut damaged = share.clone();
        damaged[i] ^= 0x01;
        assert_eq!(open_share(&link.key, &link.id, &damaged), failed, "byte {i}");
    }
    for len in [0, 1, SEAL_OVERHEAD - 1] {
        assert_eq!(open_share(&link.key, &link.id, &share[..len]), failed);
    }
    assert_eq!(open_share(&link.key, &link.id, &share[..share.len() - 1]), failed);
}

#[test]
fn a_proposal_is_json_with_version_and_kind() {
    let json: serde_json::Value =
        serde_json::from_slice(&encode_proposal(&step_proposal(Id::from_u128(1)))).unwrap();
    assert_eq!(json["v"], 1);
    assert_eq!(json["proposal"]["kind"], "add_step");
    assert_eq!(json["proposal"]["organisation"], "Jobcenter Rheine");
    assert!(
        json["proposal"].get("done").is_none(),
        "absent options are left out"
    );
    let json: serde_json::Value = serde_json::from_slice(&encode_proposal(&appointment_proposal())).unwrap();
    assert_eq!(json["proposal"]["kind"], "add_appointment");
    assert_eq!(json["proposal"]["time"], "09:30");
}

#[test]
fn malformed_or_foreign_proposals_are_refused() {
    let good = step_proposal(Id::from_u128(1));
    let bytes = encode_proposal(&good);
    let text = String::from_utf8(bytes.clone()).unwrap();
    let malformed = Err(LinkError::ProposalMalformed);
    assert_eq!(decode_proposal(b""), malformed);
    assert_eq!(decode_proposal(b"not json"), malformed);
    assert_eq!(decode_proposal(b"[1]"), malformed);
    assert_eq!(decode_proposal(br#"{"proposal": {}}"#), malformed, "no version");
    assert_eq!(decode_proposal(br#"{"v": "1"}"#), malformed);
    assert_eq!(decode_proposal(br#"{"v": 1}"#), malformed, "no proposal");
    assert_eq!(decode_proposal(&bytes[..bytes.len() - 1]), malformed);
    assert_eq!(
        decode_proposal(text.replacen("add_step", "add_goal", 1).as_bytes()),
        malformed
    );
    assert_eq!(
        decode_proposal(text.replacen(r#""v":1"#, r#""v":1,"extra":true"#, 1).as_bytes()),
        malformed,
        "unknown envelope field"
    );
    assert_eq!(
        decode_proposal(&with_field(&good, "contact", serde_json::json!("x"))),
        malformed,
        "unknown proposal field"
    );
    assert_eq!(
        decode_proposal(&with_field(&good, "goal", serde_json::json!("nope"))),
        malformed
    );
    assert_eq!(
        decode_proposal(&with_field(&good, "done", serde_json::json!("2025-02-30"))),
        malformed
    );
    assert_eq!(
        decode_proposal(text.replacen(r#""v":1"#, r#""v":2"#, 1).as_bytes()),
        Err(LinkError::ProposalUnknownVersion(2))
    );
    let huge = vec![b' '; MAX_PROPOSAL_BYTES + 1];
    assert_eq!(
        decode_proposal(&huge),
        Err(LinkError::ProposalTooLarge {
            bytes: MAX_PROPOSAL_BYTES + 1
        })
    );
    // Deep nesting is refused by the parser, not by a stack overflow.
    let deep = format!(r#"{{"v":1,"proposal":{}{}}}"#, "[".repeat(5000), "]".repeat(5000));
    assert_eq!(decode_proposal(deep.as_bytes()), malformed);
}

#[test]
fn proposals_breaking_the_booklets_limits_are_refused() {
    let good = step_proposal(Id::from_u128(1));
    let invalid = |bytes: Vec<u8>| match decode_proposal(&bytes) {
        Err(LinkError::ProposalInvalid(e)) => e,
        other => panic!("expected an invalid proposal, got {other:?}"),
    };
    let long = "x".repeat(201);
    assert_eq!(
        invalid(with_field(&good, "name", serde_json::json!(long))),
        ValidationError::TooLong {
            field: Field::AuthorName,
            max: 200
        }
    );
    assert_eq!(
        invalid(with_field(&good, "organisation", serde_json::json!(long))),
        ValidationError::TooLong {
            field: Field::AuthorOrganisation,
            max: 200
        }
    );
    let mut anonymous: serde_json::Value =
        serde_json::from_slice(&with_field(&good, "name", serde_json::json!(" "))).unwrap();
    anonymous["proposal"]["organisation"] = serde_json::json!("");
    assert_eq!(
        invalid(serde_json::to_vec(&anonymous).unwrap()),
        ValidationError::TextEmpty {
            field: Field::AuthorName
        }
    );
    assert_eq!(
        invalid(with_field(
            &good,
            "note",
            serde_json::json!({"text": "x".repeat(2001), "lang": "de"})
        )),
        ValidationError::TooLong {
            field: Field::Note,
            max: 2000
        }
    );
    assert_eq!(
        invalid(with_field(
            &good,
            "note",
            serde_json::json!({"text": "ok", "lang": "de_DE"})
        )),
        ValidationError::InvalidLanguageTag { field: Field::Note }
    );
    assert_eq!(
        invalid(with_field(
            &good,
            "title",
            serde_json::json!({"free": {"text": "  ", "lang": "de"}})
        )),
        ValidationError::TitleEmpty
    );
    assert_eq!(
        invalid(with_field(&good, "done", serde_json::json!("1899-12-31"))),
        ValidationError::DateOutOfRange {
            field: Field::StepDate
        }
    );
    let appointment = appointment_proposal();
    assert_eq!(
        invalid(with_field(&appointment, "place", serde_json::json!(long))),
        ValidationError::TooLong {
            field: Field::Place,
            max: 200
        }
    );
    assert_eq!(
        invalid(with_field(
            &appointment,
            "bring",
            serde_json::json!({"text": "x".repeat(501), "lang": "de"})
        )),
        ValidationError::TooLong {
            field: Field::Bring,
            max: 500
        }
    );
    assert_eq!(
        invalid(with_field(&appointment, "date", serde_json::json!("2200-01-01"))),
        ValidationError::DateOutOfRange {
            field: Field::AppointmentDate
        }
    );
    // The validation error's own message id and arguments reach the user.
    let e = LinkError::ProposalInvalid(ValidationError::TooLong {
        field: Field::Note,
        max: 2000,
    });
    assert_eq!(e.message_id(), "error-text-too-long");
    assert_eq!(e.args(), vec![("max", Arg::Num(2000))]);
}

#[test]
fn an_accepted_step_proposal_is_a_step_by_the_advisor() {
    let booklet = owner_booklet();
    let selection = Selection {
        goals: vec![Id::from_u128(2), Id::from_u128(1)],
        ..Selection::default()
    };
    let shared = encode_share(&booklet, &selection, day("2025-03-10"), day("2025-03-17")).unwrap();
    // The reader sees the codec's ids, in the booklet's order; the pairs lead back to the owner's.
    let seen = codec::decode(&shared.payload).unwrap();
    assert_eq!(
        shared.goals,
        vec![
            SharedGoal {
                shared: seen.goals[0].id,
                owner: Id::from_u128(1)
            },
            SharedGoal {
                shared: seen.goals[1].id,
                owner: Id::from_u128(2)
            },
        ]
    );
    assert!(
        seen.goals
            .iter()
            .all(|g| booklet.goals.iter().all(|o| o.id != g.id))
    );

    // The advisor proposes a done step for the second goal it sees; it travels sealed.
    let link = vector_link();
    let proposal = step_proposal_done(seen.goals[1].id, Some(day("2025-03-09")));
    let sealed = seal_proposal(&link.key, &link.id, vector_nonce(), &encode_proposal(&proposal));
    let received = decode_proposal(&open_proposal(&link.key, &link.id, &sealed).unwrap()).unwrap();

    // Unmapped, the reader's id is no goal of the owner: the command's own error.
    assert_eq!(
        received.clone().accept(&booklet, Id::from_u128(99), now()),
        Err(CommandError::UnknownGoal(seen.goals[1].id))
    );
    let mapped = received.map_goal(&shared.goals);
    let (command, context) = mapped.clone().into_command(Id::from_u128(99), now());
    assert_eq!(
        command,
        Command::AddStep {
            goal: Id::from_u128(2),
            id: Id::from_u128(99),
            step: StepFields {
                title: Title::Code(StepCode::ALL[0]),
                done: true,
                date: Some(day("2025-03-09")),
                note: Some(Text::new("Bitte den Bescheid mitbringen.", "de")),
            },
        }
    );
    let advisor = Author::Advisor {
        name: "Anna Berger".into(),
        organisation: "Jobcenter Rheine".into(),
    };
    assert_eq!(context.author, advisor);
    let after = mapped.accept(&booklet, Id::from_u128(99), now()).unwrap().booklet;
    let goal = after.find_goal(Id::from_u128(2)).unwrap();
    let step = goal.steps.last().unwrap();
    assert_eq!(step.id, Id::from_u128(99));
    assert_eq!(
        step.state,
        StepState::Done {
            date: day("2025-03-09")
        }
    );
    assert_eq!(step.meta, Meta::new(advisor, now()));
    assert_eq!(
        after.find_goal(Id::from_u128(1)),
        booklet.find_goal(Id::from_u128(1))
    );

    // A goal the owner deleted meanwhile fails with the ordinary error, leaving the booklet as it was.
    let gone = apply(
        &booklet,
        Command::DeleteGoal { id: Id::from_u128(2) },
        &Context {
            now: now(),
            author: Author::Owner,
        },
    )
    .unwrap()
    .booklet;
    assert_eq!(
        step_proposal(seen.goals[1].id)
            .map_goal(&shared.goals)
            .accept(&gone, Id::from_u128(99), now()),
        Err(CommandError::UnknownGoal(Id::from_u128(2)))
    );
    // A done-date after today fails as it would for the owner.
    let future = step_proposal_done(Id::from_u128(1), Some(day("2025-03-20")));
    assert_eq!(
        future.accept(&booklet, Id::from_u128(99), now()),
        Err(CommandError::DoneDateInFuture)
    );
}

#[test]
fn an_accepted_appointment_proposal_is_an_appointment_by_the_advisor() {
    let booklet = owner_booklet();
    let proposal = appointment_proposal();
    // Appointments need no mapping.
    assert_eq!(proposal.clone().map_goal(&[]), proposal);
    let after = proposal
        .accept(&booklet, Id::from_u128(50), now())
        .unwrap()
        .booklet;
    let appointment = after.appointments.last().unwrap();
    assert_eq!(appointment.id, Id::from_u128(50));
    assert_eq!(appointment.date, day("2025-03-20"));
    assert_eq!(appointment.time, Some("09:30".parse().unwrap()));
    assert_eq!(appointment.place, "Raum 12");
    assert_eq!(appointment.contact, None);
    assert_eq!(
        appointment.meta.added_by,
        Author::Advisor {
            name: String::new(),
            organisation: "Jobcenter Rheine".into()
        }
    );
}

#[test]
fn the_summary_names_the_proposer() {
    let step = step_proposal(Id::from_u128(1));
    assert_eq!(step.summary_message_id(), "link-proposal-add-step");
    assert_eq!(
        step.summary_args(),
        vec![
            ("proposer", Arg::Str("Anna Berger (Jobcenter Rheine)".into())),
            ("name", Arg::Str("Anna Berger".into())),
            ("organisation", Arg::Str("Jobcenter Rheine".into())),
        ]
    );
    let appointment = appointment_proposal();
    assert_eq!(appointment.summary_message_id(), "link-proposal-add-appointment");
    assert_eq!(
        appointment.summary_args(),
        vec![
            ("proposer", Arg::Str("Jobcenter Rheine".into())),
            ("name", Arg::Str(String::new())),
            ("organisation", Arg::Str("Jobcenter Rheine".into())),
            ("date", Arg::Str("2025-03-20".into())),
            ("time", Arg::Str("09:30".into())),
        ]
    );
    let Proposal::AddStep {
        name,
        goal,
        title,
        done,
        note,
        ..
    } = step
    else {
        unreachable!()
    };
    let only_name = Proposal::AddStep {
        name,
        organisation: String::new(),
        goal,
        title,
        done,
        note,
    };
    assert_eq!(
        only_name.summary_args()[0],
        ("proposer", Arg::Str("Anna Berger".into()))
    );
}

#[test]
fn pins_and_lifetimes() {
    for ok in ["0000", "1234", "12345678", "00000001"] {
        assert!(valid_pin(ok), "{ok}");
        assert_eq!(check_pin(ok), Ok(()));
    }
    for bad in [
        "",
        "123",
        "123456789",
        "12a4",
        " 1234",
        "1234 ",
        "١٢٣٤",
        "-123",
        "12.4",
    ] {
        assert!(!valid_pin(bad), "{bad:?}");
        assert_eq!(check_pin(bad), Err(LinkError::PinFormat));
    }
    assert_eq!((DEFAULT_EXPIRY_DAYS, MAX_EXPIRY_DAYS), (7, 90));
    for ok in [1, DEFAULT_EXPIRY_DAYS, MAX_EXPIRY_DAYS] {
        assert_eq!(check_expiry_days(ok), Ok(()));
    }
    for bad in [0, MAX_EXPIRY_DAYS + 1, u32::MAX] {
        assert_eq!(check_expiry_days(bad), Err(LinkError::ExpiryOutOfRange(bad)));
    }
    assert_eq!(
        LinkError::PinFormat.args(),
        vec![("min", Arg::Num(4)), ("max", Arg::Num(8))]
    );
    assert_eq!(
        LinkError::ExpiryOutOfRange(0).args(),
        vec![("max_days", Arg::Num(90))]
    );
}

#[test]
fn the_scanner_tells_links_from_offline_shares() {
    let today = day("2025-03-10");
    let link = vector_link();
    for text in [
        link.url("https://begleitheft.example/"),
        link.url("http://127.0.0.1:8080/"),
        format!("#{}", link.to_fragment()),
        link.to_fragment().to_lowercase(),
        format!(" {} ", link.to_fragment().replacen(':', "%3A", 1)),
    ] {
        assert_eq!(
            codec::read_scanned_any(&text, today),
            Ok(Scanned::Link(link.clone())),
            "{text}"
        );
    }
    // An offline share still reads as one, through either function.
    let booklet = owner_booklet();
    let payload = codec::encode(
        &booklet,
        &Selection::everything(&booklet),
        today,
        day("2025-03-17"),
    )
    .unwrap();
    let url = format!("https://begleitheft.example/#{}", codec::fragment(&payload));
    let share = codec::read_scanned(&url, today).unwrap();
    assert_eq!(codec::read_scanned_any(&url, today), Ok(Scanned::Share(share)));
    assert_eq!(
        codec::read_scanned_any(&url, day("2025-03-18")),
        Err(ScanError::Expired {
            expires: day("2025-03-17")
        })
    );
    // A damaged link is a damaged code; foreign codes are named as before.
    let cut = link.url("https://b.example/");
    assert_eq!(
        codec::read_scanned_any(&cut[..cut.len() - 3], today),
        Err(ScanError::Decode(DecodeError::Truncated))
    );
    for text in [
        "HC1:6BFOXN%TS3DHPVO13J",
        "https://example.org/#section",
        "WIFI:S:net;T:WPA;P:secret;;",
        "BHL",
        "",
    ] {
        let Err(ScanError::Foreign(kind)) = codec::read_scanned(text, today) else {
            panic!("{text} is foreign");
        };
        assert_eq!(
            codec::read_scanned_any(text, today),
            Err(ScanError::Foreign(kind)),
            "{text}"
        );
    }
}

#[test]
fn every_error_names_a_listed_id_defined_in_german_and_english() {
    let errors = [
        LinkError::NotALink,
        LinkError::OpenFailed,
        LinkError::ProposalMalformed,
        LinkError::ProposalUnknownVersion(2),
        LinkError::ProposalTooLarge { bytes: 1 },
        LinkError::PinFormat,
        LinkError::ExpiryOutOfRange(0),
    ];
    let mut ids: Vec<&str> = errors.iter().map(LinkError::message_id).collect();
    ids.push(step_proposal(Id::from_u128(1)).summary_message_id());
    ids.push(appointment_proposal().summary_message_id());
    assert_eq!(ids, link::MESSAGE_IDS);
    for e in &errors {
        assert_eq!(e.to_string().split(' ').next(), Some(e.message_id()));
    }
    assert_eq!(
        LinkError::Decode(DecodeError::Truncated).message_id(),
        "share-error-truncated"
    );
    assert_eq!(
        LinkError::ProposalUnknownVersion(2).args(),
        vec![("version", Arg::Num(2))]
    );
    for (locale, ftl) in [
        ("de", include_str!("../../i18n/locales/de/link-errors.ftl")),
        ("en", include_str!("../../i18n/locales/en/link-errors.ftl")),
    ] {
        for id in link::MESSAGE_IDS {
            assert!(
                ftl.lines().any(|l| l.starts_with(&format!("{id} = "))),
                "{locale} lacks {id}"
            );
        }
    }
}
