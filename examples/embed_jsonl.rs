//! Embeds the `text` of each JSON line on stdin with the sentence encoder
//! and writes the line back with an `embedding` array: for offline ranking
//! experiments (fusion weights, thresholds) outside the test suite.
//!
//!   cargo run --release --example embed_jsonl < in.jsonl > out.jsonl
use kesu::search::dense::Encoder;
use std::io::{BufRead, Write};

fn main() {
    let encoder = Encoder::load(&kesu::config::default_model_dir())
        .expect("the encoder (run scripts/fetch-model.sh)");
    let out = std::io::stdout();
    let mut out = out.lock();
    for line in std::io::stdin().lock().lines() {
        let line = line.expect("stdin");
        let mut v: serde_json::Value = serde_json::from_str(&line).expect("json line");
        let text = v["text"].as_str().unwrap_or_default().to_string();
        v["embedding"] = serde_json::json!(encoder.encode(&text));
        writeln!(out, "{v}").expect("stdout");
    }
}
