//! Search analytics in the API: what agents search for, for knowledge-base
//! editors (`kb.edit`), and the console's report of an opened result.
use super::kb::KbArticle;
use super::load::connection;
use super::{actor, parse_id, services, GqlResult};
use crate::service::kb::{QueryStat, QueryStatKind};
use async_graphql::connection::{Connection, EmptyFields};
use async_graphql::{Context, Enum, InputObject, Object, Result, SimpleObject, ID};
use chrono::{DateTime, Utc};

/// Which queries `kbQueryStats` lists.
#[derive(Enum, Copy, Clone, Debug, PartialEq, Eq)]
pub enum KbQueryStatKind {
    /// Every query, most searched first.
    Top,
    /// Queries that found nothing.
    ZeroResult,
    /// Queries that found articles, none of which was ever opened.
    Unopened,
}

impl From<KbQueryStatKind> for QueryStatKind {
    fn from(k: KbQueryStatKind) -> Self {
        match k {
            KbQueryStatKind::Top => QueryStatKind::Top,
            KbQueryStatKind::ZeroResult => QueryStatKind::ZeroResult,
            KbQueryStatKind::Unopened => QueryStatKind::Unopened,
        }
    }
}

/// Knowledge-base searches over a period.
#[derive(SimpleObject)]
pub struct KbSearchSummary {
    pub searches: i64,
    /// Queries counted once however they were written (Traditional or
    /// Simplified, case, spacing).
    pub distinct_queries: i64,
    pub zero_result: i64,
    pub opened: i64,
    pub used: i64,
    /// zeroResult / searches.
    pub zero_result_rate: f64,
    /// opened / searches that found something.
    pub open_rate: f64,
    /// used / searches.
    pub use_rate: f64,
    /// Whether searches are ranked with the sentence encoder now (dense
    /// retrieval fused with the lexical ranking); false when its model is
    /// not installed and the lexical analysis ranks alone.
    pub semantic_search: bool,
}

/// One query over a period (phone and ID numbers in it are replaced by 「[号码]」).
#[derive(SimpleObject)]
pub struct KbQueryStat {
    pub query: String,
    pub searches: i64,
    pub average_results: f64,
    /// Searches from which an article was opened.
    pub opened: i64,
    /// Searches whose article went onto a complaint.
    pub used: i64,
    pub last_searched_at: DateTime<Utc>,
}

impl From<QueryStat> for KbQueryStat {
    fn from(s: QueryStat) -> Self {
        KbQueryStat {
            query: s.query,
            searches: s.searches,
            average_results: s.average_results,
            opened: s.opened,
            used: s.used,
            last_searched_at: s.last_searched_at,
        }
    }
}

#[derive(InputObject)]
pub struct RecordKbSearchOpenInput {
    /// `searchId` of the search the article was opened from.
    pub search_id: ID,
    pub article_id: ID,
}

#[derive(Default)]
pub struct KbAnalyticsQuery;

#[Object]
impl KbAnalyticsQuery {
    /// Search totals over `[from, to)`; by default the last 30 days (at most 366).
    async fn kb_search_summary(
        &self,
        ctx: &Context<'_>,
        from: Option<DateTime<Utc>>,
        to: Option<DateTime<Utc>>,
    ) -> Result<KbSearchSummary> {
        let (a, m) = actor(ctx)?;
        let s = services(ctx)
            .kb_search_summary(a, m, (from, to))
            .await
            .gql(ctx)?;
        Ok(KbSearchSummary {
            zero_result_rate: s.zero_result_rate(),
            open_rate: s.open_rate(),
            use_rate: s.use_rate(),
            searches: s.searches,
            distinct_queries: s.distinct_queries,
            zero_result: s.zero_result,
            opened: s.opened,
            used: s.used,
            semantic_search: s.semantic_search,
        })
    }

    /// Queries over `[from, to)`, most searched first.
    async fn kb_query_stats(
        &self,
        ctx: &Context<'_>,
        kind: KbQueryStatKind,
        from: Option<DateTime<Utc>>,
        to: Option<DateTime<Utc>>,
        first: Option<i32>,
        after: Option<String>,
    ) -> Result<Connection<String, KbQueryStat, EmptyFields>> {
        let (a, m) = actor(ctx)?;
        let page = services(ctx)
            .kb_query_stats(
                a,
                m,
                (from, to),
                kind.into(),
                first.map(i64::from),
                after.as_deref(),
            )
            .await
            .gql(ctx)?;
        Ok(connection(page, KbQueryStat::from, EmptyFields))
    }

    /// Published articles that no search of `[from, to)` showed among its
    /// first ten results.
    async fn kb_articles_never_found(
        &self,
        ctx: &Context<'_>,
        from: Option<DateTime<Utc>>,
        to: Option<DateTime<Utc>>,
        first: Option<i32>,
        after: Option<String>,
    ) -> Result<Connection<String, KbArticle, EmptyFields>> {
        let (a, m) = actor(ctx)?;
        let page = services(ctx)
            .kb_articles_never_found(a, m, (from, to), first.map(i64::from), after.as_deref())
            .await
            .gql(ctx)?;
        Ok(connection(page, KbArticle::new, EmptyFields))
    }
}

#[derive(Default)]
pub struct KbAnalyticsMutation;

#[Object]
impl KbAnalyticsMutation {
    /// The caller opened a result of their search (search analytics).
    async fn record_kb_search_open(
        &self,
        ctx: &Context<'_>,
        input: RecordKbSearchOpenInput,
    ) -> Result<bool> {
        let (a, m) = actor(ctx)?;
        let article = parse_id("articleId", &input.article_id).gql(ctx)?;
        services(ctx)
            .record_kb_search_open(a, m, &input.search_id, article)
            .await
            .gql(ctx)?;
        Ok(true)
    }
}
