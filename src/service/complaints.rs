//! Registering complaints and reading them: single reads through the policy,
//! lists filtered in SQL by the actor's data scope, keyset pagination.
use super::views::{
    AttachmentView, CategoryView, ComplaintView, CustomerView, EventView, Page, TeamView, UserView,
};
use super::{optional_text, required_text, Services};
use crate::audit::{self, Entry};
use crate::auth::policy::{self, Scope};
use crate::auth::{Actor, RequestMeta};
use crate::db::entity::{attachment, category, complaint, complaint_event, customer, team, user};
use crate::db::repo;
use crate::domain::complaint::{Channel, EventKind, Priority, Status, Visibility};
use crate::domain::ids::*;
use crate::domain::number;
use crate::domain::permission::Permission;
use crate::error::{AppError, AppResult};
use base64::Engine;
use chrono::{DateTime, Duration, NaiveDate, Utc};
use sea_orm::sea_query::{Expr, ExprTrait, OnConflict, SimpleExpr};
use sea_orm::{
    ActiveModelTrait, ActiveValue::NotSet, ColumnTrait, Condition, ConnectionTrait, EntityTrait,
    PaginatorTrait, QueryFilter, QueryOrder, QuerySelect, Select, Set,
};

pub const MAX_PAGE: u64 = 100;
pub const DEFAULT_PAGE: u64 = 20;
pub const MAX_DESCRIPTION: usize = 5000;
pub const MAX_TITLE: usize = 100;
const MAX_CENTS: i64 = 1_000_000_000_000;

/// A complaint as registered during a call.
#[derive(Debug, Clone, Default)]
pub struct NewComplaint {
    pub customer_phone: String,
    pub customer_name: String,
    pub customer_id_card: Option<String>,
    pub customer_email: Option<String>,
    pub channel: Option<Channel>,
    pub category_id: i64,
    pub priority: Option<Priority>,
    pub title: Option<String>,
    pub description: String,
    pub occurred_at: Option<DateTime<Utc>>,
    pub occurred_place: Option<String>,
    pub product_model: Option<String>,
    pub product_batch: Option<String>,
    pub order_number: Option<String>,
    pub purchased_on: Option<NaiveDate>,
    pub shipped_on: Option<NaiveDate>,
    pub arrived_on: Option<NaiveDate>,
    pub amount_disputed_cents: Option<i64>,
    pub refund_requested_cents: Option<i64>,
    pub repeat_of_id: Option<i64>,
    pub is_major: bool,
}

/// An earlier complaint of the same customer that this one may repeat.
#[derive(Debug, Clone)]
pub struct RepeatCandidate {
    pub id: ComplaintId,
    pub number: String,
    pub status: Status,
    pub title: String,
    pub created_at: DateTime<Utc>,
}

pub struct Created {
    pub complaint: ComplaintView,
    pub possible_repeats: Vec<RepeatCandidate>,
}

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

pub(crate) fn validate_phone(phone: &str) -> AppResult<String> {
    let p: String = phone.chars().filter(|c| !matches!(c, ' ' | '-')).collect();
    let digits = p.strip_prefix('+').unwrap_or(&p);
    if digits.len() < 5 || digits.len() > 20 || !digits.bytes().all(|b| b.is_ascii_digit()) {
        return Err(AppError::bad_input(
            "customerPhone",
            "phone must be 5 to 20 digits",
        ));
    }
    Ok(p)
}

fn validate_cents(field: &str, v: Option<i64>) -> AppResult<Option<i64>> {
    match v {
        Some(c) if !(0..=MAX_CENTS).contains(&c) => Err(AppError::bad_input(
            field,
            format!("{field} must be between 0 and {MAX_CENTS}"),
        )),
        other => Ok(other),
    }
}

impl Services {
    pub async fn create_complaint(
        &self,
        actor: &Actor,
        meta: &RequestMeta,
        input: NewComplaint,
    ) -> AppResult<Created> {
        if let Err(d) = policy::require(actor, Permission::ComplaintCreate) {
            return Err(self.deny(actor, meta, "complaint.create", None, d).await);
        }
        let phone = validate_phone(&input.customer_phone)?;
        let name = required_text("customerName", &input.customer_name, 50)?;
        let id_card = optional_text("customerIdCard", input.customer_id_card.as_deref(), 32)?;
        if let Some(id) = &id_card {
            if !(id.len() == 15 || id.len() == 18)
                || !id
                    .bytes()
                    .all(|b| b.is_ascii_digit() || b == b'X' || b == b'x')
            {
                return Err(AppError::bad_input(
                    "customerIdCard",
                    "ID-card number must be 15 or 18 characters",
                ));
            }
        }
        let email = optional_text("customerEmail", input.customer_email.as_deref(), 254)?;
        if email.as_deref().is_some_and(|e| !e.contains('@')) {
            return Err(AppError::bad_input("customerEmail", "email must contain @"));
        }
        let description = required_text("description", &input.description, MAX_DESCRIPTION)?;
        let title = match optional_text("title", input.title.as_deref(), MAX_TITLE)? {
            Some(t) => t,
            None => description.chars().take(30).collect(),
        };
        let occurred_place = optional_text("occurredPlace", input.occurred_place.as_deref(), 200)?;
        let product_model = optional_text("productModel", input.product_model.as_deref(), 200)?;
        let product_batch = optional_text("productBatch", input.product_batch.as_deref(), 100)?;
        let order_number = optional_text("orderNumber", input.order_number.as_deref(), 100)?;
        let amount = validate_cents("amountDisputedCents", input.amount_disputed_cents)?;
        let refund = validate_cents("refundRequestedCents", input.refund_requested_cents)?;
        let now = self.now();
        if input
            .occurred_at
            .is_some_and(|t| t > now + Duration::hours(1))
        {
            return Err(AppError::bad_input(
                "occurredAt",
                "occurredAt is in the future",
            ));
        }
        let cat = category::Entity::find_by_id(input.category_id)
            .one(self.db.conn())
            .await?
            .ok_or_else(|| AppError::bad_input("categoryId", "unknown category"))?;
        let original = match input.repeat_of_id {
            Some(rid) => Some(
                complaint::Entity::find_by_id(rid)
                    .one(self.db.conn())
                    .await?
                    .ok_or_else(|| AppError::bad_input("repeatOfId", "unknown complaint"))?,
            ),
            None => None,
        };

        let tx = self.db.write_tx().await?;
        let cust = match repo::customer_by_phone(&*tx, &phone).await? {
            Some(c) => {
                if (c.id_card.is_none() && id_card.is_some())
                    || (c.email.is_none() && email.is_some())
                {
                    let mut am: customer::ActiveModel = c.clone().into();
                    if c.id_card.is_none() {
                        am.id_card = Set(id_card.clone());
                    }
                    if c.email.is_none() {
                        am.email = Set(email.clone());
                    }
                    am.updated_at = Set(now);
                    am.update(&*tx).await?
                } else {
                    c
                }
            }
            None => {
                // concurrent registrations for a new caller must not both insert
                customer::Entity::insert(customer::ActiveModel {
                    id: NotSet,
                    name: Set(name),
                    phone: Set(phone.clone()),
                    id_card: Set(id_card),
                    email: Set(email),
                    created_at: Set(now),
                    updated_at: Set(now),
                })
                .on_conflict(
                    OnConflict::column(customer::Column::Phone)
                        .do_nothing()
                        .to_owned(),
                )
                .exec_without_returning(&*tx)
                .await?;
                repo::customer_by_phone(&*tx, &phone)
                    .await?
                    .ok_or_else(|| AppError::internal_msg("customer vanished after insert"))?
            }
        };
        if original.as_ref().is_some_and(|o| o.customer_id != cust.id) {
            return Err(AppError::bad_input(
                "repeatOfId",
                "a repeat complaint must be from the same customer",
            ));
        }
        let day = number::day_key(now);
        let seq = repo::next_complaint_seq(&*tx, &day).await?;
        let model = complaint::ActiveModel {
            id: NotSet,
            number: Set(number::format_number(&day, seq)),
            customer_id: Set(cust.id),
            channel: Set(input.channel.unwrap_or(Channel::Hotline).code().into()),
            category_id: Set(cat.id),
            priority: Set(input.priority.unwrap_or(Priority::Normal).code().into()),
            status: Set(Status::Accepted.code().into()),
            title: Set(title),
            description: Set(description),
            occurred_at: Set(input.occurred_at),
            occurred_place: Set(occurred_place),
            product_model: Set(product_model),
            product_batch: Set(product_batch),
            order_number: Set(order_number),
            purchased_on: Set(input.purchased_on),
            shipped_on: Set(input.shipped_on),
            arrived_on: Set(input.arrived_on),
            amount_disputed_cents: Set(amount),
            refund_requested_cents: Set(refund),
            refund_granted_cents: Set(None),
            responsibility: Set(None),
            findings: Set(None),
            resolution: Set(None),
            satisfaction: Set(None),
            is_major: Set(input.is_major),
            repeat_of_id: Set(input.repeat_of_id),
            reopen_count: Set(0),
            accepted_by_id: Set(actor.user_id.0),
            accepted_team_id: Set(actor.team_id.map(|t| t.0)),
            team_id: Set(actor.team_id.map(|t| t.0)),
            assignee_id: Set(None),
            version: Set(1),
            created_at: Set(now),
            updated_at: Set(now),
            escalated_at: Set(None),
            first_replied_at: Set(None),
            resolved_at: Set(None),
            closed_at: Set(None),
        }
        .insert(&*tx)
        .await?;
        insert_event(
            &*tx,
            model.id,
            EventKind::Created,
            Some(actor.user_id.0),
            Visibility::Customer,
            (None, Some(Status::Accepted)),
            None,
            serde_json::json!({ "channel": model.channel, "repeatOf": model.repeat_of_id }),
            now,
        )
        .await?;
        audit::record(
            &*tx,
            meta,
            now,
            Entry::new("complaint.create", Some(actor))
                .target("complaint", model.id)
                .customer(cust.id)
                .detail(serde_json::json!({ "number": model.number })),
        )
        .await?;
        let repeats = self.repeat_candidates(&*tx, &model, &cat).await?;
        tx.commit().await?;
        Ok(Created {
            complaint: model.into(),
            possible_repeats: repeats,
        })
    }

    /// Open complaints, or ones from the last 30 days, of the same customer in
    /// the same top-level category.
    async fn repeat_candidates<C: ConnectionTrait>(
        &self,
        db: &C,
        new: &complaint::Model,
        cat: &category::Model,
    ) -> AppResult<Vec<RepeatCandidate>> {
        let top = cat.parent_id.unwrap_or(cat.id);
        let family: Vec<i64> = category::Entity::find()
            .filter(
                Condition::any()
                    .add(category::Column::Id.eq(top))
                    .add(category::Column::ParentId.eq(top)),
            )
            .all(db)
            .await?
            .into_iter()
            .map(|c| c.id)
            .collect();
        let since = new.created_at - Duration::days(30);
        let open: Vec<&str> = Status::ALL
            .iter()
            .filter(|s| s.is_open())
            .map(|s| s.code())
            .collect();
        let rows = complaint::Entity::find()
            .filter(complaint::Column::CustomerId.eq(new.customer_id))
            .filter(complaint::Column::Id.ne(new.id))
            .filter(complaint::Column::CategoryId.is_in(family))
            .filter(
                Condition::any()
                    .add(complaint::Column::Status.is_in(open))
                    .add(complaint::Column::CreatedAt.gte(since)),
            )
            .order_by_desc(complaint::Column::Id)
            .limit(5)
            .all(db)
            .await?;
        Ok(rows
            .into_iter()
            .map(|c| RepeatCandidate {
                id: ComplaintId(c.id),
                number: c.number,
                status: Status::from_code(&c.status).unwrap_or(Status::Accepted),
                title: c.title,
                created_at: c.created_at,
            })
            .collect())
    }

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

    pub async fn complaint_by_number(
        &self,
        actor: &Actor,
        meta: &RequestMeta,
        n: &str,
    ) -> AppResult<ComplaintView> {
        if !number::is_valid_number(n) {
            return Err(AppError::bad_input(
                "number",
                "not a complaint number (expected TSyyyymmdd-nnnnnn)",
            ));
        }
        let found = complaint::Entity::find()
            .filter(complaint::Column::Number.eq(n))
            .one(self.db.conn())
            .await?;
        self.check_readable(actor, meta, found, n).await
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
    ) -> AppResult<Page<ComplaintView>> {
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
        let rows = q.limit(first + 1).all(self.db.conn()).await?;
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
        Ok(Page {
            items,
            has_next,
            has_previous: cursor.is_some(),
        })
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

    pub async fn complaint_events(
        &self,
        id: ComplaintId,
        visibility: Option<Visibility>,
    ) -> AppResult<Vec<EventView>> {
        let mut q =
            complaint_event::Entity::find().filter(complaint_event::Column::ComplaintId.eq(id.0));
        if let Some(v) = visibility {
            q = q.filter(complaint_event::Column::Visibility.eq(v.code()));
        }
        let rows = q
            .order_by_asc(complaint_event::Column::Id)
            .all(self.db.conn())
            .await?;
        Ok(rows.into_iter().map(EventView::from).collect())
    }

    pub async fn complaint_attachments(&self, id: ComplaintId) -> AppResult<Vec<AttachmentView>> {
        let rows = attachment::Entity::find()
            .filter(attachment::Column::ComplaintId.eq(id.0))
            .order_by_asc(attachment::Column::Id)
            .all(self.db.conn())
            .await?;
        Ok(rows.into_iter().map(AttachmentView::from).collect())
    }

    // ---- batch loads for the API's DataLoaders (one query per batch) ----

    pub async fn users_by_ids(&self, ids: &[i64]) -> AppResult<Vec<UserView>> {
        let rows = user::Entity::find()
            .filter(user::Column::Id.is_in(ids.iter().copied()))
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
            .filter(customer::Column::Id.is_in(ids.iter().copied()))
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

/// Append one timeline event.
#[allow(clippy::too_many_arguments)]
pub(crate) async fn insert_event<C: ConnectionTrait>(
    db: &C,
    complaint_id: i64,
    kind: EventKind,
    actor_id: Option<i64>,
    visibility: Visibility,
    (from, to): (Option<Status>, Option<Status>),
    body: Option<String>,
    data: serde_json::Value,
    at: DateTime<Utc>,
) -> AppResult<EventView> {
    let m = complaint_event::ActiveModel {
        id: NotSet,
        complaint_id: Set(complaint_id),
        kind: Set(kind.code().into()),
        actor_id: Set(actor_id),
        visibility: Set(visibility.code().into()),
        from_status: Set(from.map(|s| s.code().into())),
        to_status: Set(to.map(|s| s.code().into())),
        body: Set(body),
        data: Set(data.to_string()),
        created_at: Set(at),
    }
    .insert(db)
    .await?;
    Ok(m.into())
}
