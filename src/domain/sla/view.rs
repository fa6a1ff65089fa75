//! What a complaint's active clocks add up to.
use super::{SlaState, Step, Timer};
use crate::domain::calendar::WorkingCalendar;
use chrono::{DateTime, Utc};

/// Which of a complaint's clocks a timer is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum ClockKind {
    FirstResponse,
    Resolution,
    Step(Step),
}

impl ClockKind {
    /// The stored (kind, step) codes.
    pub fn codes(self) -> (&'static str, Option<&'static str>) {
        match self {
            ClockKind::FirstResponse => ("first_response", None),
            ClockKind::Resolution => ("resolution", None),
            ClockKind::Step(step) => ("step", Some(step.code())),
        }
    }

    pub fn from_codes(kind: &str, step: Option<&str>) -> Option<Self> {
        match (kind, step) {
            ("first_response", None) => Some(ClockKind::FirstResponse),
            ("resolution", None) => Some(ClockKind::Resolution),
            ("step", Some(step)) => Step::from_code(step).map(ClockKind::Step),
            _ => None,
        }
    }
}

/// One active clock of a complaint, with the calendar it counts on (a
/// step clock may count on the department's calendar, the resolution clock
/// on the intake team's).
#[derive(Debug, Clone, Copy)]
pub struct TimerRef<'a> {
    pub kind: ClockKind,
    pub timer: &'a Timer,
    pub calendar: &'a WorkingCalendar,
}

/// The `sla` of a complaint at one instant.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SlaView {
    /// The worst state of the active clocks; `Met` when none runs.
    pub state: SlaState,
    pub first_response_due_at: Option<DateTime<Utc>>,
    pub resolution_due_at: Option<DateTime<Utc>>,
    pub current_step: Option<Step>,
    pub step_due_at: Option<DateTime<Utc>>,
    /// Of the clock that runs out first (the step's, else resolution's,
    /// else the first response's), in minutes of its basis; negative when
    /// overrun. `None` when no clock counts.
    pub remaining_minutes: Option<i64>,
    pub paused_since: Option<DateTime<Utc>>,
    /// The earliest due time of the running clocks: the queue sorts by it.
    pub next_due_at: Option<DateTime<Utc>>,
}

impl SlaView {
    pub fn of(timers: &[TimerRef<'_>], now: DateTime<Utc>) -> Self {
        let mut view = SlaView {
            state: SlaState::Met,
            first_response_due_at: None,
            resolution_due_at: None,
            current_step: None,
            step_due_at: None,
            remaining_minutes: None,
            paused_since: None,
            next_due_at: None,
        };
        let mut remaining_rank = 0;
        for t in timers.iter().filter(|t| !t.timer.is_stopped()) {
            let calendar = t.calendar;
            view.state = view.state.max(t.timer.state(calendar, now));
            let due = t.timer.due_at(calendar);
            view.next_due_at = match (view.next_due_at, due) {
                (Some(a), Some(b)) => Some(a.min(b)),
                (a, b) => a.or(b),
            };
            if let Some(p) = t.timer.paused_since {
                view.paused_since = Some(view.paused_since.map_or(p, |q| q.min(p)));
            }
            let rank = match t.kind {
                ClockKind::FirstResponse => {
                    view.first_response_due_at = due;
                    1
                }
                ClockKind::Resolution => {
                    view.resolution_due_at = due;
                    2
                }
                ClockKind::Step(step) => {
                    view.current_step = Some(step);
                    view.step_due_at = due;
                    3
                }
            };
            if rank > remaining_rank {
                remaining_rank = rank;
                view.remaining_minutes = Some(t.timer.remaining_at(calendar, now).div_euclid(60));
            }
        }
        view
    }
}
