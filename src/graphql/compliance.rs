//! Compliance alerts (合规预警) and their rules, for auditors.
use super::alerts::AlertState;
use super::enums::mirror;
use super::load::connection;
use super::people::{load_user, User};
use super::{actor, parse_id, services, GqlResult};
use crate::domain::compliance as d;
use crate::service::compliance::{ComplianceAlertView, ComplianceRuleEdit, ComplianceRuleView};
use async_graphql::connection::{Connection, EmptyFields};
use async_graphql::{Context, Enum, InputObject, Object, Result, ID};
use chrono::{DateTime, Utc};

mirror!(ComplianceRuleKind, d::ComplianceRule,
    "What a compliance rule watches: many customers opened (mass access), personal data reached outside working hours, repeated refusals, a large export.",
    { MassAccess, OffHours, RepeatedDenials, LargeExport });

/// One episode of a compliance rule for one actor.
pub struct ComplianceAlert(pub ComplianceAlertView);

#[Object]
impl ComplianceAlert {
    async fn id(&self) -> ID {
        ID(self.0.id.to_string())
    }
    async fn rule(&self) -> ComplianceRuleKind {
        self.0.rule.into()
    }
    /// Whose access it is about.
    async fn actor(&self, ctx: &Context<'_>) -> Result<Option<User>> {
        load_user(ctx, Some(self.0.actor_id)).await
    }
    /// The actor's username when the alert was raised (kept if the user goes).
    async fn actor_name(&self) -> &str {
        &self.0.actor_name
    }
    async fn state(&self) -> AlertState {
        self.0.state.into()
    }
    /// The latest reading: customers, off-hours accesses, refusals or rows.
    async fn value(&self) -> i64 {
        self.0.value
    }
    async fn threshold(&self) -> i64 {
        self.0.threshold
    }
    async fn window_minutes(&self) -> i64 {
        self.0.window_minutes
    }
    async fn raised_at(&self) -> DateTime<Utc> {
        self.0.raised_at
    }
    async fn last_evaluated_at(&self) -> DateTime<Utc> {
        self.0.last_evaluated_at
    }
    async fn acknowledged_at(&self) -> Option<DateTime<Utc>> {
        self.0.acknowledged_at
    }
    async fn acknowledged_by(&self, ctx: &Context<'_>) -> Result<Option<User>> {
        load_user(ctx, self.0.acknowledged_by).await
    }
    async fn ack_note(&self) -> Option<&str> {
        self.0.ack_note.as_deref()
    }
    async fn cleared_at(&self) -> Option<DateTime<Utc>> {
        self.0.cleared_at
    }
}

/// A compliance rule's settings.
pub struct ComplianceRuleSettings(pub ComplianceRuleView);

#[Object]
impl ComplianceRuleSettings {
    async fn rule(&self) -> ComplianceRuleKind {
        self.0.rule.into()
    }
    async fn enabled(&self) -> bool {
        self.0.settings.enabled
    }
    async fn threshold(&self) -> i64 {
        self.0.settings.threshold
    }
    async fn window_minutes(&self) -> i64 {
        self.0.settings.window_minutes
    }
    async fn version(&self) -> i32 {
        self.0.version
    }
    async fn updated_at(&self) -> Option<DateTime<Utc>> {
        self.0.updated_at
    }
}

#[derive(InputObject)]
pub struct AcknowledgeComplianceAlertInput {
    pub id: ID,
    /// What was checked and what was done.
    pub note: String,
}

#[derive(InputObject)]
pub struct UpdateComplianceRuleInput {
    pub rule: ComplianceRuleKind,
    pub expected_version: i32,
    pub enabled: Option<bool>,
    pub threshold: Option<i64>,
    pub window_minutes: Option<i64>,
}

#[derive(Default)]
pub struct ComplianceQuery;

#[Object]
impl ComplianceQuery {
    /// Compliance alerts, newest first; `state` narrows them. Needs `audit.read`.
    async fn compliance_alerts(
        &self,
        ctx: &Context<'_>,
        state: Option<Vec<AlertState>>,
        first: Option<i32>,
        after: Option<String>,
    ) -> Result<Connection<String, ComplianceAlert, EmptyFields>> {
        let (a, m) = actor(ctx)?;
        let states: Vec<_> = state
            .unwrap_or_default()
            .into_iter()
            .map(Into::into)
            .collect();
        let page = services(ctx)
            .compliance_alerts(a, m, &states, first.map(i64::from), after.as_deref())
            .await
            .gql(ctx)?;
        Ok(connection(page, ComplianceAlert, EmptyFields))
    }

    /// The compliance rules. Needs `audit.read`.
    async fn compliance_rules(&self, ctx: &Context<'_>) -> Result<Vec<ComplianceRuleSettings>> {
        let (a, m) = actor(ctx)?;
        let rules = services(ctx).compliance_rules(a, m).await.gql(ctx)?;
        Ok(rules.into_iter().map(ComplianceRuleSettings).collect())
    }
}

#[derive(Default)]
pub struct ComplianceMutation;

#[Object]
impl ComplianceMutation {
    /// Acknowledge a raised compliance alert with a note (audited).
    async fn acknowledge_compliance_alert(
        &self,
        ctx: &Context<'_>,
        input: AcknowledgeComplianceAlertInput,
    ) -> Result<ComplianceAlert> {
        let (a, m) = actor(ctx)?;
        let id = parse_id("id", &input.id).gql(ctx)?;
        services(ctx)
            .acknowledge_compliance_alert(a, m, id, &input.note)
            .await
            .map(ComplianceAlert)
            .gql(ctx)
    }

    /// Tune a compliance rule (audited; `expectedVersion` guards lost updates).
    async fn update_compliance_rule(
        &self,
        ctx: &Context<'_>,
        input: UpdateComplianceRuleInput,
    ) -> Result<ComplianceRuleSettings> {
        let (a, m) = actor(ctx)?;
        let edit = ComplianceRuleEdit {
            enabled: input.enabled,
            threshold: input.threshold,
            window_minutes: input.window_minutes,
            expected_version: input.expected_version,
        };
        services(ctx)
            .update_compliance_rule(a, m, input.rule.into(), edit)
            .await
            .map(ComplianceRuleSettings)
            .gql(ctx)
    }
}
