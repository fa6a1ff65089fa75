//! The satisfaction callback's consequences (issue 13 §4): a recorded score
//! closes or reopens the complaint in the same change, and the last failed
//! attempt to reach the customer closes it as unreachable. The rules are in
//! `domain::callback`; this module turns them into the follow-up entry and
//! the row's new state; and the queue of callbacks due.
use crate::auth::{Actor, RequestMeta};
use crate::db::entity::complaint;
use crate::domain::callback::{self, Outcome};
use crate::domain::complaint::{EventKind, Status, Visibility};
use crate::domain::permission::Permission;
use crate::error::AppResult;
use crate::service::complaints::order::ComplaintOrder;
use crate::service::complaints::queries::{ComplaintFilter, Related};
use crate::service::complaints::step::Step;
use crate::service::complaints::timeline::NewEvent;
use crate::service::complaints::views::ComplaintView;
use crate::service::page::Page;
use crate::service::Services;
use chrono::{DateTime, Utc};
use sea_orm::Set;

/// What follows a callback step in the same change.
pub(super) struct FollowUp {
    /// Where the complaint ends up.
    pub to: Status,
    /// The system's entry for it, after the actor's.
    pub event: NewEvent,
}

/// The follow-up of `step` taken on `current`, which moved it to `to`.
/// A major complaint is not closed by its callback: it waits (satisfied, or
/// unreachable) for the centre head's sign-off.
pub(super) fn follow_up(current: &complaint::Model, step: &Step, to: Status) -> Option<FollowUp> {
    let f = any_follow_up(current, step, to)?;
    if current.is_major && f.to == Status::Closed {
        return None;
    }
    Some(f)
}

/// Whether `step` leaves a major complaint waiting for the centre head's
/// sign-off (the callback would have closed an ordinary one).
pub(super) fn awaits_sign_off(current: &complaint::Model, step: &Step, to: Status) -> bool {
    current.is_major && any_follow_up(current, step, to).is_some_and(|f| f.to == Status::Closed)
}

fn any_follow_up(current: &complaint::Model, step: &Step, to: Status) -> Option<FollowUp> {
    match step {
        Step::RecordCallback {
            satisfaction,
            close_despite_low_score,
            reason,
            ..
        } => Some(
            match callback::outcome(*satisfaction, *close_despite_low_score) {
                Outcome::Close => FollowUp {
                    to: Status::Closed,
                    event: NewEvent::internal(
                        EventKind::Closed,
                        serde_json::json!({
                            "satisfaction": satisfaction,
                            "lowScoreConfirmed": close_despite_low_score,
                        }),
                    )
                    .statuses(Some(to), Some(Status::Closed))
                    .body(reason.clone().or_else(|| Some("回访完成，结案。".into()))),
                },
                Outcome::Reopen => FollowUp {
                    to: Status::Escalated,
                    event: NewEvent::internal(
                        EventKind::Reopened,
                        serde_json::json!({ "satisfaction": satisfaction, "byCallback": true }),
                    )
                    .visible_to(Visibility::Customer)
                    .statuses(Some(to), Some(Status::Escalated))
                    .body(Some(
                        "回访中您对处理结果不满意，投诉已重新交由专家组处理。".into(),
                    )),
                },
            },
        ),
        Step::CallbackAttempt { .. } => {
            let n = current.callback_attempts + 1;
            callback::gives_up_after(n).then(|| FollowUp {
                to: Status::Closed,
                event: NewEvent::internal(
                    EventKind::Closed,
                    serde_json::json!({ "unreachable": true, "attempts": n }),
                )
                .statuses(Some(to), Some(Status::Closed))
                .body(Some(format!(
                    "回访 {n} 次均未能联系到客户，按无法联系结案。"
                ))),
            })
        }
        _ => None,
    }
}

impl Services {
    /// Resolved complaints waiting for their satisfaction call, the callback
    /// deadline that runs out first first (`complaint.callback`; within the
    /// caller's data scope, like any list).
    pub async fn callback_queue(
        &self,
        actor: &Actor,
        meta: &RequestMeta,
        first: Option<i64>,
        after: Option<&str>,
    ) -> AppResult<(Page<ComplaintView>, Related, ComplaintFilter)> {
        self.enforce(
            actor,
            meta,
            "complaint.callback_queue",
            Permission::ComplaintCallback,
        )
        .await?;
        let filter = ComplaintFilter {
            statuses: vec![Status::Resolved],
            ..ComplaintFilter::default()
        };
        let (page, related) = self
            .list_complaints(actor, meta, &filter, ComplaintOrder::SlaDue, first, after)
            .await?;
        Ok((page, related, filter))
    }

    /// Write the follow-up's state into the row being changed.
    pub(super) async fn apply_follow_up(
        &self,
        am: &mut complaint::ActiveModel,
        current: &complaint::Model,
        f: &FollowUp,
        now: DateTime<Utc>,
    ) -> AppResult<()> {
        am.status = Set(f.to.code().into());
        match f.to {
            Status::Closed => am.closed_at = Set(Some(now)),
            _ => {
                // reopened: back to the expert team's queue, on a new clock
                am.team_id = Set(Some(self.first_expert_team().await?.id));
                am.assignee_id = Set(None);
                am.reopen_count = Set(current.reopen_count + 1);
                am.closed_at = Set(None);
            }
        }
        Ok(())
    }
}
