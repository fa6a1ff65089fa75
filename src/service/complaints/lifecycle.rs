//! Working a complaint: lifecycle steps through the domain state machine
//! (field edits, assignment, notes and repeat links are in `edits`).
//!
//! Invariants: every step checks the policy first (denials audited), then
//! the caller's `expected_version` (a stale one is refused with CONFLICT), then
//! the state machine; the write goes through `change` (conditional on the
//! version, with its timeline event and audit record in one transaction).
use crate::auth::{policy, Actor, RequestMeta};
use crate::db::entity::team;
use crate::domain::callback;
use crate::domain::complaint::{transition, Action, EventKind, Status, Visibility};
use crate::domain::permission::Permission;
use crate::error::{AppError, AppResult};
use crate::service::complaints::change::Change;
pub use crate::service::complaints::step::Step;
use crate::service::complaints::timeline::NewEvent;
use crate::service::complaints::views::{stored, ComplaintView};
use crate::service::sla::Trigger;
use crate::service::Services;
use sea_orm::{ColumnTrait, EntityTrait, IntoActiveModel, QueryFilter, QueryOrder, Set};

impl Services {
    pub async fn apply_step(
        &self,
        actor: &Actor,
        meta: &RequestMeta,
        id: i64,
        expected_version: i32,
        step: Step,
    ) -> AppResult<ComplaintView> {
        let step = step.validated()?;
        let action = step.action();
        let audit_action = format!("complaint.{}", action.code());
        let (current, read) = self
            .load_for_change(
                actor,
                meta,
                id,
                Some(expected_version),
                &audit_action,
                |f| {
                    policy::can_act(actor, f, action)?;
                    if let Step::RecordCallback {
                        close_despite_low_score: true,
                        ..
                    } = &step
                    {
                        policy::require(actor, Permission::CallbackOverride)?;
                    }
                    Ok(())
                },
            )
            .await?;
        let from = stored("complaint status", &current.status, Status::from_code)?;
        let to = transition(from, action)?;
        let plan = self.approval_plan(actor, &current, &step).await?;
        let now = self.now();

        let mut am = current.clone().into_active_model();
        am.status = Set(to.code().into());
        let body;
        let mut visibility = Visibility::Internal;
        let mut data = serde_json::json!({});
        let mut returned = None;
        match &step {
            Step::Escalate {
                note,
                skip_level_reason,
            } => {
                if let Some(why) = skip_level_reason {
                    data = serde_json::json!({ "skipLevel": true, "skipLevelReason": why });
                }
                // routing may already have put it with an expert team (and
                // someone in it): it stays there
                if !self.with_expert_team(current.team_id).await? {
                    am.team_id = Set(Some(self.expert_team_id().await?));
                    am.assignee_id = Set(None);
                }
                am.escalated_at = Set(Some(now));
                body = note.clone();
            }
            Step::Dispatch {
                team_id,
                assignee_id,
                note,
            } => {
                let t = team::Entity::find_by_id(*team_id)
                    .one(self.db.conn())
                    .await?
                    .ok_or_else(|| AppError::bad_input("teamId", "unknown team"))?;
                if let Some(uid) = assignee_id {
                    self.ensure_team_member("assigneeId", Some(t.id), *uid)
                        .await?;
                }
                am.team_id = Set(Some(t.id));
                am.assignee_id = Set(*assignee_id);
                body = note.clone();
                data = serde_json::json!({ "teamId": t.id, "teamName": t.name, "assigneeId": assignee_id });
            }
            Step::Return { reason } => {
                let back = self.returned_to(&current).await?;
                am.team_id = Set(Some(back.team_id));
                am.assignee_id = Set(None);
                body = Some(reason.clone());
                data = serde_json::json!({
                    "fromTeamId": current.team_id,
                    "teamId": back.team_id,
                    "teamName": back.team_name,
                });
                returned = back.dispatcher;
            }
            Step::RecordInvestigation {
                findings,
                responsibility,
            } => {
                am.findings = Set(Some(findings.clone()));
                am.responsibility = Set(Some(responsibility.code().into()));
                body = Some(findings.clone());
                data = serde_json::json!({ "responsibility": responsibility.code() });
            }
            Step::ProposeResolution { resolution, .. } => {
                am.resolution = Set(Some(resolution.clone()));
                if plan.refund.is_some() {
                    am.refund_granted_cents = Set(plan.refund);
                }
                body = Some(resolution.clone());
                data = serde_json::json!({
                    "refundGrantedCents": plan.refund,
                    "wronglyChargedCents": plan.wrongly_charged,
                    "approvalRequired": plan.request.is_some(),
                });
            }
            Step::Resolve {
                reply, resolution, ..
            } => {
                if let Some(r) = resolution {
                    am.resolution = Set(Some(r.clone()));
                }
                if plan.refund.is_some() {
                    am.refund_granted_cents = Set(plan.refund);
                }
                am.resolved_at = Set(Some(now));
                // a fresh resolution gets a fresh round of callback attempts
                am.callback_attempts = Set(0);
                if current.first_replied_at.is_none() {
                    am.first_replied_at = Set(Some(now));
                }
                body = Some(reply.clone());
                visibility = Visibility::Customer;
            }
            Step::RecordCallback {
                satisfaction,
                comment,
                ..
            } => {
                am.satisfaction = Set(Some(*satisfaction));
                body = comment.clone();
                data = serde_json::json!({ "satisfaction": satisfaction });
            }
            Step::CallbackAttempt { note } => {
                am.callback_attempts = Set(current.callback_attempts + 1);
                body = note.clone();
                data = serde_json::json!({
                    "attempt": current.callback_attempts + 1,
                    "of": callback::MAX_ATTEMPTS,
                });
            }
            Step::Reopen { reason } => {
                am.team_id = Set(Some(self.expert_team_id().await?));
                am.assignee_id = Set(None);
                am.reopen_count = Set(current.reopen_count + 1);
                am.closed_at = Set(None);
                body = Some(reason.clone());
                visibility = Visibility::Customer;
            }
            Step::Close { note } => {
                if current.is_major {
                    // the centre head's sign-off says why it may close
                    if note.is_none() {
                        return Err(AppError::bad_input(
                            "note",
                            "signing off a major complaint needs a note",
                        ));
                    }
                    data = serde_json::json!({ "signedOff": true });
                }
                am.closed_at = Set(Some(now));
                body = note.clone();
            }
        }
        let event = NewEvent::internal(EventKind::for_action(action), data)
            .visible_to(visibility)
            .statuses(Some(from), Some(to))
            .body(body);
        let follow = super::callbacks::follow_up(&current, &step, to);
        let sign_off = super::callbacks::awaits_sign_off(&current, &step, to);
        let mut change = Change::new(actor, meta, &audit_action, id, now, event);
        if let Some(f) = follow {
            self.apply_follow_up(&mut am, &current, &f, now).await?;
            change = change
                .also(f.event)
                .moving_clocks(Trigger::Moved { from, to: f.to });
        } else if action != Action::CallbackAttempt {
            change = change.moving_clocks(Trigger::Moved { from, to });
        }
        if let Step::Dispatch {
            assignee_id: Some(uid),
            ..
        } = &step
        {
            if let Some((to, n)) = super::edits::assigned_notification(actor, &current, *uid) {
                change = change.notifying(vec![to], n);
            }
        }
        if let Some(dispatcher) = returned.filter(|d| *d != actor.user_id.0) {
            change = change.notifying(vec![dispatcher], super::returns::notification(&current));
        }
        if sign_off {
            let (heads, n) = self.sign_off_due(&current).await?;
            change = change.notifying(heads, n);
        }
        if let Some(r) = &plan.request {
            let (event, approvers, n) = self.approval_requested(&current, r).await?;
            change = change.also(event).notifying(approvers, n);
        }
        let by = actor.user_id.0;
        self.commit_versioned_with(
            &current,
            am,
            read,
            change,
            |entry, ev| {
                entry.customer(current.customer_id).detail(
                    serde_json::json!({ "from": from.code(), "to": to.code(), "event": ev.id.0 }),
                )
            },
            move |tx| Box::pin(plan.write(tx, id, by, now)),
        )
        .await
    }

    async fn with_expert_team(&self, team: Option<i64>) -> AppResult<bool> {
        Ok(self.expert_team_of(team).await?.is_some())
    }

    /// `team` if it is an expert team (kind `expert`).
    pub(super) async fn expert_team_of(&self, team: Option<i64>) -> AppResult<Option<team::Model>> {
        let Some(t) = team else { return Ok(None) };
        Ok(team::Entity::find_by_id(t)
            .one(self.db.conn())
            .await?
            .filter(|t| t.kind == "expert"))
    }

    /// The first expert team, where escalated and reopened complaints go.
    pub(super) async fn first_expert_team(&self) -> AppResult<team::Model> {
        team::Entity::find()
            .filter(team::Column::Kind.eq("expert"))
            .order_by_asc(team::Column::Id)
            .one(self.db.conn())
            .await?
            .ok_or_else(|| AppError::bad_input("id", "no expert team is configured; an administrator must create a team of kind expert"))
    }

    async fn expert_team_id(&self) -> AppResult<i64> {
        Ok(self.first_expert_team().await?.id)
    }
}
