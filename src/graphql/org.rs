//! The organisation as the daily work needs it: who can take a complaint in
//! a team, and the category tree (edited by admins).
use super::types::{Category, User};
use super::{actor, parse_id, parse_maybe_id, services, GqlResult};
use crate::service::org::CategoryEdit;
use async_graphql::{Context, InputObject, MaybeUndefined, Object, Result, ID};

#[derive(Default)]
pub struct OrgQuery;

#[Object]
impl OrgQuery {
    /// The active members of a team, to assign a complaint to: for anyone who
    /// may assign or dispatch (`complaint.assign` or `complaint.dispatch`;
    /// in any team with the all-complaints scope, else in their own team).
    async fn assignable_users(&self, ctx: &Context<'_>, team_id: ID) -> Result<Vec<User>> {
        let (a, m) = actor(ctx)?;
        let team = parse_id("teamId", &team_id).gql(ctx)?;
        Ok(services(ctx)
            .assignable_users(a, m, team)
            .await
            .gql(ctx)?
            .into_iter()
            .map(User)
            .collect())
    }
}

/// Change a category; fields left out stay as they are.
#[derive(InputObject)]
pub struct UpdateCategoryInput {
    pub id: ID,
    pub name: Option<String>,
    /// A top-level category, or `null` to make this one top-level.
    pub parent_id: MaybeUndefined<ID>,
    /// `null` clears it.
    pub default_team_id: MaybeUndefined<ID>,
    /// `false` retires it: hidden from intake, kept on old complaints.
    pub active: Option<bool>,
}

#[derive(Default)]
pub struct OrgMutation;

#[Object]
impl OrgMutation {
    /// Rename, move, re-route or (de)activate a category (`category.manage`; audited).
    async fn update_category(
        &self,
        ctx: &Context<'_>,
        input: UpdateCategoryInput,
    ) -> Result<Category> {
        let (a, m) = actor(ctx)?;
        let id = parse_id("id", &input.id).gql(ctx)?;
        let edit = CategoryEdit {
            name: input.name,
            parent_id: parse_maybe_id("parentId", &input.parent_id).gql(ctx)?,
            default_team_id: parse_maybe_id("defaultTeamId", &input.default_team_id).gql(ctx)?,
            active: input.active,
        };
        services(ctx)
            .update_category(a, m, id, edit)
            .await
            .map(Category)
            .gql(ctx)
    }
}
