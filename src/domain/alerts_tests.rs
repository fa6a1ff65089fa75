use super::*;
use proptest::prelude::*;

fn settings(kind: RuleKind) -> RuleSettings {
    kind.defaults()
}

#[test]
fn codes_round_trip() {
    for k in RuleKind::ALL {
        assert_eq!(RuleKind::from_code(k.code()), Some(*k));
    }
    for s in AlertState::ALL {
        assert_eq!(AlertState::from_code(s.code()), Some(*s));
    }
    for l in Level::ALL {
        assert_eq!(Level::from_code(l.code()), Some(*l));
    }
    assert_eq!(RuleKind::from_code("surge"), None);
}

#[test]
fn each_rule_has_its_colour() {
    assert_eq!(RuleKind::ResponseTimeliness.level(), Level::Yellow);
    assert_eq!(RuleKind::StepTimeoutRate.level(), Level::Orange);
    assert_eq!(RuleKind::CategorySurge.level(), Level::Red);
}

#[test]
fn defaults_are_valid() {
    for k in RuleKind::ALL {
        assert_eq!(k.validate(&k.defaults()), Ok(()), "{k:?}");
    }
}

#[test]
fn surge_needs_more_than_the_threshold() {
    let s = settings(RuleKind::CategorySurge);
    assert!(!RuleKind::CategorySurge.breaches(&s, Measurement::count(10)));
    assert!(RuleKind::CategorySurge.breaches(&s, Measurement::count(11)));
}

#[test]
fn timeliness_below_threshold_with_enough_samples_breaches() {
    let k = RuleKind::ResponseTimeliness;
    let s = settings(k);
    // 8 of 10 on time: 80% < 90%
    assert!(k.breaches(&s, Measurement::rate(8, 10, 1.0)));
    // 9 of 10: exactly 90% is not below
    assert!(!k.breaches(&s, Measurement::rate(9, 10, 1.0)));
    // 0 of 9: too few samples to say anything
    assert!(!k.breaches(&s, Measurement::rate(0, 9, 1.0)));
    assert!(!k.breaches(&s, Measurement::rate(0, 0, 1.0)));
}

#[test]
fn timeout_rate_above_threshold_with_enough_samples_breaches() {
    let k = RuleKind::StepTimeoutRate;
    let s = settings(k);
    assert!(k.breaches(&s, Measurement::rate(2, 20, 0.0)));
    assert!(
        !k.breaches(&s, Measurement::rate(1, 20, 0.0)),
        "5% is not above 5%"
    );
    assert!(
        !k.breaches(&s, Measurement::rate(19, 19, 0.0)),
        "19 samples < 20"
    );
}

#[test]
fn a_disabled_rule_never_breaches() {
    let k = RuleKind::CategorySurge;
    let s = RuleSettings {
        enabled: false,
        ..k.defaults()
    };
    assert!(!k.breaches(&s, Measurement::count(1_000)));
}

#[test]
fn validation_names_the_field() {
    let with = |k: RuleKind, f: &dyn Fn(&mut RuleSettings)| {
        let mut s = k.defaults();
        f(&mut s);
        k.validate(&s).err().map(|e| e.field)
    };
    let t = RuleKind::ResponseTimeliness;
    assert_eq!(with(t, &|s| s.threshold = 0.0), Some("threshold"));
    assert_eq!(with(t, &|s| s.threshold = 1.5), Some("threshold"));
    assert_eq!(with(t, &|s| s.threshold = f64::NAN), Some("threshold"));
    assert_eq!(with(t, &|s| s.threshold = 1.0), None);
    let o = RuleKind::StepTimeoutRate;
    assert_eq!(with(o, &|s| s.threshold = 1.0), Some("threshold"));
    assert_eq!(with(o, &|s| s.threshold = -0.1), Some("threshold"));
    assert_eq!(with(o, &|s| s.threshold = 0.0), None);
    let r = RuleKind::CategorySurge;
    assert_eq!(with(r, &|s| s.threshold = 10.5), Some("threshold"));
    assert_eq!(with(r, &|s| s.threshold = 0.0), Some("threshold"));
    assert_eq!(with(r, &|s| s.threshold = f64::INFINITY), Some("threshold"));
    assert_eq!(with(r, &|s| s.window_minutes = 4), Some("windowMinutes"));
    assert_eq!(
        with(r, &|s| s.window_minutes = 7 * 24 * 60 + 1),
        Some("windowMinutes")
    );
    assert_eq!(with(r, &|s| s.min_samples = 0), Some("minSamples"));
}

#[test]
fn every_open_state_and_reading_pair_decides() {
    use AlertState::*;
    use Decision::*;
    assert_eq!(decide(None, true), (Raise, Some(Raised)));
    assert_eq!(decide(None, false), (Quiet, None));
    assert_eq!(decide(Some(Raised), true), (Keep, Some(Raised)));
    assert_eq!(decide(Some(Acknowledged), true), (Keep, Some(Acknowledged)));
    assert_eq!(decide(Some(Raised), false), (Clear, None));
    assert_eq!(decide(Some(Acknowledged), false), (Clear, None));
    // a cleared alert is history: a breach after it is a new episode
    assert_eq!(decide(Some(Cleared), true), (Raise, Some(Raised)));
    assert_eq!(decide(Some(Cleared), false), (Quiet, None));
}

#[test]
fn only_a_raised_alert_is_acknowledged() {
    assert_eq!(
        acknowledge(AlertState::Raised),
        Ok(AlertState::Acknowledged)
    );
    assert_eq!(
        acknowledge(AlertState::Acknowledged),
        Err(AckRefused::AlreadyAcknowledged)
    );
    assert_eq!(acknowledge(AlertState::Cleared), Err(AckRefused::Cleared));
}

#[test]
fn scopes_round_trip() {
    for s in [
        Scope::Centre,
        Scope::Step("investigation".into()),
        Scope::Category(12),
    ] {
        assert_eq!(Scope::parse(&s.code()), Some(s.clone()));
    }
    assert_eq!(Scope::Category(12).code(), "category:12");
    assert_eq!(Scope::parse("category:x"), None);
    assert_eq!(Scope::parse("step:"), None);
    assert_eq!(Scope::parse("team:1"), None);
}

/// What happens to one (rule, scope) pair over time.
#[derive(Debug, Clone, Copy)]
enum Event {
    /// An evaluation reading: does the condition hold?
    Reading(bool),
    /// A supervisor acknowledges the newest alert.
    Ack,
}

fn events() -> impl Strategy<Value = Vec<Event>> {
    prop::collection::vec(
        prop_oneof![
            3 => any::<bool>().prop_map(Event::Reading),
            1 => Just(Event::Ack),
        ],
        0..60,
    )
}

/// The alerts table for one pair, as the service would keep it.
#[derive(Default)]
struct History {
    alerts: Vec<AlertState>,
}

impl History {
    fn open(&self) -> Option<AlertState> {
        self.alerts
            .last()
            .copied()
            .filter(|s| *s != AlertState::Cleared)
    }

    fn apply(&mut self, e: Event) -> Option<Decision> {
        match e {
            Event::Reading(holds) => {
                let (d, after) = decide(self.open(), holds);
                match d {
                    Decision::Raise => self.alerts.push(AlertState::Raised),
                    Decision::Clear => {
                        if let Some(last) = self.alerts.last_mut() {
                            *last = AlertState::Cleared;
                        }
                    }
                    Decision::Keep | Decision::Quiet => {}
                }
                assert_eq!(self.open(), after);
                Some(d)
            }
            Event::Ack => {
                if let Some(last) = self.alerts.last_mut() {
                    if let Ok(s) = acknowledge(*last) {
                        *last = s;
                    }
                }
                None
            }
        }
    }
}

proptest! {
    /// One alert per episode: as many alerts as rising edges of the condition,
    /// whatever the acknowledgements in between.
    #[test]
    fn one_alert_per_episode(evs in events()) {
        let mut h = History::default();
        let mut holding = false;
        let mut rising = 0;
        for e in &evs {
            h.apply(*e);
            if let Event::Reading(holds) = e {
                if *holds && !holding {
                    rising += 1;
                }
                holding = *holds;
            }
            // at most one alert of the pair is open, and it is the newest
            let open = h.alerts.iter().filter(|s| **s != AlertState::Cleared).count();
            prop_assert!(open <= 1);
            prop_assert_eq!(open == 1, holding);
            if open == 1 {
                prop_assert_ne!(h.alerts.last().copied(), Some(AlertState::Cleared));
            }
        }
        prop_assert_eq!(h.alerts.len(), rising);
    }

    /// Never raised again while the condition holds: a run of readings that
    /// hold after the first raises nothing and keeps the same alert.
    #[test]
    fn held_conditions_only_keep(n in 1usize..30, acks in prop::collection::vec(any::<bool>(), 30)) {
        let mut h = History::default();
        prop_assert_eq!(h.apply(Event::Reading(true)), Some(Decision::Raise));
        for ack in acks.iter().take(n) {
            if *ack {
                h.apply(Event::Ack);
            }
            prop_assert_eq!(h.apply(Event::Reading(true)), Some(Decision::Keep));
        }
        prop_assert_eq!(h.alerts.len(), 1);
    }

    /// An acknowledged alert stays acknowledged until it clears, and the
    /// next episode starts unacknowledged.
    #[test]
    fn acknowledgement_lasts_until_the_episode_ends(evs in events()) {
        let mut h = History::default();
        for e in &evs {
            let before = h.alerts.clone();
            let d = h.apply(*e);
            for (i, s) in before.iter().enumerate() {
                let now = h.alerts[i];
                match s {
                    AlertState::Acknowledged => prop_assert!(
                        now == AlertState::Acknowledged
                            || (now == AlertState::Cleared && d == Some(Decision::Clear))
                    ),
                    AlertState::Cleared => prop_assert_eq!(now, AlertState::Cleared),
                    AlertState::Raised => {}
                }
            }
            if d == Some(Decision::Raise) {
                prop_assert_eq!(h.alerts.last().copied(), Some(AlertState::Raised));
            }
        }
    }

    /// An acknowledgement changes at most one alert, and only a raised one.
    #[test]
    fn acknowledging_twice_is_refused(evs in events()) {
        let mut h = History::default();
        for e in &evs {
            h.apply(*e);
        }
        if let Some(last) = h.alerts.last().copied() {
            let first = acknowledge(last);
            prop_assert_eq!(first.is_ok(), last == AlertState::Raised);
            if let Ok(s) = first {
                prop_assert!(acknowledge(s).is_err());
            }
        }
    }

    /// Rates below the minimum number of samples never breach.
    #[test]
    fn too_few_samples_never_breach(hits in 0i64..100, extra in 0i64..100, min in 1i32..200) {
        let total = hits + extra;
        for k in [RuleKind::ResponseTimeliness, RuleKind::StepTimeoutRate] {
            let s = RuleSettings { min_samples: min, ..k.defaults() };
            let m = Measurement::rate(hits, total, 0.5);
            if total < i64::from(min) {
                prop_assert!(!k.breaches(&s, m));
            }
            prop_assert!(m.value >= 0.0 && m.value <= 1.0);
        }
    }
}
