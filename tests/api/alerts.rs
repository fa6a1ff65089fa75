//! Alerts (预警): red surges raised once per episode and cleared (yellow and
//! orange are in `alert_rates`), acknowledgement with a note (once),
//! rule edits (validated, versioned, audited), the red alert's announcement,
//! and who may do what. Time is a ManualClock; evaluations are called directly
//! (the scheduler job that calls them in production is not part of this test).
use crate::helpers::*;
use crate::reasons::reason_of;
use chrono::{Duration, Utc};
use kesu::domain::ManualClock;
use serde_json::{json, Value};
use std::sync::Arc;

pub(crate) const ALERTS: &str = "query($s: [AlertState!]) { alerts(state: $s, first: 50) { edges { node {
    id level kind state scope step value threshold raisedAt acknowledgedAt ackNote
    acknowledgedBy { username } category { id } announcement { id title explanation category { id } }
} } } }";
const ACK: &str = "mutation($i: AcknowledgeAlertInput!) { acknowledgeAlert(input: $i) { id state ackNote acknowledgedBy { username } } }";
const RULES: &str =
    "{ alertRules { id kind level threshold windowMinutes minSamples enabled version } }";
const UPDATE_RULE: &str = "mutation($i: UpdateAlertRuleInput!) { updateAlertRule(input: $i) { id threshold windowMinutes minSamples enabled version } }";
pub(crate) const ANNOUNCE: &str = "mutation($i: OpenAnnouncementForAlertInput!) { openAnnouncementForAlert(input: $i) { id announcement { id title category { id } } } }";

pub(crate) async fn clocked_app() -> (TestApp, Arc<ManualClock>) {
    let clock = Arc::new(ManualClock::new(Utc::now()));
    (spawn_app_with_clock(clock.clone()).await, clock)
}

/// Register `n` complaints in the test category through the API.
async fn surge(app: &TestApp, n: usize, batch: u32) {
    for i in 0..n {
        app.create_complaint("agent", &format!("139{batch:04}{i:04}"))
            .await;
    }
}

pub(crate) async fn alerts(app: &TestApp, states: Value) -> Vec<Value> {
    let b = app
        .as_user("supervisor", ALERTS, json!({ "s": states }))
        .await;
    b["data"]["alerts"]["edges"]
        .as_array()
        .unwrap_or_else(|| panic!("{b}"))
        .iter()
        .map(|e| e["node"].clone())
        .collect()
}

async fn rule(app: &TestApp, kind: &str) -> Value {
    let b = app.as_user("supervisor", RULES, json!({})).await;
    b["data"]["alertRules"]
        .as_array()
        .unwrap_or_else(|| panic!("{b}"))
        .iter()
        .find(|r| r["kind"] == kind)
        .cloned()
        .unwrap_or_else(|| panic!("no rule {kind}: {b}"))
}

#[tokio::test]
async fn a_category_surge_raises_one_red_alert_per_episode_and_clears() {
    let (app, clock) = clocked_app().await;
    surge(&app, 10, 1).await;
    let r = app.services.evaluate_alerts().await.expect("evaluate");
    assert!(r.raised.is_empty(), "10 complaints are not more than 10");

    surge(&app, 1, 2).await;
    let r = app.services.evaluate_alerts().await.expect("evaluate");
    assert_eq!(r.raised.len(), 1, "the 11th complaint raises the surge");
    let first_id = r.raised[0].id;
    assert_eq!(r.raised[0].category_id, Some(app.category_id));
    let open = alerts(&app, json!(["RAISED", "ACKNOWLEDGED"])).await;
    assert_eq!(open.len(), 1, "{open:?}");
    assert_eq!(open[0]["level"], "RED");
    assert_eq!(open[0]["kind"], "CATEGORY_SURGE");
    assert_eq!(open[0]["value"], 11.0);
    assert_eq!(open[0]["threshold"], 10.0);
    assert_eq!(open[0]["category"]["id"], app.category_id.to_string());

    // still surging a minute later: kept, not raised again
    clock.advance(Duration::minutes(1));
    surge(&app, 1, 3).await;
    let r = app.services.evaluate_alerts().await.expect("evaluate");
    assert!(r.raised.is_empty() && r.cleared.is_empty());
    assert_eq!(r.kept, 1);
    let open = alerts(&app, json!("RAISED")).await;
    assert_eq!(open.len(), 1);
    assert_eq!(open[0]["value"], 12.0, "the reading is refreshed");
    assert_eq!(app.count("alerts").await, 1);

    // two hours later the window is empty: the episode ends
    clock.advance(Duration::hours(2));
    let r = app.services.evaluate_alerts().await.expect("evaluate");
    assert_eq!(r.cleared.len(), 1);
    assert_eq!(r.cleared[0].id, first_id);
    assert!(alerts(&app, json!("RAISED")).await.is_empty());
    let cleared = alerts(&app, json!("CLEARED")).await;
    assert_eq!(cleared.len(), 1);
    let r = app.services.evaluate_alerts().await.expect("evaluate");
    assert!(r.cleared.is_empty() && r.raised.is_empty(), "cleared once");

    // a new surge is a new episode
    surge(&app, 11, 4).await;
    let r = app.services.evaluate_alerts().await.expect("evaluate");
    assert_eq!(r.raised.len(), 1);
    assert_ne!(r.raised[0].id, first_id);
    assert_eq!(app.count("alerts").await, 2);
    assert_eq!(alerts(&app, json!(null)).await.len(), 2);
}

#[tokio::test]
async fn an_alert_is_acknowledged_once_with_a_note_and_stays_so_while_it_holds() {
    let (app, _clock) = clocked_app().await;
    surge(&app, 11, 1).await;
    let r = app.services.evaluate_alerts().await.expect("evaluate");
    let id = r.raised[0].id.to_string();
    app.token("supervisor").await; // the login is audited too
    let audits = app.count("audit_logs").await;

    let b = app
        .as_user(
            "supervisor",
            ACK,
            json!({ "i": { "id": id, "note": "   " } }),
        )
        .await;
    assert_eq!(
        reason_of(&b),
        (
            "BAD_USER_INPUT".into(),
            "INVALID_INPUT".into(),
            Some("note".into())
        )
    );
    assert_eq!(
        alerts(&app, json!("RAISED")).await.len(),
        1,
        "nothing changed"
    );
    assert_eq!(app.count("audit_logs").await, audits);

    let b = app
        .as_user(
            "supervisor",
            ACK,
            json!({ "i": { "id": id, "note": "已通知计费组排查" } }),
        )
        .await;
    let a = &b["data"]["acknowledgeAlert"];
    assert_eq!(a["state"], "ACKNOWLEDGED", "{b}");
    assert_eq!(a["ackNote"], "已通知计费组排查");
    assert_eq!(a["acknowledgedBy"]["username"], "supervisor");

    let b = app
        .as_user(
            "supervisor",
            ACK,
            json!({ "i": { "id": id, "note": "再次确认" } }),
        )
        .await;
    assert_eq!(reason_of(&b).1, "ILLEGAL_TRANSITION", "{b}");
    let acks = app
        .scalar("SELECT COUNT(*) FROM audit_logs WHERE action = 'alert.acknowledge' AND outcome = 'success'")
        .await;
    assert_eq!(acks, 1);

    // still surging: the acknowledged alert is kept as it is, not re-raised
    let r = app.services.evaluate_alerts().await.expect("evaluate");
    assert_eq!((r.raised.len(), r.kept), (0, 1));
    let open = alerts(&app, json!(["RAISED", "ACKNOWLEDGED"])).await;
    assert_eq!(open.len(), 1);
    assert_eq!(open[0]["state"], "ACKNOWLEDGED");
    assert_eq!(open[0]["ackNote"], "已通知计费组排查");

    let b = app
        .as_user(
            "supervisor",
            ACK,
            json!({ "i": { "id": "999999", "note": "x" } }),
        )
        .await;
    assert_eq!(reason_of(&b).0, "NOT_FOUND");
}

#[tokio::test]
async fn alerts_are_for_supervisors_and_rules_for_managers() {
    let (app, _clock) = clocked_app().await;
    surge(&app, 11, 1).await;
    let r = app.services.evaluate_alerts().await.expect("evaluate");
    let id = r.raised[0].id.to_string();
    for user in ["agent", "expert", "handler", "auditor", "qa"] {
        let b = app.as_user(user, ALERTS, json!({ "s": null })).await;
        assert_eq!(reason_of(&b).1, "MISSING_PERMISSION", "{user}: {b}");
        let b = app.as_user(user, RULES, json!({})).await;
        assert_eq!(code(&b).as_deref(), Some("FORBIDDEN"), "{user}: {b}");
    }
    // the administrator sees alerts and edits rules but is not on duty
    assert_eq!(
        app.as_user("admin", ALERTS, json!({ "s": null })).await["data"]["alerts"]["edges"]
            .as_array()
            .map(Vec::len),
        Some(1)
    );
    for user in ["admin", "expert"] {
        let b = app
            .as_user(user, ACK, json!({ "i": { "id": id, "note": "收到" } }))
            .await;
        assert_eq!(code(&b).as_deref(), Some("FORBIDDEN"), "{user}: {b}");
    }
    let red = rule(&app, "CATEGORY_SURGE").await;
    let b = app
        .as_user(
            "expert",
            UPDATE_RULE,
            json!({ "i": { "id": red["id"], "expectedVersion": 1, "threshold": 50 } }),
        )
        .await;
    assert_eq!(code(&b).as_deref(), Some("FORBIDDEN"));
    let b = app
        .as_user(
            "admin",
            ANNOUNCE,
            json!({ "i": { "alertId": id, "title": "t", "script": "s" } }),
        )
        .await;
    assert_eq!(
        code(&b).as_deref(),
        Some("FORBIDDEN"),
        "no announcement.manage"
    );
    assert_eq!(app.count("announcements").await, 0);
    let denied = app
        .scalar("SELECT COUNT(*) FROM audit_logs WHERE action LIKE 'alert%' AND outcome = 'denied'")
        .await;
    assert_eq!(denied, 14, "every refusal is audited");
    assert_eq!(alerts(&app, json!("RAISED")).await.len(), 1);
}

#[tokio::test]
async fn rule_updates_are_validated_versioned_and_audited() {
    let (app, _clock) = clocked_app().await;
    let b = app.as_user("supervisor", RULES, json!({})).await;
    let rules = b["data"]["alertRules"].as_array().expect("rules").clone();
    let kinds: Vec<_> = rules.iter().map(|r| r["kind"].clone()).collect();
    assert_eq!(
        kinds,
        vec![
            json!("RESPONSE_TIMELINESS"),
            json!("STEP_TIMEOUT_RATE"),
            json!("CATEGORY_SURGE")
        ]
    );
    assert_eq!(rules[0]["threshold"], 0.9);
    assert_eq!(rules[0]["windowMinutes"], 1440);
    assert_eq!(rules[0]["minSamples"], 10);
    assert_eq!(rules[1]["threshold"], 0.05);
    assert_eq!(rules[2]["threshold"], 10.0);
    assert_eq!(rules[2]["windowMinutes"], 60);
    // seeding again (every start) changes nothing
    app.services.seed_alert_rules().await.expect("seed");
    assert_eq!(app.count("alert_rules").await, 3);

    let red = rules[2]["id"].clone();
    let yellow = rules[0]["id"].clone();
    let audits = app.count("audit_logs").await;
    for (id, patch, field) in [
        (&red, json!({ "threshold": 10.5 }), "threshold"),
        (&red, json!({ "threshold": 0 }), "threshold"),
        (&red, json!({ "windowMinutes": 0 }), "windowMinutes"),
        (&red, json!({ "minSamples": 0 }), "minSamples"),
        (&yellow, json!({ "threshold": 1.5 }), "threshold"),
        (&yellow, json!({ "windowMinutes": 100000 }), "windowMinutes"),
    ] {
        let mut i = patch.clone();
        i["id"] = id.clone();
        i["expectedVersion"] = json!(1);
        let b = app
            .as_user("supervisor", UPDATE_RULE, json!({ "i": i }))
            .await;
        assert_eq!(
            reason_of(&b),
            (
                "BAD_USER_INPUT".into(),
                "INVALID_INPUT".into(),
                Some(field.into())
            ),
            "{patch}: {b}"
        );
    }
    let b = app
        .as_user(
            "supervisor",
            UPDATE_RULE,
            json!({ "i": { "id": red, "expectedVersion": 7, "threshold": 20 } }),
        )
        .await;
    assert_eq!(reason_of(&b).1, "STALE_VERSION");
    assert_eq!(
        app.count("audit_logs").await,
        audits,
        "bad input writes nothing"
    );
    assert_eq!(rule(&app, "CATEGORY_SURGE").await, rules[2]);

    let b = app
        .as_user(
            "supervisor",
            UPDATE_RULE,
            json!({ "i": { "id": red, "expectedVersion": 1, "threshold": 20, "windowMinutes": 30 } }),
        )
        .await;
    let r = &b["data"]["updateAlertRule"];
    assert_eq!(
        (
            r["threshold"].clone(),
            r["windowMinutes"].clone(),
            r["version"].clone()
        ),
        (json!(20.0), json!(30), json!(2)),
        "{b}"
    );
    assert_eq!(r["minSamples"], 1, "left out, left as it was");
    let logged = app
        .scalar("SELECT COUNT(*) FROM audit_logs WHERE action = 'alert_rule.update' AND outcome = 'success'")
        .await;
    assert_eq!(logged, 1);

    // the next evaluation uses it: 11 complaints are no longer a surge
    surge(&app, 11, 1).await;
    let r = app.services.evaluate_alerts().await.expect("evaluate");
    assert!(r.raised.is_empty());

    // a disabled rule clears what it raised
    let b = app
        .as_user(
            "supervisor",
            UPDATE_RULE,
            json!({ "i": { "id": red, "expectedVersion": 2, "threshold": 5 } }),
        )
        .await;
    assert_eq!(b["data"]["updateAlertRule"]["version"], 3, "{b}");
    assert_eq!(
        app.services
            .evaluate_alerts()
            .await
            .expect("e")
            .raised
            .len(),
        1
    );
    let b = app
        .as_user(
            "supervisor",
            UPDATE_RULE,
            json!({ "i": { "id": red, "expectedVersion": 3, "enabled": false } }),
        )
        .await;
    assert_eq!(b["data"]["updateAlertRule"]["enabled"], false, "{b}");
    assert_eq!(
        app.services
            .evaluate_alerts()
            .await
            .expect("e")
            .cleared
            .len(),
        1
    );
}

#[tokio::test]
async fn a_red_alert_opens_one_announcement_for_its_category() {
    let (app, _clock) = clocked_app().await;
    surge(&app, 11, 1).await;
    let r = app.services.evaluate_alerts().await.expect("evaluate");
    let id = r.raised[0].id.to_string();

    let b = app
        .as_user(
            "supervisor",
            ANNOUNCE,
            json!({ "i": { "alertId": id, "title": "计费系统故障", "script": " " } }),
        )
        .await;
    assert_eq!(reason_of(&b).2.as_deref(), Some("script"), "{b}");
    assert_eq!(app.count("announcements").await, 0);

    let script = "因计费系统升级，部分用户被重复扣费，将于三个工作日内自动退还。";
    let b = app
        .as_user(
            "supervisor",
            ANNOUNCE,
            json!({ "i": { "alertId": id, "title": "计费系统故障", "script": script } }),
        )
        .await;
    let ann = &b["data"]["openAnnouncementForAlert"]["announcement"];
    assert_eq!(ann["title"], "计费系统故障", "{b}");
    assert_eq!(ann["category"]["id"], app.category_id.to_string());
    let open = alerts(&app, json!("RAISED")).await;
    assert_eq!(open[0]["announcement"]["explanation"], script);
    let audited = app
        .scalar("SELECT COUNT(*) FROM audit_logs WHERE action IN ('alert.announce', 'announcement.create') AND outcome = 'success'")
        .await;
    assert_eq!(audited, 2);

    let b = app
        .as_user(
            "supervisor",
            ANNOUNCE,
            json!({ "i": { "alertId": id, "title": "再来一次", "script": script } }),
        )
        .await;
    assert_eq!(reason_of(&b).1, "ALREADY_EXISTS", "{b}");
    assert_eq!(app.count("announcements").await, 1);
}

#[tokio::test]
async fn the_scheduler_evaluates_the_rules_and_tells_the_supervisors() {
    let (app, clock) = clocked_app().await;
    surge(&app, 11, 9).await;
    // the evaluation is armed at start-up and re-arms itself every minute
    app.services.run_due_jobs().await.expect("pass");
    let raised = alerts(&app, json!(["RAISED"])).await;
    assert_eq!(raised.len(), 1, "{raised:?}");
    let notes = app
        .as_user(
            "supervisor",
            "{ notifications(first: 5) { edges { node { kind title alertId } } } }",
            json!({}),
        )
        .await;
    let n = &notes["data"]["notifications"]["edges"][0]["node"];
    assert_eq!(n["kind"], "ALERT", "{notes}");
    assert_eq!(n["alertId"], raised[0]["id"]);
    assert!(
        n["title"].as_str().unwrap_or("").contains("红色预警"),
        "{n}"
    );
    assert_eq!(
        app.scalar("SELECT COUNT(*) FROM audit_logs WHERE action = 'alerts.evaluate' AND actor_kind = 'system'")
            .await,
        1
    );
    // a minute later it runs again: the same episode, nobody told twice
    clock.advance(Duration::minutes(1));
    app.services.run_due_jobs().await.expect("pass");
    assert_eq!(alerts(&app, json!(["RAISED"])).await.len(), 1);
    assert_eq!(
        app.scalar("SELECT COUNT(*) FROM notifications WHERE kind = 'alert'")
            .await,
        app.scalar("SELECT COUNT(*) FROM users u WHERE EXISTS (SELECT 1 FROM user_roles ur JOIN role_permissions rp ON rp.role_id = ur.role_id WHERE ur.user_id = u.id AND rp.permission = 'alert.view') AND u.active")
            .await
    );
}
