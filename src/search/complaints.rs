//! The complaint index, for "similar complaints": title, description,
//! product and category name (never personal data). Candidates come from a
//! word query and a bigram query built from the source text's most
//! distinctive terms; they are ordered by how much of that weight they
//! match (blended with the texts' embeddings' cosine when the encoder is
//! installed), the source's category first among near equals.
use super::analysis::{bigram_tokens, normalize, word_tokens, BIGRAMS, WORDS};
use super::dense::Quantized;
use super::embeddings::VectorFields;
use super::stats::QueryStats;
use super::synonyms::Synonyms;
use jieba_rs::Jieba;
use std::collections::HashMap;
use tantivy::query::{Bm25StatisticsProvider, BooleanQuery, Occur, Query, TermQuery};
use tantivy::schema::{
    BytesOptions, Field, IndexRecordOption, NumericOptions, Schema, TextFieldIndexing, TextOptions,
    Value,
};
use tantivy::{DocAddress, Searcher, TantivyDocument, Term};

#[derive(Clone, Copy)]
pub struct ComplaintFields {
    pub complaint_id: Field,
    /// The complaint's category (a fast field: similar complaints of the
    /// source's category rank first among equals, see [`CATEGORY_BONUS`]).
    pub category_id: Field,
    pub title_w: Field,
    pub title_b: Field,
    pub body_w: Field,
    pub body_b: Field,
    /// The sentence encoder's embedding of [`ComplaintDoc::gist`] and its
    /// key, when the encoder is installed (see `super::embeddings`).
    pub vectors: VectorFields,
}

fn text(tokenizer: &str) -> TextOptions {
    TextOptions::default().set_indexing_options(
        TextFieldIndexing::default()
            .set_tokenizer(tokenizer)
            .set_index_option(IndexRecordOption::WithFreqs),
    )
}

pub fn schema() -> (Schema, ComplaintFields) {
    let mut b = Schema::builder();
    let fields = ComplaintFields {
        complaint_id: b.add_u64_field(
            "complaint_id",
            NumericOptions::default()
                .set_indexed()
                .set_stored()
                .set_fast(),
        ),
        category_id: b.add_u64_field("category_id", NumericOptions::default().set_fast()),
        title_w: b.add_text_field("title_w", text(WORDS)),
        title_b: b.add_text_field("title_b", text(BIGRAMS)),
        body_w: b.add_text_field("body_w", text(WORDS)),
        body_b: b.add_text_field("body_b", text(BIGRAMS)),
        vectors: VectorFields {
            dense: b.add_bytes_field("dense", BytesOptions::default().set_fast()),
            key: b.add_u64_field("dense_key", NumericOptions::default().set_indexed()),
            dense_name: "dense",
        },
    };
    // never written: marks an index whose text had personal numbers
    // scrubbed before indexing, so an index written before is rebuilt
    b.add_u64_field("pii_scrubbed_v1", NumericOptions::default());
    (b.build(), fields)
}

#[derive(Debug, Clone)]
pub struct ComplaintDoc {
    pub complaint_id: i64,
    pub category_id: i64,
    pub title: String,
    /// Description, product and category name.
    pub body: String,
    /// What the sentence encoder reads ([`gist`]).
    pub gist: String,
}

/// The text the sentence encoder reads for a complaint; also the source
/// text of "complaints like this one", so that search finds the stored
/// embedding by its key instead of encoding it again.
pub fn gist(title: &str, description: &str, product_model: Option<&str>) -> String {
    format!("{title}\n{description}\n{}", product_model.unwrap_or(""))
}

pub fn document(
    f: &ComplaintFields,
    c: &ComplaintDoc,
    embedding: Option<&Quantized>,
) -> TantivyDocument {
    let mut d = TantivyDocument::new();
    if let Some(e) = embedding {
        d.add_bytes(f.vectors.dense, &e.to_bytes());
        d.add_u64(f.vectors.key, super::embeddings::text_key(&c.gist));
    }
    d.add_u64(f.complaint_id, c.complaint_id as u64);
    d.add_u64(f.category_id, c.category_id as u64);
    d.add_text(f.title_w, &c.title);
    d.add_text(f.title_b, &c.title);
    d.add_text(f.body_w, &c.body);
    d.add_text(f.body_b, &c.body);
    d
}

/// Like Elasticsearch's more-like-this `max_doc_freq`: a term in more than
/// this share of the complaints says little about the problem and costs the
/// most to score, so it is left out (at least `MIN_TERMS` rarest terms stay).
const MAX_DOC_FREQ_SHARE: f32 = 0.02;
/// Below this many documents every term may stay.
const MAX_DOC_FREQ_FLOOR: u64 = 1000;
const MIN_TERMS: usize = 3;
/// Each ranking fused is at least this deep, however few results are asked
/// for: fusion needs more than the page (precision@5 on the labelled
/// clusters: 0.558 at 26, 0.555 when the depth followed a page of 5).
const FUSION_DEPTH: usize = 26;

/// The `keep` most distinctive terms of `tokens` in `field`, weighted by
/// idf and term frequency (terms absent from the index dropped).
fn distinctive(
    searcher: &Searcher,
    stats: &QueryStats<'_>,
    field: Field,
    tokens: Vec<String>,
    keep: usize,
) -> Vec<(String, f32)> {
    let n = searcher.num_docs().max(1) as f32;
    let max_df = ((n * MAX_DOC_FREQ_SHARE) as u64).max(MAX_DOC_FREQ_FLOOR);
    let mut counted: HashMap<String, u32> = HashMap::new();
    for t in tokens {
        *counted.entry(t).or_default() += 1;
    }
    let mut scored: Vec<(String, f32, u64)> = counted
        .into_iter()
        .filter_map(|(t, tf)| {
            let df = stats.doc_freq(&Term::from_field_text(field, &t)).ok()?;
            (df > 0).then(|| {
                let dff = df as f32;
                let idf = (1.0 + (n - dff + 0.5) / (dff + 0.5)).ln();
                (t, idf * (1.0 + (tf as f32).ln()), df)
            })
        })
        .collect();
    scored.sort_by(|a, b| b.1.total_cmp(&a.1).then_with(|| a.0.cmp(&b.0)));
    let common_from = scored
        .iter()
        .position(|(_, _, df)| *df > max_df)
        .unwrap_or(scored.len());
    scored.truncate(keep.min(common_from.max(MIN_TERMS)));
    scored.into_iter().map(|(t, w, _)| (t, w)).collect()
}

fn field_terms(title: Field, body: Field, terms: &[(String, f32)]) -> Vec<(Term, f32)> {
    let mut out = vec![];
    for (t, w) in terms {
        out.push((Term::from_field_text(title, t), 2.0 * w));
        out.push((Term::from_field_text(body, t), *w));
    }
    out
}

/// What a document scores on `terms` when it holds each term once at the
/// average length: Σ boost × idf (tantivy's BM25 with k1 = 1.2, b = 0.75
/// gives a term `boost × idf × (1 + k1) × tf / (tf + k1)` there). Dividing a
/// score by it gives the share of the query's weight a document matched, a
/// figure comparable from one query to the next, unlike the score itself.
fn reference_score(stats: &QueryStats<'_>, terms: &[(Term, f32)]) -> f32 {
    let n = stats.total_num_docs().unwrap_or(0).max(1) as f32;
    terms
        .iter()
        .map(|(term, boost)| {
            let df = stats.doc_freq(term).unwrap_or(0) as f32;
            if df == 0.0 {
                return 0.0;
            }
            boost * (1.0 + (n - df + 0.5) / (df + 0.5)).ln()
        })
        .sum()
}

/// A complaint like the source text: its place in the fused ranking and how
/// much of the text's distinctive weight it matched.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Similar {
    pub complaint_id: i64,
    /// Reciprocal-rank fusion score of the word and bigram rankings (for
    /// diagnosis: the order is by `strength` and the category, see
    /// [`CATEGORY_BONUS`]).
    pub fused: f32,
    /// How alike it is, 0–1, comparable from one query to the next so that
    /// a calibrated threshold keeps unrelated complaints out: the mean over
    /// both rankings of score / [`reference_score`], capped at 1 (0 where
    /// the complaint is not in a ranking); when `semantic`, blended with the
    /// cosine of the two texts' embeddings (see [`COSINE_WEIGHT`]).
    pub strength: f32,
    /// Whether the sentence encoder took part (the order and `strength` are
    /// then the blend's, with its own calibrated threshold).
    pub semantic: bool,
}

/// The cosine's weight beside the lexical strength in the blend (chosen on
/// the dev clusters: P@5 0.579, 0.588, 0.586 at 0.35, 0.5 and 0.7).
pub const COSINE_WEIGHT: f32 = 0.5;
/// With the encoder, each lexical ranking is this deep and the blend
/// reorders their union (dev P@5 0.576 at 26, 0.588 at 60).
const SEMANTIC_DEPTH: usize = 60;

/// Added to the order (not to `strength`, so not to the cut) of a
/// candidate in the source complaint's category: with the encoder, and by
/// the lexical strength alone. Chosen on the dev clusters (P@5 with the
/// encoder 0.588, 0.626, 0.634, 0.620 at 0, 0.05, 0.1, 0.2; lexical 0.511,
/// 0.580, 0.569 at 0, 0.05, 0.1). The category is the agent's reading of
/// the problem, so it separates what the words share: the same product with
/// another fault.
pub const CATEGORY_BONUS: (f32, f32) = (0.1, 0.05);

/// What the similar complaints are like: the source complaint (left out)
/// and its category, when the source is a stored complaint.
#[derive(Debug, Clone, Copy, Default)]
pub struct Like {
    pub exclude: Option<i64>,
    pub category_id: Option<i64>,
}

/// The index and, when the encoder is installed, the source text's embedding.
pub struct ComplaintIndex<'a> {
    pub searcher: &'a Searcher,
    pub fields: &'a ComplaintFields,
    pub embedding: Option<&'a Quantized>,
}

/// Complaints most like `text`, best first (the caller filters by access).
pub fn similar(
    index: &ComplaintIndex<'_>,
    jieba: &Jieba,
    text: &str,
    like: Like,
    limit: usize,
) -> tantivy::Result<Vec<Similar>> {
    let (searcher, f) = (index.searcher, index.fields);
    let normalized = normalize(text);
    let stats = QueryStats::new(searcher);
    let depth = (limit + 1).max(if index.embedding.is_some() {
        SEMANTIC_DEPTH
    } else {
        FUSION_DEPTH
    });
    let words = distinctive(
        searcher,
        &stats,
        f.body_w,
        word_tokens(jieba, &normalized),
        25,
    );
    let bigrams = distinctive(searcher, &stats, f.body_b, bigram_tokens(&normalized), 40);
    // per document: fused rank score, summed strength
    let mut fused: HashMap<DocAddress, (f32, f32)> = HashMap::new();
    for terms in [
        field_terms(f.title_w, f.body_w, &words),
        field_terms(f.title_b, f.body_b, &bigrams),
    ] {
        let reference = reference_score(&stats, &terms);
        // every term here is rare already (`distinctive`): nothing for
        // `maxscore` to set aside (measured: no gain)
        let top = super::collect::top_k_scored(
            searcher,
            stats.scoring(),
            &super::maxscore::term_union(terms),
            depth,
        )?;
        for (rank, (score, addr)) in top.into_iter().enumerate() {
            let e = fused.entry(addr).or_default();
            e.0 += 1.0 / (60.0 + rank as f32 + 1.0);
            if reference > 0.0 {
                e.1 += (score / reference).min(1.0) / 2.0;
            }
        }
    }
    let mut ranked: Vec<(DocAddress, (f32, f32))> = fused.into_iter().collect();
    if let Some(source) = index.embedding {
        let cosines = cosines(searcher, f.vectors, source, ranked.iter().map(|r| r.0))?;
        for ((_, (_, strength)), cos) in ranked.iter_mut().zip(cosines) {
            *strength = (*strength + COSINE_WEIGHT * cos.max(0.0)) / (1.0 + COSINE_WEIGHT);
        }
    }
    // most alike first, the source's category ahead among near equals
    let bonus = if index.embedding.is_some() {
        CATEGORY_BONUS.0
    } else {
        CATEGORY_BONUS.1
    };
    let categories = super::collect::FastU64::new(searcher, "category_id");
    let order = |addr: DocAddress, strength: f32| {
        let same = like
            .category_id
            .is_some_and(|c| categories.get(addr) == Some(c as u64));
        strength + if same { bonus } else { 0.0 }
    };
    let mut keyed: Vec<(f32, DocAddress, (f32, f32))> = ranked
        .drain(..)
        .map(|(addr, v)| (order(addr, v.1), addr, v))
        .collect();
    keyed.sort_by(|a, b| b.0.total_cmp(&a.0).then(a.1.cmp(&b.1)));
    let ranked = keyed.into_iter().map(|(_, addr, v)| (addr, v));
    let mut out = vec![];
    let ids = super::collect::FastU64::new(searcher, "complaint_id");
    for (addr, (fused, strength)) in ranked {
        let id = match ids.get(addr) {
            Some(id) => id as i64,
            None => {
                let doc: TantivyDocument = searcher.doc(addr)?;
                doc.get_first(f.complaint_id)
                    .and_then(|v| v.as_u64())
                    .unwrap_or(0) as i64
            }
        };
        if Some(id) != like.exclude {
            out.push(Similar {
                complaint_id: id,
                fused,
                strength,
                semantic: index.embedding.is_some(),
            });
        }
        if out.len() >= limit {
            break;
        }
    }
    Ok(out)
}

/// Each document's cosine with `source` (0 for one without a vector),
/// reading every segment's vector column once.
fn cosines(
    searcher: &Searcher,
    f: VectorFields,
    source: &Quantized,
    docs: impl Iterator<Item = DocAddress>,
) -> tantivy::Result<Vec<f32>> {
    let mut columns = HashMap::new();
    let mut buf = vec![];
    let mut out = vec![];
    for addr in docs {
        let column = match columns.entry(addr.segment_ord) {
            std::collections::hash_map::Entry::Occupied(e) => e.into_mut(),
            std::collections::hash_map::Entry::Vacant(e) => e.insert(
                searcher
                    .segment_reader(addr.segment_ord)
                    .fast_fields()
                    .bytes(f.dense_name)?,
            ),
        };
        let stored = match column {
            Some(column) => super::embeddings::vector_at(column, addr.doc_id, &mut buf)?,
            None => None,
        };
        out.push(stored.map_or(0.0, |v| source.cosine(&v)));
    }
    Ok(out)
}

/// At most this many complaint ids come back from [`matching`] (the best
/// scoring); the queue then sorts and pages them in SQL, so a broader query
/// lists only its 2,000 best matches.
pub const MAX_MATCHING: usize = 2000;

/// One word of a query: its word token in either field, or all its bigrams
/// (spread over title and body, so a different segmentation still matches).
fn word_clause(f: &ComplaintFields, word: &str) -> Box<dyn Query> {
    let term = |field: Field, t: &str| -> Box<dyn Query> {
        Box::new(TermQuery::new(
            Term::from_field_text(field, t),
            IndexRecordOption::WithFreqs,
        ))
    };
    let mut any: Vec<(Occur, Box<dyn Query>)> = vec![
        (Occur::Should, term(f.title_w, word)),
        (Occur::Should, term(f.body_w, word)),
    ];
    let bigrams = bigram_tokens(word);
    if !bigrams.is_empty() {
        let all: Vec<(Occur, Box<dyn Query>)> = bigrams
            .iter()
            .map(|b| {
                let either: Box<dyn Query> = Box::new(BooleanQuery::new(vec![
                    (Occur::Should, term(f.title_b, b)),
                    (Occur::Should, term(f.body_b, b)),
                ]));
                (Occur::Must, either)
            })
            .collect();
        any.push((Occur::Should, Box::new(BooleanQuery::new(all))));
    }
    Box::new(BooleanQuery::new(any))
}

/// Every word of `phrase` (`None` when it has no words).
fn phrase_clause(f: &ComplaintFields, jieba: &Jieba, phrase: &str) -> Option<Box<dyn Query>> {
    let mut words = word_tokens(jieba, phrase);
    words.dedup();
    let musts: Vec<(Occur, Box<dyn Query>)> = words
        .iter()
        .map(|w| (Occur::Must, word_clause(f, w)))
        .collect();
    (!musts.is_empty()).then(|| Box::new(BooleanQuery::new(musts)) as Box<dyn Query>)
}

/// Complaint ids matching a queue search, best first, at most [`MAX_MATCHING`]:
/// every whitespace-separated part of `query` must match, a part matching
/// when all its words do (see `word_clause`) or when one of its synonyms or
/// typo corrections does (the caller filters by access).
pub fn matching(
    searcher: &Searcher,
    f: &ComplaintFields,
    jieba: &Jieba,
    synonyms: &Synonyms,
    query: &str,
) -> tantivy::Result<Vec<i64>> {
    let normalized = normalize(query);
    let mut parts: Vec<(Occur, Box<dyn Query>)> = vec![];
    for part in normalized.split_whitespace() {
        let alternatives: Vec<(Occur, Box<dyn Query>)> = std::iter::once(part.to_string())
            .chain(synonyms.expansions(part))
            .filter_map(|p| phrase_clause(f, jieba, &p))
            .map(|q| (Occur::Should, q))
            .collect();
        if !alternatives.is_empty() {
            parts.push((Occur::Must, Box::new(BooleanQuery::new(alternatives))));
        }
    }
    if parts.is_empty() {
        return Ok(vec![]);
    }
    let query = BooleanQuery::new(parts);
    let top = super::collect::top_k_scored(
        searcher,
        tantivy::query::EnableScoring::enabled_from_searcher(searcher),
        &query,
        MAX_MATCHING,
    )?;
    let ids = super::collect::FastU64::new(searcher, "complaint_id");
    Ok(top
        .into_iter()
        .filter_map(|(_, addr)| ids.get(addr))
        .map(|id| id as i64)
        .collect())
}
