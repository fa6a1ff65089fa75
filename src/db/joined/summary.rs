//! A page of complaint heads for a list. On SQLite it is read as one value:
//! the database folds the page into one JSON array (`json_group_array`)
//! that is parsed here. Read row by row, each of the page's ~1,600 values
//! was copied by sqlx on its SQLite thread, and each of the 51 rows was
//! handed to the HTTP worker through a channel (a wake-up each); as one
//! value it is one copy and one hand-off. PostgreSQL reads rows
//! (BENCHMARKS.md has the figures for both).
use super::{join_people, Cursor, CustomerRow, UserRow, ASSIGNEE, C};
use crate::db::entity::complaint;
use chrono::{DateTime, FixedOffset, NaiveDateTime, Utc};
use sea_orm::{
    ConnectionTrait, DatabaseBackend, DbErr, IdenStatic, QueryResult, QuerySelect, QueryTrait,
    Select, Statement,
};
use serde::de::{self, Deserializer};
use serde::Deserialize;

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
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SummaryRow {
    pub head: ComplaintHead,
    pub customer: Option<CustomerRow>,
    pub assignee: Option<UserRow>,
}

/// Like [`super::fetch`], for a list: the head columns, the customer and
/// the assignee of at most `limit` complaints, in the order of `select`.
pub async fn fetch_summary<Db: ConnectionTrait>(
    db: &Db,
    select: Select<complaint::Entity>,
    limit: u64,
) -> Result<Vec<SummaryRow>, DbErr> {
    let backend = db.get_database_backend();
    let mut q = select.select_only();
    let mut names = Vec::with_capacity(HEAD_COLUMNS.len() + 11);
    for col in HEAD_COLUMNS {
        let name = format!("{C}{}", col.as_str());
        q = q.column_as(*col, name.clone());
        names.push(name);
    }
    let q = join_people(q, &[(ASSIGNEE, complaint::Relation::Assignee)], &mut names);
    let mut page = q.build(backend);
    // the limit is a literal: SQLite re-prepares a statement whose `LIMIT`
    // is a bound parameter on every execution
    page.sql.push_str(&format!(" LIMIT {limit}"));
    if backend != DatabaseBackend::Sqlite {
        // PostgreSQL's driver reads rows off the socket in the caller's task;
        // folding them costs the server more than it saves here (measured:
        // 1,350 against 1,480 lists a second)
        let rows = db.query_all_raw(page).await?;
        return rows.iter().map(decode_summary).collect();
    }
    let sql = format!(
        "SELECT json_group_array(json_array({})) FROM ({}) AS page",
        names.join(", "),
        page.sql
    );
    let stmt = Statement { sql, ..page };
    let Some(row) = db.query_one_raw(stmt).await? else {
        return Ok(vec![]);
    };
    let json: Option<String> = row.try_get_by_index(0)?;
    parse_page(json.as_deref().unwrap_or("[]"))
}

/// One row as the database folded it, in the order of [`HEAD_COLUMNS`],
/// [`super::CUSTOMER_COLUMNS`] and [`super::USER_COLUMNS`].
#[derive(Deserialize)]
struct Folded(
    i64,
    String,
    i64,
    String,
    i64,
    String,
    String,
    String,
    #[serde(deserialize_with = "flag")] bool,
    Option<i64>,
    i32,
    i64,
    Option<i64>,
    Option<i64>,
    Option<i64>,
    i32,
    #[serde(deserialize_with = "instant")] DateTime<Utc>,
    #[serde(deserialize_with = "instant")] DateTime<Utc>,
    Option<i64>,
    Option<String>,
    #[serde(deserialize_with = "maybe_instant")] Option<DateTime<Utc>>,
    // customer
    Option<i64>,
    Option<String>,
    Option<String>,
    Option<String>,
    Option<String>,
    // assignee
    Option<i64>,
    Option<String>,
    Option<String>,
    Option<i64>,
    #[serde(deserialize_with = "maybe_flag")] Option<bool>,
    #[serde(deserialize_with = "maybe_instant")] Option<DateTime<Utc>>,
);

fn parse_page(json: &str) -> Result<Vec<SummaryRow>, DbErr> {
    let rows: Vec<Folded> = serde_json::from_str(json)
        .map_err(|e| DbErr::Type(format!("a folded complaint page: {e}")))?;
    rows.into_iter().map(SummaryRow::try_from).collect()
}

impl TryFrom<Folded> for SummaryRow {
    type Error = DbErr;

    fn try_from(f: Folded) -> Result<Self, DbErr> {
        fn present<T>(v: Option<T>, what: &str) -> Result<T, DbErr> {
            v.ok_or_else(|| DbErr::Type(format!("a joined row without {what}")))
        }
        let customer = match f.21 {
            None => None,
            Some(id) => Some(CustomerRow {
                id,
                name_masked: f.22,
                phone_masked: f.23,
                id_card_masked: f.24,
                email_masked: f.25,
            }),
        };
        let assignee = match f.26 {
            None => None,
            Some(id) => Some(UserRow {
                id,
                username: present(f.27, "the user's name")?,
                display_name: present(f.28, "the user's display name")?,
                team_id: f.29,
                active: present(f.30, "the user's active flag")?,
                created_at: present(f.31, "the user's creation time")?,
            }),
        };
        Ok(SummaryRow {
            head: ComplaintHead {
                id: f.0,
                number: f.1,
                customer_id: f.2,
                channel: f.3,
                category_id: f.4,
                priority: f.5,
                status: f.6,
                title: f.7,
                is_major: f.8,
                repeat_of_id: f.9,
                reopen_count: f.10,
                accepted_by_id: f.11,
                accepted_team_id: f.12,
                team_id: f.13,
                assignee_id: f.14,
                version: f.15,
                created_at: f.16,
                updated_at: f.17,
                announcement_id: f.18,
                sla_state: f.19,
                sla_due_at: f.20,
            },
            customer,
            assignee,
        })
    }
}

/// A boolean: `true`/`false` from PostgreSQL, `1`/`0` from SQLite.
#[derive(Deserialize)]
#[serde(untagged)]
enum Flag {
    Bool(bool),
    Int(i64),
}

impl Flag {
    fn get<E: de::Error>(self) -> Result<bool, E> {
        match self {
            Flag::Bool(b) => Ok(b),
            Flag::Int(0) => Ok(false),
            Flag::Int(1) => Ok(true),
            Flag::Int(n) => Err(E::custom(format!("{n} is not a boolean"))),
        }
    }
}

fn flag<'de, D: Deserializer<'de>>(d: D) -> Result<bool, D::Error> {
    Flag::deserialize(d)?.get()
}

fn maybe_flag<'de, D: Deserializer<'de>>(d: D) -> Result<Option<bool>, D::Error> {
    Option::<Flag>::deserialize(d)?.map(Flag::get).transpose()
}

fn instant<'de, D: Deserializer<'de>>(d: D) -> Result<DateTime<Utc>, D::Error> {
    let s = <&str>::deserialize(d)?;
    parse_instant(s).ok_or_else(|| de::Error::custom(format!("{s:?} is not a time")))
}

fn maybe_instant<'de, D: Deserializer<'de>>(d: D) -> Result<Option<DateTime<Utc>>, D::Error> {
    match Option::<&str>::deserialize(d)? {
        None => Ok(None),
        Some(s) => parse_instant(s)
            .map(Some)
            .ok_or_else(|| de::Error::custom(format!("{s:?} is not a time"))),
    }
}

/// A stored time as text: RFC 3339 as sqlx writes it to SQLite and as
/// PostgreSQL writes `timestamptz` into JSON, or the forms SQLite's own
/// functions write (which sqlx reads too).
fn parse_instant(s: &str) -> Option<DateTime<Utc>> {
    if let Ok(t) = DateTime::parse_from_rfc3339(s) {
        return Some(t.with_timezone(&Utc));
    }
    const FORMATS: &[&str] = &["%F %T%.f%:z", "%F %T%.fZ", "%FT%T%.f%:z", "%FT%T%.fZ"];
    const NAIVE: &[&str] = &["%F %T%.f", "%FT%T%.f", "%F %R", "%FT%R"];
    FORMATS
        .iter()
        .find_map(|f| DateTime::<FixedOffset>::parse_from_str(s, f).ok())
        .map(|t| t.with_timezone(&Utc))
        .or_else(|| {
            NAIVE
                .iter()
                .find_map(|f| NaiveDateTime::parse_from_str(s, f).ok())
                .map(|t| t.and_utc())
        })
}

/// The head read by column name: the reference the positional reading is
/// checked against in debug builds.
#[cfg(debug_assertions)]
fn head_by_name(r: &QueryResult) -> Result<ComplaintHead, DbErr> {
    use complaint::Column as K;
    fn get<T: sea_orm::TryGetable>(r: &QueryResult, c: K) -> Result<T, DbErr> {
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

#[cfg(test)]
mod tests;
