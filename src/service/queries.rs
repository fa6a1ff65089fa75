//! Reading complaints: single reads through the policy, lists filtered in SQL
//! by the actor's data scope with keyset pagination, and the batch loads behind
//! the API's DataLoaders. Complaint reads fetch the customer and the people
//! named on the complaint in the same query ([`Related`]).
use super::views::{
    AttachmentView, CategoryView, ComplaintView, CustomerView, EventView, Page, TeamView, UserView,
};
use super::{optional_text, Services};
use crate::auth::policy::{self, Scope};
use crate::auth::{Actor, RequestMeta};
use crate::db::entity::{attachment, category, complaint, complaint_event, customer, team, user};
use crate::db::{joined, repo};
use crate::domain::complaint::{Channel, Priority, Status};
use crate::domain::number;
use crate::error::{AppError, AppResult};
use base64::Engine;
use chrono::{DateTime, Utc};
use sea_orm::sea_query::{Expr, ExprTrait, SimpleExpr};
use sea_orm::{
    ColumnTrait, Condition, EntityTrait, PaginatorTrait, QueryFilter, QueryOrder, QuerySelect,
    Select,
};

pub const MAX_PAGE: u64 = 100;
pub const DEFAULT_PAGE: u64 = 20;

#[derive(Debug, Clone, Default)]
pub struct ComplaintFilter {
    pub statuses: Vec<Status>,
    pub priorities: Vec<Priority>,
    pub channels: Vec<Channel>,
    pub category_ids: Vec<i64>,
    pub team_id: Option<i64>,
    pub assignee_id: Option<i64>,
    pub accepted_by_id: Option<i64>,
    pub created_from: Option<DateTime<Utc>>,
    pub created_to: Option<DateTime<Utc>>,
    pub text: Option<String>,
    pub is_major: Option<bool>,
    pub open_only: bool,
}

#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum ComplaintOrder {
    #[default]
    Newest,
    Oldest,
    Priority,
    RecentlyUpdated,
}

/// How a single complaint is asked for.
#[derive(Debug, Clone, Copy)]
pub enum ComplaintKey<'a> {
    Id(i64),
    Number(&'a str),
}

impl std::fmt::Display for ComplaintKey<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            ComplaintKey::Id(id) => id.fmt(f),
            ComplaintKey::Number(n) => n.fmt(f),
        }
    }
}

/// Customers (masked) and people named on complaints, fetched with them.
#[derive(Debug, Default)]
pub struct Related {
    pub customers: Vec<CustomerView>,
    pub users: Vec<UserView>,
}

impl Related {
    fn collect(rows: Vec<joined::ComplaintRow>) -> (Vec<complaint::Model>, Related) {
        let mut related = Related::default();
        let mut complaints = Vec::with_capacity(rows.len());
        for r in rows {
            if let Some(c) = r.customer {
                related.customers.push(c.into());
            }
            related.users.extend(
                r.assignee
                    .into_iter()
                    .chain(r.accepted_by)
                    .map(UserView::from),
            );
            complaints.push(r.complaint);
        }
        (complaints, related)
    }
}

impl Services {
    /// Load a complaint the actor may read: NOT_FOUND if it does not exist,
    /// FORBIDDEN (audited) if it is outside the actor's scope.
    pub async fn load_readable(
        &self,
        actor: &Actor,
        meta: &RequestMeta,
        id: i64,
    ) -> AppResult<ComplaintView> {
        let found = complaint::Entity::find_by_id(id)
            .one(self.db.conn())
            .await?;
        self.check_readable(actor, meta, found, &id.to_string())
            .await
    }

    /// A complaint by id or number with its customer and people, for display.
    pub async fn read_complaint(
        &self,
        actor: &Actor,
        meta: &RequestMeta,
        key: ComplaintKey<'_>,
    ) -> AppResult<(ComplaintView, Related)> {
        let q = match key {
            ComplaintKey::Id(id) => complaint::Entity::find().filter(complaint::Column::Id.eq(id)),
            ComplaintKey::Number(n) => {
                if !number::is_valid_number(n) {
                    return Err(AppError::bad_input(
                        "number",
                        "not a complaint number (expected TSyyyymmdd-nnnnnn)",
                    ));
                }
                complaint::Entity::find().filter(complaint::Column::Number.eq(n))
            }
        };
        let rows = joined::fetch(self.db.conn(), q, None).await?;
        let (mut models, related) = Related::collect(rows);
        let view = self
            .check_readable(actor, meta, models.pop(), &key.to_string())
            .await?;
        Ok((view, related))
    }

    async fn check_readable(
        &self,
        actor: &Actor,
        meta: &RequestMeta,
        found: Option<complaint::Model>,
        key: &str,
    ) -> AppResult<ComplaintView> {
        let Some(m) = found else {
            return Err(AppError::not_found(format!("complaint {key}")));
        };
        let view = ComplaintView::from(m);
        if let Err(d) = policy::can_read(actor, &view.facts()) {
            return Err(self
                .deny(
                    actor,
                    meta,
                    "complaint.read",
                    Some(("complaint", view.id.to_string())),
                    d,
                )
                .await);
        }
        Ok(view)
    }

    pub async fn list_complaints(
        &self,
        actor: &Actor,
        meta: &RequestMeta,
        filter: &ComplaintFilter,
        order: ComplaintOrder,
        first: Option<i64>,
        after: Option<&str>,
    ) -> AppResult<(Page<ComplaintView>, Related)> {
        let first = page_size(first)?;
        let mut q = self.scoped_query(actor, meta, filter).await?;
        let cursor = after.map(decode_cursor).transpose()?;
        let id = Expr::col((complaint::Entity, complaint::Column::Id));
        let key: Option<SimpleExpr> = match order {
            ComplaintOrder::Newest | ComplaintOrder::Oldest => None,
            ComplaintOrder::Priority => Some(priority_rank_expr()),
            ComplaintOrder::RecentlyUpdated => {
                Some(Expr::col((complaint::Entity, complaint::Column::UpdatedAt)))
            }
        };
        if let Some((ckey, cid)) = &cursor {
            let asc = order == ComplaintOrder::Oldest;
            let id_cond: SimpleExpr = if asc {
                id.clone().gt(*cid)
            } else {
                id.clone().lt(*cid)
            };
            q = match (&key, ckey) {
                (None, _) => q.filter(id_cond),
                (Some(k), Some(cv)) => {
                    let v: SimpleExpr = match order {
                        ComplaintOrder::RecentlyUpdated => {
                            let t = DateTime::<Utc>::from_timestamp_micros(*cv)
                                .ok_or_else(|| AppError::bad_input("after", "invalid cursor"))?;
                            Expr::value(t)
                        }
                        _ => Expr::value(*cv),
                    };
                    q.filter(
                        Condition::any()
                            .add(k.clone().lt(v.clone()))
                            .add(Condition::all().add(k.clone().eq(v)).add(id_cond)),
                    )
                }
                (Some(_), None) => {
                    return Err(AppError::bad_input(
                        "after",
                        "cursor does not match orderBy",
                    ))
                }
            };
        }
        q = match (&key, order) {
            (None, ComplaintOrder::Oldest) => q.order_by_asc(complaint::Column::Id),
            (None, _) => q.order_by_desc(complaint::Column::Id),
            (Some(k), _) => q
                .order_by(k.clone(), sea_orm::Order::Desc)
                .order_by_desc(complaint::Column::Id),
        };
        let rows = joined::fetch(self.db.conn(), q, Some(first + 1)).await?;
        let (rows, related) = Related::collect(rows);
        let has_next = rows.len() as u64 > first;
        let items = rows
            .into_iter()
            .take(first as usize)
            .map(|m| {
                let k = match order {
                    ComplaintOrder::Priority => Some(
                        Priority::from_code(&m.priority)
                            .unwrap_or(Priority::Normal)
                            .rank(),
                    ),
                    ComplaintOrder::RecentlyUpdated => Some(m.updated_at.timestamp_micros()),
                    _ => None,
                };
                (encode_cursor(k, m.id), ComplaintView::from(m))
            })
            .collect();
        Ok((
            Page {
                items,
                has_next,
                has_previous: cursor.is_some(),
            },
            related,
        ))
    }

    pub async fn count_complaints(
        &self,
        actor: &Actor,
        meta: &RequestMeta,
        filter: &ComplaintFilter,
    ) -> AppResult<u64> {
        let q = self.scoped_query(actor, meta, filter).await?;
        Ok(q.count(self.db.conn()).await?)
    }

    /// The actor's visible complaints matching the filter, as a query.
    async fn scoped_query(
        &self,
        actor: &Actor,
        meta: &RequestMeta,
        f: &ComplaintFilter,
    ) -> AppResult<Select<complaint::Entity>> {
        let scope = match policy::complaint_scope(actor) {
            Ok(s) => s,
            Err(d) => return Err(self.deny(actor, meta, "complaint.list", None, d).await),
        };
        use complaint::Column as C;
        let mut q = complaint::Entity::find();
        q = match scope {
            Scope::All => q,
            Scope::Team { team, user } => {
                let mut any = Condition::any()
                    .add(C::AssigneeId.eq(user.0))
                    .add(C::AcceptedById.eq(user.0));
                if let Some(t) = team {
                    any = any.add(C::TeamId.eq(t.0));
                }
                q.filter(any)
            }
            Scope::Own { user } => q.filter(
                Condition::any()
                    .add(C::AcceptedById.eq(user.0))
                    .add(C::AssigneeId.eq(user.0)),
            ),
        };
        if !f.statuses.is_empty() {
            q = q.filter(C::Status.is_in(f.statuses.iter().map(|s| s.code())));
        }
        if f.open_only {
            q = q.filter(
                C::Status.is_in(Status::ALL.iter().filter(|s| s.is_open()).map(|s| s.code())),
            );
        }
        if !f.priorities.is_empty() {
            q = q.filter(C::Priority.is_in(f.priorities.iter().map(|s| s.code())));
        }
        if !f.channels.is_empty() {
            q = q.filter(C::Channel.is_in(f.channels.iter().map(|s| s.code())));
        }
        if !f.category_ids.is_empty() {
            // a top-level category includes its children
            let ids = f.category_ids.clone();
            let children: Vec<i64> = category::Entity::find()
                .filter(category::Column::ParentId.is_in(ids.clone()))
                .all(self.db.conn())
                .await?
                .into_iter()
                .map(|c| c.id)
                .collect();
            q = q.filter(C::CategoryId.is_in(ids.into_iter().chain(children)));
        }
        if let Some(t) = f.team_id {
            q = q.filter(C::TeamId.eq(t));
        }
        if let Some(a) = f.assignee_id {
            q = q.filter(C::AssigneeId.eq(a));
        }
        if let Some(a) = f.accepted_by_id {
            q = q.filter(C::AcceptedById.eq(a));
        }
        if let Some(t) = f.created_from {
            q = q.filter(C::CreatedAt.gte(t));
        }
        if let Some(t) = f.created_to {
            q = q.filter(C::CreatedAt.lt(t));
        }
        if let Some(m) = f.is_major {
            q = q.filter(C::IsMajor.eq(m));
        }
        if let Some(text) = optional_text("text", f.text.as_deref(), 100)? {
            let pattern = format!("%{}%", escape_like(&text));
            q = q.filter(
                Condition::any()
                    .add(
                        Expr::col(C::Title)
                            .like(sea_orm::sea_query::LikeExpr::new(&pattern).escape('\\')),
                    )
                    .add(
                        Expr::col(C::Description)
                            .like(sea_orm::sea_query::LikeExpr::new(&pattern).escape('\\')),
                    )
                    .add(C::Number.eq(text)),
            );
        }
        Ok(q)
    }

    /// Timelines of several complaints (already read through the policy), oldest first.
    pub async fn events_of(&self, ids: &[i64]) -> AppResult<Vec<EventView>> {
        let rows = complaint_event::Entity::find()
            .filter(complaint_event::Column::ComplaintId.is_in(ids.iter().copied()))
            .order_by_asc(complaint_event::Column::Id)
            .all(self.db.conn())
            .await?;
        Ok(rows.into_iter().map(EventView::from).collect())
    }

    /// Attachments of several complaints (already read through the policy).
    pub async fn attachments_of(&self, ids: &[i64]) -> AppResult<Vec<AttachmentView>> {
        let rows = attachment::Entity::find()
            .filter(attachment::Column::ComplaintId.is_in(ids.iter().copied()))
            .order_by_asc(attachment::Column::Id)
            .all(self.db.conn())
            .await?;
        Ok(rows.into_iter().map(AttachmentView::from).collect())
    }

    // ---- batch loads for the API's DataLoaders (one query per batch) ----

    pub async fn users_by_ids(&self, ids: &[i64]) -> AppResult<Vec<UserView>> {
        let rows = user::Entity::find()
            .select_only()
            .columns(joined::USER_COLUMNS.iter().copied())
            .filter(user::Column::Id.is_in(ids.iter().copied()))
            .into_model::<joined::UserRow>()
            .all(self.db.conn())
            .await?;
        Ok(rows.into_iter().map(UserView::from).collect())
    }

    pub async fn teams_by_ids(&self, ids: &[i64]) -> AppResult<Vec<TeamView>> {
        let rows = team::Entity::find()
            .filter(team::Column::Id.is_in(ids.iter().copied()))
            .all(self.db.conn())
            .await?;
        Ok(rows.into_iter().map(TeamView::from).collect())
    }

    pub async fn categories_by_ids(&self, ids: &[i64]) -> AppResult<Vec<CategoryView>> {
        let rows = category::Entity::find()
            .filter(category::Column::Id.is_in(ids.iter().copied()))
            .all(self.db.conn())
            .await?;
        Ok(rows.into_iter().map(CategoryView::from).collect())
    }

    /// Customers, masked. Callers pass only ids of complaints already read
    /// through the policy.
    pub async fn customers_by_ids(&self, ids: &[i64]) -> AppResult<Vec<CustomerView>> {
        let rows = customer::Entity::find()
            .select_only()
            .columns(joined::CUSTOMER_COLUMNS.iter().copied())
            .filter(customer::Column::Id.is_in(ids.iter().copied()))
            .into_model::<joined::CustomerRow>()
            .all(self.db.conn())
            .await?;
        Ok(rows.into_iter().map(CustomerView::from).collect())
    }

    /// Complaints by id for the `repeatOf` link, keeping only readable ones.
    pub async fn readable_complaints_by_ids(
        &self,
        actor: &Actor,
        ids: &[i64],
    ) -> AppResult<Vec<ComplaintView>> {
        let rows = repo::complaints_by_ids(self.db.conn(), ids).await?;
        Ok(rows
            .into_iter()
            .map(ComplaintView::from)
            .filter(|c| policy::can_read(actor, &c.facts()).is_ok())
            .collect())
    }

    pub async fn categories(&self) -> AppResult<Vec<CategoryView>> {
        let rows = category::Entity::find()
            .order_by_asc(category::Column::SortOrder)
            .order_by_asc(category::Column::Id)
            .all(self.db.conn())
            .await?;
        Ok(rows.into_iter().map(CategoryView::from).collect())
    }

    pub async fn teams(&self) -> AppResult<Vec<TeamView>> {
        let rows = team::Entity::find()
            .order_by_asc(team::Column::Id)
            .all(self.db.conn())
            .await?;
        Ok(rows.into_iter().map(TeamView::from).collect())
    }
}

fn priority_rank_expr() -> SimpleExpr {
    let col = || Expr::col((complaint::Entity, complaint::Column::Priority));
    Expr::case(col().eq(Priority::Urgent.code()), Priority::Urgent.rank())
        .case(
            col().eq(Priority::Important.code()),
            Priority::Important.rank(),
        )
        .finally(Priority::Normal.rank())
        .into()
}

pub(crate) fn page_size(first: Option<i64>) -> AppResult<u64> {
    match first {
        None => Ok(DEFAULT_PAGE),
        Some(n) if n < 1 || n as u64 > MAX_PAGE => Err(AppError::bad_input(
            "first",
            format!("first must be between 1 and {MAX_PAGE}"),
        )),
        Some(n) => Ok(n as u64),
    }
}

pub(crate) fn encode_cursor(key: Option<i64>, id: i64) -> String {
    let raw = match key {
        Some(k) => format!("{k}:{id}"),
        None => format!(":{id}"),
    };
    base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(raw)
}

pub(crate) fn decode_cursor(s: &str) -> AppResult<(Option<i64>, i64)> {
    let bad = || AppError::bad_input("after", "invalid cursor");
    let raw = base64::engine::general_purpose::URL_SAFE_NO_PAD
        .decode(s)
        .map_err(|_| bad())?;
    let raw = String::from_utf8(raw).map_err(|_| bad())?;
    let (k, id) = raw.split_once(':').ok_or_else(bad)?;
    let id: i64 = id.parse().map_err(|_| bad())?;
    let key = if k.is_empty() {
        None
    } else {
        Some(k.parse().map_err(|_| bad())?)
    };
    Ok((key, id))
}

fn escape_like(s: &str) -> String {
    s.replace('\\', "\\\\")
        .replace('%', "\\%")
        .replace('_', "\\_")
}

/// One page of rows ordered by id, before they become views.
pub(crate) struct IdPage<M> {
    pub rows: Vec<M>,
    pub has_next: bool,
    pub has_previous: bool,
}

impl<M> IdPage<M> {
    /// The page as views, each with its cursor.
    pub fn into_page<T>(self, view: impl Fn(M) -> (i64, T)) -> Page<T> {
        Page {
            items: self
                .rows
                .into_iter()
                .map(|m| {
                    let (id, v) = view(m);
                    (encode_cursor(None, id), v)
                })
                .collect(),
            has_next: self.has_next,
            has_previous: self.has_previous,
        }
    }
}

/// Keyset pagination by id over an already filtered query: `first` rows
/// after the `after` cursor, newest (highest id) first or oldest first.
pub(crate) async fn id_page<E, Col, Db>(
    db: &Db,
    mut q: Select<E>,
    id: Col,
    first: Option<i64>,
    after: Option<&str>,
    newest_first: bool,
) -> AppResult<IdPage<E::Model>>
where
    E: EntityTrait,
    Col: ColumnTrait,
    Db: sea_orm::ConnectionTrait,
{
    let first = page_size(first)?;
    let cursor = after.map(decode_cursor).transpose()?;
    if let Some((_, after_id)) = cursor {
        q = q.filter(if newest_first {
            id.lt(after_id)
        } else {
            id.gt(after_id)
        });
    }
    q = if newest_first {
        q.order_by_desc(id)
    } else {
        q.order_by_asc(id)
    };
    let mut rows = q.limit(first + 1).all(db).await?;
    let has_next = rows.len() as u64 > first;
    rows.truncate(first as usize);
    Ok(IdPage {
        rows,
        has_next,
        has_previous: cursor.is_some(),
    })
}
