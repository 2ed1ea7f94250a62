//! Byte-level building blocks of the sync encodings: LEB128 varints, zigzag, fixed-width ids and
//! length-prefixed UTF-8. A sibling of the share codec's column writer, kept separate because sync writes one
//! stream (no string column: records are not deflated) and reports [`SyncError`].

use super::SyncError;
use crate::id::Id;

/// Appends primitive values to a buffer.
#[derive(Default)]
pub(crate) struct Writer {
    pub(crate) buf: Vec<u8>,
}

impl Writer {
    pub(crate) fn u8(&mut self, byte: u8) {
        self.buf.push(byte);
    }

    /// An unsigned LEB128 varint: 7 bits per byte, low groups first, high bit set on all but the last byte.
    pub(crate) fn varint(&mut self, mut value: u64) {
        while value >= 0x80 {
            self.buf.push((value as u8 & 0x7f) | 0x80);
            value >>= 7;
        }
        self.buf.push(value as u8);
    }

    /// A signed value as a zigzag varint (0, -1, 1, -2, … → 0, 1, 2, 3, …), so small deltas take one byte.
    pub(crate) fn zigzag(&mut self, value: i64) {
        self.varint(((value << 1) ^ (value >> 63)) as u64);
    }

    /// Eight bytes, big-endian: node ids are random, so a varint would only make them longer.
    pub(crate) fn u64_fixed(&mut self, value: u64) {
        self.buf.extend_from_slice(&value.to_be_bytes());
    }

    pub(crate) fn id(&mut self, id: Id) {
        self.buf.extend_from_slice(&id.to_bytes());
    }

    /// A varint byte length, then the UTF-8 bytes.
    pub(crate) fn str(&mut self, s: &str) {
        self.varint(s.len() as u64);
        self.buf.extend_from_slice(s.as_bytes());
    }
}

/// Reads primitive values; running out or a malformed value is [`SyncError::Damaged`].
pub(crate) struct Reader<'a> {
    data: &'a [u8],
    pos: usize,
}

impl<'a> Reader<'a> {
    pub(crate) fn new(data: &'a [u8]) -> Self {
        Self { data, pos: 0 }
    }

    /// Bytes not read yet.
    pub(crate) fn remaining(&self) -> usize {
        self.data.len() - self.pos
    }

    /// Fails unless everything was read: trailing bytes are damage, not padding.
    pub(crate) fn finish(&self) -> Result<(), SyncError> {
        if self.remaining() == 0 {
            Ok(())
        } else {
            Err(SyncError::Damaged)
        }
    }

    pub(crate) fn u8(&mut self) -> Result<u8, SyncError> {
        let byte = *self.data.get(self.pos).ok_or(SyncError::Damaged)?;
        self.pos += 1;
        Ok(byte)
    }

    fn take(&mut self, n: usize) -> Result<&'a [u8], SyncError> {
        if n > self.remaining() {
            return Err(SyncError::Damaged);
        }
        let bytes = &self.data[self.pos..self.pos + n];
        self.pos += n;
        Ok(bytes)
    }

    /// An unsigned LEB128 varint of at most 64 bits. Overlong forms (a trailing zero group) are refused, so
    /// every value has exactly one encoding and equal states encode to equal bytes.
    pub(crate) fn varint(&mut self) -> Result<u64, SyncError> {
        let mut value: u64 = 0;
        for shift in (0..64).step_by(7) {
            let byte = self.u8()?;
            let part = u64::from(byte & 0x7f);
            if shift == 63 && part > 1 {
                return Err(SyncError::Damaged);
            }
            value |= part << shift;
            if byte & 0x80 == 0 {
                if byte == 0 && shift > 0 {
                    return Err(SyncError::Damaged);
                }
                return Ok(value);
            }
        }
        Err(SyncError::Damaged)
    }

    /// A varint that must fit in a `u16` (catalogue codes, minutes).
    pub(crate) fn u16(&mut self) -> Result<u16, SyncError> {
        u16::try_from(self.varint()?).map_err(|_| SyncError::Damaged)
    }

    /// A varint that must fit in a `u32`.
    pub(crate) fn u32(&mut self) -> Result<u32, SyncError> {
        u32::try_from(self.varint()?).map_err(|_| SyncError::Damaged)
    }

    /// A zigzag varint.
    pub(crate) fn zigzag(&mut self) -> Result<i64, SyncError> {
        let raw = self.varint()?;
        Ok((raw >> 1) as i64 ^ -((raw & 1) as i64))
    }

    pub(crate) fn u64_fixed(&mut self) -> Result<u64, SyncError> {
        let bytes = self.take(8)?;
        let mut array = [0u8; 8];
        array.copy_from_slice(bytes);
        Ok(u64::from_be_bytes(array))
    }

    pub(crate) fn id(&mut self) -> Result<Id, SyncError> {
        let bytes = self.take(16)?;
        let mut array = [0u8; 16];
        array.copy_from_slice(bytes);
        Ok(Id::from_bytes(array))
    }

    /// A count of following items. Every item takes at least one byte, so a count above the remaining bytes is
    /// damage; this also bounds every allocation by the input size.
    pub(crate) fn count(&mut self) -> Result<usize, SyncError> {
        let n = usize::try_from(self.varint()?).map_err(|_| SyncError::Damaged)?;
        if n > self.remaining() {
            return Err(SyncError::Damaged);
        }
        Ok(n)
    }

    pub(crate) fn str(&mut self) -> Result<String, SyncError> {
        let len = usize::try_from(self.varint()?).map_err(|_| SyncError::Damaged)?;
        let bytes = self.take(len)?;
        String::from_utf8(bytes.to_vec()).map_err(|_| SyncError::Damaged)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn varints_round_trip_and_have_one_form() {
        for v in [0u64, 1, 127, 128, 300, 16_384, u64::from(u32::MAX), u64::MAX] {
            let mut w = Writer::default();
            w.varint(v);
            let mut r = Reader::new(&w.buf);
            assert_eq!(r.varint(), Ok(v));
            assert_eq!(r.finish(), Ok(()));
        }
        for v in [0i64, -1, 1, -64, 64, i64::MIN, i64::MAX] {
            let mut w = Writer::default();
            w.zigzag(v);
            assert_eq!(Reader::new(&w.buf).zigzag(), Ok(v));
        }
        // 0 written in two bytes, an 11-byte run, a 10th byte above 1: all refused.
        assert_eq!(Reader::new(&[0x80, 0x00]).varint(), Err(SyncError::Damaged));
        assert_eq!(Reader::new(&[0xff; 11]).varint(), Err(SyncError::Damaged));
        let mut too_big = vec![0xff; 9];
        too_big.push(0x02);
        assert_eq!(Reader::new(&too_big).varint(), Err(SyncError::Damaged));
        assert_eq!(Reader::new(&[3, b'a']).str(), Err(SyncError::Damaged));
        assert_eq!(Reader::new(&[2, 0xc3, 0x28]).str(), Err(SyncError::Damaged));
        assert_eq!(Reader::new(&[5, 1]).count(), Err(SyncError::Damaged));
        assert_eq!(Reader::new(&[1, 2, 3]).u64_fixed(), Err(SyncError::Damaged));
    }
}
