//! Reading the audit trail (auditors only; the read itself is audited).
use super::queries::id_page;
use super::views::{AuditView, Page};
use super::Services;
use crate::audit::Entry;
use crate::auth::policy;
use crate::auth::{Actor, RequestMeta};
use crate::db::entity::audit_log;
use crate::domain::permission::Permission;
use crate::error::AppResult;
use chrono::{DateTime, Utc};
use sea_orm::{ColumnTrait, EntityTrait, QueryFilter};

#[derive(Debug, Clone, Default)]
pub struct AuditFilter {
    pub actor_id: Option<i64>,
    pub actor_name: Option<String>,
    pub action: Option<String>,
    pub outcome: Option<String>,
    pub customer_id: Option<i64>,
    pub target_type: Option<String>,
    pub target_id: Option<String>,
    pub from: Option<DateTime<Utc>>,
    pub to: Option<DateTime<Utc>>,
}

impl Services {
    pub async fn audit_logs(
        &self,
        actor: &Actor,
        meta: &RequestMeta,
        f: &AuditFilter,
        first: Option<i64>,
        after: Option<&str>,
    ) -> AppResult<Page<AuditView>> {
        if let Err(d) = policy::require(actor, Permission::AuditRead) {
            return Err(self.deny(actor, meta, "audit.read", None, d).await);
        }
        use audit_log::Column as C;
        let mut q = audit_log::Entity::find();
        if let Some(v) = f.actor_id {
            q = q.filter(C::ActorId.eq(v));
        }
        if let Some(v) = &f.actor_name {
            q = q.filter(C::ActorName.eq(v.as_str()));
        }
        if let Some(v) = &f.action {
            q = q.filter(C::Action.eq(v.as_str()));
        }
        if let Some(v) = &f.outcome {
            q = q.filter(C::Outcome.eq(v.as_str()));
        }
        if let Some(v) = f.customer_id {
            q = q.filter(C::CustomerId.eq(v));
        }
        if let Some(v) = &f.target_type {
            q = q.filter(C::TargetType.eq(v.as_str()));
        }
        if let Some(v) = &f.target_id {
            q = q.filter(C::TargetId.eq(v.as_str()));
        }
        if let Some(v) = f.from {
            q = q.filter(C::At.gte(v));
        }
        if let Some(v) = f.to {
            q = q.filter(C::At.lt(v));
        }
        let page = id_page(self.db.conn(), q, C::Id, first, after, true).await?;
        self.write_audit(
            meta,
            Entry::new("audit.read", Some(actor))
                .detail(serde_json::json!({ "rows": page.rows.len() })),
        )
        .await?;
        Ok(page.into_page(|m| (m.id, AuditView::from(m))))
    }
}
