//! Working-time arithmetic. Instants are turned into *local seconds*
//! (seconds since 1970-01-01 00:00 on the zone's wall clock), counted on the
//! tables of [`WorkingCalendar`], and turned back. See the module docs of
//! `calendar` for the conventions.
use super::{day_number, WorkingCalendar, DAY};
use chrono::{DateTime, LocalResult, NaiveDate, Offset, TimeZone, Utc};

impl WorkingCalendar {
    /// The earliest instant by which `minutes` working minutes have passed
    /// since `from`: inside a shift or exactly at a shift's end. A
    /// non-positive amount returns `from` unchanged.
    pub fn add_working_minutes(&self, from: DateTime<Utc>, minutes: i64) -> DateTime<Utc> {
        if minutes <= 0 {
            return from;
        }
        match minutes.checked_mul(60) {
            Some(secs) => self.add_working_seconds(from, secs),
            None => DateTime::<Utc>::MAX_UTC,
        }
    }

    /// The earliest instant by which `secs` working seconds have passed
    /// since `from` (the sub-second part of `from` dropped). A non-positive
    /// amount returns `from` unchanged.
    pub fn add_working_seconds(&self, from: DateTime<Utc>, secs: i64) -> DateTime<Utc> {
        if secs <= 0 {
            return from;
        }
        match self.add_secs(self.local_secs(from), secs) {
            Some(local) => self.utc_of(local),
            None => DateTime::<Utc>::MAX_UTC,
        }
    }

    /// The end of the last shift of the `days`-th working day after the
    /// local date of `from` (that date itself never counts). A non-positive
    /// amount returns `from` unchanged.
    pub fn add_working_days(&self, from: DateTime<Utc>, days: i64) -> DateTime<Utc> {
        if days <= 0 {
            return from;
        }
        let today = self.local_secs(from).div_euclid(DAY);
        let end = self.shifts.last().map_or(DAY, |s| s.1);
        match self.nth_working_day(today + 1, days) {
            Some(day) => self.utc_of(day * DAY + end),
            None => DateTime::<Utc>::MAX_UTC,
        }
    }

    /// Working time in `[a, b)` in whole minutes (truncated towards zero);
    /// negative when `b` is before `a`.
    pub fn working_minutes_between(&self, a: DateTime<Utc>, b: DateTime<Utc>) -> i64 {
        self.working_seconds_between(a, b) / 60
    }

    /// Working time in `[a, b)` in seconds; negative when `b` is before `a`.
    pub fn working_seconds_between(&self, a: DateTime<Utc>, b: DateTime<Utc>) -> i64 {
        let (pa, pb) = (self.local_secs(a), self.local_secs(b));
        if pb < pa {
            return -self.secs_in(pb, pa);
        }
        self.secs_in(pa, pb)
    }

    /// `t` itself when it is working time, else the start of the next shift.
    pub fn next_working_instant(&self, t: DateTime<Utc>) -> DateTime<Utc> {
        let (day, sod) = split(self.local_secs(t));
        if self.is_working(day) {
            for &(start, end) in &self.shifts {
                if sod < end {
                    return if sod >= start {
                        t
                    } else {
                        self.utc_of(day * DAY + start)
                    };
                }
            }
        }
        let first = self.shifts.first().map_or(0, |s| s.0);
        match self.nth_working_day(day + 1, 1) {
            Some(next) => self.utc_of(next * DAY + first),
            None => DateTime::<Utc>::MAX_UTC,
        }
    }

    /// Whether `t` falls in a shift of a working day.
    pub fn is_working_instant(&self, t: DateTime<Utc>) -> bool {
        let (day, sod) = split(self.local_secs(t));
        self.is_working(day) && self.shifts.iter().any(|&(a, b)| a <= sod && sod < b)
    }

    /// Local seconds of an instant, sub-second part dropped.
    fn local_secs(&self, t: DateTime<Utc>) -> i64 {
        let offset = self.spec.zone.offset_from_utc_datetime(&t.naive_utc());
        t.timestamp() + i64::from(offset.fix().local_minus_utc())
    }

    /// The instant shown as `local` seconds on the zone's wall clock. A
    /// repeated wall-clock time maps to its first occurrence; a skipped one
    /// (daylight saving gap) is read with the offset in force before it.
    fn utc_of(&self, local: i64) -> DateTime<Utc> {
        let Some(naive) = DateTime::from_timestamp(local, 0).map(|t| t.naive_utc()) else {
            return DateTime::<Utc>::MAX_UTC;
        };
        let zone = self.spec.zone;
        let offset = match zone.offset_from_local_datetime(&naive) {
            LocalResult::Single(o) | LocalResult::Ambiguous(o, _) => o,
            LocalResult::None => zone.offset_from_utc_datetime(&naive),
        };
        let utc = local - i64::from(offset.fix().local_minus_utc());
        DateTime::from_timestamp(utc, 0).unwrap_or(DateTime::<Utc>::MAX_UTC)
    }

    /// Working seconds in `[pa, pb)`, local seconds, `pa <= pb`.
    fn secs_in(&self, pa: i64, pb: i64) -> i64 {
        let (da, sa) = split(pa);
        let (db, sb) = split(pb);
        if da == db {
            return if self.is_working(da) {
                self.worked_before(sb) - self.worked_before(sa)
            } else {
                0
            };
        }
        let head = if self.is_working(da) {
            self.day_secs - self.worked_before(sa)
        } else {
            0
        };
        let tail = if self.is_working(db) {
            self.worked_before(sb)
        } else {
            0
        };
        head + self.day_secs * self.working_days_in(da + 1, db) + tail
    }

    /// Local seconds `secs > 0` working seconds after `p`; `None` past the
    /// range of dates chrono can represent.
    fn add_secs(&self, p: i64, secs: i64) -> Option<i64> {
        let (day, sod) = split(p);
        let mut rest = secs;
        if self.is_working(day) {
            let used = self.worked_before(sod);
            let left = self.day_secs - used;
            if rest <= left {
                return Some(day * DAY + self.place(used + rest));
            }
            rest -= left;
        }
        // Whole working days consumed, then `last` seconds into the next one.
        let whole = (rest - 1) / self.day_secs;
        let last = rest - whole * self.day_secs;
        let target = self.nth_working_day(day + 1, whole + 1)?;
        Some(target * DAY + self.place(last))
    }

    /// Working seconds of a working day before second `sod` of the day.
    fn worked_before(&self, sod: i64) -> i64 {
        self.shifts
            .iter()
            .map(|&(a, b)| (sod - a).clamp(0, b - a))
            .sum()
    }

    /// The second of a working day at which `worked` (in `1..=day_secs`)
    /// working seconds have passed; a shift's end rather than the next start.
    fn place(&self, mut worked: i64) -> i64 {
        for &(a, b) in &self.shifts {
            if worked <= b - a {
                return a + worked;
            }
            worked -= b - a;
        }
        self.shifts.last().map_or(DAY, |s| s.1)
    }

    /// The `n`-th working day (`n >= 1`) counting from day `from` itself.
    fn nth_working_day(&self, from: i64, n: i64) -> Option<i64> {
        // Any 7 consecutive days hold at least one working weekday by the
        // pattern, and each exception removes at most one working day.
        let slack = i64::try_from(self.exceptions.len()).ok()?.checked_add(1)?;
        let span = n.checked_add(slack)?.checked_mul(7)?;
        let mut hi = from.checked_add(span)?.min(last_day());
        let base = self.working_days_before(from);
        if hi < from || self.working_days_before(hi + 1) - base < n {
            return None;
        }
        let mut lo = from;
        while lo < hi {
            let mid = lo + (hi - lo) / 2;
            if self.working_days_before(mid + 1) - base >= n {
                hi = mid;
            } else {
                lo = mid + 1;
            }
        }
        Some(lo)
    }
}

/// Day number and second of the day of a local second.
fn split(local: i64) -> (i64, i64) {
    (local.div_euclid(DAY), local.rem_euclid(DAY))
}

/// The last day number whose end chrono can still represent.
fn last_day() -> i64 {
    day_number(NaiveDate::MAX) - 2
}
