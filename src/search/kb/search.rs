//! One knowledge-base search: a page of ranked hits (`pages`) from the
//! scored queries (`rank`), and, when asked for, the total and the
//! per-category counts.
use super::facets::{ArticleCategories, CategoryCounts};
use super::pages::{Dense, PagePos, Ranker};
use super::query::{filter_clause, with_filter, Scored};
use super::rank::{excluded_docs, rarest, Hit, MAX_BIGRAMS};
use super::{Analyzed, Filter, KbFields, DRAFT};
use crate::search::stats::QueryStats;
use crate::search::vectors::{Allowed, VectorCache};
use std::collections::{HashMap, HashSet};
use tantivy::query::{BooleanQuery, Occur, Query};
use tantivy::Searcher;

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

/// Weight of a match in an article's usage evidence, against 1 in its body:
/// callers' words that led to the article, below the editor's own text.
/// Chosen on the dev split (BENCHMARKS.md, issue 12).
pub const USAGE_BOOST: f32 = 0.5;

/// What to count besides the top hits (each walks every match).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Counts {
    None,
    Total,
    TotalAndFacets,
}

/// The knowledge-base index as one search sees it.
pub struct KbIndex<'a> {
    pub searcher: &'a Searcher,
    pub fields: &'a KbFields,
    /// The articles' embeddings, when the query has one to compare.
    pub vectors: Option<&'a VectorCache>,
}

/// Rank by reciprocal rank fusion of the word and the bigram query (and the
/// sentence encoder's nearest articles): the first page (see [`search_page`]).
pub fn search(
    index: &KbIndex<'_>,
    q: &Analyzed,
    filter: &Filter,
    limit: usize,
    counts: Counts,
) -> tantivy::Result<SearchResult> {
    search_page(index, q, filter, None, limit, counts)
}

/// The dense ranking's weight for a query: lower when every word typed
/// (two characters or more) occurs in the knowledge base, where the words
/// already say what is meant (chosen on the dev split: keyword queries kept
/// their lexical order, BENCHMARKS.md).
fn dense_weight(stats: &QueryStats<'_>, f: &KbFields, words: &[(String, f32)]) -> f32 {
    use tantivy::query::Bm25StatisticsProvider;
    let typed: Vec<&String> = words
        .iter()
        .filter(|(w, weight)| *weight >= 1.0 && w.chars().count() >= 2)
        .map(|(w, _)| w)
        .collect();
    let known = |w: &String| {
        [f.title_w, f.body_w].iter().any(|field| {
            stats
                .doc_freq(&tantivy::Term::from_field_text(*field, w))
                .unwrap_or(0)
                > 0
        })
    };
    if !typed.is_empty() && typed.iter().all(|w| known(w)) {
        super::rank::DENSE_WEIGHT_KNOWN_WORDS
    } else {
        super::rank::DENSE_WEIGHT
    }
}

/// One page of hits, from `start` (the position a previous page returned in
/// `next`) or from the top.
pub fn search_page(
    index: &KbIndex<'_>,
    q: &Analyzed,
    filter: &Filter,
    start: Option<PagePos>,
    limit: usize,
    counts: Counts,
) -> tantivy::Result<SearchResult> {
    let (searcher, f, vectors) = (index.searcher, index.fields, index.vectors);
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
        usage: Some((f.usage_w, USAGE_BOOST)),
        prefix: false,
    };
    let bigrams = Scored {
        title: f.title_b,
        body: f.body_b,
        tokens: &bigrams,
        title_boost: 2.0,
        usage: None,
        prefix: true,
    };
    let excluded = excluded_docs(searcher, f, filter)?;
    // the dense ranking honours the same filter: by the excluded few, or
    // (with a category, or too many excluded) by the filter's matches
    let only = match (&excluded, filter.category) {
        (Some(_), None) => None,
        _ => Some(searcher.search(
            &BooleanQuery::new(filter_clause(f, filter)),
            &tantivy::collector::DocSetCollector,
        )?),
    };
    let dense = match (vectors, &q.embedding) {
        (Some(vectors), Some(query)) => Some(Dense {
            vectors,
            query,
            weight: dense_weight(&stats, f, &q.words),
            allowed: match &only {
                Some(only) => Allowed::Only(only),
                None => Allowed::Excluding(excluded.as_ref()),
            },
        }),
        _ => None,
    };
    let ranker = Ranker {
        searcher,
        stats: &stats,
        f,
        filter,
        lists: [&words, &bigrams],
        excluded: excluded.as_ref(),
        article_ids: crate::search::collect::FastU64::new(searcher, "article_id"),
        version_ids: crate::search::collect::FastU64::new(searcher, "version_id"),
        dense,
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
