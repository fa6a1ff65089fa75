//! People and the organisation as the API shows them: users, teams and
//! categories, with the loaders that resolve them.
use super::load::{load, load_cached};
use super::loaders::*;
use crate::service::identity::views::*;
use crate::service::org::views::*;
use async_graphql::{Context, Object, Result, ID};
use chrono::{DateTime, Utc};

pub(crate) async fn load_user(ctx: &Context<'_>, id: Option<i64>) -> Result<Option<User>> {
    load_cached::<UserLoader, _, _>(ctx, id)
        .await
        .map(|o| o.map(User))
}

pub(crate) async fn load_category(ctx: &Context<'_>, id: i64) -> Result<Option<Category>> {
    load::<CategoryLoader, _>(ctx, Some(id))
        .await
        .map(|o| o.map(Category))
}

#[derive(Clone)]
pub struct User(pub UserView);

#[Object]
impl User {
    async fn id(&self) -> ID {
        ID(self.0.id.to_string())
    }
    async fn username(&self) -> &str {
        &self.0.username
    }
    async fn display_name(&self) -> &str {
        &self.0.display_name
    }
    async fn active(&self) -> bool {
        self.0.active
    }
    async fn team(&self, ctx: &Context<'_>) -> Result<Option<Team>> {
        load::<TeamLoader, _>(ctx, self.0.team_id.map(|t| t.0))
            .await
            .map(|o| o.map(Team))
    }
    /// Role codes held by the user.
    async fn roles(&self, ctx: &Context<'_>) -> Result<Vec<String>> {
        Ok(load::<UserRolesLoader, _>(ctx, Some(self.0.id.0))
            .await?
            .unwrap_or_default())
    }
    async fn created_at(&self) -> DateTime<Utc> {
        self.0.created_at
    }
    /// Marked absent: their turns and open complaints go to the backup.
    async fn absent(&self, ctx: &Context<'_>) -> Result<bool> {
        Ok(load::<RosterLoader, _>(ctx, Some(self.0.id.0))
            .await?
            .is_some_and(|(absent, _)| absent))
    }
    /// The designated backup (B role) in the same team.
    async fn backup(&self, ctx: &Context<'_>) -> Result<Option<User>> {
        let backup = load::<RosterLoader, _>(ctx, Some(self.0.id.0))
            .await?
            .and_then(|(_, b)| b);
        load_cached::<UserLoader, _, _>(ctx, backup)
            .await
            .map(|o| o.map(User))
    }
}

#[derive(Clone)]
pub struct Team(pub TeamView);

#[Object]
impl Team {
    async fn id(&self) -> ID {
        ID(self.0.id.to_string())
    }
    async fn name(&self) -> &str {
        &self.0.name
    }
    /// center, branch, store, expert or department.
    async fn kind(&self) -> &str {
        &self.0.kind
    }
    async fn parent(&self, ctx: &Context<'_>) -> Result<Option<Team>> {
        load::<TeamLoader, _>(ctx, self.0.parent_id.map(|t| t.0))
            .await
            .map(|o| o.map(Team))
    }
    async fn parent_id(&self) -> Option<ID> {
        self.0.parent_id.map(|p| ID(p.to_string()))
    }
}

#[derive(Clone)]
pub struct Category(pub CategoryView);

#[Object]
impl Category {
    async fn id(&self) -> ID {
        ID(self.0.id.to_string())
    }
    async fn code(&self) -> &str {
        &self.0.code
    }
    async fn name(&self) -> &str {
        &self.0.name
    }
    async fn parent_id(&self) -> Option<ID> {
        self.0.parent_id.map(|p| ID(p.to_string()))
    }
    async fn parent(&self, ctx: &Context<'_>) -> Result<Option<Category>> {
        load::<CategoryLoader, _>(ctx, self.0.parent_id.map(|t| t.0))
            .await
            .map(|o| o.map(Category))
    }
    /// The team that investigates this kind of complaint by default.
    async fn default_team(&self, ctx: &Context<'_>) -> Result<Option<Team>> {
        load::<TeamLoader, _>(ctx, self.0.default_team_id.map(|t| t.0))
            .await
            .map(|o| o.map(Team))
    }
    /// False once retired: hidden from intake, kept on old complaints.
    async fn active(&self) -> bool {
        self.0.active
    }
}
