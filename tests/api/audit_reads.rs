//! The access log compliance staff need: every successful read of a
//! complaint is recorded (one row per complaint per request, with the
//! customer), lists and searches one row each with their filter and count,
//! and the auditor finds them by customer id or phone.
use crate::helpers::*;
use sea_orm::{ConnectionTrait, DatabaseBackend, Statement};
use serde_json::json;

const DETAIL: &str = "query($id: ID!, $n: String!) {
    a: complaint(id: $id) { id title timeline { id } attachments { id } customer { phoneMasked } }
    b: complaint(id: $id) { id }
    c: complaintByNumber(number: $n) { id timeline { id } }
}";

async fn reads_of(app: &TestApp, id: &str) -> i64 {
    app.scalar(&format!(
        "SELECT COUNT(*) FROM audit_logs WHERE action = 'complaint.read' AND target_type = 'complaint' AND target_id = '{id}'"
    ))
    .await
}

#[tokio::test]
async fn reading_a_complaint_writes_exactly_one_audit_row_per_complaint_per_request() {
    let app = spawn_app().await;
    let (id, _, number) = app.create_complaint("agent", "13812341234").await;
    assert_eq!(reads_of(&app, &id).await, 0, "filing is not a read");

    let body = app
        .as_user("agent", DETAIL, json!({ "id": id, "n": number }))
        .await;
    assert!(body["errors"].is_null(), "{body}");
    assert_eq!(body["data"]["a"]["id"], json!(id));
    assert_eq!(
        reads_of(&app, &id).await,
        1,
        "three fields, timeline and attachments: one read"
    );
    let uid = app.users["agent"];
    let complete = app
        .scalar(&format!(
            "SELECT COUNT(*) FROM audit_logs a JOIN complaints c ON c.id = {id} \
             WHERE a.action = 'complaint.read' AND a.target_id = '{id}' AND a.actor_id = {uid} \
             AND a.customer_id = c.customer_id AND a.outcome = 'success' AND a.request_id IS NOT NULL"
        ))
        .await;
    assert_eq!(
        complete, 1,
        "who, which complaint, which customer, which request"
    );

    app.as_user("agent", DETAIL, json!({ "id": id, "n": number }))
        .await;
    assert_eq!(
        reads_of(&app, &id).await,
        2,
        "a second request is a second read"
    );
}

#[tokio::test]
async fn a_list_writes_one_row_with_its_filter_and_count_and_no_result_values() {
    let app = spawn_app().await;
    for phone in ["13800000001", "13800000002", "13800000003"] {
        app.create_complaint("agent", phone).await;
    }
    // words search the complaint index, which follows the database
    app.services.index_caught_up().await.expect("caught up");
    let before = app.count("audit_logs").await;
    let body = app
        .as_user(
            "agent",
            "{ complaints(first: 2, filter: { text: \"话费\" }) { edges { node { id number title customer { phoneMasked } } } } }",
            json!({}),
        )
        .await;
    let edges = body["data"]["complaints"]["edges"]
        .as_array()
        .expect("edges");
    assert_eq!(edges.len(), 2, "{body}");
    assert_eq!(
        app.count("audit_logs").await,
        before + 1,
        "one row for the list"
    );
    let detail = app
        .scalar("SELECT COUNT(*) FROM audit_logs WHERE action = 'complaint.list' AND detail LIKE '%话费%' AND detail LIKE '%\"count\":2%'")
        .await;
    assert_eq!(detail, 1, "the filter text and the count");
    let number = edges[0]["node"]["number"].as_str().expect("number");
    let leaked = app
        .scalar(&format!(
            "SELECT COUNT(*) FROM audit_logs WHERE action = 'complaint.list' AND (detail LIKE '%{number}%' OR detail LIKE '%138%')"
        ))
        .await;
    assert_eq!(leaked, 0, "no result values in the list row");
}

#[tokio::test]
async fn timelines_asked_for_in_a_list_are_recorded_once_per_complaint() {
    let app = spawn_app().await;
    let mut ids = vec![];
    for phone in ["13800000011", "13800000012", "13800000013"] {
        ids.push(app.create_complaint("agent", phone).await.0);
    }
    let body = app
        .as_user(
            "agent",
            "{ complaints { edges { node { id timeline { id } attachments { id } } } } }",
            json!({}),
        )
        .await;
    assert!(body["errors"].is_null(), "{body}");
    for id in &ids {
        assert_eq!(reads_of(&app, id).await, 1, "complaint {id}");
    }
    assert_eq!(
        app.scalar("SELECT COUNT(*) FROM audit_logs WHERE action = 'complaint.list'")
            .await,
        1
    );
}

#[tokio::test]
async fn the_auditor_finds_reads_of_a_customers_complaints_by_customer_id_and_by_phone() {
    let app = spawn_app().await;
    let (id, _, number) = app.create_complaint("agent", "13912345678").await;
    app.create_complaint("agent", "13900000000").await;
    app.as_user("agent", DETAIL, json!({ "id": id, "n": number }))
        .await;
    let customer = app
        .scalar(&format!(
            "SELECT customer_id FROM complaints WHERE id = {id}"
        ))
        .await;

    let q = "query($f: AuditLogFilter) { auditLogs(filter: $f, first: 100) { nodes { action targetId customerId actorName } } }";
    let by_id = app
        .as_user(
            "auditor",
            q,
            json!({ "f": { "customerId": customer.to_string(), "action": "complaint.read" } }),
        )
        .await;
    let nodes = by_id["data"]["auditLogs"]["nodes"]
        .as_array()
        .expect("nodes");
    assert_eq!(nodes.len(), 1, "{by_id}");
    assert_eq!(nodes[0]["targetId"], json!(id));
    assert_eq!(nodes[0]["actorName"], "agent");

    let lookups = || {
        app.scalar("SELECT COUNT(*) FROM audit_logs WHERE action = 'customer.lookup' AND detail LIKE '%audit%'")
    };
    let by_phone = app
        .as_user(
            "auditor",
            q,
            json!({ "f": { "customerPhone": "139-1234 5678" } }),
        )
        .await;
    let nodes = by_phone["data"]["auditLogs"]["nodes"]
        .as_array()
        .expect("nodes");
    assert!(
        nodes
            .iter()
            .any(|n| n["action"] == "complaint.read" && n["targetId"] == json!(id)),
        "the read is found by the phone as typed: {by_phone}"
    );
    assert!(
        nodes
            .iter()
            .all(|n| n["customerId"] == json!(customer.to_string())),
        "only that customer's records"
    );
    assert_eq!(lookups().await, 1, "the phone lookup is itself audited");

    for f in [
        json!({ "customerPhone": "10000000001" }),
        json!({ "customerId": "999999" }),
    ] {
        let none = app.as_user("auditor", q, json!({ "f": f })).await;
        assert_eq!(code(&none).as_deref(), Some("NOT_FOUND"), "{f}: {none}");
        assert!(none["data"].is_null() || none["data"]["auditLogs"].is_null());
    }
    let bad = app
        .as_user("auditor", q, json!({ "f": { "customerPhone": "13x" } }))
        .await;
    assert_eq!(code(&bad).as_deref(), Some("BAD_USER_INPUT"));
}

#[tokio::test]
async fn concurrent_reads_all_land_in_the_audit_log() {
    let app = spawn_app().await;
    let (id, _, number) = app.create_complaint("agent", "13812340000").await;
    let token = app.token("agent").await;
    let reads = (0..24).map(|_| {
        app.gql(
            Some(&token),
            "query($id: ID!) { complaint(id: $id) { id timeline { id } } }",
            json!({ "id": id }),
        )
    });
    for body in futures_util::future::join_all(reads).await {
        assert!(body["errors"].is_null(), "{body}");
    }
    app.services.audit_writer().drain().await.expect("drain");
    assert_eq!(reads_of(&app, &id).await, 24);
    let _ = number;
}

#[tokio::test]
async fn when_the_audit_write_fails_the_complaint_is_not_returned() {
    let app = spawn_app().await;
    let (id, _, _) = app.create_complaint("agent", "13812345555").await;
    let db = app.services.db().conn();
    let refuse = match db.get_database_backend() {
        DatabaseBackend::Postgres => vec![
            "CREATE FUNCTION refuse_reads() RETURNS trigger AS $$ BEGIN \
             IF NEW.action = 'complaint.read' THEN RAISE EXCEPTION 'disk full'; END IF; RETURN NEW; END; $$ LANGUAGE plpgsql",
            "CREATE TRIGGER refuse_reads BEFORE INSERT ON audit_logs FOR EACH ROW EXECUTE FUNCTION refuse_reads()",
        ],
        _ => vec![
            "CREATE TRIGGER refuse_reads BEFORE INSERT ON audit_logs WHEN NEW.action = 'complaint.read' \
             BEGIN SELECT RAISE(ABORT, 'disk full'); END",
        ],
    };
    for sql in refuse {
        db.execute_raw(Statement::from_string(db.get_database_backend(), sql))
            .await
            .expect("trigger");
    }
    let body = app
        .as_user(
            "agent",
            "query($id: ID!) { complaint(id: $id) { id title description } }",
            json!({ "id": id }),
        )
        .await;
    assert_eq!(code(&body).as_deref(), Some("INTERNAL"), "{body}");
    assert!(body["data"].is_null() || body["data"]["complaint"].is_null());
    assert!(
        !body.to_string().contains("话费"),
        "no complaint text: {body}"
    );
    assert!(!body.to_string().contains("disk full"), "no database text");
}

#[tokio::test]
async fn possible_repeats_show_only_complaints_the_caller_may_read_and_are_audited() {
    let app = spawn_app().await;
    // agent2 (another store) filed for this customer first
    let (other, _, _) = app.create_complaint("agent2", "13855556666").await;
    let (mine, _, _) = app.create_complaint("agent", "13855556666").await;
    let (_, _, _) = app.create_complaint("agent", "13855556666").await;
    let repeats = app
        .scalar("SELECT COUNT(*) FROM audit_logs WHERE action = 'complaint.repeats' AND customer_id IS NOT NULL")
        .await;
    assert!(repeats >= 1, "shown repeats are recorded with the customer");
    // the last create saw `mine` but not agent2's complaint
    let body = app
        .as_user(
            "agent",
            CREATE,
            json!({ "i": {
                "customerPhone": "13855556666", "customerName": "张三丰", "categoryId": app.category_id.to_string(),
                "title": "本月话费多扣了30元", "description": "客户反映本月账单中出现一笔未订购的视频彩铃费用，要求退还。"
            }}),
        )
        .await;
    let ids: Vec<&str> = body["data"]["createComplaint"]["possibleRepeats"]
        .as_array()
        .expect("repeats")
        .iter()
        .filter_map(|r| r["id"].as_str())
        .collect();
    assert!(ids.contains(&mine.as_str()), "{body}");
    assert!(
        !ids.contains(&other.as_str()),
        "agent may not read agent2's complaint"
    );
}

#[tokio::test]
async fn similar_complaints_are_audited_with_the_query_and_count() {
    let app = spawn_app().await;
    app.create_complaint("agent", "13812349999").await;
    app.services.index_caught_up().await.expect("caught up");
    let body = app
        .as_user(
            "agent",
            "{ similarComplaints(text: \"话费多扣\") { complaint { id timeline { id } } score } }",
            json!({}),
        )
        .await;
    let found = body["data"]["similarComplaints"]
        .as_array()
        .expect("list")
        .len() as i64;
    let rows = app
        .scalar(&format!(
            "SELECT COUNT(*) FROM audit_logs WHERE action = 'complaint.similar' AND detail LIKE '%话费多扣%' AND detail LIKE '%\"count\":{found}%'"
        ))
        .await;
    assert_eq!(rows, 1, "{body}");
    assert_eq!(
        app.scalar("SELECT COUNT(*) FROM audit_logs WHERE action = 'complaint.read'")
            .await,
        found,
        "timelines of the results are reads"
    );
}
