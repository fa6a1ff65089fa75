//! What the complaints context hands to the API layer: complaints, timeline
//! events and attachments (plain values, never database rows).
use crate::db::entity::{attachment, complaint, complaint_event};
use crate::domain::complaint::{Channel, EventKind, Priority, Responsibility, Status, Visibility};
use crate::domain::ids::*;
use chrono::{DateTime, NaiveDate, Utc};

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
    pub escalated_at: Option<DateTime<Utc>>,
    pub first_replied_at: Option<DateTime<Utc>>,
    pub resolved_at: Option<DateTime<Utc>>,
    pub closed_at: Option<DateTime<Utc>>,
    pub used_kb_version_id: Option<i64>,
    pub announcement_id: Option<i64>,
}

impl ComplaintView {
    pub fn facts(&self) -> crate::auth::policy::ComplaintFacts {
        crate::auth::policy::ComplaintFacts {
            id: self.id,
            status: self.status,
            accepted_by: self.accepted_by_id,
            assignee: self.assignee_id,
            team: self.team_id,
        }
    }
}

impl From<complaint::Model> for ComplaintView {
    fn from(m: complaint::Model) -> Self {
        ComplaintView {
            id: ComplaintId(m.id),
            number: m.number,
            customer_id: CustomerId(m.customer_id),
            channel: Channel::from_code(&m.channel).unwrap_or(Channel::Hotline),
            category_id: CategoryId(m.category_id),
            priority: Priority::from_code(&m.priority).unwrap_or(Priority::Normal),
            status: Status::from_code(&m.status).unwrap_or(Status::Accepted),
            title: m.title,
            description: m.description,
            occurred_at: m.occurred_at,
            occurred_place: m.occurred_place,
            product_model: m.product_model,
            product_batch: m.product_batch,
            order_number: m.order_number,
            purchased_on: m.purchased_on,
            shipped_on: m.shipped_on,
            arrived_on: m.arrived_on,
            amount_disputed_cents: m.amount_disputed_cents,
            refund_requested_cents: m.refund_requested_cents,
            refund_granted_cents: m.refund_granted_cents,
            responsibility: m
                .responsibility
                .as_deref()
                .and_then(Responsibility::from_code),
            findings: m.findings,
            resolution: m.resolution,
            satisfaction: m.satisfaction,
            is_major: m.is_major,
            repeat_of_id: m.repeat_of_id.map(ComplaintId),
            reopen_count: m.reopen_count,
            accepted_by_id: UserId(m.accepted_by_id),
            accepted_team_id: m.accepted_team_id.map(TeamId),
            team_id: m.team_id.map(TeamId),
            assignee_id: m.assignee_id.map(UserId),
            version: m.version,
            created_at: m.created_at,
            updated_at: m.updated_at,
            escalated_at: m.escalated_at,
            first_replied_at: m.first_replied_at,
            resolved_at: m.resolved_at,
            closed_at: m.closed_at,
            used_kb_version_id: m.used_kb_version_id,
            announcement_id: m.announcement_id,
        }
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

impl From<complaint_event::Model> for EventView {
    fn from(m: complaint_event::Model) -> Self {
        EventView {
            id: EventId(m.id),
            complaint_id: ComplaintId(m.complaint_id),
            kind: EventKind::from_code(&m.kind).unwrap_or(EventKind::Updated),
            actor_id: m.actor_id.map(UserId),
            visibility: Visibility::from_code(&m.visibility).unwrap_or(Visibility::Internal),
            from_status: m.from_status.as_deref().and_then(Status::from_code),
            to_status: m.to_status.as_deref().and_then(Status::from_code),
            body: m.body,
            data: serde_json::from_str(&m.data).unwrap_or(serde_json::Value::Null),
            created_at: m.created_at,
        }
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
