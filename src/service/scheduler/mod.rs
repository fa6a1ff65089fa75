//! The scheduler: durable timers in the `jobs` table, run in the server
//! process.
//!
//! Other services arm a job with [`arm`] inside their own transaction, so a
//! timer exists exactly when the change that armed it committed (a rolled-back
//! change leaves no job; a crash after the commit loses none). The runner
//! (`runner.rs`) claims due jobs and runs each through the one dispatch in
//! `handlers.rs`.
//!
//! Invariants:
//! - At most one pending (not done) job per key: a unique partial index on
//!   `jobs (key) WHERE done_at IS NULL`; arming a pending key moves that job
//!   (kind, payload, run_at, complaint) and resets its attempts and error.
//! - A job's effects and its `done_at` commit in one transaction, so an effect
//!   happens once: a job whose transaction fails is not done and runs again; a
//!   done job never runs again. On PostgreSQL the claim is
//!   `SELECT ... FOR UPDATE SKIP LOCKED` in that same transaction, so two
//!   processes never run the same job and a crashed process's claim ends with
//!   its connection. On SQLite the claim is inside the `BEGIN IMMEDIATE` write
//!   transaction, which serialises runners (even across processes).
//! - A done job's row stays. `done_at` set and `last_error` NULL: it ran;
//!   `last_error = 'cancelled'` ([`CANCELLED`]): [`cancel`] ended it unrun.
//!   `attempts` counts runs, failed or not; `locked_by` names the runner that
//!   ran it (or last tried to). A failing job keeps `done_at` NULL, records
//!   its error and moves `run_at` later (exponential back-off).
//! - `kind` is a stable code ([`JobKind::code`]); a row with an unknown code
//!   fails like any other job (recorded, backed off), never runs as a default.
pub mod alert_job;
pub mod audit_jobs;
pub mod handlers;
mod recur;
pub mod retention_job;
mod runner;

pub(crate) use runner::Scheduler;
pub use runner::{RunReport, RunnerHandle};

use crate::db::entity::job;
use crate::error::{AppError, AppResult};
use chrono::{DateTime, Utc};
use sea_orm::sea_query::{Expr, ExprTrait, OnConflict, Query};
use sea_orm::{ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter};

/// `last_error` of a job ended by [`cancel`].
pub const CANCELLED: &str = "cancelled";

/// What a job does; stored as [`JobKind::code`]. Adding a kind: a variant
/// here, its code in both functions below, one arm in `handlers::run`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum JobKind {
    /// Writes one audit record (as the system) naming the job and its
    /// payload; fails with the payload's `fail` text when it has one. For
    /// operators checking that the scheduler runs, and for its tests.
    Probe,
    /// Daily: deletes sessions that expired or were revoked more than a day
    /// ago, audits the count as the system, and re-arms itself.
    SessionPurge,
    /// Every 30 seconds: records the SLA clocks whose at-risk or due instant
    /// has passed (`service::sla`), tells their owners, and re-arms itself
    /// (at once when more are waiting than one run takes).
    SlaSweep,
    /// Every minute: evaluates the alert rules (`service::alerts`), tells
    /// the holders of `alert.view` of each alert raised, and re-arms itself.
    AlertsEvaluate,
    /// Every five minutes: signs a checkpoint of the audit chain when
    /// enough records or time have passed since the last (`service::audit_chain`).
    AuditCheckpoint,
    /// Daily: verifies the audit chain and records the outcome.
    AuditVerify,
    /// Daily: erases customers and deletes records past their retention
    /// (`service::retention`).
    RetentionRun,
}

impl JobKind {
    pub const ALL: [JobKind; 7] = [
        JobKind::Probe,
        JobKind::SessionPurge,
        JobKind::SlaSweep,
        JobKind::AlertsEvaluate,
        JobKind::AuditCheckpoint,
        JobKind::AuditVerify,
        JobKind::RetentionRun,
    ];

    pub fn code(self) -> &'static str {
        match self {
            JobKind::Probe => "probe",
            JobKind::SessionPurge => "session.purge",
            JobKind::SlaSweep => "sla.sweep",
            JobKind::AlertsEvaluate => "alerts.evaluate",
            JobKind::AuditCheckpoint => "audit.checkpoint",
            JobKind::AuditVerify => "audit.verify",
            JobKind::RetentionRun => "retention.run",
        }
    }

    /// The kind stored as `code`; an unknown code is an error.
    pub fn from_code(code: &str) -> Result<JobKind, UnknownJobKind> {
        match code {
            "probe" => Ok(JobKind::Probe),
            "session.purge" => Ok(JobKind::SessionPurge),
            "sla.sweep" => Ok(JobKind::SlaSweep),
            "alerts.evaluate" => Ok(JobKind::AlertsEvaluate),
            "audit.checkpoint" => Ok(JobKind::AuditCheckpoint),
            "audit.verify" => Ok(JobKind::AuditVerify),
            "retention.run" => Ok(JobKind::RetentionRun),
            other => Err(UnknownJobKind(other.to_string())),
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("unknown job kind: {0}")]
pub struct UnknownJobKind(pub String);

/// A timer to arm. `key` names it for re-arming and cancelling (e.g.
/// `sla:complaint:42:resolution`); at most 120 characters.
#[derive(Debug, Clone)]
pub struct JobSpec {
    pub kind: JobKind,
    pub key: String,
    pub complaint_id: Option<i64>,
    pub payload: serde_json::Value,
    pub run_at: DateTime<Utc>,
}

/// A claimed job, as its handler sees it.
#[derive(Debug, Clone)]
pub struct Job {
    pub id: i64,
    pub kind: JobKind,
    pub key: String,
    pub complaint_id: Option<i64>,
    pub payload: serde_json::Value,
    /// When it was due (a recurring job computes its next run from this).
    pub run_at: DateTime<Utc>,
    /// Earlier runs that failed (0 on the first try).
    pub attempts: i32,
}

const MAX_KEY: usize = 120;

fn check_key(key: &str) -> AppResult<()> {
    if key.is_empty() || key.chars().count() > MAX_KEY {
        return Err(AppError::internal_msg(format!(
            "job key must be 1 to {MAX_KEY} characters: {key:?}"
        )));
    }
    Ok(())
}

fn insert(now: DateTime<Utc>, job: &JobSpec) -> sea_orm::sea_query::InsertStatement {
    use job::Column as C;
    let mut stmt = Query::insert();
    stmt.into_table(job::Entity)
        .columns([
            C::Kind,
            C::Key,
            C::ComplaintId,
            C::Payload,
            C::RunAt,
            C::Attempts,
            C::CreatedAt,
        ])
        .values_panic([
            job.kind.code().into(),
            job.key.clone().into(),
            job.complaint_id.into(),
            job.payload.to_string().into(),
            job.run_at.into(),
            0i32.into(),
            now.into(),
        ]);
    stmt
}

/// Arm `job` in the caller's transaction: a new pending job, or, when its
/// key already has one, that job moved to the new kind, payload and time
/// (attempts and error reset). Returns the job's id.
pub async fn arm(txn: &impl ConnectionTrait, now: DateTime<Utc>, job: JobSpec) -> AppResult<i64> {
    use job::Column as C;
    check_key(&job.key)?;
    let mut stmt = insert(now, &job);
    stmt.on_conflict(
        OnConflict::column(C::Key)
            .target_and_where(Expr::col(C::DoneAt).is_null())
            .update_columns([C::Kind, C::ComplaintId, C::Payload, C::RunAt])
            .value(C::Attempts, 0i32)
            .value(C::LastError, Expr::value(Option::<String>::None))
            .to_owned(),
    )
    .returning_col(C::Id);
    let row = txn
        .query_one(&stmt)
        .await?
        .ok_or_else(|| AppError::internal_msg("arming a job returned no id"))?;
    Ok(row.try_get_by_index::<i64>(0)?)
}

/// Arm `job` unless its key already has a pending job (which keeps its
/// time). For recurring jobs armed at start-up. Returns whether it armed.
pub async fn arm_if_absent(
    txn: &impl ConnectionTrait,
    now: DateTime<Utc>,
    job: JobSpec,
) -> AppResult<bool> {
    use job::Column as C;
    check_key(&job.key)?;
    let mut stmt = insert(now, &job);
    stmt.on_conflict(
        OnConflict::column(C::Key)
            .target_and_where(Expr::col(C::DoneAt).is_null())
            .do_nothing()
            .to_owned(),
    );
    Ok(txn.execute(&stmt).await?.rows_affected() == 1)
}

/// End the pending job with `key` without running it (in the caller's
/// transaction): `done_at = now`, `last_error = 'cancelled'`; the row stays.
/// Nothing pending is not an error.
pub async fn cancel(txn: &impl ConnectionTrait, now: DateTime<Utc>, key: &str) -> AppResult<()> {
    job::Entity::update_many()
        .col_expr(job::Column::DoneAt, Expr::value(now))
        .col_expr(job::Column::LastError, Expr::value(CANCELLED))
        .filter(job::Column::Key.eq(key))
        .filter(job::Column::DoneAt.is_null())
        .exec(txn)
        .await?;
    Ok(())
}

/// The pending job with `key`, if any (for services and tests that show or
/// check a timer).
pub async fn pending(txn: &impl ConnectionTrait, key: &str) -> AppResult<Option<job::Model>> {
    Ok(job::Entity::find()
        .filter(job::Column::Key.eq(key))
        .filter(job::Column::DoneAt.is_null())
        .one(txn)
        .await?)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_kind_round_trips_through_its_code() {
        for kind in JobKind::ALL {
            assert_eq!(JobKind::from_code(kind.code()), Ok(kind));
        }
    }

    #[test]
    fn an_unknown_code_is_an_error_not_a_default() {
        assert_eq!(
            JobKind::from_code("sla.breach.v0"),
            Err(UnknownJobKind("sla.breach.v0".into()))
        );
        assert!(JobKind::from_code("").is_err());
    }
}
