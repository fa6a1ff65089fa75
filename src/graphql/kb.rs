//! Knowledge-base queries and mutations.
use super::load::connection;
use super::people::{load_category, load_user, Category, User};
use super::{actor, parse_id, parse_opt_id, services, GqlResult};
use crate::service::kb::{ArticleInput, ArticleView, KbListFilter, VersionView};
use crate::service::kb::{KbHit, KbSearchRequest};
use async_graphql::connection::{Connection, EmptyFields};
use async_graphql::{Context, InputObject, Object, Result, SimpleObject, ID};
use chrono::{DateTime, Utc};

#[derive(Clone)]
pub struct KbVersion(pub VersionView);

#[Object]
impl KbVersion {
    async fn id(&self) -> ID {
        ID(self.0.id.to_string())
    }
    /// 1, 2, 3… per article.
    async fn number(&self) -> i32 {
        self.0.number
    }
    async fn title(&self) -> &str {
        &self.0.title
    }
    async fn category(&self, ctx: &Context<'_>) -> Result<Option<Category>> {
        load_category(ctx, self.0.category_id).await
    }
    /// 问题场景
    async fn scenario(&self) -> &str {
        &self.0.scenario
    }
    /// 解决方案
    async fn solution(&self) -> &str {
        &self.0.solution
    }
    /// 注意事项
    async fn caveats(&self) -> &str {
        &self.0.caveats
    }
    async fn tags(&self) -> &[String] {
        &self.0.tags
    }
    async fn related_ids(&self) -> Vec<ID> {
        self.0.related.iter().map(|i| ID(i.to_string())).collect()
    }
    async fn editor(&self, ctx: &Context<'_>) -> Result<Option<User>> {
        load_user(ctx, Some(self.0.editor_id)).await
    }
    async fn reviewer(&self, ctx: &Context<'_>) -> Result<Option<User>> {
        load_user(ctx, self.0.reviewer_id).await
    }
    async fn created_at(&self) -> DateTime<Utc> {
        self.0.created_at
    }
    async fn published_at(&self) -> Option<DateTime<Utc>> {
        self.0.published_at
    }
}

/// An article: loaded, or (for a search hit when only its id was asked
/// for) known by id and read on first use.
pub struct KbArticle {
    id: i64,
    view: tokio::sync::OnceCell<ArticleView>,
}

impl KbArticle {
    pub fn new(view: ArticleView) -> KbArticle {
        KbArticle {
            id: view.id,
            view: tokio::sync::OnceCell::new_with(Some(view)),
        }
    }

    fn by_id(id: i64) -> KbArticle {
        KbArticle {
            id,
            view: tokio::sync::OnceCell::new(),
        }
    }

    async fn view(&self, ctx: &Context<'_>) -> Result<&ArticleView> {
        self.view
            .get_or_try_init(|| async {
                let (a, m) = actor(ctx)?;
                services(ctx).kb_article(a, m, self.id).await.gql(ctx)
            })
            .await
    }
}

#[Object]
impl KbArticle {
    async fn id(&self) -> ID {
        ID(self.id.to_string())
    }
    /// draft, in_review, published or archived.
    async fn status(&self, ctx: &Context<'_>) -> Result<&str> {
        Ok(&self.view(ctx).await?.status)
    }
    /// Pass back as `expectedVersion` when changing the article.
    async fn version(&self, ctx: &Context<'_>) -> Result<i32> {
        Ok(self.view(ctx).await?.version)
    }
    /// The live version agents see (absent until first published).
    async fn published(&self, ctx: &Context<'_>) -> Result<Option<KbVersion>> {
        Ok(self.view(ctx).await?.published.clone().map(KbVersion))
    }
    /// The newest version (a draft under edit or review, or the published one).
    async fn latest(&self, ctx: &Context<'_>) -> Result<KbVersion> {
        Ok(KbVersion(self.view(ctx).await?.latest.clone()))
    }
    /// Every version, newest first (published ones only, unless you edit the knowledge base).
    async fn versions(&self, ctx: &Context<'_>) -> Result<Vec<KbVersion>> {
        let (a, _) = actor(ctx)?;
        Ok(services(ctx)
            .kb_versions(a, self.id)
            .await
            .gql(ctx)?
            .into_iter()
            .map(KbVersion)
            .collect())
    }
    async fn author(&self, ctx: &Context<'_>) -> Result<Option<User>> {
        let author = self.view(ctx).await?.author_id;
        load_user(ctx, Some(author)).await
    }
    async fn reviewer(&self, ctx: &Context<'_>) -> Result<Option<User>> {
        let reviewer = self.view(ctx).await?.reviewer_id;
        load_user(ctx, reviewer).await
    }
    async fn created_at(&self, ctx: &Context<'_>) -> Result<DateTime<Utc>> {
        Ok(self.view(ctx).await?.created_at)
    }
    async fn updated_at(&self, ctx: &Context<'_>) -> Result<DateTime<Utc>> {
        Ok(self.view(ctx).await?.updated_at)
    }
    async fn published_at(&self, ctx: &Context<'_>) -> Result<Option<DateTime<Utc>>> {
        Ok(self.view(ctx).await?.published_at)
    }
}

/// A highlighted part of a snippet, in characters.
#[derive(SimpleObject)]
pub struct HighlightRange {
    pub start: i32,
    pub end: i32,
}

pub struct KbSearchHit(KbHit);

#[Object]
impl KbSearchHit {
    /// The article as it is now.
    async fn article(&self) -> KbArticle {
        match &self.0.article {
            Some(view) => KbArticle::new(view.clone()),
            None => KbArticle::by_id(self.0.article_id),
        }
    }
    /// The version that matched.
    async fn version(&self) -> KbVersion {
        KbVersion(self.0.version.view.clone())
    }
    async fn score(&self) -> f64 {
        f64::from(self.0.score)
    }
    async fn snippet(&self) -> &str {
        &self.0.snippet
    }
    async fn highlights(&self) -> Vec<HighlightRange> {
        self.0
            .highlights
            .iter()
            .map(|(s, e)| HighlightRange {
                start: *s as i32,
                end: *e as i32,
            })
            .collect()
    }
}

/// Matches per top-level category.
pub struct CategoryFacet {
    category_id: i64,
    count: u64,
}

#[Object]
impl CategoryFacet {
    async fn category(&self, ctx: &Context<'_>) -> Result<Option<Category>> {
        load_category(ctx, self.category_id).await
    }
    async fn count(&self) -> u64 {
        self.count
    }
}

#[derive(SimpleObject)]
pub struct KbSearchResult {
    pub hits: Vec<KbSearchHit>,
    pub facets: Vec<CategoryFacet>,
    /// How many articles matched: exact when `totalIsExact`, else a lower
    /// bound (counting stops past 1,000 matches unless facets are asked for).
    pub total: u64,
    /// False when more matched than were counted.
    pub total_is_exact: bool,
    /// Pass as `after` for the next page (same query and filter).
    pub end_cursor: Option<String>,
    pub has_next_page: bool,
    /// Send back with `recordKbSearchOpen` and `createComplaint` (search
    /// analytics); null for later pages and draft searches.
    pub search_id: Option<ID>,
}

#[derive(SimpleObject)]
pub struct KbSuggestion {
    pub article_id: ID,
    pub title: String,
}

#[derive(InputObject, Default)]
pub struct KbSearchFilter {
    /// A top-level category includes its sub-categories.
    pub category_id: Option<ID>,
    /// Editors only: also search unpublished drafts.
    pub include_drafts: Option<bool>,
    /// Not a filter: articles of this category (a top-level one with its
    /// sub-categories) move up three places, as the category chosen at
    /// intake does. A boosted search is one page (no `endCursor`).
    pub boost_category_id: Option<ID>,
}

#[derive(InputObject, Default)]
pub struct KbArticleFilter {
    pub status: Option<String>,
    pub category_id: Option<ID>,
}

#[derive(Default)]
pub struct KbQuery;

#[Object]
impl KbQuery {
    async fn kb_article(&self, ctx: &Context<'_>, id: ID) -> Result<KbArticle> {
        let (a, m) = actor(ctx)?;
        let id = parse_id("id", &id).gql(ctx)?;
        services(ctx)
            .kb_article(a, m, id)
            .await
            .map(KbArticle::new)
            .gql(ctx)
    }

    async fn kb_articles(
        &self,
        ctx: &Context<'_>,
        filter: Option<KbArticleFilter>,
        first: Option<i32>,
        after: Option<String>,
    ) -> Result<Connection<String, KbArticle, EmptyFields>> {
        let (a, m) = actor(ctx)?;
        let f = filter.unwrap_or_default();
        let filter = KbListFilter {
            status: f.status,
            category_id: parse_opt_id("categoryId", &f.category_id).gql(ctx)?,
        };
        let page = services(ctx)
            .kb_articles(a, m, &filter, first.map(i64::from), after.as_deref())
            .await
            .gql(ctx)?;
        Ok(connection(page, KbArticle::new, EmptyFields))
    }

    /// Full-text search for agents on a call: Simplified or Traditional,
    /// synonyms, common typos, model numbers.
    async fn kb_search(
        &self,
        ctx: &Context<'_>,
        query: String,
        filter: Option<KbSearchFilter>,
        first: Option<i32>,
        #[graphql(desc = "`endCursor` of the previous page of the same search.")] after: Option<
            String,
        >,
    ) -> Result<KbSearchResult> {
        let (a, m) = actor(ctx)?;
        let f = filter.unwrap_or_default();
        let cat = parse_opt_id("categoryId", &f.category_id).gql(ctx)?;
        let boost = parse_opt_id("boostCategoryId", &f.boost_category_id).gql(ctx)?;
        // facet counts and the total cost a pass over every match: only if asked for
        let look = ctx.look_ahead();
        let facets = look.field("facets").exists();
        let counts = facets || look.field("total").exists() || look.field("totalIsExact").exists();
        // the article row only if more than its id is asked for
        let mut articles = false;
        for hits in ctx.field().selection_set().filter(|f| f.name() == "hits") {
            for article in hits.selection_set().filter(|f| f.name() == "article") {
                articles |= article
                    .selection_set()
                    .any(|f| !matches!(f.name(), "id" | "__typename"));
            }
        }
        let out = services(ctx)
            .kb_search(
                a,
                m,
                &KbSearchRequest {
                    query: &query,
                    category_id: cat,
                    boost_category_id: boost,
                    include_drafts: f.include_drafts.unwrap_or(false),
                    first: first.map(i64::from),
                    after: after.as_deref(),
                    counts,
                    facets,
                    articles,
                    log: true,
                },
            )
            .await
            .gql(ctx)?;
        Ok(KbSearchResult {
            search_id: out.search_id.map(ID),
            hits: out.hits.into_iter().map(KbSearchHit).collect(),
            facets: out
                .facets
                .into_iter()
                .map(|(category_id, count)| CategoryFacet { category_id, count })
                .collect(),
            total: out.total.map_or(0, |t| t.count as u64),
            total_is_exact: out.total.is_none_or(|t| t.exact),
            has_next_page: out.end_cursor.is_some(),
            end_cursor: out.end_cursor,
        })
    }

    /// Titles for search-as-you-type.
    async fn kb_suggest(&self, ctx: &Context<'_>, prefix: String) -> Result<Vec<KbSuggestion>> {
        let (a, m) = actor(ctx)?;
        let out = services(ctx).kb_suggest(a, m, &prefix).await.gql(ctx)?;
        Ok(out
            .into_iter()
            .map(|(id, title)| KbSuggestion {
                article_id: ID(id.to_string()),
                title,
            })
            .collect())
    }
}

#[derive(InputObject)]
pub struct KbArticleFields {
    pub title: String,
    pub category_id: ID,
    pub scenario: String,
    pub solution: String,
    #[graphql(default)]
    pub caveats: String,
    #[graphql(default)]
    pub tags: Vec<String>,
    #[graphql(default)]
    pub related_ids: Vec<ID>,
}

impl KbArticleFields {
    fn into_input(self) -> Result<ArticleInput, crate::error::AppError> {
        Ok(ArticleInput {
            title: self.title,
            category_id: parse_id("categoryId", &self.category_id)?,
            scenario: self.scenario,
            solution: self.solution,
            caveats: self.caveats,
            tags: self.tags,
            related: self
                .related_ids
                .iter()
                .map(|i| parse_id("relatedIds", i))
                .collect::<Result<_, _>>()?,
        })
    }
}

#[derive(InputObject)]
pub struct CreateKbArticleInput {
    pub article: KbArticleFields,
}

#[derive(InputObject)]
pub struct UpdateKbArticleInput {
    pub id: ID,
    pub expected_version: i32,
    pub article: KbArticleFields,
}

#[derive(InputObject)]
pub struct KbArticleStepInput {
    pub id: ID,
    pub expected_version: i32,
}

#[derive(Default)]
pub struct KbMutation;

#[Object]
impl KbMutation {
    async fn create_kb_article(
        &self,
        ctx: &Context<'_>,
        input: CreateKbArticleInput,
    ) -> Result<KbArticle> {
        let (a, m) = actor(ctx)?;
        let article = input.article.into_input().gql(ctx)?;
        services(ctx)
            .create_kb_article(a, m, article)
            .await
            .map(KbArticle::new)
            .gql(ctx)
    }

    /// Edit: a published article gets a new draft; the published version stays live.
    async fn update_kb_article(
        &self,
        ctx: &Context<'_>,
        input: UpdateKbArticleInput,
    ) -> Result<KbArticle> {
        let (a, m) = actor(ctx)?;
        let id = parse_id("id", &input.id).gql(ctx)?;
        let article = input.article.into_input().gql(ctx)?;
        services(ctx)
            .update_kb_article(a, m, id, input.expected_version, article)
            .await
            .map(KbArticle::new)
            .gql(ctx)
    }

    /// Send the draft for review.
    async fn submit_kb_article(
        &self,
        ctx: &Context<'_>,
        input: KbArticleStepInput,
    ) -> Result<KbArticle> {
        let (a, m) = actor(ctx)?;
        let id = parse_id("id", &input.id).gql(ctx)?;
        services(ctx)
            .submit_kb_article(a, m, id, input.expected_version)
            .await
            .map(KbArticle::new)
            .gql(ctx)
    }

    /// Publish the version in review (needs kb.publish; not your own edit).
    async fn publish_kb_article(
        &self,
        ctx: &Context<'_>,
        input: KbArticleStepInput,
    ) -> Result<KbArticle> {
        let (a, m) = actor(ctx)?;
        let id = parse_id("id", &input.id).gql(ctx)?;
        services(ctx)
            .publish_kb_article(a, m, id, input.expected_version)
            .await
            .map(KbArticle::new)
            .gql(ctx)
    }

    async fn archive_kb_article(
        &self,
        ctx: &Context<'_>,
        input: KbArticleStepInput,
    ) -> Result<KbArticle> {
        let (a, m) = actor(ctx)?;
        let id = parse_id("id", &input.id).gql(ctx)?;
        services(ctx)
            .archive_kb_article(a, m, id, input.expected_version)
            .await
            .map(KbArticle::new)
            .gql(ctx)
    }
}
