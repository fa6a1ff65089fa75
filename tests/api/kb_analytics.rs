//! Search analytics for KB editors: agents' knowledge-base searches are
//! recorded without personal data, retyping merges into one row, an opened
//! result and an article put on a complaint are linked to the search they
//! came from, and editors read the top, zero-result and unopened queries and
//! the articles no search found. Runs on SQLite and, with
//! `KESU_TEST_DATABASE_URL`, on PostgreSQL.
use crate::helpers::*;
use chrono::{Duration, TimeZone, Utc};
use kesu::domain::ManualClock;
use serde_json::{json, Value};
use std::sync::Arc;

const SEARCH: &str = "query($q: String!, $after: String, $f: KbSearchFilter) {
    kbSearch(query: $q, first: 5, after: $after, filter: $f) {
      searchId endCursor hits { article { id } } } }";
const OPEN: &str = "mutation($i: RecordKbSearchOpenInput!) { recordKbSearchOpen(input: $i) }";
const SUMMARY: &str = "query { kbSearchSummary {
    searches distinctQueries zeroResult opened used zeroResultRate openRate useRate } }";
const STATS: &str = "query($k: KbQueryStatKind!) { kbQueryStats(kind: $k, first: 50) {
    nodes { query searches averageResults opened used lastSearchedAt } } }";
const NEVER: &str =
    "query { kbArticlesNeverFound(first: 50) { nodes { id published { title } } } }";

async fn search(app: &TestApp, user: &str, q: &str) -> (Option<String>, Vec<String>) {
    let b = app.as_user(user, SEARCH, json!({ "q": q })).await;
    let r = &b["data"]["kbSearch"];
    assert!(r.is_object(), "{b}");
    let ids = r["hits"]
        .as_array()
        .expect("hits")
        .iter()
        .map(|h| h["article"]["id"].as_str().expect("id").to_string())
        .collect();
    (r["searchId"].as_str().map(str::to_string), ids)
}

async fn stats(app: &TestApp, kind: &str) -> Vec<Value> {
    let b = app.as_user("kb_editor", STATS, json!({ "k": kind })).await;
    b["data"]["kbQueryStats"]["nodes"]
        .as_array()
        .unwrap_or_else(|| panic!("{b}"))
        .clone()
}

fn queries(rows: &[Value]) -> Vec<&str> {
    rows.iter()
        .map(|r| r["query"].as_str().expect("query"))
        .collect()
}

fn clocked() -> Arc<ManualClock> {
    Arc::new(ManualClock::new(
        Utc.with_ymd_and_hms(2026, 12, 1, 2, 0, 0).unwrap(),
    ))
}

async fn create_with_article(app: &TestApp, article: &str, search_id: Option<&str>) -> Value {
    app.as_user(
        "agent",
        CREATE,
        json!({ "i": {
            "customerPhone": "13700001111", "customerName": "李四",
            "channel": "HOTLINE", "categoryId": app.category_id.to_string(),
            "description": "光猫红灯一直闪，上不了网。",
            "usedKbArticleId": article, "kbSearchId": search_id,
        }}),
    )
    .await
}

#[tokio::test]
async fn searches_are_recorded_without_personal_data_and_linked_to_opens_and_complaints() {
    let clock = clocked();
    let app = spawn_app_with_clock(clock.clone()).await;
    let modem = publish_article(
        &app,
        "光猫指示灯异常的排查",
        "用户家中光猫红灯闪烁，无法上网。",
        "请用户重启光猫，仍不恢复则派单上门检修。",
    )
    .await;
    let card = publish_article(
        &app,
        "信用卡年费减免的办理",
        "持卡人对年费有异议，要求减免。",
        "核实消费次数，符合条件的为其申请减免。",
    )
    .await;
    publish_article(
        &app,
        "光猫更换流程",
        "光猫损坏需要更换。",
        "登记旧光猫序列号，预约装维人员上门更换。",
    )
    .await;

    // three different searches by the agent, a minute apart
    let (s1, hits) = search(&app, "agent", "光猫红灯").await;
    let s1 = s1.expect("a first page of published articles is logged");
    assert_eq!(s1.len(), 32);
    assert!(hits.contains(&modem), "{hits:?}");
    clock.advance(Duration::minutes(1));
    let (s2, _) = search(&app, "agent", "我的号码13912345678 光猫").await;
    assert!(s2.is_some());
    clock.advance(Duration::minutes(1));
    let (s3, hits) = search(&app, "agent", "量子纠缠套餐").await;
    assert!(hits.is_empty() && s3.is_some());
    // not logged: an editor's draft search, a later page, titles as you type
    clock.advance(Duration::minutes(1));
    let drafts = app
        .as_user(
            "kb_editor",
            SEARCH,
            json!({ "q": "光猫", "f": { "includeDrafts": true } }),
        )
        .await;
    assert!(drafts["data"]["kbSearch"]["searchId"].is_null(), "{drafts}");
    let paged = "query($q: String!, $after: String) {
        kbSearch(query: $q, first: 1, after: $after) { searchId endCursor } }";
    let page1 = app.as_user("agent", paged, json!({ "q": "光猫" })).await;
    assert!(page1["data"]["kbSearch"]["searchId"].is_string(), "{page1}");
    let cursor = page1["data"]["kbSearch"]["endCursor"].clone();
    assert!(cursor.is_string(), "two articles say 光猫: {page1}");
    let later = app
        .as_user("agent", paged, json!({ "q": "光猫", "after": cursor }))
        .await;
    assert!(later["data"]["kbSearch"]["searchId"].is_null(), "{later}");
    let suggest = app
        .as_user(
            "agent",
            "query { kbSuggest(prefix: \"光猫\") { articleId } }",
            json!({}),
        )
        .await;
    assert!(suggest["errors"].is_null(), "{suggest}");

    // opens: only the searcher's counts, the first one only; a bad id is refused
    let bad = app
        .as_user(
            "agent",
            OPEN,
            json!({ "i": { "searchId": "not-a-key", "articleId": modem } }),
        )
        .await;
    assert_eq!(code(&bad).as_deref(), Some("BAD_USER_INPUT"), "{bad}");
    assert_eq!(bad["errors"][0]["extensions"]["field"], "searchId", "{bad}");
    let other = app
        .as_user(
            "agent2",
            OPEN,
            json!({ "i": { "searchId": s1, "articleId": card } }),
        )
        .await;
    assert_eq!(other["data"]["recordKbSearchOpen"], true, "{other}");
    let open = app
        .as_user(
            "agent",
            OPEN,
            json!({ "i": { "searchId": s1, "articleId": modem } }),
        )
        .await;
    assert_eq!(open["data"]["recordKbSearchOpen"], true, "{open}");

    // the article goes onto a complaint, picked from that search
    let created = create_with_article(&app, &modem, Some(&s1)).await;
    assert!(created["errors"].is_null(), "{created}");

    // the editor's view
    let summary = app.as_user("kb_editor", SUMMARY, json!({})).await;
    let s = &summary["data"]["kbSearchSummary"];
    assert_eq!(s["searches"], 4, "{summary}"); // the three, and the paged 光猫
    assert_eq!(s["zeroResult"], 1, "{summary}");
    assert_eq!(s["opened"], 1, "{summary}");
    assert_eq!(s["used"], 1, "{summary}");
    assert_eq!(s["zeroResultRate"], 0.25, "{summary}");
    assert_eq!(s["useRate"], 0.25, "{summary}");

    let top = stats(&app, "TOP").await;
    let top_q = queries(&top);
    assert!(top_q.contains(&"我的号码[号码] 光猫"), "{top_q:?}");
    assert!(top_q.iter().all(|q| !q.contains("1391234")), "{top_q:?}");
    let modem_row = top.iter().find(|r| r["query"] == "光猫红灯").expect("row");
    assert_eq!(
        (modem_row["opened"].as_i64(), modem_row["used"].as_i64()),
        (Some(1), Some(1))
    );
    assert_eq!(
        modem_row["lastSearchedAt"].as_str().map(|t| &t[..16]),
        Some("2026-12-01T02:00")
    );
    assert_eq!(
        queries(&stats(&app, "ZERO_RESULT").await),
        vec!["量子纠缠套餐"]
    );
    let unopened = queries(&stats(&app, "UNOPENED").await)
        .into_iter()
        .map(str::to_string)
        .collect::<Vec<_>>();
    assert!(
        unopened.contains(&"我的号码[号码] 光猫".to_string()),
        "{unopened:?}"
    );
    assert!(!unopened.contains(&"光猫红灯".to_string()), "{unopened:?}");
    assert!(
        !unopened.contains(&"量子纠缠套餐".to_string()),
        "{unopened:?}"
    );

    // nothing personal was stored anywhere in the log
    assert_eq!(
        app.scalar("SELECT COUNT(*) FROM kb_search_log WHERE query LIKE '%1391234%' OR query_key LIKE '%1391234%'")
            .await,
        0
    );

    // the article every search missed is listed, a found one is not
    let never = app.as_user("kb_editor", NEVER, json!({})).await;
    let ids: Vec<&str> = never["data"]["kbArticlesNeverFound"]["nodes"]
        .as_array()
        .unwrap_or_else(|| panic!("{never}"))
        .iter()
        .map(|n| n["id"].as_str().expect("id"))
        .collect();
    assert!(!ids.contains(&modem.as_str()), "{never}");
    assert!(ids.contains(&card.as_str()), "{never}");
}

#[tokio::test]
async fn an_article_nobody_searched_for_is_never_found_and_editors_only_read_analytics() {
    let app = spawn_app().await;
    let lonely = publish_article(
        &app,
        "冰箱不制冷的上门检修",
        "冰箱冷藏室不凉，压缩机不启动。",
        "预约上门检修，保修期内免费。",
    )
    .await;
    let (_, hits) = search(&app, "agent", "宽带掉线").await;
    assert!(!hits.contains(&lonely));
    let never = app.as_user("kb_editor", NEVER, json!({})).await;
    let nodes = never["data"]["kbArticlesNeverFound"]["nodes"]
        .as_array()
        .unwrap_or_else(|| panic!("{never}"))
        .clone();
    assert!(
        nodes
            .iter()
            .any(|n| n["id"] == lonely && n["published"]["title"] == "冰箱不制冷的上门检修"),
        "{never}"
    );
    // found once: no longer listed
    let (_, hits) = search(&app, "agent", "冰箱不制冷").await;
    assert!(hits.contains(&lonely), "{hits:?}");
    let never = app.as_user("kb_editor", NEVER, json!({})).await;
    assert!(
        !never.to_string().contains("冰箱不制冷的上门检修"),
        "{never}"
    );

    // agents may not read analytics; a period must be sane
    for q in [SUMMARY, NEVER] {
        let denied = app.as_user("agent", q, json!({})).await;
        assert_eq!(code(&denied).as_deref(), Some("FORBIDDEN"), "{denied}");
    }
    let backwards = app
        .as_user(
            "kb_editor",
            "query { kbSearchSummary(from: \"2026-12-02T00:00:00Z\", to: \"2026-12-01T00:00:00Z\") { searches } }",
            json!({}),
        )
        .await;
    assert_eq!(
        code(&backwards).as_deref(),
        Some("BAD_USER_INPUT"),
        "{backwards}"
    );
    let long = app
        .as_user(
            "kb_editor",
            "query { kbQueryStats(kind: TOP, from: \"2024-01-01T00:00:00Z\", to: \"2026-01-01T00:00:00Z\") { nodes { query } } }",
            json!({}),
        )
        .await;
    assert_eq!(code(&long).as_deref(), Some("BAD_USER_INPUT"), "{long}");
}

#[tokio::test]
async fn retyping_merges_and_a_complaint_finds_the_search_its_article_was_opened_from() {
    let clock = clocked();
    let app = spawn_app_with_clock(clock.clone()).await;
    let modem = publish_article(
        &app,
        "光猫指示灯异常的排查",
        "用户家中光猫红灯闪烁，无法上网。",
        "请用户重启光猫，仍不恢复则派单上门检修。",
    )
    .await;
    // typed in three goes, seconds apart: one search, the last text
    for q in ["光猫", "光猫红灯", "光猫红灯闪烁"] {
        search(&app, "agent", q).await;
        clock.advance(Duration::seconds(3));
    }
    // the same words in Traditional by another agent group with them
    search(&app, "agent2", "光貓紅燈閃爍").await;
    let top = stats(&app, "TOP").await;
    assert_eq!(top.len(), 1, "{top:?}");
    assert_eq!(top[0]["searches"], 2, "{top:?}");
    // long after, the same start is a new search
    clock.advance(Duration::minutes(5));
    let (sid, _) = search(&app, "agent", "光猫").await;
    let sid = sid.expect("logged");
    app.services.kb_search_log().drain().await;
    assert_eq!(app.count("kb_search_log").await, 3);
    let open = app
        .as_user(
            "agent",
            OPEN,
            json!({ "i": { "searchId": sid, "articleId": modem } }),
        )
        .await;
    assert_eq!(open["data"]["recordKbSearchOpen"], true, "{open}");
    // an opened search is not merged into by the next keystrokes
    clock.advance(Duration::seconds(2));
    search(&app, "agent", "光猫红灯").await;
    app.services.kb_search_log().drain().await;
    assert_eq!(app.count("kb_search_log").await, 4);

    // a kbSearchId without the article is refused, and writes nothing
    let before = app.snapshot().await;
    let refused = app
        .as_user(
            "agent",
            CREATE,
            json!({ "i": {
                "customerPhone": "13700001111", "customerName": "李四",
                "categoryId": app.category_id.to_string(),
                "description": "光猫红灯一直闪。", "kbSearchId": sid,
            }}),
        )
        .await;
    assert_eq!(
        code(&refused).as_deref(),
        Some("BAD_USER_INPUT"),
        "{refused}"
    );
    assert_eq!(refused["errors"][0]["extensions"]["field"], "kbSearchId");
    assert_eq!(app.snapshot().await, before);

    // without a search id, the agent's latest search that opened the article counts
    let created = create_with_article(&app, &modem, None).await;
    assert!(created["errors"].is_null(), "{created}");
    app.services.kb_search_log().drain().await;
    let used_key = app
        .scalar(&format!(
            "SELECT COUNT(*) FROM kb_search_log WHERE used_article_id = {modem} AND search_key = '{sid}'"
        ))
        .await;
    assert_eq!(used_key, 1);
}

#[tokio::test]
async fn with_analytics_off_no_search_is_recorded() {
    let app = spawn_app_with(|c| c.search_analytics = false).await;
    publish_article(
        &app,
        "光猫指示灯异常的排查",
        "用户家中光猫红灯闪烁，无法上网。",
        "请用户重启光猫。",
    )
    .await;
    let (sid, hits) = search(&app, "agent", "光猫红灯").await;
    assert!(sid.is_none() && !hits.is_empty());
    app.services.kb_search_log().drain().await;
    assert_eq!(app.count("kb_search_log").await, 0);
}
