//! The supervisor's figures (KPIs) and their targets (DOMAIN.md,
//! Monitoring), computed from counts the database aggregates.
//!
//! Over the complaints registered in a period (or one group of them):
//! - `response_timeliness_rate`: first-response clocks met on time among
//!   those decided (met, or breached);
//! - `step_timeout_rate`: step clocks (escalation, investigation, callback)
//!   that breached among those that ended or breached;
//! - `first_contact_resolution_rate`: resolved without going to the expert
//!   team, among the resolved;
//! - `timely_completion_rate`: resolved with no resolution clock breached,
//!   among the resolved;
//! - `satisfaction_average` and its distribution over the recorded scores;
//! - `callback_rate`: callbacks recorded among the resolved;
//! - `repeat_rate`: repeat complaints among all; `reopen_rate`: reopened
//!   among the resolved;
//! - `average_handling_hours`: registration to (first) resolution, elapsed;
//! - `major_count`; `per_ten_thousand_customers` when the customer base is
//!   configured.
//!
//! A rate with nothing to count is `None`, never 0 or 100%.

/// What the database counts for one group.
#[derive(Debug, Clone, Copy, Default, PartialEq)]
pub struct Counts {
    pub volume: i64,
    pub first_responses_decided: i64,
    pub first_responses_on_time: i64,
    pub steps_ended: i64,
    pub steps_breached: i64,
    pub resolved: i64,
    pub resolved_first_contact: i64,
    pub resolved_on_time: i64,
    /// Scores 1 to 5.
    pub satisfaction: [i64; 5],
    pub repeats: i64,
    pub reopened: i64,
    pub handling_hours_total: f64,
    pub major: i64,
}

/// The figures of one group.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Figures {
    pub volume: i64,
    pub response_timeliness_rate: Option<f64>,
    pub step_timeout_rate: Option<f64>,
    pub first_contact_resolution_rate: Option<f64>,
    pub timely_completion_rate: Option<f64>,
    pub satisfaction_average: Option<f64>,
    pub satisfaction_distribution: [i64; 5],
    pub callback_rate: Option<f64>,
    pub repeat_rate: Option<f64>,
    pub reopen_rate: Option<f64>,
    pub average_handling_hours: Option<f64>,
    pub major_count: i64,
    pub per_ten_thousand_customers: Option<f64>,
}

/// `n / d`, or `None` when there is nothing to divide by.
pub fn rate(n: i64, d: i64) -> Option<f64> {
    (d > 0).then(|| n as f64 / d as f64)
}

pub fn figures(c: &Counts, customer_base: Option<i64>) -> Figures {
    let scored: i64 = c.satisfaction.iter().sum();
    let score_sum: i64 = c
        .satisfaction
        .iter()
        .enumerate()
        .map(|(i, n)| (i as i64 + 1) * n)
        .sum();
    Figures {
        volume: c.volume,
        response_timeliness_rate: rate(c.first_responses_on_time, c.first_responses_decided),
        step_timeout_rate: rate(c.steps_breached, c.steps_ended),
        first_contact_resolution_rate: rate(c.resolved_first_contact, c.resolved),
        timely_completion_rate: rate(c.resolved_on_time, c.resolved),
        satisfaction_average: rate(score_sum, scored),
        satisfaction_distribution: c.satisfaction,
        callback_rate: rate(scored, c.resolved),
        repeat_rate: rate(c.repeats, c.volume),
        reopen_rate: rate(c.reopened, c.resolved),
        average_handling_hours: (c.resolved > 0)
            .then(|| c.handling_hours_total / c.resolved as f64),
        major_count: c.major,
        per_ten_thousand_customers: customer_base
            .filter(|b| *b > 0)
            .map(|b| c.volume as f64 * 10_000.0 / b as f64),
    }
}

impl Counts {
    /// Two groups' counts together (the total of a breakdown).
    pub fn plus(mut self, o: &Counts) -> Counts {
        self.volume += o.volume;
        self.first_responses_decided += o.first_responses_decided;
        self.first_responses_on_time += o.first_responses_on_time;
        self.steps_ended += o.steps_ended;
        self.steps_breached += o.steps_breached;
        self.resolved += o.resolved;
        self.resolved_first_contact += o.resolved_first_contact;
        self.resolved_on_time += o.resolved_on_time;
        for i in 0..5 {
            self.satisfaction[i] += o.satisfaction[i];
        }
        self.repeats += o.repeats;
        self.reopened += o.reopened;
        self.handling_hours_total += o.handling_hours_total;
        self.major += o.major;
        self
    }
}

/// Whether a figure meets its target from DOMAIN.md.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Verdict {
    Met,
    Missed,
    /// Below the line that calls for rectification (timely completion < 75%).
    Rectify,
    /// Nothing to judge.
    NoData,
}

/// Targets: response timeliness ≥ 95%, step timeouts ≤ 3%, first-contact
/// resolution ≥ 80%, timely completion ≥ 75% (below it: rectification).
pub fn verdicts(f: &Figures) -> [(&'static str, Verdict); 4] {
    let at_least = |v: Option<f64>, t: f64| match v {
        None => Verdict::NoData,
        Some(x) if x >= t => Verdict::Met,
        Some(_) => Verdict::Missed,
    };
    let timeouts = match f.step_timeout_rate {
        None => Verdict::NoData,
        Some(x) if x <= 0.03 => Verdict::Met,
        Some(_) => Verdict::Missed,
    };
    let completion = match f.timely_completion_rate {
        None => Verdict::NoData,
        Some(x) if x >= 0.75 => Verdict::Met,
        Some(_) => Verdict::Rectify,
    };
    [
        (
            "responseTimelinessRate",
            at_least(f.response_timeliness_rate, 0.95),
        ),
        ("stepTimeoutRate", timeouts),
        (
            "firstContactResolutionRate",
            at_least(f.first_contact_resolution_rate, 0.80),
        ),
        ("timelyCompletionRate", completion),
    ]
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn rates_of_nothing_are_none() {
        let f = figures(&Counts::default(), None);
        assert_eq!(f.response_timeliness_rate, None);
        assert_eq!(f.satisfaction_average, None);
        assert_eq!(f.per_ten_thousand_customers, None);
        assert!(verdicts(&f).iter().all(|(_, v)| *v == Verdict::NoData));
    }

    #[test]
    fn a_worked_example() {
        let c = Counts {
            volume: 10,
            first_responses_decided: 8,
            first_responses_on_time: 7,
            steps_ended: 20,
            steps_breached: 1,
            resolved: 6,
            resolved_first_contact: 3,
            resolved_on_time: 4,
            satisfaction: [1, 0, 0, 2, 2],
            repeats: 2,
            reopened: 1,
            handling_hours_total: 60.0,
            major: 1,
        };
        let f = figures(&c, Some(50_000));
        assert_eq!(f.response_timeliness_rate, Some(0.875));
        assert_eq!(f.step_timeout_rate, Some(0.05));
        assert_eq!(f.first_contact_resolution_rate, Some(0.5));
        assert_eq!(f.timely_completion_rate, Some(4.0 / 6.0));
        // (1 + 4 + 4 + 5 + 5) / 5
        assert_eq!(f.satisfaction_average, Some(3.8));
        assert_eq!(f.callback_rate, Some(5.0 / 6.0));
        assert_eq!(f.average_handling_hours, Some(10.0));
        assert_eq!(f.per_ten_thousand_customers, Some(2.0));
        assert_eq!(
            verdicts(&f).map(|(_, v)| v),
            [
                Verdict::Missed,
                Verdict::Missed,
                Verdict::Missed,
                Verdict::Rectify
            ]
        );
    }

    fn counts() -> impl Strategy<Value = Counts> {
        (
            0i64..100,
            0i64..100,
            0i64..100,
            proptest::array::uniform5(0i64..20),
        )
            .prop_map(|(a, b, c, s)| Counts {
                volume: a + b + c,
                first_responses_decided: a + b,
                first_responses_on_time: a,
                steps_ended: b + c,
                steps_breached: c,
                resolved: b + c,
                resolved_first_contact: b,
                resolved_on_time: c,
                satisfaction: s,
                repeats: a,
                reopened: c,
                handling_hours_total: (b + c) as f64 * 1.5,
                major: b,
            })
    }

    proptest! {
        #[test]
        fn rates_stay_between_zero_and_one(c in counts()) {
            let f = figures(&c, Some(1_000));
            for r in [f.response_timeliness_rate, f.step_timeout_rate, f.first_contact_resolution_rate,
                      f.timely_completion_rate, f.repeat_rate, f.reopen_rate].into_iter().flatten() {
                prop_assert!((0.0..=1.0).contains(&r));
            }
            if let Some(s) = f.satisfaction_average {
                prop_assert!((1.0..=5.0).contains(&s));
            }
        }

        #[test]
        fn a_total_is_the_sum_of_its_groups(a in counts(), b in counts()) {
            let t = a.plus(&b);
            prop_assert_eq!(t.volume, a.volume + b.volume);
            let ft = figures(&t, None);
            // the total's rate lies between the groups' rates
            if let (Some(x), Some(y), Some(z)) = (
                figures(&a, None).first_contact_resolution_rate,
                figures(&b, None).first_contact_resolution_rate,
                ft.first_contact_resolution_rate,
            ) {
                prop_assert!(z >= x.min(y) - 1e-12 && z <= x.max(y) + 1e-12);
            }
        }
    }
}
