//! SLA clocks over HTTP with a controllable clock on China's 2026 calendar:
//! start at registration, at-risk and breach recorded by the sweep, pause
//! and resume, re-arm on re-categorisation, the queue's filter and order.
use crate::helpers::*;
use chrono::{DateTime, Duration, TimeZone, Utc};
use kesu::domain::ManualClock;
use serde_json::{json, Value};
use std::sync::Arc;

const SLA: &str = "query($id: ID!) { complaint(id: $id) { version sla { state firstResponseDueAt
    resolutionDueAt currentStep stepDueAt remainingWorkingMinutes pausedSince nextDueAt }
    timeline { kind body } } }";
const PAUSE: &str = "mutation($i: ClockChangeInput!) { pauseClock(input: $i) { version sla { state pausedSince } } }";
const RESUME: &str = "mutation($i: ClockChangeInput!) { resumeClock(input: $i) { version sla { state stepDueAt } } }";
const QUEUE: &str = "query($f: ComplaintFilter, $o: ComplaintOrder) { complaints(first: 20, filter: $f, orderBy: $o) {
    edges { node { id sla { state } } } } }";

/// An app on `clock` whose sessions outlive the days the tests move through.
async fn timed_app(clock: Arc<ManualClock>) -> TestApp {
    spawn_app_with_clock(clock).await
}

fn bj(y: i32, m: u32, d: u32, h: u32, mi: u32) -> DateTime<Utc> {
    chrono_tz::Asia::Shanghai
        .with_ymd_and_hms(y, m, d, h, mi, 0)
        .single()
        .expect("a Beijing time")
        .with_timezone(&Utc)
}

fn at(v: &Value) -> DateTime<Utc> {
    v.as_str()
        .and_then(|s| DateTime::parse_from_rfc3339(s).ok())
        .map(|t| t.with_timezone(&Utc))
        .unwrap_or_else(|| panic!("not a time: {v}"))
}

fn kinds(c: &Value) -> Vec<String> {
    c["timeline"]
        .as_array()
        .expect("timeline")
        .iter()
        .map(|e| e["kind"].as_str().unwrap_or("").to_string())
        .collect()
}

async fn sla(app: &TestApp, id: &str) -> Value {
    let body = app.as_user("expert", SLA, json!({ "id": id })).await;
    assert!(body["errors"].is_null(), "{body}");
    body["data"]["complaint"].clone()
}

async fn queue_ids(app: &TestApp, filter: Value, order: &str) -> Vec<String> {
    let body = app
        .as_user("expert", QUEUE, json!({ "f": filter, "o": order }))
        .await;
    body["data"]["complaints"]["edges"]
        .as_array()
        .unwrap_or_else(|| panic!("{body}"))
        .iter()
        .map(|e| e["node"]["id"].as_str().unwrap_or("").to_string())
        .collect()
}

/// (kind, complaint id) of a user's notifications, newest first.
async fn notes_of(app: &TestApp, user: &str) -> Vec<(String, String)> {
    let body = app
        .as_user(
            user,
            "{ notifications(first: 10) { edges { node { kind complaintId } } } }",
            json!({}),
        )
        .await;
    body["data"]["notifications"]["edges"]
        .as_array()
        .unwrap_or_else(|| panic!("{body}"))
        .iter()
        .map(|e| {
            let n = &e["node"];
            let s = |v: &Value| v.as_str().unwrap_or("").to_string();
            (s(&n["kind"]), s(&n["complaintId"]))
        })
        .collect()
}

#[tokio::test]
async fn a_complaint_is_timed_through_risk_pause_resume_and_breach() {
    let clock = Arc::new(ManualClock::new(bj(2026, 1, 5, 9, 0)));
    let app = timed_app(clock.clone()).await;
    let (id, _, _) = app.create_complaint("agent", "13812340001").await;

    // Monday 5 January 2026, 09:00: a first reply within 24 hours, resolution
    // in 3 working days (Wednesday 18:00), escalation within 1 working hour
    let c = sla(&app, &id).await;
    let s = &c["sla"];
    assert_eq!(s["state"], "ON_TRACK");
    assert_eq!(at(&s["firstResponseDueAt"]), bj(2026, 1, 6, 9, 0));
    assert_eq!(at(&s["resolutionDueAt"]), bj(2026, 1, 7, 18, 0));
    assert_eq!(s["currentStep"], "ESCALATION");
    assert_eq!(at(&s["stepDueAt"]), bj(2026, 1, 5, 10, 0));
    assert_eq!(s["remainingWorkingMinutes"], 60);
    assert_eq!(at(&s["nextDueAt"]), bj(2026, 1, 5, 10, 0));
    assert!(kinds(&c).contains(&"CLOCK_STARTED".to_string()));

    // 09:50: 83% of the step used; live at risk, recorded by the sweep once
    clock.set(bj(2026, 1, 5, 9, 50));
    assert_eq!(sla(&app, &id).await["sla"]["state"], "AT_RISK");
    assert!(
        queue_ids(&app, json!({ "slaStates": ["AT_RISK"] }), "NEWEST")
            .await
            .is_empty()
    );
    let report = app.services.sweep_clocks().await.expect("sweep");
    assert_eq!(report.recorded.len(), 1, "{report:?}");
    let again = app.services.sweep_clocks().await.expect("sweep");
    assert!(again.recorded.is_empty(), "recorded once: {again:?}");
    assert_eq!(
        queue_ids(&app, json!({ "slaStates": ["AT_RISK"] }), "NEWEST").await,
        std::slice::from_ref(&id)
    );
    let c = sla(&app, &id).await;
    assert_eq!(
        kinds(&c).iter().filter(|k| *k == "CLOCK_AT_RISK").count(),
        1
    );
    // the agent who still holds it is told, once
    assert_eq!(
        notes_of(&app, "agent").await,
        [("SLA_AT_RISK".to_string(), id.clone())]
    );
    assert!(notes_of(&app, "expert").await.is_empty());

    // 09:55: waiting for the customer's bill; the clocks stop
    clock.set(bj(2026, 1, 5, 9, 55));
    let body = app
        .as_user(
            "agent",
            PAUSE,
            json!({ "i": { "complaintId": id, "reason": "等待客户提供账单截图" } }),
        )
        .await;
    assert!(body["errors"].is_null(), "{body}");
    assert_eq!(body["data"]["pauseClock"]["sla"]["state"], "PAUSED");
    assert_eq!(
        at(&body["data"]["pauseClock"]["sla"]["pausedSince"]),
        bj(2026, 1, 5, 9, 55)
    );
    // pausing twice is refused and changes nothing
    let before = app.snapshot().await;
    let body = app
        .as_user(
            "agent",
            PAUSE,
            json!({ "i": { "complaintId": id, "reason": "再次暂停" } }),
        )
        .await;
    assert_eq!(
        body["errors"][0]["extensions"]["reason"], "CLOCK_NOT_RUNNING",
        "{body}"
    );
    assert_eq!(app.snapshot().await, before);

    // three days later nothing has run out, and the sweep records nothing
    clock.set(bj(2026, 1, 8, 8, 0));
    assert_eq!(sla(&app, &id).await["sla"]["state"], "PAUSED");
    assert!(app
        .services
        .sweep_clocks()
        .await
        .expect("sweep")
        .recorded
        .is_empty());

    // Thursday 09:00 the customer answers: 5 minutes of the step are left
    clock.set(bj(2026, 1, 8, 9, 0));
    let body = app
        .as_user(
            "agent",
            RESUME,
            json!({ "i": { "complaintId": id, "reason": "客户已补充材料" } }),
        )
        .await;
    assert!(body["errors"].is_null(), "{body}");
    assert_eq!(
        at(&body["data"]["resumeClock"]["sla"]["stepDueAt"]),
        bj(2026, 1, 8, 9, 5)
    );
    let c = sla(&app, &id).await;
    assert!(c["sla"]["pausedSince"].is_null());
    // the first reply had 23 h 05 min left when paused
    assert_eq!(
        at(&c["sla"]["firstResponseDueAt"]),
        bj(2026, 1, 8, 9, 0) + Duration::minutes(23 * 60 + 5)
    );

    // 09:06: the step ran out; recorded as breached, once
    clock.set(bj(2026, 1, 8, 9, 6));
    let report = app.services.sweep_clocks().await.expect("sweep");
    assert_eq!(report.recorded.len(), 1, "{report:?}");
    let c = sla(&app, &id).await;
    assert_eq!(c["sla"]["state"], "BREACHED");
    assert_eq!(c["sla"]["remainingWorkingMinutes"], -1);
    let k = kinds(&c);
    for kind in [
        "CLOCK_STARTED",
        "CLOCK_AT_RISK",
        "CLOCK_PAUSED",
        "CLOCK_RESUMED",
        "CLOCK_BREACHED",
    ] {
        assert_eq!(
            k.iter().filter(|x| *x == kind).count(),
            1,
            "{kind} in {k:?}"
        );
    }
    let bodies: Vec<&str> = c["timeline"]
        .as_array()
        .expect("t")
        .iter()
        .filter_map(|e| e["body"].as_str())
        .collect();
    assert!(
        bodies.contains(&"等待客户提供账单截图"),
        "the reason is on the timeline"
    );
    assert_eq!(
        queue_ids(&app, json!({ "slaStates": ["BREACHED"] }), "NEWEST").await,
        std::slice::from_ref(&id)
    );
    assert_eq!(
        notes_of(&app, "agent").await[0],
        ("SLA_BREACHED".to_string(), id.clone())
    );

    // escalating ends the frontline step; the breach stays in its history
    let v = c["version"].as_i64().expect("v");
    let body = app
        .as_user("agent", "mutation($i: EscalateComplaintInput!) { escalateComplaint(input: $i) { sla { state currentStep } } }",
            json!({ "i": { "id": id, "expectedVersion": v } }))
        .await;
    assert!(body["errors"].is_null(), "{body}");
    assert_eq!(
        body["data"]["escalateComplaint"]["sla"]["state"],
        "ON_TRACK"
    );
    assert!(body["data"]["escalateComplaint"]["sla"]["currentStep"].is_null());
    assert_eq!(
        app.scalar("SELECT COUNT(*) FROM sla_clocks WHERE step = 'escalation' AND breached_at IS NOT NULL AND active = false").await,
        1
    );
    // the queue follows at once
    assert!(
        queue_ids(&app, json!({ "slaStates": ["BREACHED"] }), "NEWEST")
            .await
            .is_empty()
    );
}

#[tokio::test]
async fn the_queue_sorts_by_the_clock_that_runs_out_first() {
    let clock = Arc::new(ManualClock::new(bj(2026, 2, 13, 17, 30)));
    let app = timed_app(clock.clone()).await;
    let (first, _, _) = app.create_complaint("agent", "13812340002").await;
    clock.set(bj(2026, 2, 13, 17, 40));
    let (second, _, _) = app.create_complaint("agent", "13812340003").await;
    clock.set(bj(2026, 2, 13, 17, 50));
    let (third, _, _) = app.create_complaint("agent", "13812340004").await;
    // Friday 13 February 17:30: the escalation hour runs into Saturday
    // 14 February, a make-up workday before the Spring Festival
    let c = sla(&app, &first).await;
    assert_eq!(at(&c["sla"]["stepDueAt"]), bj(2026, 2, 14, 9, 30));
    // the first is paused: it no longer has a due time and goes last
    let body = app
        .as_user(
            "agent",
            PAUSE,
            json!({ "i": { "complaintId": first, "reason": "等待第三方检测报告" } }),
        )
        .await;
    assert!(body["errors"].is_null(), "{body}");
    assert_eq!(
        queue_ids(&app, json!({}), "SLA_DUE").await,
        [second.clone(), third.clone(), first.clone()]
    );
    assert_eq!(
        queue_ids(&app, json!({ "slaStates": ["PAUSED"] }), "SLA_DUE").await,
        std::slice::from_ref(&first)
    );
    // paging by cursor keeps the order
    let page = app
        .as_user(
            "expert",
            "query { complaints(first: 1, orderBy: SLA_DUE) { pageInfo { endCursor } } }",
            json!({}),
        )
        .await;
    let cursor = page["data"]["complaints"]["pageInfo"]["endCursor"]
        .as_str()
        .expect("cursor")
        .to_string();
    let rest = app
        .as_user("expert", "query($a: String) { complaints(first: 5, after: $a, orderBy: SLA_DUE) { edges { node { id } } } }",
            json!({ "a": cursor }))
        .await;
    let ids: Vec<&str> = rest["data"]["complaints"]["edges"]
        .as_array()
        .expect("edges")
        .iter()
        .map(|e| e["node"]["id"].as_str().unwrap_or(""))
        .collect();
    assert_eq!(ids, [third.as_str(), first.as_str()]);
}

const SAVE: &str = "mutation($i: SaveSlaPolicyInput!) { saveSlaPolicy(input: $i) { id version escalation { value unit } } }";

fn targets(escalation_hours: i32) -> Value {
    json!({
        "firstResponse": { "value": 24, "unit": "HOURS" },
        "resolution": { "value": 7, "unit": "WORKING_DAYS" },
        "escalation": { "value": escalation_hours, "unit": "WORKING_HOURS" },
        "investigation": { "value": 4, "unit": "WORKING_HOURS" },
        "callback": { "value": 1, "unit": "WORKING_DAYS" },
    })
}

#[tokio::test]
async fn policies_are_edited_by_admins_and_re_arm_clocks_on_recategorisation() {
    let clock = Arc::new(ManualClock::new(bj(2026, 3, 2, 9, 0)));
    let app = timed_app(clock.clone()).await;
    let body = app
        .as_user(
            "admin",
            "{ slaPolicies { priority escalation { value unit } } }",
            json!({}),
        )
        .await;
    assert_eq!(
        body["data"]["slaPolicies"].as_array().map(Vec::len),
        Some(3),
        "{body}"
    );

    // a complaint filed in the test category at 09:00
    let (id, v, _) = app.create_complaint("agent", "13812340005").await;

    // a complex category: 7 working days, 3 working hours to escalate
    let other = app.top_category_id.to_string();
    let mut input = targets(3);
    input["categoryId"] = json!(other);
    let before = app.snapshot().await;
    let denied = app.as_user("agent", SAVE, json!({ "i": input })).await;
    assert_eq!(
        denied["errors"][0]["extensions"]["code"], "FORBIDDEN",
        "{denied}"
    );
    let mut bad = input.clone();
    bad["callback"]["value"] = json!(0);
    let refused = app.as_user("admin", SAVE, json!({ "i": bad })).await;
    assert_eq!(
        refused["errors"][0]["extensions"]["field"], "callback",
        "{refused}"
    );
    let mut after_denials = app.snapshot().await;
    after_denials.retain(|(t, _)| t != "audit_logs");
    let mut before_no_audit = before.clone();
    before_no_audit.retain(|(t, _)| t != "audit_logs");
    assert_eq!(
        after_denials, before_no_audit,
        "refusals write nothing but the audit record"
    );
    let saved = app.as_user("admin", SAVE, json!({ "i": input })).await;
    assert!(saved["errors"].is_null(), "{saved}");
    let dup = app.as_user("admin", SAVE, json!({ "i": input })).await;
    assert_eq!(
        dup["errors"][0]["extensions"]["reason"], "ALREADY_EXISTS",
        "{dup}"
    );

    // it moves to the complex category at 09:30
    clock.set(bj(2026, 3, 2, 9, 30));
    let body = app
        .as_user("agent", "mutation($i: UpdateComplaintInput!) { updateComplaint(input: $i) { sla { stepDueAt resolutionDueAt } } }",
            json!({ "i": { "id": id, "expectedVersion": v, "categoryId": other } }))
        .await;
    assert!(body["errors"].is_null(), "{body}");
    let s = &body["data"]["updateComplaint"]["sla"];
    // 30 minutes spent; 3 working hours in all, so 12:00
    assert_eq!(at(&s["stepDueAt"]), bj(2026, 3, 2, 12, 0));
    assert_eq!(at(&s["resolutionDueAt"]), bj(2026, 3, 10, 18, 0));
    assert!(kinds(&sla(&app, &id).await).contains(&"CLOCK_REARMED".to_string()));
}

#[tokio::test]
async fn the_scheduler_sweeps_the_clocks_as_the_system() {
    let clock = Arc::new(ManualClock::new(bj(2026, 1, 5, 9, 0)));
    let app = timed_app(clock.clone()).await;
    let (id, _, _) = app.create_complaint("agent", "13812340006").await;
    // the alert evaluation and the audit chain's checkpoint and
    // verification are other recurring jobs (tested in `alerts` and
    // `audit_chain`)
    let db = app.services.db().conn();
    for key in [
        kesu::service::scheduler::alert_job::ALERTS_EVALUATE_KEY,
        kesu::service::scheduler::audit_jobs::AUDIT_CHECKPOINT_KEY,
        kesu::service::scheduler::audit_jobs::AUDIT_VERIFY_KEY,
        kesu::service::scheduler::retention_job::RETENTION_KEY,
    ] {
        kesu::service::scheduler::cancel(db, bj(2026, 1, 5, 9, 0), key)
            .await
            .expect("cancel");
    }
    // the sweep is armed at start-up and re-arms itself every 30 seconds
    assert!(app.services.run_due_jobs().await.expect("pass") >= 1);
    clock.set(bj(2026, 1, 5, 9, 49));
    let r = app.services.run_due_jobs_report().await.expect("pass");
    assert_eq!(r.succeeded, 1, "{r:?}");
    let c = sla(&app, &id).await;
    assert_eq!(
        kinds(&c).iter().filter(|k| *k == "CLOCK_AT_RISK").count(),
        1
    );
    assert_eq!(
        app.scalar("SELECT COUNT(*) FROM audit_logs WHERE action = 'sla.sweep' AND actor_kind = 'system' AND actor_id IS NULL").await,
        1
    );
    // not yet due again: nothing runs
    assert_eq!(app.services.run_due_jobs().await.expect("pass"), 0);
    // 10:01: the sweep, and the daily session purge armed for 10:00
    clock.set(bj(2026, 1, 5, 10, 1));
    assert_eq!(app.services.run_due_jobs().await.expect("pass"), 2);
    assert_eq!(sla(&app, &id).await["sla"]["state"], "BREACHED");
    assert_eq!(
        app.scalar("SELECT COUNT(*) FROM jobs WHERE kind = 'sla.sweep' AND done_at IS NULL")
            .await,
        1,
        "one pending sweep"
    );
}
