//! The binary bodies of sync requests (SYNC.md, "Wire format"): push, pull and snapshot.
//!
//! Integers are unsigned LEB128 varints in their shortest form; devices are 8 raw bytes. Decoding reads
//! untrusted input on both sides (the server reads pushes, the app reads pulls), so it never panics, checks
//! every length against the bytes actually present before it copies anything (a length prefix of 2^60 reserves
//! nothing), and rejects what the protocol forbids: unknown versions, truncation, overlong varints, seq 0,
//! cursor 0 or out of order, more than [`MAX_RECORDS_PER_PUSH`] records, seals above [`MAX_SEAL_BYTES`].
//!
//! The encoders trust their caller to keep those limits; whatever they produce within them decodes to the same
//! values.

use thiserror::Error;

use crate::catalog::Arg;

/// The format version, the first byte of every body.
pub const VERSION: u8 = 1;

/// Most records in one push body, and in one pull body (a pull's `limit` is at most this).
pub const MAX_RECORDS_PER_PUSH: usize = 1000;

/// Largest seal of one record (nonce, ciphertext and tag), in bytes.
pub const MAX_SEAL_BYTES: usize = 256 * 1024;

/// A record as the app pushes it: the device's `seq`-th sealed batch of operations.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PushRecord {
    /// The pushing device (8 random bytes per installation).
    pub device: [u8; 8],
    /// The record's number on its device, from 1.
    pub seq: u64,
    /// The seal (see [`super::crypto::seal_record`]).
    pub data: Vec<u8>,
}

/// A record as the server returns it: a pushed record with the cursor the server gave it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PulledRecord {
    /// The record's position in its space (1, 2, 3, … in commit order).
    pub cursor: u64,
    /// The device that pushed it.
    pub device: [u8; 8],
    /// The record's number on its device, from 1.
    pub seq: u64,
    /// The seal, as pushed.
    pub data: Vec<u8>,
}

/// Why a body could not be decoded.
#[derive(Clone, Debug, PartialEq, Eq, Error)]
pub enum WireError {
    /// Empty, or it ends inside a record.
    #[error("error-sync-wire-truncated")]
    Truncated,
    /// A version byte this build does not know (written by a newer app or server).
    #[error("error-sync-wire-version ({0})")]
    UnknownVersion(u8),
    /// A varint that is overlong (not in its shortest form) or does not fit in 64 bits.
    #[error("error-sync-wire-malformed (varint)")]
    BadVarint,
    /// The `more` byte of a pull body is neither 0 nor 1.
    #[error("error-sync-wire-malformed (more = {0})")]
    BadMore(u8),
    /// A record with seq 0 (seqs count from 1).
    #[error("error-sync-wire-malformed (seq 0)")]
    ZeroSeq,
    /// A pulled record whose cursor is 0 or not above the one before it.
    #[error("error-sync-wire-malformed (cursor {0} out of order)")]
    CursorOrder(u64),
    /// More than [`MAX_RECORDS_PER_PUSH`] records.
    #[error("error-sync-wire-too-large (more than {MAX_RECORDS_PER_PUSH} records)")]
    TooManyRecords,
    /// A seal longer than [`MAX_SEAL_BYTES`] (the length its prefix claims).
    #[error("error-sync-wire-too-large (seal of {0} bytes)")]
    SealTooLarge(u64),
}

impl WireError {
    /// The Fluent message id: one per kind of failure, not per variant.
    pub const fn message_id(&self) -> &'static str {
        match self {
            WireError::Truncated => "error-sync-wire-truncated",
            WireError::UnknownVersion(_) => "error-sync-wire-version",
            WireError::BadVarint | WireError::BadMore(_) | WireError::ZeroSeq | WireError::CursorOrder(_) => {
                "error-sync-wire-malformed"
            }
            WireError::TooManyRecords | WireError::SealTooLarge(_) => "error-sync-wire-too-large",
        }
    }

    /// The Fluent arguments: `version` for [`WireError::UnknownVersion`].
    pub fn args(&self) -> Vec<(&'static str, Arg)> {
        match self {
            WireError::UnknownVersion(v) => vec![("version", Arg::Num(i64::from(*v)))],
            _ => Vec::new(),
        }
    }

    /// Whether the body broke a size limit (the server answers `413 too_large`) rather than being malformed
    /// (`400 bad_request`).
    pub const fn is_too_large(&self) -> bool {
        matches!(self, WireError::TooManyRecords | WireError::SealTooLarge(_))
    }
}

/// Every message id [`WireError`] can name; the UI's locales must define them.
pub const MESSAGE_IDS: &[&str] = &[
    "error-sync-wire-truncated",
    "error-sync-wire-version",
    "error-sync-wire-malformed",
    "error-sync-wire-too-large",
];

/// A push body: `0x01`, then `device (8) ‖ seq ‖ len ‖ seal` per record.
pub fn encode_push(records: &[PushRecord]) -> Vec<u8> {
    let mut out = vec![VERSION];
    for r in records {
        out.extend_from_slice(&r.device);
        put_varint(&mut out, r.seq);
        put_seal(&mut out, &r.data);
    }
    out
}

/// Reads a push body.
pub fn decode_push(body: &[u8]) -> Result<Vec<PushRecord>, WireError> {
    let mut r = Reader::open(body)?;
    let mut records = Vec::new();
    while !r.is_done() {
        if records.len() == MAX_RECORDS_PER_PUSH {
            return Err(WireError::TooManyRecords);
        }
        let device = r.device()?;
        let seq = r.seq()?;
        let data = r.seal()?;
        records.push(PushRecord { device, seq, data });
    }
    Ok(records)
}

/// A pull body: `0x01`, `more` (0 or 1), then `cursor ‖ device (8) ‖ seq ‖ len ‖ seal` per record.
/// `more` tells the app that records after the last one are waiting (pull again).
pub fn encode_pull(records: &[PulledRecord], more: bool) -> Vec<u8> {
    let mut out = vec![VERSION, u8::from(more)];
    for r in records {
        put_varint(&mut out, r.cursor);
        out.extend_from_slice(&r.device);
        put_varint(&mut out, r.seq);
        put_seal(&mut out, &r.data);
    }
    out
}

/// Reads a pull body: its records (cursors strictly increasing from at least 1) and its `more` flag.
pub fn decode_pull(body: &[u8]) -> Result<(Vec<PulledRecord>, bool), WireError> {
    let mut r = Reader::open(body)?;
    let more = match r.byte()? {
        0 => false,
        1 => true,
        other => return Err(WireError::BadMore(other)),
    };
    let mut records: Vec<PulledRecord> = Vec::new();
    while !r.is_done() {
        if records.len() == MAX_RECORDS_PER_PUSH {
            return Err(WireError::TooManyRecords);
        }
        let cursor = r.varint()?;
        let previous = records.last().map_or(0, |p| p.cursor);
        if cursor <= previous {
            return Err(WireError::CursorOrder(cursor));
        }
        let device = r.device()?;
        let seq = r.seq()?;
        let data = r.seal()?;
        records.push(PulledRecord {
            cursor,
            device,
            seq,
            data,
        });
    }
    Ok((records, more))
}

/// A snapshot body: `0x01 ‖ cursor ‖ seal` (the rest of the body). Cursor 0 is a snapshot taken before any
/// record was pushed.
pub fn encode_snapshot(cursor: u64, data: &[u8]) -> Vec<u8> {
    let mut out = Vec::with_capacity(1 + 10 + data.len());
    out.push(VERSION);
    put_varint(&mut out, cursor);
    out.extend_from_slice(data);
    out
}

/// Reads a snapshot body: the cursor it covers and its seal. The seal has no size limit here; the server
/// bounds the body.
pub fn decode_snapshot(body: &[u8]) -> Result<(u64, Vec<u8>), WireError> {
    let mut r = Reader::open(body)?;
    let cursor = r.varint()?;
    Ok((cursor, r.rest().to_vec()))
}

/// An unsigned LEB128 varint: 7 bits per byte, low groups first, high bit set on all but the last byte.
fn put_varint(out: &mut Vec<u8>, mut value: u64) {
    while value >= 0x80 {
        out.push((value as u8 & 0x7f) | 0x80);
        value >>= 7;
    }
    out.push(value as u8);
}

fn put_seal(out: &mut Vec<u8>, data: &[u8]) {
    put_varint(out, data.len() as u64);
    out.extend_from_slice(data);
}

/// Reads a body front to back; every read checks the bytes left first.
struct Reader<'a> {
    rest: &'a [u8],
}

impl<'a> Reader<'a> {
    /// Checks the version byte and positions after it.
    fn open(body: &'a [u8]) -> Result<Self, WireError> {
        let mut r = Self { rest: body };
        match r.byte()? {
            VERSION => Ok(r),
            other => Err(WireError::UnknownVersion(other)),
        }
    }

    fn is_done(&self) -> bool {
        self.rest.is_empty()
    }

    fn rest(&self) -> &'a [u8] {
        self.rest
    }

    fn take(&mut self, n: usize) -> Result<&'a [u8], WireError> {
        if n > self.rest.len() {
            return Err(WireError::Truncated);
        }
        let (head, tail) = self.rest.split_at(n);
        self.rest = tail;
        Ok(head)
    }

    fn byte(&mut self) -> Result<u8, WireError> {
        Ok(self.take(1)?[0])
    }

    fn device(&mut self) -> Result<[u8; 8], WireError> {
        let mut device = [0u8; 8];
        device.copy_from_slice(self.take(8)?);
        Ok(device)
    }

    /// A varint in its shortest form: at most 10 bytes, the tenth holding only the top bit, and no final
    /// byte of zero after the first (that would be an overlong spelling of a smaller value). One spelling per
    /// value keeps bodies comparable byte for byte.
    fn varint(&mut self) -> Result<u64, WireError> {
        let mut value: u64 = 0;
        for i in 0..10 {
            let byte = self.byte()?;
            let part = u64::from(byte & 0x7f);
            if i == 9 && byte > 1 {
                return Err(WireError::BadVarint);
            }
            value |= part << (7 * i);
            if byte & 0x80 == 0 {
                if byte == 0 && i > 0 {
                    return Err(WireError::BadVarint);
                }
                return Ok(value);
            }
        }
        Err(WireError::BadVarint)
    }

    fn seq(&mut self) -> Result<u64, WireError> {
        match self.varint()? {
            0 => Err(WireError::ZeroSeq),
            seq => Ok(seq),
        }
    }

    /// A length-prefixed seal. The limit is checked on the claimed length before anything is copied.
    fn seal(&mut self) -> Result<Vec<u8>, WireError> {
        let len = self.varint()?;
        if len > MAX_SEAL_BYTES as u64 {
            return Err(WireError::SealTooLarge(len));
        }
        // Within MAX_SEAL_BYTES, so it fits a usize on every target.
        Ok(self.take(len as usize)?.to_vec())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn read(bytes: &[u8]) -> Result<u64, WireError> {
        let mut body = vec![VERSION];
        body.extend_from_slice(bytes);
        let mut r = Reader::open(&body)?;
        let v = r.varint()?;
        assert!(r.is_done(), "varint {bytes:?} left bytes");
        Ok(v)
    }

    #[test]
    fn varints_round_trip_at_the_edges() {
        for v in [
            0u64,
            1,
            127,
            128,
            300,
            16_383,
            16_384,
            u64::from(u32::MAX),
            u64::MAX - 1,
            u64::MAX,
        ] {
            let mut out = Vec::new();
            put_varint(&mut out, v);
            assert_eq!(read(&out), Ok(v), "{v}");
        }
        let mut max = Vec::new();
        put_varint(&mut max, u64::MAX);
        assert_eq!(max, [0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0x01]);
    }

    #[test]
    fn overlong_and_overflowing_varints_are_rejected() {
        assert_eq!(read(&[0x80, 0x00]), Err(WireError::BadVarint));
        assert_eq!(read(&[0x81, 0x80, 0x00]), Err(WireError::BadVarint));
        assert_eq!(read(&[0xff, 0x00]), Err(WireError::BadVarint));
        let mut too_big = vec![0xff; 9];
        too_big.push(0x02);
        assert_eq!(read(&too_big), Err(WireError::BadVarint));
        assert_eq!(read(&[0xff; 11]), Err(WireError::BadVarint));
        assert_eq!(read(&[0x80]), Err(WireError::Truncated));
        assert_eq!(read(&[0x00]), Ok(0));
    }

    #[test]
    fn every_error_names_a_listed_id() {
        let errors = [
            WireError::Truncated,
            WireError::UnknownVersion(2),
            WireError::BadVarint,
            WireError::BadMore(2),
            WireError::ZeroSeq,
            WireError::CursorOrder(0),
            WireError::TooManyRecords,
            WireError::SealTooLarge(1 << 60),
        ];
        let mut ids: Vec<&str> = errors.iter().map(WireError::message_id).collect();
        ids.dedup();
        assert_eq!(ids, MESSAGE_IDS);
        for e in &errors {
            assert_eq!(e.to_string().split(' ').next(), Some(e.message_id()));
            assert_eq!(e.is_too_large(), e.message_id() == "error-sync-wire-too-large");
        }
    }
}
