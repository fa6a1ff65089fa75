//! Usage evidence: a complaint that records the article that answered it
//! makes the caller's words find that article next time (never shown in a
//! snippet, phone numbers scrubbed), and an index written with an older
//! schema is rebuilt from the database when the server starts.
use crate::helpers::*;
use serde_json::{json, Value};

const SEARCH: &str = "query($q: String!) { kbSearch(query: $q, first: 5) {
    hits { article { id } snippet } } }";

async fn hits(app: &TestApp, q: &str) -> Vec<Value> {
    let b = app.as_user("agent", SEARCH, json!({ "q": q })).await;
    b["data"]["kbSearch"]["hits"]
        .as_array()
        .unwrap_or_else(|| panic!("{b}"))
        .clone()
}

fn ids(hits: &[Value]) -> Vec<&str> {
    hits.iter()
        .map(|h| h["article"]["id"].as_str().expect("id"))
        .collect()
}

#[tokio::test]
async fn the_words_of_complaints_an_article_answered_find_it_next_time() {
    let app = spawn_app().await;
    let article = publish_article(
        &app,
        "宽带速率低于签约带宽的处理",
        "用户反映实际下载速率明显低于签约带宽。",
        "远程测速，核实线路质量；确属线路问题的派单检修。",
    )
    .await;
    // the editor's wording has nothing of how callers say it
    assert!(hits(&app, "网卡得要命 刷不出来").await.is_empty());

    let created = app
        .as_user(
            "agent",
            CREATE,
            json!({ "i": {
                "customerPhone": "13700002222", "customerName": "王五",
                "channel": "HOTLINE", "categoryId": app.category_id.to_string(),
                "title": "家里网卡得要命",
                "description": "晚上视频根本刷不出来，网卡得要命，打我电话13912345678。",
                "usedKbArticleId": article,
            }}),
        )
        .await;
    assert!(created["errors"].is_null(), "{created}");
    app.services.index_caught_up().await.expect("caught up");

    let found = hits(&app, "网卡得要命 刷不出来").await;
    assert_eq!(ids(&found), vec![article.as_str()], "{found:?}");
    // matched, never shown: the snippet is the article's own text
    let snippet = found[0]["snippet"].as_str().expect("snippet");
    assert!(!snippet.contains("网卡得要命"), "{snippet}");
    // the phone number in the complaint did not reach the knowledge base
    assert!(hits(&app, "13912345678").await.is_empty());
    // the article's own words still rank it as before
    assert_eq!(
        ids(&hits(&app, "签约带宽").await).first().copied(),
        Some(article.as_str())
    );
}

#[tokio::test]
async fn an_index_written_with_another_schema_is_rebuilt_at_start() {
    let dir = tempfile::tempdir().expect("dir");
    let config = kesu::config::Config {
        data_dir: dir.path().to_path_buf(),
        database_url: fresh_database_url(dir.path()).await,
        ..Default::default()
    };
    let services = kesu::startup::build_services(
        config.clone(),
        std::sync::Arc::new(kesu::domain::SystemClock),
    )
    .await
    .expect("services");
    assert!(!services.search_needs_rebuild());
    kesu::demo::seed_if_empty(&services)
        .await
        .expect("seed")
        .expect("seeded");
    services.reindex().await.expect("reindex");
    drop(services);

    // an older Kesu's knowledge-base index: same place, fewer fields
    let kb_root = config.effective_index_dir().join("kb");
    let current = std::fs::read_to_string(kb_root.join("CURRENT")).expect("CURRENT");
    let gen = kb_root.join(current.trim());
    std::fs::remove_dir_all(&gen).expect("rm");
    std::fs::create_dir_all(&gen).expect("mkdir");
    let mut b = tantivy::schema::Schema::builder();
    b.add_u64_field(
        "article_id",
        tantivy::schema::INDEXED | tantivy::schema::FAST,
    );
    b.add_text_field("title_w", tantivy::schema::TEXT);
    tantivy::Index::create_in_dir(&gen, b.build()).expect("old index");

    let services =
        kesu::startup::build_services(config, std::sync::Arc::new(kesu::domain::SystemClock))
            .await
            .expect("services start over an old index");
    assert!(
        services.search_needs_rebuild(),
        "the old schema was noticed"
    );
    let out = demo_agent_kb_search(&services, "充不进电").await;
    assert!(!out.hits.is_empty(), "rebuilt from the database at start");
}
