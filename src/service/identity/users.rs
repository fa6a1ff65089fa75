//! User accounts: creation, edits, passwords, role assignment and lookups.
use crate::audit;
use crate::audit::Entry;
use crate::auth::{password, Actor, RequestMeta};
use crate::db::entity::{role, user, user_role};
use crate::db::joined;
use crate::domain::permission::Permission;
use crate::error::{AppError, AppResult, Reason};
use crate::service::identity::sessions::{end_sessions, EndReason};
use crate::service::identity::views::UserView;
use crate::service::page::{id_page, Page};
use crate::service::{required_text, Services};
use sea_orm::ActiveValue::NotSet;
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, EntityTrait, IntoActiveModel, QueryFilter,
    QueryOrder, QuerySelect, Set,
};
use std::collections::BTreeMap;

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

pub(crate) fn valid_username(u: &str) -> AppResult<String> {
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

fn check_password(username: &str, name: &str, pw: &str) -> AppResult<()> {
    crate::domain::password::check(username, name, pw)
        .map_err(|e| AppError::because(Reason::WeakPassword, e.to_string()).on_field("password"))
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

impl Services {
    pub async fn create_user(
        &self,
        actor: &Actor,
        meta: &RequestMeta,
        input: NewUser,
    ) -> AppResult<UserView> {
        self.enforce(actor, meta, "user.create", Permission::UserManage)
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
        check_password(&username, &display_name, &input.password)?;
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
            return Err(AppError::already_exists(
                "username",
                format!("username {username} is taken"),
            ));
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
            absent: Set(false),
            backup_user_id: Set(None),
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
        audit::record(&tx, meta, now, entry).await?;
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
        self.enforce(actor, meta, "user.update", Permission::UserManage)
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
        // new roles or a disabled account: every session of the user ends now
        let ended = match (role_ids.is_some(), edit.active) {
            (_, Some(false)) => end_sessions(&tx, id, now, EndReason::Deactivated, None).await?,
            (true, _) => end_sessions(&tx, id, now, EndReason::RolesChanged, None).await?,
            _ => 0,
        };
        audit::record(
            &tx,
            meta,
            now,
            Entry::new("user.update", Some(actor)).target("user", id).detail(serde_json::json!({
                "displayName": edit.display_name.is_some(), "teamId": edit.team_id, "roles": edit.roles, "active": edit.active,
                "sessionsEnded": ended,
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
        self.enforce(actor, meta, "user.reset_password", Permission::UserManage)
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
            return Err(
                AppError::because(Reason::WrongPassword, "current password is wrong")
                    .on_field("currentPassword"),
            );
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
        check_password(&u.username, &u.display_name, pw)?;
        let hash = password::hash(pw.to_string()).await?;
        let now = self.now();
        let tx = self.db.write_tx().await?;
        let id = u.id;
        let mut am = u.into_active_model();
        am.password_hash = Set(hash);
        am.updated_at = Set(now);
        am.update(&*tx).await?;
        // the other sessions end; one changing its own password stays
        let keep = actor.filter(|a| a.user_id.0 == id).map(|a| a.session_id);
        let ended = end_sessions(&tx, id, now, EndReason::PasswordChanged, keep).await?;
        audit::record(
            &tx,
            meta,
            now,
            Entry::new("user.password", actor)
                .target("user", id)
                .detail(serde_json::json!({ "sessionsEnded": ended })),
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
        self.enforce(actor, meta, "user.list", Permission::UserManage)
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

    // ---- batch loads for the API's DataLoaders (one query per batch) ----

    pub async fn users_by_ids(&self, ids: &[i64]) -> AppResult<Vec<UserView>> {
        let rows = user::Entity::find()
            .select_only()
            .columns(joined::USER_COLUMNS.iter().copied())
            .filter(user::Column::Id.is_in(ids.iter().copied()))
            .into_model::<joined::UserRow>()
            .all(self.db.conn())
            .await?;
        Ok(rows.into_iter().map(UserView::from).collect())
    }

    /// Each user's (absent, backup) for the A/B roster.
    pub async fn rosters_of_users(
        &self,
        ids: &[i64],
    ) -> AppResult<Vec<(i64, (bool, Option<i64>))>> {
        let rows: Vec<(i64, bool, Option<i64>)> = user::Entity::find()
            .select_only()
            .column(user::Column::Id)
            .column(user::Column::Absent)
            .column(user::Column::BackupUserId)
            .filter(user::Column::Id.is_in(ids.iter().copied()))
            .into_tuple()
            .all(self.db.conn())
            .await?;
        Ok(rows.into_iter().map(|(id, a, b)| (id, (a, b))).collect())
    }
}
