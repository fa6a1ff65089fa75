//! The queue's search box: words through the complaint index (Chinese
//! analysis and synonyms), a phone number to that customer's complaints, a
//! complaint number to that complaint; always inside the actor's scope.
use crate::helpers::*;
use serde_json::json;

const QUEUE: &str =
    "query($t: String) { complaints(filter: { text: $t }) { totalCount edges { node { id } } } }";

async fn create(
    app: &TestApp,
    username: &str,
    phone: &str,
    title: &str,
    description: &str,
) -> String {
    let body = app
        .as_user(
            username,
            CREATE,
            json!({ "i": {
                "customerPhone": phone, "customerName": "李四", "channel": "HOTLINE",
                "categoryId": app.category_id.to_string(), "priority": "NORMAL",
                "title": title, "description": description
            }}),
        )
        .await;
    let id = &body["data"]["createComplaint"]["complaint"]["id"];
    id.as_str()
        .unwrap_or_else(|| panic!("create failed: {body}"))
        .to_string()
}

async fn found(app: &TestApp, username: &str, text: &str) -> Vec<String> {
    let body = app.as_user(username, QUEUE, json!({ "t": text })).await;
    let conn = &body["data"]["complaints"];
    let ids: Vec<String> = conn["edges"]
        .as_array()
        .unwrap_or_else(|| panic!("no list: {body}"))
        .iter()
        .map(|e| e["node"]["id"].as_str().expect("id").to_string())
        .collect();
    assert_eq!(conn["totalCount"], ids.len(), "{body}");
    ids
}

#[tokio::test]
async fn the_queue_finds_complaints_by_words_synonyms_phone_and_number_within_scope() {
    let app = spawn_app().await;
    let broadband = create(
        &app,
        "agent",
        "139-0000-1111",
        "家里宽带经常掉线",
        "晚上八点以后宽带频繁掉线，重启光猫也没有用。",
    )
    .await;
    let (billing, _, billing_number) = app.create_complaint("agent", "13812341234").await;
    let elsewhere = create(
        &app,
        "agent2",
        "13700002222",
        "宽带掉线严重",
        "宽带一天掉线好几次，影响居家办公。",
    )
    .await;
    app.services.index_caught_up().await.expect("caught up");

    assert_eq!(
        found(&app, "agent", "宽带 掉线").await,
        vec![broadband.clone()]
    );
    // 断网 is a synonym of 掉线 (search/synonyms.txt), and Traditional is simplified
    assert_eq!(found(&app, "agent", "断网").await, vec![broadband.clone()]);
    assert_eq!(found(&app, "agent", "寬帶").await, vec![broadband.clone()]);
    // every part must match
    assert!(found(&app, "agent", "宽带 话费").await.is_empty());
    assert_eq!(found(&app, "agent", "话费").await, vec![billing.clone()]);

    assert_eq!(
        found(&app, "agent", "13900001111").await,
        vec![broadband.clone()]
    );
    assert_eq!(
        found(&app, "agent", "138 1234 1234").await,
        vec![billing.clone()]
    );
    assert!(found(&app, "agent", "13600009999").await.is_empty());
    assert_eq!(
        found(&app, "agent", &billing_number).await,
        vec![billing.clone()]
    );

    // scope still applies: the other store's complaint is found only by its own agent
    assert!(found(&app, "agent", "13700002222").await.is_empty());
    assert!(!found(&app, "agent", "严重").await.contains(&elsewhere));
    assert_eq!(found(&app, "agent2", "宽带 掉线").await, vec![elsewhere]);
}
