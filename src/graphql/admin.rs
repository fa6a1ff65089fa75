//! Administration and the audit log.
use super::types::*;
use super::{actor, parse_id, parse_opt_id, services, GqlResult};
use crate::domain::permission::Permission;
use crate::service::audit_trail::AuditFilter;
use crate::service::identity::{NewUser, UserEdit};
use async_graphql::connection::EmptyFields;
use async_graphql::{Context, InputObject, MaybeUndefined, Object, Result, SimpleObject, ID};
use chrono::{DateTime, Utc};

#[derive(InputObject, Default)]
pub struct AuditLogFilter {
    pub actor_id: Option<ID>,
    pub actor_name: Option<String>,
    /// e.g. customer.reveal, complaint.create, auth.login
    pub action: Option<String>,
    /// success, denied or failure
    pub outcome: Option<String>,
    pub customer_id: Option<ID>,
    pub target_type: Option<String>,
    pub target_id: Option<String>,
    pub from: Option<DateTime<Utc>>,
    pub to: Option<DateTime<Utc>>,
}

fn audit_filter(ctx: &Context<'_>, f: Option<AuditLogFilter>) -> Result<AuditFilter> {
    let f = f.unwrap_or_default();
    Ok(AuditFilter {
        actor_id: parse_opt_id("actorId", &f.actor_id).gql(ctx)?,
        actor_name: f.actor_name,
        action: f.action,
        outcome: f.outcome,
        customer_id: parse_opt_id("customerId", &f.customer_id).gql(ctx)?,
        target_type: f.target_type,
        target_id: f.target_id,
        from: f.from,
        to: f.to,
    })
}

#[derive(InputObject)]
pub struct ExportAuditLogsInput {
    pub filter: Option<AuditLogFilter>,
    /// Why the export is needed (recorded in the audit trail).
    pub reason: String,
}

/// An audit-log export as CSV text (UTF-8 with a byte-order mark).
#[derive(SimpleObject)]
pub struct AuditExport {
    pub filename: String,
    pub content_type: String,
    pub row_count: i32,
    pub csv: String,
    /// The audit record of this export.
    pub audit_id: ID,
}

#[derive(Default)]
pub struct AdminQuery;

#[Object]
impl AdminQuery {
    /// The audit trail, newest first (auditors only).
    async fn audit_logs(
        &self,
        ctx: &Context<'_>,
        filter: Option<AuditLogFilter>,
        first: Option<i32>,
        after: Option<String>,
    ) -> Result<AuditLogConnection> {
        let (a, m) = actor(ctx)?;
        let filter = audit_filter(ctx, filter)?;
        let page = services(ctx)
            .audit_logs(a, m, &filter, first.map(i64::from), after.as_deref())
            .await
            .gql(ctx)?;
        Ok(connection(page, AuditLog, EmptyFields))
    }

    async fn users(
        &self,
        ctx: &Context<'_>,
        first: Option<i32>,
        after: Option<String>,
    ) -> Result<UserConnection> {
        let (a, m) = actor(ctx)?;
        let page = services(ctx)
            .list_users(a, m, first.map(i64::from), after.as_deref())
            .await
            .gql(ctx)?;
        Ok(connection(page, User, EmptyFields))
    }

    async fn roles(&self, ctx: &Context<'_>) -> Result<Vec<Role>> {
        actor(ctx)?;
        Ok(services(ctx)
            .roles()
            .await
            .gql(ctx)?
            .into_iter()
            .map(Role)
            .collect())
    }

    /// Every named permission, for building custom roles.
    async fn permissions(&self, ctx: &Context<'_>) -> Result<Vec<PermissionInfo>> {
        actor(ctx)?;
        Ok(Permission::ALL
            .iter()
            .map(|p| PermissionInfo {
                code: p.code().into(),
                label: p.label().into(),
            })
            .collect())
    }
}

#[derive(InputObject)]
pub struct CreateUserInput {
    pub username: String,
    pub display_name: String,
    pub password: String,
    pub team_id: Option<ID>,
    /// Role codes, e.g. ["agent"].
    pub roles: Vec<String>,
}

#[derive(InputObject)]
pub struct UpdateUserInput {
    pub id: ID,
    pub display_name: Option<String>,
    /// null removes the user from their team.
    pub team_id: MaybeUndefined<ID>,
    pub roles: Option<Vec<String>>,
    pub active: Option<bool>,
}

#[derive(InputObject)]
pub struct ResetPasswordInput {
    pub id: ID,
    pub new_password: String,
}

#[derive(InputObject)]
pub struct CreateRoleInput {
    pub code: String,
    pub name: String,
    pub permissions: Vec<String>,
}

#[derive(InputObject)]
pub struct UpdateRoleInput {
    pub id: ID,
    pub name: Option<String>,
    pub permissions: Option<Vec<String>>,
}

#[derive(InputObject)]
pub struct CreateTeamInput {
    pub name: String,
    /// center, branch, store, expert or department
    pub kind: String,
    pub parent_id: Option<ID>,
}

#[derive(InputObject)]
pub struct UpdateTeamInput {
    pub id: ID,
    pub name: Option<String>,
    pub parent_id: MaybeUndefined<ID>,
    /// center, branch, store, expert or department; only while the team has
    /// no open complaints.
    pub kind: Option<String>,
}

#[derive(InputObject)]
pub struct CreateCategoryInput {
    pub code: String,
    pub name: String,
    pub parent_id: Option<ID>,
    pub default_team_id: Option<ID>,
}

fn maybe_id(
    field: &str,
    v: &MaybeUndefined<ID>,
) -> Result<Option<Option<i64>>, crate::error::AppError> {
    Ok(match v {
        MaybeUndefined::Undefined => None,
        MaybeUndefined::Null => Some(None),
        MaybeUndefined::Value(id) => Some(Some(parse_id(field, id)?)),
    })
}

#[derive(Default)]
pub struct AdminMutation;

#[Object]
impl AdminMutation {
    /// The audit records matching a filter as CSV, newest first, at most
    /// 50,000 (needs `audit.export`; the export itself is audited).
    async fn export_audit_logs(
        &self,
        ctx: &Context<'_>,
        input: ExportAuditLogsInput,
    ) -> Result<AuditExport> {
        let (a, m) = actor(ctx)?;
        let filter = audit_filter(ctx, input.filter)?;
        let e = services(ctx)
            .export_audit_logs(a, m, &filter, &input.reason)
            .await
            .gql(ctx)?;
        Ok(AuditExport {
            filename: e.filename,
            content_type: "text/csv; charset=utf-8".into(),
            row_count: i32::try_from(e.row_count).unwrap_or(i32::MAX),
            csv: e.csv,
            audit_id: e.audit_id.0.to_string().into(),
        })
    }

    async fn create_user(&self, ctx: &Context<'_>, input: CreateUserInput) -> Result<User> {
        let (a, m) = actor(ctx)?;
        let new = NewUser {
            username: input.username,
            display_name: input.display_name,
            password: input.password,
            team_id: parse_opt_id("teamId", &input.team_id).gql(ctx)?,
            roles: input.roles,
        };
        services(ctx)
            .create_user(a, m, new)
            .await
            .map(User)
            .gql(ctx)
    }

    async fn update_user(&self, ctx: &Context<'_>, input: UpdateUserInput) -> Result<User> {
        let (a, m) = actor(ctx)?;
        let id = parse_id("id", &input.id).gql(ctx)?;
        let edit = UserEdit {
            display_name: input.display_name,
            team_id: maybe_id("teamId", &input.team_id).gql(ctx)?,
            roles: input.roles,
            active: input.active,
        };
        services(ctx)
            .update_user(a, m, id, edit)
            .await
            .map(User)
            .gql(ctx)
    }

    async fn reset_user_password(
        &self,
        ctx: &Context<'_>,
        input: ResetPasswordInput,
    ) -> Result<bool> {
        let (a, m) = actor(ctx)?;
        let id = parse_id("id", &input.id).gql(ctx)?;
        services(ctx)
            .reset_password(a, m, id, &input.new_password)
            .await
            .gql(ctx)?;
        Ok(true)
    }

    async fn create_role(&self, ctx: &Context<'_>, input: CreateRoleInput) -> Result<Role> {
        let (a, m) = actor(ctx)?;
        services(ctx)
            .create_role(a, m, &input.code, &input.name, &input.permissions)
            .await
            .map(Role)
            .gql(ctx)
    }

    async fn update_role(&self, ctx: &Context<'_>, input: UpdateRoleInput) -> Result<Role> {
        let (a, m) = actor(ctx)?;
        let id = parse_id("id", &input.id).gql(ctx)?;
        services(ctx)
            .update_role(
                a,
                m,
                id,
                input.name.as_deref(),
                input.permissions.as_deref(),
            )
            .await
            .map(Role)
            .gql(ctx)
    }

    async fn create_team(&self, ctx: &Context<'_>, input: CreateTeamInput) -> Result<Team> {
        let (a, m) = actor(ctx)?;
        let parent = parse_opt_id("parentId", &input.parent_id).gql(ctx)?;
        services(ctx)
            .create_team(Some(a), m, &input.name, &input.kind, parent)
            .await
            .map(Team)
            .gql(ctx)
    }

    async fn update_team(&self, ctx: &Context<'_>, input: UpdateTeamInput) -> Result<Team> {
        let (a, m) = actor(ctx)?;
        let id = parse_id("id", &input.id).gql(ctx)?;
        let parent = maybe_id("parentId", &input.parent_id).gql(ctx)?;
        services(ctx)
            .update_team(
                a,
                m,
                id,
                input.name.as_deref(),
                parent,
                input.kind.as_deref(),
            )
            .await
            .map(Team)
            .gql(ctx)
    }

    async fn create_category(
        &self,
        ctx: &Context<'_>,
        input: CreateCategoryInput,
    ) -> Result<Category> {
        let (a, m) = actor(ctx)?;
        let parent = parse_opt_id("parentId", &input.parent_id).gql(ctx)?;
        let team = parse_opt_id("defaultTeamId", &input.default_team_id).gql(ctx)?;
        services(ctx)
            .create_category(Some(a), m, &input.code, &input.name, parent, team)
            .await
            .map(Category)
            .gql(ctx)
    }
}
