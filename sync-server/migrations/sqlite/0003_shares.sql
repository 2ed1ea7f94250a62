-- Link shares and advisor accounts (SHARES.md). The server stores sealed entries and proposals it cannot
-- read, the hashes of owner tokens, PINs, passwords and session tokens, and who opened a share when; never a
-- share key, a token, a PIN or a password. Times are Unix milliseconds.

-- One row per share. `ciphertext` is NULL exactly when the share is revoked: revoking deletes the sealed
-- entries at once and keeps the row (and its access log) for the owner until the share expires and is
-- purged. `failed_pins` counts wrong PINs over the share's lifetime; at the limit the share is disabled.
CREATE TABLE shares (
    id               BLOB PRIMARY KEY NOT NULL CHECK (length(id) = 16),
    owner_token_hash BLOB NOT NULL CHECK (length(owner_token_hash) = 32),
    ciphertext       BLOB,
    pin_hash         TEXT,
    failed_pins      INTEGER NOT NULL DEFAULT 0 CHECK (failed_pins >= 0),
    live             INTEGER NOT NULL CHECK (live IN (0, 1)),
    writable         INTEGER NOT NULL CHECK (writable IN (0, 1)),
    revoked_ms       INTEGER,
    created_ms       INTEGER NOT NULL,
    updated_ms       INTEGER NOT NULL,
    expires_ms       INTEGER NOT NULL,
    CHECK ((revoked_ms IS NULL) = (ciphertext IS NOT NULL))
) STRICT;

-- The purge deletes by expiry.
CREATE INDEX shares_expires ON shares (expires_ms);

-- Advisor accounts. `email_lower` is the address lower-cased by the server: the unique login key, so that
-- addresses differing only in case are one account; `email` keeps the spelling the admin typed. AUTOINCREMENT
-- so that a deleted account's number is never given to another one.
CREATE TABLE advisors (
    id            INTEGER PRIMARY KEY AUTOINCREMENT,
    email         TEXT NOT NULL,
    email_lower   TEXT NOT NULL UNIQUE,
    name          TEXT NOT NULL,
    organisation  TEXT NOT NULL,
    password_hash TEXT NOT NULL,
    created_ms    INTEGER NOT NULL
) STRICT;

-- Who opened a share when, for its owner, oldest first (`id` orders opens within one millisecond).
-- `advisor` is set when the reader was logged in; `label` is what the owner sees.
CREATE TABLE share_access (
    id      INTEGER PRIMARY KEY,
    share   BLOB NOT NULL REFERENCES shares (id) ON DELETE CASCADE,
    at_ms   INTEGER NOT NULL,
    label   TEXT NOT NULL,
    advisor INTEGER REFERENCES advisors (id) ON DELETE SET NULL
) STRICT;

CREATE INDEX share_access_share ON share_access (share, at_ms);
CREATE INDEX share_access_advisor ON share_access (advisor);

-- Sealed proposals waiting for the owner's decision. AUTOINCREMENT: the owner's app deletes a proposal by
-- its number, which must never come back for a newer proposal.
CREATE TABLE proposals (
    id         INTEGER PRIMARY KEY AUTOINCREMENT,
    share      BLOB NOT NULL REFERENCES shares (id) ON DELETE CASCADE,
    at_ms      INTEGER NOT NULL,
    label      TEXT NOT NULL,
    ciphertext BLOB NOT NULL
) STRICT;

CREATE INDEX proposals_share ON proposals (share, id);

-- Advisors' login sessions: only the SHA-256 of the cookie's token.
CREATE TABLE sessions (
    token_hash BLOB PRIMARY KEY NOT NULL CHECK (length(token_hash) = 32),
    advisor    INTEGER NOT NULL REFERENCES advisors (id) ON DELETE CASCADE,
    csrf       TEXT NOT NULL,
    created_ms INTEGER NOT NULL,
    expires_ms INTEGER NOT NULL
) STRICT;

CREATE INDEX sessions_advisor ON sessions (advisor);
CREATE INDEX sessions_expires ON sessions (expires_ms);

-- An advisor's workspace: the shares they opened, each once, with the newest open.
CREATE TABLE advisor_shares (
    advisor   INTEGER NOT NULL REFERENCES advisors (id) ON DELETE CASCADE,
    share     BLOB NOT NULL REFERENCES shares (id) ON DELETE CASCADE,
    opened_ms INTEGER NOT NULL,
    PRIMARY KEY (advisor, share)
) STRICT;

CREATE INDEX advisor_shares_share ON advisor_shares (share);
