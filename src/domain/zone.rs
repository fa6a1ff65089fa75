//! The business time zone. Instants are stored and compared in UTC; days,
//! complaint numbers, exported times and working hours are read on the
//! wall clock of [`ZONE`], China Standard Time (Asia/Shanghai, UTC+8, no
//! daylight saving since 1991). This is the one place that names it.
use chrono::{DateTime, NaiveDate, NaiveDateTime, Utc};
use chrono_tz::Tz;

/// The zone in which Kesu counts days and working hours.
pub const ZONE: Tz = chrono_tz::Asia::Shanghai;

/// An instant on the wall clock of [`ZONE`].
pub fn to_local(at: DateTime<Utc>) -> DateTime<Tz> {
    at.with_timezone(&ZONE)
}

/// The local date of an instant in [`ZONE`].
pub fn local_date(at: DateTime<Utc>) -> NaiveDate {
    to_local(at).date_naive()
}

/// The local date and time of an instant in [`ZONE`].
pub fn local_datetime(at: DateTime<Utc>) -> NaiveDateTime {
    to_local(at).naive_local()
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::TimeZone;

    #[test]
    fn shanghai_is_eight_hours_ahead_of_utc() {
        let at = Utc.with_ymd_and_hms(2026, 11, 23, 17, 30, 0).single();
        let Some(at) = at else {
            panic!("bad test date")
        };
        assert_eq!(to_local(at).to_rfc3339(), "2026-11-24T01:30:00+08:00");
        assert_eq!(local_date(at).to_string(), "2026-11-24");
        assert_eq!(local_datetime(at).to_string(), "2026-11-24 01:30:00");
    }
}
