//! Complaint categories and the team each one routes to by default.
use crate::audit;
use crate::audit::Entry;
use crate::auth::{Actor, RequestMeta};
use crate::db::entity::category;
use crate::domain::permission::Permission;
use crate::error::{AppError, AppResult};
use crate::service::org::views::CategoryView;
use crate::service::{required_text, Services};
use sea_orm::ActiveValue::NotSet;
use sea_orm::{ActiveModelTrait, ColumnTrait, EntityTrait, QueryFilter, QueryOrder, Set};

impl Services {
    pub async fn create_category(
        &self,
        actor: Option<&Actor>,
        meta: &RequestMeta,
        code: &str,
        name: &str,
        parent_id: Option<i64>,
        default_team_id: Option<i64>,
    ) -> AppResult<CategoryView> {
        if let Some(a) = actor {
            self.enforce(a, meta, "category.create", Permission::CategoryManage)
                .await?;
        }
        let code = required_text("code", code, 64)?;
        let name = required_text("name", name, 100)?;
        if let Some(p) = parent_id {
            let parent = category::Entity::find_by_id(p)
                .one(self.db.conn())
                .await?
                .ok_or_else(|| AppError::bad_input("parentId", "unknown category"))?;
            if parent.parent_id.is_some() {
                return Err(AppError::bad_input(
                    "parentId",
                    "categories have two levels only",
                ));
            }
        }
        if let Some(t) = default_team_id {
            self.team_exists(t).await?;
        }
        let now = self.now();
        let tx = self.db.write_tx().await?;
        if category::Entity::find()
            .filter(category::Column::Code.eq(&code))
            .one(&*tx)
            .await?
            .is_some()
        {
            return Err(AppError::already_exists(
                "code",
                format!("category {code} exists"),
            ));
        }
        let count = category::Entity::find().all(&*tx).await?.len() as i32;
        let c = category::ActiveModel {
            id: NotSet,
            code: Set(code.clone()),
            name: Set(name),
            parent_id: Set(parent_id),
            default_team_id: Set(default_team_id),
            sort_order: Set(count),
            active: Set(true),
        }
        .insert(&*tx)
        .await?;
        let mut entry = Entry::new("category.create", actor)
            .target("category", c.id)
            .detail(serde_json::json!({ "code": code }));
        if actor.is_none() {
            entry = entry.actor_name("system");
        }
        audit::record(&tx, meta, now, entry).await?;
        tx.commit().await?;
        Ok(c.into())
    }

    pub async fn categories_by_ids(&self, ids: &[i64]) -> AppResult<Vec<CategoryView>> {
        let rows = category::Entity::find()
            .filter(category::Column::Id.is_in(ids.iter().copied()))
            .all(self.db.conn())
            .await?;
        Ok(rows.into_iter().map(CategoryView::from).collect())
    }

    /// The category tree; retired ones only when `include_inactive`.
    pub async fn categories(&self, include_inactive: bool) -> AppResult<Vec<CategoryView>> {
        let mut q = category::Entity::find();
        if !include_inactive {
            q = q.filter(category::Column::Active.eq(true));
        }
        let rows = q
            .order_by_asc(category::Column::SortOrder)
            .order_by_asc(category::Column::Id)
            .all(self.db.conn())
            .await?;
        Ok(rows.into_iter().map(CategoryView::from).collect())
    }
}
