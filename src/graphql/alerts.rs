//! Alerts (预警) and their rules.
use super::announcements::Announcement;
use super::load::connection;
use super::people::{load_category, load_user, Category, User};
use super::{actor, parse_id, services, GqlResult};
use crate::domain::alerts as d;
use crate::service::alerts::{AlertRuleView, AlertView, RuleEdit};
use async_graphql::connection::{Connection, EmptyFields};
use async_graphql::{Context, Enum, InputObject, Object, Result, ID};
use chrono::{DateTime, Utc};

use super::enums::mirror;

mirror!(AlertLevel, d::Level, "An alert's colour.", { Yellow, Orange, Red });
mirror!(AlertRuleKind, d::RuleKind,
    "What a rule measures: first-response timeliness (yellow), one step's timeout rate (orange), complaints per category (red).",
    { ResponseTimeliness, StepTimeoutRate, CategorySurge });
mirror!(AlertState, d::AlertState,
    "Where an alert is in its episode: raised, acknowledged (with a note), cleared (the condition stopped holding).",
    { Raised, Acknowledged, Cleared });

#[derive(Clone)]
pub struct Alert(pub AlertView);

#[Object]
impl Alert {
    async fn id(&self) -> ID {
        ID(self.0.id.to_string())
    }
    async fn level(&self) -> AlertLevel {
        self.0.level.into()
    }
    async fn kind(&self) -> AlertRuleKind {
        self.0.kind.into()
    }
    async fn rule_id(&self) -> ID {
        ID(self.0.rule_id.to_string())
    }
    /// What it is about: `centre`, `step:<name>` or `category:<id>`.
    async fn scope(&self) -> String {
        self.0.scope.code()
    }
    /// The step whose clocks time out (orange).
    async fn step(&self) -> Option<&str> {
        self.0.scope.step()
    }
    /// The category of the surge (red).
    async fn category(&self, ctx: &Context<'_>) -> Result<Option<Category>> {
        match self.0.category_id {
            Some(c) => load_category(ctx, c).await,
            None => Ok(None),
        }
    }
    async fn state(&self) -> AlertState {
        self.0.state.into()
    }
    /// The latest reading: a fraction (0–1) for the rates, a count for a surge.
    async fn value(&self) -> f64 {
        self.0.value
    }
    /// The rule's threshold at the latest reading, in the same unit.
    async fn threshold(&self) -> f64 {
        self.0.threshold
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
    /// The announcement (统一口径) opened for this alert, if any.
    async fn announcement(&self, ctx: &Context<'_>) -> Result<Option<Announcement>> {
        let Some(id) = self.0.announcement_id else {
            return Ok(None);
        };
        let found = services(ctx).announcements_by_ids(&[id]).await.gql(ctx)?;
        Ok(found.into_iter().next().map(Announcement))
    }
}

#[derive(Clone)]
pub struct AlertRule(pub AlertRuleView);

#[Object]
impl AlertRule {
    async fn id(&self) -> ID {
        ID(self.0.id.to_string())
    }
    async fn kind(&self) -> AlertRuleKind {
        self.0.kind.into()
    }
    async fn level(&self) -> AlertLevel {
        self.0.level.into()
    }
    /// A fraction (0–1) for the rates (yellow: below it, orange: above it),
    /// a number of complaints for a surge (red: more than it).
    async fn threshold(&self) -> f64 {
        self.0.settings.threshold
    }
    /// Length of the rolling window.
    async fn window_minutes(&self) -> i32 {
        self.0.settings.window_minutes
    }
    /// Fewest samples a rate needs before it can raise an alert.
    async fn min_samples(&self) -> i32 {
        self.0.settings.min_samples
    }
    async fn enabled(&self) -> bool {
        self.0.settings.enabled
    }
    /// Pass this back as `expectedVersion` when editing.
    async fn version(&self) -> i32 {
        self.0.version
    }
    async fn updated_at(&self) -> DateTime<Utc> {
        self.0.updated_at
    }
    async fn updated_by(&self, ctx: &Context<'_>) -> Result<Option<User>> {
        load_user(ctx, self.0.updated_by).await
    }
}

#[derive(InputObject)]
pub struct AcknowledgeAlertInput {
    pub id: ID,
    /// Required: what is being done about it.
    pub note: String,
}

/// Change a rule's settings; fields left out stay as they are.
#[derive(InputObject)]
pub struct UpdateAlertRuleInput {
    pub id: ID,
    /// The `version` you last read; a stale one is refused with CONFLICT.
    pub expected_version: i32,
    pub threshold: Option<f64>,
    pub window_minutes: Option<i32>,
    pub min_samples: Option<i32>,
    pub enabled: Option<bool>,
}

#[derive(InputObject)]
pub struct OpenAnnouncementForAlertInput {
    /// A red (category surge) alert.
    pub alert_id: ID,
    pub title: String,
    /// The agreed explanation agents give callers (统一解释口径).
    pub script: String,
}

#[derive(Default)]
pub struct AlertQuery;

#[Object]
impl AlertQuery {
    /// Alerts, newest first, in the given states (all when left out). Needs `alert.view`.
    async fn alerts(
        &self,
        ctx: &Context<'_>,
        state: Option<Vec<AlertState>>,
        first: Option<i32>,
        after: Option<String>,
    ) -> Result<Connection<String, Alert, EmptyFields>> {
        let (a, m) = actor(ctx)?;
        let states: Vec<d::AlertState> = state
            .unwrap_or_default()
            .into_iter()
            .map(Into::into)
            .collect();
        let page = services(ctx)
            .alerts(a, m, &states, first.map(i64::from), after.as_deref())
            .await
            .gql(ctx)?;
        Ok(connection(page, Alert, EmptyFields))
    }

    /// The alert rules, yellow to red. Needs `alert.view`.
    async fn alert_rules(&self, ctx: &Context<'_>) -> Result<Vec<AlertRule>> {
        let (a, m) = actor(ctx)?;
        let rules = services(ctx).alert_rules(a, m).await.gql(ctx)?;
        Ok(rules.into_iter().map(AlertRule).collect())
    }
}

#[derive(Default)]
pub struct AlertMutation;

#[Object]
impl AlertMutation {
    /// Acknowledge a raised alert with a note (once; audited).
    async fn acknowledge_alert(
        &self,
        ctx: &Context<'_>,
        input: AcknowledgeAlertInput,
    ) -> Result<Alert> {
        let (a, m) = actor(ctx)?;
        let id = parse_id("id", &input.id).gql(ctx)?;
        services(ctx)
            .acknowledge_alert(a, m, id, &input.note)
            .await
            .map(Alert)
            .gql(ctx)
    }

    /// Edit a rule's threshold, window, minimum samples or switch (audited).
    async fn update_alert_rule(
        &self,
        ctx: &Context<'_>,
        input: UpdateAlertRuleInput,
    ) -> Result<AlertRule> {
        let (a, m) = actor(ctx)?;
        let id = parse_id("id", &input.id).gql(ctx)?;
        let edit = RuleEdit {
            threshold: input.threshold,
            window_minutes: input.window_minutes,
            min_samples: input.min_samples,
            enabled: input.enabled,
        };
        services(ctx)
            .update_alert_rule(a, m, id, input.expected_version, edit)
            .await
            .map(AlertRule)
            .gql(ctx)
    }

    /// Publish the agreed explanation (统一口径) for a red alert's category
    /// as an announcement, linked to the alert (audited).
    async fn open_announcement_for_alert(
        &self,
        ctx: &Context<'_>,
        input: OpenAnnouncementForAlertInput,
    ) -> Result<Alert> {
        let (a, m) = actor(ctx)?;
        let id = parse_id("alertId", &input.alert_id).gql(ctx)?;
        services(ctx)
            .open_announcement_for_alert(a, m, id, &input.title, &input.script)
            .await
            .map(Alert)
            .gql(ctx)
    }
}
