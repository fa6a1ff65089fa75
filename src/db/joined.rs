//! Complaints together with their customer and people in one query, so a
//! read of one complaint, or a page of them, costs one round trip instead of
//! one per related table. Only the columns the views need are read (never a
//! password hash).
use super::entity::{complaint, customer, user};
use chrono::{DateTime, Utc};
use sea_orm::sea_query::{Alias, Expr};
use sea_orm::{
    ConnectionTrait, DbErr, FromQueryResult, IdenStatic, Iterable, JoinType, QuerySelect,
    QueryTrait, RelationTrait, Select,
};

/// The customer columns a masked view needs.
#[derive(Debug, Clone, FromQueryResult)]
pub struct CustomerRow {
    pub id: i64,
    pub name: String,
    pub phone: String,
    pub id_card: Option<String>,
    pub email: Option<String>,
}

/// A user as others see them.
#[derive(Debug, Clone, FromQueryResult)]
pub struct UserRow {
    pub id: i64,
    pub username: String,
    pub display_name: String,
    pub team_id: Option<i64>,
    pub active: bool,
    pub created_at: DateTime<Utc>,
}

pub const CUSTOMER_COLUMNS: &[customer::Column] = &[
    customer::Column::Id,
    customer::Column::Name,
    customer::Column::Phone,
    customer::Column::IdCard,
    customer::Column::Email,
];

pub const USER_COLUMNS: &[user::Column] = &[
    user::Column::Id,
    user::Column::Username,
    user::Column::DisplayName,
    user::Column::TeamId,
    user::Column::Active,
    user::Column::CreatedAt,
];

pub struct ComplaintRow {
    pub complaint: complaint::Model,
    pub customer: Option<CustomerRow>,
    pub assignee: Option<UserRow>,
    pub accepted_by: Option<UserRow>,
}

const C: &str = "c_";
const CUSTOMER: &str = "cu";
const ASSIGNEE: &str = "asg";
const ACCEPTED: &str = "acc";

/// Run `select` (filtered and ordered as the caller wishes) with the related
/// rows joined in, returning at most `limit` rows.
///
/// The limit is written into the SQL as a literal: SQLite re-prepares a
/// statement whose `LIMIT` is a bound parameter on every execution, which
/// costs more than the query itself.
pub async fn fetch<Db: ConnectionTrait>(
    db: &Db,
    select: Select<complaint::Entity>,
    limit: Option<u64>,
) -> Result<Vec<ComplaintRow>, DbErr> {
    let mut q = select.select_only();
    for col in complaint::Column::iter() {
        q = q.column_as(col, format!("{C}{}", col.as_str()));
    }
    q = q
        .join_as(
            JoinType::LeftJoin,
            complaint::Relation::Customer.def(),
            Alias::new(CUSTOMER),
        )
        .join_as(
            JoinType::LeftJoin,
            complaint::Relation::Assignee.def(),
            Alias::new(ASSIGNEE),
        )
        .join_as(
            JoinType::LeftJoin,
            complaint::Relation::AcceptedBy.def(),
            Alias::new(ACCEPTED),
        );
    for col in CUSTOMER_COLUMNS {
        q = q.column_as(
            Expr::col((Alias::new(CUSTOMER), *col)),
            format!("{CUSTOMER}_{}", col.as_str()),
        );
    }
    for alias in [ASSIGNEE, ACCEPTED] {
        for col in USER_COLUMNS {
            q = q.column_as(
                Expr::col((Alias::new(alias), *col)),
                format!("{alias}_{}", col.as_str()),
            );
        }
    }
    let mut stmt = q.build(db.get_database_backend());
    if let Some(n) = limit {
        stmt.sql.push_str(&format!(" LIMIT {n}"));
    }
    let rows = db.query_all_raw(stmt).await?;
    rows.iter()
        .map(|r| {
            Ok(ComplaintRow {
                complaint: complaint::Model::from_query_result(r, C)?,
                customer: CustomerRow::from_query_result_optional(r, &format!("{CUSTOMER}_"))?,
                assignee: UserRow::from_query_result_optional(r, &format!("{ASSIGNEE}_"))?,
                accepted_by: UserRow::from_query_result_optional(r, &format!("{ACCEPTED}_"))?,
            })
        })
        .collect()
}
