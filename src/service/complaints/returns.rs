//! 退单: a department handler sends a complaint that should not have come to
//! the department back to the expert team, with a reason; the expert team
//! dispatches it again. It goes back to the team of whoever dispatched it
//! (an expert team), else to the first expert team, unassigned, and the
//! dispatcher is told.
use crate::db::entity::{complaint, complaint_event, user};
use crate::domain::complaint::EventKind;
use crate::error::AppResult;
use crate::service::notifications::{NewNotification, NotificationKind};
use crate::service::Services;
use sea_orm::{ColumnTrait, EntityTrait, QueryFilter, QueryOrder};

/// Where a returned complaint goes.
pub(super) struct ReturnTarget {
    pub team_id: i64,
    pub team_name: String,
    /// Who dispatched it last (to be told), if known.
    pub dispatcher: Option<i64>,
}

impl Services {
    /// The expert team a complaint dispatched to a department goes back to.
    pub(super) async fn returned_to(&self, c: &complaint::Model) -> AppResult<ReturnTarget> {
        let conn = self.db.conn();
        let dispatcher = complaint_event::Entity::find()
            .filter(complaint_event::Column::ComplaintId.eq(c.id))
            .filter(complaint_event::Column::Kind.eq(EventKind::Dispatched.code()))
            .order_by_desc(complaint_event::Column::Id)
            .one(conn)
            .await?
            .and_then(|e| e.actor_id);
        let dispatcher_team = match dispatcher {
            Some(uid) => user::Entity::find_by_id(uid)
                .one(conn)
                .await?
                .and_then(|u| u.team_id),
            None => None,
        };
        let team = match self.expert_team_of(dispatcher_team).await? {
            Some(t) => t,
            None => self.first_expert_team().await?,
        };
        Ok(ReturnTarget {
            team_id: team.id,
            team_name: team.name,
            dispatcher,
        })
    }
}

/// What the dispatcher is told.
pub(super) fn notification(c: &complaint::Model) -> NewNotification {
    NewNotification {
        kind: NotificationKind::Returned,
        title: format!("投诉 {} 被责任部门退回，请重新派单", c.number),
        body: c.title.clone(),
        complaint_id: Some(c.id),
        alert_id: None,
    }
}
