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
    id: i64,
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
    for event in events {
        match event {
            Event::Search(r) => {
                let merge = last.get(&r.actor_id).filter(|l| {
                    !l.opened
                        && r.at >= l.at
                        && r.at - l.at <= MERGE_WINDOW
                        && (r.query_key.starts_with(&l.query_key)
                            || l.query_key.starts_with(&r.query_key))
                });
                let id = match merge {
                    Some(l) => {
                        replace(&*tx, l.id, &r).await?;
                        l.id
                    }
                    None => insert(&*tx, &r).await?,
                };
                shown(&*tx, id, &r.shown).await?;
                last.insert(
                    r.actor_id,
                    Last {
                        id,
                        query_key: r.query_key,
                        at: r.at,
                        opened: false,
                    },
                );
            }
            Event::Open {
                key,
                actor_id,
                article_id,
                at,
            } => {
                let Some(row) = by_key(&*tx, &key, actor_id).await? else {
                    continue;
                };
                if let Some(l) = last.get_mut(&actor_id).filter(|l| l.id == row.0) {
                    l.opened = true;
                }
                if row.1 {
                    continue; // the first article opened is the one counted
                }
                let rank = kb_search_shown::Entity::find()
                    .select_only()
                    .column(kb_search_shown::Column::Rank)
                    .filter(kb_search_shown::Column::SearchId.eq(row.0))
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
                    .filter(kb_search_log::Column::Id.eq(row.0))
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
                let id = match key {
                    Some(key) => by_key(&*tx, &key, actor_id).await?.map(|r| r.0),
                    None => {
                        kb_search_log::Entity::find()
                            .select_only()
                            .column(kb_search_log::Column::Id)
                            .filter(kb_search_log::Column::ActorId.eq(actor_id))
                            .filter(kb_search_log::Column::SearchedAt.gte(at - USE_WINDOW))
                            .filter(kb_search_log::Column::OpenedArticleId.eq(article_id))
                            .filter(kb_search_log::Column::UsedAt.is_null())
                            .order_by_desc(kb_search_log::Column::SearchedAt)
                            .into_tuple::<i64>()
                            .one(&*tx)
                            .await?
                    }
                };
                let Some(id) = id else { continue };
                if let Some(l) = last.get_mut(&actor_id).filter(|l| l.id == id) {
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
                    .filter(kb_search_log::Column::Id.eq(id))
                    .filter(kb_search_log::Column::UsedAt.is_null())
                    .exec(&*tx)
                    .await?;
            }
            Event::Drain(_) => unreachable!("drains are taken out of the batch"),
        }
    }
    tx.commit().await
}

/// The row of `key` if `actor_id` ran it: (id, already opened).
async fn by_key<C: ConnectionTrait>(
    conn: &C,
    key: &str,
    actor_id: i64,
) -> Result<Option<(i64, bool)>, sea_orm::DbErr> {
    let row: Option<(i64, Option<i64>)> = kb_search_log::Entity::find()
        .select_only()
        .column(kb_search_log::Column::Id)
        .column(kb_search_log::Column::OpenedArticleId)
        .filter(kb_search_log::Column::SearchKey.eq(key))
        .filter(kb_search_log::Column::ActorId.eq(actor_id))
        .into_tuple()
        .one(conn)
        .await?;
    Ok(row.map(|(id, opened)| (id, opened.is_some())))
}

async fn insert<C: ConnectionTrait>(conn: &C, r: &SearchRecord) -> Result<i64, sea_orm::DbErr> {
    let res = kb_search_log::Entity::insert(kb_search_log::ActiveModel {
        search_key: Set(r.key.clone()),
        searched_at: Set(r.at),
        actor_id: Set(r.actor_id),
        query: Set(r.query.clone()),
        query_key: Set(r.query_key.clone()),
        category_id: Set(r.category_id),
        result_count: Set(r.result_count),
        ..Default::default()
    })
    .exec(conn)
    .await?;
    Ok(res.last_insert_id)
}

async fn replace<C: ConnectionTrait>(
    conn: &C,
    id: i64,
    r: &SearchRecord,
) -> Result<(), sea_orm::DbErr> {
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
        .filter(kb_search_log::Column::Id.eq(id))
        .exec(conn)
        .await?;
    kb_search_shown::Entity::delete_many()
        .filter(kb_search_shown::Column::SearchId.eq(id))
        .exec(conn)
        .await?;
    Ok(())
}

async fn shown<C: ConnectionTrait>(
    conn: &C,
    search_id: i64,
    articles: &[i64],
) -> Result<(), sea_orm::DbErr> {
    if articles.is_empty() {
        return Ok(());
    }
    let rows = articles
        .iter()
        .take(SHOWN)
        .enumerate()
        .map(|(i, a)| kb_search_shown::ActiveModel {
            search_id: Set(search_id),
            rank: Set(i as i32 + 1),
            article_id: Set(*a),
        });
    kb_search_shown::Entity::insert_many(rows)
        .exec_without_returning(conn)
        .await?;
    Ok(())
}
