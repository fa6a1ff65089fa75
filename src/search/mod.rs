//! Full-text search over tantivy, built for Chinese (see `analysis`).
//!
//! The database is the truth; the indexes are a cache of it. Services write a
//! search-outbox row in the same transaction as each change; one indexer
//! (`service::indexing`) applies the outbox in order through
//! [`SearchEngine::apply`] and commits each index with a checkpoint as the
//! commit payload: every outbox id up to it is applied ([`tail`] keeps it
//! gap-safe on PostgreSQL, where ids can commit out of order), so a restart
//! resumes after the last commit and replays are harmless (every change
//! re-reads the current row). Search returns ids only; callers hydrate them through the normal
//! access path.
//!
//! Layout: [`SearchEngine`] (here) owns the two indexes and is the only entry
//! point for services; `store` keeps one index's live generation (apply,
//! rebuild, follow swaps by another process); `collect` gathers top-k results
//! and counts across segments; [`kb`] and [`complaints`] hold each index's
//! schema, documents and queries; [`analysis`] and [`synonyms`] the Chinese
//! text analysis shared by indexing and querying.
//!
//! Invariants: both indexes are committed with the same checkpoint and
//! [`SearchEngine::checkpoint`] is the lower of the two, so a crash between
//! the two commits replays the difference; indexing and querying use the same
//! analysis, so a change to it needs a rebuild (`kesu reindex`).
pub mod analysis;
mod collect;
pub mod complaints;
pub mod dense;
pub mod embeddings;
pub mod homophones;
pub mod index;
pub mod kb;
pub mod maxscore;
mod per_segment;
pub mod pool;
pub mod snippet;
pub mod stats;
mod store;
pub mod synonyms;
pub mod tail;
pub mod vectors;

pub use collect::Total;
use index::IndexError;
use jieba_rs::Jieba;
use std::path::Path;
use std::sync::Arc;
use store::Store;
use synonyms::Synonyms;
use tantivy::TantivyDocument;

pub struct SearchEngine {
    pub jieba: Arc<Jieba>,
    /// The query-time synonyms in force; replaced whole when editors change
    /// them (see `service::kb::synonyms`), so a query sees one consistent list.
    synonyms: std::sync::RwLock<Arc<Synonyms>>,
    kb_fields: kb::KbFields,
    complaint_fields: complaints::ComplaintFields,
    kb: Store,
    complaints: Store,
    /// The indexer's gap-safe view of the outbox above the checkpoint
    /// (one indexer at a time holds it for a whole poll).
    tail: tokio::sync::Mutex<tail::Tail>,
    /// The sentence encoder, when installed: articles are embedded as they
    /// are indexed and queries as they are asked, and the nearest articles
    /// join the ranking (see `kb::pages`).
    encoder: Option<Arc<dense::Encoder>>,
    kb_vectors: vectors::VectorCache,
    /// The knowledge base's vocabulary by sound, for pinyin-input typos.
    kb_sounds: homophones::SoundCache,
    /// Recent queries' embeddings: encoding costs milliseconds, and agents
    /// ask the same questions (and the intake form the same text) again.
    query_vectors: quick_cache::sync::Cache<String, Arc<dense::Quantized>>,
    /// Texts encoded so far (documents and queries; reused vectors and
    /// cached queries not counted).
    encoded: std::sync::atomic::AtomicU64,
}

/// Query embeddings kept (about 0.6 KB each).
const QUERY_VECTORS: usize = 20_000;

/// A change to apply: the entity's documents are replaced by the given ones
/// (none when it is no longer searchable).
pub struct KbChange {
    pub article_id: i64,
    pub docs: Vec<kb::ArticleDoc>,
}

pub struct ComplaintChange {
    pub complaint_id: i64,
    pub doc: Option<complaints::ComplaintDoc>,
    /// The complaint's customer was erased: its document goes, and the
    /// index is merged so that no segment keeps its terms.
    pub purge: bool,
}

impl SearchEngine {
    /// Open (or create) the indexes under `root`.
    pub fn open(
        root: &Path,
        synonyms: Synonyms,
        encoder: Option<Arc<dense::Encoder>>,
    ) -> Result<SearchEngine, IndexError> {
        let jieba = Arc::new(Jieba::new());
        let (kb_schema, kb_fields) = kb::schema();
        let (c_schema, complaint_fields) = complaints::schema();
        let kb = Store::open(root.join("kb"), kb_schema, kb_fields.article_id, &jieba)?;
        let complaints = Store::open(
            root.join("complaints"),
            c_schema,
            complaint_fields.complaint_id,
            &jieba,
        )?;
        let checkpoint = kb.live().checkpoint().min(complaints.live().checkpoint());
        Ok(SearchEngine {
            jieba,
            synonyms: std::sync::RwLock::new(Arc::new(synonyms)),
            kb_fields,
            complaint_fields,
            kb,
            complaints,
            tail: tokio::sync::Mutex::new(tail::Tail::new(checkpoint, tail::MIN_GAP_AGE_MS)),
            encoder,
            kb_vectors: vectors::VectorCache::new("dense"),
            kb_sounds: homophones::SoundCache::new(vec![kb_fields.title_w, kb_fields.body_w]),
            query_vectors: quick_cache::sync::Cache::new(QUERY_VECTORS),
            encoded: Default::default(),
        })
    }

    /// The sentence encoder in use, if any.
    pub fn encoder(&self) -> Option<&Arc<dense::Encoder>> {
        self.encoder.as_ref()
    }

    /// How many texts this engine has encoded (the others' vectors were
    /// reused from the index or the query cache).
    pub fn encoded(&self) -> u64 {
        self.encoded.load(std::sync::atomic::Ordering::Relaxed)
    }

    fn count_encoded(&self, n: usize) {
        self.encoded
            .fetch_add(n as u64, std::sync::atomic::Ordering::Relaxed);
    }

    /// The embedding of a query (from the cache when it was asked lately).
    fn query_embedding(&self, query: &str) -> Option<dense::Quantized> {
        let encoder = self.encoder.as_ref()?;
        if let Some(v) = self.query_vectors.get(query) {
            return Some((*v).clone());
        }
        let v = encoder.encode_quantized(query);
        self.count_encoded(1);
        self.query_vectors
            .insert(query.to_string(), Arc::new(v.clone()));
        Some(v)
    }

    /// The embeddings of `texts` for documents of `store` (none without
    /// the encoder): those its live generation holds already are reused.
    fn embed(
        &self,
        store: &Store,
        f: embeddings::VectorFields,
        texts: &[&str],
    ) -> Vec<Option<dense::Quantized>> {
        let Some(encoder) = &self.encoder else {
            return vec![None; texts.len()];
        };
        let (vectors, encoded) =
            embeddings::embed_all(encoder, &store.live().reader.searcher(), f, texts);
        self.count_encoded(encoded);
        vectors
    }

    fn embed_articles(&self, docs: &[&kb::ArticleDoc]) -> Vec<Option<dense::Quantized>> {
        let texts: Vec<&str> = docs.iter().map(|d| d.gist.as_str()).collect();
        self.embed(&self.kb, self.kb_fields.vectors, &texts)
    }

    fn embed_complaints(
        &self,
        docs: &[&complaints::ComplaintDoc],
    ) -> Vec<Option<dense::Quantized>> {
        let texts: Vec<&str> = docs.iter().map(|d| d.gist.as_str()).collect();
        self.embed(&self.complaints, self.complaint_fields.vectors, &texts)
    }

    /// Whether an index on disk was written with another schema and was
    /// replaced by an empty one: the caller rebuilds it from the database
    /// (`Services::reindex`) before serving.
    pub fn needs_rebuild(&self) -> bool {
        self.was_stale() || self.lacks_embeddings()
    }

    /// Whether an index on disk was written with another schema and was
    /// replaced by an empty one: search finds nothing until it is rebuilt.
    pub fn was_stale(&self) -> bool {
        self.kb.was_stale() || self.complaints.was_stale()
    }

    /// Whether the encoder is installed but some indexed article or
    /// complaint has no embedding (the index was built without it). Search
    /// still works, by its words, until the index is rebuilt.
    pub fn lacks_embeddings(&self) -> bool {
        self.encoder.is_some()
            && [
                (&self.kb, self.kb_fields.vectors),
                (&self.complaints, self.complaint_fields.vectors),
            ]
            .iter()
            .any(|(store, f)| {
                embeddings::missing(&store.live().reader.searcher(), *f).unwrap_or(true)
            })
    }

    /// The synonyms in force now.
    pub fn synonyms(&self) -> Arc<Synonyms> {
        self.synonyms
            .read()
            .unwrap_or_else(std::sync::PoisonError::into_inner)
            .clone()
    }

    /// Put a new list of synonyms in force; queries already running finish
    /// with the old one.
    pub fn set_synonyms(&self, synonyms: Synonyms) {
        *self
            .synonyms
            .write()
            .unwrap_or_else(std::sync::PoisonError::into_inner) = Arc::new(synonyms);
    }

    /// The last outbox id applied to every index (indexing resumes after it).
    pub fn checkpoint(&self) -> i64 {
        self.kb
            .live()
            .checkpoint()
            .min(self.complaints.live().checkpoint())
    }

    /// The indexer's tail of the outbox (see [`tail`]).
    pub fn tail(&self) -> &tokio::sync::Mutex<tail::Tail> {
        &self.tail
    }

    /// Apply changes to both indexes and commit them with `checkpoint` (blocking).
    pub fn apply(
        &self,
        kb_changes: &[KbChange],
        complaint_changes: &[ComplaintChange],
        checkpoint: i64,
    ) -> Result<(), IndexError> {
        let all: Vec<&kb::ArticleDoc> = kb_changes.iter().flat_map(|c| &c.docs).collect();
        let mut embeddings = self.embed_articles(&all).into_iter();
        let kb: Vec<(i64, Vec<TantivyDocument>)> = kb_changes
            .iter()
            .map(|c| {
                (
                    c.article_id,
                    c.docs
                        .iter()
                        .map(|d| {
                            kb::document(&self.kb_fields, d, embeddings.next().flatten().as_ref())
                        })
                        .collect(),
                )
            })
            .collect();
        let docs: Vec<&complaints::ComplaintDoc> = complaint_changes
            .iter()
            .filter_map(|c| c.doc.as_ref())
            .collect();
        let mut embeddings = self.embed_complaints(&docs).into_iter();
        let cs: Vec<(i64, Vec<TantivyDocument>)> = complaint_changes
            .iter()
            .map(|c| {
                (
                    c.complaint_id,
                    c.doc
                        .iter()
                        .map(|d| {
                            let e = embeddings.next().flatten();
                            complaints::document(&self.complaint_fields, d, e.as_ref())
                        })
                        .collect(),
                )
            })
            .collect();
        self.kb.apply(&kb, checkpoint)?;
        if !complaint_changes.iter().any(|c| c.purge) {
            return self.complaints.apply(&cs, checkpoint);
        }
        // an erasure: the deletes are committed under the old checkpoint,
        // merged away, and only then is the checkpoint moved, so whoever
        // sees the new checkpoint sees no segment holding the erased terms
        // (and a crash in between replays the batch, merge included)
        let live = self.complaints.live();
        self.complaints.apply(&cs, live.checkpoint())?;
        live.purge_deleted()?;
        self.complaints.live().write(checkpoint, |_| Ok(()))
    }

    /// In how many (segment, term) pairs of the complaint index the words
    /// of `text` occur, deleted documents included (erasure tests).
    pub fn complaint_terms_on_disk(&self, text: &str) -> Result<usize, IndexError> {
        self.complaints
            .live()
            .terms_on_disk(self.complaint_fields.body_w, text)
    }

    /// Search the knowledge base (blocking).
    pub fn search_kb(
        &self,
        query: &str,
        filter: &kb::Filter,
        limit: usize,
        counts: kb::Counts,
    ) -> Result<(kb::SearchResult, kb::Analyzed), IndexError> {
        self.search_kb_page(query, filter, None, limit, counts)
    }

    /// One page of knowledge-base hits from `start` (see [`kb::PagePos`]).
    pub fn search_kb_page(
        &self,
        query: &str,
        filter: &kb::Filter,
        start: Option<kb::PagePos>,
        limit: usize,
        counts: kb::Counts,
    ) -> Result<(kb::SearchResult, kb::Analyzed), IndexError> {
        let mut analyzed = kb::analyze(&self.jieba, &self.synonyms(), query);
        let searcher = self.kb.live().reader.searcher();
        let f = &self.kb_fields;
        let normalized = analysis::normalize(query);
        // pinyin-input typos the index's vocabulary corrects: their words
        // join the query below its own, and the encoder reads the
        // corrected text (it has no notion of a typo)
        let typos = self.kb_sounds.corrections(
            &self.jieba,
            &searcher,
            &[f.title_b, f.body_b],
            &normalized,
        )?;
        if typos.is_empty() {
            analyzed.embedding = self.query_embedding(query);
        } else {
            let text = homophones::corrected(&normalized, &typos);
            kb::expand(&self.jieba, &mut analyzed, &text, kb::CORRECTION_WEIGHT);
            analyzed.embedding = self.query_embedding(&text);
        }
        let index = kb::KbIndex {
            searcher: &searcher,
            fields: &self.kb_fields,
            vectors: self.encoder.as_ref().map(|_| &self.kb_vectors),
        };
        let result = kb::search_page(&index, &analyzed, filter, start, limit, counts)?;
        Ok((result, analyzed))
    }

    /// Complaints similar to `text` (blocking).
    pub fn similar_complaints(
        &self,
        text: &str,
        like: complaints::Like,
        limit: usize,
    ) -> Result<Vec<complaints::Similar>, IndexError> {
        let searcher = self.complaints.live().reader.searcher();
        // a stored complaint's own text has its vector in the index already
        let embedding = self.encoder.as_ref().and_then(|_| {
            embeddings::stored(
                &searcher,
                self.complaint_fields.vectors,
                embeddings::text_key(text),
            )
            .or_else(|| self.query_embedding(text))
        });
        let index = complaints::ComplaintIndex {
            searcher: &searcher,
            fields: &self.complaint_fields,
            embedding: embedding.as_ref(),
        };
        Ok(complaints::similar(&index, &self.jieba, text, like, limit)?)
    }

    /// Complaint ids matching a queue search, best first (blocking; see
    /// [`complaints::matching`]).
    pub fn matching_complaints(&self, query: &str) -> Result<Vec<i64>, IndexError> {
        let searcher = self.complaints.live().reader.searcher();
        Ok(complaints::matching(
            &searcher,
            &self.complaint_fields,
            &self.jieba,
            &self.synonyms(),
            query,
        )?)
    }

    /// Build fresh generations from the whole corpus and swap them in (blocking).
    pub fn rebuild(
        &self,
        kb_all: &[KbChange],
        complaints_all: &[ComplaintChange],
        checkpoint: i64,
    ) -> Result<(), IndexError> {
        let all: Vec<&kb::ArticleDoc> = kb_all.iter().flat_map(|c| &c.docs).collect();
        let embeddings = self.embed_articles(&all);
        let kb_docs = all
            .iter()
            .zip(&embeddings)
            .map(|(d, e)| kb::document(&self.kb_fields, d, e.as_ref()))
            .collect();
        let docs: Vec<&complaints::ComplaintDoc> = complaints_all
            .iter()
            .filter_map(|c| c.doc.as_ref())
            .collect();
        let embeddings = self.embed_complaints(&docs);
        let c_docs = docs
            .iter()
            .zip(&embeddings)
            .map(|(d, e)| complaints::document(&self.complaint_fields, d, e.as_ref()))
            .collect();
        self.kb.rebuild(kb_docs, checkpoint, &self.jieba)?;
        self.complaints.rebuild(c_docs, checkpoint, &self.jieba)
    }

    /// Pick up generations swapped in by another process (`kesu reindex`).
    pub fn follow_swaps(&self) -> Result<(), IndexError> {
        self.kb.follow_swaps(&self.jieba)?;
        self.complaints.follow_swaps(&self.jieba)
    }
}

impl SearchEngine {
    /// Every complaint id in the complaint index (verification tooling and tests).
    pub fn indexed_complaint_ids(&self) -> Result<Vec<i64>, IndexError> {
        use tantivy::schema::Value;
        let searcher = self.complaints.live().reader.searcher();
        let mut ids = vec![];
        for segment in searcher.segment_readers() {
            let store = segment.get_store_reader(1)?;
            for doc_id in 0..segment.max_doc() {
                if segment.is_deleted(doc_id) {
                    continue;
                }
                let doc: TantivyDocument = store.get(doc_id)?;
                if let Some(id) = doc
                    .get_first(self.complaint_fields.complaint_id)
                    .and_then(|v| v.as_u64())
                {
                    ids.push(id as i64);
                }
            }
        }
        ids.sort_unstable();
        Ok(ids)
    }
}
