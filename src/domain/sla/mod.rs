//! Service-level clocks, pure: targets, timers that pause and resume, and the
//! state a complaint's clocks add up to. Nothing here reads the time or the
//! database; instants and the working calendar come in as arguments.
//!
//! Conventions the service relies on:
//! - A target is a value and a unit as an admin states it ("24 hours",
//!   "4 working hours", "3 working days"). It becomes a *budget*: a basis
//!   (elapsed or working time) and a number of minutes. A working day is
//!   worth [`WorkingCalendar::day_minutes`] working minutes, so pausing and
//!   resuming never rounds a deadline to the end of a day.
//! - A [`Timer`] counts time only while it runs. Its state is
//!   [`SlaState::AtRisk`] from [`AT_RISK_PERCENT`] of the budget on and
//!   [`SlaState::Breached`] from the whole budget on: `spent >= budget` at
//!   exactly `due_at`.
//! - A complaint's state is the worst of its active clocks
//!   (Breached > AtRisk > OnTrack > Paused > Met).
mod timer;
mod view;

#[cfg(test)]
mod proptests;
#[cfg(test)]
mod tests;

pub use timer::Timer;
pub use view::{ClockKind, SlaView, TimerRef};

use super::calendar::WorkingCalendar;
use super::complaint::{Priority, Status};

/// Share of a budget after which a running clock is at risk.
pub const AT_RISK_PERCENT: i64 = 80;

code_enum!(
    /// What a clock's minutes are: every minute, or working minutes only.
    Basis {
        Elapsed => "elapsed": "自然时间",
        Working => "working": "工作时间",
    }
);

code_enum!(
    /// How an admin states a target.
    Unit {
        Hours => "hours": "小时",
        WorkingHours => "working_hours": "工作小时",
        WorkingDays => "working_days": "工作日",
    }
);

code_enum!(
    /// Where a clock stands. Declared from best to worst: `max` is the worst.
    SlaState {
        Met => "met": "已达标",
        Paused => "paused": "已暂停",
        OnTrack => "on_track": "正常",
        AtRisk => "at_risk": "即将超时",
        Breached => "breached": "已超时",
    }
);

code_enum!(
    /// The steps of the lifecycle that have their own time limit.
    Step {
        Escalation => "escalation": "一线升级",
        Investigation => "investigation": "部门查证",
        Callback => "callback": "满意度回访",
    }
);

impl Step {
    /// The step a complaint in `status` is on, if that state has its own limit.
    /// Accepted: the frontline escalates or solves within the limit.
    /// Dispatched: the department investigates. Resolved: the callback is due.
    /// The other open states run on the resolution clock alone.
    pub fn of(status: Status) -> Option<Step> {
        match status {
            Status::Accepted => Some(Step::Escalation),
            Status::Dispatched => Some(Step::Investigation),
            Status::Resolved => Some(Step::Callback),
            _ => None,
        }
    }
}

/// A time limit as configured: a value and its unit.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Target {
    pub value: i64,
    pub unit: Unit,
}

/// Largest value accepted for a target, in any unit (a year of hours).
pub const MAX_TARGET_VALUE: i64 = 8_760;

impl Target {
    pub const fn new(value: i64, unit: Unit) -> Self {
        Self { value, unit }
    }

    /// Whether the value is usable: positive and at most [`MAX_TARGET_VALUE`].
    pub fn is_valid(self) -> bool {
        (1..=MAX_TARGET_VALUE).contains(&self.value)
    }

    /// The basis and the budget in minutes on `calendar`.
    pub fn budget(self, calendar: &WorkingCalendar) -> (Basis, i64) {
        match self.unit {
            Unit::Hours => (Basis::Elapsed, self.value * 60),
            Unit::WorkingHours => (Basis::Working, self.value * 60),
            Unit::WorkingDays => (Basis::Working, self.value * calendar.day_minutes()),
        }
    }
}

/// `t`, or `cap` when `t` is looser (roughly, at 8 working hours a day).
fn tighter(t: Target, cap: Target) -> Target {
    let rough = |t: Target| match t.unit {
        Unit::Hours | Unit::WorkingHours => t.value * 60,
        Unit::WorkingDays => t.value * 8 * 60,
    };
    if rough(t) <= rough(cap) {
        t
    } else {
        cap
    }
}

/// The time limits that apply to one complaint.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Targets {
    pub first_response: Target,
    pub resolution: Target,
    pub escalation: Target,
    pub investigation: Target,
    pub callback: Target,
}

impl Targets {
    /// The defaults of DOMAIN.md: a first reply within 24 hours, resolution
    /// within 3 working days, frontline escalation within 1 working hour,
    /// the department's investigation in 12, 4 or 2 working hours by
    /// severity, the callback within 1 working day of resolution.
    pub fn defaults(priority: Priority) -> Self {
        let investigation = match priority {
            Priority::Normal => 12,
            Priority::Important => 4,
            Priority::Urgent => 2,
        };
        Self {
            first_response: Target::new(24, Unit::Hours),
            resolution: Target::new(3, Unit::WorkingDays),
            escalation: Target::new(1, Unit::WorkingHours),
            investigation: Target::new(investigation, Unit::WorkingHours),
            callback: Target::new(1, Unit::WorkingDays),
        }
    }

    /// A major complaint's tighter clocks: each target capped at a first
    /// reply within 2 hours, resolution within 1 working day, escalation
    /// within 1 working hour, investigation within 2 working hours and the
    /// callback within 4 working hours; a target already tighter stays.
    /// Targets in different units are compared at 8 working hours a day.
    pub fn major(self) -> Self {
        Self {
            first_response: tighter(self.first_response, Target::new(2, Unit::Hours)),
            resolution: tighter(self.resolution, Target::new(1, Unit::WorkingDays)),
            escalation: tighter(self.escalation, Target::new(1, Unit::WorkingHours)),
            investigation: tighter(self.investigation, Target::new(2, Unit::WorkingHours)),
            callback: tighter(self.callback, Target::new(4, Unit::WorkingHours)),
        }
    }

    pub fn for_step(&self, step: Step) -> Target {
        match step {
            Step::Escalation => self.escalation,
            Step::Investigation => self.investigation,
            Step::Callback => self.callback,
        }
    }

    /// The first target that is not valid, by name, if any.
    pub fn invalid(&self) -> Option<&'static str> {
        [
            ("firstResponse", self.first_response),
            ("resolution", self.resolution),
            ("escalation", self.escalation),
            ("investigation", self.investigation),
            ("callback", self.callback),
        ]
        .into_iter()
        .find(|(_, t)| !t.is_valid())
        .map(|(name, _)| name)
    }
}
