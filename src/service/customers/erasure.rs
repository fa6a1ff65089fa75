//! Erasing a customer's personal data (PIPL): asked for with a reason by
//! someone who holds `customer.erase.request`, decided by someone else who
//! holds `customer.erase`, and carried out in the decision's transaction.
//! Customers past retention are erased the same way by the retention run
//! (`service::retention`).
//!
//! What an erasure does, in one transaction:
//! - the customer's name and phone become placeholders (the real number no
//!   longer finds the row), ID-card number and e-mail are cleared;
//! - phone, ID-card and other long numbers and e-mail addresses are scrubbed
//!   from the title, description, findings and resolution of every one of
//!   the customer's complaints and from their timeline notes;
//! - each complaint is queued for the indexer, which deletes its search
//!   document and merges the index so that no segment keeps its terms;
//! - one `customer.erase` audit record names the customer, the trigger and
//!   the counts (the trail keeps the fact, never the data).
use crate::audit::{self, Entry};
use crate::auth::policy;
use crate::auth::{Actor, RequestMeta};
use crate::db::customers as db_customers;
use crate::db::entity::{complaint, complaint_event, customer, customer_erasure};
use crate::db::WriteTx;
use crate::domain::permission::Permission;
use crate::domain::pii_scrub::scrub;
use crate::domain::retention::{erased_phone, ErasureStatus, ERASED_NAME};
use crate::error::{AppError, AppResult, Reason};
use crate::service::authz::on;
use crate::service::page::{id_page, Page};
use crate::service::{required_text, Services};
use chrono::{DateTime, Utc};
use sea_orm::sea_query::Expr;
use sea_orm::{
    ActiveModelTrait, ActiveValue::NotSet, ColumnTrait, EntityTrait, QueryFilter, QuerySelect, Set,
};

/// What one erasure changed.
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct Erased {
    /// The customer's complaints (each queued for the indexer).
    pub complaint_ids: Vec<i64>,
    /// Complaints whose text held something to scrub.
    pub complaints_scrubbed: u64,
    /// Timeline notes that did.
    pub notes_scrubbed: u64,
}

/// An erasure request as the API shows it.
#[derive(Debug, Clone)]
pub struct ErasureView {
    pub id: i64,
    pub customer_id: i64,
    pub status: ErasureStatus,
    pub reason: String,
    pub requested_by: i64,
    pub requested_at: DateTime<Utc>,
    pub decided_by: Option<i64>,
    pub decided_at: Option<DateTime<Utc>>,
    pub decision_reason: Option<String>,
    pub complaints_scrubbed: Option<i64>,
}

impl TryFrom<customer_erasure::Model> for ErasureView {
    type Error = AppError;

    fn try_from(m: customer_erasure::Model) -> AppResult<Self> {
        Ok(ErasureView {
            status: ErasureStatus::from_code(&m.status).ok_or_else(|| {
                AppError::internal_msg(format!("unknown erasure status {:?}", m.status))
            })?,
            id: m.id,
            customer_id: m.customer_id,
            reason: m.reason,
            requested_by: m.requested_by,
            requested_at: m.requested_at,
            decided_by: m.decided_by,
            decided_at: m.decided_at,
            decision_reason: m.decision_reason,
            complaints_scrubbed: m.complaints_scrubbed,
        })
    }
}

/// Why an erasure ran.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Trigger {
    Request(i64),
    Retention,
}

fn changed(old: &Option<String>) -> Option<String> {
    old.as_deref()
        .map(scrub)
        .filter(|new| Some(new.as_str()) != old.as_deref())
}

impl Services {
    /// Erase customer `id` in `tx` (see the module's description); `None` if
    /// it was erased already.
    pub(crate) async fn erase_customer_in(
        &self,
        tx: &WriteTx,
        meta: &RequestMeta,
        actor: Option<&Actor>,
        id: i64,
        trigger: Trigger,
        now: DateTime<Utc>,
    ) -> AppResult<Option<Erased>> {
        let placeholder = erased_phone(id);
        if !db_customers::anonymise(&**tx, &self.vault, id, ERASED_NAME, &placeholder, now).await? {
            return Ok(None);
        }
        let mut out = Erased::default();
        let complaints = complaint::Entity::find()
            .filter(complaint::Column::CustomerId.eq(id))
            .all(&**tx)
            .await?;
        for c in complaints {
            out.complaint_ids.push(c.id);
            let title = scrub(&c.title);
            let description = scrub(&c.description);
            let findings = changed(&c.findings);
            let resolution = changed(&c.resolution);
            let place = changed(&c.occurred_place);
            if title == c.title
                && description == c.description
                && findings.is_none()
                && resolution.is_none()
                && place.is_none()
            {
                continue;
            }
            let mut update = complaint::Entity::update_many()
                .col_expr(complaint::Column::Title, Expr::value(title))
                .col_expr(complaint::Column::Description, Expr::value(description))
                .filter(complaint::Column::Id.eq(c.id));
            for (col, v) in [
                (complaint::Column::Findings, findings),
                (complaint::Column::Resolution, resolution),
                (complaint::Column::OccurredPlace, place),
            ] {
                if let Some(v) = v {
                    update = update.col_expr(col, Expr::value(v));
                }
            }
            update.exec(&**tx).await?;
            out.complaints_scrubbed += 1;
        }
        let notes: Vec<(i64, Option<String>)> = complaint_event::Entity::find()
            .filter(complaint_event::Column::ComplaintId.is_in(out.complaint_ids.clone()))
            .filter(complaint_event::Column::Body.is_not_null())
            .select_only()
            .column(complaint_event::Column::Id)
            .column(complaint_event::Column::Body)
            .into_tuple()
            .all(&**tx)
            .await?;
        for (note, body) in notes {
            if let Some(body) = changed(&body) {
                complaint_event::Entity::update_many()
                    .col_expr(complaint_event::Column::Body, Expr::value(body))
                    .filter(complaint_event::Column::Id.eq(note))
                    .exec(&**tx)
                    .await?;
                out.notes_scrubbed += 1;
            }
        }
        for c in &out.complaint_ids {
            crate::service::kb::articles::enqueue(&**tx, "complaint", *c, now).await?;
        }
        let (trigger_code, request) = match trigger {
            Trigger::Request(r) => ("request", Some(r)),
            Trigger::Retention => ("retention", None),
        };
        let mut entry = Entry::new("customer.erase", actor)
            .customer(id)
            .target("customer", id)
            .detail(serde_json::json!({
                "trigger": trigger_code,
                "requestId": request,
                "complaints": out.complaint_ids.len(),
                "complaintsScrubbed": out.complaints_scrubbed,
                "notesScrubbed": out.notes_scrubbed,
            }));
        if actor.is_none() {
            entry = entry.actor_name("system");
        }
        audit::record(tx, meta, now, entry).await?;
        Ok(Some(out))
    }

    /// Ask for a customer's personal data to be erased.
    pub async fn request_erasure(
        &self,
        actor: &Actor,
        meta: &RequestMeta,
        customer_id: i64,
        reason: &str,
    ) -> AppResult<ErasureView> {
        self.enforce_on(
            actor,
            meta,
            "customer.erase.request",
            on("customer", customer_id),
            Permission::CustomerEraseRequest,
        )
        .await?;
        let reason = required_text("reason", reason, 2000)?;
        let now = self.now();
        let tx = self.db.write_tx().await?;
        let cust = customer::Entity::find_by_id(customer_id)
            .one(&*tx)
            .await?
            .ok_or_else(|| AppError::not_found(format!("customer {customer_id}")))?;
        if cust.erased_at.is_some() {
            return Err(AppError::bad_input(
                "customerId",
                "this customer's personal data has already been erased",
            ));
        }
        let pending = customer_erasure::Entity::find()
            .filter(customer_erasure::Column::CustomerId.eq(customer_id))
            .filter(customer_erasure::Column::Status.eq(ErasureStatus::Pending.code()))
            .one(&*tx)
            .await?;
        if let Some(p) = pending {
            return Err(AppError::because(
                Reason::AlreadyExists,
                format!("erasure request {} for this customer is pending", p.id),
            ));
        }
        let row = customer_erasure::ActiveModel {
            id: NotSet,
            customer_id: Set(customer_id),
            status: Set(ErasureStatus::Pending.code().into()),
            reason: Set(reason.clone()),
            requested_by: Set(actor.user_id.0),
            requested_at: Set(now),
            decided_by: Set(None),
            decided_at: Set(None),
            decision_reason: Set(None),
            complaints_scrubbed: Set(None),
        }
        .insert(&*tx)
        .await?;
        audit::record(
            &tx,
            meta,
            now,
            Entry::new("customer.erase.request", Some(actor))
                .customer(customer_id)
                .target("customer_erasure", row.id)
                .detail(serde_json::json!({ "reason": reason })),
        )
        .await?;
        tx.commit().await?;
        row.try_into()
    }

    /// Approve (and carry out) or reject a pending erasure request.
    pub async fn decide_erasure(
        &self,
        actor: &Actor,
        meta: &RequestMeta,
        id: i64,
        approve: bool,
        reason: &str,
    ) -> AppResult<ErasureView> {
        let reason = required_text("reason", reason, 2000)?;
        let req = customer_erasure::Entity::find_by_id(id)
            .one(self.db.conn())
            .await?
            .ok_or_else(|| AppError::not_found(format!("erasure request {id}")))?;
        self.authorize(
            actor,
            meta,
            "customer.erase",
            on("customer_erasure", id),
            policy::can_decide_erasure(actor, req.requested_by),
        )
        .await?;
        let now = self.now();
        let tx = self.db.write_tx().await?;
        let status = if approve {
            ErasureStatus::Done
        } else {
            ErasureStatus::Rejected
        };
        let res = customer_erasure::Entity::update_many()
            .col_expr(customer_erasure::Column::Status, Expr::value(status.code()))
            .col_expr(
                customer_erasure::Column::DecidedBy,
                Expr::value(actor.user_id.0),
            )
            .col_expr(customer_erasure::Column::DecidedAt, Expr::value(now))
            .col_expr(
                customer_erasure::Column::DecisionReason,
                Expr::value(reason.clone()),
            )
            .filter(customer_erasure::Column::Id.eq(id))
            .filter(customer_erasure::Column::Status.eq(ErasureStatus::Pending.code()))
            .exec(&*tx)
            .await?;
        if res.rows_affected == 0 {
            return Err(AppError::because(
                Reason::AlreadyDecided,
                format!("erasure request {id} has already been decided"),
            ));
        }
        let mut scrubbed = None;
        if approve {
            let erased = self
                .erase_customer_in(
                    &tx,
                    meta,
                    Some(actor),
                    req.customer_id,
                    Trigger::Request(id),
                    now,
                )
                .await?;
            scrubbed = Some(erased.map_or(0, |e| e.complaints_scrubbed as i64));
            customer_erasure::Entity::update_many()
                .col_expr(
                    customer_erasure::Column::ComplaintsScrubbed,
                    Expr::value(scrubbed),
                )
                .filter(customer_erasure::Column::Id.eq(id))
                .exec(&*tx)
                .await?;
        }
        audit::record(
            &tx,
            meta,
            now,
            Entry::new("customer.erase.decide", Some(actor))
                .customer(req.customer_id)
                .target("customer_erasure", id)
                .detail(serde_json::json!({ "approved": approve, "reason": reason })),
        )
        .await?;
        tx.commit().await?;
        self.index_signal();
        customer_erasure::Model {
            status: status.code().into(),
            decided_by: Some(actor.user_id.0),
            decided_at: Some(now),
            decision_reason: Some(reason),
            complaints_scrubbed: scrubbed,
            ..req
        }
        .try_into()
    }

    /// Erasure requests, newest first, optionally of one status: for those
    /// who ask for erasures or decide them.
    pub async fn customer_erasures(
        &self,
        actor: &Actor,
        meta: &RequestMeta,
        status: Option<ErasureStatus>,
        first: Option<i64>,
        after: Option<&str>,
    ) -> AppResult<Page<ErasureView>> {
        if !actor.has(Permission::CustomerErase) {
            self.enforce(
                actor,
                meta,
                "customer.erase.list",
                Permission::CustomerEraseRequest,
            )
            .await?;
        }
        let mut q = customer_erasure::Entity::find();
        if let Some(s) = status {
            q = q.filter(customer_erasure::Column::Status.eq(s.code()));
        }
        let page = id_page(
            self.db.conn(),
            q,
            customer_erasure::Column::Id,
            first,
            after,
            true,
        )
        .await?;
        page.try_into_page(ErasureView::try_from, |v| v.id)
    }
}
