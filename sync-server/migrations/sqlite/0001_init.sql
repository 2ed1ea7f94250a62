-- The first schema. The migrator itself creates and fills `schema_migrations`; tables for sync and
-- shares arrive with their API. This one records facts about the installation.
CREATE TABLE server_meta (
    key   TEXT PRIMARY KEY NOT NULL,
    value TEXT NOT NULL
) STRICT;

INSERT INTO server_meta (key, value) VALUES ('created_at', strftime('%Y-%m-%dT%H:%M:%fZ', 'now'));
