//! Live delivery: the broker follows the `notifications` table (and the
//! complaint timeline, for the dashboard) and hands committed rows to the
//! subscribers of this process.
//!
//! Every process runs one broker over the shared database, so a
//! notification written by any process reaches subscribers connected to
//! any other within one [`POLL`]; in the writing process the change helper
//! wakes the broker right after its commit. Rows are read as they become
//! visible, so only committed rows are ever pushed, and gap-safely
//! (`search::tail`): on PostgreSQL an id can commit after a higher one, and
//! the tail keeps re-reading such gaps until the row appears or its
//! transaction surely rolled back. Only rows written after the process
//! started are pushed; a subscriber's first event carries the stored
//! unread count, so nothing before is missed either.
use super::{unread_count, NotificationView};
use crate::auth::Actor;
use crate::db::entity::{complaint_event, notification};
use crate::db::outbox;
use crate::error::{AppError, AppResult};
use crate::search::tail::{Horizon, Tail, MIN_GAP_AGE_MS};
use crate::service::Services;
use chrono::{DateTime, Utc};
use futures_util::stream::{self, Stream};
use sea_orm::{ColumnTrait, Condition, EntityTrait, QueryFilter, QueryOrder, QuerySelect};
use std::collections::{HashMap, HashSet};
use std::sync::Mutex;
use std::time::Duration;
use tokio::sync::{broadcast, Notify};

/// How often the broker looks for rows written by other processes.
pub const POLL: Duration = Duration::from_millis(250);
const BATCH: u64 = 1000;
const MAX_GAPS: usize = 500;
/// Events buffered per user before a slow subscriber lags (it then gets
/// the stored count instead of the missed events).
const PER_USER: usize = 64;

/// What a subscriber receives: a new notification (none when only the
/// count changed, e.g. after marking read) and the unread count after it.
#[derive(Debug, Clone, PartialEq)]
pub struct NotificationEvent {
    pub notification: Option<NotificationView>,
    pub unread_count: u64,
}

impl NotificationEvent {
    pub fn count(unread_count: u64) -> Self {
        NotificationEvent {
            notification: None,
            unread_count,
        }
    }
}

/// The subscribers of this process, by user, and the broker's wake-up.
pub struct NotificationHub {
    wake: Notify,
    users: Mutex<HashMap<i64, broadcast::Sender<NotificationEvent>>>,
    /// Ticks when complaints changed (new timeline events), for dashboards.
    dashboard: broadcast::Sender<()>,
}

impl Default for NotificationHub {
    fn default() -> Self {
        NotificationHub {
            wake: Notify::new(),
            users: Mutex::default(),
            dashboard: broadcast::channel(16).0,
        }
    }
}

impl NotificationHub {
    /// New rows were committed: deliver now rather than at the next poll.
    pub fn wake(&self) {
        self.wake.notify_one();
    }

    pub(crate) fn subscribe(&self, user_id: i64) -> broadcast::Receiver<NotificationEvent> {
        let mut users = self.users.lock().unwrap_or_else(|e| e.into_inner());
        users
            .entry(user_id)
            .or_insert_with(|| broadcast::channel(PER_USER).0)
            .subscribe()
    }

    /// Hand an event to the user's subscribers in this process, if any.
    pub(crate) fn publish(&self, user_id: i64, event: NotificationEvent) {
        let mut users = self.users.lock().unwrap_or_else(|e| e.into_inner());
        if let Some(tx) = users.get(&user_id) {
            if tx.send(event).is_err() {
                users.remove(&user_id);
            }
        }
    }

    /// Users with a live subscriber in this process.
    fn listening(&self) -> Vec<i64> {
        let users = self.users.lock().unwrap_or_else(|e| e.into_inner());
        users
            .iter()
            .filter(|(_, tx)| tx.receiver_count() > 0)
            .map(|(u, _)| *u)
            .collect()
    }

    pub(crate) fn dashboard_ticks(&self) -> broadcast::Receiver<()> {
        self.dashboard.subscribe()
    }
}

/// The broker's position in both tables.
pub struct Broker {
    notifications: Tail,
    events: Tail,
}

async fn max_notification_id(s: &Services) -> AppResult<i64> {
    Ok(notification::Entity::find()
        .select_only()
        .column_as(notification::Column::Id.max(), "m")
        .into_tuple::<Option<i64>>()
        .one(s.db.conn())
        .await?
        .flatten()
        .unwrap_or(0))
}

async fn max_event_id(s: &Services) -> AppResult<i64> {
    Ok(complaint_event::Entity::find()
        .select_only()
        .column_as(complaint_event::Column::Id.max(), "m")
        .into_tuple::<Option<i64>>()
        .one(s.db.conn())
        .await?
        .flatten()
        .unwrap_or(0))
}

impl Services {
    /// A broker starting after the rows committed now.
    pub async fn notification_broker(&self) -> AppResult<Broker> {
        Ok(Broker {
            notifications: Tail::new(max_notification_id(self).await?, MIN_GAP_AGE_MS),
            events: Tail::new(max_event_id(self).await?, MIN_GAP_AGE_MS),
        })
    }

    /// Push every newly visible notification to its recipient's subscribers
    /// and tick the dashboards if complaints changed; returns how many
    /// notifications were pushed.
    pub async fn deliver_notifications(&self, broker: &mut Broker) -> AppResult<usize> {
        let horizon = outbox::horizon(self.db.conn())
            .await?
            .map(|(xmin, xmax)| Horizon { xmin, xmax });
        let now_ms = self.clock.now().timestamp_millis();
        // notifications
        let want = broker.notifications.want(MAX_GAPS);
        let mut cond = Condition::any().add(notification::Column::Id.gt(want.above));
        if !want.gaps.is_empty() {
            cond = cond.add(notification::Column::Id.is_in(want.gaps.iter().copied()));
        }
        let rows = notification::Entity::find()
            .filter(cond)
            .order_by_asc(notification::Column::Id)
            .limit(BATCH)
            .all(self.db.conn())
            .await?;
        let read: Vec<i64> = rows.iter().map(|r| r.id).collect();
        let plan = broker.notifications.observe(&want, &read, now_ms, horizon);
        let fresh: Vec<notification::Model> = rows
            .into_iter()
            .filter(|r| plan.apply.binary_search(&r.id).is_ok())
            .collect();
        let pushed = self.push(fresh).await?;
        broker.notifications.applied(&plan);
        // complaint timeline: only whether anything changed
        let want = broker.events.want(MAX_GAPS);
        let mut cond = Condition::any().add(complaint_event::Column::Id.gt(want.above));
        if !want.gaps.is_empty() {
            cond = cond.add(complaint_event::Column::Id.is_in(want.gaps.iter().copied()));
        }
        let read: Vec<i64> = complaint_event::Entity::find()
            .select_only()
            .column(complaint_event::Column::Id)
            .filter(cond)
            .order_by_asc(complaint_event::Column::Id)
            .limit(BATCH)
            .into_tuple()
            .all(self.db.conn())
            .await?;
        let plan = broker.events.observe(&want, &read, now_ms, horizon);
        if !plan.apply.is_empty() {
            let _ = self.notification_hub.dashboard.send(());
        }
        broker.events.applied(&plan);
        Ok(pushed)
    }

    async fn push(&self, rows: Vec<notification::Model>) -> AppResult<usize> {
        let listening: HashSet<i64> = self.notification_hub.listening().into_iter().collect();
        let rows: Vec<_> = rows
            .into_iter()
            .filter(|r| listening.contains(&r.user_id))
            .collect();
        if rows.is_empty() {
            return Ok(0);
        }
        let mut users: Vec<i64> = rows.iter().map(|r| r.user_id).collect();
        users.sort_unstable();
        users.dedup();
        let counts = unread_counts(self, &users).await?;
        let n = rows.len();
        // the count with each event is the count after it: rows arrive in id
        // order, so later rows of the same user are subtracted
        let mut later: HashMap<i64, u64> = HashMap::new();
        let mut events = Vec::with_capacity(n);
        for r in rows.into_iter().rev() {
            let after = later.entry(r.user_id).or_insert(0);
            let total = counts.get(&r.user_id).copied().unwrap_or(0);
            let unread = total.saturating_sub(*after);
            if r.read_at.is_none() {
                *after += 1;
            }
            let user = r.user_id;
            match NotificationView::try_from(r) {
                Ok(v) => events.push((
                    user,
                    NotificationEvent {
                        notification: Some(v),
                        unread_count: unread,
                    },
                )),
                Err(e) => tracing::error!(cause = ?e.cause(), "notification not pushed"),
            }
        }
        for (user, ev) in events.into_iter().rev() {
            self.notification_hub.publish(user, ev);
        }
        Ok(n)
    }

    /// Run the broker until the process ends.
    pub async fn run_notification_broker(self) {
        let mut broker = loop {
            match self.notification_broker().await {
                Ok(b) => break b,
                Err(err) => {
                    tracing::error!(cause = ?err.cause(), "notification broker cannot start; retrying");
                    tokio::time::sleep(Duration::from_secs(1)).await;
                }
            }
        };
        loop {
            match self.deliver_notifications(&mut broker).await {
                Ok(n) if n as u64 >= BATCH => continue,
                Ok(_) => {
                    let _ = tokio::time::timeout(POLL, self.notification_hub.wake.notified()).await;
                }
                Err(err) => {
                    tracing::error!(cause = ?err.cause(), "notification broker failed; retrying");
                    tokio::time::sleep(Duration::from_secs(1)).await;
                }
            }
        }
    }

    /// The caller's live notifications: first the stored unread count, then
    /// each new notification. The session behind `token` is confirmed before
    /// every event; once it is revoked or expired the stream ends with
    /// UNAUTHENTICATED.
    pub async fn notification_stream(
        &self,
        actor: &Actor,
        token: Option<String>,
    ) -> AppResult<impl Stream<Item = AppResult<NotificationEvent>> + Send + 'static> {
        let me = actor.user_id.0;
        // subscribe before counting: an event in between is not lost
        let rx = self.notification_hub.subscribe(me);
        let first = NotificationEvent::count(unread_count(self.db.conn(), me).await?);
        let state = (self.clone(), token, rx, Some(first), false);
        Ok(stream::unfold(
            state,
            move |(s, token, mut rx, first, done)| async move {
                if done {
                    return None;
                }
                let ev = match first {
                    Some(ev) => ev,
                    None => match rx.recv().await {
                        Ok(ev) => ev,
                        Err(broadcast::error::RecvError::Lagged(_)) => {
                            match unread_count(s.db.conn(), me).await {
                                Ok(n) => NotificationEvent::count(n),
                                Err(e) => return Some((Err(e), (s, token, rx, None, true))),
                            }
                        }
                        Err(broadcast::error::RecvError::Closed) => return None,
                    },
                };
                if !s.session_still_for(token.as_deref(), me).await {
                    return Some((Err(AppError::unauthenticated()), (s, token, rx, None, true)));
                }
                Some((Ok(ev), (s, token, rx, None, false)))
            },
        ))
    }

    /// Dashboard ticks: one item whenever complaints changed (any process).
    pub fn dashboard_stream(
        &self,
        token: Option<String>,
        me: i64,
    ) -> impl Stream<Item = AppResult<DateTime<Utc>>> + Send + 'static {
        let rx = self.notification_hub.dashboard_ticks();
        stream::unfold(
            (self.clone(), token, rx, false),
            move |(s, token, mut rx, done)| async move {
                if done {
                    return None;
                }
                match rx.recv().await {
                    Ok(()) | Err(broadcast::error::RecvError::Lagged(_)) => {}
                    Err(broadcast::error::RecvError::Closed) => return None,
                }
                if !s.session_still_for(token.as_deref(), me).await {
                    return Some((Err(AppError::unauthenticated()), (s, token, rx, true)));
                }
                let now = s.now();
                Some((Ok(now), (s, token, rx, false)))
            },
        )
    }

    /// The session behind `token` is live and still the user's.
    async fn session_still_for(&self, token: Option<&str>, user_id: i64) -> bool {
        let Some(t) = token else { return false };
        matches!(self.authenticate(t).await, Ok(Some(a)) if a.user_id.0 == user_id)
    }
}

async fn unread_counts(s: &Services, users: &[i64]) -> AppResult<HashMap<i64, u64>> {
    let rows: Vec<(i64, i64)> = notification::Entity::find()
        .select_only()
        .column(notification::Column::UserId)
        .column_as(notification::Column::Id.count(), "n")
        .filter(notification::Column::UserId.is_in(users.iter().copied()))
        .filter(notification::Column::ReadAt.is_null())
        .group_by(notification::Column::UserId)
        .into_tuple()
        .all(s.db.conn())
        .await?;
    Ok(rows
        .into_iter()
        .map(|(u, n)| (u, n.max(0) as u64))
        .collect())
}
