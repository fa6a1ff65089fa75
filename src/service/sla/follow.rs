//! Clocks follow the complaint: started at registration, stopped and started
//! as the complaint moves between steps, re-budgeted when its category or
//! priority changes. Runs inside the transaction of the change.
use super::rows::{self, Clock};
use crate::db::entity::{complaint, sla_clock};
use crate::domain::complaint::{EventKind, Priority, Status};
use crate::domain::sla::{ClockKind, Step, Targets, Timer};
use crate::error::AppResult;
use crate::service::complaints::timeline::{insert_event, NewEvent};
use crate::service::complaints::views::stored;
use crate::service::Services;
use chrono::{DateTime, Utc};
use sea_orm::{ActiveModelTrait, ConnectionTrait};

/// What happened to the complaint.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Trigger {
    /// Just registered: the first-response, resolution and escalation clocks start.
    Registered,
    /// A lifecycle step moved it from one status to another.
    Moved { from: Status, to: Status },
    /// The customer was told something for the first time.
    FirstReply,
    /// Its category or priority changed: the running clocks get the new targets.
    Retargeted,
}

impl Services {
    /// Brings the clocks of `m` (as just written in `db`) in line with
    /// `trigger`, records starts and re-arms on the timeline, and refreshes
    /// the queue's columns.
    pub(crate) async fn follow_clocks<C: ConnectionTrait>(
        &self,
        db: &C,
        m: &complaint::Model,
        trigger: Trigger,
        actor_id: Option<i64>,
        now: DateTime<Utc>,
    ) -> AppResult<()> {
        let priority = stored("complaint priority", &m.priority, Priority::from_code)?;
        let mut targets = super::policies::targets_for(db, m.category_id, priority).await?;
        if m.is_major {
            // a major complaint runs on its own, tighter clocks
            targets = targets.major();
        }
        let mut clocks = self.load_clocks(db, &[m.id]).await?;
        let paused = clocks.iter().any(|c| c.timer.is_paused());
        let mut started: Vec<ClockKind> = Vec::new();
        let mut changed: Vec<usize> = Vec::new();
        let stop =
            |clocks: &mut Vec<Clock>, changed: &mut Vec<usize>, f: &dyn Fn(ClockKind) -> bool| {
                for (i, c) in clocks.iter_mut().enumerate() {
                    if f(c.kind) && c.timer.stop(&c.calendar, now) {
                        changed.push(i);
                    }
                }
            };
        match trigger {
            Trigger::Registered => {
                started.extend([ClockKind::FirstResponse, ClockKind::Resolution]);
                started.extend(Step::of(Status::Accepted).map(ClockKind::Step));
            }
            Trigger::Moved { from, to } => {
                if Step::of(from) != Step::of(to) || from == to {
                    stop(&mut clocks, &mut changed, &|k| {
                        matches!(k, ClockKind::Step(_))
                    });
                    started.extend(Step::of(to).map(ClockKind::Step));
                }
                if to == Status::Resolved {
                    stop(&mut clocks, &mut changed, &|k| {
                        matches!(k, ClockKind::Resolution | ClockKind::FirstResponse)
                    });
                }
                if !from.is_open() && to.is_open() {
                    // reopened: a new resolution clock
                    stop(&mut clocks, &mut changed, &|k| k == ClockKind::Resolution);
                    started.push(ClockKind::Resolution);
                }
                if !to.is_open() && to != Status::Resolved {
                    stop(&mut clocks, &mut changed, &|_| true);
                }
            }
            Trigger::FirstReply => {
                stop(&mut clocks, &mut changed, &|k| {
                    k == ClockKind::FirstResponse
                });
            }
            Trigger::Retargeted => {
                for (i, c) in clocks.iter_mut().enumerate() {
                    if c.timer.is_stopped() {
                        continue;
                    }
                    let (basis, budget) = target_of(&targets, c.kind).budget(&c.calendar);
                    if (basis, budget) != (c.timer.basis, c.timer.budget_minutes) {
                        c.timer.rebudget(&c.calendar, now, basis, budget);
                        changed.push(i);
                    }
                }
            }
        }
        changed.sort_unstable();
        changed.dedup();
        for &i in &changed {
            rows::save(db, &clocks[i], now).await?;
        }
        let (calendar_id, calendar) = self.clock_calendar_for_team(db, m.team_id).await?;
        let mut armed = Vec::new();
        for kind in &started {
            let (basis, budget) = target_of(&targets, *kind).budget(&calendar);
            let mut timer = Timer::start(basis, budget, now);
            if paused {
                // a complaint waiting for the customer starts new clocks paused
                timer.pause(&calendar, now);
            }
            let row: sla_clock::Model =
                rows::new_row(m.id, *kind, &timer, calendar_id, &calendar, now)
                    .insert(db)
                    .await?;
            armed.push(serde_json::json!({
                "clock": row.kind, "step": row.step, "dueAt": row.due_at, "paused": paused,
            }));
        }
        let event_kind = match trigger {
            Trigger::Retargeted if !changed.is_empty() => Some(EventKind::ClockRearmed),
            _ if !armed.is_empty() => Some(EventKind::ClockStarted),
            _ => None,
        };
        if let Some(kind) = event_kind {
            let rearmed: Vec<_> = changed
                .iter()
                .filter(|&&i| kind == EventKind::ClockRearmed && !clocks[i].timer.is_stopped())
                .map(|&i| {
                    let c = &clocks[i];
                    serde_json::json!({
                        "clock": c.row.kind, "step": c.row.step,
                        "dueAt": c.timer.due_at(&c.calendar),
                        "budgetMinutes": c.timer.budget_minutes,
                    })
                })
                .collect();
            let data =
                serde_json::json!({ "clocks": if armed.is_empty() { rearmed } else { armed } });
            insert_event(db, m.id, actor_id, NewEvent::internal(kind, data), now).await?;
        }
        let active = self.load_clocks(db, &[m.id]).await?;
        rows::write_summary(db, m.id, &active).await?;
        Ok(())
    }

    /// The active clocks of complaints, read with their calendars.
    pub(super) async fn load_clocks<C: ConnectionTrait>(
        &self,
        db: &C,
        complaint_ids: &[i64],
    ) -> AppResult<Vec<Clock>> {
        let mut out = Vec::new();
        for row in rows::active_rows(db, complaint_ids).await? {
            let calendar = self.clock_calendar(db, row.calendar_id).await?;
            out.push(rows::read(row, calendar)?);
        }
        Ok(out)
    }
}

fn target_of(targets: &Targets, kind: ClockKind) -> crate::domain::sla::Target {
    match kind {
        ClockKind::FirstResponse => targets.first_response,
        ClockKind::Resolution => targets.resolution,
        ClockKind::Step(step) => targets.for_step(step),
    }
}
