//! What a lifecycle step means for approvals above authority (issue 13 §3).
//!
//! Invariants:
//! - proposing a resolution whose refund exceeds the proposer's authority
//!   (and what an approver already granted) opens a pending approval in the
//!   step's transaction; any earlier pending
//!   approval of the complaint is withdrawn (the newer proposal replaces it);
//! - a fee charged by mistake is proposed at double (错收双倍返还);
//! - a complaint is resolved with an amount above the resolver's authority
//!   only when an approved approval covers it; resolving withdraws whatever
//!   is still pending.
use crate::auth::Actor;
use crate::db::entity::{approval, complaint};
use crate::db::WriteTx;
use crate::domain::approval::{self as rules, yuan, ApprovalStatus, ProposalError};
use crate::domain::complaint::{EventKind, Responsibility};
use crate::domain::permission::Permission;
use crate::error::{AppError, AppResult, Reason};
use crate::service::complaints::step::Step;
use crate::service::complaints::timeline::NewEvent;
use crate::service::notifications::{self, NewNotification, NotificationKind};
use crate::service::Services;
use chrono::{DateTime, Utc};
use sea_orm::sea_query::Expr;
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, QueryOrder, Set,
};

/// A step's approval side.
#[derive(Debug, Clone, Default)]
pub(crate) struct Plan {
    /// The refund the step records (for a wrong charge, its double).
    pub refund: Option<i64>,
    pub wrongly_charged: Option<i64>,
    /// Open a pending approval for this amount (above `authority`).
    pub request: Option<Request>,
    /// Withdraw the complaint's pending approvals.
    pub withdraw: bool,
}

#[derive(Debug, Clone)]
pub(crate) struct Request {
    pub amount: i64,
    pub authority: i64,
    pub resolution: String,
}

fn proposal_error(e: ProposalError) -> AppError {
    match e {
        ProposalError::NotAWrongCharge => AppError::bad_input(
            "wronglyChargedCents",
            "a wrongly charged fee applies only when the investigation found one (responsibility WRONG_CHARGE)",
        ),
        ProposalError::ChargeMissing => AppError::bad_input(
            "wronglyChargedCents",
            "give the fee charged by mistake: it is refunded double",
        ),
        ProposalError::TooLarge => {
            AppError::bad_input("wronglyChargedCents", "the doubled refund is too large")
        }
        ProposalError::NotDouble { double } => AppError::bad_input(
            "refundGrantedCents",
            format!("a fee charged by mistake is refunded double ({double} cents); an approver may change the amount with a reason"),
        ),
    }
}

impl Services {
    /// What `step` on `current` means for approvals, checked before any write:
    /// a resolution above the actor's authority that no approval covers is
    /// refused with APPROVAL_REQUIRED.
    pub(crate) async fn approval_plan(
        &self,
        actor: &Actor,
        current: &complaint::Model,
        step: &Step,
    ) -> AppResult<Plan> {
        match step {
            Step::ProposeResolution {
                resolution,
                refund_granted_cents,
                wrongly_charged_cents,
            } => {
                let wrong =
                    current.responsibility.as_deref() == Some(Responsibility::WrongCharge.code());
                let p = rules::propose(
                    wrong,
                    *wrongly_charged_cents,
                    current.refund_requested_cents,
                    *refund_granted_cents,
                )
                .map_err(proposal_error)?;
                let amount = p.refund.or(current.refund_granted_cents);
                let authority = self.authority_of(actor).await?;
                // an amount an approver already granted is not asked again
                let approved = approved_amount(self.db.conn(), current.id).await?;
                let request = amount
                    .filter(|a| !rules::may_grant(*a, authority, approved))
                    .map(|amount| Request {
                        amount,
                        authority,
                        resolution: resolution.clone(),
                    });
                Ok(Plan {
                    refund: p.refund,
                    wrongly_charged: p.wrongly_charged,
                    request,
                    withdraw: true,
                })
            }
            Step::Resolve {
                refund_granted_cents,
                ..
            } => {
                if let Some(amount) = refund_granted_cents.or(current.refund_granted_cents) {
                    let authority = self.authority_of(actor).await?;
                    let approved = approved_amount(self.db.conn(), current.id).await?;
                    if !rules::may_grant(amount, authority, approved) {
                        let pending = has_pending(self.db.conn(), current.id).await?;
                        return Err(AppError::because(
                            Reason::ApprovalRequired,
                            if pending {
                                format!("a refund of {amount} cents is above your authority ({authority} cents) and its approval is still pending")
                            } else {
                                format!("a refund of {amount} cents is above your authority ({authority} cents): propose the resolution so that an approver can approve it")
                            },
                        ));
                    }
                }
                Ok(Plan {
                    refund: *refund_granted_cents,
                    withdraw: true,
                    ..Plan::default()
                })
            }
            _ => Ok(Plan::default()),
        }
    }
}

impl Services {
    /// The timeline entry, the approvers and what they are told when a
    /// proposal above authority waits for them.
    pub(super) async fn approval_requested(
        &self,
        c: &complaint::Model,
        r: &Request,
    ) -> AppResult<(NewEvent, Vec<i64>, NewNotification)> {
        let event = NewEvent::internal(
            EventKind::ApprovalRequested,
            serde_json::json!({ "amountCents": r.amount, "authorityCents": r.authority }),
        );
        let approvers =
            notifications::recipients_with_permission(self.db.conn(), Permission::ApprovalDecide)
                .await?;
        let n = NewNotification {
            kind: NotificationKind::ApprovalRequested,
            title: format!("投诉 {} 的处理方案待审批：{}", c.number, yuan(r.amount)),
            body: c.title.clone(),
            complaint_id: Some(c.id),
            alert_id: None,
        };
        Ok((event, approvers, n))
    }
}

impl Plan {
    /// Write the plan in the step's transaction.
    pub(crate) async fn write(
        self,
        tx: &WriteTx,
        complaint_id: i64,
        actor: i64,
        at: DateTime<Utc>,
    ) -> AppResult<()> {
        if self.withdraw {
            approval::Entity::update_many()
                .col_expr(
                    approval::Column::Status,
                    Expr::value(ApprovalStatus::Withdrawn.code()),
                )
                .col_expr(approval::Column::DecidedAt, Expr::value(at))
                .filter(approval::Column::ComplaintId.eq(complaint_id))
                .filter(approval::Column::Status.eq(ApprovalStatus::Pending.code()))
                .exec(&**tx)
                .await?;
        }
        if let Some(r) = self.request {
            approval::ActiveModel {
                complaint_id: Set(complaint_id),
                status: Set(ApprovalStatus::Pending.code().into()),
                amount_cents: Set(r.amount),
                wrongly_charged_cents: Set(self.wrongly_charged),
                approved_cents: Set(None),
                resolution: Set(r.resolution),
                requested_by: Set(actor),
                requested_at: Set(at),
                decided_by: Set(None),
                decided_at: Set(None),
                decision_reason: Set(None),
                ..Default::default()
            }
            .insert(&**tx)
            .await?;
        }
        Ok(())
    }
}

/// The amount the complaint's latest approved approval grants.
pub(crate) async fn approved_amount(
    db: &impl ConnectionTrait,
    complaint_id: i64,
) -> AppResult<Option<i64>> {
    Ok(approval::Entity::find()
        .filter(approval::Column::ComplaintId.eq(complaint_id))
        .filter(approval::Column::Status.eq(ApprovalStatus::Approved.code()))
        .order_by_desc(approval::Column::Id)
        .one(db)
        .await?
        .and_then(|a| a.approved_cents))
}

async fn has_pending(db: &impl ConnectionTrait, complaint_id: i64) -> AppResult<bool> {
    Ok(approval::Entity::find()
        .filter(approval::Column::ComplaintId.eq(complaint_id))
        .filter(approval::Column::Status.eq(ApprovalStatus::Pending.code()))
        .one(db)
        .await?
        .is_some())
}
