//! The data keys' lifecycle: loaded (or created) at start, rows from before
//! encryption sealed at start, and rotation to a new key while servers run
//! (see `vault` for the format and `db::customers` for the door).
use crate::audit::{self, Entry};
use crate::auth::RequestMeta;
use crate::db::customers::{self, Resealed};
use crate::db::entity::customer;
use crate::db::Db;
use crate::error::{AppError, AppResult};
use crate::service::Services;
use crate::vault::{Vault, VaultError, PREFIX, RECHECK};
use sea_orm::{ColumnTrait, EntityTrait, PaginatorTrait, QueryFilter};
use std::path::Path;

/// Customers re-sealed per transaction.
const BATCH: u64 = 500;

/// The data keys in `path`, created if there is no file and no sealed row
/// (a new installation); a missing file with sealed rows is an error, since
/// a new key would not open them.
pub async fn load_vault(db: &Db, path: &Path) -> AppResult<Vault> {
    let internal = |e: VaultError| AppError::internal_msg(e.to_string());
    if path.exists() {
        return Vault::load(path).map_err(internal);
    }
    let sealed = customer::Entity::find()
        .filter(customer::Column::Phone.starts_with(PREFIX))
        .count(db.conn())
        .await?;
    if sealed > 0 {
        return Err(AppError::internal_msg(format!(
            "the data key file {} is missing; {sealed} customers are sealed with its keys \
             (restore the file, or set KESU_DATA_KEY_FILE to it)",
            path.display()
        )));
    }
    match Vault::create(path) {
        Ok(v) => {
            tracing::warn!(path = %path.display(), key = %v.current_key_id(), "created the data key file; keep a copy outside the database's backups");
            Ok(v)
        }
        // another process created it meanwhile
        Err(VaultError::Exists(_)) => Vault::load(path).map_err(internal),
        Err(e) => Err(internal(e)),
    }
}

/// What one pass over the customers did.
#[derive(Debug, Default, Clone, Copy, PartialEq, Eq)]
pub struct Pass {
    pub scanned: u64,
    pub resealed: u64,
}

impl Services {
    /// One pass over every customer, re-sealing in batches (each its own
    /// transaction) the rows not sealed with the current key.
    pub async fn reseal_customers(&self) -> AppResult<Pass> {
        let mut pass = Pass::default();
        let mut after = 0;
        loop {
            let tx = self.db.write_tx().await?;
            let Resealed {
                scanned,
                resealed,
                last_id,
            } = customers::reseal_batch(&*tx, &self.vault, after, BATCH).await?;
            tx.commit().await?;
            pass.scanned += scanned;
            pass.resealed += resealed;
            after = last_id;
            if scanned < BATCH {
                return Ok(pass);
            }
        }
    }

    /// Seal what was written before encryption (at start; usually nothing).
    pub async fn seal_plaintext_customers(&self) -> AppResult<()> {
        let plain = customer::Entity::find()
            .filter(customer::Column::PhoneIndex.is_null())
            .count(self.db.conn())
            .await?;
        if plain == 0 {
            return Ok(());
        }
        let pass = self.reseal_customers().await?;
        tracing::info!(
            customers = pass.resealed,
            "sealed customers' personal fields written before encryption"
        );
        Ok(())
    }

    /// `kesu keys rotate`: a new data key seals from now on; every customer
    /// is re-sealed with it, pass after pass until a pass finds none left.
    /// The passes start once every running server has looked at the key
    /// file again (they do every [`RECHECK`]), so nothing a server seals
    /// with the old key afterwards is missed. The rotation is recorded in
    /// the trail.
    /// Returns the old and new key ids and the rows re-sealed.
    pub async fn rotate_data_key(&self) -> AppResult<(String, String, u64)> {
        let old = self.vault.current_key_id();
        let new = self
            .vault
            .add_key()
            .map_err(|e| AppError::internal_msg(e.to_string()))?;
        tokio::time::sleep(RECHECK + std::time::Duration::from_secs(1)).await;
        let mut total = 0;
        loop {
            let pass = self.reseal_customers().await?;
            total += pass.resealed;
            if pass.resealed == 0 {
                break;
            }
        }
        let tx = self.db.write_tx().await?;
        audit::record(
            &tx,
            &RequestMeta {
                request_id: "cli".into(),
                ..Default::default()
            },
            self.now(),
            Entry::new("keys.rotate_data", None)
                .actor_name("system")
                .detail(serde_json::json!({
                    "retiredKey": old,
                    "key": new,
                    "customersResealed": total,
                })),
        )
        .await?;
        tx.commit().await?;
        Ok((old, new, total))
    }
}
