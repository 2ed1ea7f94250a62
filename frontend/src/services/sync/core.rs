//! The engine's state in memory and its decisions, without I/O: what to seal, what a pull changes, when a
//! snapshot is due, what to store. Nonces and wall-clock time come from the caller, so all of it runs in
//! native unit tests.
//!
//! The replica in memory is always the stored checkpoint plus the outbox: every local change is recorded
//! here when its command runs (before its write is queued), every remote record when it is pulled.

use super::SyncError;
use crate::services::storage::{Inflight, SyncData, SyncPut, SyncState};
use booklet::Booklet;
use booklet::sync::clock::Clock;
use booklet::sync::crypto::{self, Keys, RecoverySecret};
use booklet::sync::replica::{self, Key, Op, Replica};
use booklet::sync::wire::{self, PulledRecord, PushRecord};

/// After this many records since the last snapshot, the engine uploads a new one (so a new phone, or one
/// whose cursor was compacted away, needs one snapshot and few records).
pub const SNAPSHOT_EVERY: u64 = 50;

/// Backup and sync's working state while it is on.
pub struct Core {
    state: SyncState,
    secret: RecoverySecret,
    keys: Keys,
    device: [u8; 8],
    replica: Replica,
    clock: Clock,
    /// Operations recorded since the last seal.
    outbox: Vec<Op>,
    /// The sealed record the server has not acknowledged.
    inflight: Option<Inflight>,
}

impl Core {
    /// A new space for `secret` on device `device`: nothing recorded, nothing pulled.
    pub fn new(secret: RecoverySecret, device: [u8; 8]) -> Self {
        let keys = secret.keys();
        Self {
            state: SyncState {
                enabled: true,
                secret: crypto::to_hex(&secret.0),
                device: crypto::to_hex(&device),
                next_seq: 1,
                cursor: 0,
                since_snapshot: 0,
            },
            secret,
            keys,
            device,
            replica: Replica::new(),
            clock: Clock::new(u64::from_be_bytes(device)),
            outbox: Vec::new(),
            inflight: None,
        }
    }

    /// What the `sync` store held: the checkpoint with the outbox applied on top. `None` when sync is off.
    pub fn from_data(data: &SyncData) -> Result<Option<Self>, SyncError> {
        if !data.state.enabled {
            return Ok(None);
        }
        let secret = crypto::from_hex::<16>(&data.state.secret).ok_or(SyncError::Damaged)?;
        let device = crypto::from_hex::<8>(&data.state.device).ok_or(SyncError::Damaged)?;
        let secret = RecoverySecret(secret);
        let mut replica = match &data.replica {
            Some(bytes) => Replica::from_snapshot(bytes).map_err(SyncError::Replica)?,
            None => Replica::new(),
        };
        let outbox = if data.outbox.is_empty() {
            Vec::new()
        } else {
            replica::decode_ops(&data.outbox).map_err(SyncError::Replica)?
        };
        for op in &outbox {
            replica.apply(op.clone());
        }
        let node = u64::from_be_bytes(device);
        let clock = replica
            .latest()
            .map_or(Clock::new(node), |last| Clock::resume(node, last));
        Ok(Some(Self {
            state: data.state.clone(),
            keys: secret.keys(),
            secret,
            device,
            replica,
            clock,
            outbox,
            inflight: data.inflight.clone(),
        }))
    }

    /// The recovery secret.
    pub fn secret(&self) -> &RecoverySecret {
        &self.secret
    }

    /// The keys derived from the secret.
    pub fn keys(&self) -> &Keys {
        &self.keys
    }

    /// The settings and counters.
    pub fn state(&self) -> &SyncState {
        &self.state
    }

    /// Records the difference between the replica and `booklet` (a committed local change) as operations in
    /// the outbox. Returns how many there were.
    pub fn record(&mut self, booklet: &Booklet, wall_ms: u64) -> usize {
        let ops = self.replica.record(booklet, &mut self.clock, wall_ms);
        let n = ops.len();
        self.outbox.extend(ops);
        n
    }

    /// Adds what is on this device to a replica that was just restored from the server, without letting
    /// anything local overwrite or delete what the backup holds: the local booklet is recorded into an empty
    /// replica (so it yields only additions), and an untouched profile is left out.
    pub fn merge_local(&mut self, local: &Booklet, wall_ms: u64) -> usize {
        let mut mine = Replica::new();
        let untouched = local.profile == Booklet::new(&local.profile.ui_language).profile;
        let ops: Vec<Op> = mine
            .record(local, &mut self.clock, wall_ms)
            .into_iter()
            .filter(|op| !(untouched && op.key == Key::Profile))
            .collect();
        for op in &ops {
            self.replica.apply(op.clone());
        }
        let n = ops.len();
        self.outbox.extend(ops);
        n
    }

    /// Local operations the server does not have yet: the outbox and the record in flight.
    pub fn pending(&self) -> u32 {
        let outbox = u32::try_from(self.outbox.len()).unwrap_or(u32::MAX);
        outbox.saturating_add(self.inflight.as_ref().map_or(0, |i| i.changes))
    }

    /// Seals the outbox into one record with the next seq, unless a record is already in flight (it must be
    /// acknowledged first, so that a retry re-sends the same bytes) or there is nothing to send. Returns
    /// whether it sealed; then [`Core::checkpoint`] must be stored before pushing.
    pub fn seal(&mut self, nonce: [u8; 24]) -> bool {
        if self.inflight.is_some() || self.outbox.is_empty() {
            return false;
        }
        let seq = self.state.next_seq;
        let plaintext = replica::encode_ops(&self.outbox);
        let seal = crypto::seal_record(
            &self.keys.key,
            &self.keys.space,
            self.device,
            seq,
            nonce,
            &plaintext,
        );
        self.inflight = Some(Inflight {
            seq,
            changes: u32::try_from(self.outbox.len()).unwrap_or(u32::MAX),
            seal,
        });
        self.outbox.clear();
        self.state.next_seq += 1;
        true
    }

    /// The push body of the record in flight.
    pub fn push_body(&self) -> Option<Vec<u8>> {
        let inflight = self.inflight.as_ref()?;
        Some(wire::encode_push(&[PushRecord {
            device: self.device,
            seq: inflight.seq,
            data: inflight.seal.clone(),
        }]))
    }

    /// The server stored the record in flight (or already had it).
    pub fn acknowledge(&mut self) {
        if self.inflight.take().is_some() {
            self.state.since_snapshot += 1;
        }
    }

    /// Opens and applies pulled records, and moves the cursor past them. Returns whether the booklet may
    /// have changed (anything from another device was applied). A record that fails to open or decode stops
    /// the pull before it, so it is retried, not skipped.
    pub fn apply_pulled(&mut self, records: &[PulledRecord], wall_ms: u64) -> Result<bool, SyncError> {
        let mut changed = false;
        for record in records {
            if record.cursor <= self.state.cursor {
                continue;
            }
            let plaintext = crypto::open_record(
                &self.keys.key,
                &self.keys.space,
                record.device,
                record.seq,
                &record.data,
            )
            .map_err(SyncError::Crypto)?;
            let ops = replica::decode_ops(&plaintext).map_err(SyncError::Replica)?;
            // Our own records are already in the replica; re-applying them would change nothing.
            if record.device != self.device {
                changed |= self
                    .replica
                    .receive(&ops, &mut self.clock, wall_ms)
                    .map_err(SyncError::Replica)?;
            }
            self.state.cursor = record.cursor;
            self.state.since_snapshot += 1;
        }
        Ok(changed)
    }

    /// Replaces the pulled state by the server's snapshot (the records after our cursor were compacted away,
    /// or this is a restore), keeping everything recorded here: the snapshot's replica is merged with ours.
    pub fn restore_snapshot(&mut self, cursor: u64, seal: &[u8]) -> Result<(), SyncError> {
        let plaintext = crypto::open_snapshot(&self.keys.key, &self.keys.space, cursor, seal)
            .map_err(SyncError::Crypto)?;
        let mut restored = Replica::from_snapshot(&plaintext).map_err(SyncError::Replica)?;
        restored.merge(&self.replica);
        if let Some(latest) = restored.latest() {
            // The snapshot's stamps were accepted by the devices that wrote them; only move past them.
            let node = self.clock.node();
            self.clock = Clock::resume(node, latest.max(self.clock.last()));
        }
        self.replica = restored;
        self.state.cursor = self.state.cursor.max(cursor);
        self.state.since_snapshot = 0;
        Ok(())
    }

    /// Whether enough records came since the last snapshot to upload a new one.
    pub fn snapshot_due(&self) -> bool {
        self.state.since_snapshot >= SNAPSHOT_EVERY
    }

    /// A snapshot body of the replica at the current cursor. Records after the cursor that are recorded
    /// here (outbox, in flight) are in it too; applying them again later changes nothing.
    pub fn snapshot_body(&self, nonce: [u8; 24]) -> Vec<u8> {
        let cursor = self.state.cursor;
        let seal = crypto::seal_snapshot(
            &self.keys.key,
            &self.keys.space,
            cursor,
            nonce,
            &self.replica.snapshot(),
        );
        wire::encode_snapshot(cursor, &seal)
    }

    /// A snapshot was stored.
    pub fn snapshot_uploaded(&mut self) {
        self.state.since_snapshot = 0;
    }

    /// The booklet the replica materialises.
    pub fn booklet(&self) -> Booklet {
        self.replica.booklet()
    }

    /// Everything, for a new checkpoint: settings, replica, outbox and the record in flight.
    pub fn checkpoint(&self) -> Vec<SyncPut> {
        vec![
            SyncPut::State(self.state.clone()),
            SyncPut::Replica(self.replica.snapshot()),
            SyncPut::Outbox(self.encoded_outbox()),
            SyncPut::Inflight(self.inflight.clone()),
        ]
    }

    /// What a local change writes beside the booklet: the outbox.
    pub fn outbox_put(&self) -> Vec<SyncPut> {
        vec![SyncPut::Outbox(self.encoded_outbox())]
    }

    /// What an acknowledgement or a snapshot upload writes: the settings and the (empty) flight.
    pub fn progress_put(&self) -> Vec<SyncPut> {
        vec![
            SyncPut::State(self.state.clone()),
            SyncPut::Inflight(self.inflight.clone()),
        ]
    }

    fn encoded_outbox(&self) -> Vec<u8> {
        if self.outbox.is_empty() {
            Vec::new()
        } else {
            replica::encode_ops(&self.outbox)
        }
    }
}
