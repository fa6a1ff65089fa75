//! Ranking a knowledge-base search: each scored query's best documents under
//! the filter, fused by reciprocal rank, one hit per article; optionally the
//! total and the per-category counts.
//!
//! Invariants: hits are ordered by fused score, ties by document address, so
//! the same index and query always give the same order; an article appears at
//! most once (its best version); excluded documents (drafts hidden from
//! agents) never reach the hits, whichever path filtered them.
use super::facets::{ArticleCategories, CategoryCounts};
use super::pages::{PagePos, Ranker};
use super::query::{with_filter, Scored};
use super::{Analyzed, Filter, KbFields, DRAFT, PUBLISHED};
use crate::search::stats::QueryStats;
use std::collections::{HashMap, HashSet};
use tantivy::collector::DocSetCollector;
use tantivy::query::Bm25StatisticsProvider;
use tantivy::query::{BooleanQuery, Occur, Query, TermQuery};
use tantivy::schema::{Field, IndexRecordOption};
use tantivy::{DocAddress, Searcher, Term};

#[derive(Debug, Clone)]
pub struct Hit {
    pub article_id: i64,
    pub version_id: i64,
    pub score: f32,
}

pub struct SearchResult {
    pub hits: Vec<Hit>,
    /// Matching documents per (leaf) category id (when counts were asked for).
    pub facets: Vec<(i64, u64)>,
    /// How many documents matched (when counts were asked for).
    pub total: Option<crate::search::collect::Total>,
    /// Where the next page starts, if there are more hits.
    pub next: Option<PagePos>,
}

/// The total is counted exactly up to this many matches; beyond it the count
/// stops (as Elasticsearch's `track_total_hits` does by default). A short
/// query in a large knowledge base matches most of it through one common
/// bigram, and walking every such match cost as much as ranking: nobody
/// reads past the first pages, so "more than 1,000" is the useful answer.
/// Facet counts, when asked for, still walk every match and make it exact.
pub const TOTAL_EXACT_UP_TO: usize = 1000;

/// What to count besides the top hits (each walks every match).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Counts {
    None,
    Total,
    TotalAndFacets,
}

pub(super) const RRF_K: f32 = 60.0;
/// Most bigram clauses one query keeps: the rarest ones (a caller's rambling
/// sentence yields dozens, and the common ones only add cost, not ranking).
const MAX_BIGRAMS: usize = 24;
/// Terms in at most 1/50 (2 %) of the documents are rare: the ranking
/// starts from them and looks the commoner ones up only where they can still
/// matter (`maxscore`). Measured on the 100k-article set: 2 % beat 1 %, 3 %
/// and 5 % (the share of postings skipped against the cost of lookups).
const RARE_DOC_SHARE: u64 = 50;
/// Beyond this many excluded documents (drafts hidden from agents), filter
/// inside the query instead of after it.
const MAX_POST_FILTER: usize = 512;

/// The `keep` rarest of `tokens` in `field`, in their original order; terms
/// that occur nowhere are dropped (they cannot match).
fn rarest(
    stats: &QueryStats<'_>,
    field: Field,
    tokens: &[(String, f32)],
    keep: usize,
) -> Vec<(String, f32)> {
    if tokens.len() <= keep {
        return tokens.to_vec();
    }
    let mut with_df: Vec<(usize, u64)> = tokens
        .iter()
        .enumerate()
        .map(|(i, (t, _))| {
            let df = stats
                .doc_freq(&Term::from_field_text(field, t))
                .unwrap_or(0);
            (i, df)
        })
        .filter(|(_, df)| *df > 0)
        .collect();
    with_df.sort_by_key(|&(i, df)| (df, i));
    with_df.truncate(keep);
    with_df.sort_by_key(|&(i, _)| i);
    with_df
        .into_iter()
        .map(|(i, _)| tokens[i].clone())
        .collect()
}

/// Documents of the index that the filter's states exclude (for agents: the
/// pending drafts), or `None` when there are too many to filter afterwards.
fn excluded_docs(
    searcher: &Searcher,
    f: &KbFields,
    filter: &Filter,
) -> tantivy::Result<Option<HashSet<DocAddress>>> {
    let mut out = HashSet::new();
    for state in [PUBLISHED, DRAFT] {
        if filter.states.contains(&state) {
            continue;
        }
        let q = TermQuery::new(
            Term::from_field_text(f.state, state),
            IndexRecordOption::Basic,
        );
        out.extend(searcher.search(&q, &DocSetCollector)?);
        if out.len() > MAX_POST_FILTER {
            return Ok(None);
        }
    }
    Ok(Some(out))
}

/// The best `depth` documents for one scored query under the filter. Without
/// a category filter the query stays a plain disjunction and the few
/// excluded documents (drafts hidden from agents) are dropped afterwards,
/// instead of intersecting every match with the state filter. A category
/// filter is applied inside the query, where it narrows the work.
pub(super) fn top_docs(
    searcher: &Searcher,
    stats: &QueryStats<'_>,
    f: &KbFields,
    filter: &Filter,
    scored: &Scored<'_>,
    excluded: Option<&HashSet<DocAddress>>,
    depth: usize,
) -> tantivy::Result<Vec<DocAddress>> {
    if scored.tokens.is_empty() {
        return Ok(vec![]);
    }
    let top = match excluded {
        Some(excluded) if filter.category.is_none() => {
            let k = depth + excluded.len();
            let ranked = match scored.terms() {
                Some(terms) => {
                    let rare = searcher.num_docs() / RARE_DOC_SHARE;
                    crate::search::maxscore::top_k_terms(searcher, stats, &terms, k, rare)?
                }
                None => crate::search::collect::top_k_scored(
                    searcher,
                    stats.scoring(),
                    &BooleanQuery::new(scored.clauses()),
                    k,
                )?,
            };
            ranked
                .into_iter()
                .map(|(_, a)| a)
                .filter(|a| !excluded.contains(a))
                .take(depth)
                .collect()
        }
        _ => crate::search::collect::top_k_scored(
            searcher,
            stats.scoring(),
            &with_filter(scored.clauses(), f, filter),
            depth,
        )?
        .into_iter()
        .map(|(_, a)| a)
        .collect(),
    };
    Ok(top)
}

/// Rank by reciprocal rank fusion of the word and the bigram query: the
/// first page (see [`search_page`]).
pub fn search(
    searcher: &Searcher,
    f: &KbFields,
    q: &Analyzed,
    filter: &Filter,
    limit: usize,
    counts: Counts,
) -> tantivy::Result<SearchResult> {
    search_page(searcher, f, q, filter, None, limit, counts)
}

/// One page of hits, from `start` (the position a previous page returned in
/// `next`) or from the top.
pub fn search_page(
    searcher: &Searcher,
    f: &KbFields,
    q: &Analyzed,
    filter: &Filter,
    start: Option<PagePos>,
    limit: usize,
    counts: Counts,
) -> tantivy::Result<SearchResult> {
    let start = start.unwrap_or(PagePos {
        base_depth: (limit * 4).max(50),
        tier: 0,
        offset: 0,
    });
    let stats = QueryStats::new(searcher);
    let bigrams = rarest(&stats, f.body_b, &q.bigrams, MAX_BIGRAMS);
    let words = Scored {
        title: f.title_w,
        body: f.body_w,
        tokens: &q.words,
        title_boost: 3.0,
        prefix: false,
    };
    let bigrams = Scored {
        title: f.title_b,
        body: f.body_b,
        tokens: &bigrams,
        title_boost: 2.0,
        prefix: true,
    };
    let excluded = excluded_docs(searcher, f, filter)?;
    let ranker = Ranker {
        searcher,
        stats: &stats,
        f,
        filter,
        lists: [&words, &bigrams],
        excluded: excluded.as_ref(),
    };
    let (hits, next) = ranker.page(start, limit)?;
    // facet counts and the total walk every match, unscored: only when asked for
    let (facets, total) = if counts != Counts::None {
        let union = with_filter(
            vec![
                (
                    Occur::Should,
                    Box::new(BooleanQuery::new(words.clauses())) as Box<dyn Query>,
                ),
                (
                    Occur::Should,
                    Box::new(BooleanQuery::new(bigrams.clauses())),
                ),
            ],
            f,
            filter,
        );
        if filter.states.contains(&DRAFT) {
            // an article may match with its published version and its
            // draft: count articles, not documents
            let pairs = searcher.search(&union, &ArticleCategories)?;
            let total = pairs
                .iter()
                .map(|(a, _)| *a)
                .collect::<HashSet<u64>>()
                .len();
            let facets = if counts == Counts::Total {
                vec![]
            } else {
                let mut per: HashMap<u64, HashSet<u64>> = HashMap::new();
                for (article, category) in &pairs {
                    if let Some(c) = category {
                        per.entry(*c).or_default().insert(*article);
                    }
                }
                let mut facets: Vec<(i64, u64)> = per
                    .into_iter()
                    .map(|(c, a)| (c as i64, a.len() as u64))
                    .collect();
                facets.sort_unstable();
                facets
            };
            (
                facets,
                Some(crate::search::Total {
                    count: total,
                    exact: true,
                }),
            )
        } else if counts == Counts::Total {
            (
                vec![],
                Some(crate::search::collect::count_up_to(
                    searcher,
                    &union,
                    TOTAL_EXACT_UP_TO,
                )?),
            )
        } else {
            let (facets, total) =
                searcher.search(&union, &(CategoryCounts, tantivy::collector::Count))?;
            let mut facets: Vec<(i64, u64)> =
                facets.into_iter().map(|(id, n)| (id as i64, n)).collect();
            facets.sort_unstable();
            (
                facets,
                Some(crate::search::collect::Total {
                    count: total,
                    exact: true,
                }),
            )
        }
    } else {
        (vec![], None)
    };
    Ok(SearchResult {
        hits,
        facets,
        total,
        next,
    })
}
