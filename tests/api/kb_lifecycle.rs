//! Knowledge base over time: archiving, restarts and rebuilds of the index,
//! announcements, and counting articles.
use crate::helpers::*;
use crate::kb::*;
use serde_json::json;

#[tokio::test]
async fn archived_articles_leave_the_index_and_complaints_record_the_article_used() {
    let app = spawn_app().await;
    let (vas, ac, _) = seed(&app).await;
    let created = app
        .as_user("agent", "mutation($i: CreateComplaintInput!) { createComplaint(input: $i) { complaint { usedKbVersion { title number } } } }",
            json!({ "i": { "customerPhone": "13800000001", "customerName": "刘女士", "categoryId": app.category_id.to_string(),
                "description": "视频彩铃扣费，已按知识库解释", "usedKbArticleId": vas } }))
        .await;
    assert_eq!(
        created["data"]["createComplaint"]["complaint"]["usedKbVersion"]["number"], 1,
        "{created}"
    );
    let v = app
        .as_user(
            "kb_reviewer",
            "query($id: ID!) { kbArticle(id: $id) { version } }",
            json!({ "id": ac }),
        )
        .await;
    let v = v["data"]["kbArticle"]["version"].as_i64().expect("v");
    app.as_user(
        "kb_reviewer",
        &step_q("archiveKbArticle"),
        json!({ "i": { "id": ac, "expectedVersion": v } }),
    )
    .await;
    assert!(!hit_ids(&search(&app, "agent", "KFR-35GW").await).contains(&ac));
}

#[tokio::test]
async fn the_index_resumes_after_a_restart_and_rebuilds_atomically() {
    let app = spawn_app().await;
    let (vas, _, _) = seed(&app).await;
    app.services.index_caught_up().await.expect("caught up");
    // a second engine over the same directory starts from the committed checkpoint
    let dir = app.services.config().effective_index_dir();
    let engine = kesu::search::SearchEngine::open(
        &dir.join("copy-check"),
        kesu::search::synonyms::Synonyms::default(),
        None,
    );
    assert!(engine.is_ok());
    let rebuilt = app.services.reindex().await.expect("reindex");
    assert_eq!(rebuilt, 3);
    // the rebuilt generation, merged into one segment, kept its checkpoint
    let reopened =
        kesu::search::SearchEngine::open(&dir, kesu::search::synonyms::Synonyms::default(), None)
            .expect("reopen");
    assert!(reopened.checkpoint() > 0, "checkpoint lost in the merge");
    let current = std::fs::read_to_string(dir.join("kb/CURRENT")).expect("CURRENT");
    let segments = tantivy::Index::open_in_dir(dir.join("kb").join(current.trim()))
        .expect("kb index")
        .searchable_segment_ids()
        .expect("segments");
    assert_eq!(segments.len(), 1, "{segments:?}");
    assert_eq!(
        hit_ids(&search(&app, "agent", "视频彩铃").await).first(),
        Some(&vas)
    );
    let gens: Vec<_> = std::fs::read_dir(dir.join("kb"))
        .expect("dir")
        .flatten()
        .map(|e| e.file_name())
        .collect();
    assert!(
        gens.iter().any(|g| g.to_string_lossy() == "gen-2"),
        "{gens:?}"
    );
}

#[tokio::test]
async fn announcements_give_one_explanation_and_complaints_link_to_them() {
    let app = spawn_app().await;
    let create =
        "mutation($i: CreateAnnouncementInput!) { createAnnouncement(input: $i) { id title } }";
    let input = json!({ "i": { "title": "计费系统故障导致重复扣费", "explanation": "11月23日计费系统升级导致部分用户重复扣费，系统将于3个工作日内自动退还，无需另行申请。",
        "categoryId": app.category_id.to_string() } });
    let denied = app.as_user("agent", create, input.clone()).await;
    assert_eq!(code(&denied).as_deref(), Some("FORBIDDEN"));
    let made = app.as_user("supervisor", create, input).await;
    let id = made["data"]["createAnnouncement"]["id"]
        .as_str()
        .unwrap_or_else(|| panic!("{made}"))
        .to_string();
    let bad = app
        .as_user("supervisor", create, json!({ "i": { "title": "x", "explanation": "y", "activeFrom": "2026-11-24T00:00:00Z", "activeUntil": "2026-11-23T00:00:00Z" } }))
        .await;
    assert_eq!(code(&bad).as_deref(), Some("BAD_USER_INPUT"));
    let list = app
        .as_user(
            "agent",
            "{ announcements { edges { node { id explanation category { code } } } } }",
            json!({}),
        )
        .await;
    assert_eq!(
        list["data"]["announcements"]["edges"][0]["node"]["id"],
        json!(id),
        "{list}"
    );
    let c = app
        .as_user("agent", "mutation($i: CreateComplaintInput!) { createComplaint(input: $i) { complaint { id } } }",
            json!({ "i": { "customerPhone": "13800000009", "customerName": "周先生", "categoryId": app.category_id.to_string(),
                "description": "本月被重复扣费", "announcementId": id } }))
        .await;
    assert!(
        c["data"]["createComplaint"]["complaint"]["id"].is_string(),
        "{c}"
    );
    let unknown = app
        .as_user("agent", "mutation($i: CreateComplaintInput!) { createComplaint(input: $i) { complaint { id } } }",
            json!({ "i": { "customerPhone": "13800000009", "customerName": "周先生", "categoryId": app.category_id.to_string(),
                "description": "本月被重复扣费", "announcementId": "99999" } }))
        .await;
    assert_eq!(code(&unknown).as_deref(), Some("BAD_USER_INPUT"));
}

#[tokio::test]
async fn the_total_counts_articles_not_versions_when_drafts_are_included() {
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
    publish(
        &app,
        article(
            &app,
            "年费争议的退费流程",
            "客户认为年费不应收取。",
            "1. 核实开卡时的年费约定。",
            &["年费"],
        ),
    )
    .await;
    // a pending draft of the first article matches too
    let upd = "mutation($i: UpdateKbArticleInput!) { updateKbArticle(input: $i) { status } }";
    let mut vars = article(
        &app,
        "信用卡年费减免政策（2027版）",
        "客户咨询年费能否减免。",
        "1. 当年刷卡满12次免次年年费。",
        &["年费"],
    );
    vars["i"]["id"] = json!(id);
    vars["i"]["expectedVersion"] = json!(v);
    let b = app.as_user("kb_editor", upd, vars).await;
    assert_eq!(b["data"]["updateKbArticle"]["status"], "draft", "{b}");
    app.services.index_caught_up().await.expect("caught up");
    for q in [
        "query($q: String!, $f: KbSearchFilter) { kbSearch(query: $q, filter: $f) { total facets { count } hits { article { id } } } }",
        "query($q: String!, $f: KbSearchFilter) { kbSearch(query: $q, filter: $f) { total hits { article { id } } } }",
    ] {
        let body = app
            .as_user("kb_editor", q, json!({ "q": "年费", "f": { "includeDrafts": true } }))
            .await;
        let s = &body["data"]["kbSearch"];
        assert_eq!(s["hits"].as_array().map(Vec::len), Some(2), "{body}");
        assert_eq!(s["total"], 2, "two articles, three versions: {body}");
        if let Some(facets) = s["facets"].as_array() {
            let sum: i64 = facets.iter().filter_map(|f| f["count"].as_i64()).sum();
            assert_eq!(sum, 2, "facets count articles too: {body}");
        }
    }
}
