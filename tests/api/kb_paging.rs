//! `kbSearch(after:)`: cursor paging through every hit of a query, without
//! duplicates or gaps.
use crate::helpers::*;
use crate::reasons::reason_of;
use serde_json::{json, Value};
use std::collections::HashSet;

const PAGE: &str = "query($q: String!, $first: Int, $after: String) {
    kbSearch(query: $q, first: $first, after: $after) { total hasNextPage endCursor hits { article { id } } } }";

async fn publish(app: &TestApp, title: &str, scenario: &str) -> String {
    let c = app
        .as_user(
            "kb_editor",
            "mutation($i: CreateKbArticleInput!) { createKbArticle(input: $i) { id version } }",
            json!({ "i": { "article": {
                "title": title, "categoryId": app.category_id.to_string(), "scenario": scenario,
                "solution": "按流程核实后处理。", "caveats": "", "tags": [] } } }),
        )
        .await;
    let id = c["data"]["createKbArticle"]["id"]
        .as_str()
        .unwrap_or_else(|| panic!("{c}"))
        .to_string();
    let s = app
        .as_user(
            "kb_editor",
            "mutation($i: KbArticleStepInput!) { submitKbArticle(input: $i) { version } }",
            json!({ "i": { "id": id, "expectedVersion": c["data"]["createKbArticle"]["version"] } }),
        )
        .await;
    let p = app
        .as_user(
            "kb_reviewer",
            "mutation($i: KbArticleStepInput!) { publishKbArticle(input: $i) { status } }",
            json!({ "i": { "id": id, "expectedVersion": s["data"]["submitKbArticle"]["version"] } }),
        )
        .await;
    assert_eq!(p["data"]["publishKbArticle"]["status"], "published", "{p}");
    id
}

fn hit_ids(b: &Value) -> Vec<String> {
    b["data"]["kbSearch"]["hits"]
        .as_array()
        .unwrap_or_else(|| panic!("{b}"))
        .iter()
        .map(|h| h["article"]["id"].as_str().unwrap_or("").to_string())
        .collect()
}

#[tokio::test]
async fn kb_search_pages_through_every_hit_without_duplicates() {
    pages_through_every_hit(spawn_app().await).await;
}

/// The same with the sentence encoder's nearest articles fused in.
#[tokio::test]
async fn kb_search_with_the_encoder_pages_through_every_hit_without_duplicates() {
    let app = spawn_app_with(|c| c.model_dir = Some(model_dir())).await;
    assert!(app.services.search_encoder().is_some());
    pages_through_every_hit(app).await;
}

async fn pages_through_every_hit(app: TestApp) {
    let mut matching = HashSet::new();
    // alike articles, so the ranking has near-ties
    for i in 0..23 {
        let scenario = match i % 3 {
            0 => "客户反映宽带频繁掉线，晚上尤其严重",
            1 => "宽带掉线后重新拨号失败",
            _ => "光猫指示灯闪红，宽带掉线",
        };
        matching.insert(publish(&app, &format!("宽带掉线处理 第{i}号"), scenario).await);
    }
    publish(&app, "话费账单查询", "客户询问上月话费明细").await;
    app.services.index_caught_up().await.expect("indexed");

    let mut seen: Vec<String> = vec![];
    let mut after = Value::Null;
    let mut pages = 0;
    loop {
        let b = app
            .as_user(
                "agent",
                PAGE,
                json!({ "q": "宽带掉线", "first": 5, "after": after }),
            )
            .await;
        assert!(b["errors"].is_null(), "{b}");
        let ids = hit_ids(&b);
        assert!(ids.len() <= 5);
        seen.extend(ids);
        pages += 1;
        let r = &b["data"]["kbSearch"];
        if r["hasNextPage"] == false {
            break;
        }
        after = r["endCursor"].clone();
        assert!(after.is_string(), "{b}");
        assert!(pages < 20, "paging must end");
    }
    let unique: HashSet<String> = seen.iter().cloned().collect();
    assert_eq!(unique.len(), seen.len(), "no article twice: {seen:?}");
    assert!(
        matching.is_subset(&unique),
        "every article about the query is reached: {seen:?}"
    );
    // paging reaches exactly what one big page holds
    let all = app
        .as_user("agent", PAGE, json!({ "q": "宽带掉线", "first": 100 }))
        .await;
    let all: HashSet<String> = hit_ids(&all).into_iter().collect();
    assert_eq!(unique, all);
    assert_eq!(all.len().div_ceil(5), pages, "no empty last page");

    // the same query twice pages the same way
    let a = app
        .as_user("agent", PAGE, json!({ "q": "宽带掉线", "first": 7 }))
        .await;
    let b = app
        .as_user("agent", PAGE, json!({ "q": "宽带掉线", "first": 7 }))
        .await;
    assert_eq!(hit_ids(&a), hit_ids(&b));
    let next = app
        .as_user(
            "agent",
            PAGE,
            json!({ "q": "宽带掉线", "first": 7, "after": a["data"]["kbSearch"]["endCursor"] }),
        )
        .await;
    assert!(hit_ids(&next).iter().all(|i| !hit_ids(&a).contains(i)));

    // a cursor belongs to its query
    let wrong = app
        .as_user(
            "agent",
            PAGE,
            json!({ "q": "话费", "after": a["data"]["kbSearch"]["endCursor"] }),
        )
        .await;
    assert_eq!(
        reason_of(&wrong),
        (
            "BAD_USER_INPUT".into(),
            "INVALID_INPUT".into(),
            Some("after".into())
        ),
        "{wrong}"
    );
    let garbage = app
        .as_user("agent", PAGE, json!({ "q": "宽带", "after": "%%%" }))
        .await;
    assert_eq!(reason_of(&garbage).2.as_deref(), Some("after"));
}
