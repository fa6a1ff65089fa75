//! Times one alert evaluation (`Services::evaluate_alerts`) on a large
//! SQLite database, and prints the query plans of its three aggregates.
//!
//! `cargo run --release --example alerts_bench [-- <data-dir> <complaints> <open>]`
//! (defaults: `/tmp/kesu-alerts-bench`, 1,000,000 complaints, 100,000 open).
//!
//! The first run fills the database (see `support/large.rs`); later runs
//! reuse the data.
#[path = "support/large.rs"]
mod large;

use chrono::Duration;
use kesu::config::Config;
use kesu::domain::SystemClock;
use kesu::service::Services;
use large::{fill, scalar};
use sea_orm::{ConnectionTrait, DatabaseBackend, Statement};
use std::sync::Arc;
use std::time::Instant;

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
