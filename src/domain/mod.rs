//! Pure rules of the complaint back office: identifiers, the complaint state
//! machine, permissions and built-in roles, masking of personal data, the
//! password policy, complaint numbers, the business time zone and working
//! calendars. Nothing here does I/O or knows the database; time comes in
//! through [`Clock`] or as arguments.

/// A closed set of stable codes with Chinese labels: the enum, `ALL`,
/// `code()`, `label()` and `from_code()` (an unknown code is `None`).
/// Defined before the modules so that each of them can use it.
macro_rules! code_enum {
    ($(#[$meta:meta])* $name:ident { $($variant:ident => $code:literal : $label:literal),* $(,)? }) => {
        $(#[$meta])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
        pub enum $name { $($variant),* }

        impl $name {
            pub const ALL: &'static [$name] = &[$($name::$variant),*];

            /// Stable code stored in the database.
            pub fn code(self) -> &'static str {
                match self { $($name::$variant => $code),* }
            }

            /// Chinese label for people.
            pub fn label(self) -> &'static str {
                match self { $($name::$variant => $label),* }
            }

            pub fn from_code(code: &str) -> Option<Self> {
                match code { $($code => Some($name::$variant),)* _ => None }
            }
        }
    };
}

pub mod alerts;
pub mod approval;
pub mod audit_chain;
pub mod calendar;
pub mod callback;
pub mod complaint;
pub mod compliance;
pub mod customer_timeline;
pub mod ids;
pub mod kpi;
pub mod major;
pub mod masking;
pub mod notification;
pub mod number;
pub mod password;
pub mod permission;
pub mod pii_scrub;
pub mod rate_limit;
pub mod retention;
pub mod routing;
pub mod sla;
pub mod suggest;
pub mod synonym;
pub mod zone;

use chrono::{DateTime, Utc};
use std::sync::atomic::{AtomicI64, Ordering};

/// Source of the current time. Services read time only through a clock so
/// that SLA arithmetic, demo data and tests can control it.
pub trait Clock: Send + Sync + 'static {
    fn now(&self) -> DateTime<Utc>;
}

/// The wall clock.
#[derive(Debug, Default, Clone, Copy)]
pub struct SystemClock;

impl Clock for SystemClock {
    fn now(&self) -> DateTime<Utc> {
        Utc::now()
    }
}

/// A clock that only moves when told to (demo data, tests).
#[derive(Debug)]
pub struct ManualClock {
    micros: AtomicI64,
}

impl ManualClock {
    pub fn new(start: DateTime<Utc>) -> Self {
        Self {
            micros: AtomicI64::new(start.timestamp_micros()),
        }
    }

    pub fn set(&self, at: DateTime<Utc>) {
        self.micros.store(at.timestamp_micros(), Ordering::SeqCst);
    }

    pub fn advance(&self, by: chrono::Duration) {
        let delta = by.num_microseconds().unwrap_or(0);
        self.micros.fetch_add(delta, Ordering::SeqCst);
    }
}

impl Clock for ManualClock {
    fn now(&self) -> DateTime<Utc> {
        DateTime::from_timestamp_micros(self.micros.load(Ordering::SeqCst)).unwrap_or_default()
    }
}
