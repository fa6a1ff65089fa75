//! Major complaints (issue 13 §2): configurable criteria make a complaint
//! major at registration or on an edit; the centre head and the senior
//! manager are told at once; it runs on tighter clocks; only the centre
//! head's sign-off closes it; 越级 escalations are recorded with a reason.
use crate::helpers::*;
use crate::reasons::reason_of;
use kesu::service::identity::NewUser;
use serde_json::{json, Value};

const DETAIL: &str = "query($id: ID!) { complaint(id: $id) { status isMajor version
    timeline { kind body data actor { username } } } }";
const CRITERIA: &str =
    "{ majorCriteria { amountOverCents channels repeatSameIssue announcementCountOver version } }";
const UPDATE_CRITERIA: &str =
    "mutation($i: UpdateMajorCriteriaInput!) { updateMajorCriteria(input: $i) {
    amountOverCents channels version updatedBy { username } } }";
const CLOSE: &str =
    "mutation($i: CloseComplaintInput!) { closeComplaint(input: $i) { status version } }";

/// The centre head and the senior manager in charge.
async fn people_in_charge(app: &TestApp) {
    for (username, role) in [("head", "centre_head"), ("manager", "senior_manager")] {
        app.services
            .create_user_as(
                None,
                &meta(),
                NewUser {
                    username: username.into(),
                    display_name: format!("测试{username}"),
                    password: PASSWORD.into(),
                    team_id: None,
                    roles: vec![role.into()],
                },
            )
            .await
            .expect("user");
    }
}

async fn register(app: &TestApp, phone: &str, channel: &str, amount_cents: i64) -> (String, i64) {
    let body = app
        .as_user(
            "agent",
            CREATE,
            json!({ "i": {
                "customerPhone": phone, "customerName": "李四", "channel": channel,
                "categoryId": app.category_id.to_string(), "priority": "NORMAL",
                "title": "扣费争议", "description": "客户对本月账单中的一笔费用有异议。",
                "amountDisputedCents": amount_cents
            }}),
        )
        .await;
    let c = &body["data"]["createComplaint"]["complaint"];
    assert!(c.is_object(), "{body}");
    (
        c["id"].as_str().expect("id").to_string(),
        c["version"].as_i64().expect("version"),
    )
}

async fn detail(app: &TestApp, id: &str) -> Value {
    let b = app.as_user("expert", DETAIL, json!({ "id": id })).await;
    b["data"]["complaint"].clone()
}

fn flagged(c: &Value) -> Option<Value> {
    c["timeline"]
        .as_array()
        .expect("timeline")
        .iter()
        .find(|e| e["kind"] == "MAJOR_FLAGGED")
        .cloned()
}

async fn told(app: &TestApp, user: &str, complaint: &str) -> Vec<String> {
    let n = app
        .as_user(
            user,
            "{ notifications(first: 20) { edges { node { kind title complaintId } } } }",
            json!({}),
        )
        .await;
    n["data"]["notifications"]["edges"]
        .as_array()
        .unwrap_or_else(|| panic!("{n}"))
        .iter()
        .filter(|e| e["node"]["kind"] == "MAJOR" && e["node"]["complaintId"] == json!(complaint))
        .map(|e| e["node"]["title"].as_str().unwrap_or("").to_string())
        .collect()
}

#[tokio::test]
async fn criteria_make_a_complaint_major_and_the_people_in_charge_are_told() {
    let app = spawn_app().await;
    people_in_charge(&app).await;
    let c = app.as_user("agent", CRITERIA, json!({})).await;
    assert_eq!(
        c["data"]["majorCriteria"],
        json!({ "amountOverCents": 500_000, "channels": ["REGULATOR", "SOCIAL_MEDIA"],
                "repeatSameIssue": true, "announcementCountOver": 20, "version": 0 }),
        "the defaults: {c}"
    );

    // an ordinary complaint is not major
    let (plain, _) = register(&app, "13812347001", "HOTLINE", 3_000).await;
    assert_eq!(detail(&app, &plain).await["isMajor"], false);
    assert!(told(&app, "head", &plain).await.is_empty());

    // a regulator referral is
    let (reg, _) = register(&app, "13812347002", "REGULATOR", 3_000).await;
    let d = detail(&app, &reg).await;
    assert_eq!(d["isMajor"], true, "{d}");
    let f = flagged(&d).expect("flagged");
    assert_eq!(f["body"], "来自监管转办渠道");
    assert_eq!(f["data"]["reasons"][0]["kind"], "channel");
    for user in ["head", "manager"] {
        let t = told(&app, user, &reg).await;
        assert_eq!(t.len(), 1, "{user} is told");
        assert!(t[0].contains("来自监管转办渠道"), "{t:?}");
    }
    assert!(told(&app, "expert", &reg).await.is_empty());

    // so is a large amount
    let (big, _) = register(&app, "13812347003", "HOTLINE", 880_000).await;
    let d = detail(&app, &big).await;
    assert_eq!(
        flagged(&d).expect("flagged")["body"],
        "涉及金额 8800 元，超过 5000 元"
    );

    // an edit that flags it makes it major too
    let (later, v) = register(&app, "13812347004", "HOTLINE", 3_000).await;
    let b = app
        .as_user(
            "expert",
            "mutation($i: UpdateComplaintInput!) { updateComplaint(input: $i) { isMajor } }",
            json!({ "i": { "id": later, "expectedVersion": v, "isMajor": true } }),
        )
        .await;
    assert_eq!(b["data"]["updateComplaint"]["isMajor"], true, "{b}");
    assert_eq!(
        flagged(&detail(&app, &later).await).expect("flagged")["body"],
        "人工标记为重大投诉"
    );
    assert_eq!(told(&app, "manager", &later).await.len(), 1);

    // administrators change the criteria; nobody else
    let new = json!({ "i": { "amountOverCents": null, "channels": ["SOCIAL_MEDIA"], "repeatSameIssue": true,
        "announcementCountOver": 5, "expectedVersion": 0 } });
    let denied = app
        .as_user("supervisor", UPDATE_CRITERIA, new.clone())
        .await;
    assert_eq!(reason_of(&denied).1, "MISSING_PERMISSION", "{denied}");
    let bad = app
        .as_user("admin", UPDATE_CRITERIA, json!({ "i": { "amountOverCents": -1, "channels": [], "repeatSameIssue": false, "expectedVersion": 0 } }))
        .await;
    assert_eq!(
        reason_of(&bad).2.as_deref(),
        Some("amountOverCents"),
        "{bad}"
    );
    let saved = app.as_user("admin", UPDATE_CRITERIA, new.clone()).await;
    assert_eq!(
        saved["data"]["updateMajorCriteria"]["version"], 1,
        "{saved}"
    );
    assert_eq!(
        saved["data"]["updateMajorCriteria"]["updatedBy"]["username"],
        "admin"
    );
    let stale = app.as_user("admin", UPDATE_CRITERIA, new).await;
    assert_eq!(reason_of(&stale).1, "STALE_VERSION", "{stale}");
    // now neither the regulator channel nor the amount counts
    let (reg2, _) = register(&app, "13812347005", "REGULATOR", 990_000).await;
    assert_eq!(detail(&app, &reg2).await["isMajor"], false);
}

#[tokio::test]
async fn a_major_complaint_runs_on_tighter_clocks_and_closes_only_with_sign_off() {
    let app = spawn_app().await;
    people_in_charge(&app).await;
    let (major, v) = register(&app, "13812347101", "SOCIAL_MEDIA", 3_000).await;
    let (plain, _) = register(&app, "13812347102", "HOTLINE", 3_000).await;
    let budget = |id: &str, kind: &str| {
        format!(
            "SELECT CAST(budget_minutes AS BIGINT) FROM sla_clocks WHERE complaint_id = {id} AND kind = '{kind}'"
        )
    };
    let (m_res, p_res) = (
        app.scalar(&budget(&major, "resolution")).await,
        app.scalar(&budget(&plain, "resolution")).await,
    );
    assert!(
        m_res * 3 == p_res,
        "1 working day against 3: {m_res} vs {p_res}"
    );
    let (m_first, p_first) = (
        app.scalar(&budget(&major, "first_response")).await,
        app.scalar(&budget(&plain, "first_response")).await,
    );
    assert_eq!((m_first, p_first), (120, 24 * 60));

    // a satisfied callback does not close it: it waits for the centre head
    let v = app.drive(&major, v, "RESOLVED").await;
    let b = app
        .as_user(
            "agent",
            "mutation($i: RecordCallbackInput!) { recordCallback(input: $i) { status version } }",
            json!({ "i": { "id": major, "expectedVersion": v, "satisfaction": 5 } }),
        )
        .await;
    assert_eq!(
        b["data"]["recordCallback"]["status"], "CALLBACK_DONE",
        "{b}"
    );
    let v = b["data"]["recordCallback"]["version"].as_i64().expect("v");
    let t = told(&app, "head", &major).await;
    assert!(t.iter().any(|x| x.contains("待您签字结案")), "{t:?}");

    // the expert may not close it; the centre head signs off, with a note
    let e = app
        .as_user(
            "expert",
            CLOSE,
            json!({ "i": { "id": major, "expectedVersion": v } }),
        )
        .await;
    assert_eq!(
        reason_of(&e),
        ("FORBIDDEN".into(), "STEP_NOT_ALLOWED".into(), None),
        "{e}"
    );
    let no_note = app
        .as_user(
            "head",
            CLOSE,
            json!({ "i": { "id": major, "expectedVersion": v } }),
        )
        .await;
    assert_eq!(reason_of(&no_note).2.as_deref(), Some("note"), "{no_note}");
    let ok = app
        .as_user("head", CLOSE, json!({ "i": { "id": major, "expectedVersion": v, "note": "已核实整改到位，同意结案" } }))
        .await;
    assert_eq!(ok["data"]["closeComplaint"]["status"], "CLOSED", "{ok}");
    let d = detail(&app, &major).await;
    let closed = d["timeline"]
        .as_array()
        .expect("t")
        .last()
        .expect("last")
        .clone();
    assert_eq!(closed["kind"], "CLOSED");
    assert_eq!(closed["data"]["signedOff"], true);
    assert_eq!(closed["actor"]["username"], "head");
    assert_eq!(closed["body"], "已核实整改到位，同意结案");
}

#[tokio::test]
async fn a_skip_level_escalation_is_recorded_with_its_reason() {
    let app = spawn_app().await;
    let (id, v, _) = app.create_complaint("agent", "13812347201").await;
    let b = app
        .as_user(
            "agent",
            "mutation($i: EscalateComplaintInput!) { escalateComplaint(input: $i) { status } }",
            json!({ "i": { "id": id, "expectedVersion": v, "note": "客户要求直接找领导",
                "skipLevelReason": "客户已向总经理信箱投诉，要求跳过营业厅直接由专家组处理" } }),
        )
        .await;
    assert_eq!(b["data"]["escalateComplaint"]["status"], "ESCALATED", "{b}");
    let d = detail(&app, &id).await;
    let e = d["timeline"]
        .as_array()
        .expect("t")
        .iter()
        .find(|e| e["kind"] == "ESCALATED")
        .expect("escalated")
        .clone();
    assert_eq!(e["data"]["skipLevel"], true);
    assert_eq!(
        e["data"]["skipLevelReason"],
        "客户已向总经理信箱投诉，要求跳过营业厅直接由专家组处理"
    );
}
