//! Knowledge-base search (similar complaints are in `complaints::similar`). The index gives ids only.
//! A hit's version (the one that matched) comes from the in-memory copy of
//! published versions (`kb_cache`) or the database, and its snippet is cut
//! from it; the article itself is read from the database only when the
//! caller asks for more than its id.
use crate::auth::{policy, Actor, RequestMeta};
use crate::db::entity::{category, kb_article};
use crate::domain::permission::Permission;
use crate::error::{AppError, AppResult};
use crate::search;
use crate::search::kb::boost::{promote, BOOST_PLACES};
use crate::service::kb::cache::CachedVersion;
use crate::service::kb::read::ArticleView;
use crate::service::page::page_size;
use crate::service::Services;
use sea_orm::{ColumnTrait, Condition, EntityTrait, QueryFilter};
use std::collections::HashMap;
use std::sync::Arc;

pub const MAX_QUERY_CHARS: usize = 200;

#[derive(Debug, Clone)]
pub struct KbHit {
    pub article_id: i64,
    /// The article as it is now, when asked for (`KbSearchRequest::articles`).
    pub article: Option<ArticleView>,
    /// The version that matched (published, or a draft for editors).
    pub version: Arc<CachedVersion>,
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
    /// Articles of this category (a top-level one with its sub-categories)
    /// move up a few places: the category chosen at intake. A boosted
    /// search is a single page (no `end_cursor`); with `after` it is refused.
    pub boost_category_id: Option<i64>,
    /// Editors only: also search unpublished drafts.
    pub include_drafts: bool,
    pub first: Option<i64>,
    /// The `end_cursor` of the previous page of the same search.
    pub after: Option<&'a str>,
    /// Compute the total (a pass over every match).
    pub counts: bool,
    /// Compute facet counts per category too (implies the total).
    pub facets: bool,
    /// Read each hit's article from the database (its status, versions,
    /// people); without it a hit carries the article id and the version.
    pub articles: bool,
    /// Record the search for analytics (a first page of published
    /// articles; not search-as-you-type titles).
    pub log: bool,
}

pub struct KbSearchOutcome {
    pub hits: Vec<KbHit>,
    /// Per top-level category; empty unless counts were asked for.
    pub facets: Vec<(i64, u64)>,
    /// How many matched; `None` unless counts were asked for.
    pub total: Option<search::Total>,
    /// Where the next page starts (`after`), if there are more hits.
    pub end_cursor: Option<String>,
    /// The id the console sends back when an article is opened or used
    /// (`None` when the search was not logged).
    pub search_id: Option<String>,
}

/// The best ~90-character window of the version's scenario and solution
/// with the query's terms highlighted (character offsets within the snippet).
pub fn snippet(v: &CachedVersion, terms: &[String]) -> (String, Vec<(usize, usize)>) {
    const WIDTH: usize = 90;
    let (chars, norm) = (&v.text, &v.normalized);
    // all matches of all terms, in characters
    let mut matches: Vec<(usize, usize)> = vec![];
    for t in terms {
        let tc: Vec<char> = t.chars().collect();
        if tc.is_empty() || tc.len() > norm.len() {
            continue;
        }
        let first = tc[0];
        for i in 0..=norm.len() - tc.len() {
            if norm[i] == first && norm[i..i + tc.len()] == tc[..] {
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
    // whole numbers and model numbers, clause breaks where near
    let (start, end) = crate::search::snippet::window(chars, best.0, WIDTH, 15);
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

impl Services {
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
            boost_category_id,
            include_drafts,
            first,
            after,
            counts,
            facets,
            articles,
            log,
        } = *req;
        // a logged search records how many articles it found
        let logged = log && self.config.search_analytics && after.is_none() && !include_drafts;
        let counts = match (counts || logged, facets) {
            (_, true) => search::kb::Counts::TotalAndFacets,
            (true, false) => search::kb::Counts::Total,
            (false, false) => search::kb::Counts::None,
        };
        self.enforce(actor, meta, "kb.search", Permission::KbRead)
            .await?;
        if include_drafts && !actor.has(Permission::KbEdit) {
            let d = policy::Denial {
                reason: "only editors may search drafts".into(),
                ..policy::Denial::missing(Permission::KbEdit)
            };
            return self.authorize(actor, meta, "kb.search", None, Err(d)).await;
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
        let boost = match (boost_category_id, after) {
            (None, _) => None,
            (Some(_), Some(_)) => {
                return Err(AppError::bad_input(
                    "boostCategoryId",
                    "a boosted search is one page: no after",
                ))
            }
            (Some(c), None) => Some(self.category_with_children(c).await?),
        };
        let mut states = vec![search::kb::PUBLISHED];
        if include_drafts {
            states.push(search::kb::DRAFT);
        }
        let filter = search::kb::Filter { states, category };
        let fingerprint = super::cursor::fingerprint(&query, category_id, include_drafts);
        let start = after
            .map(|c| super::cursor::decode(c, &fingerprint))
            .transpose()?;
        let q = query.clone();
        let depth = limit + if boost.is_some() { BOOST_PLACES } else { 0 };
        let (result, analyzed) = self
            .run_search(move |engine| engine.search_kb_page(&q, &filter, start, depth, counts))
            .await?
            .map_err(AppError::internal)?;
        let version_ids: Vec<i64> = result.hits.iter().map(|h| h.version_id).collect();
        let versions = self.kb_versions_for_hits(&version_ids).await?;
        let views: Option<HashMap<i64, ArticleView>> = if articles {
            let ids: Vec<i64> = result.hits.iter().map(|h| h.article_id).collect();
            let rows = kb_article::Entity::find()
                .filter(kb_article::Column::Id.is_in(ids))
                .all(self.db.conn())
                .await?;
            Some(
                self.kb_article_views(rows)
                    .await?
                    .into_iter()
                    .map(|v| (v.id, v))
                    .collect(),
            )
        } else {
            None
        };
        let mut hits = vec![];
        for h in result.hits {
            let Some(version) = versions.get(&h.version_id) else {
                continue; // gone since it was indexed
            };
            // a draft only for editors who asked for drafts (the index is
            // filtered already; this holds even if it is a moment behind)
            if version.view.published_at.is_none() && !include_drafts {
                continue;
            }
            let article = match &views {
                Some(views) => match views.get(&h.article_id) {
                    // readers see only what is live now
                    Some(a) if include_drafts || a.published.is_some() => Some(a.clone()),
                    _ => continue,
                },
                None => None,
            };
            let (snippet, highlights) = snippet(version, &analyzed.highlight);
            hits.push(KbHit {
                article_id: h.article_id,
                article,
                version: version.clone(),
                score: h.score,
                snippet,
                highlights,
            });
        }
        if let Some(boosted) = &boost {
            hits = promote(
                hits,
                |h| boosted.contains(&h.version.view.category_id),
                BOOST_PLACES,
            );
            hits.truncate(limit);
        }
        // the index counts leaf categories; facets are per top-level category
        let facets = if result.facets.is_empty() {
            vec![]
        } else {
            let leaves = result.facets.iter().map(|(id, _)| *id);
            let parents: HashMap<i64, Option<i64>> = category::Entity::find()
                .filter(category::Column::Id.is_in(leaves))
                .all(self.db.conn())
                .await?
                .into_iter()
                .map(|c| (c.id, c.parent_id))
                .collect();
            let mut top: HashMap<i64, u64> = HashMap::new();
            for (leaf, n) in result.facets {
                let root = parents.get(&leaf).copied().flatten().unwrap_or(leaf);
                *top.entry(root).or_default() += n;
            }
            let mut top: Vec<(i64, u64)> = top.into_iter().collect();
            top.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
            top
        };
        let search_id = logged.then(|| {
            let found = result.total.as_ref().map_or(hits.len(), |t| t.count);
            self.log_kb_search(
                actor,
                super::analytics::Searched {
                    query: &query,
                    category_id,
                    result_count: found,
                    shown: hits.iter().map(|h| h.article_id).collect(),
                },
            )
        });
        Ok(KbSearchOutcome {
            search_id,
            hits,
            facets,
            total: result.total,
            end_cursor: result
                .next
                .filter(|_| boost.is_none())
                .map(|pos| super::cursor::encode(pos, &fingerprint)),
        })
    }

    /// A category and its sub-categories (`BAD_USER_INPUT` if unknown).
    async fn category_with_children(&self, id: i64) -> AppResult<Vec<i64>> {
        let rows = category::Entity::find()
            .filter(
                Condition::any()
                    .add(category::Column::Id.eq(id))
                    .add(category::Column::ParentId.eq(id)),
            )
            .all(self.db.conn())
            .await?;
        if !rows.iter().any(|c| c.id == id) {
            return Err(AppError::bad_input("boostCategoryId", "unknown category"));
        }
        Ok(rows.into_iter().map(|c| c.id).collect())
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
            .map(|h| (h.article_id, h.version.view.title.clone()))
            .collect())
    }
}
