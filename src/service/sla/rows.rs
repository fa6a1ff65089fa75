//! Stored clocks: reading rows into domain timers and writing them back.
use crate::db::entity::{complaint, sla_clock};
use crate::domain::calendar::WorkingCalendar;
use crate::domain::sla::{Basis, ClockKind, SlaState, SlaView, Timer, TimerRef};
use crate::error::{AppError, AppResult};
use chrono::{DateTime, Utc};
use sea_orm::sea_query::Expr;
use sea_orm::ActiveValue::NotSet;
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, QueryOrder, Set,
};
use std::sync::Arc;

/// A stored clock with its domain reading.
#[derive(Debug, Clone)]
pub(super) struct Clock {
    pub row: sla_clock::Model,
    pub kind: ClockKind,
    pub timer: Timer,
    pub calendar: Arc<WorkingCalendar>,
}

fn unknown(what: &str, value: &str) -> AppError {
    AppError::internal_msg(format!("sla_clocks holds an unknown {what} {value:?}"))
}

pub(super) fn read(row: sla_clock::Model, calendar: Arc<WorkingCalendar>) -> AppResult<Clock> {
    let kind = ClockKind::from_codes(&row.kind, row.step.as_deref())
        .ok_or_else(|| unknown("clock kind", &format!("{}/{:?}", row.kind, row.step)))?;
    let basis = Basis::from_code(&row.basis).ok_or_else(|| unknown("basis", &row.basis))?;
    recorded(&row.state)?;
    let timer = Timer {
        basis,
        budget_minutes: i64::from(row.budget_minutes),
        spent_seconds: row.spent_seconds,
        running_since: row.running_since,
        paused_since: row.paused_since,
        stopped_at: row.stopped_at,
    };
    Ok(Clock {
        row,
        kind,
        timer,
        calendar,
    })
}

/// The stored state of a row, checked.
pub(super) fn recorded(code: &str) -> AppResult<SlaState> {
    SlaState::from_code(code).ok_or_else(|| unknown("state", code))
}

/// The state to record for `timer` at `now`, given what was recorded before:
/// never worse than before for a running clock (the sweep records a clock
/// getting worse, with its event), better when the clock improved.
pub(super) fn state_to_record(
    timer: &Timer,
    calendar: &WorkingCalendar,
    now: DateTime<Utc>,
    before: SlaState,
) -> SlaState {
    let live = timer.state(calendar, now);
    if timer.is_stopped() {
        return live;
    }
    if timer.is_paused() {
        return if before == SlaState::Breached {
            SlaState::Breached
        } else {
            SlaState::Paused
        };
    }
    let before = if before >= SlaState::OnTrack {
        before
    } else {
        SlaState::OnTrack
    };
    live.min(before)
}

/// The row of a new clock starting at `now`.
pub(super) fn new_row(
    complaint_id: i64,
    kind: ClockKind,
    timer: &Timer,
    calendar_id: Option<i64>,
    calendar: &WorkingCalendar,
    now: DateTime<Utc>,
) -> sla_clock::ActiveModel {
    let (kind_code, step) = kind.codes();
    let mut am = sla_clock::ActiveModel {
        id: NotSet,
        complaint_id: Set(complaint_id),
        kind: Set(kind_code.into()),
        step: Set(step.map(Into::into)),
        calendar_id: Set(calendar_id),
        started_at: Set(now),
        met_at: Set(None),
        breached_at: Set(None),
        active: Set(true),
        ..Default::default()
    };
    write_timer(
        &mut am,
        timer,
        calendar,
        now,
        SlaState::OnTrack,
        (None, None),
    );
    am
}

/// Copies `timer` into `am` with its timers and the state to record.
pub(super) fn write_timer(
    am: &mut sla_clock::ActiveModel,
    timer: &Timer,
    calendar: &WorkingCalendar,
    now: DateTime<Utc>,
    before: SlaState,
    (due_before, breached_at): (Option<DateTime<Utc>>, Option<DateTime<Utc>>),
) {
    let state = state_to_record(timer, calendar, now, before);
    am.basis = Set(timer.basis.code().into());
    am.budget_minutes = Set(i32::try_from(timer.budget_minutes).unwrap_or(i32::MAX));
    am.spent_seconds = Set(timer.spent_seconds);
    am.running_since = Set(timer.running_since);
    am.paused_since = Set(timer.paused_since);
    am.stopped_at = Set(timer.stopped_at);
    am.due_at = Set(timer.due_at(calendar));
    am.at_risk_at = Set(timer.at_risk_at(calendar));
    am.state = Set(state.code().into());
    if let Some(at) = timer.stopped_at {
        am.active = Set(false);
        if state == SlaState::Met {
            am.met_at = Set(Some(at));
        }
    }
    if state == SlaState::Breached && breached_at.is_none() {
        // when it ran out: the due time last stored, else now
        am.breached_at = Set(Some(timer.due_at(calendar).or(due_before).unwrap_or(now)));
    }
}

/// Saves a changed clock.
pub(super) async fn save<C: ConnectionTrait>(
    db: &C,
    clock: &Clock,
    now: DateTime<Utc>,
) -> AppResult<()> {
    let before = recorded(&clock.row.state)?;
    let mut am: sla_clock::ActiveModel = clock.row.clone().into();
    let known = (clock.row.due_at, clock.row.breached_at);
    write_timer(&mut am, &clock.timer, &clock.calendar, now, before, known);
    am.update(db).await?;
    Ok(())
}

/// Active clocks of a complaint, oldest first (rows only).
pub(super) async fn active_rows<C: ConnectionTrait>(
    db: &C,
    complaint_ids: &[i64],
) -> AppResult<Vec<sla_clock::Model>> {
    Ok(sla_clock::Entity::find()
        .filter(sla_clock::Column::ComplaintId.is_in(complaint_ids.iter().copied()))
        .filter(sla_clock::Column::Active.eq(true))
        .order_by_asc(sla_clock::Column::Id)
        .all(db)
        .await?)
}

/// The queue's columns from the recorded states of the active clocks.
pub(super) fn summary(clocks: &[Clock]) -> AppResult<(Option<SlaState>, Option<DateTime<Utc>>)> {
    if clocks.is_empty() {
        return Ok((Some(SlaState::Met), None));
    }
    let mut state = SlaState::Met;
    let mut due: Option<DateTime<Utc>> = None;
    for c in clocks {
        state = state.max(recorded(&c.row.state)?);
        if let Some(d) = c.row.due_at {
            due = Some(due.map_or(d, |x| x.min(d)));
        }
    }
    Ok((Some(state), due))
}

/// Writes the queue's columns of one complaint (no version bump: the clocks
/// are not the complaint's editable data).
pub(super) async fn write_summary<C: ConnectionTrait>(
    db: &C,
    complaint_id: i64,
    clocks: &[Clock],
) -> AppResult<()> {
    let (state, due) = summary(clocks)?;
    complaint::Entity::update_many()
        .col_expr(
            complaint::Column::SlaState,
            Expr::value(state.map(|s| s.code().to_string())),
        )
        .col_expr(complaint::Column::SlaDueAt, Expr::value(due))
        .filter(complaint::Column::Id.eq(complaint_id))
        .exec(db)
        .await?;
    Ok(())
}

/// The live view of a complaint's active clocks.
pub(super) fn view_of(clocks: &[Clock], now: DateTime<Utc>) -> Option<SlaView> {
    if clocks.is_empty() {
        return None;
    }
    let refs: Vec<TimerRef<'_>> = clocks
        .iter()
        .map(|c| TimerRef {
            kind: c.kind,
            timer: &c.timer,
            calendar: &c.calendar,
        })
        .collect();
    Some(SlaView::of(&refs, now))
}
