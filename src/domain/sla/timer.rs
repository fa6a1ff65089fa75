//! One clock: a budget of minutes that is spent only while the clock runs.
use super::{Basis, SlaState, AT_RISK_PERCENT};
use crate::domain::calendar::WorkingCalendar;
use chrono::{DateTime, Duration, Utc};

/// A clock's stored state. Exactly one of three: running (`running_since`),
/// paused (`paused_since`), stopped (`stopped_at`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Timer {
    pub basis: Basis,
    pub budget_minutes: i64,
    /// Time used before the current run, in seconds of the basis.
    pub spent_seconds: i64,
    pub running_since: Option<DateTime<Utc>>,
    pub paused_since: Option<DateTime<Utc>>,
    pub stopped_at: Option<DateTime<Utc>>,
}

impl Timer {
    /// A clock that starts running at `now`.
    pub fn start(basis: Basis, budget_minutes: i64, now: DateTime<Utc>) -> Self {
        Self {
            basis,
            budget_minutes,
            spent_seconds: 0,
            running_since: Some(now),
            paused_since: None,
            stopped_at: None,
        }
    }

    pub fn is_running(&self) -> bool {
        self.running_since.is_some()
    }

    pub fn is_paused(&self) -> bool {
        self.paused_since.is_some()
    }

    pub fn is_stopped(&self) -> bool {
        self.stopped_at.is_some()
    }

    fn budget_seconds(&self) -> i64 {
        self.budget_minutes.saturating_mul(60)
    }

    /// Time of the basis in `[a, b)`, never negative.
    fn measure(&self, calendar: &WorkingCalendar, a: DateTime<Utc>, b: DateTime<Utc>) -> i64 {
        let secs = match self.basis {
            Basis::Elapsed => (b - a).num_seconds(),
            Basis::Working => calendar.working_seconds_between(a, b),
        };
        secs.max(0)
    }

    /// The instant by which `secs` of the basis have passed since `from`.
    fn after(&self, calendar: &WorkingCalendar, from: DateTime<Utc>, secs: i64) -> DateTime<Utc> {
        match self.basis {
            Basis::Elapsed => from
                .checked_add_signed(Duration::seconds(secs.max(0)))
                .unwrap_or(DateTime::<Utc>::MAX_UTC),
            Basis::Working => calendar.add_working_seconds(from, secs),
        }
    }

    /// Seconds of the budget used by `now`.
    pub fn spent_at(&self, calendar: &WorkingCalendar, now: DateTime<Utc>) -> i64 {
        match self.running_since {
            Some(since) => self
                .spent_seconds
                .saturating_add(self.measure(calendar, since, now)),
            None => self.spent_seconds,
        }
    }

    /// Seconds of the budget left at `now`; negative once overrun.
    pub fn remaining_at(&self, calendar: &WorkingCalendar, now: DateTime<Utc>) -> i64 {
        self.budget_seconds() - self.spent_at(calendar, now)
    }

    /// When the budget runs out, if the clock is running.
    pub fn due_at(&self, calendar: &WorkingCalendar) -> Option<DateTime<Utc>> {
        let since = self.running_since?;
        Some(self.after(calendar, since, self.budget_seconds() - self.spent_seconds))
    }

    /// When the clock becomes at risk, if it is running.
    pub fn at_risk_at(&self, calendar: &WorkingCalendar) -> Option<DateTime<Utc>> {
        let since = self.running_since?;
        let threshold = self.budget_seconds().saturating_mul(AT_RISK_PERCENT) / 100;
        Some(self.after(calendar, since, threshold - self.spent_seconds))
    }

    /// The clock's state at `now`.
    pub fn state(&self, calendar: &WorkingCalendar, now: DateTime<Utc>) -> SlaState {
        let spent = self.spent_at(calendar, now);
        let budget = self.budget_seconds();
        if spent >= budget && budget > 0 {
            return SlaState::Breached;
        }
        if self.is_stopped() {
            return SlaState::Met;
        }
        if self.is_paused() {
            return SlaState::Paused;
        }
        if spent.saturating_mul(100) >= budget.saturating_mul(AT_RISK_PERCENT) {
            SlaState::AtRisk
        } else {
            SlaState::OnTrack
        }
    }

    /// Folds the current run into `spent_seconds`.
    fn settle(&mut self, calendar: &WorkingCalendar, now: DateTime<Utc>) {
        self.spent_seconds = self.spent_at(calendar, now);
        self.running_since = None;
    }

    /// Stops counting until [`Timer::resume`]. Only a running clock pauses;
    /// returns whether it did.
    pub fn pause(&mut self, calendar: &WorkingCalendar, now: DateTime<Utc>) -> bool {
        if !self.is_running() {
            return false;
        }
        self.settle(calendar, now);
        self.paused_since = Some(now);
        true
    }

    /// Counts again from `now`. Only a paused clock resumes; returns whether it did.
    pub fn resume(&mut self, now: DateTime<Utc>) -> bool {
        if !self.is_paused() {
            return false;
        }
        self.paused_since = None;
        self.running_since = Some(now);
        true
    }

    /// Stops for good (the step is done). Returns whether it was not stopped yet.
    pub fn stop(&mut self, calendar: &WorkingCalendar, now: DateTime<Utc>) -> bool {
        if self.is_stopped() {
            return false;
        }
        self.settle(calendar, now);
        self.paused_since = None;
        self.stopped_at = Some(now);
        true
    }

    /// A new budget for the same clock (re-categorisation, a new priority):
    /// time already spent stays spent.
    pub fn rebudget(
        &mut self,
        calendar: &WorkingCalendar,
        now: DateTime<Utc>,
        basis: Basis,
        budget_minutes: i64,
    ) {
        let running = self.is_running();
        self.settle(calendar, now);
        self.basis = basis;
        self.budget_minutes = budget_minutes;
        if running {
            self.running_since = Some(now);
        }
    }
}
