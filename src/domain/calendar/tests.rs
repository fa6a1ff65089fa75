//! Worked examples on the real 2025/2026 calendar, split shifts, the
//! 24-hour calendar and spec validation.
use super::*;
use crate::domain::zone::ZONE;
use chrono::{DateTime, NaiveTime, TimeZone, Utc, Weekday};

/// An instant given as Beijing wall-clock time.
pub(super) fn bj(y: i32, m: u32, d: u32, h: u32, mi: u32) -> DateTime<Utc> {
    ZONE.with_ymd_and_hms(y, m, d, h, mi, 0)
        .single()
        .expect("valid Beijing time")
        .with_timezone(&Utc)
}

fn date(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).expect("valid date")
}

pub(super) fn china() -> WorkingCalendar {
    WorkingCalendar::china_default().expect("shipped calendar builds")
}

pub(super) fn split_shift() -> WorkingCalendar {
    let mut spec = CalendarSpec::office_hours();
    spec.shifts = vec![
        Shift::hm((9, 0), (12, 0)).expect("shift"),
        Shift::hm((13, 30), (18, 0)).expect("shift"),
    ];
    WorkingCalendar::new(spec).expect("split shift calendar builds")
}

#[test]
fn every_2026_make_up_day_is_a_worked_weekend_day() {
    let cal = china();
    for (m, d) in [(1, 4), (2, 14), (2, 28), (5, 9), (9, 20), (10, 10)] {
        let day = date(2026, m, d);
        assert!(matches!(day.weekday(), Weekday::Sat | Weekday::Sun));
        assert!(cal.is_working_day(day), "{day} should be worked");
    }
    // The neighbouring weekend days stay off.
    for (m, d) in [(1, 3), (2, 15), (3, 1), (5, 10), (9, 19), (10, 11)] {
        assert!(!cal.is_working_day(date(2026, m, d)));
    }
}

#[test]
fn every_2026_holiday_day_is_off() {
    let cal = china();
    let ranges = [
        ((1, 1), (1, 3)),
        ((2, 15), (2, 23)),
        ((4, 4), (4, 6)),
        ((5, 1), (5, 5)),
        ((6, 19), (6, 21)),
        ((9, 25), (9, 27)),
        ((10, 1), (10, 7)),
    ];
    let mut off = 0;
    for ((m1, d1), (m2, d2)) in ranges {
        let (first, last) = (date(2026, m1, d1), date(2026, m2, d2));
        for day in first.iter_days().take_while(|d| *d <= last) {
            assert!(!cal.is_working_day(day), "{day} should be off");
            off += 1;
        }
        // The day before and after each break is worked (or a weekend day).
        for edge in [first.pred_opt(), last.succ_opt()].into_iter().flatten() {
            let weekend = matches!(edge.weekday(), Weekday::Sat | Weekday::Sun);
            let make_up = [date(2026, 1, 4), date(2026, 2, 14)].contains(&edge);
            assert_eq!(cal.is_working_day(edge), !weekend || make_up, "{edge}");
        }
    }
    assert_eq!(off, 33);
    // Ordinary days still follow the week.
    assert!(cal.is_working_day(date(2026, 3, 2)));
    assert!(!cal.is_working_day(date(2026, 3, 7)));
}

#[test]
fn both_years_have_248_working_days() {
    let cal = china();
    for year in [2025, 2026] {
        let minutes = cal.working_minutes_between(bj(year, 1, 1, 0, 0), bj(year + 1, 1, 1, 0, 0));
        assert_eq!(minutes, 248 * 540, "{year}");
    }
    assert!(cal.covers(2025) && cal.covers(2026));
    assert!(!cal.covers(2024) && !cal.covers(2027));
}

#[test]
fn three_working_days_from_the_eve_of_spring_festival() {
    let cal = china();
    // Fri 13 Feb afternoon: Sat 14 (make-up) is day 1, 15–23 are off,
    // Tue 24 is day 2, Wed 25 is day 3.
    let from = bj(2026, 2, 13, 15, 20);
    assert_eq!(cal.add_working_days(from, 1), bj(2026, 2, 14, 18, 0));
    assert_eq!(cal.add_working_days(from, 3), bj(2026, 2, 25, 18, 0));
    // The day of registration never counts, whatever the hour.
    assert_eq!(
        cal.add_working_days(bj(2026, 2, 13, 0, 5), 3),
        bj(2026, 2, 25, 18, 0)
    );
    // Registered on a holiday: the first working day after it is day 1.
    assert_eq!(
        cal.add_working_days(bj(2026, 2, 18, 10, 0), 1),
        bj(2026, 2, 24, 18, 0)
    );
    // Seven working days from Mon 23 Feb (still a holiday): 24, 25, 26, 27,
    // Sat 28 (make-up), Mon 2 Mar, Tue 3 Mar.
    assert_eq!(
        cal.add_working_days(bj(2026, 2, 23, 9, 0), 7),
        bj(2026, 3, 3, 18, 0)
    );
    assert_eq!(cal.add_working_days(from, 0), from);
}

#[test]
fn working_hours_across_spring_festival() {
    let cal = china();
    let from = bj(2026, 2, 13, 17, 0);
    assert_eq!(cal.add_working_minutes(from, 120), bj(2026, 2, 14, 10, 0));
    // 60 minutes on Friday and all 540 on the make-up Saturday: due at 18:00 sharp.
    assert_eq!(cal.add_working_minutes(from, 600), bj(2026, 2, 14, 18, 0));
    assert_eq!(cal.add_working_minutes(from, 601), bj(2026, 2, 24, 9, 1));
    assert_eq!(
        cal.working_minutes_between(from, bj(2026, 2, 24, 9, 1)),
        601
    );
}

#[test]
fn one_working_hour_before_national_day() {
    let cal = china();
    // Wed 30 Sep 17:00 with one working hour is due at 18:00 that day.
    assert_eq!(
        cal.add_working_minutes(bj(2026, 9, 30, 17, 0), 60),
        bj(2026, 9, 30, 18, 0)
    );
    // Half of it is left after 17:30: the rest runs on Thu 8 Oct.
    assert_eq!(
        cal.add_working_minutes(bj(2026, 9, 30, 17, 30), 60),
        bj(2026, 10, 8, 9, 30)
    );
    // Registered after hours: the clock starts on 8 Oct at 09:00.
    assert_eq!(
        cal.add_working_minutes(bj(2026, 9, 30, 18, 0), 60),
        bj(2026, 10, 8, 10, 0)
    );
    assert_eq!(
        cal.next_working_instant(bj(2026, 10, 1, 12, 0)),
        bj(2026, 10, 8, 9, 0)
    );
    // Sat 10 Oct is worked; Sun 11 is not.
    assert_eq!(
        cal.add_working_minutes(bj(2026, 10, 9, 17, 0), 120),
        bj(2026, 10, 10, 10, 0)
    );
    assert_eq!(
        cal.working_minutes_between(bj(2026, 10, 10, 0, 0), bj(2026, 10, 12, 9, 0)),
        540
    );
}

#[test]
fn the_other_2026_holidays() {
    let cal = china();
    // Qingming, Sat 4 – Mon 6 April.
    assert_eq!(
        cal.add_working_minutes(bj(2026, 4, 3, 17, 0), 120),
        bj(2026, 4, 7, 10, 0)
    );
    // Labour Day, Fri 1 – Tue 5 May, made up on Sat 9 May.
    assert_eq!(
        cal.add_working_minutes(bj(2026, 4, 30, 17, 0), 120),
        bj(2026, 5, 6, 10, 0)
    );
    assert_eq!(
        cal.working_minutes_between(bj(2026, 5, 8, 9, 0), bj(2026, 5, 11, 9, 0)),
        1080
    );
    // Dragon Boat, Fri 19 – Sun 21 June.
    assert_eq!(
        cal.add_working_days(bj(2026, 6, 18, 11, 0), 1),
        bj(2026, 6, 22, 18, 0)
    );
    // Mid-Autumn, Fri 25 – Sun 27 September; Sun 20 is a make-up day.
    assert_eq!(
        cal.add_working_days(bj(2026, 9, 19, 11, 0), 1),
        bj(2026, 9, 20, 18, 0)
    );
    assert_eq!(
        cal.add_working_minutes(bj(2026, 9, 24, 17, 0), 120),
        bj(2026, 9, 28, 10, 0)
    );
}

#[test]
fn the_year_end_runs_into_the_new_year_break_and_its_make_up_sunday() {
    let cal = china();
    // Wed 31 Dec 2025, then 1–3 Jan off and Sun 4 Jan worked.
    assert_eq!(
        cal.add_working_minutes(bj(2025, 12, 31, 17, 0), 120),
        bj(2026, 1, 4, 10, 0)
    );
    assert_eq!(
        cal.add_working_days(bj(2025, 12, 31, 17, 0), 2),
        bj(2026, 1, 5, 18, 0)
    );
    // 2025's own breaks: National Day and Mid-Autumn 1–8 Oct, Sat 11 Oct worked.
    assert_eq!(
        cal.add_working_days(bj(2025, 9, 30, 10, 0), 2),
        bj(2025, 10, 10, 18, 0)
    );
    assert_eq!(
        cal.add_working_days(bj(2025, 9, 30, 10, 0), 3),
        bj(2025, 10, 11, 18, 0)
    );
    // Spring Festival 2025: Sun 26 Jan worked, 28 Jan – 4 Feb off.
    assert_eq!(
        cal.add_working_days(bj(2025, 1, 24, 10, 0), 2),
        bj(2025, 1, 27, 18, 0)
    );
    assert_eq!(
        cal.add_working_days(bj(2025, 1, 24, 10, 0), 3),
        bj(2025, 2, 5, 18, 0)
    );
}

#[test]
fn a_split_shift_skips_the_lunch_break() {
    let cal = split_shift();
    let mon = |h, m| bj(2026, 3, 2, h, m);
    assert_eq!(cal.add_working_minutes(mon(11, 30), 60), mon(14, 0));
    // Exactly reaching the break ends at the break, not after it.
    assert_eq!(cal.add_working_minutes(mon(11, 0), 60), mon(12, 0));
    assert_eq!(cal.add_working_minutes(mon(12, 15), 1), mon(13, 31));
    assert_eq!(cal.working_minutes_between(mon(11, 0), mon(14, 0)), 90);
    assert_eq!(cal.working_minutes_between(mon(14, 0), mon(11, 0)), -90);
    assert_eq!(cal.next_working_instant(mon(12, 15)), mon(13, 30));
    assert_eq!(cal.next_working_instant(mon(12, 0)), mon(13, 30));
    assert_eq!(cal.next_working_instant(mon(11, 59)), mon(11, 59));
    assert!(!cal.is_working_instant(mon(12, 0)));
    // A working day is 7.5 hours. From Friday 17:00: 1 hour on Friday, then
    // Monday's 3-hour morning and the afternoon from 13:30.
    let fri = bj(2026, 3, 6, 17, 0);
    assert_eq!(cal.add_working_minutes(fri, 240), bj(2026, 3, 9, 12, 0));
    assert_eq!(cal.add_working_minutes(fri, 241), bj(2026, 3, 9, 13, 31));
    assert_eq!(cal.add_working_minutes(fri, 480), bj(2026, 3, 9, 17, 30));
    assert_eq!(cal.add_working_minutes(fri, 510), bj(2026, 3, 9, 18, 0));
    assert_eq!(cal.add_working_minutes(fri, 511), bj(2026, 3, 10, 9, 1));
    assert_eq!(cal.add_working_days(fri, 1), bj(2026, 3, 9, 18, 0));
}

#[test]
fn seconds_are_kept_and_sub_seconds_dropped() {
    let cal = china();
    let from = bj(2026, 3, 2, 17, 59) + chrono::Duration::milliseconds(30_250);
    assert_eq!(
        cal.add_working_minutes(from, 1),
        bj(2026, 3, 3, 9, 0) + chrono::Duration::seconds(30)
    );
    // 29.75 s are left before 18:00; counted from 17:59:30, that is 30.
    assert_eq!(cal.working_seconds_between(from, bj(2026, 3, 2, 18, 0)), 30);
}

#[test]
fn the_always_open_calendar_counts_every_minute() {
    let cal = WorkingCalendar::always_open();
    let from = bj(2026, 2, 13, 15, 20);
    assert_eq!(
        cal.add_working_minutes(from, 3 * 1440),
        bj(2026, 2, 16, 15, 20)
    );
    assert_eq!(
        cal.working_minutes_between(bj(2026, 1, 1, 0, 0), bj(2027, 1, 1, 0, 0)),
        365 * 1440
    );
    assert_eq!(
        cal.next_working_instant(bj(2026, 10, 1, 3, 0)),
        bj(2026, 10, 1, 3, 0)
    );
    assert!(cal.is_working_day(date(2026, 2, 17)));
    assert!(cal.covers(1999) && cal.covers(2027));
    // The end of a day is midnight, the start of the next.
    assert_eq!(cal.add_working_days(from, 1), bj(2026, 2, 15, 0, 0));
    assert_eq!(
        cal.add_working_minutes(bj(2026, 2, 13, 23, 0), 60),
        bj(2026, 2, 14, 0, 0)
    );
}

#[test]
fn huge_amounts_saturate_instead_of_panicking() {
    let cal = china();
    let from = bj(2026, 3, 2, 10, 0);
    assert_eq!(
        cal.add_working_minutes(from, i64::MAX),
        DateTime::<Utc>::MAX_UTC
    );
    assert_eq!(
        cal.add_working_days(from, i64::MAX),
        DateTime::<Utc>::MAX_UTC
    );
    assert_eq!(cal.add_working_minutes(from, -5), from);
    let far = cal.add_working_minutes(from, 540 * 250 * 1000);
    assert!(far > bj(2900, 1, 1, 0, 0));
    assert_eq!(cal.working_minutes_between(from, far), 540 * 250 * 1000);
    let end = WorkingCalendar::always_open().next_working_instant(DateTime::<Utc>::MAX_UTC);
    assert_eq!(end, DateTime::<Utc>::MAX_UTC);
}

#[test]
fn invalid_specs_are_refused() {
    let with = |shifts: Vec<Shift>| {
        let mut spec = CalendarSpec::office_hours();
        spec.shifts = shifts;
        WorkingCalendar::new(spec).err()
    };
    let s = |a, b| Shift::hm(a, b).expect("shift");
    assert_eq!(with(vec![]), Some(CalendarError::NoShifts));
    assert_eq!(
        with(vec![s((9, 0), (9, 0))]),
        Some(CalendarError::EmptyShift { index: 0 })
    );
    assert_eq!(
        with(vec![s((18, 0), (9, 0))]),
        Some(CalendarError::EmptyShift { index: 0 })
    );
    assert_eq!(
        with(vec![s((9, 0), (13, 0)), s((12, 0), (18, 0))]),
        Some(CalendarError::ShiftsOverlapOrUnsorted { index: 1 })
    );
    assert_eq!(
        with(vec![s((13, 0), (18, 0)), s((9, 0), (12, 0))]),
        Some(CalendarError::ShiftsOverlapOrUnsorted { index: 1 })
    );
    let odd = Shift {
        start: NaiveTime::from_hms_opt(9, 0, 30).expect("time"),
        end: NaiveTime::from_hms_opt(18, 0, 0).expect("time"),
    };
    assert_eq!(
        with(vec![odd]),
        Some(CalendarError::ShiftNotWholeMinutes { index: 0 })
    );
    // Touching shifts are one stretch; 00:00–24:00 and 22:00–24:00 are valid.
    assert_eq!(with(vec![s((9, 0), (12, 0)), s((12, 0), (18, 0))]), None);
    assert_eq!(with(vec![Shift::all_day()]), None);
    assert_eq!(with(vec![s((0, 0), (6, 0)), s((22, 0), (24, 0))]), None);

    let mut spec = CalendarSpec::office_hours();
    spec.weekend = vec![
        Weekday::Mon,
        Weekday::Tue,
        Weekday::Wed,
        Weekday::Thu,
        Weekday::Fri,
        Weekday::Sat,
        Weekday::Sun,
    ];
    assert_eq!(
        WorkingCalendar::new(spec).err(),
        Some(CalendarError::NoWorkingWeekday)
    );
    let mut spec = CalendarSpec::office_hours();
    spec.holidays.insert(date(2027, 1, 1));
    spec.makeup_workdays.insert(date(2027, 1, 1));
    assert_eq!(
        WorkingCalendar::new(spec).err(),
        Some(CalendarError::HolidayIsMakeupWorkday(date(2027, 1, 1)))
    );
}

#[test]
fn a_night_team_works_across_midnight_as_two_shifts() {
    let mut spec = CalendarSpec::office_hours();
    spec.shifts = vec![
        Shift::hm((0, 0), (6, 0)).expect("shift"),
        Shift::hm((22, 0), (24, 0)).expect("shift"),
    ];
    spec.weekend.clear();
    let cal = WorkingCalendar::new(spec).expect("night calendar");
    assert_eq!(
        cal.add_working_minutes(bj(2026, 3, 2, 23, 0), 120),
        bj(2026, 3, 3, 1, 0)
    );
    assert_eq!(
        cal.add_working_minutes(bj(2026, 3, 3, 5, 0), 60),
        bj(2026, 3, 3, 6, 0)
    );
    assert_eq!(
        cal.add_working_minutes(bj(2026, 3, 3, 5, 0), 61),
        bj(2026, 3, 3, 22, 1)
    );
}

#[test]
fn a_spec_round_trips_through_json() {
    let json = r#"{
        "shifts": [{"start": "09:00", "end": "12:00"}, {"start": "13:30", "end": "24:00"}],
        "weekend": ["Sat", "Sun"],
        "holidays": ["2027-01-01"],
        "makeup_workdays": ["2027-01-03"],
        "zone": "Asia/Shanghai"
    }"#;
    let spec: CalendarSpec = serde_json::from_str(json).expect("spec parses");
    assert_eq!(spec.shifts[1].end, NaiveTime::MIN);
    let back = serde_json::to_value(&spec).expect("serializes");
    assert_eq!(back["shifts"][1]["end"], "24:00");
    assert_eq!(back["zone"], "Asia/Shanghai");
    let again: CalendarSpec = serde_json::from_value(back).expect("parses again");
    assert_eq!(again, spec);
    let cal = WorkingCalendar::new(spec).expect("valid");
    assert!(cal.covers(2027) && !cal.covers(2026));
    assert!(cal.is_working_day(date(2027, 1, 3)));
    // The zone defaults to Asia/Shanghai; bad times are refused.
    let minimal: CalendarSpec =
        serde_json::from_str(r#"{"shifts": [{"start": "09:00", "end": "18:00"}]}"#)
            .expect("parses");
    assert_eq!(minimal.zone, ZONE);
    let bad =
        serde_json::from_str::<CalendarSpec>(r#"{"shifts": [{"start": "24:00", "end": "18:00"}]}"#);
    assert!(bad.is_err());
}

#[test]
fn another_zone_reads_shifts_on_its_own_wall_clock() {
    let mut spec = CalendarSpec::office_hours();
    spec.zone = chrono_tz::Asia::Urumqi; // UTC+6
    let cal = WorkingCalendar::new(spec).expect("valid");
    let from = bj(2026, 3, 2, 10, 0); // 08:00 in Urumqi, before work
    assert_eq!(cal.next_working_instant(from), bj(2026, 3, 2, 11, 0));
}
