//! Worked examples on China's real 2026 calendar (09:00–18:00, Monday to
//! Friday, official holidays and make-up workdays).
use super::*;
use crate::domain::calendar::WorkingCalendar;
use chrono::{DateTime, Duration, TimeZone, Utc};

/// A Beijing wall-clock time as an instant.
pub(super) fn bj(y: i32, m: u32, d: u32, h: u32, mi: u32) -> DateTime<Utc> {
    chrono_tz::Asia::Shanghai
        .with_ymd_and_hms(y, m, d, h, mi, 0)
        .single()
        .expect("a valid Beijing time")
        .with_timezone(&Utc)
}

pub(super) fn china() -> WorkingCalendar {
    WorkingCalendar::china_default().expect("the shipped calendar builds")
}

fn working(budget: Target, cal: &WorkingCalendar, at: DateTime<Utc>) -> Timer {
    let (basis, minutes) = budget.budget(cal);
    Timer::start(basis, minutes, at)
}

#[test]
fn three_working_days_skip_mid_autumn_and_stop_before_national_day() {
    let cal = china();
    // Thursday 24 September 16:00: 2 h that day; 25–27 September off
    // (Mid-Autumn, weekend); Monday 28 and Tuesday 29 full days; 7 h of
    // Wednesday 30 complete the 27 working hours.
    let t = working(
        Target::new(3, Unit::WorkingDays),
        &cal,
        bj(2026, 9, 24, 16, 0),
    );
    assert_eq!(t.budget_minutes, 3 * 540);
    assert_eq!(t.due_at(&cal), Some(bj(2026, 9, 30, 16, 0)));
}

#[test]
fn a_pause_over_national_day_moves_the_deadline_onto_a_make_up_saturday() {
    let cal = china();
    let mut t = working(
        Target::new(3, Unit::WorkingDays),
        &cal,
        bj(2026, 9, 24, 16, 0),
    );
    // Waiting for the customer from Monday 28 September 10:00: 3 h spent.
    assert!(t.pause(&cal, bj(2026, 9, 28, 10, 0)));
    assert_eq!(t.spent_seconds, 3 * 3600);
    assert_eq!(t.state(&cal, bj(2026, 10, 5, 12, 0)), SlaState::Paused);
    assert_eq!(t.due_at(&cal), None);
    // Back on Thursday 8 October 09:00; 24 h left: 8 October, 9 October
    // and 6 h of Saturday 10 October, a make-up workday.
    assert!(t.resume(bj(2026, 10, 8, 9, 0)));
    assert_eq!(t.due_at(&cal), Some(bj(2026, 10, 10, 15, 0)));
}

#[test]
fn one_working_hour_before_spring_festival_ends_on_the_make_up_saturday() {
    let cal = china();
    // Friday 13 February 17:30: half an hour that day, then Saturday
    // 14 February is worked.
    let t = working(
        Target::new(1, Unit::WorkingHours),
        &cal,
        bj(2026, 2, 13, 17, 30),
    );
    assert_eq!(t.due_at(&cal), Some(bj(2026, 2, 14, 9, 30)));
}

#[test]
fn elapsed_hours_ignore_holidays() {
    let cal = china();
    let t = working(Target::new(24, Unit::Hours), &cal, bj(2026, 10, 1, 10, 0));
    assert_eq!(t.basis, Basis::Elapsed);
    assert_eq!(t.due_at(&cal), Some(bj(2026, 10, 2, 10, 0)));
}

#[test]
fn states_move_at_eighty_percent_and_at_the_deadline() {
    let cal = china();
    let start = bj(2026, 1, 5, 9, 0);
    let t = working(Target::new(1, Unit::WorkingHours), &cal, start);
    assert_eq!(t.at_risk_at(&cal), Some(bj(2026, 1, 5, 9, 48)));
    assert_eq!(t.due_at(&cal), Some(bj(2026, 1, 5, 10, 0)));
    let second = Duration::seconds(1);
    assert_eq!(
        t.state(&cal, bj(2026, 1, 5, 9, 48) - second),
        SlaState::OnTrack
    );
    assert_eq!(t.state(&cal, bj(2026, 1, 5, 9, 48)), SlaState::AtRisk);
    assert_eq!(
        t.state(&cal, bj(2026, 1, 5, 10, 0) - second),
        SlaState::AtRisk
    );
    assert_eq!(t.state(&cal, bj(2026, 1, 5, 10, 0)), SlaState::Breached);
    assert_eq!(t.remaining_at(&cal, bj(2026, 1, 5, 9, 30)), 30 * 60);
}

#[test]
fn a_stopped_clock_is_met_or_breached_for_good() {
    let cal = china();
    let start = bj(2026, 1, 5, 9, 0);
    let mut early = working(Target::new(1, Unit::WorkingHours), &cal, start);
    assert!(early.stop(&cal, bj(2026, 1, 5, 9, 59)));
    assert!(!early.stop(&cal, bj(2026, 1, 5, 11, 0)), "stops once");
    assert_eq!(early.state(&cal, bj(2026, 3, 1, 9, 0)), SlaState::Met);
    let mut late = working(Target::new(1, Unit::WorkingHours), &cal, start);
    late.stop(&cal, bj(2026, 1, 5, 10, 1));
    assert_eq!(late.state(&cal, bj(2026, 3, 1, 9, 0)), SlaState::Breached);
}

#[test]
fn a_working_day_on_the_hotline_calendar_is_twenty_four_hours() {
    let cal = WorkingCalendar::always_open();
    let t = working(
        Target::new(1, Unit::WorkingDays),
        &cal,
        bj(2026, 10, 1, 3, 0),
    );
    assert_eq!(t.due_at(&cal), Some(bj(2026, 10, 2, 3, 0)));
}

#[test]
fn rebudget_keeps_the_time_spent() {
    let cal = china();
    let mut t = working(
        Target::new(12, Unit::WorkingHours),
        &cal,
        bj(2026, 1, 5, 9, 0),
    );
    // Raised to urgent at 11:00 (2 h spent): the 2-hour target is due now.
    t.rebudget(&cal, bj(2026, 1, 5, 11, 0), Basis::Working, 120);
    assert_eq!(t.spent_seconds, 7200);
    assert_eq!(t.due_at(&cal), Some(bj(2026, 1, 5, 11, 0)));
    assert_eq!(t.state(&cal, bj(2026, 1, 5, 11, 0)), SlaState::Breached);
}

#[test]
fn the_view_is_the_worst_active_clock() {
    let cal = china();
    let start = bj(2026, 1, 5, 9, 0);
    let fr = working(Target::new(24, Unit::Hours), &cal, start);
    let res = working(Target::new(3, Unit::WorkingDays), &cal, start);
    let step = working(Target::new(1, Unit::WorkingHours), &cal, start);
    let timers = [
        TimerRef {
            kind: ClockKind::FirstResponse,
            timer: &fr,
            calendar: &cal,
        },
        TimerRef {
            kind: ClockKind::Resolution,
            timer: &res,
            calendar: &cal,
        },
        TimerRef {
            kind: ClockKind::Step(Step::Escalation),
            timer: &step,
            calendar: &cal,
        },
    ];
    let v = SlaView::of(&timers, bj(2026, 1, 5, 9, 50));
    assert_eq!(v.state, SlaState::AtRisk);
    assert_eq!(v.current_step, Some(Step::Escalation));
    assert_eq!(v.step_due_at, Some(bj(2026, 1, 5, 10, 0)));
    assert_eq!(v.first_response_due_at, Some(bj(2026, 1, 6, 9, 0)));
    assert_eq!(v.resolution_due_at, Some(bj(2026, 1, 7, 18, 0)));
    assert_eq!(v.remaining_minutes, Some(10));
    assert_eq!(v.next_due_at, Some(bj(2026, 1, 5, 10, 0)));
    let v = SlaView::of(&timers, bj(2026, 1, 5, 10, 30));
    assert_eq!(v.state, SlaState::Breached);
    assert_eq!(v.remaining_minutes, Some(-30));
}

#[test]
fn defaults_follow_the_domain() {
    let cal = china();
    let urgent = Targets::defaults(crate::domain::complaint::Priority::Urgent);
    assert_eq!(urgent.investigation.budget(&cal), (Basis::Working, 120));
    let normal = Targets::defaults(crate::domain::complaint::Priority::Normal);
    assert_eq!(normal.investigation.budget(&cal), (Basis::Working, 720));
    assert_eq!(normal.first_response.budget(&cal), (Basis::Elapsed, 1440));
    assert_eq!(normal.invalid(), None);
    let mut bad = normal;
    bad.callback.value = 0;
    assert_eq!(bad.invalid(), Some("callback"));
    for code in ["met", "paused", "on_track", "at_risk", "breached"] {
        let state = SlaState::from_code(code).expect("known");
        assert_eq!(state.code(), code);
    }
    assert_eq!(SlaState::from_code("late"), None);
    assert!(SlaState::Breached > SlaState::AtRisk && SlaState::OnTrack > SlaState::Paused);
}
