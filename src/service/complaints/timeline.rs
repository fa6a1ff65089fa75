//! A complaint's timeline: appending events and reading them back.
use crate::db::entity::complaint_event;
use crate::domain::complaint::{EventKind, Status, Visibility};
use crate::error::AppResult;
use crate::service::complaints::views::EventView;
use crate::service::Services;
use chrono::{DateTime, Utc};
use sea_orm::ActiveValue::NotSet;
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, QueryOrder, Set,
};

/// Append one timeline event.
#[allow(clippy::too_many_arguments)]
pub(crate) async fn insert_event<C: ConnectionTrait>(
    db: &C,
    complaint_id: i64,
    kind: EventKind,
    actor_id: Option<i64>,
    visibility: Visibility,
    (from, to): (Option<Status>, Option<Status>),
    body: Option<String>,
    data: serde_json::Value,
    at: DateTime<Utc>,
) -> AppResult<EventView> {
    let m = complaint_event::ActiveModel {
        id: NotSet,
        complaint_id: Set(complaint_id),
        kind: Set(kind.code().into()),
        actor_id: Set(actor_id),
        visibility: Set(visibility.code().into()),
        from_status: Set(from.map(|s| s.code().into())),
        to_status: Set(to.map(|s| s.code().into())),
        body: Set(body),
        data: Set(data.to_string()),
        created_at: Set(at),
    }
    .insert(db)
    .await?;
    Ok(m.into())
}

impl Services {
    /// Timelines of several complaints (already read through the policy), oldest first.
    pub async fn events_of(&self, ids: &[i64]) -> AppResult<Vec<EventView>> {
        let rows = complaint_event::Entity::find()
            .filter(complaint_event::Column::ComplaintId.is_in(ids.iter().copied()))
            .order_by_asc(complaint_event::Column::Id)
            .all(self.db.conn())
            .await?;
        Ok(rows.into_iter().map(EventView::from).collect())
    }
}
