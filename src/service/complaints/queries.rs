//! Reading complaints: single reads through the policy, lists filtered in SQL
//! by the actor's data scope with keyset pagination, and the batch loads behind
//! the API's DataLoaders. Complaint reads fetch the customer and the people
//! named on the complaint in the same query ([`Related`]).
use crate::auth::policy::ReadToken;
use crate::auth::policy::Scope;
use crate::auth::{policy, Actor, RequestMeta};
use crate::db::entity::{category, complaint};
use crate::db::{joined, repo};
use crate::domain::complaint::{Channel, Priority, Status};
use crate::domain::ids::{ComplaintId, CustomerId};
use crate::domain::number;
use crate::error::{AppError, AppResult};
use crate::service::authz::on;
use crate::service::complaints::order::ComplaintOrder;
use crate::service::complaints::views::{facts_of, head_facts, ComplaintDetailView, ComplaintView};
use crate::service::customers::views::CustomerView;
use crate::service::identity::views::UserView;
use crate::service::page::{decode_cursor, encode_cursor, page_size, Page};
use crate::service::{optional_text, Services};
use chrono::{DateTime, Utc};
use sea_orm::{ColumnTrait, Condition, EntityTrait, PaginatorTrait, QueryFilter, Select};

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
    /// One customer's complaints (a customer's history).
    pub customer_id: Option<i64>,
    /// The complaints linked to an announcement.
    pub announcement_id: Option<i64>,
    /// Complaints whose recorded SLA state is one of these.
    pub sla_states: Vec<crate::domain::sla::SlaState>,
}

impl ComplaintFilter {
    /// The filter as recorded in the audit log (what was asked, not what came back).
    pub(crate) fn audit_json(&self) -> serde_json::Value {
        fn codes(v: Vec<&'static str>) -> Option<Vec<&'static str>> {
            (!v.is_empty()).then_some(v)
        }
        serde_json::json!({
            "statuses": codes(self.statuses.iter().map(|s| s.code()).collect()),
            "priorities": codes(self.priorities.iter().map(|s| s.code()).collect()),
            "channels": codes(self.channels.iter().map(|s| s.code()).collect()),
            "categoryIds": (!self.category_ids.is_empty()).then_some(&self.category_ids),
            "teamId": self.team_id, "assigneeId": self.assignee_id,
            "acceptedById": self.accepted_by_id, "createdFrom": self.created_from,
            "createdTo": self.created_to,
            // a phone typed into the search box stays out of the trail
            "text": self.text.as_deref().map(crate::domain::pii_scrub::scrub),
            "isMajor": self.is_major,
            "openOnly": self.open_only,
            "slaStates": codes(self.sla_states.iter().map(|s| s.code()).collect()),
        })
    }
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
    fn collect_summary(rows: Vec<joined::SummaryRow>) -> (Vec<joined::ComplaintHead>, Related) {
        let mut related = Related::default();
        let mut heads = Vec::with_capacity(rows.len());
        for r in rows {
            related.customers.extend(r.customer.map(CustomerView::from));
            related.users.extend(r.assignee.map(UserView::from));
            heads.push(r.head);
        }
        (heads, related)
    }

    fn collect(rows: Vec<joined::ComplaintRow>) -> (Vec<complaint::Model>, Related) {
        let mut related = Related::default();
        let mut complaints = Vec::with_capacity(rows.len());
        for r in rows {
            related.customers.extend(r.customer.map(CustomerView::from));
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
        // recorded before anything is returned (fail closed)
        self.record_detail_reads(actor, meta, [&view.read]).await?;
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
        let facts = facts_of(&m)?;
        let decision = policy::authorize_read(actor, &facts, CustomerId(m.customer_id));
        let target = on("complaint", m.id);
        let token = self
            .authorize(actor, meta, "complaint.read", target, decision)
            .await?;
        ComplaintView::new(m, token)
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
        if let Some(c) = &cursor {
            q = order.after(q, c)?;
        }
        let rows = joined::fetch_summary(self.db.conn(), order.sorted(q), first + 1).await?;
        let (rows, related) = Related::collect_summary(rows);
        let mut keyed = rows
            .into_iter()
            .map(|m| Ok((order.key_of(&m)?, m)))
            .collect::<AppResult<Vec<_>>>()?;
        // the page arrives folded into one value, in the SQL order in
        // practice; SQL does not promise an aggregate's order, so it is
        // restored here
        keyed.sort_by(|(ka, a), (kb, b)| order.compare((*ka, a.id), (*kb, b.id)));
        let has_next = keyed.len() as u64 > first;
        let mut items = Vec::with_capacity(keyed.len().min(first as usize));
        for (k, m) in keyed.into_iter().take(first as usize) {
            // the SQL scope and the policy agree; a row they do not is left out
            let Ok(token) =
                policy::authorize_read(actor, &head_facts(&m)?, CustomerId(m.customer_id))
            else {
                tracing::warn!(
                    complaint = m.id,
                    "listed complaint refused by the read policy"
                );
                continue;
            };
            items.push((encode_cursor(k, m.id), ComplaintView::head(m, token)?));
        }
        self.record_search(
            actor,
            meta,
            "complaint.list",
            None,
            serde_json::json!({ "filter": filter.audit_json(), "orderBy": format!("{order:?}"),
                "after": after, "count": items.len() }),
        )
        .await?;
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
        let decision = policy::complaint_scope(actor);
        let scope = self
            .authorize(actor, meta, "complaint.list", None, decision)
            .await?;
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
        if let Some(c) = f.customer_id {
            q = q.filter(C::CustomerId.eq(c));
        }
        if let Some(a) = f.announcement_id {
            q = q.filter(C::AnnouncementId.eq(a));
        }
        if !f.sla_states.is_empty() {
            q = q.filter(C::SlaState.is_in(f.sla_states.iter().map(|s| s.code())));
        }
        if let Some(text) = optional_text("text", f.text.as_deref(), 100)? {
            q = self.resolve_text_filter(&text).await?.apply(q);
        }
        Ok(q)
    }

    /// Complaints by id, keeping only those the read policy lets the actor
    /// see, each with its token (search results, linked complaints).
    pub(crate) async fn readable_by_ids(
        &self,
        actor: &Actor,
        ids: &[i64],
    ) -> AppResult<Vec<ComplaintView>> {
        let rows = repo::complaints_by_ids(self.db.conn(), ids).await?;
        let mut out = Vec::with_capacity(rows.len());
        for m in rows {
            let facts = facts_of(&m)?;
            if let Ok(token) = policy::authorize_read(actor, &facts, CustomerId(m.customer_id)) {
                out.push(ComplaintView::new(m, token)?);
            }
        }
        Ok(out)
    }

    /// The complaints that readable complaints name as their `repeatOf`,
    /// keeping only those the actor may read too. Each one shown is a read,
    /// recorded before it is returned.
    pub async fn readable_complaints_by_ids(
        &self,
        actor: &Actor,
        meta: &RequestMeta,
        links: &[(ReadToken, ComplaintId)],
    ) -> AppResult<Vec<ComplaintView>> {
        let ids: Vec<i64> = links
            .iter()
            .filter(|(from, _)| from.reads_detail())
            .map(|(_, to)| to.0)
            .collect();
        let views = self.readable_by_ids(actor, &ids).await?;
        self.record_detail_reads(actor, meta, views.iter().map(|v| &v.read))
            .await?;
        Ok(views)
    }

    /// The detail of complaints listed earlier in the request, for the API's
    /// loader when a list asks for a detail field. The tokens prove the
    /// complaints were readable (the list recorded the read), so this reads
    /// and records nothing more; a complaint deleted since is left out.
    pub async fn complaint_details(
        &self,
        tokens: &[ReadToken],
    ) -> AppResult<Vec<(ReadToken, ComplaintDetailView)>> {
        let ids: Vec<i64> = tokens
            .iter()
            .filter(|t| t.reads_detail())
            .map(|t| t.complaint().0)
            .collect();
        let rows = repo::complaints_by_ids(self.db.conn(), &ids).await?;
        let mut out = Vec::with_capacity(rows.len());
        for m in rows {
            if let Some(t) = tokens.iter().find(|t| t.complaint().0 == m.id) {
                out.push((t.clone(), ComplaintDetailView::of(&m)?));
            }
        }
        Ok(out)
    }
}
