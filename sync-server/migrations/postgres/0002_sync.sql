-- Sync spaces (SYNC.md), the same tables as SQLite's 0002_sync.sql. The server stores sealed blobs it
-- cannot read, their order, and the hash of each space's bearer token; never the token, never anything in
-- clear.

-- One row per space. `newest_cursor` is the cursor of its newest record (0: none yet); `compacted_through`
-- the newest cursor whose records a purge may have deleted because the snapshot covers them. Times are
-- Unix milliseconds; `last_used_ms` decides when an idle space is purged. Pushes lock this row, which
-- serialises them per space.
CREATE TABLE spaces (
    id                BYTEA PRIMARY KEY CHECK (octet_length(id) = 16),
    token_hash        BYTEA NOT NULL CHECK (octet_length(token_hash) = 32),
    newest_cursor     BIGINT NOT NULL DEFAULT 0 CHECK (newest_cursor >= 0),
    compacted_through BIGINT NOT NULL DEFAULT 0 CHECK (compacted_through >= 0),
    created_ms        BIGINT NOT NULL,
    last_used_ms      BIGINT NOT NULL
);

CREATE INDEX spaces_last_used ON spaces (last_used_ms);

-- The log. `seq` holds the client's u64 bit for bit (see store/sync_sql.rs). Sealed blobs do not compress,
-- so they are stored without TOAST compression.
CREATE TABLE records (
    space  BYTEA NOT NULL REFERENCES spaces (id) ON DELETE CASCADE,
    cursor BIGINT NOT NULL CHECK (cursor > 0),
    device BYTEA NOT NULL CHECK (octet_length(device) = 8),
    seq    BIGINT NOT NULL,
    data   BYTEA NOT NULL,
    PRIMARY KEY (space, cursor),
    UNIQUE (space, device, seq)
);
ALTER TABLE records ALTER COLUMN data SET STORAGE EXTERNAL;

-- At most one snapshot per space: the newest the owner uploaded.
CREATE TABLE snapshots (
    space  BYTEA PRIMARY KEY REFERENCES spaces (id) ON DELETE CASCADE,
    cursor BIGINT NOT NULL CHECK (cursor >= 0),
    data   BYTEA NOT NULL
);
ALTER TABLE snapshots ALTER COLUMN data SET STORAGE EXTERNAL;
