//! Yellow and orange alerts read from `sla_clocks`. The clock service that
//! will write these rows is being built in parallel, so these tests insert
//! them directly through the database, exactly in the shape the migration
//! documents (and only here: everything else goes through the API).
use crate::alerts::{alerts, clocked_app, ANNOUNCE};
use crate::helpers::*;
use crate::reasons::reason_of;
use chrono::{DateTime, Duration, Utc};
use sea_orm::{ConnectionTrait, DatabaseBackend, Statement, Value as DbValue};
use serde_json::json;

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
