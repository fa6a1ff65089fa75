//! The search-analytics writer: knowledge-base searches, the article opened
//! from each and whether it then went onto a complaint, written in batches by
//! one task so that a search never waits for a commit.
//!
//! Invariants:
//! - Statistics, not a record anyone relies on: a search is answered before
//!   its row is written, and a full queue drops the event (counted, logged).
//!   A crash loses at most the batch in flight; a graceful stop writes what
//!   is queued ([`SearchLog::drain`] at shutdown).
//! - Events of one process are applied in arrival order, so an open always
//!   finds the search it belongs to.
//! - Retyping merges: a search by the same person within [`MERGE_WINDOW`] of
//!   their previous one, which extends or shortens its text and follows a
//!   search nobody opened anything from, replaces that row instead of adding
//!   one, so search-as-you-type logs what was finally looked for.
//! - Only the person who searched can mark their search opened or used.
use crate::db::entity::{kb_search_log, kb_search_shown};
use crate::db::Db;
use chrono::{DateTime, Duration, Utc};
use sea_orm::sea_query::{Expr, ExprTrait};
use sea_orm::{
    ActiveValue::Set, ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, QueryOrder,
    QuerySelect,
};
use std::collections::HashMap;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::Arc;
use tokio::sync::{mpsc, oneshot};

/// How long after a search its successor may still replace it.
pub const MERGE_WINDOW: Duration = Duration::seconds(30);
/// How far back a complaint's article is matched to a search it was opened
/// from, when the console did not say which search.
pub const USE_WINDOW: Duration = Duration::hours(2);
/// Results kept per search (for "articles never found").
pub const SHOWN: usize = 10;
const QUEUE: usize = 8_192;
const MAX_BATCH: usize = 256;

/// A logged search, as the service hands it over.
#[derive(Debug, Clone)]
pub struct SearchRecord {
    pub key: String,
    pub at: DateTime<Utc>,
    pub actor_id: i64,
    pub query: String,
    pub query_key: String,
    pub category_id: Option<i64>,
    pub result_count: i32,
    pub shown: Vec<i64>,
}

enum Event {
    Search(SearchRecord),
    Open {
        key: String,
        actor_id: i64,
        article_id: i64,
        at: DateTime<Utc>,
    },
    Used {
        key: Option<String>,
        actor_id: i64,
        article_id: i64,
        complaint_id: i64,
        at: DateTime<Utc>,
    },
    Drain(oneshot::Sender<()>),
}

/// Handle to the writer task; cheap to clone.
#[derive(Clone)]
pub struct SearchLog {
    queue: mpsc::Sender<Event>,
    dropped: Arc<AtomicU64>,
}

impl SearchLog {
    pub fn start(db: Db) -> SearchLog {
        let (queue, rx) = mpsc::channel(QUEUE);
        tokio::spawn(run(db, rx));
        SearchLog {
            queue,
            dropped: Arc::default(),
        }
    }

    /// A new opaque search id (what the console sends back).
    pub fn new_key() -> String {
        format!("{:032x}", rand::random::<u128>())
    }

    pub fn search(&self, record: SearchRecord) {
        self.offer(Event::Search(record));
    }

    pub fn opened(&self, key: String, actor_id: i64, article_id: i64, at: DateTime<Utc>) {
        self.offer(Event::Open {
            key,
            actor_id,
            article_id,
            at,
        });
    }

    pub fn used(
        &self,
        key: Option<String>,
        actor_id: i64,
        article_id: i64,
        complaint_id: i64,
        at: DateTime<Utc>,
    ) {
        self.offer(Event::Used {
            key,
            actor_id,
            article_id,
            complaint_id,
            at,
        });
    }

    /// Events dropped because the queue was full, since start.
    pub fn dropped(&self) -> u64 {
        self.dropped.load(Ordering::Relaxed)
    }

    /// Wait until everything offered before this call is written.
    pub async fn drain(&self) {
        let (done, ack) = oneshot::channel();
        if self.queue.send(Event::Drain(done)).await.is_ok() {
            let _ = ack.await;
        }
    }

    fn offer(&self, event: Event) {
        if self.queue.try_send(event).is_err() {
            let n = self.dropped.fetch_add(1, Ordering::Relaxed) + 1;
            if n.is_power_of_two() {
                tracing::warn!(dropped = n, "search analytics queue full; events dropped");
            }
        }
    }
}

/// The last search of a person in this process, for merging.
struct Last {
    key: String,
    query_key: String,
    at: DateTime<Utc>,
    opened: bool,
}

async fn run(db: Db, mut rx: mpsc::Receiver<Event>) {
    let mut last: HashMap<i64, Last> = HashMap::new();
    while let Some(first) = rx.recv().await {
        let mut batch = vec![first];
        while batch.len() < MAX_BATCH {
            match rx.try_recv() {
                Ok(e) => batch.push(e),
                Err(_) => break,
            }
        }
        let mut waiting = vec![];
        let events: Vec<Event> = batch
            .into_iter()
            .filter_map(|e| match e {
                Event::Drain(done) => {
                    waiting.push(done);
                    None
                }
                e => Some(e),
            })
            .collect();
        if !events.is_empty() {
            if let Err(err) = write(&db, events, &mut last).await {
                tracing::error!(error = %err, "search analytics batch failed");
                last.clear();
            }
        }
        for done in waiting {
            let _ = done.send(());
        }
        if last.len() > 10_000 {
            let newest = last.values().map(|l| l.at).max().unwrap_or_default();
            last.retain(|_, l| newest - l.at <= MERGE_WINDOW);
        }
    }
}

async fn write(
    db: &Db,
    events: Vec<Event>,
    last: &mut HashMap<i64, Last>,
) -> Result<(), sea_orm::DbErr> {
    let tx = db.write_tx().await?;
    // new searches are written together, one INSERT per table, before any
    // statement that may read them
    let mut pending: Vec<SearchRecord> = vec![];
    for event in events {
        match event {
            Event::Search(r) => {
                let merge = last
                    .get(&r.actor_id)
                    .filter(|l| {
                        !l.opened
                            && r.at >= l.at
                            && r.at - l.at <= MERGE_WINDOW
                            && (r.query_key.starts_with(&l.query_key)
                                || l.query_key.starts_with(&r.query_key))
                    })
                    .map(|l| l.key.clone());
                last.insert(
                    r.actor_id,
                    Last {
                        key: r.key.clone(),
                        query_key: r.query_key.clone(),
                        at: r.at,
                        opened: false,
                    },
                );
                match merge {
                    Some(old) => match pending.iter_mut().find(|p| p.key == old) {
                        Some(p) => *p = r,
                        None => {
                            flush(&*tx, &mut pending).await?;
                            replace(&*tx, &old, &r).await?;
                        }
                    },
                    None => pending.push(r),
                }
            }
            Event::Open {
                key,
                actor_id,
                article_id,
                at,
            } => {
                flush(&*tx, &mut pending).await?;
                let Some(opened) = opened_of(&*tx, &key, actor_id).await? else {
                    continue;
                };
                if let Some(l) = last.get_mut(&actor_id).filter(|l| l.key == key) {
                    l.opened = true;
                }
                if opened {
                    continue; // the first article opened is the one counted
                }
                let rank = kb_search_shown::Entity::find()
                    .select_only()
                    .column(kb_search_shown::Column::Rank)
                    .filter(kb_search_shown::Column::SearchKey.eq(&key))
                    .filter(kb_search_shown::Column::ArticleId.eq(article_id))
                    .into_tuple::<i32>()
                    .one(&*tx)
                    .await?;
                kb_search_log::Entity::update_many()
                    .col_expr(
                        kb_search_log::Column::OpenedArticleId,
                        Expr::value(article_id),
                    )
                    .col_expr(kb_search_log::Column::OpenedRank, Expr::value(rank))
                    .col_expr(kb_search_log::Column::OpenedAt, Expr::value(at))
                    .filter(kb_search_log::Column::SearchKey.eq(&key))
                    .exec(&*tx)
                    .await?;
            }
            Event::Used {
                key,
                actor_id,
                article_id,
                complaint_id,
                at,
            } => {
                flush(&*tx, &mut pending).await?;
                let key = match key {
                    Some(key) => opened_of(&*tx, &key, actor_id).await?.map(|_| key),
                    None => {
                        kb_search_log::Entity::find()
                            .select_only()
                            .column(kb_search_log::Column::SearchKey)
                            .filter(kb_search_log::Column::ActorId.eq(actor_id))
                            .filter(kb_search_log::Column::SearchedAt.gte(at - USE_WINDOW))
                            .filter(kb_search_log::Column::OpenedArticleId.eq(article_id))
                            .filter(kb_search_log::Column::UsedAt.is_null())
                            .order_by_desc(kb_search_log::Column::SearchedAt)
                            .into_tuple::<String>()
                            .one(&*tx)
                            .await?
                    }
                };
                let Some(key) = key else { continue };
                if let Some(l) = last.get_mut(&actor_id).filter(|l| l.key == key) {
                    l.opened = true;
                }
                kb_search_log::Entity::update_many()
                    .col_expr(
                        kb_search_log::Column::UsedArticleId,
                        Expr::value(article_id),
                    )
                    .col_expr(
                        kb_search_log::Column::UsedComplaintId,
                        Expr::value(complaint_id),
                    )
                    .col_expr(kb_search_log::Column::UsedAt, Expr::value(at))
                    // picking a result at intake opens it too
                    .col_expr(
                        kb_search_log::Column::OpenedArticleId,
                        Expr::col(kb_search_log::Column::OpenedArticleId).if_null(article_id),
                    )
                    .col_expr(
                        kb_search_log::Column::OpenedAt,
                        Expr::col(kb_search_log::Column::OpenedAt).if_null(at),
                    )
                    .filter(kb_search_log::Column::SearchKey.eq(&key))
                    .filter(kb_search_log::Column::UsedAt.is_null())
                    .exec(&*tx)
                    .await?;
            }
            Event::Drain(_) => unreachable!("drains are taken out of the batch"),
        }
    }
    flush(&*tx, &mut pending).await?;
    tx.commit().await
}

/// Whether `actor_id` ran the search `key`, and if so whether an article
/// was opened from it already.
async fn opened_of<C: ConnectionTrait>(
    conn: &C,
    key: &str,
    actor_id: i64,
) -> Result<Option<bool>, sea_orm::DbErr> {
    let row: Option<Option<i64>> = kb_search_log::Entity::find()
        .select_only()
        .column(kb_search_log::Column::OpenedArticleId)
        .filter(kb_search_log::Column::SearchKey.eq(key))
        .filter(kb_search_log::Column::ActorId.eq(actor_id))
        .into_tuple()
        .one(conn)
        .await?;
    Ok(row.map(|opened| opened.is_some()))
}

/// Rows per INSERT statement (under the bound-variable limits).
const ROWS_PER_STATEMENT: usize = 1_000;

/// Write the pending new searches and what each showed.
async fn flush<C: ConnectionTrait>(
    conn: &C,
    pending: &mut Vec<SearchRecord>,
) -> Result<(), sea_orm::DbErr> {
    if pending.is_empty() {
        return Ok(());
    }
    let records = std::mem::take(pending);
    for chunk in records.chunks(ROWS_PER_STATEMENT / 4) {
        kb_search_log::Entity::insert_many(chunk.iter().map(|r| kb_search_log::ActiveModel {
            search_key: Set(r.key.clone()),
            searched_at: Set(r.at),
            actor_id: Set(r.actor_id),
            query: Set(r.query.clone()),
            query_key: Set(r.query_key.clone()),
            category_id: Set(r.category_id),
            result_count: Set(r.result_count),
            ..Default::default()
        }))
        .exec_without_returning(conn)
        .await?;
    }
    let shown: Vec<kb_search_shown::ActiveModel> = records
        .iter()
        .flat_map(|r| shown_rows(&r.key, &r.shown))
        .collect();
    let mut shown = shown.into_iter().peekable();
    while shown.peek().is_some() {
        let chunk: Vec<_> = shown.by_ref().take(ROWS_PER_STATEMENT).collect();
        kb_search_shown::Entity::insert_many(chunk)
            .exec_without_returning(conn)
            .await?;
    }
    Ok(())
}

fn shown_rows<'a>(
    key: &'a str,
    articles: &'a [i64],
) -> impl Iterator<Item = kb_search_shown::ActiveModel> + 'a {
    articles
        .iter()
        .take(SHOWN)
        .enumerate()
        .map(move |(i, a)| kb_search_shown::ActiveModel {
            search_key: Set(key.to_string()),
            rank: Set(i as i32 + 1),
            article_id: Set(*a),
        })
}

/// The search `old` becomes `r` (retyping): same row, new key and text,
/// new results.
async fn replace<C: ConnectionTrait>(
    conn: &C,
    old: &str,
    r: &SearchRecord,
) -> Result<(), sea_orm::DbErr> {
    kb_search_shown::Entity::delete_many()
        .filter(kb_search_shown::Column::SearchKey.eq(old))
        .exec(conn)
        .await?;
    kb_search_log::Entity::update_many()
        .col_expr(kb_search_log::Column::SearchKey, Expr::value(r.key.clone()))
        .col_expr(kb_search_log::Column::SearchedAt, Expr::value(r.at))
        .col_expr(kb_search_log::Column::Query, Expr::value(r.query.clone()))
        .col_expr(
            kb_search_log::Column::QueryKey,
            Expr::value(r.query_key.clone()),
        )
        .col_expr(
            kb_search_log::Column::CategoryId,
            Expr::value(r.category_id),
        )
        .col_expr(
            kb_search_log::Column::ResultCount,
            Expr::value(r.result_count),
        )
        .filter(kb_search_log::Column::SearchKey.eq(old))
        .exec(conn)
        .await?;
    let rows: Vec<_> = shown_rows(&r.key, &r.shown).collect();
    if !rows.is_empty() {
        kb_search_shown::Entity::insert_many(rows)
            .exec_without_returning(conn)
            .await?;
    }
    Ok(())
}
