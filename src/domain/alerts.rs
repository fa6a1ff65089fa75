//! Alerts (预警): the three rules of DOMAIN.md and the episode state machine.
//!
//! - **yellow** `response_timeliness`: the share of first responses given on
//!   time, among those answered or falling due in the rolling window, is
//!   *below* the threshold (default 90% over 24 h, at least 10 samples);
//! - **orange** `step_timeout_rate`: for one step (escalation, investigation,
//!   resolution, callback), the share of its clocks that breached, among those
//!   that ended or breached in the window, is *above* the threshold (default
//!   5% over 24 h, at least 20 samples);
//! - **red** `category_surge`: *more than* `threshold` complaints registered
//!   in one category within the window (default 10 in 60 minutes).
//!
//! Invariants: a rule and a scope (the centre, one step, one category) have at
//! most one open alert (an *episode*). It is raised once when the condition
//! starts to hold, kept (its value refreshed) while it holds, whether
//! acknowledged or not, and cleared when it stops holding; a later breach is a
//! new episode. Only a raised alert can be acknowledged, and only once; an
//! acknowledged alert stays acknowledged until it clears. Rates below the
//! minimum number of samples say nothing, so they never hold.

macro_rules! code_enum {
    ($(#[$meta:meta])* $name:ident { $($variant:ident => $code:literal),* $(,)? }) => {
        $(#[$meta])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
        pub enum $name { $($variant),* }

        impl $name {
            pub const ALL: &'static [$name] = &[$($name::$variant),*];

            /// Stable code stored in the database.
            pub fn code(self) -> &'static str {
                match self { $($name::$variant => $code),* }
            }

            pub fn from_code(code: &str) -> Option<Self> {
                match code { $($code => Some($name::$variant),)* _ => None }
            }
        }
    };
}

code_enum!(
    /// An alert's colour, from least to most severe.
    Level { Yellow => "yellow", Orange => "orange", Red => "red" }
);

code_enum!(
    /// What an alert rule measures.
    RuleKind {
        ResponseTimeliness => "response_timeliness",
        StepTimeoutRate => "step_timeout_rate",
        CategorySurge => "category_surge",
    }
);

code_enum!(
    /// Where an alert is in its episode.
    AlertState { Raised => "raised", Acknowledged => "acknowledged", Cleared => "cleared" }
);

/// The steps whose clocks the orange rule watches (`sla_clocks.step`).
pub const STEPS: &[&str] = &["escalation", "investigation", "resolution", "callback"];

/// Bounds of a rule's settings.
pub const MIN_WINDOW_MINUTES: i32 = 5;
pub const MAX_WINDOW_MINUTES: i32 = 7 * 24 * 60;
pub const MAX_MIN_SAMPLES: i32 = 100_000;
pub const MAX_SURGE_THRESHOLD: f64 = 100_000.0;

/// A rule's editable settings.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct RuleSettings {
    /// A fraction (0..=1) for the rates, a number of complaints for a surge.
    pub threshold: f64,
    pub window_minutes: i32,
    pub min_samples: i32,
    pub enabled: bool,
}

/// A settings value out of bounds: the input field and why.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct InvalidSetting {
    pub field: &'static str,
    pub message: String,
}

impl RuleKind {
    pub fn level(self) -> Level {
        match self {
            RuleKind::ResponseTimeliness => Level::Yellow,
            RuleKind::StepTimeoutRate => Level::Orange,
            RuleKind::CategorySurge => Level::Red,
        }
    }

    /// The defaults of DOMAIN.md, seeded at start-up.
    pub fn defaults(self) -> RuleSettings {
        let (threshold, window_minutes, min_samples) = match self {
            RuleKind::ResponseTimeliness => (0.90, 24 * 60, 10),
            RuleKind::StepTimeoutRate => (0.05, 24 * 60, 20),
            RuleKind::CategorySurge => (10.0, 60, 1),
        };
        RuleSettings {
            threshold,
            window_minutes,
            min_samples,
            enabled: true,
        }
    }

    /// Whether the threshold is a fraction (shown as a percentage).
    pub fn is_rate(self) -> bool {
        self != RuleKind::CategorySurge
    }

    /// Check settings before they are stored.
    pub fn validate(self, s: &RuleSettings) -> Result<(), InvalidSetting> {
        let bad = |field, message: String| Err(InvalidSetting { field, message });
        let t = s.threshold;
        match self {
            _ if !t.is_finite() => return bad("threshold", "threshold must be a number".into()),
            RuleKind::ResponseTimeliness if !(t > 0.0 && t <= 1.0) => {
                return bad(
                    "threshold",
                    "the timeliness threshold is a fraction above 0 and at most 1".into(),
                )
            }
            RuleKind::StepTimeoutRate if !(0.0..1.0).contains(&t) => {
                return bad(
                    "threshold",
                    "the timeout-rate threshold is a fraction from 0 to below 1".into(),
                )
            }
            RuleKind::CategorySurge
                if t.fract() != 0.0 || !(1.0..=MAX_SURGE_THRESHOLD).contains(&t) =>
            {
                return bad(
                    "threshold",
                    format!(
                        "the surge threshold is a whole number from 1 to {MAX_SURGE_THRESHOLD}"
                    ),
                )
            }
            _ => {}
        }
        if !(MIN_WINDOW_MINUTES..=MAX_WINDOW_MINUTES).contains(&s.window_minutes) {
            return bad(
                "windowMinutes",
                format!("the window is {MIN_WINDOW_MINUTES} to {MAX_WINDOW_MINUTES} minutes"),
            );
        }
        if !(1..=MAX_MIN_SAMPLES).contains(&s.min_samples) {
            return bad(
                "minSamples",
                format!("the minimum number of samples is 1 to {MAX_MIN_SAMPLES}"),
            );
        }
        Ok(())
    }

    /// Whether a measurement breaches the rule (the condition holds).
    pub fn breaches(self, s: &RuleSettings, m: Measurement) -> bool {
        if !s.enabled {
            return false;
        }
        match self {
            RuleKind::ResponseTimeliness => {
                m.samples >= i64::from(s.min_samples) && m.value < s.threshold
            }
            RuleKind::StepTimeoutRate => {
                m.samples >= i64::from(s.min_samples) && m.value > s.threshold
            }
            RuleKind::CategorySurge => m.value > s.threshold,
        }
    }
}

/// One rule's reading for one scope: a rate (0..=1) with the number of
/// samples it was computed from, or a count (value = samples).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Measurement {
    pub value: f64,
    pub samples: i64,
}

impl Measurement {
    /// `hits` of `total` as a rate; an empty population reads as 1 (all well)
    /// for timeliness and 0 for timeouts, with no samples either way.
    pub fn rate(hits: i64, total: i64, empty: f64) -> Measurement {
        let value = if total > 0 {
            hits as f64 / total as f64
        } else {
            empty
        };
        Measurement {
            value,
            samples: total,
        }
    }

    pub fn count(n: i64) -> Measurement {
        Measurement {
            value: n as f64,
            samples: n,
        }
    }
}

/// What an evaluation does to the (rule, scope) pair.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Decision {
    /// The condition starts to hold: open a new episode.
    Raise,
    /// It still holds: refresh the open alert's value, keep its state.
    Keep,
    /// It no longer holds: end the episode.
    Clear,
    /// It does not hold and nothing is open.
    Quiet,
}

/// The episode step: `open` is the state of the open alert for the pair (a
/// cleared one is not open). Returns the decision and the open state after it.
pub fn decide(open: Option<AlertState>, breaching: bool) -> (Decision, Option<AlertState>) {
    let open = open.filter(|s| *s != AlertState::Cleared);
    match (open, breaching) {
        (None, true) => (Decision::Raise, Some(AlertState::Raised)),
        (Some(s), true) => (Decision::Keep, Some(s)),
        (Some(_), false) => (Decision::Clear, None),
        (None, false) => (Decision::Quiet, None),
    }
}

/// Why an alert cannot be acknowledged.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum AckRefused {
    AlreadyAcknowledged,
    Cleared,
}

/// Acknowledge an alert: only a raised one, once.
pub fn acknowledge(state: AlertState) -> Result<AlertState, AckRefused> {
    match state {
        AlertState::Raised => Ok(AlertState::Acknowledged),
        AlertState::Acknowledged => Err(AckRefused::AlreadyAcknowledged),
        AlertState::Cleared => Err(AckRefused::Cleared),
    }
}

/// What an alert is about, stored as `alerts.scope`.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Scope {
    /// The whole centre (yellow).
    Centre,
    /// One step's clocks (orange).
    Step(String),
    /// One complaint category (red).
    Category(i64),
}

impl Scope {
    pub fn code(&self) -> String {
        match self {
            Scope::Centre => "centre".into(),
            Scope::Step(s) => format!("step:{s}"),
            Scope::Category(c) => format!("category:{c}"),
        }
    }

    pub fn parse(s: &str) -> Option<Scope> {
        if s == "centre" {
            return Some(Scope::Centre);
        }
        if let Some(step) = s.strip_prefix("step:") {
            return (!step.is_empty()).then(|| Scope::Step(step.to_string()));
        }
        s.strip_prefix("category:")?
            .parse()
            .ok()
            .map(Scope::Category)
    }

    pub fn category_id(&self) -> Option<i64> {
        match self {
            Scope::Category(c) => Some(*c),
            _ => None,
        }
    }

    pub fn step(&self) -> Option<&str> {
        match self {
            Scope::Step(s) => Some(s),
            _ => None,
        }
    }
}

#[cfg(test)]
#[path = "alerts_tests.rs"]
mod tests;
