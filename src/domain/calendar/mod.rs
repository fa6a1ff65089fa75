//! Working calendars and working-time arithmetic. Pure: instants come in as
//! arguments, nothing reads the clock.
//!
//! A calendar has daily shifts (split shifts allowed, e.g. 09:00–12:00 and
//! 13:30–18:00), weekend days, public holidays and make-up workdays (调休:
//! weekend days that are worked), all read on the wall clock of its zone
//! ([`crate::domain::zone::ZONE`] unless set otherwise).
//!
//! Invariants and conventions the SLA code relies on:
//! - A day is a *working day* when it is a make-up workday, or when it is
//!   neither a holiday nor a weekend day.
//! - *Working time* is the union of `[shift.start, shift.end)` over the
//!   working days. Every working day has the same shifts.
//! - Time is counted in whole seconds: the sub-second part of an input
//!   instant is dropped before counting, and computed instants have none
//!   (an input returned unchanged keeps its own).
//! - [`WorkingCalendar::add_working_minutes`]`(t, m)` with `m > 0` is the
//!   earliest instant by which `m` working minutes have passed since `t`.
//!   The second before it is always working time, so the result is inside a
//!   shift or exactly at a shift's end: one working hour from 11:00 with a
//!   12:00 lunch break is 12:00, not 13:30. `m <= 0` gives `t` back.
//! - [`WorkingCalendar::working_minutes_between`]`(a, b)` is the working
//!   time in `[a, b)` in whole minutes (truncated), and `-(b, a)` when
//!   `b < a`. For `m >= 0`: `working_minutes_between(t, add_working_minutes(t, m)) == m`.
//! - [`WorkingCalendar::add_working_days`]`(t, n)` is the end of the last
//!   shift of the `n`-th working day *after* `t`'s local date. The day of
//!   `t` never counts, whatever the hour: a complaint registered on Friday
//!   with 1 working day is due at the end of the next working day.
//! - Results too far in the future for chrono saturate at
//!   `DateTime::<Utc>::MAX_UTC`; nothing here panics.
//! - Shifts and dates are wall-clock. In a zone with daylight saving the
//!   hour skipped or repeated at a transition is counted as the wall clock
//!   shows it; China has had no daylight saving since 1991.
//!
//! Speed: all working days have the same length, so long spans are counted
//! as "working days × day length" from a weekly pattern plus a sorted list of
//! the dates that break it (holidays on weekdays, make-up weekend days).
//! Each call costs a few binary searches, never a loop over days or minutes.
mod arith;
mod holidays;
mod spec;

#[cfg(test)]
mod proptests;
#[cfg(test)]
mod tests;

pub use holidays::{china_years, Holiday, HolidayError, HolidayYear, CN_2025, CN_2026};
pub use spec::{CalendarError, CalendarSpec, Shift};

use chrono::{Datelike, NaiveDate};
use chrono_tz::Tz;
use spec::DAY;
use std::collections::BTreeSet;

/// Days from 0001-01-01 (day 1 of the common era) to 1970-01-01.
const UNIX_EPOCH_FROM_CE: i64 = 719_163;

/// A validated calendar, ready for fast arithmetic. Days are numbered from
/// 1970-01-01 (day 0) on the local calendar; times of day in seconds.
#[derive(Debug, Clone)]
pub struct WorkingCalendar {
    spec: CalendarSpec,
    /// Merged shifts as `[start, end)` seconds of the local day, sorted.
    shifts: Vec<(i64, i64)>,
    /// Working seconds in one working day.
    day_secs: i64,
    /// `week_prefix[i]`: working days among the first `i` weekdays
    /// (Monday first) by the weekly pattern alone.
    week_prefix: [i64; 8],
    /// Days whose status differs from the weekly pattern, sorted.
    exceptions: Vec<i64>,
    /// `exception_prefix[i]`: sum of the first `i` exceptions' effects
    /// (+1 for a worked weekend day, -1 for a holiday on a weekday).
    exception_prefix: Vec<i64>,
    /// Years with at least one holiday or make-up workday.
    years: BTreeSet<i32>,
}

impl WorkingCalendar {
    /// Checks the spec and prepares the calendar.
    pub fn new(spec: CalendarSpec) -> Result<Self, CalendarError> {
        let shifts = spec.validate()?;
        Ok(Self::compile(spec, shifts))
    }

    /// 09:00–18:00, Monday to Friday, in Asia/Shanghai, with China's
    /// official holidays and make-up workdays for the shipped years.
    pub fn china_default() -> Result<Self, CalendarError> {
        let mut spec = CalendarSpec::office_hours();
        for year in china_years()? {
            spec.add_year(&year);
        }
        Self::new(spec)
    }

    /// Around the clock, every day of the year: a 24-hour hotline team.
    /// Holidays and weekends do not apply, so it covers every year.
    pub fn always_open() -> Self {
        let spec = CalendarSpec {
            shifts: vec![Shift::all_day()],
            weekend: Vec::new(),
            holidays: BTreeSet::new(),
            makeup_workdays: BTreeSet::new(),
            zone: crate::domain::zone::ZONE,
        };
        Self::compile(spec, vec![(0, DAY)])
    }

    /// Builds the lookup tables from a spec whose shifts were validated.
    fn compile(spec: CalendarSpec, shifts: Vec<(i64, i64)>) -> Self {
        let day_secs = shifts.iter().map(|(a, b)| b - a).sum();
        let weekend = |i: usize| {
            spec.weekend
                .iter()
                .any(|w| w.num_days_from_monday() as usize == i)
        };
        let mut week_prefix = [0; 8];
        for i in 0..7 {
            week_prefix[i + 1] = week_prefix[i] + i64::from(!weekend(i));
        }
        let mut changes: Vec<(i64, i64)> = Vec::new();
        for date in &spec.holidays {
            if !weekend(date.weekday().num_days_from_monday() as usize) {
                changes.push((day_number(*date), -1));
            }
        }
        for date in &spec.makeup_workdays {
            if weekend(date.weekday().num_days_from_monday() as usize) {
                changes.push((day_number(*date), 1));
            }
        }
        changes.sort_unstable();
        let exceptions = changes.iter().map(|(day, _)| *day).collect();
        let mut exception_prefix = Vec::with_capacity(changes.len() + 1);
        exception_prefix.push(0);
        for (_, delta) in &changes {
            let last = exception_prefix.last().copied().unwrap_or(0);
            exception_prefix.push(last + delta);
        }
        let years = spec
            .holidays
            .iter()
            .chain(&spec.makeup_workdays)
            .map(|d| d.year())
            .collect();
        Self {
            spec,
            shifts,
            day_secs,
            week_prefix,
            exceptions,
            exception_prefix,
            years,
        }
    }

    /// Working minutes in one working day (1,440 for a calendar that is
    /// always open): what "one working day" of an SLA budget is worth.
    pub fn day_minutes(&self) -> i64 {
        self.day_secs / 60
    }

    /// The spec the calendar was built from.
    pub fn spec(&self) -> &CalendarSpec {
        &self.spec
    }

    /// The zone whose wall clock the calendar follows.
    pub fn zone(&self) -> Tz {
        self.spec.zone
    }

    /// Whether `date` is worked.
    pub fn is_working_day(&self, date: NaiveDate) -> bool {
        self.is_working(day_number(date))
    }

    /// Whether the calendar has holiday data for `year`: at least one holiday
    /// or make-up workday falls in it. A calendar that lists none at all
    /// (like [`Self::always_open`]) keeps no holidays and covers every year.
    pub fn covers(&self, year: i32) -> bool {
        self.years.is_empty() || self.years.contains(&year)
    }

    /// Working days in `[from, to)` (day numbers), or 0 if `to <= from`.
    fn working_days_in(&self, from: i64, to: i64) -> i64 {
        if to <= from {
            return 0;
        }
        self.working_days_before(to) - self.working_days_before(from)
    }

    /// A non-decreasing count whose differences give working days in a range.
    fn working_days_before(&self, day: i64) -> i64 {
        // 1970-01-01 was a Thursday: shift so that 0 (mod 7) is a Monday.
        let k = day + 3;
        let pattern =
            k.div_euclid(7) * self.week_prefix[7] + self.week_prefix[k.rem_euclid(7) as usize];
        let i = self.exceptions.partition_point(|&d| d < day);
        pattern + self.exception_prefix[i]
    }

    fn is_working(&self, day: i64) -> bool {
        self.working_days_in(day, day + 1) == 1
    }
}

/// The number of a local date, counted from 1970-01-01.
fn day_number(date: NaiveDate) -> i64 {
    i64::from(date.num_days_from_ce()) - UNIX_EPOCH_FROM_CE
}
