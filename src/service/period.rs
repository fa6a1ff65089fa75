//! A requested reporting period `[from, to)`, validated the same way for
//! every statistic (complaint reports, search analytics).
use crate::error::{AppError, AppResult};
use chrono::{DateTime, Duration, Utc};

/// Longest period one request may cover.
pub const MAX_PERIOD_DAYS: i64 = 366;
/// The period when no start is given: the 30 days before the end.
pub const DEFAULT_PERIOD_DAYS: i64 = 30;

/// A half-open period `[from, to)`.
#[derive(Debug, Clone, Copy)]
pub struct Period {
    pub from: DateTime<Utc>,
    pub to: DateTime<Utc>,
}

impl Period {
    /// Validate a requested period; a missing end is now (inclusive), a
    /// missing start 30 days before the end.
    pub fn new(
        from: Option<DateTime<Utc>>,
        to: Option<DateTime<Utc>>,
        now: DateTime<Utc>,
    ) -> AppResult<Period> {
        // without an end, everything up to now counts, this instant included
        let to = to.unwrap_or(now + Duration::microseconds(1));
        let from = from.unwrap_or(to - Duration::days(DEFAULT_PERIOD_DAYS));
        if from >= to {
            return Err(AppError::bad_input("from", "from must be before to"));
        }
        if to - from > Duration::days(MAX_PERIOD_DAYS) {
            return Err(AppError::bad_input(
                "to",
                format!("the period may span at most {MAX_PERIOD_DAYS} days"),
            ));
        }
        Ok(Period { from, to })
    }
}
