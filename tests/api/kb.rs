//! Knowledge base: the review workflow and search over a real tantivy index.
use crate::helpers::*;
use serde_json::{json, Value};

pub(crate) const CREATE_KB: &str =
    "mutation($i: CreateKbArticleInput!) { createKbArticle(input: $i) { id version status } }";
pub(crate) const STEP: &str =
    "mutation($i: KbArticleStepInput!) { %s(input: $i) { id version status } }";
pub(crate) const SEARCH: &str =
    "query($q: String!, $f: KbSearchFilter) { kbSearch(query: $q, filter: $f) { total totalIsExact
    hits { article { id } version { number title } score snippet highlights { start end } }
    facets { category { code } count } } }";

pub(crate) fn step_q(name: &str) -> String {
    STEP.replace("%s", name)
}

pub(crate) fn article(
    app: &TestApp,
    title: &str,
    scenario: &str,
    solution: &str,
    tags: &[&str],
) -> Value {
    json!({ "i": { "article": {
        "title": title, "categoryId": app.category_id.to_string(), "scenario": scenario,
        "solution": solution, "caveats": "错收费用按规定双倍返还。", "tags": tags } } })
}

/// Create, submit (as kb_editor) and publish (as kb_reviewer); returns (id, version).
pub(crate) async fn publish(app: &TestApp, vars: Value) -> (String, i64) {
    let c = app.as_user("kb_editor", CREATE_KB, vars).await;
    let id = c["data"]["createKbArticle"]["id"]
        .as_str()
        .unwrap_or_else(|| panic!("{c}"))
        .to_string();
    let v = c["data"]["createKbArticle"]["version"].as_i64().expect("v");
    let s = app
        .as_user(
            "kb_editor",
            &step_q("submitKbArticle"),
            json!({ "i": { "id": id, "expectedVersion": v } }),
        )
        .await;
    let v = s["data"]["submitKbArticle"]["version"]
        .as_i64()
        .unwrap_or_else(|| panic!("{s}"));
    let p = app
        .as_user(
            "kb_reviewer",
            &step_q("publishKbArticle"),
            json!({ "i": { "id": id, "expectedVersion": v } }),
        )
        .await;
    assert_eq!(p["data"]["publishKbArticle"]["status"], "published", "{p}");
    (
        id,
        p["data"]["publishKbArticle"]["version"]
            .as_i64()
            .expect("v"),
    )
}

pub(crate) async fn search(app: &TestApp, user: &str, q: &str) -> Value {
    app.services
        .index_caught_up()
        .await
        .expect("index caught up");
    let body = app.as_user(user, SEARCH, json!({ "q": q })).await;
    if body.get("errors").is_none() {
        // facets are asked for, so every match was counted
        assert_eq!(body["data"]["kbSearch"]["totalIsExact"], true, "{body}");
    }
    body
}

pub(crate) fn hit_ids(body: &Value) -> Vec<String> {
    body["data"]["kbSearch"]["hits"]
        .as_array()
        .unwrap_or_else(|| panic!("{body}"))
        .iter()
        .map(|h| h["article"]["id"].as_str().unwrap_or("").to_string())
        .collect()
}

pub(crate) async fn seed(app: &TestApp) -> (String, String, String) {
    let (vas, _) = publish(app, article(app, "未订购视频彩铃被扣费的处理", "客户反映账单中出现视频彩铃功能费，称从未订购。",
        "1. 核实订购记录与渠道。\n2. 无有效订购记录的，为客户退订并退还费用。\n3. 告知退款将在 3 个工作日内到账。", &["视频彩铃", "增值业务", "退订"])).await;
    let (ac, _) = publish(
        app,
        article(
            app,
            "格力 KFR-35GW 空调不制冷排查",
            "空调开机后出风不冷，室外机运转正常。",
            "1. 检查滤网是否堵塞。\n2. 检查冷媒压力，必要时预约上门加氟。\n3. 三包期内免费维修。",
            &["空调", "不制冷", "KFR-35GW"],
        ),
    )
    .await;
    let (bb, _) = publish(
        app,
        article(
            app,
            "寬頻頻繁斷線怎麼辦",
            "客戶家中寬頻每晚斷線，重啟光貓無效。",
            "1. 遠程檢測線路。\n2. 預約工程師上門更換光貓。",
            &["寬頻", "斷線"],
        ),
    )
    .await;
    (vas, ac, bb)
}

#[tokio::test]
pub(crate) async fn published_articles_are_found_the_way_callers_ask() {
    let app = spawn_app().await;
    let (vas, ac, bb) = seed(&app).await;
    // keyword
    let b = search(&app, "agent", "视频彩铃 退订").await;
    assert_eq!(hit_ids(&b).first(), Some(&vas), "{b}");
    let hit = &b["data"]["kbSearch"]["hits"][0];
    let snippet: Vec<char> = hit["snippet"].as_str().expect("snippet").chars().collect();
    let ranges = hit["highlights"].as_array().expect("highlights");
    assert!(!ranges.is_empty(), "{hit}");
    for r in ranges {
        let (s, e) = (
            r["start"].as_u64().unwrap_or(0) as usize,
            r["end"].as_u64().unwrap_or(0) as usize,
        );
        assert!(s < e && e <= snippet.len());
    }
    assert_eq!(
        b["data"]["kbSearch"]["facets"][0]["category"]["code"],
        "billing"
    );
    // Traditional query, Simplified article — and the other way round
    assert_eq!(
        hit_ids(&search(&app, "agent", "視頻彩鈴").await).first(),
        Some(&vas)
    );
    assert_eq!(
        hit_ids(&search(&app, "agent", "宽带断线").await).first(),
        Some(&bb)
    );
    // synonym and typo
    assert_eq!(
        hit_ids(&search(&app, "agent", "空调不冷").await).first(),
        Some(&ac)
    );
    assert_eq!(
        hit_ids(&search(&app, "agent", "彩玲扣钱了").await).first(),
        Some(&vas)
    );
    // model numbers, whole and in parts
    for q in ["KFR-35GW", "kfr35gw", "35GW 不制冷"] {
        assert_eq!(
            hit_ids(&search(&app, "agent", q).await).first(),
            Some(&ac),
            "{q}"
        );
    }
    // one or two characters
    assert_eq!(
        hit_ids(&search(&app, "agent", "彩铃").await).first(),
        Some(&vas)
    );
    assert!(hit_ids(&search(&app, "agent", "冷").await).contains(&ac));
    // a caller's own words
    let rambling = "我这个月话费怎么多了十块钱，说是什么视频彩铃，我从来没开过啊";
    assert_eq!(
        hit_ids(&search(&app, "agent", rambling).await).first(),
        Some(&vas)
    );
}

#[tokio::test]
async fn hits_read_the_article_only_as_far_as_asked() {
    let app = spawn_app().await;
    let (vas, _, _) = seed(&app).await;
    app.services.index_caught_up().await.expect("caught up");
    let ask = |q: &'static str| app.as_user("agent", q, json!({ "q": "视频彩铃 退订" }));
    // ids and the matched version only: no article row needed
    let lean = ask("query($q: String!) { kbSearch(query: $q) { hits { article { id } version { number title } } } }").await;
    let hit = &lean["data"]["kbSearch"]["hits"][0];
    assert_eq!(hit["article"]["id"], vas.as_str(), "{lean}");
    assert_eq!(hit["version"]["number"], 1);
    assert_eq!(hit["version"]["title"], "未订购视频彩铃被扣费的处理");
    // more than the id: the article as it is now
    let full = ask("query($q: String!) { kbSearch(query: $q) { hits { article { id status published { number } } } } }").await;
    let hit = &full["data"]["kbSearch"]["hits"][0];
    assert_eq!(hit["article"]["id"], vas.as_str(), "{full}");
    assert_eq!(hit["article"]["status"], "published");
    assert_eq!(hit["article"]["published"]["number"], 1);
    // asked through a fragment, the same
    let frag = ask("query($q: String!) { kbSearch(query: $q) { hits { article { ...A } } } } fragment A on KbArticle { id status }").await;
    assert_eq!(
        frag["data"]["kbSearch"]["hits"][0]["article"]["status"], "published",
        "{frag}"
    );
    // and both ways give the same hits in the same order
    let ids = |b: &Value| -> Vec<Value> {
        b["data"]["kbSearch"]["hits"]
            .as_array()
            .unwrap_or_else(|| panic!("{b}"))
            .iter()
            .map(|h| h["article"]["id"].clone())
            .collect()
    };
    assert_eq!(ids(&lean), ids(&full));
    assert_eq!(ids(&lean), ids(&frag));
}

#[tokio::test]
async fn awkward_queries_get_results_or_a_clear_error() {
    let app = spawn_app().await;
    seed(&app).await;
    app.services.index_caught_up().await.expect("caught up");
    for q in [
        "\"视频彩铃\"",
        "(彩铃 OR 扣费) AND NOT",
        "title:彩铃",
        "彩铃*",
        "🙂彩铃🙂",
        "a\u{0007}b",
        "***",
        "--",
        "AND",
    ] {
        let b = app.as_user("agent", SEARCH, json!({ "q": q })).await;
        assert!(b.get("errors").is_none(), "{q}: {b}");
    }
    for q in ["", "   ", &"彩".repeat(10_000)] {
        let b = app.as_user("agent", SEARCH, json!({ "q": q })).await;
        assert_eq!(code(&b).as_deref(), Some("BAD_USER_INPUT"), "{b}");
    }
}

#[tokio::test]
async fn the_published_version_stays_live_while_a_new_draft_is_reviewed() {
    let app = spawn_app().await;
    let (id, v) = publish(
        &app,
        article(
            &app,
            "信用卡年费减免政策",
            "客户咨询年费能否减免。",
            "1. 当年刷卡满6次免次年年费。",
            &["年费"],
        ),
    )
    .await;
    let upd = "mutation($i: UpdateKbArticleInput!) { updateKbArticle(input: $i) { version status published { number title } latest { number title } } }";
    let mut vars = article(
        &app,
        "信用卡年费减免政策（2027版）",
        "客户咨询年费能否减免。",
        "1. 当年刷卡满12次免次年年费。",
        &["年费"],
    );
    vars["i"]["id"] = json!(id);
    vars["i"]["expectedVersion"] = json!(v);
    let b = app.as_user("kb_editor", upd, vars.clone()).await;
    let a = &b["data"]["updateKbArticle"];
    assert_eq!(a["status"], "draft");
    assert_eq!(a["published"]["number"], 1);
    assert_eq!(a["latest"]["number"], 2);
    // a stale version is refused
    let stale = app.as_user("kb_editor", upd, vars).await;
    assert_eq!(code(&stale).as_deref(), Some("CONFLICT"));
    // agents still find and read version 1
    let s = search(&app, "agent", "年费").await;
    assert_eq!(
        s["data"]["kbSearch"]["hits"][0]["version"]["number"], 1,
        "{s}"
    );
    let v2 = a["version"].as_i64().expect("v");
    let sub = app
        .as_user(
            "kb_editor",
            &step_q("submitKbArticle"),
            json!({ "i": { "id": id, "expectedVersion": v2 } }),
        )
        .await;
    let v3 = sub["data"]["submitKbArticle"]["version"]
        .as_i64()
        .expect("v");
    app.as_user(
        "kb_reviewer",
        &step_q("publishKbArticle"),
        json!({ "i": { "id": id, "expectedVersion": v3 } }),
    )
    .await;
    let s = search(&app, "agent", "年费").await;
    assert_eq!(s["data"]["kbSearch"]["hits"][0]["version"]["number"], 2);
    let versions = app
        .as_user(
            "agent",
            "query($id: ID!) { kbArticle(id: $id) { versions { number publishedAt } } }",
            json!({ "id": id }),
        )
        .await;
    assert_eq!(
        versions["data"]["kbArticle"]["versions"]
            .as_array()
            .map(Vec::len),
        Some(2),
        "every published version is kept"
    );
}

#[tokio::test]
async fn review_rules_and_permissions_hold() {
    let app = spawn_app().await;
    // agents cannot write, and cannot search drafts
    let b = app
        .as_user(
            "agent",
            CREATE_KB,
            article(&app, "标题", "场景", "方案", &[]),
        )
        .await;
    assert_eq!(code(&b).as_deref(), Some("FORBIDDEN"));
    let b = app
        .as_user(
            "agent",
            SEARCH,
            json!({ "q": "x", "f": { "includeDrafts": true } }),
        )
        .await;
    assert_eq!(code(&b).as_deref(), Some("FORBIDDEN"));
    // the reviewer cannot publish their own edit
    let c = app
        .as_user(
            "kb_reviewer",
            CREATE_KB,
            article(&app, "自己写的文章", "场景", "方案", &[]),
        )
        .await;
    let id = c["data"]["createKbArticle"]["id"]
        .as_str()
        .expect("id")
        .to_string();
    let s = app
        .as_user(
            "kb_reviewer",
            &step_q("submitKbArticle"),
            json!({ "i": { "id": id, "expectedVersion": 1 } }),
        )
        .await;
    let v = s["data"]["submitKbArticle"]["version"].as_i64().expect("v");
    let p = app
        .as_user(
            "kb_reviewer",
            &step_q("publishKbArticle"),
            json!({ "i": { "id": id, "expectedVersion": v } }),
        )
        .await;
    assert_eq!(code(&p).as_deref(), Some("FORBIDDEN"));
    // editors cannot publish at all; drafts are not visible to agents
    let p = app
        .as_user(
            "kb_editor",
            &step_q("publishKbArticle"),
            json!({ "i": { "id": id, "expectedVersion": v } }),
        )
        .await;
    assert_eq!(code(&p).as_deref(), Some("FORBIDDEN"));
    let r = app
        .as_user(
            "agent",
            "query($id: ID!) { kbArticle(id: $id) { id } }",
            json!({ "id": id }),
        )
        .await;
    assert_eq!(code(&r).as_deref(), Some("NOT_FOUND"));
    // publishing a draft that was never submitted is an illegal step
    let c = app
        .as_user(
            "kb_editor",
            CREATE_KB,
            article(&app, "未提交", "场景", "方案", &[]),
        )
        .await;
    let id2 = c["data"]["createKbArticle"]["id"]
        .as_str()
        .expect("id")
        .to_string();
    let p = app
        .as_user(
            "kb_reviewer",
            &step_q("publishKbArticle"),
            json!({ "i": { "id": id2, "expectedVersion": 1 } }),
        )
        .await;
    assert_eq!(code(&p).as_deref(), Some("BAD_USER_INPUT"));
}
