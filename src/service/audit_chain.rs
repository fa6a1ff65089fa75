//! The audit chain for auditors: its status, verification on demand and on
//! schedule, checkpoints (see `audit::chain` for what they prove).
use crate::audit::chain::{self, StoredCheckpoint, Verification};
use crate::audit::keys::{AuditKey, KeyError};
use crate::audit::{self, Entry};
use crate::auth::{Actor, RequestMeta};
use crate::db::audit_chain::{self as sealing, Head};
use crate::db::entity::{audit_checkpoint, audit_log, audit_verification};
use crate::db::{Db, WriteTx};
use crate::domain::permission::Permission;
use crate::error::{AppError, AppResult};
use crate::service::Services;
use chrono::{DateTime, Duration, Utc};
use sea_orm::{
    ActiveModelTrait, ActiveValue::NotSet, ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter,
    QueryOrder, Set,
};

/// What the auditor's page shows.
#[derive(Debug, Clone)]
pub struct ChainStatus {
    pub head: Head,
    /// When the head record was written.
    pub head_at: Option<DateTime<Utc>>,
    pub last_checkpoint: Option<audit_checkpoint::Model>,
    pub last_verification: Option<audit_verification::Model>,
    /// The id of the key this server signs with.
    pub key_id: String,
}

/// The audit key for `config`: the file when it exists; otherwise a new one,
/// but only while no checkpoint exists (a lost key must not be replaced
/// silently: the checkpoints it signed would no longer verify).
pub async fn load_audit_key(db: &Db, path: &std::path::Path) -> AppResult<AuditKey> {
    if path.exists() {
        return AuditKey::load(path).map_err(|e| AppError::internal_msg(e.to_string()));
    }
    if let Some(c) = chain::last_checkpoint(db.conn()).await? {
        return Err(AppError::internal_msg(format!(
            "the audit signing key {} is missing; checkpoints up to record {} were signed with key {} \
             (restore the key file, or set KESU_AUDIT_KEY_FILE to it)",
            path.display(),
            c.seq,
            c.key_id
        )));
    }
    match AuditKey::create(path) {
        Ok(k) => {
            tracing::warn!(path = %path.display(), key = k.id(), "created a new audit signing key; keep a copy outside the database's backups");
            Ok(k)
        }
        // another process created it meanwhile
        Err(KeyError::Exists(_)) => {
            AuditKey::load(path).map_err(|e| AppError::internal_msg(e.to_string()))
        }
        Err(e) => Err(AppError::internal_msg(e.to_string())),
    }
}

impl Services {
    pub async fn audit_chain_status(
        &self,
        actor: &Actor,
        meta: &RequestMeta,
    ) -> AppResult<ChainStatus> {
        self.enforce(actor, meta, "audit.chain.read", Permission::AuditRead)
            .await?;
        let conn = self.db.conn();
        let head = sealing::head(conn).await?;
        let head_at = audit_log::Entity::find()
            .filter(audit_log::Column::Seq.eq(head.seq))
            .one(conn)
            .await?
            .map(|m| m.at);
        Ok(ChainStatus {
            head,
            head_at,
            last_checkpoint: chain::last_checkpoint(conn).await?,
            last_verification: audit_verification::Entity::find()
                .order_by_desc(audit_verification::Column::Id)
                .one(conn)
                .await?,
            key_id: self.audit_key.id().to_string(),
        })
    }

    /// The id of the key this process signs with.
    pub fn audit_chain_key_id(&self) -> String {
        self.audit_key.id().to_string()
    }

    /// Verify now, as `actor` (an auditor): recorded, and audited.
    pub async fn verify_audit_chain(
        &self,
        actor: &Actor,
        meta: &RequestMeta,
        from: Option<i64>,
    ) -> AppResult<audit_verification::Model> {
        self.enforce(actor, meta, "audit.verify", Permission::AuditRead)
            .await?;
        if from.is_some_and(|f| f < 1) {
            return Err(AppError::bad_input(
                "fromSeq",
                "从哪条记录开始校验：须为正整数",
            ));
        }
        let v = self.check_audit_chain(from).await?;
        let tx = self.db.write_tx().await?;
        let row = store_verification(&tx, self.now(), &v, &actor.username).await?;
        let entry = Entry::new("audit.verify", Some(actor))
            .target("audit_verification", row.id)
            .detail(serde_json::json!({
                "verdict": v.verdict.code(),
                "fromSeq": v.from_seq,
                "headSeq": v.head_seq,
                "firstBadSeq": v.problem.as_ref().and_then(|p| p.seq()),
            }));
        audit::record(&tx, meta, self.now(), entry).await?;
        tx.commit().await?;
        Ok(row)
    }

    /// Walk the chain and its checkpoints (database and file), read-only.
    pub async fn check_audit_chain(&self, from: Option<i64>) -> AppResult<Verification> {
        let file = self.config.effective_audit_checkpoint_file();
        let in_file: Vec<StoredCheckpoint> =
            chain::read_checkpoint_file(&file).map_err(AppError::internal_msg)?;
        let mut keys = vec![self.audit_key.verifying()];
        keys.extend(crate::audit::keys::trusted_public_keys(
            &self.config.effective_audit_key_file(),
        ));
        Ok(chain::verify(self.db.conn(), &keys, from, &in_file).await?)
    }

    /// A checkpoint in its own transaction (shutdown, demo seed, CLI).
    pub async fn audit_checkpoint_now(
        &self,
        reason: &str,
    ) -> AppResult<Option<audit_checkpoint::Model>> {
        chain::checkpoint_now(
            &self.db,
            &self.audit_key,
            &self.config.effective_audit_checkpoint_file(),
            self.now(),
            reason,
        )
        .await
        .map_err(AppError::internal_msg)
    }

    /// Rotate the audit key: sign a last checkpoint with the current key,
    /// keep its public half beside the key file (so its checkpoints still
    /// verify), move the secret aside as `<key file>.<id>.retired` (to be
    /// taken offline), and create a new key in its place. Returns the old
    /// and new key ids. Servers still running keep signing with the old key
    /// until restarted; those checkpoints verify too.
    pub async fn rotate_audit_key(&self) -> AppResult<(String, String)> {
        self.audit_checkpoint_now("rotation").await?;
        let path = self.config.effective_audit_key_file();
        let internal = |e: KeyError| AppError::internal_msg(e.to_string());
        self.audit_key.write_public(&path).map_err(internal)?;
        let retired = path.with_file_name(format!(
            "{}.{}.retired",
            path.file_name()
                .and_then(|n| n.to_str())
                .unwrap_or("audit.key"),
            self.audit_key.id()
        ));
        std::fs::rename(&path, &retired).map_err(AppError::internal)?;
        let new = AuditKey::create(&path).map_err(internal)?;
        new.write_public(&path).map_err(internal)?;
        Ok((self.audit_key.id().to_string(), new.id().to_string()))
    }

    /// The scheduled checkpoint, in the job's transaction: when enough
    /// records or enough time have passed since the last one. Brings the
    /// file up to date with the checkpoints committed before.
    pub(crate) async fn audit_checkpoint_due(
        &self,
        tx: &WriteTx,
        now: DateTime<Utc>,
    ) -> AppResult<Option<audit_checkpoint::Model>> {
        let file = self.config.effective_audit_checkpoint_file();
        if let Err(e) = chain::sync_checkpoint_file(tx, &file).await {
            tracing::error!(error = %e, "the audit checkpoint file could not be written");
        }
        let head = sealing::head(tx).await?;
        let last = chain::last_checkpoint(tx).await?;
        let (last_seq, last_at) = last
            .as_ref()
            .map(|c| (c.seq, Some(c.at)))
            .unwrap_or((0, None));
        let pending = head.seq - last_seq;
        let every = self.config.audit_checkpoint_every;
        let hourly = Duration::minutes(self.config.audit_checkpoint_minutes);
        let due = pending >= every || (pending > 0 && last_at.is_none_or(|at| now - at >= hourly));
        if !due {
            return Ok(None);
        }
        let reason = if pending >= every { "count" } else { "hourly" };
        Ok(chain::checkpoint_in(tx, &self.audit_key, now, reason).await?)
    }

    /// The scheduled verification, in the job's transaction.
    pub(crate) async fn audit_verify_scheduled(
        &self,
        tx: &WriteTx,
        now: DateTime<Utc>,
    ) -> AppResult<audit_verification::Model> {
        let v = self.check_audit_chain(None).await?;
        if let Some(p) = &v.problem {
            tracing::error!(problem = %p, "the audit chain failed verification");
        }
        Ok(store_verification(tx, now, &v, audit::SCHEDULER).await?)
    }
}

async fn store_verification<C: ConnectionTrait>(
    tx: &C,
    now: DateTime<Utc>,
    v: &Verification,
    by: &str,
) -> Result<audit_verification::Model, sea_orm::DbErr> {
    audit_verification::ActiveModel {
        id: NotSet,
        at: Set(now),
        verdict: Set(v.verdict.code().to_string()),
        from_seq: Set(v.from_seq),
        head_seq: Set(v.head_seq),
        checked: Set(v.checked),
        anchored_seq: Set(v.anchored_seq),
        checkpoints: Set(i32::try_from(v.checkpoints).unwrap_or(i32::MAX)),
        first_bad_seq: Set(v.problem.as_ref().and_then(|p| p.seq())),
        problem_code: Set(v.problem.as_ref().map(|p| p.code().to_string())),
        problem: Set(v.problem.as_ref().map(|p| p.to_string())),
        by_name: Set(by.chars().take(64).collect()),
    }
    .insert(tx)
    .await
}
