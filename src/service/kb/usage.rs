//! Usage evidence for the knowledge-base index: when an agent records the
//! article that answered a call (`usedKbArticleId`), the complaint's words —
//! how the caller described the problem — are indexed with the article in a
//! field of their own, at a lower weight than the article's text
//! (`search::kb::search::USAGE_BOOST`). The next caller who describes the
//! same symptom in the same everyday words finds the article even when its
//! editor wrote it differently.
//!
//! Invariants: only the newest [`PER_ARTICLE`] complaints of an article
//! count, at most [`MAX_CHARS`] characters in all; phone, ID-card and e-mail
//! patterns are scrubbed before indexing; the text is matched, never shown
//! (snippets come from the article's own version). A complaint that records
//! an article queues that article for reindexing in the same transaction.
use crate::domain::pii_scrub::scrub;
use crate::error::AppResult;
use crate::service::Services;
use sea_orm::{ConnectionTrait, Statement, Value};
use std::collections::HashMap;

/// Newest complaints per article that count as evidence.
pub const PER_ARTICLE: i64 = 30;
/// Characters of evidence per article at most.
pub const MAX_CHARS: usize = 6_000;

impl Services {
    /// Each article's usage evidence (articles without any are absent).
    pub(crate) async fn kb_usage_texts(
        &self,
        article_ids: &[i64],
    ) -> AppResult<HashMap<i64, String>> {
        let mut out: HashMap<i64, String> = HashMap::new();
        if article_ids.is_empty() {
            return Ok(out);
        }
        let conn = self.db.conn();
        let backend = conn.get_database_backend();
        let marks: Vec<String> = (0..article_ids.len())
            .map(|i| format!("${}", i + 2))
            .collect();
        let sql = format!(
            "SELECT article_id, title, description FROM ( \
               SELECT v.article_id AS article_id, c.title AS title, c.description AS description, \
                 ROW_NUMBER() OVER (PARTITION BY v.article_id ORDER BY c.id DESC) AS n \
               FROM complaints c JOIN kb_article_versions v ON v.id = c.used_kb_version_id \
               WHERE v.article_id IN ({}) \
             ) AS used WHERE n <= $1 ORDER BY article_id, n",
            marks.join(", ")
        );
        let sql = crate::db::numbered_params(backend, &sql);
        let mut values: Vec<Value> = vec![PER_ARTICLE.into()];
        values.extend(article_ids.iter().map(|id| Value::from(*id)));
        let rows = conn
            .query_all_raw(Statement::from_sql_and_values(backend, sql, values))
            .await?;
        for r in rows {
            let article: i64 = r.try_get("", "article_id")?;
            let title: String = r.try_get("", "title")?;
            let description: String = r.try_get("", "description")?;
            let text = out.entry(article).or_default();
            if text.chars().count() >= MAX_CHARS {
                continue;
            }
            if !text.is_empty() {
                text.push('\n');
            }
            text.push_str(&scrub(&format!("{title} {description}")));
        }
        for text in out.values_mut() {
            if let Some((cut, _)) = text.char_indices().nth(MAX_CHARS) {
                text.truncate(cut);
            }
        }
        Ok(out)
    }
}
