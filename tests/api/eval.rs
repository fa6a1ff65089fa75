//! What the relevance reports share: the labelled sets' splits and styles,
//! the ranking metrics, and the plain BM25 baseline every figure is shown
//! beside.
//!
//! The sets in `tests/fixtures/` come in two generations. The first
//! (`kb_queries.json`, `complaint_clusters.json`) was written together with
//! the search tuning, so all of it is `dev`. The second (`kb_queries_v2.json`,
//! `complaint_clusters_v2_*.json`) was written later, by someone who had not
//! seen the tuning, and marks each query or cluster `dev` or `test`. The
//! `test` split is frozen: nothing is tuned against it, and its figures are
//! reported separately.
use jieba_rs::Jieba;
use std::collections::{BTreeMap, HashMap};
use std::sync::OnceLock;

pub const SPLITS: [&str; 2] = ["dev", "test"];

/// The seven query styles; the first generation's names map onto them.
pub fn style(kind: &str) -> &str {
    match kind {
        "rambling" => "colloquial",
        "model" => "mixed",
        other => other,
    }
}

/// nDCG@5 (gain 2^g − 1), Recall@5 over the judged articles, and MRR of the
/// first grade-3 ("the answer") article, summed over queries.
#[derive(Default, Clone, Copy)]
pub struct Scores {
    pub n: usize,
    ndcg: f64,
    recall: f64,
    mrr: f64,
}

impl Scores {
    pub fn add(&mut self, ranked: &[String], rel: &HashMap<String, u32>) {
        let gain = |g: u32| 2f64.powi(g as i32) - 1.0;
        let discount = |i: usize| ((i + 2) as f64).log2();
        let dcg: f64 = ranked
            .iter()
            .take(5)
            .enumerate()
            .map(|(i, s)| gain(*rel.get(s).unwrap_or(&0)) / discount(i))
            .sum();
        let mut ideal: Vec<u32> = rel.values().copied().collect();
        ideal.sort_unstable_by(|a, b| b.cmp(a));
        let idcg: f64 = ideal
            .iter()
            .take(5)
            .enumerate()
            .map(|(i, g)| gain(*g) / discount(i))
            .sum();
        let found = ranked
            .iter()
            .take(5)
            .filter(|s| rel.get(*s).is_some_and(|g| *g > 0))
            .count();
        let total = rel.values().filter(|g| **g > 0).count().max(1);
        let rr = ranked
            .iter()
            .position(|s| rel.get(s).is_some_and(|g| *g >= 3))
            .map_or(0.0, |p| 1.0 / (p + 1) as f64);
        self.n += 1;
        self.ndcg += if idcg > 0.0 { dcg / idcg } else { 0.0 };
        self.recall += found as f64 / total as f64;
        self.mrr += rr;
    }

    /// (nDCG@5, Recall@5, MRR)
    pub fn mean(&self) -> (f64, f64, f64) {
        let n = self.n.max(1) as f64;
        (self.ndcg / n, self.recall / n, self.mrr / n)
    }
}

/// Scores by split, then by style (and "ALL").
pub type Table = BTreeMap<(String, String), Scores>;

pub fn add_to(
    table: &mut Table,
    split: &str,
    style: &str,
    ranked: &[String],
    rel: &HashMap<String, u32>,
) {
    for key in [style, "ALL"] {
        table
            .entry((split.to_string(), key.to_string()))
            .or_default()
            .add(ranked, rel);
    }
}

fn jieba() -> &'static Jieba {
    static J: OnceLock<Jieba> = OnceLock::new();
    J.get_or_init(Jieba::new)
}

/// An article's text as the baseline and the mining experiments read it:
/// title, scenario, solution, caveats and tags.
pub fn article_text(a: &kesu::demo::kb::FixtureArticle) -> String {
    format!(
        "{} {} {} {} {}",
        a.title,
        a.scenario,
        a.solution,
        a.caveats,
        a.tags.join(" ")
    )
}

/// The baseline's analysis: Traditional folded to Simplified, lower case,
/// jieba's words (HMM on); nothing else: no synonyms, no bigrams, no typo
/// handling, no field weights.
pub fn tokens(text: &str) -> Vec<String> {
    let simplified = fast2s::convert(text).to_lowercase();
    jieba()
        .cut(&simplified, true)
        .into_iter()
        .map(|t| t.word.trim())
        .filter(|w| w.chars().any(char::is_alphanumeric))
        .map(str::to_string)
        .collect()
}

/// Okapi BM25 (k1 = 1.2, b = 0.75) over whole documents.
pub struct Bm25 {
    keys: Vec<String>,
    docs: Vec<HashMap<String, u32>>,
    lens: Vec<f64>,
    df: HashMap<String, u32>,
    avg: f64,
}

impl Bm25 {
    pub fn new(docs: impl IntoIterator<Item = (String, String)>) -> Bm25 {
        let mut b = Bm25 {
            keys: vec![],
            docs: vec![],
            lens: vec![],
            df: HashMap::new(),
            avg: 0.0,
        };
        for (key, text) in docs {
            let mut tf: HashMap<String, u32> = HashMap::new();
            let words = tokens(&text);
            for w in &words {
                *tf.entry(w.clone()).or_default() += 1;
            }
            for w in tf.keys() {
                *b.df.entry(w.clone()).or_default() += 1;
            }
            b.keys.push(key);
            b.lens.push(words.len() as f64);
            b.docs.push(tf);
        }
        b.avg = b.lens.iter().sum::<f64>() / b.lens.len().max(1) as f64;
        b
    }

    /// The keys of the best `k` documents for `query`, best first (ties by
    /// corpus order), leaving out `skip`.
    pub fn top(&self, query: &str, k: usize, skip: Option<&str>) -> Vec<String> {
        let (k1, b) = (1.2, 0.75);
        let n = self.docs.len() as f64;
        let mut terms = tokens(query);
        terms.sort();
        terms.dedup();
        let mut scored: Vec<(f64, usize)> = self
            .docs
            .iter()
            .enumerate()
            .filter(|(i, _)| Some(self.keys[*i].as_str()) != skip)
            .filter_map(|(i, tf)| {
                let s: f64 = terms
                    .iter()
                    .filter_map(|t| {
                        let f = *tf.get(t)? as f64;
                        let df = self.df[t] as f64;
                        let idf = (1.0 + (n - df + 0.5) / (df + 0.5)).ln();
                        Some(
                            idf * f * (k1 + 1.0)
                                / (f + k1 * (1.0 - b + b * self.lens[i] / self.avg)),
                        )
                    })
                    .sum();
                (s > 0.0).then_some((s, i))
            })
            .collect();
        scored.sort_by(|x, y| y.0.total_cmp(&x.0).then(x.1.cmp(&y.1)));
        scored
            .into_iter()
            .take(k)
            .map(|(_, i)| self.keys[i].clone())
            .collect()
    }
}

#[test]
fn bm25_ranks_the_document_with_the_rarer_shared_word_first() {
    let b = Bm25::new([
        ("a".to_string(), "宽带 经常 掉线".to_string()),
        ("b".to_string(), "信用卡 年费 减免".to_string()),
        ("c".to_string(), "宽带 安装 预约".to_string()),
    ]);
    assert_eq!(
        b.top("寬帶掉線", 3, None),
        vec!["a", "c"],
        "Traditional folds to Simplified"
    );
    assert_eq!(b.top("年费", 3, None), vec!["b"]);
    assert!(b.top("年费", 3, Some("b")).is_empty());
    let mut s = Scores::default();
    let rel = HashMap::from([("a".to_string(), 3), ("c".to_string(), 1)]);
    s.add(&["a".to_string(), "c".to_string()], &rel);
    assert!((s.mean().0 - 1.0).abs() < 1e-9, "ideal order scores 1");
    s.add(&["c".to_string()], &rel);
    let (ndcg, recall, mrr) = s.mean();
    assert!(ndcg < 0.6 && (recall - 0.75).abs() < 1e-9 && (mrr - 0.5).abs() < 1e-9);
}
