//! Approvals above authority in the API: the approvers' queue, decisions,
//! and each role's authority limit.
use super::audit_role::Role;
use super::enums::ApprovalStatus;
use super::load::{connection, load_cached};
use super::loaders::UserLoader;
use super::people::User;
use super::{actor, parse_id, services, GqlResult};
use crate::service::approvals::{ApprovalView, Decision};
use async_graphql::connection::{Connection, EmptyFields};
use async_graphql::{Context, InputObject, Object, Result, SimpleObject, ID};
use chrono::{DateTime, Utc};

/// A refund or compensation above its proposer's authority, for an approver.
#[derive(Clone)]
pub struct Approval(pub ApprovalView);

#[Object]
impl Approval {
    async fn id(&self) -> ID {
        ID(self.0.id.to_string())
    }
    async fn complaint_id(&self) -> ID {
        ID(self.0.complaint_id.to_string())
    }
    async fn complaint_number(&self) -> &str {
        &self.0.complaint_number
    }
    async fn status(&self) -> ApprovalStatus {
        self.0.status.into()
    }
    /// What was proposed.
    async fn amount_cents(&self) -> i64 {
        self.0.amount_cents
    }
    /// The fee charged by mistake, when the amount is its double refund.
    async fn wrongly_charged_cents(&self) -> Option<i64> {
        self.0.wrongly_charged_cents
    }
    /// What the approver granted (may differ from `amountCents`).
    async fn approved_cents(&self) -> Option<i64> {
        self.0.approved_cents
    }
    /// The proposed resolution the amount belongs to.
    async fn resolution(&self) -> &str {
        &self.0.resolution
    }
    async fn requested_by(&self, ctx: &Context<'_>) -> Result<Option<User>> {
        load_cached::<UserLoader, _, _>(ctx, Some(self.0.requested_by))
            .await
            .map(|o| o.map(User))
    }
    async fn requested_at(&self) -> DateTime<Utc> {
        self.0.requested_at
    }
    async fn decided_by(&self, ctx: &Context<'_>) -> Result<Option<User>> {
        load_cached::<UserLoader, _, _>(ctx, self.0.decided_by)
            .await
            .map(|o| o.map(User))
    }
    async fn decided_at(&self) -> Option<DateTime<Utc>> {
        self.0.decided_at
    }
    async fn decision_reason(&self) -> Option<&str> {
        self.0.decision_reason.as_deref()
    }
}

#[derive(InputObject)]
pub struct DecideApprovalInput {
    pub id: ID,
    pub approve: bool,
    /// The amount granted, when the approver changes what was proposed.
    pub amount_cents: Option<i64>,
    /// Why (required, also when approving as proposed).
    pub reason: String,
}

#[derive(InputObject)]
pub struct SetRoleAuthorityLimitInput {
    pub role_id: ID,
    /// What the role may grant without approval, in cents; null restores the
    /// default (1,000 元).
    pub limit_cents: Option<i64>,
}

#[derive(SimpleObject)]
pub struct MyAuthority {
    /// What the caller may grant without approval, in cents.
    pub limit_cents: i64,
}

#[derive(Default)]
pub struct ApprovalQuery;

#[Object]
impl ApprovalQuery {
    /// Approvals oldest first (the queue order). Approvers see all; anyone
    /// else the approvals they requested.
    async fn approvals(
        &self,
        ctx: &Context<'_>,
        status: Option<ApprovalStatus>,
        first: Option<i32>,
        after: Option<String>,
    ) -> Result<Connection<String, Approval, EmptyFields>> {
        let (a, _) = actor(ctx)?;
        let page = services(ctx)
            .approvals(
                a,
                status.map(Into::into),
                first.map(i64::from),
                after.as_deref(),
            )
            .await
            .gql(ctx)?;
        Ok(connection(page, Approval, EmptyFields))
    }

    /// What the caller may grant without approval.
    async fn my_authority(&self, ctx: &Context<'_>) -> Result<MyAuthority> {
        let (a, _) = actor(ctx)?;
        let limit_cents = services(ctx).authority_of(a).await.gql(ctx)?;
        Ok(MyAuthority { limit_cents })
    }
}

#[derive(Default)]
pub struct ApprovalMutation;

#[Object]
impl ApprovalMutation {
    /// Approve or reject a pending approval; never one's own.
    async fn decide_approval(
        &self,
        ctx: &Context<'_>,
        input: DecideApprovalInput,
    ) -> Result<Approval> {
        let (a, m) = actor(ctx)?;
        let d = Decision {
            id: parse_id("id", &input.id).gql(ctx)?,
            approve: input.approve,
            amount_cents: input.amount_cents,
            reason: input.reason,
        };
        services(ctx)
            .decide_approval(a, m, d)
            .await
            .map(Approval)
            .gql(ctx)
    }

    /// Set what a role may grant without approval (`role.manage`).
    async fn set_role_authority_limit(
        &self,
        ctx: &Context<'_>,
        input: SetRoleAuthorityLimitInput,
    ) -> Result<Role> {
        let (a, m) = actor(ctx)?;
        let id = parse_id("roleId", &input.role_id).gql(ctx)?;
        services(ctx)
            .set_role_authority_limit(a, m, id, input.limit_cents)
            .await
            .map(Role)
            .gql(ctx)
    }
}
