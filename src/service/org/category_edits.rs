//! Editing the category tree: rename, move, re-route, (de)activate.
//!
//! Invariants: categories have two levels (a parent is top-level, and a
//! category with children stays top-level), so no cycle can form. A
//! deactivated category stays on the complaints filed in it and in reports,
//! but intake no longer offers it and no complaint can be filed in or moved
//! into it ([`Services::ensure_category_usable`]).
use crate::audit::{self, Entry};
use crate::auth::{Actor, RequestMeta};
use crate::db::entity::{category, team};
use crate::domain::permission::Permission;
use crate::error::{AppError, AppResult, Reason};
use crate::service::org::views::CategoryView;
use crate::service::{required_text, Services};
use sea_orm::{
    ActiveModelTrait, ColumnTrait, EntityTrait, IntoActiveModel, PaginatorTrait, QueryFilter, Set,
};

/// A change to a category; `None` leaves a field as it is, `Some(None)`
/// clears an optional one.
#[derive(Debug, Clone, Default)]
pub struct CategoryEdit {
    pub name: Option<String>,
    pub parent_id: Option<Option<i64>>,
    pub default_team_id: Option<Option<i64>>,
    pub active: Option<bool>,
}

impl Services {
    pub async fn update_category(
        &self,
        actor: &Actor,
        meta: &RequestMeta,
        id: i64,
        edit: CategoryEdit,
    ) -> AppResult<CategoryView> {
        self.enforce(actor, meta, "category.update", Permission::CategoryManage)
            .await?;
        let c = category::Entity::find_by_id(id)
            .one(self.db.conn())
            .await?
            .ok_or_else(|| AppError::not_found(format!("category {id}")))?;
        let name = edit
            .name
            .as_deref()
            .map(|n| required_text("name", n, 100))
            .transpose()?;
        if let Some(Some(p)) = edit.parent_id {
            if p == id {
                return Err(AppError::bad_input(
                    "parentId",
                    "a category cannot be its own parent",
                ));
            }
            let parent = category::Entity::find_by_id(p)
                .one(self.db.conn())
                .await?
                .ok_or_else(|| AppError::bad_input("parentId", "unknown category"))?;
            if parent.parent_id.is_some() {
                return Err(AppError::bad_input(
                    "parentId",
                    "categories have two levels only: the parent must be top-level",
                ));
            }
            let children = category::Entity::find()
                .filter(category::Column::ParentId.eq(id))
                .count(self.db.conn())
                .await?;
            if children > 0 {
                return Err(AppError::bad_input(
                    "parentId",
                    "a category with sub-categories stays top-level",
                ));
            }
        }
        if let Some(Some(t)) = edit.default_team_id {
            team::Entity::find_by_id(t)
                .one(self.db.conn())
                .await?
                .ok_or_else(|| AppError::bad_input("defaultTeamId", "unknown team"))?;
        }
        let mut changed = vec![];
        let mut am = c.into_active_model();
        if let Some(n) = name {
            am.name = Set(n);
            changed.push("name");
        }
        if let Some(p) = edit.parent_id {
            am.parent_id = Set(p);
            changed.push("parentId");
        }
        if let Some(t) = edit.default_team_id {
            am.default_team_id = Set(t);
            changed.push("defaultTeamId");
        }
        if let Some(a) = edit.active {
            am.active = Set(a);
            changed.push("active");
        }
        let now = self.now();
        let tx = self.db.write_tx().await?;
        let c = am.update(&*tx).await?;
        audit::record(
            &tx,
            meta,
            now,
            Entry::new("category.update", Some(actor))
                .target("category", id)
                .detail(serde_json::json!({ "changed": changed, "active": c.active })),
        )
        .await?;
        tx.commit().await?;
        Ok(c.into())
    }

    /// A category a complaint may be filed in or moved to: it exists
    /// (INVALID_INPUT) and is active (CATEGORY_INACTIVE).
    pub(crate) async fn ensure_category_usable(&self, id: i64) -> AppResult<category::Model> {
        let c = category::Entity::find_by_id(id)
            .one(self.db.conn())
            .await?
            .ok_or_else(|| AppError::bad_input("categoryId", "unknown category"))?;
        if !c.active {
            return Err(AppError::because(
                Reason::CategoryInactive,
                "this category is no longer in use; choose another",
            )
            .on_field("categoryId"));
        }
        Ok(c)
    }

    /// Every id names a category (active or not), else BAD_USER_INPUT on
    /// `conditions.categoryIds`.
    pub(crate) async fn ensure_categories_exist(&self, ids: &[i64]) -> AppResult<()> {
        if ids.is_empty() {
            return Ok(());
        }
        let found = category::Entity::find()
            .filter(category::Column::Id.is_in(ids.iter().copied()))
            .count(self.db.conn())
            .await?;
        if found as usize != ids.len() {
            return Err(AppError::bad_input(
                "conditions.categoryIds",
                "unknown category",
            ));
        }
        Ok(())
    }
}
