//! The indexer: applies the search outbox to the index, in order, and
//! commits each batch with the last applied outbox id as its checkpoint.
//! Outbox rows are kept (other processes' replicas may still need them).
use super::Services;
use crate::db::entity::{category, complaint, search_outbox};
use crate::error::{AppError, AppResult};
use crate::search::complaints::ComplaintDoc;
use crate::search::ComplaintChange;
use crate::search::SearchEngine;
use sea_orm::{ColumnTrait, EntityTrait, QueryFilter, QueryOrder, QuerySelect};
use std::collections::HashMap;
use std::sync::Arc;
use std::time::Duration;

const BATCH: u64 = 500;
/// How often to look for outbox rows written by other processes.
const POLL: Duration = Duration::from_millis(250);

impl Services {
    pub(crate) fn search_engine(&self) -> AppResult<Arc<SearchEngine>> {
        self.search
            .as_ref()
            .map(|s| s.engine.clone())
            .ok_or_else(|| AppError::internal_msg("search is not configured"))
    }

    /// Run a search query on the query threads (in arrival order).
    pub(crate) async fn run_search<R, F>(&self, f: F) -> AppResult<R>
    where
        F: FnOnce(&SearchEngine) -> R + Send + 'static,
        R: Send + 'static,
    {
        let s = self
            .search
            .as_ref()
            .ok_or_else(|| AppError::internal_msg("search is not configured"))?;
        let engine = s.engine.clone();
        s.pool
            .run(move || f(&engine))
            .await
            .map_err(AppError::internal)
    }

    /// Tell the indexer there is new work (after a commit).
    pub(crate) fn index_signal(&self) {
        if let Some(s) = &self.search {
            s.wake.notify_one();
        }
    }

    /// Apply outbox rows after the index checkpoint; returns how many.
    pub async fn index_once(&self) -> AppResult<usize> {
        let engine = self.search_engine()?;
        let follow = engine.clone();
        tokio::task::spawn_blocking(move || follow.follow_swaps())
            .await
            .map_err(AppError::internal)?
            .map_err(AppError::internal)?;
        let from = engine.checkpoint();
        let rows = search_outbox::Entity::find()
            .filter(search_outbox::Column::Id.gt(from))
            .order_by_asc(search_outbox::Column::Id)
            .limit(BATCH)
            .all(self.db.conn())
            .await?;
        let Some(last) = rows.last().map(|r| r.id) else {
            return Ok(0);
        };
        let ids_of = |entity: &str| {
            let mut ids: Vec<i64> = rows
                .iter()
                .filter(|r| r.entity == entity)
                .map(|r| r.entity_id)
                .collect();
            ids.sort();
            ids.dedup();
            ids
        };
        let kb = self.kb_changes(&ids_of("kb_article")).await?;
        let complaints = self.complaint_changes(&ids_of("complaint")).await?;
        tokio::task::spawn_blocking(move || engine.apply(&kb, &complaints, last))
            .await
            .map_err(AppError::internal)?
            .map_err(AppError::internal)?;
        Ok(rows.len())
    }

    /// What the complaint index should hold for these complaints now.
    pub(crate) async fn complaint_changes(&self, ids: &[i64]) -> AppResult<Vec<ComplaintChange>> {
        if ids.is_empty() {
            return Ok(vec![]);
        }
        let rows = complaint::Entity::find()
            .filter(complaint::Column::Id.is_in(ids.iter().copied()))
            .all(self.db.conn())
            .await?;
        let names: HashMap<i64, String> = category::Entity::find()
            .all(self.db.conn())
            .await?
            .into_iter()
            .map(|c| (c.id, c.name))
            .collect();
        let mut by_id: HashMap<i64, complaint::Model> =
            rows.into_iter().map(|c| (c.id, c)).collect();
        Ok(ids
            .iter()
            .map(|id| ComplaintChange {
                complaint_id: *id,
                doc: by_id.remove(id).map(|c| ComplaintDoc {
                    complaint_id: c.id,
                    title: c.title,
                    body: format!(
                        "{}\n{}\n{}",
                        c.description,
                        c.product_model.unwrap_or_default(),
                        names.get(&c.category_id).cloned().unwrap_or_default()
                    ),
                }),
            })
            .collect())
    }

    /// Run the indexer until the process ends.
    pub async fn run_indexer(self) {
        let Some(search) = self.search.clone() else {
            return;
        };
        loop {
            match self.index_once().await {
                Ok(n) if n as u64 >= BATCH => continue,
                Ok(_) => {
                    let _ = tokio::time::timeout(POLL, search.wake.notified()).await;
                }
                Err(err) => {
                    tracing::error!(cause = ?err.cause(), "indexer failed; retrying");
                    tokio::time::sleep(Duration::from_secs(1)).await;
                }
            }
        }
    }

    /// Wait until every outbox row written so far is searchable (tests, tools).
    pub async fn index_caught_up(&self) -> AppResult<()> {
        let engine = self.search_engine()?;
        let target: Option<i64> = search_outbox::Entity::find()
            .select_only()
            .column_as(search_outbox::Column::Id.max(), "m")
            .into_tuple::<Option<i64>>()
            .one(self.db.conn())
            .await?
            .flatten();
        let Some(target) = target else { return Ok(()) };
        for _ in 0..400 {
            if engine.checkpoint() >= target {
                return Ok(());
            }
            self.index_signal();
            tokio::time::sleep(Duration::from_millis(25)).await;
        }
        Err(AppError::internal_msg("index did not catch up within 10 s"))
    }

    /// Rebuild the whole index into a new generation and swap it in.
    pub async fn reindex(&self) -> AppResult<usize> {
        let engine = self.search_engine()?;
        let checkpoint: i64 = search_outbox::Entity::find()
            .select_only()
            .column_as(search_outbox::Column::Id.max(), "m")
            .into_tuple::<Option<i64>>()
            .one(self.db.conn())
            .await?
            .flatten()
            .unwrap_or(0);
        let ids = self.all_kb_article_ids().await?;
        let mut kb = vec![];
        for chunk in ids.chunks(1000) {
            kb.extend(self.kb_changes(chunk).await?);
        }
        let mut complaints = vec![];
        let mut after = 0;
        loop {
            let ids: Vec<i64> = complaint::Entity::find()
                .select_only()
                .column(complaint::Column::Id)
                .filter(complaint::Column::Id.gt(after))
                .order_by_asc(complaint::Column::Id)
                .limit(5000)
                .into_tuple()
                .all(self.db.conn())
                .await?;
            let Some(last) = ids.last().copied() else {
                break;
            };
            complaints.extend(self.complaint_changes(&ids).await?);
            after = last;
        }
        let n = kb.iter().map(|c| c.docs.len()).sum::<usize>() + complaints.len();
        tokio::task::spawn_blocking(move || engine.rebuild(&kb, &complaints, checkpoint))
            .await
            .map_err(AppError::internal)?
            .map_err(AppError::internal)?;
        Ok(n)
    }
}
