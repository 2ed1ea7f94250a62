//! Backup and multi-device sync, the pure part: merge rules, keys, sealing and the wire format.
//!
//! The protocol is described in `SYNC.md` at the repository root. Nothing here performs I/O, reads a clock or
//! draws random numbers: the caller passes wall-clock milliseconds, nonces and secrets.
//!
//! - [`clock`]: hybrid logical clocks ([`clock::Hlc`]) and the drift check.
//! - [`replica`]: per-entry last-writer-wins registers with tombstones; operations, merge, materialisation
//!   into a [`crate::Booklet`], the diff that turns a local change into operations, and their encodings.
//! - [`crypto`]: the recovery code, key derivation and sealing of records and snapshots.
//! - [`wire`]: the binary bodies of push, pull and snapshot requests.

pub mod clock;
pub mod crypto;
pub mod replica;
pub mod wire;
