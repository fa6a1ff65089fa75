//! Role, permission and audit-log types.
use crate::service::audit_trail::AuditView;
use crate::service::identity::views::*;
use async_graphql::{Object, SimpleObject, ID};
use chrono::{DateTime, Utc};

#[derive(Clone)]
pub struct Role(pub RoleView);

#[Object]
impl Role {
    async fn id(&self) -> ID {
        ID(self.0.id.to_string())
    }
    async fn code(&self) -> &str {
        &self.0.code
    }
    async fn name(&self) -> &str {
        &self.0.name
    }
    /// Built-in roles follow the code and cannot be edited.
    async fn builtin(&self) -> bool {
        self.0.builtin
    }
    /// What the role may grant without approval, in cents (null: the
    /// default, 1,000 元).
    async fn authority_limit_cents(&self) -> Option<i64> {
        self.0.authority_limit_cents
    }
    async fn permissions(&self) -> Vec<String> {
        self.0
            .permissions
            .iter()
            .map(|p| p.code().to_string())
            .collect()
    }
}

/// A named capability.
#[derive(SimpleObject)]
pub struct PermissionInfo {
    pub code: String,
    pub label: String,
}

#[derive(Clone)]
pub struct AuditLog(pub AuditView);

#[Object]
impl AuditLog {
    async fn id(&self) -> ID {
        ID(self.0.id.to_string())
    }
    async fn at(&self) -> DateTime<Utc> {
        self.0.at
    }
    async fn actor_id(&self) -> Option<ID> {
        self.0.actor_id.map(|a| ID(a.to_string()))
    }
    async fn actor_name(&self) -> Option<&str> {
        self.0.actor_name.as_deref()
    }
    /// user, system (an internal principal such as the scheduler, named by
    /// actorName; not a user account) or anonymous.
    async fn actor_kind(&self) -> &str {
        &self.0.actor_kind
    }
    async fn action(&self) -> &str {
        &self.0.action
    }
    /// success, denied or failure.
    async fn outcome(&self) -> &str {
        &self.0.outcome
    }
    async fn target_type(&self) -> Option<&str> {
        self.0.target_type.as_deref()
    }
    async fn target_id(&self) -> Option<&str> {
        self.0.target_id.as_deref()
    }
    async fn customer_id(&self) -> Option<ID> {
        self.0.customer_id.map(|a| ID(a.to_string()))
    }
    /// Personal-data fields read or searched.
    async fn fields(&self) -> &[String] {
        &self.0.fields
    }
    async fn ip(&self) -> Option<&str> {
        self.0.ip.as_deref()
    }
    async fn request_id(&self) -> Option<&str> {
        self.0.request_id.as_deref()
    }
    async fn detail(&self) -> async_graphql::Json<serde_json::Value> {
        async_graphql::Json(self.0.detail.clone())
    }
}
