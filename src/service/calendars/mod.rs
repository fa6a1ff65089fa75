//! Working calendars as stored: the `calendars` rows (shifts, weekend, zone,
//! whether the official holidays apply), the official holiday arrangement
//! per year (`holiday_years`) and each team's calendar (`teams.calendar_id`,
//! `NULL` for the default calendar).
//!
//! The loader ([`for_team`], [`default_calendar`], [`by_id`]) answers from
//! an in-memory [`cache::Snapshot`]; see [`cache`] for when a change made
//! here or in another process becomes visible. The arithmetic itself is
//! `domain::calendar`.
pub mod cache;
pub mod deadline;
pub mod edits;
pub mod seed;
pub mod views;
pub mod years;

pub use cache::{CalendarCache, LoadedCalendar, Snapshot};
pub use deadline::{Deadline, Span};
pub use edits::{CalendarEdit, NewCalendar, ShiftText};
pub use views::{CalendarView, HolidayView, HolidayYearView};
pub use years::Imported;

use crate::db::entity::team;
use crate::domain::calendar::WorkingCalendar;
use crate::error::{AppError, AppResult};
use crate::service::Services;
use sea_orm::EntityTrait;
use std::sync::Arc;

/// The working calendar of a team: its own when `teams.calendar_id` is set,
/// else the default calendar. `None` gives the default calendar. An unknown
/// team is BAD_USER_INPUT (`INVALID_INPUT` on `teamId`).
pub async fn for_team(
    services: &Services,
    team_id: Option<i64>,
) -> AppResult<Arc<WorkingCalendar>> {
    Ok(services.calendar_for_team(team_id).await?.calendar.clone())
}

/// The default calendar.
pub async fn default_calendar(services: &Services) -> AppResult<Arc<WorkingCalendar>> {
    Ok(services.default_calendar().await?.calendar.clone())
}

/// The calendar with this id; NOT_FOUND when there is none.
pub async fn by_id(services: &Services, id: i64) -> AppResult<Arc<WorkingCalendar>> {
    Ok(services.calendar_by_id(id).await?.calendar.clone())
}

impl Services {
    /// The current calendars snapshot (from memory on a hit).
    pub async fn calendars_snapshot(&self) -> AppResult<Arc<Snapshot>> {
        self.calendars.snapshot(self.db.conn(), self.now()).await
    }

    /// [`for_team`] with the calendar's id, name and stored spec.
    pub async fn calendar_for_team(&self, team_id: Option<i64>) -> AppResult<Arc<LoadedCalendar>> {
        let snapshot = self.calendars_snapshot().await?;
        let Some(team_id) = team_id else {
            return Ok(snapshot.default_calendar().clone());
        };
        if let Some(cal) = snapshot.for_known_team(team_id) {
            return Ok(cal.clone());
        }
        // a team created after the snapshot was loaded: answer from its row,
        // and load again next time so that it is known
        let t = team::Entity::find_by_id(team_id)
            .one(self.db.conn())
            .await?
            .ok_or_else(|| AppError::bad_input("teamId", "unknown team"))?;
        self.calendars.invalidate();
        Ok(t.calendar_id
            .and_then(|id| snapshot.by_id(id))
            .unwrap_or_else(|| snapshot.default_calendar())
            .clone())
    }

    /// The default calendar, with its id and name.
    pub async fn default_calendar(&self) -> AppResult<Arc<LoadedCalendar>> {
        Ok(self.calendars_snapshot().await?.default_calendar().clone())
    }

    /// A calendar by id, with its name; NOT_FOUND when there is none.
    pub async fn calendar_by_id(&self, id: i64) -> AppResult<Arc<LoadedCalendar>> {
        self.calendars_snapshot()
            .await?
            .by_id(id)
            .cloned()
            .ok_or_else(|| AppError::not_found(format!("calendar {id}")))
    }

    /// The calendar cache (invalidated after every calendar change).
    pub fn calendar_cache(&self) -> &CalendarCache {
        &self.calendars
    }
}
