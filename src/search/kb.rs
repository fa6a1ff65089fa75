//! The knowledge-base index: one document per live article version (the
//! published one, and for editors the pending draft), ranked by reciprocal
//! rank fusion of a word query (jieba) and a bigram query, title above body.
mod counts;
mod pages;
pub use pages::PagePos;

use super::analysis::{bigram_tokens, is_cjk, normalize, word_tokens, BIGRAMS, WORDS};
use super::stats::QueryStats;
use super::synonyms::Synonyms;
use jieba_rs::Jieba;
use std::collections::HashSet;
use tantivy::collector::DocSetCollector;
use tantivy::query::Bm25StatisticsProvider;
use tantivy::query::{BooleanQuery, BoostQuery, Occur, Query, RegexQuery, TermQuery};
use tantivy::schema::{
    Facet, FacetOptions, Field, IndexRecordOption, NumericOptions, Schema, TextFieldIndexing,
    TextOptions,
};
use tantivy::{DocAddress, Searcher, TantivyDocument, Term};

#[derive(Clone, Copy)]
pub struct KbFields {
    pub article_id: Field,
    pub version_id: Field,
    pub state: Field,
    pub category: Field,
    pub cat: Field,
    pub title_w: Field,
    pub title_b: Field,
    pub body_w: Field,
    pub body_b: Field,
}

pub const PUBLISHED: &str = "published";
pub const DRAFT: &str = "draft";

fn text(tokenizer: &str) -> TextOptions {
    TextOptions::default().set_indexing_options(
        TextFieldIndexing::default()
            .set_tokenizer(tokenizer)
            .set_index_option(IndexRecordOption::WithFreqs),
    )
}

pub fn schema() -> (Schema, KbFields) {
    let mut b = Schema::builder();
    let id = NumericOptions::default()
        .set_indexed()
        .set_stored()
        .set_fast();
    let fields = KbFields {
        article_id: b.add_u64_field("article_id", id.clone()),
        version_id: b.add_u64_field(
            "version_id",
            NumericOptions::default().set_stored().set_fast(),
        ),
        state: b.add_text_field("state", tantivy::schema::STRING),
        category: b.add_u64_field(
            "category",
            NumericOptions::default().set_indexed().set_fast(),
        ),
        cat: b.add_facet_field("cat", FacetOptions::default()),
        title_w: b.add_text_field("title_w", text(WORDS)),
        title_b: b.add_text_field("title_b", text(BIGRAMS)),
        body_w: b.add_text_field("body_w", text(WORDS)),
        body_b: b.add_text_field("body_b", text(BIGRAMS)),
    };
    (b.build(), fields)
}

/// What the index needs to know about one article version.
#[derive(Debug, Clone)]
pub struct ArticleDoc {
    pub article_id: i64,
    pub version_id: i64,
    pub state: &'static str,
    pub category_id: i64,
    pub top_category_id: i64,
    pub title: String,
    pub tags: Vec<String>,
    pub body: String,
}

pub fn document(f: &KbFields, a: &ArticleDoc) -> TantivyDocument {
    let mut d = TantivyDocument::new();
    d.add_u64(f.article_id, a.article_id as u64);
    d.add_u64(f.version_id, a.version_id as u64);
    d.add_text(f.state, a.state);
    d.add_u64(f.category, a.category_id as u64);
    d.add_facet(
        f.cat,
        Facet::from_path([a.top_category_id.to_string(), a.category_id.to_string()]),
    );
    let title = format!("{} {}", a.title, a.tags.join(" "));
    d.add_text(f.title_w, &title);
    d.add_text(f.title_b, &title);
    d.add_text(f.body_w, &a.body);
    d.add_text(f.body_b, &a.body);
    d
}

/// A parsed query: the tokens to look for, with their weights.
#[derive(Debug, Default)]
pub struct Analyzed {
    pub words: Vec<(String, f32)>,
    pub bigrams: Vec<(String, f32)>,
    /// Phrases worth highlighting (normalised).
    pub highlight: Vec<String>,
}

/// Analyse a user query, with typo corrections and synonyms at lower weight.
pub fn analyze(jieba: &Jieba, synonyms: &Synonyms, query: &str) -> Analyzed {
    let normalized = normalize(query);
    let mut a = Analyzed::default();
    let add = |text: &str, weight: f32, a: &mut Analyzed| {
        for w in word_tokens(jieba, text) {
            if !a.words.iter().any(|(t, _)| *t == w) {
                if w.chars().count() >= 2 || !w.chars().all(is_cjk) {
                    a.highlight.push(w.clone());
                }
                a.words.push((w, weight));
            }
        }
        for b in bigram_tokens(text) {
            if !a.bigrams.iter().any(|(t, _)| *t == b) {
                a.bigrams.push((b, weight));
            }
        }
    };
    add(&normalized, 1.0, &mut a);
    for e in synonyms.expansions(&normalized) {
        add(&e, 0.6, &mut a);
    }
    // one-character queries: the character itself is worth finding
    if a.highlight.is_empty() {
        a.highlight = a.words.iter().map(|(w, _)| w.clone()).collect();
    }
    a
}

pub struct Filter {
    pub states: Vec<&'static str>,
    pub category: Option<(i64, bool)>, // (id, is top-level)
}

fn filter_clause(f: &KbFields, filter: &Filter) -> Vec<(Occur, Box<dyn Query>)> {
    let mut must: Vec<(Occur, Box<dyn Query>)> = vec![];
    let states: Vec<(Occur, Box<dyn Query>)> = filter
        .states
        .iter()
        .map(|s| {
            let q: Box<dyn Query> = Box::new(TermQuery::new(
                Term::from_field_text(f.state, s),
                IndexRecordOption::Basic,
            ));
            (Occur::Should, q)
        })
        .collect();
    must.push((Occur::Must, Box::new(BooleanQuery::new(states))));
    if let Some((id, top)) = filter.category {
        let q: Box<dyn Query> = if top {
            Box::new(tantivy::query::TermQuery::new(
                Term::from_facet(f.cat, &Facet::from_path([id.to_string()])),
                IndexRecordOption::Basic,
            ))
        } else {
            Box::new(TermQuery::new(
                Term::from_field_u64(f.category, id as u64),
                IndexRecordOption::Basic,
            ))
        };
        must.push((Occur::Must, q));
    }
    must
}

fn term_queries(
    field_title: Field,
    field_body: Field,
    tokens: &[(String, f32)],
    title_boost: f32,
    prefix: bool,
) -> Vec<(Occur, Box<dyn Query>)> {
    let mut out: Vec<(Occur, Box<dyn Query>)> = vec![];
    for (t, w) in tokens {
        for (field, boost) in [(field_title, title_boost * w), (field_body, *w)] {
            let single_cjk = t.chars().count() == 1 && t.chars().all(is_cjk);
            let q: Box<dyn Query> = if prefix && single_cjk {
                // a lone character: any bigram that starts with it
                match RegexQuery::from_pattern(&format!("{}.", regex_escape(t)), field) {
                    Ok(q) => Box::new(q),
                    Err(_) => continue,
                }
            } else {
                Box::new(TermQuery::new(
                    Term::from_field_text(field, t),
                    IndexRecordOption::WithFreqs,
                ))
            };
            out.push((Occur::Should, Box::new(BoostQuery::new(q, boost))));
        }
    }
    out
}

fn regex_escape(s: &str) -> String {
    s.chars()
        .map(|c| {
            if c.is_alphanumeric() || is_cjk(c) {
                c.to_string()
            } else {
                format!("\\{c}")
            }
        })
        .collect()
}

fn with_filter(
    clauses: Vec<(Occur, Box<dyn Query>)>,
    f: &KbFields,
    filter: &Filter,
) -> BooleanQuery {
    let mut all = filter_clause(f, filter);
    all.push((Occur::Must, Box::new(BooleanQuery::new(clauses))));
    BooleanQuery::new(all)
}

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
    pub total: Option<super::Total>,
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

const RRF_K: f32 = 60.0;
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

/// One of the two scored queries: tokens looked for in a title and a body field.
struct Scored<'a> {
    title: Field,
    body: Field,
    tokens: &'a [(String, f32)],
    title_boost: f32,
    /// A lone CJK character matches any bigram it starts.
    prefix: bool,
}

impl Scored<'_> {
    /// The weighted terms, unless a lone character needs a prefix match.
    fn terms(&self) -> Option<Vec<(Term, f32)>> {
        let mut out = vec![];
        for (t, w) in self.tokens {
            if self.prefix && t.chars().count() == 1 && t.chars().all(is_cjk) {
                return None;
            }
            out.push((Term::from_field_text(self.title, t), self.title_boost * w));
            out.push((Term::from_field_text(self.body, t), *w));
        }
        Some(out)
    }

    fn clauses(&self) -> Vec<(Occur, Box<dyn Query>)> {
        term_queries(
            self.title,
            self.body,
            self.tokens,
            self.title_boost,
            self.prefix,
        )
    }
}

/// The best `depth` documents for one scored query under the filter. Without
/// a category filter the query stays a plain disjunction and the few
/// excluded documents (drafts hidden from agents) are dropped afterwards,
/// instead of intersecting every match with the state filter. A category
/// filter is applied inside the query, where it narrows the work.
fn top_docs(
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
                    super::maxscore::top_k_terms(searcher, stats, &terms, k, rare)?
                }
                None => super::top_k_scored(
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
        _ => super::top_k_scored(
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
    let ranker = pages::Ranker {
        searcher,
        stats: &stats,
        f,
        filter,
        lists: [&words, &bigrams],
        excluded: excluded.as_ref(),
    };
    let (hits, next) = ranker.page(start, limit)?;
    // facet counts and the total walk every match, unscored: only when asked for
    let (facets, total) = counts::count(searcher, f, filter, &words, &bigrams, counts)?;
    Ok(SearchResult {
        hits,
        facets,
        total,
        next,
    })
}
