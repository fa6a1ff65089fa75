//! Routing rules (issue 13 §1): the first rule whose conditions all hold
//! sends a new or re-categorised complaint to its team and, optionally, a
//! member (round-robin or least-loaded); an absent member's turn and open
//! work go to their backup (the A/B role); the dry run shows the decision
//! registration makes; every decision is on the timeline.
use crate::helpers::*;
use crate::reasons::reason_of;
use serde_json::{json, Value};

pub(crate) const SAVE: &str = "mutation($i: SaveRoutingRuleInput!) { saveRoutingRule(input: $i) { id version position name } }";
pub(crate) const DRY: &str = "query($i: RouteDryRunInput!) { routeDryRun(input: $i) {
    rule { id name } team { id } assignee { username } insteadOf { username }
    tried { ruleName misses } summary } }";
pub(crate) const PLACE: &str =
    "query($id: ID!) { complaint(id: $id) { version team { id } assignee { username }
    timeline { kind body data actor { username } } } }";
pub(crate) const REGISTER: &str = "mutation($i: CreateComplaintInput!) { createComplaint(input: $i) { complaint { id version } } }";

/// Save a rule as admin; returns its id.
pub(crate) async fn rule(app: &TestApp, input: Value) -> String {
    let b = app.as_user("admin", SAVE, json!({ "i": input })).await;
    b["data"]["saveRoutingRule"]["id"]
        .as_str()
        .unwrap_or_else(|| panic!("{b}"))
        .to_string()
}

/// Register a complaint with these facts (merged over a hotline billing
/// complaint of 30 元) as `agent`; returns its id.
pub(crate) async fn register(app: &TestApp, phone: &str, facts: Value) -> String {
    let mut input = json!({
        "customerPhone": phone, "customerName": "李四", "channel": "HOTLINE",
        "categoryId": app.category_id.to_string(), "priority": "NORMAL",
        "title": "话费争议", "description": "客户认为本月多收了费用。",
        "amountDisputedCents": 3000
    });
    for (k, v) in facts.as_object().expect("facts") {
        input[k] = v.clone();
    }
    let b = app.as_user("agent", REGISTER, json!({ "i": input })).await;
    b["data"]["createComplaint"]["complaint"]["id"]
        .as_str()
        .unwrap_or_else(|| panic!("{b}"))
        .to_string()
}

pub(crate) async fn placed(app: &TestApp, id: &str) -> Value {
    let b = app.as_user("supervisor", PLACE, json!({ "id": id })).await;
    assert!(b["data"]["complaint"].is_object(), "{b}");
    b["data"]["complaint"].clone()
}

pub(crate) fn routed(c: &Value) -> Vec<Value> {
    c["timeline"]
        .as_array()
        .expect("timeline")
        .iter()
        .filter(|e| e["kind"] == "ROUTED")
        .cloned()
        .collect()
}

pub(crate) fn assignee(c: &Value) -> Option<&str> {
    c["assignee"]["username"].as_str()
}

#[tokio::test]
async fn the_first_rule_that_fires_places_the_complaint_and_the_timeline_says_why() {
    let app = spawn_app().await;
    let finance = app.teams["dept_finance"].to_string();
    let expert = app.teams["expert"].to_string();
    rule(
        &app,
        json!({ "name": "监管转办直达专家组", "teamId": expert,
                "conditions": { "channels": ["REGULATOR"] } }),
    )
    .await;
    // a top-level category includes its children (the complaint is filed under one)
    rule(
        &app,
        json!({ "name": "计费争议20元以上", "teamId": finance, "assignMode": "ROUND_ROBIN",
                "conditions": { "categoryIds": [app.top_category_id.to_string()], "amountMinCents": 2000 } }),
    )
    .await;

    let a = register(&app, "13900000001", json!({})).await;
    let c = placed(&app, &a).await;
    assert_eq!(c["team"]["id"], json!(finance), "{c}");
    // dept_finance's active members in id order: handler2, then approver
    assert_eq!(assignee(&c), Some("handler2"), "{c}");
    let r = routed(&c);
    assert_eq!(r.len(), 1, "one decision on the timeline: {c}");
    assert_eq!(r[0]["actor"], Value::Null, "the system decided: {c}");
    assert_eq!(r[0]["data"]["ruleName"], "计费争议20元以上");
    assert_eq!(r[0]["data"]["tried"][0]["ruleName"], "监管转办直达专家组");
    assert_eq!(r[0]["data"]["tried"][0]["misses"], json!(["channel"]));
    assert!(
        r[0]["body"].as_str().unwrap_or("").contains("财务部"),
        "{c}"
    );

    // round robin: the next complaint goes to the next member, then wraps
    let b = register(&app, "13900000002", json!({})).await;
    assert_eq!(assignee(&placed(&app, &b).await), Some("approver"));
    let c3 = register(&app, "13900000003", json!({})).await;
    assert_eq!(assignee(&placed(&app, &c3).await), Some("handler2"));

    // the regulator rule comes first
    let d = register(&app, "13900000004", json!({ "channel": "REGULATOR" })).await;
    let c = placed(&app, &d).await;
    assert_eq!(c["team"]["id"], json!(expert), "{c}");
    assert_eq!(assignee(&c), None, "a team-queue rule assigns nobody");

    // below the amount: no rule fires, it stays with the accepting team, and that is recorded too
    let e = register(&app, "13900000005", json!({ "amountDisputedCents": 500 })).await;
    let c = placed(&app, &e).await;
    assert_eq!(c["team"]["id"], json!(app.teams["store_a"].to_string()));
    let r = routed(&c);
    assert_eq!(r[0]["data"]["ruleId"], Value::Null, "{c}");
    assert_eq!(r[0]["data"]["tried"][1]["misses"], json!(["amount"]), "{c}");
    // the accepting agent still sees (and may resolve) what they registered
    let own = app.as_user("agent", PLACE, json!({ "id": a })).await;
    assert!(own["data"]["complaint"].is_object(), "{own}");
}

#[tokio::test]
async fn the_dry_run_shows_the_decision_registration_then_makes() {
    let app = spawn_app().await;
    let finance = app.teams["dept_finance"].to_string();
    let quality = app.teams["dept_quality"].to_string();
    let expert = app.teams["expert"].to_string();
    rule(
        &app,
        json!({ "name": "重大投诉", "teamId": expert, "assignMode": "ROUND_ROBIN",
        "conditions": { "major": true } }),
    )
    .await;
    rule(
        &app,
        json!({ "name": "KFR空调", "teamId": quality, "assignMode": "LEAST_LOADED",
        "conditions": { "productModel": "KFR-*", "priorities": ["URGENT", "IMPORTANT"] } }),
    )
    .await;
    rule(
        &app,
        json!({ "name": "回头客", "teamId": finance, "assignMode": "ROUND_ROBIN",
        "conditions": { "minEarlierComplaints": 1 } }),
    )
    .await;

    let cases: Vec<(Value, Value, Option<&str>)> = vec![
        (
            json!({ "isMajor": true }),
            json!("重大投诉"),
            Some("expert"),
        ),
        (
            json!({ "productModel": "kfr-35gw", "priority": "URGENT" }),
            json!("KFR空调"),
            Some("handler"),
        ),
        (
            json!({ "productModel": "KFR-35GW", "priority": "NORMAL" }),
            Value::Null,
            None,
        ),
    ];
    for (i, (facts, want_rule, want_assignee)) in cases.into_iter().enumerate() {
        let mut dry = json!({ "categoryId": app.category_id.to_string(), "channel": "HOTLINE",
            "priority": "NORMAL", "amountDisputedCents": 3000 });
        for (k, v) in facts.as_object().expect("facts") {
            dry[k] = v.clone();
        }
        let d = app.as_user("admin", DRY, json!({ "i": dry })).await;
        let d = &d["data"]["routeDryRun"];
        assert_eq!(d["rule"]["name"], want_rule, "case {i}: {d}");
        assert_eq!(
            d["assignee"]["username"].as_str(),
            want_assignee,
            "case {i}: {d}"
        );
        let id = register(&app, &format!("1370000000{i}"), facts).await;
        let c = placed(&app, &id).await;
        let r = &routed(&c)[0]["data"];
        assert_eq!(
            r["ruleName"], want_rule,
            "case {i}: dry run and registration agree: {c}"
        );
        assert_eq!(assignee(&c), want_assignee, "case {i}: {c}");
        if want_rule.is_null() {
            let misses: Vec<Value> = d["tried"]
                .as_array()
                .expect("tried")
                .iter()
                .map(|t| t["misses"].clone())
                .collect();
            assert_eq!(
                misses,
                vec![
                    json!(["MAJOR"]),
                    json!(["PRIORITY"]),
                    json!(["REPEAT_CALLER"])
                ],
                "{d}"
            );
        }
    }
    // a repeat caller: the customer of case 2 calls again
    let d = app
        .as_user(
            "admin",
            DRY,
            json!({ "i": { "categoryId": app.category_id.to_string(),
        "channel": "HOTLINE", "priority": "NORMAL", "earlierComplaints": 1 } }),
        )
        .await;
    let d = &d["data"]["routeDryRun"];
    assert_eq!(d["rule"]["name"], "回头客", "{d}");
    let predicted = d["assignee"]["username"].clone();
    let id = register(&app, "13700000002", json!({})).await;
    let c = placed(&app, &id).await;
    assert_eq!(routed(&c)[0]["data"]["ruleName"], "回头客");
    assert_eq!(c["assignee"]["username"], predicted, "{c}");

    // the dry run is for those who keep the rules
    let d = app
        .as_user(
            "agent",
            DRY,
            json!({ "i": { "categoryId": app.category_id.to_string(),
        "channel": "HOTLINE", "priority": "NORMAL" } }),
        )
        .await;
    assert_eq!(reason_of(&d).1, "MISSING_PERMISSION", "{d}");
}

#[tokio::test]
async fn least_loaded_picks_the_member_with_the_fewest_open_complaints() {
    let app = spawn_app().await;
    let finance = app.teams["dept_finance"].to_string();
    let id = rule(
        &app,
        json!({ "name": "计费", "teamId": finance, "assignMode": "ROUND_ROBIN" }),
    )
    .await;
    for i in 0..3 {
        register(&app, &format!("1350000000{i}"), json!({})).await;
    }
    // handler2 has 2 open, approver 1: least-loaded now picks approver, then either
    let b = app
        .as_user(
            "admin",
            SAVE,
            json!({ "i": { "id": id, "expectedVersion": 1, "name": "计费",
        "teamId": finance, "assignMode": "LEAST_LOADED" } }),
        )
        .await;
    assert_eq!(b["data"]["saveRoutingRule"]["version"], 2, "{b}");
    let next = register(&app, "13500000009", json!({})).await;
    assert_eq!(assignee(&placed(&app, &next).await), Some("approver"));
    // a stale version is refused
    let b = app
        .as_user(
            "admin",
            SAVE,
            json!({ "i": { "id": id, "expectedVersion": 1, "name": "x",
        "teamId": finance } }),
        )
        .await;
    assert_eq!(reason_of(&b).1, "STALE_VERSION", "{b}");
}

#[tokio::test]
async fn recategorising_routes_again_until_someone_has_dispatched_it() {
    let app = spawn_app().await;
    let quality = app.teams["dept_quality"].to_string();
    let other = app
        .services
        .create_category(None, &meta(), "quality", "产品质量", None, None)
        .await
        .expect("category");
    rule(
        &app,
        json!({ "name": "质量问题", "teamId": quality, "assignMode": "ROUND_ROBIN",
        "conditions": { "categoryIds": [other.id.0.to_string()] } }),
    )
    .await;
    let id = register(&app, "13400000001", json!({})).await;
    let c = placed(&app, &id).await;
    assert_eq!(c["team"]["id"], json!(app.teams["store_a"].to_string()));
    let v = c["version"].as_i64().unwrap();
    const UPDATE: &str =
        "mutation($i: UpdateComplaintInput!) { updateComplaint(input: $i) { version } }";
    let b = app
        .as_user(
            "agent",
            UPDATE,
            json!({ "i": { "id": id, "expectedVersion": v,
        "categoryId": other.id.0.to_string() } }),
        )
        .await;
    assert!(b["data"]["updateComplaint"].is_object(), "{b}");
    let c = placed(&app, &id).await;
    assert_eq!(c["team"]["id"], json!(quality), "{c}");
    assert_eq!(assignee(&c), Some("handler"), "{c}");
    let r = routed(&c);
    assert_eq!(r.len(), 2, "{c}");
    assert_eq!(r[1]["data"]["trigger"], "recategorised");

    // once dispatched, a new category leaves it where the dispatcher put it
    let v = c["version"].as_i64().unwrap();
    let v = app.drive(&id, v, "ESCALATED").await;
    let c = placed(&app, &id).await;
    assert_eq!(
        c["team"]["id"],
        json!(app.teams["expert"].to_string()),
        "escalation goes to the expert team"
    );
    let d = app.as_user("expert", "mutation($i: DispatchComplaintInput!) { dispatchComplaint(input: $i) { version } }",
        json!({ "i": { "id": id, "expectedVersion": v, "teamId": app.teams["dept_finance"].to_string() } })).await;
    let v = d["data"]["dispatchComplaint"]["version"]
        .as_i64()
        .unwrap_or_else(|| panic!("{d}"));
    let b = app
        .as_user(
            "expert",
            UPDATE,
            json!({ "i": { "id": id, "expectedVersion": v,
        "categoryId": app.category_id.to_string() } }),
        )
        .await;
    assert!(b["data"]["updateComplaint"].is_object(), "{b}");
    let b = app
        .as_user(
            "expert",
            UPDATE,
            json!({ "i": { "id": id, "expectedVersion": v + 1,
        "categoryId": other.id.0.to_string() } }),
        )
        .await;
    assert!(b["data"]["updateComplaint"].is_object(), "{b}");
    let c = placed(&app, &id).await;
    assert_eq!(
        c["team"]["id"],
        json!(app.teams["dept_finance"].to_string()),
        "{c}"
    );
    assert_eq!(routed(&c).len(), 2, "no decision after dispatch: {c}");
}

#[tokio::test]
async fn bad_rules_are_refused_and_change_nothing() {
    let app = spawn_app().await;
    let finance = app.teams["dept_finance"].to_string();
    let keep = rule(&app, json!({ "name": "计费", "teamId": finance })).await;
    let rows = || app.scalar("SELECT COUNT(*) FROM routing_rules");
    app.token("supervisor").await; // signing in is audited too
    let before = (rows().await, app.count("audit_logs").await);
    for (input, field) in [
        (
            json!({ "name": "x", "teamId": finance, "conditions": { "amountMinCents": 500, "amountMaxCents": 100 } }),
            "conditions.amountMaxCents",
        ),
        (
            json!({ "name": "x", "teamId": finance, "conditions": { "categoryIds": ["999999"] } }),
            "conditions.categoryIds",
        ),
        (json!({ "name": "x", "teamId": "999999" }), "teamId"),
        (json!({ "name": " ", "teamId": finance }), "name"),
        (
            json!({ "name": "x", "teamId": finance, "conditions": { "minEarlierComplaints": -1 } }),
            "conditions.minEarlierComplaints",
        ),
        (
            json!({ "name": "x", "teamId": finance, "conditions": { "productModel": "A".repeat(65) } }),
            "conditions.productModel",
        ),
    ] {
        let b = app.as_user("admin", SAVE, json!({ "i": input })).await;
        let (code, _, f) = reason_of(&b);
        assert_eq!(
            (code.as_str(), f.as_deref()),
            ("BAD_USER_INPUT", Some(field)),
            "{b}"
        );
    }
    let b = app
        .as_user(
            "supervisor",
            SAVE,
            json!({ "i": { "name": "x", "teamId": finance } }),
        )
        .await;
    assert_eq!(reason_of(&b).1, "MISSING_PERMISSION", "{b}");
    let b = app
        .as_user(
            "admin",
            "mutation($i: ReorderRoutingRulesInput!) { reorderRoutingRules(input: $i) { id } }",
            json!({ "i": { "ids": [keep, keep] } }),
        )
        .await;
    assert_eq!(reason_of(&b).2.as_deref(), Some("ids"), "{b}");
    let after_denials = app.count("audit_logs").await;
    assert_eq!(rows().await, before.0);
    // only the denial of the supervisor is recorded
    assert_eq!(after_denials, before.1 + 1);
}

#[tokio::test]
async fn reordering_changes_which_rule_fires_and_deleting_removes_it() {
    let app = spawn_app().await;
    let finance = app.teams["dept_finance"].to_string();
    let quality = app.teams["dept_quality"].to_string();
    let a = rule(&app, json!({ "name": "全部去财务", "teamId": finance })).await;
    let b = rule(&app, json!({ "name": "全部去质量", "teamId": quality })).await;
    let dry = || async {
        let d = app
            .as_user(
                "admin",
                DRY,
                json!({ "i": { "categoryId": app.category_id.to_string(),
            "channel": "HOTLINE", "priority": "NORMAL" } }),
            )
            .await;
        d["data"]["routeDryRun"]["rule"]["name"].clone()
    };
    assert_eq!(dry().await, "全部去财务");
    let r = app.as_user("admin", "mutation($i: ReorderRoutingRulesInput!) { reorderRoutingRules(input: $i) { id position version } }",
        json!({ "i": { "ids": [b, a] } })).await;
    assert_eq!(r["data"]["reorderRoutingRules"][0]["id"], json!(b), "{r}");
    assert_eq!(dry().await, "全部去质量");
    let list = app
        .as_user(
            "admin",
            "{ routingRules { totalCount edges { node { id position version } } } }",
            json!({}),
        )
        .await;
    let nodes = &list["data"]["routingRules"]["edges"];
    assert_eq!(nodes[0]["node"]["id"], json!(b), "{list}");
    let v = nodes[0]["node"]["version"].clone();
    let d = app
        .as_user(
            "admin",
            "mutation($i: DeleteRoutingRuleInput!) { deleteRoutingRule(input: $i) }",
            json!({ "i": { "id": b, "expectedVersion": v } }),
        )
        .await;
    assert_eq!(d["data"]["deleteRoutingRule"], json!(b), "{d}");
    assert_eq!(dry().await, "全部去财务");
}

#[tokio::test]
async fn concurrent_registrations_share_one_rotation() {
    let app = spawn_app_with(|c| c.db_max_connections = 12).await;
    let finance = app.teams["dept_finance"].to_string();
    rule(
        &app,
        json!({ "name": "计费", "teamId": finance, "assignMode": "ROUND_ROBIN" }),
    )
    .await;
    app.token("agent").await;
    let ids = futures_util::future::join_all((0..10).map(|i| {
        let app = &app;
        async move { register(app, &format!("1330000000{i}"), json!({})).await }
    }))
    .await;
    let mut turns = std::collections::BTreeMap::new();
    for id in &ids {
        let c = placed(&app, id).await;
        *turns
            .entry(assignee(&c).unwrap_or("-").to_string())
            .or_insert(0) += 1;
    }
    // two members, ten complaints at once: five each, none lost to a race
    assert_eq!(
        turns.into_iter().collect::<Vec<_>>(),
        vec![("approver".to_string(), 5), ("handler2".to_string(), 5)]
    );
}
