//! The sweep: records the clocks whose at-risk or due time has passed, once
//! each, with a timeline event, and refreshes their complaints' queue
//! columns. Run by the scheduler as a recurring job, as the system.
use super::rows::{self, Clock};
use crate::db::entity::{complaint, sla_clock};
use crate::domain::complaint::{EventKind, Status};
use crate::domain::sla::{ClockKind, SlaState};
use crate::error::AppResult;
use crate::service::complaints::timeline::{insert_event, NewEvent};
use crate::service::notifications::{self, NewNotification, NotificationKind};
use crate::service::Services;
use chrono::{DateTime, Utc};
use sea_orm::sea_query::Expr;
use sea_orm::{
    ColumnTrait, Condition, ConnectionTrait, EntityTrait, QueryFilter, QueryOrder, QuerySelect,
};
use std::collections::BTreeSet;

/// Clocks looked at per batch.
pub const SWEEP_BATCH: usize = 500;
const BATCH: u64 = SWEEP_BATCH as u64;

/// One clock the sweep recorded as worse.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Recorded {
    pub complaint_id: i64,
    pub kind: ClockKind,
    pub state: SlaState,
}

/// What one sweep recorded.
#[derive(Debug, Clone, Default)]
pub struct SweepReport {
    pub recorded: Vec<Recorded>,
}

impl Services {
    /// Records every clock that became at risk or breached by now.
    pub async fn sweep_clocks(&self) -> AppResult<SweepReport> {
        let now = self.now();
        let mut report = SweepReport::default();
        loop {
            let tx = self.db.write_tx().await?;
            let before = report.recorded.len();
            let n = self.sweep_batch(&*tx, now, &mut report).await?;
            tx.commit().await?;
            if report.recorded.len() > before {
                self.wake_notifications();
            }
            if n < BATCH as usize {
                return Ok(report);
            }
        }
    }

    /// One batch in the caller's transaction; the number of clocks looked at.
    pub(crate) async fn sweep_batch<C: ConnectionTrait>(
        &self,
        db: &C,
        now: DateTime<Utc>,
        report: &mut SweepReport,
    ) -> AppResult<usize> {
        use sla_clock::Column as K;
        let on_track = SlaState::OnTrack.code();
        let at_risk = SlaState::AtRisk.code();
        let rows = sla_clock::Entity::find()
            .filter(K::Active.eq(true))
            .filter(K::RunningSince.is_not_null())
            .filter(
                Condition::any()
                    .add(
                        Condition::all()
                            .add(K::State.eq(on_track))
                            .add(K::AtRiskAt.lte(now)),
                    )
                    .add(
                        Condition::all()
                            .add(K::State.is_in([on_track, at_risk]))
                            .add(K::DueAt.lte(now)),
                    ),
            )
            .order_by_asc(K::Id)
            .limit(BATCH)
            .all(db)
            .await?;
        let n = rows.len();
        let mut touched = BTreeSet::new();
        for row in rows {
            let calendar = self.clock_calendar(db, row.calendar_id).await?;
            let clock = rows::read(row, calendar)?;
            let live = clock.timer.state(&clock.calendar, now);
            if live <= SlaState::OnTrack || live <= rows::recorded(&clock.row.state)? {
                continue;
            }
            self.record(db, &clock, live, now).await?;
            self.tell_owner(db, &clock, live, now).await?;
            touched.insert(clock.row.complaint_id);
            report.recorded.push(Recorded {
                complaint_id: clock.row.complaint_id,
                kind: clock.kind,
                state: live,
            });
        }
        for id in touched {
            let clocks = self.load_clocks(db, &[id]).await?;
            rows::write_summary(db, id, &clocks).await?;
        }
        Ok(n)
    }

    /// The person whose complaint it is hears of it: the assignee, or while
    /// it is still with the frontline, the agent who registered it.
    async fn tell_owner<C: ConnectionTrait>(
        &self,
        db: &C,
        clock: &Clock,
        state: SlaState,
        now: DateTime<Utc>,
    ) -> AppResult<()> {
        let Some(c) = complaint::Entity::find_by_id(clock.row.complaint_id)
            .one(db)
            .await?
        else {
            return Ok(());
        };
        let owner = c
            .assignee_id
            .or_else(|| (c.status == Status::Accepted.code()).then_some(c.accepted_by_id));
        let Some(owner) = owner else { return Ok(()) };
        let (kind, what) = if state == SlaState::Breached {
            (NotificationKind::SlaBreached, "已超时")
        } else {
            (NotificationKind::SlaAtRisk, "即将超时")
        };
        let clock_name = match clock.kind {
            ClockKind::FirstResponse => "首次响应",
            ClockKind::Resolution => "办结",
            ClockKind::Step(step) => step.label(),
        };
        let due = clock
            .timer
            .due_at(&clock.calendar)
            .map(|d| {
                crate::domain::zone::to_local(d)
                    .format("%m-%d %H:%M")
                    .to_string()
            })
            .unwrap_or_default();
        let n = NewNotification {
            kind,
            title: format!("投诉 {} {clock_name}{what}", c.number),
            body: if due.is_empty() {
                c.title.clone()
            } else {
                format!("{}（时限 {due}）", c.title)
            },
            complaint_id: Some(c.id),
            alert_id: None,
        };
        notifications::notify(db, now, &[owner], n).await
    }

    async fn record<C: ConnectionTrait>(
        &self,
        db: &C,
        clock: &Clock,
        state: SlaState,
        now: DateTime<Utc>,
    ) -> AppResult<()> {
        let mut update = sla_clock::Entity::update_many()
            .col_expr(sla_clock::Column::State, Expr::value(state.code()))
            .filter(sla_clock::Column::Id.eq(clock.row.id));
        let (kind, at) = if state == SlaState::Breached {
            let due = clock.timer.due_at(&clock.calendar).unwrap_or(now);
            update = update.col_expr(sla_clock::Column::BreachedAt, Expr::value(due));
            (EventKind::ClockBreached, due)
        } else {
            let at = clock.timer.at_risk_at(&clock.calendar).unwrap_or(now);
            (EventKind::ClockAtRisk, at)
        };
        update.exec(db).await?;
        let data = serde_json::json!({
            "clock": clock.row.kind, "step": clock.row.step,
            "at": at, "dueAt": clock.timer.due_at(&clock.calendar),
        });
        insert_event(
            db,
            clock.row.complaint_id,
            None,
            NewEvent::internal(kind, data),
            now,
        )
        .await?;
        Ok(())
    }
}
