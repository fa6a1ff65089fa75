//! Server-side search latency, without HTTP: opens a Kesu search index and
//! times the engine calls behind `kbSearch` (the labelled queries of
//! `tests/fixtures/kb_queries.json`, first 10, with counts; then all 318
//! labelled queries with the total, per query style) and
//! `similarComplaints` (the text of labelled complaints, first 5).
//!
//!   cargo run --release --example search_latency -- <index dir> [rounds]
//!
//! `bench/search.sh` runs it on the generated 100k-article / 1M-complaint set.
use kesu::search::kb::{Counts, Filter, PUBLISHED};
use kesu::search::synonyms::Synonyms;
use kesu::search::SearchEngine;
use std::time::{Duration, Instant};

fn percentile(sorted: &[Duration], p: f64) -> f64 {
    let i = ((sorted.len() as f64 - 1.0) * p).round() as usize;
    sorted[i].as_secs_f64() * 1000.0
}

fn report(name: &str, mut samples: Vec<Duration>) {
    samples.sort();
    let mean = samples.iter().map(Duration::as_secs_f64).sum::<f64>() / samples.len() as f64;
    println!(
        "{name:<22} n={:<6} p50 {:>6.2} ms  p90 {:>6.2} ms  p99 {:>6.2} ms  max {:>6.2} ms  mean {:>6.2} ms",
        samples.len(),
        percentile(&samples, 0.5),
        percentile(&samples, 0.9),
        percentile(&samples, 0.99),
        percentile(&samples, 1.0),
        mean * 1000.0
    );
}

fn main() {
    let mut args = std::env::args().skip(1);
    let Some(dir) = args.next() else {
        eprintln!("usage: search_latency <index dir> [rounds]");
        std::process::exit(2);
    };
    let rounds: usize = args.next().and_then(|r| r.parse().ok()).unwrap_or(5);
    let root = env!("CARGO_MANIFEST_DIR");
    let read = |p: &str| -> serde_json::Value {
        let text = std::fs::read_to_string(format!("{root}/{p}")).expect("fixture");
        serde_json::from_str(&text).expect("json")
    };
    let queries: Vec<String> = read("tests/fixtures/kb_queries.json")
        .as_array()
        .expect("array")
        .iter()
        .filter_map(|q| q["query"].as_str().map(str::to_string))
        .collect();
    // every labelled query with its style (first-generation names mapped)
    let mut styled: Vec<(String, String)> = vec![];
    for file in [
        "tests/fixtures/kb_queries.json",
        "tests/fixtures/kb_queries_v2.json",
    ] {
        for q in read(file).as_array().expect("array") {
            let style = q["style"].as_str().or(q["type"].as_str()).unwrap_or("?");
            let style = match style {
                "rambling" => "colloquial",
                "model" => "mixed",
                s => s,
            };
            if let Some(text) = q["query"].as_str() {
                styled.push((style.to_string(), text.to_string()));
            }
        }
    }
    let clusters = read("tests/fixtures/complaint_clusters.json");
    let mut texts: Vec<String> = vec![];
    collect_texts(&clusters, &mut texts);
    texts.truncate(100);

    let t = Instant::now();
    let engine = SearchEngine::open(
        std::path::Path::new(&dir),
        Synonyms::parse(kesu::search::synonyms::DEFAULT),
        // the sentence encoder, when fetched (as the server loads it)
        kesu::search::dense::Encoder::load(&kesu::config::default_model_dir())
            .ok()
            .map(std::sync::Arc::new),
    )
    .expect("open index");
    println!(
        "opened {dir} in {:.0} ms",
        t.elapsed().as_secs_f64() * 1000.0
    );

    let filter = Filter {
        states: vec![PUBLISHED],
        category: None,
    };
    for (name, counts) in [
        ("kbSearch (facets)", Counts::TotalAndFacets),
        ("kbSearch (total)", Counts::Total),
        ("kbSearch (hits only)", Counts::None),
    ] {
        let mut samples = vec![];
        for _ in 0..rounds {
            for q in &queries {
                let t = Instant::now();
                let (r, _) = engine.search_kb(q, &filter, 10, counts).expect("search");
                samples.push(t.elapsed());
                std::hint::black_box(r);
            }
        }
        report(name, samples);
    }
    let mut by_style: std::collections::BTreeMap<&str, Vec<Duration>> = Default::default();
    for _ in 0..rounds {
        for (style, q) in &styled {
            let t = Instant::now();
            let (r, _) = engine
                .search_kb(q, &filter, 10, Counts::Total)
                .expect("search");
            by_style.entry(style).or_default().push(t.elapsed());
            std::hint::black_box(r);
        }
    }
    for (style, samples) in by_style {
        report(&format!("kbSearch [{style}]"), samples);
    }
    // the dense ranking's two-stage scan against the exact one (BENCHMARKS.md,
    // "Dense retrieval at 100,000 articles"): time, and how often the first
    // ten articles differ
    let mut lists = vec![];
    for exact in [true, false] {
        kesu::search::vectors::set_exact_only(exact);
        let mut samples = vec![];
        let mut tops = vec![];
        for round in 0..rounds {
            for (_, q) in &styled {
                let t = Instant::now();
                let (r, _) = engine
                    .search_kb(q, &filter, 10, Counts::None)
                    .expect("search");
                samples.push(t.elapsed());
                if round == 0 {
                    tops.push(r.hits.iter().map(|h| h.article_id).collect::<Vec<_>>());
                }
            }
        }
        let scan = if exact { "exact" } else { "two-stage" };
        report(&format!("kbSearch ({scan} dense scan)"), samples);
        lists.push(tops);
    }
    kesu::search::vectors::set_exact_only(false);
    let same = lists[0]
        .iter()
        .zip(&lists[1])
        .filter(|(a, b)| a == b)
        .count();
    let overlap: usize = lists[0]
        .iter()
        .zip(&lists[1])
        .map(|(a, b)| a.iter().filter(|x| b.contains(x)).count())
        .sum();
    let shown: usize = lists[0].iter().map(Vec::len).sum();
    println!(
        "two-stage vs exact: first ten identical for {same} of {} labelled queries; {overlap} of {shown} articles shown by both",
        lists[0].len()
    );
    let mut samples = vec![];
    for _ in 0..rounds {
        for text in &texts {
            let t = Instant::now();
            let r = engine
                .similar_complaints(text, Default::default(), 6)
                .expect("similar");
            samples.push(t.elapsed());
            std::hint::black_box(r);
        }
    }
    report("similarComplaints", samples);
}

/// Every `title` + `description` pair in the clusters file, whatever its nesting.
fn collect_texts(v: &serde_json::Value, out: &mut Vec<String>) {
    match v {
        serde_json::Value::Object(m) => {
            if let (Some(t), Some(d)) = (m.get("title"), m.get("description")) {
                out.push(format!(
                    "{}\n{}",
                    t.as_str().unwrap_or(""),
                    d.as_str().unwrap_or("")
                ));
            }
            m.values().for_each(|x| collect_texts(x, out));
        }
        serde_json::Value::Array(a) => a.iter().for_each(|x| collect_texts(x, out)),
        _ => {}
    }
}
