//! Editing and ending announcements. Both take the `version` the editor last
//! read (a stale one is STALE_VERSION), both are audited in the same
//! transaction, and an ended announcement is history: it cannot be edited,
//! ended again or linked to a new complaint (ANNOUNCEMENT_ENDED).
use crate::audit::{self, Entry};
use crate::auth::{Actor, RequestMeta};
use crate::db::entity::{announcement, category};
use crate::domain::permission::Permission;
use crate::error::{AppError, AppResult, Reason};
use crate::service::announcements::AnnouncementView;
use crate::service::authz::on;
use crate::service::{required_text, Services};
use chrono::{DateTime, Utc};
use sea_orm::sea_query::Expr;
use sea_orm::{ColumnTrait, EntityTrait, QueryFilter};

/// A change to an announcement; `None` leaves a field as it is, `Some(None)`
/// clears an optional one.
#[derive(Debug, Clone, Default)]
pub struct AnnouncementEdit {
    pub title: Option<String>,
    pub explanation: Option<String>,
    pub category_id: Option<Option<i64>>,
    pub active_from: Option<DateTime<Utc>>,
    pub active_until: Option<Option<DateTime<Utc>>>,
}

impl AnnouncementView {
    /// Ended: its end has passed (ending one sets its end to now).
    pub fn is_ended(&self, now: DateTime<Utc>) -> bool {
        self.active_until.is_some_and(|u| u <= now)
    }
}

fn ended() -> AppError {
    AppError::because(Reason::AnnouncementEnded, "this announcement has ended")
}

impl Services {
    pub async fn update_announcement(
        &self,
        actor: &Actor,
        meta: &RequestMeta,
        id: i64,
        expected_version: i32,
        edit: AnnouncementEdit,
    ) -> AppResult<AnnouncementView> {
        let current = self
            .announcement_for_change(actor, meta, id, expected_version, "announcement.update")
            .await?;
        let now = self.now();
        let title = edit
            .title
            .as_deref()
            .map(|t| required_text("title", t, 200))
            .transpose()?;
        let explanation = edit
            .explanation
            .as_deref()
            .map(|t| required_text("explanation", t, 5000))
            .transpose()?;
        if let Some(Some(c)) = edit.category_id {
            category::Entity::find_by_id(c)
                .one(self.db.conn())
                .await?
                .ok_or_else(|| AppError::bad_input("categoryId", "unknown category"))?;
        }
        let from = edit.active_from.unwrap_or(current.active_from);
        let until = edit.active_until.unwrap_or(current.active_until);
        if until.is_some_and(|u| u <= from) {
            return Err(AppError::bad_input(
                "activeUntil",
                "activeUntil must be after activeFrom",
            ));
        }
        if edit.active_until.is_some() && until.is_some_and(|u| u <= now) {
            return Err(AppError::bad_input(
                "activeUntil",
                "activeUntil must be in the future (use endAnnouncement to end it now)",
            ));
        }
        let mut q = announcement::Entity::update_many()
            .col_expr(
                announcement::Column::Version,
                Expr::value(expected_version + 1),
            )
            .col_expr(announcement::Column::ActiveFrom, Expr::value(from))
            .col_expr(announcement::Column::ActiveUntil, Expr::value(until));
        let mut changed = vec![];
        if let Some(t) = title {
            q = q.col_expr(announcement::Column::Title, Expr::value(t));
            changed.push("title");
        }
        if let Some(e) = explanation {
            q = q.col_expr(announcement::Column::Explanation, Expr::value(e));
            changed.push("explanation");
        }
        if let Some(c) = edit.category_id {
            q = q.col_expr(announcement::Column::CategoryId, Expr::value(c));
            changed.push("categoryId");
        }
        if edit.active_from.is_some() {
            changed.push("activeFrom");
        }
        if edit.active_until.is_some() {
            changed.push("activeUntil");
        }
        self.save_announcement(
            meta,
            id,
            expected_version,
            q,
            Entry::new("announcement.update", Some(actor))
                .target("announcement", id)
                .detail(serde_json::json!({ "changed": changed })),
        )
        .await
    }

    /// End an announcement now.
    pub async fn end_announcement(
        &self,
        actor: &Actor,
        meta: &RequestMeta,
        id: i64,
        expected_version: i32,
    ) -> AppResult<AnnouncementView> {
        self.announcement_for_change(actor, meta, id, expected_version, "announcement.end")
            .await?;
        let now = self.now();
        let q = announcement::Entity::update_many()
            .col_expr(
                announcement::Column::Version,
                Expr::value(expected_version + 1),
            )
            .col_expr(announcement::Column::ActiveUntil, Expr::value(Some(now)));
        self.save_announcement(
            meta,
            id,
            expected_version,
            q,
            Entry::new("announcement.end", Some(actor)).target("announcement", id),
        )
        .await
    }

    /// Permission (audited denial), existence, version and not ended.
    async fn announcement_for_change(
        &self,
        actor: &Actor,
        meta: &RequestMeta,
        id: i64,
        expected_version: i32,
        action: &str,
    ) -> AppResult<AnnouncementView> {
        let target = on("announcement", id);
        self.enforce_on(actor, meta, action, target, Permission::AnnouncementManage)
            .await?;
        let m = announcement::Entity::find_by_id(id)
            .one(self.db.conn())
            .await?
            .ok_or_else(|| AppError::not_found(format!("announcement {id}")))?;
        if m.version != expected_version {
            return Err(stale(m.version));
        }
        let view = AnnouncementView::from(m);
        if view.is_ended(self.now()) {
            return Err(ended());
        }
        Ok(view)
    }

    /// Apply the update if the version is still `expected_version` (else
    /// STALE_VERSION, nothing written), with its audit record.
    async fn save_announcement(
        &self,
        meta: &RequestMeta,
        id: i64,
        expected_version: i32,
        q: sea_orm::UpdateMany<announcement::Entity>,
        entry: Entry,
    ) -> AppResult<AnnouncementView> {
        let now = self.now();
        let tx = self.db.write_tx().await?;
        let res = q
            .filter(announcement::Column::Id.eq(id))
            .filter(announcement::Column::Version.eq(expected_version))
            .exec(&*tx)
            .await?;
        if res.rows_affected != 1 {
            let current = announcement::Entity::find_by_id(id).one(&*tx).await?;
            return Err(stale(
                current.map(|m| m.version).unwrap_or(expected_version),
            ));
        }
        audit::record(&tx, meta, now, entry).await?;
        let m = announcement::Entity::find_by_id(id)
            .one(&*tx)
            .await?
            .ok_or_else(|| AppError::internal_msg("announcement vanished in its transaction"))?;
        tx.commit().await?;
        Ok(m.into())
    }

    /// An announcement a new complaint may be linked to: it exists
    /// (INVALID_INPUT) and has not ended (ANNOUNCEMENT_ENDED).
    pub(crate) async fn ensure_announcement_linkable(&self, id: i64) -> AppResult<()> {
        let m = announcement::Entity::find_by_id(id)
            .one(self.db.conn())
            .await?
            .ok_or_else(|| AppError::bad_input("announcementId", "unknown announcement"))?;
        if AnnouncementView::from(m).is_ended(self.now()) {
            return Err(ended().on_field("announcementId"));
        }
        Ok(())
    }
}

fn stale(current: i32) -> AppError {
    AppError::stale_version(format!(
        "the announcement was changed by someone else (current version {current}); reload and try again"
    ))
}
