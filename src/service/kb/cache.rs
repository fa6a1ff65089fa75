//! Published knowledge-base versions, kept in memory for search hits.
//!
//! A version becomes immutable the moment it is published (edits make a new
//! version; see `kb::update_kb_article`), so a copy can never disagree with
//! the database, nor with another process's copy. Unpublished drafts change
//! in place and are never kept. Search hits name the version that matched;
//! agents search the same few hundred articles all day, so nearly every hit
//! is answered from here instead of a database round trip, with the text
//! already normalised for cutting snippets.
use crate::error::AppResult;
use crate::search::analysis::normalize;
use crate::service::kb::read::VersionView;
use crate::service::Services;
use std::collections::HashMap;
use std::sync::Arc;

/// A version with its snippet text (scenario and solution) in both forms.
#[derive(Debug)]
pub struct CachedVersion {
    pub view: VersionView,
    /// Scenario and solution, as shown, one `char` per position.
    pub text: Vec<char>,
    /// The same text normalised (Simplified, lower case, half-width): the
    /// form query terms are matched in, position for position.
    pub normalized: Vec<char>,
}

impl CachedVersion {
    pub fn new(view: VersionView) -> CachedVersion {
        let joined = format!("{}\n{}", view.scenario, view.solution);
        let text: Vec<char> = joined.chars().collect();
        let mut normalized: Vec<char> = normalize(&joined).chars().collect();
        // normalisation maps character to character; if a future mapping did
        // not, fall back to matching the text as it is
        if normalized.len() != text.len() {
            normalized = text.clone();
        }
        CachedVersion {
            view,
            text,
            normalized,
        }
    }

    fn weight(&self) -> u64 {
        let v = &self.view;
        let strings = v.title.len()
            + v.scenario.len()
            + v.solution.len()
            + v.caveats.len()
            + v.tags.iter().map(|t| t.len() + 24).sum::<usize>();
        (strings + (self.text.len() + self.normalized.len()) * 4 + 256) as u64
    }
}

#[derive(Clone)]
struct ByBytes;

impl quick_cache::Weighter<i64, Arc<CachedVersion>> for ByBytes {
    fn weight(&self, _id: &i64, v: &Arc<CachedVersion>) -> u64 {
        v.weight()
    }
}

/// Published versions by id, bounded by memory.
pub struct PublishedVersions {
    cache: quick_cache::sync::Cache<i64, Arc<CachedVersion>, ByBytes>,
}

impl PublishedVersions {
    /// About 32 MB: some four thousand typical articles.
    pub const BYTES: u64 = 32 * 1024 * 1024;

    pub fn new(bytes: u64) -> PublishedVersions {
        PublishedVersions {
            cache: quick_cache::sync::Cache::with_weighter(4096, bytes, ByBytes),
        }
    }

    pub fn len(&self) -> usize {
        self.cache.len()
    }

    pub fn is_empty(&self) -> bool {
        self.cache.is_empty()
    }
}

impl Services {
    /// Versions by id with their snippet text: published ones from memory
    /// when they are there, everything else from the database (drafts are
    /// read fresh every time). Unknown ids are left out.
    pub(crate) async fn kb_versions_for_hits(
        &self,
        ids: &[i64],
    ) -> AppResult<HashMap<i64, Arc<CachedVersion>>> {
        let mut out = HashMap::with_capacity(ids.len());
        let mut missing = vec![];
        for id in ids {
            match self.kb_versions.cache.get(id) {
                Some(v) => {
                    out.insert(*id, v);
                }
                None => missing.push(*id),
            }
        }
        if missing.is_empty() {
            return Ok(out);
        }
        for view in self.kb_versions_by_ids(&missing).await? {
            let v = Arc::new(CachedVersion::new(view));
            if v.view.published_at.is_some() {
                self.kb_versions.cache.insert(v.view.id, v.clone());
            }
            out.insert(v.view.id, v);
        }
        Ok(out)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::Utc;

    fn view(id: i64, scenario: &str) -> VersionView {
        VersionView {
            id,
            article_id: id,
            number: 1,
            title: "標題".into(),
            category_id: 1,
            scenario: scenario.into(),
            solution: "ＡＢＣ 充電".into(),
            caveats: String::new(),
            tags: vec![],
            related: vec![],
            editor_id: 1,
            reviewer_id: Some(2),
            created_at: Utc::now(),
            published_at: Some(Utc::now()),
        }
    }

    #[test]
    fn normalised_text_lines_up_with_the_text() {
        let v = CachedVersion::new(view(1, "手機無法充電"));
        assert_eq!(v.text.len(), v.normalized.len());
        let norm: String = v.normalized.iter().collect();
        assert!(norm.starts_with("手机无法充电\n"), "{norm}");
        assert!(norm.contains("abc"), "{norm}");
        let text: String = v.text.iter().collect();
        assert_eq!(text, "手機無法充電\nＡＢＣ 充電");
    }

    #[test]
    fn the_cache_stays_within_its_memory_bound() {
        let cache = PublishedVersions::new(64 * 1024);
        for id in 0..200 {
            let v = Arc::new(CachedVersion::new(view(id, &"很长的问题场景".repeat(20))));
            cache.cache.insert(id, v);
        }
        assert!(!cache.is_empty());
        assert!(cache.len() < 200, "kept {} entries", cache.len());
        assert!(cache.cache.weight() <= 64 * 1024);
    }
}
