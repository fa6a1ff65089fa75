//! What the identity context hands to the API layer: users and roles.
use crate::db::entity::{role, user};
use crate::domain::ids::*;
use crate::domain::permission::Permission;
use chrono::{DateTime, Utc};

#[derive(Debug, Clone)]
pub struct UserView {
    pub id: UserId,
    pub username: String,
    pub display_name: String,
    pub team_id: Option<TeamId>,
    pub active: bool,
    pub created_at: DateTime<Utc>,
}

impl From<user::Model> for UserView {
    fn from(m: user::Model) -> Self {
        UserView {
            id: UserId(m.id),
            username: m.username,
            display_name: m.display_name,
            team_id: m.team_id.map(TeamId),
            active: m.active,
            created_at: m.created_at,
        }
    }
}

impl From<crate::db::joined::UserRow> for UserView {
    fn from(m: crate::db::joined::UserRow) -> Self {
        UserView {
            id: UserId(m.id),
            username: m.username,
            display_name: m.display_name,
            team_id: m.team_id.map(TeamId),
            active: m.active,
            created_at: m.created_at,
        }
    }
}

#[derive(Debug, Clone)]
pub struct RoleView {
    pub id: RoleId,
    pub code: String,
    pub name: String,
    pub builtin: bool,
    pub authority_limit_cents: Option<i64>,
    pub permissions: Vec<Permission>,
}

impl RoleView {
    pub fn new(m: role::Model, mut permissions: Vec<Permission>) -> Self {
        permissions.sort();
        RoleView {
            id: RoleId(m.id),
            code: m.code,
            name: m.name,
            builtin: m.builtin,
            authority_limit_cents: m.authority_limit_cents,
            permissions,
        }
    }
}
