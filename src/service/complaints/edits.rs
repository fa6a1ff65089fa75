//! Editing a complaint outside the state machine: field edits, assignment,
//! repeat links and internal notes (written through `change`, with the same
//! versioning rules as `lifecycle`).
use crate::auth::{policy, Actor, RequestMeta};
use crate::db::entity::complaint;
use crate::domain::complaint::{EventKind, Status, Visibility};
use crate::domain::permission::Permission;
use crate::error::{AppError, AppResult};
use crate::service::complaints::change::Change;
use crate::service::complaints::details::{ComplaintDetails, Purpose};
use crate::service::complaints::timeline::NewEvent;
use crate::service::complaints::views::{ComplaintView, EventView};
use crate::service::notifications::{NewNotification, NotificationKind};
use crate::service::sla::Trigger;
use crate::service::{required_text, Services};
use chrono::{DateTime, Utc};
use sea_orm::sea_query::Expr;
use sea_orm::{ColumnTrait, EntityTrait, IntoActiveModel, QueryFilter, Set};

/// A note to add: internal, or a progress note for the customer.
#[derive(Debug, Clone)]
pub struct NewNote {
    pub body: String,
    pub visibility: Visibility,
    /// The next reply promised to the customer (customer notes only).
    pub promised_reply_at: Option<DateTime<Utc>>,
}

impl Services {
    /// Edit a complaint's details (`None` leaves a field unchanged); a
    /// closed complaint must be reopened first.
    pub async fn update_complaint(
        &self,
        actor: &Actor,
        meta: &RequestMeta,
        id: i64,
        expected_version: i32,
        edit: ComplaintDetails,
    ) -> AppResult<ComplaintView> {
        let now = self.now();
        let edit = edit.validate(Purpose::Edit, now)?;
        if let Some(cid) = edit.category_id {
            self.ensure_category_usable(cid).await?;
        }
        let (current, read) = self
            .load_for_change(
                actor,
                meta,
                id,
                Some(expected_version),
                "complaint.update",
                |f| policy::can_touch(actor, f, Permission::ComplaintUpdate),
            )
            .await?;
        if current.status == Status::Closed.code() {
            return Err(AppError::bad_input(
                "id",
                "a closed complaint cannot be edited; reopen it first",
            ));
        }
        let mut am = current.clone().into_active_model();
        let changed = edit.apply(&mut am);
        if changed.is_empty() {
            return Err(AppError::bad_input("input", "nothing to change"));
        }
        let event =
            NewEvent::internal(EventKind::Updated, serde_json::json!({ "fields": changed }));
        let mut change = Change::new(actor, meta, "complaint.update", id, now, event).reindexed();
        if changed
            .iter()
            .any(|f| *f == "categoryId" || *f == "priority")
        {
            change = change.moving_clocks(Trigger::Retargeted);
        }
        if !current.is_major
            && changed.iter().any(|f| {
                matches!(
                    *f,
                    "isMajor" | "amountDisputedCents" | "refundRequestedCents" | "channel"
                )
            })
        {
            change = self.reassess_major(&current, &mut am, change).await?;
        }
        if changed.contains(&"categoryId") {
            change = self
                .route_recategorised(actor, &current, &mut am, change)
                .await?;
        }
        self.commit_versioned(&current, am, read, change, |entry, _| {
            entry.customer(current.customer_id).fields(&changed)
        })
        .await
    }

    pub async fn assign_complaint(
        &self,
        actor: &Actor,
        meta: &RequestMeta,
        id: i64,
        expected_version: i32,
        assignee_id: Option<i64>,
    ) -> AppResult<ComplaintView> {
        let (current, read) = self
            .load_for_change(
                actor,
                meta,
                id,
                Some(expected_version),
                "complaint.assign",
                |f| policy::can_touch(actor, f, Permission::ComplaintAssign),
            )
            .await?;
        if current.status == Status::Closed.code() {
            return Err(AppError::bad_input(
                "id",
                "a closed complaint cannot be assigned",
            ));
        }
        if let Some(uid) = assignee_id {
            self.ensure_team_member("assigneeId", current.team_id, uid)
                .await?;
        }
        let mut am = current.clone().into_active_model();
        am.assignee_id = Set(assignee_id);
        let data = serde_json::json!({ "assigneeId": assignee_id });
        let event = NewEvent::internal(EventKind::Assigned, data.clone());
        let mut change = Change::new(actor, meta, "complaint.assign", id, self.now(), event);
        if let Some(n) = assignee_id.and_then(|u| assigned_notification(actor, &current, u)) {
            change = change.notifying(vec![n.0], n.1);
        }
        self.commit_versioned(&current, am, read, change, |entry, _| entry.detail(data))
            .await
    }

    pub async fn mark_repeat(
        &self,
        actor: &Actor,
        meta: &RequestMeta,
        id: i64,
        expected_version: i32,
        repeat_of_id: i64,
    ) -> AppResult<ComplaintView> {
        if repeat_of_id == id {
            return Err(AppError::bad_input(
                "repeatOfId",
                "a complaint cannot repeat itself",
            ));
        }
        let (current, read) = self
            .load_for_change(
                actor,
                meta,
                id,
                Some(expected_version),
                "complaint.mark_repeat",
                |f| policy::can_touch(actor, f, Permission::ComplaintUpdate),
            )
            .await?;
        let original = complaint::Entity::find_by_id(repeat_of_id)
            .one(self.db.conn())
            .await?
            .ok_or_else(|| AppError::bad_input("repeatOfId", "unknown complaint"))?;
        // A repeat is the same customer complaining again; linking needs no
        // read access to the original's body (the first-responsible agent may
        // not be in scope of it), only that it is the same customer's.
        if original.customer_id != current.customer_id {
            return Err(AppError::bad_input(
                "repeatOfId",
                "a repeat complaint must be from the same customer",
            ));
        }
        if original.id > id {
            return Err(AppError::bad_input(
                "repeatOfId",
                "the original must be an earlier complaint",
            ));
        }
        let mut am = current.clone().into_active_model();
        am.repeat_of_id = Set(Some(repeat_of_id));
        let event = NewEvent::internal(
            EventKind::MarkedRepeat,
            serde_json::json!({ "repeatOfId": repeat_of_id, "repeatOfNumber": original.number }),
        );
        let change = Change::new(actor, meta, "complaint.mark_repeat", id, self.now(), event);
        self.commit_versioned(&current, am, read, change, |entry, _| {
            entry.detail(serde_json::json!({ "repeatOfId": repeat_of_id }))
        })
        .await
    }

    /// A note on the timeline. Notes append; they carry no version. An
    /// internal note needs `complaint.note`; a note for the customer needs
    /// `complaint.note.customer` and may promise the next reply (a time in
    /// the future), which only a customer-visible note can.
    pub async fn add_note(
        &self,
        actor: &Actor,
        meta: &RequestMeta,
        id: i64,
        note: NewNote,
    ) -> AppResult<EventView> {
        let body = required_text("body", &note.body, 5000)?;
        let now = self.now();
        let permission = match note.visibility {
            Visibility::Internal => Permission::ComplaintNote,
            Visibility::Customer => Permission::ComplaintNoteCustomer,
        };
        if let Some(at) = note.promised_reply_at {
            if note.visibility != Visibility::Customer {
                return Err(AppError::bad_input(
                    "promisedReplyAt",
                    "only a customer-visible note can promise a reply",
                ));
            }
            if at <= now {
                return Err(AppError::bad_input(
                    "promisedReplyAt",
                    "promisedReplyAt must be in the future",
                ));
            }
        }
        let (current, _read) = self
            .load_for_change(actor, meta, id, None, "complaint.note", |f| {
                policy::can_touch(actor, f, permission)
            })
            .await?;
        let mut data = serde_json::json!({});
        if let Some(at) = note.promised_reply_at {
            data["promisedReplyAt"] = serde_json::json!(at.to_rfc3339());
        }
        // the first thing the customer is told stops the first-response clock
        let first_reply =
            note.visibility == Visibility::Customer && current.first_replied_at.is_none();
        let tx = self.db.write_tx().await?;
        let mut touch = complaint::Entity::update_many()
            .col_expr(complaint::Column::UpdatedAt, Expr::value(now))
            .filter(complaint::Column::Id.eq(current.id));
        if first_reply {
            touch = touch.col_expr(complaint::Column::FirstRepliedAt, Expr::value(now));
        }
        touch.exec(&*tx).await?;
        let event = NewEvent::internal(EventKind::NoteAdded, data)
            .visible_to(note.visibility)
            .body(Some(body));
        let mut change = Change::new(actor, meta, "complaint.note", id, now, event);
        if first_reply {
            change = change.moving_clocks(Trigger::FirstReply);
        }
        self.commit_change(tx, change, |entry, _| {
            entry.detail(serde_json::json!({ "visibility": note.visibility.code() }))
        })
        .await
    }
}

/// "Complaint … was assigned to you", for the new assignee `to`; none when
/// they took it themselves or already had it.
pub(crate) fn assigned_notification(
    actor: &Actor,
    c: &complaint::Model,
    to: i64,
) -> Option<(i64, NewNotification)> {
    if to == actor.user_id.0 || c.assignee_id == Some(to) {
        return None;
    }
    Some((
        to,
        NewNotification {
            kind: NotificationKind::Assigned,
            title: format!("投诉 {} 已指派给您", c.number),
            body: c.title.clone(),
            complaint_id: Some(c.id),
            alert_id: None,
        },
    ))
}
