//! A `Store` whose every call fails, as a database on a broken disk would: for the tests that check a storage
//! failure answers a generic 503 and leaks no detail.

use async_trait::async_trait;
use sync_server::store::*;
use sync_server::{Store, StoreError};

/// What the broken disk says; it must never reach a client.
pub const DISK_ERROR: &str = "disk I/O error at /srv/secret";

/// A store that fails, as a database on a broken disk would.
pub struct BrokenStore;

#[async_trait]
impl Store for BrokenStore {
    async fn health(&self) -> Result<(), StoreError> {
        Err(StoreError::database(std::io::Error::other(
            "disk I/O error at /srv/secret",
        )))
    }
    async fn schema_version(&self) -> Result<i64, StoreError> {
        Err(StoreError::database(std::io::Error::other(
            "disk I/O error at /srv/secret",
        )))
    }
    fn location(&self) -> String {
        "nowhere".into()
    }
    async fn close(&self) {}
    async fn space_token(&self, _space: &[u8; 16]) -> Result<Option<[u8; 32]>, StoreError> {
        Err(StoreError::database(std::io::Error::other(
            "disk I/O error at /srv/secret",
        )))
    }
    async fn register_space(
        &self,
        _space: &SpaceId,
        _token_hash: &TokenHash,
        _now_ms: i64,
    ) -> Result<Registered, StoreError> {
        Err(StoreError::database(std::io::Error::other(DISK_ERROR)))
    }
    async fn push(
        &self,
        _space: &SpaceId,
        _records: &[NewRecord],
        _now_ms: i64,
    ) -> Result<PushOutcome, StoreError> {
        Err(StoreError::database(std::io::Error::other(DISK_ERROR)))
    }
    async fn pull(&self, _space: &SpaceId, _after: u64, _limit: u32) -> Result<Pulled, StoreError> {
        Err(StoreError::database(std::io::Error::other(DISK_ERROR)))
    }
    async fn put_snapshot(
        &self,
        _space: &SpaceId,
        _cursor: u64,
        _data: &[u8],
        _now_ms: i64,
    ) -> Result<bool, StoreError> {
        Err(StoreError::database(std::io::Error::other(DISK_ERROR)))
    }
    async fn snapshot(&self, _space: &SpaceId) -> Result<Option<Snapshot>, StoreError> {
        Err(StoreError::database(std::io::Error::other(DISK_ERROR)))
    }
    async fn delete_space(&self, _space: &SpaceId) -> Result<bool, StoreError> {
        Err(StoreError::database(std::io::Error::other(DISK_ERROR)))
    }
    async fn stats(&self) -> Result<Stats, StoreError> {
        Err(StoreError::database(std::io::Error::other(DISK_ERROR)))
    }
    async fn purge(&self, _idle_before_ms: i64) -> Result<PurgeReport, StoreError> {
        Err(StoreError::database(std::io::Error::other(DISK_ERROR)))
    }
    async fn create_share(&self, _share: &sync_server::store::NewShare) -> Result<bool, StoreError> {
        Err(StoreError::database(std::io::Error::other(DISK_ERROR)))
    }
    async fn share_for_owner(
        &self,
        _id: &sync_server::store::ShareId,
        _now_ms: i64,
    ) -> Result<Option<sync_server::store::OwnerShare>, StoreError> {
        Err(StoreError::database(std::io::Error::other(DISK_ERROR)))
    }
    async fn update_share(
        &self,
        _id: &sync_server::store::ShareId,
        _ciphertext: &[u8],
        _now_ms: i64,
    ) -> Result<bool, StoreError> {
        Err(StoreError::database(std::io::Error::other(DISK_ERROR)))
    }
    async fn revoke_share(
        &self,
        _id: &sync_server::store::ShareId,
        _now_ms: i64,
    ) -> Result<bool, StoreError> {
        Err(StoreError::database(std::io::Error::other(DISK_ERROR)))
    }
    async fn share_for_reader(
        &self,
        _id: &sync_server::store::ShareId,
        _now_ms: i64,
    ) -> Result<Option<sync_server::store::ReaderShare>, StoreError> {
        Err(StoreError::database(std::io::Error::other(DISK_ERROR)))
    }
    async fn record_wrong_pin(
        &self,
        _id: &sync_server::store::ShareId,
        _max: u32,
        _now_ms: i64,
    ) -> Result<Option<u32>, StoreError> {
        Err(StoreError::database(std::io::Error::other(DISK_ERROR)))
    }
    async fn log_access(
        &self,
        _id: &sync_server::store::ShareId,
        _access: &sync_server::store::Access,
    ) -> Result<(), StoreError> {
        Err(StoreError::database(std::io::Error::other(DISK_ERROR)))
    }
    async fn add_proposal(
        &self,
        _id: &sync_server::store::ShareId,
        _label: &str,
        _ciphertext: &[u8],
        _now_ms: i64,
    ) -> Result<Option<i64>, StoreError> {
        Err(StoreError::database(std::io::Error::other(DISK_ERROR)))
    }
    async fn delete_proposal(
        &self,
        _id: &sync_server::store::ShareId,
        _proposal: i64,
    ) -> Result<bool, StoreError> {
        Err(StoreError::database(std::io::Error::other(DISK_ERROR)))
    }
    async fn purge_shares(&self, _now_ms: i64) -> Result<u64, StoreError> {
        Err(StoreError::database(std::io::Error::other(DISK_ERROR)))
    }
    async fn create_advisor(
        &self,
        _advisor: &sync_server::store::NewAdvisor,
    ) -> Result<Option<i64>, StoreError> {
        Err(StoreError::database(std::io::Error::other(DISK_ERROR)))
    }
    async fn advisor_by_email(
        &self,
        _email: &str,
    ) -> Result<Option<sync_server::store::Advisor>, StoreError> {
        Err(StoreError::database(std::io::Error::other(DISK_ERROR)))
    }
    async fn create_session(&self, _session: &sync_server::store::NewSession) -> Result<(), StoreError> {
        Err(StoreError::database(std::io::Error::other(DISK_ERROR)))
    }
    async fn session(
        &self,
        _token_hash: &TokenHash,
        _now_ms: i64,
    ) -> Result<Option<sync_server::store::Session>, StoreError> {
        Err(StoreError::database(std::io::Error::other(DISK_ERROR)))
    }
    async fn delete_session(&self, _token_hash: &TokenHash) -> Result<bool, StoreError> {
        Err(StoreError::database(std::io::Error::other(DISK_ERROR)))
    }
    async fn workspace(
        &self,
        _advisor: i64,
        _now_ms: i64,
    ) -> Result<Vec<sync_server::store::WorkspaceShare>, StoreError> {
        Err(StoreError::database(std::io::Error::other(DISK_ERROR)))
    }
}
