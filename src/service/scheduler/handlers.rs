//! What each kind of job does: the one dispatch, [`run`], and the handlers.
//!
//! A handler runs as the system (its audit records say so: actor kind
//! `system`, name [`audit::SCHEDULER`], no user) inside the transaction that
//! also marks its job done; it writes only through that transaction and
//! returns an error to undo everything it wrote. A recurring job arms its next
//! run through [`super::arm`] in the same transaction.
pub use super::recur::{job_meta, next_run};
use super::{arm, arm_if_absent, Job, JobKind, JobSpec};
use crate::audit::{self, Entry};
use crate::db::entity::session;
use crate::db::WriteTx;
use crate::error::{AppError, AppResult};
use crate::service::Services;
use chrono::{DateTime, Duration, Utc};
use sea_orm::{ColumnTrait, Condition, EntityTrait, QueryFilter};

/// The key of the one pending session purge.
pub const SESSION_PURGE_KEY: &str = "system:session.purge";
/// How often sessions are purged.
pub const SESSION_PURGE_EVERY: Duration = Duration::hours(24);
/// Sessions are kept this long after they expire or are revoked (and rate
/// limit counters this long after their window started).
pub const SESSION_KEEP_AFTER_END: Duration = Duration::hours(24);

/// Run `job` in `txn`. Adding a kind is one arm here.
pub async fn run(services: &Services, txn: &WriteTx, job: &Job) -> AppResult<()> {
    match job.kind {
        JobKind::Probe => probe(services, txn, job).await,
        JobKind::SessionPurge => purge_sessions(services, txn, job).await,
        JobKind::SlaSweep => sweep_clocks(services, txn, job).await,
        JobKind::AlertsEvaluate => super::alert_job::evaluate_alerts(services, txn, job).await,
        JobKind::AuditCheckpoint => super::audit_jobs::checkpoint(services, txn, job).await,
        JobKind::AuditVerify => super::audit_jobs::verify(services, txn, job).await,
        JobKind::RetentionRun => super::retention_job::run(services, txn, job).await,
    }
}

async fn probe(services: &Services, txn: &WriteTx, job: &Job) -> AppResult<()> {
    if let Some(fail) = job.payload.get("fail").and_then(|f| f.as_str()) {
        return Err(AppError::internal_msg(format!("probe failed: {fail}")));
    }
    let entry = Entry::system("scheduler.probe", audit::SCHEDULER)
        .target("job", job.id)
        .detail(serde_json::json!({ "key": job.key, "payload": job.payload }));
    audit::record(txn, &job_meta(job), services.now(), entry).await?;
    Ok(())
}

async fn purge_sessions(services: &Services, txn: &WriteTx, job: &Job) -> AppResult<()> {
    let now = services.now();
    let cutoff = now - SESSION_KEEP_AFTER_END;
    let deleted = session::Entity::delete_many()
        .filter(
            Condition::any()
                .add(session::Column::ExpiresAt.lt(cutoff))
                .add(session::Column::RevokedAt.lt(cutoff)),
        )
        .exec(txn)
        .await?
        .rows_affected;
    // login and lookup counters whose window is long over refuse nothing
    let counters = crate::db::rate_limits::purge(&**txn, cutoff).await?;
    let entry = Entry::system("session.purge", audit::SCHEDULER)
        .target("job", job.id)
        .detail(serde_json::json!({
            "deleted": deleted,
            "endedBefore": cutoff,
            "rateLimitCounters": counters,
        }));
    audit::record(txn, &job_meta(job), now, entry).await?;
    let next = next_run(job.run_at, now, SESSION_PURGE_EVERY);
    arm(txn, now, session_purge(next)).await?;
    Ok(())
}

/// The key of the one pending SLA sweep.
pub const SLA_SWEEP_KEY: &str = "system:sla.sweep";
/// How often the clocks are swept.
pub const SLA_SWEEP_EVERY: Duration = Duration::seconds(30);
/// Batches of clocks one sweep run records at most before handing over.
const SLA_SWEEP_BATCHES: usize = 4;

async fn sweep_clocks(services: &Services, txn: &WriteTx, job: &Job) -> AppResult<()> {
    let now = services.now();
    let mut report = crate::service::sla::SweepReport::default();
    let mut more = false;
    for _ in 0..SLA_SWEEP_BATCHES {
        more =
            services.sweep_batch(txn, now, &mut report).await? >= crate::service::sla::SWEEP_BATCH;
        if !more {
            break;
        }
    }
    if !report.recorded.is_empty() {
        let entry = Entry::system("sla.sweep", audit::SCHEDULER)
            .target("job", job.id)
            .detail(serde_json::json!({ "recorded": report.recorded.len() }));
        audit::record(txn, &job_meta(job), now, entry).await?;
        services.wake_notifications();
    }
    // more waiting: run again at the next tick, else in 30 seconds
    let next = if more {
        now
    } else {
        next_run(job.run_at, now, SLA_SWEEP_EVERY)
    };
    arm(txn, now, sla_sweep(next)).await?;
    Ok(())
}

fn sla_sweep(run_at: DateTime<Utc>) -> JobSpec {
    JobSpec {
        kind: JobKind::SlaSweep,
        key: SLA_SWEEP_KEY.to_string(),
        complaint_id: None,
        payload: serde_json::json!({}),
        run_at,
    }
}

fn session_purge(run_at: DateTime<Utc>) -> JobSpec {
    JobSpec {
        kind: JobKind::SessionPurge,
        key: SESSION_PURGE_KEY.to_string(),
        complaint_id: None,
        payload: serde_json::json!({}),
        run_at,
    }
}

impl Services {
    /// Arm the system's recurring jobs that are not armed yet (at start-up;
    /// an armed one keeps its time). The session purge first runs an hour
    /// after the first start, then daily; the SLA sweep at once, then every
    /// 30 seconds; the audit checkpoint run every five minutes; the chain's
    /// verification an hour after the first start, then daily; the retention
    /// run two hours after the first start, then daily.
    pub async fn arm_recurring_jobs(&self) -> AppResult<()> {
        let now = self.now();
        let tx = self.db.write_tx().await?;
        arm_if_absent(&*tx, now, session_purge(now + Duration::hours(1))).await?;
        arm_if_absent(&*tx, now, sla_sweep(now)).await?;
        arm_if_absent(&*tx, now, super::alert_job::alerts_evaluate(now)).await?;
        use super::audit_jobs::{audit_checkpoint, audit_verify};
        arm_if_absent(&*tx, now, audit_checkpoint(now + Duration::minutes(5))).await?;
        arm_if_absent(&*tx, now, audit_verify(now + Duration::hours(1))).await?;
        let retention = super::retention_job::retention_run(now + Duration::hours(2));
        arm_if_absent(&*tx, now, retention).await?;
        tx.commit().await?;
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::TimeZone;

    fn at(h: u32, m: u32) -> DateTime<Utc> {
        Utc.with_ymd_and_hms(2026, 12, 5, h, m, 0)
            .single()
            .expect("time")
    }

    #[test]
    fn the_next_run_keeps_the_phase_and_skips_missed_runs() {
        let hour = Duration::hours(1);
        assert_eq!(next_run(at(3, 0), at(3, 0), hour), at(4, 0));
        assert_eq!(next_run(at(3, 0), at(3, 30), hour), at(4, 0));
        assert_eq!(next_run(at(3, 0), at(4, 0), hour), at(5, 0));
        assert_eq!(next_run(at(3, 0), at(6, 10), hour), at(7, 0));
        assert!(next_run(at(3, 0), at(23, 59), hour) > at(23, 59));
    }
}
