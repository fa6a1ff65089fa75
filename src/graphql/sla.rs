//! SLA clocks and policies in the API.
use super::enums::{Priority, TargetUnit};
use super::types::Complaint;
use super::{actor, parse_id, parse_opt_id, services, GqlResult};
use crate::domain::sla as d;
use crate::service::sla::{ClockInput, PolicyInput, PolicyView};
use async_graphql::{Context, InputObject, Object, Result, SimpleObject, ID};
use chrono::{DateTime, Utc};

/// A time limit: a value and its unit.
#[derive(SimpleObject, InputObject, Clone, Copy)]
#[graphql(input_name = "SlaTargetInput")]
pub struct SlaTarget {
    pub value: i32,
    pub unit: TargetUnit,
}

impl From<d::Target> for SlaTarget {
    fn from(t: d::Target) -> Self {
        SlaTarget {
            value: i32::try_from(t.value).unwrap_or(i32::MAX),
            unit: t.unit.into(),
        }
    }
}

impl From<SlaTarget> for d::Target {
    fn from(t: SlaTarget) -> Self {
        d::Target::new(i64::from(t.value), t.unit.into())
    }
}

/// Targets for complaints of a category and priority (either may be any).
#[derive(SimpleObject)]
pub struct SlaPolicy {
    pub id: ID,
    /// `null`: any category.
    pub category_id: Option<ID>,
    /// `null`: any priority.
    pub priority: Option<Priority>,
    pub first_response: SlaTarget,
    pub resolution: SlaTarget,
    pub escalation: SlaTarget,
    pub investigation: SlaTarget,
    pub callback: SlaTarget,
    pub version: i32,
    pub updated_at: DateTime<Utc>,
}

impl From<PolicyView> for SlaPolicy {
    fn from(p: PolicyView) -> Self {
        let t = p.targets;
        SlaPolicy {
            id: ID(p.id.to_string()),
            category_id: p.category_id.map(|c| ID(c.to_string())),
            priority: p.priority.map(Into::into),
            first_response: t.first_response.into(),
            resolution: t.resolution.into(),
            escalation: t.escalation.into(),
            investigation: t.investigation.into(),
            callback: t.callback.into(),
            version: p.version,
            updated_at: p.updated_at,
        }
    }
}

/// Create a policy (no `id`) or replace one (`id` with `expectedVersion`).
#[derive(InputObject)]
pub struct SaveSlaPolicyInput {
    pub id: Option<ID>,
    pub expected_version: Option<i32>,
    pub category_id: Option<ID>,
    pub priority: Option<Priority>,
    pub first_response: SlaTarget,
    pub resolution: SlaTarget,
    pub escalation: SlaTarget,
    pub investigation: SlaTarget,
    pub callback: SlaTarget,
}

/// Pause or resume a complaint's clocks, with why.
#[derive(InputObject)]
pub struct ClockChangeInput {
    pub complaint_id: ID,
    /// E.g. waiting for the customer's documents, or for the carrier's report.
    pub reason: String,
    pub expected_version: Option<i32>,
}

#[derive(Default)]
pub struct SlaQuery;

#[Object]
impl SlaQuery {
    /// SLA policies (`sla.manage` or `report.read`).
    async fn sla_policies(&self, ctx: &Context<'_>) -> Result<Vec<SlaPolicy>> {
        let (a, m) = actor(ctx)?;
        let list = services(ctx).sla_policies(a, m).await.gql(ctx)?;
        Ok(list.into_iter().map(Into::into).collect())
    }
}

#[derive(Default)]
pub struct SlaMutation;

fn clock_input(ctx: &Context<'_>, input: ClockChangeInput) -> Result<ClockInput> {
    Ok(ClockInput {
        complaint_id: parse_id("complaintId", &input.complaint_id).gql(ctx)?,
        reason: input.reason,
        expected_version: input.expected_version,
    })
}

#[Object]
impl SlaMutation {
    /// Stop the complaint's clocks while it waits for the customer or a third party.
    async fn pause_clock(&self, ctx: &Context<'_>, input: ClockChangeInput) -> Result<Complaint> {
        let (a, m) = actor(ctx)?;
        let input = clock_input(ctx, input)?;
        services(ctx)
            .pause_clocks(a, m, input)
            .await
            .map(Complaint)
            .gql(ctx)
    }

    /// Restart the complaint's paused clocks.
    async fn resume_clock(&self, ctx: &Context<'_>, input: ClockChangeInput) -> Result<Complaint> {
        let (a, m) = actor(ctx)?;
        let input = clock_input(ctx, input)?;
        services(ctx)
            .resume_clocks(a, m, input)
            .await
            .map(Complaint)
            .gql(ctx)
    }

    /// Create or replace an SLA policy (`sla.manage`).
    async fn save_sla_policy(
        &self,
        ctx: &Context<'_>,
        input: SaveSlaPolicyInput,
    ) -> Result<SlaPolicy> {
        let (a, m) = actor(ctx)?;
        let input = PolicyInput {
            id: parse_opt_id("id", &input.id).gql(ctx)?,
            expected_version: input.expected_version,
            category_id: parse_opt_id("categoryId", &input.category_id).gql(ctx)?,
            priority: input.priority.map(Into::into),
            targets: d::Targets {
                first_response: input.first_response.into(),
                resolution: input.resolution.into(),
                escalation: input.escalation.into(),
                investigation: input.investigation.into(),
                callback: input.callback.into(),
            },
        };
        services(ctx)
            .save_sla_policy(a, m, input)
            .await
            .map(Into::into)
            .gql(ctx)
    }
}
