//! Full-text search over tantivy, built for Chinese (see `analysis`).
//!
//! The database is the truth; the indexes are a cache of it. Services write a
//! search-outbox row in the same transaction as each change; one indexer
//! (`service::indexing`) applies the outbox in order through
//! [`SearchEngine::apply`] and commits each index with the last applied
//! outbox id as the commit payload, so a restart resumes where the last
//! commit ended and replays are harmless (every change re-reads the current
//! row). Search returns ids only; callers hydrate them through the normal
//! access path.
pub mod analysis;
pub mod complaints;
pub mod index;
pub mod kb;
pub mod maxscore;
pub mod pool;
pub mod stats;
pub mod synonyms;

use index::{Generation, IndexError};
use jieba_rs::Jieba;
use std::path::{Path, PathBuf};
use std::sync::{Arc, RwLock};
use synonyms::Synonyms;
use tantivy::schema::{Field, Schema};
use tantivy::{DocAddress, Searcher, TantivyDocument, Term};

/// A u64 fast-field value of a document, if the field is a fast field.
pub(crate) fn fast_u64(searcher: &Searcher, field: &str, addr: DocAddress) -> Option<u64> {
    let segment = searcher.segment_reader(addr.segment_ord);
    segment.fast_fields().u64(field).ok()?.first(addr.doc_id)
}

/// The `k` best documents for `query`, best first. Unlike `TopDocs`, which
/// starts every segment from scratch, the score threshold reached in one
/// segment carries into the next (BM25 statistics are searcher-wide, so
/// scores compare across segments).
///
/// Measured on 100k articles / 1M complaints (`examples/search_latency.rs`):
/// for these many-term queries tantivy's block-max WAND path is slower than
/// its buffered union, so the scorer is walked directly (see `TopK`).
#[cfg(test)]
pub(crate) fn top_k(
    searcher: &Searcher,
    query: &dyn tantivy::query::Query,
    k: usize,
) -> tantivy::Result<Vec<(f32, DocAddress)>> {
    top_k_scored(
        searcher,
        tantivy::query::EnableScoring::enabled_from_searcher(searcher),
        query,
        k,
    )
}

/// [`top_k`] with the BM25 statistics taken from `scoring`.
pub(crate) fn top_k_scored(
    searcher: &Searcher,
    scoring: tantivy::query::EnableScoring<'_>,
    query: &dyn tantivy::query::Query,
    k: usize,
) -> tantivy::Result<Vec<(f32, DocAddress)>> {
    if k == 0 {
        return Ok(vec![]);
    }
    let weight = query.weight(scoring)?;
    let mut top = TopK::new(k);
    for (ord, reader) in searcher.segment_readers().iter().enumerate() {
        top.collect_segment(weight.as_ref(), ord as u32, reader)?;
    }
    Ok(top.into_sorted())
}

/// A count of matches: exact, or a lower bound when counting stopped early.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Total {
    pub count: usize,
    pub exact: bool,
}

/// How many documents match `query`, counting no further than `cap`.
pub(crate) fn count_up_to(
    searcher: &Searcher,
    query: &dyn tantivy::query::Query,
    cap: usize,
) -> tantivy::Result<Total> {
    let weight = query.weight(tantivy::query::EnableScoring::disabled_from_searcher(
        searcher,
    ))?;
    let mut count = 0;
    for reader in searcher.segment_readers() {
        let alive = reader.alive_bitset();
        let mut scorer = weight.scorer(reader, 1.0)?;
        let mut doc = scorer.doc();
        while doc != tantivy::TERMINATED {
            if alive.is_none_or(|a| a.is_alive(doc)) {
                count += 1;
                if count > cap {
                    return Ok(Total {
                        count: cap,
                        exact: false,
                    });
                }
            }
            doc = scorer.advance();
        }
    }
    Ok(Total { count, exact: true })
}

#[derive(PartialEq)]
struct Scored(f32, DocAddress);
impl Eq for Scored {}
impl PartialOrd for Scored {
    fn partial_cmp(&self, other: &Self) -> Option<std::cmp::Ordering> {
        Some(self.cmp(other))
    }
}
impl Ord for Scored {
    // higher score first; on ties the earlier document wins, as in TopDocs
    fn cmp(&self, other: &Self) -> std::cmp::Ordering {
        self.0
            .total_cmp(&other.0)
            .then_with(|| other.1.cmp(&self.1))
    }
}

/// A bounded min-heap of the best `k` (score, document) pairs.
pub(crate) struct TopK {
    k: usize,
    heap: std::collections::BinaryHeap<std::cmp::Reverse<Scored>>,
    threshold: f32,
}

impl TopK {
    pub(crate) fn new(k: usize) -> Self {
        TopK {
            k,
            heap: std::collections::BinaryHeap::with_capacity(k + 1),
            threshold: f32::MIN,
        }
    }

    fn collect_segment(
        &mut self,
        weight: &dyn tantivy::query::Weight,
        segment_ord: u32,
        reader: &tantivy::SegmentReader,
    ) -> tantivy::Result<()> {
        self.collect_segment_with(weight, segment_ord, reader, 0.0, |_, score| score)
    }

    /// Like `collect_segment`, with each match's score completed by
    /// `complete(doc, score)`, which adds at most `slack` to it: matches
    /// whose own score cannot reach the threshold even with `slack` added
    /// are skipped.
    pub(crate) fn collect_segment_with(
        &mut self,
        weight: &dyn tantivy::query::Weight,
        segment_ord: u32,
        reader: &tantivy::SegmentReader,
        slack: f32,
        mut complete: impl FnMut(tantivy::DocId, f32) -> f32,
    ) -> tantivy::Result<()> {
        let alive = reader.alive_bitset();
        let k = self.k;
        let heap = &mut self.heap;
        let threshold = &mut self.threshold;
        let lowered = |t: f32| if t == f32::MIN { t } else { t - slack };
        // the scorer itself, not `for_each_pruning`: for a disjunction of
        // many terms that would take tantivy's block-max WAND path, which is
        // slower here than the buffered union (measured: 1.5–2.5× on the
        // 100k-article set)
        let mut scorer = weight.scorer(reader, 1.0)?;
        let mut doc = scorer.doc();
        while doc != tantivy::TERMINATED {
            let own = scorer.score();
            if own > lowered(*threshold) && !alive.is_some_and(|a| a.is_deleted(doc)) {
                let score = complete(doc, own);
                if heap.len() < k || score > *threshold {
                    heap.push(std::cmp::Reverse(Scored(
                        score,
                        DocAddress::new(segment_ord, doc),
                    )));
                    if heap.len() > k {
                        heap.pop();
                    }
                    if heap.len() == k {
                        if let Some(std::cmp::Reverse(min)) = heap.peek() {
                            *threshold = min.0;
                        }
                    }
                }
            }
            doc = scorer.advance();
        }
        Ok(())
    }

    pub(crate) fn into_sorted(self) -> Vec<(f32, DocAddress)> {
        let mut out: Vec<(f32, DocAddress)> = self
            .heap
            .into_iter()
            .map(|std::cmp::Reverse(s)| (s.0, s.1))
            .collect();
        out.sort_by(|a, b| b.0.total_cmp(&a.0).then_with(|| a.1.cmp(&b.1)));
        out
    }
}

/// One index: its schema, its key field and the live generation.
struct Store {
    root: PathBuf,
    schema: Schema,
    key: Field,
    live: RwLock<Arc<Generation>>,
}

impl Store {
    fn open(
        root: PathBuf,
        schema: Schema,
        key: Field,
        jieba: &Arc<Jieba>,
    ) -> Result<Store, IndexError> {
        let dir = match index::current_dir(&root) {
            Some(d) => d,
            None => {
                let d = index::next_generation(&root)?;
                std::fs::create_dir_all(&d)?;
                index::swap_to(&root, &d)?;
                d
            }
        };
        let live = Generation::open(&dir, &schema, jieba)?;
        Ok(Store {
            root,
            schema,
            key,
            live: RwLock::new(Arc::new(live)),
        })
    }

    fn live(&self) -> Arc<Generation> {
        match self.live.read() {
            Ok(g) => g.clone(),
            Err(p) => p.into_inner().clone(),
        }
    }

    fn replace(&self, g: Generation) {
        let mut slot = match self.live.write() {
            Ok(g) => g,
            Err(p) => p.into_inner(),
        };
        *slot = Arc::new(g);
    }

    fn apply(
        &self,
        changes: &[(i64, Vec<TantivyDocument>)],
        checkpoint: i64,
    ) -> Result<(), IndexError> {
        self.live().write(checkpoint, |writer| {
            for (key, docs) in changes {
                writer.delete_term(Term::from_field_u64(self.key, *key as u64));
                for d in docs {
                    writer.add_document(d.clone())?;
                }
            }
            Ok(())
        })
    }

    fn rebuild(
        &self,
        docs: Vec<TantivyDocument>,
        checkpoint: i64,
        jieba: &Arc<Jieba>,
    ) -> Result<(), IndexError> {
        let dir = index::next_generation(&self.root)?;
        {
            let fresh = Generation::open(&dir, &self.schema, jieba)?;
            fresh.write(checkpoint, |writer| {
                for d in docs {
                    writer.add_document(d)?;
                }
                Ok(())
            })?;
            fresh.merge_all()?;
        } // the rebuild's writer is released before anyone else opens the generation
        index::swap_to(&self.root, &dir)?;
        self.replace(Generation::open(&dir, &self.schema, jieba)?);
        index::remove_stale(&self.root);
        Ok(())
    }

    fn follow_swaps(&self, jieba: &Arc<Jieba>) -> Result<(), IndexError> {
        let Some(current) = index::current_dir(&self.root) else {
            return Ok(());
        };
        if current != self.live().dir {
            self.replace(Generation::open(&current, &self.schema, jieba)?);
            index::remove_stale(&self.root);
        }
        Ok(())
    }
}

pub struct SearchEngine {
    pub jieba: Arc<Jieba>,
    pub synonyms: Synonyms,
    kb_fields: kb::KbFields,
    complaint_fields: complaints::ComplaintFields,
    kb: Store,
    complaints: Store,
}

/// A change to apply: the entity's documents are replaced by the given ones
/// (none when it is no longer searchable).
pub struct KbChange {
    pub article_id: i64,
    pub docs: Vec<kb::ArticleDoc>,
}

pub struct ComplaintChange {
    pub complaint_id: i64,
    pub doc: Option<complaints::ComplaintDoc>,
}

impl SearchEngine {
    /// Open (or create) the indexes under `root`.
    pub fn open(root: &Path, synonyms: Synonyms) -> Result<SearchEngine, IndexError> {
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
        Ok(SearchEngine {
            jieba,
            synonyms,
            kb_fields,
            complaint_fields,
            kb,
            complaints,
        })
    }

    /// The last outbox id applied to every index (indexing resumes after it).
    pub fn checkpoint(&self) -> i64 {
        self.kb
            .live()
            .checkpoint()
            .min(self.complaints.live().checkpoint())
    }

    /// Apply changes to both indexes and commit them with `checkpoint` (blocking).
    pub fn apply(
        &self,
        kb_changes: &[KbChange],
        complaint_changes: &[ComplaintChange],
        checkpoint: i64,
    ) -> Result<(), IndexError> {
        let kb: Vec<(i64, Vec<TantivyDocument>)> = kb_changes
            .iter()
            .map(|c| {
                (
                    c.article_id,
                    c.docs
                        .iter()
                        .map(|d| kb::document(&self.kb_fields, d))
                        .collect(),
                )
            })
            .collect();
        let cs: Vec<(i64, Vec<TantivyDocument>)> = complaint_changes
            .iter()
            .map(|c| {
                (
                    c.complaint_id,
                    c.doc
                        .iter()
                        .map(|d| complaints::document(&self.complaint_fields, d))
                        .collect(),
                )
            })
            .collect();
        self.kb.apply(&kb, checkpoint)?;
        self.complaints.apply(&cs, checkpoint)
    }

    /// Search the knowledge base (blocking).
    pub fn search_kb(
        &self,
        query: &str,
        filter: &kb::Filter,
        limit: usize,
        counts: kb::Counts,
    ) -> Result<(kb::SearchResult, kb::Analyzed), IndexError> {
        let analyzed = kb::analyze(&self.jieba, &self.synonyms, query);
        let searcher = self.kb.live().reader.searcher();
        let result = kb::search(&searcher, &self.kb_fields, &analyzed, filter, limit, counts)?;
        Ok((result, analyzed))
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
        let analyzed = kb::analyze(&self.jieba, &self.synonyms, query);
        let searcher = self.kb.live().reader.searcher();
        let result = kb::search_page(
            &searcher,
            &self.kb_fields,
            &analyzed,
            filter,
            start,
            limit,
            counts,
        )?;
        Ok((result, analyzed))
    }

    /// Complaint ids similar to `text` (blocking).
    pub fn similar_complaints(
        &self,
        text: &str,
        exclude: Option<i64>,
        limit: usize,
    ) -> Result<Vec<(i64, f32)>, IndexError> {
        let searcher = self.complaints.live().reader.searcher();
        Ok(complaints::similar(
            &searcher,
            &self.complaint_fields,
            &self.jieba,
            text,
            exclude,
            limit,
        )?)
    }

    /// Build fresh generations from the whole corpus and swap them in (blocking).
    pub fn rebuild(
        &self,
        kb_all: &[KbChange],
        complaints_all: &[ComplaintChange],
        checkpoint: i64,
    ) -> Result<(), IndexError> {
        let kb_docs = kb_all
            .iter()
            .flat_map(|c| c.docs.iter().map(|d| kb::document(&self.kb_fields, d)))
            .collect();
        let c_docs = complaints_all
            .iter()
            .filter_map(|c| {
                c.doc
                    .as_ref()
                    .map(|d| complaints::document(&self.complaint_fields, d))
            })
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

#[cfg(test)]
mod tests {
    use super::*;
    use tantivy::collector::TopDocs;
    use tantivy::query::{BooleanQuery, Occur, Query, TermQuery};
    use tantivy::schema::{IndexRecordOption, TEXT};
    use tantivy::{doc, Index};

    #[test]
    fn top_k_across_segments_agrees_with_top_docs() {
        let mut b = Schema::builder();
        let body = b.add_text_field("body", TEXT);
        let index = Index::create_in_ram(b.build());
        let mut writer = index
            .writer_with_num_threads(1, 15_000_000)
            .expect("writer");
        let words = ["alpha", "beta", "gamma", "delta", "omega"];
        // three segments with different mixes, so per-segment thresholds differ
        for seg in 0..3u64 {
            for i in 0..40u64 {
                let text: Vec<&str> = (0..((i * 7 + seg * 3) % 9 + 1))
                    .map(|j| words[((i + j + seg) % 5) as usize])
                    .collect();
                writer
                    .add_document(doc!(body => text.join(" ")))
                    .expect("add");
            }
            writer.commit().expect("commit");
        }
        let searcher = index.reader().expect("reader").searcher();
        assert_eq!(searcher.segment_readers().len(), 3);
        let query = BooleanQuery::new(
            ["alpha", "gamma", "omega", "missing"]
                .iter()
                .map(|w| {
                    let q: Box<dyn Query> = Box::new(TermQuery::new(
                        Term::from_field_text(body, w),
                        IndexRecordOption::WithFreqs,
                    ));
                    (Occur::Should, q)
                })
                .collect(),
        );
        for k in [1, 5, 17, 200] {
            let ours = top_k(&searcher, &query, k).expect("top_k");
            let theirs = searcher
                .search(&query, &TopDocs::with_limit(k))
                .expect("TopDocs");
            assert_eq!(ours.len(), theirs.len(), "k={k}");
            for ((s1, _), (s2, _)) in ours.iter().zip(&theirs) {
                assert!((s1 - s2).abs() < 1e-5, "k={k}: {ours:?} vs {theirs:?}");
            }
        }
        assert!(top_k(&searcher, &query, 0).expect("k=0").is_empty());
    }

    #[test]
    fn count_up_to_is_exact_below_the_cap_and_a_lower_bound_above() {
        let mut b = Schema::builder();
        let body = b.add_text_field("body", TEXT);
        let id = b.add_u64_field("id", tantivy::schema::INDEXED);
        let index = Index::create_in_ram(b.build());
        let mut writer = index
            .writer_with_num_threads(1, 15_000_000)
            .expect("writer");
        // 3 segments of 50: "common" everywhere, "rare" in every 10th document
        for seg in 0..3u64 {
            for i in 0..50u64 {
                let n = seg * 50 + i;
                let text = if n % 10 == 0 { "common rare" } else { "common" };
                writer
                    .add_document(doc!(body => text, id => n))
                    .expect("add");
            }
            writer.commit().expect("commit");
        }
        // deleted documents are not counted: 0 and 10 go
        writer.delete_term(Term::from_field_u64(id, 0));
        writer.delete_term(Term::from_field_u64(id, 10));
        writer.commit().expect("commit");
        let searcher = index.reader().expect("reader").searcher();
        let term =
            |w: &str| TermQuery::new(Term::from_field_text(body, w), IndexRecordOption::Basic);
        let exact = |count| Total { count, exact: true };
        assert_eq!(
            count_up_to(&searcher, &term("rare"), 100).unwrap(),
            exact(13)
        );
        assert_eq!(
            count_up_to(&searcher, &term("rare"), 13).unwrap(),
            exact(13)
        );
        assert_eq!(
            count_up_to(&searcher, &term("rare"), 12).unwrap(),
            Total {
                count: 12,
                exact: false
            }
        );
        assert_eq!(
            count_up_to(&searcher, &term("common"), 1000).unwrap(),
            exact(148)
        );
        assert_eq!(
            count_up_to(&searcher, &term("common"), 60).unwrap(),
            Total {
                count: 60,
                exact: false
            }
        );
        assert_eq!(
            count_up_to(&searcher, &term("missing"), 10).unwrap(),
            exact(0)
        );
    }
}
