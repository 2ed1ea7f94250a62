//! Golden and negative vectors of the offline share codec, and the payload size targets.
//!
//! Three booklets are built deterministically here — small (5 goals × 3 steps, 3 contacts, 1 appointment),
//! typical (8 × 4, 6 contacts, 3 appointments, one Arabic note) and large (12 × 6, 12, 5) — and shared whole.
//! Their payloads (`vectors/<name>.hex`) and fragments (`vectors/<name>.txt`) are checked in, together with the
//! booklet itself (`vectors/<name>.booklet.json`, for benchmarks and other tools). The encoder must reproduce
//! them byte for byte, and the decoder must read the stored ones. `vectors/negative.tsv` lists inputs that
//! must fail, each with its typed error.
//!
//! Regenerate with `UPDATE_VECTORS=1 cargo test -p booklet --test codec_vectors` — only together with a
//! format version bump (old vectors must keep decoding, so keep them under a new name instead of overwriting).
#![cfg(not(target_arch = "wasm32"))]

use std::path::PathBuf;

use booklet::catalog::{GoalCode, StepCode};
use booklet::codec::{self, DecodeError, ForeignKind, ScanError, Selection, Share};
use booklet::*;

const ISSUED: &str = "2025-11-21";
const EXPIRES: &str = "2025-11-28";

fn date(s: &str) -> Date {
    s.parse().expect("a valid date")
}

fn vectors() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/vectors")
}

fn updating() -> bool {
    std::env::var_os("UPDATE_VECTORS").is_some()
}

/// Milliseconds of a day at 10:15 UTC.
fn at(d: Date) -> Timestamp {
    Timestamp::from_millis(Timestamp::start_of(d).millis() + 36_900_000)
}

fn advisor(name: &str, organisation: &str) -> Author {
    Author::Advisor {
        name: name.to_owned(),
        organisation: organisation.to_owned(),
    }
}

const GOALS: [GoalCode; 12] = [
    GoalCode::LanguageIntegrationCourse,
    GoalCode::WorkRecognition,
    GoalCode::WorkFindJob,
    GoalCode::HousingFindApartment,
    GoalCode::EducationSchoolCertificate,
    GoalCode::FamilyReunification,
    GoalCode::ResidencePermit,
    GoalCode::EverydayDrivingLicence,
    GoalCode::HealthFamilyDoctor,
    GoalCode::LanguageJobCourse,
    GoalCode::WorkVocationalTraining,
    GoalCode::FamilyKitaPlace,
];

/// Free-text steps used when a goal's usual chain is shorter than the fixture needs.
const EXTRA_STEPS: [&str; 4] = [
    "Unterlagen kopiert",
    "Termin bei der Beratung vereinbart",
    "Formular ausgefüllt",
    "Nachweise abgegeben",
];

const ARABIC_NOTE: &str = "أحتاج إلى موعد في الصباح بسبب الأطفال";

/// (organisation, role, person, phone, e-mail, address, opening hours)
type ContactRow = (
    &'static str,
    Title<ContactRole>,
    &'static str,
    &'static str,
    &'static str,
    &'static str,
    &'static str,
);

fn contact_rows() -> Vec<ContactRow> {
    let free = |t: &str| Title::Free(Text::new(t, "de"));
    vec![
        (
            "Jobcenter Kreis Steinfurt",
            Title::Code(ContactRole::JobcenterPlacement),
            "Frau Schmidt",
            "+49 2551 69-2100",
            "a.schmidt@jobcenter-st.de",
            "Tecklenburger Str. 8, Steinfurt",
            "",
        ),
        (
            "VHS Steinfurt",
            Title::Code(ContactRole::CourseProvider),
            "Herr Yilmaz",
            "02551 1234-0",
            "info@vhs-steinfurt.de",
            "",
            "",
        ),
        (
            "Ausländerbehörde Kreis Steinfurt",
            Title::Code(ContactRole::ImmigrationOffice),
            "",
            "02551 69-0",
            "",
            "",
            "Di, Do 8-12 Uhr",
        ),
        (
            "Caritas Migrationsberatung",
            Title::Code(ContactRole::MigrationCounselling),
            "Frau Haddad",
            "02551 9300-15",
            "migration@caritas-steinfurt.de",
            "",
            "",
        ),
        (
            "IQ Anerkennungsberatung Münster",
            Title::Code(ContactRole::RecognitionCounselling),
            "",
            "0251 1234567",
            "anerkennung@iq-muenster.de",
            "",
            "",
        ),
        (
            "Flüchtlingshilfe Steinfurt e.V.",
            Title::Code(ContactRole::VolunteerMentor),
            "Monika Becker",
            "0176 12345678",
            "",
            "",
            "",
        ),
        (
            "Praxis Dr. Weber",
            Title::Code(ContactRole::Doctor),
            "",
            "02551 4711",
            "",
            "Markt 5, 48565 Steinfurt",
            "",
        ),
        (
            "Kita Sonnenschein",
            Title::Code(ContactRole::SchoolKita),
            "",
            "02551 8800",
            "",
            "",
            "",
        ),
        (
            "Agentur für Arbeit Rheine",
            Title::Code(ContactRole::EmploymentAgency),
            "",
            "0800 4555500",
            "",
            "",
            "",
        ),
        (
            "Bürgerbüro Steinfurt",
            Title::Code(ContactRole::CitizensOffice),
            "",
            "02551 73-0",
            "",
            "",
            "Mo-Fr 8-12:30 Uhr",
        ),
        ("Sparkasse Steinfurt", free("Bank"), "", "02551 160", "", "", ""),
        (
            "Fahrschule Meyer",
            free("Fahrschule"),
            "Herr Meyer",
            "02551 3344",
            "",
            "",
            "",
        ),
    ]
}

/// A booklet with `goals` catalogue goals of `steps` steps each, `contacts` contacts and `appointments`
/// appointments; `arabic` adds one Arabic note. Everything is derived from the arguments.
fn fixture(goals: usize, steps: usize, contacts: usize, appointments: usize, arabic: bool) -> Booklet {
    let issued = date(ISSUED);
    let day = |n: i32| issued.add_days(n).expect("in range");
    let jobcenter = advisor("Frau Schmidt", "Jobcenter Kreis Steinfurt");
    let vhs = advisor("Herr Yilmaz", "VHS Steinfurt");
    let mut next = 0x0b00_0000_0000_0000_0000_0000_0000_0000u128;
    let mut id = || {
        next += 1;
        Id::from_u128(next)
    };
    let mut b = Booklet::new("ar");
    for (g, code) in GOALS.iter().take(goals).enumerate() {
        let g = g as i32;
        let started = -200 + 15 * g;
        let chain = code.typical_steps();
        let steps = (0..steps)
            .map(|s| {
                let title = match chain.get(s) {
                    Some(code) => Title::Code(*code),
                    None => Title::Free(Text::new(EXTRA_STEPS[s % EXTRA_STEPS.len()], "de")),
                };
                let s = s as i32;
                let state = if s < 2 || (s == 2 && g % 2 == 0) {
                    StepState::Done {
                        date: day(started + 20 * s),
                    }
                } else if s == 3 {
                    StepState::Planned {
                        date: Some(day(10 + 7 * g)),
                    }
                } else {
                    StepState::Planned { date: None }
                };
                let note = match (g, s) {
                    (1, 1) if arabic => Some(Text::new(ARABIC_NOTE, "ar")),
                    (0, 1) if !arabic => Some(Text::new("Kurs am Vormittag, Kinderbetreuung nötig", "de")),
                    (2, 0) if !arabic => Some(Text::new("Lebenslauf mitbringen", "de")),
                    _ => None,
                };
                let author = match (g + s) % 4 {
                    1 => jobcenter.clone(),
                    3 if g % 3 == 0 => vhs.clone(),
                    _ => Author::Owner,
                };
                let mut meta = Meta::new(author, at(day(started + 20 * s - 3)));
                if s == 1 {
                    meta.updated_at = at(day(started + 20 * s + 1));
                }
                Step {
                    id: id(),
                    title,
                    state,
                    note,
                    meta,
                }
            })
            .collect();
        b.goals.push(Goal {
            id: id(),
            field: code.field(),
            title: Title::Code(*code),
            status: if g == 7 {
                GoalStatus::Achieved
            } else {
                GoalStatus::Open
            },
            target: (g % 3 == 0).then(|| day(180 + 30 * g)),
            steps,
            meta: Meta::new(Author::Owner, at(day(started - 5))),
        });
    }
    for (c, (organisation, role, person, phone, email, address, hours)) in
        contact_rows().into_iter().take(contacts).enumerate()
    {
        b.contacts.push(Contact {
            id: id(),
            organisation: organisation.to_owned(),
            role,
            person: person.to_owned(),
            phone: phone.to_owned(),
            email: email.to_owned(),
            address: address.to_owned(),
            opening_hours: hours.to_owned(),
            note: (c == 7).then(|| Text::new("Begleitet mich zu Terminen", "de")),
            meta: Meta::new(Author::Owner, at(day(-190 + 9 * c as i32))),
        });
    }
    let rows: [AppointmentRow; 5] = [
        (
            4,
            Some((9, 30)),
            "Zimmer 114",
            0,
            Title::Code(PurposeCode::Counselling),
            Some("Lebenslauf, Zeugnisse"),
        ),
        (
            11,
            Some((14, 0)),
            "Raum 2.14",
            1,
            Title::Code(PurposeCode::PlacementTest),
            None,
        ),
        (
            19,
            None,
            "",
            2,
            Title::Code(PurposeCode::HandInDocuments),
            Some("Pass, Meldebescheinigung, 2 Fotos"),
        ),
        (
            24,
            Some((10, 0)),
            "",
            6,
            Title::Code(PurposeCode::Medical),
            Some("Versichertenkarte"),
        ),
        (
            48,
            Some((11, 0)),
            "",
            4,
            Title::Free(Text::new("Gespräch zur Anerkennung", "de")),
            None,
        ),
    ];
    for (n, (offset, time, place, with, purpose, bring)) in rows.into_iter().take(appointments).enumerate() {
        let contact = b.contacts.get(with).map(|c| c.id);
        b.appointments.push(Appointment {
            id: id(),
            date: day(offset),
            time: time.and_then(|(h, m)| Time::from_hm(h, m)),
            place: place.to_owned(),
            contact,
            purpose,
            bring: bring.map(|t| Text::new(t, "de")),
            meta: Meta::new(
                if n == 0 { jobcenter.clone() } else { Author::Owner },
                at(day(-3 - n as i32)),
            ),
        });
    }
    assert_eq!(validate::validate(&b), Ok(()), "fixture must be valid");
    b
}

/// (days after issue, time, place, contact index, purpose, what to bring)
type AppointmentRow = (
    i32,
    Option<(u8, u8)>,
    &'static str,
    usize,
    Title<PurposeCode>,
    Option<&'static str>,
);

struct Fixture {
    name: &'static str,
    booklet: Booklet,
    limit: Option<usize>,
}

fn fixtures() -> Vec<Fixture> {
    vec![
        Fixture {
            name: "small",
            booklet: fixture(5, 3, 3, 1, false),
            limit: None,
        },
        Fixture {
            name: "typical",
            booklet: fixture(8, 4, 6, 3, true),
            limit: Some(650),
        },
        Fixture {
            name: "large",
            booklet: fixture(12, 6, 12, 5, false),
            limit: None,
        },
    ]
}

fn hex(bytes: &[u8]) -> String {
    let mut out = String::new();
    for (i, b) in bytes.iter().enumerate() {
        out.push_str(&format!("{b:02x}"));
        if i % 32 == 31 || i + 1 == bytes.len() {
            out.push('\n');
        }
    }
    out
}

fn unhex(text: &str) -> Vec<u8> {
    let digits: Vec<u8> = text.bytes().filter(u8::is_ascii_hexdigit).collect();
    digits
        .chunks(2)
        .map(|p| u8::from_str_radix(std::str::from_utf8(p).expect("hex digits"), 16).expect("hex digits"))
        .collect()
}

/// Compares `actual` with the checked-in file, or writes it when updating.
fn golden(file: &str, actual: &str) {
    let path = vectors().join(file);
    if updating() {
        std::fs::write(&path, actual).expect("vectors are writable");
        return;
    }
    let expected = std::fs::read_to_string(&path)
        .unwrap_or_else(|e| panic!("{}: {e} (generate with UPDATE_VECTORS=1)", path.display()));
    assert!(
        expected == actual,
        "the encoder output for {file} changed.\n\
         Old payloads must keep decoding: update the vectors only with a version bump \
         (UPDATE_VECTORS=1 cargo test -p booklet --test codec_vectors).\nexpected:\n{expected}\nactual:\n{actual}"
    );
}

fn everything(b: &Booklet) -> Selection {
    Selection::everything(b)
}

/// What a reader must see for `booklet` shared whole: the entries with the documented reductions applied
/// (ids from the share, meta cut to days, contact links re-pointed).
fn assert_is_whole(share: &Share, b: &Booklet) {
    assert_eq!(share.goals.len(), b.goals.len());
    assert_eq!(share.contacts.len(), b.contacts.len());
    assert_eq!(share.appointments.len(), b.appointments.len());
    for (got, want) in share.goals.iter().zip(&b.goals) {
        let mut want = want.clone();
        want.id = got.id;
        want.meta = codec::reduce_meta(&want.meta);
        for (s, g) in want.steps.iter_mut().zip(&got.steps) {
            s.id = g.id;
            s.meta = codec::reduce_meta(&s.meta);
        }
        assert_eq!(got, &want);
    }
    for (got, want) in share.contacts.iter().zip(&b.contacts) {
        let mut want = want.clone();
        want.id = got.id;
        want.meta = codec::reduce_meta(&want.meta);
        assert_eq!(got, &want);
    }
    for (got, want) in share.appointments.iter().zip(&b.appointments) {
        let mut want = want.clone();
        want.id = got.id;
        want.meta = codec::reduce_meta(&want.meta);
        want.contact = want
            .contact
            .and_then(|c| b.contact_index(c))
            .map(|i| share.contacts[i].id);
        assert_eq!(got, &want);
    }
}

#[test]
fn golden_vectors_are_reproduced_and_read() {
    let (issued, expires) = (date(ISSUED), date(EXPIRES));
    for f in fixtures() {
        let payload = codec::encode(&f.booklet, &everything(&f.booklet), issued, expires).unwrap();
        let fragment = codec::fragment(&payload);
        let json = serde_json::to_string_pretty(&f.booklet).unwrap() + "\n";
        golden(&format!("{}.booklet.json", f.name), &json);
        golden(&format!("{}.hex", f.name), &hex(&payload));
        golden(&format!("{}.txt", f.name), &format!("{fragment}\n"));

        // The stored vectors decode to the fixture, whatever the encoder does today.
        let stored = unhex(&std::fs::read_to_string(vectors().join(format!("{}.hex", f.name))).unwrap());
        let share = codec::decode(&stored).unwrap();
        assert_eq!((share.issued, share.expires), (issued, expires));
        assert_is_whole(&share, &f.booklet);
        let text = std::fs::read_to_string(vectors().join(format!("{}.txt", f.name))).unwrap();
        let url = format!("https://begleitheft.example/#{}", text.trim());
        assert_eq!(codec::read_scanned(&url, issued), Ok(share.clone()));
        assert_eq!(
            codec::read_scanned(&format!("#{}", text.trim()), expires),
            Ok(share.clone())
        );
        assert_eq!(
            codec::read_scanned(&text.to_lowercase(), issued),
            Ok(share.clone())
        );
        assert_eq!(
            codec::read_scanned(&text, expires.add_days(1).unwrap()),
            Err(ScanError::Expired { expires })
        );
        let (g, s, c, a) = share.counts();
        assert_eq!(
            (g, s, c, a),
            (
                f.booklet.goals.len(),
                f.booklet.goals.iter().map(|g| g.steps.len()).sum(),
                f.booklet.contacts.len(),
                f.booklet.appointments.len()
            )
        );
    }
}

#[test]
fn sizes_meet_the_targets() {
    let (issued, expires) = (date(ISSUED), date(EXPIRES));
    let report = |name: &str, b: &Booklet, limit: Option<usize>| {
        let payload = codec::encode(b, &everything(b), issued, expires).unwrap();
        let fragment = codec::fragment(&payload);
        let json = serde_json::to_string(&b.goals).unwrap().len()
            + serde_json::to_string(&b.contacts).unwrap().len()
            + serde_json::to_string(&b.appointments).unwrap().len();
        let bits = 11.0 * (fragment.len() - codec::FRAGMENT_PREFIX.len()) as f64 / 2.0 / payload.len() as f64;
        println!(
            "{name:>8}: {} entries, {} payload bytes ({} deflated), {} fragment chars, \
             {bits:.2} QR bits per payload byte, {json} bytes as JSON",
            b.entry_count(),
            payload.len(),
            if payload.get(5) == Some(&1) { "" } else { "not " },
            fragment.len(),
        );
        assert!(bits <= 9.0, "{name}: {bits} bits per byte");
        if let Some(limit) = limit {
            assert!(
                payload.len() <= limit,
                "{name}: {} bytes > {limit}",
                payload.len()
            );
        }
    };
    for f in fixtures() {
        report(f.name, &f.booklet, f.limit);
    }
    // One goal chain of 6 steps and 2 contacts.
    let mut chain = fixture(1, 6, 2, 0, false);
    assert_eq!(
        chain.goals[0].title,
        Title::Code(GoalCode::LanguageIntegrationCourse)
    );
    assert!(matches!(
        chain.goals[0].steps[3].title,
        Title::Code(StepCode::CourseStarted { .. })
    ));
    chain.goals[0].steps[1].note = None;
    report("chain", &chain, Some(300));
}

/// The negative vectors: `<expected>\t<input>` per line, read on [`NEGATIVE_TODAY`].
const NEGATIVE_TODAY: &str = "2025-12-01";

fn describe(result: Result<Share, ScanError>) -> String {
    match result {
        Ok(_) => "Ok".to_owned(),
        Err(ScanError::Foreign(kind)) => format!("Foreign({kind:?})"),
        Err(ScanError::Decode(e)) => format!("{e:?}"),
        Err(ScanError::Expired { expires }) => format!("Expired({expires})"),
    }
}

/// CRC-32 (IEEE), written out bit by bit so the test does not trust the codec's own table.
fn crc32(data: &[u8]) -> u32 {
    let mut crc = !0u32;
    for &b in data {
        crc ^= u32::from(b);
        for _ in 0..8 {
            crc = if crc & 1 == 1 {
                (crc >> 1) ^ 0xEDB8_8320
            } else {
                crc >> 1
            };
        }
    }
    !crc
}

/// Builds the negative vectors from the small and typical fixtures.
fn negative_vectors() -> Vec<(String, String)> {
    let (issued, expires) = (date(ISSUED), date(EXPIRES));
    let typical = fixture(8, 4, 6, 3, true);
    let payload = codec::encode(&typical, &everything(&typical), issued, expires).expect("encodes");
    let text = codec::to_text(&payload);
    let tag = codec::FRAGMENT_PREFIX;

    let cut = &text[..text.len() * 2 / 3 / 3 * 3];
    let mut flipped = text.clone().into_bytes();
    let at = 3 * 40 + 1;
    flipped[at] = if flipped[at] == b'Q' { b'R' } else { b'Q' };
    let flipped = String::from_utf8(flipped).expect("ASCII");
    let mut newer = payload.clone();
    newer[0] = 2;
    let n = newer.len();
    let crc = crc32(&newer[..n - 4]);
    newer[n - 4..].copy_from_slice(&crc.to_be_bytes());
    let mut bad = text.clone();
    bad.replace_range(30..31, "_");
    let small = fixture(5, 3, 3, 1, false);
    let small =
        codec::fragment(&codec::encode(&small, &everything(&small), issued, expires).expect("encodes"));

    vec![
        ("Truncated", format!("https://begleitheft.example/#{tag}{cut}")),
        // One text group short (the payload lacks its last two bytes), and a group cut in the middle.
        ("Truncated", format!("{tag}{}", &text[..text.len() - 3])),
        ("Truncated", format!("{tag}{}", &text[..text.len() / 3 * 3 - 2])),
        ("Damaged", format!("#{tag}{flipped}")),
        ("UnknownVersion(2)", format!("{tag}{}", codec::to_text(&newer))),
        ("BadAlphabet", format!("{tag}{bad}")),
        ("BadAlphabet", format!("{tag}{} {}", &text[..9], &text[9..])),
        ("Expired(2025-11-28)", small),
        (
            "Foreign(CovidCertificate)",
            "HC1:6BFOXN%TS3DH0YOJ58S S-W5HDC *M0II5XHC9B5G2+$N IOP-IA%NFQGRJPC%OQHIZC4.OI1RM8ZA.A5:S9MKN4NN3F85QNCY0O%0VZ001HOC9JU0D0HT0HB2PL/IB*09B9LW4T*8+DCMH0LDK2%K:XFE70*LP$V25$0Q:J:4MO1P0%0L0HD+9E/HY+4J6TH48S%4K.GJ2PT3QY:GQ3TE2I+-CPHN6D7LLK*2HG%89UV-0LZ 2ZJJ524-LH/CJTK96L6SR9MU9DHGZ%P WUQRENS431T1XCNCF+47AY0TXF5N3"
                .to_owned(),
        ),
        (
            "Foreign(SmartHealthCard)",
            "shc:/5676290952432060346029243740446031222959532654603460292540772804336028702864716745222809286133314564376531415906402203064504590856435503414245413640370636654171372412363803043756220467374075323239254334433260573601064529045404276345036243775053763036535744282158073434"
                .to_owned(),
        ),
        ("Foreign(Url)", "https://example.org/x".to_owned()),
        ("Foreign(Other)", "Das ist irgendein Text aus einem QR-Code.".to_owned()),
    ]
    .into_iter()
    .map(|(e, i)| (e.to_owned(), i))
    .collect()
}

#[test]
fn negative_vectors_give_their_typed_error() {
    let path = vectors().join("negative.tsv");
    if updating() {
        let mut out = String::from(
            "# Inputs that must not show a share, read on 2025-12-01: <expected error>\\t<scanned text>.\n",
        );
        for (expected, input) in negative_vectors() {
            out.push_str(&format!("{expected}\t{input}\n"));
        }
        std::fs::write(&path, out).unwrap();
    }
    let file = std::fs::read_to_string(&path).unwrap();
    let today = date(NEGATIVE_TODAY);
    let mut kinds = std::collections::BTreeSet::new();
    for line in file.lines().filter(|l| !l.starts_with('#') && !l.is_empty()) {
        let (expected, input) = line.split_once('\t').expect("<expected>\\t<input>");
        assert_eq!(describe(codec::read_scanned(input, today)), expected, "{input}");
        kinds.insert(expected.split('(').next().unwrap_or_default().to_owned());
    }
    for kind in [
        "Truncated",
        "Damaged",
        "UnknownVersion",
        "BadAlphabet",
        "Expired",
        "Foreign",
    ] {
        assert!(kinds.contains(kind), "no negative vector for {kind}");
    }
}

#[test]
fn binary_damage_gives_typed_errors() {
    let b = fixture(8, 4, 6, 3, true);
    let payload = codec::encode(&b, &everything(&b), date(ISSUED), date(EXPIRES)).unwrap();
    for cut in 0..payload.len() {
        assert_eq!(
            codec::decode(&payload[..cut]),
            Err(DecodeError::Truncated),
            "cut at {cut}"
        );
    }
    let mut longer = payload.clone();
    longer.push(0);
    assert_eq!(codec::decode(&longer), Err(DecodeError::Damaged));
    for i in 0..payload.len() {
        for mask in [0x01, 0x80, 0xff] {
            let mut bad = payload.clone();
            bad[i] ^= mask;
            assert_eq!(
                codec::decode(&bad),
                Err(DecodeError::Damaged),
                "byte {i} ^ {mask:#x}"
            );
        }
    }
}

#[test]
fn every_single_character_change_is_damage() {
    let b = fixture(8, 4, 6, 3, true);
    let payload = codec::encode(&b, &everything(&b), date(ISSUED), date(EXPIRES)).unwrap();
    let text = codec::to_text(&payload);
    let alphabet = codec::ALPHABET;
    let mut tried = 0;
    for i in 0..text.len() {
        let mut chars = text.clone().into_bytes();
        let original = chars[i];
        for &c in alphabet.iter().filter(|&&c| c != original) {
            chars[i] = c;
            let changed = std::str::from_utf8(&chars).unwrap();
            let result = codec::read_scanned(&format!("BH1:{changed}"), date(ISSUED));
            assert_eq!(
                result,
                Err(ScanError::Decode(DecodeError::Damaged)),
                "position {i}: {} → {}",
                char::from(original),
                char::from(c)
            );
            tried += 1;
        }
    }
    println!("{tried} single-character changes, all Damaged");
}

#[test]
fn foreign_kinds_are_distinguished() {
    let today = date(NEGATIVE_TODAY);
    assert_eq!(
        codec::read_scanned("HC1:NCFOXN%TS3DH", today),
        Err(ScanError::Foreign(ForeignKind::CovidCertificate))
    );
    assert_eq!(
        codec::read_scanned("https://example.org/#BH1:", today),
        Err(ScanError::Decode(DecodeError::Truncated))
    );
}

#[test]
fn encode_refuses_what_it_cannot_share() {
    use codec::EncodeError;
    let b = fixture(2, 2, 1, 1, false);
    let (issued, expires) = (date(ISSUED), date(EXPIRES));
    assert_eq!(
        codec::encode(&b, &Selection::default(), issued, expires),
        Err(EncodeError::EmptySelection)
    );
    let unknown = Id::from_u128(42);
    let sel = Selection {
        contacts: vec![b.contacts[0].id, unknown],
        ..Selection::default()
    };
    assert_eq!(
        codec::encode(&b, &sel, issued, expires),
        Err(EncodeError::UnknownEntry(unknown))
    );
    let sel = everything(&b);
    assert_eq!(
        codec::encode(&b, &sel, issued, issued.add_days(91).unwrap()),
        Err(EncodeError::ExpiryOutOfRange)
    );
    assert_eq!(
        codec::encode(&b, &sel, issued, issued.add_days(-1).unwrap()),
        Err(EncodeError::ExpiryOutOfRange)
    );
    assert!(codec::encode(&b, &sel, issued, issued.add_days(90).unwrap()).is_ok());
    assert!(codec::encode(&b, &sel, issued, issued).is_ok());
    let old = date("2019-12-31");
    assert_eq!(
        codec::encode(&b, &sel, old, old),
        Err(EncodeError::IssueOutOfRange)
    );
    let mut broken = b.clone();
    broken.contacts[0].email = "kein@mail".to_owned();
    assert!(matches!(
        codec::encode(&broken, &sel, issued, expires),
        Err(EncodeError::Invalid(_))
    ));
    // A goal is shared with its steps; a step id is not a goal id.
    let step = b.goals[0].steps[0].id;
    let sel = Selection {
        goals: vec![step],
        ..Selection::default()
    };
    assert_eq!(
        codec::encode(&b, &sel, issued, expires),
        Err(EncodeError::UnknownEntry(step))
    );
    // An appointment whose contact is not shared loses the link, nothing else.
    let sel = Selection {
        appointments: vec![b.appointments[0].id],
        ..Selection::default()
    };
    let share = codec::decode(&codec::encode(&b, &sel, issued, expires).unwrap()).unwrap();
    assert_eq!(share.appointments[0].contact, None);
    assert_eq!(share.counts(), (0, 0, 0, 1));
}
