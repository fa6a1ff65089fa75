//! Retention and erasure (issue 14 §4): an erasure asked for by one person
//! and approved by another clears the customer's personal fields, scrubs
//! phone and ID numbers from the complaints' text and notes, takes the
//! complaints out of the search index with no segment keeping their terms,
//! and is recorded in the trail; customers past retention are erased by the
//! scheduled run.
use crate::helpers::*;
use chrono::{Duration, Utc};
use kesu::domain::ManualClock;
use serde_json::{json, Value};
use std::sync::Arc;

const ERASE: &str =
    "mutation($i: EraseCustomerInput!) { eraseCustomer(input: $i) { id status customerId } }";
const DECIDE: &str = "mutation($i: DecideCustomerErasureInput!) { decideCustomerErasure(input: $i) { id status complaintsScrubbed decidedBy { username } } }";
/// A word of the description found nowhere else.
const MARK: &str = "琥珀湾花园";

async fn register(app: &TestApp, phone: &str, description: &str) -> (String, String) {
    let body = app
        .as_user(
            "agent",
            "mutation($i: CreateComplaintInput!) { createComplaint(input: $i) { complaint { id customer { id } } } }",
            json!({ "i": {
                "customerPhone": phone, "customerName": "钱多多", "customerIdCard": "11010519851231002X",
                "customerEmail": "qian@example.com", "channel": "HOTLINE",
                "categoryId": app.category_id.to_string(), "priority": "NORMAL",
                "title": "宽带每晚断线", "description": description
            }}),
        )
        .await;
    let c = &body["data"]["createComplaint"]["complaint"];
    (
        c["id"]
            .as_str()
            .unwrap_or_else(|| panic!("{body}"))
            .to_string(),
        c["customer"]["id"]
            .as_str()
            .expect("customer id")
            .to_string(),
    )
}

fn err(body: &Value) -> (String, String) {
    let e = &body["errors"][0]["extensions"];
    (
        e["code"].as_str().unwrap_or_default().to_string(),
        e["reason"].as_str().unwrap_or_default().to_string(),
    )
}

#[tokio::test]
async fn an_approved_erasure_clears_the_customer_scrubs_the_text_and_leaves_no_term_in_the_index() {
    let app = spawn_app().await;
    let (id, customer) = register(
        &app,
        "13611112222",
        &format!("客户住{MARK}三期，备用号码13512349876，晚上回电。"),
    )
    .await;
    let body = app
        .as_user(
            "agent",
            "mutation($i: AddComplaintNoteInput!) { addComplaintNote(input: $i) { id } }",
            json!({ "i": { "id": id, "body": "客户又留了号码 139-0000-1234" } }),
        )
        .await;
    assert!(body["errors"].is_null(), "{body}");
    app.services.index_caught_up().await.expect("indexed");
    assert!(
        app.services
            .complaint_terms_on_disk(MARK)
            .await
            .expect("terms")
            > 0
    );

    // an agent may not ask; a supervisor may, and may not decide it
    let body = app
        .as_user(
            "agent",
            ERASE,
            json!({ "i": { "customerId": customer, "reason": "客户来电要求删除" } }),
        )
        .await;
    assert_eq!(err(&body).0, "FORBIDDEN", "{body}");
    let body = app
        .as_user(
            "supervisor",
            ERASE,
            json!({ "i": { "customerId": customer, "reason": "客户来电要求删除个人信息" } }),
        )
        .await;
    let req = body["data"]["eraseCustomer"].clone();
    assert_eq!(req["status"], "PENDING", "{body}");
    let body = app
        .as_user(
            "supervisor",
            ERASE,
            json!({ "i": { "customerId": customer, "reason": "再次申请" } }),
        )
        .await;
    assert_eq!(
        err(&body),
        ("CONFLICT".into(), "ALREADY_EXISTS".into()),
        "{body}"
    );
    let body = app
        .as_user(
            "supervisor",
            DECIDE,
            json!({ "i": { "id": req["id"], "approve": true, "reason": "同意" } }),
        )
        .await;
    assert_eq!(err(&body).0, "FORBIDDEN", "{body}");
    // nothing changed yet
    assert_eq!(
        app.scalar("SELECT COUNT(*) FROM customers WHERE erased_at IS NOT NULL")
            .await,
        0
    );

    // the auditor approves: the erasure runs at once
    let body = app
        .as_user("auditor", DECIDE, json!({ "i": { "id": req["id"], "approve": true, "reason": "核实为本人申请，同意删除" } }))
        .await;
    let done = &body["data"]["decideCustomerErasure"];
    assert_eq!(done["status"], "DONE", "{body}");
    assert_eq!(done["complaintsScrubbed"], 1, "{body}");
    assert_eq!(done["decidedBy"]["username"], "auditor");
    let body = app
        .as_user(
            "auditor",
            DECIDE,
            json!({ "i": { "id": req["id"], "approve": false, "reason": "撤回" } }),
        )
        .await;
    assert_eq!(
        err(&body),
        ("CONFLICT".into(), "ALREADY_DECIDED".into()),
        "{body}"
    );

    // the personal fields are gone; the real number finds no one
    assert_eq!(
        app.scalar("SELECT COUNT(*) FROM customers WHERE erased_at IS NOT NULL AND id_card IS NULL AND email IS NULL")
            .await,
        1
    );
    let body = app
        .as_user(
            "agent",
            "query($p: String!) { customerByPhone(phone: $p) { id } }",
            json!({ "p": "13611112222" }),
        )
        .await;
    assert!(body["data"]["customerByPhone"].is_null(), "{body}");
    // the text keeps its words, not its numbers
    let body = app
        .as_user(
            "supervisor",
            "query($id: ID!) { complaint(id: $id) { description customer { nameMasked phoneMasked idCardMasked } timeline { body } } }",
            json!({ "id": id }),
        )
        .await;
    let c = &body["data"]["complaint"];
    let description = c["description"].as_str().unwrap_or_default();
    assert!(
        description.contains(MARK) && !description.contains("13512349876"),
        "{body}"
    );
    assert!(description.contains("[号码]"), "{body}");
    assert!(
        !body.to_string().contains("1234"),
        "a note keeps no number: {body}"
    );
    assert_eq!(c["customer"]["nameMasked"], "已**", "{body}");
    assert!(c["customer"]["idCardMasked"].is_null(), "{body}");
    // the trail records the fact
    assert_eq!(
        app.scalar(&format!(
            "SELECT COUNT(*) FROM audit_logs WHERE action = 'customer.erase' AND customer_id = {customer}"
        ))
        .await,
        1
    );
    // no segment of the index holds the complaint's words any more
    app.services.index_caught_up().await.expect("indexed");
    assert_eq!(
        app.services
            .complaint_terms_on_disk(MARK)
            .await
            .expect("terms"),
        0
    );
    let body = app
        .as_user(
            "supervisor",
            "query($t: String) { complaints(filter: { text: $t }) { totalCount } }",
            json!({ "t": MARK }),
        )
        .await;
    assert_eq!(body["data"]["complaints"]["totalCount"], 0, "{body}");
    // a second request for an erased customer is refused
    let body = app
        .as_user(
            "supervisor",
            ERASE,
            json!({ "i": { "customerId": customer, "reason": "重复申请" } }),
        )
        .await;
    assert_eq!(err(&body).0, "BAD_USER_INPUT", "{body}");
    // the request list shows it done
    let body = app
        .as_user("auditor", "query { customerErasures(status: DONE) { edges { node { id reason requestedBy { username } } } } }", json!({}))
        .await;
    assert_eq!(
        body["data"]["customerErasures"]["edges"][0]["node"]["requestedBy"]["username"],
        "supervisor",
        "{body}"
    );
}

#[tokio::test]
async fn a_rejected_request_changes_nothing() {
    let app = spawn_app().await;
    let (_, customer) = register(&app, "13622223333", "备用号码13512349876。").await;
    let body = app
        .as_user(
            "auditor",
            ERASE,
            json!({ "i": { "customerId": customer, "reason": "监管要求" } }),
        )
        .await;
    let req = body["data"]["eraseCustomer"].clone();
    let before = app.snapshot().await;
    let body = app
        .as_user(
            "supervisor",
            DECIDE,
            json!({ "i": { "id": req["id"], "approve": false, "reason": "不符合条件" } }),
        )
        .await;
    // a supervisor may ask but not decide
    assert_eq!(err(&body).0, "FORBIDDEN", "{body}");
    assert_eq!(app.snapshot().await.len(), before.len());
    let body = app
        .as_user(
            "admin",
            DECIDE,
            json!({ "i": { "id": req["id"], "approve": false, "reason": "不符合条件" } }),
        )
        .await;
    assert_eq!(err(&body).0, "FORBIDDEN", "{body}");
    assert_eq!(
        app.scalar("SELECT COUNT(*) FROM customers WHERE erased_at IS NOT NULL")
            .await,
        0
    );
}

#[tokio::test]
async fn customers_past_retention_are_erased_by_the_scheduled_run() {
    let t0 = Utc::now();
    let clock = Arc::new(ManualClock::new(t0));
    let app = spawn_app_with_clock(clock.clone()).await;
    let (old, old_customer) = register(&app, "13633334444", "备用号码13512349876。").await;
    let version = app.drive(&old, 1, "CLOSED").await;
    assert!(version > 1);
    let (_, open_customer) = register(&app, "13644445555", "仍在处理中。").await;

    // retention is tuned by those who manage it, within bounds, versioned
    let rules = app
        .as_user(
            "admin",
            "query { retentionRules { recordClass days version minDays } }",
            json!({}),
        )
        .await;
    let customer_rule = rules["data"]["retentionRules"]
        .as_array()
        .expect("rules")
        .iter()
        .find(|r| r["recordClass"] == "CUSTOMER")
        .cloned()
        .expect("customer rule");
    assert_eq!(customer_rule["days"], 1095);
    const UPDATE: &str = "mutation($i: UpdateRetentionRuleInput!) { updateRetentionRule(input: $i) { days version } }";
    let body = app
        .as_user(
            "admin",
            UPDATE,
            json!({ "i": { "recordClass": "CUSTOMER", "days": 30, "expectedVersion": 1 } }),
        )
        .await;
    assert_eq!(err(&body).0, "BAD_USER_INPUT", "{body}");
    let body = app
        .as_user(
            "agent",
            UPDATE,
            json!({ "i": { "recordClass": "CUSTOMER", "days": 400, "expectedVersion": 1 } }),
        )
        .await;
    assert_eq!(err(&body).0, "FORBIDDEN", "{body}");
    let body = app
        .as_user(
            "admin",
            UPDATE,
            json!({ "i": { "recordClass": "CUSTOMER", "days": 400, "expectedVersion": 1 } }),
        )
        .await;
    assert_eq!(
        body["data"]["updateRetentionRule"],
        json!({ "days": 400, "version": 2 }),
        "{body}"
    );
    let body = app
        .as_user(
            "admin",
            UPDATE,
            json!({ "i": { "recordClass": "CUSTOMER", "days": 500, "expectedVersion": 1 } }),
        )
        .await;
    assert_eq!(err(&body).0, "CONFLICT", "{body}");

    // a year later nothing is due yet
    clock.set(t0 + Duration::days(365));
    app.services.run_due_jobs().await.expect("pass");
    assert_eq!(
        app.scalar("SELECT COUNT(*) FROM customers WHERE erased_at IS NOT NULL")
            .await,
        0
    );
    // past 400 days the closed complaint's customer goes, the open one's stays
    clock.set(t0 + Duration::days(402));
    app.services.run_due_jobs().await.expect("pass");
    assert_eq!(
        app.scalar(&format!(
            "SELECT COUNT(*) FROM customers WHERE erased_at IS NOT NULL AND id = {old_customer}"
        ))
        .await,
        1
    );
    assert_eq!(
        app.scalar(&format!(
            "SELECT COUNT(*) FROM customers WHERE erased_at IS NULL AND id = {open_customer}"
        ))
        .await,
        1
    );
    assert_eq!(
        app.scalar(&format!(
            "SELECT COUNT(*) FROM audit_logs WHERE action = 'customer.erase' AND customer_id = {old_customer} \
             AND detail LIKE '%retention%'"
        ))
        .await,
        1
    );
    assert_eq!(
        app.scalar("SELECT COUNT(*) FROM audit_logs WHERE action = 'retention.run'")
            .await,
        1
    );
    assert_eq!(
        app.scalar(&format!(
            "SELECT COUNT(*) FROM complaints WHERE id = {old} AND description LIKE '%13512349876%'"
        ))
        .await,
        0
    );
}

#[tokio::test]
async fn kesu_retention_run_reports_what_it_did() {
    let app = spawn_app().await;
    let config = app.services.config();
    let mut cmd = std::process::Command::new(env!("CARGO_BIN_EXE_kesu"));
    cmd.args(["retention", "run"])
        .env("KESU_DATA_DIR", &config.data_dir)
        .env("KESU_LOG", "error")
        .env_remove("KESU_DATA_KEY_FILE")
        .env_remove("KESU_AUDIT_KEY_FILE");
    match &config.database_url {
        Some(url) => cmd.env("KESU_DATABASE_URL", url),
        None => cmd.env_remove("KESU_DATABASE_URL"),
    };
    let out = cmd.output().expect("run kesu");
    assert!(out.status.success(), "{out:?}");
    assert!(
        String::from_utf8_lossy(&out.stdout).contains("retention run: 0 customers erased"),
        "{out:?}"
    );
}
