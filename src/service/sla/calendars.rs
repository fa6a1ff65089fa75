//! The calendar a clock counts on: the team's when the clock starts
//! (`service::calendars`), kept by id on the clock.
use crate::domain::calendar::WorkingCalendar;
use crate::error::{AppResult, ErrorCode};
use crate::service::Services;
use sea_orm::ConnectionTrait;
use std::sync::Arc;

impl Services {
    /// The calendar of `team_id` (its own, else the default) and its id.
    pub(crate) async fn clock_calendar_for_team<C: ConnectionTrait>(
        &self,
        _db: &C,
        team_id: Option<i64>,
    ) -> AppResult<(Option<i64>, Arc<WorkingCalendar>)> {
        let loaded = self.calendar_for_team(team_id).await?;
        Ok((Some(loaded.id), loaded.calendar.clone()))
    }

    /// The calendar a stored clock counts on; the default one for a clock
    /// whose calendar is gone or that never had one.
    pub(crate) async fn clock_calendar<C: ConnectionTrait>(
        &self,
        _db: &C,
        calendar_id: Option<i64>,
    ) -> AppResult<Arc<WorkingCalendar>> {
        let loaded = match calendar_id {
            Some(id) => match self.calendar_by_id(id).await {
                Err(e) if e.code == ErrorCode::NotFound => self.default_calendar().await?,
                other => other?,
            },
            None => self.default_calendar().await?,
        };
        Ok(loaded.calendar.clone())
    }
}
