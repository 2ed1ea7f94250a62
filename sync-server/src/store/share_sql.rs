//! The portable statements for link shares and advisor accounts (SHARES.md); the trait methods that run them
//! are in [`impl_store!`](super::sync_sql), beside the sync methods, so each back end implements the whole
//! trait in one place.
//!
//! "Active" is written out in every statement that needs it, the same three conditions each time: not
//! revoked (`revoked_ms IS NULL`), not expired (`expires_ms > now`), not disabled (`failed_pins < max`).
//! Statements that must see the share's current state and then change something start with an `UPDATE` of
//! the share's row: in PostgreSQL that locks the row and re-checks the conditions after any concurrent
//! writer committed (so a wrong PIN, a proposal or a live update never slips past a revoke or the PIN
//! limit); in SQLite the single writer serialises everything anyway.

/// Stores a new share unless the id is taken.
pub(super) const INSERT_SHARE: &str = "INSERT INTO shares \
     (id, owner_token_hash, ciphertext, pin_hash, failed_pins, live, writable, revoked_ms, \
      created_ms, updated_ms, expires_ms) \
     VALUES ($1, $2, $3, $4, 0, $5, $6, NULL, $7, $7, $8) ON CONFLICT (id) DO NOTHING";
/// The share's row as its owner sees it (any state).
pub(super) const OWNER_SHARE: &str = "SELECT owner_token_hash, revoked_ms, failed_pins, live, writable, \
     expires_ms, pin_hash IS NOT NULL FROM shares WHERE id = $1";
/// The access log, oldest first.
pub(super) const ACCESS_LOG: &str =
    "SELECT at_ms, label, advisor FROM share_access WHERE share = $1 ORDER BY at_ms, id";
/// The waiting proposals, oldest first.
pub(super) const PROPOSALS: &str =
    "SELECT id, at_ms, label, ciphertext FROM proposals WHERE share = $1 ORDER BY id";
/// A live update of an active share.
pub(super) const UPDATE_SHARE: &str = "UPDATE shares SET ciphertext = $2, updated_ms = $3 \
     WHERE id = $1 AND revoked_ms IS NULL AND expires_ms > $3 AND failed_pins < $4";
/// Revokes: the sealed entries go now (NULL), the row stays for the owner's view until the purge. A second
/// revoke keeps the first time.
pub(super) const REVOKE_SHARE: &str = "UPDATE shares \
     SET revoked_ms = COALESCE(revoked_ms, $2), ciphertext = NULL WHERE id = $1";
/// All proposals of a share (on revoke).
pub(super) const DELETE_PROPOSALS: &str = "DELETE FROM proposals WHERE share = $1";
/// An active share as a reader gets it.
pub(super) const READER_SHARE: &str = "SELECT ciphertext, pin_hash, failed_pins, writable, expires_ms, \
     updated_ms FROM shares \
     WHERE id = $1 AND revoked_ms IS NULL AND expires_ms > $2 AND failed_pins < $3";
/// Counts a wrong PIN in one statement, so concurrent tries cannot count past the limit: each one re-checks
/// `failed_pins < max` on the row as the previous one left it.
pub(super) const WRONG_PIN: &str = "UPDATE shares SET failed_pins = failed_pins + 1 \
     WHERE id = $1 AND failed_pins < $2 AND revoked_ms IS NULL AND expires_ms > $3 \
     RETURNING failed_pins";
/// Appends to the access log, unless the share is gone (purged since the reader's check).
pub(super) const INSERT_ACCESS: &str = "INSERT INTO share_access (share, at_ms, label, advisor) \
     SELECT id, $2, $3, $4 FROM shares WHERE id = $1";
/// Puts the share into the advisor's workspace, or moves its open time (a re-open).
pub(super) const UPSERT_WORKSPACE: &str = "INSERT INTO advisor_shares (advisor, share, opened_ms) \
     SELECT $2, id, $3 FROM shares WHERE id = $1 \
     ON CONFLICT (advisor, share) DO UPDATE SET opened_ms = excluded.opened_ms";
/// Locks an active share's row (PostgreSQL; see the module docs) before a proposal is counted and added.
pub(super) const LOCK_ACTIVE_SHARE: &str = "UPDATE shares SET failed_pins = failed_pins \
     WHERE id = $1 AND revoked_ms IS NULL AND expires_ms > $2 AND failed_pins < $3 RETURNING id";
/// Proposals waiting on a share.
pub(super) const COUNT_PROPOSALS: &str = "SELECT COUNT(*) FROM proposals WHERE share = $1";
/// Stores a proposal and returns its number.
pub(super) const INSERT_PROPOSAL: &str = "INSERT INTO proposals (share, at_ms, label, ciphertext) \
     VALUES ($1, $2, $3, $4) RETURNING id";
/// Deletes one proposal of one share.
pub(super) const DELETE_PROPOSAL: &str = "DELETE FROM proposals WHERE share = $1 AND id = $2";
/// Deletes expired shares, revoked or not; their log, proposals and workspace rows go with them (cascade).
pub(super) const PURGE_SHARES: &str = "DELETE FROM shares WHERE expires_ms <= $1";
/// Deletes sessions that have ended; they can no longer be used, so keeping them would only keep hashes.
pub(super) const PURGE_SESSIONS: &str = "DELETE FROM sessions WHERE expires_ms <= $1";
/// Creates an advisor unless the lower-cased address is taken.
pub(super) const INSERT_ADVISOR: &str = "INSERT INTO advisors \
     (email, email_lower, name, organisation, password_hash, created_ms) \
     VALUES ($1, $2, $3, $4, $5, $6) ON CONFLICT (email_lower) DO NOTHING RETURNING id";
/// An advisor by lower-cased address.
pub(super) const ADVISOR_BY_EMAIL: &str = "SELECT id, email, name, organisation, password_hash \
     FROM advisors WHERE email_lower = $1";
/// Stores a session.
pub(super) const INSERT_SESSION: &str = "INSERT INTO sessions \
     (token_hash, advisor, csrf, created_ms, expires_ms) VALUES ($1, $2, $3, $4, $5)";
/// A session that has not ended, with its advisor.
pub(super) const SESSION: &str = "SELECT a.id, a.email, a.name, a.organisation, a.password_hash, \
     s.csrf, s.expires_ms FROM sessions s JOIN advisors a ON a.id = s.advisor \
     WHERE s.token_hash = $1 AND s.expires_ms > $2";
/// Ends a session.
pub(super) const DELETE_SESSION: &str = "DELETE FROM sessions WHERE token_hash = $1";
/// The active shares an advisor opened, newest open first.
pub(super) const WORKSPACE: &str = "SELECT s.id, w.opened_ms, s.expires_ms \
     FROM advisor_shares w JOIN shares s ON s.id = w.share \
     WHERE w.advisor = $1 AND s.revoked_ms IS NULL AND s.expires_ms > $2 AND s.failed_pins < $3 \
     ORDER BY w.opened_ms DESC, s.id";

/// Lower-cases an e-mail address for the unique login key (`advisors.email_lower`). Rust's Unicode
/// lower-casing, not the database's, so both back ends agree on non-ASCII addresses.
pub(super) fn email_key(email: &str) -> String {
    email.trim().to_lowercase()
}
