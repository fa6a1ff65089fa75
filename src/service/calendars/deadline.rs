//! `workingDeadline`: N working days or hours from an instant, on a team's
//! calendar (or the default one), and whether the calendar has official
//! holiday data for the years the span touches.
use crate::auth::Actor;
use crate::error::{AppError, AppResult};
use crate::service::Services;
use chrono::{DateTime, Datelike, Utc};

/// Most working days a deadline may be asked for.
pub const MAX_DAYS: i64 = 365;
/// Most working hours a deadline may be asked for.
pub const MAX_HOURS: i64 = 2000;

/// How far a deadline is: exactly one unit.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Span {
    WorkingDays(i64),
    WorkingHours(i64),
}

impl Span {
    /// Exactly one of the two, each within its range (BAD_USER_INPUT,
    /// `INVALID_INPUT` on the offending field, otherwise).
    pub fn parse(days: Option<i64>, hours: Option<i64>) -> AppResult<Span> {
        match (days, hours) {
            (Some(d), None) if (0..=MAX_DAYS).contains(&d) => Ok(Span::WorkingDays(d)),
            (Some(_), None) => Err(AppError::bad_input(
                "workingDays",
                format!("workingDays must be within 0..={MAX_DAYS}"),
            )),
            (None, Some(h)) if (0..=MAX_HOURS).contains(&h) => Ok(Span::WorkingHours(h)),
            (None, Some(_)) => Err(AppError::bad_input(
                "workingHours",
                format!("workingHours must be within 0..={MAX_HOURS}"),
            )),
            _ => Err(AppError::bad_input(
                "workingDays",
                "give exactly one of workingDays and workingHours",
            )),
        }
    }
}

/// A computed deadline with the calendar it was computed on.
#[derive(Debug, Clone)]
pub struct Deadline {
    pub at: DateTime<Utc>,
    pub calendar_id: i64,
    pub calendar_name: String,
    /// Years from `from` to `at` (local) for which the calendar has no
    /// official holiday data: the result may be off by the holidays of
    /// those years. Empty for a calendar without official holidays.
    pub missing_years: Vec<i32>,
}

impl Services {
    /// The deadline `span` after `from` on the calendar of `team_id` (the
    /// default calendar for `None`). Any signed-in user; an unknown team is
    /// BAD_USER_INPUT.
    pub async fn working_deadline(
        &self,
        _actor: &Actor,
        from: DateTime<Utc>,
        span: Span,
        team_id: Option<i64>,
    ) -> AppResult<Deadline> {
        let snapshot = self.calendars_snapshot().await?;
        let cal = match team_id.and_then(|t| snapshot.for_known_team(t)) {
            Some(c) => c.clone(),
            None => self.calendar_for_team(team_id).await?,
        };
        let at = match span {
            Span::WorkingDays(d) => cal.calendar.add_working_days(from, d),
            Span::WorkingHours(h) => cal.calendar.add_working_minutes(from, h * 60),
        };
        let zone = cal.calendar.zone();
        let (first, last) = (
            from.with_timezone(&zone).year(),
            at.with_timezone(&zone).year(),
        );
        // a span of at most 365 working days touches a handful of years;
        // the cap only guards against a calendar that is almost never open
        let missing_years = (first..=last.min(first + 10))
            .filter(|y| !snapshot.covers(&cal, *y))
            .collect();
        Ok(Deadline {
            at,
            calendar_id: cal.id,
            calendar_name: cal.name.clone(),
            missing_years,
        })
    }
}
