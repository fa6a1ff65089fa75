//! The `sla` of a complaint as the API shows it.
use super::enums::{SlaState, SlaStep};
use crate::domain::sla as d;
use async_graphql::SimpleObject;
use chrono::{DateTime, Utc};

/// Where a complaint stands against its time limits, computed now.
#[derive(SimpleObject, Clone)]
#[graphql(name = "ComplaintSla")]
pub struct ComplaintSla {
    /// The worst of the running clocks: BREACHED > AT_RISK (80% used) >
    /// ON_TRACK > PAUSED > MET (nothing left to time).
    pub state: SlaState,
    pub first_response_due_at: Option<DateTime<Utc>>,
    pub resolution_due_at: Option<DateTime<Utc>>,
    pub current_step: Option<SlaStep>,
    pub step_due_at: Option<DateTime<Utc>>,
    /// Of the clock that runs out first (the step's, else resolution's),
    /// in minutes of its basis (working minutes for working-time targets);
    /// negative once overrun.
    pub remaining_working_minutes: Option<i64>,
    pub paused_since: Option<DateTime<Utc>>,
    /// The earliest due time of the running clocks.
    pub next_due_at: Option<DateTime<Utc>>,
}

impl From<d::SlaView> for ComplaintSla {
    fn from(v: d::SlaView) -> Self {
        ComplaintSla {
            state: v.state.into(),
            first_response_due_at: v.first_response_due_at,
            resolution_due_at: v.resolution_due_at,
            current_step: v.current_step.map(Into::into),
            step_due_at: v.step_due_at,
            remaining_working_minutes: v.remaining_minutes,
            paused_since: v.paused_since,
            next_due_at: v.next_due_at,
        }
    }
}
