//! The knowledge base's dense ranking at scale, without the encoder: one
//! index segment of N synthetic embeddings (topics around a shared offset,
//! as sentence embeddings are), 200 queries, the exact scan against the
//! two-stage one (`src/search/vectors.rs`): time per query and recall of
//! the nearest 50 (the depth kbSearch asks for a first page).
//!
//!   cargo run --release --example dense_scan -- [N] [two-stage]
use kesu::search::dense::{Quantized, DIM};
use kesu::search::vectors::synthetic::{near, Rng};
use kesu::search::vectors::{set_exact_only, Allowed, VectorCache};
use std::time::{Duration, Instant};
use tantivy::schema::{BytesOptions, Schema};
use tantivy::{doc, Index};

fn main() {
    let n: usize = std::env::args()
        .nth(1)
        .and_then(|a| a.parse().ok())
        .unwrap_or(100_000);
    let mut schema = Schema::builder();
    let dense = schema.add_bytes_field("dense", BytesOptions::default().set_fast());
    let index = Index::create_in_ram(schema.build());
    let mut writer = index
        .writer_with_num_threads(1, 200_000_000)
        .expect("writer");
    let mut rng = Rng(0x9e37_79b9_7f4a_7c15);
    let offset: Vec<f32> = (0..DIM).map(|_| rng.uniform() * 0.6).collect();
    let centres: Vec<Vec<f32>> = (0..2_000).map(|_| rng.vector()).collect();
    for i in 0..n {
        let v = near(&mut rng, &offset, &centres[i % centres.len()], 1.2);
        writer
            .add_document(doc!(dense => v.to_bytes()))
            .expect("add");
    }
    writer.commit().expect("commit");
    let searcher = index.reader().expect("reader").searcher();
    let queries: Vec<Quantized> = (0..200)
        .map(|i| near(&mut rng, &offset, &centres[(i * 7) % centres.len()], 1.6))
        .collect();
    let cache = VectorCache::new("dense");
    let mut lists = vec![];
    // `dense_scan N two-stage` skips the exact scan (for profiling the other)
    let modes: &[bool] = if std::env::args().nth(2).as_deref() == Some("two-stage") {
        &[false]
    } else {
        &[true, false]
    };
    for &exact in modes {
        set_exact_only(exact);
        let mut times: Vec<Duration> = vec![];
        let mut found = vec![];
        for round in 0..3 {
            for q in &queries {
                let t = Instant::now();
                let near = cache
                    .nearest(&searcher, q, &Allowed::Excluding(None), 0.25, 50)
                    .expect("nearest");
                if round > 0 {
                    times.push(t.elapsed());
                } else {
                    found.push(near);
                }
            }
        }
        times.sort();
        let ms = |p: f64| times[((times.len() - 1) as f64 * p) as usize].as_secs_f64() * 1e3;
        println!(
            "{n} vectors, {} scan: p50 {:.2} ms, p99 {:.2} ms",
            if exact { "exact" } else { "two-stage" },
            ms(0.5),
            ms(0.99)
        );
        lists.push(found);
    }
    if lists.len() < 2 {
        return;
    }
    let wanted: usize = lists[0].iter().map(Vec::len).sum();
    let found: usize = lists[0]
        .iter()
        .zip(&lists[1])
        .map(|(e, s)| s.iter().filter(|x| e.contains(x)).count())
        .sum();
    println!(
        "recall of the exact nearest 50: {:.4} ({found} of {wanted})",
        found as f64 / wanted.max(1) as f64
    );
}
