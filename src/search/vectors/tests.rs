use super::synthetic::{near, Rng};
use super::*;
use crate::search::dense::Quantized;
use tantivy::schema::{BytesOptions, Schema};
use tantivy::{doc, Index, Term};

struct Fixture {
    searcher: Searcher,
    queries: Vec<Quantized>,
}

/// One segment of `n` documents in 80 topics (every 97th has no vector, the
/// 5th document is deleted), and 40 queries near the topics.
fn fixture(n: usize) -> Fixture {
    let mut schema = Schema::builder();
    let dense = schema.add_bytes_field("dense", BytesOptions::default().set_fast());
    let id = schema.add_u64_field("id", tantivy::schema::INDEXED);
    let index = Index::create_in_ram(schema.build());
    let mut writer = index
        .writer_with_num_threads(1, 50_000_000)
        .expect("writer");
    let mut rng = Rng(0x9e37_79b9_7f4a_7c15);
    let offset: Vec<f32> = rng.vector().iter().map(|x| x * 0.6).collect();
    let centres: Vec<Vec<f32>> = (0..80).map(|_| rng.vector()).collect();
    for i in 0..n {
        if i % 97 == 0 {
            writer.add_document(doc!(id => i as u64)).expect("add");
        } else {
            let v = near(&mut rng, &offset, &centres[i % centres.len()], 1.2);
            writer
                .add_document(doc!(id => i as u64, dense => v.to_bytes()))
                .expect("add");
        }
    }
    writer.commit().expect("commit");
    writer.delete_term(Term::from_field_u64(id, 5));
    writer.commit().expect("commit");
    let queries = (0..40)
        .map(|i| near(&mut rng, &offset, &centres[(i * 7) % centres.len()], 1.6))
        .collect();
    let reader = index.reader().expect("reader");
    Fixture {
        searcher: reader.searcher(),
        queries,
    }
}

type Nearest = Vec<(f32, DocAddress)>;

/// The exact scan's answer and the two-stage scan's.
fn both(
    cache: &VectorCache,
    f: &Fixture,
    q: &Quantized,
    allowed: &Allowed<'_>,
    depth: usize,
) -> (Nearest, Nearest) {
    let exact = cache
        .nearest_by(&f.searcher, q, allowed, 0.1, depth, true)
        .expect("exact");
    let staged = cache
        .nearest_by(&f.searcher, q, allowed, 0.1, depth, false)
        .expect("two stages");
    (exact, staged)
}

/// Above `EXACT_UP_TO` documents the two-stage scan finds nearly every one
/// of the exact scan's nearest, scores them exactly, and honours the floor,
/// deletions, missing vectors and the allowed set as the exact scan does.
#[test]
fn the_two_stage_scan_finds_what_the_exact_scan_finds() {
    let f = fixture(EXACT_UP_TO * 3);
    let cache = VectorCache::new("dense");
    let (mut found, mut wanted) = (0, 0);
    for q in &f.queries {
        let (exact, staged) = both(&cache, &f, q, &Allowed::Excluding(None), 10);
        assert_eq!(exact.len(), 10, "the fixture has near documents");
        for (score, addr) in &staged {
            let hit = exact.iter().find(|(_, a)| a == addr);
            if let Some((s, _)) = hit {
                assert_eq!(s, score, "scores are exact, not approximate");
            }
            assert!(*score >= 0.1);
            assert_ne!(addr.doc_id, 5, "a deleted document");
            assert_ne!(addr.doc_id % 97, 0, "a document without a vector");
        }
        assert!(staged.windows(2).all(|w| w[0].0 >= w[1].0), "nearest first");
        wanted += exact.len();
        found += staged.iter().filter(|s| exact.contains(s)).count();
    }
    let recall = found as f64 / wanted as f64;
    assert!(
        recall >= 0.95,
        "recall@10 of the two-stage scan: {recall:.3}"
    );

    // an allowed set is applied before the shortlist, not after it
    let only: HashSet<DocAddress> = (0..f.searcher.num_docs() as u32)
        .filter(|d| d % 3 == 0)
        .map(|d| DocAddress::new(0, d))
        .collect();
    let (exact, staged) = both(&cache, &f, &f.queries[0], &Allowed::Only(&only), 10);
    assert_eq!(staged.len(), 10, "ten allowed documents are near enough");
    assert!(staged.iter().all(|(_, a)| only.contains(a)));
    assert!(staged.iter().filter(|s| exact.contains(s)).count() >= 8);
    let excluded: HashSet<DocAddress> = exact.iter().map(|(_, a)| *a).collect();
    let (_, staged) = both(
        &cache,
        &f,
        &f.queries[0],
        &Allowed::Excluding(Some(&excluded)),
        10,
    );
    assert!(staged.iter().all(|(_, a)| !excluded.contains(a)));
}

/// A small segment is always scanned exactly.
#[test]
fn a_small_segment_is_scanned_exactly() {
    let f = fixture(EXACT_UP_TO / 2);
    let cache = VectorCache::new("dense");
    for q in &f.queries {
        let (exact, staged) = both(&cache, &f, q, &Allowed::Excluding(None), 10);
        assert_eq!(exact, staged);
    }
}

proptest::proptest! {
    /// Stage one's shortlist is exactly the first `k` kept documents by
    /// (distance, document), whatever the exclusions and ties: what a full
    /// sort would give.
    #[test]
    fn the_shortlist_is_the_nearest_kept_documents_in_order(
        rows in proptest::collection::vec(proptest::array::uniform8(proptest::prelude::any::<u64>()), 0..300),
        query in proptest::array::uniform8(proptest::prelude::any::<u64>()),
        clustered in proptest::prelude::any::<bool>(),
        refused in 1usize..7,
        k in 0usize..120,
    ) {
        // clustered rows share most bits with the query: many equal distances
        let rows: Vec<[u64; WORDS]> = rows
            .into_iter()
            .map(|r| if clustered { std::array::from_fn(|i| query[i] ^ (r[i] & 0x11)) } else { r })
            .collect();
        let vectors = SegmentVectors {
            scales: vec![1.0; rows.len()],
            q: vec![],
            bits: rows.iter().flatten().copied().collect(),
            mean: vec![],
        };
        let keep = |doc: usize| doc % refused != 1;
        let mut reference: Vec<(u32, usize)> = (0..rows.len())
            .filter(|&d| keep(d))
            .map(|d| (hamming(&query, &rows[d]), d))
            .collect();
        reference.sort();
        let reference: Vec<usize> = reference.into_iter().take(k).map(|(_, d)| d).collect();
        proptest::prop_assert_eq!(shortlisted(&query, &vectors, keep, k), reference);
    }
}
