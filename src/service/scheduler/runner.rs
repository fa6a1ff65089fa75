//! Claiming and running due jobs.
//!
//! A pass reads the time once (`services.clock`), then repeatedly claims a
//! batch of due jobs (`done_at IS NULL AND run_at <= now`, oldest first) in a
//! write transaction and runs each inside a savepoint of it:
//! - success: the job's `done_at` and the handler's effects are released into
//!   the batch transaction together, and commit together;
//! - failure: the savepoint is rolled back (no effect, not done) and the
//!   failure is recorded instead (attempts, last_error, `run_at` backed off
//!   past `now`), so one failing job neither blocks the others nor runs twice
//!   in a pass.
//!
//! On PostgreSQL the claim is `FOR UPDATE SKIP LOCKED`: a concurrent runner
//! skips the rows this one holds and a crashed runner's locks end with its
//! connection, so no lease column is needed. On SQLite the batch transaction
//! begins `IMMEDIATE`, so runners (and every other writer) take turns.
//!
//! Handlers run inside the runner's write transaction: they write through the
//! transaction they are given and never open another write transaction
//! (on SQLite that would wait for the slot the runner holds).
use super::{handlers, Job, JobKind};
use crate::db::entity::job;
use crate::error::{AppError, AppResult};
use crate::service::Services;
use chrono::{DateTime, Duration, Utc};
use sea_orm::sea_query::{Expr, ExprTrait, LockBehavior, LockType};
use sea_orm::{ColumnTrait, DatabaseBackend, EntityTrait, QueryFilter, QueryOrder, QuerySelect};
use std::sync::Arc;
use tokio::sync::watch;

/// Jobs claimed per transaction.
const BATCH: usize = 50;
/// Most jobs one pass runs (a job that keeps re-arming itself as due now
/// cannot hold a pass forever).
const MAX_PER_PASS: usize = 200_000;
/// Back-off after the first failure; doubles per failure up to [`MAX_BACKOFF`].
const FIRST_BACKOFF_SECS: i64 = 30;
const MAX_BACKOFF_SECS: i64 = 3_600;

/// What one pass did.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct RunReport {
    /// Jobs that ran and are done.
    pub succeeded: usize,
    /// Jobs that failed and were backed off.
    pub failed: usize,
}

impl RunReport {
    pub fn attempted(&self) -> usize {
        self.succeeded + self.failed
    }
}

/// The delay before the next try after `failures` failed runs (1, 2, ...).
pub(crate) fn backoff(failures: i32) -> Duration {
    let doublings = failures.saturating_sub(1).clamp(0, 20) as u32;
    let secs = FIRST_BACKOFF_SECS.saturating_mul(1i64 << doublings);
    Duration::seconds(std::cmp::min(secs, MAX_BACKOFF_SECS))
}

impl Services {
    /// One scheduler pass: run every job due at `clock.now()`. Returns how
    /// many jobs it ran (succeeded or failed).
    pub async fn run_due_jobs(&self) -> AppResult<usize> {
        Ok(self.run_due_jobs_report().await?.attempted())
    }

    /// [`Services::run_due_jobs`] with successes and failures apart.
    pub async fn run_due_jobs_report(&self) -> AppResult<RunReport> {
        let now = self.clock.now();
        let mut total = RunReport::default();
        while total.attempted() < MAX_PER_PASS {
            let (claimed, report) = self.run_batch(now).await?;
            total.succeeded += report.succeeded;
            total.failed += report.failed;
            if claimed < BATCH {
                break;
            }
        }
        Ok(total)
    }

    async fn run_batch(&self, now: DateTime<Utc>) -> AppResult<(usize, RunReport)> {
        use job::Column as C;
        let runner = self.scheduler.name.as_ref();
        // an idle pass only reads: it takes no write slot (SQLite) or lock
        let any_due = job::Entity::find()
            .select_only()
            .column(C::Id)
            .filter(C::DoneAt.is_null())
            .filter(C::RunAt.lte(now))
            .limit(1)
            .into_tuple::<i64>()
            .one(self.db.conn())
            .await?;
        if any_due.is_none() {
            return Ok((0, RunReport::default()));
        }
        let tx = self.db.write_tx().await?;
        let mut q = job::Entity::find()
            .filter(C::DoneAt.is_null())
            .filter(C::RunAt.lte(now))
            .order_by_asc(C::RunAt)
            .order_by_asc(C::Id)
            .limit(BATCH as u64);
        if self.db.backend() == DatabaseBackend::Postgres {
            q = q.lock_with_behavior(LockType::Update, LockBehavior::SkipLocked);
        }
        let rows = q.all(&*tx).await?;
        let mut report = RunReport::default();
        for row in &rows {
            let savepoint = tx.savepoint().await?;
            match self.run_one(&savepoint, now, row).await {
                Ok(()) => {
                    savepoint.commit().await?;
                    report.succeeded += 1;
                }
                Err(err) => {
                    savepoint.rollback().await?;
                    let cause = err
                        .cause()
                        .map(|c| c.to_string())
                        .unwrap_or_else(|| err.to_string());
                    tracing::warn!(job = row.id, kind = %row.kind, error = %cause, "job failed");
                    record_failure(&*tx, row, now, runner, &cause).await?;
                    report.failed += 1;
                }
            }
        }
        tx.commit().await?;
        Ok((rows.len(), report))
    }

    /// Mark the job done, then run its handler, in `txn` (the savepoint):
    /// marking first lets a recurring job arm its key's next run.
    async fn run_one(
        &self,
        txn: &crate::db::WriteTx,
        now: DateTime<Utc>,
        row: &job::Model,
    ) -> AppResult<()> {
        let kind = JobKind::from_code(&row.kind).map_err(AppError::internal)?;
        let payload = serde_json::from_str(&row.payload).map_err(AppError::internal)?;
        let job = Job {
            id: row.id,
            kind,
            key: row.key.clone(),
            complaint_id: row.complaint_id,
            payload,
            run_at: row.run_at,
            attempts: row.attempts,
        };
        job::Entity::update_many()
            .col_expr(job::Column::DoneAt, Expr::value(now))
            .col_expr(
                job::Column::Attempts,
                Expr::col(job::Column::Attempts).add(1),
            )
            .col_expr(job::Column::LastError, Expr::value(Option::<String>::None))
            .col_expr(
                job::Column::LockedBy,
                Expr::value(self.scheduler.name.to_string()),
            )
            .filter(job::Column::Id.eq(row.id))
            .exec(txn)
            .await?;
        handlers::run(self, txn, &job).await
    }
}

async fn record_failure(
    txn: &impl sea_orm::ConnectionTrait,
    row: &job::Model,
    now: DateTime<Utc>,
    runner: &str,
    error: &str,
) -> AppResult<()> {
    let error: String = error.chars().take(2_000).collect();
    job::Entity::update_many()
        .col_expr(
            job::Column::Attempts,
            Expr::col(job::Column::Attempts).add(1),
        )
        .col_expr(job::Column::LastError, Expr::value(error))
        .col_expr(
            job::Column::RunAt,
            Expr::value(now + backoff(row.attempts + 1)),
        )
        .col_expr(job::Column::LockedBy, Expr::value(runner.to_string()))
        .filter(job::Column::Id.eq(row.id))
        .exec(txn)
        .await?;
    Ok(())
}

/// The scheduler's identity in this process (held by `Services`).
#[derive(Clone)]
pub(crate) struct Scheduler {
    /// Recorded as `jobs.locked_by` on the jobs this process runs.
    pub(crate) name: Arc<str>,
}

impl Scheduler {
    pub(crate) fn new() -> Scheduler {
        Scheduler {
            name: format!(
                "pid{}-{:06x}",
                std::process::id(),
                rand::random::<u32>() & 0xff_ffff
            )
            .into(),
        }
    }
}

/// The runner loop of a server: a pass every tick until stopped.
pub struct RunnerHandle {
    stop: watch::Sender<bool>,
    task: tokio::task::JoinHandle<()>,
}

impl RunnerHandle {
    /// Start a pass every `tick` on the current runtime.
    pub fn start(services: Services, tick: std::time::Duration) -> RunnerHandle {
        let (stop, mut stopped) = watch::channel(false);
        let task = tokio::spawn(async move {
            let mut interval = tokio::time::interval(tick);
            interval.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Delay);
            tracing::info!(runner = %services.scheduler.name, "scheduler started");
            loop {
                tokio::select! {
                    _ = stopped.changed() => break,
                    _ = interval.tick() => {}
                }
                // a pass in progress finishes before the loop looks at `stop`
                match services.run_due_jobs_report().await {
                    Ok(r) if r.attempted() > 0 => {
                        tracing::info!(succeeded = r.succeeded, failed = r.failed, "scheduler pass")
                    }
                    Ok(_) => {}
                    Err(err) => {
                        let cause = err.cause().map(|c| c.to_string()).unwrap_or_default();
                        tracing::error!(error = %err, cause = %cause, "scheduler pass failed");
                    }
                }
            }
            tracing::info!("scheduler stopped");
        });
        RunnerHandle { stop, task }
    }

    /// Stop after the pass in progress, if any, and wait for it.
    pub async fn stop(self) {
        let _ = self.stop.send(true);
        let _ = self.task.await;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn backoff_doubles_from_thirty_seconds_up_to_an_hour() {
        assert_eq!(backoff(1), Duration::seconds(30));
        assert_eq!(backoff(2), Duration::seconds(60));
        assert_eq!(backoff(3), Duration::seconds(120));
        assert_eq!(backoff(8), Duration::seconds(3_600));
        assert_eq!(backoff(1_000), Duration::seconds(3_600));
        assert_eq!(backoff(0), Duration::seconds(30));
    }
}
