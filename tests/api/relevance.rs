//! Relevance you can measure: the labelled sets in `tests/fixtures/`
//! (122 articles; 108 first-generation queries, all `dev`, and 210 written
//! later in seven styles, split `dev`/`test`) against the real index, side by
//! side with a plain BM25 baseline over jieba's words, computed in the same
//! run. Print the report with `cargo test --test api relevance -- --nocapture`.
use crate::eval::{self, Bm25, Table};
use crate::helpers::*;
use kesu::demo::kb::fixture_articles;
use serde::Deserialize;
use std::collections::HashMap;

/// Overall nDCG@5 on each split must not fall below these (set a little
/// under the figures measured on 2026-12-05, see BENCHMARKS.md): a guard
/// against regressions, not the targets, which the report prints.
const DEV_FLOOR: f64 = 0.83;
const TEST_FLOOR: f64 = 0.80;
/// The same guards for the shipped configuration, with the sentence
/// encoder (measured 0.917 / 0.913 on 2026-12-06).
const ENCODER_DEV_FLOOR: f64 = 0.89;
const ENCODER_TEST_FLOOR: f64 = 0.88;

#[derive(Deserialize)]
pub(crate) struct Judged {
    pub(crate) id: String,
    #[serde(alias = "type")]
    pub(crate) style: String,
    #[serde(default = "dev")]
    pub(crate) split: String,
    pub(crate) query: String,
    pub(crate) relevant: HashMap<String, u32>,
}

fn dev() -> String {
    "dev".into()
}

pub(crate) fn judged() -> Vec<Judged> {
    let mut all: Vec<Judged> =
        serde_json::from_str(include_str!("../fixtures/kb_queries.json")).expect("kb_queries.json");
    let v2: Vec<Judged> = serde_json::from_str(include_str!("../fixtures/kb_queries_v2.json"))
        .expect("kb_queries_v2.json");
    all.extend(v2);
    for q in &mut all {
        q.style = eval::style(&q.style).to_string();
        assert!(
            eval::SPLITS.contains(&q.split.as_str()),
            "{}: split {}",
            q.id,
            q.split
        );
    }
    all
}

#[tokio::test]
async fn kb_search_against_the_bm25_baseline_on_dev_and_held_out_queries() {
    // an operator's general thesaurus, when measuring one (off by default:
    // see scripts/fetch-thesaurus.sh), and another synonym list in place of
    // the shipped one (to measure what the shipped list contributes)
    let file = |var: &str| {
        std::env::var(var)
            .ok()
            .filter(|f| !f.is_empty())
            .map(std::path::PathBuf::from)
    };
    let (thesaurus, synonyms) = (file("KESU_THESAURUS_FILE"), file("KESU_SYNONYMS_FILE"));
    let configure = |c: &mut kesu::config::Config| {
        c.thesaurus_file = thesaurus.clone();
        c.synonyms_file = synonyms.clone();
    };
    // the shipped configuration ranks with the sentence encoder; the same
    // run measures the lexical ranking alone beside it
    let lexical = spawn_app_with(configure).await;
    let app = spawn_app_with(|c| {
        configure(c);
        c.model_dir = Some(model_dir());
    })
    .await;
    assert!(app.services.search_encoder().is_some(), "the encoder loads");
    let articles = fixture_articles().expect("articles");
    let bm25 = Bm25::new(
        articles
            .iter()
            .map(|a| (a.slug.clone(), eval::article_text(a))),
    );
    let queries = judged();
    assert!(queries.len() >= 300 && articles.len() >= 120);
    let (lexical_plain, lexical_evidence, _, _) = evaluate(&lexical, &queries, &bm25).await;
    let (kesu_plain, kesu, base, misses) = evaluate(&app, &queries, &bm25).await;
    println!(
        "\nRelevance on {} queries over {} articles (nDCG@5 / Recall@5 / MRR; BM25 = jieba words, Traditional folded, nothing else)",
        queries.len(),
        articles.len()
    );
    let shown = |f: &Option<std::path::PathBuf>, default: &str| {
        f.as_ref()
            .map_or(default.to_string(), |p| p.display().to_string())
    };
    println!(
        "General thesaurus: {}; synonym list: {}",
        shown(&thesaurus, "none (the default)"),
        shown(&synonyms, "the shipped one")
    );
    report(
        "lexical ranking alone, without usage evidence",
        &lexical_plain,
        &base,
    );
    report(
        "lexical ranking alone, with usage evidence (the dev clusters' complaints recorded their article)",
        &lexical_evidence,
        &base,
    );
    report(
        "with the sentence encoder, without usage evidence",
        &kesu_plain,
        &base,
    );
    report(
        "with the sentence encoder and usage evidence (the shipped configuration)",
        &kesu,
        &base,
    );
    let overall = |t: &Table, split: &str| t[&(split.to_string(), "ALL".to_string())].mean().0;
    let (test, test_base) = (overall(&kesu, "test"), overall(&base, "test"));
    let worst = kesu
        .iter()
        .filter(|((sp, st), _)| sp == "test" && st != "ALL")
        .map(|((_, st), s)| (s.mean().0, st.clone()))
        .min_by(|a, b| a.0.total_cmp(&b.0))
        .expect("styles");
    println!(
        "\nIssue 12 targets on the test split: overall nDCG@5 {test:.3} (target 0.92: {}), weakest style {} {:.3} (target 0.85: {})",
        if test >= 0.92 { "met" } else { "not met" },
        worst.1,
        worst.0,
        if worst.0 >= 0.85 { "met" } else { "not met" },
    );
    println!(
        "\nDev queries whose best answer is not in Kesu's top 5 ({}):",
        misses.len()
    );
    for miss in &misses {
        println!("  {miss}");
    }
    // the guards hold with and without evidence
    for (name, t, floors) in [
        ("lexical alone", &lexical_evidence, (DEV_FLOOR, TEST_FLOOR)),
        (
            "encoder, without evidence",
            &kesu_plain,
            (ENCODER_DEV_FLOOR, ENCODER_TEST_FLOOR),
        ),
        (
            "encoder, with evidence",
            &kesu,
            (ENCODER_DEV_FLOOR, ENCODER_TEST_FLOOR),
        ),
    ] {
        let (dev_floor, test_floor) = floors;
        let (dev, test) = (overall(t, "dev"), overall(t, "test"));
        assert!(
            dev >= dev_floor,
            "{name}: dev nDCG@5 {dev:.3} fell below {dev_floor}"
        );
        assert!(
            test >= test_floor,
            "{name}: test nDCG@5 {test:.3} fell below {test_floor}"
        );
        assert!(
            test > test_base,
            "{name}: Kesu {test:.3} must beat BM25 {test_base:.3} on the held-out split"
        );
    }
}

type Measured = (Table, Table, Vec<String>);

/// Seed the labelled articles into `app` and measure its ranking without
/// and with usage evidence: (without, with, BM25, dev misses with).
async fn evaluate(
    app: &TestApp,
    queries: &[Judged],
    bm25: &Bm25,
) -> (Table, Table, Table, Vec<String>) {
    let Seeded {
        categories,
        ids,
        agent,
        ..
    } = seeded(app).await;
    let slug_of: HashMap<i64, String> = ids.iter().map(|(s, id)| (*id, s.clone())).collect();
    for q in queries {
        for slug in q.relevant.keys() {
            assert!(ids.contains_key(slug), "{}: unknown article {slug}", q.id);
        }
    }
    let (plain, base, _) = measure(app, &agent, queries, &slug_of, bm25).await;
    // usage evidence: the complaints of the dev clusters, each answered
    // with its cluster's article, as agents would have recorded them
    seed_usage_evidence(app, &agent, &ids, &categories).await;
    let (with, _, misses) = measure(app, &agent, queries, &slug_of, bm25).await;
    if let Ok(path) = std::env::var("KESU_DUMP_RANKINGS") {
        dump_rankings(app, &agent, queries, &slug_of, &path).await;
    }
    (plain, with, base, misses)
}

/// The labelled articles, published through the service and searchable.
pub(crate) struct Seeded {
    /// Category code → id.
    pub(crate) categories: HashMap<String, i64>,
    /// Article slug → id.
    pub(crate) ids: HashMap<String, i64>,
    pub(crate) editor: kesu::auth::Actor,
    pub(crate) agent: kesu::auth::Actor,
}

pub(crate) async fn seeded(app: &TestApp) -> Seeded {
    let m = meta();
    let categories = eval_categories(app).await;
    let user = |name: &str| app.services.actor_for_user(app.users[name]);
    let (editor, reviewer, agent) = (
        user("kb_editor").await.expect("editor"),
        user("kb_reviewer").await.expect("reviewer"),
        user("agent").await.expect("agent"),
    );
    let ids = kesu::demo::kb::seed_kb(&app.services, &m, &editor, &reviewer, &categories)
        .await
        .expect("seed kb");
    settled_index(app).await;
    Seeded {
        categories,
        ids,
        editor,
        agent,
    }
}

/// Wait for the indexer, then rebuild the index from the database: one
/// segment in the database's order, with no replaced versions still counted
/// in the term statistics, so the figures do not depend on how the
/// indexer's batches and merges happened to fall (they moved by up to 0.01
/// per style between identical runs before).
pub(crate) async fn settled_index(app: &TestApp) {
    app.services.index_caught_up().await.expect("caught up");
    app.services.reindex().await.expect("reindex");
}

/// For experiments outside the test (fusion with another retriever): Kesu's
/// top 20 with usage evidence in, for every judged query, as JSON lines
/// `{id, split, style, ranked}` (the app with the encoder is evaluated
/// last, so the file holds the shipped configuration's rankings).
async fn dump_rankings(
    app: &TestApp,
    agent: &kesu::auth::Actor,
    queries: &[Judged],
    slug_of: &HashMap<i64, String>,
    path: &str,
) {
    let m = meta();
    let mut out = String::new();
    for q in queries {
        let hits = app
            .services
            .kb_search(
                agent,
                &m,
                &kesu::service::kb::KbSearchRequest {
                    query: &q.query,
                    first: Some(20),
                    ..Default::default()
                },
            )
            .await
            .expect("search")
            .hits;
        let ranked: Vec<&String> = hits
            .iter()
            .filter_map(|h| slug_of.get(&h.article_id))
            .collect();
        let line =
            serde_json::json!({ "id": q.id, "split": q.split, "style": q.style, "ranked": ranked });
        out.push_str(&format!("{line}\n"));
    }
    std::fs::write(path, out).expect("dump");
}

/// Kesu and BM25 on every judged query; the dev queries Kesu misses.
pub(crate) async fn measure(
    app: &TestApp,
    agent: &kesu::auth::Actor,
    queries: &[Judged],
    slug_of: &HashMap<i64, String>,
    bm25: &Bm25,
) -> Measured {
    let m = meta();
    let (mut kesu, mut base) = (Table::new(), Table::new());
    let mut misses = vec![];
    for q in queries {
        let out = app
            .services
            .kb_search(
                agent,
                &m,
                &kesu::service::kb::KbSearchRequest {
                    query: &q.query,
                    first: Some(5),
                    ..Default::default()
                },
            )
            .await
            .expect("search");
        let ranked: Vec<String> = out
            .hits
            .iter()
            .filter_map(|h| slug_of.get(&h.article_id).cloned())
            .collect();
        eval::add_to(&mut kesu, &q.split, &q.style, &ranked, &q.relevant);
        eval::add_to(
            &mut base,
            &q.split,
            &q.style,
            &bm25.top(&q.query, 5, None),
            &q.relevant,
        );
        if q.split == "dev"
            && !ranked
                .iter()
                .any(|s| q.relevant.get(s).is_some_and(|g| *g >= 3))
        {
            misses.push(format!(
                "{} [{}] {} → {:?}",
                q.id,
                q.style,
                q.query,
                ranked.iter().take(3).collect::<Vec<_>>()
            ));
        }
    }
    (kesu, base, misses)
}

/// One table per split, per style, Kesu beside BM25.
fn report(title: &str, kesu: &Table, base: &Table) {
    println!("\n### {title}");
    for split in eval::SPLITS {
        println!("\n{split} split\n");
        println!(
            "| style | n | Kesu nDCG@5 | Kesu R@5 | Kesu MRR | BM25 nDCG@5 | BM25 R@5 | BM25 MRR |"
        );
        println!("|---|---|---|---|---|---|---|---|");
        for ((sp, style), s) in kesu {
            if sp != split {
                continue;
            }
            let (n1, r1, m1) = s.mean();
            let (n2, r2, m2) = base[&(sp.clone(), style.clone())].mean();
            // equal to the printed precision is not below
            let mark = if n1 + 5e-4 < n2 {
                " ⚠ below BM25"
            } else {
                ""
            };
            println!(
                "| {style}{mark} | {} | {n1:.3} | {r1:.3} | {m1:.3} | {n2:.3} | {r2:.3} | {m2:.3} |",
                s.n
            );
        }
    }
}

#[derive(Deserialize)]
pub(crate) struct EvidenceFile {
    pub(crate) clusters: Vec<EvidenceCluster>,
}

#[derive(Deserialize)]
pub(crate) struct EvidenceCluster {
    pub(crate) split: String,
    pub(crate) kb: Option<String>,
    pub(crate) complaints: Vec<EvidenceItem>,
}

#[derive(Deserialize)]
pub(crate) struct EvidenceItem {
    pub(crate) title: String,
    pub(crate) description: String,
    pub(crate) category: String,
}

/// Register the complaints of the dev clusters that name their article,
/// recording it as `usedKbArticleId`; returns how many.
pub(crate) async fn seed_usage_evidence(
    app: &TestApp,
    agent: &kesu::auth::Actor,
    ids: &HashMap<String, i64>,
    categories: &HashMap<String, i64>,
) -> usize {
    use kesu::service::complaints::{ComplaintDetails, NewComplaint};
    let m = meta();
    let mut n = 0;
    let mut phone = 13_800_000_000u64;
    for raw in [
        include_str!("../fixtures/complaint_clusters_v2_a.json"),
        include_str!("../fixtures/complaint_clusters_v2_b.json"),
    ] {
        let file: EvidenceFile = serde_json::from_str(raw).expect("clusters");
        for c in file.clusters.iter().filter(|c| c.split == "dev") {
            let Some(article) = c.kb.as_ref().and_then(|k| ids.get(k)) else {
                continue;
            };
            for item in &c.complaints {
                phone += 1;
                app.services
                    .create_complaint(
                        agent,
                        &m,
                        NewComplaint {
                            customer_phone: phone.to_string(),
                            customer_name: "测试客户".into(),
                            details: ComplaintDetails {
                                category_id: Some(categories[&item.category]),
                                title: Some(item.title.clone()),
                                description: Some(item.description.clone()),
                                ..Default::default()
                            },
                            used_kb_article_id: Some(*article),
                            ..Default::default()
                        },
                    )
                    .await
                    .expect("create");
                n += 1;
            }
        }
    }
    settled_index(app).await;
    n
}
