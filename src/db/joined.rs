//! Complaints together with their customer and people in one query, so a
//! read of one complaint, or a page of them, costs one round trip instead of
//! one per related table. Only the columns the views need are read (never a
//! password hash).
use super::entity::{complaint, customer, user};
use chrono::{DateTime, Utc};
use sea_orm::sea_query::{Alias, Expr};
use sea_orm::sqlx;
use sea_orm::{
    ConnectionTrait, DbErr, FromQueryResult, IdenStatic, Iterable, JoinType, QueryResult,
    QuerySelect, QueryTrait, RelationTrait, RuntimeErr, Select, TryGetable,
};

/// The customer columns a masked view needs: the masked forms kept beside
/// the sealed values, so a list opens nothing.
#[derive(Debug, Clone, PartialEq, Eq, FromQueryResult)]
pub struct CustomerRow {
    pub id: i64,
    pub name_masked: Option<String>,
    pub phone_masked: Option<String>,
    pub id_card_masked: Option<String>,
    pub email_masked: Option<String>,
}

/// A user as others see them.
#[derive(Debug, Clone, PartialEq, Eq, FromQueryResult)]
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
    customer::Column::NameMasked,
    customer::Column::PhoneMasked,
    customer::Column::IdCardMasked,
    customer::Column::EmailMasked,
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

mod summary;

pub use summary::{fetch_summary, ComplaintHead, SummaryRow, HEAD_COLUMNS};

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
    let q = join_people(
        q,
        &[
            (ASSIGNEE, complaint::Relation::Assignee),
            (ACCEPTED, complaint::Relation::AcceptedBy),
        ],
        &mut vec![],
    );
    let mut stmt = q.build(db.get_database_backend());
    if let Some(n) = limit {
        stmt.sql.push_str(&format!(" LIMIT {n}"));
    }
    let rows = db.query_all_raw(stmt).await?;
    rows.iter().map(decode).collect()
}

/// `q` with the complaint's customer and the people named by `people`
/// (alias, relation to a user) joined in, their columns selected as
/// `alias_column` after the complaint's; the names are appended to `names`
/// in select order.
fn join_people(
    mut q: Select<complaint::Entity>,
    people: &[(&'static str, complaint::Relation)],
    names: &mut Vec<String>,
) -> Select<complaint::Entity> {
    q = q.join_as(
        JoinType::LeftJoin,
        complaint::Relation::Customer.def(),
        Alias::new(CUSTOMER),
    );
    for (alias, relation) in people {
        q = q.join_as(JoinType::LeftJoin, relation.def(), Alias::new(*alias));
    }
    for col in CUSTOMER_COLUMNS {
        let name = format!("{CUSTOMER}_{}", col.as_str());
        q = q.column_as(Expr::col((Alias::new(CUSTOMER), *col)), name.clone());
        names.push(name);
    }
    for (alias, _) in people {
        for col in USER_COLUMNS {
            let name = format!("{alias}_{}", col.as_str());
            q = q.column_as(Expr::col((Alias::new(*alias), *col)), name.clone());
            names.push(name);
        }
    }
    q
}

/// One joined row, read by position in the order `fetch` selects the
/// columns. Reading by name cost more than the query: sea-orm formats
/// `prefix + column` into a new string for every value, and sqlx then looks
/// that name up, which for a page of 50 rows was some 2,900 `format!` calls
/// and hash lookups per request.
fn decode(r: &QueryResult) -> Result<ComplaintRow, DbErr> {
    let mut at = Cursor { r, i: 0 };
    let complaint = complaint::Model {
        id: at.next()?,
        number: at.next()?,
        customer_id: at.next()?,
        channel: at.next()?,
        category_id: at.next()?,
        priority: at.next()?,
        status: at.next()?,
        title: at.next()?,
        description: at.next()?,
        occurred_at: at.next()?,
        occurred_place: at.next()?,
        product_model: at.next()?,
        product_batch: at.next()?,
        order_number: at.next()?,
        purchased_on: at.next()?,
        shipped_on: at.next()?,
        arrived_on: at.next()?,
        amount_disputed_cents: at.next()?,
        refund_requested_cents: at.next()?,
        refund_granted_cents: at.next()?,
        responsibility: at.next()?,
        findings: at.next()?,
        resolution: at.next()?,
        satisfaction: at.next()?,
        is_major: at.next()?,
        repeat_of_id: at.next()?,
        reopen_count: at.next()?,
        accepted_by_id: at.next()?,
        accepted_team_id: at.next()?,
        team_id: at.next()?,
        assignee_id: at.next()?,
        version: at.next()?,
        created_at: at.next()?,
        updated_at: at.next()?,
        escalated_at: at.next()?,
        first_replied_at: at.next()?,
        resolved_at: at.next()?,
        closed_at: at.next()?,
        used_kb_version_id: at.next()?,
        announcement_id: at.next()?,
        sla_state: at.next()?,
        sla_due_at: at.next()?,
        callback_attempts: at.next()?,
    };
    let customer = at.customer()?;
    let assignee = at.user()?;
    let accepted_by = at.user()?;
    let row = ComplaintRow {
        complaint,
        customer,
        assignee,
        accepted_by,
    };
    // the positions above follow the struct's field order, which is the
    // order of `complaint::Column::iter()`; the tests (debug builds) compare
    // every row with the by-name reading, so a reordered or added column
    // cannot go unnoticed
    #[cfg(debug_assertions)]
    {
        assert_eq!(at.i, r.column_names().len(), "joined row width");
        assert_eq!(
            row.complaint,
            complaint::Model::from_query_result(r, C)?,
            "complaint row read by position"
        );
    }
    Ok(row)
}

/// A column type both drivers decode (and sea-orm, for anything else).
trait Decodable:
    TryGetable
    + for<'r> sqlx::Decode<'r, sqlx::Sqlite>
    + sqlx::Type<sqlx::Sqlite>
    + for<'r> sqlx::Decode<'r, sqlx::Postgres>
    + sqlx::Type<sqlx::Postgres>
{
}

impl<T> Decodable for T where
    T: TryGetable
        + for<'r> sqlx::Decode<'r, sqlx::Sqlite>
        + sqlx::Type<sqlx::Sqlite>
        + for<'r> sqlx::Decode<'r, sqlx::Postgres>
        + sqlx::Type<sqlx::Postgres>
{
}

struct Cursor<'a> {
    r: &'a QueryResult,
    i: usize,
}

impl Cursor<'_> {
    /// The next value, decoded by sqlx from the driver's row: sea-orm's own
    /// reading formats an error string for every NULL before mapping it to
    /// `None`.
    fn next<T: Decodable>(&mut self) -> Result<T, DbErr> {
        use sea_orm::sqlx::Row;
        let i = self.i;
        self.i += 1;
        let v = if let Some(row) = self.r.try_as_sqlite_row() {
            row.try_get::<T, _>(i)
        } else if let Some(row) = self.r.try_as_pg_row() {
            row.try_get::<T, _>(i)
        } else {
            return self.r.try_get_by_index(i);
        };
        v.map_err(|e| DbErr::Query(RuntimeErr::SqlxError(e.into())))
    }

    fn skip(&mut self, n: usize) {
        self.i += n;
    }

    fn customer(&mut self) -> Result<Option<CustomerRow>, DbErr> {
        let Some(id) = self.next::<Option<i64>>()? else {
            self.skip(CUSTOMER_COLUMNS.len() - 1);
            return Ok(None);
        };
        Ok(Some(CustomerRow {
            id,
            name_masked: self.next()?,
            phone_masked: self.next()?,
            id_card_masked: self.next()?,
            email_masked: self.next()?,
        }))
    }

    fn user(&mut self) -> Result<Option<UserRow>, DbErr> {
        let Some(id) = self.next::<Option<i64>>()? else {
            self.skip(USER_COLUMNS.len() - 1);
            return Ok(None);
        };
        Ok(Some(UserRow {
            id,
            username: self.next()?,
            display_name: self.next()?,
            team_id: self.next()?,
            active: self.next()?,
            created_at: self.next()?,
        }))
    }
}
