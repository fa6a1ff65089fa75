//! Reading the audit trail (auditors only; the read itself is audited).
use crate::audit::export::{self, Language};
use crate::audit::{self, Entry};
use crate::auth::{Actor, RequestMeta};
use crate::db::entity::{audit_log, customer};
use crate::domain::ids::AuditId;
use crate::domain::ids::{CustomerId, UserId};
use crate::domain::permission::Permission;
use crate::error::{AppError, AppResult};
use crate::service::complaints::intake::validate_phone;
use crate::service::page::id_page;
use crate::service::page::Page;
use crate::service::{required_text, Services};
use chrono::{DateTime, Utc};
use sea_orm::{ColumnTrait, EntityTrait, QueryFilter, QueryOrder, QuerySelect};

#[derive(Debug, Clone, Default)]
pub struct AuditFilter {
    pub actor_id: Option<i64>,
    pub actor_name: Option<String>,
    pub action: Option<String>,
    pub outcome: Option<String>,
    pub customer_id: Option<i64>,
    /// A customer's phone number, exactly (normalised as at intake).
    pub customer_phone: Option<String>,
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
        self.enforce(actor, meta, "audit.read", Permission::AuditRead)
            .await?;
        let customer = self.audit_filter_customer(actor, meta, f).await?;
        let q = filtered(f, customer);
        let page = id_page(self.db.conn(), q, audit_log::Column::Id, first, after, true).await?;
        let mut entry = Entry::new("audit.read", Some(actor))
            .detail(serde_json::json!({ "rows": page.rows.len(), "filter": filter_json(f) }));
        if let Some(c) = customer {
            entry = entry.customer(c);
        }
        self.write_reads(meta, vec![entry]).await?;
        Ok(page.into_page(|m| (m.id, AuditView::from(m))))
    }

    /// The customer a filter names, by id or by phone; NOT_FOUND when there is
    /// no such customer (an empty result would read as "nobody has seen their
    /// data"). A phone is looked up as at intake, and the lookup is audited.
    async fn audit_filter_customer(
        &self,
        actor: &Actor,
        meta: &RequestMeta,
        f: &AuditFilter,
    ) -> AppResult<Option<i64>> {
        let by_phone = match f.customer_phone.as_deref().map(str::trim) {
            None | Some("") => None,
            Some(raw) => {
                let phone = validate_phone(raw).map_err(|_| {
                    AppError::bad_input("customerPhone", "phone must be 5 to 20 digits")
                })?;
                let found =
                    crate::db::customers::by_phone(self.db.conn(), &self.vault, &phone).await?;
                let mut entry = Entry::new("customer.lookup", Some(actor))
                    .fields(&["phone"])
                    .detail(
                        serde_json::json!({ "found": found.is_some(), "purpose": "audit.filter" }),
                    );
                if let Some(c) = &found {
                    entry = entry.customer(c.id);
                }
                self.write_reads(meta, vec![entry]).await?;
                let c =
                    found.ok_or_else(|| AppError::not_found("customer with this phone number"))?;
                Some(c.id)
            }
        };
        if let Some(id) = f.customer_id {
            let exists = customer::Entity::find_by_id(id)
                .one(self.db.conn())
                .await?
                .is_some();
            if !exists {
                return Err(AppError::not_found(format!("customer {id}")));
            }
            if by_phone.is_some_and(|p| p != id) {
                // both given and they disagree: nothing can match
                return Ok(Some(-1));
            }
            return Ok(Some(id));
        }
        Ok(by_phone)
    }

    /// The matching audit records as CSV (UTF-8 with a BOM so spreadsheet
    /// programs read the Chinese correctly), newest first. The export is
    /// itself audited, with its filter and row count, in the transaction that
    /// reads the rows.
    pub async fn export_audit_logs(
        &self,
        actor: &Actor,
        meta: &RequestMeta,
        f: &AuditFilter,
        reason: &str,
        language: Language,
    ) -> AppResult<AuditExport> {
        let reason = required_text("reason", reason, 500)?;
        self.enforce(actor, meta, "audit.export", Permission::AuditExport)
            .await?;
        let customer = self.audit_filter_customer(actor, meta, f).await?;
        let tx = self.db.write_tx().await?;
        let rows = filtered(f, customer)
            .order_by_desc(audit_log::Column::Id)
            .limit(MAX_EXPORT_ROWS + 1)
            .all(&*tx)
            .await?;
        if rows.len() as u64 > MAX_EXPORT_ROWS {
            return Err(AppError::bad_input(
                "filter",
                format!(
                "more than {MAX_EXPORT_ROWS} records match: narrow the filter (time range, action, actor)"
                ),
            ));
        }
        let row_count = rows.len();
        let csv = export::render(&rows, language).map_err(AppError::internal)?;
        let now = self.now();
        let recorded = audit::record(
            &tx,
            meta,
            now,
            Entry::new("audit.export", Some(actor)).detail(serde_json::json!({
                "reason": reason,
                "rows": row_count,
                "filter": filter_json(f),
                "language": format!("{language:?}"),
            })),
        )
        .await?;
        tx.commit().await?;
        Ok(AuditExport {
            filename: format!("kesu-audit-{}.csv", now.format("%Y%m%d-%H%M%S")),
            row_count,
            csv,
            audit_id: recorded.id(),
        })
    }
}

/// Largest export; beyond it the caller must narrow the filter.
pub const MAX_EXPORT_ROWS: u64 = 50_000;

pub struct AuditExport {
    pub filename: String,
    pub row_count: usize,
    pub csv: String,
    pub audit_id: AuditId,
}

fn filter_json(f: &AuditFilter) -> serde_json::Value {
    serde_json::json!({
        "actorId": f.actor_id, "actorName": f.actor_name, "action": f.action,
        "outcome": f.outcome, "customerId": f.customer_id,
        "customerPhone": f.customer_phone.as_ref().map(|_| "(given)"), "targetType": f.target_type,
        "targetId": f.target_id, "from": f.from, "to": f.to,
    })
}

/// The audit records matching a filter (shared by the list and the export).
fn filtered(f: &AuditFilter, customer: Option<i64>) -> sea_orm::Select<audit_log::Entity> {
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
    if let Some(v) = customer {
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
    q
}

#[derive(Debug, Clone)]
pub struct AuditView {
    pub id: AuditId,
    pub at: DateTime<Utc>,
    pub actor_id: Option<UserId>,
    pub actor_name: Option<String>,
    /// `user`, `system` (an internal principal such as the scheduler, named
    /// by `actor_name`) or `anonymous`.
    pub actor_kind: String,
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
            actor_kind: m.actor_kind.unwrap_or_else(|| {
                let derived = if m.actor_id.is_some() {
                    crate::audit::ActorKind::User
                } else {
                    crate::audit::ActorKind::Anonymous
                };
                derived.code().to_string()
            }),
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
