//! Limits on tries: at most `limit` tries per fixed `window`, counted per
//! key (an account, a source address, a complaint number).
//!
//! The counter is one row per key in the database (`db::rate_limits`), so
//! every server process shares it; one atomic upsert counts a try and
//! returns the count ([`Count::after_try`] says what the upsert does). This
//! module decides, from a count, whether a try is allowed and until when
//! it is refused. Pure: the caller passes the time.
//!
//! A window starts with its first try and lasts `window`; the first try
//! after it has passed starts a new one. So a key is refused at most until
//! its window's end, however often it keeps trying while refused.
use chrono::{DateTime, TimeDelta, Utc};

/// The policy: `limit` tries per `window`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Limit {
    pub limit: u32,
    pub window: TimeDelta,
}

/// One key's counter: tries counted in the window that started at
/// `window_start`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Count {
    pub hits: i64,
    pub window_start: DateTime<Utc>,
}

impl Count {
    /// The counter after a try at `now` (what the upsert computes): a new
    /// window when the last one has passed, else one more try in it.
    pub fn after_try(previous: Option<Count>, window: TimeDelta, now: DateTime<Utc>) -> Count {
        match previous {
            Some(c) if c.window_start > now - window => Count {
                hits: c.hits + 1,
                window_start: c.window_start,
            },
            _ => Count {
                hits: 1,
                window_start: now,
            },
        }
    }

    /// Whether the window is still running at `now`.
    fn running(&self, policy: Limit, now: DateTime<Utc>) -> bool {
        self.window_start > now - policy.window
    }

    /// Just counted a try: refused (until the window's end) if it went over
    /// the limit.
    pub fn over(&self, policy: Limit, now: DateTime<Utc>) -> Option<DateTime<Utc>> {
        (self.running(policy, now) && self.hits > i64::from(policy.limit))
            .then(|| self.window_start + policy.window)
    }

    /// Before counting: would the next try be refused (the limit used up),
    /// and until when.
    pub fn exhausted(&self, policy: Limit, now: DateTime<Utc>) -> Option<DateTime<Utc>> {
        (self.running(policy, now) && self.hits >= i64::from(policy.limit))
            .then(|| self.window_start + policy.window)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn t(s: i64) -> DateTime<Utc> {
        DateTime::from_timestamp(1_800_000_000 + s, 0).expect("time")
    }

    const TEN: Limit = Limit {
        limit: 10,
        window: TimeDelta::minutes(10),
    };

    #[test]
    fn the_eleventh_try_in_a_window_is_refused_until_it_ends() {
        let mut c = None;
        for i in 0..10 {
            let now = t(i * 30);
            let next = Count::after_try(c, TEN.window, now);
            assert_eq!(next.over(TEN, now), None, "try {i}");
            c = Some(next);
        }
        let last = c.expect("counted");
        assert_eq!(last.exhausted(TEN, t(300)), Some(t(600)));
        let eleventh = Count::after_try(c, TEN.window, t(301));
        assert_eq!(eleventh.over(TEN, t(301)), Some(t(600)));
        // trying on while refused does not move the end
        let again = Count::after_try(Some(eleventh), TEN.window, t(599));
        assert_eq!(again.over(TEN, t(599)), Some(t(600)));
        // at the window's end a new one starts
        let fresh = Count::after_try(Some(again), TEN.window, t(600));
        assert_eq!(
            fresh,
            Count {
                hits: 1,
                window_start: t(600)
            }
        );
        assert_eq!(fresh.over(TEN, t(600)), None);
        assert_eq!(again.exhausted(TEN, t(600)), None);
    }

    proptest! {
        /// Whatever the times of the tries, no window lets more than
        /// `limit` through, and a refusal never outlasts its window.
        #[test]
        fn never_more_than_the_limit_per_window(
            limit in 1u32..6,
            gaps in proptest::collection::vec(0i64..200, 1..80),
        ) {
            let policy = Limit { limit, window: TimeDelta::seconds(300) };
            let mut c = None;
            let mut now = t(0);
            let mut allowed_in: std::collections::HashMap<DateTime<Utc>, u32> = Default::default();
            for g in gaps {
                now += TimeDelta::seconds(g);
                let next = Count::after_try(c, policy.window, now);
                match next.over(policy, now) {
                    None => *allowed_in.entry(next.window_start).or_default() += 1,
                    Some(until) => {
                        prop_assert!(until > now);
                        prop_assert!(until <= now + policy.window);
                    }
                }
                c = Some(next);
            }
            prop_assert!(allowed_in.values().all(|n| *n <= limit));
        }
    }
}
