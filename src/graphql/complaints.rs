//! Complaint queries; mutations live in `complaint_mutations`.
use super::complaint_inputs::*;
use super::enums::*;
use super::loaders;
use super::types::*;
use super::{actor, parse_id, parse_opt_id, services, GqlResult};
use crate::error::AppError;
use crate::service::complaints::{ComplaintFilter as SFilter, ComplaintKey, Cutoff, SimilarTo};
use async_graphql::{Context, InputObject, Object, Result, ID};
use chrono::{DateTime, Utc};

#[derive(InputObject, Default)]
pub struct ComplaintFilter {
    pub statuses: Option<Vec<ComplaintStatus>>,
    pub priorities: Option<Vec<Priority>>,
    pub channels: Option<Vec<Channel>>,
    /// A top-level category includes its sub-categories.
    pub category_ids: Option<Vec<ID>>,
    pub team_id: Option<ID>,
    pub assignee_id: Option<ID>,
    pub accepted_by_id: Option<ID>,
    pub created_from: Option<DateTime<Utc>>,
    pub created_to: Option<DateTime<Utc>>,
    /// Substring of the title or description, or an exact complaint number.
    pub text: Option<String>,
    pub is_major: Option<bool>,
    /// Only complaints still being worked.
    pub open_only: Option<bool>,
    /// One customer's complaints.
    pub customer_id: Option<ID>,
    /// The complaints linked to an announcement.
    pub announcement_id: Option<ID>,
    /// Complaints whose recorded SLA state is one of these (the state the
    /// scheduler last recorded; `sla.state` is computed at read time).
    pub sla_states: Option<Vec<SlaState>>,
}

impl ComplaintFilter {
    fn into_service(self) -> Result<SFilter, AppError> {
        let ids = |v: Option<Vec<ID>>, f: &str| -> Result<Vec<i64>, AppError> {
            v.unwrap_or_default()
                .iter()
                .map(|i| parse_id(f, i))
                .collect()
        };
        Ok(SFilter {
            statuses: self
                .statuses
                .unwrap_or_default()
                .into_iter()
                .map(Into::into)
                .collect(),
            priorities: self
                .priorities
                .unwrap_or_default()
                .into_iter()
                .map(Into::into)
                .collect(),
            channels: self
                .channels
                .unwrap_or_default()
                .into_iter()
                .map(Into::into)
                .collect(),
            category_ids: ids(self.category_ids, "categoryIds")?,
            team_id: parse_opt_id("teamId", &self.team_id)?,
            assignee_id: parse_opt_id("assigneeId", &self.assignee_id)?,
            accepted_by_id: parse_opt_id("acceptedById", &self.accepted_by_id)?,
            created_from: self.created_from,
            created_to: self.created_to,
            text: self.text,
            is_major: self.is_major,
            open_only: self.open_only.unwrap_or(false),
            customer_id: parse_opt_id("customerId", &self.customer_id)?,
            announcement_id: parse_opt_id("announcementId", &self.announcement_id)?,
            sla_states: self
                .sla_states
                .unwrap_or_default()
                .into_iter()
                .map(Into::into)
                .collect(),
        })
    }
}

#[derive(Default)]
pub struct ComplaintQuery;

async fn read(
    ctx: &Context<'_>,
    a: &crate::auth::Actor,
    m: &crate::auth::RequestMeta,
    key: ComplaintKey<'_>,
) -> Result<Complaint> {
    let (view, related) = services(ctx).read_complaint(a, m, key).await.gql(ctx)?;
    loaders::prime(ctx, related, [&view.read]).await;
    Ok(Complaint(view))
}

#[Object]
impl ComplaintQuery {
    async fn complaint(&self, ctx: &Context<'_>, id: ID) -> Result<Complaint> {
        let (a, m) = actor(ctx)?;
        let id = parse_id("id", &id).gql(ctx)?;
        read(ctx, a, m, ComplaintKey::Id(id)).await
    }

    async fn complaint_by_number(&self, ctx: &Context<'_>, number: String) -> Result<Complaint> {
        let (a, m) = actor(ctx)?;
        read(ctx, a, m, ComplaintKey::Number(&number)).await
    }

    /// Complaints the caller may see, newest first unless `orderBy` says otherwise.
    async fn complaints(
        &self,
        ctx: &Context<'_>,
        filter: Option<ComplaintFilter>,
        #[graphql(desc = "Page size, 1 to 100 (default 20).")] first: Option<i32>,
        after: Option<String>,
        order_by: Option<ComplaintOrder>,
    ) -> Result<ComplaintConnection> {
        let (a, m) = actor(ctx)?;
        let filter = filter.unwrap_or_default().into_service().gql(ctx)?;
        let (page, related) = services(ctx)
            .list_complaints(
                a,
                m,
                &filter,
                order_by.unwrap_or_default().into(),
                first.map(i64::from),
                after.as_deref(),
            )
            .await
            .gql(ctx)?;
        let read: Vec<_> = page.items.iter().map(|(_, c)| c.read.clone()).collect();
        loaders::prime(ctx, related, &read).await;
        Ok(connection(
            page,
            Complaint,
            ComplaintConnectionFields { filter },
        ))
    }

    /// Resolved complaints due for the satisfaction call, the callback
    /// deadline (1 working day from resolution) that runs out first first.
    async fn callback_queue(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "Page size, 1 to 100 (default 20).")] first: Option<i32>,
        after: Option<String>,
    ) -> Result<ComplaintConnection> {
        let (a, m) = actor(ctx)?;
        let (page, related, filter) = services(ctx)
            .callback_queue(a, m, first.map(i64::from), after.as_deref())
            .await
            .gql(ctx)?;
        let read: Vec<_> = page.items.iter().map(|(_, c)| c.read.clone()).collect();
        loaders::prime(ctx, related, &read).await;
        Ok(connection(
            page,
            Complaint,
            ComplaintConnectionFields { filter },
        ))
    }

    /// Look a customer up by the phone number the caller gives (masked; audited).
    async fn customer_by_phone(
        &self,
        ctx: &Context<'_>,
        phone: String,
    ) -> Result<Option<Customer>> {
        let (a, m) = actor(ctx)?;
        Ok(services(ctx)
            .customer_by_phone(a, m, &phone)
            .await
            .gql(ctx)?
            .map(Customer))
    }

    /// Earlier complaints about the same problem (by `complaintId` or by `text`),
    /// only ones you may read, and none that is only faintly alike: an empty
    /// list rather than unrelated complaints.
    async fn similar_complaints(
        &self,
        ctx: &Context<'_>,
        complaint_id: Option<ID>,
        text: Option<String>,
        #[graphql(
            desc = "With `text`: the category chosen so far; complaints of it come first among near equals."
        )]
        category_id: Option<ID>,
        first: Option<i32>,
    ) -> Result<Vec<SimilarComplaint>> {
        let (a, m) = actor(ctx)?;
        let id = parse_opt_id("complaintId", &complaint_id).gql(ctx)?;
        let category = parse_opt_id("categoryId", &category_id).gql(ctx)?;
        let source = SimilarTo::from_args(id, text.as_deref(), category).gql(ctx)?;
        let out = services(ctx)
            .similar_complaints(a, m, source, first.map(i64::from), Cutoff::Calibrated)
            .await
            .gql(ctx)?;
        Ok(out
            .into_iter()
            .map(|s| SimilarComplaint {
                complaint: Complaint(s.complaint),
                score: f64::from(s.strength),
                semantic: s.semantic,
            })
            .collect())
    }

    /// The category tree; deactivated categories only with `includeInactive`
    /// (intake leaves them out; old complaints keep theirs).
    async fn categories(
        &self,
        ctx: &Context<'_>,
        #[graphql(default = false)] include_inactive: bool,
    ) -> Result<Vec<Category>> {
        actor(ctx)?;
        Ok(services(ctx)
            .categories(include_inactive)
            .await
            .gql(ctx)?
            .into_iter()
            .map(Category)
            .collect())
    }

    async fn teams(&self, ctx: &Context<'_>) -> Result<Vec<Team>> {
        actor(ctx)?;
        Ok(services(ctx)
            .teams()
            .await
            .gql(ctx)?
            .into_iter()
            .map(Team)
            .collect())
    }
}
