//! The knowledge base: articles with versions and a review workflow
//! (draft → in review → published → archived), and search over them.
//!
//! Invariants: the published version stays live while a newer draft is
//! edited and reviewed; every published version is kept; the reviewer who
//! publishes is not the editor of that version; every change writes its audit
//! record and a search-outbox row in the same transaction.
use super::queries::{decode_cursor, encode_cursor, page_size};
use super::views::Page;
use super::{optional_text, required_text, Services};
use crate::audit::{self, Entry};
use crate::auth::policy;
use crate::auth::{Actor, RequestMeta};
use crate::db::entity::{category, kb_article, kb_article_version, search_outbox};
use crate::domain::permission::Permission;
use crate::error::{AppError, AppResult};
use crate::search::{self, KbChange};
use chrono::{DateTime, Utc};
use sea_orm::{
    ActiveModelTrait, ActiveValue::NotSet, ColumnTrait, ConnectionTrait, EntityTrait,
    IntoActiveModel, PaginatorTrait, QueryFilter, QueryOrder, QuerySelect, Set,
};
use std::collections::HashMap;

pub const DRAFT: &str = "draft";
pub const IN_REVIEW: &str = "in_review";
pub const PUBLISHED: &str = "published";
pub const ARCHIVED: &str = "archived";

#[derive(Debug, Clone, Default)]
pub struct ArticleInput {
    pub title: String,
    pub category_id: i64,
    pub scenario: String,
    pub solution: String,
    pub caveats: String,
    pub tags: Vec<String>,
    pub related: Vec<i64>,
}

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

#[derive(Debug, Clone)]
pub struct KbHit {
    pub article: ArticleView,
    /// The version that matched (published, or a draft for editors).
    pub version: VersionView,
    pub score: f32,
    pub snippet: String,
    /// Highlight ranges in the snippet, in characters: (start, end).
    pub highlights: Vec<(usize, usize)>,
}

/// A knowledge-base search as asked for.
#[derive(Debug, Clone, Copy, Default)]
pub struct KbSearchRequest<'a> {
    pub query: &'a str,
    pub category_id: Option<i64>,
    /// Editors only: also search unpublished drafts.
    pub include_drafts: bool,
    pub first: Option<i64>,
    /// Compute facet counts and the total (a pass over every match).
    pub counts: bool,
}

pub struct KbSearchOutcome {
    pub hits: Vec<KbHit>,
    /// Per top-level category; empty unless counts were asked for.
    pub facets: Vec<(i64, u64)>,
    /// How many matched; `None` unless counts were asked for.
    pub total: Option<usize>,
}

#[derive(Debug, Clone, Default)]
pub struct KbListFilter {
    pub status: Option<String>,
    pub category_id: Option<i64>,
}

pub const MAX_QUERY_CHARS: usize = 200;

fn check_input(i: &ArticleInput) -> AppResult<ArticleInput> {
    let tags: Vec<String> = i
        .tags
        .iter()
        .map(|t| t.trim().to_string())
        .filter(|t| !t.is_empty())
        .collect();
    if tags.len() > 20 || tags.iter().any(|t| t.chars().count() > 30) {
        return Err(AppError::bad_input(
            "tags",
            "at most 20 tags of at most 30 characters",
        ));
    }
    if i.related.len() > 20 {
        return Err(AppError::bad_input(
            "relatedIds",
            "at most 20 related articles",
        ));
    }
    Ok(ArticleInput {
        title: required_text("title", &i.title, 200)?,
        category_id: i.category_id,
        scenario: required_text("scenario", &i.scenario, 5000)?,
        solution: required_text("solution", &i.solution, 10000)?,
        caveats: optional_text("caveats", Some(&i.caveats), 5000)?.unwrap_or_default(),
        tags,
        related: i.related.clone(),
    })
}

pub(crate) async fn enqueue<C: ConnectionTrait>(
    db: &C,
    entity: &str,
    id: i64,
    at: DateTime<Utc>,
) -> AppResult<()> {
    search_outbox::ActiveModel {
        id: NotSet,
        entity: Set(entity.into()),
        entity_id: Set(id),
        created_at: Set(at),
    }
    .insert(db)
    .await?;
    Ok(())
}

impl Services {
    async fn kb_require(
        &self,
        actor: &Actor,
        meta: &RequestMeta,
        p: Permission,
        action: &str,
        id: Option<i64>,
    ) -> AppResult<()> {
        match policy::require(actor, p) {
            Ok(()) => Ok(()),
            Err(d) => Err(self
                .deny(
                    actor,
                    meta,
                    action,
                    id.map(|i| ("kb_article", i.to_string())),
                    d,
                )
                .await),
        }
    }

    async fn validate_refs(&self, input: &ArticleInput, own_id: Option<i64>) -> AppResult<()> {
        category::Entity::find_by_id(input.category_id)
            .one(self.db.conn())
            .await?
            .ok_or_else(|| AppError::bad_input("categoryId", "unknown category"))?;
        if !input.related.is_empty() {
            let found = kb_article::Entity::find()
                .filter(kb_article::Column::Id.is_in(input.related.iter().copied()))
                .count(self.db.conn())
                .await?;
            if found != input.related.len() as u64
                || own_id.is_some_and(|o| input.related.contains(&o))
            {
                return Err(AppError::bad_input(
                    "relatedIds",
                    "related articles must exist and differ from this one",
                ));
            }
        }
        Ok(())
    }

    pub async fn create_kb_article(
        &self,
        actor: &Actor,
        meta: &RequestMeta,
        input: ArticleInput,
    ) -> AppResult<ArticleView> {
        self.kb_require(actor, meta, Permission::KbEdit, "kb.create", None)
            .await?;
        let input = check_input(&input)?;
        self.validate_refs(&input, None).await?;
        let now = self.now();
        let tx = self.db.write_tx().await?;
        let article = kb_article::ActiveModel {
            id: NotSet,
            status: Set(DRAFT.into()),
            latest_version_id: Set(None),
            published_version_id: Set(None),
            author_id: Set(actor.user_id.0),
            reviewer_id: Set(None),
            version: Set(1),
            created_at: Set(now),
            updated_at: Set(now),
            published_at: Set(None),
        }
        .insert(&*tx)
        .await?;
        let v = insert_version(&*tx, article.id, 1, &input, actor.user_id.0, now).await?;
        let mut am = article.into_active_model();
        am.latest_version_id = Set(Some(v.id));
        let article = am.update(&*tx).await?;
        audit::record(
            &*tx,
            meta,
            now,
            Entry::new("kb.create", Some(actor)).target("kb_article", article.id),
        )
        .await?;
        enqueue(&*tx, "kb_article", article.id, now).await?;
        tx.commit().await?;
        self.index_signal();
        self.kb_article_view(article).await
    }

    /// Edit an article. A published one gets a new draft version; the
    /// published version stays live until that draft is published.
    pub async fn update_kb_article(
        &self,
        actor: &Actor,
        meta: &RequestMeta,
        id: i64,
        expected_version: i32,
        input: ArticleInput,
    ) -> AppResult<ArticleView> {
        self.kb_require(actor, meta, Permission::KbEdit, "kb.update", Some(id))
            .await?;
        let input = check_input(&input)?;
        self.validate_refs(&input, Some(id)).await?;
        let article = self.load_article_for_change(id, expected_version).await?;
        if article.status == ARCHIVED {
            return Err(AppError::bad_input(
                "id",
                "an archived article cannot be edited",
            ));
        }
        let now = self.now();
        let tx = self.db.write_tx().await?;
        let latest = match article.latest_version_id {
            Some(v) => kb_article_version::Entity::find_by_id(v).one(&*tx).await?,
            None => None,
        };
        let latest_id = match latest {
            // an unpublished draft is edited in place
            Some(v) if v.published_at.is_none() => {
                let vid = v.id;
                let mut am = v.into_active_model();
                am.title = Set(input.title.clone());
                am.category_id = Set(input.category_id);
                am.scenario = Set(input.scenario.clone());
                am.solution = Set(input.solution.clone());
                am.caveats = Set(input.caveats.clone());
                am.tags = Set(serde_json::to_string(&input.tags).unwrap_or_default());
                am.related = Set(serde_json::to_string(&input.related).unwrap_or_default());
                am.editor_id = Set(actor.user_id.0);
                am.updated_at = Set(now);
                am.update(&*tx).await?;
                vid
            }
            other => {
                let number = other.map(|v| v.number + 1).unwrap_or(1);
                insert_version(&*tx, id, number, &input, actor.user_id.0, now)
                    .await?
                    .id
            }
        };
        let mut am = article.clone().into_active_model();
        am.latest_version_id = Set(Some(latest_id));
        am.status = Set(DRAFT.into());
        let saved = self.save_article(&tx, &article, am, now).await?;
        audit::record(
            &*tx,
            meta,
            now,
            Entry::new("kb.update", Some(actor)).target("kb_article", id),
        )
        .await?;
        enqueue(&*tx, "kb_article", id, now).await?;
        tx.commit().await?;
        self.index_signal();
        self.kb_article_view(saved).await
    }

    pub async fn submit_kb_article(
        &self,
        actor: &Actor,
        meta: &RequestMeta,
        id: i64,
        expected_version: i32,
    ) -> AppResult<ArticleView> {
        self.kb_require(actor, meta, Permission::KbEdit, "kb.submit", Some(id))
            .await?;
        self.kb_transition(
            actor,
            meta,
            id,
            expected_version,
            &[DRAFT],
            IN_REVIEW,
            "kb.submit",
        )
        .await
    }

    pub async fn archive_kb_article(
        &self,
        actor: &Actor,
        meta: &RequestMeta,
        id: i64,
        expected_version: i32,
    ) -> AppResult<ArticleView> {
        self.kb_require(actor, meta, Permission::KbPublish, "kb.archive", Some(id))
            .await?;
        self.kb_transition(
            actor,
            meta,
            id,
            expected_version,
            &[DRAFT, IN_REVIEW, PUBLISHED],
            ARCHIVED,
            "kb.archive",
        )
        .await
    }

    /// Publish the version under review. The reviewer cannot be its editor.
    pub async fn publish_kb_article(
        &self,
        actor: &Actor,
        meta: &RequestMeta,
        id: i64,
        expected_version: i32,
    ) -> AppResult<ArticleView> {
        self.kb_require(actor, meta, Permission::KbPublish, "kb.publish", Some(id))
            .await?;
        let article = self.load_article_for_change(id, expected_version).await?;
        if article.status != IN_REVIEW {
            return Err(AppError::bad_input(
                "id",
                format!(
                    "only an article in review can be published (it is {})",
                    article.status
                ),
            ));
        }
        let latest = kb_article_version::Entity::find_by_id(article.latest_version_id.unwrap_or(0))
            .one(self.db.conn())
            .await?
            .ok_or_else(|| AppError::internal_msg("article without a version"))?;
        if latest.editor_id == actor.user_id.0 {
            let d = policy::Denial {
                permission: Some(Permission::KbPublish),
                reason: "the reviewer cannot publish their own edit".into(),
            };
            return Err(self
                .deny(
                    actor,
                    meta,
                    "kb.publish",
                    Some(("kb_article", id.to_string())),
                    d,
                )
                .await);
        }
        let now = self.now();
        let tx = self.db.write_tx().await?;
        let mut vam = latest.clone().into_active_model();
        vam.published_at = Set(Some(now));
        vam.reviewer_id = Set(Some(actor.user_id.0));
        vam.update(&*tx).await?;
        let mut am = article.clone().into_active_model();
        am.status = Set(PUBLISHED.into());
        am.published_version_id = Set(Some(latest.id));
        am.reviewer_id = Set(Some(actor.user_id.0));
        am.published_at = Set(Some(now));
        let saved = self.save_article(&tx, &article, am, now).await?;
        audit::record(
            &*tx,
            meta,
            now,
            Entry::new("kb.publish", Some(actor))
                .target("kb_article", id)
                .detail(serde_json::json!({ "version": latest.number })),
        )
        .await?;
        enqueue(&*tx, "kb_article", id, now).await?;
        tx.commit().await?;
        self.index_signal();
        self.kb_article_view(saved).await
    }

    #[allow(clippy::too_many_arguments)]
    async fn kb_transition(
        &self,
        actor: &Actor,
        meta: &RequestMeta,
        id: i64,
        expected_version: i32,
        from: &[&str],
        to: &str,
        action: &str,
    ) -> AppResult<ArticleView> {
        let article = self.load_article_for_change(id, expected_version).await?;
        if !from.contains(&article.status.as_str()) {
            return Err(AppError::bad_input(
                "id",
                format!("cannot move an article from {} to {to}", article.status),
            ));
        }
        let now = self.now();
        let tx = self.db.write_tx().await?;
        let mut am = article.clone().into_active_model();
        am.status = Set(to.into());
        let saved = self.save_article(&tx, &article, am, now).await?;
        audit::record(
            &*tx,
            meta,
            now,
            Entry::new(action, Some(actor)).target("kb_article", id),
        )
        .await?;
        enqueue(&*tx, "kb_article", id, now).await?;
        tx.commit().await?;
        self.index_signal();
        self.kb_article_view(saved).await
    }

    async fn load_article_for_change(
        &self,
        id: i64,
        expected_version: i32,
    ) -> AppResult<kb_article::Model> {
        let a = kb_article::Entity::find_by_id(id)
            .one(self.db.conn())
            .await?
            .ok_or_else(|| AppError::not_found(format!("article {id}")))?;
        if a.version != expected_version {
            return Err(AppError::conflict(format!(
                "the article was changed by someone else (current version {}); reload and try again",
                a.version
            )));
        }
        Ok(a)
    }

    async fn save_article(
        &self,
        tx: &crate::db::WriteTx,
        current: &kb_article::Model,
        mut am: kb_article::ActiveModel,
        now: DateTime<Utc>,
    ) -> AppResult<kb_article::Model> {
        am.id = NotSet;
        am.version = Set(current.version + 1);
        am.updated_at = Set(now);
        let res = kb_article::Entity::update_many()
            .set(am)
            .filter(kb_article::Column::Id.eq(current.id))
            .filter(kb_article::Column::Version.eq(current.version))
            .exec(&**tx)
            .await?;
        if res.rows_affected == 0 {
            return Err(AppError::conflict(
                "the article was changed by someone else; reload and try again",
            ));
        }
        kb_article::Entity::find_by_id(current.id)
            .one(&**tx)
            .await?
            .ok_or_else(|| AppError::not_found("article"))
    }

    async fn kb_article_view(&self, a: kb_article::Model) -> AppResult<ArticleView> {
        let mut views = self.kb_article_views(vec![a]).await?;
        views
            .pop()
            .ok_or_else(|| AppError::internal_msg("article view"))
    }

    async fn kb_article_views(
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
        self.kb_require(actor, meta, Permission::KbRead, "kb.read", Some(id))
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
        self.kb_require(actor, meta, Permission::KbRead, "kb.list", None)
            .await?;
        let first = page_size(first)?;
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
            let versions: Vec<i64> = kb_article_version::Entity::find()
                .select_only()
                .column(kb_article_version::Column::Id)
                .filter(kb_article_version::Column::CategoryId.eq(c))
                .into_tuple()
                .all(self.db.conn())
                .await?;
            q = q.filter(kb_article::Column::LatestVersionId.is_in(versions));
        }
        let cursor = after.map(decode_cursor).transpose()?;
        if let Some((_, id)) = cursor {
            q = q.filter(kb_article::Column::Id.lt(id));
        }
        let rows = q
            .order_by_desc(kb_article::Column::Id)
            .limit(first + 1)
            .all(self.db.conn())
            .await?;
        let has_next = rows.len() as u64 > first;
        let views = self
            .kb_article_views(rows.into_iter().take(first as usize).collect())
            .await?;
        Ok(Page {
            items: views
                .into_iter()
                .map(|v| (encode_cursor(None, v.id), v))
                .collect(),
            has_next,
            has_previous: cursor.is_some(),
        })
    }

    /// Search the knowledge base. Readers see published articles; editors may
    /// include drafts.
    pub async fn kb_search(
        &self,
        actor: &Actor,
        meta: &RequestMeta,
        req: &KbSearchRequest<'_>,
    ) -> AppResult<KbSearchOutcome> {
        let KbSearchRequest {
            query,
            category_id,
            include_drafts,
            first,
            counts,
        } = *req;
        self.kb_require(actor, meta, Permission::KbRead, "kb.search", None)
            .await?;
        if include_drafts && !actor.has(Permission::KbEdit) {
            let d = policy::Denial {
                permission: Some(Permission::KbEdit),
                reason: "only editors may search drafts".into(),
            };
            return Err(self.deny(actor, meta, "kb.search", None, d).await);
        }
        let limit = page_size(first)? as usize;
        let query: String = query.chars().filter(|c| !c.is_control()).collect();
        let query = query.trim().to_string();
        if query.is_empty() {
            return Err(AppError::bad_input("query", "query must not be empty"));
        }
        if query.chars().count() > MAX_QUERY_CHARS {
            return Err(AppError::bad_input(
                "query",
                format!("query must be at most {MAX_QUERY_CHARS} characters"),
            ));
        }
        let engine = self.search_engine()?;
        let category = match category_id {
            Some(c) => {
                let cat = category::Entity::find_by_id(c)
                    .one(self.db.conn())
                    .await?
                    .ok_or_else(|| AppError::bad_input("categoryId", "unknown category"))?;
                Some((cat.id, cat.parent_id.is_none()))
            }
            None => None,
        };
        let mut states = vec![search::kb::PUBLISHED];
        if include_drafts {
            states.push(search::kb::DRAFT);
        }
        let filter = search::kb::Filter { states, category };
        let q = query.clone();
        let (result, analyzed) =
            tokio::task::spawn_blocking(move || engine.search_kb(&q, &filter, limit, counts))
                .await
                .map_err(AppError::internal)?
                .map_err(AppError::internal)?;
        // hydrate from the database: the index only gave ids
        let article_ids: Vec<i64> = result.hits.iter().map(|h| h.article_id).collect();
        let articles = kb_article::Entity::find()
            .filter(kb_article::Column::Id.is_in(article_ids))
            .all(self.db.conn())
            .await?;
        let views: HashMap<i64, ArticleView> = self
            .kb_article_views(articles)
            .await?
            .into_iter()
            .map(|v| (v.id, v))
            .collect();
        let mut hits = vec![];
        for h in result.hits {
            let Some(article) = views.get(&h.article_id) else {
                continue;
            };
            let version = if article
                .published
                .as_ref()
                .is_some_and(|p| p.id == h.version_id)
            {
                article.published.clone()
            } else if include_drafts && article.latest.id == h.version_id {
                Some(article.latest.clone())
            } else {
                // the index is a moment behind: serve what is live now
                article.published.clone()
            };
            let Some(version) = version else { continue };
            let (snippet, highlights) = snippet(&version, &analyzed.highlight);
            hits.push(KbHit {
                article: article.clone(),
                version,
                score: h.score,
                snippet,
                highlights,
            });
        }
        Ok(KbSearchOutcome {
            hits,
            facets: result.facets,
            total: result.total,
        })
    }

    /// Titles for search-as-you-type.
    pub async fn kb_suggest(
        &self,
        actor: &Actor,
        meta: &RequestMeta,
        prefix: &str,
    ) -> AppResult<Vec<(i64, String)>> {
        if prefix.trim().is_empty() {
            return Ok(vec![]);
        }
        let out = self
            .kb_search(
                actor,
                meta,
                &KbSearchRequest {
                    query: prefix,
                    first: Some(8),
                    ..Default::default()
                },
            )
            .await?;
        Ok(out
            .hits
            .into_iter()
            .map(|h| (h.article.id, h.version.title))
            .collect())
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

    pub async fn kb_version(&self, id: i64) -> AppResult<Option<VersionView>> {
        Ok(kb_article_version::Entity::find_by_id(id)
            .one(self.db.conn())
            .await?
            .map(Into::into))
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

async fn insert_version<C: ConnectionTrait>(
    db: &C,
    article_id: i64,
    number: i32,
    i: &ArticleInput,
    editor: i64,
    now: DateTime<Utc>,
) -> AppResult<kb_article_version::Model> {
    Ok(kb_article_version::ActiveModel {
        id: NotSet,
        article_id: Set(article_id),
        number: Set(number),
        title: Set(i.title.clone()),
        category_id: Set(i.category_id),
        scenario: Set(i.scenario.clone()),
        solution: Set(i.solution.clone()),
        caveats: Set(i.caveats.clone()),
        tags: Set(serde_json::to_string(&i.tags).unwrap_or_default()),
        related: Set(serde_json::to_string(&i.related).unwrap_or_default()),
        editor_id: Set(editor),
        reviewer_id: Set(None),
        created_at: Set(now),
        updated_at: Set(now),
        published_at: Set(None),
    }
    .insert(db)
    .await?)
}

/// The best ~90-character window of the article's text with the query's
/// terms highlighted (character offsets within the snippet).
pub fn snippet(v: &VersionView, terms: &[String]) -> (String, Vec<(usize, usize)>) {
    const WIDTH: usize = 90;
    let text = format!("{}\n{}", v.scenario, v.solution);
    let chars: Vec<char> = text.chars().collect();
    let norm: Vec<char> = search::analysis::normalize(&text).chars().collect();
    // all matches of all terms, in characters
    let mut matches: Vec<(usize, usize)> = vec![];
    for t in terms {
        let tc: Vec<char> = t.chars().collect();
        if tc.is_empty() || tc.len() > norm.len() {
            continue;
        }
        for i in 0..=norm.len() - tc.len() {
            if norm[i..i + tc.len()] == tc[..] {
                matches.push((i, i + tc.len()));
            }
        }
    }
    matches.sort();
    // window start maximising covered matches
    let mut best = (0usize, 0usize);
    for (i, (s, _)) in matches.iter().enumerate() {
        let covered = matches[i..]
            .iter()
            .take_while(|(_, e)| *e <= s + WIDTH)
            .count();
        if covered > best.1 {
            best = (*s, covered);
        }
    }
    let start = best
        .0
        .saturating_sub(10)
        .min(chars.len().saturating_sub(WIDTH));
    let end = (start + WIDTH).min(chars.len());
    let snippet: String = chars[start..end]
        .iter()
        .map(|c| if *c == '\n' { ' ' } else { *c })
        .collect();
    let mut ranges: Vec<(usize, usize)> = matches
        .into_iter()
        .filter(|(s, e)| *s >= start && *e <= end)
        .map(|(s, e)| (s - start, e - start))
        .collect();
    // merge overlaps
    ranges.sort();
    let mut merged: Vec<(usize, usize)> = vec![];
    for r in ranges {
        match merged.last_mut() {
            Some(last) if r.0 <= last.1 => last.1 = last.1.max(r.1),
            _ => merged.push(r),
        }
    }
    (snippet, merged)
}

/// A complaint similar to another, with its fused score.
#[derive(Debug, Clone)]
pub struct SimilarComplaint {
    pub complaint: crate::service::views::ComplaintView,
    pub score: f32,
}

impl Services {
    /// Earlier complaints about the same problem as a complaint (or a text),
    /// restricted to those the caller may read. Nothing personal is indexed.
    pub async fn similar_complaints(
        &self,
        actor: &Actor,
        meta: &RequestMeta,
        complaint_id: Option<i64>,
        text: Option<&str>,
        first: Option<i64>,
    ) -> AppResult<Vec<SimilarComplaint>> {
        let limit = page_size(first)? as usize;
        let (source_text, exclude) = match (complaint_id, text) {
            (Some(id), None) => {
                let c = self.load_readable(actor, meta, id).await?;
                (
                    format!(
                        "{}\n{}\n{}",
                        c.title,
                        c.description,
                        c.product_model.clone().unwrap_or_default()
                    ),
                    Some(id),
                )
            }
            (None, Some(t)) => {
                let t: String = t
                    .chars()
                    .filter(|c| !c.is_control() || *c == '\n')
                    .collect();
                if t.trim().is_empty() {
                    return Err(AppError::bad_input("text", "text must not be empty"));
                }
                if t.chars().count() > 5000 {
                    return Err(AppError::bad_input(
                        "text",
                        "text must be at most 5000 characters",
                    ));
                }
                if let Err(d) = policy::complaint_scope(actor) {
                    return Err(self.deny(actor, meta, "complaint.similar", None, d).await);
                }
                (t, None)
            }
            _ => {
                return Err(AppError::bad_input(
                    "complaintId",
                    "give exactly one of complaintId and text",
                ))
            }
        };
        let engine = self.search_engine()?;
        // over-fetch: some candidates may be outside the caller's scope
        let want = limit * 5;
        let ranked = tokio::task::spawn_blocking(move || {
            engine.similar_complaints(&source_text, exclude, want)
        })
        .await
        .map_err(AppError::internal)?
        .map_err(AppError::internal)?;
        let ids: Vec<i64> = ranked.iter().map(|(id, _)| *id).collect();
        let readable: HashMap<i64, crate::service::views::ComplaintView> = self
            .readable_complaints_by_ids(actor, &ids)
            .await?
            .into_iter()
            .map(|c| (c.id.0, c))
            .collect();
        Ok(ranked
            .into_iter()
            .filter_map(|(id, score)| {
                readable
                    .get(&id)
                    .cloned()
                    .map(|complaint| SimilarComplaint { complaint, score })
            })
            .take(limit)
            .collect())
    }
}
