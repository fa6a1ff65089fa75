//! Retention (PIPL): how long each class of record is kept (see
//! `domain::retention`), set by those who manage retention, and the run
//! that enforces it: `kesu retention run`, and a daily scheduler job.
//!
//! A run works in batches, each in one transaction: customers past
//! retention are erased exactly as an approved request erases them (one
//! `customer.erase` record each, trigger `retention`), old search analytics
//! and read notifications are deleted, and a `retention.run` record gives
//! the counts.
use crate::audit::{self, Entry};
use crate::auth::{Actor, RequestMeta};
use crate::db::entity::{
    complaint, customer, kb_search_log, kb_search_shown, notification, retention_rule,
};
use crate::db::WriteTx;
use crate::domain::permission::Permission;
use crate::domain::retention::RecordClass;
use crate::error::{AppError, AppResult, Reason};
use crate::service::customers::erasure::Trigger;
use crate::service::Services;
use chrono::{DateTime, Utc};
use sea_orm::sea_query::{Expr, ExprTrait, Query};
use sea_orm::{ColumnTrait, Condition, EntityTrait, QueryFilter, QueryOrder, QuerySelect};

/// A retention rule as the API shows it.
#[derive(Debug, Clone)]
pub struct RetentionRuleView {
    pub class: RecordClass,
    pub days: i64,
    pub version: i32,
    pub updated_at: Option<DateTime<Utc>>,
    pub updated_by: Option<i64>,
}

impl TryFrom<retention_rule::Model> for RetentionRuleView {
    type Error = AppError;

    fn try_from(m: retention_rule::Model) -> AppResult<Self> {
        Ok(RetentionRuleView {
            class: RecordClass::from_code(&m.record_class).ok_or_else(|| {
                AppError::internal_msg(format!("unknown record class {:?}", m.record_class))
            })?,
            days: m.days,
            version: m.version,
            updated_at: m.updated_at,
            updated_by: m.updated_by,
        })
    }
}

/// Customers erased, and rows deleted, per batch.
pub const BATCH: u64 = 200;

/// What one batch of a retention run did.
#[derive(Debug, Default, Clone, Copy, PartialEq, Eq)]
pub struct RetentionBatch {
    pub customers_erased: u64,
    pub complaints_scrubbed: u64,
    pub search_logs_deleted: u64,
    pub notifications_deleted: u64,
    /// Whether a class had more past retention than one batch takes.
    pub more: bool,
}

impl RetentionBatch {
    fn add(&mut self, o: RetentionBatch) {
        self.customers_erased += o.customers_erased;
        self.complaints_scrubbed += o.complaints_scrubbed;
        self.search_logs_deleted += o.search_logs_deleted;
        self.notifications_deleted += o.notifications_deleted;
    }
}

impl Services {
    /// The retention rules: for auditors and for those who manage retention.
    pub async fn retention_rules(
        &self,
        actor: &Actor,
        meta: &RequestMeta,
    ) -> AppResult<Vec<RetentionRuleView>> {
        if !actor.has(Permission::AuditRead) {
            self.enforce(actor, meta, "retention.read", Permission::RetentionManage)
                .await?;
        }
        let mut rows = retention_rule::Entity::find()
            .all(self.db.conn())
            .await?
            .into_iter()
            .map(RetentionRuleView::try_from)
            .collect::<AppResult<Vec<_>>>()?;
        rows.sort_by_key(|r| r.class);
        Ok(rows)
    }

    /// Set how many days a class of record is kept (audited, versioned: the
    /// caller names the version they saw).
    pub async fn update_retention_rule(
        &self,
        actor: &Actor,
        meta: &RequestMeta,
        class: RecordClass,
        days: i64,
        version: i32,
    ) -> AppResult<RetentionRuleView> {
        self.enforce(actor, meta, "retention.update", Permission::RetentionManage)
            .await?;
        let days = class
            .check_days(days)
            .map_err(|m| AppError::bad_input("days", m))?;
        let now = self.now();
        let tx = self.db.write_tx().await?;
        let before = retention_rule::Entity::find_by_id(class.code())
            .one(&*tx)
            .await?
            .ok_or_else(|| AppError::not_found(format!("retention rule {}", class.code())))?;
        let res = retention_rule::Entity::update_many()
            .col_expr(retention_rule::Column::Days, Expr::value(days))
            .col_expr(retention_rule::Column::Version, Expr::value(version + 1))
            .col_expr(retention_rule::Column::UpdatedAt, Expr::value(now))
            .col_expr(
                retention_rule::Column::UpdatedBy,
                Expr::value(actor.user_id.0),
            )
            .filter(retention_rule::Column::RecordClass.eq(class.code()))
            .filter(retention_rule::Column::Version.eq(version))
            .exec(&*tx)
            .await?;
        if res.rows_affected == 0 {
            return Err(AppError::because(
                Reason::StaleVersion,
                format!(
                    "the {} rule is at version {}, not {version}",
                    class.code(),
                    before.version
                ),
            ));
        }
        audit::record(
            &tx,
            meta,
            now,
            Entry::new("retention.update", Some(actor)).detail(serde_json::json!({
                "recordClass": class.code(), "from": before.days, "to": days,
            })),
        )
        .await?;
        tx.commit().await?;
        Ok(RetentionRuleView {
            class,
            days,
            version: version + 1,
            updated_at: Some(now),
            updated_by: Some(actor.user_id.0),
        })
    }

    async fn retention_days(&self, tx: &WriteTx) -> AppResult<Vec<(RecordClass, i64)>> {
        let rows = retention_rule::Entity::find().all(&**tx).await?;
        rows.into_iter()
            .map(|r| {
                RecordClass::from_code(&r.record_class)
                    .map(|c| (c, r.days))
                    .ok_or_else(|| {
                        AppError::internal_msg(format!("unknown record class {}", r.record_class))
                    })
            })
            .collect()
    }

    /// One batch of retention in `tx`, at `now`.
    pub(crate) async fn retention_batch_in(
        &self,
        tx: &WriteTx,
        meta: &RequestMeta,
        now: DateTime<Utc>,
    ) -> AppResult<RetentionBatch> {
        let mut out = RetentionBatch::default();
        for (class, days) in self.retention_days(tx).await? {
            let cutoff = RecordClass::cutoff(now, days);
            match class {
                RecordClass::Customer => {
                    let ids = past_retention(tx, cutoff).await?;
                    out.more |= ids.len() as u64 == BATCH;
                    for id in ids {
                        if let Some(e) = self
                            .erase_customer_in(tx, meta, None, id, Trigger::Retention, now)
                            .await?
                        {
                            out.customers_erased += 1;
                            out.complaints_scrubbed += e.complaints_scrubbed;
                        }
                    }
                }
                RecordClass::SearchLog => {
                    let keys: Vec<String> = kb_search_log::Entity::find()
                        .filter(kb_search_log::Column::SearchedAt.lt(cutoff))
                        .select_only()
                        .column(kb_search_log::Column::SearchKey)
                        .limit(BATCH * 5)
                        .into_tuple()
                        .all(&**tx)
                        .await?;
                    out.more |= keys.len() as u64 == BATCH * 5;
                    kb_search_shown::Entity::delete_many()
                        .filter(kb_search_shown::Column::SearchKey.is_in(keys.clone()))
                        .exec(&**tx)
                        .await?;
                    out.search_logs_deleted = kb_search_log::Entity::delete_many()
                        .filter(kb_search_log::Column::SearchKey.is_in(keys))
                        .exec(&**tx)
                        .await?
                        .rows_affected;
                }
                RecordClass::Notification => {
                    out.notifications_deleted = notification::Entity::delete_many()
                        .filter(notification::Column::ReadAt.lt(cutoff))
                        .exec(&**tx)
                        .await?
                        .rows_affected;
                }
            }
        }
        if out != RetentionBatch::default() {
            let entry =
                Entry::system("retention.run", audit::SCHEDULER).detail(serde_json::json!({
                    "customersErased": out.customers_erased,
                    "complaintsScrubbed": out.complaints_scrubbed,
                    "searchLogsDeleted": out.search_logs_deleted,
                    "notificationsDeleted": out.notifications_deleted,
                }));
            audit::record(tx, meta, now, entry).await?;
        }
        Ok(out)
    }

    /// `kesu retention run`: batches until nothing is past retention.
    pub async fn run_retention(&self) -> AppResult<RetentionBatch> {
        let meta = RequestMeta {
            request_id: "cli".into(),
            ..Default::default()
        };
        let mut total = RetentionBatch::default();
        loop {
            let tx = self.db.write_tx().await?;
            let batch = self.retention_batch_in(&tx, &meta, self.now()).await?;
            tx.commit().await?;
            total.add(batch);
            if !batch.more {
                break;
            }
        }
        self.index_signal();
        Ok(total)
    }
}

/// Customers not erased, registered before `cutoff`, with no complaint open
/// or closed since `cutoff` (at most [`BATCH`], lowest id first).
async fn past_retention(tx: &WriteTx, cutoff: DateTime<Utc>) -> AppResult<Vec<i64>> {
    let recent = Query::select()
        .expr(Expr::val(1))
        .from(complaint::Entity)
        .and_where(
            Expr::col((complaint::Entity, complaint::Column::CustomerId))
                .equals((customer::Entity, customer::Column::Id)),
        )
        .cond_where(
            Condition::any()
                .add(Expr::col((complaint::Entity, complaint::Column::ClosedAt)).is_null())
                .add(Expr::col((complaint::Entity, complaint::Column::ClosedAt)).gte(cutoff)),
        )
        .to_owned();
    Ok(customer::Entity::find()
        .filter(customer::Column::ErasedAt.is_null())
        .filter(customer::Column::CreatedAt.lt(cutoff))
        .filter(Expr::exists(recent).not())
        .order_by_asc(customer::Column::Id)
        .select_only()
        .column(customer::Column::Id)
        .limit(BATCH)
        .into_tuple()
        .all(&**tx)
        .await?)
}
