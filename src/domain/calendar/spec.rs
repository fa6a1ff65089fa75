//! What a calendar is made of, as an admin writes it: shifts, weekend days,
//! holidays, make-up workdays and a zone. Validation turns the shifts into
//! sorted, merged `[start, end)` second ranges of the local day.
use super::holidays::HolidayYear;
use crate::domain::zone::ZONE;
use chrono::{NaiveDate, NaiveTime, Timelike, Weekday};
use chrono_tz::Tz;
use serde::{Deserialize, Deserializer, Serialize, Serializer};
use std::collections::BTreeSet;

/// Seconds in a day.
pub(super) const DAY: i64 = 86_400;

/// One stretch of working hours within a day, in local wall-clock time.
///
/// `end` is exclusive. An `end` of 00:00 means midnight at the end of the
/// day (written `"24:00"` in JSON), so `00:00–24:00` is the whole day and
/// `22:00–24:00` the last two hours. A shift never crosses midnight: a
/// night team works `22:00–24:00` and `00:00–06:00`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct Shift {
    #[serde(with = "hhmm_start")]
    pub start: NaiveTime,
    #[serde(with = "hhmm_end")]
    pub end: NaiveTime,
}

impl Shift {
    /// A shift from `start` to `end` given as hours and minutes; `end` may
    /// be `(24, 0)`. Returns `None` for an impossible time of day.
    pub fn hm(start: (u32, u32), end: (u32, u32)) -> Option<Self> {
        let end = if end == (24, 0) {
            NaiveTime::MIN
        } else {
            NaiveTime::from_hms_opt(end.0, end.1, 0)?
        };
        Some(Self {
            start: NaiveTime::from_hms_opt(start.0, start.1, 0)?,
            end,
        })
    }

    /// The whole day, 00:00–24:00.
    pub const fn all_day() -> Self {
        Self {
            start: NaiveTime::MIN,
            end: NaiveTime::MIN,
        }
    }

    /// `[start, end)` in seconds of the local day; `end` is 86 400 for 24:00.
    pub(super) fn seconds(&self) -> (i64, i64) {
        let start = i64::from(self.start.num_seconds_from_midnight());
        let end = match i64::from(self.end.num_seconds_from_midnight()) {
            0 => DAY,
            end => end,
        };
        (start, end)
    }
}

/// A working calendar as configured.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CalendarSpec {
    /// Working hours of every working day, sorted and not overlapping.
    pub shifts: Vec<Shift>,
    /// Days of the week that are not worked unless listed as make-up workdays.
    #[serde(default)]
    pub weekend: Vec<Weekday>,
    /// Public holidays: not worked, whatever the weekday.
    #[serde(default)]
    pub holidays: BTreeSet<NaiveDate>,
    /// Make-up workdays (调休): worked although they fall on a weekend day.
    #[serde(default)]
    pub makeup_workdays: BTreeSet<NaiveDate>,
    /// The zone whose wall clock the shifts and dates are read on.
    #[serde(default = "default_zone")]
    pub zone: Tz,
}

const NINE: NaiveTime = match NaiveTime::from_hms_opt(9, 0, 0) {
    Some(t) => t,
    None => panic!("09:00 is a time of day"),
};
const EIGHTEEN: NaiveTime = match NaiveTime::from_hms_opt(18, 0, 0) {
    Some(t) => t,
    None => panic!("18:00 is a time of day"),
};

fn default_zone() -> Tz {
    ZONE
}

impl CalendarSpec {
    /// 09:00–18:00, Monday to Friday, in [`ZONE`], with no holidays yet.
    pub fn office_hours() -> Self {
        Self {
            shifts: vec![Shift {
                start: NINE,
                end: EIGHTEEN,
            }],
            weekend: vec![Weekday::Sat, Weekday::Sun],
            holidays: BTreeSet::new(),
            makeup_workdays: BTreeSet::new(),
            zone: ZONE,
        }
    }

    /// Adds one year's official arrangement: its days off and make-up workdays.
    pub fn add_year(&mut self, year: &HolidayYear) {
        self.holidays.extend(year.days_off().map(|(day, _)| day));
        self.makeup_workdays.extend(year.makeup_workdays());
    }

    /// Checks the spec and returns its shifts as merged second ranges.
    pub(super) fn validate(&self) -> Result<Vec<(i64, i64)>, CalendarError> {
        if self.shifts.is_empty() {
            return Err(CalendarError::NoShifts);
        }
        let mut merged: Vec<(i64, i64)> = Vec::with_capacity(self.shifts.len());
        for (index, shift) in self.shifts.iter().enumerate() {
            if shift.start.nanosecond() != 0
                || shift.end.nanosecond() != 0
                || shift.start.second() != 0
                || shift.end.second() != 0
            {
                return Err(CalendarError::ShiftNotWholeMinutes { index });
            }
            let (start, end) = shift.seconds();
            if start >= end {
                return Err(CalendarError::EmptyShift { index });
            }
            match merged.last_mut() {
                Some(last) if start < last.1 => {
                    return Err(CalendarError::ShiftsOverlapOrUnsorted { index })
                }
                // Touching shifts (09:00–12:00, 12:00–18:00) are one stretch.
                Some(last) if start == last.1 => last.1 = end,
                _ => merged.push((start, end)),
            }
        }
        if (0..7).all(|i| self.weekend.iter().any(|w| w.num_days_from_monday() == i)) {
            return Err(CalendarError::NoWorkingWeekday);
        }
        if let Some(day) = self.holidays.intersection(&self.makeup_workdays).next() {
            return Err(CalendarError::HolidayIsMakeupWorkday(*day));
        }
        Ok(merged)
    }
}

/// Why a calendar spec or its holiday data was refused.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum CalendarError {
    #[error("a calendar needs at least one shift")]
    NoShifts,
    #[error("shift {index} must start and end on a whole minute")]
    ShiftNotWholeMinutes { index: usize },
    #[error("shift {index} must end after it starts")]
    EmptyShift { index: usize },
    #[error("shift {index} must start after the previous shift ends (sorted, not overlapping)")]
    ShiftsOverlapOrUnsorted { index: usize },
    #[error("at least one day of the week must not be a weekend day")]
    NoWorkingWeekday,
    #[error("{0} is both a holiday and a make-up workday")]
    HolidayIsMakeupWorkday(NaiveDate),
    #[error("holiday data: {0}")]
    Holidays(#[from] super::holidays::HolidayError),
}

fn write_hhmm<S: Serializer>(t: &NaiveTime, midnight: &str, s: S) -> Result<S::Ok, S::Error> {
    if *t == NaiveTime::MIN {
        return s.serialize_str(midnight);
    }
    s.serialize_str(&t.format("%H:%M").to_string())
}

fn read_hhmm<'de, D: Deserializer<'de>>(d: D, allow_24: bool) -> Result<NaiveTime, D::Error> {
    let text = String::deserialize(d)?;
    if allow_24 && text == "24:00" {
        return Ok(NaiveTime::MIN);
    }
    NaiveTime::parse_from_str(&text, "%H:%M").map_err(|_| {
        serde::de::Error::custom(format!("expected a time of day as HH:MM, got {text:?}"))
    })
}

mod hhmm_start {
    use super::*;
    pub fn serialize<S: Serializer>(t: &NaiveTime, s: S) -> Result<S::Ok, S::Error> {
        write_hhmm(t, "00:00", s)
    }
    pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<NaiveTime, D::Error> {
        read_hhmm(d, false)
    }
}

mod hhmm_end {
    use super::*;
    pub fn serialize<S: Serializer>(t: &NaiveTime, s: S) -> Result<S::Ok, S::Error> {
        write_hhmm(t, "24:00", s)
    }
    pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<NaiveTime, D::Error> {
        read_hhmm(d, true)
    }
}
