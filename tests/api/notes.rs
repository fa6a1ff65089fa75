//! Notes: internal by default; a customer-visible progress note needs its own
//! permission, may promise the next reply time, and shows in the customer's
//! timeline beside the four states the customer sees.
use crate::helpers::*;
use crate::reasons::reason_of;
use serde_json::json;

const NOTE: &str = "mutation($i: AddComplaintNoteInput!) { addComplaintNote(input: $i) {
    kind visibility body promisedReplyAt } }";
const CUSTOMER_TIMELINE: &str = "query($id: ID!) { complaint(id: $id) {
    customerTimeline { kind publicStatus publicStatusLabel body promisedReplyAt at } } }";

#[tokio::test]
async fn a_customer_visible_note_needs_its_own_permission_and_a_future_promise() {
    let app = spawn_app().await;
    let (id, v, _) = app.create_complaint("agent", "13812341234").await;
    app.drive(&id, v, "ESCALATED").await;

    let internal = app
        .as_user(
            "agent",
            NOTE,
            json!({ "i": { "id": id, "body": "客户情绪激动" } }),
        )
        .await;
    assert_eq!(
        internal["data"]["addComplaintNote"]["visibility"], "INTERNAL",
        "{internal}"
    );
    let before = app.snapshot().await;
    let denied = app
        .as_user(
            "agent",
            NOTE,
            json!({ "i": { "id": id, "body": "已为您加急处理", "visibility": "CUSTOMER" } }),
        )
        .await;
    assert_eq!(
        reason_of(&denied),
        ("FORBIDDEN".into(), "MISSING_PERMISSION".into(), None),
        "{denied}"
    );
    let after_denial = app.snapshot().await;
    assert_eq!(
        after_denial
            .iter()
            .filter(|(t, _)| t != "audit_logs")
            .collect::<Vec<_>>(),
        before
            .iter()
            .filter(|(t, _)| t != "audit_logs")
            .collect::<Vec<_>>(),
        "a refused note writes nothing but its audit record"
    );

    let past = (chrono::Utc::now() - chrono::Duration::hours(1)).to_rfc3339();
    let b = app
        .as_user(
            "expert",
            NOTE,
            json!({ "i": { "id": id, "body": "已联系计费部门", "visibility": "CUSTOMER", "promisedReplyAt": past } }),
        )
        .await;
    assert_eq!(
        reason_of(&b),
        (
            "BAD_USER_INPUT".into(),
            "INVALID_INPUT".into(),
            Some("promisedReplyAt".into())
        ),
        "{b}"
    );
    let future = (chrono::Utc::now() + chrono::Duration::hours(24)).to_rfc3339();
    let b = app
        .as_user(
            "expert",
            NOTE,
            json!({ "i": { "id": id, "body": "内部备注", "promisedReplyAt": future } }),
        )
        .await;
    assert_eq!(
        reason_of(&b).2.as_deref(),
        Some("promisedReplyAt"),
        "only a customer-visible note promises a reply: {b}"
    );
    let b = app
        .as_user(
            "expert",
            NOTE,
            json!({ "i": { "id": id, "body": "已联系计费部门核实，明天给您答复。", "visibility": "CUSTOMER", "promisedReplyAt": future } }),
        )
        .await;
    let n = &b["data"]["addComplaintNote"];
    assert_eq!(n["visibility"], "CUSTOMER", "{b}");
    assert!(n["promisedReplyAt"].is_string(), "{b}");
    for user in ["supervisor"] {
        let b = app
            .as_user(
                user,
                NOTE,
                json!({ "i": { "id": id, "body": "主管已跟进", "visibility": "CUSTOMER" } }),
            )
            .await;
        assert_eq!(
            b["data"]["addComplaintNote"]["visibility"], "CUSTOMER",
            "{b}"
        );
    }
    let me = app
        .as_user("expert", "{ me { permissions } }", json!({}))
        .await;
    assert!(me["data"]["me"]["permissions"]
        .as_array()
        .expect("permissions")
        .contains(&json!("complaint.note.customer")));
}

#[tokio::test]
async fn the_customer_timeline_shows_the_four_states_and_customer_notes_only() {
    let app = spawn_app().await;
    let (id, v, _) = app.create_complaint("agent", "13812341234").await;
    app.as_user(
        "expert",
        NOTE,
        json!({ "i": { "id": id, "body": "已受理，正在核实。", "visibility": "CUSTOMER" } }),
    )
    .await;
    app.as_user(
        "expert",
        NOTE,
        json!({ "i": { "id": id, "body": "内部：可能是系统批量开通" } }),
    )
    .await;
    app.drive(&id, v, "RESOLVED").await;
    let b = app
        .as_user("agent", CUSTOMER_TIMELINE, json!({ "id": id }))
        .await;
    let entries = b["data"]["complaint"]["customerTimeline"]
        .as_array()
        .unwrap_or_else(|| panic!("{b}"))
        .clone();
    let got: Vec<(String, String)> = entries
        .iter()
        .map(|e| {
            (
                e["kind"].as_str().unwrap_or("").to_string(),
                e["publicStatus"].as_str().unwrap_or("").to_string(),
            )
        })
        .collect();
    let want: Vec<(String, String)> = [
        ("STATUS", "ACCEPTED"),
        ("NOTE", "ACCEPTED"),
        ("STATUS", "IN_PROGRESS"),
        ("STATUS", "INVESTIGATED"),
        ("STATUS", "COMPLETED"),
    ]
    .iter()
    .map(|(a, b)| (a.to_string(), b.to_string()))
    .collect();
    assert_eq!(got, want, "{b}");
    assert_eq!(entries[1]["body"], "已受理，正在核实。");
    assert_eq!(entries[2]["publicStatusLabel"], "已派专业部门查证处理");
    assert_eq!(
        entries[4]["body"], "您好，已为您退还双倍费用 60 元。",
        "the reply to the customer is on the completed state"
    );
    assert!(
        entries
            .iter()
            .all(|e| e["body"] != "内部：可能是系统批量开通"),
        "internal notes never appear"
    );
}
