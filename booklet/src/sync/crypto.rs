//! Keys and sealing of sync (SYNC.md, "Keys" and "Sealed blobs"): the recovery secret and its code, the keys
//! derived from it with HKDF-SHA256, and XChaCha20-Poly1305 seals whose associated data binds each blob to its
//! place (space, device and seq for a record; space and cursor for a snapshot).
//!
//! Nothing here draws random numbers: the caller passes the 16 secret bytes and each 24-byte nonce (fresh
//! random bytes from the platform), so every function is deterministic and testable with fixed vectors.

use core::fmt;

use chacha20poly1305::aead::{AeadInOut, KeyInit};
use chacha20poly1305::{Key, Tag, XChaCha20Poly1305, XNonce};
use hkdf::Hkdf;
use sha2::{Digest, Sha256};
use thiserror::Error;

use crate::catalog::Arg;

/// Length of a recovery code without separators: 17 bytes (secret and check byte) in 5-bit symbols.
pub const CODE_LEN: usize = 28;

/// What the QR code of a recovery code holds in front of the 28 characters.
pub const QR_PREFIX: &str = "BHR1:";

/// Length of the nonce at the start of every seal.
pub const NONCE_LEN: usize = 24;

/// Length of the Poly1305 tag at the end of every seal.
pub const TAG_LEN: usize = 16;

/// Bytes a seal adds to its plaintext: nonce and tag.
pub const SEAL_OVERHEAD: usize = NONCE_LEN + TAG_LEN;

/// HKDF salt; the version in it lets a later protocol derive unrelated keys from the same secret.
const HKDF_SALT: &[u8] = b"begleitheft sync v1";

/// Associated-data prefixes. Record and snapshot prefixes differ, so a record can never open as a snapshot.
const RECORD_AD: &[u8] = b"BH sync record v1";
const SNAPSHOT_AD: &[u8] = b"BH sync snapshot v1";

/// Crockford base32: `0-9A-Z` without `I L O U`, so no two symbols look alike.
const ALPHABET: &[u8; 32] = b"0123456789ABCDEFGHJKMNPQRSTVWXYZ";

/// Why a recovery code could not be read or a seal could not be opened.
#[derive(Clone, Debug, PartialEq, Eq, Error)]
pub enum CryptoError {
    /// The code has the wrong number of characters (separators not counted).
    #[error("error-sync-code-length ({found} instead of {CODE_LEN})")]
    CodeLength {
        /// Characters found, without spaces and dashes.
        found: usize,
    },
    /// The code holds a character that is not in the code alphabet (`U`, punctuation, …).
    #[error("error-sync-code-character ({0:?})")]
    CodeCharacter(char),
    /// The check byte does not match the secret: the code has a typo.
    #[error("error-sync-code-typo")]
    CodeTypo,
    /// A scanned QR code does not start with [`QR_PREFIX`]: it is not a recovery code.
    #[error("error-sync-code-foreign")]
    NotARecoveryCode,
    /// A seal did not open: damaged, sealed with another key, or moved to another place (space, device, seq
    /// or cursor). Deliberately one error, so a reader learns nothing about which.
    #[error("error-sync-open-failed")]
    OpenFailed,
}

impl CryptoError {
    /// The Fluent message id.
    pub const fn message_id(&self) -> &'static str {
        match self {
            CryptoError::CodeLength { .. } => "error-sync-code-length",
            CryptoError::CodeCharacter(_) => "error-sync-code-character",
            CryptoError::CodeTypo => "error-sync-code-typo",
            CryptoError::NotARecoveryCode => "error-sync-code-foreign",
            CryptoError::OpenFailed => "error-sync-open-failed",
        }
    }

    /// The Fluent arguments: `found` and `expected` for [`CryptoError::CodeLength`], `character` for
    /// [`CryptoError::CodeCharacter`].
    pub fn args(&self) -> Vec<(&'static str, Arg)> {
        match self {
            CryptoError::CodeLength { found } => vec![
                ("found", Arg::Num(i64::try_from(*found).unwrap_or(i64::MAX))),
                ("expected", Arg::Num(CODE_LEN as i64)),
            ],
            CryptoError::CodeCharacter(c) => vec![("character", Arg::Str(c.to_string()))],
            _ => Vec::new(),
        }
    }
}

/// Every message id [`CryptoError`] can name; the UI's locales must define them.
pub const MESSAGE_IDS: &[&str] = &[
    "error-sync-code-length",
    "error-sync-code-character",
    "error-sync-code-typo",
    "error-sync-code-foreign",
    "error-sync-open-failed",
];

/// The 16 random bytes everything of a sync space derives from. Whoever holds them can read and write the
/// space, so `Debug` does not show them.
#[derive(Clone, PartialEq, Eq)]
pub struct RecoverySecret(pub [u8; 16]);

impl fmt::Debug for RecoverySecret {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("RecoverySecret(<redacted>)")
    }
}

impl RecoverySecret {
    /// The recovery code: secret and check byte as 28 Crockford base32 characters, upper case, in groups of
    /// four joined by `-` (`7K3M-9QXA-…`).
    pub fn to_code(&self) -> String {
        let symbols = self.symbols();
        let mut out = String::with_capacity(CODE_LEN + CODE_LEN / 4 - 1);
        for (i, &s) in symbols.iter().enumerate() {
            if i > 0 && i % 4 == 0 {
                out.push('-');
            }
            out.push(char::from(ALPHABET[usize::from(s)]));
        }
        out
    }

    /// Reads a recovery code forgivingly: case, whitespace and dashes are ignored, `I`/`L` read as `1` and `O`
    /// as `0`. A code whose check byte does not match is [`CryptoError::CodeTypo`].
    pub fn from_code(text: &str) -> Result<Self, CryptoError> {
        let mut symbols = [0u8; CODE_LEN];
        let mut found = 0usize;
        for c in text.chars() {
            if c.is_whitespace() || is_dash(c) {
                continue;
            }
            let value = symbol_value(c).ok_or(CryptoError::CodeCharacter(c))?;
            if let Some(slot) = symbols.get_mut(found) {
                *slot = value;
            }
            found += 1;
        }
        if found != CODE_LEN {
            return Err(CryptoError::CodeLength { found });
        }
        let (bytes, padding) = unpack(&symbols);
        // The last symbol carries 4 bits beyond the 17 bytes; they are written as zero. A non-zero padding
        // is a mistyped last character, which the check byte alone would not always see.
        if padding != 0 {
            return Err(CryptoError::CodeTypo);
        }
        let mut secret = [0u8; 16];
        secret.copy_from_slice(&bytes[..16]);
        if bytes[16] != check_byte(&secret) {
            return Err(CryptoError::CodeTypo);
        }
        Ok(Self(secret))
    }

    /// The text of the recovery QR code: [`QR_PREFIX`] followed by the 28 characters (no dashes).
    pub fn to_qr_text(&self) -> String {
        let mut out = String::with_capacity(QR_PREFIX.len() + CODE_LEN);
        out.push_str(QR_PREFIX);
        out.extend(
            self.symbols()
                .iter()
                .map(|&s| char::from(ALPHABET[usize::from(s)])),
        );
        out
    }

    /// Reads a scanned recovery QR code. Without the prefix it is [`CryptoError::NotARecoveryCode`]; the rest
    /// is read as forgivingly as [`RecoverySecret::from_code`].
    pub fn from_qr_text(text: &str) -> Result<Self, CryptoError> {
        let text = text.trim();
        let rest = text
            .get(..QR_PREFIX.len())
            .filter(|head| head.eq_ignore_ascii_case(QR_PREFIX))
            .and_then(|_| text.get(QR_PREFIX.len()..))
            .ok_or(CryptoError::NotARecoveryCode)?;
        Self::from_code(rest)
    }

    /// Derives the space id, token and booklet key (HKDF-SHA256, salt `begleitheft sync v1`).
    pub fn keys(&self) -> Keys {
        let hkdf = Hkdf::<Sha256>::new(Some(HKDF_SALT), &self.0);
        let mut keys = Keys {
            space: [0; 16],
            token: [0; 32],
            key: [0; 32],
        };
        // HKDF-SHA256 expands up to 255 × 32 bytes; 16 and 32 are far below.
        for (info, out) in [
            (&b"space"[..], &mut keys.space[..]),
            (b"token", &mut keys.token[..]),
            (b"key", &mut keys.key[..]),
        ] {
            hkdf.expand(info, out)
                .expect("HKDF output lengths are below the limit");
        }
        keys
    }

    /// The 28 five-bit symbols of secret and check byte.
    fn symbols(&self) -> [u8; CODE_LEN] {
        let mut bytes = [0u8; 17];
        bytes[..16].copy_from_slice(&self.0);
        bytes[16] = check_byte(&self.0);
        pack(&bytes)
    }
}

/// What the recovery secret derives: everything a device needs to sync. `Debug` shows only the space id.
#[derive(Clone, PartialEq, Eq)]
pub struct Keys {
    /// The space id (public: it appears in URLs).
    pub space: [u8; 16],
    /// The bearer token; the server stores only [`token_hash`] of it.
    pub token: [u8; 32],
    /// The booklet key for XChaCha20-Poly1305; never leaves the owner's devices.
    pub key: [u8; 32],
}

impl fmt::Debug for Keys {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Keys")
            .field("space", &self.space_hex())
            .field("token", &"<redacted>")
            .field("key", &"<redacted>")
            .finish()
    }
}

impl Keys {
    /// The space id as 32 lowercase hex characters, as in URLs.
    pub fn space_hex(&self) -> String {
        to_hex(&self.space)
    }

    /// The token as 64 lowercase hex characters, as in `Authorization: Bearer …`.
    pub fn token_hex(&self) -> String {
        to_hex(&self.token)
    }
}

/// SHA-256 of a token: what the server stores and compares instead of the token itself.
pub fn token_hash(token: &[u8; 32]) -> [u8; 32] {
    Sha256::digest(token).into()
}

/// Bytes as lowercase hex.
pub fn to_hex(bytes: &[u8]) -> String {
    const DIGITS: &[u8; 16] = b"0123456789abcdef";
    let mut out = String::with_capacity(bytes.len() * 2);
    for &b in bytes {
        out.push(char::from(DIGITS[usize::from(b >> 4)]));
        out.push(char::from(DIGITS[usize::from(b & 0xf)]));
    }
    out
}

/// Exactly `2 × N` lowercase hex characters as `N` bytes (space ids in URLs, tokens in headers). Upper case
/// is refused, so each value has one spelling and the server can compare texts.
pub fn from_hex<const N: usize>(text: &str) -> Option<[u8; N]> {
    let digits = text.as_bytes();
    if digits.len() != 2 * N {
        return None;
    }
    let nibble = |c: u8| match c {
        b'0'..=b'9' => Some(c - b'0'),
        b'a'..=b'f' => Some(c - b'a' + 10),
        _ => None,
    };
    let mut out = [0u8; N];
    for (byte, pair) in out.iter_mut().zip(digits.chunks_exact(2)) {
        *byte = (nibble(pair[0])? << 4) | nibble(pair[1])?;
    }
    Some(out)
}

/// Seals one record (a batch of operations) for `device` at `seq` in `space`.
/// Returns `nonce ‖ ciphertext ‖ tag`, [`SEAL_OVERHEAD`] bytes longer than `plaintext`.
pub fn seal_record(
    key: &[u8; 32],
    space: &[u8; 16],
    device: [u8; 8],
    seq: u64,
    nonce: [u8; 24],
    plaintext: &[u8],
) -> Vec<u8> {
    seal(key, nonce, &record_ad(space, device, seq), plaintext)
}

/// Opens a record sealed by [`seal_record`] for the same key, space, device and seq.
pub fn open_record(
    key: &[u8; 32],
    space: &[u8; 16],
    device: [u8; 8],
    seq: u64,
    sealed: &[u8],
) -> Result<Vec<u8>, CryptoError> {
    open(key, &record_ad(space, device, seq), sealed)
}

/// Seals a snapshot (the whole replica state) of `space` covering the records up to `cursor`.
pub fn seal_snapshot(
    key: &[u8; 32],
    space: &[u8; 16],
    cursor: u64,
    nonce: [u8; 24],
    plaintext: &[u8],
) -> Vec<u8> {
    seal(key, nonce, &snapshot_ad(space, cursor), plaintext)
}

/// Opens a snapshot sealed by [`seal_snapshot`] for the same key, space and cursor.
pub fn open_snapshot(
    key: &[u8; 32],
    space: &[u8; 16],
    cursor: u64,
    sealed: &[u8],
) -> Result<Vec<u8>, CryptoError> {
    open(key, &snapshot_ad(space, cursor), sealed)
}

/// `"BH sync record v1" ‖ space ‖ device ‖ seq (big-endian)`.
fn record_ad(space: &[u8; 16], device: [u8; 8], seq: u64) -> Vec<u8> {
    [RECORD_AD, space, &device, &seq.to_be_bytes()].concat()
}

/// `"BH sync snapshot v1" ‖ space ‖ cursor (big-endian)`.
fn snapshot_ad(space: &[u8; 16], cursor: u64) -> Vec<u8> {
    [SNAPSHOT_AD, space, &cursor.to_be_bytes()].concat()
}

/// Seals `plaintext` under `key` with associated data `ad`: `nonce ‖ ciphertext ‖ tag`. Shared with
/// [`crate::link`], whose share and proposal seals use the same construction with their own associated data.
pub(crate) fn seal(key: &[u8; 32], nonce: [u8; 24], ad: &[u8], plaintext: &[u8]) -> Vec<u8> {
    let cipher = XChaCha20Poly1305::new(&Key::from(*key));
    let mut out = Vec::with_capacity(plaintext.len() + SEAL_OVERHEAD);
    out.extend_from_slice(&nonce);
    out.extend_from_slice(plaintext);
    // Encrypting fails only for plaintexts near 256 GiB (the ChaCha20 block counter), far above any limit.
    let tag = cipher
        .encrypt_inout_detached(&XNonce::from(nonce), ad, out[NONCE_LEN..].as_mut().into())
        .expect("sync plaintexts are far below the XChaCha20 length limit");
    out.extend_from_slice(&tag);
    out
}

/// Opens a seal made by [`seal`] with the same key and associated data; any mismatch is
/// [`CryptoError::OpenFailed`].
pub(crate) fn open(key: &[u8; 32], ad: &[u8], sealed: &[u8]) -> Result<Vec<u8>, CryptoError> {
    if sealed.len() < SEAL_OVERHEAD {
        return Err(CryptoError::OpenFailed);
    }
    let (nonce, rest) = sealed.split_at(NONCE_LEN);
    let (ciphertext, tag) = rest.split_at(rest.len() - TAG_LEN);
    let nonce = XNonce::try_from(nonce).map_err(|_| CryptoError::OpenFailed)?;
    let tag = Tag::try_from(tag).map_err(|_| CryptoError::OpenFailed)?;
    let cipher = XChaCha20Poly1305::new(&Key::from(*key));
    let mut plaintext = ciphertext.to_vec();
    cipher
        .decrypt_inout_detached(&nonce, ad, plaintext.as_mut_slice().into(), &tag)
        .map_err(|_| CryptoError::OpenFailed)?;
    Ok(plaintext)
}

/// The first byte of SHA-256 of the secret: catches a mistyped character with probability 255/256.
fn check_byte(secret: &[u8; 16]) -> u8 {
    Sha256::digest(secret)[0]
}

/// Dashes a phone keyboard may substitute for `-` are ignored like it.
fn is_dash(c: char) -> bool {
    matches!(c, '-' | '\u{2010}'..='\u{2015}' | '\u{2212}')
}

/// The value of one code character, read forgivingly; `None` for characters outside the alphabet.
fn symbol_value(c: char) -> Option<u8> {
    let upper = match c.to_ascii_uppercase() {
        'I' | 'L' => '1',
        'O' => '0',
        other => other,
    };
    let byte = u8::try_from(upper).ok()?;
    ALPHABET
        .iter()
        .position(|&a| a == byte)
        .and_then(|i| u8::try_from(i).ok())
}

/// 17 bytes as 28 five-bit symbols, most significant bits first; the last symbol's 4 low bits are zero.
fn pack(bytes: &[u8; 17]) -> [u8; CODE_LEN] {
    let mut out = [0u8; CODE_LEN];
    let mut acc: u32 = 0;
    let mut bits = 0u32;
    let mut i = 0;
    for &b in bytes {
        acc = (acc << 8) | u32::from(b);
        bits += 8;
        while bits >= 5 {
            bits -= 5;
            out[i] = ((acc >> bits) & 0x1f) as u8;
            i += 1;
        }
    }
    // 136 bits leave one bit, which fills the high end of the last symbol.
    out[i] = ((acc << (5 - bits)) & 0x1f) as u8;
    out
}

/// 28 five-bit symbols back to 17 bytes and the 4 padding bits of the last symbol.
fn unpack(symbols: &[u8; CODE_LEN]) -> ([u8; 17], u8) {
    let mut out = [0u8; 17];
    let mut acc: u32 = 0;
    let mut bits = 0u32;
    let mut i = 0;
    for &s in symbols {
        acc = (acc << 5) | u32::from(s);
        bits += 5;
        if bits >= 8 && i < out.len() {
            bits -= 8;
            out[i] = (acc >> bits) as u8;
            i += 1;
        }
    }
    (out, (acc & ((1 << bits) - 1)) as u8)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn packing_round_trips_and_pads_with_zero() {
        let mut bytes = [0u8; 17];
        for (i, b) in bytes.iter_mut().enumerate() {
            *b = (i as u8).wrapping_mul(37) ^ 0xa5;
        }
        let symbols = pack(&bytes);
        assert!(symbols.iter().all(|&s| s < 32));
        assert_eq!(symbols[CODE_LEN - 1] & 0x0f, 0);
        assert_eq!(unpack(&symbols), (bytes, 0));
        let all_ones = pack(&[0xff; 17]);
        assert_eq!(all_ones[CODE_LEN - 1], 0x10);
        let mut padded = all_ones;
        padded[CODE_LEN - 1] = 0x11;
        assert_eq!(unpack(&padded), ([0xff; 17], 1));
    }

    #[test]
    fn every_error_names_a_listed_id() {
        let ids: Vec<&str> = [
            CryptoError::CodeLength { found: 3 },
            CryptoError::CodeCharacter('U'),
            CryptoError::CodeTypo,
            CryptoError::NotARecoveryCode,
            CryptoError::OpenFailed,
        ]
        .iter()
        .map(|e| {
            assert_eq!(e.to_string().split(' ').next(), Some(e.message_id()));
            e.message_id()
        })
        .collect();
        assert_eq!(ids, MESSAGE_IDS);
    }

    #[test]
    fn hex_is_lowercase_and_exact() {
        assert_eq!(to_hex(&[0x00, 0xab, 0x7f]), "00ab7f");
        assert_eq!(from_hex::<3>("00ab7f"), Some([0x00, 0xab, 0x7f]));
        assert_eq!(from_hex::<3>("00AB7F"), None);
        assert_eq!(from_hex::<3>("00ab7"), None);
        assert_eq!(from_hex::<3>("00ab7f0"), None);
        assert_eq!(from_hex::<2>("0g00"), None);
        assert_eq!(from_hex::<1>("é"), None);
    }
}
