//! The centre's memory in the API: resolved complaints like the one being
//! taken, across the centre, without personal data, and what they suggest
//! (`complaint.summary`).
use super::enums::{ComplaintStatus, Priority};
use super::load::load;
use super::loaders::TeamLoader;
use super::people::{load_category, Category, Team};
use super::{actor, services, GqlResult};
use crate::domain::suggest::Vote;
use crate::service::complaints::memory::{IntakeSuggestions as Suggestions, ResolvedSummary};
use async_graphql::{Context, Object, Result, ID};
use chrono::{DateTime, Utc};

/// A resolved complaint as the whole centre sees it: no customer, no
/// complaint number, no description; the reply with numbers scrubbed.
pub struct ResolvedComplaintSummary(ResolvedSummary);

#[Object]
impl ResolvedComplaintSummary {
    async fn category(&self, ctx: &Context<'_>) -> Result<Option<Category>> {
        load_category(ctx, self.0.category_id).await
    }
    async fn status(&self) -> ComplaintStatus {
        self.0.status.into()
    }
    async fn priority(&self) -> Priority {
        self.0.priority.into()
    }
    /// The reply given to the customer (phone, ID, card numbers and e-mail
    /// addresses replaced).
    async fn resolution(&self) -> Option<&str> {
        self.0.resolution.as_deref()
    }
    /// The knowledge-base article the complaint was answered with.
    async fn kb_article_id(&self) -> Option<ID> {
        self.0.kb_article.as_ref().map(|(id, _)| ID(id.to_string()))
    }
    async fn kb_article_title(&self) -> Option<&str> {
        self.0.kb_article.as_ref().map(|(_, t)| t.as_str())
    }
    async fn resolved_at(&self) -> Option<DateTime<Utc>> {
        self.0.resolved_at
    }
    /// How alike, 0–1 (as `SimilarComplaint.score`).
    async fn score(&self) -> f64 {
        f64::from(self.0.strength)
    }
}

/// A category and the share (0–1) of the nearest resolved complaints'
/// weighted vote it won.
pub struct CategoryVote(Vote<i64>);

#[Object]
impl CategoryVote {
    async fn category(&self, ctx: &Context<'_>) -> Result<Option<Category>> {
        load_category(ctx, self.0.value).await
    }
    async fn share(&self) -> f64 {
        f64::from(self.0.share)
    }
}

pub struct PriorityVote(Vote<crate::domain::complaint::Priority>);

#[Object]
impl PriorityVote {
    async fn priority(&self) -> Priority {
        self.0.value.into()
    }
    async fn share(&self) -> f64 {
        f64::from(self.0.share)
    }
}

pub struct TeamVote(Vote<i64>);

#[Object]
impl TeamVote {
    async fn team(&self, ctx: &Context<'_>) -> Result<Option<Team>> {
        load::<TeamLoader, _>(ctx, Some(self.0.value))
            .await
            .map(|o| o.map(Team))
    }
    async fn share(&self) -> f64 {
        f64::from(self.0.share)
    }
}

/// What the nearest resolved complaints suggest; all empty when none is
/// alike enough.
pub struct IntakeSuggestions(Suggestions);

#[Object]
impl IntakeSuggestions {
    /// Up to three, best first.
    async fn categories(&self) -> Vec<CategoryVote> {
        self.0
            .categories
            .iter()
            .copied()
            .map(CategoryVote)
            .collect()
    }
    async fn priority(&self) -> Option<PriorityVote> {
        self.0.priority.map(PriorityVote)
    }
    /// The team that handled most of them.
    async fn team(&self) -> Option<TeamVote> {
        self.0.team.map(TeamVote)
    }
    /// The reply most of the nearest share, as a draft.
    async fn draft_reply(&self) -> Option<&str> {
        self.0.draft_reply.as_deref()
    }
    /// The nearest resolved complaints, nearest first.
    async fn resolved(&self) -> Vec<ResolvedComplaintSummary> {
        self.0
            .resolved
            .iter()
            .cloned()
            .map(ResolvedComplaintSummary)
            .collect()
    }
}

#[derive(Default)]
pub struct CentreMemoryQuery;

#[Object]
impl CentreMemoryQuery {
    /// Resolved complaints across the centre like `text` (what the caller
    /// says), as summaries without personal data, and the category,
    /// priority, team and reply they suggest. Each summary shown is audited.
    async fn intake_suggestions(
        &self,
        ctx: &Context<'_>,
        text: String,
    ) -> Result<IntakeSuggestions> {
        let (a, m) = actor(ctx)?;
        let out = services(ctx)
            .intake_suggestions(a, m, &text)
            .await
            .gql(ctx)?;
        Ok(IntakeSuggestions(out))
    }
}
