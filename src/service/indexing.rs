//! The indexer: applies the search outbox to the index and commits each
//! batch with a checkpoint below which every outbox id is applied. Ids can
//! commit out of order on PostgreSQL; `search::tail` keeps the checkpoint
//! from passing an id whose transaction may still commit. Outbox rows are
//! kept (other processes' replicas may still need them).
use super::Services;
use crate::db::entity::{category, complaint, customer};
use crate::db::outbox;
use crate::domain::pii_scrub::scrub;
use crate::error::{AppError, AppResult};
use crate::search::complaints::ComplaintDoc;
use crate::search::tail::{Horizon, Tail, MIN_GAP_AGE_MS};
use crate::search::ComplaintChange;
use crate::search::SearchEngine;
use sea_orm::{ColumnTrait, EntityTrait, QueryFilter, QueryOrder, QuerySelect};
use std::collections::HashMap;
use std::sync::Arc;
use std::time::Duration;

const BATCH: u64 = 500;
/// Gap ids re-read per poll (the oldest first).
const MAX_GAPS: usize = 500;
/// How often to look for outbox rows written by other processes.
const POLL: Duration = Duration::from_millis(250);

/// The text the sentence encoder reads for a complaint (and the key of its
/// stored embedding), scrubbed like the indexed text.
pub(crate) fn complaint_gist(title: &str, description: &str, model: Option<&str>) -> String {
    crate::search::complaints::gist(&scrub(title), &scrub(description), model)
}

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
        self.synonyms_fresh().await?;
        let engine = s.engine.clone();
        s.pool
            .run(move || f(&engine))
            .await
            .map_err(AppError::internal)
    }

    /// In how many (segment, term) pairs of the complaint index the words of
    /// `text` occur, deleted documents included: erasure leaves none.
    pub async fn complaint_terms_on_disk(&self, text: &str) -> AppResult<usize> {
        let engine = self.search_engine()?;
        let text = text.to_string();
        tokio::task::spawn_blocking(move || engine.complaint_terms_on_disk(&text))
            .await
            .map_err(AppError::internal)?
            .map_err(AppError::internal)
    }

    /// Tell the indexer there is new work (after a commit).
    pub(crate) fn index_signal(&self) {
        if let Some(s) = &self.search {
            s.wake.notify_one();
        }
    }

    /// Apply outbox rows not applied yet; returns how many were read.
    ///
    /// Gap-safe (see `search::tail`): rows are applied as they become
    /// visible, in any id order, and the committed checkpoint only passes
    /// an id once its row is applied or its transaction surely rolled back.
    pub async fn index_once(&self) -> AppResult<usize> {
        let engine = self.search_engine()?;
        let follow = engine.clone();
        tokio::task::spawn_blocking(move || follow.follow_swaps())
            .await
            .map_err(AppError::internal)?
            .map_err(AppError::internal)?;
        let mut tail = engine.tail().lock().await;
        let checkpoint = engine.checkpoint();
        if tail.checkpoint() != checkpoint {
            // a rebuild (here or in another process) moved the checkpoint
            *tail = Tail::new(checkpoint, MIN_GAP_AGE_MS);
        }
        let want = tail.want(MAX_GAPS);
        // the horizon is taken before the read: a transaction that ended
        // before it is visible to the read
        let horizon = outbox::horizon(self.db.conn())
            .await?
            .map(|(xmin, xmax)| Horizon { xmin, xmax });
        let rows = outbox::rows_after(self.db.conn(), want.above, &want.gaps, BATCH).await?;
        let read: Vec<i64> = rows.iter().map(|r| r.id).collect();
        let now = self.clock.now().timestamp_millis();
        let plan = tail.observe(&want, &read, now, horizon);
        if plan.apply.is_empty() && plan.checkpoint == tail.checkpoint() {
            return Ok(rows.len());
        }
        let ids_of = |entity: &str| {
            let mut ids: Vec<i64> = rows
                .iter()
                .filter(|r| r.entity == entity && plan.apply.binary_search(&r.id).is_ok())
                .map(|r| r.entity_id)
                .collect();
            ids.sort();
            ids.dedup();
            ids
        };
        let kb = self.kb_changes(&ids_of("kb_article")).await?;
        let complaints = self.complaint_changes(&ids_of("complaint")).await?;
        let commit = plan.checkpoint;
        let writer = engine.clone();
        tokio::task::spawn_blocking(move || writer.apply(&kb, &complaints, commit))
            .await
            .map_err(AppError::internal)?
            .map_err(AppError::internal)?;
        tail.applied(&plan);
        Ok(rows.len())
    }

    /// What the complaint index should hold for these complaints now: their
    /// text with phone, ID-card and other long numbers and e-mail addresses
    /// scrubbed (personal data stays out of the index; a phone finds a
    /// customer's complaints through the customer's blind index instead).
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
        // an erased customer's complaints leave the index altogether
        let erased: std::collections::HashSet<i64> = customer::Entity::find()
            .filter(customer::Column::Id.is_in(rows.iter().map(|c| c.customer_id)))
            .filter(customer::Column::ErasedAt.is_not_null())
            .select_only()
            .column(customer::Column::Id)
            .into_tuple::<i64>()
            .all(self.db.conn())
            .await?
            .into_iter()
            .collect();
        let mut by_id: HashMap<i64, complaint::Model> =
            rows.into_iter().map(|c| (c.id, c)).collect();
        Ok(ids
            .iter()
            .map(|id| {
                let row = by_id.remove(id);
                let purge = row
                    .as_ref()
                    .is_some_and(|c| erased.contains(&c.customer_id));
                (*id, row.filter(|_| !purge), purge)
            })
            .map(|(id, row, purge)| ComplaintChange {
                complaint_id: id,
                purge,
                doc: row.map(|c| ComplaintDoc {
                    complaint_id: c.id,
                    category_id: c.category_id,
                    gist: complaint_gist(&c.title, &c.description, c.product_model.as_deref()),
                    title: scrub(&c.title),
                    body: format!(
                        "{}\n{}\n{}",
                        scrub(&c.description),
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
        if let Err(err) = self.embed_missing().await {
            // search keeps working by its words; the next start tries again
            tracing::error!(cause = ?err.cause(), "embedding the index failed");
        }
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

    /// Whether the search index on disk had to be replaced (another schema),
    /// or lacks the embeddings of the encoder installed since.
    pub fn search_needs_rebuild(&self) -> bool {
        self.search
            .as_ref()
            .is_some_and(|s| s.engine.needs_rebuild())
    }

    /// Whether the search index was replaced by an empty one (another
    /// schema): it is rebuilt before the server starts serving.
    pub fn search_was_stale(&self) -> bool {
        self.search.as_ref().is_some_and(|s| s.engine.was_stale())
    }

    /// Whether the encoder was installed after the index was written: the
    /// index is complete by its words and rebuilt with embeddings while the
    /// server serves ([`Services::embed_missing`]).
    pub fn search_lacks_embeddings(&self) -> bool {
        self.search
            .as_ref()
            .is_some_and(|s| s.engine.lacks_embeddings())
    }

    /// Rebuild the index with embeddings if the encoder was installed after
    /// it was written; the number of documents, or `None` if nothing was
    /// missing. The indexer does this first, so the first start after
    /// installing the encoder serves at once (by words) instead of waiting
    /// minutes for every complaint to be embedded; changes made meanwhile
    /// are indexed after the rebuild.
    pub async fn embed_missing(&self) -> AppResult<Option<usize>> {
        if !self.search_lacks_embeddings() {
            return Ok(None);
        }
        let started = std::time::Instant::now();
        tracing::info!("the sentence encoder is new to this index: embedding every document");
        let n = self.reindex().await?;
        tracing::info!(
            documents = n,
            seconds = started.elapsed().as_secs_f64(),
            "search index rebuilt with embeddings"
        );
        Ok(Some(n))
    }

    /// The sentence encoder search ranks with, if it is installed.
    pub fn search_encoder(&self) -> Option<std::sync::Arc<crate::search::dense::Encoder>> {
        self.search
            .as_ref()
            .and_then(|s| s.engine.encoder().cloned())
    }

    /// The committed index checkpoint: every outbox id up to it is applied.
    pub fn index_checkpoint(&self) -> AppResult<i64> {
        Ok(self.search_engine()?.checkpoint())
    }

    /// Wait until every outbox row visible now is applied (tests, tools).
    /// The checkpoint may still wait behind gaps of open or rolled-back
    /// transactions; their rows are not visible, so they are not waited for.
    pub async fn index_caught_up(&self) -> AppResult<()> {
        let engine = self.search_engine()?;
        let Some(target) = outbox::max_id(self.db.conn()).await? else {
            return Ok(());
        };
        for _ in 0..400 {
            if engine.checkpoint() >= target {
                return Ok(());
            }
            let (high, gaps) = {
                let tail = engine.tail().lock().await;
                (tail.high(), tail.gaps_upto(target))
            };
            if high >= target && outbox::count_of(self.db.conn(), &gaps).await? == 0 {
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
        // the indexer of this process waits for the swap
        let mut tail = engine.tail().lock().await;
        let newest = outbox::max_id(self.db.conn()).await?.unwrap_or(0);
        // the documents read below hold every change up to `newest` only
        // once the transactions that may hold a smaller id have ended;
        // otherwise keep the old checkpoint (the tail replays what is above)
        let checkpoint = if self.transactions_ended().await? {
            newest
        } else {
            engine.checkpoint().min(newest)
        };
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
        let rebuilt = engine.clone();
        tokio::task::spawn_blocking(move || rebuilt.rebuild(&kb, &complaints, checkpoint))
            .await
            .map_err(AppError::internal)?
            .map_err(AppError::internal)?;
        *tail = Tail::new(engine.checkpoint(), MIN_GAP_AGE_MS);
        Ok(n)
    }

    /// Whether every transaction running now has ended (waits up to 5 s;
    /// always true on SQLite, where ids commit in order).
    async fn transactions_ended(&self) -> AppResult<bool> {
        let Some((_, xmax)) = outbox::horizon(self.db.conn()).await? else {
            return Ok(true);
        };
        for _ in 0..200 {
            match outbox::horizon(self.db.conn()).await? {
                Some((xmin, _)) if xmin < xmax => {
                    tokio::time::sleep(Duration::from_millis(25)).await;
                }
                _ => return Ok(true),
            }
        }
        Ok(false)
    }
}
