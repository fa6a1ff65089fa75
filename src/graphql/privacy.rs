//! Retention and erasure of personal data (PIPL): the retention rules, and
//! erasure requests decided by someone other than their requester.
use super::enums::mirror;
use super::load::connection;
use super::people::{load_user, User};
use super::{actor, parse_id, services, GqlResult};
use crate::domain::retention as d;
use crate::service::customers::erasure::ErasureView;
use crate::service::retention::RetentionRuleView;
use async_graphql::connection::{Connection, EmptyFields};
use async_graphql::{Context, Enum, InputObject, Object, Result, ID};
use chrono::{DateTime, Utc};

mirror!(RecordClass, d::RecordClass,
    "A class of record with a retention period: customers (erased once their last complaint has been closed that long), knowledge-base search analytics, read notifications.",
    { Customer, SearchLog, Notification });

mirror!(ErasureStatus, d::ErasureStatus,
    "Where an erasure request stands: pending, rejected, or approved and done.",
    { Pending, Rejected, Done });

/// How long one class of record is kept.
pub struct RetentionRule(pub RetentionRuleView);

#[Object]
impl RetentionRule {
    async fn record_class(&self) -> RecordClass {
        self.0.class.into()
    }
    async fn days(&self) -> i64 {
        self.0.days
    }
    /// The fewest days this class may be set to.
    async fn min_days(&self) -> i64 {
        self.0.class.min_days()
    }
    async fn version(&self) -> i32 {
        self.0.version
    }
    async fn updated_at(&self) -> Option<DateTime<Utc>> {
        self.0.updated_at
    }
    async fn updated_by(&self, ctx: &Context<'_>) -> Result<Option<User>> {
        load_user(ctx, self.0.updated_by).await
    }
}

/// A request to erase a customer's personal data.
pub struct CustomerErasure(pub ErasureView);

#[Object]
impl CustomerErasure {
    async fn id(&self) -> ID {
        ID(self.0.id.to_string())
    }
    async fn customer_id(&self) -> ID {
        ID(self.0.customer_id.to_string())
    }
    async fn status(&self) -> ErasureStatus {
        self.0.status.into()
    }
    async fn reason(&self) -> &str {
        &self.0.reason
    }
    async fn requested_by(&self, ctx: &Context<'_>) -> Result<Option<User>> {
        load_user(ctx, Some(self.0.requested_by)).await
    }
    async fn requested_at(&self) -> DateTime<Utc> {
        self.0.requested_at
    }
    async fn decided_by(&self, ctx: &Context<'_>) -> Result<Option<User>> {
        load_user(ctx, self.0.decided_by).await
    }
    async fn decided_at(&self) -> Option<DateTime<Utc>> {
        self.0.decided_at
    }
    async fn decision_reason(&self) -> Option<&str> {
        self.0.decision_reason.as_deref()
    }
    /// Complaints whose text held phone or ID numbers that were scrubbed.
    async fn complaints_scrubbed(&self) -> Option<i64> {
        self.0.complaints_scrubbed
    }
}

#[derive(InputObject)]
pub struct UpdateRetentionRuleInput {
    pub record_class: RecordClass,
    pub days: i64,
    /// The version the caller saw (a lost update is refused).
    pub expected_version: i32,
}

#[derive(InputObject)]
pub struct EraseCustomerInput {
    pub customer_id: ID,
    /// Why (the customer's request, a regulator's order, ...): kept with the request.
    pub reason: String,
}

#[derive(InputObject)]
pub struct DecideCustomerErasureInput {
    pub id: ID,
    pub approve: bool,
    pub reason: String,
}

#[derive(Default)]
pub struct PrivacyQuery;

#[Object]
impl PrivacyQuery {
    /// How long each class of record is kept. Needs `audit.read` or `retention.manage`.
    async fn retention_rules(&self, ctx: &Context<'_>) -> Result<Vec<RetentionRule>> {
        let (a, m) = actor(ctx)?;
        let rules = services(ctx).retention_rules(a, m).await.gql(ctx)?;
        Ok(rules.into_iter().map(RetentionRule).collect())
    }

    /// Erasure requests, newest first. Needs `customer.erase` or `customer.erase.request`.
    async fn customer_erasures(
        &self,
        ctx: &Context<'_>,
        status: Option<ErasureStatus>,
        first: Option<i32>,
        after: Option<String>,
    ) -> Result<Connection<String, CustomerErasure, EmptyFields>> {
        let (a, m) = actor(ctx)?;
        let page = services(ctx)
            .customer_erasures(
                a,
                m,
                status.map(Into::into),
                first.map(i64::from),
                after.as_deref(),
            )
            .await
            .gql(ctx)?;
        Ok(connection(page, CustomerErasure, EmptyFields))
    }
}

#[derive(Default)]
pub struct PrivacyMutation;

#[Object]
impl PrivacyMutation {
    /// Set how long a class of record is kept (audited). Needs `retention.manage`.
    async fn update_retention_rule(
        &self,
        ctx: &Context<'_>,
        input: UpdateRetentionRuleInput,
    ) -> Result<RetentionRule> {
        let (a, m) = actor(ctx)?;
        services(ctx)
            .update_retention_rule(
                a,
                m,
                input.record_class.into(),
                input.days,
                input.expected_version,
            )
            .await
            .map(RetentionRule)
            .gql(ctx)
    }

    /// Ask for a customer's personal data to be erased; someone else decides
    /// (`decideCustomerErasure`). Needs `customer.erase.request`.
    async fn erase_customer(
        &self,
        ctx: &Context<'_>,
        input: EraseCustomerInput,
    ) -> Result<CustomerErasure> {
        let (a, m) = actor(ctx)?;
        let id = parse_id("customerId", &input.customer_id).gql(ctx)?;
        services(ctx)
            .request_erasure(a, m, id, &input.reason)
            .await
            .map(CustomerErasure)
            .gql(ctx)
    }

    /// Approve (the erasure runs at once) or reject a pending request; never
    /// one's own. Needs `customer.erase`.
    async fn decide_customer_erasure(
        &self,
        ctx: &Context<'_>,
        input: DecideCustomerErasureInput,
    ) -> Result<CustomerErasure> {
        let (a, m) = actor(ctx)?;
        let id = parse_id("id", &input.id).gql(ctx)?;
        services(ctx)
            .decide_erasure(a, m, id, input.approve, &input.reason)
            .await
            .map(CustomerErasure)
            .gql(ctx)
    }
}
