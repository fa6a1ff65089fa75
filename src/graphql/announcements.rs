//! Announcements (系统公告).
use super::types::{connection, Category, User};
use super::{actor, parse_opt_id, services, GqlResult};
use crate::service::announcements::{AnnouncementView, NewAnnouncement};
use async_graphql::connection::{Connection, EmptyFields};
use async_graphql::{Context, InputObject, Object, Result, ID};
use chrono::{DateTime, Utc};

pub struct Announcement(pub AnnouncementView);

#[Object]
impl Announcement {
    async fn id(&self) -> ID {
        ID(self.0.id.to_string())
    }
    async fn title(&self) -> &str {
        &self.0.title
    }
    /// The one agreed explanation agents give callers (统一解释口径).
    async fn explanation(&self) -> &str {
        &self.0.explanation
    }
    async fn category(&self, ctx: &Context<'_>) -> Result<Option<Category>> {
        match self.0.category_id {
            Some(c) => super::types::load_category(ctx, c).await,
            None => Ok(None),
        }
    }
    async fn active_from(&self) -> DateTime<Utc> {
        self.0.active_from
    }
    async fn active_until(&self) -> Option<DateTime<Utc>> {
        self.0.active_until
    }
    async fn created_by(&self, ctx: &Context<'_>) -> Result<Option<User>> {
        super::types::load_user(ctx, Some(self.0.created_by_id)).await
    }
    async fn created_at(&self) -> DateTime<Utc> {
        self.0.created_at
    }
}

#[derive(InputObject)]
pub struct CreateAnnouncementInput {
    pub title: String,
    pub explanation: String,
    pub category_id: Option<ID>,
    /// Defaults to now.
    pub active_from: Option<DateTime<Utc>>,
    pub active_until: Option<DateTime<Utc>>,
}

#[derive(Default)]
pub struct AnnouncementQuery;

#[Object]
impl AnnouncementQuery {
    async fn announcements(
        &self,
        ctx: &Context<'_>,
        #[graphql(default = true)] active_only: bool,
        first: Option<i32>,
        after: Option<String>,
    ) -> Result<Connection<String, Announcement, EmptyFields>> {
        let (a, m) = actor(ctx)?;
        let page = services(ctx)
            .announcements(a, m, active_only, first.map(i64::from), after.as_deref())
            .await
            .gql(ctx)?;
        Ok(connection(page, Announcement, EmptyFields))
    }
}

#[derive(Default)]
pub struct AnnouncementMutation;

#[Object]
impl AnnouncementMutation {
    async fn create_announcement(
        &self,
        ctx: &Context<'_>,
        input: CreateAnnouncementInput,
    ) -> Result<Announcement> {
        let (a, m) = actor(ctx)?;
        let new = NewAnnouncement {
            title: input.title,
            explanation: input.explanation,
            category_id: parse_opt_id("categoryId", &input.category_id).gql(ctx)?,
            active_from: input.active_from,
            active_until: input.active_until,
        };
        services(ctx)
            .create_announcement(a, m, new)
            .await
            .map(Announcement)
            .gql(ctx)
    }
}
