//! GraphQL object types wrapping service views. Related records resolve
//! through the per-request loaders.
use super::enums::*;
pub use super::load::*;
use super::loaders::*;
pub use super::people::*;
use super::{req, services, GqlResult};
use crate::auth::policy;
use crate::service::complaints::views::*;
use async_graphql::connection::{Connection, EmptyFields};
use async_graphql::{Context, Object, Result, ID};
use chrono::{DateTime, NaiveDate, Utc};
use std::sync::Arc;

pub use super::audit_role::{AuditLog, PermissionInfo, Role};
pub use super::complaint_parts::{Attachment, ComplaintEvent};
pub use super::customer::{Customer, RevealedContact};

#[derive(Clone)]
pub struct Complaint(pub ComplaintView);

impl Complaint {
    /// The detail fields: in the view when the complaint was read whole,
    /// else loaded in one batch for all the complaints of a list that ask.
    async fn detail(&self, ctx: &Context<'_>) -> Result<Arc<ComplaintDetailView>> {
        if let Some(d) = &self.0.detail {
            return Ok(d.clone());
        }
        load_cached::<ComplaintDetailLoader, _, _>(ctx, Some(self.0.read.clone()))
            .await?
            .ok_or_else(|| {
                super::gql_error(
                    crate::error::AppError::not_found(format!("complaint {}", self.0.id)),
                    &req(ctx).meta,
                )
            })
    }
}

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
    async fn description(&self, ctx: &Context<'_>) -> Result<String> {
        let d = self.detail(ctx).await?;
        Ok(d.description.clone())
    }
    async fn customer(&self, ctx: &Context<'_>) -> Result<Option<Customer>> {
        load_cached::<CustomerLoader, _, _>(ctx, Some(self.0.read.clone()))
            .await
            .map(|o| o.map(Customer))
    }
    async fn occurred_at(&self, ctx: &Context<'_>) -> Result<Option<DateTime<Utc>>> {
        let d = self.detail(ctx).await?;
        Ok(d.occurred_at)
    }
    async fn occurred_place(&self, ctx: &Context<'_>) -> Result<Option<String>> {
        let d = self.detail(ctx).await?;
        Ok(d.occurred_place.clone())
    }
    async fn product_model(&self, ctx: &Context<'_>) -> Result<Option<String>> {
        let d = self.detail(ctx).await?;
        Ok(d.product_model.clone())
    }
    async fn product_batch(&self, ctx: &Context<'_>) -> Result<Option<String>> {
        let d = self.detail(ctx).await?;
        Ok(d.product_batch.clone())
    }
    async fn order_number(&self, ctx: &Context<'_>) -> Result<Option<String>> {
        let d = self.detail(ctx).await?;
        Ok(d.order_number.clone())
    }
    async fn purchased_on(&self, ctx: &Context<'_>) -> Result<Option<NaiveDate>> {
        let d = self.detail(ctx).await?;
        Ok(d.purchased_on)
    }
    async fn shipped_on(&self, ctx: &Context<'_>) -> Result<Option<NaiveDate>> {
        let d = self.detail(ctx).await?;
        Ok(d.shipped_on)
    }
    async fn arrived_on(&self, ctx: &Context<'_>) -> Result<Option<NaiveDate>> {
        let d = self.detail(ctx).await?;
        Ok(d.arrived_on)
    }
    /// Amount in dispute, in fen (1/100 yuan).
    async fn amount_disputed_cents(&self, ctx: &Context<'_>) -> Result<Option<i64>> {
        let d = self.detail(ctx).await?;
        Ok(d.amount_disputed_cents)
    }
    async fn refund_requested_cents(&self, ctx: &Context<'_>) -> Result<Option<i64>> {
        let d = self.detail(ctx).await?;
        Ok(d.refund_requested_cents)
    }
    /// Failed attempts to reach the customer for the satisfaction callback
    /// (the third closes the complaint as unreachable).
    async fn callback_attempts(&self, ctx: &Context<'_>) -> Result<i32> {
        Ok(self.detail(ctx).await?.callback_attempts)
    }
    async fn refund_granted_cents(&self, ctx: &Context<'_>) -> Result<Option<i64>> {
        let d = self.detail(ctx).await?;
        Ok(d.refund_granted_cents)
    }
    async fn responsibility(&self, ctx: &Context<'_>) -> Result<Option<Responsibility>> {
        let d = self.detail(ctx).await?;
        Ok(d.responsibility.map(Into::into))
    }
    async fn findings(&self, ctx: &Context<'_>) -> Result<Option<String>> {
        let d = self.detail(ctx).await?;
        Ok(d.findings.clone())
    }
    async fn resolution(&self, ctx: &Context<'_>) -> Result<Option<String>> {
        let d = self.detail(ctx).await?;
        Ok(d.resolution.clone())
    }
    /// Satisfaction at the callback, 1–5.
    async fn satisfaction(&self, ctx: &Context<'_>) -> Result<Option<i32>> {
        let d = self.detail(ctx).await?;
        Ok(d.satisfaction)
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
    async fn escalated_at(&self, ctx: &Context<'_>) -> Result<Option<DateTime<Utc>>> {
        let d = self.detail(ctx).await?;
        Ok(d.escalated_at)
    }
    async fn first_replied_at(&self, ctx: &Context<'_>) -> Result<Option<DateTime<Utc>>> {
        let d = self.detail(ctx).await?;
        Ok(d.first_replied_at)
    }
    async fn resolved_at(&self, ctx: &Context<'_>) -> Result<Option<DateTime<Utc>>> {
        let d = self.detail(ctx).await?;
        Ok(d.resolved_at)
    }
    async fn closed_at(&self, ctx: &Context<'_>) -> Result<Option<DateTime<Utc>>> {
        let d = self.detail(ctx).await?;
        Ok(d.closed_at)
    }
    /// Its approvals above authority, newest first.
    async fn approvals(&self, ctx: &Context<'_>) -> Result<Vec<super::approvals::Approval>> {
        let list = services(ctx)
            .approvals_of_complaint(self.0.id.0)
            .await
            .gql(ctx)?;
        Ok(list.into_iter().map(super::approvals::Approval).collect())
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
    /// Where the complaint stands against its time limits, now; `null`
    /// for a complaint registered before clocks existed.
    async fn sla(&self, ctx: &Context<'_>) -> Result<Option<super::sla_view::ComplaintSla>> {
        let view = load_read::<SlaLoader, _, _>(ctx, Some(self.0.read.clone())).await?;
        Ok(view.flatten().map(Into::into))
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
        let d = self.detail(ctx).await?;
        load::<KbVersionLoader, _>(ctx, d.used_kb_version_id)
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
