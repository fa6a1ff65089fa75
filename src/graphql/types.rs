//! GraphQL object types wrapping service views. Related records resolve
//! through the per-request loaders.
use super::enums::*;
use super::loaders::*;
use super::{req, services, GqlResult};
use crate::auth::policy;
use crate::service::complaints::views::*;
use crate::service::identity::views::*;
use crate::service::org::views::*;
use crate::service::page::Page;
use async_graphql::connection::{Connection, EmptyFields};
use async_graphql::dataloader::{DataLoader, HashMapCache, NoCache};
use async_graphql::{Context, Object, Result, ID};
use chrono::{DateTime, NaiveDate, Utc};

pub use super::audit_role::{AuditLog, PermissionInfo, Role};
pub use super::complaint_parts::{Attachment, ComplaintEvent};
pub use super::customer::{Customer, RevealedContact};

pub(crate) async fn load<L, V>(ctx: &Context<'_>, key: Option<i64>) -> Result<Option<V>>
where
    L: async_graphql::dataloader::Loader<i64, Value = V, Error = LoaderError>,
    V: Clone + Send + Sync + 'static,
{
    load_with::<L, i64, V, NoCache>(ctx, key).await
}

/// Load through a loader keyed by a read token (complaint data).
async fn load_read<L, K, V>(ctx: &Context<'_>, key: Option<K>) -> Result<Option<V>>
where
    L: async_graphql::dataloader::Loader<K, Value = V, Error = LoaderError>,
    K: Send + Sync + std::hash::Hash + Eq + Clone + 'static,
    V: Clone + Send + Sync + 'static,
{
    load_with::<L, K, V, NoCache>(ctx, key).await
}

/// Same, for the loaders that keep a per-request cache.
async fn load_cached<L, K, V>(ctx: &Context<'_>, key: Option<K>) -> Result<Option<V>>
where
    L: async_graphql::dataloader::Loader<K, Value = V, Error = LoaderError>,
    K: Send + Sync + std::hash::Hash + Eq + Clone + 'static,
    V: Clone + Send + Sync + 'static,
{
    load_with::<L, K, V, HashMapCache>(ctx, key).await
}

async fn load_with<L, K, V, C>(ctx: &Context<'_>, key: Option<K>) -> Result<Option<V>>
where
    L: async_graphql::dataloader::Loader<K, Value = V, Error = LoaderError>,
    K: Send + Sync + std::hash::Hash + Eq + Clone + 'static,
    V: Clone + Send + Sync + 'static,
    C: async_graphql::dataloader::CacheFactory + 'static,
{
    let Some(k) = key else { return Ok(None) };
    ctx.data_unchecked::<DataLoader<L, C>>()
        .load_one(k)
        .await
        .map_err(|e| {
            super::gql_error(
                crate::error::AppError::internal_msg(e.0.to_string()),
                &req(ctx).meta,
            )
        })
}

pub(crate) async fn load_user(ctx: &Context<'_>, id: Option<i64>) -> Result<Option<User>> {
    load_cached::<UserLoader, _, _>(ctx, id)
        .await
        .map(|o| o.map(User))
}

pub(crate) async fn load_category(ctx: &Context<'_>, id: i64) -> Result<Option<Category>> {
    load::<CategoryLoader, _>(ctx, Some(id))
        .await
        .map(|o| o.map(Category))
}

#[derive(Clone)]
pub struct User(pub UserView);

#[Object]
impl User {
    async fn id(&self) -> ID {
        ID(self.0.id.to_string())
    }
    async fn username(&self) -> &str {
        &self.0.username
    }
    async fn display_name(&self) -> &str {
        &self.0.display_name
    }
    async fn active(&self) -> bool {
        self.0.active
    }
    async fn team(&self, ctx: &Context<'_>) -> Result<Option<Team>> {
        load::<TeamLoader, _>(ctx, self.0.team_id.map(|t| t.0))
            .await
            .map(|o| o.map(Team))
    }
    /// Role codes held by the user.
    async fn roles(&self, ctx: &Context<'_>) -> Result<Vec<String>> {
        Ok(load::<UserRolesLoader, _>(ctx, Some(self.0.id.0))
            .await?
            .unwrap_or_default())
    }
    async fn created_at(&self) -> DateTime<Utc> {
        self.0.created_at
    }
}

#[derive(Clone)]
pub struct Team(pub TeamView);

#[Object]
impl Team {
    async fn id(&self) -> ID {
        ID(self.0.id.to_string())
    }
    async fn name(&self) -> &str {
        &self.0.name
    }
    /// center, branch, store, expert or department.
    async fn kind(&self) -> &str {
        &self.0.kind
    }
    async fn parent(&self, ctx: &Context<'_>) -> Result<Option<Team>> {
        load::<TeamLoader, _>(ctx, self.0.parent_id.map(|t| t.0))
            .await
            .map(|o| o.map(Team))
    }
    async fn parent_id(&self) -> Option<ID> {
        self.0.parent_id.map(|p| ID(p.to_string()))
    }
}

#[derive(Clone)]
pub struct Category(pub CategoryView);

#[Object]
impl Category {
    async fn id(&self) -> ID {
        ID(self.0.id.to_string())
    }
    async fn code(&self) -> &str {
        &self.0.code
    }
    async fn name(&self) -> &str {
        &self.0.name
    }
    async fn parent_id(&self) -> Option<ID> {
        self.0.parent_id.map(|p| ID(p.to_string()))
    }
    async fn parent(&self, ctx: &Context<'_>) -> Result<Option<Category>> {
        load::<CategoryLoader, _>(ctx, self.0.parent_id.map(|t| t.0))
            .await
            .map(|o| o.map(Category))
    }
    /// The team that investigates this kind of complaint by default.
    async fn default_team(&self, ctx: &Context<'_>) -> Result<Option<Team>> {
        load::<TeamLoader, _>(ctx, self.0.default_team_id.map(|t| t.0))
            .await
            .map(|o| o.map(Team))
    }
    /// False once retired: hidden from intake, kept on old complaints.
    async fn active(&self) -> bool {
        self.0.active
    }
}

#[derive(Clone)]
pub struct Complaint(pub ComplaintView);

#[Object]
impl Complaint {
    async fn id(&self) -> ID {
        ID(self.0.id.to_string())
    }
    /// Human-readable number, e.g. TS20261123-000042.
    async fn number(&self) -> &str {
        &self.0.number
    }
    async fn status(&self) -> ComplaintStatus {
        self.0.status.into()
    }
    /// Chinese label of the internal status.
    async fn status_label(&self) -> &str {
        self.0.status.label()
    }
    /// The status as the customer sees it (one of four).
    async fn public_status(&self) -> &str {
        self.0.status.public_label()
    }
    async fn channel(&self) -> Channel {
        self.0.channel.into()
    }
    async fn priority(&self) -> Priority {
        self.0.priority.into()
    }
    async fn category(&self, ctx: &Context<'_>) -> Result<Option<Category>> {
        load::<CategoryLoader, _>(ctx, Some(self.0.category_id.0))
            .await
            .map(|o| o.map(Category))
    }
    async fn title(&self) -> &str {
        &self.0.title
    }
    async fn description(&self) -> &str {
        &self.0.description
    }
    async fn customer(&self, ctx: &Context<'_>) -> Result<Option<Customer>> {
        load_cached::<CustomerLoader, _, _>(ctx, Some(self.0.read.clone()))
            .await
            .map(|o| o.map(Customer))
    }
    async fn occurred_at(&self) -> Option<DateTime<Utc>> {
        self.0.occurred_at
    }
    async fn occurred_place(&self) -> Option<&str> {
        self.0.occurred_place.as_deref()
    }
    async fn product_model(&self) -> Option<&str> {
        self.0.product_model.as_deref()
    }
    async fn product_batch(&self) -> Option<&str> {
        self.0.product_batch.as_deref()
    }
    async fn order_number(&self) -> Option<&str> {
        self.0.order_number.as_deref()
    }
    async fn purchased_on(&self) -> Option<NaiveDate> {
        self.0.purchased_on
    }
    async fn shipped_on(&self) -> Option<NaiveDate> {
        self.0.shipped_on
    }
    async fn arrived_on(&self) -> Option<NaiveDate> {
        self.0.arrived_on
    }
    /// Amount in dispute, in fen (1/100 yuan).
    async fn amount_disputed_cents(&self) -> Option<i64> {
        self.0.amount_disputed_cents
    }
    async fn refund_requested_cents(&self) -> Option<i64> {
        self.0.refund_requested_cents
    }
    async fn refund_granted_cents(&self) -> Option<i64> {
        self.0.refund_granted_cents
    }
    async fn responsibility(&self) -> Option<Responsibility> {
        self.0.responsibility.map(Into::into)
    }
    async fn findings(&self) -> Option<&str> {
        self.0.findings.as_deref()
    }
    async fn resolution(&self) -> Option<&str> {
        self.0.resolution.as_deref()
    }
    /// Satisfaction at the callback, 1–5.
    async fn satisfaction(&self) -> Option<i32> {
        self.0.satisfaction
    }
    async fn is_major(&self) -> bool {
        self.0.is_major
    }
    /// The earlier complaint this one repeats, if the caller may read it.
    async fn repeat_of(&self, ctx: &Context<'_>) -> Result<Option<Complaint>> {
        load_read::<ReadableComplaintLoader, _, _>(
            ctx,
            self.0.repeat_of_id.map(|c| (self.0.read.clone(), c)),
        )
        .await
        .map(|o| o.map(Complaint))
    }
    async fn repeat_of_id(&self) -> Option<ID> {
        self.0.repeat_of_id.map(|c| ID(c.to_string()))
    }
    async fn reopen_count(&self) -> i32 {
        self.0.reopen_count
    }
    /// The person who accepted the complaint and stays accountable (首问负责).
    async fn accepted_by(&self, ctx: &Context<'_>) -> Result<Option<User>> {
        load_cached::<UserLoader, _, _>(ctx, Some(self.0.accepted_by_id.0))
            .await
            .map(|o| o.map(User))
    }
    async fn accepted_team(&self, ctx: &Context<'_>) -> Result<Option<Team>> {
        load::<TeamLoader, _>(ctx, self.0.accepted_team_id.map(|t| t.0))
            .await
            .map(|o| o.map(Team))
    }
    /// The team currently handling it.
    async fn team(&self, ctx: &Context<'_>) -> Result<Option<Team>> {
        load::<TeamLoader, _>(ctx, self.0.team_id.map(|t| t.0))
            .await
            .map(|o| o.map(Team))
    }
    async fn assignee(&self, ctx: &Context<'_>) -> Result<Option<User>> {
        load_cached::<UserLoader, _, _>(ctx, self.0.assignee_id.map(|t| t.0))
            .await
            .map(|o| o.map(User))
    }
    /// Pass this back as `expectedVersion` when changing the complaint.
    async fn version(&self) -> i32 {
        self.0.version
    }
    async fn created_at(&self) -> DateTime<Utc> {
        self.0.created_at
    }
    async fn updated_at(&self) -> DateTime<Utc> {
        self.0.updated_at
    }
    async fn escalated_at(&self) -> Option<DateTime<Utc>> {
        self.0.escalated_at
    }
    async fn first_replied_at(&self) -> Option<DateTime<Utc>> {
        self.0.first_replied_at
    }
    async fn resolved_at(&self) -> Option<DateTime<Utc>> {
        self.0.resolved_at
    }
    async fn closed_at(&self) -> Option<DateTime<Utc>> {
        self.0.closed_at
    }
    /// The timeline, oldest first; `visibility: CUSTOMER` gives what the customer was told.
    async fn timeline(
        &self,
        ctx: &Context<'_>,
        visibility: Option<Visibility>,
    ) -> Result<Vec<ComplaintEvent>> {
        let all = load_read::<EventsLoader, _, _>(ctx, Some(self.0.read.clone()))
            .await?
            .unwrap_or_default();
        Ok(match visibility {
            Some(v) => all
                .into_iter()
                .filter(|e| Visibility::from(e.visibility) == v)
                .map(ComplaintEvent)
                .collect(),
            None => all.into_iter().map(ComplaintEvent).collect(),
        })
    }
    async fn attachments(&self, ctx: &Context<'_>) -> Result<Vec<Attachment>> {
        Ok(
            load_read::<AttachmentsLoader, _, _>(ctx, Some(self.0.read.clone()))
                .await?
                .unwrap_or_default()
                .into_iter()
                .map(Attachment)
                .collect(),
        )
    }
    /// What the customer was told: the four public states and the
    /// customer-visible notes, oldest first.
    async fn customer_timeline(
        &self,
        ctx: &Context<'_>,
    ) -> Result<Vec<super::customer_timeline::CustomerTimelineEntry>> {
        let events = load_read::<EventsLoader, _, _>(ctx, Some(self.0.read.clone()))
            .await?
            .unwrap_or_default();
        Ok(
            crate::domain::customer_timeline::customer_timeline(events.iter().map(|e| e.facts()))
                .into_iter()
                .map(super::customer_timeline::CustomerTimelineEntry)
                .collect(),
        )
    }
    /// The announcement (mass incident) this complaint is linked to.
    async fn announcement(
        &self,
        ctx: &Context<'_>,
    ) -> Result<Option<super::announcements::Announcement>> {
        Ok(load::<AnnouncementLoader, _>(ctx, self.0.announcement_id)
            .await?
            .map(super::announcements::Announcement))
    }
    /// The knowledge-base article version that answered the call.
    async fn used_kb_version(&self, ctx: &Context<'_>) -> Result<Option<super::kb::KbVersion>> {
        load::<KbVersionLoader, _>(ctx, self.0.used_kb_version_id)
            .await
            .map(|o| o.map(super::kb::KbVersion))
    }
    /// Lifecycle steps the caller may take now.
    async fn available_actions(&self, ctx: &Context<'_>) -> Vec<ComplaintAction> {
        match &req(ctx).actor {
            Some(a) => policy::available_actions(a, &self.0.facts())
                .into_iter()
                .map(Into::into)
                .collect(),
            None => vec![],
        }
    }
}

/// Extra fields on complaint connections.
pub struct ComplaintConnectionFields {
    pub(crate) filter: crate::service::complaints::ComplaintFilter,
}

#[Object]
impl ComplaintConnectionFields {
    /// How many complaints match the filter in all (computed only when asked for).
    async fn total_count(&self, ctx: &Context<'_>) -> Result<u64> {
        let (actor, meta) = super::actor(ctx)?;
        services(ctx)
            .count_complaints(actor, meta, &self.filter)
            .await
            .gql(ctx)
    }
}

pub type ComplaintConnection = Connection<String, Complaint, ComplaintConnectionFields>;
pub type AuditLogConnection = Connection<String, AuditLog, EmptyFields>;
pub type UserConnection = Connection<String, User, EmptyFields>;

/// Build a connection from a service page.
pub fn connection<T, N, E>(
    page: Page<T>,
    wrap: impl Fn(T) -> N,
    extra: E,
) -> Connection<String, N, E>
where
    N: async_graphql::OutputType,
    E: async_graphql::ObjectType,
{
    let mut c = Connection::with_additional_fields(page.has_previous, page.has_next, extra);
    c.edges.extend(
        page.items
            .into_iter()
            .map(|(cursor, item)| async_graphql::connection::Edge::new(cursor, wrap(item))),
    );
    c
}
