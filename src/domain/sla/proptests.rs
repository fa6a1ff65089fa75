//! Properties of timers on China's 2025–2026 calendar and around the clock.
use super::tests::{bj, china};
use super::*;
use crate::domain::calendar::WorkingCalendar;
use chrono::{DateTime, Duration, Utc};
use proptest::prelude::*;

fn calendar(i: usize) -> WorkingCalendar {
    if i == 0 {
        china()
    } else {
        WorkingCalendar::always_open()
    }
}

/// Any second from June 2025 to February 2027.
fn instant() -> impl Strategy<Value = DateTime<Utc>> {
    let lo = bj(2025, 6, 1, 0, 0);
    (0..(600 * 86_400_i64)).prop_map(move |s| lo + Duration::seconds(s))
}

fn basis() -> impl Strategy<Value = Basis> {
    prop_oneof![Just(Basis::Elapsed), Just(Basis::Working)]
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(512))]

    /// Spent time never decreases, and the state never improves while running.
    #[test]
    fn running_clocks_only_get_worse(
        cal in 0..2usize, basis in basis(), budget in 1..5_000i64,
        start in instant(), a in 0..(30 * 86_400i64), b in 0..(30 * 86_400i64),
    ) {
        let cal = calendar(cal);
        let t = Timer::start(basis, budget, start);
        let (a, b) = (a.min(b), a.max(b));
        let (ta, tb) = (start + Duration::seconds(a), start + Duration::seconds(b));
        prop_assert!(t.spent_at(&cal, ta) <= t.spent_at(&cal, tb));
        prop_assert!(t.state(&cal, ta) <= t.state(&cal, tb));
    }

    /// At the due instant exactly the budget is spent, and it is the first
    /// such instant: one second before, the clock is not breached.
    #[test]
    fn due_at_is_when_the_budget_runs_out(
        cal in 0..2usize, basis in basis(), budget in 1..5_000i64, start in instant(),
    ) {
        let cal = calendar(cal);
        let t = Timer::start(basis, budget, start);
        let due = t.due_at(&cal).expect("running");
        prop_assert_eq!(t.spent_at(&cal, due), budget * 60);
        prop_assert_eq!(t.state(&cal, due), SlaState::Breached);
        prop_assert!(t.state(&cal, due - Duration::seconds(1)) < SlaState::Breached);
        let risk = t.at_risk_at(&cal).expect("running");
        prop_assert!(risk <= due);
        prop_assert!(t.state(&cal, risk) >= SlaState::AtRisk);
    }

    /// Time while paused does not count, however long the pause.
    #[test]
    fn a_pause_costs_nothing(
        cal in 0..2usize, basis in basis(), budget in 1..5_000i64, start in instant(),
        run in 0..(10 * 86_400i64), gap in 0..(60 * 86_400i64), after in 0..(10 * 86_400i64),
    ) {
        let cal = calendar(cal);
        let mut paused = Timer::start(basis, budget, start);
        let p = start + Duration::seconds(run);
        let r = p + Duration::seconds(gap);
        prop_assert!(paused.pause(&cal, p));
        prop_assert!(!paused.pause(&cal, p), "a paused clock does not pause again");
        prop_assert_eq!(paused.spent_at(&cal, r), paused.spent_seconds);
        prop_assert!(paused.resume(r));
        let straight = Timer::start(basis, budget, start);
        let end = r + Duration::seconds(after);
        let expected = straight.spent_at(&cal, p) + (Timer::start(basis, budget, r)).spent_at(&cal, end);
        prop_assert_eq!(paused.spent_at(&cal, end), expected);
        // The deadline moves by at least the working time of the gap.
        let due_paused = paused.due_at(&cal).expect("running");
        let due_straight = straight.due_at(&cal).expect("running");
        prop_assert!(due_paused >= due_straight);
    }

    /// Stored codes round-trip and unknown ones are refused.
    #[test]
    fn clock_kinds_round_trip(i in 0..5usize) {
        let kinds = [
            ClockKind::FirstResponse,
            ClockKind::Resolution,
            ClockKind::Step(Step::Escalation),
            ClockKind::Step(Step::Investigation),
            ClockKind::Step(Step::Callback),
        ];
        let (kind, step) = kinds[i].codes();
        prop_assert_eq!(ClockKind::from_codes(kind, step), Some(kinds[i]));
        prop_assert_eq!(ClockKind::from_codes(kind, Some("lunch")), None);
    }
}

fn any_target() -> impl Strategy<Value = Target> {
    (
        1i64..200,
        proptest::sample::select(vec![Unit::Hours, Unit::WorkingHours, Unit::WorkingDays]),
    )
        .prop_map(|(v, u)| Target::new(v, u))
}

proptest! {
    /// A major complaint's clocks are never looser than the ordinary ones,
    /// and always within the major caps.
    #[test]
    fn major_targets_only_tighten(a in any_target(), b in any_target(), c in any_target(), d in any_target(), e in any_target()) {
        let t = Targets { first_response: a, resolution: b, escalation: c, investigation: d, callback: e };
        let m = t.major();
        let day = 8 * 60;
        let rough = |t: Target| match t.unit {
            Unit::Hours | Unit::WorkingHours => t.value * 60,
            Unit::WorkingDays => t.value * day,
        };
        for (before, after, cap) in [
            (t.first_response, m.first_response, 120),
            (t.resolution, m.resolution, day),
            (t.escalation, m.escalation, 60),
            (t.investigation, m.investigation, 120),
            (t.callback, m.callback, 240),
        ] {
            prop_assert!(rough(after) <= rough(before));
            prop_assert!(rough(after) <= cap);
            prop_assert!(after == before || rough(before) > cap);
        }
        prop_assert_eq!(m.major(), m);
    }
}
