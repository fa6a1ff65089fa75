//! Search analytics for knowledge-base editors: what agents look for, what
//! finds nothing, what is found but never opened, and which articles no
//! search brings up. Aggregates over `kb_search_log` (written by
//! `search_log`); nothing here names who searched.
use crate::auth::{Actor, RequestMeta};
use crate::db::entity::kb_article;
use crate::domain::permission::Permission;
use crate::error::{AppError, AppResult};
use crate::service::kb::read::ArticleView;
use crate::service::kb::search_log::{SearchLog, SearchRecord, SHOWN};
use crate::service::kb::terms::PUBLISHED;
use crate::service::page::{decode_cursor, encode_cursor, page_size, Page};
use crate::service::period::Period;
use crate::service::Services;
use chrono::{DateTime, Utc};
use sea_orm::{ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, Statement, Value};

/// Totals over a period.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct SearchSummary {
    pub searches: i64,
    pub distinct_queries: i64,
    pub zero_result: i64,
    /// Searches from which an article was opened.
    pub opened: i64,
    /// Searches whose article went onto a complaint.
    pub used: i64,
    /// Whether the sentence encoder ranks searches now (else the lexical
    /// analysis alone: the model is not installed).
    pub semantic_search: bool,
}

impl SearchSummary {
    /// Share of searches that found nothing.
    pub fn zero_result_rate(&self) -> f64 {
        ratio(self.zero_result, self.searches)
    }
    /// Share of searches that found something from which an article was opened.
    pub fn open_rate(&self) -> f64 {
        ratio(self.opened, self.searches - self.zero_result)
    }
    /// Share of searches whose article went onto a complaint.
    pub fn use_rate(&self) -> f64 {
        ratio(self.used, self.searches)
    }
}

fn ratio(part: i64, whole: i64) -> f64 {
    if whole <= 0 {
        0.0
    } else {
        part as f64 / whole as f64
    }
}

/// Which queries a statistics list shows.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum QueryStatKind {
    /// Every query, most searched first.
    Top,
    /// Queries that found nothing.
    ZeroResult,
    /// Queries that found something, from which nothing was ever opened.
    Unopened,
}

/// One query (grouped by its normalised text) over a period.
#[derive(Debug, Clone)]
pub struct QueryStat {
    /// The text as typed (one of the forms that normalise alike).
    pub query: String,
    pub searches: i64,
    pub average_results: f64,
    pub opened: i64,
    pub used: i64,
    pub last_searched_at: DateTime<Utc>,
}

/// What a search hands to the log.
pub(crate) struct Searched<'a> {
    pub query: &'a str,
    pub category_id: Option<i64>,
    pub result_count: usize,
    pub shown: Vec<i64>,
}

impl Services {
    /// Log a first-page search of published articles; returns its search id.
    pub(crate) fn log_kb_search(&self, actor: &Actor, s: Searched<'_>) -> String {
        let key = SearchLog::new_key();
        let query = crate::domain::pii_scrub::scrub(s.query);
        let query_key = query_key(&query);
        self.kb_search_log.search(SearchRecord {
            key: key.clone(),
            at: self.now(),
            actor_id: actor.user_id.0,
            query,
            query_key,
            category_id: s.category_id,
            result_count: i32::try_from(s.result_count).unwrap_or(i32::MAX),
            shown: s.shown.into_iter().take(SHOWN).collect(),
        });
        key
    }

    /// A complaint filed by the caller used `article_id`, picked from their
    /// search `key` (validated with [`valid_key`]) or, without one, from
    /// their latest search that opened it.
    pub(crate) fn kb_search_used(
        &self,
        actor: &Actor,
        key: Option<String>,
        article_id: i64,
        complaint_id: i64,
    ) {
        self.kb_search_log
            .used(key, actor.user_id.0, article_id, complaint_id, self.now());
    }

    /// The caller opened `article_id` from their search `search_id`.
    pub async fn record_kb_search_open(
        &self,
        actor: &Actor,
        meta: &RequestMeta,
        search_id: &str,
        article_id: i64,
    ) -> AppResult<()> {
        self.enforce(actor, meta, "kb.search.open", Permission::KbRead)
            .await?;
        let key = valid_key(search_id)?;
        self.kb_search_log
            .opened(key, actor.user_id.0, article_id, self.now());
        Ok(())
    }

    /// Totals over a period (KB editors).
    pub async fn kb_search_summary(
        &self,
        actor: &Actor,
        meta: &RequestMeta,
        period: (Option<DateTime<Utc>>, Option<DateTime<Utc>>),
    ) -> AppResult<SearchSummary> {
        self.enforce(actor, meta, "kb.analytics", Permission::KbEdit)
            .await?;
        let period = Period::new(period.0, period.1, self.now())?;
        self.kb_search_log.drain().await;
        let sql = "SELECT COUNT(*) AS searches, \
             COUNT(DISTINCT query_key) AS distinct_queries, \
             COALESCE(SUM(CASE WHEN result_count = 0 THEN 1 ELSE 0 END), 0) AS zero_result, \
             COALESCE(SUM(CASE WHEN opened_article_id IS NOT NULL THEN 1 ELSE 0 END), 0) AS opened, \
             COALESCE(SUM(CASE WHEN used_article_id IS NOT NULL THEN 1 ELSE 0 END), 0) AS used \
             FROM kb_search_log WHERE searched_at >= $1 AND searched_at < $2";
        let rows = self.analytics_rows(sql, period, vec![]).await?;
        let r = rows
            .first()
            .ok_or_else(|| AppError::internal_msg("aggregate returned no row"))?;
        let get = |name: &str| -> AppResult<i64> { Ok(r.try_get::<i64>("", name)?) };
        Ok(SearchSummary {
            searches: get("searches")?,
            distinct_queries: get("distinct_queries")?,
            zero_result: get("zero_result")?,
            opened: get("opened")?,
            used: get("used")?,
            semantic_search: self.search_encoder().is_some(),
        })
    }

    /// Queries over a period, most searched first (KB editors).
    pub async fn kb_query_stats(
        &self,
        actor: &Actor,
        meta: &RequestMeta,
        period: (Option<DateTime<Utc>>, Option<DateTime<Utc>>),
        kind: QueryStatKind,
        first: Option<i64>,
        after: Option<&str>,
    ) -> AppResult<Page<QueryStat>> {
        self.enforce(actor, meta, "kb.analytics", Permission::KbEdit)
            .await?;
        let period = Period::new(period.0, period.1, self.now())?;
        let limit = page_size(first)? as i64;
        let offset = match after {
            Some(c) => decode_cursor(c)?.1.max(0) + 1,
            None => 0,
        };
        self.kb_search_log.drain().await;
        let (filter, having) = match kind {
            QueryStatKind::Top => ("", ""),
            QueryStatKind::ZeroResult => ("AND result_count = 0", ""),
            QueryStatKind::Unopened => (
                "",
                "HAVING SUM(CASE WHEN opened_article_id IS NOT NULL THEN 1 ELSE 0 END) = 0 \
                 AND MAX(result_count) > 0",
            ),
        };
        let sql = format!(
            "SELECT MAX(query) AS query, COUNT(*) AS searches, \
             CAST(AVG(result_count) AS DOUBLE PRECISION) AS average_results, \
             COALESCE(SUM(CASE WHEN opened_article_id IS NOT NULL THEN 1 ELSE 0 END), 0) AS opened, \
             COALESCE(SUM(CASE WHEN used_article_id IS NOT NULL THEN 1 ELSE 0 END), 0) AS used, \
             MAX(searched_at) AS last_searched_at \
             FROM kb_search_log WHERE searched_at >= $1 AND searched_at < $2 {filter} \
             GROUP BY query_key {having} \
             ORDER BY COUNT(*) DESC, query_key ASC LIMIT $3 OFFSET $4"
        );
        let rows = self
            .analytics_rows(&sql, period, vec![(limit + 1).into(), offset.into()])
            .await?;
        let has_next = rows.len() as i64 > limit;
        let mut items = vec![];
        for (i, r) in rows.iter().take(limit as usize).enumerate() {
            let stat = QueryStat {
                query: r.try_get("", "query")?,
                searches: r.try_get("", "searches")?,
                average_results: r.try_get("", "average_results")?,
                opened: r.try_get("", "opened")?,
                used: r.try_get("", "used")?,
                last_searched_at: r.try_get("", "last_searched_at")?,
            };
            items.push((encode_cursor(None, offset + i as i64), stat));
        }
        Ok(Page {
            items,
            has_next,
            has_previous: offset > 0,
        })
    }

    /// Published articles that no search of the period showed among its
    /// first results, oldest article first (KB editors).
    pub async fn kb_articles_never_found(
        &self,
        actor: &Actor,
        meta: &RequestMeta,
        period: (Option<DateTime<Utc>>, Option<DateTime<Utc>>),
        first: Option<i64>,
        after: Option<&str>,
    ) -> AppResult<Page<ArticleView>> {
        self.enforce(actor, meta, "kb.analytics", Permission::KbEdit)
            .await?;
        let period = Period::new(period.0, period.1, self.now())?;
        let limit = page_size(first)? as i64;
        let after_id = after.map(decode_cursor).transpose()?.map_or(0, |c| c.1);
        self.kb_search_log.drain().await;
        let sql = "SELECT a.id AS id FROM kb_articles a \
             WHERE a.status = $3 AND a.published_at < $2 AND a.id > $4 \
             AND NOT EXISTS (SELECT 1 FROM kb_search_shown s \
               JOIN kb_search_log l ON l.search_key = s.search_key \
               WHERE s.article_id = a.id AND l.searched_at >= $1 AND l.searched_at < $2) \
             ORDER BY a.id LIMIT $5";
        let rows = self
            .analytics_rows(
                sql,
                period,
                vec![PUBLISHED.into(), after_id.into(), (limit + 1).into()],
            )
            .await?;
        let ids: Vec<i64> = rows
            .iter()
            .map(|r| r.try_get::<i64>("", "id"))
            .collect::<Result<_, _>>()?;
        let has_next = ids.len() as i64 > limit;
        let ids: Vec<i64> = ids.into_iter().take(limit as usize).collect();
        let mut articles = kb_article::Entity::find()
            .filter(kb_article::Column::Id.is_in(ids))
            .all(self.db.conn())
            .await?;
        articles.sort_by_key(|a| a.id);
        let views = self.kb_article_views(articles).await?;
        Ok(Page {
            items: views
                .into_iter()
                .map(|v| (encode_cursor(None, v.id), v))
                .collect(),
            has_next,
            has_previous: after_id > 0,
        })
    }

    /// `sql` with `$1`/`$2` the period's bounds and `$3…` the extra values.
    async fn analytics_rows(
        &self,
        sql: &str,
        period: Period,
        extra: Vec<Value>,
    ) -> AppResult<Vec<sea_orm::QueryResult>> {
        let conn = self.db.conn();
        let mut values: Vec<Value> = vec![period.from.into(), period.to.into()];
        values.extend(extra);
        let backend = conn.get_database_backend();
        let sql = crate::db::numbered_params(backend, sql);
        let stmt = Statement::from_sql_and_values(backend, sql, values);
        Ok(conn.query_all_raw(stmt).await?)
    }
}

/// The grouping key of a query: Simplified, half-width, lower case, single
/// spaces.
pub fn query_key(query: &str) -> String {
    crate::search::analysis::normalize(query)
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

pub(crate) fn valid_key(search_id: &str) -> AppResult<String> {
    let ok = search_id.len() == 32 && search_id.bytes().all(|b| b.is_ascii_hexdigit());
    if ok {
        Ok(search_id.to_ascii_lowercase())
    } else {
        Err(AppError::bad_input("searchId", "not a search id"))
    }
}
