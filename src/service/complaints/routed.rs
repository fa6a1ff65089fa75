//! Routing applied to a complaint: on registration (inside its transaction)
//! and on re-categorisation, the decision of `service::routing` places the
//! complaint and is written on its timeline, whether a rule fired or not.
//!
//! With no active rule there is no decision and nothing is recorded.
//!
//! Re-categorisation re-routes only before a person has dispatched the
//! complaint (accepted or escalated); after that the dispatcher's choice
//! stands, and a wrong dispatch is corrected by dispatching again.
use crate::auth::Actor;
use crate::db::entity::complaint;
use crate::domain::complaint::{EventKind, Status};
use crate::error::{AppError, AppResult};
use crate::service::complaints::change::Change;
use crate::service::complaints::edits::assigned_notification;
use crate::service::complaints::timeline::NewEvent;
use crate::service::routing::decide::{decide, facts_of, placement, Decision};
use crate::service::Services;
use sea_orm::sea_query::Expr;
use sea_orm::{ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, Set, TryIntoModel};

/// The timeline entry for a decision (internal, written by the system).
fn routed_event(d: &Decision, trigger: &str) -> NewEvent {
    NewEvent::internal(EventKind::Routed, d.event_data(trigger)).body(Some(d.summary()))
}

/// Statuses in which a new category re-routes the complaint.
fn reroutable(status: &str) -> bool {
    status == Status::Accepted.code() || status == Status::Escalated.code()
}

impl Services {
    /// Route a complaint just inserted in `db`'s transaction: move it, store
    /// the rule's turn, and add the decision (and the assignee's
    /// notification) to the registration's change. Updates `c` in place.
    pub(crate) async fn route_registered<'a, C: ConnectionTrait>(
        &self,
        db: &C,
        actor: &Actor,
        c: &mut complaint::Model,
        change: Change<'a>,
    ) -> AppResult<Change<'a>> {
        let decision = decide(db, &self.routing_rules, &facts_of(db, c).await?, true).await?;
        if decision.is_moot() {
            return Ok(change);
        }
        let mut change = change.also(routed_event(&decision, "registered"));
        if let Some((team, assignee)) = placement(&decision, c.team_id, c.assignee_id) {
            complaint::Entity::update_many()
                .col_expr(complaint::Column::TeamId, Expr::value(team))
                .col_expr(complaint::Column::AssigneeId, Expr::value(assignee))
                .filter(complaint::Column::Id.eq(c.id))
                .exec(db)
                .await?;
            if let Some(uid) = assignee {
                change = change.taking_turn(&decision);
                if let Some((to, n)) = assigned_notification(actor, c, uid) {
                    change = change.notifying(vec![to], n);
                }
            }
            c.team_id = Some(team);
            c.assignee_id = assignee;
        }
        Ok(change)
    }

    /// After an edit set a new category on `am`: route again if the
    /// complaint is still before dispatch, placing it on `am` and adding the
    /// decision to `change`.
    pub(crate) async fn route_recategorised<'a>(
        &self,
        actor: &Actor,
        current: &complaint::Model,
        am: &mut complaint::ActiveModel,
        change: Change<'a>,
    ) -> AppResult<Change<'a>> {
        if !reroutable(&current.status) {
            return Ok(change);
        }
        let next = am.clone().try_into_model().map_err(AppError::internal)?;
        let conn = self.db.conn();
        let decision = decide(
            conn,
            &self.routing_rules,
            &facts_of(conn, &next).await?,
            false,
        )
        .await?;
        if decision.is_moot() {
            return Ok(change);
        }
        let mut change = change.also(routed_event(&decision, "recategorised"));
        if let Some((team, assignee)) = placement(&decision, current.team_id, current.assignee_id) {
            am.team_id = Set(Some(team));
            am.assignee_id = Set(assignee);
            if let Some(uid) = assignee {
                change = change.taking_turn(&decision);
                if let Some((to, n)) = assigned_notification(actor, current, uid) {
                    change = change.notifying(vec![to], n);
                }
            }
        }
        Ok(change)
    }
}
