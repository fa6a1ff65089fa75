//! A sliding-window limit on tries: at most `limit` tries in any `window`.
//! Pure: the caller passes the time and keeps the windows (one per key,
//! e.g. a source address or a complaint number).
//!
//! A refused try is not counted, so a client that keeps trying while
//! refused is let in again `window` after its earliest counted try, not
//! later.
use chrono::{DateTime, TimeDelta, Utc};
use std::collections::VecDeque;

/// The policy: `limit` tries per `window`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Limit {
    pub limit: u32,
    pub window: TimeDelta,
}

/// The counted tries of one key, oldest first (never more than `limit`).
#[derive(Debug, Clone, Default)]
pub struct Window {
    tries: VecDeque<DateTime<Utc>>,
}

impl Window {
    /// Count a try at `now` if the limit allows it; `false` refuses it.
    pub fn try_at(&mut self, policy: Limit, now: DateTime<Utc>) -> bool {
        if self.check(policy, now).is_err() {
            return false;
        }
        self.count(now);
        true
    }

    /// Whether a try at `now` would be allowed, without counting it: `Err`
    /// carries when the next one will be. Forgets the tries that left the
    /// window, so it costs what expired, not what is kept.
    pub fn check(&mut self, policy: Limit, now: DateTime<Utc>) -> Result<(), DateTime<Utc>> {
        let horizon = now - policy.window;
        while self.tries.front().is_some_and(|t| *t <= horizon) {
            self.tries.pop_front();
        }
        let limit = policy.limit as usize;
        if self.tries.len() < limit {
            return Ok(());
        }
        // the oldest of the last `limit` tries leaves the window first
        Err(self.tries[self.tries.len() - limit] + policy.window)
    }

    /// Count a try at `now` (after [`Window::check`] allowed it) and return
    /// the time it was counted at. Times never go backwards here: an earlier
    /// `now` counts as the latest seen.
    pub fn count(&mut self, now: DateTime<Utc>) -> DateTime<Utc> {
        let at = self.tries.back().map_or(now, |last| now.max(*last));
        self.tries.push_back(at);
        at
    }

    /// Take back a try counted at `at` (one that turned out not to count,
    /// e.g. a lookup that succeeded). Counting first and refunding after
    /// keeps the limit exact under concurrent tries.
    pub fn refund(&mut self, at: DateTime<Utc>) {
        if let Some(i) = self.tries.iter().rposition(|t| *t == at) {
            self.tries.remove(i);
        }
    }

    /// No try of this key counts any more at `now` (the key can be dropped).
    pub fn is_idle(&self, policy: Limit, now: DateTime<Utc>) -> bool {
        self.tries.back().is_none_or(|t| *t <= now - policy.window)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn t(s: i64) -> DateTime<Utc> {
        DateTime::<Utc>::UNIX_EPOCH + TimeDelta::seconds(s)
    }

    const TEN_IN_TEN: Limit = Limit {
        limit: 10,
        window: TimeDelta::minutes(10),
    };

    #[test]
    fn the_eleventh_try_in_ten_minutes_is_refused_until_the_first_leaves() {
        let mut w = Window::default();
        for i in 0..10 {
            assert!(w.try_at(TEN_IN_TEN, t(i * 30)), "try {i}");
        }
        assert!(!w.try_at(TEN_IN_TEN, t(300)));
        assert_eq!(w.check(TEN_IN_TEN, t(300)), Err(t(600)));
        assert!(!w.try_at(TEN_IN_TEN, t(599)));
        assert!(w.try_at(TEN_IN_TEN, t(600)));
        assert!(!w.try_at(TEN_IN_TEN, t(601)), "the second try is still in");
        assert!(w.try_at(TEN_IN_TEN, t(630)));
    }

    #[test]
    fn a_refunded_try_frees_its_place() {
        let mut w = Window::default();
        let mut counted = vec![];
        for i in 0..10 {
            assert!(w.check(TEN_IN_TEN, t(i)).is_ok());
            counted.push(w.count(t(i)));
        }
        assert!(w.check(TEN_IN_TEN, t(10)).is_err());
        w.refund(counted[4]);
        assert!(w.try_at(TEN_IN_TEN, t(10)), "the refunded place is free");
        assert!(!w.try_at(TEN_IN_TEN, t(11)));
        // refunding a time never counted changes nothing
        w.refund(t(5_000));
        assert!(!w.try_at(TEN_IN_TEN, t(12)));
    }

    #[test]
    fn idle_once_the_last_try_has_left_the_window() {
        let mut w = Window::default();
        assert!(w.is_idle(TEN_IN_TEN, t(0)));
        w.try_at(TEN_IN_TEN, t(0));
        assert!(!w.is_idle(TEN_IN_TEN, t(599)));
        assert!(w.is_idle(TEN_IN_TEN, t(600)));
    }

    proptest! {
        /// Whatever the pattern of tries, no window of `window` length holds
        /// more than `limit` accepted tries, and a try is refused only when
        /// the window ending at it is full.
        #[test]
        fn never_more_than_the_limit_in_any_window(
            gaps in proptest::collection::vec(0i64..200, 1..120),
            limit in 1u32..12,
        ) {
            let policy = Limit { limit, window: TimeDelta::seconds(600) };
            let mut w = Window::default();
            let mut now = 0;
            let mut accepted: Vec<i64> = vec![];
            for g in gaps {
                now += g;
                let live = accepted.iter().filter(|a| **a > now - 600).count();
                let next = w.check(policy, t(now));
                let ok = w.try_at(policy, t(now));
                prop_assert_eq!(ok, live < limit as usize);
                prop_assert_eq!(next.is_ok(), ok);
                if let Err(at) = next {
                    // the promised time is exactly when the window has room
                    let oldest_live = accepted[accepted.len() - limit as usize];
                    prop_assert_eq!(at, t(oldest_live + 600));
                }
                if ok {
                    accepted.push(now);
                }
            }
            for (i, a) in accepted.iter().enumerate() {
                let inside = accepted[i..].iter().filter(|b| **b < a + 600).count();
                prop_assert!(inside <= limit as usize);
            }
        }
    }
}
