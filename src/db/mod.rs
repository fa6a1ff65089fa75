//! Database access: connection setup, the write-transaction helper and
//! repository functions. Visible to `service/` only.
//!
//! SQLite runs in WAL mode with `synchronous = FULL` (an acknowledged commit
//! survives power loss), foreign keys on and a busy timeout. Writers are
//! serialised in-process and begin `IMMEDIATE`, so two writers never deadlock
//! upgrading a read lock.
pub mod audit_chain;
pub mod customers;
pub mod entity;
pub mod joined;
pub mod outbox;
pub mod rate_limits;
pub mod repo;

use sea_orm::sqlx::sqlite::{SqliteJournalMode, SqliteSynchronous};
use sea_orm::{
    ConnectOptions, ConnectionTrait, DatabaseBackend, DatabaseConnection, DatabaseTransaction,
    DbErr, SqliteTransactionMode, TransactionOptions, TransactionTrait,
};
use std::ops::Deref;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::Arc;
use std::time::Duration;
use tokio::sync::{Mutex, OwnedMutexGuard};

/// Raw SQL written with PostgreSQL's numbered parameters (`$1`, `$2`…) as
/// `backend` runs it: SQLite numbers them `?1`, `?2`…
pub fn numbered_params(backend: sea_orm::DatabaseBackend, sql: &str) -> String {
    match backend {
        sea_orm::DatabaseBackend::Postgres => sql.to_string(),
        _ => sql.replace('$', "?"),
    }
}

#[derive(Clone)]
pub struct Db {
    conn: DatabaseConnection,
    write_lock: Option<Arc<Mutex<()>>>,
    statements: Arc<AtomicU64>,
}

impl Db {
    pub async fn connect(url: &str, max_connections: u32) -> Result<Db, DbErr> {
        let is_sqlite = url.starts_with("sqlite:");
        let mut opts = ConnectOptions::new(url.to_string());
        opts.max_connections(max_connections)
            .min_connections(1)
            .connect_timeout(Duration::from_secs(10))
            .acquire_timeout(Duration::from_secs(10))
            // a ping on every checkout doubles the round trips; a broken
            // connection surfaces as a query error instead
            .test_before_acquire(false)
            .sqlx_logging(false);
        if is_sqlite {
            opts.map_sqlx_sqlite_opts(|o| {
                o.journal_mode(SqliteJournalMode::Wal)
                    .synchronous(SqliteSynchronous::Full)
                    .foreign_keys(true)
                    .busy_timeout(Duration::from_secs(10))
                    .create_if_missing(true)
                    .pragma("cache_size", "-16000")
            });
        }
        let mut conn = sea_orm::Database::connect(opts).await?;
        let statements = Arc::new(AtomicU64::new(0));
        let counter = statements.clone();
        conn.set_metric_callback(move |_| {
            counter.fetch_add(1, Ordering::Relaxed);
        });
        Ok(Db {
            conn,
            write_lock: is_sqlite.then(|| Arc::new(Mutex::new(()))),
            statements,
        })
    }

    /// Statements executed so far (for tests that prove a request's query count).
    pub fn statements_executed(&self) -> u64 {
        self.statements.load(Ordering::Relaxed)
    }

    pub fn conn(&self) -> &DatabaseConnection {
        &self.conn
    }

    pub fn backend(&self) -> DatabaseBackend {
        self.conn.get_database_backend()
    }

    /// Begin a transaction that will write.
    pub async fn write_tx(&self) -> Result<WriteTx, DbErr> {
        let guard = match &self.write_lock {
            Some(lock) => Some(lock.clone().lock_owned().await),
            None => None,
        };
        let tx = self
            .conn
            .begin_with_options(TransactionOptions {
                sqlite_transaction_mode: guard.as_ref().map(|_| SqliteTransactionMode::Immediate),
                ..Default::default()
            })
            .await?;
        Ok(WriteTx {
            tx,
            _guard: guard,
            to_seal: std::sync::Mutex::default(),
        })
    }

    pub async fn ping(&self) -> Result<(), DbErr> {
        self.conn.ping().await
    }

    pub async fn close(self) -> Result<(), DbErr> {
        self.conn.close().await
    }
}

/// A write transaction; holds the SQLite writer slot until committed or
/// dropped. Audit records written in it are sealed into the hash chain when
/// it commits (`audit_chain::seal`); a failed seal fails the commit.
pub struct WriteTx {
    tx: DatabaseTransaction,
    _guard: Option<OwnedMutexGuard<()>>,
    /// Audit rows inserted in this transaction, sealed at commit.
    to_seal: std::sync::Mutex<Vec<i64>>,
}

impl WriteTx {
    pub async fn commit(self) -> Result<(), DbErr> {
        let ids = std::mem::take(
            &mut *self
                .to_seal
                .lock()
                .unwrap_or_else(std::sync::PoisonError::into_inner),
        );
        if !ids.is_empty() {
            audit_chain::seal(&self.tx, &ids).await?;
        }
        self.tx.commit().await
    }

    /// A savepoint inside this transaction, itself a `WriteTx`: its audit
    /// rows are sealed when it commits (released) and forgotten when it
    /// rolls back.
    pub async fn savepoint(&self) -> Result<WriteTx, DbErr> {
        Ok(WriteTx {
            tx: self.tx.begin().await?,
            _guard: None,
            to_seal: std::sync::Mutex::default(),
        })
    }

    pub async fn rollback(self) -> Result<(), DbErr> {
        self.tx.rollback().await
    }

    /// Seal the audit row `id` (inserted in this transaction) at commit.
    pub fn seal_on_commit(&self, id: i64) {
        self.to_seal
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner)
            .push(id);
    }
}

/// A `WriteTx` runs statements as its transaction does, so services pass it
/// wherever a connection is expected.
#[async_trait::async_trait]
impl ConnectionTrait for WriteTx {
    fn get_database_backend(&self) -> DatabaseBackend {
        self.tx.get_database_backend()
    }
    async fn execute_raw(&self, stmt: sea_orm::Statement) -> Result<sea_orm::ExecResult, DbErr> {
        self.tx.execute_raw(stmt).await
    }
    async fn execute_unprepared(&self, sql: &str) -> Result<sea_orm::ExecResult, DbErr> {
        self.tx.execute_unprepared(sql).await
    }
    async fn query_one_raw(
        &self,
        stmt: sea_orm::Statement,
    ) -> Result<Option<sea_orm::QueryResult>, DbErr> {
        self.tx.query_one_raw(stmt).await
    }
    async fn query_all_raw(
        &self,
        stmt: sea_orm::Statement,
    ) -> Result<Vec<sea_orm::QueryResult>, DbErr> {
        self.tx.query_all_raw(stmt).await
    }
    fn support_returning(&self) -> bool {
        self.tx.support_returning()
    }
}

impl Deref for WriteTx {
    type Target = DatabaseTransaction;
    fn deref(&self) -> &DatabaseTransaction {
        &self.tx
    }
}
