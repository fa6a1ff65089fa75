//! What the API shows of calendars and holiday years.
use super::cache::{LoadedCalendar, Snapshot};
use crate::domain::calendar::HolidayYear;
use chrono::{DateTime, NaiveDate, Utc, Weekday};

/// A calendar as the console edits it.
#[derive(Debug, Clone)]
pub struct CalendarView {
    pub id: i64,
    pub name: String,
    /// Shifts as `("HH:MM", "HH:MM")`; an end of midnight is `"24:00"`.
    pub shifts: Vec<(String, String)>,
    pub weekend: Vec<Weekday>,
    pub official_holidays: bool,
    pub is_default: bool,
    pub version: i32,
    pub zone: String,
    /// Teams assigned to this calendar explicitly.
    pub team_ids: Vec<i64>,
    /// Stored official years that apply (empty without official holidays).
    pub years: Vec<i32>,
    pub updated_at: DateTime<Utc>,
}

impl CalendarView {
    pub fn new(cal: &LoadedCalendar, snapshot: &Snapshot) -> CalendarView {
        let hhmm = |t: chrono::NaiveTime, midnight: &str| {
            if t == chrono::NaiveTime::MIN {
                midnight.to_string()
            } else {
                t.format("%H:%M").to_string()
            }
        };
        CalendarView {
            id: cal.id,
            name: cal.name.clone(),
            shifts: cal
                .spec
                .shifts
                .iter()
                .map(|s| (hhmm(s.start, "00:00"), hhmm(s.end, "24:00")))
                .collect(),
            weekend: cal.spec.weekend.clone(),
            official_holidays: cal.official_holidays,
            is_default: cal.is_default,
            version: cal.version,
            zone: cal.spec.zone.name().to_string(),
            team_ids: snapshot.teams_of(cal.id),
            years: if cal.official_holidays {
                snapshot.years().iter().map(|y| y.year).collect()
            } else {
                Vec::new()
            },
            updated_at: cal.updated_at,
        }
    }
}

/// One holiday of a year's arrangement.
#[derive(Debug, Clone)]
pub struct HolidayView {
    pub name: String,
    pub start: NaiveDate,
    pub end: NaiveDate,
    pub makeup_workdays: Vec<NaiveDate>,
}

/// One year's official arrangement.
#[derive(Debug, Clone)]
pub struct HolidayYearView {
    pub year: i32,
    pub source: String,
    pub holidays: Vec<HolidayView>,
}

impl From<&HolidayYear> for HolidayYearView {
    fn from(y: &HolidayYear) -> Self {
        HolidayYearView {
            year: y.year,
            source: y.source.clone(),
            holidays: y
                .holidays
                .iter()
                .map(|h| HolidayView {
                    name: h.name.clone(),
                    start: h.start,
                    end: h.end,
                    makeup_workdays: h.makeup_workdays.clone(),
                })
                .collect(),
        }
    }
}
