-- Sync spaces (SYNC.md). The server stores sealed blobs it cannot read, their order, and the hash of each
-- space's bearer token; never the token, never anything in clear.

-- One row per space. `newest_cursor` is the cursor of its newest record (0: none yet); `compacted_through`
-- the newest cursor whose records a purge may have deleted because the snapshot covers them. Times are
-- Unix milliseconds; `last_used_ms` decides when an idle space is purged.
CREATE TABLE spaces (
    id                BLOB PRIMARY KEY NOT NULL CHECK (length(id) = 16),
    token_hash        BLOB NOT NULL CHECK (length(token_hash) = 32),
    newest_cursor     INTEGER NOT NULL DEFAULT 0 CHECK (newest_cursor >= 0),
    compacted_through INTEGER NOT NULL DEFAULT 0 CHECK (compacted_through >= 0),
    created_ms        INTEGER NOT NULL,
    last_used_ms      INTEGER NOT NULL
) STRICT;

CREATE INDEX spaces_last_used ON spaces (last_used_ms);

-- The log. `seq` holds the client's u64 bit for bit (see store/sync_sql.rs). A rowid table, not WITHOUT
-- ROWID: blobs reach 256 KiB, and SQLite advises rowid tables for rows that large.
CREATE TABLE records (
    space  BLOB NOT NULL REFERENCES spaces (id) ON DELETE CASCADE,
    cursor INTEGER NOT NULL CHECK (cursor > 0),
    device BLOB NOT NULL CHECK (length(device) = 8),
    seq    INTEGER NOT NULL,
    data   BLOB NOT NULL,
    PRIMARY KEY (space, cursor),
    UNIQUE (space, device, seq)
) STRICT;

-- At most one snapshot per space: the newest the owner uploaded.
CREATE TABLE snapshots (
    space  BLOB PRIMARY KEY NOT NULL REFERENCES spaces (id) ON DELETE CASCADE,
    cursor INTEGER NOT NULL CHECK (cursor >= 0),
    data   BLOB NOT NULL
) STRICT;
