//! Customer self-service (issue 13 §6): `complaintStatus` answers a
//! customer who knows the number and the phone's last four digits, without
//! a login, with the four states, the dates and the customer-visible notes
//! only; a wrong pair looks exactly like an unknown number; lookups are
//! limited per address and per number, and every one is audited. The
//! public `/status` page is served by the binary.
use crate::helpers::*;
use crate::reasons::reason_of;
use kesu::auth::RequestMeta;
use kesu::domain::ManualClock;
use serde_json::{json, Value};
use std::sync::Arc;

const STATUS: &str =
    "query($n: String!, $p: String!) { complaintStatus(number: $n, phoneLast4: $p) {
    number publicStatus publicStatusLabel registeredAt updatedAt completedAt nextReplyBy
    timeline { at kind publicStatus publicStatusLabel body promisedReplyAt } } }";
const NOTE: &str = "mutation($i: AddComplaintNoteInput!) { addComplaintNote(input: $i) { id } }";

async fn lookup(app: &TestApp, number: &str, last4: &str) -> Value {
    app.gql(None, STATUS, json!({ "n": number, "p": last4 }))
        .await
}

async fn lookups_audited(app: &TestApp, outcome: &str) -> i64 {
    app.scalar(&format!(
        "SELECT COUNT(*) FROM audit_logs WHERE action = 'complaint.status_lookup' AND outcome = '{outcome}'"
    ))
    .await
}

#[tokio::test]
async fn the_customer_sees_states_dates_and_their_notes_and_nothing_personal() {
    let app = spawn_app().await;
    let b = app
        .as_user(
            "agent",
            "mutation($i: CreateComplaintInput!) { createComplaint(input: $i) {
                complaint { id number version } customerMessage } }",
            json!({ "i": {
                "customerPhone": "13812345678", "customerName": "张三丰",
                "customerIdCard": "110101199003071234", "customerEmail": "zsf@example.com",
                "channel": "HOTLINE", "categoryId": app.category_id.to_string(),
                "priority": "NORMAL", "title": "话费多扣", "description": "本月多扣了 30 元。"
            }}),
        )
        .await;
    let created = &b["data"]["createComplaint"];
    let number = created["complaint"]["number"].as_str().expect("number");
    let id = created["complaint"]["id"].as_str().expect("id").to_string();
    let message = created["customerMessage"].as_str().expect("message");
    assert!(message.contains(number), "{message}");
    assert!(
        message.contains(&format!("/status?n={number}")),
        "the reply carries the status link: {message}"
    );

    let v = created["complaint"]["version"].as_i64().expect("version");
    app.drive(&id, v, "DISPATCHED").await;
    let promise = (chrono::Utc::now() + chrono::Duration::hours(24)).to_rfc3339();
    for (body, visibility) in [
        ("客户情绪激动，疑似要投诉到工信部", "INTERNAL"),
        ("已联系计费部门核实，明天给您答复。", "CUSTOMER"),
    ] {
        let mut i = json!({ "id": id, "body": body, "visibility": visibility });
        if visibility == "CUSTOMER" {
            i["promisedReplyAt"] = json!(promise);
        }
        let n = app.as_user("expert", NOTE, json!({ "i": i })).await;
        assert!(n["data"]["addComplaintNote"]["id"].is_string(), "{n}");
    }

    let b = lookup(&app, number, "5678").await;
    let s = &b["data"]["complaintStatus"];
    assert_eq!(s["number"], number, "{b}");
    assert_eq!(s["publicStatus"], "IN_PROGRESS");
    assert_eq!(s["publicStatusLabel"], "已派专业部门查证处理");
    assert!(s["registeredAt"].is_string() && s["completedAt"].is_null());
    assert!(s["nextReplyBy"].is_string(), "the promise is shown: {b}");
    let kinds: Vec<(&str, &str)> = s["timeline"]
        .as_array()
        .expect("timeline")
        .iter()
        .map(|e| {
            (
                e["kind"].as_str().unwrap_or(""),
                e["publicStatus"].as_str().unwrap_or(""),
            )
        })
        .collect();
    assert_eq!(
        kinds,
        [
            ("STATUS", "ACCEPTED"),
            ("STATUS", "IN_PROGRESS"),
            ("NOTE", "IN_PROGRESS")
        ],
        "{b}"
    );
    let text = b.to_string();
    assert!(text.contains("已联系计费部门核实"), "{text}");
    for secret in [
        "张三丰",
        "1381234",
        "110101",
        "zsf@",
        "情绪激动",
        "handler",
        "expert",
        "话费多扣",
    ] {
        assert!(!text.contains(secret), "{secret:?} leaked: {text}");
    }
    // lowercase and spaces are forgiven; the same answer
    let again = lookup(&app, &format!("  {}  ", number.to_lowercase()), "5678").await;
    assert_eq!(again["data"]["complaintStatus"]["number"], number);

    // the found lookup is audited against the complaint and its customer,
    // with the number asked and nothing of the phone
    let rows = app
        .scalar(&format!(
            "SELECT COUNT(*) FROM audit_logs WHERE action = 'complaint.status_lookup'
             AND target_id = '{id}' AND customer_id IS NOT NULL AND actor_id IS NULL
             AND detail LIKE '%{number}%' AND detail NOT LIKE '%5678%'"
        ))
        .await;
    assert_eq!(rows, 2);
}

#[tokio::test]
async fn a_wrong_pair_answers_exactly_as_an_unknown_number_does() {
    let app = spawn_app().await;
    let (_, _, number) = app.create_complaint("agent", "13812341234").await;
    let right = lookup(&app, &number, "1234").await;
    assert!(right["data"]["complaintStatus"].is_object(), "{right}");

    let wrong = lookup(&app, &number, "4321").await;
    let unknown = lookup(&app, "TS20200101-000001", "1234").await;
    assert_eq!(wrong, json!({ "data": { "complaintStatus": null } }));
    assert_eq!(wrong, unknown, "the two answers are byte for byte the same");

    for (n, p, field) in [
        ("12345", "1234", "number"),
        (number.as_str(), "12a4", "phoneLast4"),
        (number.as_str(), "123", "phoneLast4"),
    ] {
        let b = lookup(&app, n, p).await;
        assert_eq!(
            reason_of(&b),
            (
                "BAD_USER_INPUT".into(),
                "INVALID_INPUT".into(),
                Some(field.into())
            ),
            "{b}"
        );
    }
    assert_eq!(lookups_audited(&app, "success").await, 3);
    assert_eq!(lookups_audited(&app, "failure").await, 3);
}

#[tokio::test]
async fn lookups_are_limited_per_address_and_per_number_and_every_one_is_audited() {
    let clock = Arc::new(ManualClock::new(chrono::Utc::now()));
    let app = spawn_app_with_clock(clock.clone()).await;
    let (_, _, number) = app.create_complaint("agent", "13812341234").await;

    // over HTTP every try comes from 127.0.0.1: ten in ten minutes, any numbers
    for i in 0..10 {
        let b = lookup(&app, &format!("TS20200101-{i:06}"), "0000").await;
        assert!(b["errors"].is_null(), "try {i}: {b}");
        clock.advance(chrono::Duration::seconds(20));
    }
    let refused = lookup(&app, &number, "1234").await;
    assert_eq!(
        reason_of(&refused),
        ("TOO_MANY_REQUESTS".into(), "RATE_LIMITED".into(), None),
        "{refused}"
    );
    assert!(refused["data"]["complaintStatus"].is_null());
    assert_eq!(lookups_audited(&app, "denied").await, 1);
    // the first try leaves the window ten minutes after it was made
    clock.advance(chrono::Duration::seconds(600 - 200 + 1));
    let b = lookup(&app, &number, "1234").await;
    assert!(b["data"]["complaintStatus"].is_object(), "{b}");

    // per number, whatever the address: ten tries at one number from ten
    // addresses, the eleventh from a new address is refused
    let target = "TS20200101-999999";
    let from = |ip: String| RequestMeta {
        ip: Some(ip),
        ..meta()
    };
    for i in 0..10 {
        let got = app
            .services
            .complaint_status(&from(format!("10.0.0.{i}")), target, "1234")
            .await;
        assert!(matches!(got, Ok(None)), "try {i}");
    }
    let err = app
        .services
        .complaint_status(&from("10.0.1.1".into()), target, "1234")
        .await
        .expect_err("the number is at its limit");
    assert_eq!(err.reason.as_str(), "RATE_LIMITED");
    // another number from that address is fine
    let other = app
        .services
        .complaint_status(&from("10.0.1.1".into()), &number, "1234")
        .await
        .expect("another number");
    assert!(other.is_some());
    // a customer checking their own complaint from anywhere, over and over,
    // never uses up the number's tries: only failed ones count against it
    for i in 0..15 {
        let got = app
            .services
            .complaint_status(&from(format!("10.0.2.{i}")), &number, "1234")
            .await
            .expect("the right pair");
        assert!(got.is_some(), "lookup {i}");
    }
    // wrong pairs do: ten of them, then even the right pair waits
    for i in 0..10 {
        let got = app
            .services
            .complaint_status(&from(format!("10.0.3.{i}")), &number, "9999")
            .await;
        assert!(matches!(got, Ok(None)), "guess {i}");
    }
    let err = app
        .services
        .complaint_status(&from("10.0.4.1".into()), &number, "1234")
        .await
        .expect_err("the number's failed tries are used up");
    assert_eq!(err.reason.as_str(), "RATE_LIMITED");

    let total = app
        .scalar("SELECT COUNT(*) FROM audit_logs WHERE action = 'complaint.status_lookup'")
        .await;
    assert_eq!(
        total,
        10 + 1 + 1 + 10 + 1 + 1 + 15 + 10 + 1,
        "every lookup is audited"
    );
    assert_eq!(lookups_audited(&app, "denied").await, 3);
}

#[tokio::test]
async fn the_public_status_page_is_served_without_login() {
    let app = spawn_app().await;
    let page = app
        .client
        .get(app.url("/status?n=TS20261207-000001"))
        .send()
        .await
        .expect("page");
    assert_eq!(page.status(), 200);
    let csp = page
        .headers()
        .get("content-security-policy")
        .and_then(|v| v.to_str().ok())
        .unwrap_or("")
        .to_string();
    assert!(csp.contains("script-src 'self'"), "{csp}");
    let html = page.text().await.expect("html");
    assert!(html.contains("投诉进度查询") && html.contains("/status/status.js"));
    for asset in ["/status/status.js", "/status/status.css"] {
        let r = app.client.get(app.url(asset)).send().await.expect(asset);
        assert_eq!(r.status(), 200, "{asset}");
        assert!(r.text().await.expect("body").len() > 500, "{asset}");
    }
}

#[tokio::test]
async fn a_hostile_number_is_refused_as_bad_input_and_never_stored_as_a_key() {
    let app = spawn_app().await;
    for number in [
        "\u{0000}\u{202e}",
        "TS2026\u{0000}",
        "'; DROP TABLE rate_limits; --",
    ] {
        let b = app
            .gql(
                None,
                "query($n: String!) { complaintStatus(number: $n, phoneLast4: \"1234\") { number } }",
                serde_json::json!({ "n": number }),
            )
            .await;
        assert_eq!(
            code(&b).as_deref(),
            Some("BAD_USER_INPUT"),
            "{number:?}: {b}"
        );
    }
    assert_eq!(
        app.scalar("SELECT COUNT(*) FROM rate_limits WHERE bucket LIKE 'status:number:%'")
            .await,
        0
    );
}
