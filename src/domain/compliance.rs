//! Compliance alerts (合规预警): rules over the audit trail that tell
//! auditors when someone's access to personal data looks wrong.
//!
//! - `mass_access`: one actor opened or revealed *more than* `threshold`
//!   distinct customers within the window (default 20 in 10 minutes);
//! - `off_hours`: one actor reached personal data outside their working
//!   hours, by their team's working calendar (at least `threshold`
//!   accesses in the window; default 1 in 60 minutes);
//! - `repeated_denials`: one actor was refused *at least* `threshold` times
//!   in the window (default 10 in 10 minutes);
//! - `large_export`: one actor exported *more than* `threshold` rows at
//!   once within the window (default 1,000 in 60 minutes).
//!
//! Episodes, as for the operational alerts: a rule and an actor have at
//! most one open alert. It is raised once when the rule starts to hold,
//! kept (value refreshed) while it holds, acknowledged or not, and cleared
//! once it stops holding; a later breach is a new episode.

/// A compliance rule, by its stored code.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum ComplianceRule {
    MassAccess,
    OffHours,
    RepeatedDenials,
    LargeExport,
}

/// What a rule is set to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct RuleSettings {
    pub enabled: bool,
    pub threshold: i64,
    pub window_minutes: i64,
}

impl ComplianceRule {
    pub const ALL: [ComplianceRule; 4] = [
        ComplianceRule::MassAccess,
        ComplianceRule::OffHours,
        ComplianceRule::RepeatedDenials,
        ComplianceRule::LargeExport,
    ];

    pub fn code(self) -> &'static str {
        match self {
            ComplianceRule::MassAccess => "mass_access",
            ComplianceRule::OffHours => "off_hours",
            ComplianceRule::RepeatedDenials => "repeated_denials",
            ComplianceRule::LargeExport => "large_export",
        }
    }

    pub fn from_code(code: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|r| r.code() == code)
    }

    pub fn defaults(self) -> RuleSettings {
        let (threshold, window_minutes) = match self {
            ComplianceRule::MassAccess => (20, 10),
            ComplianceRule::OffHours => (1, 60),
            ComplianceRule::RepeatedDenials => (10, 10),
            ComplianceRule::LargeExport => (1000, 60),
        };
        RuleSettings {
            enabled: true,
            threshold,
            window_minutes,
        }
    }

    /// Whether `value` measured over the window breaks the rule.
    pub fn holds(self, value: i64, threshold: i64) -> bool {
        match self {
            ComplianceRule::MassAccess | ComplianceRule::LargeExport => value > threshold,
            ComplianceRule::OffHours | ComplianceRule::RepeatedDenials => value >= threshold,
        }
    }

    /// The bounds an administrator may set.
    pub fn check(self, s: RuleSettings) -> Result<(), &'static str> {
        if !(1..=1_000_000).contains(&s.threshold) {
            return Err("threshold must be between 1 and 1,000,000");
        }
        if !(1..=24 * 60).contains(&s.window_minutes) {
            return Err("window must be between 1 minute and 24 hours");
        }
        Ok(())
    }
}

/// What an evaluation does with one rule and actor.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Step {
    /// Holds and nothing is open: a new episode.
    Raise,
    /// Holds and an alert is open: refresh its value.
    Keep,
    /// Stopped holding: close the open alert.
    Clear,
    /// Neither holds nor open.
    Nothing,
}

pub fn step(open: bool, holds: bool) -> Step {
    match (open, holds) {
        (false, true) => Step::Raise,
        (true, true) => Step::Keep,
        (true, false) => Step::Clear,
        (false, false) => Step::Nothing,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn codes_round_trip_and_thresholds_compare_as_documented() {
        for r in ComplianceRule::ALL {
            assert_eq!(ComplianceRule::from_code(r.code()), Some(r));
            assert!(r.check(r.defaults()).is_ok());
        }
        assert!(!ComplianceRule::MassAccess.holds(20, 20));
        assert!(ComplianceRule::MassAccess.holds(21, 20));
        assert!(ComplianceRule::RepeatedDenials.holds(10, 10));
        assert!(ComplianceRule::OffHours.holds(1, 1));
        assert!(ComplianceRule::LargeExport
            .check(RuleSettings {
                enabled: true,
                threshold: 0,
                window_minutes: 5
            })
            .is_err());
    }

    proptest! {
        /// Over any run of evaluations, an episode is raised once per
        /// stretch of holding, and every raise is cleared before the next.
        #[test]
        fn one_raise_per_episode(holding in proptest::collection::vec(any::<bool>(), 1..60)) {
            let mut open = false;
            let mut raises = 0;
            for h in &holding {
                match step(open, *h) {
                    Step::Raise => { raises += 1; open = true; }
                    Step::Clear => open = false,
                    Step::Keep | Step::Nothing => {}
                }
                prop_assert_eq!(open, *h);
            }
            let episodes = holding
                .iter()
                .enumerate()
                .filter(|(i, h)| **h && (*i == 0 || !holding[i - 1]))
                .count();
            prop_assert_eq!(raises, episodes);
        }
    }
}
