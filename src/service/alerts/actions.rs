//! What people do with alerts: acknowledge one with a note (once), edit a
//! rule's settings (versioned), and open the 统一口径 announcement for a red
//! alert's category. Each checks permission and input before it writes, then
//! changes the row with a conditional UPDATE and writes its audit record in
//! the same transaction.
use super::{rule_kinds, view_with, AlertRuleView, AlertView};
use crate::audit::{self, Entry};
use crate::auth::{Actor, RequestMeta};
use crate::db::entity::{alert, alert_rule};
use crate::domain::alerts::{self as rules, AckRefused, AlertState, RuleKind, RuleSettings};
use crate::domain::permission::Permission;
use crate::error::{AppError, AppResult, Reason};
use crate::service::announcements::{insert_announcement, NewAnnouncement};
use crate::service::authz::on;
use crate::service::{required_text, Services};
use sea_orm::sea_query::{Expr, ExprTrait};
use sea_orm::{ColumnTrait, EntityTrait, QueryFilter};

/// Longest acknowledgement note.
pub const MAX_NOTE: usize = 2000;

/// A change to a rule's settings; `None` leaves a setting as it is.
#[derive(Debug, Clone, Default)]
pub struct RuleEdit {
    pub threshold: Option<f64>,
    pub window_minutes: Option<i32>,
    pub min_samples: Option<i32>,
    pub enabled: Option<bool>,
}

fn refused(r: AckRefused) -> AppError {
    let message = match r {
        AckRefused::AlreadyAcknowledged => "the alert is already acknowledged",
        AckRefused::Cleared => "the alert has cleared",
    };
    AppError::because(Reason::IllegalTransition, message)
}

impl Services {
    async fn load_alert(&self, id: i64) -> AppResult<AlertView> {
        let conn = self.db.conn();
        let m = alert::Entity::find_by_id(id)
            .one(conn)
            .await?
            .ok_or_else(|| AppError::not_found(format!("alert {id}")))?;
        view_with(&rule_kinds(conn).await?, m)
    }

    /// Acknowledge a raised alert with a note; it stays acknowledged until it
    /// clears. A second acknowledgement, or one after it cleared, is refused
    /// (ILLEGAL_TRANSITION). Needs `alert.acknowledge`.
    pub async fn acknowledge_alert(
        &self,
        actor: &Actor,
        meta: &RequestMeta,
        id: i64,
        note: &str,
    ) -> AppResult<AlertView> {
        self.enforce_on(
            actor,
            meta,
            "alert.acknowledge",
            on("alert", id),
            Permission::AlertAcknowledge,
        )
        .await?;
        let note = required_text("note", note, MAX_NOTE)?;
        let a = self.load_alert(id).await?;
        rules::acknowledge(a.state).map_err(refused)?;
        let now = self.now();
        let tx = self.db.write_tx().await?;
        let done = alert::Entity::update_many()
            .col_expr(
                alert::Column::State,
                Expr::value(AlertState::Acknowledged.code()),
            )
            .col_expr(alert::Column::AcknowledgedAt, Expr::value(now))
            .col_expr(alert::Column::AcknowledgedBy, Expr::value(actor.user_id.0))
            .col_expr(alert::Column::AckNote, Expr::value(note))
            .filter(alert::Column::Id.eq(id))
            .filter(alert::Column::State.eq(AlertState::Raised.code()))
            .exec(&*tx)
            .await?;
        if done.rows_affected == 0 {
            // an evaluation cleared it, or someone acknowledged it meanwhile
            drop(tx);
            let now_state = self.load_alert(id).await?.state;
            return Err(rules::acknowledge(now_state)
                .err()
                .map_or_else(|| AppError::conflict("the alert changed"), refused));
        }
        audit::record(
            &tx,
            meta,
            now,
            Entry::new("alert.acknowledge", Some(actor))
                .target("alert", id)
                .detail(serde_json::json!({
                    "level": a.level.code(),
                    "scope": a.scope.code(),
                })),
        )
        .await?;
        tx.commit().await?;
        self.load_alert(id).await
    }

    /// Change a rule's threshold, window, minimum samples or switch; the
    /// next evaluation uses them. Needs `alert.manage`; `expected_version`
    /// must be the current one.
    pub async fn update_alert_rule(
        &self,
        actor: &Actor,
        meta: &RequestMeta,
        id: i64,
        expected_version: i32,
        edit: RuleEdit,
    ) -> AppResult<AlertRuleView> {
        self.enforce_on(
            actor,
            meta,
            "alert_rule.update",
            on("alert_rule", id),
            Permission::AlertManage,
        )
        .await?;
        let conn = self.db.conn();
        let current = alert_rule::Entity::find_by_id(id)
            .one(conn)
            .await?
            .ok_or_else(|| AppError::not_found(format!("alert rule {id}")))
            .and_then(AlertRuleView::from_model)?;
        let s = current.settings;
        let next = RuleSettings {
            threshold: edit.threshold.unwrap_or(s.threshold),
            window_minutes: edit.window_minutes.unwrap_or(s.window_minutes),
            min_samples: edit.min_samples.unwrap_or(s.min_samples),
            enabled: edit.enabled.unwrap_or(s.enabled),
        };
        current
            .kind
            .validate(&next)
            .map_err(|e| AppError::bad_input(e.field, e.message))?;
        if current.version != expected_version {
            return Err(AppError::stale_version(format!(
                "alert rule {id} is at version {}",
                current.version
            )));
        }
        let now = self.now();
        let tx = self.db.write_tx().await?;
        let done = alert_rule::Entity::update_many()
            .col_expr(alert_rule::Column::Threshold, Expr::value(next.threshold))
            .col_expr(
                alert_rule::Column::WindowMinutes,
                Expr::value(next.window_minutes),
            )
            .col_expr(
                alert_rule::Column::MinSamples,
                Expr::value(next.min_samples),
            )
            .col_expr(alert_rule::Column::Enabled, Expr::value(next.enabled))
            .col_expr(
                alert_rule::Column::Version,
                Expr::col(alert_rule::Column::Version).add(1),
            )
            .col_expr(alert_rule::Column::UpdatedBy, Expr::value(actor.user_id.0))
            .col_expr(alert_rule::Column::UpdatedAt, Expr::value(now))
            .filter(alert_rule::Column::Id.eq(id))
            .filter(alert_rule::Column::Version.eq(expected_version))
            .exec(&*tx)
            .await?;
        if done.rows_affected == 0 {
            return Err(AppError::stale_version(format!(
                "alert rule {id} changed meanwhile"
            )));
        }
        let settings = |s: &RuleSettings| {
            serde_json::json!({
                "threshold": s.threshold,
                "windowMinutes": s.window_minutes,
                "minSamples": s.min_samples,
                "enabled": s.enabled,
            })
        };
        audit::record(
            &tx,
            meta,
            now,
            Entry::new("alert_rule.update", Some(actor))
                .target("alert_rule", id)
                .detail(serde_json::json!({
                    "rule": current.kind.code(),
                    "before": settings(&s),
                    "after": settings(&next),
                })),
        )
        .await?;
        let updated = alert_rule::Entity::find_by_id(id)
            .one(&*tx)
            .await?
            .ok_or_else(|| AppError::not_found(format!("alert rule {id}")))?;
        tx.commit().await?;
        AlertRuleView::from_model(updated)
    }

    /// Open the agreed explanation (统一口径) for a red alert's category as an
    /// announcement, and link it to the alert; both in one transaction. Needs
    /// `alert.view` and `announcement.manage`; one announcement per alert.
    pub async fn open_announcement_for_alert(
        &self,
        actor: &Actor,
        meta: &RequestMeta,
        alert_id: i64,
        title: &str,
        script: &str,
    ) -> AppResult<AlertView> {
        let target = on("alert", alert_id);
        self.enforce_on(
            actor,
            meta,
            "alert.announce",
            target.clone(),
            Permission::AlertView,
        )
        .await?;
        self.enforce_on(
            actor,
            meta,
            "alert.announce",
            target,
            Permission::AnnouncementManage,
        )
        .await?;
        let title = required_text("title", title, 200)?;
        let script = required_text("script", script, 5000)?;
        let a = self.load_alert(alert_id).await?;
        if a.kind != RuleKind::CategorySurge {
            return Err(AppError::bad_input(
                "alertId",
                "only a red (category surge) alert opens an announcement",
            ));
        }
        if a.announcement_id.is_some() {
            return Err(AppError::already_exists(
                "alertId",
                "this alert already has an announcement",
            ));
        }
        let valid = self
            .check_announcement(NewAnnouncement {
                title,
                explanation: script,
                category_id: a.category_id,
                active_from: None,
                active_until: None,
            })
            .await?;
        let tx = self.db.write_tx().await?;
        let ann = insert_announcement(&tx, actor, meta, valid).await?;
        let done = alert::Entity::update_many()
            .col_expr(alert::Column::AnnouncementId, Expr::value(ann.id))
            .filter(alert::Column::Id.eq(alert_id))
            .filter(alert::Column::AnnouncementId.is_null())
            .exec(&*tx)
            .await?;
        if done.rows_affected == 0 {
            return Err(AppError::already_exists(
                "alertId",
                "this alert already has an announcement",
            ));
        }
        audit::record(
            &tx,
            meta,
            ann.created_at,
            Entry::new("alert.announce", Some(actor))
                .target("alert", alert_id)
                .detail(serde_json::json!({ "announcement": ann.id })),
        )
        .await?;
        tx.commit().await?;
        self.load_alert(alert_id).await
    }
}
