//! One year's official holiday arrangement (放假调休安排), as the State
//! Council General Office publishes it each November: named stretches of
//! days off, each with the weekend days that are worked to make up for it.
//!
//! The files for China ship in `holidays/cn-YYYY.json` and are compiled
//! in. A file is checked when parsed: every day belongs to the stated year
//! (or touches it: a New Year break may start in late December), a stretch
//! runs forwards and lasts at most 31 days, no day is listed twice, no
//! make-up workday is also a day off, and every make-up workday is a
//! Saturday or Sunday (a worked weekday needs no notice). Bad files give a [`HolidayError`].
use chrono::{Datelike, NaiveDate, Weekday};
use serde::{Deserialize, Serialize};
use std::collections::BTreeSet;

/// China's arrangement for 2025 (notice of 2024-11-12).
pub const CN_2025: &str = include_str!("holidays/cn-2025.json");
/// China's arrangement for 2026 (notice of 2025-11-04).
pub const CN_2026: &str = include_str!("holidays/cn-2026.json");

/// Longest stretch of days off one holiday may have.
const MAX_HOLIDAY_DAYS: i64 = 31;

/// The official arrangement of one year.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct HolidayYear {
    pub year: i32,
    /// Where the data comes from: the notice's title and date.
    pub source: String,
    pub holidays: Vec<Holiday>,
}

/// One holiday: consecutive days off, with its make-up workdays.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Holiday {
    /// The holiday's name as the notice gives it, e.g. `春节`.
    pub name: String,
    /// First day off.
    pub start: NaiveDate,
    /// Last day off (inclusive).
    pub end: NaiveDate,
    /// Weekend days worked in exchange.
    #[serde(default)]
    pub makeup_workdays: Vec<NaiveDate>,
}

/// Why a holiday file was refused.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum HolidayError {
    #[error("not a holiday file: {0}")]
    Format(String),
    #[error("the file lists no holidays")]
    Empty,
    #[error("holiday {index} has no name")]
    NoName { index: usize },
    #[error("{name}: ends before it starts")]
    Backwards { name: String },
    #[error("{name}: longer than {MAX_HOLIDAY_DAYS} days")]
    TooLong { name: String },
    #[error("{date} does not belong to {year}")]
    OutsideYear { date: NaiveDate, year: i32 },
    #[error("{date} is listed twice")]
    Duplicate { date: NaiveDate },
    #[error("{date} is both a day off and a make-up workday")]
    MakeupIsDayOff { date: NaiveDate },
    #[error("make-up workday {date} is not a Saturday or Sunday")]
    MakeupNotWeekend { date: NaiveDate },
}

impl HolidayYear {
    /// Parses and checks one year's file.
    pub fn parse(json: &str) -> Result<Self, HolidayError> {
        let year: Self =
            serde_json::from_str(json).map_err(|e| HolidayError::Format(e.to_string()))?;
        year.check()?;
        Ok(year)
    }

    fn check(&self) -> Result<(), HolidayError> {
        if self.holidays.is_empty() {
            return Err(HolidayError::Empty);
        }
        let near = |date: NaiveDate| (date.year() - self.year).abs() <= 1;
        let mut off = BTreeSet::new();
        let mut makeup = BTreeSet::new();
        for (index, h) in self.holidays.iter().enumerate() {
            if h.name.trim().is_empty() {
                return Err(HolidayError::NoName { index });
            }
            if h.end < h.start {
                return Err(HolidayError::Backwards {
                    name: h.name.clone(),
                });
            }
            if (h.end - h.start).num_days() >= MAX_HOLIDAY_DAYS {
                return Err(HolidayError::TooLong {
                    name: h.name.clone(),
                });
            }
            if h.start.year() != self.year && h.end.year() != self.year {
                let date = h.start;
                return Err(HolidayError::OutsideYear {
                    date,
                    year: self.year,
                });
            }
            for date in h.start.iter_days().take_while(|d| *d <= h.end) {
                if !off.insert(date) {
                    return Err(HolidayError::Duplicate { date });
                }
            }
            for &date in &h.makeup_workdays {
                if !near(date) {
                    return Err(HolidayError::OutsideYear {
                        date,
                        year: self.year,
                    });
                }
                if !matches!(date.weekday(), Weekday::Sat | Weekday::Sun) {
                    return Err(HolidayError::MakeupNotWeekend { date });
                }
                if !makeup.insert(date) {
                    return Err(HolidayError::Duplicate { date });
                }
            }
        }
        if let Some(&date) = off.intersection(&makeup).next() {
            return Err(HolidayError::MakeupIsDayOff { date });
        }
        Ok(())
    }

    /// Every day off with its holiday's name, in file order.
    pub fn days_off(&self) -> impl Iterator<Item = (NaiveDate, &str)> + '_ {
        self.holidays.iter().flat_map(|h| {
            h.start
                .iter_days()
                .take_while(move |d| *d <= h.end)
                .map(move |d| (d, h.name.as_str()))
        })
    }

    /// Every make-up workday, in file order.
    pub fn makeup_workdays(&self) -> impl Iterator<Item = NaiveDate> + '_ {
        self.holidays
            .iter()
            .flat_map(|h| h.makeup_workdays.iter().copied())
    }
}

/// China's arrangements shipped with Kesu, oldest first.
pub fn china_years() -> Result<Vec<HolidayYear>, HolidayError> {
    [CN_2025, CN_2026]
        .into_iter()
        .map(HolidayYear::parse)
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::Weekday;

    fn d(s: &str) -> NaiveDate {
        match s.parse() {
            Ok(d) => d,
            Err(e) => panic!("bad test date {s}: {e}"),
        }
    }

    fn parsed(json: &str) -> HolidayYear {
        match HolidayYear::parse(json) {
            Ok(y) => y,
            Err(e) => panic!("shipped file refused: {e}"),
        }
    }

    #[test]
    fn both_shipped_years_parse_with_their_official_day_counts() {
        let y2025 = parsed(CN_2025);
        let y2026 = parsed(CN_2026);
        assert_eq!((y2025.year, y2026.year), (2025, 2026));
        // 1 + 8 + 3 + 5 + 3 + 8 days off in 2025; 3 + 9 + 3 + 5 + 3 + 3 + 7 in 2026.
        assert_eq!(y2025.days_off().count(), 28);
        assert_eq!(y2026.days_off().count(), 33);
        let names: Vec<&str> = y2026.holidays.iter().map(|h| h.name.as_str()).collect();
        assert_eq!(
            names,
            [
                "元旦",
                "春节",
                "清明节",
                "劳动节",
                "端午节",
                "中秋节",
                "国庆节"
            ]
        );
        let spring = y2025.days_off().filter(|(_, n)| *n == "春节");
        assert_eq!(spring.count(), 8);
    }

    #[test]
    fn make_up_workdays_are_the_official_weekend_days() {
        let y2026: Vec<NaiveDate> = parsed(CN_2026).makeup_workdays().collect();
        let want = [
            "2026-01-04",
            "2026-02-14",
            "2026-02-28",
            "2026-05-09",
            "2026-09-20",
            "2026-10-10",
        ];
        assert_eq!(y2026, want.map(d));
        let y2025: Vec<NaiveDate> = parsed(CN_2025).makeup_workdays().collect();
        let want = [
            "2025-01-26",
            "2025-02-08",
            "2025-04-27",
            "2025-09-28",
            "2025-10-11",
        ];
        assert_eq!(y2025, want.map(d));
        for day in y2025.iter().chain(&y2026) {
            assert!(
                matches!(day.weekday(), Weekday::Sat | Weekday::Sun),
                "{day} is a weekday"
            );
        }
    }

    #[test]
    fn a_file_that_is_not_json_is_an_error() {
        assert!(matches!(
            HolidayYear::parse("{ not json"),
            Err(HolidayError::Format(_))
        ));
        assert!(matches!(
            HolidayYear::parse(r#"{"year": 2027, "source": "x", "holidays": [], "extra": 1}"#),
            Err(HolidayError::Format(_))
        ));
        assert!(matches!(
            HolidayYear::parse(
                r#"{"year": 2027, "source": "x", "holidays": [{"name": "元旦", "start": "2027-02-30", "end": "2027-03-01"}]}"#
            ),
            Err(HolidayError::Format(_))
        ));
    }

    fn one(
        name: &str,
        start: &str,
        end: &str,
        makeup: &[&str],
    ) -> Result<HolidayYear, HolidayError> {
        let makeup: Vec<String> = makeup.iter().map(|m| format!("\"{m}\"")).collect();
        HolidayYear::parse(&format!(
            r#"{{"year": 2027, "source": "test", "holidays": [
                {{"name": "{name}", "start": "{start}", "end": "{end}", "makeup_workdays": [{}]}}]}}"#,
            makeup.join(",")
        ))
    }

    #[test]
    fn inconsistent_files_are_refused_with_a_reason() {
        assert!(one("元旦", "2027-01-01", "2027-01-03", &["2027-01-09"]).is_ok());
        // 2027-01-04 is a Monday: working it needs no make-up notice
        assert_eq!(
            one("元旦", "2027-01-01", "2027-01-03", &["2027-01-04"]),
            Err(HolidayError::MakeupNotWeekend {
                date: d("2027-01-04")
            })
        );
        assert_eq!(
            HolidayYear::parse(r#"{"year": 2027, "source": "x", "holidays": []}"#),
            Err(HolidayError::Empty)
        );
        assert_eq!(
            one(" ", "2027-01-01", "2027-01-01", &[]),
            Err(HolidayError::NoName { index: 0 })
        );
        assert!(matches!(
            one("元旦", "2027-01-03", "2027-01-01", &[]),
            Err(HolidayError::Backwards { .. })
        ));
        assert!(matches!(
            one("春节", "2027-01-01", "2027-03-01", &[]),
            Err(HolidayError::TooLong { .. })
        ));
        assert!(matches!(
            one("元旦", "2028-01-01", "2028-01-01", &[]),
            Err(HolidayError::OutsideYear { .. })
        ));
        assert!(matches!(
            one("元旦", "2027-01-01", "2027-01-01", &["2030-01-02"]),
            Err(HolidayError::OutsideYear { .. })
        ));
        assert_eq!(
            one("元旦", "2027-01-01", "2027-01-03", &["2027-01-02"]),
            Err(HolidayError::MakeupIsDayOff {
                date: d("2027-01-02")
            })
        );
        assert_eq!(
            one(
                "元旦",
                "2027-01-01",
                "2027-01-03",
                &["2027-01-09", "2027-01-09"]
            ),
            Err(HolidayError::Duplicate {
                date: d("2027-01-09")
            })
        );
        let twice = HolidayYear::parse(
            r#"{"year": 2027, "source": "x", "holidays": [
                {"name": "a", "start": "2027-05-01", "end": "2027-05-03"},
                {"name": "b", "start": "2027-05-03", "end": "2027-05-04"}]}"#,
        );
        assert_eq!(
            twice,
            Err(HolidayError::Duplicate {
                date: d("2027-05-03")
            })
        );
    }
}
