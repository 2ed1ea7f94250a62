//! The one implementation of [`Store`](super::Store) both back ends share.
//!
//! Every statement here is portable between SQLite and PostgreSQL: `$n` placeholders (sqlx's SQLite driver
//! reads them too), `INSERT … ON CONFLICT`, `UPDATE … RETURNING`, foreign keys with `ON DELETE CASCADE`.
//! What differs is only the concrete sqlx types and how a writing transaction starts, so [`impl_store!`]
//! writes the trait implementation once and each back end instantiates it with its own pool type. A macro
//! rather than generics because sqlx's generic bounds (higher-ranked `Executor` and `Encode` bounds inside
//! `Send` futures) cost more to read than the body they would share.
//!
//! Each back end provides, as inherent items:
//! - `pool`: the pool reads use;
//! - `async fn begin_write(&self) -> Result<sqlx::Transaction<'static, DB>, StoreError>`: a transaction that
//!   is the only writer of the rows it touches first (SQLite: its single-connection writer pool and
//!   `BEGIN IMMEDIATE`; PostgreSQL: the row lock `UPDATE spaces … RETURNING` takes);
//! - `fn describe(&self) -> String` and `async fn shutdown(&self)` for `location` and `close`;
//! - `async fn push_fast(&self, space, records, now_ms) -> Result<Option<PushOutcome>, StoreError>`: a
//!   quicker way to push that may decline (`Ok(None)`, e.g. when the push holds a duplicate), after which
//!   the portable way runs.
//!
//! Numbers: cursors and times are `BIGINT`/`INTEGER` (`i64`); a cursor never comes near 2^63. A record's
//! `seq` is the client's `u64`, stored bit for bit as `i64` (numbers from 2^63 become negative) because only
//! equality matters for it and both databases lack an unsigned 64-bit type.

use super::StoreError;

/// Checks that the database answers and its schema can be read.
pub(super) const HEALTH: &str = "SELECT 1";
/// The newest applied migration.
pub(super) const SCHEMA_VERSION: &str = "SELECT COALESCE(MAX(version), 0) FROM schema_migrations";

/// Creates a space unless one with this id exists.
pub(super) const INSERT_SPACE: &str = "INSERT INTO spaces \
     (id, token_hash, newest_cursor, compacted_through, created_ms, last_used_ms) \
     VALUES ($1, $2, 0, 0, $3, $3) ON CONFLICT (id) DO NOTHING";
/// A space's token hash.
pub(super) const SPACE_TOKEN: &str = "SELECT token_hash FROM spaces WHERE id = $1";
/// Marks a space as used now and returns its newest cursor. In PostgreSQL this also locks the space's row
/// until the transaction ends, which serialises pushes and snapshots of one space.
pub(super) const TOUCH_SPACE: &str =
    "UPDATE spaces SET last_used_ms = $2 WHERE id = $1 RETURNING newest_cursor";
/// Stores one record unless its `(device, seq)` is already there. The conflict target names that key only,
/// so a clash on `(space, cursor)` (which the serialisation rules out) would be an error, not a silent skip.
pub(super) const INSERT_RECORD: &str = "INSERT INTO records (space, cursor, device, seq, data) \
     VALUES ($1, $2, $3, $4, $5) ON CONFLICT (space, device, seq) DO NOTHING";
/// Records one multi-row insert stores at most: 4 parameters each plus the space stay far below both
/// databases' parameter limits (SQLite 32,766, PostgreSQL 65,535), and a push's 1,000 records take 10
/// statements instead of 1,000.
pub(super) const INSERT_CHUNK: usize = 100;

/// [`INSERT_RECORD`] for `rows` (1 to [`INSERT_CHUNK`]) records at once: `$1` is the space, then cursor,
/// device, seq and data of each record. The same conflict rule, so a duplicate is skipped, not an error (the
/// caller sees it in the count of stored rows). Built once, from placeholders only, so each is a `'static`
/// statement sqlx can prepare and cache like the literal ones.
pub(super) fn insert_records(rows: usize) -> &'static str {
    static STATEMENTS: std::sync::LazyLock<Vec<String>> = std::sync::LazyLock::new(|| {
        (1..=INSERT_CHUNK)
            .map(|rows| {
                let values: Vec<String> = (0..rows)
                    .map(|row| {
                        let first = 2 + row * 4;
                        format!("($1, ${first}, ${}, ${}, ${})", first + 1, first + 2, first + 3)
                    })
                    .collect();
                format!(
                    "INSERT INTO records (space, cursor, device, seq, data) VALUES {} \
                     ON CONFLICT (space, device, seq) DO NOTHING",
                    values.join(", ")
                )
            })
            .collect()
    });
    let index = rows.clamp(1, INSERT_CHUNK) - 1;
    &STATEMENTS[index]
}

/// Deletes a space's records after a cursor: those a push's multi-row insert stored before it found a
/// duplicate among them (same transaction, so nobody saw them).
pub(super) const DELETE_AFTER: &str = "DELETE FROM records WHERE space = $1 AND cursor > $2";
/// Moves the space's newest cursor after a push.
pub(super) const SET_NEWEST: &str = "UPDATE spaces SET newest_cursor = $2 WHERE id = $1";
/// One statement, so it reads one consistent state even under PostgreSQL's READ COMMITTED: the space's
/// compaction mark and (only when `after` is not compacted) up to `$3` records after `after`. One row with
/// NULL record columns when there are none; no row when the space does not exist.
pub(super) const PULL: &str = "SELECT s.compacted_through, r.cursor, r.device, r.seq, r.data \
     FROM spaces s LEFT JOIN records r \
       ON r.space = s.id AND r.cursor > $2 AND $2 >= s.compacted_through \
     WHERE s.id = $1 ORDER BY r.cursor LIMIT $3";
/// Keeps the snapshot unless the stored one has a newer cursor (an equal one is replaced: a re-upload).
pub(super) const UPSERT_SNAPSHOT: &str = "INSERT INTO snapshots (space, cursor, data) VALUES ($1, $2, $3) \
     ON CONFLICT (space) DO UPDATE SET cursor = excluded.cursor, data = excluded.data \
     WHERE excluded.cursor >= snapshots.cursor";
/// A space's snapshot.
pub(super) const SNAPSHOT: &str = "SELECT cursor, data FROM snapshots WHERE space = $1";
/// Deletes a space; its records and snapshot go with it (`ON DELETE CASCADE`).
pub(super) const DELETE_SPACE: &str = "DELETE FROM spaces WHERE id = $1";
/// Counts for `admin stats` (also of the share tables, see `share_sql.rs`). `length` of a BLOB/bytea is its size in bytes in both databases.
pub(super) const STATS: &str = "SELECT \
     (SELECT COUNT(*) FROM spaces), \
     (SELECT COUNT(*) FROM records), \
     (SELECT COALESCE(SUM(length(data)), 0) FROM records), \
     (SELECT COUNT(*) FROM snapshots), \
     (SELECT COALESCE(SUM(length(data)), 0) FROM snapshots), \
     (SELECT COUNT(*) FROM shares), \
     (SELECT COALESCE(SUM(length(ciphertext)), 0) FROM shares), \
     (SELECT COUNT(*) FROM proposals), \
     (SELECT COUNT(*) FROM advisors), \
     (SELECT COUNT(*) FROM sessions)";
/// Deletes idle spaces with all their data (cascade). In PostgreSQL a space a push is writing right now is
/// locked; the delete waits and then re-checks `last_used_ms`, so a space in use is never purged.
pub(super) const PURGE_IDLE: &str = "DELETE FROM spaces WHERE last_used_ms < $1";
/// Raises each space's compaction mark to its snapshot's cursor. This runs before the records are deleted,
/// so the mark always covers every deleted record, and both changes commit together.
pub(super) const RAISE_COMPACTED: &str = "UPDATE spaces \
     SET compacted_through = (SELECT cursor FROM snapshots WHERE snapshots.space = spaces.id) \
     WHERE EXISTS (SELECT 1 FROM snapshots \
                   WHERE snapshots.space = spaces.id AND snapshots.cursor > spaces.compacted_through)";
/// Deletes the records a space's compaction mark covers.
pub(super) const DELETE_COMPACTED: &str = "DELETE FROM records \
     WHERE cursor <= (SELECT compacted_through FROM spaces WHERE spaces.id = records.space)";

/// A cursor or count read from the database; negative would mean a damaged database.
pub(super) fn to_u64(value: i64) -> Result<u64, StoreError> {
    u64::try_from(value).map_err(StoreError::database)
}

/// A cursor from a client as the database stores it. Past `i64::MAX` no cursor can exist, so clamping keeps
/// every comparison right.
pub(super) fn cursor_to_db(cursor: u64) -> i64 {
    i64::try_from(cursor).unwrap_or(i64::MAX)
}

/// A cursor the server assigns, as the database stores it.
pub(super) fn new_cursor_to_db(cursor: u64) -> Result<i64, StoreError> {
    i64::try_from(cursor).map_err(StoreError::database)
}

/// A `seq` as stored: the same 64 bits (see the module docs).
pub(super) fn seq_to_db(seq: u64) -> i64 {
    seq as i64
}

/// A stored `seq` back as the client's number.
pub(super) fn seq_from_db(seq: i64) -> u64 {
    seq as u64
}

/// A small count read from the database (wrong PINs); out of range would mean a damaged database.
pub(super) fn to_u32(value: i64) -> Result<u32, StoreError> {
    u32::try_from(value).map_err(StoreError::database)
}

/// A fixed-size id read from a BLOB/bytea column.
pub(super) fn bytes_from_db<const N: usize>(bytes: Vec<u8>) -> Result<[u8; N], StoreError> {
    <[u8; N]>::try_from(bytes).map_err(|bytes| {
        StoreError::database(format!("a stored id has {} bytes instead of {N}", bytes.len()))
    })
}

/// Writes `impl Store for $store` from the statements above; see the module docs for what `$store` provides.
macro_rules! impl_store {
    ($store:ty) => {
        #[async_trait::async_trait]
        impl $crate::store::Store for $store {
            async fn health(&self) -> Result<(), StoreError> {
                sqlx::query(sync_sql::HEALTH)
                    .execute(&self.pool)
                    .await
                    .map_err(StoreError::database)?;
                self.schema_version().await.map(|_| ())
            }

            async fn schema_version(&self) -> Result<i64, StoreError> {
                sqlx::query_scalar(sync_sql::SCHEMA_VERSION)
                    .fetch_one(&self.pool)
                    .await
                    .map_err(StoreError::database)
            }

            fn location(&self) -> String {
                self.describe()
            }

            async fn close(&self) {
                self.shutdown().await;
            }

            async fn register_space(
                &self,
                space: &SpaceId,
                token_hash: &TokenHash,
                now_ms: i64,
            ) -> Result<Registered, StoreError> {
                let mut tx = self.begin_write().await?;
                let inserted = sqlx::query(sync_sql::INSERT_SPACE)
                    .bind(&space[..])
                    .bind(&token_hash[..])
                    .bind(now_ms)
                    .execute(&mut *tx)
                    .await
                    .map_err(StoreError::database)?;
                let outcome = if inserted.rows_affected() == 1 {
                    Registered::Created
                } else {
                    // The space exists; `TOUCH_SPACE` locks it in PostgreSQL, so the hash read next is the
                    // one a concurrent delete or re-registration would have to wait for.
                    let touched: Option<i64> = sqlx::query_scalar(sync_sql::TOUCH_SPACE)
                        .bind(&space[..])
                        .bind(now_ms)
                        .fetch_optional(&mut *tx)
                        .await
                        .map_err(StoreError::database)?;
                    if touched.is_none() {
                        return Err(StoreError::UnknownSpace);
                    }
                    let stored: Vec<u8> = sqlx::query_scalar(sync_sql::SPACE_TOKEN)
                        .bind(&space[..])
                        .fetch_one(&mut *tx)
                        .await
                        .map_err(StoreError::database)?;
                    if stored == token_hash[..] {
                        Registered::Existing
                    } else {
                        // Dropping the transaction rolls the touch back: a wrong token is no use.
                        return Ok(Registered::TokenMismatch);
                    }
                };
                tx.commit().await.map_err(StoreError::database)?;
                Ok(outcome)
            }

            async fn space_token(&self, space: &SpaceId) -> Result<Option<TokenHash>, StoreError> {
                let stored: Option<Vec<u8>> = sqlx::query_scalar(sync_sql::SPACE_TOKEN)
                    .bind(&space[..])
                    .fetch_optional(&self.pool)
                    .await
                    .map_err(StoreError::database)?;
                stored.map(sync_sql::bytes_from_db).transpose()
            }

            async fn push(
                &self,
                space: &SpaceId,
                records: &[NewRecord],
                now_ms: i64,
            ) -> Result<PushOutcome, StoreError> {
                if let Some(outcome) = self.push_fast(space, records, now_ms).await? {
                    return Ok(outcome);
                }
                let mut tx = self.begin_write().await?;
                let newest: Option<i64> = sqlx::query_scalar(sync_sql::TOUCH_SPACE)
                    .bind(&space[..])
                    .bind(now_ms)
                    .fetch_optional(&mut *tx)
                    .await
                    .map_err(StoreError::database)?;
                let mut cursor = sync_sql::to_u64(newest.ok_or(StoreError::UnknownSpace)?)?;
                let (mut stored, mut duplicates) = (0_u32, 0_u32);
                for chunk in records.chunks(sync_sql::INSERT_CHUNK) {
                    // Fast path: the whole chunk in one statement, cursors numbered in order after the
                    // newest. All stored means the cursors are dense; this transaction is the space's only
                    // writer, so nothing else can have taken them.
                    let mut query = sqlx::query(sync_sql::insert_records(chunk.len())).bind(&space[..]);
                    for (offset, record) in (1_u64..).zip(chunk) {
                        query = query
                            .bind(sync_sql::new_cursor_to_db(cursor + offset)?)
                            .bind(&record.device[..])
                            .bind(sync_sql::seq_to_db(record.seq))
                            .bind(&record.data[..]);
                    }
                    let inserted = query
                        .execute(&mut *tx)
                        .await
                        .map_err(StoreError::database)?
                        .rows_affected();
                    if inserted == chunk.len() as u64 {
                        cursor += inserted;
                        stored += chunk.len() as u32;
                        continue;
                    }
                    // Some were stored already (a retried push, or the same record twice in this one): the
                    // stored rows of this chunk would leave gaps in the cursors. Take them out again and
                    // store the chunk one record at a time, which numbers only the new ones.
                    sqlx::query(sync_sql::DELETE_AFTER)
                        .bind(&space[..])
                        .bind(sync_sql::new_cursor_to_db(cursor)?)
                        .execute(&mut *tx)
                        .await
                        .map_err(StoreError::database)?;
                    for record in chunk {
                        let inserted = sqlx::query(sync_sql::INSERT_RECORD)
                            .bind(&space[..])
                            .bind(sync_sql::new_cursor_to_db(cursor + 1)?)
                            .bind(&record.device[..])
                            .bind(sync_sql::seq_to_db(record.seq))
                            .bind(&record.data[..])
                            .execute(&mut *tx)
                            .await
                            .map_err(StoreError::database)?;
                        if inserted.rows_affected() == 1 {
                            cursor += 1;
                            stored += 1;
                        } else {
                            duplicates += 1;
                        }
                    }
                }
                if stored > 0 {
                    sqlx::query(sync_sql::SET_NEWEST)
                        .bind(&space[..])
                        .bind(sync_sql::new_cursor_to_db(cursor)?)
                        .execute(&mut *tx)
                        .await
                        .map_err(StoreError::database)?;
                }
                tx.commit().await.map_err(StoreError::database)?;
                Ok(PushOutcome {
                    cursor,
                    stored,
                    duplicates,
                })
            }

            async fn pull(&self, space: &SpaceId, after: u64, limit: u32) -> Result<Pulled, StoreError> {
                type Row = (
                    i64,
                    Option<i64>,
                    Option<Vec<u8>>,
                    Option<i64>,
                    Option<Vec<u8>>,
                );
                let after_db = sync_sql::cursor_to_db(after);
                let rows: Vec<Row> = sqlx::query_as(sync_sql::PULL)
                    .bind(&space[..])
                    .bind(after_db)
                    // One more than asked tells whether more follow.
                    .bind(i64::from(limit) + 1)
                    .fetch_all(&self.pool)
                    .await
                    .map_err(StoreError::database)?;
                let Some(&(compacted_through, ..)) = rows.first() else {
                    return Err(StoreError::UnknownSpace);
                };
                if after_db < compacted_through {
                    return Ok(Pulled::Compacted);
                }
                let mut records = Vec::with_capacity(rows.len());
                for row in rows {
                    if let (_, Some(cursor), Some(device), Some(seq), Some(data)) = row {
                        records.push(StoredRecord {
                            cursor: sync_sql::to_u64(cursor)?,
                            device: sync_sql::bytes_from_db(device)?,
                            seq: sync_sql::seq_from_db(seq),
                            data,
                        });
                    }
                }
                let more = records.len() > limit as usize;
                records.truncate(limit as usize);
                Ok(Pulled::Records { records, more })
            }

            async fn put_snapshot(
                &self,
                space: &SpaceId,
                cursor: u64,
                data: &[u8],
                now_ms: i64,
            ) -> Result<bool, StoreError> {
                let mut tx = self.begin_write().await?;
                let newest: Option<i64> = sqlx::query_scalar(sync_sql::TOUCH_SPACE)
                    .bind(&space[..])
                    .bind(now_ms)
                    .fetch_optional(&mut *tx)
                    .await
                    .map_err(StoreError::database)?;
                let newest = sync_sql::to_u64(newest.ok_or(StoreError::UnknownSpace)?)?;
                if cursor > newest {
                    return Err(StoreError::CursorAhead { cursor, newest });
                }
                let kept = sqlx::query(sync_sql::UPSERT_SNAPSHOT)
                    .bind(&space[..])
                    .bind(sync_sql::new_cursor_to_db(cursor)?)
                    .bind(data)
                    .execute(&mut *tx)
                    .await
                    .map_err(StoreError::database)?
                    .rows_affected()
                    == 1;
                tx.commit().await.map_err(StoreError::database)?;
                Ok(kept)
            }

            async fn snapshot(&self, space: &SpaceId) -> Result<Option<Snapshot>, StoreError> {
                let row: Option<(i64, Vec<u8>)> = sqlx::query_as(sync_sql::SNAPSHOT)
                    .bind(&space[..])
                    .fetch_optional(&self.pool)
                    .await
                    .map_err(StoreError::database)?;
                row.map(|(cursor, data)| {
                    Ok(Snapshot {
                        cursor: sync_sql::to_u64(cursor)?,
                        data,
                    })
                })
                .transpose()
            }

            async fn delete_space(&self, space: &SpaceId) -> Result<bool, StoreError> {
                let mut tx = self.begin_write().await?;
                let deleted = sqlx::query(sync_sql::DELETE_SPACE)
                    .bind(&space[..])
                    .execute(&mut *tx)
                    .await
                    .map_err(StoreError::database)?
                    .rows_affected();
                tx.commit().await.map_err(StoreError::database)?;
                Ok(deleted > 0)
            }

            async fn stats(&self) -> Result<Stats, StoreError> {
                let counts: [i64; 10] = {
                    let row: (i64, i64, i64, i64, i64, i64, i64, i64, i64, i64) =
                        sqlx::query_as(sync_sql::STATS)
                            .fetch_one(&self.pool)
                            .await
                            .map_err(StoreError::database)?;
                    [
                        row.0, row.1, row.2, row.3, row.4, row.5, row.6, row.7, row.8, row.9,
                    ]
                };
                let [
                    spaces,
                    records,
                    record_bytes,
                    snapshots,
                    snapshot_bytes,
                    shares,
                    share_bytes,
                    proposals,
                    advisors,
                    sessions,
                ] = counts.map(sync_sql::to_u64);
                Ok(Stats {
                    spaces: spaces?,
                    records: records?,
                    record_bytes: record_bytes?,
                    snapshots: snapshots?,
                    snapshot_bytes: snapshot_bytes?,
                    shares: shares?,
                    share_bytes: share_bytes?,
                    proposals: proposals?,
                    advisors: advisors?,
                    sessions: sessions?,
                })
            }

            async fn purge(&self, idle_before_ms: i64) -> Result<PurgeReport, StoreError> {
                let mut tx = self.begin_write().await?;
                let idle_spaces = sqlx::query(sync_sql::PURGE_IDLE)
                    .bind(idle_before_ms)
                    .execute(&mut *tx)
                    .await
                    .map_err(StoreError::database)?
                    .rows_affected();
                sqlx::query(sync_sql::RAISE_COMPACTED)
                    .execute(&mut *tx)
                    .await
                    .map_err(StoreError::database)?;
                let compacted_records = sqlx::query(sync_sql::DELETE_COMPACTED)
                    .execute(&mut *tx)
                    .await
                    .map_err(StoreError::database)?
                    .rows_affected();
                tx.commit().await.map_err(StoreError::database)?;
                Ok(PurgeReport {
                    compacted_records,
                    idle_spaces,
                })
            }

            async fn create_share(&self, share: &NewShare) -> Result<bool, StoreError> {
                let mut tx = self.begin_write().await?;
                let inserted = sqlx::query(share_sql::INSERT_SHARE)
                    .bind(&share.id[..])
                    .bind(&share.owner_token_hash[..])
                    .bind(&share.ciphertext[..])
                    .bind(share.pin_hash.as_deref())
                    .bind(share.live)
                    .bind(share.writable)
                    .bind(share.created_ms)
                    .bind(share.expires_ms)
                    .execute(&mut *tx)
                    .await
                    .map_err(StoreError::database)?
                    .rows_affected();
                tx.commit().await.map_err(StoreError::database)?;
                Ok(inserted == 1)
            }

            async fn share_for_owner(
                &self,
                id: &ShareId,
                now_ms: i64,
            ) -> Result<Option<OwnerShare>, StoreError> {
                type Row = (Vec<u8>, Option<i64>, i64, bool, bool, i64, bool);
                let row: Option<Row> = sqlx::query_as(share_sql::OWNER_SHARE)
                    .bind(&id[..])
                    .fetch_optional(&self.pool)
                    .await
                    .map_err(StoreError::database)?;
                let Some((owner_token_hash, revoked_ms, failed_pins, live, writable, expires_ms, has_pin)) =
                    row
                else {
                    return Ok(None);
                };
                let failed_pins = sync_sql::to_u32(failed_pins)?;
                // One state when several apply: a revoke is the owner's own decision; a disabled share was
                // attacked (or mistyped) and stays disabled, which matters more to the owner than its date.
                let state = if revoked_ms.is_some() {
                    ShareState::Revoked
                } else if failed_pins >= MAX_PIN_ATTEMPTS {
                    ShareState::Disabled
                } else if expires_ms <= now_ms {
                    ShareState::Expired
                } else {
                    ShareState::Active
                };
                let access: Vec<(i64, String, Option<i64>)> = sqlx::query_as(share_sql::ACCESS_LOG)
                    .bind(&id[..])
                    .fetch_all(&self.pool)
                    .await
                    .map_err(StoreError::database)?;
                let proposals: Vec<(i64, i64, String, Vec<u8>)> = sqlx::query_as(share_sql::PROPOSALS)
                    .bind(&id[..])
                    .fetch_all(&self.pool)
                    .await
                    .map_err(StoreError::database)?;
                Ok(Some(OwnerShare {
                    owner_token_hash: sync_sql::bytes_from_db(owner_token_hash)?,
                    state,
                    live,
                    writable,
                    expires_ms,
                    failed_pins,
                    has_pin,
                    access: access
                        .into_iter()
                        .map(|(at_ms, label, advisor)| Access {
                            at_ms,
                            label,
                            advisor,
                        })
                        .collect(),
                    proposals: proposals
                        .into_iter()
                        .map(|(id, at_ms, label, ciphertext)| Proposal {
                            id,
                            at_ms,
                            label,
                            ciphertext,
                        })
                        .collect(),
                }))
            }

            async fn update_share(
                &self,
                id: &ShareId,
                ciphertext: &[u8],
                now_ms: i64,
            ) -> Result<bool, StoreError> {
                let mut tx = self.begin_write().await?;
                let updated = sqlx::query(share_sql::UPDATE_SHARE)
                    .bind(&id[..])
                    .bind(ciphertext)
                    .bind(now_ms)
                    .bind(i64::from(MAX_PIN_ATTEMPTS))
                    .execute(&mut *tx)
                    .await
                    .map_err(StoreError::database)?
                    .rows_affected();
                tx.commit().await.map_err(StoreError::database)?;
                Ok(updated == 1)
            }

            async fn revoke_share(&self, id: &ShareId, now_ms: i64) -> Result<bool, StoreError> {
                // One transaction: no reader ever sees the share revoked with its entries or proposals left.
                let mut tx = self.begin_write().await?;
                let revoked = sqlx::query(share_sql::REVOKE_SHARE)
                    .bind(&id[..])
                    .bind(now_ms)
                    .execute(&mut *tx)
                    .await
                    .map_err(StoreError::database)?
                    .rows_affected();
                if revoked == 0 {
                    return Ok(false);
                }
                sqlx::query(share_sql::DELETE_PROPOSALS)
                    .bind(&id[..])
                    .execute(&mut *tx)
                    .await
                    .map_err(StoreError::database)?;
                tx.commit().await.map_err(StoreError::database)?;
                Ok(true)
            }

            async fn share_for_reader(
                &self,
                id: &ShareId,
                now_ms: i64,
            ) -> Result<Option<ReaderShare>, StoreError> {
                type Row = (Option<Vec<u8>>, Option<String>, i64, bool, i64, i64);
                let row: Option<Row> = sqlx::query_as(share_sql::READER_SHARE)
                    .bind(&id[..])
                    .bind(now_ms)
                    .bind(i64::from(MAX_PIN_ATTEMPTS))
                    .fetch_optional(&self.pool)
                    .await
                    .map_err(StoreError::database)?;
                let Some((ciphertext, pin_hash, failed_pins, writable, expires_ms, updated_ms)) = row else {
                    return Ok(None);
                };
                // The schema ties a NULL ciphertext to a revoke, which the query excludes.
                let ciphertext =
                    ciphertext.ok_or_else(|| StoreError::database("an active share has no ciphertext"))?;
                Ok(Some(ReaderShare {
                    ciphertext,
                    pin_hash,
                    failed_pins: sync_sql::to_u32(failed_pins)?,
                    writable,
                    expires_ms,
                    updated_ms,
                }))
            }

            async fn record_wrong_pin(
                &self,
                id: &ShareId,
                max: u32,
                now_ms: i64,
            ) -> Result<Option<u32>, StoreError> {
                let mut tx = self.begin_write().await?;
                let count: Option<i64> = sqlx::query_scalar(share_sql::WRONG_PIN)
                    .bind(&id[..])
                    .bind(i64::from(max))
                    .bind(now_ms)
                    .fetch_optional(&mut *tx)
                    .await
                    .map_err(StoreError::database)?;
                tx.commit().await.map_err(StoreError::database)?;
                count.map(sync_sql::to_u32).transpose()
            }

            async fn log_access(&self, id: &ShareId, access: &Access) -> Result<(), StoreError> {
                let mut tx = self.begin_write().await?;
                sqlx::query(share_sql::INSERT_ACCESS)
                    .bind(&id[..])
                    .bind(access.at_ms)
                    .bind(&access.label)
                    .bind(access.advisor)
                    .execute(&mut *tx)
                    .await
                    .map_err(StoreError::database)?;
                if let Some(advisor) = access.advisor {
                    sqlx::query(share_sql::UPSERT_WORKSPACE)
                        .bind(&id[..])
                        .bind(advisor)
                        .bind(access.at_ms)
                        .execute(&mut *tx)
                        .await
                        .map_err(StoreError::database)?;
                }
                tx.commit().await.map_err(StoreError::database)
            }

            async fn add_proposal(
                &self,
                id: &ShareId,
                label: &str,
                ciphertext: &[u8],
                now_ms: i64,
            ) -> Result<Option<i64>, StoreError> {
                let mut tx = self.begin_write().await?;
                // Locks the share (PostgreSQL), so the count below cannot race with another proposal and
                // a revoke cannot slip between the check and the insert.
                let active: Option<Vec<u8>> = sqlx::query_scalar(share_sql::LOCK_ACTIVE_SHARE)
                    .bind(&id[..])
                    .bind(now_ms)
                    .bind(i64::from(MAX_PIN_ATTEMPTS))
                    .fetch_optional(&mut *tx)
                    .await
                    .map_err(StoreError::database)?;
                if active.is_none() {
                    return Ok(None);
                }
                let waiting: i64 = sqlx::query_scalar(share_sql::COUNT_PROPOSALS)
                    .bind(&id[..])
                    .fetch_one(&mut *tx)
                    .await
                    .map_err(StoreError::database)?;
                if waiting >= i64::from(MAX_PROPOSALS) {
                    return Ok(None);
                }
                let proposal: i64 = sqlx::query_scalar(share_sql::INSERT_PROPOSAL)
                    .bind(&id[..])
                    .bind(now_ms)
                    .bind(label)
                    .bind(ciphertext)
                    .fetch_one(&mut *tx)
                    .await
                    .map_err(StoreError::database)?;
                tx.commit().await.map_err(StoreError::database)?;
                Ok(Some(proposal))
            }

            async fn delete_proposal(&self, id: &ShareId, proposal: i64) -> Result<bool, StoreError> {
                let mut tx = self.begin_write().await?;
                let deleted = sqlx::query(share_sql::DELETE_PROPOSAL)
                    .bind(&id[..])
                    .bind(proposal)
                    .execute(&mut *tx)
                    .await
                    .map_err(StoreError::database)?
                    .rows_affected();
                tx.commit().await.map_err(StoreError::database)?;
                Ok(deleted > 0)
            }

            async fn purge_shares(&self, now_ms: i64) -> Result<u64, StoreError> {
                let mut tx = self.begin_write().await?;
                let shares = sqlx::query(share_sql::PURGE_SHARES)
                    .bind(now_ms)
                    .execute(&mut *tx)
                    .await
                    .map_err(StoreError::database)?
                    .rows_affected();
                sqlx::query(share_sql::PURGE_SESSIONS)
                    .bind(now_ms)
                    .execute(&mut *tx)
                    .await
                    .map_err(StoreError::database)?;
                tx.commit().await.map_err(StoreError::database)?;
                Ok(shares)
            }

            async fn create_advisor(&self, advisor: &NewAdvisor) -> Result<Option<i64>, StoreError> {
                let mut tx = self.begin_write().await?;
                let id: Option<i64> = sqlx::query_scalar(share_sql::INSERT_ADVISOR)
                    .bind(&advisor.email)
                    .bind(share_sql::email_key(&advisor.email))
                    .bind(&advisor.name)
                    .bind(&advisor.organisation)
                    .bind(&advisor.password_hash)
                    .bind(advisor.created_ms)
                    .fetch_optional(&mut *tx)
                    .await
                    .map_err(StoreError::database)?;
                tx.commit().await.map_err(StoreError::database)?;
                Ok(id)
            }

            async fn advisor_by_email(&self, email: &str) -> Result<Option<Advisor>, StoreError> {
                let row: Option<(i64, String, String, String, String)> =
                    sqlx::query_as(share_sql::ADVISOR_BY_EMAIL)
                        .bind(share_sql::email_key(email))
                        .fetch_optional(&self.pool)
                        .await
                        .map_err(StoreError::database)?;
                Ok(
                    row.map(|(id, email, name, organisation, password_hash)| Advisor {
                        id,
                        email,
                        name,
                        organisation,
                        password_hash,
                    }),
                )
            }

            async fn create_session(&self, session: &NewSession) -> Result<(), StoreError> {
                let mut tx = self.begin_write().await?;
                sqlx::query(share_sql::INSERT_SESSION)
                    .bind(&session.token_hash[..])
                    .bind(session.advisor)
                    .bind(&session.csrf)
                    .bind(session.created_ms)
                    .bind(session.expires_ms)
                    .execute(&mut *tx)
                    .await
                    .map_err(StoreError::database)?;
                tx.commit().await.map_err(StoreError::database)
            }

            async fn session(
                &self,
                token_hash: &TokenHash,
                now_ms: i64,
            ) -> Result<Option<Session>, StoreError> {
                type Row = (i64, String, String, String, String, String, i64);
                let row: Option<Row> = sqlx::query_as(share_sql::SESSION)
                    .bind(&token_hash[..])
                    .bind(now_ms)
                    .fetch_optional(&self.pool)
                    .await
                    .map_err(StoreError::database)?;
                Ok(row.map(
                    |(id, email, name, organisation, password_hash, csrf, expires_ms)| Session {
                        advisor: Advisor {
                            id,
                            email,
                            name,
                            organisation,
                            password_hash,
                        },
                        csrf,
                        expires_ms,
                    },
                ))
            }

            async fn delete_session(&self, token_hash: &TokenHash) -> Result<bool, StoreError> {
                let mut tx = self.begin_write().await?;
                let deleted = sqlx::query(share_sql::DELETE_SESSION)
                    .bind(&token_hash[..])
                    .execute(&mut *tx)
                    .await
                    .map_err(StoreError::database)?
                    .rows_affected();
                tx.commit().await.map_err(StoreError::database)?;
                Ok(deleted > 0)
            }

            async fn workspace(&self, advisor: i64, now_ms: i64) -> Result<Vec<WorkspaceShare>, StoreError> {
                let rows: Vec<(Vec<u8>, i64, i64)> = sqlx::query_as(share_sql::WORKSPACE)
                    .bind(advisor)
                    .bind(now_ms)
                    .bind(i64::from(MAX_PIN_ATTEMPTS))
                    .fetch_all(&self.pool)
                    .await
                    .map_err(StoreError::database)?;
                rows.into_iter()
                    .map(|(id, opened_ms, expires_ms)| {
                        Ok(WorkspaceShare {
                            id: sync_sql::bytes_from_db(id)?,
                            opened_ms,
                            expires_ms,
                        })
                    })
                    .collect()
            }
        }
    };
}

pub(super) use impl_store;
