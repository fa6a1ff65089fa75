//! Announcements (系统公告).
use super::load::connection;
use super::people::{load_category, load_user, Category, User};
use super::{actor, parse_id, parse_maybe_id, parse_opt_id, services, GqlResult};
use crate::service::announcements::{AnnouncementEdit, AnnouncementView, NewAnnouncement};
use async_graphql::connection::{Connection, EmptyFields};
use async_graphql::{Context, InputObject, MaybeUndefined, Object, Result, ID};
use chrono::{DateTime, Utc};

#[derive(Clone)]
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
            Some(c) => load_category(ctx, c).await,
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
        load_user(ctx, Some(self.0.created_by_id)).await
    }
    async fn created_at(&self) -> DateTime<Utc> {
        self.0.created_at
    }
    /// Pass this back as `expectedVersion` when editing or ending it.
    async fn version(&self) -> i32 {
        self.0.version
    }
    /// Ended (its `activeUntil` has passed): no new complaint can be linked to it.
    async fn ended(&self, ctx: &Context<'_>) -> bool {
        self.0.is_ended(services(ctx).now())
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

/// Change an announcement; fields left out stay as they are.
#[derive(InputObject)]
pub struct UpdateAnnouncementInput {
    pub id: ID,
    /// The `version` you last read; a stale one is refused with CONFLICT.
    pub expected_version: i32,
    pub title: Option<String>,
    pub explanation: Option<String>,
    /// `null` makes it apply to every category.
    pub category_id: MaybeUndefined<ID>,
    pub active_from: Option<DateTime<Utc>>,
    /// `null` makes it open-ended.
    pub active_until: MaybeUndefined<DateTime<Utc>>,
}

#[derive(InputObject)]
pub struct EndAnnouncementInput {
    pub id: ID,
    pub expected_version: i32,
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

    /// Edit an announcement (audited).
    async fn update_announcement(
        &self,
        ctx: &Context<'_>,
        input: UpdateAnnouncementInput,
    ) -> Result<Announcement> {
        let (a, m) = actor(ctx)?;
        let id = parse_id("id", &input.id).gql(ctx)?;
        let edit = AnnouncementEdit {
            title: input.title,
            explanation: input.explanation,
            category_id: parse_maybe_id("categoryId", &input.category_id).gql(ctx)?,
            active_from: input.active_from,
            active_until: match input.active_until {
                MaybeUndefined::Undefined => None,
                MaybeUndefined::Null => Some(None),
                MaybeUndefined::Value(t) => Some(Some(t)),
            },
        };
        services(ctx)
            .update_announcement(a, m, id, input.expected_version, edit)
            .await
            .map(Announcement)
            .gql(ctx)
    }

    /// End an announcement now (audited); it leaves the active list and no
    /// complaint can be linked to it any more.
    async fn end_announcement(
        &self,
        ctx: &Context<'_>,
        input: EndAnnouncementInput,
    ) -> Result<Announcement> {
        let (a, m) = actor(ctx)?;
        let id = parse_id("id", &input.id).gql(ctx)?;
        services(ctx)
            .end_announcement(a, m, id, input.expected_version)
            .await
            .map(Announcement)
            .gql(ctx)
    }
}
