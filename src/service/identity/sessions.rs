//! Login, logout and turning a session token back into an [`Actor`].
//!
//! Invariants: only the SHA-256 of a token is stored; an unknown username
//! costs one argon2 verification like a wrong password; after
//! [`MAX_FAILURES`] consecutive failures an account is locked for
//! [`LOCKOUT_MINUTES`]; every attempt is audited.
use crate::audit::{self, Entry, Outcome};
use crate::auth::sessions::{self, Confirmation};
use crate::auth::{password, token, Actor, RequestMeta};
use crate::db::entity::{role, role_permission, session, user, user_role};
use crate::db::repo;
use crate::domain::ids::{TeamId, UserId};
use crate::domain::permission::Permission;
use crate::error::{AppError, AppResult, Reason};
use crate::service::complaints::views::stored;
use crate::service::identity::views::UserView;
use crate::service::{required_text, Services};
use chrono::Duration;
use sea_orm::sea_query::Expr;
use sea_orm::{
    ActiveModelTrait, ActiveValue::NotSet, ColumnTrait, EntityTrait, JoinType, QueryFilter,
    QuerySelect, RelationTrait, Set,
};

pub const MAX_FAILURES: i32 = 5;
pub const LOCKOUT_MINUTES: i64 = 15;

pub struct LoginOutcome {
    pub token: String,
    pub user: UserView,
    pub expires_at: chrono::DateTime<chrono::Utc>,
}

const BAD_CREDENTIALS: &str = "invalid username or password";

impl Services {
    pub async fn login(
        &self,
        meta: &RequestMeta,
        username: &str,
        pw: &str,
    ) -> AppResult<LoginOutcome> {
        let username = required_text("username", username, 64)?;
        if pw.is_empty() || pw.chars().count() > crate::domain::password::MAX_LEN {
            return Err(AppError::because(Reason::BadCredentials, BAD_CREDENTIALS));
        }
        let found = user::Entity::find()
            .filter(user::Column::Username.eq(&username))
            .one(self.db.conn())
            .await?;
        let now = self.now();
        let hash = found
            .as_ref()
            .map(|u| u.password_hash.clone())
            .unwrap_or_else(|| self.dummy_hash.as_str().to_string());
        let ok = password::verify(hash, pw.to_string()).await?;

        let fail = |reason: &'static str, user_id: Option<i64>| {
            let mut e = Entry::new("auth.login", None)
                .outcome(Outcome::Failure)
                .actor_name(username.clone())
                .detail(serde_json::json!({ "reason": reason }));
            e.actor_id = user_id;
            e
        };

        let Some(u) = found else {
            self.write_audit(meta, fail("unknown_user", None)).await?;
            return Err(AppError::because(Reason::BadCredentials, BAD_CREDENTIALS));
        };
        if u.locked_until.is_some_and(|t| t > now) {
            self.write_audit(meta, fail("locked", Some(u.id))).await?;
            return Err(AppError::because(
                Reason::AccountLocked,
                "account temporarily locked after repeated failed logins; try again later",
            ));
        }
        if !u.active {
            self.write_audit(meta, fail("inactive", Some(u.id))).await?;
            return Err(AppError::because(Reason::BadCredentials, BAD_CREDENTIALS));
        }
        if !ok {
            // counted in the UPDATE itself: concurrent failures are never lost
            let tx = self.db.write_tx().await?;
            repo::record_login_failure(
                &*tx,
                u.id,
                MAX_FAILURES,
                now + Duration::minutes(LOCKOUT_MINUTES),
            )
            .await?;
            audit::record(&tx, meta, now, fail("bad_password", Some(u.id))).await?;
            tx.commit().await?;
            return Err(AppError::because(Reason::BadCredentials, BAD_CREDENTIALS));
        }

        let (tok, tok_hash) = token::generate();
        let expires_at = now
            + Duration::from_std(self.config.session_ttl).unwrap_or_else(|_| Duration::hours(12));
        let tx = self.db.write_tx().await?;
        let sess = session::ActiveModel {
            id: NotSet,
            token_hash: Set(tok_hash),
            user_id: Set(u.id),
            created_at: Set(now),
            expires_at: Set(expires_at),
            revoked_at: Set(None),
            ip: Set(meta.ip.clone()),
        }
        .insert(&*tx)
        .await?;
        if u.failed_logins != 0 || u.locked_until.is_some() {
            let mut am: user::ActiveModel = u.clone().into();
            am.failed_logins = Set(0);
            am.locked_until = Set(None);
            am.update(&*tx).await?;
        }
        let mut entry = Entry::new("auth.login", None)
            .actor_name(u.username.clone())
            .target("session", sess.id);
        entry.actor_id = Some(u.id);
        audit::record(&tx, meta, now, entry).await?;
        tx.commit().await?;
        let user = UserView::from(u);
        Ok(LoginOutcome {
            token: tok,
            user,
            expires_at,
        })
    }

    pub async fn logout(&self, actor: &Actor, meta: &RequestMeta) -> AppResult<()> {
        let now = self.now();
        let tx = self.db.write_tx().await?;
        session::Entity::update_many()
            .col_expr(session::Column::RevokedAt, Expr::value(now))
            .filter(session::Column::Id.eq(actor.session_id))
            .exec(&*tx)
            .await?;
        audit::record(
            &tx,
            meta,
            now,
            Entry::new("auth.logout", Some(actor)).target("session", actor.session_id),
        )
        .await?;
        tx.commit().await?;
        Ok(())
    }

    /// The actor behind a bearer token, or `None` if it is unknown, expired or revoked.
    ///
    /// A session seen before is served from memory once one indexed read
    /// confirms it is still live and unchanged (`auth::sessions` argues why
    /// that keeps every revocation immediate, across processes too).
    pub async fn authenticate(&self, presented: &str) -> AppResult<Option<Actor>> {
        if !token::well_formed(presented) {
            return Ok(None);
        }
        let hash = token::hash(presented);
        let now = self.now();
        if self.sessions.contains(&hash) {
            let state = repo::session_state(self.db.conn(), &hash)
                .await?
                .map(confirmation);
            if let Some(actor) = self.sessions.confirmed(&hash, now, state.as_ref()) {
                return Ok(Some(actor));
            }
            if !state.is_some_and(|s| sessions::live(&s, now)) {
                return Ok(None);
            }
        }
        let Some(p) = repo::session_principal(self.db.conn(), &hash).await? else {
            return Ok(None);
        };
        let seen = Confirmation {
            session_id: p.session_id,
            expires_at: p.expires_at,
            revoked: p.revoked,
            active: p.active,
            auth_version: p.auth_version,
        };
        if !sessions::live(&seen, now) {
            return Ok(None);
        }
        let mut roles = p.roles;
        roles.sort();
        roles.dedup();
        let actor = Actor {
            user_id: UserId(p.user_id),
            username: p.username,
            team_id: p.team_id.map(TeamId),
            roles,
            permissions: p
                .permissions
                .iter()
                .map(|c| stored("permission", c, Permission::from_code))
                .collect::<AppResult<_>>()?,
            session_id: p.session_id,
        };
        self.sessions.insert(hash, actor.clone(), seen, now);
        Ok(Some(actor))
    }

    pub(crate) async fn roles_and_permissions(
        &self,
        user_id: i64,
    ) -> AppResult<(Vec<String>, std::collections::BTreeSet<Permission>)> {
        let rows: Vec<(String, Option<String>)> = user_role::Entity::find()
            .select_only()
            .column(role::Column::Code)
            .column(role_permission::Column::Permission)
            .join(JoinType::InnerJoin, user_role::Relation::Role.def())
            .join(
                JoinType::LeftJoin,
                role_permission::Relation::Role.def().rev(),
            )
            .filter(user_role::Column::UserId.eq(user_id))
            .into_tuple()
            .all(self.db.conn())
            .await?;
        let mut roles: Vec<String> = rows.iter().map(|(r, _)| r.clone()).collect();
        roles.sort();
        roles.dedup();
        let permissions = rows
            .iter()
            .filter_map(|(_, p)| p.as_deref())
            .map(|p| stored("permission", p, Permission::from_code))
            .collect::<AppResult<_>>()?;
        Ok((roles, permissions))
    }

    /// Write one audit record on its own.
    pub(crate) async fn write_audit(&self, meta: &RequestMeta, entry: Entry) -> AppResult<()> {
        let tx = self.db.write_tx().await?;
        audit::record(&tx, meta, self.now(), entry).await?;
        tx.commit().await?;
        Ok(())
    }
}

fn confirmation(s: repo::SessionState) -> Confirmation {
    Confirmation {
        session_id: s.session_id,
        expires_at: s.expires_at,
        revoked: s.revoked,
        active: s.active,
        auth_version: s.auth_version,
    }
}
