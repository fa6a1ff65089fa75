//! What the org context hands to the API layer: teams and categories.
use crate::db::entity::{category, team};
use crate::domain::ids::*;

#[derive(Debug, Clone)]
pub struct TeamView {
    pub id: TeamId,
    pub name: String,
    pub kind: String,
    pub parent_id: Option<TeamId>,
}

impl From<team::Model> for TeamView {
    fn from(m: team::Model) -> Self {
        TeamView {
            id: TeamId(m.id),
            name: m.name,
            kind: m.kind,
            parent_id: m.parent_id.map(TeamId),
        }
    }
}

#[derive(Debug, Clone)]
pub struct CategoryView {
    pub id: CategoryId,
    pub code: String,
    pub name: String,
    pub parent_id: Option<CategoryId>,
    pub default_team_id: Option<TeamId>,
    pub active: bool,
}

impl From<category::Model> for CategoryView {
    fn from(m: category::Model) -> Self {
        CategoryView {
            id: CategoryId(m.id),
            code: m.code,
            name: m.name,
            parent_id: m.parent_id.map(CategoryId),
            default_team_id: m.default_team_id.map(TeamId),
            active: m.active,
        }
    }
}
