//! Entry ids: 128 random bits chosen by the caller, written as 26 characters of lowercase Crockford base32.

use std::fmt;
use std::str::FromStr;

use crate::error::ParseError;

/// The unique id of a goal, step, contact or appointment.
///
/// The crate never invents ids: the caller passes 16 random bytes (`crypto.getRandomValues` in the browser),
/// so applying a command stays a pure function. The text form is 26 characters of lowercase Crockford base32
/// (`0-9a-z` without `i l o u`), which is shorter than hex and safe in URLs and file names.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Id(u128);

/// Crockford's base32 alphabet, lowercase.
const ALPHABET: &[u8; 32] = b"0123456789abcdefghjkmnpqrstvwxyz";
/// Length of the text form: 3 bits in the first character, then 25 characters of 5 bits.
const TEXT_LEN: usize = 26;

impl Id {
    /// Makes an id from 16 bytes (big-endian), normally random ones.
    pub const fn from_bytes(bytes: [u8; 16]) -> Self {
        Self(u128::from_be_bytes(bytes))
    }

    /// The 16 bytes of the id, big-endian; `Id::from_bytes(id.to_bytes()) == id`.
    pub const fn to_bytes(self) -> [u8; 16] {
        self.0.to_be_bytes()
    }

    /// Makes an id from its 128-bit value.
    pub const fn from_u128(value: u128) -> Self {
        Self(value)
    }

    /// The 128-bit value of the id.
    pub const fn as_u128(self) -> u128 {
        self.0
    }
}

impl fmt::Display for Id {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let mut out = [0u8; TEXT_LEN];
        for (i, slot) in out.iter_mut().enumerate() {
            let shift = 125 - 5 * i as u32;
            *slot = ALPHABET[((self.0 >> shift) & 31) as usize];
        }
        // The alphabet is ASCII, so every byte is a char.
        for byte in out {
            fmt::Write::write_char(f, char::from(byte))?;
        }
        Ok(())
    }
}

fn digit(c: u8) -> Option<u128> {
    let lower = c.to_ascii_lowercase();
    ALPHABET.iter().position(|&a| a == lower).map(|p| p as u128)
}

impl FromStr for Id {
    type Err = ParseError;

    /// Parses the 26-character form; upper case is accepted, other characters are not.
    fn from_str(s: &str) -> Result<Self, ParseError> {
        let bytes = s.as_bytes();
        if bytes.len() != TEXT_LEN {
            return Err(ParseError::Id);
        }
        let mut value: u128 = 0;
        for (i, &c) in bytes.iter().enumerate() {
            let d = digit(c).ok_or(ParseError::Id)?;
            // The first character carries only the top 3 bits.
            if i == 0 && d > 7 {
                return Err(ParseError::Id);
            }
            value = (value << 5) | d;
        }
        Ok(Self(value))
    }
}

serde_as_string!(Id, "a 26-character id");

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn text_form_round_trips_at_the_edges() {
        for v in [0, 1, 31, 32, u128::MAX, u128::MAX / 3, 1 << 127] {
            let id = Id::from_u128(v);
            let s = id.to_string();
            assert_eq!(s.len(), 26);
            assert_eq!(s.parse::<Id>(), Ok(id));
            assert_eq!(s.to_uppercase().parse::<Id>(), Ok(id));
        }
        assert_eq!(Id::from_u128(0).to_string(), "00000000000000000000000000");
        assert_eq!(Id::from_u128(u128::MAX).to_string(), "7zzzzzzzzzzzzzzzzzzzzzzzzz");
    }

    #[test]
    fn bytes_round_trip() {
        let bytes = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16];
        assert_eq!(Id::from_bytes(bytes).to_bytes(), bytes);
    }

    #[test]
    fn rejects_bad_text() {
        for bad in [
            "",
            "0000000000000000000000000",
            "800000000000000000000000000",
            "80000000000000000000000000",
            "0000000000000000000000000i",
            "0000000000000000000000000-",
            "ä000000000000000000000000",
        ] {
            assert_eq!(bad.parse::<Id>(), Err(ParseError::Id), "{bad}");
        }
    }

    #[test]
    fn serde_uses_the_text_form() {
        let id = Id::from_u128(42);
        let json = serde_json::to_string(&id).unwrap();
        assert_eq!(json, "\"0000000000000000000000001a\"");
        assert_eq!(serde_json::from_str::<Id>(&json).unwrap(), id);
        assert!(serde_json::from_str::<Id>("\"nope\"").is_err());
    }
}
