//! Group commit for read-audit records.
//!
//! Every successful read of a complaint writes an audit record before the
//! data is returned. One transaction (and one fsync) per read request would
//! cap the server at the disk's commit rate, so reads hand their records to
//! one writer task instead. The task takes whatever is queued, inserts it in
//! one transaction, commits, and only then acknowledges each request.
//!
//! Invariants:
//! - A request's records are durable before it is acknowledged: a caller
//!   that got `Ok` may return the data; one that got `Err` must not (fail
//!   closed). A crash before the commit loses only records whose requests
//!   were never answered.
//! - Batches are written in arrival order; [`AuditWriter::drain`] returns
//!   once everything queued before it is committed (tests, shutdown).
//! - A failed batch fails every request in it; the next batch starts afresh.
use super::{model, Entry};
use crate::auth::RequestMeta;
use crate::db::entity::audit_log;
use crate::db::{audit_chain, Db};
use chrono::{DateTime, Utc};
use sea_orm::{ActiveModelTrait, ActiveValue::NotSet, EntityTrait, IntoActiveModel};
use tokio::sync::{mpsc, oneshot};

/// Most records one transaction takes (SQLite binds 16 values per record).
const MAX_BATCH_ROWS: usize = 1_000;
/// Records per INSERT statement (under SQLite's bound-variable limit).
const ROWS_PER_STATEMENT: usize = 400;
/// Requests that may wait for the writer before callers queue in `send`.
const QUEUE: usize = 4_096;

/// Why a group write did not commit.
#[derive(Debug, Clone, thiserror::Error)]
#[error("audit write failed: {0}")]
pub struct AuditWriteError(String);

struct Job {
    rows: Vec<audit_log::Model>,
    done: oneshot::Sender<Result<(), AuditWriteError>>,
}

/// Handle to the writer task. Cheap to clone; the task stops when the last
/// handle is dropped, after writing what is queued.
#[derive(Clone)]
pub struct AuditWriter {
    queue: mpsc::Sender<Job>,
}

impl AuditWriter {
    /// Start the writer task on the current runtime.
    pub fn start(db: Db) -> AuditWriter {
        let (queue, rx) = mpsc::channel(QUEUE);
        tokio::spawn(run(db, rx));
        AuditWriter { queue }
    }

    /// Write `entries` durably (with the request's metadata and one time),
    /// sharing the commit with whatever other requests are waiting.
    pub async fn write(
        &self,
        meta: &RequestMeta,
        at: DateTime<Utc>,
        entries: Vec<Entry>,
    ) -> Result<(), AuditWriteError> {
        let rows = entries.into_iter().map(|e| model(meta, at, e)).collect();
        self.submit(rows).await
    }

    /// Wait until every record queued before this call is committed.
    pub async fn drain(&self) -> Result<(), AuditWriteError> {
        self.submit(Vec::new()).await
    }

    async fn submit(&self, rows: Vec<audit_log::Model>) -> Result<(), AuditWriteError> {
        let (done, ack) = oneshot::channel();
        let stopped = || AuditWriteError("the audit writer has stopped".into());
        self.queue
            .send(Job { rows, done })
            .await
            .map_err(|_| stopped())?;
        ack.await.map_err(|_| stopped())?
    }
}

async fn run(db: Db, mut rx: mpsc::Receiver<Job>) {
    while let Some(first) = rx.recv().await {
        let mut rows = first.rows.len();
        let mut jobs = vec![first];
        while rows < MAX_BATCH_ROWS {
            match rx.try_recv() {
                Ok(job) => {
                    rows += job.rows.len();
                    jobs.push(job);
                }
                Err(_) => break,
            }
        }
        let result = commit(&db, &mut jobs).await;
        if let Err(err) = &result {
            tracing::error!(error = %err, requests = jobs.len(), "audit batch failed");
        }
        for job in jobs {
            // a caller that went away (cancelled request) needs no answer
            let _ = job.done.send(result.clone());
        }
    }
}

async fn commit(db: &Db, jobs: &mut [Job]) -> Result<(), AuditWriteError> {
    let mut rows: Vec<audit_log::Model> = jobs
        .iter_mut()
        .flat_map(|j| std::mem::take(&mut j.rows))
        .collect();
    if rows.is_empty() {
        return Ok(());
    }
    let fail = |e: sea_orm::DbErr| AuditWriteError(e.to_string());
    let tx = db.write_tx().await.map_err(fail)?;
    // this transaction writes nothing else: seal as the rows go in
    let mut head = audit_chain::lock_head(&tx).await.map_err(fail)?;
    audit_chain::chain_onto(&mut head, &mut rows);
    let mut rows = rows
        .into_iter()
        .map(|m| {
            let mut row = m.into_active_model().reset_all();
            row.id = NotSet;
            row
        })
        .peekable();
    while rows.peek().is_some() {
        let chunk: Vec<_> = rows.by_ref().take(ROWS_PER_STATEMENT).collect();
        audit_log::Entity::insert_many(chunk)
            .exec_without_returning(&*tx)
            .await
            .map_err(fail)?;
    }
    audit_chain::set_head(&tx, head.seq, &head.hash)
        .await
        .map_err(fail)?;
    tx.commit().await.map_err(fail)
}
