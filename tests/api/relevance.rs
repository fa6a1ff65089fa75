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
struct Judged {
    id: String,
    #[serde(alias = "type")]
    style: String,
    #[serde(default = "dev")]
    split: String,
    query: String,
    relevant: HashMap<String, u32>,
}

fn dev() -> String {
    "dev".into()
}

fn judged() -> Vec<Judged> {
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
    // see scripts/fetch-thesaurus.sh)
    let thesaurus = std::env::var("KESU_THESAURUS_FILE")
        .ok()
        .filter(|f| !f.is_empty());
    // the shipped configuration ranks with the sentence encoder; the same
    // run measures the lexical ranking alone beside it
    let lexical = spawn_app_with(|c| c.thesaurus_file = thesaurus.clone().map(Into::into)).await;
    let app = spawn_app_with(|c| {
        c.thesaurus_file = thesaurus.clone().map(Into::into);
        c.model_dir = Some(model_dir());
    })
    .await;
    assert!(app.services.search_encoder().is_some(), "the encoder loads");
    let articles = fixture_articles().expect("articles");
    let bm25 = Bm25::new(articles.iter().map(|a| {
        let text = format!(
            "{} {} {} {} {}",
            a.title,
            a.scenario,
            a.solution,
            a.caveats,
            a.tags.join(" ")
        );
        (a.slug.clone(), text)
    }));
    let queries = judged();
    assert!(queries.len() >= 300 && articles.len() >= 120);
    let (lexical_plain, lexical_evidence, _, _) = evaluate(&lexical, &queries, &bm25).await;
    let (kesu_plain, kesu, base, misses) = evaluate(&app, &queries, &bm25).await;
    println!(
        "\nRelevance on {} queries over {} articles (nDCG@5 / Recall@5 / MRR; BM25 = jieba words, Traditional folded, nothing else)",
        queries.len(),
        articles.len()
    );
    println!(
        "General thesaurus: {}",
        thesaurus.as_deref().unwrap_or("none (the default)")
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
    if let Ok(path) = std::env::var("KESU_DUMP_RANKINGS") {
        dump_rankings(app, &agent, queries, &slug_of, &path).await;
    }
    // usage evidence: the complaints of the dev clusters, each answered
    // with its cluster's article, as agents would have recorded them
    seed_usage_evidence(app, &agent, &ids, &categories).await;
    let (with, _, misses) = measure(app, &agent, queries, &slug_of, bm25).await;
    (plain, with, base, misses)
}

/// The labelled articles, published through the service and searchable.
struct Seeded {
    /// Category code → id.
    categories: HashMap<String, i64>,
    /// Article slug → id.
    ids: HashMap<String, i64>,
    editor: kesu::auth::Actor,
    agent: kesu::auth::Actor,
}

async fn seeded(app: &TestApp) -> Seeded {
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
    app.services.index_caught_up().await.expect("caught up");
    Seeded {
        categories,
        ids,
        editor,
        agent,
    }
}

/// For experiments outside the test (fusion with another retriever): Kesu's
/// top 20 for every judged query, as JSON lines `{id, split, style, ranked}`.
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
async fn measure(
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
struct EvidenceFile {
    clusters: Vec<EvidenceCluster>,
}

#[derive(Deserialize)]
struct EvidenceCluster {
    split: String,
    kb: Option<String>,
    complaints: Vec<EvidenceItem>,
}

#[derive(Deserialize)]
struct EvidenceItem {
    title: String,
    description: String,
    category: String,
}

/// Register the complaints of the dev clusters that name their article,
/// recording it as `usedKbArticleId`; returns how many.
async fn seed_usage_evidence(
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
    app.services.index_caught_up().await.expect("caught up");
    n
}

#[tokio::test]
async fn facet_counts_add_up_and_match_the_filtered_search() {
    let app = spawn_app().await;
    let m = meta();
    let Seeded { agent, .. } = seeded(&app).await;
    let search = |query: &'static str, category_id: Option<i64>| {
        let (app, agent, m) = (&app, &agent, &m);
        async move {
            app.services
                .kb_search(
                    agent,
                    m,
                    &kesu::service::kb::KbSearchRequest {
                        query,
                        category_id,
                        first: Some(5),
                        counts: true,
                        facets: true,
                        ..Default::default()
                    },
                )
                .await
                .expect("search")
        }
    };
    let mut checked = 0;
    for q in [
        "充不进电",
        "扣费",
        "退款",
        "空调 不制冷",
        "信用卡 分期 手续费",
    ] {
        let out = search(q, None).await;
        let total = out.total.expect("total");
        assert!(total.exact, "{q}: facets make the total exact");
        // the total alone (a cheaper, capped count) agrees while under the cap
        let alone = app
            .services
            .kb_search(
                &agent,
                &m,
                &kesu::service::kb::KbSearchRequest {
                    query: q,
                    first: Some(5),
                    counts: true,
                    ..Default::default()
                },
            )
            .await
            .expect("search");
        assert!(alone.facets.is_empty(), "{q}: facets were not asked for");
        assert_eq!(alone.total, Some(total), "{q}: total without facets");
        let total = total.count as u64;
        let sum: u64 = out.facets.iter().map(|(_, n)| n).sum();
        assert_eq!(sum, total, "{q}: facets {:?} vs total {total}", out.facets);
        for (category, count) in &out.facets {
            let narrowed = search(q, Some(*category)).await;
            assert_eq!(
                narrowed.total.map(|t| t.count as u64),
                Some(*count),
                "{q}: facet {category} says {count}"
            );
            checked += 1;
        }
    }
    assert!(checked >= 8, "only {checked} facets checked");

    // the article list includes a top-level category's sub-categories too
    let cats = app
        .as_user("agent", "{ categories { id code } }", serde_json::json!({}))
        .await;
    let top = cats["data"]["categories"]
        .as_array()
        .expect("categories")
        .iter()
        .find(|c| c["code"] == "eval.billing")
        .map(|c| c["id"].clone())
        .expect("eval.billing");
    let expected = fixture_articles()
        .expect("articles")
        .iter()
        .filter(|a| a.category.starts_with("billing."))
        .count();
    let listed = app
        .as_user(
            "agent",
            "query($c: ID) { kbArticles(filter: { categoryId: $c }, first: 100) { edges { node { id } } } }",
            serde_json::json!({ "c": top }),
        )
        .await;
    let n = listed["data"]["kbArticles"]["edges"]
        .as_array()
        .map(Vec::len);
    assert!(expected > 5);
    assert_eq!(n, Some(expected), "{listed}");
}

#[tokio::test]
async fn the_category_chosen_at_intake_moves_its_articles_up_three_places() {
    let app = spawn_app().await;
    let m = meta();
    let Seeded { agent, .. } = seeded(&app).await;
    let search = |boost: Option<i64>, first: i64| {
        let (app, agent, m) = (&app, &agent, &m);
        async move {
            app.services
                .kb_search(
                    agent,
                    m,
                    &kesu::service::kb::KbSearchRequest {
                        query: "退款",
                        boost_category_id: boost,
                        first: Some(first),
                        ..Default::default()
                    },
                )
                .await
                .expect("search")
        }
    };
    // a boosted page of 10 ranks 13 (3 more to promote from); fusion at
    // another depth orders differently, so compare with the same depth
    let plain = search(None, 13).await;
    let ranked: Vec<(i64, i64)> = plain
        .hits
        .iter()
        .map(|h| (h.article_id, h.version.view.category_id))
        .collect();
    // a category first seen at place 5 or later
    let (pos, category) = ranked
        .iter()
        .enumerate()
        .skip(4)
        .find(|(_, (_, c))| !ranked[..4].iter().any(|(_, c2)| c2 == c))
        .map(|(i, (_, c))| (i, *c))
        .expect("a category first seen below the top four");
    let boosted = search(Some(category), 10).await;
    let order: Vec<i64> = boosted.hits.iter().map(|h| h.article_id).collect();
    let moved = order
        .iter()
        .position(|a| *a == ranked[pos].0)
        .expect("still there");
    assert_eq!(moved, pos - 3, "up three places: {ranked:?} → {order:?}");
    assert_eq!(order.len(), 10);
    // the others keep their order
    let others = |v: &[i64]| -> Vec<i64> {
        v.iter()
            .copied()
            .filter(|a| !ranked.iter().any(|(b, c)| b == a && *c == category))
            .collect()
    };
    let plain_ids: Vec<i64> = ranked.iter().map(|(a, _)| *a).collect();
    assert_eq!(others(&order), others(&plain_ids)[..others(&order).len()]);
    assert!(boosted.end_cursor.is_none(), "a boosted search is one page");

    // bad input
    let q = "query($b: ID, $a: String) { kbSearch(query: \"退款\", filter: { boostCategoryId: $b }, after: $a) { hits { article { id } } } }";
    for vars in [
        serde_json::json!({ "b": "999999" }),
        serde_json::json!({ "b": "x" }),
        serde_json::json!({ "b": category.to_string(), "a": "abc" }),
    ] {
        let b = app.as_user("agent", q, vars).await;
        assert_eq!(code(&b).as_deref(), Some("BAD_USER_INPUT"), "{b}");
    }
}

/// Mining domain synonyms from use (issue 12 §1), an experiment run on
/// demand: `cargo test --test api mine_synonyms -- --ignored --nocapture`.
/// Candidates come from the complaints of the *dev* clusters that name their
/// article: a word several of them use that the article never says, paired
/// with the article's rarest title word. Each candidate is kept only if it
/// raises dev nDCG@5; the test split is measured once, at the end.
#[tokio::test]
#[ignore = "an experiment that prints what mining finds; not a check"]
async fn mine_synonyms() {
    use kesu::domain::synonym::SynonymKind;
    use kesu::service::kb::synonyms::SynonymInput;
    use std::collections::HashSet;
    let app = spawn_app().await;
    let m = meta();
    let Seeded {
        ids, editor, agent, ..
    } = seeded(&app).await;
    let slug_of: HashMap<i64, String> = ids.iter().map(|(s, id)| (*id, s.clone())).collect();
    let articles = fixture_articles().expect("articles");
    let bm25 = Bm25::new(articles.iter().map(|a| (a.slug.clone(), a.title.clone())));
    let all = judged();
    let dev: Vec<Judged> = judged().into_iter().filter(|q| q.split == "dev").collect();
    let dev_score = |t: &Table| t[&("dev".to_string(), "ALL".to_string())].mean().0;

    // vocabulary: article words, title-word document frequency
    let words_of = |a: &kesu::demo::kb::FixtureArticle| -> HashSet<String> {
        eval::tokens(&format!(
            "{} {} {} {} {}",
            a.title,
            a.scenario,
            a.solution,
            a.caveats,
            a.tags.join(" ")
        ))
        .into_iter()
        .collect()
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

    let (before_all, _, _) = measure(&app, &agent, &all, &slug_of, &bm25).await;
    let (mut current, _, _) = measure(&app, &agent, &dev, &slug_of, &bm25).await;
    let mut best = dev_score(&current);
    let mut kept = vec![];
    for (word, anchor, n) in &candidates {
        let saved = app
            .services
            .save_kb_synonym(
                &editor,
                &m,
                SynonymInput {
                    id: None,
                    expected_version: None,
                    kind: SynonymKind::Group,
                    terms: vec![word.clone(), anchor.clone()],
                    note: Some(format!(
                        "mined: {n} complaints that used the article say {word}"
                    )),
                },
            )
            .await;
        let Ok(saved) = saved else { continue };
        let (t, _, _) = measure(&app, &agent, &dev, &slug_of, &bm25).await;
        let score = dev_score(&t);
        if score > best + 0.001 {
            println!("  keep {word} ~ {anchor} (in {n} complaints): dev {best:.4} → {score:.4}");
            best = score;
            current = t;
            kept.push((word.clone(), anchor.clone()));
        } else {
            app.services
                .delete_kb_synonym(&editor, &m, saved.id, saved.version)
                .await
                .expect("delete");
        }
    }
    let _ = current;
    let (after_all, _, _) = measure(&app, &agent, &all, &slug_of, &bm25).await;
    let overall = |t: &Table, split: &str| t[&(split.to_string(), "ALL".to_string())].mean().0;
    let synonym = |t: &Table, split: &str| t[&(split.to_string(), "synonym".to_string())].mean().0;
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
