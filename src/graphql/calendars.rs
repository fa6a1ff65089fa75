//! Working calendars, the official holiday years and `workingDeadline`.
//! Resolvers only parse, call one service function and map.
use super::{actor, parse_id, parse_opt_id, services, GqlResult};
use crate::service::calendars::{
    CalendarEdit, CalendarView, Deadline, HolidayView, HolidayYearView, NewCalendar, ShiftText,
    Span,
};
use async_graphql::{Context, Enum, InputObject, Object, Result, SimpleObject, ID};
use chrono::{DateTime, NaiveDate, Utc};

/// A day of the week.
#[derive(Enum, Copy, Clone, Debug, PartialEq, Eq)]
pub enum Weekday {
    Mon,
    Tue,
    Wed,
    Thu,
    Fri,
    Sat,
    Sun,
}

impl From<Weekday> for chrono::Weekday {
    fn from(v: Weekday) -> Self {
        match v {
            Weekday::Mon => chrono::Weekday::Mon,
            Weekday::Tue => chrono::Weekday::Tue,
            Weekday::Wed => chrono::Weekday::Wed,
            Weekday::Thu => chrono::Weekday::Thu,
            Weekday::Fri => chrono::Weekday::Fri,
            Weekday::Sat => chrono::Weekday::Sat,
            Weekday::Sun => chrono::Weekday::Sun,
        }
    }
}

impl From<chrono::Weekday> for Weekday {
    fn from(v: chrono::Weekday) -> Self {
        match v {
            chrono::Weekday::Mon => Weekday::Mon,
            chrono::Weekday::Tue => Weekday::Tue,
            chrono::Weekday::Wed => Weekday::Wed,
            chrono::Weekday::Thu => Weekday::Thu,
            chrono::Weekday::Fri => Weekday::Fri,
            chrono::Weekday::Sat => Weekday::Sat,
            chrono::Weekday::Sun => Weekday::Sun,
        }
    }
}

/// Working hours within a day, on the calendar's wall clock.
#[derive(SimpleObject, InputObject, Clone)]
#[graphql(input_name = "ShiftInput")]
pub struct Shift {
    /// `HH:MM`.
    pub start: String,
    /// `HH:MM`, exclusive; `24:00` is midnight at the end of the day.
    pub end: String,
}

impl From<Shift> for ShiftText {
    fn from(s: Shift) -> Self {
        ShiftText {
            start: s.start,
            end: s.end,
        }
    }
}

/// A working calendar: shifts, weekend days, and whether China's official
/// holidays and make-up workdays (调休) apply.
pub struct Calendar(pub CalendarView);

#[Object]
impl Calendar {
    async fn id(&self) -> ID {
        ID(self.0.id.to_string())
    }
    async fn name(&self) -> &str {
        &self.0.name
    }
    /// Working hours of every working day, in order.
    async fn shifts(&self) -> Vec<Shift> {
        self.0
            .shifts
            .iter()
            .map(|(start, end)| Shift {
                start: start.clone(),
                end: end.clone(),
            })
            .collect()
    }
    /// Days of the week that are off unless a make-up workday says otherwise.
    async fn weekend(&self) -> Vec<Weekday> {
        self.0.weekend.iter().map(|d| (*d).into()).collect()
    }
    async fn official_holidays(&self) -> bool {
        self.0.official_holidays
    }
    /// The calendar of every team without its own.
    async fn is_default(&self) -> bool {
        self.0.is_default
    }
    /// For optimistic concurrency in `updateCalendar`.
    async fn version(&self) -> i32 {
        self.0.version
    }
    /// IANA zone whose wall clock the shifts are read on.
    async fn zone(&self) -> &str {
        &self.0.zone
    }
    /// Teams that follow this calendar explicitly.
    async fn team_ids(&self) -> Vec<ID> {
        self.0.team_ids.iter().map(|t| ID(t.to_string())).collect()
    }
    /// Years of official holiday data that apply (empty without official holidays).
    async fn holiday_years(&self) -> &[i32] {
        &self.0.years
    }
    async fn updated_at(&self) -> DateTime<Utc> {
        self.0.updated_at
    }
}

/// One holiday: days off from `start` to `end` with its make-up workdays.
#[derive(SimpleObject)]
pub struct Holiday {
    pub name: String,
    pub start: NaiveDate,
    /// Inclusive.
    pub end: NaiveDate,
    /// Weekend days worked in exchange (调休).
    pub makeup_workdays: Vec<NaiveDate>,
}

impl From<HolidayView> for Holiday {
    fn from(h: HolidayView) -> Self {
        Holiday {
            name: h.name,
            start: h.start,
            end: h.end,
            makeup_workdays: h.makeup_workdays,
        }
    }
}

/// One year's official holiday arrangement.
#[derive(SimpleObject)]
pub struct HolidayYear {
    pub year: i32,
    /// The notice the data comes from.
    pub source: String,
    pub holidays: Vec<Holiday>,
}

impl From<HolidayYearView> for HolidayYear {
    fn from(y: HolidayYearView) -> Self {
        HolidayYear {
            year: y.year,
            source: y.source,
            holidays: y.holidays.into_iter().map(Holiday::from).collect(),
        }
    }
}

/// A deadline with the calendar it was computed on.
#[derive(SimpleObject)]
pub struct WorkingDeadline {
    pub at: DateTime<Utc>,
    pub calendar_id: ID,
    pub calendar_name: String,
    /// Years the span touches for which the calendar has no official
    /// holiday data: the deadline ignores those years' holidays.
    pub missing_holiday_years: Vec<i32>,
}

impl From<Deadline> for WorkingDeadline {
    fn from(d: Deadline) -> Self {
        WorkingDeadline {
            at: d.at,
            calendar_id: ID(d.calendar_id.to_string()),
            calendar_name: d.calendar_name,
            missing_holiday_years: d.missing_years,
        }
    }
}

#[derive(Default)]
pub struct CalendarQuery;

#[Object]
impl CalendarQuery {
    /// Every working calendar, the default first (any signed-in user).
    async fn calendars(&self, ctx: &Context<'_>) -> Result<Vec<Calendar>> {
        let (a, _) = actor(ctx)?;
        let list = services(ctx).calendars(a).await.gql(ctx)?;
        Ok(list.into_iter().map(Calendar).collect())
    }

    async fn calendar(&self, ctx: &Context<'_>, id: ID) -> Result<Calendar> {
        let (a, _) = actor(ctx)?;
        let id = parse_id("id", &id).gql(ctx)?;
        services(ctx).calendar(a, id).await.map(Calendar).gql(ctx)
    }

    /// The stored official holiday arrangements, oldest year first.
    async fn holiday_years(&self, ctx: &Context<'_>) -> Result<Vec<HolidayYear>> {
        let (a, _) = actor(ctx)?;
        let list = services(ctx).holiday_years(a).await.gql(ctx)?;
        Ok(list.into_iter().map(HolidayYear::from).collect())
    }

    /// The instant `workingDays` working days (ending at the close of the
    /// last one; the day of `from` never counts) or `workingHours` working
    /// hours after `from`, on the team's calendar or the default one. Give
    /// exactly one: 0..=365 days or 0..=2000 hours.
    async fn working_deadline(
        &self,
        ctx: &Context<'_>,
        from: DateTime<Utc>,
        working_days: Option<i32>,
        working_hours: Option<i32>,
        team_id: Option<ID>,
    ) -> Result<DateTime<Utc>> {
        deadline(ctx, from, working_days, working_hours, team_id)
            .await
            .map(|d| d.at)
    }

    /// `workingDeadline` with the calendar used and the years it lacks
    /// official holiday data for (a warning to show with the date).
    async fn working_deadline_details(
        &self,
        ctx: &Context<'_>,
        from: DateTime<Utc>,
        working_days: Option<i32>,
        working_hours: Option<i32>,
        team_id: Option<ID>,
    ) -> Result<WorkingDeadline> {
        deadline(ctx, from, working_days, working_hours, team_id)
            .await
            .map(WorkingDeadline::from)
    }
}

async fn deadline(
    ctx: &Context<'_>,
    from: DateTime<Utc>,
    days: Option<i32>,
    hours: Option<i32>,
    team_id: Option<ID>,
) -> Result<Deadline> {
    let (a, _) = actor(ctx)?;
    let span = Span::parse(days.map(i64::from), hours.map(i64::from)).gql(ctx)?;
    let team = parse_opt_id("teamId", &team_id).gql(ctx)?;
    services(ctx)
        .working_deadline(a, from, span, team)
        .await
        .gql(ctx)
}

/// A new calendar.
#[derive(InputObject)]
pub struct CreateCalendarInput {
    pub name: String,
    pub shifts: Vec<Shift>,
    pub weekend: Vec<Weekday>,
    #[graphql(default = true)]
    pub official_holidays: bool,
}

/// A change to a calendar; fields left out stay as they are.
#[derive(InputObject)]
pub struct UpdateCalendarInput {
    pub id: ID,
    /// The version the change was made against.
    pub version: i32,
    pub name: Option<String>,
    pub shifts: Option<Vec<Shift>>,
    pub weekend: Option<Vec<Weekday>>,
    pub official_holidays: Option<bool>,
}

/// Give a team a calendar; `calendarId: null` returns it to the default.
#[derive(InputObject)]
pub struct SetTeamCalendarInput {
    pub team_id: ID,
    pub calendar_id: Option<ID>,
}

/// One year's arrangement as the JSON file format (see the README).
#[derive(InputObject)]
pub struct ImportHolidayYearInput {
    pub json: String,
}

#[derive(SimpleObject)]
pub struct ImportHolidayYearPayload {
    pub year: HolidayYear,
    /// An earlier arrangement for the same year was replaced.
    pub replaced: bool,
}

#[derive(Default)]
pub struct CalendarMutation;

#[Object]
impl CalendarMutation {
    /// Add a working calendar (`calendar.manage`; audited).
    async fn create_calendar(
        &self,
        ctx: &Context<'_>,
        input: CreateCalendarInput,
    ) -> Result<Calendar> {
        let (a, m) = actor(ctx)?;
        let new = NewCalendar {
            name: input.name,
            shifts: input.shifts.into_iter().map(ShiftText::from).collect(),
            weekend: input.weekend.into_iter().map(Into::into).collect(),
            official_holidays: input.official_holidays,
        };
        services(ctx)
            .create_calendar(a, m, new)
            .await
            .map(Calendar)
            .gql(ctx)
    }

    /// Change a calendar at `version` (`calendar.manage`; audited).
    async fn update_calendar(
        &self,
        ctx: &Context<'_>,
        input: UpdateCalendarInput,
    ) -> Result<Calendar> {
        let (a, m) = actor(ctx)?;
        let id = parse_id("id", &input.id).gql(ctx)?;
        let edit = CalendarEdit {
            name: input.name,
            shifts: input
                .shifts
                .map(|s| s.into_iter().map(ShiftText::from).collect()),
            weekend: input
                .weekend
                .map(|w| w.into_iter().map(Into::into).collect()),
            official_holidays: input.official_holidays,
        };
        services(ctx)
            .update_calendar(a, m, id, input.version, edit)
            .await
            .map(Calendar)
            .gql(ctx)
    }

    /// Set the calendar a team follows; returns it (`calendar.manage`; audited).
    async fn set_team_calendar(
        &self,
        ctx: &Context<'_>,
        input: SetTeamCalendarInput,
    ) -> Result<Calendar> {
        let (a, m) = actor(ctx)?;
        let team = parse_id("teamId", &input.team_id).gql(ctx)?;
        let cal = parse_opt_id("calendarId", &input.calendar_id).gql(ctx)?;
        services(ctx)
            .set_team_calendar(a, m, team, cal)
            .await
            .map(Calendar)
            .gql(ctx)
    }

    /// Import (or replace) one year's official holiday arrangement
    /// (`calendar.manage`; audited).
    async fn import_holiday_year(
        &self,
        ctx: &Context<'_>,
        input: ImportHolidayYearInput,
    ) -> Result<ImportHolidayYearPayload> {
        let (a, m) = actor(ctx)?;
        let done = services(ctx)
            .import_holiday_year(Some(a), m, &input.json)
            .await
            .gql(ctx)?;
        Ok(ImportHolidayYearPayload {
            year: done.year.into(),
            replaced: done.replaced,
        })
    }
}
