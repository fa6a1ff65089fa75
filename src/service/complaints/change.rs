//! The one way a complaint is changed. Every write path (intake, lifecycle
//! steps, edits, assignment, repeat links, notes, attachments) ends here.
//!
//! Invariants:
//! - [`Services::load_for_change`] checks the policy first (a denial is
//!   audited), then the caller's `expected_version` (a stale one is CONFLICT);
//!   the read check is part of every change check, so the changed complaint
//!   is returned with a read token.
//! - [`Services::commit_versioned`] writes the row only if nobody changed it
//!   since it was loaded (`UPDATE … WHERE version`), bumping the version.
//! - [`Services::commit_change`] appends the timeline event, writes the audit
//!   record and, when the indexed text may have changed, the search-outbox
//!   row and the change's notifications, all in the caller's transaction,
//!   then commits it and wakes the indexer and the notification broker.
//!   Nothing is written unless all of it is. A change that moves the SLA
//!   clocks moves them in the same transaction, after its event.
use crate::audit::{self, Entry};
use crate::auth::policy::{self, ComplaintFacts, Denial, ReadToken};
use crate::auth::{Actor, RequestMeta};
use crate::db::entity::complaint;
use crate::db::WriteTx;
use crate::domain::ids::CustomerId;
use crate::error::{AppError, AppResult};
use crate::service::authz::on;
use crate::service::complaints::timeline::{insert_event, NewEvent};
use crate::service::complaints::views::{facts_of, ComplaintView, EventView};
use crate::service::notifications::{self, NewNotification};
use crate::service::sla::Trigger;
use crate::service::Services;
use chrono::{DateTime, Utc};
use futures_util::future::BoxFuture;
use sea_orm::ActiveValue::NotSet;
use sea_orm::{ColumnTrait, EntityTrait, QueryFilter, Set};

/// What a change records besides the row itself.
pub(crate) struct Change<'a> {
    pub actor: &'a Actor,
    pub meta: &'a RequestMeta,
    /// The audit action, e.g. `complaint.update`.
    pub action: &'a str,
    pub complaint_id: i64,
    pub at: DateTime<Utc>,
    pub event: NewEvent,
    /// The indexed text (title, description, product, category) may have
    /// changed: enqueue the complaint for the search index.
    pub reindex: bool,
    /// The change moves the complaint's SLA clocks.
    pub clocks: Option<Trigger>,
    /// Notifications written in the change's transaction (pushed once it
    /// commits).
    pub notify: Vec<(Vec<i64>, NewNotification)>,
    /// Entries the system adds after the actor's event (a routing decision).
    pub also: Vec<NewEvent>,
    /// A routing rule's round-robin turn to store: (rule, member).
    pub turn: Option<(i64, i64)>,
}

impl<'a> Change<'a> {
    pub fn new(
        actor: &'a Actor,
        meta: &'a RequestMeta,
        action: &'a str,
        complaint_id: i64,
        at: DateTime<Utc>,
        event: NewEvent,
    ) -> Self {
        Change {
            actor,
            meta,
            action,
            complaint_id,
            at,
            event,
            reindex: false,
            clocks: None,
            notify: Vec::new(),
            also: Vec::new(),
            turn: None,
        }
    }

    /// The system adds `event` after the actor's (no actor on it).
    pub fn also(mut self, event: NewEvent) -> Self {
        self.also.push(event);
        self
    }

    /// Store the round-robin turn `decision` used, in the change's transaction.
    pub fn taking_turn(mut self, decision: &crate::service::routing::Decision) -> Self {
        self.turn = decision.turn();
        self
    }

    /// The change moves the complaint's SLA clocks (after its own event).
    pub fn moving_clocks(mut self, trigger: Trigger) -> Self {
        self.clocks = Some(trigger);
        self
    }

    /// Tell `recipients` about the change, in its transaction.
    pub fn notifying(mut self, recipients: Vec<i64>, n: NewNotification) -> Self {
        self.notify.push((recipients, n));
        self
    }

    /// The change touches indexed text: the search index re-reads the complaint.
    pub fn reindexed(mut self) -> Self {
        self.reindex = true;
        self
    }
}

pub(crate) fn stale(current_version: i32) -> AppError {
    AppError::stale_version(format!(
        "the complaint was changed by someone else (current version {current_version}); reload and try again"
    ))
}

impl Services {
    /// Load a complaint for a change the actor wants to make: NOT_FOUND,
    /// FORBIDDEN (audited as `action`) or CONFLICT on a stale version.
    pub(crate) async fn load_for_change(
        &self,
        actor: &Actor,
        meta: &RequestMeta,
        id: i64,
        expected_version: Option<i32>,
        action: &str,
        check: impl FnOnce(&ComplaintFacts) -> Result<(), Denial>,
    ) -> AppResult<(complaint::Model, ReadToken)> {
        let m = complaint::Entity::find_by_id(id)
            .one(self.db.conn())
            .await?
            .ok_or_else(|| AppError::not_found(format!("complaint {id}")))?;
        let facts = facts_of(&m)?;
        // every change check includes the read check, so this one passes
        // too; it is the proof the changed complaint's response carries
        let decision = check(&facts)
            .and_then(|()| policy::authorize_read(actor, &facts, CustomerId(m.customer_id)));
        let read = self
            .authorize(actor, meta, action, on("complaint", id), decision)
            .await?;
        if let Some(v) = expected_version {
            if v != m.version {
                return Err(stale(m.version));
            }
        }
        Ok((m, read))
    }

    /// Write `am` over `current` (only if its version is still current, else
    /// CONFLICT), then record and commit the change as [`Self::commit_change`].
    pub(crate) async fn commit_versioned(
        &self,
        current: &complaint::Model,
        am: complaint::ActiveModel,
        read: ReadToken,
        change: Change<'_>,
        audit: impl FnOnce(Entry, &EventView) -> Entry,
    ) -> AppResult<ComplaintView> {
        self.commit_versioned_with(current, am, read, change, audit, |_| {
            Box::pin(async { Ok(()) })
        })
        .await
    }

    /// [`Self::commit_versioned`], with `extra` writing more rows (an
    /// approval) in the same transaction, after the complaint row.
    pub(crate) async fn commit_versioned_with<F>(
        &self,
        current: &complaint::Model,
        am: complaint::ActiveModel,
        read: ReadToken,
        change: Change<'_>,
        audit: impl FnOnce(Entry, &EventView) -> Entry,
        extra: F,
    ) -> AppResult<ComplaintView>
    where
        F: for<'t> FnOnce(&'t WriteTx) -> BoxFuture<'t, AppResult<()>>,
    {
        let tx = self.db.write_tx().await?;
        let updated = save_versioned(&tx, current, am, change.at, read).await?;
        extra(&tx).await?;
        self.commit_change(tx, change, audit).await?;
        Ok(updated)
    }

    /// Append the change's timeline event, write its audit record (`audit`
    /// adds to an entry for the action on the complaint, given the event),
    /// enqueue the complaint for the index if asked, and commit `tx`.
    pub(crate) async fn commit_change(
        &self,
        tx: WriteTx,
        change: Change<'_>,
        audit: impl FnOnce(Entry, &EventView) -> Entry,
    ) -> AppResult<EventView> {
        let Change {
            actor,
            meta,
            action,
            complaint_id,
            at,
            event,
            reindex,
            clocks,
            notify,
            also,
            turn,
        } = change;
        let ev = insert_event(&*tx, complaint_id, Some(actor.user_id.0), event, at).await?;
        for extra in also {
            insert_event(&*tx, complaint_id, None, extra, at).await?;
        }
        if let Some(turn) = turn {
            crate::service::routing::decide::store_turn(&*tx, turn).await?;
        }
        if let Some(trigger) = clocks {
            let m = complaint::Entity::find_by_id(complaint_id)
                .one(&*tx)
                .await?
                .ok_or_else(|| AppError::not_found(format!("complaint {complaint_id}")))?;
            self.follow_clocks(&*tx, &m, trigger, Some(actor.user_id.0), at)
                .await?;
        }
        let entry = Entry::new(action, Some(actor)).target("complaint", complaint_id);
        audit::record(&tx, meta, at, audit(entry, &ev)).await?;
        if reindex {
            crate::service::kb::articles::enqueue(&*tx, "complaint", complaint_id, at).await?;
        }
        let notified = !notify.is_empty();
        for (recipients, n) in notify {
            notifications::notify(&*tx, at, &recipients, n).await?;
        }
        tx.commit().await?;
        if reindex {
            self.index_signal();
        }
        if notified {
            self.notification_hub.wake();
        }
        Ok(ev)
    }
}

/// Write the row only if nobody changed it since `current` was read.
async fn save_versioned(
    tx: &WriteTx,
    current: &complaint::Model,
    mut am: complaint::ActiveModel,
    now: DateTime<Utc>,
    read: ReadToken,
) -> AppResult<ComplaintView> {
    am.id = NotSet;
    am.version = Set(current.version + 1);
    am.updated_at = Set(now);
    let res = complaint::Entity::update_many()
        .set(am)
        .filter(complaint::Column::Id.eq(current.id))
        .filter(complaint::Column::Version.eq(current.version))
        .exec(&**tx)
        .await?;
    if res.rows_affected == 0 {
        let latest = complaint::Entity::find_by_id(current.id).one(&**tx).await?;
        return Err(stale(latest.map(|m| m.version).unwrap_or(current.version)));
    }
    let m = complaint::Entity::find_by_id(current.id)
        .one(&**tx)
        .await?
        .ok_or_else(|| AppError::not_found(format!("complaint {}", current.id)))?;
    ComplaintView::new(m, read)
}
