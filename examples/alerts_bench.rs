//! Times one alert evaluation (`Services::evaluate_alerts`) on a large
//! SQLite database, and prints the query plans of its three aggregates.
//!
//! `cargo run --release --example alerts_bench [-- <data-dir> <complaints> <open>]`
//! (defaults: `/tmp/kesu-alerts-bench`, 1,000,000 complaints, 100,000 open).
//!
//! The first run fills the database: the demo organisation, the complaints
//! of `kesu demo --bulk` (created over the last year), all but `<open>` of
//! them closed, and their SLA clocks written the way the clock service
//! records them: a first-response clock (24 h) and a resolution clock (72 h)
//! per complaint, step clocks (escalation, investigation, callback) on part
//! of them, about 8% of all clocks breached. Later runs reuse the data.
use chrono::{DateTime, Duration, Utc};
use kesu::config::Config;
use kesu::domain::SystemClock;
use kesu::service::Services;
use rand::rngs::StdRng;
use rand::{Rng, SeedableRng};
use sea_orm::{ConnectionTrait, DatabaseBackend, Statement, Value};
use std::sync::Arc;
use std::time::Instant;

const CHUNK: usize = 400;

struct Row {
    complaint: i64,
    kind: &'static str,
    step: Option<&'static str>,
    started: DateTime<Utc>,
    due: DateTime<Utc>,
    stopped: Option<DateTime<Utc>>,
    met: Option<DateTime<Utc>>,
    breached: Option<DateTime<Utc>>,
}

struct Gen {
    rng: StdRng,
    now: DateTime<Utc>,
}

impl Gen {
    fn clock(
        &mut self,
        complaint: i64,
        kind: &'static str,
        step: Option<&'static str>,
        started: DateTime<Utc>,
        budget_h: i64,
        closed: bool,
    ) -> Row {
        let (rng, now) = (&mut self.rng, self.now);
        let due = started + Duration::hours(budget_h);
        // 8% take longer than their budget
        let late = rng.gen_range(0..100) < 8;
        let took = if late {
            Duration::minutes(rng.gen_range(budget_h * 60..budget_h * 90))
        } else {
            Duration::minutes(rng.gen_range(1..budget_h * 60))
        };
        let end = started + took;
        let finished = closed && end <= now;
        let breached = (late && due <= now).then_some(due);
        Row {
            complaint,
            kind,
            step,
            started,
            due,
            stopped: finished.then_some(end),
            met: (finished && !late).then_some(end),
            breached,
        }
    }
}

async fn insert(db: &sea_orm::DatabaseConnection, rows: &[Row]) {
    let mut sql = String::from(
        "INSERT INTO sla_clocks (complaint_id, kind, step, basis, budget_minutes, spent_seconds, \
         started_at, running_since, due_at, stopped_at, met_at, breached_at, state, active) VALUES ",
    );
    let mut values: Vec<Value> = Vec::with_capacity(rows.len() * 11);
    for (i, r) in rows.iter().enumerate() {
        if i > 0 {
            sql.push(',');
        }
        sql.push_str("(?, ?, ?, 'hours', 0, 0, ?, ?, ?, ?, ?, ?, ?, ?)");
        let state = match (r.met, r.breached) {
            (Some(_), _) => "met",
            (None, Some(_)) => "breached",
            _ => "on_track",
        };
        values.extend([
            r.complaint.into(),
            r.kind.into(),
            r.step.map(str::to_string).into(),
            r.started.into(),
            r.stopped.is_none().then_some(r.started).into(),
            Some(r.due).into(),
            r.stopped.into(),
            r.met.into(),
            r.breached.into(),
            state.into(),
            r.stopped.is_none().into(),
        ]);
    }
    db.execute_raw(Statement::from_sql_and_values(
        DatabaseBackend::Sqlite,
        sql,
        values,
    ))
    .await
    .expect("insert clocks");
}

async fn scalar(db: &sea_orm::DatabaseConnection, sql: &str) -> i64 {
    db.query_one_raw(Statement::from_string(DatabaseBackend::Sqlite, sql))
        .await
        .expect("query")
        .and_then(|r| r.try_get_by_index::<i64>(0).ok())
        .unwrap_or(0)
}

async fn fill(services: &Services, complaints: usize, open: usize) {
    let db = services.db().conn();
    let have = scalar(db, "SELECT COUNT(*) FROM complaints").await as usize;
    if have < complaints {
        let t = Instant::now();
        kesu::demo::bulk::seed_bulk(services, complaints - have)
            .await
            .expect("bulk complaints");
        println!("complaints: {:.0} s", t.elapsed().as_secs_f64());
    }
    let max = scalar(db, "SELECT MAX(id) FROM complaints").await;
    let every = (complaints / open.max(1)).max(1) as i64;
    db.execute_raw(Statement::from_string(
        DatabaseBackend::Sqlite,
        format!(
            "UPDATE complaints SET status = CASE WHEN id % {every} = 0 THEN 'dispatched' ELSE 'closed' END"
        ),
    ))
    .await
    .expect("statuses");
    if scalar(db, "SELECT COUNT(*) FROM sla_clocks").await > 0 {
        return;
    }
    let t = Instant::now();
    let mut g = Gen {
        rng: StdRng::seed_from_u64(11),
        now: services.now(),
    };
    let mut rows = Vec::with_capacity(CHUNK);
    let mut after = 0i64;
    loop {
        let page = db
            .query_all_raw(Statement::from_sql_and_values(
                DatabaseBackend::Sqlite,
                "SELECT id, created_at, status FROM complaints WHERE id > ? ORDER BY id LIMIT 5000",
                [after.into()],
            ))
            .await
            .expect("complaints");
        if page.is_empty() {
            break;
        }
        for r in page {
            let id: i64 = r.try_get("", "id").expect("id");
            let created: DateTime<Utc> = r.try_get("", "created_at").expect("created_at");
            let closed = r.try_get::<String>("", "status").expect("status") == "closed";
            after = id;
            rows.push(g.clock(id, "first_response", None, created, 24, closed));
            rows.push(g.clock(id, "resolution", None, created, 72, closed));
            for (step, share, h) in [
                ("escalation", 50, 1),
                ("investigation", 40, 12),
                ("callback", 30, 24),
            ] {
                if g.rng.gen_range(0..100) < share {
                    let at = created + Duration::hours(g.rng.gen_range(1..48));
                    rows.push(g.clock(id, "step", Some(step), at, h, closed));
                }
            }
            if rows.len() >= CHUNK {
                insert(db, &rows).await;
                rows.clear();
            }
        }
        if after % 100_000 < 5000 {
            println!("clocks up to complaint {after} of {max}");
        }
    }
    if !rows.is_empty() {
        insert(db, &rows).await;
    }
    println!("clocks: {:.0} s", t.elapsed().as_secs_f64());
}

#[tokio::main]
async fn main() {
    let mut args = std::env::args().skip(1);
    let dir = args
        .next()
        .unwrap_or_else(|| "/tmp/kesu-alerts-bench".into());
    let complaints: usize = args
        .next()
        .and_then(|a| a.parse().ok())
        .unwrap_or(1_000_000);
    let open: usize = args.next().and_then(|a| a.parse().ok()).unwrap_or(100_000);
    let config = Config {
        data_dir: dir.clone().into(),
        ..Config::default()
    };
    let db = kesu::startup::open_database(&config)
        .await
        .expect("database");
    let services = Services::new(db, Arc::new(SystemClock), Arc::new(config))
        .await
        .expect("services");
    services.seed_builtin_roles().await.expect("roles");
    services.seed_alert_rules().await.expect("rules");
    fill(&services, complaints, open).await;
    let conn = services.db().conn();
    conn.execute_raw(Statement::from_string(DatabaseBackend::Sqlite, "ANALYZE"))
        .await
        .expect("analyze");
    println!(
        "{dir}: {} complaints ({} open), {} clocks",
        scalar(conn, "SELECT COUNT(*) FROM complaints").await,
        scalar(
            conn,
            "SELECT COUNT(*) FROM complaints WHERE status <> 'closed'"
        )
        .await,
        scalar(conn, "SELECT COUNT(*) FROM sla_clocks").await
    );
    let now = services.now();
    for (kind, sql) in kesu::service::alerts::statements(DatabaseBackend::Sqlite) {
        let window = kind.defaults().window_minutes;
        let plan = conn
            .query_all_raw(Statement::from_sql_and_values(
                DatabaseBackend::Sqlite,
                format!("EXPLAIN QUERY PLAN {sql}"),
                [
                    (now - Duration::minutes(i64::from(window))).into(),
                    now.into(),
                ],
            ))
            .await
            .expect("explain");
        println!("\nplan of {}:", kind.code());
        for r in plan {
            let detail: String = r.try_get("", "detail").unwrap_or_default();
            println!("  {detail}");
        }
    }
    let mut ms = vec![];
    for _ in 0..20 {
        let t = Instant::now();
        let report = services.evaluate_alerts().await.expect("evaluate");
        ms.push(t.elapsed().as_secs_f64() * 1000.0);
        if !report.raised.is_empty() {
            println!(
                "raised: {:?}",
                report
                    .raised
                    .iter()
                    .map(|a| format!("{} {} {:.3}", a.level.code(), a.scope.code(), a.value))
                    .collect::<Vec<_>>()
            );
        }
    }
    let first = ms[0];
    ms.sort_by(f64::total_cmp);
    println!(
        "\nevaluate_alerts over 20 runs: first {first:.1} ms, median {:.1} ms, p95 {:.1} ms, max {:.1} ms",
        ms[10], ms[18], ms[19]
    );
}
