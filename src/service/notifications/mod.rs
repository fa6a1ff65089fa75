//! Notifications: stored per user, written by other use cases inside their
//! own transaction with [`notify`], read and marked read by their recipient,
//! and pushed live by the broker (`broker.rs`) once they are committed.
//!
//! Delivery never sends an uncommitted row and never loses one: `notify`
//! only inserts rows; the broker reads rows that are visible (hence
//! committed) in the database, gap-safely (`search::tail`), after a wake-up
//! (the change helper wakes it after its commit) or at the latest after
//! [`broker::POLL`] (rows written by another process on the same database,
//! or by a caller that did not wake it). A caller cannot forget anything
//! that would lose a notification: at worst it is pushed one poll later.
pub mod broker;
mod recipients;

pub use crate::domain::notification::NotificationKind;
pub use broker::{NotificationEvent, NotificationHub};
pub use recipients::{recipients_with_permission, recipients_with_role};

use crate::auth::Actor;
use crate::db::entity::notification;
use crate::error::{AppError, AppResult};
use crate::service::page::{id_page, Page};
use crate::service::Services;
use chrono::{DateTime, Utc};
use sea_orm::sea_query::Expr;
use sea_orm::{
    ColumnTrait, ConnectionTrait, EntityTrait, PaginatorTrait, QueryFilter, QuerySelect, Set,
};

/// Longest title kept (the column's size).
pub const MAX_TITLE: usize = 200;
/// Longest body kept.
pub const MAX_BODY: usize = 2000;
/// Most ids one `markNotificationsRead` may name.
pub const MAX_MARK: usize = 500;

/// A notification to write for some recipients.
#[derive(Debug, Clone)]
pub struct NewNotification {
    pub kind: NotificationKind,
    pub title: String,
    pub body: String,
    pub complaint_id: Option<i64>,
    pub alert_id: Option<i64>,
}

/// A stored notification as its recipient sees it.
#[derive(Debug, Clone, PartialEq)]
pub struct NotificationView {
    pub id: i64,
    pub kind: NotificationKind,
    pub title: String,
    pub body: String,
    pub complaint_id: Option<i64>,
    pub alert_id: Option<i64>,
    pub created_at: DateTime<Utc>,
    pub read_at: Option<DateTime<Utc>>,
}

impl TryFrom<notification::Model> for NotificationView {
    type Error = AppError;
    fn try_from(m: notification::Model) -> AppResult<Self> {
        let kind = NotificationKind::from_code(&m.kind).ok_or_else(|| {
            AppError::internal_msg(format!(
                "notification {} has unknown kind {:?}",
                m.id, m.kind
            ))
        })?;
        Ok(NotificationView {
            id: m.id,
            kind,
            title: m.title,
            body: m.body,
            complaint_id: m.complaint_id,
            alert_id: m.alert_id,
            created_at: m.created_at,
            read_at: m.read_at,
        })
    }
}

fn clip(s: &str, max: usize) -> String {
    s.trim().chars().take(max).collect()
}

/// Write one notification per recipient in the caller's transaction `txn`
/// (duplicates in `recipients` get one). Nothing is pushed now: the broker
/// pushes the rows once they are committed, so a rolled-back change notifies
/// nobody. Titles and bodies longer than the limits are cut.
pub async fn notify(
    txn: &impl ConnectionTrait,
    now: DateTime<Utc>,
    recipients: &[i64],
    n: NewNotification,
) -> AppResult<()> {
    let mut users = recipients.to_vec();
    users.sort_unstable();
    users.dedup();
    if users.is_empty() {
        return Ok(());
    }
    let title = clip(&n.title, MAX_TITLE);
    if title.is_empty() {
        return Err(AppError::internal_msg("a notification needs a title"));
    }
    let body = clip(&n.body, MAX_BODY);
    let rows = users.into_iter().map(|user_id| notification::ActiveModel {
        user_id: Set(user_id),
        kind: Set(n.kind.code().to_string()),
        title: Set(title.clone()),
        body: Set(body.clone()),
        complaint_id: Set(n.complaint_id),
        alert_id: Set(n.alert_id),
        created_at: Set(now),
        read_at: Set(None),
        ..Default::default()
    });
    notification::Entity::insert_many(rows).exec(txn).await?;
    Ok(())
}

/// Which notifications to mark read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum MarkRead {
    Ids(Vec<i64>),
    All,
}

/// The caller's unread notifications.
pub(crate) async fn unread_count(db: &impl ConnectionTrait, user_id: i64) -> AppResult<u64> {
    Ok(notification::Entity::find()
        .filter(notification::Column::UserId.eq(user_id))
        .filter(notification::Column::ReadAt.is_null())
        .count(db)
        .await?)
}

impl Services {
    /// The caller's own notifications, newest first.
    pub async fn notifications(
        &self,
        actor: &Actor,
        first: Option<i64>,
        after: Option<&str>,
        unread_only: bool,
    ) -> AppResult<Page<NotificationView>> {
        let mut q =
            notification::Entity::find().filter(notification::Column::UserId.eq(actor.user_id.0));
        if unread_only {
            q = q.filter(notification::Column::ReadAt.is_null());
        }
        let page = id_page(
            self.db.conn(),
            q,
            notification::Column::Id,
            first,
            after,
            true,
        )
        .await?;
        page.try_into_page(NotificationView::try_from, |v| v.id)
    }

    /// How many of the caller's notifications are unread.
    pub async fn unread_notification_count(&self, actor: &Actor) -> AppResult<u64> {
        unread_count(self.db.conn(), actor.user_id.0).await
    }

    /// Mark some (or all) of the caller's notifications read; returns the
    /// unread count after. Naming a notification that is not the caller's
    /// (or does not exist) is NOT_FOUND and marks nothing. Marking one
    /// already read keeps its first read time.
    pub async fn mark_notifications_read(&self, actor: &Actor, which: MarkRead) -> AppResult<u64> {
        let me = actor.user_id.0;
        let now = self.now();
        let tx = self.db.write_tx().await?;
        let mut q = notification::Entity::update_many()
            .col_expr(notification::Column::ReadAt, Expr::value(now))
            .filter(notification::Column::UserId.eq(me))
            .filter(notification::Column::ReadAt.is_null());
        if let MarkRead::Ids(ids) = &which {
            let mut ids = ids.clone();
            ids.sort_unstable();
            ids.dedup();
            if ids.is_empty() || ids.len() > MAX_MARK {
                return Err(AppError::bad_input(
                    "ids",
                    format!("name between 1 and {MAX_MARK} notifications"),
                ));
            }
            let mine = notification::Entity::find()
                .select_only()
                .column(notification::Column::Id)
                .filter(notification::Column::UserId.eq(me))
                .filter(notification::Column::Id.is_in(ids.iter().copied()))
                .into_tuple::<i64>()
                .all(&*tx)
                .await?;
            if mine.len() != ids.len() {
                return Err(AppError::not_found("notification"));
            }
            q = q.filter(notification::Column::Id.is_in(ids));
        }
        q.exec(&*tx).await?;
        let unread = unread_count(&*tx, me).await?;
        tx.commit().await?;
        // the caller's other tabs show the new count at once
        self.notification_hub
            .publish(me, NotificationEvent::count(unread));
        Ok(unread)
    }
}

impl Services {
    /// Notifications were committed outside the change helper (jobs, tools):
    /// push them now instead of at the broker's next poll. Optional; nothing
    /// is lost without it.
    pub fn wake_notifications(&self) {
        self.notification_hub.wake();
    }
}
