//! Ranking a knowledge-base search: each scored query's best documents under
//! the filter, fused by reciprocal rank (`pages`), one hit per article.
//!
//! Invariants: hits are ordered by fused score, ties by document address, so
//! the same index and query always give the same order; an article appears at
//! most once (its best version); excluded documents (drafts hidden from
//! agents) never reach the hits, whichever path filtered them.
use super::query::{with_filter, Scored};
use super::{Filter, KbFields, DRAFT, PUBLISHED};
use crate::search::stats::QueryStats;
use std::collections::HashSet;
use tantivy::collector::DocSetCollector;
use tantivy::query::Bm25StatisticsProvider;
use tantivy::query::{BooleanQuery, TermQuery};
use tantivy::schema::{Field, IndexRecordOption};
use tantivy::{DocAddress, Searcher, Term};

#[derive(Debug, Clone)]
pub struct Hit {
    pub article_id: i64,
    pub version_id: i64,
    pub score: f32,
}

pub(super) const RRF_K: f32 = 60.0;
/// The lexical ranking and the sentence encoder's are fused by reciprocal
/// rank at this constant, the encoder's weighing `DENSE_WEIGHT` (or
/// `DENSE_WEIGHT_KNOWN_WORDS`, see `search::dense_weight`); articles
/// whose cosine with the query is below `DENSE_FLOOR` are not the encoder's
/// to add (a query about nothing in the knowledge base still finds nothing).
/// All three chosen on the dev split (BENCHMARKS.md, issue 12).
pub(super) const DENSE_RRF_K: f32 = 10.0;
pub(super) const DENSE_WEIGHT: f32 = 1.5;
/// The encoder's weight when every word of the query (two characters or
/// more) occurs in the knowledge base.
pub(super) const DENSE_WEIGHT_KNOWN_WORDS: f32 = 0.75;
pub(super) const DENSE_FLOOR: f32 = 0.25;
/// Most bigram clauses one query keeps: the rarest ones (a caller's rambling
/// sentence yields dozens, and the common ones only add cost, not ranking).
pub(super) const MAX_BIGRAMS: usize = 24;
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
pub(super) fn rarest(
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
pub(super) fn excluded_docs(
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
