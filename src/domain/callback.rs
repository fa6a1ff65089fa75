//! The satisfaction callback (回访) after a complaint is resolved.
//!
//! Invariants:
//! - a score of 3 to 5 closes the complaint; 1 or 2 reopens it with the
//!   expert team, unless a supervisor confirms closing it anyway with a
//!   reason;
//! - a customer who cannot be reached is tried again, up to
//!   [`MAX_ATTEMPTS`] failed attempts; the last one closes the complaint as
//!   unreachable.

/// Failed attempts after which a complaint closes as unreachable.
pub const MAX_ATTEMPTS: i32 = 3;

/// What a recorded callback does to the complaint.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Outcome {
    /// Satisfied enough (3–5), or a supervisor confirmed: close it.
    Close,
    /// Unhappy (1–2): reopen it with the expert team, on a new clock.
    Reopen,
}

/// Whether a score is low (1 or 2).
pub fn is_low(score: i32) -> bool {
    score <= 2
}

/// The outcome of a valid score; `confirmed_close` is a supervisor closing a
/// low score anyway.
pub fn outcome(score: i32, confirmed_close: bool) -> Outcome {
    if is_low(score) && !confirmed_close {
        Outcome::Reopen
    } else {
        Outcome::Close
    }
}

/// After the `n`th failed attempt (counting from 1), whether the complaint
/// closes as unreachable.
pub fn gives_up_after(n: i32) -> bool {
    n >= MAX_ATTEMPTS
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn scores_split_at_three() {
        assert_eq!(outcome(1, false), Outcome::Reopen);
        assert_eq!(outcome(2, false), Outcome::Reopen);
        assert_eq!(outcome(3, false), Outcome::Close);
        assert_eq!(outcome(5, false), Outcome::Close);
        assert_eq!(outcome(1, true), Outcome::Close);
    }

    #[test]
    fn the_third_failed_attempt_gives_up() {
        assert!(!gives_up_after(1));
        assert!(!gives_up_after(2));
        assert!(gives_up_after(3));
    }

    proptest! {
        #[test]
        fn only_a_low_score_can_reopen(score in 1i32..=5, confirmed in any::<bool>()) {
            if outcome(score, confirmed) == Outcome::Reopen {
                prop_assert!(is_low(score) && !confirmed);
            }
            // a confirmation changes nothing for a satisfied customer
            if !is_low(score) {
                prop_assert_eq!(outcome(score, true), outcome(score, false));
            }
        }

        #[test]
        fn attempts_end_exactly_at_the_limit(n in 1i32..10) {
            prop_assert_eq!(gives_up_after(n), n >= MAX_ATTEMPTS);
        }
    }
}
