//! What the complaints context hands to the API layer: complaints, timeline
//! events and attachments (plain values, never database rows).
use crate::auth::policy::{ComplaintFacts, ReadToken};
use crate::db::entity::{attachment, complaint, complaint_event};
use crate::db::joined::ComplaintHead;
use crate::domain::complaint::{Channel, EventKind, Priority, Responsibility, Status, Visibility};
use crate::domain::ids::*;
use crate::error::{AppError, AppResult};
use chrono::{DateTime, NaiveDate, Utc};
use std::sync::Arc;

/// A complaint as the API shows it. Lists read only the columns a queue
/// shows ([`joined::ComplaintHead`]); the rest ([`ComplaintDetailView`]) is
/// there when the complaint was read whole, and otherwise loaded in one batch
/// by the API layer when a detail field is asked for.
#[derive(Debug, Clone)]
pub struct ComplaintView {
    pub id: ComplaintId,
    pub number: String,
    pub customer_id: CustomerId,
    pub channel: Channel,
    pub category_id: CategoryId,
    pub priority: Priority,
    pub status: Status,
    pub title: String,
    pub is_major: bool,
    pub repeat_of_id: Option<ComplaintId>,
    pub reopen_count: i32,
    pub accepted_by_id: UserId,
    pub accepted_team_id: Option<TeamId>,
    pub team_id: Option<TeamId>,
    pub assignee_id: Option<UserId>,
    pub version: i32,
    pub created_at: DateTime<Utc>,
    pub updated_at: DateTime<Utc>,
    pub announcement_id: Option<i64>,
    /// `None` for a list row: see [`ComplaintView`].
    pub detail: Option<Arc<ComplaintDetailView>>,
    /// The read policy's proof that the caller may see this complaint; the
    /// loaders of its timeline, attachments, customer and detail take it.
    pub read: ReadToken,
}

/// The fields of a complaint a queue does not show.
#[derive(Debug, Clone)]
pub struct ComplaintDetailView {
    pub description: String,
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
    pub refund_granted_cents: Option<i64>,
    pub responsibility: Option<Responsibility>,
    pub findings: Option<String>,
    pub resolution: Option<String>,
    pub satisfaction: Option<i32>,
    pub escalated_at: Option<DateTime<Utc>>,
    pub first_replied_at: Option<DateTime<Utc>>,
    pub resolved_at: Option<DateTime<Utc>>,
    pub closed_at: Option<DateTime<Utc>>,
    pub used_kb_version_id: Option<i64>,
    /// Failed attempts to reach the customer for the callback.
    pub callback_attempts: i32,
}

/// A code stored in a row, parsed; an unknown one is an internal error
/// (logged with the value), never a silent default.
pub(crate) fn stored<T>(
    kind: &'static str,
    value: &str,
    parse: impl FnOnce(&str) -> Option<T>,
) -> AppResult<T> {
    parse(value).ok_or_else(|| {
        tracing::error!(kind, value, "unknown value stored in the database");
        AppError::internal_msg(format!("unknown {kind} {value:?} in the database"))
    })
}

/// Same, for a nullable column.
pub(crate) fn stored_opt<T>(
    kind: &'static str,
    value: Option<&str>,
    parse: impl FnOnce(&str) -> Option<T>,
) -> AppResult<Option<T>> {
    value.map(|v| stored(kind, v, parse)).transpose()
}

/// The facts the read policy decides on, from a row.
pub(crate) fn facts_of(m: &complaint::Model) -> AppResult<ComplaintFacts> {
    Ok(ComplaintFacts {
        id: ComplaintId(m.id),
        status: stored("complaint status", &m.status, Status::from_code)?,
        accepted_by: UserId(m.accepted_by_id),
        assignee: m.assignee_id.map(UserId),
        team: m.team_id.map(TeamId),
        major: m.is_major,
    })
}

/// Same, from a list row.
pub(crate) fn head_facts(h: &ComplaintHead) -> AppResult<ComplaintFacts> {
    Ok(ComplaintFacts {
        id: ComplaintId(h.id),
        status: stored("complaint status", &h.status, Status::from_code)?,
        accepted_by: UserId(h.accepted_by_id),
        assignee: h.assignee_id.map(UserId),
        team: h.team_id.map(TeamId),
        major: h.is_major,
    })
}

impl ComplaintView {
    pub fn facts(&self) -> crate::auth::policy::ComplaintFacts {
        crate::auth::policy::ComplaintFacts {
            id: self.id,
            status: self.status,
            accepted_by: self.accepted_by_id,
            assignee: self.assignee_id,
            team: self.team_id,
            major: self.is_major,
        }
    }

    /// The view of a whole row the read policy let through (`read`).
    pub(crate) fn new(m: complaint::Model, read: ReadToken) -> AppResult<Self> {
        let detail = ComplaintDetailView::of(&m)?;
        let mut v = Self::head(ComplaintHead::from(m), read)?;
        v.detail = Some(Arc::new(detail));
        Ok(v)
    }

    /// The view of a list row (no detail) the read policy let through.
    pub(crate) fn head(h: ComplaintHead, read: ReadToken) -> AppResult<Self> {
        debug_assert_eq!(read.complaint().0, h.id);
        Ok(ComplaintView {
            id: ComplaintId(h.id),
            channel: stored("channel", &h.channel, Channel::from_code)?,
            priority: stored("priority", &h.priority, Priority::from_code)?,
            status: stored("complaint status", &h.status, Status::from_code)?,
            number: h.number,
            customer_id: CustomerId(h.customer_id),
            category_id: CategoryId(h.category_id),
            title: h.title,
            is_major: h.is_major,
            repeat_of_id: h.repeat_of_id.map(ComplaintId),
            reopen_count: h.reopen_count,
            accepted_by_id: UserId(h.accepted_by_id),
            accepted_team_id: h.accepted_team_id.map(TeamId),
            team_id: h.team_id.map(TeamId),
            assignee_id: h.assignee_id.map(UserId),
            version: h.version,
            created_at: h.created_at,
            updated_at: h.updated_at,
            announcement_id: h.announcement_id,
            detail: None,
            read,
        })
    }
}

impl ComplaintDetailView {
    pub(crate) fn of(m: &complaint::Model) -> AppResult<Self> {
        Ok(ComplaintDetailView {
            description: m.description.clone(),
            occurred_at: m.occurred_at,
            occurred_place: m.occurred_place.clone(),
            product_model: m.product_model.clone(),
            product_batch: m.product_batch.clone(),
            order_number: m.order_number.clone(),
            purchased_on: m.purchased_on,
            shipped_on: m.shipped_on,
            arrived_on: m.arrived_on,
            amount_disputed_cents: m.amount_disputed_cents,
            refund_requested_cents: m.refund_requested_cents,
            callback_attempts: m.callback_attempts,
            refund_granted_cents: m.refund_granted_cents,
            responsibility: stored_opt(
                "responsibility",
                m.responsibility.as_deref(),
                Responsibility::from_code,
            )?,
            findings: m.findings.clone(),
            resolution: m.resolution.clone(),
            satisfaction: m.satisfaction,
            escalated_at: m.escalated_at,
            first_replied_at: m.first_replied_at,
            resolved_at: m.resolved_at,
            closed_at: m.closed_at,
            used_kb_version_id: m.used_kb_version_id,
        })
    }
}

#[derive(Debug, Clone)]
pub struct EventView {
    pub id: EventId,
    pub complaint_id: ComplaintId,
    pub kind: EventKind,
    pub actor_id: Option<UserId>,
    pub visibility: Visibility,
    pub from_status: Option<Status>,
    pub to_status: Option<Status>,
    pub body: Option<String>,
    pub data: serde_json::Value,
    pub created_at: DateTime<Utc>,
}

impl TryFrom<complaint_event::Model> for EventView {
    type Error = AppError;

    fn try_from(m: complaint_event::Model) -> AppResult<Self> {
        Ok(EventView {
            id: EventId(m.id),
            complaint_id: ComplaintId(m.complaint_id),
            kind: stored("event kind", &m.kind, EventKind::from_code)?,
            actor_id: m.actor_id.map(UserId),
            visibility: stored("visibility", &m.visibility, Visibility::from_code)?,
            from_status: stored_opt(
                "complaint status",
                m.from_status.as_deref(),
                Status::from_code,
            )?,
            to_status: stored_opt(
                "complaint status",
                m.to_status.as_deref(),
                Status::from_code,
            )?,
            body: m.body,
            data: serde_json::from_str(&m.data).unwrap_or(serde_json::Value::Null),
            created_at: m.created_at,
        })
    }
}

impl EventView {
    /// The next reply a customer-visible progress note promised.
    pub fn promised_reply_at(&self) -> Option<DateTime<Utc>> {
        self.data
            .get("promisedReplyAt")
            .and_then(|v| v.as_str())
            .and_then(|s| DateTime::parse_from_rfc3339(s).ok())
            .map(|t| t.with_timezone(&Utc))
    }

    /// What the customer timeline needs of this event.
    pub fn facts(&self) -> crate::domain::customer_timeline::EventFacts<'_> {
        crate::domain::customer_timeline::EventFacts {
            kind: self.kind,
            visibility: self.visibility,
            to_status: self.to_status,
            body: self.body.as_deref(),
            promised_reply_at: self.promised_reply_at(),
            at: self.created_at,
        }
    }
}

#[derive(Debug, Clone)]
pub struct AttachmentView {
    pub id: AttachmentId,
    pub complaint_id: ComplaintId,
    pub filename: String,
    pub content_type: String,
    pub size_bytes: i64,
    pub sha256: String,
    pub uploaded_by_id: UserId,
    pub created_at: DateTime<Utc>,
}

impl From<attachment::Model> for AttachmentView {
    fn from(m: attachment::Model) -> Self {
        AttachmentView {
            id: AttachmentId(m.id),
            complaint_id: ComplaintId(m.complaint_id),
            filename: m.filename,
            content_type: m.content_type,
            size_bytes: m.size_bytes,
            sha256: m.sha256,
            uploaded_by_id: UserId(m.uploaded_by_id),
            created_at: m.created_at,
        }
    }
}
