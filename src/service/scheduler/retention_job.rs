//! The daily retention run (see `service::retention`): one batch per pass,
//! again at once while a class has more past retention than a batch takes.
use super::recur::{job_meta, next_run};
use super::{arm, Job, JobKind, JobSpec};
use crate::db::WriteTx;
use crate::error::AppResult;
use crate::service::Services;
use chrono::{DateTime, Duration, Utc};

pub const RETENTION_KEY: &str = "system:retention.run";
pub const RETENTION_EVERY: Duration = Duration::hours(24);

pub(super) fn retention_run(run_at: DateTime<Utc>) -> JobSpec {
    JobSpec {
        kind: JobKind::RetentionRun,
        key: RETENTION_KEY.to_string(),
        complaint_id: None,
        payload: serde_json::json!({}),
        run_at,
    }
}

pub(super) async fn run(services: &Services, txn: &WriteTx, job: &Job) -> AppResult<()> {
    let now = services.now();
    let batch = services
        .retention_batch_in(txn, &job_meta(job), now)
        .await?;
    let next = if batch.more {
        now
    } else {
        next_run(job.run_at, now, RETENTION_EVERY)
    };
    arm(txn, now, retention_run(next)).await?;
    Ok(())
}
