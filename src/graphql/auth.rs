//! Login, logout, `me`.
use super::types::User;
use super::{actor, req, services, GqlResult};
use crate::auth::token::session_cookie;
use async_graphql::{Context, InputObject, Object, Result, SimpleObject};
use chrono::{DateTime, Utc};

#[derive(InputObject)]
pub struct LoginInput {
    pub username: String,
    pub password: String,
}

#[derive(SimpleObject)]
pub struct LoginPayload {
    /// Bearer token (`Authorization: Bearer …`); the same session is also set
    /// as an HttpOnly cookie for the console.
    pub token: String,
    pub expires_at: DateTime<Utc>,
    pub user: User,
}

#[derive(InputObject)]
pub struct ChangePasswordInput {
    pub current_password: String,
    pub new_password: String,
}

/// The signed-in user with their effective permissions.
#[derive(SimpleObject)]
pub struct Me {
    pub user: User,
    pub permissions: Vec<String>,
}

#[derive(Default)]
pub struct AuthQuery;

#[Object]
impl AuthQuery {
    async fn me(&self, ctx: &Context<'_>) -> Result<Me> {
        let (a, _) = actor(ctx)?;
        let users = services(ctx).users_by_ids(&[a.user_id.0]).await.gql(ctx)?;
        let user = users
            .into_iter()
            .next()
            .ok_or_else(crate::error::AppError::unauthenticated)
            .gql(ctx)?;
        Ok(Me {
            user: User(user),
            permissions: a.permissions.iter().map(|p| p.code().to_string()).collect(),
        })
    }
}

#[derive(Default)]
pub struct AuthMutation;

#[Object]
impl AuthMutation {
    async fn login(&self, ctx: &Context<'_>, input: LoginInput) -> Result<LoginPayload> {
        let s = services(ctx);
        let r = req(ctx);
        let out = s
            .login(&r.meta, r.actor.as_ref(), &input.username, &input.password)
            .await
            .gql(ctx)?;
        let max_age = (out.expires_at - s.now()).num_seconds().max(0);
        ctx.append_http_header(
            "Set-Cookie",
            session_cookie(s.config().cookie_secure, &out.token, max_age),
        );
        Ok(LoginPayload {
            token: out.token,
            expires_at: out.expires_at,
            user: User(out.user),
        })
    }

    /// Revoke the current session.
    async fn logout(&self, ctx: &Context<'_>) -> Result<bool> {
        let (a, m) = actor(ctx)?;
        let s = services(ctx);
        s.logout(a, m).await.gql(ctx)?;
        ctx.append_http_header(
            "Set-Cookie",
            session_cookie(s.config().cookie_secure, "", 0),
        );
        Ok(true)
    }

    async fn change_password(&self, ctx: &Context<'_>, input: ChangePasswordInput) -> Result<bool> {
        let (a, m) = actor(ctx)?;
        services(ctx)
            .change_own_password(a, m, &input.current_password, &input.new_password)
            .await
            .gql(ctx)?;
        Ok(true)
    }
}
