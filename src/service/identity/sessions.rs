//! Login, logout and turning a session token back into an [`Actor`].
//!
//! Invariants:
//! - only the SHA-256 of a token is stored, and every login mints a new
//!   one (the session the login request came with, if any, ends: no
//!   fixation);
//! - the answer and the work behind it do not depend on whether the user
//!   exists: an unknown username costs one argon2 verification, the same
//!   counter updates and one audit record, like a wrong password;
//! - failures are counted per account name (existing or not) and per
//!   source address in the database ([`ACCOUNT_LIMIT`], [`ADDRESS_LIMIT`]),
//!   shared by every server process; past either limit logins are refused
//!   before any password check until the window ends;
//! - a session ends after [`Config::session_idle`] without a request and
//!   [`Config::session_ttl`] after login, whichever comes first; new roles,
//!   deactivation and a new password end a user's sessions at once;
//! - every attempt is audited.
//!
//! [`Config::session_idle`]: crate::config::Config::session_idle
//! [`Config::session_ttl`]: crate::config::Config::session_ttl
use crate::audit::{self, Entry, Outcome};
use crate::auth::sessions::{self, Confirmation};
use crate::auth::{password, token, Actor, RequestMeta};
use crate::db::entity::{role, role_permission, session, user, user_role};
use crate::db::{rate_limits, repo, WriteTx};
use crate::domain::ids::{TeamId, UserId};
use crate::domain::permission::Permission;
use crate::domain::rate_limit::Limit;
use crate::error::{AppError, AppResult, Reason};
use crate::service::complaints::views::stored;
use crate::service::identity::views::UserView;
use crate::service::{required_text, Services};
use chrono::{DateTime, Duration, TimeDelta, Utc};
use sea_orm::sea_query::Expr;
use sea_orm::{
    ActiveModelTrait, ActiveValue::NotSet, ColumnTrait, EntityTrait, JoinType, QueryFilter,
    QuerySelect, RelationTrait, Set,
};

/// Failed logins allowed per account name in a window.
pub const ACCOUNT_LIMIT: Limit = Limit {
    limit: 5,
    window: TimeDelta::minutes(15),
};
/// Failed logins allowed from one source address in a window (an office
/// behind one address has many users).
pub const ADDRESS_LIMIT: Limit = Limit {
    limit: 30,
    window: TimeDelta::minutes(15),
};
/// How stale `sessions.last_seen_at` may get before a request moves it.
const TOUCH_EVERY: TimeDelta = TimeDelta::minutes(1);

pub struct LoginOutcome {
    pub token: String,
    pub user: UserView,
    pub expires_at: DateTime<Utc>,
}

const BAD_CREDENTIALS: &str = "invalid username or password";

/// Why a session ended early (`sessions.ended_reason`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum EndReason {
    Logout,
    /// A new login from the same client replaced it.
    Replaced,
    RolesChanged,
    Deactivated,
    PasswordChanged,
}

impl EndReason {
    pub fn code(self) -> &'static str {
        match self {
            EndReason::Logout => "logout",
            EndReason::Replaced => "replaced",
            EndReason::RolesChanged => "roles_changed",
            EndReason::Deactivated => "deactivated",
            EndReason::PasswordChanged => "password_changed",
        }
    }
}

/// End every live session of `user_id` (but `keep`) in the caller's
/// transaction; returns how many ended.
pub(crate) async fn end_sessions(
    tx: &WriteTx,
    user_id: i64,
    now: DateTime<Utc>,
    reason: EndReason,
    keep: Option<i64>,
) -> AppResult<u64> {
    let mut q = session::Entity::update_many()
        .col_expr(session::Column::RevokedAt, Expr::value(now))
        .col_expr(session::Column::EndedReason, Expr::value(reason.code()))
        .filter(session::Column::UserId.eq(user_id))
        .filter(session::Column::RevokedAt.is_null());
    if let Some(k) = keep {
        q = q.filter(session::Column::Id.ne(k));
    }
    Ok(q.exec(&**tx).await?.rows_affected)
}

/// End one session (if still live) in the caller's transaction.
async fn end_session(
    tx: &WriteTx,
    session_id: i64,
    now: DateTime<Utc>,
    reason: EndReason,
) -> AppResult<()> {
    session::Entity::update_many()
        .col_expr(session::Column::RevokedAt, Expr::value(now))
        .col_expr(session::Column::EndedReason, Expr::value(reason.code()))
        .filter(session::Column::Id.eq(session_id))
        .filter(session::Column::RevokedAt.is_null())
        .exec(&**tx)
        .await?;
    Ok(())
}

fn account_bucket(username: &str) -> String {
    format!("login:account:{}", username.to_lowercase())
}

fn address_bucket(meta: &RequestMeta) -> Option<String> {
    meta.ip.as_ref().map(|ip| format!("login:address:{ip}"))
}

fn minutes_until(until: DateTime<Utc>, now: DateTime<Utc>) -> i64 {
    ((until - now).num_seconds() + 59).max(60) / 60
}

impl Services {
    /// Sign in. `previous` is the session the request came with, if any:
    /// it ends, and the login gets a new one.
    pub async fn login(
        &self,
        meta: &RequestMeta,
        previous: Option<&Actor>,
        username: &str,
        pw: &str,
    ) -> AppResult<LoginOutcome> {
        let username = required_text("username", username, 64)?;
        if pw.is_empty() || pw.chars().count() > crate::domain::password::MAX_LEN {
            return Err(AppError::because(Reason::BadCredentials, BAD_CREDENTIALS));
        }
        let now = self.now();
        let fail = |reason: &'static str, user_id: Option<i64>| {
            let mut e = Entry::new("auth.login", None)
                .outcome(Outcome::Failure)
                .actor_name(username.clone())
                .detail(serde_json::json!({ "reason": reason }));
            e.actor_id = user_id;
            e
        };

        // refused before any password check, alike for every name
        let account = account_bucket(&username);
        let address = address_bucket(meta);
        let conn = self.db.conn();
        if let Some(until) = rate_limits::peek(conn, &account)
            .await?
            .and_then(|c| c.exhausted(ACCOUNT_LIMIT, now))
        {
            self.write_audit(meta, fail("locked", None)).await?;
            return Err(AppError::because(
                Reason::AccountLocked,
                format!(
                    "account temporarily locked after repeated failed logins; try again in {} minutes",
                    minutes_until(until, now)
                ),
            ));
        }
        if let Some(bucket) = &address {
            if let Some(until) = rate_limits::peek(conn, bucket)
                .await?
                .and_then(|c| c.exhausted(ADDRESS_LIMIT, now))
            {
                self.write_audit(meta, fail("address_limited", None))
                    .await?;
                return Err(AppError::rate_limited(format!(
                    "too many failed logins from this address; try again in {} minutes",
                    minutes_until(until, now)
                )));
            }
        }

        let found = user::Entity::find()
            .filter(user::Column::Username.eq(&username))
            .one(conn)
            .await?;
        let hash = found
            .as_ref()
            .map(|u| u.password_hash.clone())
            .unwrap_or_else(|| self.dummy_hash.as_str().to_string());
        let ok = password::verify(hash, pw.to_string()).await?;
        let u = match found {
            Some(u) if ok && u.active => u,
            other => {
                let (reason, id) = match &other {
                    None => ("unknown_user", None),
                    Some(u) if !ok => ("bad_password", Some(u.id)),
                    Some(u) => ("inactive", Some(u.id)),
                };
                // counted in the upsert itself: concurrent failures are never lost
                let tx = self.db.write_tx().await?;
                rate_limits::hit(&*tx, &account, ACCOUNT_LIMIT.window, now).await?;
                if let Some(bucket) = &address {
                    rate_limits::hit(&*tx, bucket, ADDRESS_LIMIT.window, now).await?;
                }
                audit::record(&tx, meta, now, fail(reason, id)).await?;
                tx.commit().await?;
                return Err(AppError::because(Reason::BadCredentials, BAD_CREDENTIALS));
            }
        };

        let (tok, tok_hash) = token::generate();
        let expires_at = now
            + Duration::from_std(self.config.session_ttl).unwrap_or_else(|_| Duration::hours(8));
        let tx = self.db.write_tx().await?;
        if let Some(p) = previous {
            end_session(&tx, p.session_id, now, EndReason::Replaced).await?;
        }
        let sess = session::ActiveModel {
            id: NotSet,
            token_hash: Set(tok_hash),
            user_id: Set(u.id),
            created_at: Set(now),
            expires_at: Set(expires_at),
            revoked_at: Set(None),
            ip: Set(meta.ip.clone()),
            last_seen_at: Set(Some(now)),
            ended_reason: Set(None),
        }
        .insert(&*tx)
        .await?;
        rate_limits::clear(&*tx, &account).await?;
        let mut entry = Entry::new("auth.login", None)
            .actor_name(u.username.clone())
            .target("session", sess.id);
        if let Some(p) = previous {
            entry = entry.detail(serde_json::json!({ "replacedSession": p.session_id }));
        }
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
        end_session(&tx, actor.session_id, now, EndReason::Logout).await?;
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
        let idle = self.session_idle();
        if self.sessions.contains(&hash) {
            let state = repo::session_state(self.db.conn(), &hash)
                .await?
                .map(confirmation);
            if let Some(actor) = self.sessions.confirmed(&hash, now, idle, state.as_ref()) {
                if let Some(s) = &state {
                    self.touch_session(s, now).await?;
                }
                return Ok(Some(actor));
            }
            if !state.is_some_and(|s| sessions::live(&s, now, idle)) {
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
            last_seen_at: p.last_seen_at,
        };
        if !sessions::live(&seen, now, idle) {
            return Ok(None);
        }
        self.touch_session(&seen, now).await?;
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
        self.sessions.insert(hash, actor.clone(), seen, now, idle);
        Ok(Some(actor))
    }

    fn session_idle(&self) -> TimeDelta {
        TimeDelta::from_std(self.config.session_idle).unwrap_or(TimeDelta::minutes(30))
    }

    /// Move a live session's `last_seen_at` to now, at most once a minute
    /// (the idle timeout counts from it).
    async fn touch_session(&self, s: &Confirmation, now: DateTime<Utc>) -> AppResult<()> {
        if now - s.last_seen_at < TOUCH_EVERY {
            return Ok(());
        }
        let tx = self.db.write_tx().await?;
        session::Entity::update_many()
            .col_expr(session::Column::LastSeenAt, Expr::value(now))
            .filter(session::Column::Id.eq(s.session_id))
            .filter(session::Column::RevokedAt.is_null())
            .exec(&*tx)
            .await?;
        tx.commit().await?;
        Ok(())
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
        last_seen_at: s.last_seen_at,
    }
}
