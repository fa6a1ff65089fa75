//! 退单 (issue 13 §2): a department handler sends a wrongly dispatched
//! complaint back to the expert team with a reason; the dispatcher is told
//! and dispatches it again. Only the department it was dispatched to may,
//! only before investigating, and never without a reason.
use crate::helpers::*;
use crate::reasons::reason_of;
use serde_json::{json, Value};

const RETURN: &str = "mutation($i: ReturnComplaintInput!) { returnComplaint(input: $i) {
    status version team { id } assignee { username } } }";
const DISPATCH: &str = "mutation($i: DispatchComplaintInput!) { dispatchComplaint(input: $i) {
    status version team { id } } }";
const TIMELINE: &str = "query($id: ID!) { complaint(id: $id) { status version
    timeline { kind body data actor { username } } } }";

async fn give_back(app: &TestApp, user: &str, id: &str, version: i64, reason: &str) -> Value {
    app.as_user(
        user,
        RETURN,
        json!({ "i": { "id": id, "expectedVersion": version, "reason": reason } }),
    )
    .await
}

#[tokio::test]
async fn a_department_returns_a_wrong_dispatch_and_the_expert_dispatches_it_again() {
    let app = spawn_app().await;
    let (id, v, _) = app.create_complaint("agent", "13812341234").await;
    let v = app.drive(&id, v, "DISPATCHED").await;

    let b = give_back(
        &app,
        "handler",
        &id,
        v,
        "该问题属于计费争议，不属于质量部职责",
    )
    .await;
    let c = &b["data"]["returnComplaint"];
    assert_eq!(c["status"], "ESCALATED", "{b}");
    assert_eq!(c["team"]["id"], app.teams["expert"].to_string());
    assert!(c["assignee"].is_null(), "back in the expert queue: {b}");

    let t = app.as_user("expert", TIMELINE, json!({ "id": id })).await;
    let returned: Vec<&Value> = t["data"]["complaint"]["timeline"]
        .as_array()
        .expect("timeline")
        .iter()
        .filter(|e| e["kind"] == "RETURNED")
        .collect();
    assert_eq!(returned.len(), 1, "{t}");
    assert_eq!(returned[0]["actor"]["username"], "handler");
    assert_eq!(returned[0]["body"], "该问题属于计费争议，不属于质量部职责");
    assert_eq!(
        returned[0]["data"]["fromTeamId"],
        json!(app.teams["dept_quality"])
    );

    // the expert who dispatched it is told
    let n = app
        .as_user(
            "expert",
            "{ notifications(first: 10) { edges { node { kind complaintId title } } } }",
            json!({}),
        )
        .await;
    let kinds: Vec<&Value> = n["data"]["notifications"]["edges"]
        .as_array()
        .expect("edges")
        .iter()
        .filter(|e| e["node"]["kind"] == "RETURNED" && e["node"]["complaintId"] == json!(id))
        .collect();
    assert_eq!(kinds.len(), 1, "{n}");

    // and dispatches it to the right department
    let v = c["version"].as_i64().expect("version");
    let d = app
        .as_user(
            "expert",
            DISPATCH,
            json!({ "i": { "id": id, "expectedVersion": v,
                "teamId": app.teams["dept_finance"].to_string(),
                "assigneeId": app.users["handler2"].to_string() } }),
        )
        .await;
    assert_eq!(
        d["data"]["dispatchComplaint"]["status"], "DISPATCHED",
        "{d}"
    );
}

#[tokio::test]
async fn only_the_department_may_return_it_before_investigating_and_with_a_reason() {
    let app = spawn_app().await;
    let (id, v, _) = app.create_complaint("agent", "13812341234").await;
    let v = app.drive(&id, v, "DISPATCHED").await;
    for user in ["handler", "handler2"] {
        app.token(user).await; // log in first: a session is a write
    }
    let before = app.snapshot().await;
    let unchanged = |after: &Vec<(String, i64)>| {
        after
            .iter()
            .filter(|(t, _)| t != "audit_logs")
            .eq(before.iter().filter(|(t, _)| t != "audit_logs"))
    };

    for (user, reason, want) in [
        (
            "handler",
            "   ",
            ("BAD_USER_INPUT", "INVALID_INPUT", Some("reason")),
        ),
        (
            "agent",
            "不归我们",
            ("FORBIDDEN", "MISSING_PERMISSION", None),
        ),
        ("handler2", "不归我们", ("FORBIDDEN", "OUT_OF_SCOPE", None)),
    ] {
        let b = give_back(&app, user, &id, v, reason).await;
        assert_eq!(
            reason_of(&b),
            (want.0.into(), want.1.into(), want.2.map(str::to_string)),
            "{user}: {b}"
        );
        assert!(unchanged(&app.snapshot().await), "{user}: nothing written");
    }

    // once investigated, the department answers for it: no return
    let inv = app
        .as_user(
            "handler",
            "mutation($i: RecordInvestigationInput!) { recordInvestigation(input: $i) { status version } }",
            json!({ "i": { "id": id, "expectedVersion": v,
                "findings": "系统批量开通导致误扣", "responsibility": "INTERNAL" } }),
        )
        .await;
    assert_eq!(
        inv["data"]["recordInvestigation"]["status"], "INVESTIGATED",
        "{inv}"
    );
    let v = inv["data"]["recordInvestigation"]["version"]
        .as_i64()
        .expect("version");
    let b = give_back(&app, "handler", &id, v, "不归我们").await;
    assert_eq!(
        reason_of(&b),
        ("BAD_USER_INPUT".into(), "ILLEGAL_TRANSITION".into(), None),
        "{b}"
    );
}
