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
