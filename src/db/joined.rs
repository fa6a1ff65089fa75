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

/// The complaint columns a queue shows: what a list reads (with the customer
/// and the assignee), leaving the long texts, money, dates and milestones to
/// a detail read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ComplaintHead {
    pub id: i64,
    pub number: String,
    pub customer_id: i64,
    pub channel: String,
    pub category_id: i64,
    pub priority: String,
    pub status: String,
    pub title: String,
    pub is_major: bool,
    pub repeat_of_id: Option<i64>,
    pub reopen_count: i32,
    pub accepted_by_id: i64,
    pub accepted_team_id: Option<i64>,
    pub team_id: Option<i64>,
    pub assignee_id: Option<i64>,
    pub version: i32,
    pub created_at: DateTime<Utc>,
    pub updated_at: DateTime<Utc>,
    pub announcement_id: Option<i64>,
    pub sla_state: Option<String>,
    pub sla_due_at: Option<DateTime<Utc>>,
}

/// The columns of [`ComplaintHead`], in its field order.
pub const HEAD_COLUMNS: &[complaint::Column] = &[
    complaint::Column::Id,
    complaint::Column::Number,
    complaint::Column::CustomerId,
    complaint::Column::Channel,
    complaint::Column::CategoryId,
    complaint::Column::Priority,
    complaint::Column::Status,
    complaint::Column::Title,
    complaint::Column::IsMajor,
    complaint::Column::RepeatOfId,
    complaint::Column::ReopenCount,
    complaint::Column::AcceptedById,
    complaint::Column::AcceptedTeamId,
    complaint::Column::TeamId,
    complaint::Column::AssigneeId,
    complaint::Column::Version,
    complaint::Column::CreatedAt,
    complaint::Column::UpdatedAt,
    complaint::Column::AnnouncementId,
    complaint::Column::SlaState,
    complaint::Column::SlaDueAt,
];

impl From<complaint::Model> for ComplaintHead {
    fn from(m: complaint::Model) -> Self {
        ComplaintHead {
            id: m.id,
            number: m.number,
            customer_id: m.customer_id,
            channel: m.channel,
            category_id: m.category_id,
            priority: m.priority,
            status: m.status,
            title: m.title,
            is_major: m.is_major,
            repeat_of_id: m.repeat_of_id,
            reopen_count: m.reopen_count,
            accepted_by_id: m.accepted_by_id,
            accepted_team_id: m.accepted_team_id,
            team_id: m.team_id,
            assignee_id: m.assignee_id,
            version: m.version,
            created_at: m.created_at,
            updated_at: m.updated_at,
            announcement_id: m.announcement_id,
            sla_state: m.sla_state,
            sla_due_at: m.sla_due_at,
        }
    }
}

/// A list row: the head with its customer and assignee.
pub struct SummaryRow {
    pub head: ComplaintHead,
    pub customer: Option<CustomerRow>,
    pub assignee: Option<UserRow>,
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
    rows.iter().map(decode).collect()
}

/// Like [`fetch`], for a list: the head columns, the customer and the
/// assignee (some 30 values a row instead of 57; each value sqlx reads from
/// SQLite is copied and freed again, which was a third of a list request).
pub async fn fetch_summary<Db: ConnectionTrait>(
    db: &Db,
    select: Select<complaint::Entity>,
    limit: u64,
) -> Result<Vec<SummaryRow>, DbErr> {
    let mut q = select.select_only();
    for col in HEAD_COLUMNS {
        q = q.column_as(*col, format!("{C}{}", col.as_str()));
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
        );
    for col in CUSTOMER_COLUMNS {
        q = q.column_as(
            Expr::col((Alias::new(CUSTOMER), *col)),
            format!("{CUSTOMER}_{}", col.as_str()),
        );
    }
    for col in USER_COLUMNS {
        q = q.column_as(
            Expr::col((Alias::new(ASSIGNEE), *col)),
            format!("{ASSIGNEE}_{}", col.as_str()),
        );
    }
    let mut stmt = q.build(db.get_database_backend());
    stmt.sql.push_str(&format!(" LIMIT {limit}"));
    let rows = db.query_all_raw(stmt).await?;
    rows.iter().map(decode_summary).collect()
}

/// The head read by column name: the reference the positional reading is
/// checked against in debug builds.
#[cfg(debug_assertions)]
fn head_by_name(r: &QueryResult) -> Result<ComplaintHead, DbErr> {
    use complaint::Column as K;
    fn get<T: TryGetable>(r: &QueryResult, c: K) -> Result<T, DbErr> {
        r.try_get("", &format!("{C}{}", c.as_str()))
    }
    Ok(ComplaintHead {
        id: get(r, K::Id)?,
        number: get(r, K::Number)?,
        customer_id: get(r, K::CustomerId)?,
        channel: get(r, K::Channel)?,
        category_id: get(r, K::CategoryId)?,
        priority: get(r, K::Priority)?,
        status: get(r, K::Status)?,
        title: get(r, K::Title)?,
        is_major: get(r, K::IsMajor)?,
        repeat_of_id: get(r, K::RepeatOfId)?,
        reopen_count: get(r, K::ReopenCount)?,
        accepted_by_id: get(r, K::AcceptedById)?,
        accepted_team_id: get(r, K::AcceptedTeamId)?,
        team_id: get(r, K::TeamId)?,
        assignee_id: get(r, K::AssigneeId)?,
        version: get(r, K::Version)?,
        created_at: get(r, K::CreatedAt)?,
        updated_at: get(r, K::UpdatedAt)?,
        announcement_id: get(r, K::AnnouncementId)?,
        sla_state: get(r, K::SlaState)?,
        sla_due_at: get(r, K::SlaDueAt)?,
    })
}

fn decode_summary(r: &QueryResult) -> Result<SummaryRow, DbErr> {
    let mut at = Cursor { r, i: 0 };
    let head = ComplaintHead {
        id: at.next()?,
        number: at.next()?,
        customer_id: at.next()?,
        channel: at.next()?,
        category_id: at.next()?,
        priority: at.next()?,
        status: at.next()?,
        title: at.next()?,
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
        announcement_id: at.next()?,
        sla_state: at.next()?,
        sla_due_at: at.next()?,
    };
    let customer = at.customer()?;
    let assignee = at.user()?;
    // as in `decode`: the tests (debug builds) check the positions by name
    #[cfg(debug_assertions)]
    {
        assert_eq!(at.i, r.column_names().len(), "summary row width");
        assert_eq!(head, head_by_name(r)?, "summary row read by position");
    }
    Ok(SummaryRow {
        head,
        customer,
        assignee,
    })
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
            name: self.next()?,
            phone: self.next()?,
            id_card: self.next()?,
            email: self.next()?,
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
