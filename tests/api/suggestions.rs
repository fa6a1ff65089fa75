//! The centre's memory at intake: resolved complaints across the centre as
//! summaries without personal data, and the category, priority and draft
//! reply they suggest. Measured on the second-generation clusters: in each
//! cluster, half the complaints are resolved history (with the cluster's
//! resolution and priority), the other half are new calls whose category
//! is to be suggested; the distractors are resolved history too. Top-1 and
//! top-3 category accuracy per split, beside a plain baseline (the ten
//! nearest by BM25 over jieba's words, one vote each), computed in the same
//! run. Print with `cargo test --test api suggestions -- --nocapture`.
use crate::eval::Bm25;
use crate::helpers::*;
use kesu::db::entity::complaint;
use kesu::service::complaints::{ComplaintDetails, NewComplaint};
use sea_orm::{ActiveModelTrait, Set};
use serde::Deserialize;
use serde_json::json;
use std::collections::{BTreeMap, HashMap};

/// Top-3 accuracy on each split must not fall below these (a little under
/// the figures measured on 2026-12-05): a regression guard; the report
/// prints the issue's target.
const DEV_TOP3_FLOOR: f64 = 0.90;
const TEST_TOP3_FLOOR: f64 = 0.85;

#[derive(Deserialize)]
struct Fixture {
    clusters: Vec<Cluster>,
    distractors: Vec<Item>,
}

#[derive(Deserialize)]
struct Cluster {
    split: String,
    priority: String,
    resolution: String,
    complaints: Vec<Item>,
}

#[derive(Deserialize)]
struct Item {
    title: String,
    description: String,
    product: Option<String>,
    category: String,
}

impl Item {
    fn text(&self) -> String {
        format!(
            "{}\n{}\n{}",
            self.title,
            self.description,
            self.product.as_deref().unwrap_or("")
        )
    }
}

/// The fixtures' four urgencies onto Kesu's three.
fn priority(p: &str) -> &'static str {
    match p {
        "urgent" => "urgent",
        "high" => "important",
        _ => "normal",
    }
}

#[derive(Default)]
struct Tally {
    n: usize,
    top1: usize,
    top3: usize,
    base1: usize,
    base3: usize,
    priority: usize,
    drafted: usize,
    draft_right: usize,
    empty: usize,
}

#[tokio::test]
async fn intake_suggestions_name_the_category_from_the_centres_resolved_complaints() {
    suggestions_report(false).await;
}

/// The same with the sentence encoder (the blend orders the neighbours and
/// weighs their votes).
#[tokio::test]
async fn intake_suggestions_with_the_encoder() {
    suggestions_report(true).await;
}

async fn suggestions_report(semantic: bool) {
    let app = spawn_eval_app(semantic, "Intake suggestions").await;
    let m = meta();
    let categories = eval_categories(&app).await;
    let agent = app
        .services
        .actor_for_user(app.users["agent"])
        .await
        .expect("agent");
    let fixtures: Vec<Fixture> = [
        include_str!("../fixtures/complaint_clusters_v2_a.json"),
        include_str!("../fixtures/complaint_clusters_v2_b.json"),
    ]
    .iter()
    .map(|s| serde_json::from_str(s).expect("fixture"))
    .collect();
    // history: (text, category code) for the baseline
    let mut history: Vec<(String, String)> = vec![];
    let mut calls: Vec<(&Cluster, &Item)> = vec![];
    let mut phone = 13_700_000_000u64;
    let mut resolved = 0;
    for f in &fixtures {
        let items = f
            .clusters
            .iter()
            .flat_map(|c| {
                c.complaints
                    .iter()
                    .enumerate()
                    .map(move |(i, item)| (Some(c), i, item))
            })
            .chain(f.distractors.iter().map(|item| (None, 0, item)));
        for (cluster, i, item) in items {
            if let Some(c) = cluster.filter(|_| i % 2 == 1) {
                calls.push((c, item));
                continue;
            }
            phone += 1;
            let created = app
                .services
                .create_complaint(
                    &agent,
                    &m,
                    NewComplaint {
                        customer_phone: phone.to_string(),
                        customer_name: "测试客户".into(),
                        details: ComplaintDetails {
                            category_id: Some(categories[&item.category]),
                            title: Some(item.title.clone()),
                            description: Some(item.description.clone()),
                            product_model: item.product.clone(),
                            ..Default::default()
                        },
                        ..Default::default()
                    },
                )
                .await
                .expect("create");
            // the history: resolved as the cluster was (distractors with a
            // reply of their own)
            let (resolution, urgency) = match cluster {
                Some(c) => (c.resolution.clone(), priority(&c.priority)),
                None => (format!("已为您处理：{}", item.title), "normal"),
            };
            complaint::ActiveModel {
                id: Set(created.complaint.id.0),
                status: Set("resolved".into()),
                priority: Set(urgency.into()),
                resolution: Set(Some(resolution)),
                resolved_at: Set(Some(chrono::Utc::now())),
                ..Default::default()
            }
            .update(app.services.db().conn())
            .await
            .expect("resolve");
            history.push((format!("{}#{}", item.category, history.len()), item.text()));
            resolved += 1;
        }
    }
    app.services.index_caught_up().await.expect("caught up");
    let bm25 = Bm25::new(history.iter().cloned());
    let code_of: HashMap<i64, &str> = categories.iter().map(|(c, id)| (*id, c.as_str())).collect();

    let mut tally: BTreeMap<String, Tally> = BTreeMap::new();
    for (cluster, item) in &calls {
        let out = app
            .services
            .intake_suggestions(&agent, &m, &item.text())
            .await
            .expect("suggestions");
        let suggested: Vec<&str> = out.categories.iter().map(|v| code_of[&v.value]).collect();
        // the baseline: the ten nearest by BM25, one vote each, ties to the nearest
        let mut votes: Vec<(String, usize)> = vec![];
        for key in bm25.top(&item.text(), 10, None) {
            let code = key.split('#').next().unwrap_or("").to_string();
            match votes.iter_mut().find(|(c, _)| *c == code) {
                Some(v) => v.1 += 1,
                None => votes.push((code, 1)),
            }
        }
        votes.sort_by_key(|v| std::cmp::Reverse(v.1));
        let t = tally.entry(cluster.split.clone()).or_default();
        t.n += 1;
        t.top1 += usize::from(suggested.first() == Some(&item.category.as_str()));
        t.top3 += usize::from(suggested.contains(&item.category.as_str()));
        t.base1 += usize::from(votes.first().map(|v| v.0.as_str()) == Some(item.category.as_str()));
        t.base3 += usize::from(votes.iter().take(3).any(|v| v.0 == item.category));
        t.priority +=
            usize::from(out.priority.map(|p| p.value.code()) == Some(priority(&cluster.priority)));
        t.empty += usize::from(out.categories.is_empty());
        if let Some(d) = &out.draft_reply {
            t.drafted += 1;
            t.draft_right += usize::from(*d == cluster.resolution);
        }
        // the summaries carry nothing personal
        for s in &out.resolved {
            assert!(s.strength >= kesu::service::complaints::similar::min_strength(semantic));
        }
    }
    println!(
        "\nIntake suggestions: {} new calls against {resolved} resolved complaints (Kesu = the nearest resolved complaints' weighted vote; BM25 = the ten nearest by BM25, one vote each)\n",
        calls.len()
    );
    println!("| split | calls | Kesu top-1 | Kesu top-3 | BM25 top-1 | BM25 top-3 | no suggestion | priority right | draft offered | draft is the right reply |");
    println!("|---|---|---|---|---|---|---|---|---|---|");
    let rate = |a: usize, n: usize| a as f64 / n.max(1) as f64;
    for (split, t) in &tally {
        println!(
            "| {split} | {} | {:.3} | {:.3} | {:.3} | {:.3} | {:.3} | {:.3} | {:.3} | {:.3} |",
            t.n,
            rate(t.top1, t.n),
            rate(t.top3, t.n),
            rate(t.base1, t.n),
            rate(t.base3, t.n),
            rate(t.empty, t.n),
            rate(t.priority, t.n),
            rate(t.drafted, t.n),
            rate(t.draft_right, t.drafted),
        );
    }
    let test = &tally["test"];
    let top3 = rate(test.top3, test.n);
    println!(
        "\nIssue 12 target on the test split: category top-3 {top3:.3} (target 0.90: {})",
        if top3 >= 0.90 { "met" } else { "not met" }
    );
    let dev = &tally["dev"];
    assert!(rate(dev.top3, dev.n) >= DEV_TOP3_FLOOR);
    assert!(top3 >= TEST_TOP3_FLOOR, "test top-3 {top3:.3}");
    assert!(
        top3 >= rate(test.base3, test.n),
        "Kesu {top3:.3} below the BM25 vote on the held-out split"
    );
    assert!(
        rate(test.draft_right, test.drafted) >= 0.8,
        "a draft offered must be the cluster's reply"
    );
}

#[tokio::test]
async fn every_call_taker_sees_the_centres_resolved_complaints_without_personal_data() {
    let app = spawn_app().await;
    // agent registers a complaint that is then resolved; agent2 may not read it
    let phone = "13912345670";
    let (id, version, _) = app.create_complaint("agent", phone).await;
    app.drive(&id, version, "RESOLVED").await;
    app.services.index_caught_up().await.expect("caught up");
    let q = r#"query($t: String!) { intakeSuggestions(text: $t) {
        categories { category { id name } share }
        priority { priority share }
        draftReply
        resolved { category { id } status resolution kbArticleId score }
    } }"#;
    let text = "视频彩铃扣费要求退还";
    let read = app
        .as_user(
            "agent2",
            "query($id: ID!) { complaint(id: $id) { id } }",
            json!({ "id": id }),
        )
        .await;
    assert_eq!(code(&read).as_deref(), Some("FORBIDDEN"), "{read}");
    let before = app
        .scalar("SELECT COUNT(*) FROM audit_logs WHERE action = 'complaint.summary'")
        .await;
    let b = app.as_user("agent2", q, json!({ "t": text })).await;
    let out = &b["data"]["intakeSuggestions"];
    let resolved = out["resolved"].as_array().unwrap_or_else(|| panic!("{b}"));
    assert_eq!(resolved.len(), 1, "{b}");
    assert_eq!(resolved[0]["status"], "RESOLVED");
    assert!(resolved[0]["resolution"]
        .as_str()
        .is_some_and(|r| !r.is_empty()));
    let shares: f64 = out["categories"]
        .as_array()
        .expect("categories")
        .iter()
        .map(|c| c["share"].as_f64().unwrap_or(0.0))
        .sum();
    assert!((shares - 1.0).abs() < 1e-6, "{b}");
    assert!(!b.to_string().contains(phone), "no personal data: {b}");
    // one summary read, with the customer, so the auditor finds it
    let after = app
        .scalar("SELECT COUNT(*) FROM audit_logs WHERE action = 'complaint.summary' AND customer_id IS NOT NULL")
        .await;
    assert_eq!(after, before + 1);
    // unrelated words: nothing rather than noise
    let none = app
        .as_user("agent2", q, json!({ "t": "按揭提前还款违约金太高" }))
        .await;
    assert_eq!(
        none["data"]["intakeSuggestions"]["resolved"]
            .as_array()
            .map(Vec::len),
        Some(0),
        "{none}"
    );
    // who may not: an auditor; bad input
    let denied = app.as_user("auditor", q, json!({ "t": text })).await;
    assert_eq!(code(&denied).as_deref(), Some("FORBIDDEN"), "{denied}");
    for t in ["   ", &"字".repeat(6000)] {
        let bad = app.as_user("agent", q, json!({ "t": t })).await;
        assert_eq!(code(&bad).as_deref(), Some("BAD_USER_INPUT"), "{bad}");
    }
}
