//! Creating and editing calendars, and giving a team its calendar. Every
//! change needs `calendar.manage`, is audited in its own transaction and
//! invalidates the calendar cache after the commit. Input is checked in full
//! before anything is written: bad input changes nothing.
use super::views::CalendarView;
use crate::audit::{self, Entry};
use crate::auth::{Actor, RequestMeta};
use crate::db::entity::{calendar, team};
use crate::domain::calendar::{CalendarError, CalendarSpec, Shift, WorkingCalendar};
use crate::domain::permission::Permission;
use crate::error::{AppError, AppResult, Reason};
use crate::service::{required_text, Services};
use chrono::Weekday;
use sea_orm::sea_query::{Expr, ExprTrait};
use sea_orm::{ActiveModelTrait, ActiveValue::NotSet, ColumnTrait, EntityTrait, QueryFilter, Set};

/// A shift as the admin types it: `"09:00"`–`"12:00"`; the end may be `"24:00"`.
#[derive(Debug, Clone)]
pub struct ShiftText {
    pub start: String,
    pub end: String,
}

/// A new calendar.
#[derive(Debug, Clone)]
pub struct NewCalendar {
    pub name: String,
    pub shifts: Vec<ShiftText>,
    pub weekend: Vec<Weekday>,
    pub official_holidays: bool,
}

/// A change to a calendar; `None` leaves a field as it is.
#[derive(Debug, Clone, Default)]
pub struct CalendarEdit {
    pub name: Option<String>,
    pub shifts: Option<Vec<ShiftText>>,
    pub weekend: Option<Vec<Weekday>>,
    pub official_holidays: Option<bool>,
}

/// Parses and orders the shifts, then checks the whole spec.
fn build_spec(
    shifts: &[ShiftText],
    weekend: &[Weekday],
    base: &CalendarSpec,
) -> AppResult<CalendarSpec> {
    if shifts.len() > 12 {
        return Err(AppError::bad_input("shifts", "at most 12 shifts"));
    }
    let mut parsed = Vec::with_capacity(shifts.len());
    for s in shifts {
        let shift: Shift = serde_json::from_value(
            serde_json::json!({ "start": s.start.trim(), "end": s.end.trim() }),
        )
        .map_err(|_| {
            AppError::bad_input(
                "shifts",
                "a shift is two times of day as HH:MM (the end may be 24:00)",
            )
        })?;
        parsed.push(shift);
    }
    // the order the admin typed them in does not matter; overlaps do
    parsed.sort_by_key(|s| s.start);
    let mut weekend = weekend.to_vec();
    weekend.sort_by_key(|d| d.num_days_from_monday());
    weekend.dedup();
    let spec = CalendarSpec {
        shifts: parsed,
        weekend,
        holidays: Default::default(),
        makeup_workdays: Default::default(),
        zone: base.zone,
    };
    WorkingCalendar::new(spec.clone()).map_err(spec_error)?;
    Ok(spec)
}

/// A refused spec as the API error with its reason.
pub(crate) fn spec_error(e: CalendarError) -> AppError {
    match e {
        CalendarError::ShiftsOverlapOrUnsorted { .. } => {
            AppError::because(Reason::ShiftsOverlap, e.to_string()).on_field("shifts")
        }
        CalendarError::NoWorkingWeekday => {
            AppError::because(Reason::NoWorkingWeekday, e.to_string()).on_field("weekend")
        }
        CalendarError::HolidayIsMakeupWorkday(_) | CalendarError::Holidays(_) => {
            AppError::because(Reason::HolidayFileInvalid, e.to_string())
        }
        CalendarError::NoShifts
        | CalendarError::ShiftNotWholeMinutes { .. }
        | CalendarError::EmptyShift { .. } => AppError::bad_input("shifts", e.to_string()),
    }
}

fn spec_json(spec: &CalendarSpec) -> AppResult<String> {
    serde_json::to_string(spec).map_err(AppError::internal)
}

impl Services {
    /// The calendars, default first, then by id.
    pub async fn calendars(&self, _actor: &Actor) -> AppResult<Vec<CalendarView>> {
        let snapshot = self.calendars_snapshot().await?;
        let mut views: Vec<CalendarView> = snapshot
            .all()
            .map(|c| CalendarView::new(c, &snapshot))
            .collect();
        views.sort_by_key(|v| (!v.is_default, v.id));
        Ok(views)
    }

    /// One calendar; NOT_FOUND when there is none.
    pub async fn calendar(&self, _actor: &Actor, id: i64) -> AppResult<CalendarView> {
        let snapshot = self.calendars_snapshot().await?;
        let cal = snapshot
            .by_id(id)
            .ok_or_else(|| AppError::not_found(format!("calendar {id}")))?;
        Ok(CalendarView::new(cal, &snapshot))
    }

    pub async fn create_calendar(
        &self,
        actor: &Actor,
        meta: &RequestMeta,
        input: NewCalendar,
    ) -> AppResult<CalendarView> {
        self.enforce(actor, meta, "calendar.create", Permission::CalendarManage)
            .await?;
        let name = required_text("name", &input.name, 100)?;
        let spec = build_spec(&input.shifts, &input.weekend, &CalendarSpec::office_hours())?;
        let now = self.now();
        let tx = self.db.write_tx().await?;
        if calendar::Entity::find()
            .filter(calendar::Column::Name.eq(&name))
            .one(&*tx)
            .await?
            .is_some()
        {
            return Err(AppError::already_exists(
                "name",
                format!("calendar {name} exists"),
            ));
        }
        let row = calendar::ActiveModel {
            id: NotSet,
            name: Set(name.clone()),
            spec: Set(spec_json(&spec)?),
            official_holidays: Set(input.official_holidays),
            is_default: Set(false),
            version: Set(1),
            created_at: Set(now),
            updated_at: Set(now),
        }
        .insert(&*tx)
        .await?;
        let entry = Entry::new("calendar.create", Some(actor))
            .target("calendar", row.id)
            .detail(serde_json::json!({
                "name": name,
                "spec": spec,
                "officialHolidays": input.official_holidays,
            }));
        audit::record(&tx, meta, now, entry).await?;
        tx.commit().await?;
        self.calendars.invalidate();
        self.calendar(actor, row.id).await
    }

    /// Change a calendar if it is still at `expected_version` (else
    /// CONFLICT/STALE_VERSION); the version goes up by one.
    pub async fn update_calendar(
        &self,
        actor: &Actor,
        meta: &RequestMeta,
        id: i64,
        expected_version: i32,
        edit: CalendarEdit,
    ) -> AppResult<CalendarView> {
        self.enforce(actor, meta, "calendar.update", Permission::CalendarManage)
            .await?;
        let row = calendar::Entity::find_by_id(id)
            .one(self.db.conn())
            .await?
            .ok_or_else(|| AppError::not_found(format!("calendar {id}")))?;
        let old: CalendarSpec = serde_json::from_str(&row.spec).map_err(AppError::internal)?;
        let name = edit
            .name
            .as_deref()
            .map(|n| required_text("name", n, 100))
            .transpose()?;
        let shifts = match &edit.shifts {
            Some(s) => s.clone(),
            None => old
                .shifts
                .iter()
                .map(|s| {
                    let end = if s.end == chrono::NaiveTime::MIN {
                        "24:00".to_string()
                    } else {
                        s.end.format("%H:%M").to_string()
                    };
                    ShiftText {
                        start: s.start.format("%H:%M").to_string(),
                        end,
                    }
                })
                .collect(),
        };
        let weekend = edit.weekend.clone().unwrap_or_else(|| old.weekend.clone());
        let spec = build_spec(&shifts, &weekend, &old)?;
        let official = edit.official_holidays.unwrap_or(row.official_holidays);
        let mut changed = Vec::new();
        if name.as_ref().is_some_and(|n| *n != row.name) {
            changed.push("name");
        }
        if spec.shifts != old.shifts {
            changed.push("shifts");
        }
        if spec.weekend != old.weekend {
            changed.push("weekend");
        }
        if official != row.official_holidays {
            changed.push("officialHolidays");
        }
        let now = self.now();
        let tx = self.db.write_tx().await?;
        if let Some(n) = &name {
            let taken = calendar::Entity::find()
                .filter(calendar::Column::Name.eq(n))
                .filter(calendar::Column::Id.ne(id))
                .one(&*tx)
                .await?;
            if taken.is_some() {
                return Err(AppError::already_exists(
                    "name",
                    format!("calendar {n} exists"),
                ));
            }
        }
        let res = calendar::Entity::update_many()
            .col_expr(
                calendar::Column::Name,
                Expr::value(name.clone().unwrap_or(row.name.clone())),
            )
            .col_expr(calendar::Column::Spec, Expr::value(spec_json(&spec)?))
            .col_expr(calendar::Column::OfficialHolidays, Expr::value(official))
            .col_expr(calendar::Column::UpdatedAt, Expr::value(now))
            .col_expr(
                calendar::Column::Version,
                Expr::col(calendar::Column::Version).add(1),
            )
            .filter(calendar::Column::Id.eq(id))
            .filter(calendar::Column::Version.eq(expected_version))
            .exec(&*tx)
            .await?;
        if res.rows_affected == 0 {
            return Err(AppError::stale_version(format!(
                "calendar {id} changed since version {expected_version}"
            )));
        }
        let entry = Entry::new("calendar.update", Some(actor))
            .target("calendar", id)
            .detail(serde_json::json!({
                "changed": changed,
                "version": expected_version + 1,
                "spec": spec,
                "officialHolidays": official,
            }));
        audit::record(&tx, meta, now, entry).await?;
        tx.commit().await?;
        self.calendars.invalidate();
        self.calendar(actor, id).await
    }

    /// Give a team its own calendar, or `None` for the default one.
    /// Returns the calendar the team now follows.
    pub async fn set_team_calendar(
        &self,
        actor: &Actor,
        meta: &RequestMeta,
        team_id: i64,
        calendar_id: Option<i64>,
    ) -> AppResult<CalendarView> {
        self.enforce(actor, meta, "team.calendar.set", Permission::CalendarManage)
            .await?;
        let t = team::Entity::find_by_id(team_id)
            .one(self.db.conn())
            .await?
            .ok_or_else(|| AppError::bad_input("teamId", "unknown team"))?;
        if let Some(c) = calendar_id {
            calendar::Entity::find_by_id(c)
                .one(self.db.conn())
                .await?
                .ok_or_else(|| AppError::bad_input("calendarId", "unknown calendar"))?;
        }
        let now = self.now();
        let tx = self.db.write_tx().await?;
        team::Entity::update_many()
            .col_expr(team::Column::CalendarId, Expr::value(calendar_id))
            .filter(team::Column::Id.eq(team_id))
            .exec(&*tx)
            .await?;
        let entry = Entry::new("team.calendar.set", Some(actor))
            .target("team", team_id)
            .detail(serde_json::json!({ "from": t.calendar_id, "to": calendar_id }));
        audit::record(&tx, meta, now, entry).await?;
        tx.commit().await?;
        self.calendars.invalidate();
        let snapshot = self.calendars_snapshot().await?;
        let cal = self.calendar_for_team(Some(team_id)).await?;
        Ok(CalendarView::new(&cal, &snapshot))
    }
}
