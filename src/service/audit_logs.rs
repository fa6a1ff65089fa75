//! Reading the audit trail (auditors only; the read itself is audited).
use super::queries::{decode_cursor, encode_cursor, page_size};
use super::views::{AuditView, Page};
use super::Services;
use crate::audit::Entry;
use crate::auth::policy;
use crate::auth::{Actor, RequestMeta};
use crate::db::entity::audit_log;
use crate::domain::permission::Permission;
use crate::error::AppResult;
use chrono::{DateTime, Utc};
use sea_orm::{ColumnTrait, EntityTrait, QueryFilter, QueryOrder, QuerySelect};

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
        let first = page_size(first)?;
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
        let cursor = after.map(decode_cursor).transpose()?;
        if let Some((_, id)) = cursor {
            q = q.filter(C::Id.lt(id));
        }
        let rows = q
            .order_by_desc(C::Id)
            .limit(first + 1)
            .all(self.db.conn())
            .await?;
        let has_next = rows.len() as u64 > first;
        self.write_audit(
            meta,
            Entry::new("audit.read", Some(actor))
                .detail(serde_json::json!({ "rows": rows.len().min(first as usize) })),
        )
        .await?;
        Ok(Page {
            items: rows
                .into_iter()
                .take(first as usize)
                .map(|m| (encode_cursor(None, m.id), AuditView::from(m)))
                .collect(),
            has_next,
            has_previous: cursor.is_some(),
        })
    }
}
