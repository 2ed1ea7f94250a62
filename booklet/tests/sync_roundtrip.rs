//! The whole pure path of sync, as two devices of one owner and a server that only stores and orders blobs
//! would run it: device A records a booklet as operations, seals them as a record, pushes the wire body; the
//! "server" decodes the push, gives cursors and answers a pull; device B (set up from the recovery code) decodes
//! the pull, opens each record at its place, decodes the operations, merges them, and shows the same booklet.
//! The snapshot path does the same with the whole replica state.
#![cfg(not(target_arch = "wasm32"))]

use booklet::sync::clock::Clock;
use booklet::sync::crypto::{
    CryptoError, Keys, RecoverySecret, open_record, open_snapshot, seal_record, seal_snapshot,
};
use booklet::sync::replica::{Replica, decode_ops, encode_ops};
use booklet::sync::wire::{
    PulledRecord, PushRecord, decode_pull, decode_push, decode_snapshot, encode_pull, encode_push,
    encode_snapshot,
};
use booklet::*;
use proptest::prelude::*;

mod common;
use common::*;

const DEVICE_A: [u8; 8] = *b"device-A";
const WALL_MS: u64 = 1_790_000_000_000;

/// What the server does with a push body: decode it, number the records after `last_cursor`, answer a pull.
fn server_round(push_body: &[u8], last_cursor: u64) -> Vec<u8> {
    let records = decode_push(push_body).expect("the app's push body decodes");
    let pulled: Vec<PulledRecord> = records
        .into_iter()
        .zip(last_cursor + 1..)
        .map(|(r, cursor)| PulledRecord {
            cursor,
            device: r.device,
            seq: r.seq,
            data: r.data,
        })
        .collect();
    encode_pull(&pulled, false)
}

/// A nonce that differs per seal, as the app's random source would give.
fn nonce(n: u64) -> [u8; 24] {
    let mut nonce = [0x5a; 24];
    nonce[..8].copy_from_slice(&n.to_be_bytes());
    nonce
}

/// Device B: opens every pulled record at its place and merges the operations into `replica`.
fn receive_pull(keys: &Keys, pull_body: &[u8], replica: &mut Replica, clock: &mut Clock) -> u64 {
    let (records, more) = decode_pull(pull_body).expect("the server's pull body decodes");
    assert!(!more);
    let mut cursor = 0;
    for r in records {
        let plain =
            open_record(&keys.key, &keys.space, r.device, r.seq, &r.data).expect("opens at its place");
        let ops = decode_ops(&plain).expect("the operations decode");
        replica
            .receive(&ops, clock, WALL_MS)
            .expect("clocks within drift");
        cursor = r.cursor;
    }
    cursor
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(48))]

    /// Two edits on device A travel as two records in one push; device B, set up from the typed recovery code,
    /// ends with the same booklet, and a snapshot of B's replica restores it on a third device.
    #[test]
    fn a_booklet_travels_sealed_through_the_wire(first in booklet(), second in booklet()) {
        let secret = RecoverySecret(*b"sixteen secret b");
        let keys_a = secret.keys();

        let mut replica_a = Replica::new();
        let mut clock_a = Clock::new(1);
        let mut push = Vec::new();
        for (seq, booklet) in (1u64..).zip([&first, &second]) {
            let ops = replica_a.record(booklet, &mut clock_a, WALL_MS + seq);
            let sealed = seal_record(&keys_a.key, &keys_a.space, DEVICE_A, seq, nonce(seq), &encode_ops(&ops));
            push.push(PushRecord { device: DEVICE_A, seq, data: sealed });
        }
        prop_assert_eq!(replica_a.booklet(), second.clone());

        let pull_body = server_round(&encode_push(&push), 0);

        let keys_b = RecoverySecret::from_code(&secret.to_code().to_lowercase()).expect("code reads").keys();
        prop_assert_eq!(&keys_b, &keys_a);
        let mut replica_b = Replica::new();
        let mut clock_b = Clock::new(2);
        let cursor = receive_pull(&keys_b, &pull_body, &mut replica_b, &mut clock_b);
        prop_assert_eq!(cursor, 2);
        prop_assert_eq!(replica_b.booklet(), second.clone());

        let sealed = seal_snapshot(&keys_b.key, &keys_b.space, cursor, nonce(99), &replica_b.snapshot());
        let (at, data) = decode_snapshot(&encode_snapshot(cursor, &sealed)).expect("snapshot body decodes");
        let plain = open_snapshot(&keys_a.key, &keys_a.space, at, &data).expect("snapshot opens");
        let restored = Replica::from_snapshot(&plain).expect("snapshot decodes");
        prop_assert_eq!(restored.booklet(), second);
        prop_assert_eq!(restored, replica_b);
    }
}

/// A server that reorders blobs (hands record 2's seal out as seq 1) or serves another space's records is
/// caught when the record is opened: nothing reaches the replica.
#[test]
fn a_server_that_swaps_blobs_is_caught() {
    let keys = RecoverySecret([3; 16]).keys();
    let other = RecoverySecret([4; 16]).keys();
    let mut replica = Replica::new();
    let mut clock = Clock::new(1);
    let booklet = Booklet::new("ar");
    let ops = replica.record(&booklet, &mut clock, WALL_MS);
    let plain = encode_ops(&ops);
    let one = seal_record(&keys.key, &keys.space, DEVICE_A, 1, nonce(1), &plain);
    let two = seal_record(&keys.key, &keys.space, DEVICE_A, 2, nonce(2), &plain);
    let foreign = seal_record(&other.key, &other.space, DEVICE_A, 1, nonce(3), &plain);

    let pull_body = server_round(
        &encode_push(&[
            PushRecord {
                device: DEVICE_A,
                seq: 1,
                data: two,
            },
            PushRecord {
                device: DEVICE_A,
                seq: 2,
                data: one,
            },
            PushRecord {
                device: DEVICE_A,
                seq: 3,
                data: foreign,
            },
        ]),
        10,
    );
    let (records, _) = decode_pull(&pull_body).expect("decodes");
    assert_eq!(records.iter().map(|r| r.cursor).collect::<Vec<_>>(), [11, 12, 13]);
    for r in records {
        assert_eq!(
            open_record(&keys.key, &keys.space, r.device, r.seq, &r.data),
            Err(CryptoError::OpenFailed),
            "cursor {}",
            r.cursor
        );
    }
}
