//! Times the SLA sweep, the scheduler's recurring pass over the clocks, on a
//! large SQLite database.
//!
//! `cargo run --release --example sla_sweep_bench [-- <data-dir> <complaints> <open> <due>]`
//! (defaults: `/tmp/kesu-sla-bench`, 1,000,000 complaints, 100,000 open,
//! 1,000 clocks due).
//!
//! The first run fills the database with `kesu demo --bulk` complaints and
//! keeps `<open>` of them open (the rest closed). Every run then writes the
//! open complaints' clocks afresh, as the clock service stores them: a
//! first reply (24 h), a resolution (3 working days) and a step clock
//! (1 working hour) each, running on China's calendar, with due and at-risk
//! instants spread over the coming weeks, except for `<due>` clocks whose
//! at-risk or due instant passed in the last hour. It then times
//! 1. a pass that records those `<due>` clocks (events, the owner's
//!    notification, the queue's columns), and
//! 2. the next pass, with nothing to record: the cost of every tick.
use chrono::{DateTime, Duration, Utc};
use kesu::config::Config;
use kesu::domain::calendar::WorkingCalendar;
use kesu::domain::sla::{Basis, Timer};
use kesu::domain::ManualClock;
use rand::rngs::StdRng;
use rand::{Rng, SeedableRng};
use sea_orm::{ConnectionTrait, DatabaseBackend, Statement, Value};
use std::sync::Arc;
use std::time::Instant;

const CHUNK: usize = 300;

async fn scalar(db: &sea_orm::DatabaseConnection, sql: &str) -> i64 {
    db.query_one_raw(Statement::from_string(DatabaseBackend::Sqlite, sql))
        .await
        .expect("query")
        .and_then(|r| r.try_get_by_index::<i64>(0).ok())
        .unwrap_or(0)
}

async fn exec(db: &sea_orm::DatabaseConnection, sql: String, values: Vec<Value>) {
    db.execute_raw(Statement::from_sql_and_values(
        DatabaseBackend::Sqlite,
        sql,
        values,
    ))
    .await
    .expect("statement");
}

#[tokio::main(flavor = "multi_thread", worker_threads = 2)]
async fn main() {
    let args: Vec<String> = std::env::args().collect();
    let dir = args
        .get(1)
        .cloned()
        .unwrap_or_else(|| "/tmp/kesu-sla-bench".into());
    let arg = |i: usize, d: usize| args.get(i).and_then(|v| v.parse().ok()).unwrap_or(d);
    let (complaints, open, due) = (arg(2, 1_000_000), arg(3, 100_000), arg(4, 1_000));
    std::fs::create_dir_all(&dir).expect("data dir");
    let now = Utc::now();
    let clock = Arc::new(ManualClock::new(now));
    let config = Config {
        data_dir: dir.clone().into(),
        ..Config::default()
    };
    let services = kesu::startup::build_services(config, clock.clone())
        .await
        .expect("services");
    let db = services.db().conn();

    let have = scalar(db, "SELECT COUNT(*) FROM complaints").await as usize;
    if have < complaints {
        let t = Instant::now();
        kesu::demo::bulk::seed_bulk(&services, complaints - have)
            .await
            .expect("bulk complaints");
        println!("complaints generated in {:.0} s", t.elapsed().as_secs_f64());
        let every = (complaints / open.max(1)).max(1);
        exec(
            db,
            format!(
                "UPDATE complaints SET status = CASE WHEN id % {every} = 0 THEN 'accepted' ELSE 'closed' END, \
                 assignee_id = NULL"
            ),
            vec![],
        )
        .await;
    }
    let ids: Vec<i64> = db
        .query_all_raw(Statement::from_string(
            DatabaseBackend::Sqlite,
            format!("SELECT id FROM complaints WHERE status NOT IN ('resolved', 'callback_done', 'closed') ORDER BY id LIMIT {open}"),
        ))
        .await
        .expect("open ids")
        .iter()
        .filter_map(|r| r.try_get_by_index::<i64>(0).ok())
        .collect();

    // the open complaints' clocks, written afresh
    let t = Instant::now();
    exec(db, "DELETE FROM sla_clocks".into(), vec![]).await;
    exec(db, "DELETE FROM notifications".into(), vec![]).await;
    let cal = WorkingCalendar::china_default().expect("calendar");
    let mut rng = StdRng::seed_from_u64(7);
    let kinds: [(&str, Option<&str>, Basis, i64); 3] = [
        ("first_response", None, Basis::Elapsed, 1440),
        ("resolution", None, Basis::Working, 3 * cal.day_minutes()),
        ("step", Some("escalation"), Basis::Working, 60),
    ];
    let total = ids.len() * kinds.len();
    let due_every = (total / due.max(1)).max(1);
    let mut n = 0usize;
    for chunk in ids.chunks(CHUNK / kinds.len()) {
        let mut sql = String::from(
            "INSERT INTO sla_clocks (complaint_id, kind, step, basis, budget_minutes, spent_seconds, \
             started_at, running_since, due_at, at_risk_at, state, active) VALUES ",
        );
        let mut values: Vec<Value> = Vec::new();
        for id in chunk {
            for (kind, step, basis, budget) in kinds {
                let overdue = n.is_multiple_of(due_every);
                n += 1;
                // a due clock crossed its at-risk or due instant within the
                // last hour; the others cross theirs in the coming weeks
                let timer = if overdue {
                    Timer::start(
                        basis,
                        budget,
                        now - Duration::minutes(budget + rng.gen_range(0..60)),
                    )
                } else {
                    let ahead = Duration::minutes(rng.gen_range(60..40 * 24 * 60));
                    let mut t = Timer::start(basis, budget, now);
                    t.spent_seconds = -ahead.num_seconds().min(budget * 60 * 20);
                    t
                };
                let since = timer.running_since.unwrap_or(now);
                if !values.is_empty() {
                    sql.push(',');
                }
                sql.push_str("(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'on_track', 1)");
                values.extend([
                    (*id).into(),
                    kind.into(),
                    step.map(str::to_string).into(),
                    basis.code().into(),
                    (budget as i32).into(),
                    timer.spent_seconds.into(),
                    since.into(),
                    Some(since).into(),
                    timer.due_at(&cal).into(),
                    timer.at_risk_at(&cal).into(),
                ]);
            }
        }
        exec(db, sql, values).await;
    }
    println!(
        "{} complaints, {} open, {} clocks written in {:.1} s",
        scalar(db, "SELECT COUNT(*) FROM complaints").await,
        ids.len(),
        n,
        t.elapsed().as_secs_f64()
    );
    let pending: i64 = {
        let at = now.to_rfc3339();
        let _ = at;
        scalar(
            db,
            "SELECT COUNT(*) FROM sla_clocks WHERE active AND state = 'on_track'",
        )
        .await
    };
    println!("running clocks: {pending}");

    let t = Instant::now();
    let first = services.sweep_clocks().await.expect("sweep");
    let busy = t.elapsed();
    let t = Instant::now();
    let second = services.sweep_clocks().await.expect("sweep");
    let idle = t.elapsed();
    println!(
        "pass recording {} clocks: {:.0} ms; next pass ({} recorded): {:.2} ms",
        first.recorded.len(),
        busy.as_secs_f64() * 1000.0,
        second.recorded.len(),
        idle.as_secs_f64() * 1000.0
    );
    let _: Option<DateTime<Utc>> = None;
}
