//! The scheduler in one process, driven by a manual clock: jobs run once when
//! due and not before, re-arming moves a job, cancelling ends it unrun, a
//! failing job backs off without blocking others, a recurring job re-arms
//! itself, and a job armed in a rolled-back transaction never existed.
use crate::helpers::*;
use chrono::{DateTime, Duration, SubsecRound, Utc};
use kesu::domain::ManualClock;
use kesu::service::scheduler::{self, handlers, JobKind, JobSpec, CANCELLED};
use sea_orm::{ConnectionTrait, Statement};
use serde_json::json;
use std::sync::Arc;

async fn app_at() -> (TestApp, Arc<ManualClock>, DateTime<Utc>) {
    // whole seconds: the clock and the database keep microseconds at most
    let t0 = Utc::now().trunc_subsecs(0);
    let clock = Arc::new(ManualClock::new(t0));
    let app = spawn_app_with_clock(clock.clone()).await;
    // the system's recurring SLA sweep, alert evaluation, audit checkpoint
    // and retention runs (tested in `sla`, `alerts`, `audit_chain` and
    // `retention`) would run in the passes: these tests count their own jobs
    let db = app.services.db().conn();
    for key in [
        handlers::SLA_SWEEP_KEY,
        scheduler::alert_job::ALERTS_EVALUATE_KEY,
        scheduler::audit_jobs::AUDIT_CHECKPOINT_KEY,
        scheduler::audit_jobs::AUDIT_VERIFY_KEY,
        scheduler::retention_job::RETENTION_KEY,
    ] {
        scheduler::cancel(db, t0, key)
            .await
            .expect("cancel the system's recurring job");
    }
    (app, clock, t0)
}

fn probe(key: &str, run_at: DateTime<Utc>, payload: serde_json::Value) -> JobSpec {
    JobSpec {
        kind: JobKind::Probe,
        key: key.into(),
        complaint_id: None,
        payload,
        run_at,
    }
}

/// Arm in a committed transaction of its own (as a service would, with its change).
async fn arm(app: &TestApp, job: JobSpec) -> i64 {
    let tx = app.services.db().write_tx().await.expect("begin");
    let id = scheduler::arm(&*tx, app.services.now(), job)
        .await
        .expect("arm");
    tx.commit().await.expect("commit");
    id
}

async fn probes_run(app: &TestApp, job_id: i64) -> i64 {
    app.scalar(&format!(
        "SELECT COUNT(*) FROM audit_logs WHERE action = 'scheduler.probe' AND target_id = '{job_id}'"
    ))
    .await
}

async fn job(app: &TestApp, id: i64) -> kesu::db::entity::job::Model {
    use sea_orm::EntityTrait;
    kesu::db::entity::job::Entity::find_by_id(id)
        .one(app.services.db().conn())
        .await
        .expect("query")
        .expect("job row")
}

#[tokio::test]
async fn an_armed_job_runs_once_when_due_and_not_before() {
    let (app, clock, t0) = app_at().await;
    let id = arm(
        &app,
        probe("test:once", t0 + Duration::minutes(10), json!({"n": 1})),
    )
    .await;

    clock.set(t0 + Duration::minutes(9));
    assert_eq!(app.services.run_due_jobs().await.expect("pass"), 0);
    assert_eq!(probes_run(&app, id).await, 0, "not due yet");
    assert!(job(&app, id).await.done_at.is_none());

    clock.set(t0 + Duration::minutes(10));
    assert_eq!(app.services.run_due_jobs().await.expect("pass"), 1);
    assert_eq!(probes_run(&app, id).await, 1);
    let row = job(&app, id).await;
    assert_eq!(row.done_at, Some(t0 + Duration::minutes(10)));
    assert_eq!(row.attempts, 1);
    assert_eq!(row.last_error, None);

    clock.set(t0 + Duration::minutes(20));
    assert_eq!(app.services.run_due_jobs().await.expect("pass"), 0);
    assert_eq!(probes_run(&app, id).await, 1, "a done job never runs again");
}

#[tokio::test]
async fn jobs_are_audited_as_the_system_not_as_a_user() {
    let (app, clock, t0) = app_at().await;
    let id = arm(&app, probe("test:who", t0, json!({}))).await;
    clock.set(t0 + Duration::seconds(1));
    assert_eq!(app.services.run_due_jobs().await.expect("pass"), 1);
    let body = app
        .as_user(
            "auditor",
            "query($f: AuditLogFilter) { auditLogs(filter: $f, first: 10) { nodes { action actorId actorName actorKind targetType targetId requestId } } }",
            json!({ "f": { "action": "scheduler.probe" } }),
        )
        .await;
    let nodes = body["data"]["auditLogs"]["nodes"]
        .as_array()
        .unwrap_or_else(|| panic!("{body}"));
    assert_eq!(nodes.len(), 1, "{body}");
    let n = &nodes[0];
    assert_eq!(n["actorKind"], json!("system"));
    assert_eq!(n["actorName"], json!("scheduler"));
    assert_eq!(
        n["actorId"],
        json!(null),
        "no user row stands in for the system"
    );
    assert_eq!(n["targetType"], json!("job"));
    assert_eq!(n["targetId"], json!(id.to_string()));
    assert_eq!(n["requestId"], json!(format!("job-{id}")));
    // and a user's own record says user
    let own = app
        .as_user(
            "auditor",
            "query($f: AuditLogFilter) { auditLogs(filter: $f, first: 1) { nodes { actorKind actorName } } }",
            json!({ "f": { "action": "auth.login" } }),
        )
        .await;
    assert_eq!(
        own["data"]["auditLogs"]["nodes"][0]["actorKind"],
        json!("user"),
        "{own}"
    );
}

#[tokio::test]
async fn arming_a_pending_key_again_moves_the_job_instead_of_adding_one() {
    let (app, clock, t0) = app_at().await;
    let first = arm(
        &app,
        probe("test:rearm", t0 + Duration::minutes(10), json!({"v": 1})),
    )
    .await;
    let second = arm(
        &app,
        probe("test:rearm", t0 + Duration::minutes(20), json!({"v": 2})),
    )
    .await;
    assert_eq!(first, second, "the same job, moved");
    assert_eq!(
        app.scalar("SELECT COUNT(*) FROM jobs WHERE key = 'test:rearm'")
            .await,
        1
    );

    clock.set(t0 + Duration::minutes(10));
    assert_eq!(
        app.services.run_due_jobs().await.expect("pass"),
        0,
        "the old time is gone"
    );
    clock.set(t0 + Duration::minutes(20));
    assert_eq!(app.services.run_due_jobs().await.expect("pass"), 1);
    let detail = app
        .scalar(&format!(
            "SELECT COUNT(*) FROM audit_logs WHERE action = 'scheduler.probe' AND target_id = '{first}' AND detail LIKE '%\"v\":2%'"
        ))
        .await;
    assert_eq!(detail, 1, "it ran with the new payload");

    // once done, arming the key again is a new job
    let third = arm(
        &app,
        probe("test:rearm", t0 + Duration::minutes(30), json!({"v": 3})),
    )
    .await;
    assert_ne!(third, first);
    let pending = scheduler::pending(app.services.db().conn(), "test:rearm")
        .await
        .expect("pending")
        .expect("a pending job");
    assert_eq!(pending.id, third);
}

#[tokio::test]
async fn a_cancelled_job_never_runs_and_its_row_says_so() {
    let (app, clock, t0) = app_at().await;
    let id = arm(
        &app,
        probe("test:cancel", t0 + Duration::minutes(5), json!({})),
    )
    .await;
    let tx = app.services.db().write_tx().await.expect("begin");
    scheduler::cancel(&*tx, t0, "test:cancel")
        .await
        .expect("cancel");
    // cancelling what is not pending is no error
    scheduler::cancel(&*tx, t0, "test:nothing")
        .await
        .expect("cancel");
    tx.commit().await.expect("commit");

    clock.set(t0 + Duration::hours(2));
    app.services.run_due_jobs().await.expect("pass");
    assert_eq!(probes_run(&app, id).await, 0);
    let row = job(&app, id).await;
    assert_eq!(row.done_at, Some(t0));
    assert_eq!(row.last_error.as_deref(), Some(CANCELLED));
    assert_eq!(row.attempts, 0);
}

#[tokio::test]
async fn a_failing_job_backs_off_records_its_error_and_blocks_no_other() {
    let (app, clock, t0) = app_at().await;
    let bad = arm(&app, probe("test:bad", t0, json!({"fail": "boom"}))).await;
    let good = arm(&app, probe("test:good", t0, json!({}))).await;
    // a row of a kind this build does not know fails the same way
    let db = app.services.db().conn();
    let backend = db.get_database_backend();
    db.execute_raw(Statement::from_sql_and_values(
        backend,
        match backend {
            sea_orm::DatabaseBackend::Postgres => "INSERT INTO jobs (kind, key, payload, run_at, attempts, created_at) VALUES ('no.such.kind', 'test:unknown', '{}', $1, 0, $1)",
            _ => "INSERT INTO jobs (kind, key, payload, run_at, attempts, created_at) VALUES ('no.such.kind', 'test:unknown', '{}', ?, 0, ?)",
        },
        match backend {
            sea_orm::DatabaseBackend::Postgres => vec![t0.into()],
            _ => vec![t0.into(), t0.into()],
        },
    ))
    .await
    .expect("insert unknown kind");

    let report = app.services.run_due_jobs_report().await.expect("pass");
    assert_eq!((report.succeeded, report.failed), (1, 2));
    assert_eq!(probes_run(&app, good).await, 1);
    assert_eq!(
        probes_run(&app, bad).await,
        0,
        "a failed run leaves no effect"
    );
    let row = job(&app, bad).await;
    assert!(row.done_at.is_none());
    assert_eq!(row.attempts, 1);
    assert!(
        row.last_error
            .as_deref()
            .is_some_and(|e| e.contains("boom")),
        "{:?}",
        row.last_error
    );
    assert_eq!(row.run_at, t0 + Duration::seconds(30), "backed off");
    let unknown = app
        .scalar("SELECT COUNT(*) FROM jobs WHERE key = 'test:unknown' AND done_at IS NULL AND attempts = 1 AND last_error = 'unknown job kind: no.such.kind'")
        .await;
    assert_eq!(unknown, 1, "an unknown kind is an error, not a default");

    // not again in the same moment; again (and longer off) once the back-off passed
    assert_eq!(app.services.run_due_jobs().await.expect("pass"), 0);
    clock.set(t0 + Duration::seconds(30));
    let report = app.services.run_due_jobs_report().await.expect("pass");
    assert_eq!((report.succeeded, report.failed), (0, 2));
    let row = job(&app, bad).await;
    assert_eq!(row.attempts, 2);
    assert_eq!(row.run_at, t0 + Duration::seconds(90));

    // fixed (re-armed without the failure): runs once, error cleared
    arm(
        &app,
        probe("test:bad", t0 + Duration::seconds(30), json!({})),
    )
    .await;
    assert_eq!(
        app.services
            .run_due_jobs_report()
            .await
            .expect("pass")
            .succeeded,
        1
    );
    let row = job(&app, bad).await;
    assert!(row.done_at.is_some());
    assert_eq!(row.last_error, None);
    assert_eq!(probes_run(&app, bad).await, 1);
}

#[tokio::test]
async fn a_job_armed_in_a_rolled_back_transaction_does_not_exist() {
    let (app, clock, t0) = app_at().await;
    let tx = app.services.db().write_tx().await.expect("begin");
    scheduler::arm(&*tx, t0, probe("test:rolled-back", t0, json!({})))
        .await
        .expect("arm");
    drop(tx); // rolled back, as when the change that armed it fails
    assert!(
        scheduler::pending(app.services.db().conn(), "test:rolled-back")
            .await
            .expect("pending")
            .is_none()
    );
    assert_eq!(
        app.scalar("SELECT COUNT(*) FROM jobs WHERE key = 'test:rolled-back'")
            .await,
        0
    );
    clock.set(t0 + Duration::minutes(1));
    assert_eq!(app.services.run_due_jobs().await.expect("pass"), 0);
}

#[tokio::test]
async fn the_daily_session_purge_deletes_ended_sessions_and_re_arms_itself() {
    let (app, clock, t0) = app_at().await;
    let key = handlers::SESSION_PURGE_KEY;
    let armed = scheduler::pending(app.services.db().conn(), key)
        .await
        .expect("pending")
        .expect("armed at start-up");
    assert_eq!(armed.run_at, t0 + Duration::hours(1));
    // a session that ends now (signed out at t0)
    let token = app.token("agent").await;
    let out = app
        .gql(Some(&token), "mutation { logout }", serde_json::json!({}))
        .await;
    assert_eq!(out["data"]["logout"], true, "{out}");
    let sessions = app.count("sessions").await;
    assert!(sessions >= 1);

    clock.set(t0 + Duration::hours(1));
    assert_eq!(app.services.run_due_jobs().await.expect("pass"), 1);
    assert_eq!(app.count("sessions").await, sessions, "nothing ended yet");
    let next = scheduler::pending(app.services.db().conn(), key)
        .await
        .expect("pending")
        .expect("re-armed");
    assert_ne!(next.id, armed.id);
    assert_eq!(next.run_at, t0 + Duration::hours(25));

    // two days later: the session ended more than a day ago; missed runs are skipped
    clock.set(t0 + Duration::hours(49) + Duration::minutes(5));
    assert_eq!(app.services.run_due_jobs().await.expect("pass"), 1);
    assert_eq!(app.count("sessions").await, sessions - 1);
    let after = scheduler::pending(app.services.db().conn(), key)
        .await
        .expect("pending")
        .expect("re-armed");
    assert_eq!(after.run_at, t0 + Duration::hours(73));
    assert_eq!(
        app.scalar(&format!(
            "SELECT COUNT(*) FROM jobs WHERE key = '{key}' AND done_at IS NULL"
        ))
        .await,
        1,
        "exactly one pending purge"
    );
    let audited = app
        .scalar("SELECT COUNT(*) FROM audit_logs WHERE action = 'session.purge' AND actor_kind = 'system' AND actor_id IS NULL AND detail LIKE '%\"deleted\":1%'")
        .await;
    assert_eq!(audited, 1);
}
