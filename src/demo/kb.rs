//! The demo knowledge base: the articles in `tests/fixtures/kb_articles.json`
//! (written for Kesu; the same set the relevance evaluation is judged on),
//! created by an editor and published by a reviewer like real ones.
use crate::auth::{Actor, RequestMeta};
use crate::error::{AppError, AppResult};
use crate::service::kb::ArticleInput;
use crate::service::Services;
use serde::Deserialize;
use std::collections::HashMap;

pub const ARTICLES_JSON: &str = include_str!(concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/tests/fixtures/kb_articles.json"
));

#[derive(Debug, Clone, Deserialize)]
pub struct FixtureArticle {
    pub slug: String,
    pub title: String,
    pub category: String,
    pub scenario: String,
    pub solution: String,
    pub caveats: String,
    pub tags: Vec<String>,
    #[serde(default)]
    pub related: Vec<String>,
}

pub fn fixture_articles() -> AppResult<Vec<FixtureArticle>> {
    serde_json::from_str(ARTICLES_JSON)
        .map_err(|e| AppError::internal_msg(format!("kb fixture: {e}")))
}

/// Create, submit and publish every fixture article; returns slug → article id.
pub async fn seed_kb(
    s: &Services,
    meta: &RequestMeta,
    editor: &Actor,
    reviewer: &Actor,
    categories: &HashMap<String, i64>,
) -> AppResult<HashMap<String, i64>> {
    let articles = fixture_articles()?;
    let mut ids = HashMap::new();
    let mut versions = HashMap::new();
    let input = |a: &FixtureArticle, related: Vec<i64>| -> AppResult<ArticleInput> {
        Ok(ArticleInput {
            title: a.title.clone(),
            category_id: *categories.get(&a.category).ok_or_else(|| {
                AppError::internal_msg(format!("unknown category {}", a.category))
            })?,
            scenario: a.scenario.clone(),
            solution: a.solution.clone(),
            caveats: a.caveats.clone(),
            tags: a.tags.clone(),
            related,
        })
    };
    for a in &articles {
        let v = s.create_kb_article(editor, meta, input(a, vec![])?).await?;
        ids.insert(a.slug.clone(), v.id);
        versions.insert(a.slug.clone(), v.version);
    }
    for a in &articles {
        let id = ids[&a.slug];
        let mut version = versions[&a.slug];
        let related: Vec<i64> = a
            .related
            .iter()
            .filter_map(|r| ids.get(r).copied())
            .collect();
        if !related.is_empty() {
            version = s
                .update_kb_article(editor, meta, id, version, input(a, related)?)
                .await?
                .version;
        }
        let v = s.submit_kb_article(editor, meta, id, version).await?;
        s.publish_kb_article(reviewer, meta, id, v.version).await?;
    }
    Ok(ids)
}
