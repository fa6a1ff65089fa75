//! Rate-limit counters in the database, shared by every server process:
//! one `rate_limits` row per bucket, a fixed window counted by one atomic
//! upsert (see `domain::rate_limit` for what a count means).
use crate::domain::rate_limit::Count;
use chrono::{DateTime, TimeDelta, Utc};
use sea_orm::sea_query::{Expr, ExprTrait, OnConflict, Query};
use sea_orm::{ConnectionTrait, DbErr};

const TABLE: &str = "rate_limits";

fn col(c: &'static str) -> Expr {
    Expr::col((TABLE, c))
}

/// Count one try of `bucket` at `now` and return its counter: a new window
/// when the bucket's last one has passed, else one more try in it
/// ([`Count::after_try`]). Concurrent tries are all counted.
pub async fn hit<C: ConnectionTrait>(
    db: &C,
    bucket: &str,
    window: TimeDelta,
    now: DateTime<Utc>,
) -> Result<Count, DbErr> {
    let passed = || col("window_start").lte(now - window);
    let stmt = Query::insert()
        .into_table(TABLE)
        .columns(["bucket", "window_start", "hits"])
        .values_panic([bucket.into(), now.into(), 1i64.into()])
        .on_conflict(
            OnConflict::column("bucket")
                .value(
                    "hits",
                    Expr::case(passed(), 1i64).finally(col("hits").add(1i64)),
                )
                .value(
                    "window_start",
                    Expr::case(passed(), Expr::value(now)).finally(col("window_start")),
                )
                .to_owned(),
        )
        .returning(Query::returning().columns(["hits", "window_start"]))
        .to_owned();
    let row = db
        .query_one(&stmt)
        .await?
        .ok_or_else(|| DbErr::RecordNotFound(TABLE.into()))?;
    Ok(Count {
        hits: row.try_get("", "hits")?,
        window_start: row.try_get("", "window_start")?,
    })
}

/// The bucket's counter, without counting.
pub async fn peek<C: ConnectionTrait>(db: &C, bucket: &str) -> Result<Option<Count>, DbErr> {
    let stmt = Query::select()
        .columns(["hits", "window_start"])
        .from(TABLE)
        .and_where(col("bucket").eq(bucket))
        .to_owned();
    let Some(row) = db.query_one(&stmt).await? else {
        return Ok(None);
    };
    Ok(Some(Count {
        hits: row.try_get("", "hits")?,
        window_start: row.try_get("", "window_start")?,
    }))
}

/// Take back one try of `bucket` (one that turned out not to count, e.g. a
/// lookup that matched), if its window is still running at `now`.
pub async fn refund<C: ConnectionTrait>(
    db: &C,
    bucket: &str,
    window: TimeDelta,
    now: DateTime<Utc>,
) -> Result<(), DbErr> {
    let stmt = Query::update()
        .table(TABLE)
        .value("hits", col("hits").sub(1i64))
        .and_where(col("bucket").eq(bucket))
        .and_where(col("window_start").gt(now - window))
        .and_where(col("hits").gt(0i64))
        .to_owned();
    db.execute(&stmt).await.map(|_| ())
}

/// Forget a bucket (e.g. an account's failures after a good login).
pub async fn clear<C: ConnectionTrait>(db: &C, bucket: &str) -> Result<(), DbErr> {
    let stmt = Query::delete()
        .from_table(TABLE)
        .and_where(col("bucket").eq(bucket))
        .to_owned();
    db.execute(&stmt).await.map(|_| ())
}

/// Drop the counters whose window started before `before` (they no longer
/// refuse anything). Returns how many.
pub async fn purge<C: ConnectionTrait>(db: &C, before: DateTime<Utc>) -> Result<u64, DbErr> {
    let stmt = Query::delete()
        .from_table(TABLE)
        .and_where(col("window_start").lt(before))
        .to_owned();
    Ok(db.execute(&stmt).await?.rows_affected())
}
