//! Similar complaints show only what the caller may read.
use crate::helpers::*;
use serde_json::json;

#[tokio::test]
async fn similar_complaints_never_show_what_the_caller_may_not_read() {
    let app = spawn_app().await;
    let (mine, _, _) = app.create_complaint("agent", "13812340001").await;
    app.create_complaint("agent", "13812340002").await;
    let (theirs, _, _) = app.create_complaint("agent2", "13812340003").await;
    app.services.index_caught_up().await.expect("caught up");
    let q = "query($id: ID, $t: String) { similarComplaints(complaintId: $id, text: $t, first: 5) { score complaint { id customer { phoneMasked } } } }";
    let other = app.as_user("agent2", q, json!({ "id": theirs })).await;
    let ids: Vec<&str> = other["data"]["similarComplaints"]
        .as_array()
        .expect("list")
        .iter()
        .map(|s| s["complaint"]["id"].as_str().unwrap_or(""))
        .collect();
    assert!(
        ids.is_empty(),
        "agent2 may read none of the others: {other}"
    );
    let expert = app.as_user("expert", q, json!({ "id": theirs })).await;
    let ids: Vec<&str> = expert["data"]["similarComplaints"]
        .as_array()
        .expect("list")
        .iter()
        .map(|s| s["complaint"]["id"].as_str().unwrap_or(""))
        .collect();
    assert!(ids.contains(&mine.as_str()), "{expert}");
    assert!(!ids.contains(&theirs.as_str()));
    // by free text, as while typing a new complaint
    let by_text = app
        .as_user("expert", q, json!({ "t": "视频彩铃扣费要求退还" }))
        .await;
    assert_eq!(
        by_text["data"]["similarComplaints"]
            .as_array()
            .map(Vec::len),
        Some(3),
        "{by_text}"
    );
    // bad input
    for vars in [
        json!({}),
        json!({ "id": mine, "t": "x" }),
        json!({ "t": "  " }),
        json!({ "t": "字".repeat(6000) }),
    ] {
        let b = app.as_user("expert", q, vars).await;
        assert_eq!(code(&b).as_deref(), Some("BAD_USER_INPUT"), "{b}");
    }
    let b = app.as_user("auditor", q, json!({ "t": "视频彩铃" })).await;
    assert_eq!(code(&b).as_deref(), Some("FORBIDDEN"));
}

#[tokio::test]
async fn a_caller_who_reads_few_complaints_still_gets_theirs_past_many_they_may_not_read() {
    let app = spawn_app().await;
    // eight complaints agent2 may not read, indexed first, so they rank
    // first among equals; then the one agent2 registered
    for i in 0..8 {
        app.create_complaint("agent", &format!("1381234100{i}"))
            .await;
    }
    let (theirs, _, _) = app.create_complaint("agent2", "13812341100").await;
    app.services.index_caught_up().await.expect("caught up");
    let q = "query($t: String) { similarComplaints(text: $t, first: 1) { complaint { id } } }";
    let b = app
        .as_user("agent2", q, json!({ "t": "视频彩铃扣费要求退还" }))
        .await;
    let ids: Vec<&str> = b["data"]["similarComplaints"]
        .as_array()
        .unwrap_or_else(|| panic!("{b}"))
        .iter()
        .map(|s| s["complaint"]["id"].as_str().unwrap_or(""))
        .collect();
    assert_eq!(ids, vec![theirs.as_str()], "{b}");
}

/// At intake the text comes with the category the agent chose: of two
/// complaints worded alike, the one of that category comes first; an
/// unknown category, or a category beside a complaint id, is refused.
#[tokio::test]
async fn a_text_with_its_chosen_category_ranks_that_category_first_among_near_equals() {
    let app = spawn_app().await;
    let other = app
        .services
        .create_category(
            None,
            &meta(),
            "billing.package",
            "套餐争议",
            Some(app.top_category_id),
            None,
        )
        .await
        .expect("category")
        .id
        .0;
    let mut ids = std::collections::HashMap::new();
    for (i, category) in [app.category_id, other].into_iter().enumerate() {
        let body = app
            .as_user(
                "agent",
                CREATE,
                json!({ "i": {
                    "customerPhone": format!("1381234006{i}"), "customerName": "赵六",
                    "channel": "HOTLINE", "categoryId": category.to_string(), "priority": "NORMAL",
                    "title": "流量包扣费后没有到账",
                    "description": "昨天订购的流量包已经扣费，但是流量一直没有到账。"
                }}),
            )
            .await;
        let id = body["data"]["createComplaint"]["complaint"]["id"]
            .as_str()
            .unwrap_or_else(|| panic!("create failed: {body}"))
            .to_string();
        ids.insert(category, id);
    }
    app.services.index_caught_up().await.expect("caught up");
    let q = "query($t: String, $c: ID, $id: ID) { similarComplaints(text: $t, categoryId: $c, complaintId: $id, first: 2) { complaint { id } } }";
    let first = |body: serde_json::Value| -> Vec<String> {
        body["data"]["similarComplaints"]
            .as_array()
            .unwrap_or_else(|| panic!("similarComplaints failed: {body}"))
            .iter()
            .map(|s| s["complaint"]["id"].as_str().unwrap_or("").to_string())
            .collect()
    };
    let text = "流量包扣了钱流量没到账";
    for category in [app.category_id, other] {
        let found = first(
            app.as_user("expert", q, json!({ "t": text, "c": category.to_string() }))
                .await,
        );
        assert_eq!(found.len(), 2, "both are alike: {found:?}");
        assert_eq!(found[0], ids[&category], "the chosen category first");
    }

    let before = app.count("audit_logs").await;
    let unknown = app
        .as_user("expert", q, json!({ "t": text, "c": "999999" }))
        .await;
    assert_eq!(
        code(&unknown).as_deref(),
        Some("BAD_USER_INPUT"),
        "{unknown}"
    );
    assert_eq!(
        unknown["errors"][0]["extensions"]["field"].as_str(),
        Some("categoryId"),
        "{unknown}"
    );
    let both = app
        .as_user(
            "expert",
            q,
            json!({ "id": ids[&other], "c": app.category_id.to_string() }),
        )
        .await;
    assert_eq!(code(&both).as_deref(), Some("BAD_USER_INPUT"), "{both}");
    assert_eq!(
        app.count("audit_logs").await,
        before,
        "a refusal reads nothing"
    );
}
