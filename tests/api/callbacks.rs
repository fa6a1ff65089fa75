//! The satisfaction callback (issue 13 §4): the queue of resolved complaints
//! due for their call, ordered by the callback deadline; a score of 1–2
//! reopens the complaint with the expert team on a new clock, 3–5 closes
//! it; a customer not reached is tried up to 3 times, then the complaint
//! closes as unreachable; QA records callbacks too; a supervisor closing a
//! low score must confirm it and say why.
use crate::helpers::*;
use crate::reasons::reason_of;
use chrono::{TimeZone, Utc};
use kesu::domain::ManualClock;
use serde_json::{json, Value};
use std::sync::Arc;

const CALLBACK: &str = "mutation($i: RecordCallbackInput!) { recordCallback(input: $i) {
    status version reopenCount satisfaction team { id } assignee { id } closedAt } }";
const ATTEMPT: &str =
    "mutation($i: RecordCallbackAttemptInput!) { recordCallbackAttempt(input: $i) {
    status version callbackAttempts closedAt } }";
const QUEUE: &str =
    "{ callbackQueue(first: 50) { edges { node { id number status callbackAttempts } } } }";
const TIMELINE: &str = "query($id: ID!) { complaint(id: $id) { status
    timeline { kind body data visibility actor { username } } } }";

async fn resolved(app: &TestApp, phone: &str) -> (String, i64) {
    let (id, v, _) = app.create_complaint("agent", phone).await;
    let v = app.drive(&id, v, "RESOLVED").await;
    (id, v)
}

async fn callback(app: &TestApp, user: &str, id: &str, v: i64, extra: Value) -> Value {
    let mut i = json!({ "id": id, "expectedVersion": v });
    for (k, val) in extra.as_object().expect("object") {
        i[k] = val.clone();
    }
    app.as_user(user, CALLBACK, json!({ "i": i })).await
}

fn queue_ids(body: &Value) -> Vec<String> {
    body["data"]["callbackQueue"]["edges"]
        .as_array()
        .unwrap_or_else(|| panic!("queue: {body}"))
        .iter()
        .map(|e| e["node"]["id"].as_str().unwrap_or("").to_string())
        .collect()
}

fn kinds(t: &Value) -> Vec<String> {
    t["data"]["complaint"]["timeline"]
        .as_array()
        .expect("timeline")
        .iter()
        .map(|e| e["kind"].as_str().unwrap_or("").to_string())
        .collect()
}

#[tokio::test]
async fn the_queue_orders_by_callback_deadline_and_a_low_score_reopens() {
    // a Wednesday morning in Beijing, so both deadlines fall in working time
    let clock = Arc::new(ManualClock::new(
        Utc.with_ymd_and_hms(2026, 12, 9, 2, 0, 0)
            .single()
            .expect("time"),
    ));
    let app = spawn_app_with_clock(clock.clone()).await;
    let (first_id, v1, _) = app.create_complaint("agent", "13812345601").await;
    let (later_id, v2, _) = app.create_complaint("agent", "13812345602").await;
    // the one registered later is resolved first: its call is due first
    let _ = app.drive(&later_id, v2, "RESOLVED").await;
    clock.advance(chrono::Duration::hours(2));
    let v1 = app.drive(&first_id, v1, "RESOLVED").await;

    let q = app.as_user("agent", QUEUE, json!({})).await;
    assert_eq!(
        queue_ids(&q),
        vec![later_id.clone(), first_id.clone()],
        "{q}"
    );
    // QA sees it as well; a department handler holds no complaint.callback
    let qa = app.as_user("qa", QUEUE, json!({})).await;
    assert_eq!(queue_ids(&qa).len(), 2, "{qa}");
    let h = app.as_user("handler", QUEUE, json!({})).await;
    assert_eq!(reason_of(&h).1, "MISSING_PERMISSION", "{h}");

    // a score of 1: reopened with the expert team, on a new resolution clock
    let resolution_clocks = format!(
        "SELECT COUNT(*) FROM sla_clocks WHERE complaint_id = {first_id} AND kind = 'resolution' AND stopped_at IS NULL"
    );
    assert_eq!(app.scalar(&resolution_clocks).await, 0);
    let b = callback(
        &app,
        "agent",
        &first_id,
        v1,
        json!({ "satisfaction": 1, "comment": "退款金额不对" }),
    )
    .await;
    let c = &b["data"]["recordCallback"];
    assert_eq!(c["status"], "ESCALATED", "{b}");
    assert_eq!(c["reopenCount"], 1);
    assert_eq!(c["satisfaction"], 1);
    assert_eq!(c["team"]["id"], app.teams["expert"].to_string());
    assert!(c["assignee"].is_null());
    assert_eq!(app.scalar(&resolution_clocks).await, 1, "a new clock runs");
    let t = app
        .as_user("expert", TIMELINE, json!({ "id": first_id }))
        .await;
    let k = kinds(&t);
    let at = k
        .iter()
        .position(|x| x == "CALLBACK_RECORDED")
        .expect("callback");
    assert_eq!(k[at + 1], "REOPENED", "{t}");
    let reopened = &t["data"]["complaint"]["timeline"][at + 1];
    assert_eq!(reopened["data"]["byCallback"], true);
    assert_eq!(reopened["visibility"], "CUSTOMER", "the customer is told");

    // it left the queue; the other is still due
    let q = app.as_user("agent", QUEUE, json!({})).await;
    assert_eq!(queue_ids(&q), vec![later_id], "{q}");
}

#[tokio::test]
async fn a_score_of_four_closes_and_qa_may_record_it() {
    let app = spawn_app().await;
    let (id, v) = resolved(&app, "13812345603").await;
    let b = callback(
        &app,
        "qa",
        &id,
        v,
        json!({ "satisfaction": 4, "comment": "基本满意" }),
    )
    .await;
    let c = &b["data"]["recordCallback"];
    assert_eq!(c["status"], "CLOSED", "{b}");
    assert!(c["closedAt"].is_string());
    let t = app.as_user("expert", TIMELINE, json!({ "id": id })).await;
    let k = kinds(&t);
    assert_eq!(&k[k.len() - 2..], ["CALLBACK_RECORDED", "CLOSED"], "{t}");
    let recorded = &t["data"]["complaint"]["timeline"][k.len() - 2];
    assert_eq!(recorded["actor"]["username"], "qa");
    // closed means no second callback
    let again = callback(
        &app,
        "agent",
        &id,
        c["version"].as_i64().expect("v"),
        json!({ "satisfaction": 5 }),
    )
    .await;
    assert_eq!(reason_of(&again).1, "ILLEGAL_TRANSITION", "{again}");
}

#[tokio::test]
async fn an_unreachable_customer_is_tried_three_times_then_closed() {
    let app = spawn_app().await;
    let (id, mut v) = resolved(&app, "13812345604").await;
    for n in 1..=3 {
        let b = app
            .as_user(
                "agent",
                ATTEMPT,
                json!({ "i": { "id": id, "expectedVersion": v, "note": format!("第{n}次拨打无人接听") } }),
            )
            .await;
        let c = &b["data"]["recordCallbackAttempt"];
        assert_eq!(c["callbackAttempts"], n, "{b}");
        assert_eq!(
            c["status"],
            if n < 3 { "RESOLVED" } else { "CLOSED" },
            "{b}"
        );
        v = c["version"].as_i64().expect("version");
    }
    let t = app.as_user("expert", TIMELINE, json!({ "id": id })).await;
    let events = t["data"]["complaint"]["timeline"]
        .as_array()
        .expect("timeline");
    let attempts: Vec<&Value> = events
        .iter()
        .filter(|e| e["kind"] == "CALLBACK_ATTEMPTED")
        .collect();
    assert_eq!(attempts.len(), 3, "every attempt is recorded: {t}");
    assert_eq!(attempts[1]["body"], "第2次拨打无人接听");
    assert_eq!(attempts[2]["data"]["attempt"], 3);
    let closed = events.last().expect("last");
    assert_eq!(closed["kind"], "CLOSED");
    assert_eq!(closed["data"]["unreachable"], true);
    let q = app.as_user("agent", QUEUE, json!({})).await;
    assert!(!queue_ids(&q).contains(&id), "{q}");
    let fourth = app
        .as_user(
            "agent",
            ATTEMPT,
            json!({ "i": { "id": id, "expectedVersion": v } }),
        )
        .await;
    assert_eq!(reason_of(&fourth).1, "ILLEGAL_TRANSITION", "{fourth}");
}

#[tokio::test]
async fn only_a_supervisor_closes_a_low_score_and_only_with_a_reason() {
    let app = spawn_app().await;
    let (id, v) = resolved(&app, "13812345605").await;
    app.token("supervisor").await; // signed in before counting rows
    let before = app.snapshot().await;
    let strip = |mut s: Vec<(String, i64)>| {
        s.retain(|(t, _)| t != "audit_logs");
        s
    };
    let agent = callback(
        &app,
        "agent",
        &id,
        v,
        json!({ "satisfaction": 2, "closeDespiteLowScore": true, "reason": "客户诉求不合理" }),
    )
    .await;
    assert_eq!(
        reason_of(&agent),
        ("FORBIDDEN".into(), "MISSING_PERMISSION".into(), None),
        "{agent}"
    );
    let no_reason = callback(
        &app,
        "supervisor",
        &id,
        v,
        json!({ "satisfaction": 2, "closeDespiteLowScore": true }),
    )
    .await;
    assert_eq!(
        reason_of(&no_reason).2.as_deref(),
        Some("reason"),
        "{no_reason}"
    );
    let not_low = callback(
        &app,
        "supervisor",
        &id,
        v,
        json!({ "satisfaction": 4, "closeDespiteLowScore": true, "reason": "x" }),
    )
    .await;
    assert_eq!(
        reason_of(&not_low).2.as_deref(),
        Some("closeDespiteLowScore"),
        "{not_low}"
    );
    assert_eq!(
        strip(app.snapshot().await),
        strip(before),
        "nothing written"
    );
    let denied = app
        .scalar("SELECT COUNT(*) FROM audit_logs WHERE action = 'complaint.record_callback' AND outcome = 'denied'")
        .await;
    assert_eq!(denied, 1, "the agent's refusal is audited");

    let b = callback(
        &app,
        "supervisor",
        &id,
        v,
        json!({ "satisfaction": 2, "comment": "仍要求额外补偿", "closeDespiteLowScore": true, "reason": "已按政策足额赔付，客户额外诉求无依据" }),
    )
    .await;
    assert_eq!(b["data"]["recordCallback"]["status"], "CLOSED", "{b}");
    let t = app.as_user("expert", TIMELINE, json!({ "id": id })).await;
    let closed = t["data"]["complaint"]["timeline"]
        .as_array()
        .expect("timeline")
        .last()
        .expect("last")
        .clone();
    assert_eq!(closed["kind"], "CLOSED");
    assert_eq!(closed["data"]["lowScoreConfirmed"], true);
    assert_eq!(closed["body"], "已按政策足额赔付，客户额外诉求无依据");
}
