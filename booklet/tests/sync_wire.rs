//! The binary bodies of sync (SYNC.md "Wire format"): pinned bytes of each body, round trips of arbitrary
//! bodies, and rejection of what the protocol forbids — unknown versions, truncation, overlong varints, seq 0,
//! cursors out of order, too many records, oversized or absurd length prefixes — without panicking on any
//! input.
#![cfg(not(target_arch = "wasm32"))]

use booklet::sync::wire::{
    MAX_RECORDS_PER_PUSH, MAX_SEAL_BYTES, PulledRecord, PushRecord, WireError, decode_pull, decode_push,
    decode_snapshot, encode_pull, encode_push, encode_snapshot,
};
use proptest::prelude::*;

const DEVICE: [u8; 8] = *b"device-1";

fn push(seq: u64, data: &[u8]) -> PushRecord {
    PushRecord {
        device: DEVICE,
        seq,
        data: data.to_vec(),
    }
}

fn pulled(cursor: u64, seq: u64, data: &[u8]) -> PulledRecord {
    PulledRecord {
        cursor,
        device: DEVICE,
        seq,
        data: data.to_vec(),
    }
}

/// `0x01`, the device, a varint and a length-prefixed seal, with no separators and no trailer.
#[test]
fn bodies_have_the_pinned_layout() {
    let body = encode_push(&[push(1, b"ab"), push(300, b"")]);
    let mut expected = vec![1u8];
    expected.extend_from_slice(b"device-1");
    expected.extend_from_slice(&[1, 2, b'a', b'b']);
    expected.extend_from_slice(b"device-1");
    expected.extend_from_slice(&[0xac, 0x02, 0]);
    assert_eq!(body, expected);
    assert_eq!(decode_push(&body), Ok(vec![push(1, b"ab"), push(300, b"")]));

    let body = encode_pull(&[pulled(128, 1, b"x")], true);
    let mut expected = vec![1u8, 1, 0x80, 0x01];
    expected.extend_from_slice(b"device-1");
    expected.extend_from_slice(&[1, 1, b'x']);
    assert_eq!(body, expected);
    assert_eq!(decode_pull(&body), Ok((vec![pulled(128, 1, b"x")], true)));

    assert_eq!(encode_snapshot(5, b"seal"), [1, 5, b's', b'e', b'a', b'l']);
    assert_eq!(decode_snapshot(&[1, 5, b's']), Ok((5, b"s".to_vec())));
}

#[test]
fn empty_bodies_are_valid_but_a_missing_version_is_not() {
    assert_eq!(encode_push(&[]), [1]);
    assert_eq!(decode_push(&[1]), Ok(Vec::new()));
    assert_eq!(encode_pull(&[], false), [1, 0]);
    assert_eq!(decode_pull(&[1, 0]), Ok((Vec::new(), false)));
    assert_eq!(decode_snapshot(&[1, 0]), Ok((0, Vec::new())));
    assert_eq!(decode_push(&[]), Err(WireError::Truncated));
    assert_eq!(decode_pull(&[]), Err(WireError::Truncated));
    assert_eq!(decode_pull(&[1]), Err(WireError::Truncated));
    assert_eq!(decode_snapshot(&[]), Err(WireError::Truncated));
    assert_eq!(decode_snapshot(&[1]), Err(WireError::Truncated));
}

#[test]
fn unknown_versions_are_rejected() {
    for version in [0u8, 2, 0xff] {
        let mut body = encode_push(&[push(1, b"a")]);
        body[0] = version;
        assert_eq!(decode_push(&body), Err(WireError::UnknownVersion(version)));
        let mut body = encode_pull(&[pulled(1, 1, b"a")], false);
        body[0] = version;
        assert_eq!(decode_pull(&body), Err(WireError::UnknownVersion(version)));
        let mut body = encode_snapshot(1, b"a");
        body[0] = version;
        assert_eq!(decode_snapshot(&body), Err(WireError::UnknownVersion(version)));
    }
}

/// Every proper prefix of a push or pull body that ends inside a record is truncation; prefixes that end
/// between records are shorter valid bodies.
#[test]
fn every_cut_inside_a_record_is_truncation() {
    let records = [push(1, b"first seal"), push(2, b"second")];
    let body = encode_push(&records);
    let first_end = encode_push(&records[..1]).len();
    for len in 1..body.len() {
        let expected = match len {
            1 => Ok(Vec::new()),
            n if n == first_end => Ok(records[..1].to_vec()),
            _ => Err(WireError::Truncated),
        };
        assert_eq!(decode_push(&body[..len]), expected, "cut to {len}");
    }
    let records = [pulled(1, 1, b"first"), pulled(2, 1, b"second")];
    let body = encode_pull(&records, false);
    let first_end = encode_pull(&records[..1], false).len();
    for len in 2..body.len() {
        let expected = match len {
            2 => Ok((Vec::new(), false)),
            n if n == first_end => Ok((records[..1].to_vec(), false)),
            _ => Err(WireError::Truncated),
        };
        assert_eq!(decode_pull(&body[..len]), expected, "cut to {len}");
    }
}

#[test]
fn seq_zero_and_cursors_out_of_order_are_rejected() {
    assert_eq!(
        decode_push(&encode_push(&[push(0, b"a")])),
        Err(WireError::ZeroSeq)
    );
    assert_eq!(
        decode_push(&encode_push(&[push(1, b"a"), push(0, b"b")])),
        Err(WireError::ZeroSeq)
    );
    assert_eq!(
        decode_pull(&encode_pull(&[pulled(1, 0, b"a")], false)),
        Err(WireError::ZeroSeq)
    );
    for cursors in [&[0u64][..], &[2, 2], &[5, 3], &[1, 2, 2]] {
        let records: Vec<PulledRecord> = cursors.iter().map(|&c| pulled(c, 1, b"s")).collect();
        let bad = *cursors.last().unwrap_or(&0);
        assert_eq!(
            decode_pull(&encode_pull(&records, true)),
            Err(WireError::CursorOrder(bad)),
            "{cursors:?}"
        );
    }
    // Gaps are fine: compaction and other devices' records leave them in a pull.
    let records = [pulled(3, 9, b"a"), pulled(10, 1, b"b")];
    assert_eq!(
        decode_pull(&encode_pull(&records, false)),
        Ok((records.to_vec(), false))
    );
}

#[test]
fn the_more_flag_is_one_byte_of_zero_or_one() {
    for more in [2u8, 0x80, 0xff] {
        assert_eq!(decode_pull(&[1, more]), Err(WireError::BadMore(more)));
    }
}

#[test]
fn record_count_is_limited() {
    let at_limit: Vec<PushRecord> = (1..=MAX_RECORDS_PER_PUSH as u64)
        .map(|seq| push(seq, b""))
        .collect();
    assert_eq!(decode_push(&encode_push(&at_limit)), Ok(at_limit.clone()));
    let mut over = at_limit;
    over.push(push(MAX_RECORDS_PER_PUSH as u64 + 1, b""));
    assert_eq!(decode_push(&encode_push(&over)), Err(WireError::TooManyRecords));

    let at_limit: Vec<PulledRecord> = (1..=MAX_RECORDS_PER_PUSH as u64)
        .map(|c| pulled(c, c, b""))
        .collect();
    assert_eq!(
        decode_pull(&encode_pull(&at_limit, true)),
        Ok((at_limit.clone(), true))
    );
    let mut over = at_limit;
    over.push(pulled(MAX_RECORDS_PER_PUSH as u64 + 1, 1, b""));
    assert_eq!(
        decode_pull(&encode_pull(&over, true)),
        Err(WireError::TooManyRecords)
    );
}

#[test]
fn seal_size_is_limited() {
    let largest = vec![7u8; MAX_SEAL_BYTES];
    let body = encode_push(&[push(1, &largest)]);
    assert_eq!(decode_push(&body), Ok(vec![push(1, &largest)]));
    let too_large = vec![7u8; MAX_SEAL_BYTES + 1];
    assert_eq!(
        decode_push(&encode_push(&[push(1, &too_large)])),
        Err(WireError::SealTooLarge(MAX_SEAL_BYTES as u64 + 1))
    );
    assert_eq!(
        decode_pull(&encode_pull(&[pulled(1, 1, &too_large)], false)),
        Err(WireError::SealTooLarge(MAX_SEAL_BYTES as u64 + 1))
    );
    // Snapshots are bounded by the server's body limit, not by the record limit.
    assert_eq!(
        decode_snapshot(&encode_snapshot(9, &too_large)),
        Ok((9, too_large))
    );
}

/// A length prefix of 2^60 (or u64::MAX) with a few bytes behind it is refused before anything is reserved;
/// a length within the limit but beyond the body is truncation.
#[test]
fn huge_length_prefixes_are_refused_without_allocating() {
    let mut body = vec![1u8];
    body.extend_from_slice(&DEVICE);
    body.push(1);
    let header = body.clone();
    for (len, error) in [
        (1u64 << 60, WireError::SealTooLarge(1 << 60)),
        (u64::MAX, WireError::SealTooLarge(u64::MAX)),
        (MAX_SEAL_BYTES as u64, WireError::Truncated),
    ] {
        let mut body = header.clone();
        let mut v = len;
        while v >= 0x80 {
            body.push((v as u8 & 0x7f) | 0x80);
            v >>= 7;
        }
        body.push(v as u8);
        body.extend_from_slice(b"tail");
        assert_eq!(decode_push(&body), Err(error), "{len}");
    }
}

/// Varints have one spelling: a zero group at the end of a longer varint, or an eleventh byte, is refused.
#[test]
fn overlong_varints_are_refused_everywhere() {
    let mut body = vec![1u8];
    body.extend_from_slice(&DEVICE);
    body.extend_from_slice(&[0x81, 0x00, 0]);
    assert_eq!(decode_push(&body), Err(WireError::BadVarint), "seq");
    let mut body = vec![1u8];
    body.extend_from_slice(&DEVICE);
    body.extend_from_slice(&[1, 0x80, 0x00]);
    assert_eq!(decode_push(&body), Err(WireError::BadVarint), "length");
    assert_eq!(
        decode_pull(&[1, 0, 0x81, 0x80, 0x00]),
        Err(WireError::BadVarint),
        "cursor"
    );
    assert_eq!(
        decode_snapshot(&[1, 0x80, 0x00]),
        Err(WireError::BadVarint),
        "snapshot"
    );
    let mut eleven = vec![1u8];
    eleven.extend_from_slice(&[0xff; 10]);
    eleven.push(0x01);
    assert_eq!(decode_snapshot(&eleven), Err(WireError::BadVarint));
    let mut max = vec![1u8];
    max.extend_from_slice(&[0xff; 9]);
    max.push(0x01);
    assert_eq!(decode_snapshot(&max), Ok((u64::MAX, Vec::new())));
}

fn any_push() -> impl Strategy<Value = PushRecord> {
    (
        any::<[u8; 8]>(),
        1u64..,
        proptest::collection::vec(any::<u8>(), 0..200),
    )
        .prop_map(|(device, seq, data)| PushRecord { device, seq, data })
}

fn any_pull() -> impl Strategy<Value = Vec<PulledRecord>> {
    proptest::collection::vec((1u64..1 << 40, any_push()), 0..20).prop_map(|steps| {
        let mut cursor = 0u64;
        steps
            .into_iter()
            .map(|(step, r)| {
                cursor += step;
                PulledRecord {
                    cursor,
                    device: r.device,
                    seq: r.seq,
                    data: r.data,
                }
            })
            .collect()
    })
}

proptest! {
    #[test]
    fn push_bodies_round_trip(records in proptest::collection::vec(any_push(), 0..20)) {
        prop_assert_eq!(decode_push(&encode_push(&records)), Ok(records));
    }

    #[test]
    fn pull_bodies_round_trip(records in any_pull(), more in any::<bool>()) {
        prop_assert_eq!(decode_pull(&encode_pull(&records, more)), Ok((records, more)));
    }

    #[test]
    fn snapshot_bodies_round_trip(
        cursor in any::<u64>(),
        data in proptest::collection::vec(any::<u8>(), 0..500),
    ) {
        prop_assert_eq!(decode_snapshot(&encode_snapshot(cursor, &data)), Ok((cursor, data)));
    }

    /// Arbitrary bytes, and valid bodies with one byte changed, never panic; whatever decodes re-encodes to
    /// the same bytes (one spelling per body).
    #[test]
    fn random_bytes_never_panic_and_decoded_bodies_are_canonical(
        mut bytes in proptest::collection::vec(any::<u8>(), 0..300),
        records in proptest::collection::vec(any_push(), 1..4),
        at in any::<usize>(),
        xor in 1u8..,
    ) {
        bytes.insert(0, 1);
        if let Ok(decoded) = decode_push(&bytes) {
            prop_assert_eq!(encode_push(&decoded), bytes.clone());
        }
        if let Ok((decoded, more)) = decode_pull(&bytes) {
            prop_assert_eq!(encode_pull(&decoded, more), bytes.clone());
        }
        if let Ok((cursor, data)) = decode_snapshot(&bytes) {
            prop_assert_eq!(encode_snapshot(cursor, &data), bytes.clone());
        }
        let mut body = encode_push(&records);
        let i = at % body.len();
        body[i] ^= xor;
        if let Ok(decoded) = decode_push(&body) {
            prop_assert_eq!(encode_push(&decoded), body);
        }
    }
}
