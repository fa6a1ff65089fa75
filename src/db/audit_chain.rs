//! Sealing audit records into the hash chain (`domain::audit_chain`).
//!
//! A record is sealed in the transaction that wrote it, just before that
//! transaction commits: [`seal`] locks the chain's head row
//! (`audit_chain_head`, `FOR UPDATE` on PostgreSQL; SQLite's writer is
//! already alone), numbers the transaction's records after the head, hashes
//! each onto the one before, and moves the head. The lock is the last one a
//! transaction takes and is held only until its commit, so the chain follows
//! commit order, concurrent writers never fork it, and no lock-order cycle
//! can form with the rows the business change locked earlier.
use super::entity::audit_log;
use crate::domain::audit_chain::{self, Record};
use sea_orm::{
    ColumnTrait, ConnectionTrait, DatabaseBackend, DbErr, EntityTrait, QueryFilter, QueryOrder,
    QuerySelect, Statement,
};

/// The hashed fields of a stored (or about to be stored) record at `seq`.
pub fn record_of(m: &audit_log::Model, seq: i64) -> Record<'_> {
    Record {
        seq,
        at: m.at,
        actor_kind: m.actor_kind.as_deref(),
        actor_id: m.actor_id,
        actor_name: m.actor_name.as_deref(),
        action: &m.action,
        outcome: &m.outcome,
        target_type: m.target_type.as_deref(),
        target_id: m.target_id.as_deref(),
        customer_id: m.customer_id,
        fields: m.fields.as_deref(),
        ip: m.ip.as_deref(),
        request_id: m.request_id.as_deref(),
        detail: &m.detail,
    }
}

/// The chain's head: the last sealed `seq` and its hash.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Head {
    pub seq: i64,
    pub hash: String,
    /// Rows up to this id predate the chain and are sealed at start-up.
    pub legacy_until: i64,
}

async fn read_head<C: ConnectionTrait>(tx: &C, lock: bool) -> Result<Head, DbErr> {
    let backend = tx.get_database_backend();
    let lock = if lock && backend == DatabaseBackend::Postgres {
        " FOR UPDATE"
    } else {
        ""
    };
    let row = tx
        .query_one_raw(Statement::from_string(
            backend,
            format!("SELECT seq, hash, legacy_until FROM audit_chain_head WHERE id = 1{lock}"),
        ))
        .await?
        .ok_or_else(|| DbErr::Custom("audit_chain_head has no row".into()))?;
    Ok(Head {
        seq: row.try_get("", "seq")?,
        hash: row.try_get("", "hash")?,
        legacy_until: row.try_get("", "legacy_until")?,
    })
}

/// The head as of now (no lock): for status pages and verification.
pub async fn head<C: ConnectionTrait>(db: &C) -> Result<Head, DbErr> {
    read_head(db, false).await
}

/// The head, locked until the transaction ends (call inside one that writes).
pub async fn lock_head<C: ConnectionTrait>(tx: &C) -> Result<Head, DbErr> {
    read_head(tx, true).await
}

/// Move the head to `seq`/`hash` (after [`lock_head`]).
pub async fn set_head<C: ConnectionTrait>(tx: &C, seq: i64, hash: &str) -> Result<(), DbErr> {
    let backend = tx.get_database_backend();
    tx.execute_raw(Statement::from_sql_and_values(
        backend,
        crate::db::numbered_params(
            backend,
            "UPDATE audit_chain_head SET seq = $1, hash = $2 WHERE id = 1",
        ),
        [seq.into(), hash.into()],
    ))
    .await?;
    Ok(())
}

/// Number and hash `rows` after the locked `head` (in order), moving `head`
/// along: for records about to be inserted already sealed.
pub fn chain_onto(head: &mut Head, rows: &mut [audit_log::Model]) {
    for m in rows {
        head.seq += 1;
        let hash = audit_chain::hash(&record_of(m, head.seq), &head.hash);
        m.seq = Some(head.seq);
        m.prev_hash = Some(std::mem::replace(&mut head.hash, hash.clone()));
        m.hash = Some(hash);
    }
}

/// Seal the stored, unsealed records `ids` (in id order) in `tx`.
pub async fn seal<C: ConnectionTrait>(tx: &C, ids: &[i64]) -> Result<(), DbErr> {
    let mut head = lock_head(tx).await?;
    seal_after(tx, &mut head, ids).await?;
    set_head(tx, head.seq, &head.hash).await
}

async fn seal_after<C: ConnectionTrait>(tx: &C, head: &mut Head, ids: &[i64]) -> Result<(), DbErr> {
    let backend = tx.get_database_backend();
    let update = crate::db::numbered_params(
        backend,
        "UPDATE audit_logs SET seq = $1, prev_hash = $2, hash = $3 WHERE id = $4 AND hash IS NULL",
    );
    for chunk in ids.chunks(500) {
        let mut rows = audit_log::Entity::find()
            .filter(audit_log::Column::Id.is_in(chunk.iter().copied()))
            .filter(audit_log::Column::Hash.is_null())
            .order_by_asc(audit_log::Column::Id)
            .all(tx)
            .await?;
        if rows.len() != chunk.len() {
            return Err(DbErr::Custom(format!(
                "audit seal: {} of {} records to seal are missing or already sealed",
                chunk.len() - rows.len(),
                chunk.len()
            )));
        }
        chain_onto(head, &mut rows);
        for m in rows {
            tx.execute_raw(Statement::from_sql_and_values(
                backend,
                update.clone(),
                [m.seq.into(), m.prev_hash.into(), m.hash.into(), m.id.into()],
            ))
            .await?;
        }
    }
    Ok(())
}

/// Seal the rows written before the chain existed (ids up to
/// `legacy_until`, in id order). Returns how many it sealed.
pub async fn seal_legacy(db: &super::Db) -> Result<u64, DbErr> {
    let mut sealed = 0;
    loop {
        let tx = db.write_tx().await?;
        let mut head = lock_head(&tx).await?;
        let ids: Vec<i64> = audit_log::Entity::find()
            .filter(audit_log::Column::Hash.is_null())
            .filter(audit_log::Column::Id.lte(head.legacy_until))
            .order_by_asc(audit_log::Column::Id)
            .select_only()
            .column(audit_log::Column::Id)
            .limit(5_000)
            .into_tuple()
            .all(&tx)
            .await?;
        if ids.is_empty() {
            return Ok(sealed);
        }
        seal_after(&tx, &mut head, &ids).await?;
        set_head(&tx, head.seq, &head.hash).await?;
        tx.commit().await?;
        sealed += ids.len() as u64;
    }
}
