//! Fuzz target: the share decoder must return a typed result for any input, never panic.
//!
//! The input is used four ways:
//! 1. as payload bytes for `decode`;
//! 2. as text for `read_scanned`, when it is UTF-8;
//! 3. as bytes written in the share alphabet behind the `BH1:` tag (through the text layer);
//! 4. as the *content* of a correctly framed version-1 payload (length, complement and CRC-32 computed here),
//!    so that the fuzzer gets past the checksum into the header, DEFLATE and body parsers, which random bytes
//!    would almost never reach.
#![no_main]

use booklet::codec;
use libfuzzer_sys::fuzz_target;

/// CRC-32 (IEEE), bit by bit.
fn crc32(data: &[u8]) -> u32 {
    let mut crc = !0u32;
    for &b in data {
        crc ^= u32::from(b);
        for _ in 0..8 {
            crc = if crc & 1 == 1 { (crc >> 1) ^ 0xEDB8_8320 } else { crc >> 1 };
        }
    }
    !crc
}

/// `content` in a valid frame: version 1, length, complement of the length, content, CRC-32.
fn framed(content: &[u8]) -> Option<Vec<u8>> {
    let len = u16::try_from(content.len()).ok()?;
    let mut out = vec![codec::VERSION];
    out.extend_from_slice(&len.to_be_bytes());
    out.extend_from_slice(&(!len).to_be_bytes());
    out.extend_from_slice(content);
    let crc = crc32(&out);
    out.extend_from_slice(&crc.to_be_bytes());
    Some(out)
}

fn check(share: &codec::Share) {
    let (goals, _, contacts, appointments) = share.counts();
    assert_eq!(goals, share.goals.len());
    assert_eq!(contacts, share.contacts.len());
    assert_eq!(appointments, share.appointments.len());
    assert!(share.issued <= share.expires);
    assert!(share.issued.days_until(share.expires) <= codec::MAX_DAYS);
}

fuzz_target!(|data: &[u8]| {
    let today = codec::EPOCH.add_days(2200).expect("in range");
    if let Ok(share) = codec::decode(data) {
        check(&share);
    }
    if let Ok(text) = std::str::from_utf8(data) {
        let _ = codec::read_scanned(text, today);
    }
    let _ = codec::read_scanned(&codec::fragment(data), today);
    if let Some(payload) = framed(data) {
        match codec::decode(&payload) {
            Ok(share) => check(&share),
            // The frame is right, so only the content can be wrong (or too large to be a payload).
            Err(e) => assert!(
                matches!(e, codec::DecodeError::Damaged | codec::DecodeError::TooLarge),
                "{e:?}"
            ),
        }
    }
});
