//! The text form of a payload: Base45 (RFC 9285) arithmetic over 43 characters.
//!
//! QR alphanumeric mode has 45 characters (`0-9A-Z $%*+-./:`). Plain Base45 uses the space and `%`, which
//! camera apps and URL fragments mangle, so this alphabet leaves both out:
//! `0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ$*+-./:` — every character is allowed unescaped in a URL fragment and
//! is kept as-is by `location.hash`.
//!
//! Two bytes `a, b` make `n = 256·a + b` (0…65535 ≤ 43³ − 1 = 79506) and are written as three characters
//! `c0 c1 c2` with `n = c0 + 43·c1 + 43²·c2`; a final odd byte is written as two characters. That is 1.5
//! characters per byte, i.e. 8.25 QR alphanumeric bits per payload byte (11 bits per 2 characters).
//!
//! Decoding upper-cases first (some scanners lower-case), rejects characters outside the alphabet
//! ([`DecodeError::BadAlphabet`]), a length that no payload has ([`DecodeError::Truncated`]), and groups
//! whose value does not fit their bytes ([`DecodeError::Damaged`]).

use super::{DecodeError, MAX_PAYLOAD};

/// The 43 characters, in value order.
pub const ALPHABET: &[u8; 43] = b"0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ$*+-./:";

const BASE: u32 = 43;

/// The longest text [`from_text`] accepts: the text of a [`MAX_PAYLOAD`]-byte payload.
pub(super) const MAX_TEXT: usize = MAX_PAYLOAD / 2 * 3 + 2;

fn value(c: u8) -> Result<u32, DecodeError> {
    let upper = c.to_ascii_uppercase();
    ALPHABET
        .iter()
        .position(|&a| a == upper)
        .map(|p| p as u32)
        .ok_or(DecodeError::BadAlphabet)
}

fn push(out: &mut String, digit: u32) {
    // digit < 43 by construction, so the index is in range.
    out.push(char::from(ALPHABET[(digit % BASE) as usize]));
}

/// Writes `payload` in the 43-character alphabet: 3 characters per 2 bytes, 2 for a final odd byte.
pub fn to_text(payload: &[u8]) -> String {
    let mut out = String::with_capacity(payload.len() / 2 * 3 + 2);
    let mut pairs = payload.chunks_exact(2);
    for pair in &mut pairs {
        let n = u32::from(pair[0]) << 8 | u32::from(pair[1]);
        push(&mut out, n);
        push(&mut out, n / BASE);
        push(&mut out, n / (BASE * BASE));
    }
    if let [last] = pairs.remainder() {
        let n = u32::from(*last);
        push(&mut out, n);
        push(&mut out, n / BASE);
    }
    out
}

/// Reads text written by [`to_text`] back into the payload bytes. Lower case is accepted.
pub fn from_text(text: &str) -> Result<Vec<u8>, DecodeError> {
    let bytes = text.as_bytes();
    if bytes.len() > MAX_TEXT {
        return Err(DecodeError::TooLarge);
    }
    let digits = bytes.iter().map(|&c| value(c)).collect::<Result<Vec<u32>, _>>()?;
    if digits.len() % 3 == 1 {
        return Err(DecodeError::Truncated);
    }
    let mut out = Vec::with_capacity(digits.len() / 3 * 2 + 1);
    let mut groups = digits.chunks_exact(3);
    for g in &mut groups {
        let n = g[0] + g[1] * BASE + g[2] * BASE * BASE;
        let n = u16::try_from(n).map_err(|_| DecodeError::Damaged)?;
        out.extend_from_slice(&n.to_be_bytes());
    }
    if let [a, b] = groups.remainder() {
        let n = u8::try_from(a + b * BASE).map_err(|_| DecodeError::Damaged)?;
        out.push(n);
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn alphabet_is_qr_alphanumeric_without_space_and_percent() {
        let qr = b"0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ $%*+-./:";
        let ours: Vec<u8> = qr.iter().copied().filter(|&c| c != b' ' && c != b'%').collect();
        assert_eq!(ours.as_slice(), ALPHABET.as_slice());
    }

    #[test]
    fn round_trips_every_pair_edge_and_odd_lengths() {
        for bytes in [
            vec![],
            vec![0],
            vec![255],
            vec![0, 0],
            vec![255, 255],
            vec![1, 2, 3],
            (0..=255).collect::<Vec<u8>>(),
        ] {
            let text = to_text(&bytes);
            assert_eq!(text.len(), bytes.len() / 2 * 3 + (bytes.len() % 2) * 2);
            assert_eq!(from_text(&text), Ok(bytes.clone()));
            assert_eq!(from_text(&text.to_lowercase()), Ok(bytes));
        }
        assert_eq!(to_text(&[255, 255]), "3JZ");
        assert_eq!(to_text(&[0, 42]), ":00");
    }

    #[test]
    fn rejects_what_no_payload_writes() {
        assert_eq!(from_text("A B"), Err(DecodeError::BadAlphabet));
        assert_eq!(from_text("A%B"), Err(DecodeError::BadAlphabet));
        assert_eq!(from_text("ä"), Err(DecodeError::BadAlphabet));
        assert_eq!(from_text("ABCD"), Err(DecodeError::Truncated));
        // 43^3 - 1 = 79506 > 65535.
        assert_eq!(from_text(":::"), Err(DecodeError::Damaged));
        // 42 + 43*42 = 1848 > 255.
        assert_eq!(from_text("::"), Err(DecodeError::Damaged));
        assert_eq!(from_text(&"0".repeat(MAX_TEXT + 1)), Err(DecodeError::TooLarge));
    }
}
