//! Repository functions shared by several services. Every lookup of a
//! customer by phone number goes through [`customer_by_phone`], so that a
//! later blind index for encrypted phones changes one function.
use super::entity::{complaint, customer};
use sea_orm::sea_query::{Expr, ExprTrait, OnConflict, Query};
use sea_orm::{ColumnTrait, ConnectionTrait, DbErr, EntityTrait, QueryFilter};

pub async fn customer_by_phone<C: ConnectionTrait>(
    db: &C,
    phone: &str,
) -> Result<Option<customer::Model>, DbErr> {
    customer::Entity::find()
        .filter(customer::Column::Phone.eq(phone))
        .one(db)
        .await
}

/// Next value of the per-day complaint sequence, allocated atomically in the
/// caller's transaction (an upsert, so concurrent writers never share a value).
pub async fn next_complaint_seq<C: ConnectionTrait>(db: &C, day: &str) -> Result<i64, DbErr> {
    let stmt = Query::insert()
        .into_table("complaint_number_seq")
        .columns(["day", "last_value"])
        .values_panic([day.into(), 1i64.into()])
        .on_conflict(
            OnConflict::column("day")
                .value(
                    "last_value",
                    Expr::col(("complaint_number_seq", "last_value")).add(1),
                )
                .to_owned(),
        )
        .returning_col("last_value")
        .to_owned();
    let row = db
        .query_one(&stmt)
        .await?
        .ok_or_else(|| DbErr::RecordNotFound("complaint_number_seq".into()))?;
    row.try_get::<i64>("", "last_value")
}

/// Load complaints by id in one query.
pub async fn complaints_by_ids<C: ConnectionTrait>(
    db: &C,
    ids: &[i64],
) -> Result<Vec<complaint::Model>, DbErr> {
    if ids.is_empty() {
        return Ok(vec![]);
    }
    complaint::Entity::find()
        .filter(complaint::Column::Id.is_in(ids.iter().copied()))
        .all(db)
        .await
}
