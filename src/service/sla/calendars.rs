//! The calendar a clock counts on: the team's when the clock starts
//! (`service::calendars`), kept by id on the clock. Read through the
//! caller's connection: the clocks move inside the change's transaction,
//! which must not wait for a second connection from the pool.
use crate::db::entity::team;
use crate::domain::calendar::WorkingCalendar;
use crate::error::AppResult;
use crate::service::Services;
use sea_orm::{ConnectionTrait, EntityTrait};
use std::sync::Arc;

impl Services {
    /// The calendar of `team_id` (its own, else the default) and its id.
    pub(crate) async fn clock_calendar_for_team<C: ConnectionTrait>(
        &self,
        db: &C,
        team_id: Option<i64>,
    ) -> AppResult<(Option<i64>, Arc<WorkingCalendar>)> {
        let snapshot = self.calendars.snapshot(db, self.now()).await?;
        let loaded = match team_id {
            None => snapshot.default_calendar().clone(),
            Some(id) => match snapshot.for_known_team(id) {
                Some(cal) => cal.clone(),
                None => {
                    // a team newer than the snapshot: its row says
                    let own = team::Entity::find_by_id(id)
                        .one(db)
                        .await?
                        .and_then(|t| t.calendar_id)
                        .and_then(|c| snapshot.by_id(c).cloned());
                    own.unwrap_or_else(|| snapshot.default_calendar().clone())
                }
            },
        };
        Ok((Some(loaded.id), loaded.calendar.clone()))
    }

    /// The calendar a stored clock counts on; the default one for a clock
    /// whose calendar is gone or that never had one.
    pub(crate) async fn clock_calendar<C: ConnectionTrait>(
        &self,
        db: &C,
        calendar_id: Option<i64>,
    ) -> AppResult<Arc<WorkingCalendar>> {
        let snapshot = self.calendars.snapshot(db, self.now()).await?;
        let loaded = calendar_id
            .and_then(|id| snapshot.by_id(id))
            .unwrap_or_else(|| snapshot.default_calendar());
        Ok(loaded.calendar.clone())
    }
}
