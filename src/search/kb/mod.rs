//! The knowledge-base index: one document per live article version (the
//! published one, and for editors the pending draft), ranked by reciprocal
//! rank fusion of a word query (jieba) and a bigram query, title above body,
//! and below both the article's usage evidence: the words of complaints
//! agents answered with it (callers' own phrasing, matched but never shown).
//!
//! Layout: this module holds the schema, the documents and the query
//! analysis; `query` builds the tantivy queries (the state/category filter and
//! the two scored queries), `rank` ranks and fuses them ([`search`]), `facets`
//! counts matches per category.
//!
//! Invariants: the same analysis (`super::analysis`) tokenizes documents and
//! queries; the word and bigram fields of title and body are indexed with the
//! tokenizers named in [`schema`], so a change to either needs a rebuild;
//! drafts are only ever returned when the [`Filter`] asks for them.
pub mod boost;
mod facets;
mod pages;
mod query;
mod rank;
mod search;

pub use pages::PagePos;
pub use rank::Hit;
pub use search::{search, search_page, Counts, KbIndex, SearchResult, TOTAL_EXACT_UP_TO};

use super::analysis::{bigram_tokens, is_cjk, normalize, word_tokens, BIGRAMS, WORDS};
use super::synonyms::Synonyms;
use jieba_rs::Jieba;
use tantivy::schema::{
    BytesOptions, Facet, FacetOptions, Field, IndexRecordOption, NumericOptions, Schema,
    TextFieldIndexing, TextOptions,
};
use tantivy::TantivyDocument;

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
    /// Usage evidence: the words of complaints that agents answered with
    /// the article (never shown, only matched, at a lower weight). Words
    /// only: bigrams of this looser text added noise on the dev split.
    pub usage_w: Field,
    /// The sentence encoder's embedding of [`ArticleDoc::gist`] and its
    /// key, when the encoder is installed (see `super::embeddings`).
    pub vectors: super::embeddings::VectorFields,
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
        usage_w: b.add_text_field("usage_w", text(WORDS)),
        vectors: super::embeddings::VectorFields {
            dense: b.add_bytes_field("dense", BytesOptions::default().set_fast()),
            key: b.add_u64_field("dense_key", NumericOptions::default().set_indexed()),
            dense_name: "dense",
        },
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
    /// Usage evidence (see [`KbFields::usage_w`]); may be empty.
    pub usage: String,
    /// What the sentence encoder reads: the title, the scenario and the
    /// start of the solution (where what the article is about is said).
    pub gist: String,
}

/// Characters of the solution in an article's [`ArticleDoc::gist`] (chosen
/// on the dev split: the whole body dilutes the embedding).
pub const GIST_SOLUTION_CHARS: usize = 200;

/// The text the sentence encoder reads for an article.
pub fn gist(title: &str, scenario: &str, solution: &str) -> String {
    let start: String = solution.chars().take(GIST_SOLUTION_CHARS).collect();
    format!("{title}。{scenario}。{start}")
}

pub fn document(
    f: &KbFields,
    a: &ArticleDoc,
    embedding: Option<&super::dense::Quantized>,
) -> TantivyDocument {
    let mut d = TantivyDocument::new();
    if let Some(e) = embedding {
        d.add_bytes(f.vectors.dense, &e.to_bytes());
        d.add_u64(f.vectors.key, super::embeddings::text_key(&a.gist));
    }
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
    if !a.usage.is_empty() {
        d.add_text(f.usage_w, &a.usage);
    }
    d
}

/// The weight of a general thesaurus's words in a query (the query's own
/// words weigh 1, the domain's synonyms 0.6).
pub const THESAURUS_WEIGHT: f32 = 0.3;

/// The weight of corrected typos and domain synonyms in a query (its own
/// words weigh 1).
pub const CORRECTION_WEIGHT: f32 = 0.6;

/// A parsed query: the tokens to look for, with their weights.
#[derive(Debug, Default)]
pub struct Analyzed {
    pub words: Vec<(String, f32)>,
    pub bigrams: Vec<(String, f32)>,
    /// Phrases worth highlighting (normalised).
    pub highlight: Vec<String>,
    /// The sentence encoder's embedding of the query, when it is installed.
    pub embedding: Option<super::dense::Quantized>,
}

/// Analyse a user query, with typo corrections and synonyms at lower weight.
pub fn analyze(jieba: &Jieba, synonyms: &Synonyms, query: &str) -> Analyzed {
    let normalized = normalize(query);
    let mut a = Analyzed::default();
    expand(jieba, &mut a, &normalized, 1.0);
    for e in synonyms.expansions(&normalized) {
        expand(jieba, &mut a, &e, CORRECTION_WEIGHT);
    }
    // a general thesaurus, when an operator opted in: below the domain's
    // own synonyms (terms the knowledge base lacks match nothing)
    for e in synonyms.thesaurus_expansions(&normalized) {
        expand(jieba, &mut a, &e, THESAURUS_WEIGHT);
    }
    // one-character queries: the character itself is worth finding
    if a.highlight.is_empty() {
        a.highlight = a.words.iter().map(|(w, _)| w.clone()).collect();
    }
    a
}

/// Add the words and bigrams of `text` (normalised) that `a` lacks, at
/// `weight`.
pub fn expand(jieba: &Jieba, a: &mut Analyzed, text: &str, weight: f32) {
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
}

pub struct Filter {
    pub states: Vec<&'static str>,
    pub category: Option<(i64, bool)>, // (id, is top-level)
}
