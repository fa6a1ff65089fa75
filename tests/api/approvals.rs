//! Approvals above authority (issue 13 §3): a refund above the proposer's
//! role limit waits for an approver; the complaint cannot be resolved with
//! that amount until it is approved; nobody approves their own; a fee
//! charged by mistake is proposed double; every decision and its reason is
//! on the timeline and in the audit log.
use crate::helpers::*;
use crate::reasons::reason_of;
use serde_json::{json, Value};

const PROPOSE: &str = "mutation($i: ProposeResolutionInput!) { proposeResolution(input: $i) {
    status version refundGrantedCents } }";
const RESOLVE: &str = "mutation($i: ResolveComplaintInput!) { resolveComplaint(input: $i) {
    status version refundGrantedCents } }";
const DECIDE: &str = "mutation($i: DecideApprovalInput!) { decideApproval(input: $i) {
    id status amountCents approvedCents wronglyChargedCents decisionReason
    decidedBy { username } requestedBy { username } complaintNumber } }";
const PENDING: &str = "{ approvals(status: PENDING) { edges { node {
    id complaintId complaintNumber amountCents wronglyChargedCents resolution
    requestedBy { username } } } } }";
const DETAIL: &str = "query($id: ID!) { complaint(id: $id) { status version refundGrantedCents
    approvals { status amountCents approvedCents }
    timeline { kind body data actor { username } } } }";

async fn propose(app: &TestApp, user: &str, id: &str, v: i64, extra: Value) -> Value {
    let mut i = json!({ "id": id, "expectedVersion": v, "resolution": "按查证结果退还费用" });
    for (k, val) in extra.as_object().expect("object") {
        i[k] = val.clone();
    }
    app.as_user(user, PROPOSE, json!({ "i": i })).await
}

async fn decide(app: &TestApp, user: &str, id: &str, approve: bool, extra: Value) -> Value {
    let mut i = json!({ "id": id, "approve": approve, "reason": "金额与凭证相符" });
    for (k, val) in extra.as_object().expect("object") {
        i[k] = val.clone();
    }
    app.as_user(user, DECIDE, json!({ "i": i })).await
}

fn pending_of(body: &Value, complaint: &str) -> Vec<Value> {
    body["data"]["approvals"]["edges"]
        .as_array()
        .expect("edges")
        .iter()
        .map(|e| e["node"].clone())
        .filter(|n| n["complaintId"] == json!(complaint))
        .collect()
}

fn version(body: &Value, field: &str) -> i64 {
    body["data"][field]["version"].as_i64().expect("version")
}

/// A complaint investigated by `handler`, ready for a proposal.
async fn investigated(app: &TestApp, phone: &str) -> (String, i64, String) {
    let (id, v, number) = app.create_complaint("agent", phone).await;
    let v = app.drive(&id, v, "INVESTIGATED").await;
    (id, v, number)
}

/// An approval pending on a fresh complaint: (complaint id, version, approval id).
pub async fn pending_approval(app: &TestApp, phone: &str) -> (String, i64, String) {
    let (id, v, _) = investigated(app, phone).await;
    let b = propose(
        app,
        "handler",
        &id,
        v,
        json!({ "refundGrantedCents": 200_000 }),
    )
    .await;
    let v = version(&b, "proposeResolution");
    let q = app.as_user("approver", PENDING, json!({})).await;
    let ap = pending_of(&q, &id);
    assert_eq!(ap.len(), 1, "{q}");
    (id, v, ap[0]["id"].as_str().expect("id").to_string())
}

/// FORBIDDEN / APPROVAL_REQUIRED, for the reasons test.
pub async fn resolve_without_approval(app: &TestApp) -> Value {
    let (id, v, _) = pending_approval(app, "13900007777").await;
    app.as_user(
        "expert",
        RESOLVE,
        json!({ "i": { "id": id, "expectedVersion": v, "reply": "已退款" } }),
    )
    .await
}

/// CONFLICT / ALREADY_DECIDED, for the reasons test.
pub async fn decide_twice(app: &TestApp) -> Value {
    let (_, _, ap) = pending_approval(app, "13900008888").await;
    let first = decide(app, "approver", &ap, true, json!({})).await;
    assert_eq!(
        first["data"]["decideApproval"]["status"], "APPROVED",
        "{first}"
    );
    decide(app, "supervisor", &ap, false, json!({})).await
}

#[tokio::test]
async fn a_refund_above_authority_waits_for_an_approver_then_resolves() {
    let app = spawn_app().await;
    let (id, v, number) = investigated(&app, "13812340001").await;

    // 2,000 元 is above the handler's default authority of 1,000 元
    let b = propose(
        &app,
        "handler",
        &id,
        v,
        json!({ "refundGrantedCents": 200_000 }),
    )
    .await;
    assert_eq!(
        b["data"]["proposeResolution"]["status"], "RESOLUTION_PROPOSED",
        "{b}"
    );
    let v = version(&b, "proposeResolution");
    let q = app.as_user("approver", PENDING, json!({})).await;
    let ap = pending_of(&q, &id);
    assert_eq!(ap.len(), 1, "{q}");
    assert_eq!(ap[0]["amountCents"], 200_000);
    assert_eq!(ap[0]["complaintNumber"], json!(number));
    assert_eq!(ap[0]["requestedBy"]["username"], "handler");
    assert_eq!(ap[0]["resolution"], "按查证结果退还费用");
    let ap_id = ap[0]["id"].as_str().expect("id").to_string();

    // the approvers are told; the requester sees their own request only
    let n = app
        .as_user(
            "approver",
            "{ notifications(first: 5) { edges { node { kind complaintId } } } }",
            json!({}),
        )
        .await;
    assert!(
        n["data"]["notifications"]["edges"]
            .as_array()
            .expect("edges")
            .iter()
            .any(|e| e["node"]["kind"] == "APPROVAL_REQUESTED"
                && e["node"]["complaintId"] == json!(id)),
        "{n}"
    );
    let mine = app.as_user("handler", PENDING, json!({})).await;
    assert_eq!(pending_of(&mine, &id).len(), 1, "{mine}");
    let others = app.as_user("agent", PENDING, json!({})).await;
    assert!(pending_of(&others, &id).is_empty(), "{others}");

    // not resolvable with that amount until approved, and nothing changes
    let before = app.snapshot().await;
    let r = app
        .as_user(
            "expert",
            RESOLVE,
            json!({ "i": { "id": id, "expectedVersion": v, "reply": "已退款" } }),
        )
        .await;
    assert_eq!(
        reason_of(&r),
        ("FORBIDDEN".into(), "APPROVAL_REQUIRED".into(), None),
        "{r}"
    );
    // a handler holds no approval.decide
    let h = decide(&app, "handler", &ap_id, true, json!({})).await;
    assert_eq!(reason_of(&h).1, "MISSING_PERMISSION", "{h}");
    // a decision without a reason is refused before anything is written
    let e = decide(&app, "approver", &ap_id, true, json!({ "reason": "  " })).await;
    assert_eq!(
        reason_of(&e),
        (
            "BAD_USER_INPUT".into(),
            "INVALID_INPUT".into(),
            Some("reason".into())
        ),
        "{e}"
    );
    let mut after = app.snapshot().await;
    // the refusals themselves are audited, nothing else
    let audits = |s: &[(String, i64)]| s.iter().find(|(t, _)| t == "audit_logs").map(|x| x.1);
    assert!(audits(&after) > audits(&before));
    after.retain(|(t, _)| t != "audit_logs");
    let mut before = before;
    before.retain(|(t, _)| t != "audit_logs");
    assert_eq!(before, after);

    // the approver grants 1,800 元 instead, with a reason
    let d = decide(
        &app,
        "approver",
        &ap_id,
        true,
        json!({ "amountCents": 180_000, "reason": "按实际损失核定为1800元" }),
    )
    .await;
    let a = &d["data"]["decideApproval"];
    assert_eq!(a["status"], "APPROVED", "{d}");
    assert_eq!(a["approvedCents"], 180_000);
    assert_eq!(a["decidedBy"]["username"], "approver");
    assert_eq!(a["decisionReason"], "按实际损失核定为1800元");

    // decided once only
    let again = decide(&app, "supervisor", &ap_id, false, json!({})).await;
    assert_eq!(
        reason_of(&again),
        ("CONFLICT".into(), "ALREADY_DECIDED".into(), None),
        "{again}"
    );

    let c = app.as_user("expert", DETAIL, json!({ "id": id })).await;
    let c = &c["data"]["complaint"];
    assert_eq!(c["refundGrantedCents"], 180_000, "{c}");
    assert_eq!(c["approvals"][0]["status"], "APPROVED");
    let events: Vec<&Value> = c["timeline"].as_array().expect("timeline").iter().collect();
    let requested = events
        .iter()
        .find(|e| e["kind"] == "APPROVAL_REQUESTED")
        .expect("requested");
    assert_eq!(requested["data"]["amountCents"], 200_000);
    assert_eq!(requested["data"]["authorityCents"], 100_000);
    let decided = events
        .iter()
        .find(|e| e["kind"] == "APPROVAL_DECIDED")
        .expect("decided");
    assert_eq!(decided["actor"]["username"], "approver");
    assert_eq!(decided["body"], "按实际损失核定为1800元");
    assert_eq!(decided["data"]["approvedCents"], 180_000);
    let audited = app
        .scalar("SELECT COUNT(*) FROM audit_logs WHERE action = 'approval.decide' AND outcome = 'success'")
        .await;
    assert_eq!(audited, 1);

    // the requester is told
    let n = app
        .as_user(
            "handler",
            "{ notifications(first: 5) { edges { node { kind title } } } }",
            json!({}),
        )
        .await;
    assert!(
        n["data"]["notifications"]["edges"]
            .as_array()
            .expect("edges")
            .iter()
            .any(|e| e["node"]["kind"] == "APPROVAL_DECIDED"
                && e["node"]["title"]
                    .as_str()
                    .unwrap_or("")
                    .contains("1,800.00 元")),
        "{n}"
    );

    // the expert resolves with the approved amount; a larger one is refused
    let v = c["version"].as_i64().expect("version");
    let more = app
        .as_user(
            "expert",
            RESOLVE,
            json!({ "i": { "id": id, "expectedVersion": v, "reply": "已退款", "refundGrantedCents": 200_000 } }),
        )
        .await;
    assert_eq!(reason_of(&more).1, "APPROVAL_REQUIRED", "{more}");
    let ok = app
        .as_user(
            "expert",
            RESOLVE,
            json!({ "i": { "id": id, "expectedVersion": v, "reply": "已退款1800元" } }),
        )
        .await;
    assert_eq!(ok["data"]["resolveComplaint"]["status"], "RESOLVED", "{ok}");
    assert_eq!(
        ok["data"]["resolveComplaint"]["refundGrantedCents"],
        180_000
    );
}

#[tokio::test]
async fn limits_are_per_role_and_nobody_approves_their_own() {
    let app = spawn_app().await;
    let roles = app
        .as_user(
            "admin",
            "{ roles { id code authorityLimitCents } }",
            json!({}),
        )
        .await;
    let supervisor_role = roles["data"]["roles"]
        .as_array()
        .expect("roles")
        .iter()
        .find(|r| r["code"] == "supervisor")
        .expect("supervisor role")
        .clone();
    assert!(
        supervisor_role["authorityLimitCents"].is_null(),
        "the default: {roles}"
    );
    const LIMIT: &str = "mutation($i: SetRoleAuthorityLimitInput!) { setRoleAuthorityLimit(input: $i) { code authorityLimitCents } }";
    let bad = app
        .as_user(
            "admin",
            LIMIT,
            json!({ "i": { "roleId": supervisor_role["id"], "limitCents": -1 } }),
        )
        .await;
    assert_eq!(reason_of(&bad).2.as_deref(), Some("limitCents"), "{bad}");
    let not_admin = app
        .as_user(
            "supervisor",
            LIMIT,
            json!({ "i": { "roleId": supervisor_role["id"], "limitCents": 1 } }),
        )
        .await;
    assert_eq!(reason_of(&not_admin).1, "MISSING_PERMISSION", "{not_admin}");
    // built-in roles too: the supervisor may grant up to 500 元 only
    let set = app
        .as_user(
            "admin",
            LIMIT,
            json!({ "i": { "roleId": supervisor_role["id"], "limitCents": 50_000 } }),
        )
        .await;
    assert_eq!(
        set["data"]["setRoleAuthorityLimit"]["authorityLimitCents"], 50_000,
        "{set}"
    );
    let mine = app
        .as_user("supervisor", "{ myAuthority { limitCents } }", json!({}))
        .await;
    assert_eq!(mine["data"]["myAuthority"]["limitCents"], 50_000, "{mine}");

    // 800 元 is within the default but above the supervisor's limit now
    let (id, v, _) = investigated(&app, "13812340002").await;
    let b = propose(
        &app,
        "supervisor",
        &id,
        v,
        json!({ "refundGrantedCents": 80_000 }),
    )
    .await;
    assert_eq!(
        b["data"]["proposeResolution"]["status"], "RESOLUTION_PROPOSED",
        "{b}"
    );
    let q = app.as_user("approver", PENDING, json!({})).await;
    let ap = pending_of(&q, &id);
    assert_eq!(ap.len(), 1, "{q}");
    let ap_id = ap[0]["id"].as_str().expect("id").to_string();

    // the supervisor holds approval.decide, but not for their own request
    let before = app.snapshot().await;
    let own = decide(&app, "supervisor", &ap_id, true, json!({})).await;
    assert_eq!(
        reason_of(&own),
        ("FORBIDDEN".into(), "SELF_REVIEW".into(), None),
        "{own}"
    );
    let after = app.snapshot().await;
    let strip = |mut s: Vec<(String, i64)>| {
        s.retain(|(t, _)| t != "audit_logs");
        s
    };
    assert_eq!(strip(before), strip(after));
    let denied = app
        .scalar("SELECT COUNT(*) FROM audit_logs WHERE action = 'approval.decide' AND outcome = 'denied'")
        .await;
    assert_eq!(denied, 1, "the refusal is audited");

    // rejected: the amount cannot be granted; a revised proposal within the
    // supervisor's authority needs no approval
    let r = decide(
        &app,
        "approver",
        &ap_id,
        false,
        json!({ "reason": "超出赔付标准" }),
    )
    .await;
    assert_eq!(r["data"]["decideApproval"]["status"], "REJECTED", "{r}");
    assert!(r["data"]["decideApproval"]["approvedCents"].is_null());
    let c = app.as_user("supervisor", DETAIL, json!({ "id": id })).await;
    let v = c["data"]["complaint"]["version"].as_i64().expect("version");
    assert!(v > 0);
    let refused = app
        .as_user(
            "supervisor",
            RESOLVE,
            json!({ "i": { "id": id, "expectedVersion": v, "reply": "已退款" } }),
        )
        .await;
    assert_eq!(reason_of(&refused).1, "APPROVAL_REQUIRED", "{refused}");
    let b = propose(
        &app,
        "supervisor",
        &id,
        v,
        json!({ "refundGrantedCents": 40_000 }),
    )
    .await;
    assert_eq!(
        b["data"]["proposeResolution"]["status"], "RESOLUTION_PROPOSED",
        "{b}"
    );
    let q = app.as_user("approver", PENDING, json!({})).await;
    assert!(pending_of(&q, &id).is_empty(), "{q}");
    let v = version(&b, "proposeResolution");
    let ok = app
        .as_user(
            "supervisor",
            RESOLVE,
            json!({ "i": { "id": id, "expectedVersion": v, "reply": "已退款400元" } }),
        )
        .await;
    assert_eq!(ok["data"]["resolveComplaint"]["status"], "RESOLVED", "{ok}");
}

#[tokio::test]
async fn a_fee_charged_by_mistake_is_proposed_double() {
    let app = spawn_app().await;
    let (id, v, _) = app.create_complaint("agent", "13812340003").await;
    let v = app.drive(&id, v, "DISPATCHED").await;
    let b = app
        .as_user(
            "handler",
            "mutation($i: RecordInvestigationInput!) { recordInvestigation(input: $i) { version } }",
            json!({ "i": { "id": id, "expectedVersion": v, "findings": "套餐变更时重复扣费680元", "responsibility": "WRONG_CHARGE" } }),
        )
        .await;
    let v = version(&b, "recordInvestigation");

    // a refund that is not the double is refused, naming the field
    let wrong = propose(
        &app,
        "handler",
        &id,
        v,
        json!({ "wronglyChargedCents": 68_000, "refundGrantedCents": 68_000 }),
    )
    .await;
    assert_eq!(
        reason_of(&wrong).2.as_deref(),
        Some("refundGrantedCents"),
        "{wrong}"
    );

    let b = propose(
        &app,
        "handler",
        &id,
        v,
        json!({ "wronglyChargedCents": 68_000 }),
    )
    .await;
    assert_eq!(
        b["data"]["proposeResolution"]["refundGrantedCents"], 136_000,
        "{b}"
    );
    let q = app.as_user("approver", PENDING, json!({})).await;
    let ap = pending_of(&q, &id);
    assert_eq!(ap.len(), 1, "1,360 元 is above 1,000 元: {q}");
    assert_eq!(ap[0]["amountCents"], 136_000);
    assert_eq!(ap[0]["wronglyChargedCents"], 68_000);

    // the approver may change the amount, with a reason
    let d = decide(
        &app,
        "approver",
        ap[0]["id"].as_str().expect("id"),
        true,
        json!({ "amountCents": 120_000, "reason": "其中80元已于上月退还" }),
    )
    .await;
    assert_eq!(d["data"]["decideApproval"]["approvedCents"], 120_000, "{d}");
    let c = app.as_user("expert", DETAIL, json!({ "id": id })).await;
    assert_eq!(c["data"]["complaint"]["refundGrantedCents"], 120_000, "{c}");

    // without a wrong charge there is nothing to double
    let (id2, v2, _) = investigated(&app, "13812340004").await;
    let no = propose(
        &app,
        "handler",
        &id2,
        v2,
        json!({ "wronglyChargedCents": 100 }),
    )
    .await;
    assert_eq!(
        reason_of(&no).2.as_deref(),
        Some("wronglyChargedCents"),
        "{no}"
    );
}
