//! Roles and the permissions they grant.
use crate::audit;
use crate::audit::Entry;
use crate::auth::{Actor, RequestMeta};
use crate::db::entity::{role, role_permission};
use crate::domain::permission::Permission;
use crate::error::{AppError, AppResult};
use crate::service::complaints::views::stored;
use crate::service::identity::users::valid_username;
use crate::service::identity::views::RoleView;
use crate::service::{required_text, Services};
use sea_orm::ActiveValue::NotSet;
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, EntityTrait, IntoActiveModel, QueryFilter,
    QueryOrder, Set,
};

fn parse_permissions(codes: &[String]) -> AppResult<Vec<Permission>> {
    let mut out = vec![];
    for c in codes {
        out.push(Permission::from_code(c).ok_or_else(|| {
            AppError::bad_input("permissions", format!("unknown permission {c}"))
        })?);
    }
    out.sort();
    out.dedup();
    Ok(out)
}

async fn set_permissions<C: ConnectionTrait>(
    db: &C,
    role_id: i64,
    perms: &[Permission],
) -> AppResult<()> {
    role_permission::Entity::delete_many()
        .filter(role_permission::Column::RoleId.eq(role_id))
        .exec(db)
        .await?;
    for p in perms {
        role_permission::ActiveModel {
            role_id: Set(role_id),
            permission: Set(p.code().into()),
        }
        .insert(db)
        .await?;
    }
    Ok(())
}

impl Services {
    /// Every role with its permissions: an admin read (user or role managers).
    pub async fn roles(&self, actor: &Actor, meta: &RequestMeta) -> AppResult<Vec<RoleView>> {
        if !actor.has(Permission::UserManage) {
            self.enforce(actor, meta, "role.list", Permission::RoleManage)
                .await?;
        }
        let roles = role::Entity::find()
            .order_by_asc(role::Column::Id)
            .all(self.db.conn())
            .await?;
        let perms = role_permission::Entity::find().all(self.db.conn()).await?;
        roles
            .into_iter()
            .map(|r| {
                let ps = perms
                    .iter()
                    .filter(|p| p.role_id == r.id)
                    .map(|p| stored("permission", &p.permission, Permission::from_code))
                    .collect::<AppResult<_>>()?;
                Ok(RoleView::new(r, ps))
            })
            .collect()
    }

    pub async fn create_role(
        &self,
        actor: &Actor,
        meta: &RequestMeta,
        code: &str,
        name: &str,
        permissions: &[String],
    ) -> AppResult<RoleView> {
        self.enforce(actor, meta, "role.create", Permission::RoleManage)
            .await?;
        let code = valid_username(code).map_err(|_| {
            AppError::bad_input(
                "code",
                "role code must be 2 to 64 letters, digits, '.', '_' or '-'",
            )
        })?;
        let name = required_text("name", name, 100)?;
        let perms = parse_permissions(permissions)?;
        let now = self.now();
        let tx = self.db.write_tx().await?;
        if role::Entity::find()
            .filter(role::Column::Code.eq(&code))
            .one(&*tx)
            .await?
            .is_some()
        {
            return Err(AppError::already_exists(
                "code",
                format!("role {code} exists"),
            ));
        }
        let r = role::ActiveModel {
            id: NotSet,
            code: Set(code.clone()),
            name: Set(name),
            builtin: Set(false),
            authority_limit_cents: Set(None),
            created_at: Set(now),
        }
        .insert(&*tx)
        .await?;
        set_permissions(&*tx, r.id, &perms).await?;
        audit::record(
            &tx,
            meta,
            now,
            Entry::new("role.create", Some(actor))
                .target("role", r.id)
                .detail(serde_json::json!({ "code": code, "permissions": permissions })),
        )
        .await?;
        tx.commit().await?;
        Ok(RoleView::new(r, perms))
    }

    pub async fn update_role(
        &self,
        actor: &Actor,
        meta: &RequestMeta,
        id: i64,
        name: Option<&str>,
        permissions: Option<&[String]>,
    ) -> AppResult<RoleView> {
        self.enforce(actor, meta, "role.update", Permission::RoleManage)
            .await?;
        let r = role::Entity::find_by_id(id)
            .one(self.db.conn())
            .await?
            .ok_or_else(|| AppError::not_found(format!("role {id}")))?;
        if r.builtin {
            return Err(AppError::bad_input(
                "id",
                "built-in roles cannot be changed; create a custom role instead",
            ));
        }
        let name = name.map(|n| required_text("name", n, 100)).transpose()?;
        let perms = permissions.map(parse_permissions).transpose()?;
        let now = self.now();
        let tx = self.db.write_tx().await?;
        let mut am = r.into_active_model();
        if let Some(n) = name {
            am.name = Set(n);
        }
        let r = am.update(&*tx).await?;
        if let Some(p) = &perms {
            set_permissions(&*tx, id, p).await?;
        }
        audit::record(
            &tx,
            meta,
            now,
            Entry::new("role.update", Some(actor))
                .target("role", id)
                .detail(serde_json::json!({ "permissions": permissions })),
        )
        .await?;
        tx.commit().await?;
        let current = role_permission::Entity::find()
            .filter(role_permission::Column::RoleId.eq(id))
            .all(self.db.conn())
            .await?
            .into_iter()
            .map(|p| stored("permission", &p.permission, Permission::from_code))
            .collect::<AppResult<_>>()?;
        Ok(RoleView::new(r, current))
    }
}
