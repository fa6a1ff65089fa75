//! The calendars in memory: every calendar compiled once, with the team
//! assignments and the years of official holiday data, in one immutable
//! [`Snapshot`] shared behind an `Arc`.
//!
//! Freshness, the invariant the SLA code relies on:
//! - In this process a change is visible at once: every service function
//!   that writes `calendars`, `holiday_years` or `teams.calendar_id` calls
//!   [`CalendarCache::invalidate`] after its commit. A load that started
//!   before an invalidation is not kept (a generation counter), so a reader
//!   never gets a snapshot older than the last commit it could see.
//! - Another process on the same database (two `kesu serve` on one
//!   PostgreSQL) is noticed by a version check: at most once per
//!   [`RECHECK`] of the service clock, the rows the snapshot was built from
//!   are read again (three small queries: calendars, holiday years, team
//!   assignments) and compared with the ones kept; any difference rebuilds
//!   the snapshot. So another process's change is seen within [`RECHECK`].
//!   The comparison is exact (whole rows), not a hash or a timestamp.
//! - A cache hit costs a read lock and an `Arc` clone: no I/O.
use crate::db::entity::{calendar, holiday_year, team};
use crate::domain::calendar::{CalendarSpec, HolidayYear, WorkingCalendar};
use crate::error::{AppError, AppResult};
use chrono::{DateTime, Utc};
use sea_orm::{ConnectionTrait, EntityTrait, QueryOrder, QuerySelect};
use std::collections::HashMap;
use std::sync::atomic::{AtomicI64, AtomicU64, Ordering};
use std::sync::{Arc, RwLock};

/// How long a snapshot is trusted before the version check against the
/// database (changes made by another process).
pub const RECHECK: chrono::TimeDelta = chrono::TimeDelta::seconds(1);

/// One stored calendar, compiled.
#[derive(Debug)]
pub struct LoadedCalendar {
    pub id: i64,
    pub name: String,
    pub official_holidays: bool,
    pub is_default: bool,
    pub version: i32,
    /// The spec as stored (no holidays: those come from `holiday_years`).
    pub spec: CalendarSpec,
    pub calendar: Arc<WorkingCalendar>,
    pub created_at: DateTime<Utc>,
    pub updated_at: DateTime<Utc>,
}

/// The rows a snapshot is built from, kept to detect other processes' changes.
#[derive(Debug, PartialEq, Eq)]
struct Rows {
    calendars: Vec<calendar::Model>,
    years: Vec<holiday_year::Model>,
    teams: Vec<(i64, Option<i64>)>,
}

/// Every calendar, compiled, with the team assignments.
#[derive(Debug)]
pub struct Snapshot {
    rows: Rows,
    calendars: HashMap<i64, Arc<LoadedCalendar>>,
    /// Calendars in id order.
    order: Vec<i64>,
    default_id: i64,
    /// Every team known at load time, with its calendar (`None`: default).
    teams: HashMap<i64, Option<i64>>,
    /// The official holiday years, parsed, by year.
    years: Vec<HolidayYear>,
}

impl Snapshot {
    /// The calendar with this id.
    pub fn by_id(&self, id: i64) -> Option<&Arc<LoadedCalendar>> {
        self.calendars.get(&id)
    }

    /// The default calendar.
    pub fn default_calendar(&self) -> &Arc<LoadedCalendar> {
        // `build` refuses a snapshot without its default calendar
        &self.calendars[&self.default_id]
    }

    /// The calendar of a team known at load time; `None` for an unknown team.
    pub fn for_known_team(&self, team_id: i64) -> Option<&Arc<LoadedCalendar>> {
        let assigned = self.teams.get(&team_id)?;
        Some(
            assigned
                .and_then(|id| self.calendars.get(&id))
                .unwrap_or_else(|| self.default_calendar()),
        )
    }

    /// Every calendar, in id order.
    pub fn all(&self) -> impl Iterator<Item = &Arc<LoadedCalendar>> {
        self.order.iter().filter_map(|id| self.calendars.get(id))
    }

    /// The stored official holiday years, oldest first.
    pub fn years(&self) -> &[HolidayYear] {
        &self.years
    }

    /// Whether a calendar has holiday data for `year`: always for one
    /// without official holidays, else when that year is stored.
    pub fn covers(&self, cal: &LoadedCalendar, year: i32) -> bool {
        !cal.official_holidays || self.years.iter().any(|y| y.year == year)
    }

    /// Teams assigned to a calendar explicitly (not through the default).
    pub fn teams_of(&self, calendar_id: i64) -> Vec<i64> {
        let mut ids: Vec<i64> = self
            .teams
            .iter()
            .filter(|(_, c)| **c == Some(calendar_id))
            .map(|(t, _)| *t)
            .collect();
        ids.sort_unstable();
        ids
    }

    fn build(rows: Rows) -> AppResult<Snapshot> {
        let mut years = Vec::with_capacity(rows.years.len());
        for row in &rows.years {
            match HolidayYear::parse(&row.data) {
                Ok(y) => years.push(y),
                // imports are validated; a row edited by hand is skipped, not fatal
                Err(e) => {
                    tracing::error!(year = row.year, error = %e, "stored holiday year refused")
                }
            }
        }
        let mut calendars = HashMap::with_capacity(rows.calendars.len());
        let mut order = Vec::with_capacity(rows.calendars.len());
        let mut default_id = None;
        for row in &rows.calendars {
            let loaded = match compile(row, &years) {
                Ok(c) => c,
                Err(e) => {
                    tracing::error!(calendar = row.id, error = %e, "stored calendar refused");
                    continue;
                }
            };
            if row.is_default && default_id.is_none() {
                default_id = Some(row.id);
            }
            order.push(row.id);
            calendars.insert(row.id, Arc::new(loaded));
        }
        let default_id =
            default_id.ok_or_else(|| AppError::internal_msg("no usable default calendar"))?;
        let teams = rows.teams.iter().copied().collect();
        Ok(Snapshot {
            rows,
            calendars,
            order,
            default_id,
            teams,
            years,
        })
    }
}

/// A stored calendar row compiled with the official years.
fn compile(row: &calendar::Model, years: &[HolidayYear]) -> Result<LoadedCalendar, String> {
    let spec: CalendarSpec = serde_json::from_str(&row.spec).map_err(|e| e.to_string())?;
    let mut full = spec.clone();
    if row.official_holidays {
        for y in years {
            full.add_year(y);
        }
    }
    let calendar = WorkingCalendar::new(full).map_err(|e| e.to_string())?;
    Ok(LoadedCalendar {
        id: row.id,
        name: row.name.clone(),
        official_holidays: row.official_holidays,
        is_default: row.is_default,
        version: row.version,
        spec,
        calendar: Arc::new(calendar),
        created_at: row.created_at,
        updated_at: row.updated_at,
    })
}

async fn read_rows<C: ConnectionTrait>(conn: &C) -> AppResult<Rows> {
    let calendars = calendar::Entity::find()
        .order_by_asc(calendar::Column::Id)
        .all(conn)
        .await?;
    let years = holiday_year::Entity::find()
        .order_by_asc(holiday_year::Column::Year)
        .all(conn)
        .await?;
    let teams = team::Entity::find()
        .select_only()
        .column(team::Column::Id)
        .column(team::Column::CalendarId)
        .order_by_asc(team::Column::Id)
        .into_tuple::<(i64, Option<i64>)>()
        .all(conn)
        .await?;
    Ok(Rows {
        calendars,
        years,
        teams,
    })
}

/// The shared cache; one per process (cloned `Services` share it).
#[derive(Debug, Default)]
pub struct CalendarCache {
    current: RwLock<Option<Arc<Snapshot>>>,
    /// Service-clock time (µs) of the last load or version check.
    checked_at: AtomicI64,
    /// Bumped by every invalidation; a load keeps its result only when no
    /// invalidation happened while it read.
    generation: AtomicU64,
    /// One load or version check at a time.
    load: tokio::sync::Mutex<()>,
}

impl CalendarCache {
    /// Forget the snapshot: the next read loads again. Call after the commit
    /// of any change to calendars, holiday years or team calendars.
    pub fn invalidate(&self) {
        self.generation.fetch_add(1, Ordering::SeqCst);
        if let Ok(mut current) = self.current.write() {
            *current = None;
        }
    }

    fn cached(&self) -> Option<Arc<Snapshot>> {
        self.current.read().ok().and_then(|c| c.clone())
    }

    fn fresh(&self, now: DateTime<Utc>) -> bool {
        let checked = self.checked_at.load(Ordering::SeqCst);
        let now = now.timestamp_micros();
        now >= checked && now - checked < RECHECK.num_microseconds().unwrap_or(1_000_000)
    }

    /// The current snapshot: from memory, after a version check when the
    /// last one is older than [`RECHECK`], or loaded. Reads through `conn`,
    /// so a caller inside a transaction needs no second connection.
    pub async fn snapshot<C: ConnectionTrait>(
        &self,
        conn: &C,
        now: DateTime<Utc>,
    ) -> AppResult<Arc<Snapshot>> {
        if let Some(s) = self.cached() {
            if self.fresh(now) {
                return Ok(s);
            }
        }
        let _guard = self.load.lock().await;
        let current = self.cached();
        if let Some(s) = &current {
            if self.fresh(now) {
                return Ok(s.clone());
            }
        }
        let generation = self.generation.load(Ordering::SeqCst);
        let rows = read_rows(conn).await?;
        let snapshot = match current {
            Some(s) if s.rows == rows => s,
            _ => Arc::new(Snapshot::build(rows)?),
        };
        if self.generation.load(Ordering::SeqCst) == generation {
            if let Ok(mut slot) = self.current.write() {
                *slot = Some(snapshot.clone());
            }
            self.checked_at
                .store(now.timestamp_micros(), Ordering::SeqCst);
        }
        Ok(snapshot)
    }
}
