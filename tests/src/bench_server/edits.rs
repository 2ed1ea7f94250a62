//! Real sealed records, built the way the app builds them: a booklet's commands recorded as operations by
//! `booklet::sync::replica`, sealed by `crypto`, framed by `wire`. Their sizes are what a phone sends.

use super::systems::filler;
use anyhow::{Context as _, Result, bail};
use booklet::sync::clock::Clock;
use booklet::sync::crypto::{Keys, RecoverySecret, open_record, seal_record};
use booklet::sync::replica::{Replica, decode_ops, encode_ops};
use booklet::sync::wire::{PushRecord, decode_pull, encode_push};
use booklet::{Author, Booklet, Command, Context, Id, StepState, Timestamp, apply};

/// A push body and what went into it.
pub struct Push {
    /// The push body (SYNC.md), ready to send.
    pub body: Vec<u8>,
    /// The plaintext operations before sealing, in bytes.
    pub plaintext: usize,
    /// Operations in the record.
    pub ops: usize,
}

/// One device's side of sync over the typical fixture.
pub struct Device {
    /// Keys from a fixed recovery secret.
    pub keys: Keys,
    device: [u8; 8],
    seq: u64,
    replica: Replica,
    clock: Clock,
    booklet: Booklet,
    now_ms: i64,
}

impl Device {
    /// A device that has recorded `booklet` as its first state (that initial upload is not measured).
    pub fn new(booklet: Booklet, now_ms: i64) -> Self {
        let device = [0xd0, 0x0d, 0, 0, 0, 0, 0, 1];
        let mut clock = Clock::new(u64::from_be_bytes(device));
        let mut replica = Replica::new();
        replica.record(&booklet, &mut clock, now_ms as u64);
        Self {
            keys: RecoverySecret([0x5e; 16]).keys(),
            device,
            seq: 0,
            replica,
            clock,
            booklet,
            now_ms,
        }
    }

    /// The steps of every goal, in order: what the edits below toggle.
    fn steps(&self) -> Vec<(Id, Id, bool)> {
        self.booklet
            .goals
            .iter()
            .flat_map(|g| {
                g.steps
                    .iter()
                    .map(|s| (g.id, s.id, matches!(s.state, StepState::Done { .. })))
            })
            .collect()
    }

    /// `n` one-field edits, as the app's commands make them (a step marked done, or reopened when it was
    /// done), round-robin over the steps; returns the operations the replica recorded for them.
    fn edit(&mut self, n: usize) -> Result<Vec<booklet::sync::replica::Op>> {
        let mut ops = Vec::new();
        for i in 0..n {
            let steps = self.steps();
            let (goal, id, done) = *steps
                .get(i % steps.len().max(1))
                .context("the fixture has steps")?;
            self.now_ms += 1_000;
            let ctx = Context {
                now: Timestamp::from_millis(self.now_ms),
                author: Author::Owner,
            };
            let command = if done {
                Command::ReopenStep { goal, id }
            } else {
                Command::CompleteStep {
                    goal,
                    id,
                    date: ctx.now.date(),
                }
            };
            self.booklet = apply(&self.booklet, command, &ctx)?.booklet;
            ops.extend(
                self.replica
                    .record(&self.booklet, &mut self.clock, self.now_ms as u64),
            );
        }
        Ok(ops)
    }

    /// `n` edits made offline, sealed as one record in one push body.
    pub fn push_edits(&mut self, n: usize) -> Result<Push> {
        let ops = self.edit(n)?;
        let plaintext = encode_ops(&ops);
        self.seq += 1;
        let nonce: [u8; 24] = filler(24, self.seq)
            .try_into()
            .map_err(|_| anyhow::anyhow!("24 bytes"))?;
        let data = seal_record(
            &self.keys.key,
            &self.keys.space,
            self.device,
            self.seq,
            nonce,
            &plaintext,
        );
        Ok(Push {
            body: encode_push(&[PushRecord {
                device: self.device,
                seq: self.seq,
                data,
            }]),
            plaintext: plaintext.len(),
            ops: ops.len(),
        })
    }

    /// Opens every record of a pull body with this device's key and counts the operations: proof that
    /// what was measured is what the server stored and another device can read.
    pub fn open_pulled(&self, body: &[u8]) -> Result<usize> {
        let (records, _more) = decode_pull(body)?;
        let mut ops = 0;
        for r in records {
            let plain = open_record(&self.keys.key, &self.keys.space, r.device, r.seq, &r.data)?;
            ops += decode_ops(&plain)?.len();
        }
        if ops == 0 {
            bail!("the pull held no operations");
        }
        Ok(ops)
    }
}
