//! Alerts (预警): the three rules of `domain::alerts` evaluated on a
//! schedule with SQL aggregates, their episodes in `alerts`, and what
//! supervisors do with them (list, acknowledge with a note, edit a rule, open
//! an announcement for a surge).
//!
//! Invariants: a rule and a scope have at most one open alert (state raised
//! or acknowledged, `cleared_at` NULL); only [`evaluate`](Services::evaluate_alerts)
//! opens or clears one, in one transaction that first locks the rules (so two
//! evaluations never raise the same episode twice). Reading alerts needs
//! `alert.view`, acknowledging `alert.acknowledge`, editing rules
//! `alert.manage`; every change a person makes is audited with it.
mod actions;
mod evaluate;

pub use actions::RuleEdit;
pub use evaluate::{evaluate, statements, EvaluationReport};

use crate::auth::{Actor, RequestMeta};
use crate::db::entity::{alert, alert_rule};
use crate::domain::alerts::{AlertState, Level, RuleKind, RuleSettings, Scope};
use crate::domain::permission::Permission;
use crate::error::AppResult;
use crate::service::complaints::views::stored;
use crate::service::page::{id_page, Page};
use crate::service::Services;
use chrono::{DateTime, Utc};
use sea_orm::{
    ActiveModelTrait, ActiveValue::NotSet, ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter,
    QueryOrder, Set,
};
use std::collections::HashMap;

/// A rule as the console shows it.
#[derive(Debug, Clone, PartialEq)]
pub struct AlertRuleView {
    pub id: i64,
    pub kind: RuleKind,
    pub level: Level,
    pub settings: RuleSettings,
    pub version: i32,
    pub updated_by: Option<i64>,
    pub updated_at: DateTime<Utc>,
}

impl AlertRuleView {
    pub(crate) fn from_model(m: alert_rule::Model) -> AppResult<Self> {
        Ok(AlertRuleView {
            id: m.id,
            kind: stored("alert rule", &m.code, RuleKind::from_code)?,
            level: stored("alert level", &m.level, Level::from_code)?,
            settings: RuleSettings {
                threshold: m.threshold,
                window_minutes: m.window_minutes,
                min_samples: m.min_samples,
                enabled: m.enabled,
            },
            version: m.version,
            updated_by: m.updated_by,
            updated_at: m.updated_at,
        })
    }
}

/// One alert (one episode).
#[derive(Debug, Clone, PartialEq)]
pub struct AlertView {
    pub id: i64,
    pub rule_id: i64,
    pub kind: RuleKind,
    pub level: Level,
    pub scope: Scope,
    pub category_id: Option<i64>,
    pub state: AlertState,
    /// The latest reading: a fraction for the rates, a count for a surge.
    pub value: f64,
    pub threshold: f64,
    pub raised_at: DateTime<Utc>,
    pub last_evaluated_at: DateTime<Utc>,
    pub acknowledged_at: Option<DateTime<Utc>>,
    pub acknowledged_by: Option<i64>,
    pub ack_note: Option<String>,
    pub cleared_at: Option<DateTime<Utc>>,
    pub announcement_id: Option<i64>,
}

impl AlertView {
    pub(crate) fn from_model(m: alert::Model, kind: RuleKind) -> AppResult<Self> {
        Ok(AlertView {
            id: m.id,
            rule_id: m.rule_id,
            kind,
            level: stored("alert level", &m.level, Level::from_code)?,
            scope: stored("alert scope", &m.scope, Scope::parse)?,
            category_id: m.category_id,
            state: stored_state(&m.state)?,
            value: m.value,
            threshold: m.threshold,
            raised_at: m.raised_at,
            last_evaluated_at: m.last_evaluated_at,
            acknowledged_at: m.acknowledged_at,
            acknowledged_by: m.acknowledged_by,
            ack_note: m.ack_note,
            cleared_at: m.cleared_at,
            announcement_id: m.announcement_id,
        })
    }
}

pub(crate) fn stored_state(code: &str) -> AppResult<AlertState> {
    stored("alert state", code, AlertState::from_code)
}

/// Rule kinds by rule id (three rows).
pub(crate) async fn rule_kinds<C: ConnectionTrait>(db: &C) -> AppResult<HashMap<i64, RuleKind>> {
    alert_rule::Entity::find()
        .all(db)
        .await?
        .into_iter()
        .map(|r| Ok((r.id, stored("alert rule", &r.code, RuleKind::from_code)?)))
        .collect()
}

pub(crate) fn view_with(kinds: &HashMap<i64, RuleKind>, m: alert::Model) -> AppResult<AlertView> {
    let kind = stored("alert rule id", &m.rule_id.to_string(), |_| {
        kinds.get(&m.rule_id).copied()
    })?;
    AlertView::from_model(m, kind)
}

impl Services {
    /// Alerts, newest first; `states` empty means every state. Needs `alert.view`.
    pub async fn alerts(
        &self,
        actor: &Actor,
        meta: &RequestMeta,
        states: &[AlertState],
        first: Option<i64>,
        after: Option<&str>,
    ) -> AppResult<Page<AlertView>> {
        self.enforce(actor, meta, "alert.list", Permission::AlertView)
            .await?;
        let conn = self.db.conn();
        let mut q = alert::Entity::find();
        if !states.is_empty() {
            q = q.filter(alert::Column::State.is_in(states.iter().map(|s| s.code())));
        }
        let page = id_page(conn, q, alert::Column::Id, first, after, true).await?;
        let kinds = rule_kinds(conn).await?;
        let mut items = Vec::with_capacity(page.rows.len());
        for m in page.rows {
            let v = view_with(&kinds, m)?;
            items.push((crate::service::page::encode_cursor(None, v.id), v));
        }
        Ok(Page {
            items,
            has_next: page.has_next,
            has_previous: page.has_previous,
        })
    }

    /// One alert by id. Needs `alert.view`.
    pub async fn alert(
        &self,
        actor: &Actor,
        meta: &RequestMeta,
        id: i64,
    ) -> AppResult<Option<AlertView>> {
        self.enforce(actor, meta, "alert.read", Permission::AlertView)
            .await?;
        let conn = self.db.conn();
        let Some(m) = alert::Entity::find_by_id(id).one(conn).await? else {
            return Ok(None);
        };
        Ok(Some(view_with(&rule_kinds(conn).await?, m)?))
    }

    /// The alert rules, yellow to red. Needs `alert.view`.
    pub async fn alert_rules(
        &self,
        actor: &Actor,
        meta: &RequestMeta,
    ) -> AppResult<Vec<AlertRuleView>> {
        self.enforce(actor, meta, "alert_rule.list", Permission::AlertView)
            .await?;
        let mut rules = alert_rule::Entity::find()
            .order_by_asc(alert_rule::Column::Id)
            .all(self.db.conn())
            .await?
            .into_iter()
            .map(AlertRuleView::from_model)
            .collect::<AppResult<Vec<_>>>()?;
        rules.sort_by_key(|r| r.level);
        Ok(rules)
    }

    /// Create any missing alert rule with its defaults (start-up; idempotent,
    /// edited rules are left as they are).
    pub async fn seed_alert_rules(&self) -> AppResult<()> {
        let now = self.now();
        let tx = self.db.write_tx().await?;
        let existing: Vec<String> = alert_rule::Entity::find()
            .all(&*tx)
            .await?
            .into_iter()
            .map(|r| r.code)
            .collect();
        for kind in RuleKind::ALL {
            if existing.iter().any(|c| c == kind.code()) {
                continue;
            }
            let d = kind.defaults();
            alert_rule::ActiveModel {
                id: NotSet,
                code: Set(kind.code().into()),
                level: Set(kind.level().code().into()),
                threshold: Set(d.threshold),
                window_minutes: Set(d.window_minutes),
                min_samples: Set(d.min_samples),
                enabled: Set(d.enabled),
                version: Set(1),
                updated_by: Set(None),
                updated_at: Set(now),
            }
            .insert(&*tx)
            .await?;
        }
        tx.commit().await?;
        Ok(())
    }
}
