//! One evaluation of the compliance rules over the audit trail.
//!
//! Each enabled rule reads its window of `audit_logs` (by the indexed time
//! column) and measures one value per actor:
//! - `mass_access`: distinct customers among the actor's successful reads
//!   of personal data ([`PERSONAL_DATA_ACTIONS`]);
//! - `off_hours`: those reads made outside the working hours of the actor's
//!   team calendar (the default calendar without a team);
//! - `repeated_denials`: the actor's refused requests;
//! - `large_export`: the most rows of one export (`*.export`, its
//!   `detail.rows`).
//!
//! Then per rule and actor `domain::compliance::step` decides: raise a new
//! episode, refresh the open one, clear it, or nothing. A disabled rule
//! clears its open alerts.
use super::ComplianceAlertView;
use crate::db::entity::{audit_log, compliance_alert, compliance_rule, user};
use crate::domain::alerts::AlertState;
use crate::domain::compliance::{step, ComplianceRule, Step};
use crate::error::AppResult;
use crate::service::Services;
use chrono::{DateTime, Duration, Utc};
use sea_orm::sea_query::Expr;
use sea_orm::{
    ActiveModelTrait, ActiveValue::NotSet, ColumnTrait, ConnectionTrait, DatabaseBackend,
    EntityTrait, QueryFilter, QuerySelect, Set,
};
use std::collections::{BTreeMap, BTreeSet, HashMap};

/// Audit actions that reach one customer's personal data.
pub const PERSONAL_DATA_ACTIONS: &[&str] = &[
    "complaint.read",
    "customer.reveal",
    "customer.lookup",
    "attachment.download",
];

/// What one evaluation changed.
#[derive(Debug, Default)]
pub struct ComplianceReport {
    pub raised: Vec<ComplianceAlertView>,
    pub cleared: Vec<i64>,
}

type Readings = BTreeMap<i64, i64>;

impl Services {
    /// Evaluate every compliance rule at the clock's now, in its own write
    /// transaction (operations and tests; the scheduler runs it every minute).
    pub async fn evaluate_compliance(&self) -> AppResult<ComplianceReport> {
        let tx = self.db.write_tx().await?;
        let report = self.evaluate_compliance_in(&*tx, self.now()).await?;
        tx.commit().await?;
        Ok(report)
    }

    /// Evaluate at `now` inside the caller's transaction. Locks the rules
    /// first on PostgreSQL, so concurrent evaluations take turns.
    pub async fn evaluate_compliance_in<C: ConnectionTrait>(
        &self,
        conn: &C,
        now: DateTime<Utc>,
    ) -> AppResult<ComplianceReport> {
        let mut rules_q = compliance_rule::Entity::find();
        if conn.get_database_backend() == DatabaseBackend::Postgres {
            rules_q = rules_q.lock_exclusive();
        }
        let rules = rules_q.all(conn).await?;
        let open = compliance_alert::Entity::find()
            .filter(compliance_alert::Column::ClearedAt.is_null())
            .all(conn)
            .await?;
        let mut report = ComplianceReport::default();
        for r in rules {
            let Some(rule) = ComplianceRule::from_code(&r.code) else {
                continue;
            };
            let readings = if r.enabled {
                let since = now - Duration::minutes(r.window_minutes);
                self.measure(conn, rule, since, now).await?
            } else {
                Readings::new()
            };
            let open_here: HashMap<i64, &compliance_alert::Model> = open
                .iter()
                .filter(|a| a.rule == r.code)
                .map(|a| (a.actor_id, a))
                .collect();
            let actors: BTreeSet<i64> = readings.keys().chain(open_here.keys()).copied().collect();
            let mut to_raise = vec![];
            for actor in actors {
                let value = readings.get(&actor).copied().unwrap_or(0);
                let holds = r.enabled && rule.holds(value, r.threshold);
                match step(open_here.contains_key(&actor), holds) {
                    Step::Raise => to_raise.push((actor, value)),
                    Step::Keep => {
                        compliance_alert::Entity::update_many()
                            .col_expr(compliance_alert::Column::Value, Expr::value(value))
                            .col_expr(compliance_alert::Column::LastEvaluatedAt, Expr::value(now))
                            .filter(compliance_alert::Column::Id.eq(open_here[&actor].id))
                            .exec(conn)
                            .await?;
                    }
                    Step::Clear => {
                        let id = open_here[&actor].id;
                        compliance_alert::Entity::update_many()
                            .col_expr(
                                compliance_alert::Column::State,
                                Expr::value(AlertState::Cleared.code()),
                            )
                            .col_expr(compliance_alert::Column::Value, Expr::value(value))
                            .col_expr(compliance_alert::Column::LastEvaluatedAt, Expr::value(now))
                            .col_expr(compliance_alert::Column::ClearedAt, Expr::value(now))
                            .filter(compliance_alert::Column::Id.eq(id))
                            .exec(conn)
                            .await?;
                        report.cleared.push(id);
                    }
                    Step::Nothing => {}
                }
            }
            let names = usernames(conn, to_raise.iter().map(|(a, _)| *a)).await?;
            for (actor, value) in to_raise {
                let m = compliance_alert::ActiveModel {
                    id: NotSet,
                    rule: Set(r.code.clone()),
                    actor_id: Set(actor),
                    actor_name: Set(names.get(&actor).cloned().unwrap_or_default()),
                    state: Set(AlertState::Raised.code().to_string()),
                    value: Set(value),
                    threshold: Set(r.threshold),
                    window_minutes: Set(r.window_minutes),
                    raised_at: Set(now),
                    last_evaluated_at: Set(now),
                    acknowledged_at: Set(None),
                    acknowledged_by: Set(None),
                    ack_note: Set(None),
                    cleared_at: Set(None),
                }
                .insert(conn)
                .await?;
                report.raised.push(ComplianceAlertView::from_model(m)?);
            }
        }
        Ok(report)
    }

    /// One value per actor for `rule` over `(since, now]`.
    async fn measure<C: ConnectionTrait>(
        &self,
        conn: &C,
        rule: ComplianceRule,
        since: DateTime<Utc>,
        now: DateTime<Utc>,
    ) -> AppResult<Readings> {
        let window = || {
            audit_log::Entity::find()
                .filter(audit_log::Column::At.gt(since))
                .filter(audit_log::Column::At.lte(now))
                .filter(audit_log::Column::ActorId.is_not_null())
        };
        let personal = || {
            window()
                .filter(audit_log::Column::Outcome.eq("success"))
                .filter(audit_log::Column::CustomerId.is_not_null())
                .filter(audit_log::Column::Action.is_in(PERSONAL_DATA_ACTIONS.iter().copied()))
                .select_only()
                .column(audit_log::Column::ActorId)
                .column(audit_log::Column::CustomerId)
                .column(audit_log::Column::At)
                .into_tuple::<(i64, i64, DateTime<Utc>)>()
        };
        let mut out = Readings::new();
        match rule {
            ComplianceRule::MassAccess => {
                let mut seen: HashMap<i64, BTreeSet<i64>> = HashMap::new();
                for (actor, customer, _) in personal().all(conn).await? {
                    seen.entry(actor).or_default().insert(customer);
                }
                out.extend(seen.into_iter().map(|(a, c)| (a, c.len() as i64)));
            }
            ComplianceRule::OffHours => {
                let rows = personal().all(conn).await?;
                let actors: BTreeSet<i64> = rows.iter().map(|r| r.0).collect();
                let teams: HashMap<i64, Option<i64>> = user::Entity::find()
                    .select_only()
                    .column(user::Column::Id)
                    .column(user::Column::TeamId)
                    .filter(user::Column::Id.is_in(actors))
                    .into_tuple::<(i64, Option<i64>)>()
                    .all(conn)
                    .await?
                    .into_iter()
                    .collect();
                let mut calendars = HashMap::new();
                for (actor, _, at) in rows {
                    let team = teams.get(&actor).copied().flatten();
                    if let std::collections::hash_map::Entry::Vacant(e) = calendars.entry(team) {
                        e.insert(self.calendar_for_team(team).await?);
                    }
                    if !calendars[&team].calendar.is_working_instant(at) {
                        *out.entry(actor).or_default() += 1;
                    }
                }
            }
            ComplianceRule::RepeatedDenials => {
                let rows: Vec<i64> = window()
                    .filter(audit_log::Column::Outcome.eq("denied"))
                    .select_only()
                    .column(audit_log::Column::ActorId)
                    .into_tuple()
                    .all(conn)
                    .await?;
                for actor in rows {
                    *out.entry(actor).or_default() += 1;
                }
            }
            ComplianceRule::LargeExport => {
                let rows: Vec<(i64, String)> = window()
                    .filter(audit_log::Column::Outcome.eq("success"))
                    .filter(audit_log::Column::Action.like("%.export"))
                    .select_only()
                    .column(audit_log::Column::ActorId)
                    .column(audit_log::Column::Detail)
                    .into_tuple()
                    .all(conn)
                    .await?;
                for (actor, detail) in rows {
                    let n = serde_json::from_str::<serde_json::Value>(&detail)
                        .ok()
                        .and_then(|d| d["rows"].as_i64())
                        .unwrap_or(0);
                    let e = out.entry(actor).or_default();
                    *e = (*e).max(n);
                }
            }
        }
        Ok(out)
    }
}

async fn usernames<C: ConnectionTrait>(
    conn: &C,
    ids: impl Iterator<Item = i64>,
) -> AppResult<HashMap<i64, String>> {
    let ids: Vec<i64> = ids.collect();
    if ids.is_empty() {
        return Ok(HashMap::new());
    }
    Ok(user::Entity::find()
        .select_only()
        .column(user::Column::Id)
        .column(user::Column::Username)
        .filter(user::Column::Id.is_in(ids))
        .into_tuple::<(i64, String)>()
        .all(conn)
        .await?
        .into_iter()
        .collect())
}
