//! Announcements (系统公告): one agreed explanation (统一解释口径) for a mass
//! incident, active for a window, optionally for one category. Complaints
//! can be linked to one (`announcementId` when registering).
pub use super::announcement_edits::AnnouncementEdit;
use crate::audit::{self, Entry};
use crate::auth::{Actor, RequestMeta};
use crate::db::entity::{announcement, category};
use crate::domain::permission::Permission;
use crate::error::{AppError, AppResult};
use crate::service::page::id_page;
use crate::service::page::Page;
use crate::service::{required_text, Services};
use chrono::{DateTime, Utc};
use sea_orm::{
    ActiveModelTrait, ActiveValue::NotSet, ColumnTrait, Condition, EntityTrait, QueryFilter, Set,
};

#[derive(Debug, Clone)]
pub struct AnnouncementView {
    pub id: i64,
    pub title: String,
    pub explanation: String,
    pub category_id: Option<i64>,
    pub active_from: DateTime<Utc>,
    pub active_until: Option<DateTime<Utc>>,
    pub created_by_id: i64,
    pub created_at: DateTime<Utc>,
    pub version: i32,
}

impl From<announcement::Model> for AnnouncementView {
    fn from(m: announcement::Model) -> Self {
        AnnouncementView {
            id: m.id,
            title: m.title,
            explanation: m.explanation,
            category_id: m.category_id,
            active_from: m.active_from,
            active_until: m.active_until,
            created_by_id: m.created_by_id,
            created_at: m.created_at,
            version: m.version,
        }
    }
}

#[derive(Debug, Clone)]
pub struct NewAnnouncement {
    pub title: String,
    pub explanation: String,
    pub category_id: Option<i64>,
    pub active_from: Option<DateTime<Utc>>,
    pub active_until: Option<DateTime<Utc>>,
}

/// A new announcement that passed [`Services::check_announcement`].
pub(crate) struct ValidAnnouncement {
    now: DateTime<Utc>,
    input: NewAnnouncement,
}

/// Insert a checked announcement and its audit record in the caller's
/// transaction (the caller has enforced `announcement.manage`).
pub(crate) async fn insert_announcement(
    tx: &crate::db::WriteTx,
    actor: &Actor,
    meta: &RequestMeta,
    valid: ValidAnnouncement,
) -> AppResult<announcement::Model> {
    let ValidAnnouncement { now, input } = valid;
    let m = announcement::ActiveModel {
        id: NotSet,
        title: Set(input.title),
        explanation: Set(input.explanation),
        category_id: Set(input.category_id),
        active_from: Set(input.active_from.unwrap_or(now)),
        active_until: Set(input.active_until),
        created_by_id: Set(actor.user_id.0),
        created_at: Set(now),
        version: Set(1),
    }
    .insert(tx)
    .await?;
    audit::record(
        tx,
        meta,
        now,
        Entry::new("announcement.create", Some(actor)).target("announcement", m.id),
    )
    .await?;
    Ok(m)
}

impl Services {
    pub async fn create_announcement(
        &self,
        actor: &Actor,
        meta: &RequestMeta,
        input: NewAnnouncement,
    ) -> AppResult<AnnouncementView> {
        self.enforce(
            actor,
            meta,
            "announcement.create",
            Permission::AnnouncementManage,
        )
        .await?;
        let valid = self.check_announcement(input).await?;
        let tx = self.db.write_tx().await?;
        let m = insert_announcement(&tx, actor, meta, valid).await?;
        tx.commit().await?;
        Ok(m.into())
    }

    /// Validate a new announcement (bad input is refused before anything is written).
    pub(crate) async fn check_announcement(
        &self,
        input: NewAnnouncement,
    ) -> AppResult<ValidAnnouncement> {
        let title = required_text("title", &input.title, 200)?;
        let explanation = required_text("explanation", &input.explanation, 5000)?;
        let now = self.now();
        let from = input.active_from.unwrap_or(now);
        if input.active_until.is_some_and(|u| u <= from) {
            return Err(AppError::bad_input(
                "activeUntil",
                "activeUntil must be after activeFrom",
            ));
        }
        if let Some(c) = input.category_id {
            category::Entity::find_by_id(c)
                .one(self.db.conn())
                .await?
                .ok_or_else(|| AppError::bad_input("categoryId", "unknown category"))?;
        }
        Ok(ValidAnnouncement {
            now,
            input: NewAnnouncement {
                title,
                explanation,
                active_from: Some(from),
                ..input
            },
        })
    }

    /// Announcements by id (they hold no personal data).
    pub async fn announcements_by_ids(&self, ids: &[i64]) -> AppResult<Vec<AnnouncementView>> {
        let rows = announcement::Entity::find()
            .filter(announcement::Column::Id.is_in(ids.iter().copied()))
            .all(self.db.conn())
            .await?;
        Ok(rows.into_iter().map(AnnouncementView::from).collect())
    }

    /// Announcements, newest first; `active_only` keeps those in force now.
    pub async fn announcements(
        &self,
        actor: &Actor,
        meta: &RequestMeta,
        active_only: bool,
        first: Option<i64>,
        after: Option<&str>,
    ) -> AppResult<Page<AnnouncementView>> {
        self.enforce(actor, meta, "announcement.list", Permission::KbRead)
            .await?;
        let mut q = announcement::Entity::find();
        if active_only {
            let now = self.now();
            q = q.filter(announcement::Column::ActiveFrom.lte(now)).filter(
                Condition::any()
                    .add(announcement::Column::ActiveUntil.is_null())
                    .add(announcement::Column::ActiveUntil.gt(now)),
            );
        }
        let page = id_page(
            self.db.conn(),
            q,
            announcement::Column::Id,
            first,
            after,
            true,
        )
        .await?;
        Ok(page.into_page(|m| (m.id, AnnouncementView::from(m))))
    }
}
