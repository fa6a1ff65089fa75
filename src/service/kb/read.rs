//! Reading the knowledge base: article views with their live and latest
//! versions, single articles, lists, and versions by id. The review workflow
//! that changes articles is in `kb`.
use crate::auth::{Actor, RequestMeta};
use crate::db::entity::{category, kb_article, kb_article_version};
use crate::domain::permission::Permission;
use crate::error::{AppError, AppResult};
use crate::search::{self, KbChange};
use crate::service::authz::on;
use crate::service::kb::terms::{KbListFilter, ARCHIVED, DRAFT, IN_REVIEW, PUBLISHED};
use crate::service::page::encode_cursor;
use crate::service::page::id_page;
use crate::service::page::Page;
use crate::service::Services;
use chrono::{DateTime, Utc};
use sea_orm::{ColumnTrait, EntityTrait, QueryFilter, QueryOrder, QuerySelect};
use std::collections::HashMap;

#[derive(Debug, Clone)]
pub struct VersionView {
    pub id: i64,
    pub article_id: i64,
    pub number: i32,
    pub title: String,
    pub category_id: i64,
    pub scenario: String,
    pub solution: String,
    pub caveats: String,
    pub tags: Vec<String>,
    pub related: Vec<i64>,
    pub editor_id: i64,
    pub reviewer_id: Option<i64>,
    pub created_at: DateTime<Utc>,
    pub published_at: Option<DateTime<Utc>>,
}

impl From<kb_article_version::Model> for VersionView {
    fn from(m: kb_article_version::Model) -> Self {
        VersionView {
            id: m.id,
            article_id: m.article_id,
            number: m.number,
            title: m.title,
            category_id: m.category_id,
            scenario: m.scenario,
            solution: m.solution,
            caveats: m.caveats,
            tags: serde_json::from_str(&m.tags).unwrap_or_default(),
            related: serde_json::from_str(&m.related).unwrap_or_default(),
            editor_id: m.editor_id,
            reviewer_id: m.reviewer_id,
            created_at: m.created_at,
            published_at: m.published_at,
        }
    }
}

#[derive(Debug, Clone)]
pub struct ArticleView {
    pub id: i64,
    pub status: String,
    pub version: i32,
    pub author_id: i64,
    pub reviewer_id: Option<i64>,
    pub latest: VersionView,
    pub published: Option<VersionView>,
    pub created_at: DateTime<Utc>,
    pub updated_at: DateTime<Utc>,
    pub published_at: Option<DateTime<Utc>>,
}

impl Services {
    pub(crate) async fn kb_article_view(&self, a: kb_article::Model) -> AppResult<ArticleView> {
        let mut views = self.kb_article_views(vec![a]).await?;
        views
            .pop()
            .ok_or_else(|| AppError::internal_msg("article view"))
    }

    pub(crate) async fn kb_article_views(
        &self,
        articles: Vec<kb_article::Model>,
    ) -> AppResult<Vec<ArticleView>> {
        let ids: Vec<i64> = articles
            .iter()
            .flat_map(|a| {
                a.latest_version_id
                    .into_iter()
                    .chain(a.published_version_id)
            })
            .collect();
        let versions: HashMap<i64, VersionView> = kb_article_version::Entity::find()
            .filter(kb_article_version::Column::Id.is_in(ids))
            .all(self.db.conn())
            .await?
            .into_iter()
            .map(|v| (v.id, VersionView::from(v)))
            .collect();
        articles
            .into_iter()
            .map(|a| {
                let latest = a
                    .latest_version_id
                    .and_then(|v| versions.get(&v).cloned())
                    .ok_or_else(|| AppError::internal_msg("article without a version"))?;
                Ok(ArticleView {
                    id: a.id,
                    status: a.status,
                    version: a.version,
                    author_id: a.author_id,
                    reviewer_id: a.reviewer_id,
                    published: a
                        .published_version_id
                        .and_then(|v| versions.get(&v).cloned()),
                    latest,
                    created_at: a.created_at,
                    updated_at: a.updated_at,
                    published_at: a.published_at,
                })
            })
            .collect()
    }

    /// An article: readers see published articles; editors see all.
    pub async fn kb_article(
        &self,
        actor: &Actor,
        meta: &RequestMeta,
        id: i64,
    ) -> AppResult<ArticleView> {
        self.enforce_on(
            actor,
            meta,
            "kb.read",
            on("kb_article", id),
            Permission::KbRead,
        )
        .await?;
        let a = kb_article::Entity::find_by_id(id)
            .one(self.db.conn())
            .await?
            .filter(|a| {
                actor.has(Permission::KbEdit)
                    || (a.published_version_id.is_some() && a.status != ARCHIVED)
            })
            .ok_or_else(|| AppError::not_found(format!("article {id}")))?;
        self.kb_article_view(a).await
    }

    /// Every version of an article, newest first (published ones only for readers).
    pub async fn kb_versions(&self, actor: &Actor, article_id: i64) -> AppResult<Vec<VersionView>> {
        let mut q = kb_article_version::Entity::find()
            .filter(kb_article_version::Column::ArticleId.eq(article_id));
        if !actor.has(Permission::KbEdit) {
            q = q.filter(kb_article_version::Column::PublishedAt.is_not_null());
        }
        let rows = q
            .order_by_desc(kb_article_version::Column::Number)
            .all(self.db.conn())
            .await?;
        Ok(rows.into_iter().map(VersionView::from).collect())
    }

    pub async fn kb_articles(
        &self,
        actor: &Actor,
        meta: &RequestMeta,
        filter: &KbListFilter,
        first: Option<i64>,
        after: Option<&str>,
    ) -> AppResult<Page<ArticleView>> {
        self.enforce(actor, meta, "kb.list", Permission::KbRead)
            .await?;
        let mut q = kb_article::Entity::find();
        if !actor.has(Permission::KbEdit) {
            q = q
                .filter(kb_article::Column::PublishedVersionId.is_not_null())
                .filter(kb_article::Column::Status.ne(ARCHIVED));
        }
        if let Some(s) = &filter.status {
            if ![DRAFT, IN_REVIEW, PUBLISHED, ARCHIVED].contains(&s.as_str()) {
                return Err(AppError::bad_input(
                    "status",
                    "status must be draft, in_review, published or archived",
                ));
            }
            q = q.filter(kb_article::Column::Status.eq(s.as_str()));
        }
        if let Some(c) = filter.category_id {
            // a top-level category includes its sub-categories, as in kbSearch
            let family: Vec<i64> = category::Entity::find()
                .filter(
                    sea_orm::Condition::any()
                        .add(category::Column::Id.eq(c))
                        .add(category::Column::ParentId.eq(c)),
                )
                .all(self.db.conn())
                .await?
                .into_iter()
                .map(|c| c.id)
                .collect();
            let versions = sea_orm::sea_query::Query::select()
                .column(kb_article_version::Column::Id)
                .from(kb_article_version::Entity)
                .and_where(kb_article_version::Column::CategoryId.is_in(family))
                .to_owned();
            q = q.filter(kb_article::Column::LatestVersionId.in_subquery(versions));
        }
        let page = id_page(
            self.db.conn(),
            q,
            kb_article::Column::Id,
            first,
            after,
            true,
        )
        .await?;
        let views = self.kb_article_views(page.rows).await?;
        Ok(Page {
            items: views
                .into_iter()
                .map(|v| (encode_cursor(None, v.id), v))
                .collect(),
            has_next: page.has_next,
            has_previous: page.has_previous,
        })
    }

    /// The published version of an article, for recording which one answered a call.
    pub async fn published_version_of(&self, article_id: i64) -> AppResult<i64> {
        kb_article::Entity::find_by_id(article_id)
            .one(self.db.conn())
            .await?
            .filter(|a| a.status != ARCHIVED)
            .and_then(|a| a.published_version_id)
            .ok_or_else(|| AppError::bad_input("usedKbArticleId", "not a published article"))
    }

    /// Versions by id, in one query (the API's DataLoader).
    pub async fn kb_versions_by_ids(&self, ids: &[i64]) -> AppResult<Vec<VersionView>> {
        Ok(kb_article_version::Entity::find()
            .filter(kb_article_version::Column::Id.is_in(ids.iter().copied()))
            .all(self.db.conn())
            .await?
            .into_iter()
            .map(VersionView::from)
            .collect())
    }

    /// What the index should hold for these articles now.
    pub(crate) async fn kb_changes(&self, ids: &[i64]) -> AppResult<Vec<KbChange>> {
        let articles = kb_article::Entity::find()
            .filter(kb_article::Column::Id.is_in(ids.iter().copied()))
            .all(self.db.conn())
            .await?;
        let categories: HashMap<i64, Option<i64>> = category::Entity::find()
            .all(self.db.conn())
            .await?
            .into_iter()
            .map(|c| (c.id, c.parent_id))
            .collect();
        let mut usage = self.kb_usage_texts(ids).await?;
        let views: HashMap<i64, ArticleView> = self
            .kb_article_views(articles)
            .await?
            .into_iter()
            .map(|v| (v.id, v))
            .collect();
        Ok(ids
            .iter()
            .map(|id| {
                let mut docs = vec![];
                let usage = usage.remove(id).unwrap_or_default();
                if let Some(a) = views.get(id).filter(|a| a.status != ARCHIVED) {
                    let doc = |v: &VersionView, state| search::kb::ArticleDoc {
                        article_id: a.id,
                        version_id: v.id,
                        state,
                        category_id: v.category_id,
                        top_category_id: categories
                            .get(&v.category_id)
                            .copied()
                            .flatten()
                            .unwrap_or(v.category_id),
                        title: v.title.clone(),
                        tags: v.tags.clone(),
                        body: format!("{}\n{}\n{}", v.scenario, v.solution, v.caveats),
                        usage: usage.clone(),
                        gist: search::kb::gist(&v.title, &v.scenario, &v.solution),
                    };
                    if let Some(p) = &a.published {
                        docs.push(doc(p, search::kb::PUBLISHED));
                    }
                    if a.published.as_ref().map(|p| p.id) != Some(a.latest.id) {
                        docs.push(doc(&a.latest, search::kb::DRAFT));
                    }
                }
                KbChange {
                    article_id: *id,
                    docs,
                }
            })
            .collect())
    }

    pub(crate) async fn all_kb_article_ids(&self) -> AppResult<Vec<i64>> {
        Ok(kb_article::Entity::find()
            .select_only()
            .column(kb_article::Column::Id)
            .into_tuple()
            .all(self.db.conn())
            .await?)
    }
}
