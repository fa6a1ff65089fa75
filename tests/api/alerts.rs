//! Alerts (预警): red surges raised once per episode and cleared, yellow and
//! orange rates read from `sla_clocks`, acknowledgement with a note (once),
//! rule edits (validated, versioned, audited), the red alert's announcement,
//! and who may do what. Time is a ManualClock; evaluations are called directly
//! (the scheduler job that calls them in production is not part of this test).
use crate::helpers::*;
use crate::reasons::reason_of;
use chrono::{DateTime, Duration, Utc};
use kesu::domain::ManualClock;
use sea_orm::{ConnectionTrait, DatabaseBackend, Statement, Value as DbValue};
use serde_json::{json, Value};
use std::sync::Arc;

const ALERTS: &str = "query($s: [AlertState!]) { alerts(state: $s, first: 50) { edges { node {
    id level kind state scope step value threshold raisedAt acknowledgedAt ackNote
    acknowledgedBy { username } category { id } announcement { id title explanation category { id } }
} } } }";
const ACK: &str = "mutation($i: AcknowledgeAlertInput!) { acknowledgeAlert(input: $i) { id state ackNote acknowledgedBy { username } } }";
const RULES: &str =
    "{ alertRules { id kind level threshold windowMinutes minSamples enabled version } }";
const UPDATE_RULE: &str = "mutation($i: UpdateAlertRuleInput!) { updateAlertRule(input: $i) { id threshold windowMinutes minSamples enabled version } }";
const ANNOUNCE: &str = "mutation($i: OpenAnnouncementForAlertInput!) { openAnnouncementForAlert(input: $i) { id announcement { id title category { id } } } }";

async fn clocked_app() -> (TestApp, Arc<ManualClock>) {
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

async fn alerts(app: &TestApp, states: Value) -> Vec<Value> {
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

/// One `sla_clocks` row. The clock service that will write these rows is
/// being built in parallel, so the rate tests insert them directly through
/// the database, exactly in the shape the migration documents.
#[derive(Default, Clone, Copy)]
struct Clock<'a> {
    kind: &'a str,
    step: Option<&'a str>,
    due: Option<DateTime<Utc>>,
    met: Option<DateTime<Utc>>,
    breached: Option<DateTime<Utc>>,
    stopped: Option<DateTime<Utc>>,
    paused: Option<DateTime<Utc>>,
}

async fn insert_clocks(app: &TestApp, complaint_id: i64, c: Clock<'_>, n: usize) {
    let db = app.services.db().conn();
    let backend = db.get_database_backend();
    let started = c.due.unwrap_or_else(|| app.services.now()) - Duration::hours(24);
    let state = if c.breached.is_some() {
        "breached"
    } else if c.met.is_some() {
        "met"
    } else if c.paused.is_some() {
        "paused"
    } else {
        "on_track"
    };
    let mut sql = "INSERT INTO sla_clocks (complaint_id, kind, step, basis, budget_minutes, \
        spent_seconds, started_at, running_since, paused_since, due_at, stopped_at, met_at, \
        breached_at, state, active) VALUES ($1, $2, $3, 'hours', 1440, 0, $4, $5, $6, $7, $8, $9, $10, $11, $12)"
        .to_string();
    if backend != DatabaseBackend::Postgres {
        sql = sql.replace('$', "?");
    }
    let active = c.stopped.is_none();
    for _ in 0..n {
        let values: Vec<DbValue> = vec![
            complaint_id.into(),
            c.kind.into(),
            c.step.map(str::to_string).into(),
            started.into(),
            (if active && c.paused.is_none() {
                Some(started)
            } else {
                None
            })
            .into(),
            c.paused.into(),
            c.due.into(),
            c.stopped.into(),
            c.met.into(),
            c.breached.into(),
            state.into(),
            active.into(),
        ];
        db.execute_raw(Statement::from_sql_and_values(backend, sql.clone(), values))
            .await
            .expect("insert clock");
    }
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
async fn yellow_reads_first_response_timeliness_from_the_clocks() {
    let (app, _clock) = clocked_app().await;
    let (id, _, _) = app.create_complaint("agent", "13900000001").await;
    let cid: i64 = id.parse().expect("id");
    let now = app.services.now();
    let on_time = Clock {
        kind: "first_response",
        due: Some(now + Duration::hours(2)),
        met: Some(now - Duration::hours(1)),
        stopped: Some(now - Duration::hours(1)),
        ..Default::default()
    };
    let late = Clock {
        kind: "first_response",
        due: Some(now - Duration::minutes(30)),
        breached: Some(now - Duration::minutes(30)),
        ..Default::default()
    };
    // 8 on time, 1 late: 89% but only 9 samples (fewer than 10)
    insert_clocks(&app, cid, on_time, 8).await;
    insert_clocks(&app, cid, late, 1).await;
    // outside the window, paused, or re-armed without an outcome: not samples
    let old_late = Clock {
        due: Some(now - Duration::hours(30)),
        breached: Some(now - Duration::hours(30)),
        ..late
    };
    insert_clocks(&app, cid, old_late, 20).await;
    let paused = Clock {
        kind: "first_response",
        due: Some(now - Duration::hours(1)),
        paused: Some(now - Duration::hours(3)),
        ..Default::default()
    };
    insert_clocks(&app, cid, paused, 5).await;
    let rearmed = Clock {
        kind: "first_response",
        due: Some(now - Duration::hours(1)),
        stopped: Some(now - Duration::hours(2)),
        ..Default::default()
    };
    insert_clocks(&app, cid, rearmed, 5).await;
    let r = app.services.evaluate_alerts().await.expect("evaluate");
    assert!(r.raised.is_empty(), "too few samples: {:?}", r.raised);

    // unanswered past due, not yet marked breached by the scheduler: late too
    let overdue = Clock {
        kind: "first_response",
        due: Some(now - Duration::minutes(5)),
        ..Default::default()
    };
    insert_clocks(&app, cid, overdue, 1).await;
    let r = app.services.evaluate_alerts().await.expect("evaluate");
    assert_eq!(r.raised.len(), 1, "8 of 10 on time is below 90%");
    let open = alerts(&app, json!("RAISED")).await;
    assert_eq!(open[0]["level"], "YELLOW");
    assert_eq!(open[0]["scope"], "centre");
    assert_eq!(open[0]["value"], 0.8);
    assert_eq!(open[0]["threshold"], 0.9);

    // enough answers on time bring it back to 90%: cleared
    insert_clocks(&app, cid, on_time, 10).await;
    let r = app.services.evaluate_alerts().await.expect("evaluate");
    assert_eq!(r.cleared.len(), 1, "18 of 20 is not below 90%");
    assert!(alerts(&app, json!("RAISED")).await.is_empty());
}

#[tokio::test]
async fn orange_reads_each_steps_timeout_rate_from_the_clocks() {
    let (app, _clock) = clocked_app().await;
    let (id, _, _) = app.create_complaint("agent", "13900000002").await;
    let cid: i64 = id.parse().expect("id");
    let now = app.services.now();
    let met = |step| Clock {
        kind: "step",
        step: Some(step),
        due: Some(now - Duration::hours(1)),
        met: Some(now - Duration::hours(2)),
        stopped: Some(now - Duration::hours(2)),
        ..Default::default()
    };
    let breached = |step| Clock {
        kind: "step",
        step: Some(step),
        due: Some(now - Duration::hours(3)),
        breached: Some(now - Duration::hours(3)),
        ..Default::default()
    };
    // investigation: 2 of 20 breached (10% > 5%)
    insert_clocks(&app, cid, met("investigation"), 18).await;
    insert_clocks(&app, cid, breached("investigation"), 2).await;
    // escalation: 1 of 20 (5% is not above 5%), plus old breaches outside the window
    insert_clocks(&app, cid, met("escalation"), 19).await;
    insert_clocks(&app, cid, breached("escalation"), 1).await;
    let old = Clock {
        due: Some(now - Duration::days(3)),
        breached: Some(now - Duration::days(3)),
        stopped: Some(now - Duration::days(2)),
        ..breached("escalation")
    };
    insert_clocks(&app, cid, old, 30).await;
    // callback: all breached but only 5 samples
    insert_clocks(&app, cid, breached("callback"), 5).await;
    let r = app.services.evaluate_alerts().await.expect("evaluate");
    assert_eq!(r.raised.len(), 1, "{:?}", r.raised);
    let open = alerts(&app, json!("RAISED")).await;
    assert_eq!(open[0]["level"], "ORANGE");
    assert_eq!(open[0]["step"], "investigation");
    assert_eq!(open[0]["scope"], "step:investigation");
    assert_eq!(open[0]["value"], 0.1);

    // a second pass keeps it
    let r = app.services.evaluate_alerts().await.expect("evaluate");
    assert_eq!((r.raised.len(), r.kept), (0, 1));
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
async fn only_a_red_alert_opens_an_announcement() {
    let (app, _clock) = clocked_app().await;
    let (id, _, _) = app.create_complaint("agent", "13900000003").await;
    let cid: i64 = id.parse().expect("id");
    let now = app.services.now();
    let late = Clock {
        kind: "first_response",
        due: Some(now - Duration::minutes(30)),
        breached: Some(now - Duration::minutes(30)),
        ..Default::default()
    };
    insert_clocks(&app, cid, late, 10).await;
    let r = app.services.evaluate_alerts().await.expect("evaluate");
    let yellow = r.raised[0].id.to_string();
    let b = app
        .as_user(
            "supervisor",
            ANNOUNCE,
            json!({ "i": { "alertId": yellow, "title": "t", "script": "s" } }),
        )
        .await;
    assert_eq!(
        reason_of(&b),
        (
            "BAD_USER_INPUT".into(),
            "INVALID_INPUT".into(),
            Some("alertId".into())
        )
    );
    assert_eq!(app.count("announcements").await, 0);
}
