//! Editing a complaint outside the state machine: field edits, assignment,
//! repeat links and internal notes (same versioning rules as `lifecycle`).
use crate::audit;
use crate::audit::Entry;
use crate::auth::{policy, Actor, RequestMeta};
use crate::db::entity::complaint;
use crate::domain::complaint::{Channel, EventKind, Priority, Status, Visibility};
use crate::domain::permission::Permission;
use crate::error::{AppError, AppResult};
use crate::service::complaints::lifecycle::cents;
use crate::service::complaints::timeline::insert_event;
use crate::service::complaints::views::{ComplaintView, EventView};
use crate::service::{optional_text, required_text, Services};
use chrono::{DateTime, NaiveDate, Utc};
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

/// Field edits; `None` leaves a field unchanged.
#[derive(Debug, Clone, Default)]
pub struct ComplaintEdit {
    pub title: Option<String>,
    pub description: Option<String>,
    pub priority: Option<Priority>,
    pub channel: Option<Channel>,
    pub category_id: Option<i64>,
    pub occurred_at: Option<DateTime<Utc>>,
    pub occurred_place: Option<String>,
    pub product_model: Option<String>,
    pub product_batch: Option<String>,
    pub order_number: Option<String>,
    pub purchased_on: Option<NaiveDate>,
    pub shipped_on: Option<NaiveDate>,
    pub arrived_on: Option<NaiveDate>,
    pub amount_disputed_cents: Option<i64>,
    pub refund_requested_cents: Option<i64>,
    pub is_major: Option<bool>,
}

impl Services {
    pub async fn update_complaint(
        &self,
        actor: &Actor,
        meta: &RequestMeta,
        id: i64,
        expected_version: i32,
        edit: ComplaintEdit,
    ) -> AppResult<ComplaintView> {
        use crate::service::complaints::intake::{MAX_DESCRIPTION, MAX_TITLE};
        let title = match &edit.title {
            Some(t) => Some(required_text("title", t, MAX_TITLE)?),
            None => None,
        };
        let description = match &edit.description {
            Some(t) => Some(required_text("description", t, MAX_DESCRIPTION)?),
            None => None,
        };
        let place = optional_text("occurredPlace", edit.occurred_place.as_deref(), 200)?;
        let model = optional_text("productModel", edit.product_model.as_deref(), 200)?;
        let batch = optional_text("productBatch", edit.product_batch.as_deref(), 100)?;
        let order = optional_text("orderNumber", edit.order_number.as_deref(), 100)?;
        let amount = cents("amountDisputedCents", edit.amount_disputed_cents)?;
        let refund = cents("refundRequestedCents", edit.refund_requested_cents)?;
        if let Some(cid) = edit.category_id {
            self.ensure_category_usable(cid).await?;
        }
        let current = self
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
        let mut changed: Vec<&str> = vec![];
        macro_rules! set {
            ($field:ident, $value:expr, $name:literal) => {
                if let Some(v) = $value {
                    am.$field = Set(v);
                    changed.push($name);
                }
            };
        }
        set!(title, title, "title");
        set!(description, description, "description");
        set!(
            priority,
            edit.priority.map(|p| p.code().to_string()),
            "priority"
        );
        set!(
            channel,
            edit.channel.map(|p| p.code().to_string()),
            "channel"
        );
        set!(category_id, edit.category_id, "categoryId");
        set!(occurred_at, edit.occurred_at.map(Some), "occurredAt");
        set!(occurred_place, place.map(Some), "occurredPlace");
        set!(product_model, model.map(Some), "productModel");
        set!(product_batch, batch.map(Some), "productBatch");
        set!(order_number, order.map(Some), "orderNumber");
        set!(purchased_on, edit.purchased_on.map(Some), "purchasedOn");
        set!(shipped_on, edit.shipped_on.map(Some), "shippedOn");
        set!(arrived_on, edit.arrived_on.map(Some), "arrivedOn");
        set!(
            amount_disputed_cents,
            amount.map(Some),
            "amountDisputedCents"
        );
        set!(
            refund_requested_cents,
            refund.map(Some),
            "refundRequestedCents"
        );
        set!(is_major, edit.is_major, "isMajor");
        if changed.is_empty() {
            return Err(AppError::bad_input("input", "nothing to change"));
        }
        let now = self.now();
        let tx = self.db.write_tx().await?;
        let updated = self.save_versioned(&tx, &current, am, now).await?;
        insert_event(
            &*tx,
            id,
            EventKind::Updated,
            Some(actor.user_id.0),
            Visibility::Internal,
            (None, None),
            None,
            serde_json::json!({ "fields": changed }),
            now,
        )
        .await?;
        audit::record(
            &*tx,
            meta,
            now,
            Entry::new("complaint.update", Some(actor))
                .target("complaint", id)
                .customer(current.customer_id)
                .fields(&changed),
        )
        .await?;
        crate::service::kb::articles::enqueue(&*tx, "complaint", id, now).await?;
        tx.commit().await?;
        self.index_signal();
        Ok(updated)
    }

    pub async fn assign_complaint(
        &self,
        actor: &Actor,
        meta: &RequestMeta,
        id: i64,
        expected_version: i32,
        assignee_id: Option<i64>,
    ) -> AppResult<ComplaintView> {
        let current = self
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
        let now = self.now();
        let mut am = current.clone().into_active_model();
        am.assignee_id = Set(assignee_id);
        let tx = self.db.write_tx().await?;
        let updated = self.save_versioned(&tx, &current, am, now).await?;
        insert_event(
            &*tx,
            id,
            EventKind::Assigned,
            Some(actor.user_id.0),
            Visibility::Internal,
            (None, None),
            None,
            serde_json::json!({ "assigneeId": assignee_id }),
            now,
        )
        .await?;
        audit::record(
            &*tx,
            meta,
            now,
            Entry::new("complaint.assign", Some(actor))
                .target("complaint", id)
                .detail(serde_json::json!({ "assigneeId": assignee_id })),
        )
        .await?;
        tx.commit().await?;
        Ok(updated)
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
        let current = self
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
        let now = self.now();
        let mut am = current.clone().into_active_model();
        am.repeat_of_id = Set(Some(repeat_of_id));
        let tx = self.db.write_tx().await?;
        let updated = self.save_versioned(&tx, &current, am, now).await?;
        insert_event(
            &*tx,
            id,
            EventKind::MarkedRepeat,
            Some(actor.user_id.0),
            Visibility::Internal,
            (None, None),
            None,
            serde_json::json!({ "repeatOfId": repeat_of_id, "repeatOfNumber": original.number }),
            now,
        )
        .await?;
        audit::record(
            &*tx,
            meta,
            now,
            Entry::new("complaint.mark_repeat", Some(actor))
                .target("complaint", id)
                .detail(serde_json::json!({ "repeatOfId": repeat_of_id })),
        )
        .await?;
        tx.commit().await?;
        Ok(updated)
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
        let current = self
            .load_for_change(actor, meta, id, None, "complaint.note", |f| {
                policy::can_touch(actor, f, permission)
            })
            .await?;
        let mut data = serde_json::json!({});
        if let Some(at) = note.promised_reply_at {
            data["promisedReplyAt"] = serde_json::json!(at.to_rfc3339());
        }
        let tx = self.db.write_tx().await?;
        let ev = insert_event(
            &*tx,
            id,
            EventKind::NoteAdded,
            Some(actor.user_id.0),
            note.visibility,
            (None, None),
            Some(body),
            data,
            now,
        )
        .await?;
        complaint::Entity::update_many()
            .col_expr(complaint::Column::UpdatedAt, Expr::value(now))
            .filter(complaint::Column::Id.eq(current.id))
            .exec(&*tx)
            .await?;
        audit::record(
            &*tx,
            meta,
            now,
            Entry::new("complaint.note", Some(actor))
                .target("complaint", id)
                .detail(serde_json::json!({ "visibility": note.visibility.code() })),
        )
        .await?;
        tx.commit().await?;
        Ok(ev)
    }
}
