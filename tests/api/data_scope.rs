//! Data scope: agents see their own complaints, handlers their department's,
//! auditors the log but no complaint bodies; refusals are audited.
use crate::helpers::*;
use serde_json::json;

#[tokio::test]
async fn agent_cannot_read_another_agents_complaint_and_the_attempt_is_audited() {
    let app = spawn_app().await;
    let (id, _, number) = app.create_complaint("agent", "13812341234").await;
    let before = app
        .scalar("SELECT COUNT(*) FROM audit_logs WHERE outcome = 'denied'")
        .await;
    let b = app
        .as_user(
            "agent2",
            "query($id: ID!) { complaint(id: $id) { description } }",
            json!({ "id": id }),
        )
        .await;
    assert_eq!(code(&b).as_deref(), Some("FORBIDDEN"));
    assert!(b["data"].is_null() || b["data"]["complaint"].is_null());
    let b = app
        .as_user(
            "agent2",
            "query($n: String!) { complaintByNumber(number: $n) { id } }",
            json!({ "n": number }),
        )
        .await;
    assert_eq!(code(&b).as_deref(), Some("FORBIDDEN"));
    let after = app
        .scalar("SELECT COUNT(*) FROM audit_logs WHERE outcome = 'denied'")
        .await;
    assert_eq!(after, before + 2);
    let uid = app.users["agent2"];
    assert_eq!(
        app.scalar(&format!("SELECT COUNT(*) FROM audit_logs WHERE outcome = 'denied' AND actor_id = {uid} AND target_id = '{id}'")).await,
        2
    );
    // and it does not show up in their list
    let list = app
        .as_user("agent2", "{ complaints { totalCount } }", json!({}))
        .await;
    assert_eq!(list["data"]["complaints"]["totalCount"], 0);
    // nor can they reveal its customer
    let r = app
        .as_user("agent2", "mutation($i: RevealCustomerContactInput!) { revealCustomerContact(input: $i) { phone } }", json!({ "i": { "complaintId": id, "reason": "好奇" } }))
        .await;
    assert_eq!(code(&r).as_deref(), Some("FORBIDDEN"));
}

#[tokio::test]
async fn handler_sees_only_their_departments_complaints() {
    let app = spawn_app().await;
    let (id, v, _) = app.create_complaint("agent", "13812341234").await;
    app.drive(&id, v, "DISPATCHED").await; // to dept_quality
    let mine = app
        .as_user("handler", "{ complaints { totalCount } }", json!({}))
        .await;
    assert_eq!(mine["data"]["complaints"]["totalCount"], 1);
    let other = app
        .as_user("handler2", "{ complaints { totalCount } }", json!({}))
        .await;
    assert_eq!(other["data"]["complaints"]["totalCount"], 0);
    let b = app
        .as_user(
            "handler2",
            "query($id: ID!) { complaint(id: $id) { id } }",
            json!({ "id": id }),
        )
        .await;
    assert_eq!(code(&b).as_deref(), Some("FORBIDDEN"));
}

#[tokio::test]
async fn auditor_reads_the_audit_log_but_no_complaint_bodies() {
    let app = spawn_app().await;
    let (id, _, _) = app.create_complaint("agent", "13812341234").await;
    let b = app
        .as_user(
            "auditor",
            "query($id: ID!) { complaint(id: $id) { description } }",
            json!({ "id": id }),
        )
        .await;
    assert_eq!(code(&b).as_deref(), Some("FORBIDDEN"));
    let logs = app
        .as_user("auditor", "{ auditLogs(filter: { action: \"complaint.create\" }) { edges { node { action actorName targetId customerId } } } }", json!({}))
        .await;
    let edges = logs["data"]["auditLogs"]["edges"]
        .as_array()
        .expect("edges");
    assert_eq!(edges.len(), 1);
    assert_eq!(edges[0]["node"]["actorName"], "agent");
    assert_eq!(edges[0]["node"]["targetId"], json!(id));
}

#[tokio::test]
async fn agent_resolves_on_the_spot_but_not_after_escalation() {
    let app = spawn_app().await;
    let (id, v, _) = app.create_complaint("agent", "13812341234").await;
    let q = "mutation($i: ResolveComplaintInput!) { resolveComplaint(input: $i) { status } }";
    let ok = app
        .as_user(
            "agent",
            q,
            json!({ "i": { "id": id, "expectedVersion": v, "reply": "已当场解释清楚" } }),
        )
        .await;
    assert_eq!(ok["data"]["resolveComplaint"]["status"], "RESOLVED");
    let (id2, v2, _) = app.create_complaint("agent", "13812341235").await;
    let v2 = app.drive(&id2, v2, "ESCALATED").await;
    let no = app
        .as_user(
            "agent",
            q,
            json!({ "i": { "id": id2, "expectedVersion": v2, "reply": "x" } }),
        )
        .await;
    assert_eq!(code(&no).as_deref(), Some("FORBIDDEN"));
}
