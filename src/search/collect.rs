//! Collecting matches: the `k` best documents of a query across segments
//! ([`top_k_scored`], with [`TopK`] for callers that walk segments themselves),
//! a capped count ([`count_up_to`]) and fast-field lookups ([`FastU64`]).
//!
//! Invariants: results are ordered by score, best first, and on equal scores
//! the earlier document (segment ordinal, then doc id) wins, as with tantivy's
//! `TopDocs`; deleted documents are never returned or counted.
use tantivy::{DocAddress, Searcher};

/// A u64 fast field read for many documents: each segment's column is
/// opened once (opening one deserialises its header; per document, that was
/// a third of a knowledge-base search's time at 100,000 articles).
pub(crate) struct FastU64<'a> {
    searcher: &'a Searcher,
    field: &'static str,
    columns:
        std::cell::RefCell<std::collections::HashMap<u32, Option<tantivy::columnar::Column<u64>>>>,
}

impl<'a> FastU64<'a> {
    pub(crate) fn new(searcher: &'a Searcher, field: &'static str) -> FastU64<'a> {
        FastU64 {
            searcher,
            field,
            columns: Default::default(),
        }
    }

    pub(crate) fn get(&self, addr: DocAddress) -> Option<u64> {
        let mut columns = self.columns.borrow_mut();
        let column = columns.entry(addr.segment_ord).or_insert_with(|| {
            self.searcher
                .segment_reader(addr.segment_ord)
                .fast_fields()
                .u64(self.field)
                .ok()
        });
        column.as_ref()?.first(addr.doc_id)
    }
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

#[cfg(test)]
mod tests {
    use super::*;
    use tantivy::collector::TopDocs;
    use tantivy::query::{BooleanQuery, Occur, Query, TermQuery};
    use tantivy::schema::Schema;
    use tantivy::schema::{IndexRecordOption, TEXT};
    use tantivy::Term;
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
