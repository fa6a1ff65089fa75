//! Compliance alerts (合规预警, issue 14 §2): the rules of
//! `domain::compliance` evaluated over the audit trail every minute, their
//! episodes in `compliance_alerts`, and what auditors do with them (list,
//! acknowledge with a note, tune a rule).
//!
//! Invariants: a rule and an actor have at most one open alert (`cleared_at`
//! NULL); only [`evaluate`](Services::evaluate_compliance_in) opens or
//! clears one, in a transaction that first locks the rules. Reading,
//! acknowledging and tuning need `audit.read` (the auditors' permission);
//! every acknowledgement and rule change is audited with it.
mod evaluate;

pub use evaluate::ComplianceReport;

use crate::audit::{self, Entry};
use crate::auth::{Actor, RequestMeta};
use crate::db::entity::{compliance_alert, compliance_rule};
use crate::domain::alerts::AlertState;
use crate::domain::compliance::{ComplianceRule, RuleSettings};
use crate::domain::permission::Permission;
use crate::error::{AppError, AppResult};
use crate::service::complaints::views::stored;
use crate::service::page::{encode_cursor, id_page, Page};
use crate::service::{required_text, Services};
use chrono::{DateTime, Utc};
use sea_orm::sea_query::Expr;
use sea_orm::{ColumnTrait, EntityTrait, QueryFilter};

const MAX_NOTE: usize = 1000;

/// One compliance alert (one episode of a rule for one actor).
#[derive(Debug, Clone, PartialEq)]
pub struct ComplianceAlertView {
    pub id: i64,
    pub rule: ComplianceRule,
    pub actor_id: i64,
    pub actor_name: String,
    pub state: AlertState,
    /// The latest reading: customers, accesses, denials or exported rows.
    pub value: i64,
    pub threshold: i64,
    pub window_minutes: i64,
    pub raised_at: DateTime<Utc>,
    pub last_evaluated_at: DateTime<Utc>,
    pub acknowledged_at: Option<DateTime<Utc>>,
    pub acknowledged_by: Option<i64>,
    pub ack_note: Option<String>,
    pub cleared_at: Option<DateTime<Utc>>,
}

impl ComplianceAlertView {
    fn from_model(m: compliance_alert::Model) -> AppResult<Self> {
        Ok(ComplianceAlertView {
            id: m.id,
            rule: stored("compliance rule", &m.rule, ComplianceRule::from_code)?,
            actor_id: m.actor_id,
            actor_name: m.actor_name,
            state: stored("alert state", &m.state, AlertState::from_code)?,
            value: m.value,
            threshold: m.threshold,
            window_minutes: m.window_minutes,
            raised_at: m.raised_at,
            last_evaluated_at: m.last_evaluated_at,
            acknowledged_at: m.acknowledged_at,
            acknowledged_by: m.acknowledged_by,
            ack_note: m.ack_note,
            cleared_at: m.cleared_at,
        })
    }
}

/// A rule as auditors see and tune it.
#[derive(Debug, Clone, PartialEq)]
pub struct ComplianceRuleView {
    pub rule: ComplianceRule,
    pub settings: RuleSettings,
    pub version: i32,
    pub updated_at: Option<DateTime<Utc>>,
}

fn rule_view(m: compliance_rule::Model) -> AppResult<ComplianceRuleView> {
    Ok(ComplianceRuleView {
        rule: stored("compliance rule", &m.code, ComplianceRule::from_code)?,
        settings: RuleSettings {
            enabled: m.enabled,
            threshold: m.threshold,
            window_minutes: m.window_minutes,
        },
        version: m.version,
        updated_at: m.updated_at,
    })
}

/// A change to one rule (`None` keeps a setting).
#[derive(Debug, Clone, Default)]
pub struct ComplianceRuleEdit {
    pub enabled: Option<bool>,
    pub threshold: Option<i64>,
    pub window_minutes: Option<i64>,
    pub expected_version: i32,
}

impl Services {
    /// Compliance alerts, newest first; `states` empty means every state.
    pub async fn compliance_alerts(
        &self,
        actor: &Actor,
        meta: &RequestMeta,
        states: &[AlertState],
        first: Option<i64>,
        after: Option<&str>,
    ) -> AppResult<Page<ComplianceAlertView>> {
        self.enforce(actor, meta, "compliance_alert.list", Permission::AuditRead)
            .await?;
        let mut q = compliance_alert::Entity::find();
        if !states.is_empty() {
            q = q.filter(compliance_alert::Column::State.is_in(states.iter().map(|s| s.code())));
        }
        let page = id_page(
            self.db.conn(),
            q,
            compliance_alert::Column::Id,
            first,
            after,
            true,
        )
        .await?;
        let mut items = Vec::with_capacity(page.rows.len());
        for m in page.rows {
            let v = ComplianceAlertView::from_model(m)?;
            items.push((encode_cursor(None, v.id), v));
        }
        Ok(Page {
            items,
            has_next: page.has_next,
            has_previous: page.has_previous,
        })
    }

    /// Acknowledge a raised compliance alert with a note (what was checked,
    /// what was done). Only once, and only while it is raised.
    pub async fn acknowledge_compliance_alert(
        &self,
        actor: &Actor,
        meta: &RequestMeta,
        id: i64,
        note: &str,
    ) -> AppResult<ComplianceAlertView> {
        self.enforce(
            actor,
            meta,
            "compliance_alert.acknowledge",
            Permission::AuditRead,
        )
        .await?;
        let note = required_text("note", note, MAX_NOTE)?;
        let now = self.now();
        let tx = self.db.write_tx().await?;
        let done = compliance_alert::Entity::update_many()
            .col_expr(
                compliance_alert::Column::State,
                Expr::value(AlertState::Acknowledged.code()),
            )
            .col_expr(compliance_alert::Column::AcknowledgedAt, Expr::value(now))
            .col_expr(
                compliance_alert::Column::AcknowledgedBy,
                Expr::value(actor.user_id.0),
            )
            .col_expr(compliance_alert::Column::AckNote, Expr::value(note.clone()))
            .filter(compliance_alert::Column::Id.eq(id))
            .filter(compliance_alert::Column::State.eq(AlertState::Raised.code()))
            .exec(&*tx)
            .await?;
        if done.rows_affected == 0 {
            drop(tx);
            return Err(
                match compliance_alert::Entity::find_by_id(id)
                    .one(self.db.conn())
                    .await?
                {
                    None => AppError::not_found(format!("compliance alert {id}")),
                    Some(_) => AppError::conflict(
                        "only a raised alert can be acknowledged (it was acknowledged or cleared)",
                    ),
                },
            );
        }
        audit::record(
            &tx,
            meta,
            now,
            Entry::new("compliance_alert.acknowledge", Some(actor))
                .target("compliance_alert", id)
                .detail(serde_json::json!({ "note": note })),
        )
        .await?;
        let m = compliance_alert::Entity::find_by_id(id)
            .one(&*tx)
            .await?
            .ok_or_else(|| AppError::not_found(format!("compliance alert {id}")))?;
        tx.commit().await?;
        ComplianceAlertView::from_model(m)
    }

    /// The compliance rules, in their fixed order.
    pub async fn compliance_rules(
        &self,
        actor: &Actor,
        meta: &RequestMeta,
    ) -> AppResult<Vec<ComplianceRuleView>> {
        self.enforce(actor, meta, "compliance_rule.list", Permission::AuditRead)
            .await?;
        let mut rules = compliance_rule::Entity::find()
            .all(self.db.conn())
            .await?
            .into_iter()
            .map(rule_view)
            .collect::<AppResult<Vec<_>>>()?;
        rules.sort_by_key(|r| r.rule);
        Ok(rules)
    }

    /// Tune one rule; the version must match (no lost update).
    pub async fn update_compliance_rule(
        &self,
        actor: &Actor,
        meta: &RequestMeta,
        rule: ComplianceRule,
        edit: ComplianceRuleEdit,
    ) -> AppResult<ComplianceRuleView> {
        self.enforce(actor, meta, "compliance_rule.update", Permission::AuditRead)
            .await?;
        let now = self.now();
        let tx = self.db.write_tx().await?;
        let current = compliance_rule::Entity::find_by_id(rule.code())
            .one(&*tx)
            .await?
            .ok_or_else(|| AppError::not_found(format!("compliance rule {}", rule.code())))?;
        if current.version != edit.expected_version {
            return Err(AppError::conflict(format!(
                "the rule was changed meanwhile (version {}, you had {})",
                current.version, edit.expected_version
            )));
        }
        let settings = RuleSettings {
            enabled: edit.enabled.unwrap_or(current.enabled),
            threshold: edit.threshold.unwrap_or(current.threshold),
            window_minutes: edit.window_minutes.unwrap_or(current.window_minutes),
        };
        rule.check(settings).map_err(|m| {
            let field = if m.starts_with("threshold") {
                "threshold"
            } else {
                "windowMinutes"
            };
            AppError::bad_input(field, m)
        })?;
        compliance_rule::Entity::update_many()
            .col_expr(
                compliance_rule::Column::Enabled,
                Expr::value(settings.enabled),
            )
            .col_expr(
                compliance_rule::Column::Threshold,
                Expr::value(settings.threshold),
            )
            .col_expr(
                compliance_rule::Column::WindowMinutes,
                Expr::value(settings.window_minutes),
            )
            .col_expr(
                compliance_rule::Column::Version,
                Expr::value(current.version + 1),
            )
            .col_expr(compliance_rule::Column::UpdatedAt, Expr::value(now))
            .filter(compliance_rule::Column::Code.eq(rule.code()))
            .exec(&*tx)
            .await?;
        audit::record(
            &tx,
            meta,
            now,
            Entry::new("compliance_rule.update", Some(actor))
                .target("compliance_rule", rule.code())
                .detail(serde_json::json!({
                    "enabled": settings.enabled,
                    "threshold": settings.threshold,
                    "windowMinutes": settings.window_minutes,
                })),
        )
        .await?;
        tx.commit().await?;
        Ok(ComplianceRuleView {
            rule,
            settings,
            version: current.version + 1,
            updated_at: Some(now),
        })
    }
}
