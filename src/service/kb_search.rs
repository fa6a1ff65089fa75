//! Knowledge-base search and similar complaints. The index gives ids only;
//! hits are hydrated from the database (published version, or the latest
//! draft for editors) before snippets are cut.
use super::kb::{ArticleView, VersionView};
use super::queries::page_size;
use super::Services;
use crate::auth::policy;
use crate::auth::{Actor, RequestMeta};
use crate::db::entity::{category, kb_article};
use crate::domain::permission::Permission;
use crate::error::{AppError, AppResult};
use crate::search;
use sea_orm::{ColumnTrait, EntityTrait, QueryFilter};
use std::collections::HashMap;

pub const MAX_QUERY_CHARS: usize = 200;

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
    /// Compute the total (a pass over every match).
    pub counts: bool,
    /// Compute facet counts per category too (implies the total).
    pub facets: bool,
}

pub struct KbSearchOutcome {
    pub hits: Vec<KbHit>,
    /// Per top-level category; empty unless counts were asked for.
    pub facets: Vec<(i64, u64)>,
    /// How many matched; `None` unless counts were asked for.
    pub total: Option<search::Total>,
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
            include_drafts,
            first,
            counts,
            facets,
        } = *req;
        let counts = match (counts, facets) {
            (_, true) => search::kb::Counts::TotalAndFacets,
            (true, false) => search::kb::Counts::Total,
            (false, false) => search::kb::Counts::None,
        };
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
        let (result, analyzed) = self
            .run_search(move |engine| engine.search_kb(&q, &filter, limit, counts))
            .await?
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
        Ok(KbSearchOutcome {
            hits,
            facets,
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
        // over-fetch: some candidates may be outside the caller's scope
        let want = limit * 5;
        let ranked = self
            .run_search(move |engine| engine.similar_complaints(&source_text, exclude, want))
            .await?
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
