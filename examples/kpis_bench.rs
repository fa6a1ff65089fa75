//! Times `kpis` for one month grouped by day and by category on the large
//! data set shared with `alerts_bench` (1,000,000 complaints over the last
//! year with their SLA clocks; see `support/large.rs`: the first run fills
//! it, later runs reuse it), on SQLite or PostgreSQL, and prints the query
//! plan of the grouped statement.
//!
//! `cargo run --release --example kpis_bench [-- <data-dir | postgres://…> <runs> <complaints>]`
//! (defaults: `/tmp/kesu-alerts-bench`, 20 runs, 1,000,000 complaints)
#[path = "support/large.rs"]
mod large;

use chrono::{Datelike, Duration, TimeZone, Utc};
use kesu::auth::{Actor, RequestMeta};
use kesu::config::Config;
use kesu::domain::ids::UserId;
use kesu::domain::permission::Permission;
use kesu::domain::SystemClock;
use kesu::service::kpis::{statement, GroupBy};
use kesu::service::Services;
use sea_orm::{ConnectionTrait, DatabaseBackend, Statement};
use std::sync::Arc;
use std::time::Instant;

#[tokio::main]
async fn main() {
    let mut args = std::env::args().skip(1);
    let dir = args
        .next()
        .unwrap_or_else(|| "/tmp/kesu-alerts-bench".into());
    let runs: usize = args.next().and_then(|a| a.parse().ok()).unwrap_or(20);
    let complaints: usize = args
        .next()
        .and_then(|a| a.parse().ok())
        .unwrap_or(1_000_000);
    let config = if dir.starts_with("postgres") {
        Config {
            data_dir: std::env::temp_dir().join("kesu-kpis-bench"),
            database_url: Some(dir.clone()),
            ..Config::default()
        }
    } else {
        Config {
            data_dir: dir.clone().into(),
            ..Config::default()
        }
    };
    let db = kesu::startup::open_database(&config)
        .await
        .expect("database");
    let services = Services::new(db, Arc::new(SystemClock), Arc::new(config))
        .await
        .expect("services");
    services.seed_builtin_roles().await.expect("roles");
    services.seed_calendars().await.expect("calendars");
    services.seed_sla_policies().await.expect("policies");
    large::fill(&services, complaints, complaints / 10).await;
    let conn = services.db().conn();
    let backend = conn.get_database_backend();
    let count = large::scalar(conn, "SELECT COUNT(*) FROM complaints").await;
    let actor = Actor {
        user_id: UserId(1),
        username: "bench".into(),
        team_id: None,
        roles: vec!["supervisor".into()],
        permissions: [Permission::ReportRead].into_iter().collect(),
        session_id: 0,
    };
    let meta = RequestMeta::default();
    // the last full month, Beijing time
    let now = Utc::now() + Duration::hours(8);
    let first = Utc
        .with_ymd_and_hms(now.year(), now.month(), 1, 0, 0, 0)
        .single()
        .expect("month");
    let to = first - Duration::hours(8);
    let prev = first - Duration::days(1);
    let from = Utc
        .with_ymd_and_hms(prev.year(), prev.month(), 1, 0, 0, 0)
        .single()
        .expect("month")
        - Duration::hours(8);
    let by = [GroupBy::Day, GroupBy::Category];
    let mut times = Vec::with_capacity(runs);
    let mut volume = 0;
    for _ in 0..runs {
        let t = Instant::now();
        let r = services
            .kpis(&actor, &meta, Some(from), Some(to), &by)
            .await
            .expect("kpis");
        times.push(t.elapsed().as_secs_f64() * 1000.0);
        volume = r.total.counts.volume;
    }
    times.sort_by(f64::total_cmp);
    println!(
        "{dir}: {count} complaints; kpis {from} .. {to} by day and category: {volume} complaints in the month"
    );
    println!(
        "{runs} runs: p50 {:.1} ms, max {:.1} ms (total + 2 breakdowns, 3 statements)",
        times[runs / 2],
        times[runs - 1]
    );
    let (explain, column) = match backend {
        DatabaseBackend::Postgres => ("EXPLAIN (ANALYZE, BUFFERS)", "QUERY PLAN"),
        _ => ("EXPLAIN QUERY PLAN", "detail"),
    };
    let plan = conn
        .query_all_raw(Statement::from_sql_and_values(
            backend,
            format!("{explain} {}", statement(Some(GroupBy::Category), backend)),
            vec![from.into(), to.into()],
        ))
        .await
        .expect("plan");
    for r in plan {
        println!("  {}", r.try_get::<String>("", column).unwrap_or_default());
    }
}
