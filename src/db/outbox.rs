//! Reads of the search outbox for the indexer's gap-safe tail
//! (`search::tail`).
use super::entity::search_outbox;
use sea_orm::{
    ColumnTrait, Condition, ConnectionTrait, DatabaseBackend, DbErr, EntityTrait, QueryFilter,
    QueryOrder, QuerySelect, Statement,
};

/// The transaction horizon `(xmin, xmax)` of a fresh snapshot on
/// PostgreSQL; `None` on SQLite, where writers are serialised and outbox
/// ids become visible in order.
pub async fn horizon<C: ConnectionTrait>(db: &C) -> Result<Option<(i64, i64)>, DbErr> {
    if db.get_database_backend() != DatabaseBackend::Postgres {
        return Ok(None);
    }
    let row = db
        .query_one_raw(Statement::from_string(
            DatabaseBackend::Postgres,
            "SELECT pg_snapshot_xmin(s)::text::bigint AS xmin, \
             pg_snapshot_xmax(s)::text::bigint AS xmax FROM pg_current_snapshot() AS s",
        ))
        .await?
        .ok_or_else(|| DbErr::RecordNotFound("pg_current_snapshot".into()))?;
    Ok(Some((
        row.try_get_by_index::<i64>(0)?,
        row.try_get_by_index::<i64>(1)?,
    )))
}

/// Outbox rows with `id > above` or whose id is one of `gaps`, in id order,
/// at most `limit`.
pub async fn rows_after<C: ConnectionTrait>(
    db: &C,
    above: i64,
    gaps: &[i64],
    limit: u64,
) -> Result<Vec<search_outbox::Model>, DbErr> {
    let mut cond = Condition::any().add(search_outbox::Column::Id.gt(above));
    if !gaps.is_empty() {
        cond = cond.add(search_outbox::Column::Id.is_in(gaps.iter().copied()));
    }
    search_outbox::Entity::find()
        .filter(cond)
        .order_by_asc(search_outbox::Column::Id)
        .limit(limit)
        .all(db)
        .await
}

/// How many of these ids have an outbox row.
pub async fn count_of<C: ConnectionTrait>(db: &C, ids: &[i64]) -> Result<u64, DbErr> {
    if ids.is_empty() {
        return Ok(0);
    }
    use sea_orm::PaginatorTrait;
    search_outbox::Entity::find()
        .filter(search_outbox::Column::Id.is_in(ids.iter().copied()))
        .count(db)
        .await
}

/// The newest outbox id, if any.
pub async fn max_id<C: ConnectionTrait>(db: &C) -> Result<Option<i64>, DbErr> {
    Ok(search_outbox::Entity::find()
        .select_only()
        .column_as(search_outbox::Column::Id.max(), "m")
        .into_tuple::<Option<i64>>()
        .one(db)
        .await?
        .flatten())
}
