//! The sentence encoder's cost: time to embed a query, an article's gist and
//! a complaint's text (one thread each), and articles embedded per second
//! on every core (what a rebuild of the knowledge-base index pays).
//!
//!   scripts/fetch-model.sh && cargo run --release --example encoder_speed
use kesu::search::dense::Encoder;
use std::time::{Duration, Instant};

fn summary(name: &str, mut t: Vec<Duration>, chars: usize) {
    t.sort();
    let ms = |d: Duration| d.as_secs_f64() * 1000.0;
    println!(
        "{name:<18} n={:<5} mean {:>4} chars  p50 {:>6.2} ms  p99 {:>6.2} ms",
        t.len(),
        chars / t.len().max(1),
        ms(t[t.len() / 2]),
        ms(t[(t.len() - 1) * 99 / 100])
    );
}

fn main() {
    let root = env!("CARGO_MANIFEST_DIR");
    let read = |p: &str| -> serde_json::Value {
        serde_json::from_str(&std::fs::read_to_string(format!("{root}/{p}")).expect("fixture"))
            .expect("json")
    };
    let encoder = Encoder::load(&kesu::config::default_model_dir())
        .expect("the encoder (run scripts/fetch-model.sh)");
    let mut queries: Vec<String> = vec![];
    for f in [
        "tests/fixtures/kb_queries.json",
        "tests/fixtures/kb_queries_v2.json",
    ] {
        for q in read(f).as_array().expect("array") {
            queries.extend(q["query"].as_str().map(str::to_string));
        }
    }
    let gists: Vec<String> = kesu::demo::kb::fixture_articles()
        .expect("articles")
        .iter()
        .map(|a| kesu::search::kb::gist(&a.title, &a.scenario, &a.solution))
        .collect();
    let mut complaints: Vec<String> = vec![];
    for f in [
        "tests/fixtures/complaint_clusters_v2_a.json",
        "tests/fixtures/complaint_clusters_v2_b.json",
    ] {
        for c in read(f)["clusters"].as_array().expect("clusters") {
            for x in c["complaints"].as_array().expect("complaints") {
                complaints.push(format!(
                    "{} {}",
                    x["title"].as_str().unwrap_or(""),
                    x["description"].as_str().unwrap_or("")
                ));
            }
        }
    }
    for (name, texts) in [
        ("query", &queries),
        ("article gist", &gists),
        ("complaint text", &complaints),
    ] {
        let mut times = vec![];
        let mut chars = 0;
        for _ in 0..3 {
            for t in texts {
                let start = Instant::now();
                std::hint::black_box(encoder.encode_quantized(t));
                times.push(start.elapsed());
                chars += t.chars().count();
            }
        }
        summary(name, times, chars);
    }
    let threads = std::thread::available_parallelism().map_or(1, |n| n.get());
    let start = Instant::now();
    let rounds = 20;
    std::thread::scope(|s| {
        for _ in 0..threads {
            s.spawn(|| {
                for _ in 0..rounds {
                    for g in &gists {
                        std::hint::black_box(encoder.encode_quantized(g));
                    }
                }
            });
        }
    });
    let n = threads * rounds * gists.len();
    println!(
        "article gists on {threads} threads: {:.0} per second",
        n as f64 / start.elapsed().as_secs_f64()
    );
}
