//! Byte-level building blocks of the payload: LEB128 varints, zigzag deltas, length-prefixed UTF-8, the
//! CRC-32 of the frame and the FNV-1a hash that seeds the regenerated ids.

use super::DecodeError;

/// Appends primitive values to a growing payload. String bytes go to a separate column (`strings`), so
/// DEFLATE sees the text in one piece instead of interleaved with numbers.
#[derive(Default)]
pub(super) struct Writer {
    pub(super) buf: Vec<u8>,
    pub(super) strings: Vec<u8>,
}

impl Writer {
    pub(super) fn u8(&mut self, byte: u8) {
        self.buf.push(byte);
    }

    /// An unsigned LEB128 varint: 7 bits per byte, low groups first, high bit set on all but the last byte.
    pub(super) fn varint(&mut self, mut value: u64) {
        while value >= 0x80 {
            self.buf.push((value as u8 & 0x7f) | 0x80);
            value >>= 7;
        }
        self.buf.push(value as u8);
    }

    /// A signed value as a zigzag varint (0, -1, 1, -2, … → 0, 1, 2, 3, …), so small deltas take one byte.
    pub(super) fn zigzag(&mut self, value: i64) {
        self.varint(((value << 1) ^ (value >> 63)) as u64);
    }

    /// A varint byte length here, the UTF-8 bytes in the string column.
    pub(super) fn str(&mut self, s: &str) {
        self.varint(s.len() as u64);
        self.strings.extend_from_slice(s.as_bytes());
    }

    /// The structure column with its length in front, then the string column.
    pub(super) fn finish(self) -> Vec<u8> {
        let mut out = Writer::default();
        out.varint(self.buf.len() as u64);
        out.buf.extend_from_slice(&self.buf);
        out.buf.extend_from_slice(&self.strings);
        out.buf
    }
}

/// Reads primitive values from a checked body; running out or malformed values are [`DecodeError::Damaged`]:
/// the frame's length and CRC already passed, so anything wrong inside is a broken structure, not a cut.
pub(super) struct Reader<'a> {
    data: &'a [u8],
    pos: usize,
    strings: &'a [u8],
}

impl<'a> Reader<'a> {
    /// A reader of one column, without strings.
    pub(super) fn new(data: &'a [u8]) -> Self {
        Self {
            data,
            pos: 0,
            strings: &[],
        }
    }

    /// A reader of what [`Writer::finish`] wrote: the structure column, then the string column.
    pub(super) fn columns(body: &'a [u8]) -> Result<Self, DecodeError> {
        let mut head = Reader::new(body);
        let len = head.count()?;
        let start = head.pos;
        Ok(Self {
            data: &body[start..start + len],
            pos: 0,
            strings: &body[start + len..],
        })
    }

    /// Structure bytes not read yet.
    pub(super) fn remaining(&self) -> usize {
        self.data.len() - self.pos
    }

    /// Whether both columns are read to the end.
    pub(super) fn is_done(&self) -> bool {
        self.remaining() == 0 && self.strings.is_empty()
    }

    pub(super) fn u8(&mut self) -> Result<u8, DecodeError> {
        let byte = *self.data.get(self.pos).ok_or(DecodeError::Damaged)?;
        self.pos += 1;
        Ok(byte)
    }

    /// An unsigned LEB128 varint of at most 64 bits; longer or overflowing encodings are damage.
    pub(super) fn varint(&mut self) -> Result<u64, DecodeError> {
        let mut value: u64 = 0;
        for shift in (0..64).step_by(7) {
            let byte = self.u8()?;
            let part = u64::from(byte & 0x7f);
            if shift == 63 && part > 1 {
                return Err(DecodeError::Damaged);
            }
            value |= part << shift;
            if byte & 0x80 == 0 {
                return Ok(value);
            }
        }
        Err(DecodeError::Damaged)
    }

    /// A varint that must fit in a `u16` (catalogue codes, packed parameters, minutes).
    pub(super) fn u16(&mut self) -> Result<u16, DecodeError> {
        u16::try_from(self.varint()?).map_err(|_| DecodeError::Damaged)
    }

    /// A zigzag varint.
    pub(super) fn zigzag(&mut self) -> Result<i64, DecodeError> {
        let raw = self.varint()?;
        Ok((raw >> 1) as i64 ^ -((raw & 1) as i64))
    }

    /// A count of following items. Every item takes at least one byte, so a count above the remaining bytes is
    /// damage; this also bounds every allocation by the input size.
    pub(super) fn count(&mut self) -> Result<usize, DecodeError> {
        let n = usize::try_from(self.varint()?).map_err(|_| DecodeError::Damaged)?;
        if n > self.remaining() {
            return Err(DecodeError::Damaged);
        }
        Ok(n)
    }

    /// A string: its length from the structure, its bytes from the string column.
    pub(super) fn str(&mut self) -> Result<String, DecodeError> {
        let len = usize::try_from(self.varint()?).map_err(|_| DecodeError::Damaged)?;
        if len > self.strings.len() {
            return Err(DecodeError::Damaged);
        }
        let (bytes, rest) = self.strings.split_at(len);
        self.strings = rest;
        String::from_utf8(bytes.to_vec()).map_err(|_| DecodeError::Damaged)
    }
}

/// The CRC-32 lookup table (IEEE 802.3 polynomial, reflected), built at compile time.
const CRC_TABLE: [u32; 256] = {
    let mut table = [0u32; 256];
    let mut i = 0;
    while i < 256 {
        let mut c = i as u32;
        let mut k = 0;
        while k < 8 {
            c = if c & 1 != 0 {
                0xEDB8_8320 ^ (c >> 1)
            } else {
                c >> 1
            };
            k += 1;
        }
        table[i] = c;
        i += 1;
    }
    table
};

/// CRC-32 (IEEE, as in zlib and PNG). It detects every error burst of up to 32 bits, so any change confined
/// to one 3-character group of the text (2 bytes) or to two neighbouring groups (4 bytes) is always caught.
pub(super) fn crc32(data: &[u8]) -> u32 {
    let mut crc = !0u32;
    for &byte in data {
        crc = CRC_TABLE[((crc ^ u32::from(byte)) & 0xff) as usize] ^ (crc >> 8);
    }
    !crc
}

/// 64-bit FNV-1a, used only to derive stable ids from a share's content (not for integrity).
pub(super) fn fnv1a64(parts: &[&[u8]]) -> u64 {
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
    for part in parts {
        for &byte in *part {
            hash ^= u64::from(byte);
            hash = hash.wrapping_mul(0x0000_0100_0000_01b3);
        }
    }
    hash
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn crc32_matches_the_standard_check_value() {
        assert_eq!(crc32(b"123456789"), 0xCBF4_3926);
        assert_eq!(crc32(b""), 0);
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
            u64::MAX,
        ] {
            let mut w = Writer::default();
            w.varint(v);
            let mut r = Reader::new(&w.buf);
            assert_eq!(r.varint(), Ok(v));
            assert_eq!(r.remaining(), 0);
        }
        for v in [0i64, -1, 1, -64, 63, 64, i64::from(i32::MIN), i64::MAX, i64::MIN] {
            let mut w = Writer::default();
            w.zigzag(v);
            assert_eq!(Reader::new(&w.buf).zigzag(), Ok(v));
        }
        let mut w = Writer::default();
        w.zigzag(-1);
        assert_eq!(w.buf, [1]);
    }

    #[test]
    fn bad_varints_are_damage() {
        assert_eq!(Reader::new(&[0x80]).varint(), Err(DecodeError::Damaged));
        assert_eq!(Reader::new(&[0xff; 11]).varint(), Err(DecodeError::Damaged));
        let mut too_big = vec![0xff; 9];
        too_big.push(0x02);
        assert_eq!(Reader::new(&too_big).varint(), Err(DecodeError::Damaged));
        let columns = |b: &'static [u8]| Reader::columns(b).unwrap();
        assert_eq!(columns(&[1, 5, b'a']).str(), Err(DecodeError::Damaged));
        assert_eq!(columns(&[1, 2, 0xc3, 0x28]).str(), Err(DecodeError::Damaged));
        assert_eq!(Reader::columns(&[3, 1]).err(), Some(DecodeError::Damaged));
        let mut w = Writer::default();
        w.str("ab");
        w.varint(7);
        w.str("ü");
        let body = w.finish();
        assert_eq!(body, [3, 2, 7, 2, b'a', b'b', 0xc3, 0xbc]);
        let mut r = Reader::columns(&body).unwrap();
        assert_eq!(
            (r.str(), r.varint(), r.str()),
            (Ok("ab".into()), Ok(7), Ok("ü".into()))
        );
        assert!(r.is_done());
    }
}
