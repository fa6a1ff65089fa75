//! The audit chain's recurring jobs: checkpoints (every five minutes, one is
//! signed when enough records or time have passed) and the daily
//! verification.
use super::recur::next_run;
use super::{arm, Job, JobKind, JobSpec};
use crate::db::WriteTx;
use crate::error::AppResult;
use crate::service::Services;
use chrono::{DateTime, Duration, Utc};

pub const AUDIT_CHECKPOINT_KEY: &str = "system:audit.checkpoint";
pub const AUDIT_CHECKPOINT_EVERY: Duration = Duration::minutes(5);
pub const AUDIT_VERIFY_KEY: &str = "system:audit.verify";
pub const AUDIT_VERIFY_EVERY: Duration = Duration::hours(24);

pub(super) fn audit_checkpoint(run_at: DateTime<Utc>) -> JobSpec {
    JobSpec {
        kind: JobKind::AuditCheckpoint,
        key: AUDIT_CHECKPOINT_KEY.to_string(),
        complaint_id: None,
        payload: serde_json::json!({}),
        run_at,
    }
}

pub(super) fn audit_verify(run_at: DateTime<Utc>) -> JobSpec {
    JobSpec {
        kind: JobKind::AuditVerify,
        key: AUDIT_VERIFY_KEY.to_string(),
        complaint_id: None,
        payload: serde_json::json!({}),
        run_at,
    }
}

pub(super) async fn checkpoint(services: &Services, txn: &WriteTx, job: &Job) -> AppResult<()> {
    let now = services.now();
    services.audit_checkpoint_due(txn, now).await?;
    let next = next_run(job.run_at, now, AUDIT_CHECKPOINT_EVERY);
    arm(txn, now, audit_checkpoint(next)).await?;
    Ok(())
}

pub(super) async fn verify(services: &Services, txn: &WriteTx, job: &Job) -> AppResult<()> {
    let now = services.now();
    services.audit_verify_scheduled(txn, now).await?;
    let next = next_run(job.run_at, now, AUDIT_VERIFY_EVERY);
    arm(txn, now, audit_verify(next)).await?;
    Ok(())
}
