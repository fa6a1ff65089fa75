//! Times scheduler passes over a large `jobs` table.
//!
//! `cargo run --release --example scheduler_bench [-- <pending> <due>]`
//! (defaults 100000 and 1000; `KESU_DATABASE_URL=postgres://...` to measure
//! PostgreSQL, else a SQLite file in a temp directory).
//!
//! Arms `pending` probe jobs, `due` of them due now and the rest spread over
//! the next 30 days (the shape of 100,000 open complaints each with a timer),
//! then times with a manual clock: one idle pass (nothing due), one pass that
//! runs the `due` jobs (each writes its audit record and is marked done in the
//! transaction), and one idle pass again.
use chrono::{Duration, Utc};
use kesu::config::Config;
use kesu::db::entity::job;
use kesu::domain::ManualClock;
use sea_orm::{EntityTrait, Set};
use std::sync::Arc;
use std::time::Instant;

#[tokio::main]
async fn main() -> Result<(), Box<dyn std::error::Error>> {
    let mut args = std::env::args().skip(1);
    let pending: usize = args.next().and_then(|a| a.parse().ok()).unwrap_or(100_000);
    let due: usize = args.next().and_then(|a| a.parse().ok()).unwrap_or(1_000);
    let dir = tempfile_dir()?;
    let config = Config {
        data_dir: dir.clone(),
        database_url: std::env::var("KESU_DATABASE_URL")
            .ok()
            .filter(|v| !v.is_empty()),
        ..Config::default()
    };
    let now = Utc::now();
    let clock = Arc::new(ManualClock::new(now));
    let services = kesu::startup::build_services(config, clock.clone()).await?;
    let backend = services.db().backend();

    let started = Instant::now();
    let mut rows = Vec::with_capacity(500);
    for i in 0..pending {
        let run_at = if i < due {
            now - Duration::seconds(1)
        } else {
            // spread over 30 days, none due now
            now + Duration::seconds(60 + (i as i64 * 7_919) % (30 * 86_400))
        };
        rows.push(job::ActiveModel {
            kind: Set("probe".into()),
            key: Set(format!("bench:{i}")),
            complaint_id: Set(Some(i as i64 + 1)),
            payload: Set("{}".into()),
            run_at: Set(run_at),
            attempts: Set(0),
            created_at: Set(now),
            ..Default::default()
        });
        if rows.len() == 500 {
            let tx = services.db().write_tx().await?;
            job::Entity::insert_many(std::mem::take(&mut rows))
                .exec_without_returning(&*tx)
                .await?;
            tx.commit().await?;
        }
    }
    if !rows.is_empty() {
        let tx = services.db().write_tx().await?;
        job::Entity::insert_many(rows)
            .exec_without_returning(&*tx)
            .await?;
        tx.commit().await?;
    }
    println!(
        "{backend:?}: armed {pending} jobs ({due} due) in {:.1} s",
        started.elapsed().as_secs_f64()
    );

    clock.set(now - Duration::seconds(2));
    let t = Instant::now();
    let n = services.run_due_jobs().await?;
    println!("idle pass (0 due of {pending}): {n} run in {:.2} ms", ms(t));

    clock.set(now);
    let t = Instant::now();
    let report = services.run_due_jobs_report().await?;
    println!(
        "pass with {due} due of {pending}: {} succeeded, {} failed in {:.1} ms",
        report.succeeded,
        report.failed,
        ms(t)
    );

    let t = Instant::now();
    let n = services.run_due_jobs().await?;
    println!("idle pass after it: {n} run in {:.2} ms", ms(t));
    std::fs::remove_dir_all(&dir).ok();
    Ok(())
}

fn ms(t: Instant) -> f64 {
    t.elapsed().as_secs_f64() * 1_000.0
}

fn tempfile_dir() -> std::io::Result<std::path::PathBuf> {
    let dir = std::env::temp_dir().join(format!("kesu-scheduler-bench-{}", std::process::id()));
    std::fs::create_dir_all(&dir)?;
    Ok(dir)
}
