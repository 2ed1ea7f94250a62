-- Link shares and advisor accounts (SHARES.md), the same tables as SQLite's 0003_shares.sql. The server
-- stores sealed entries and proposals it cannot read, the hashes of owner tokens, PINs, passwords and session
-- tokens, and who opened a share when; never a share key, a token, a PIN or a password. Times are Unix
-- milliseconds.

-- One row per share. `ciphertext` is NULL exactly when the share is revoked: revoking deletes the sealed
-- entries at once and keeps the row (and its access log) for the owner until the share expires and is
-- purged. `failed_pins` counts wrong PINs over the share's lifetime; at the limit the share is disabled.
-- Writes that must see the share's current state update its row first, which locks it.
CREATE TABLE shares (
    id               BYTEA PRIMARY KEY CHECK (octet_length(id) = 16),
    owner_token_hash BYTEA NOT NULL CHECK (octet_length(owner_token_hash) = 32),
    ciphertext       BYTEA,
    pin_hash         TEXT,
    failed_pins      BIGINT NOT NULL DEFAULT 0 CHECK (failed_pins >= 0),
    live             BOOLEAN NOT NULL,
    writable         BOOLEAN NOT NULL,
    revoked_ms       BIGINT,
    created_ms       BIGINT NOT NULL,
    updated_ms       BIGINT NOT NULL,
    expires_ms       BIGINT NOT NULL,
    CHECK ((revoked_ms IS NULL) = (ciphertext IS NOT NULL))
);
ALTER TABLE shares ALTER COLUMN ciphertext SET STORAGE EXTERNAL;

-- The purge deletes by expiry.
CREATE INDEX shares_expires ON shares (expires_ms);

-- Advisor accounts. `email_lower` is the address lower-cased by the server: the unique login key, so that
-- addresses differing only in case are one account; `email` keeps the spelling the admin typed.
CREATE TABLE advisors (
    id            BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    email         TEXT NOT NULL,
    email_lower   TEXT NOT NULL UNIQUE,
    name          TEXT NOT NULL,
    organisation  TEXT NOT NULL,
    password_hash TEXT NOT NULL,
    created_ms    BIGINT NOT NULL
);

-- Who opened a share when, for its owner, oldest first (`id` orders opens within one millisecond).
-- `advisor` is set when the reader was logged in; `label` is what the owner sees.
CREATE TABLE share_access (
    id      BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    share   BYTEA NOT NULL REFERENCES shares (id) ON DELETE CASCADE,
    at_ms   BIGINT NOT NULL,
    label   TEXT NOT NULL,
    advisor BIGINT REFERENCES advisors (id) ON DELETE SET NULL
);

CREATE INDEX share_access_share ON share_access (share, at_ms);
CREATE INDEX share_access_advisor ON share_access (advisor);

-- Sealed proposals waiting for the owner's decision, deleted by their number (never reused).
CREATE TABLE proposals (
    id         BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    share      BYTEA NOT NULL REFERENCES shares (id) ON DELETE CASCADE,
    at_ms      BIGINT NOT NULL,
    label      TEXT NOT NULL,
    ciphertext BYTEA NOT NULL
);
ALTER TABLE proposals ALTER COLUMN ciphertext SET STORAGE EXTERNAL;

CREATE INDEX proposals_share ON proposals (share, id);

-- Advisors' login sessions: only the SHA-256 of the cookie's token.
CREATE TABLE sessions (
    token_hash BYTEA PRIMARY KEY CHECK (octet_length(token_hash) = 32),
    advisor    BIGINT NOT NULL REFERENCES advisors (id) ON DELETE CASCADE,
    csrf       TEXT NOT NULL,
    created_ms BIGINT NOT NULL,
    expires_ms BIGINT NOT NULL
);

CREATE INDEX sessions_advisor ON sessions (advisor);
CREATE INDEX sessions_expires ON sessions (expires_ms);

-- An advisor's workspace: the shares they opened, each once, with the newest open.
CREATE TABLE advisor_shares (
    advisor   BIGINT NOT NULL REFERENCES advisors (id) ON DELETE CASCADE,
    share     BYTEA NOT NULL REFERENCES shares (id) ON DELETE CASCADE,
    opened_ms BIGINT NOT NULL,
    PRIMARY KEY (advisor, share)
);

CREATE INDEX advisor_shares_share ON advisor_shares (share);
