//! A lifecycle step with what it records, and the checks of its own inputs
//! made before anything is read (`lifecycle` applies it).
use crate::domain::callback;
use crate::domain::complaint::{valid_satisfaction, Action, Responsibility};
use crate::error::{AppError, AppResult};
use crate::service::complaints::details::cents;
use crate::service::{optional_text, required_text};

/// A lifecycle step with what it records.
#[derive(Debug, Clone)]
pub enum Step {
    Escalate {
        note: Option<String>,
        /// 越级: the complaint skips a level of the usual chain, and why.
        skip_level_reason: Option<String>,
    },
    Dispatch {
        team_id: i64,
        assignee_id: Option<i64>,
        note: Option<String>,
    },
    /// 退单: the department sends a wrongly dispatched complaint back to the
    /// expert team, with why.
    Return {
        reason: String,
    },
    RecordInvestigation {
        findings: String,
        responsibility: Responsibility,
    },
    ProposeResolution {
        resolution: String,
        refund_granted_cents: Option<i64>,
        /// A fee charged by mistake (the investigation found WRONG_CHARGE):
        /// the refund proposed is its double.
        wrongly_charged_cents: Option<i64>,
    },
    Resolve {
        reply: String,
        resolution: Option<String>,
        refund_granted_cents: Option<i64>,
    },
    RecordCallback {
        satisfaction: i32,
        comment: Option<String>,
        /// A supervisor closes a low score (1–2) anyway, with `reason`.
        close_despite_low_score: bool,
        reason: Option<String>,
    },
    /// The customer could not be reached for the callback.
    CallbackAttempt {
        note: Option<String>,
    },
    Reopen {
        reason: String,
    },
    Close {
        note: Option<String>,
    },
}

impl Step {
    pub fn action(&self) -> Action {
        match self {
            Step::Escalate { .. } => Action::Escalate,
            Step::Dispatch { .. } => Action::Dispatch,
            Step::Return { .. } => Action::Return,
            Step::RecordInvestigation { .. } => Action::RecordInvestigation,
            Step::ProposeResolution { .. } => Action::ProposeResolution,
            Step::Resolve { .. } => Action::Resolve,
            Step::RecordCallback { .. } => Action::RecordCallback,
            Step::CallbackAttempt { .. } => Action::CallbackAttempt,
            Step::Reopen { .. } => Action::Reopen,
            Step::Close { .. } => Action::Close,
        }
    }

    /// Normalise and check the step's own inputs (before touching the database).
    pub(super) fn validated(self) -> AppResult<Self> {
        const LONG: usize = 5000;
        Ok(match self {
            Step::Escalate {
                note,
                skip_level_reason,
            } => Step::Escalate {
                note: optional_text("note", note.as_deref(), LONG)?,
                skip_level_reason: optional_text(
                    "skipLevelReason",
                    skip_level_reason.as_deref(),
                    LONG,
                )?,
            },
            Step::Dispatch {
                team_id,
                assignee_id,
                note,
            } => Step::Dispatch {
                team_id,
                assignee_id,
                note: optional_text("note", note.as_deref(), LONG)?,
            },
            Step::Return { reason } => Step::Return {
                reason: required_text("reason", &reason, LONG)?,
            },
            Step::RecordInvestigation {
                findings,
                responsibility,
            } => Step::RecordInvestigation {
                findings: required_text("findings", &findings, LONG)?,
                responsibility,
            },
            Step::ProposeResolution {
                resolution,
                refund_granted_cents,
                wrongly_charged_cents,
            } => Step::ProposeResolution {
                resolution: required_text("resolution", &resolution, LONG)?,
                refund_granted_cents: cents("refundGrantedCents", refund_granted_cents)?,
                wrongly_charged_cents: cents("wronglyChargedCents", wrongly_charged_cents)?,
            },
            Step::Resolve {
                reply,
                resolution,
                refund_granted_cents,
            } => Step::Resolve {
                reply: required_text("reply", &reply, LONG)?,
                resolution: optional_text("resolution", resolution.as_deref(), LONG)?,
                refund_granted_cents: cents("refundGrantedCents", refund_granted_cents)?,
            },
            Step::RecordCallback {
                satisfaction,
                comment,
                close_despite_low_score,
                reason,
            } => {
                if !valid_satisfaction(satisfaction) {
                    return Err(AppError::bad_input(
                        "satisfaction",
                        "satisfaction must be 1 to 5",
                    ));
                }
                let reason = optional_text("reason", reason.as_deref(), LONG)?;
                if close_despite_low_score {
                    if !callback::is_low(satisfaction) {
                        return Err(AppError::bad_input(
                            "closeDespiteLowScore",
                            "only a score of 1 or 2 needs confirming to close",
                        ));
                    }
                    if reason.is_none() {
                        return Err(AppError::bad_input(
                            "reason",
                            "closing despite a low score needs a reason",
                        ));
                    }
                }
                Step::RecordCallback {
                    satisfaction,
                    comment: optional_text("comment", comment.as_deref(), LONG)?,
                    close_despite_low_score,
                    reason,
                }
            }
            Step::CallbackAttempt { note } => Step::CallbackAttempt {
                note: optional_text("note", note.as_deref(), LONG)?,
            },
            Step::Reopen { reason } => Step::Reopen {
                reason: required_text("reason", &reason, LONG)?,
            },
            Step::Close { note } => Step::Close {
                note: optional_text("note", note.as_deref(), LONG)?,
            },
        })
    }
}
