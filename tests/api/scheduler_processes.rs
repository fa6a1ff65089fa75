//! Two real `kesu serve` processes share one database, each with its
//! scheduler ticking every 10 ms; 200 jobs due now each run exactly once.
//!
//! On PostgreSQL (`KESU_TEST_DATABASE_URL`) this is the claim by
//! `FOR UPDATE SKIP LOCKED`. On SQLite, which Kesu runs as one process, the
//! same two processes take turns through the database file's write lock
//! (`BEGIN IMMEDIATE`); the test says which it ran.
use crate::helpers::*;
use kesu::config::Config;
use kesu::service::scheduler::{self, JobKind, JobSpec};
use sea_orm::{ConnectionTrait, DatabaseBackend, Statement};
use std::collections::HashMap;
use std::process::{Child, Command, Stdio};
use std::sync::Arc;
use std::time::{Duration, Instant};

const JOBS: i64 = 200;

fn free_port() -> u16 {
    std::net::TcpListener::bind("127.0.0.1:0")
        .and_then(|l| l.local_addr())
        .map(|a| a.port())
        .expect("port")
}

fn spawn_server(config: &Config, name: &str) -> (Child, String) {
    let bind = format!("127.0.0.1:{}", free_port());
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_kesu"));
    cmd.arg("serve")
        .env("KESU_DATA_DIR", &config.data_dir)
        .env(
            "KESU_INDEX_DIR",
            config.data_dir.join(format!("index-{name}")),
        )
        .env("KESU_BIND", &bind)
        .env("KESU_SCHEDULER_TICK_MS", "10")
        .env("KESU_LOG", "warn,kesu=info")
        .stdout(Stdio::null())
        .stderr(log_file(config, name));
    match &config.database_url {
        Some(url) => cmd.env("KESU_DATABASE_URL", url),
        None => cmd.env_remove("KESU_DATABASE_URL"),
    };
    (cmd.spawn().expect("spawn kesu"), format!("http://{bind}"))
}

/// The server's log, shown when the test fails.
fn log_file(config: &Config, name: &str) -> Stdio {
    std::fs::File::create(config.data_dir.join(format!("server-{name}.log")))
        .map(Stdio::from)
        .unwrap_or_else(|_| Stdio::null())
}

fn show_logs(config: &Config) {
    for name in ["a", "b"] {
        let log = std::fs::read_to_string(config.data_dir.join(format!("server-{name}.log")));
        println!("--- server {name} ---\n{}", log.unwrap_or_default());
    }
}

async fn wait_ready(client: &reqwest::Client, base: &str, config: &Config) {
    let deadline = Instant::now() + Duration::from_secs(120);
    while Instant::now() < deadline {
        if client
            .get(format!("{base}/readyz"))
            .send()
            .await
            .is_ok_and(|r| r.status() == 200)
        {
            return;
        }
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    show_logs(config);
    panic!("server did not become ready");
}

async fn scalar(db: &kesu::db::Db, sql: &str) -> i64 {
    let conn = db.conn();
    let row = conn
        .query_one_raw(Statement::from_string(
            conn.get_database_backend(),
            sql.to_string(),
        ))
        .await
        .expect("query")
        .expect("row");
    row.try_get_by_index::<i64>(0).expect("i64")
}

#[tokio::test]
async fn two_servers_sharing_one_database_run_each_job_exactly_once() {
    let dir = tempfile::tempdir().expect("dir");
    let config = Config {
        data_dir: dir.path().to_path_buf(),
        database_url: fresh_database_url(dir.path()).await,
        ..Config::default()
    };
    // migrate, then start both servers, then arm the jobs (due now) at once
    let services =
        kesu::startup::build_services(config.clone(), Arc::new(kesu::domain::SystemClock))
            .await
            .expect("services");
    let backend = services.db().backend();
    if backend == DatabaseBackend::Sqlite {
        println!("SQLite: the two processes take turns through the file's write lock; run with KESU_TEST_DATABASE_URL for FOR UPDATE SKIP LOCKED");
    }
    services.db().clone().close().await.expect("close");
    drop(services);

    let client = reqwest::Client::new();
    let (mut a, base_a) = spawn_server(&config, "a");
    let (mut b, base_b) = spawn_server(&config, "b");
    let runners = [format!("pid{}-", a.id()), format!("pid{}-", b.id())];
    wait_ready(&client, &base_a, &config).await;
    wait_ready(&client, &base_b, &config).await;

    let db = kesu::db::Db::connect(&config.effective_database_url(), 2)
        .await
        .expect("db");
    let now = chrono::Utc::now();
    let tx = db.write_tx().await.expect("begin");
    for i in 0..JOBS {
        scheduler::arm(
            &*tx,
            now,
            JobSpec {
                kind: JobKind::Probe,
                key: format!("test:two:{i}"),
                complaint_id: None,
                payload: serde_json::json!({ "i": i }),
                run_at: now,
            },
        )
        .await
        .expect("arm");
    }
    tx.commit().await.expect("commit");

    let pending = "SELECT COUNT(*) FROM jobs WHERE kind = 'probe' AND done_at IS NULL";
    let deadline = Instant::now() + Duration::from_secs(120);
    while scalar(&db, pending).await > 0 {
        if Instant::now() > deadline {
            show_logs(&config);
            panic!("jobs still pending after 120 s");
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    // let a pass that might (wrongly) run a job twice finish before counting
    tokio::time::sleep(Duration::from_millis(300)).await;
    for child in [&mut a, &mut b] {
        child.kill().expect("kill");
        child.wait().expect("reaped");
    }

    assert_eq!(
        scalar(&db, "SELECT COUNT(*) FROM jobs WHERE kind = 'probe' AND done_at IS NOT NULL AND attempts = 1 AND last_error IS NULL").await,
        JOBS,
        "every job done after exactly one attempt"
    );
    assert_eq!(
        scalar(
            &db,
            "SELECT COUNT(*) FROM audit_logs WHERE action = 'scheduler.probe'"
        )
        .await,
        JOBS,
        "one effect per job"
    );
    assert_eq!(
        scalar(
            &db,
            "SELECT COUNT(DISTINCT target_id) FROM audit_logs WHERE action = 'scheduler.probe'"
        )
        .await,
        JOBS,
        "no job's effect twice"
    );
    let conn = db.conn();
    let rows = conn
        .query_all_raw(Statement::from_string(
            conn.get_database_backend(),
            "SELECT locked_by, COUNT(*) FROM jobs WHERE kind = 'probe' GROUP BY locked_by"
                .to_string(),
        ))
        .await
        .expect("per runner");
    let mut per_runner = HashMap::new();
    for row in rows {
        let by: String = row.try_get_by_index(0).expect("locked_by");
        let n: i64 = row.try_get_by_index(1).expect("count");
        assert!(
            runners.iter().any(|r| by.starts_with(r.as_str())),
            "{by} is one of the two servers {runners:?}"
        );
        per_runner.insert(by, n);
    }
    println!("{backend:?}: jobs run per process: {per_runner:?}");
    assert_eq!(per_runner.values().sum::<i64>(), JOBS);
}
