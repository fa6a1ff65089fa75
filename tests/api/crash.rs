//! Nothing is lost: a real `kesu` process is killed with SIGKILL while
//! complaints are being registered; after a restart every acknowledged
//! complaint is in the database and the search index agrees with it.
use crate::helpers::*;
use kesu::config::Config;
use kesu::service::identity::NewUser;
use serde_json::json;
use std::process::{Child, Command, Stdio};
use std::sync::{Arc, Mutex};
use std::time::Duration;

fn free_port() -> u16 {
    std::net::TcpListener::bind("127.0.0.1:0")
        .and_then(|l| l.local_addr())
        .map(|a| a.port())
        .expect("port")
}

fn spawn_server(config: &Config, bind: &str) -> Child {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_kesu"));
    cmd.arg("serve")
        .env("KESU_DATA_DIR", &config.data_dir)
        .env("KESU_BIND", bind)
        .env("KESU_LOG", "warn")
        .stdout(Stdio::null())
        .stderr(Stdio::null());
    match &config.database_url {
        Some(url) => cmd.env("KESU_DATABASE_URL", url),
        None => cmd.env_remove("KESU_DATABASE_URL"),
    };
    cmd.spawn().expect("spawn kesu")
}

async fn wait_ready(client: &reqwest::Client, base: &str) {
    for _ in 0..200 {
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
    panic!("server did not become ready");
}

fn checkpoint_on_disk(index_root: &std::path::Path) -> i64 {
    let current = std::fs::read_to_string(index_root.join("CURRENT")).unwrap_or_default();
    let meta = std::fs::read_to_string(index_root.join(current.trim()).join("meta.json"))
        .unwrap_or_default();
    serde_json::from_str::<serde_json::Value>(&meta)
        .ok()
        .and_then(|m| m["payload"].as_str().and_then(|p| p.parse().ok()))
        .unwrap_or(0)
}

#[tokio::test]
async fn a_killed_server_loses_no_acknowledged_write_and_the_index_catches_up() {
    let dir = tempfile::tempdir().expect("dir");
    let config = Config {
        data_dir: dir.path().to_path_buf(),
        database_url: fresh_database_url(dir.path()).await,
        ..Config::default()
    };
    let category_id = {
        let s = kesu::startup::build_services(config.clone(), Arc::new(kesu::domain::SystemClock))
            .await
            .expect("services");
        let m = meta();
        let c = s
            .create_category(None, &m, "network", "网络信号", None, None)
            .await
            .expect("category");
        s.create_user_as(
            None,
            &m,
            NewUser {
                username: "agent".into(),
                display_name: "坐席".into(),
                password: PASSWORD.into(),
                team_id: None,
                roles: vec!["agent".into()],
            },
        )
        .await
        .expect("agent");
        s.db().clone().close().await.expect("close");
        c.id.0
    };
    let bind = format!("127.0.0.1:{}", free_port());
    let base = format!("http://{bind}");
    let client = reqwest::Client::new();
    let mut server = spawn_server(&config, &bind);
    wait_ready(&client, &base).await;
    let login: serde_json::Value = client
        .post(format!("{base}/graphql"))
        .json(&json!({ "query": "mutation($i: LoginInput!) { login(input: $i) { token } }", "variables": { "i": { "username": "agent", "password": PASSWORD } } }))
        .send().await.expect("login").json().await.expect("json");
    let token = login["data"]["login"]["token"]
        .as_str()
        .expect("token")
        .to_string();

    let acked = Arc::new(Mutex::new(Vec::<i64>::new()));
    let mut writers = vec![];
    for w in 0..4 {
        let (client, base, token, acked) =
            (client.clone(), base.clone(), token.clone(), acked.clone());
        writers.push(tokio::spawn(async move {
            for i in 0.. {
                let body = json!({ "query": CREATE, "variables": { "i": {
                    "customerPhone": format!("13{w}{i:09}"), "customerName": "压测客户", "categoryId": category_id.to_string(),
                    "description": format!("家里宽带每天晚上断网，第{i}次来电") } } });
                let Ok(resp) = client.post(format!("{base}/graphql")).bearer_auth(&token).json(&body).send().await else { break };
                let Ok(v) = resp.json::<serde_json::Value>().await else { break };
                if let Some(id) = v["data"]["createComplaint"]["complaint"]["id"].as_str().and_then(|s| s.parse().ok()) {
                    acked.lock().expect("lock").push(id);
                }
            }
        }));
    }
    while acked.lock().expect("lock").len() < 60 {
        tokio::time::sleep(Duration::from_millis(5)).await;
    }
    server.kill().expect("SIGKILL"); // mid-write: the writers are still sending
    server.wait().expect("reaped");
    for w in writers {
        w.await.expect("writer");
    }
    let acked = acked.lock().expect("lock").clone();

    // restart: the indexer resumes from its checkpoint and catches up
    let mut server = spawn_server(&config, &bind);
    wait_ready(&client, &base).await;
    let db = kesu::db::Db::connect(&config.effective_database_url(), 2)
        .await
        .expect("db");
    use sea_orm::{ConnectionTrait, Statement};
    let scalar = |sql: &str| {
        let stmt = Statement::from_string(db.backend(), sql.to_string());
        let db = db.clone();
        async move {
            let row = db
                .conn()
                .query_one_raw(stmt)
                .await
                .expect("q")
                .expect("row");
            row.try_get_by_index::<Option<i64>>(0)
                .expect("n")
                .unwrap_or(0)
        }
    };
    let newest = scalar("SELECT MAX(id) FROM search_outbox").await;
    let index_root = config.effective_index_dir();
    for _ in 0..200 {
        if checkpoint_on_disk(&index_root.join("complaints")) >= newest {
            break;
        }
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    // a full rebuild from another process while the server runs: swapped in atomically
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_kesu"));
    cmd.arg("reindex")
        .env("KESU_DATA_DIR", &config.data_dir)
        .env("KESU_LOG", "warn");
    match &config.database_url {
        Some(url) => cmd.env("KESU_DATABASE_URL", url),
        None => cmd.env_remove("KESU_DATABASE_URL"),
    };
    let out = cmd.output().expect("kesu reindex");
    assert!(
        out.status.success(),
        "reindex failed: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(String::from_utf8_lossy(&out.stdout).contains("reindexed"));
    // the running server follows the swap and keeps answering
    tokio::time::sleep(Duration::from_millis(600)).await;
    let similar: serde_json::Value = client
        .post(format!("{base}/graphql"))
        .bearer_auth(&token)
        .json(&json!({ "query": "query($id: ID) { similarComplaints(complaintId: $id, first: 3) { complaint { id } } }", "variables": { "id": acked[0].to_string() } }))
        .send().await.expect("similar").json().await.expect("json");
    assert_eq!(
        similar["data"]["similarComplaints"]
            .as_array()
            .map(Vec::len),
        Some(3),
        "{similar}"
    );
    server.kill().expect("stop");
    server.wait().expect("reaped");

    let rows = db
        .conn()
        .query_all_raw(Statement::from_string(
            db.backend(),
            "SELECT id FROM complaints ORDER BY id".to_string(),
        ))
        .await
        .expect("ids");
    let in_db: Vec<i64> = rows
        .iter()
        .map(|r| r.try_get_by_index::<i64>(0).expect("id"))
        .collect();
    for id in &acked {
        assert!(in_db.contains(id), "acknowledged complaint {id} was lost");
    }
    let engine = kesu::search::SearchEngine::open(
        &index_root,
        kesu::search::synonyms::Synonyms::default(),
        None,
    )
    .expect("open index");
    assert_eq!(
        engine.checkpoint(),
        newest,
        "index checkpoint is the newest outbox row"
    );
    assert_eq!(
        engine.indexed_complaint_ids().expect("ids"),
        in_db,
        "index and database agree"
    );
    assert!(acked.len() >= 60);
}
