//! Property tests of the working-time arithmetic on four calendars: China's
//! default, a split shift, around the clock, and a sparse night calendar
//! with a four-day week. A slow minute-by-minute oracle, written from the
//! spec alone, checks the fast tables.
use super::tests::{china, split_shift};
use super::*;
use chrono::{DateTime, Duration, NaiveTime, TimeZone, Utc, Weekday};
use proptest::prelude::*;

fn sparse() -> WorkingCalendar {
    let mut spec = CalendarSpec::office_hours();
    spec.shifts = vec![
        Shift::hm((8, 0), (8, 30)).expect("shift"),
        Shift::hm((20, 0), (24, 0)).expect("shift"),
    ];
    spec.weekend = vec![Weekday::Fri, Weekday::Sat, Weekday::Sun];
    for year in china_years().expect("shipped years") {
        spec.add_year(&year);
    }
    WorkingCalendar::new(spec).expect("sparse calendar builds")
}

fn calendars() -> Vec<WorkingCalendar> {
    vec![
        china(),
        split_shift(),
        WorkingCalendar::always_open(),
        sparse(),
    ]
}

fn cal() -> impl Strategy<Value = WorkingCalendar> {
    (0..4usize).prop_map(|i| calendars().swap_remove(i))
}

/// 2025-06-01 to 2027-03-01, Beijing time, any second.
fn instant() -> impl Strategy<Value = DateTime<Utc>> {
    let lo = Utc
        .with_ymd_and_hms(2025, 5, 31, 16, 0, 0)
        .single()
        .expect("date");
    let span = 640 * 86_400_i64;
    (0..span).prop_map(move |s| lo + Duration::seconds(s))
}

/// Like [`instant`], on a whole minute.
fn minute() -> impl Strategy<Value = DateTime<Utc>> {
    instant().prop_map(|t| t - Duration::seconds(t.timestamp().rem_euclid(60)))
}

/// Whether the minute starting at `t` is worked, from the spec alone.
fn oracle_minute(spec: &CalendarSpec, t: DateTime<Utc>) -> bool {
    let local = t.with_timezone(&spec.zone);
    let date = local.date_naive();
    let time = local.time();
    let day = spec.makeup_workdays.contains(&date)
        || (!spec.holidays.contains(&date) && !spec.weekend.contains(&date.weekday()));
    day && spec
        .shifts
        .iter()
        .any(|s| s.start <= time && (s.end == NaiveTime::MIN || time < s.end))
}

fn oracle_between(spec: &CalendarSpec, a: DateTime<Utc>, b: DateTime<Utc>) -> i64 {
    let mut t = a;
    let mut n = 0;
    while t < b {
        n += i64::from(oracle_minute(spec, t));
        t += Duration::minutes(1);
    }
    n
}

proptest! {
    #[test]
    fn adding_more_minutes_never_ends_earlier(
        cal in cal(), t in instant(), m1 in 0..400_000i64, extra in 0..5_000i64,
    ) {
        let a = cal.add_working_minutes(t, m1);
        let b = cal.add_working_minutes(t, m1 + extra);
        prop_assert!(a <= b);
        if extra > 0 {
            prop_assert!(a < b);
        }
    }

    #[test]
    fn measuring_what_was_added_gives_it_back(cal in cal(), t in instant(), m in 0..400_000i64) {
        let end = cal.add_working_minutes(t, m);
        prop_assert_eq!(cal.working_minutes_between(t, end), m);
        prop_assert_eq!(cal.working_seconds_between(t, end), m * 60);
        prop_assert_eq!(cal.working_minutes_between(end, t), -m);
    }

    #[test]
    fn a_deadline_never_lies_in_non_working_time(cal in cal(), t in instant(), m in 1..400_000i64) {
        let end = cal.add_working_minutes(t, m);
        prop_assert!(end > t);
        let just_before = end - Duration::seconds(1);
        // The last second counted is worked, so `end` is in a shift or at its end...
        prop_assert!(cal.is_working_instant(just_before), "{} + {}min = {}", t, m, end);
        // ...and it is the earliest such instant.
        prop_assert_eq!(cal.working_seconds_between(t, just_before), m * 60 - 1);
    }

    #[test]
    fn a_deadline_at_a_shift_end_stops_there(
        cal in cal(), t in minute(), days in 0..20u64, shift in 0..2usize,
    ) {
        // Choose m so that the deadline is due exactly at the end of a shift.
        let shifts = &cal.spec().shifts;
        let close = shifts[shift.min(shifts.len() - 1)].end;
        let local_day = t.with_timezone(&cal.zone()).date_naive() + chrono::Days::new(days);
        let target = cal
            .zone()
            .from_local_datetime(&local_day.and_time(close))
            .single()
            .expect("no DST in the test zones")
            .with_timezone(&Utc);
        let target = if close == NaiveTime::MIN { target + Duration::days(1) } else { target };
        let m = cal.working_minutes_between(t, target);
        prop_assume!(m > 0);
        let end = cal.add_working_minutes(t, m);
        prop_assert!(end <= target);
        prop_assert!(cal.is_working_instant(end - Duration::seconds(1)));
        if cal.is_working_instant(target - Duration::seconds(1)) {
            prop_assert_eq!(end, target);
        }
    }

    #[test]
    fn next_working_instant_is_idempotent_and_working(cal in cal(), t in instant()) {
        let next = cal.next_working_instant(t);
        prop_assert!(next >= t);
        prop_assert!(cal.is_working_instant(next));
        prop_assert_eq!(cal.next_working_instant(next), next);
        prop_assert_eq!(cal.working_seconds_between(t, next), 0);
    }

    #[test]
    fn working_time_adds_up_over_consecutive_spans(
        cal in cal(), a in instant(), b in instant(), c in instant(),
    ) {
        let ab = cal.working_seconds_between(a, b);
        let bc = cal.working_seconds_between(b, c);
        prop_assert_eq!(ab + bc, cal.working_seconds_between(a, c));
    }

    #[test]
    fn the_tables_agree_with_a_minute_by_minute_count(
        cal in cal(), a in minute(), len in 0..(4 * 1440i64),
    ) {
        let b = a + Duration::minutes(len);
        prop_assert_eq!(cal.working_minutes_between(a, b), oracle_between(cal.spec(), a, b));
        prop_assert_eq!(cal.is_working_instant(a), oracle_minute(cal.spec(), a));
        let date = a.with_timezone(&cal.zone()).date_naive();
        let noon = a.with_timezone(&cal.zone()).date_naive().and_hms_opt(12, 0, 0);
        let day_worked = noon
            .and_then(|n| cal.zone().from_local_datetime(&n).single())
            .map(|n| cal.spec().makeup_workdays.contains(&date)
                || (!cal.spec().holidays.contains(&date) && !cal.spec().weekend.contains(&n.weekday())));
        prop_assert_eq!(Some(cal.is_working_day(date)), day_worked);
    }

    #[test]
    fn working_days_end_at_the_close_of_the_nth_working_day(
        cal in cal(), t in instant(), n in 1..300i64,
    ) {
        let end = cal.add_working_days(t, n);
        let start_date = t.with_timezone(&cal.zone()).date_naive();
        // The last second counted belongs to the n-th working day.
        let last = (end - Duration::seconds(1)).with_timezone(&cal.zone());
        let close = cal.spec().shifts.last().map(|s| s.end).expect("shifts");
        prop_assert_eq!((last + Duration::seconds(1)).time(), close);
        let due = last.date_naive();
        prop_assert!(cal.is_working_day(due));
        let worked = start_date
            .iter_days()
            .skip(1)
            .take_while(|d| *d <= due)
            .filter(|d| cal.is_working_day(*d))
            .count();
        prop_assert_eq!(worked as i64, n);
    }
}
