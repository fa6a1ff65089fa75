//! Major-complaint criteria in the API: read by any signed-in staff member,
//! changed by administrators (`major.manage`).
use super::enums::Channel;
use super::load::load_cached;
use super::loaders::UserLoader;
use super::people::User;
use super::{actor, services, GqlResult};
use crate::domain::major::Criteria;
use crate::service::complaints::major::CriteriaView;
use async_graphql::{Context, InputObject, Object, Result};
use chrono::{DateTime, Utc};

/// What makes a complaint major (重大投诉); a null threshold is switched off.
pub struct MajorCriteria(pub CriteriaView);

#[Object]
impl MajorCriteria {
    /// An amount (disputed or claimed) above this, in cents.
    async fn amount_over_cents(&self) -> Option<i64> {
        self.0.criteria.amount_over_cents
    }
    /// Complaints arriving through these channels (media, regulator…).
    async fn channels(&self) -> Vec<Channel> {
        self.0
            .criteria
            .channels
            .iter()
            .map(|c| (*c).into())
            .collect()
    }
    /// A repeat complaint about the same issue.
    async fn repeat_same_issue(&self) -> bool {
        self.0.criteria.repeat_same_issue
    }
    /// More than this many complaints about the same announcement.
    async fn announcement_count_over(&self) -> Option<i64> {
        self.0.criteria.announcement_count_over
    }
    /// 0 while the defaults apply.
    async fn version(&self) -> i32 {
        self.0.version
    }
    async fn updated_at(&self) -> Option<DateTime<Utc>> {
        self.0.updated_at
    }
    async fn updated_by(&self, ctx: &Context<'_>) -> Result<Option<User>> {
        load_cached::<UserLoader, _, _>(ctx, self.0.updated_by)
            .await
            .map(|o| o.map(User))
    }
}

#[derive(InputObject)]
pub struct UpdateMajorCriteriaInput {
    pub amount_over_cents: Option<i64>,
    pub channels: Vec<Channel>,
    pub repeat_same_issue: bool,
    pub announcement_count_over: Option<i64>,
    /// The version read (0 while the defaults apply).
    pub expected_version: i32,
}

#[derive(Default)]
pub struct MajorQuery;

#[Object]
impl MajorQuery {
    /// The criteria that make a complaint major.
    async fn major_criteria(&self, ctx: &Context<'_>) -> Result<MajorCriteria> {
        let (a, _) = actor(ctx)?;
        services(ctx)
            .major_criteria(a)
            .await
            .map(MajorCriteria)
            .gql(ctx)
    }
}

#[derive(Default)]
pub struct MajorMutation;

#[Object]
impl MajorMutation {
    /// Replace the criteria that make a complaint major (`major.manage`).
    async fn update_major_criteria(
        &self,
        ctx: &Context<'_>,
        input: UpdateMajorCriteriaInput,
    ) -> Result<MajorCriteria> {
        let (a, m) = actor(ctx)?;
        let c = Criteria {
            amount_over_cents: input.amount_over_cents,
            channels: input.channels.into_iter().map(Into::into).collect(),
            repeat_same_issue: input.repeat_same_issue,
            announcement_count_over: input.announcement_count_over,
        };
        services(ctx)
            .update_major_criteria(a, m, c, input.expected_version)
            .await
            .map(MajorCriteria)
            .gql(ctx)
    }
}
