//! Administration: users, roles (built-in and custom) and teams, categories.
//! Built-in roles are read-only (kept in step with the code at start-up);
//! custom roles are built from the named permissions.
use super::queries::id_page;
use super::views::{CategoryView, Page, RoleView, TeamView, UserView};
use super::{required_text, Services};
use crate::audit::{self, Entry};
use crate::auth::policy;
use crate::auth::{password, Actor, RequestMeta};
use crate::db::entity::{category, role, role_permission, team, user, user_role};
use crate::domain::permission::Permission;
use crate::error::{AppError, AppResult};
use sea_orm::{
    ActiveModelTrait, ActiveValue::NotSet, ColumnTrait, ConnectionTrait, EntityTrait,
    IntoActiveModel, QueryFilter, QueryOrder, QuerySelect, Set,
};
use std::collections::BTreeMap;

pub const TEAM_KINDS: &[&str] = &["center", "branch", "store", "expert", "department"];

#[derive(Debug, Clone, Default)]
pub struct NewUser {
    pub username: String,
    pub display_name: String,
    pub password: String,
    pub team_id: Option<i64>,
    pub roles: Vec<String>,
}

#[derive(Debug, Clone, Default)]
pub struct UserEdit {
    pub display_name: Option<String>,
    pub team_id: Option<Option<i64>>,
    pub roles: Option<Vec<String>>,
    pub active: Option<bool>,
}

fn valid_username(u: &str) -> AppResult<String> {
    let u = u.trim();
    if u.len() < 2
        || u.len() > 64
        || !u
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b"._-".contains(&b))
    {
        return Err(AppError::bad_input(
            "username",
            "username must be 2 to 64 letters, digits, '.', '_' or '-'",
        ));
    }
    Ok(u.to_string())
}

fn check_password(username: &str, pw: &str) -> AppResult<()> {
    crate::domain::password::check(username, pw)
        .map_err(|e| AppError::bad_input("password", e.to_string()))
}

impl Services {
    async fn require_admin(
        &self,
        actor: &Actor,
        meta: &RequestMeta,
        p: Permission,
        action: &str,
    ) -> AppResult<()> {
        match policy::require(actor, p) {
            Ok(()) => Ok(()),
            Err(d) => Err(self.deny(actor, meta, action, None, d).await),
        }
    }

    pub async fn create_user(
        &self,
        actor: &Actor,
        meta: &RequestMeta,
        input: NewUser,
    ) -> AppResult<UserView> {
        self.require_admin(actor, meta, Permission::UserManage, "user.create")
            .await?;
        self.create_user_as(Some(actor), meta, input).await
    }

    /// Create a user; `actor` is `None` for the CLI and demo seeding.
    pub async fn create_user_as(
        &self,
        actor: Option<&Actor>,
        meta: &RequestMeta,
        input: NewUser,
    ) -> AppResult<UserView> {
        let username = valid_username(&input.username)?;
        let display_name = required_text("displayName", &input.display_name, 100)?;
        check_password(&username, &input.password)?;
        if input.roles.is_empty() {
            return Err(AppError::bad_input(
                "roles",
                "a user needs at least one role",
            ));
        }
        let role_ids = self.role_ids(&input.roles).await?;
        if let Some(t) = input.team_id {
            self.team_exists(t).await?;
        }
        let hash = password::hash(input.password.clone()).await?;
        let now = self.now();
        let tx = self.db.write_tx().await?;
        if user::Entity::find()
            .filter(user::Column::Username.eq(&username))
            .one(&*tx)
            .await?
            .is_some()
        {
            return Err(AppError::conflict(format!("username {username} is taken")));
        }
        let u = user::ActiveModel {
            id: NotSet,
            username: Set(username.clone()),
            display_name: Set(display_name),
            password_hash: Set(hash),
            team_id: Set(input.team_id),
            active: Set(true),
            failed_logins: Set(0),
            locked_until: Set(None),
            created_at: Set(now),
            updated_at: Set(now),
        }
        .insert(&*tx)
        .await?;
        set_roles(&*tx, u.id, &role_ids).await?;
        let mut entry = Entry::new("user.create", actor)
            .target("user", u.id)
            .detail(serde_json::json!({ "username": username, "roles": input.roles }));
        if actor.is_none() {
            entry = entry.actor_name("system");
        }
        audit::record(&*tx, meta, now, entry).await?;
        tx.commit().await?;
        Ok(u.into())
    }

    pub async fn update_user(
        &self,
        actor: &Actor,
        meta: &RequestMeta,
        id: i64,
        edit: UserEdit,
    ) -> AppResult<UserView> {
        self.require_admin(actor, meta, Permission::UserManage, "user.update")
            .await?;
        let u = user::Entity::find_by_id(id)
            .one(self.db.conn())
            .await?
            .ok_or_else(|| AppError::not_found(format!("user {id}")))?;
        let display_name = match &edit.display_name {
            Some(d) => Some(required_text("displayName", d, 100)?),
            None => None,
        };
        let role_ids = match &edit.roles {
            Some(r) if r.is_empty() => {
                return Err(AppError::bad_input(
                    "roles",
                    "a user needs at least one role",
                ))
            }
            Some(r) => Some(self.role_ids(r).await?),
            None => None,
        };
        if let Some(Some(t)) = edit.team_id {
            self.team_exists(t).await?;
        }
        if edit.active == Some(false) && id == actor.user_id.0 {
            return Err(AppError::bad_input(
                "active",
                "you cannot deactivate yourself",
            ));
        }
        let now = self.now();
        let tx = self.db.write_tx().await?;
        let mut am = u.into_active_model();
        if let Some(d) = display_name {
            am.display_name = Set(d);
        }
        if let Some(t) = edit.team_id {
            am.team_id = Set(t);
        }
        if let Some(a) = edit.active {
            am.active = Set(a);
        }
        am.updated_at = Set(now);
        let u = am.update(&*tx).await?;
        if let Some(ids) = &role_ids {
            set_roles(&*tx, id, ids).await?;
        }
        audit::record(
            &*tx,
            meta,
            now,
            Entry::new("user.update", Some(actor)).target("user", id).detail(serde_json::json!({
                "displayName": edit.display_name.is_some(), "teamId": edit.team_id, "roles": edit.roles, "active": edit.active,
            })),
        )
        .await?;
        tx.commit().await?;
        Ok(u.into())
    }

    pub async fn reset_password(
        &self,
        actor: &Actor,
        meta: &RequestMeta,
        id: i64,
        new_password: &str,
    ) -> AppResult<()> {
        self.require_admin(actor, meta, Permission::UserManage, "user.reset_password")
            .await?;
        let u = user::Entity::find_by_id(id)
            .one(self.db.conn())
            .await?
            .ok_or_else(|| AppError::not_found(format!("user {id}")))?;
        self.set_password(Some(actor), meta, u, new_password).await
    }

    pub async fn change_own_password(
        &self,
        actor: &Actor,
        meta: &RequestMeta,
        old: &str,
        new: &str,
    ) -> AppResult<()> {
        let u = user::Entity::find_by_id(actor.user_id.0)
            .one(self.db.conn())
            .await?
            .ok_or_else(AppError::unauthenticated)?;
        if !password::verify(u.password_hash.clone(), old.to_string()).await? {
            return Err(AppError::bad_input(
                "currentPassword",
                "current password is wrong",
            ));
        }
        self.set_password(Some(actor), meta, u, new).await
    }

    async fn set_password(
        &self,
        actor: Option<&Actor>,
        meta: &RequestMeta,
        u: user::Model,
        pw: &str,
    ) -> AppResult<()> {
        check_password(&u.username, pw)?;
        let hash = password::hash(pw.to_string()).await?;
        let now = self.now();
        let tx = self.db.write_tx().await?;
        let id = u.id;
        let mut am = u.into_active_model();
        am.password_hash = Set(hash);
        am.failed_logins = Set(0);
        am.locked_until = Set(None);
        am.updated_at = Set(now);
        am.update(&*tx).await?;
        audit::record(
            &*tx,
            meta,
            now,
            Entry::new("user.password", actor).target("user", id),
        )
        .await?;
        tx.commit().await?;
        Ok(())
    }

    pub async fn list_users(
        &self,
        actor: &Actor,
        meta: &RequestMeta,
        first: Option<i64>,
        after: Option<&str>,
    ) -> AppResult<Page<UserView>> {
        self.require_admin(actor, meta, Permission::UserManage, "user.list")
            .await?;
        let page = id_page(
            self.db.conn(),
            user::Entity::find(),
            user::Column::Id,
            first,
            after,
            false,
        )
        .await?;
        Ok(page.into_page(|m| (m.id, UserView::from(m))))
    }

    /// Role codes per user, for a batch of users (one query).
    pub async fn roles_of_users(&self, ids: &[i64]) -> AppResult<BTreeMap<i64, Vec<String>>> {
        let rows: Vec<(i64, String)> = user_role::Entity::find()
            .select_only()
            .column(user_role::Column::UserId)
            .column(role::Column::Code)
            .inner_join(role::Entity)
            .filter(user_role::Column::UserId.is_in(ids.iter().copied()))
            .order_by_asc(role::Column::Code)
            .into_tuple()
            .all(self.db.conn())
            .await?;
        let mut out: BTreeMap<i64, Vec<String>> = BTreeMap::new();
        for (u, r) in rows {
            out.entry(u).or_default().push(r);
        }
        Ok(out)
    }

    pub async fn roles(&self) -> AppResult<Vec<RoleView>> {
        let roles = role::Entity::find()
            .order_by_asc(role::Column::Id)
            .all(self.db.conn())
            .await?;
        let perms = role_permission::Entity::find().all(self.db.conn()).await?;
        Ok(roles
            .into_iter()
            .map(|r| {
                let ps = perms
                    .iter()
                    .filter(|p| p.role_id == r.id)
                    .filter_map(|p| Permission::from_code(&p.permission))
                    .collect();
                RoleView::new(r, ps)
            })
            .collect())
    }

    pub async fn create_role(
        &self,
        actor: &Actor,
        meta: &RequestMeta,
        code: &str,
        name: &str,
        permissions: &[String],
    ) -> AppResult<RoleView> {
        self.require_admin(actor, meta, Permission::RoleManage, "role.create")
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
            return Err(AppError::conflict(format!("role {code} exists")));
        }
        let r = role::ActiveModel {
            id: NotSet,
            code: Set(code.clone()),
            name: Set(name),
            builtin: Set(false),
            created_at: Set(now),
        }
        .insert(&*tx)
        .await?;
        set_permissions(&*tx, r.id, &perms).await?;
        audit::record(
            &*tx,
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
        self.require_admin(actor, meta, Permission::RoleManage, "role.update")
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
            &*tx,
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
            .filter_map(|p| Permission::from_code(&p.permission))
            .collect();
        Ok(RoleView::new(r, current))
    }

    pub async fn create_team(
        &self,
        actor: Option<&Actor>,
        meta: &RequestMeta,
        name: &str,
        kind: &str,
        parent_id: Option<i64>,
    ) -> AppResult<TeamView> {
        if let Some(a) = actor {
            self.require_admin(a, meta, Permission::TeamManage, "team.create")
                .await?;
        }
        let name = required_text("name", name, 100)?;
        if !TEAM_KINDS.contains(&kind) {
            return Err(AppError::bad_input(
                "kind",
                format!("kind must be one of {}", TEAM_KINDS.join(", ")),
            ));
        }
        if let Some(p) = parent_id {
            self.team_exists(p).await?;
        }
        let now = self.now();
        let tx = self.db.write_tx().await?;
        if team::Entity::find()
            .filter(team::Column::Name.eq(&name))
            .one(&*tx)
            .await?
            .is_some()
        {
            return Err(AppError::conflict(format!("team {name} exists")));
        }
        let t = team::ActiveModel {
            id: NotSet,
            name: Set(name.clone()),
            kind: Set(kind.into()),
            parent_id: Set(parent_id),
            created_at: Set(now),
        }
        .insert(&*tx)
        .await?;
        let mut entry = Entry::new("team.create", actor)
            .target("team", t.id)
            .detail(serde_json::json!({ "name": name, "kind": kind }));
        if actor.is_none() {
            entry = entry.actor_name("system");
        }
        audit::record(&*tx, meta, now, entry).await?;
        tx.commit().await?;
        Ok(t.into())
    }

    pub async fn update_team(
        &self,
        actor: &Actor,
        meta: &RequestMeta,
        id: i64,
        name: Option<&str>,
        parent_id: Option<Option<i64>>,
    ) -> AppResult<TeamView> {
        self.require_admin(actor, meta, Permission::TeamManage, "team.update")
            .await?;
        let t = team::Entity::find_by_id(id)
            .one(self.db.conn())
            .await?
            .ok_or_else(|| AppError::not_found(format!("team {id}")))?;
        let name = name.map(|n| required_text("name", n, 100)).transpose()?;
        if let Some(Some(p)) = parent_id {
            if p == id {
                return Err(AppError::bad_input(
                    "parentId",
                    "a team cannot be its own parent",
                ));
            }
            self.team_exists(p).await?;
            // refuse cycles: walk up from the new parent
            let mut cursor = Some(p);
            while let Some(c) = cursor {
                if c == id {
                    return Err(AppError::bad_input(
                        "parentId",
                        "that parent would create a cycle",
                    ));
                }
                cursor = team::Entity::find_by_id(c)
                    .one(self.db.conn())
                    .await?
                    .and_then(|t| t.parent_id);
            }
        }
        let now = self.now();
        let tx = self.db.write_tx().await?;
        let mut am = t.into_active_model();
        if let Some(n) = name {
            am.name = Set(n);
        }
        if let Some(p) = parent_id {
            am.parent_id = Set(p);
        }
        let t = am.update(&*tx).await?;
        audit::record(
            &*tx,
            meta,
            now,
            Entry::new("team.update", Some(actor)).target("team", id),
        )
        .await?;
        tx.commit().await?;
        Ok(t.into())
    }

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
            self.require_admin(a, meta, Permission::CategoryManage, "category.create")
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
            return Err(AppError::conflict(format!("category {code} exists")));
        }
        let count = category::Entity::find().all(&*tx).await?.len() as i32;
        let c = category::ActiveModel {
            id: NotSet,
            code: Set(code.clone()),
            name: Set(name),
            parent_id: Set(parent_id),
            default_team_id: Set(default_team_id),
            sort_order: Set(count),
        }
        .insert(&*tx)
        .await?;
        let mut entry = Entry::new("category.create", actor)
            .target("category", c.id)
            .detail(serde_json::json!({ "code": code }));
        if actor.is_none() {
            entry = entry.actor_name("system");
        }
        audit::record(&*tx, meta, now, entry).await?;
        tx.commit().await?;
        Ok(c.into())
    }

    async fn team_exists(&self, id: i64) -> AppResult<()> {
        team::Entity::find_by_id(id)
            .one(self.db.conn())
            .await?
            .map(|_| ())
            .ok_or_else(|| AppError::bad_input("teamId", "unknown team"))
    }

    async fn role_ids(&self, codes: &[String]) -> AppResult<Vec<i64>> {
        let found = role::Entity::find()
            .filter(role::Column::Code.is_in(codes.iter().map(String::as_str)))
            .all(self.db.conn())
            .await?;
        for c in codes {
            if !found.iter().any(|r| &r.code == c) {
                return Err(AppError::bad_input("roles", format!("unknown role {c}")));
            }
        }
        Ok(found.into_iter().map(|r| r.id).collect())
    }

    pub async fn user_count(&self) -> AppResult<u64> {
        use sea_orm::PaginatorTrait;
        Ok(user::Entity::find().count(self.db.conn()).await?)
    }
}

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

async fn set_roles<C: ConnectionTrait>(db: &C, user_id: i64, role_ids: &[i64]) -> AppResult<()> {
    user_role::Entity::delete_many()
        .filter(user_role::Column::UserId.eq(user_id))
        .exec(db)
        .await?;
    for r in role_ids {
        user_role::ActiveModel {
            user_id: Set(user_id),
            role_id: Set(*r),
        }
        .insert(db)
        .await?;
    }
    Ok(())
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
