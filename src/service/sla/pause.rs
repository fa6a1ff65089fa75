//! Pausing a complaint's clocks while it waits for the customer or a third
//! party, and resuming them.
use super::rows;
use crate::auth::{policy, Actor, RequestMeta};
use crate::db::entity::complaint;
use crate::domain::complaint::EventKind;
use crate::domain::permission::Permission;
use crate::error::{AppError, AppResult, Reason};
use crate::service::complaints::change::{stale, Change};
use crate::service::complaints::timeline::NewEvent;
use crate::service::complaints::views::ComplaintView;
use crate::service::{required_text, Services};
use sea_orm::sea_query::Expr;
use sea_orm::{ColumnTrait, EntityTrait, QueryFilter};

/// `pauseClock` / `resumeClock`: the complaint, why, and optionally the
/// version the caller saw.
#[derive(Debug, Clone)]
pub struct ClockInput {
    pub complaint_id: i64,
    pub reason: String,
    pub expected_version: Option<i32>,
}

impl Services {
    /// Stops every running clock of the complaint until it is resumed.
    pub async fn pause_clocks(
        &self,
        actor: &Actor,
        meta: &RequestMeta,
        input: ClockInput,
    ) -> AppResult<ComplaintView> {
        self.toggle_clocks(actor, meta, input, true).await
    }

    /// Restarts every paused clock of the complaint.
    pub async fn resume_clocks(
        &self,
        actor: &Actor,
        meta: &RequestMeta,
        input: ClockInput,
    ) -> AppResult<ComplaintView> {
        self.toggle_clocks(actor, meta, input, false).await
    }

    async fn toggle_clocks(
        &self,
        actor: &Actor,
        meta: &RequestMeta,
        input: ClockInput,
        pause: bool,
    ) -> AppResult<ComplaintView> {
        let reason = required_text("reason", &input.reason, 1000)?;
        let action = if pause {
            "complaint.clock.pause"
        } else {
            "complaint.clock.resume"
        };
        let (current, read) = self
            .load_for_change(
                actor,
                meta,
                input.complaint_id,
                input.expected_version,
                action,
                |f| policy::can_touch(actor, f, Permission::ComplaintClock),
            )
            .await?;
        let now = self.now();
        let tx = self.db.write_tx().await?;
        let mut clocks = self.load_clocks(&*tx, &[current.id]).await?;
        let mut moved = Vec::new();
        for c in clocks.iter_mut() {
            let done = if pause {
                c.timer.pause(&c.calendar, now)
            } else {
                c.timer.resume(now)
            };
            if done {
                rows::save(&*tx, c, now).await?;
                moved.push(serde_json::json!({ "clock": c.row.kind, "step": c.row.step }));
            }
        }
        if moved.is_empty() {
            return Err(if pause {
                AppError::because(
                    Reason::ClockNotRunning,
                    "no clock of this complaint is running",
                )
            } else {
                AppError::because(
                    Reason::ClockNotPaused,
                    "no clock of this complaint is paused",
                )
            });
        }
        let clocks = self.load_clocks(&*tx, &[current.id]).await?;
        rows::write_summary(&*tx, current.id, &clocks).await?;
        let bumped = complaint::Entity::update_many()
            .col_expr(complaint::Column::Version, Expr::value(current.version + 1))
            .col_expr(complaint::Column::UpdatedAt, Expr::value(now))
            .filter(complaint::Column::Id.eq(current.id))
            .filter(complaint::Column::Version.eq(current.version))
            .exec(&*tx)
            .await?;
        if bumped.rows_affected == 0 {
            return Err(stale(current.version + 1));
        }
        let updated = complaint::Entity::find_by_id(current.id)
            .one(&*tx)
            .await?
            .ok_or_else(|| AppError::not_found(format!("complaint {}", current.id)))?;
        let kind = if pause {
            EventKind::ClockPaused
        } else {
            EventKind::ClockResumed
        };
        let event =
            NewEvent::internal(kind, serde_json::json!({ "clocks": moved })).body(Some(reason));
        let change = Change::new(actor, meta, action, current.id, now, event);
        self.commit_change(tx, change, |entry, ev| {
            entry
                .customer(current.customer_id)
                .detail(serde_json::json!({ "event": ev.id.0 }))
        })
        .await?;
        ComplaintView::new(updated, read)
    }
}
