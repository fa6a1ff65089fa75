//! Nearest knowledge-base words to a caller's word under the sentence
//! encoder (an exploration tool for synonym mining, issue 12 §1):
//!
//!   cargo run --release --example word_neighbours -- 柜员机 淌水
use jieba_rs::Jieba;
use kesu::search::dense::Encoder;
use std::collections::BTreeSet;

fn main() {
    let encoder = Encoder::load(&kesu::config::default_model_dir())
        .expect("the encoder (run scripts/fetch-model.sh)");
    let jieba = Jieba::new();
    let mut vocab: BTreeSet<String> = BTreeSet::new();
    for a in kesu::demo::kb::fixture_articles().expect("articles") {
        let text = format!(
            "{} {} {} {}",
            a.title,
            a.scenario,
            a.solution,
            a.tags.join(" ")
        );
        for w in jieba.cut(&text, false).into_iter().map(|t| t.word) {
            if w.chars().count() >= 2 && w.chars().all(|c| !c.is_ascii_punctuation()) {
                vocab.insert(w.to_string());
            }
        }
    }
    let vocab: Vec<String> = vocab.into_iter().collect();
    let vectors: Vec<Vec<f32>> = vocab.iter().map(|w| encoder.encode(w)).collect();
    eprintln!("{} knowledge-base words", vocab.len());
    for word in std::env::args().skip(1) {
        let q = encoder.encode(&word);
        let mut scored: Vec<(f32, &String)> = vectors
            .iter()
            .zip(&vocab)
            .map(|(v, w)| (v.iter().zip(&q).map(|(a, b)| a * b).sum(), w))
            .collect();
        scored.sort_by(|a, b| b.0.total_cmp(&a.0));
        let top: Vec<String> = scored
            .iter()
            .take(8)
            .map(|(s, w)| format!("{w} {s:.2}"))
            .collect();
        println!("{word}: {}", top.join(", "));
    }
}
