//! One evaluation pass: every enabled rule measured with one SQL aggregate
//! (GROUP BY, nothing loaded to be counted in Rust), then the episode step of
//! `domain::alerts::decide` applied to each (rule, scope) in one transaction.
//!
//! The windows are rolling and end at `now`:
//! - yellow, `sla_clocks` of kind `first_response`: a clock met in the window
//!   counts, on time when it has no `breached_at` (and was met by `due_at`);
//!   a clock with no `met_at` whose `due_at` fell in the window counts as late
//!   unless it is paused or was stopped without breaching (re-armed). Each
//!   clock is thus counted once over time, and a late answer counts even
//!   before the scheduler marks the breach;
//! - orange, `sla_clocks` of kind `step`, per `step`: the clocks that stopped
//!   or breached in the window, and how many of them breached;
//! - red, `complaints` per `category_id` registered in `(now - window, now]`.
use super::{view_with, AlertView};
use crate::db::entity::{alert, alert_rule};
use crate::domain::alerts::{decide, AlertState, Decision, Measurement, RuleKind, Scope};
use crate::error::{AppError, AppResult};
use crate::service::alerts::AlertRuleView;
use crate::service::Services;
use chrono::{DateTime, Duration, Utc};
use sea_orm::sea_query::Expr;
use sea_orm::{
    ActiveModelTrait, ActiveValue::NotSet, ColumnTrait, ConnectionTrait, DatabaseBackend,
    EntityTrait, QueryFilter, QuerySelect, Set, Statement, Value,
};
use std::collections::BTreeMap;

/// What one evaluation changed, for the caller to notify about.
#[derive(Debug, Clone, Default)]
pub struct EvaluationReport {
    pub evaluated_at: DateTime<Utc>,
    /// New episodes, as stored.
    pub raised: Vec<AlertView>,
    /// Episodes that ended in this pass, as stored.
    pub cleared: Vec<AlertView>,
    /// Open alerts whose condition still holds (value refreshed, not re-raised).
    pub kept: usize,
}

/// Evaluate every alert rule now and apply the episodes (see
/// [`Services::evaluate_alerts`]).
pub async fn evaluate(services: &Services) -> AppResult<EvaluationReport> {
    services.evaluate_alerts().await
}

impl Services {
    /// Evaluate every alert rule at the clock's now, in its own write
    /// transaction. Returns the alerts raised and cleared.
    pub async fn evaluate_alerts(&self) -> AppResult<EvaluationReport> {
        let tx = self.db.write_tx().await?;
        let report = self.evaluate_alerts_in(&*tx, self.now()).await?;
        tx.commit().await?;
        Ok(report)
    }

    /// Evaluate at `now` inside the caller's transaction (a scheduler job
    /// marks itself done in the same one). Locks the rules first on
    /// PostgreSQL, so concurrent evaluations take turns.
    pub async fn evaluate_alerts_in<C: ConnectionTrait>(
        &self,
        conn: &C,
        now: DateTime<Utc>,
    ) -> AppResult<EvaluationReport> {
        let mut rules_q = alert_rule::Entity::find();
        if conn.get_database_backend() == DatabaseBackend::Postgres {
            rules_q = rules_q.lock_exclusive();
        }
        let rules = rules_q
            .all(conn)
            .await?
            .into_iter()
            .map(AlertRuleView::from_model)
            .collect::<AppResult<Vec<_>>>()?;
        let open = alert::Entity::find()
            .filter(
                alert::Column::State
                    .is_in([AlertState::Raised.code(), AlertState::Acknowledged.code()]),
            )
            .all(conn)
            .await?;
        let kinds = rules.iter().map(|r| (r.id, r.kind)).collect();
        let mut report = EvaluationReport {
            evaluated_at: now,
            ..Default::default()
        };
        for rule in &rules {
            let mut readings = if rule.settings.enabled {
                measure(conn, rule, now).await?
            } else {
                BTreeMap::new()
            };
            let mut open_by_scope = BTreeMap::new();
            for a in open.iter().filter(|a| a.rule_id == rule.id) {
                let scope = Scope::parse(&a.scope).ok_or_else(|| {
                    AppError::internal_msg(format!("bad alert scope {}", a.scope))
                })?;
                readings
                    .entry(scope.clone())
                    .or_insert_with(|| empty(rule.kind));
                open_by_scope.insert(scope, a);
            }
            for (scope, m) in readings {
                let holds = rule.kind.breaches(&rule.settings, m);
                let current = match open_by_scope.get(&scope) {
                    Some(a) => Some(super::stored_state(&a.state)?),
                    None => None,
                };
                let (decision, _) = decide(current, holds);
                match (decision, open_by_scope.get(&scope)) {
                    (Decision::Raise, _) => {
                        let m = raise(conn, rule, &scope, m, now).await?;
                        report.raised.push(view_with(&kinds, m)?);
                    }
                    (Decision::Keep, Some(a)) => {
                        refresh(conn, a.id, rule, m, now, false).await?;
                        report.kept += 1;
                    }
                    (Decision::Clear, Some(a)) => {
                        if let Some(m) = refresh(conn, a.id, rule, m, now, true).await? {
                            report.cleared.push(view_with(&kinds, m)?);
                        }
                    }
                    _ => {}
                }
            }
        }
        if !report.raised.is_empty() || !report.cleared.is_empty() {
            tracing::info!(
                raised = report.raised.len(),
                cleared = report.cleared.len(),
                kept = report.kept,
                "alerts evaluated"
            );
        }
        Ok(report)
    }
}

/// The reading of a scope nothing was measured for.
fn empty(kind: RuleKind) -> Measurement {
    match kind {
        RuleKind::ResponseTimeliness => Measurement::rate(0, 0, 1.0),
        RuleKind::StepTimeoutRate => Measurement::rate(0, 0, 0.0),
        RuleKind::CategorySurge => Measurement::count(0),
    }
}

async fn raise<C: ConnectionTrait>(
    conn: &C,
    rule: &AlertRuleView,
    scope: &Scope,
    m: Measurement,
    now: DateTime<Utc>,
) -> AppResult<alert::Model> {
    Ok(alert::ActiveModel {
        id: NotSet,
        rule_id: Set(rule.id),
        level: Set(rule.level.code().into()),
        scope: Set(scope.code()),
        category_id: Set(scope.category_id()),
        state: Set(AlertState::Raised.code().into()),
        value: Set(m.value),
        threshold: Set(rule.settings.threshold),
        raised_at: Set(now),
        last_evaluated_at: Set(now),
        acknowledged_at: Set(None),
        acknowledged_by: Set(None),
        ack_note: Set(None),
        cleared_at: Set(None),
        announcement_id: Set(None),
    }
    .insert(conn)
    .await?)
}

/// Refresh an open alert's reading, and clear it when `clear`. Conditional
/// on it still being open; returns the row when it cleared it.
async fn refresh<C: ConnectionTrait>(
    conn: &C,
    id: i64,
    rule: &AlertRuleView,
    m: Measurement,
    now: DateTime<Utc>,
    clear: bool,
) -> AppResult<Option<alert::Model>> {
    let mut q = alert::Entity::update_many()
        .col_expr(alert::Column::Value, Expr::value(m.value))
        .col_expr(
            alert::Column::Threshold,
            Expr::value(rule.settings.threshold),
        )
        .col_expr(alert::Column::LastEvaluatedAt, Expr::value(now));
    if clear {
        q = q
            .col_expr(
                alert::Column::State,
                Expr::value(AlertState::Cleared.code()),
            )
            .col_expr(alert::Column::ClearedAt, Expr::value(now));
    }
    let done = q
        .filter(alert::Column::Id.eq(id))
        .filter(alert::Column::ClearedAt.is_null())
        .exec(conn)
        .await?;
    if !clear || done.rows_affected == 0 {
        return Ok(None);
    }
    Ok(alert::Entity::find_by_id(id).one(conn).await?)
}

/// One rule's readings per scope, from one aggregate query.
async fn measure<C: ConnectionTrait>(
    conn: &C,
    rule: &AlertRuleView,
    now: DateTime<Utc>,
) -> AppResult<BTreeMap<Scope, Measurement>> {
    let backend = conn.get_database_backend();
    let since = now - Duration::minutes(i64::from(rule.settings.window_minutes));
    // $1 = since, $2 = now (SQLite numbers `?NNN` the same way)
    let sql = statements(backend)
        .into_iter()
        .find(|(k, _)| *k == rule.kind)
        .map(|(_, s)| s)
        .unwrap_or_default();
    let values: Vec<Value> = vec![since.into(), now.into()];
    let rows = conn
        .query_all_raw(Statement::from_sql_and_values(backend, sql, values))
        .await?;
    let mut out = BTreeMap::new();
    for r in rows {
        let total: i64 = r.try_get("", "total")?;
        match rule.kind {
            RuleKind::ResponseTimeliness => {
                let hits: i64 = r.try_get("", "hits")?;
                if total > 0 {
                    out.insert(Scope::Centre, Measurement::rate(hits, total, 1.0));
                }
            }
            RuleKind::StepTimeoutRate => {
                let hits: i64 = r.try_get("", "hits")?;
                let step: String = r.try_get("", "k")?;
                out.insert(Scope::Step(step), Measurement::rate(hits, total, 0.0));
            }
            RuleKind::CategorySurge => {
                let category: i64 = r.try_get("", "k")?;
                out.insert(Scope::Category(category), Measurement::count(total));
            }
        }
    }
    Ok(out)
}

/// First responses on time among those met, or due unmet, in the window:
/// two disjoint range scans (met in the window; due in it, counting the
/// unmet), each on its own index, summed. The unmet test sits in the SUM,
/// not the WHERE, so the planner cannot pick the `met_at` index for
/// `met_at IS NULL` (every open clock) over the due-time range.
const YELLOW: &str = "SELECT CAST(COALESCE(SUM(total), 0) AS BIGINT) AS total, \
    CAST(COALESCE(SUM(hits), 0) AS BIGINT) AS hits FROM ( \
    SELECT COUNT(*) AS total, \
        SUM(CASE WHEN breached_at IS NULL AND (due_at IS NULL OR met_at <= due_at) \
            THEN 1 ELSE 0 END) AS hits \
        FROM sla_clocks WHERE kind = 'first_response' AND met_at >= $1 AND met_at <= $2 \
    UNION ALL \
    SELECT SUM(CASE WHEN met_at IS NULL AND paused_since IS NULL \
            AND (stopped_at IS NULL OR breached_at IS NOT NULL) THEN 1 ELSE 0 END) AS total, \
        0 AS hits \
        FROM sla_clocks WHERE kind = 'first_response' AND due_at >= $1 AND due_at <= $2) t";

/// Step clocks that stopped or breached in the window, and the breached
/// ones: stopped in the window, plus breached in it but not stopped in it.
const ORANGE: &str = "SELECT k, CAST(SUM(total) AS BIGINT) AS total, \
    CAST(SUM(hits) AS BIGINT) AS hits FROM ( \
    SELECT step AS k, COUNT(*) AS total, \
        SUM(CASE WHEN breached_at IS NOT NULL THEN 1 ELSE 0 END) AS hits \
        FROM sla_clocks WHERE kind = 'step' AND stopped_at >= $1 AND stopped_at <= $2 \
        GROUP BY step \
    UNION ALL \
    SELECT step AS k, COUNT(*) AS total, COUNT(*) AS hits \
        FROM sla_clocks WHERE kind = 'step' AND breached_at >= $1 AND breached_at <= $2 \
        AND (stopped_at IS NULL OR stopped_at < $1 OR stopped_at > $2) \
        GROUP BY step) t \
    WHERE k IS NOT NULL GROUP BY k";

/// Complaints registered per category in the window.
const RED: &str = "SELECT category_id AS k, COUNT(*) AS total FROM complaints \
    WHERE created_at > $1 AND created_at <= $2 GROUP BY category_id";

/// The three statements as the given backend runs them (for EXPLAIN in the benchmark).
pub fn statements(backend: DatabaseBackend) -> [(RuleKind, String); 3] {
    let sql = |s: &str| crate::db::numbered_params(backend, s);
    [
        (RuleKind::ResponseTimeliness, sql(YELLOW)),
        (RuleKind::StepTimeoutRate, sql(ORANGE)),
        (RuleKind::CategorySurge, sql(RED)),
    ]
}
