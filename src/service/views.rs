//! What services hand to the API layer: plain values, personal data already
//! masked. The API never sees a database row.
use crate::db::entity::{
    attachment, audit_log, category, complaint, complaint_event, customer, role, team, user,
};
use crate::domain::complaint::{Channel, EventKind, Priority, Responsibility, Status, Visibility};
use crate::domain::ids::*;
use crate::domain::masking;
use crate::domain::permission::Permission;
use chrono::{DateTime, NaiveDate, Utc};

#[derive(Debug, Clone)]
pub struct UserView {
    pub id: UserId,
    pub username: String,
    pub display_name: String,
    pub team_id: Option<TeamId>,
    pub active: bool,
    pub created_at: DateTime<Utc>,
}

impl From<user::Model> for UserView {
    fn from(m: user::Model) -> Self {
        UserView {
            id: UserId(m.id),
            username: m.username,
            display_name: m.display_name,
            team_id: m.team_id.map(TeamId),
            active: m.active,
            created_at: m.created_at,
        }
    }
}

impl From<crate::db::joined::UserRow> for UserView {
    fn from(m: crate::db::joined::UserRow) -> Self {
        UserView {
            id: UserId(m.id),
            username: m.username,
            display_name: m.display_name,
            team_id: m.team_id.map(TeamId),
            active: m.active,
            created_at: m.created_at,
        }
    }
}

#[derive(Debug, Clone)]
pub struct TeamView {
    pub id: TeamId,
    pub name: String,
    pub kind: String,
    pub parent_id: Option<TeamId>,
}

impl From<team::Model> for TeamView {
    fn from(m: team::Model) -> Self {
        TeamView {
            id: TeamId(m.id),
            name: m.name,
            kind: m.kind,
            parent_id: m.parent_id.map(TeamId),
        }
    }
}

#[derive(Debug, Clone)]
pub struct CategoryView {
    pub id: CategoryId,
    pub code: String,
    pub name: String,
    pub parent_id: Option<CategoryId>,
    pub default_team_id: Option<TeamId>,
}

impl From<category::Model> for CategoryView {
    fn from(m: category::Model) -> Self {
        CategoryView {
            id: CategoryId(m.id),
            code: m.code,
            name: m.name,
            parent_id: m.parent_id.map(CategoryId),
            default_team_id: m.default_team_id.map(TeamId),
        }
    }
}

#[derive(Debug, Clone)]
pub struct RoleView {
    pub id: RoleId,
    pub code: String,
    pub name: String,
    pub builtin: bool,
    pub permissions: Vec<Permission>,
}

impl RoleView {
    pub fn new(m: role::Model, mut permissions: Vec<Permission>) -> Self {
        permissions.sort();
        RoleView {
            id: RoleId(m.id),
            code: m.code,
            name: m.name,
            builtin: m.builtin,
            permissions,
        }
    }
}

/// A customer as everybody sees them: every personal field masked.
#[derive(Debug, Clone)]
pub struct CustomerView {
    pub id: CustomerId,
    pub name_masked: String,
    pub phone_masked: String,
    pub id_card_masked: Option<String>,
    pub email_masked: Option<String>,
}

impl From<customer::Model> for CustomerView {
    fn from(m: customer::Model) -> Self {
        CustomerView {
            id: CustomerId(m.id),
            name_masked: masking::mask_name(&m.name),
            phone_masked: masking::mask_phone(&m.phone),
            id_card_masked: m.id_card.as_deref().map(masking::mask_id_card),
            email_masked: m.email.as_deref().map(masking::mask_email),
        }
    }
}

impl From<crate::db::joined::CustomerRow> for CustomerView {
    fn from(m: crate::db::joined::CustomerRow) -> Self {
        CustomerView {
            id: CustomerId(m.id),
            name_masked: masking::mask_name(&m.name),
            phone_masked: masking::mask_phone(&m.phone),
            id_card_masked: m.id_card.as_deref().map(masking::mask_id_card),
            email_masked: m.email.as_deref().map(masking::mask_email),
        }
    }
}

/// A customer's contact in clear, only ever built by `service::access`.
#[derive(Debug, Clone)]
pub struct RevealedContact {
    pub customer_id: CustomerId,
    pub name: String,
    pub phone: String,
    pub id_card: Option<String>,
    pub email: Option<String>,
    pub audit_id: AuditId,
}

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

#[derive(Debug, Clone)]
pub struct AuditView {
    pub id: AuditId,
    pub at: DateTime<Utc>,
    pub actor_id: Option<UserId>,
    pub actor_name: Option<String>,
    pub action: String,
    pub outcome: String,
    pub target_type: Option<String>,
    pub target_id: Option<String>,
    pub customer_id: Option<CustomerId>,
    pub fields: Vec<String>,
    pub ip: Option<String>,
    pub request_id: Option<String>,
    pub detail: serde_json::Value,
}

impl From<audit_log::Model> for AuditView {
    fn from(m: audit_log::Model) -> Self {
        AuditView {
            id: AuditId(m.id),
            at: m.at,
            actor_id: m.actor_id.map(UserId),
            actor_name: m.actor_name,
            action: m.action,
            outcome: m.outcome,
            target_type: m.target_type,
            target_id: m.target_id,
            customer_id: m.customer_id.map(CustomerId),
            fields: m
                .fields
                .map(|f| {
                    f.split(',')
                        .filter(|s| !s.is_empty())
                        .map(str::to_string)
                        .collect()
                })
                .unwrap_or_default(),
            ip: m.ip,
            request_id: m.request_id,
            detail: serde_json::from_str(&m.detail).unwrap_or(serde_json::Value::Null),
        }
    }
}

/// One page of a keyset-paginated list.
#[derive(Debug, Clone)]
pub struct Page<T> {
    pub items: Vec<(String, T)>,
    pub has_next: bool,
    pub has_previous: bool,
}
