//! A complaint's timeline: appending events and reading them back.
use crate::auth::policy::ReadToken;
use crate::auth::{Actor, RequestMeta};
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

/// A timeline event to append with [`insert_event`].
#[derive(Debug, Clone)]
pub(crate) struct NewEvent {
    pub kind: EventKind,
    pub visibility: Visibility,
    pub from: Option<Status>,
    pub to: Option<Status>,
    pub body: Option<String>,
    pub data: serde_json::Value,
}

impl NewEvent {
    /// An internal event without a status change or body.
    pub fn internal(kind: EventKind, data: serde_json::Value) -> Self {
        NewEvent {
            kind,
            visibility: Visibility::Internal,
            from: None,
            to: None,
            body: None,
            data,
        }
    }

    pub fn visible_to(mut self, visibility: Visibility) -> Self {
        self.visibility = visibility;
        self
    }

    pub fn statuses(mut self, from: Option<Status>, to: Option<Status>) -> Self {
        self.from = from;
        self.to = to;
        self
    }

    pub fn body(mut self, body: Option<String>) -> Self {
        self.body = body;
        self
    }
}

/// Append one timeline event by `actor_id` at `at`.
pub(crate) async fn insert_event<C: ConnectionTrait>(
    db: &C,
    complaint_id: i64,
    actor_id: Option<i64>,
    event: NewEvent,
    at: DateTime<Utc>,
) -> AppResult<EventView> {
    let m = complaint_event::ActiveModel {
        id: NotSet,
        complaint_id: Set(complaint_id),
        kind: Set(event.kind.code().into()),
        actor_id: Set(actor_id),
        visibility: Set(event.visibility.code().into()),
        from_status: Set(event.from.map(|s| s.code().into())),
        to_status: Set(event.to.map(|s| s.code().into())),
        body: Set(event.body),
        data: Set(event.data.to_string()),
        created_at: Set(at),
    }
    .insert(db)
    .await?;
    EventView::try_from(m)
}

impl Services {
    /// Timelines of complaints the read policy let the actor see, oldest
    /// first. Each is a detail read, recorded before it is returned.
    pub async fn events_of(
        &self,
        actor: &Actor,
        meta: &RequestMeta,
        tokens: &[ReadToken],
    ) -> AppResult<Vec<EventView>> {
        let ids: Vec<i64> = tokens
            .iter()
            .filter(|t| t.reads_detail())
            .map(|t| t.complaint().0)
            .collect();
        let rows = complaint_event::Entity::find()
            .filter(complaint_event::Column::ComplaintId.is_in(ids))
            .order_by_asc(complaint_event::Column::Id)
            .all(self.db.conn())
            .await?;
        let events = rows
            .into_iter()
            .map(EventView::try_from)
            .collect::<AppResult<Vec<_>>>()?;
        self.record_detail_reads(actor, meta, tokens).await?;
        Ok(events)
    }
}
