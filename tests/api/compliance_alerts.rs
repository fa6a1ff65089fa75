//! Compliance alerts (issue 14 §2) over HTTP on a controlled clock: each
//! rule fires once per episode, tells the auditors, is acknowledged with a
//! note, clears when its condition stops, and is tuned by auditors alone.
use crate::helpers::*;
use chrono::{DateTime, Duration, TimeZone, Utc};
use kesu::domain::ManualClock;
use serde_json::{json, Value};
use std::sync::Arc;

const ALERTS: &str = "query($s: [AlertState!]) { complianceAlerts(state: $s, first: 50) { edges { node { id rule actorName state value threshold windowMinutes ackNote acknowledgedBy { username } clearedAt } } } }";
const ACK: &str = "mutation($i: AcknowledgeComplianceAlertInput!) { acknowledgeComplianceAlert(input: $i) { id state ackNote } }";
const RULES: &str = "{ complianceRules { rule enabled threshold windowMinutes version } }";
const UPDATE_RULE: &str = "mutation($i: UpdateComplianceRuleInput!) { updateComplianceRule(input: $i) { rule enabled threshold windowMinutes version } }";
const READ: &str = "query($id: ID!) { complaint(id: $id) { id } }";

fn bj(d: u32, h: u32, mi: u32) -> DateTime<Utc> {
    chrono_tz::Asia::Shanghai
        .with_ymd_and_hms(2026, 12, d, h, mi, 0)
        .single()
        .expect("time")
        .with_timezone(&Utc)
}

async fn alerts(app: &TestApp, states: Value) -> Vec<Value> {
    let b = app.as_user("auditor", ALERTS, json!({ "s": states })).await;
    b["data"]["complianceAlerts"]["edges"]
        .as_array()
        .unwrap_or_else(|| panic!("alerts: {b}"))
        .iter()
        .map(|e| e["node"].clone())
        .collect()
}

fn of<'a>(alerts: &'a [Value], rule: &str, actor: &str) -> Vec<&'a Value> {
    alerts
        .iter()
        .filter(|a| a["rule"] == rule && a["actorName"] == actor)
        .collect()
}

/// `n` complaints from `n` different customers, registered by the agent.
async fn complaints(app: &TestApp, n: usize, batch: u32) -> Vec<String> {
    let mut ids = vec![];
    for i in 0..n {
        let (id, _, _) = app
            .create_complaint("agent", &format!("137{batch:04}{i:04}"))
            .await;
        ids.push(id);
    }
    ids
}

async fn read_all(app: &TestApp, user: &str, ids: &[String]) {
    for id in ids {
        let b = app.as_user(user, READ, json!({ "id": id })).await;
        assert!(b["errors"].is_null(), "{b}");
    }
}

#[tokio::test]
async fn opening_many_customers_raises_one_alert_per_episode_for_the_auditors() {
    // a Monday morning: working hours, so only the mass-access rule can fire
    let clock = Arc::new(ManualClock::new(bj(7, 10, 0)));
    let app = spawn_app_with_clock(clock.clone()).await;
    let ids = complaints(&app, 21, 1).await;
    read_all(&app, "supervisor", &ids[..20]).await;
    app.services.run_due_jobs().await.expect("pass");
    assert!(
        of(
            &alerts(&app, json!(null)).await,
            "MASS_ACCESS",
            "supervisor"
        )
        .is_empty(),
        "20 customers is the limit, not past it"
    );
    read_all(&app, "supervisor", &ids[20..]).await;
    clock.advance(Duration::minutes(1));
    app.services.run_due_jobs().await.expect("pass");
    let all = alerts(&app, json!(["RAISED"])).await;
    let raised = of(&all, "MASS_ACCESS", "supervisor");
    assert_eq!(raised.len(), 1, "{all:?}");
    assert_eq!(raised[0]["value"], 21);
    assert_eq!(raised[0]["threshold"], 20);
    let id = raised[0]["id"].clone();

    // the auditors are told, once
    let notes = app
        .as_user(
            "auditor",
            "{ notifications(first: 10) { edges { node { kind title } } } }",
            json!({}),
        )
        .await;
    let kinds: Vec<&Value> = notes["data"]["notifications"]["edges"]
        .as_array()
        .into_iter()
        .flatten()
        .map(|e| &e["node"])
        .filter(|n| n["kind"] == "COMPLIANCE_ALERT")
        .collect();
    assert_eq!(kinds.len(), 1, "{notes}");
    assert!(
        kinds[0]["title"]
            .as_str()
            .unwrap_or("")
            .contains("supervisor"),
        "{notes}"
    );
    clock.advance(Duration::minutes(1));
    app.services.run_due_jobs().await.expect("pass");
    let again = alerts(&app, json!(null)).await;
    assert_eq!(
        of(&again, "MASS_ACCESS", "supervisor").len(),
        1,
        "the same episode"
    );
    assert_eq!(
        app.scalar("SELECT COUNT(*) FROM notifications WHERE kind = 'compliance_alert'").await,
        app.scalar("SELECT COUNT(*) FROM users u WHERE u.active AND EXISTS (SELECT 1 FROM user_roles ur JOIN role_permissions rp ON rp.role_id = ur.role_id WHERE ur.user_id = u.id AND rp.permission = 'audit.read')").await,
        "each auditor told once"
    );

    // acknowledged with a note, once
    let b = app
        .as_user("auditor", ACK, json!({ "i": { "id": id, "note": "  " } }))
        .await;
    assert_eq!(
        code(&b).as_deref(),
        Some("BAD_USER_INPUT"),
        "a note is required: {b}"
    );
    let b = app
        .as_user(
            "auditor",
            ACK,
            json!({ "i": { "id": id, "note": "已联系主管核实：月度回访抽查" } }),
        )
        .await;
    assert_eq!(
        b["data"]["acknowledgeComplianceAlert"]["state"], "ACKNOWLEDGED",
        "{b}"
    );
    let b = app
        .as_user(
            "auditor",
            ACK,
            json!({ "i": { "id": id, "note": "再次确认" } }),
        )
        .await;
    assert_eq!(code(&b).as_deref(), Some("CONFLICT"), "{b}");
    assert_eq!(
        app.scalar("SELECT COUNT(*) FROM audit_logs WHERE action = 'compliance_alert.acknowledge'")
            .await,
        1
    );

    // the window passes without more: cleared; a new burst is a new episode
    clock.advance(Duration::minutes(11));
    app.services.run_due_jobs().await.expect("pass");
    let cleared = alerts(&app, json!(["CLEARED"])).await;
    assert_eq!(of(&cleared, "MASS_ACCESS", "supervisor").len(), 1);
    read_all(&app, "supervisor", &ids).await;
    clock.advance(Duration::minutes(1));
    app.services.run_due_jobs().await.expect("pass");
    assert_eq!(
        of(
            &alerts(&app, json!(null)).await,
            "MASS_ACCESS",
            "supervisor"
        )
        .len(),
        2,
        "one alert per episode"
    );

    // only auditors see them
    let b = app.as_user("agent", ALERTS, json!({ "s": null })).await;
    assert_eq!(code(&b).as_deref(), Some("FORBIDDEN"), "{b}");
}

#[tokio::test]
async fn off_hours_access_denials_and_large_exports_each_fire() {
    let clock = Arc::new(ManualClock::new(bj(7, 10, 0)));
    let app = spawn_app_with_clock(clock.clone()).await;
    let ids = complaints(&app, 2, 2).await;
    app.services.evaluate_compliance().await.expect("evaluate");
    let quiet = alerts(&app, json!(null)).await;
    assert!(of(&quiet, "OFF_HOURS", "expert").is_empty(), "{quiet:?}");

    // 21:30 on a Monday: outside the expert team's working hours
    clock.set(bj(7, 21, 30));
    read_all(&app, "expert", &ids[..1]).await;
    // ten refusals in a row for the agent
    for _ in 0..10 {
        let b = app.as_user("agent", ALERTS, json!({ "s": null })).await;
        assert_eq!(code(&b).as_deref(), Some("FORBIDDEN"));
    }
    // the auditor lowers the export threshold, then exports more than it
    let rules = app.as_user("auditor", RULES, json!({})).await;
    let export_rule = rules["data"]["complianceRules"]
        .as_array()
        .and_then(|r| r.iter().find(|r| r["rule"] == "LARGE_EXPORT"))
        .cloned()
        .unwrap_or_else(|| panic!("{rules}"));
    assert_eq!(export_rule["threshold"], 1000);
    let version = export_rule["version"].clone();
    for (bad, field) in [(json!(0), "threshold"), (json!(2_000_000), "threshold")] {
        let b = app
            .as_user("auditor", UPDATE_RULE, json!({ "i": { "rule": "LARGE_EXPORT", "expectedVersion": version, "threshold": bad } }))
            .await;
        assert_eq!(code(&b).as_deref(), Some("BAD_USER_INPUT"), "{b}");
        assert_eq!(b["errors"][0]["extensions"]["field"], field);
    }
    let b = app
        .as_user(
            "auditor",
            UPDATE_RULE,
            json!({ "i": { "rule": "LARGE_EXPORT", "expectedVersion": version, "threshold": 5 } }),
        )
        .await;
    assert_eq!(b["data"]["updateComplianceRule"]["threshold"], 5, "{b}");
    let b = app
        .as_user(
            "auditor",
            UPDATE_RULE,
            json!({ "i": { "rule": "LARGE_EXPORT", "expectedVersion": version, "threshold": 6 } }),
        )
        .await;
    assert_eq!(
        code(&b).as_deref(),
        Some("CONFLICT"),
        "a stale version: {b}"
    );
    let b = app
        .as_user(
            "supervisor",
            UPDATE_RULE,
            json!({ "i": { "rule": "LARGE_EXPORT", "expectedVersion": 2, "threshold": 6 } }),
        )
        .await;
    assert_eq!(code(&b).as_deref(), Some("FORBIDDEN"), "{b}");
    let b = app
        .as_user(
            "auditor",
            "mutation($i: ExportAuditLogsInput!) { exportAuditLogs(input: $i) { rowCount } }",
            json!({ "i": { "reason": "季度抽查" } }),
        )
        .await;
    let rows = b["data"]["exportAuditLogs"]["rowCount"]
        .as_i64()
        .unwrap_or(0);
    assert!(rows > 5, "{b}");

    clock.advance(Duration::minutes(1));
    app.services.run_due_jobs().await.expect("pass");
    let all = alerts(&app, json!(["RAISED"])).await;
    let off = of(&all, "OFF_HOURS", "expert");
    assert_eq!(off.len(), 1, "{all:?}");
    assert_eq!(off[0]["value"], 1);
    let denied = of(&all, "REPEATED_DENIALS", "agent");
    assert_eq!(denied.len(), 1, "{all:?}");
    assert_eq!(denied[0]["value"], 10);
    let export = of(&all, "LARGE_EXPORT", "auditor");
    assert_eq!(export.len(), 1, "{all:?}");
    assert_eq!(export[0]["value"], rows);

    // a rule switched off clears its open alerts at the next evaluation
    let b = app
        .as_user(
            "auditor",
            UPDATE_RULE,
            json!({ "i": { "rule": "OFF_HOURS", "expectedVersion": 1, "enabled": false } }),
        )
        .await;
    assert_eq!(b["data"]["updateComplianceRule"]["enabled"], false, "{b}");
    clock.advance(Duration::minutes(1));
    app.services.run_due_jobs().await.expect("pass");
    let cleared = alerts(&app, json!(["CLEARED"])).await;
    assert_eq!(of(&cleared, "OFF_HOURS", "expert").len(), 1, "{cleared:?}");
    assert_eq!(
        app.scalar("SELECT COUNT(*) FROM audit_logs WHERE action = 'compliance_rule.update' AND outcome = 'success'").await,
        2
    );
}
