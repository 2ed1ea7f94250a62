//! The engine's state in memory and its decisions, without I/O: what to seal, what a pull changes, when a
//! snapshot is due, what to store. Nonces and wall-clock time come from the caller, so all of it runs in
//! native unit tests.
//!
//! The replica in memory is always the stored checkpoint plus the outbox: every local change is recorded
//! here when its command runs (before its write is queued), every remote record when it is pulled.

use super::SyncError;
use crate::services::storage::{Inflight, Storage, SyncData, SyncPut, SyncState};
use booklet::Booklet;
use booklet::sync::clock::Clock;
use booklet::sync::crypto::{self, Keys, RecoverySecret};
use booklet::sync::replica::{self, Key, Op, Replica};
use booklet::sync::wire::{self, PulledRecord, PushRecord};
use futures::future::LocalBoxFuture;

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

    /// The server stored the record in flight (or already had it). It counts towards the next snapshot when
    /// it is pulled back, like every record.
    pub fn acknowledge(&mut self) {
        self.inflight = None;
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

impl crate::services::repo::Recorder for Core {
    fn record(&mut self, booklet: &Booklet, wall_ms: u64) -> usize {
        Core::record(self, booklet, wall_ms)
    }
    fn outbox_put(&self) -> Vec<SyncPut> {
        Core::outbox_put(self)
    }
    fn checkpoint(&self) -> Vec<SyncPut> {
        Core::checkpoint(self)
    }
    fn core(&self) -> &Core {
        self
    }
    fn core_mut(&mut self) -> &mut Core {
        self
    }
}

/// Backup and sync's state from storage, as the repository holds it, with any stored change the outbox
/// missed recorded on top (so the replica always ends up matching the stored `booklet`). `None` when none
/// is stored; a damaged state is reported in the console and leaves sync off rather than keeping the booklet
/// from opening. Here, in sync's part, so that the first load carries none of it while sync is off.
pub fn open_recorder<'a>(
    storage: &'a Storage,
    data: SyncData,
    booklet: &'a Booklet,
) -> LocalBoxFuture<'a, Option<Box<dyn crate::services::repo::Recorder>>> {
    Box::pin(async move {
        let mut core = match Core::from_data(&data) {
            Ok(core) => core?,
            Err(e) => {
                web_sys::console::error_1(&format!("sync state unreadable, sync is off: {e}").into());
                return None;
            }
        };
        if crate::services::repo::Recorder::record(&mut core, booklet, super::wall_ms()) > 0 {
            let _ = storage
                .save_sync(&crate::services::repo::Recorder::outbox_put(&core))
                .await;
        }
        Some(Box::new(core) as Box<dyn crate::services::repo::Recorder>)
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use booklet::sync::wire::{decode_push, decode_snapshot};
    use booklet::{Author, Command, ContactFields, ContactRole, Context, Id, Timestamp, Title};

    const NOW: u64 = 1_790_000_000_000;

    fn id(n: u128) -> Id {
        Id::from_u128(0x4200_0000_0000_0000_0000_0000_0000_0000 | n)
    }

    fn add_contact(b: &Booklet, n: u128, organisation: &str) -> Booklet {
        let contact = ContactFields {
            organisation: organisation.into(),
            role: Title::Code(ContactRole::JobcenterPlacement),
            person: String::new(),
            phone: String::new(),
            email: String::new(),
            address: String::new(),
            opening_hours: String::new(),
            note: None,
        };
        let ctx = Context {
            now: Timestamp::from_millis(NOW as i64),
            author: Author::Owner,
        };
        booklet::apply(b, Command::AddContact { id: id(n), contact }, &ctx)
            .expect("a valid contact")
            .booklet
    }

    fn secret() -> RecoverySecret {
        RecoverySecret([7; 16])
    }

    /// A stand-in for the server: stores pushed records with the next cursor, hands them out after a cursor.
    #[derive(Default)]
    struct Server {
        records: Vec<PulledRecord>,
    }

    impl Server {
        fn push(&mut self, body: &[u8]) {
            for r in decode_push(body).expect("a valid push body") {
                if self
                    .records
                    .iter()
                    .any(|s| s.device == r.device && s.seq == r.seq)
                {
                    continue; // a duplicate, as the server counts it
                }
                let cursor = self.records.len() as u64 + 1;
                self.records.push(PulledRecord {
                    cursor,
                    device: r.device,
                    seq: r.seq,
                    data: r.data,
                });
            }
        }

        fn after(&self, cursor: u64) -> Vec<PulledRecord> {
            self.records
                .iter()
                .filter(|r| r.cursor > cursor)
                .cloned()
                .collect()
        }
    }

    /// Seals and pushes whatever `core` has, as a round does.
    fn push(core: &mut Core, server: &mut Server, nonce: u8) {
        core.seal([nonce; 24]);
        if let Some(body) = core.push_body() {
            server.push(&body);
            core.acknowledge();
        }
    }

    #[test]
    fn an_outbox_is_sealed_into_one_record_and_a_retry_resends_the_same_bytes() {
        let mut core = Core::new(secret(), [1; 8]);
        let mut b = Booklet::new("de");
        for n in 0..100 {
            b = add_contact(&b, n, &format!("Stelle {n}"));
            core.record(&b, NOW + n as u64);
        }
        assert_eq!(core.pending(), 101, "100 contacts and the profile");
        assert!(core.seal([1; 24]));
        let first = core.push_body().expect("a record in flight");
        let records = decode_push(&first).expect("a push body");
        assert_eq!(records.len(), 1, "100 offline edits go up as one record");
        assert_eq!(records[0].seq, 1);

        // More edits while the record is in flight stay in the outbox; sealing again changes nothing.
        b = add_contact(&b, 500, "Caritas");
        core.record(&b, NOW + 1_000);
        assert!(!core.seal([2; 24]));
        assert_eq!(core.push_body(), Some(first), "a retry sends the same bytes");
        assert_eq!(core.pending(), 102);

        core.acknowledge();
        assert_eq!(core.pending(), 1);
        assert!(core.seal([3; 24]));
        let second = decode_push(&core.push_body().expect("in flight")).expect("a push body");
        assert_eq!(second[0].seq, 2, "the next record takes the next seq");
    }

    #[test]
    fn two_devices_converge_and_skip_their_own_records() {
        let mut server = Server::default();
        let mut a = Core::new(secret(), [1; 8]);
        let mut b = Core::new(secret(), [2; 8]);
        let on_a = add_contact(&Booklet::new("ar"), 1, "Jobcenter");
        a.record(&on_a, NOW);
        push(&mut a, &mut server, 1);

        assert!(
            b.apply_pulled(&server.after(0), NOW).expect("opens"),
            "A's record changes B"
        );
        assert_eq!(b.booklet(), on_a);
        let on_b = add_contact(&b.booklet(), 2, "VHS");
        b.record(&on_b, NOW + 10);
        push(&mut b, &mut server, 2);

        // A pulls both records: its own is skipped (already applied), B's brings the VHS contact.
        assert!(a.apply_pulled(&server.after(0), NOW + 20).expect("opens"));
        assert_eq!(a.state().cursor, 2);
        assert_eq!(a.booklet(), on_b);
        assert!(
            !a.apply_pulled(&server.after(2), NOW + 20).expect("nothing"),
            "nothing new"
        );
        assert_eq!(a.pending(), 0);
        assert_eq!(
            a.state().since_snapshot,
            2,
            "two records came since the last snapshot"
        );
    }

    #[test]
    fn a_record_of_another_space_does_not_open_and_the_cursor_stays() {
        let mut server = Server::default();
        let mut stranger = Core::new(RecoverySecret([9; 16]), [3; 8]);
        stranger.record(&add_contact(&Booklet::new("de"), 1, "X"), NOW);
        push(&mut stranger, &mut server, 1);
        let mut mine = Core::new(secret(), [1; 8]);
        let error = mine
            .apply_pulled(&server.after(0), NOW)
            .expect_err("a foreign seal");
        assert_eq!(error.message_id(), "error-sync-open-failed");
        assert_eq!(mine.state().cursor, 0, "retried, not skipped");
    }

    #[test]
    fn a_snapshot_is_due_after_fifty_records_and_restores_with_local_changes_kept() {
        let mut server = Server::default();
        let mut a = Core::new(secret(), [1; 8]);
        let mut booklet = Booklet::new("de");
        for n in 0..SNAPSHOT_EVERY as u128 {
            assert!(!a.snapshot_due());
            booklet = add_contact(&booklet, n, &format!("Stelle {n}"));
            a.record(&booklet, NOW + n as u64);
            push(&mut a, &mut server, n as u8);
            a.apply_pulled(&server.after(a.state().cursor), NOW + n as u64)
                .expect("opens");
        }
        assert!(a.snapshot_due());
        let body = a.snapshot_body([5; 24]);
        a.snapshot_uploaded();
        assert!(!a.snapshot_due());
        let (cursor, seal) = decode_snapshot(&body).expect("a snapshot body");
        assert_eq!(cursor, SNAPSHOT_EVERY, "the snapshot covers every record pulled");

        // B has a local contact of its own, then restores A's snapshot: both are there.
        let mut b = Core::new(secret(), [2; 8]);
        let local = add_contact(&Booklet::new("de"), 900, "Nur auf B");
        b.merge_local(&local, NOW);
        b.restore_snapshot(cursor, &seal).expect("opens");
        let merged = b.booklet();
        assert_eq!(merged.contacts.len(), SNAPSHOT_EVERY as usize + 1);
        assert!(merged.contacts.iter().any(|c| c.organisation == "Nur auf B"));
        // The snapshot is bound to its cursor: presented as another one, it does not open.
        let mut c = Core::new(secret(), [3; 8]);
        assert!(c.restore_snapshot(cursor + 1, &seal).is_err());
    }

    #[test]
    fn restoring_adds_local_entries_without_deleting_or_overwriting_the_backup() {
        let mut server = Server::default();
        let mut a = Core::new(secret(), [1; 8]);
        let mut old_phone = add_contact(&Booklet::new("ar"), 1, "Jobcenter");
        old_phone.profile.display_name = "Amal".into();
        a.record(&old_phone, NOW);
        push(&mut a, &mut server, 1);

        // A new phone: an untouched profile (other language) and one contact made before restoring.
        let new_phone = add_contact(&Booklet::new("de"), 2, "Beratung");
        let mut b = Core::new(secret(), [2; 8]);
        b.apply_pulled(&server.after(0), NOW + 5).expect("opens");
        let added = b.merge_local(&new_phone, NOW + 10);
        assert_eq!(added, 1, "only the contact: an untouched profile is not an edit");
        let merged = b.booklet();
        assert_eq!(merged.profile.display_name, "Amal");
        assert_eq!(merged.profile.ui_language, "ar");
        assert_eq!(merged.contacts.len(), 2, "nothing lost on either side");
        assert_eq!(b.pending(), 1);
    }

    #[test]
    fn the_stored_checkpoint_and_outbox_give_back_the_same_replica() {
        let mut core = Core::new(secret(), [1; 8]);
        let b = add_contact(&Booklet::new("fa"), 1, "Jobcenter");
        core.record(&b, NOW);
        assert!(core.seal([1; 24]));
        let after_seal = add_contact(&b, 2, "VHS");
        core.record(&after_seal, NOW + 1);

        // What storage would hold: the checkpoint written at the seal, then the outbox of the next command.
        let mut data = SyncData::default();
        for put in core.checkpoint().into_iter().chain(core.outbox_put()) {
            match put {
                SyncPut::State(s) => data.state = s,
                SyncPut::Replica(r) => data.replica = Some(r),
                SyncPut::Outbox(o) => data.outbox = o,
                SyncPut::Inflight(i) => data.inflight = i,
            }
        }
        let again = Core::from_data(&data).expect("readable").expect("sync is on");
        assert_eq!(again.booklet(), after_seal);
        assert_eq!(again.pending(), core.pending());
        assert_eq!(
            again.push_body(),
            core.push_body(),
            "the same record is retried after a restart"
        );
        assert_eq!(again.secret(), core.secret());
        // A restarted clock stamps after everything it had stamped before.
        let mut again = again;
        let edited = add_contact(&after_seal, 3, "Tafel");
        assert_eq!(again.record(&edited, 0), 1, "even with the wall clock at zero");

        data.state.enabled = false;
        assert!(Core::from_data(&data).expect("readable").is_none(), "off");
    }
}
