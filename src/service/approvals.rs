//! Approvals above authority (issue 13 §3): the approvers' queue, their
//! decisions, and each role's authority limit. Approvals are opened by a
//! proposed resolution (`complaints::approvals`).
//!
//! Invariants:
//! - only holders of `approval.decide` see the whole queue; anyone else sees
//!   the approvals they requested;
//! - the requester never decides their own approval (SELF_REVIEW, audited);
//! - a decision needs a reason; it is written only if the approval is still
//!   pending (`UPDATE … WHERE status = 'pending'`), with its timeline entry,
//!   audit record and the requester's notification, in one transaction;
//! - an approved amount (possibly changed by the approver) becomes the
//!   complaint's granted refund.
use crate::auth::{policy, Actor, RequestMeta};
use crate::db::entity::{approval, complaint, role};
use crate::domain::approval::{self as rules, yuan, ApprovalStatus};
use crate::domain::complaint::EventKind;
use crate::domain::permission::Permission;
use crate::error::{AppError, AppResult, Reason};
use crate::service::authz::on;
use crate::service::complaints::change::Change;
use crate::service::complaints::details::cents;
use crate::service::complaints::timeline::NewEvent;
use crate::service::complaints::views::stored;
use crate::service::identity::views::RoleView;
use crate::service::notifications::{NewNotification, NotificationKind};
use crate::service::page::{id_page, Page};
use crate::service::{required_text, Services};
use chrono::{DateTime, Utc};
use sea_orm::sea_query::Expr;
use sea_orm::{ColumnTrait, EntityTrait, IntoActiveModel, QueryFilter, QuerySelect, Set};
use std::collections::HashMap;

/// The largest authority limit a role may be given: 100,000,000 元.
const MAX_LIMIT_CENTS: i64 = 10_000_000_000;

#[derive(Debug, Clone)]
pub struct ApprovalView {
    pub id: i64,
    pub complaint_id: i64,
    pub complaint_number: String,
    pub status: ApprovalStatus,
    pub amount_cents: i64,
    pub wrongly_charged_cents: Option<i64>,
    pub approved_cents: Option<i64>,
    pub resolution: String,
    pub requested_by: i64,
    pub requested_at: DateTime<Utc>,
    pub decided_by: Option<i64>,
    pub decided_at: Option<DateTime<Utc>>,
    pub decision_reason: Option<String>,
}

impl ApprovalView {
    fn new(m: approval::Model, number: String) -> AppResult<Self> {
        Ok(ApprovalView {
            id: m.id,
            complaint_id: m.complaint_id,
            complaint_number: number,
            status: stored("approval status", &m.status, ApprovalStatus::from_code)?,
            amount_cents: m.amount_cents,
            wrongly_charged_cents: m.wrongly_charged_cents,
            approved_cents: m.approved_cents,
            resolution: m.resolution,
            requested_by: m.requested_by,
            requested_at: m.requested_at,
            decided_by: m.decided_by,
            decided_at: m.decided_at,
            decision_reason: m.decision_reason,
        })
    }
}

/// An approver's decision.
#[derive(Debug, Clone)]
pub struct Decision {
    pub id: i64,
    pub approve: bool,
    /// The amount granted, when the approver changes it.
    pub amount_cents: Option<i64>,
    pub reason: String,
}

impl Services {
    /// What `actor` may grant without approval: the largest limit among
    /// their roles.
    pub(crate) async fn authority_of(&self, actor: &Actor) -> AppResult<i64> {
        let limits: Vec<Option<i64>> = role::Entity::find()
            .select_only()
            .column(role::Column::AuthorityLimitCents)
            .filter(role::Column::Code.is_in(actor.roles.iter().cloned()))
            .into_tuple()
            .all(self.db.conn())
            .await?;
        Ok(rules::authority(&limits))
    }

    /// Approvals, oldest first (the queue order), optionally of one status.
    pub async fn approvals(
        &self,
        actor: &Actor,
        status: Option<ApprovalStatus>,
        first: Option<i64>,
        after: Option<&str>,
    ) -> AppResult<Page<ApprovalView>> {
        let mut q = approval::Entity::find();
        if let Some(s) = status {
            q = q.filter(approval::Column::Status.eq(s.code()));
        }
        if !actor.has(Permission::ApprovalDecide) {
            q = q.filter(approval::Column::RequestedBy.eq(actor.user_id.0));
        }
        let page = id_page(self.db.conn(), q, approval::Column::Id, first, after, false).await?;
        let numbers = self
            .complaint_numbers(page.rows.iter().map(|a| a.complaint_id))
            .await?;
        let mut rows = Vec::with_capacity(page.rows.len());
        for m in page.rows {
            let n = numbers.get(&m.complaint_id).cloned().unwrap_or_default();
            rows.push(ApprovalView::new(m, n)?);
        }
        Ok(crate::service::page::IdPage {
            rows,
            has_next: page.has_next,
            has_previous: page.has_previous,
        }
        .into_page(|v| (v.id, v)))
    }

    /// The approvals of a complaint the caller has read, newest first.
    pub async fn approvals_of_complaint(&self, complaint_id: i64) -> AppResult<Vec<ApprovalView>> {
        let rows = approval::Entity::find()
            .filter(approval::Column::ComplaintId.eq(complaint_id))
            .all(self.db.conn())
            .await?;
        let numbers = self.complaint_numbers([complaint_id]).await?;
        let mut out = rows
            .into_iter()
            .map(|m| {
                let n = numbers.get(&m.complaint_id).cloned().unwrap_or_default();
                ApprovalView::new(m, n)
            })
            .collect::<AppResult<Vec<_>>>()?;
        out.sort_by_key(|a| std::cmp::Reverse(a.id));
        Ok(out)
    }

    async fn complaint_numbers(
        &self,
        ids: impl IntoIterator<Item = i64>,
    ) -> AppResult<HashMap<i64, String>> {
        let ids: Vec<i64> = ids.into_iter().collect();
        if ids.is_empty() {
            return Ok(HashMap::new());
        }
        let rows: Vec<(i64, String)> = complaint::Entity::find()
            .select_only()
            .column(complaint::Column::Id)
            .column(complaint::Column::Number)
            .filter(complaint::Column::Id.is_in(ids))
            .into_tuple()
            .all(self.db.conn())
            .await?;
        Ok(rows.into_iter().collect())
    }

    /// Approve or reject a pending approval (never one's own).
    pub async fn decide_approval(
        &self,
        actor: &Actor,
        meta: &RequestMeta,
        d: Decision,
    ) -> AppResult<ApprovalView> {
        let reason = required_text("reason", &d.reason, 2000)?;
        let changed = cents("amountCents", d.amount_cents)?;
        if changed.is_some() && !d.approve {
            return Err(AppError::bad_input(
                "amountCents",
                "an amount is given only when approving",
            ));
        }
        let ap = approval::Entity::find_by_id(d.id)
            .one(self.db.conn())
            .await?
            .ok_or_else(|| AppError::not_found(format!("approval {}", d.id)))?;
        self.authorize(
            actor,
            meta,
            "approval.decide",
            on("approval", d.id),
            policy::can_decide_approval(actor, ap.requested_by),
        )
        .await?;
        if ap.status != ApprovalStatus::Pending.code() {
            return Err(already_decided(&ap));
        }
        let (current, read) = self
            .load_for_change(
                actor,
                meta,
                ap.complaint_id,
                None,
                "approval.decide",
                |_| Ok(()),
            )
            .await?;
        let granted = d.approve.then(|| changed.unwrap_or(ap.amount_cents));
        let status = if d.approve {
            ApprovalStatus::Approved
        } else {
            ApprovalStatus::Rejected
        };
        let now = self.now();
        let mut am = current.clone().into_active_model();
        if granted.is_some() {
            am.refund_granted_cents = Set(granted);
        }
        let data = serde_json::json!({
            "approvalId": ap.id,
            "approved": d.approve,
            "amountCents": ap.amount_cents,
            "approvedCents": granted,
        });
        let event =
            NewEvent::internal(EventKind::ApprovalDecided, data.clone()).body(Some(reason.clone()));
        let told = NewNotification {
            kind: NotificationKind::ApprovalDecided,
            title: match granted {
                Some(g) => format!("投诉 {} 的处理方案已批准：{}", current.number, yuan(g)),
                None => format!("投诉 {} 的处理方案被驳回", current.number),
            },
            body: reason.clone(),
            complaint_id: Some(current.id),
            alert_id: None,
        };
        let change = Change::new(actor, meta, "approval.decide", current.id, now, event)
            .notifying(vec![ap.requested_by], told);
        let (id, by, why) = (ap.id, actor.user_id.0, reason.clone());
        self.commit_versioned_with(
            &current,
            am,
            read,
            change,
            |entry, ev| {
                let mut detail = data.clone();
                detail["reason"] = reason.clone().into();
                detail["event"] = ev.id.0.into();
                entry.customer(current.customer_id).detail(detail)
            },
            move |tx| {
                Box::pin(async move {
                    let res = approval::Entity::update_many()
                        .col_expr(approval::Column::Status, Expr::value(status.code()))
                        .col_expr(approval::Column::ApprovedCents, Expr::value(granted))
                        .col_expr(approval::Column::DecidedBy, Expr::value(by))
                        .col_expr(approval::Column::DecidedAt, Expr::value(now))
                        .col_expr(approval::Column::DecisionReason, Expr::value(why))
                        .filter(approval::Column::Id.eq(id))
                        .filter(approval::Column::Status.eq(ApprovalStatus::Pending.code()))
                        .exec(&**tx)
                        .await?;
                    if res.rows_affected == 0 {
                        return Err(AppError::because(
                            Reason::AlreadyDecided,
                            format!("approval {id} was decided or withdrawn meanwhile"),
                        ));
                    }
                    Ok(())
                })
            },
        )
        .await?;
        let m = approval::Entity::find_by_id(id)
            .one(self.db.conn())
            .await?
            .ok_or_else(|| AppError::not_found(format!("approval {id}")))?;
        ApprovalView::new(m, current.number)
    }

    /// Set what a role (built-in or custom) may grant without approval;
    /// `None` restores the default.
    pub async fn set_role_authority_limit(
        &self,
        actor: &Actor,
        meta: &RequestMeta,
        role_id: i64,
        limit_cents: Option<i64>,
    ) -> AppResult<RoleView> {
        self.enforce_on(
            actor,
            meta,
            "role.authority_limit",
            on("role", role_id),
            Permission::RoleManage,
        )
        .await?;
        if let Some(l) = limit_cents {
            if !(0..=MAX_LIMIT_CENTS).contains(&l) {
                return Err(AppError::bad_input(
                    "limitCents",
                    format!("limitCents must be between 0 and {MAX_LIMIT_CENTS}"),
                ));
            }
        }
        let r = role::Entity::find_by_id(role_id)
            .one(self.db.conn())
            .await?
            .ok_or_else(|| AppError::not_found(format!("role {role_id}")))?;
        let before = r.authority_limit_cents;
        let now = self.now();
        let tx = self.db.write_tx().await?;
        let mut am = r.into_active_model();
        am.authority_limit_cents = Set(limit_cents);
        let r = sea_orm::ActiveModelTrait::update(am, &*tx).await?;
        crate::audit::record(
            &tx,
            meta,
            now,
            crate::audit::Entry::new("role.authority_limit", Some(actor))
                .target("role", role_id)
                .detail(serde_json::json!({ "before": before, "after": limit_cents })),
        )
        .await?;
        tx.commit().await?;
        let mut roles = self.roles(actor, meta).await?;
        roles.retain(|v| v.id.0 == r.id);
        roles
            .pop()
            .ok_or_else(|| AppError::not_found(format!("role {role_id}")))
    }
}

fn already_decided(ap: &approval::Model) -> AppError {
    let label = ApprovalStatus::from_code(&ap.status).map_or("decided", |s| s.code());
    AppError::because(
        Reason::AlreadyDecided,
        format!("approval {} is already {label}", ap.id),
    )
}
