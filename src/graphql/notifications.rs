//! Notifications: the caller's list, unread count, mark-read, and the live
//! `notifications` subscription (over WebSocket on `/graphql`).
use super::load::connection;
use super::{actor, gql_error, parse_id, services, GqlResult};
use crate::domain::notification as d;
use crate::error::AppError;
use crate::service::notifications::{MarkRead, NotificationEvent as EventView, NotificationView};
use async_graphql::connection::{Connection, EmptyFields};
use async_graphql::{Context, Enum, InputObject, Object, Result, SimpleObject, Subscription, ID};
use chrono::{DateTime, Utc};
use futures_util::{Stream, StreamExt};

/// The session token a WebSocket connection was authenticated with (the
/// stream re-confirms the session before every event).
pub struct SessionToken(pub String);

/// What a notification is about.
#[derive(Enum, Copy, Clone, Debug, PartialEq, Eq)]
pub enum NotificationKind {
    Assigned,
    SlaAtRisk,
    SlaBreached,
    Alert,
    CustomerReply,
    /// A department sent back a complaint you dispatched (退单).
    Returned,
    /// A refund or compensation above its proposer's authority awaits you.
    ApprovalRequested,
    /// An approver decided on an amount you proposed.
    ApprovalDecided,
    /// A complaint became major, or a major one awaits your sign-off.
    Major,
    /// A compliance rule caught someone's access to personal data (auditors).
    ComplianceAlert,
}

impl From<d::NotificationKind> for NotificationKind {
    fn from(k: d::NotificationKind) -> Self {
        match k {
            d::NotificationKind::Assigned => NotificationKind::Assigned,
            d::NotificationKind::SlaAtRisk => NotificationKind::SlaAtRisk,
            d::NotificationKind::SlaBreached => NotificationKind::SlaBreached,
            d::NotificationKind::Alert => NotificationKind::Alert,
            d::NotificationKind::CustomerReply => NotificationKind::CustomerReply,
            d::NotificationKind::Returned => NotificationKind::Returned,
            d::NotificationKind::ApprovalRequested => NotificationKind::ApprovalRequested,
            d::NotificationKind::ApprovalDecided => NotificationKind::ApprovalDecided,
            d::NotificationKind::Major => NotificationKind::Major,
            d::NotificationKind::ComplianceAlert => NotificationKind::ComplianceAlert,
        }
    }
}

#[derive(Clone)]
pub struct Notification(pub NotificationView);

#[Object]
impl Notification {
    async fn id(&self) -> ID {
        ID(self.0.id.to_string())
    }
    async fn kind(&self) -> NotificationKind {
        self.0.kind.into()
    }
    async fn title(&self) -> &str {
        &self.0.title
    }
    async fn body(&self) -> &str {
        &self.0.body
    }
    /// The complaint it is about (open it to see whether you still may).
    async fn complaint_id(&self) -> Option<ID> {
        self.0.complaint_id.map(|i| ID(i.to_string()))
    }
    async fn alert_id(&self) -> Option<ID> {
        self.0.alert_id.map(|i| ID(i.to_string()))
    }
    async fn created_at(&self) -> DateTime<Utc> {
        self.0.created_at
    }
    async fn read_at(&self) -> Option<DateTime<Utc>> {
        self.0.read_at
    }
}

/// A subscription event: the new notification (null when only the count
/// changed, and on the first event) and the caller's unread count after it.
#[derive(SimpleObject)]
pub struct NotificationEvent {
    notification: Option<Notification>,
    unread_count: i32,
}

fn count(n: u64) -> i32 {
    i32::try_from(n).unwrap_or(i32::MAX)
}

impl From<EventView> for NotificationEvent {
    fn from(e: EventView) -> Self {
        NotificationEvent {
            notification: e.notification.map(Notification),
            unread_count: count(e.unread_count),
        }
    }
}

/// Something on the complaint queue changed (any process): re-read it.
#[derive(SimpleObject)]
pub struct DashboardChange {
    at: DateTime<Utc>,
}

#[derive(InputObject)]
pub struct MarkNotificationsReadInput {
    /// These notifications (all must be the caller's)...
    pub ids: Option<Vec<ID>>,
    /// ...or all of the caller's.
    pub all: Option<bool>,
}

#[derive(SimpleObject)]
pub struct MarkNotificationsReadPayload {
    unread_count: i32,
}

#[derive(Default)]
pub struct NotificationQuery;

#[Object]
impl NotificationQuery {
    /// The caller's notifications, newest first.
    async fn notifications(
        &self,
        ctx: &Context<'_>,
        first: Option<i32>,
        after: Option<String>,
        unread_only: Option<bool>,
    ) -> Result<Connection<String, Notification, EmptyFields>> {
        let (a, _) = actor(ctx)?;
        let page = services(ctx)
            .notifications(
                a,
                first.map(i64::from),
                after.as_deref(),
                unread_only.unwrap_or(false),
            )
            .await
            .gql(ctx)?;
        Ok(connection(page, Notification, EmptyFields))
    }

    async fn unread_notification_count(&self, ctx: &Context<'_>) -> Result<i32> {
        let (a, _) = actor(ctx)?;
        services(ctx)
            .unread_notification_count(a)
            .await
            .map(count)
            .gql(ctx)
    }
}

#[derive(Default)]
pub struct NotificationMutation;

#[Object]
impl NotificationMutation {
    /// Mark the named notifications, or all, read: exactly one of `ids` and
    /// `all: true`.
    async fn mark_notifications_read(
        &self,
        ctx: &Context<'_>,
        input: MarkNotificationsReadInput,
    ) -> Result<MarkNotificationsReadPayload> {
        let (a, _) = actor(ctx)?;
        let which = match (input.ids, input.all.unwrap_or(false)) {
            (Some(ids), false) => MarkRead::Ids(
                ids.iter()
                    .map(|i| parse_id("ids", i))
                    .collect::<Result<_, _>>()
                    .gql(ctx)?,
            ),
            (None, true) => MarkRead::All,
            _ => return Err(AppError::bad_input("input", "give either ids or all: true")).gql(ctx),
        };
        let unread = services(ctx)
            .mark_notifications_read(a, which)
            .await
            .gql(ctx)?;
        Ok(MarkNotificationsReadPayload {
            unread_count: count(unread),
        })
    }
}

#[derive(Default)]
pub struct NotificationSubscription;

#[Subscription]
impl NotificationSubscription {
    /// The caller's new notifications with the unread count; the first
    /// event carries the current count. Ends with UNAUTHENTICATED when the
    /// session is revoked.
    async fn notifications(
        &self,
        ctx: &Context<'_>,
    ) -> Result<impl Stream<Item = Result<NotificationEvent>>> {
        let (a, m) = actor(ctx)?;
        let token = ctx.data_opt::<SessionToken>().map(|t| t.0.clone());
        let stream = services(ctx).notification_stream(a, token).await.gql(ctx)?;
        let meta = m.clone();
        Ok(stream.map(move |r| {
            r.map(NotificationEvent::from)
                .map_err(|e| gql_error(e, &meta))
        }))
    }

    /// A tick whenever complaints changed, for the dashboard to re-read.
    async fn dashboard_changed(
        &self,
        ctx: &Context<'_>,
    ) -> Result<impl Stream<Item = Result<DashboardChange>>> {
        let (a, m) = actor(ctx)?;
        let token = ctx.data_opt::<SessionToken>().map(|t| t.0.clone());
        let stream = services(ctx).dashboard_stream(token, a.user_id.0);
        let meta = m.clone();
        Ok(stream.map(move |r| {
            r.map(|at| DashboardChange { at })
                .map_err(|e| gql_error(e, &meta))
        }))
    }
}
