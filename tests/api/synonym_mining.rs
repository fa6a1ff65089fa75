//! An on-demand experiment, not a check: mine synonym candidates from the
//! dev clusters' complaints and keep those that raise dev nDCG@5
//! (`cargo test --test api synonym_mining -- --ignored --nocapture`;
//! BENCHMARKS.md, "Mining synonyms from use"). It reuses the relevance
//! evaluation's labelled queries, seeding and measurement.
use crate::eval::{self, Bm25, Table};
use crate::helpers::*;
use crate::relevance::{
    judged, measure, seed_usage_evidence, seeded, EvidenceFile, Judged, Seeded,
};
use kesu::demo::kb::fixture_articles;
use std::collections::HashMap;

/// Mining domain synonyms from use (issue 12 §1), an experiment run on
/// demand: `cargo test --test api mine_synonyms -- --ignored --nocapture`.
/// Candidates come from the complaints of the *dev* clusters that name their
/// article: a word several of them use that the article never says, paired
/// with the article's rarest title word. Each candidate is kept only if it
/// raises dev nDCG@5; the test split is measured once, at the end.
#[tokio::test]
#[ignore = "an experiment that prints what mining finds; not a check"]
async fn mine_synonyms() {
    use std::collections::HashSet;
    let app = spawn_app().await;
    let Seeded {
        ids, editor, agent, ..
    } = seeded(&app).await;
    let slug_of: HashMap<i64, String> = ids.iter().map(|(s, id)| (*id, s.clone())).collect();
    let articles = fixture_articles().expect("articles");
    let bm25 = Bm25::new(articles.iter().map(|a| (a.slug.clone(), a.title.clone())));
    let dev: Vec<Judged> = judged().into_iter().filter(|q| q.split == "dev").collect();

    // vocabulary: article words, title-word document frequency
    let words_of = |a: &kesu::demo::kb::FixtureArticle| -> HashSet<String> {
        eval::tokens(&eval::article_text(a)).into_iter().collect()
    };
    let mut title_df: HashMap<String, usize> = HashMap::new();
    for a in &articles {
        for w in eval::tokens(&a.title).into_iter().collect::<HashSet<_>>() {
            *title_df.entry(w).or_default() += 1;
        }
    }
    // complaint words per dev cluster with an article, and over all clusters
    let mut clusters: Vec<(String, Vec<HashSet<String>>)> = vec![];
    let mut word_clusters: HashMap<String, usize> = HashMap::new();
    for raw in [
        include_str!("../fixtures/complaint_clusters_v2_a.json"),
        include_str!("../fixtures/complaint_clusters_v2_b.json"),
    ] {
        let file: EvidenceFile = serde_json::from_str(raw).expect("clusters");
        for c in &file.clusters {
            let docs: Vec<HashSet<String>> = c
                .complaints
                .iter()
                .map(|i| {
                    eval::tokens(&format!("{} {}", i.title, i.description))
                        .into_iter()
                        .collect()
                })
                .collect();
            let mut seen: HashSet<&String> = HashSet::new();
            for d in &docs {
                seen.extend(d.iter());
            }
            for w in seen {
                *word_clusters.entry(w.clone()).or_default() += 1;
            }
            if c.split == "dev" {
                if let Some(kb) = &c.kb {
                    clusters.push((kb.clone(), docs));
                }
            }
        }
    }
    let mut candidates: Vec<(String, String, usize)> = vec![];
    for (slug, docs) in &clusters {
        let Some(article) = articles.iter().find(|a| &a.slug == slug) else {
            continue;
        };
        let own = words_of(article);
        let anchor = eval::tokens(&article.title)
            .into_iter()
            .filter(|w| w.chars().count() >= 2)
            .min_by_key(|w| {
                (
                    title_df.get(w).copied().unwrap_or(0),
                    std::cmp::Reverse(w.chars().count()),
                )
            });
        let Some(anchor) = anchor else { continue };
        let mut df: HashMap<&String, usize> = HashMap::new();
        for d in docs {
            for w in d {
                *df.entry(w).or_default() += 1;
            }
        }
        for (w, n) in df {
            if n >= 3
                && w.chars().count() >= 2
                && !own.contains(w)
                && word_clusters.get(w).copied().unwrap_or(0) <= 3
                && w != &anchor
            {
                candidates.push((w.clone(), anchor.clone(), n));
            }
        }
    }
    candidates.sort_by(|a, b| b.2.cmp(&a.2).then(a.0.cmp(&b.0)));
    println!(
        "\n{} candidates from {} dev clusters",
        candidates.len(),
        clusters.len()
    );
    for (w, a, n) in &candidates {
        let used = dev.iter().filter(|q| q.query.contains(w.as_str())).count();
        println!("  candidate {w} ~ {a} (in {n} complaints; in {used} dev queries)");
    }
    let candidates: Vec<(String, String, String)> = candidates
        .into_iter()
        .map(|(w, a, n)| {
            let evidence = format!("{n} complaints that used the article say {w}");
            (w, a, evidence)
        })
        .collect();
    keep_what_raises_dev(&app, &editor, &agent, &slug_of, &bm25, &candidates).await;
}

/// Mining with the sentence encoder (issue 12 §1), the shipped configuration
/// (encoder and usage evidence): a word the dev clusters' callers use in at
/// least two complaints that no article uses, paired with the article word
/// nearest to it under the encoder when their cosine is at least
/// `MIN_COSINE`; each kept only if it raises dev nDCG@5.
/// `cargo test --test api mine_synonyms_with_the_encoder -- --ignored --nocapture`
#[tokio::test]
#[ignore = "an experiment that prints what mining finds; not a check"]
async fn mine_synonyms_with_the_encoder() {
    use std::collections::{BTreeMap, BTreeSet};
    const MIN_COSINE: f32 = 0.8;
    let app = spawn_app_with(|c| c.model_dir = Some(model_dir())).await;
    let encoder = app.services.search_encoder().expect("the encoder loads");
    let Seeded {
        ids,
        editor,
        agent,
        categories,
    } = seeded(&app).await;
    seed_usage_evidence(&app, &agent, &ids, &categories).await;
    let slug_of: HashMap<i64, String> = ids.iter().map(|(s, id)| (*id, s.clone())).collect();
    let articles = fixture_articles().expect("articles");
    let bm25 = Bm25::new(articles.iter().map(|a| (a.slug.clone(), a.title.clone())));
    let mut kb_words: BTreeSet<String> = BTreeSet::new();
    for a in &articles {
        let text = eval::article_text(a);
        kb_words.extend(eval::tokens(&text).into_iter().filter(|w| mineable(w)));
    }
    // callers' words: in how many dev complaints each occurs
    let mut caller: BTreeMap<String, usize> = BTreeMap::new();
    for raw in [
        include_str!("../fixtures/complaint_clusters_v2_a.json"),
        include_str!("../fixtures/complaint_clusters_v2_b.json"),
    ] {
        let file: EvidenceFile = serde_json::from_str(raw).expect("clusters");
        for c in file.clusters.iter().filter(|c| c.split == "dev") {
            for i in &c.complaints {
                let words: BTreeSet<String> =
                    eval::tokens(&format!("{} {}", i.title, i.description))
                        .into_iter()
                        .filter(|w| mineable(w) && !kb_words.contains(w))
                        .collect();
                for w in words {
                    *caller.entry(w).or_default() += 1;
                }
            }
        }
    }
    let kb_words: Vec<String> = kb_words.into_iter().collect();
    let kb_vectors: Vec<Vec<f32>> = kb_words.iter().map(|w| encoder.encode(w)).collect();
    let mut candidates: Vec<(f32, String, String, usize)> = vec![];
    for (word, n) in caller.into_iter().filter(|(_, n)| *n >= 2) {
        let v = encoder.encode(&word);
        let nearest = kb_vectors
            .iter()
            .zip(&kb_words)
            .map(|(k, w)| (k.iter().zip(&v).map(|(a, b)| a * b).sum::<f32>(), w))
            .max_by(|a, b| a.0.total_cmp(&b.0));
        if let Some((cos, anchor)) = nearest.filter(|(cos, _)| *cos >= MIN_COSINE) {
            candidates.push((cos, word, anchor.clone(), n));
        }
    }
    candidates.sort_by(|a, b| b.0.total_cmp(&a.0).then(a.1.cmp(&b.1)));
    println!(
        "\n{} knowledge-base words; {} candidates at cosine ≥ {MIN_COSINE}",
        kb_words.len(),
        candidates.len()
    );
    for (cos, w, a, n) in &candidates {
        println!("  candidate {w} ~ {a} (cosine {cos:.2}; in {n} dev complaints)");
    }
    let candidates: Vec<(String, String, String)> = candidates
        .into_iter()
        .map(|(cos, w, a, n)| {
            let evidence = format!("encoder cosine {cos:.2} to {a}; {n} complaints say {w}");
            (w, a, evidence)
        })
        .collect();
    keep_what_raises_dev(&app, &editor, &agent, &slug_of, &bm25, &candidates).await;
}

/// A word worth pairing: two characters or more, and not only digits or
/// Latin letters (model numbers are matched as they are).
fn mineable(w: &str) -> bool {
    w.chars().count() >= 2 && !w.is_ascii()
}

/// Add each candidate `(word, anchor, evidence)` as a synonym group, keep it
/// only if dev nDCG@5 rises by more than 0.001, and print the splits before
/// and after (the test split measured once, at the end).
async fn keep_what_raises_dev(
    app: &TestApp,
    editor: &kesu::auth::Actor,
    agent: &kesu::auth::Actor,
    slug_of: &HashMap<i64, String>,
    bm25: &Bm25,
    candidates: &[(String, String, String)],
) {
    use kesu::domain::synonym::SynonymKind;
    use kesu::service::kb::synonyms::SynonymInput;
    let m = meta();
    let all = judged();
    let dev: Vec<Judged> = judged().into_iter().filter(|q| q.split == "dev").collect();
    let overall = |t: &Table, split: &str| t[&(split.to_string(), "ALL".to_string())].mean().0;
    let synonym = |t: &Table, split: &str| t[&(split.to_string(), "synonym".to_string())].mean().0;
    let (before_all, _, _) = measure(app, agent, &all, slug_of, bm25).await;
    let (current, _, _) = measure(app, agent, &dev, slug_of, bm25).await;
    let mut best = overall(&current, "dev");
    let mut kept = vec![];
    for (word, anchor, evidence) in candidates {
        let saved = app
            .services
            .save_kb_synonym(
                editor,
                &m,
                SynonymInput {
                    id: None,
                    expected_version: None,
                    kind: SynonymKind::Group,
                    terms: vec![word.clone(), anchor.clone()],
                    note: Some(format!("mined: {evidence}")),
                },
            )
            .await;
        let Ok(saved) = saved else { continue };
        let (t, _, _) = measure(app, agent, &dev, slug_of, bm25).await;
        let score = overall(&t, "dev");
        if score > best + 0.001 {
            println!("  keep {word} ~ {anchor} ({evidence}): dev {best:.4} → {score:.4}");
            best = score;
            kept.push((word.clone(), anchor.clone()));
        } else {
            app.services
                .delete_kb_synonym(editor, &m, saved.id, saved.version)
                .await
                .expect("delete");
        }
    }
    let (after_all, _, _) = measure(app, agent, &all, slug_of, bm25).await;
    println!(
        "\nkept {} of {}: dev {:.3} → {:.3} (synonym {:.3} → {:.3}); test, measured once: {:.3} → {:.3} (synonym {:.3} → {:.3})",
        kept.len(),
        candidates.len(),
        overall(&before_all, "dev"),
        overall(&after_all, "dev"),
        synonym(&before_all, "dev"),
        synonym(&after_all, "dev"),
        overall(&before_all, "test"),
        overall(&after_all, "test"),
        synonym(&before_all, "test"),
        synonym(&after_all, "test"),
    );
    for (w, a) in &kept {
        println!("{w} {a}");
    }
}
