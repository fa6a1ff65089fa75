//! Operating the audit chain (issue 14 §1): the `kesu audit` and `kesu keys`
//! commands, the checkpoint at a clean stop, key rotation, and the
//! scheduler's checkpoints and daily verification.
use crate::audit_chain::{app_with_history, drop_triggers, exec};
use crate::helpers::*;
use serde_json::json;

fn kesu_cli(app: &TestApp, args: &[&str]) -> std::process::Output {
    let config = app.services.config();
    let mut cmd = std::process::Command::new(env!("CARGO_BIN_EXE_kesu"));
    cmd.args(args)
        .env("KESU_DATA_DIR", &config.data_dir)
        .env("KESU_LOG", "error")
        .env_remove("KESU_AUDIT_KEY_FILE")
        .env_remove("KESU_AUDIT_CHECKPOINT_FILE");
    match &config.database_url {
        Some(url) => cmd.env("KESU_DATABASE_URL", url),
        None => cmd.env_remove("KESU_DATABASE_URL"),
    };
    cmd.output().expect("run kesu")
}

#[tokio::test]
async fn kesu_audit_verify_exits_by_verdict_and_names_the_bad_record() {
    let app = app_with_history().await;
    let out = kesu_cli(&app, &["audit", "verify"]);
    assert_eq!(out.status.code(), Some(2), "unattested tail: {out:?}");
    assert!(String::from_utf8_lossy(&out.stdout).contains("UNVERIFIED"));

    let out = kesu_cli(&app, &["audit", "checkpoint"]);
    assert!(out.status.success(), "{out:?}");
    let out = kesu_cli(&app, &["audit", "verify"]);
    assert_eq!(out.status.code(), Some(0), "{out:?}");
    assert!(String::from_utf8_lossy(&out.stdout).contains("audit chain valid"));

    drop_triggers(&app).await;
    exec(&app, "UPDATE audit_logs SET detail = '{}' WHERE seq = 4").await;
    let out = kesu_cli(&app, &["audit", "verify"]);
    assert_eq!(out.status.code(), Some(1), "{out:?}");
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("BROKEN at record 4"), "{err}");
    // from record 5 on, the rest of the chain is intact
    let out = kesu_cli(&app, &["audit", "verify", "--from", "5"]);
    assert_eq!(out.status.code(), Some(0), "{out:?}");
}

#[tokio::test]
async fn a_clean_stop_writes_a_checkpoint() {
    let dir = tempfile::tempdir().expect("dir");
    let port = std::net::TcpListener::bind("127.0.0.1:0")
        .and_then(|l| l.local_addr())
        .map(|a| a.port())
        .expect("port");
    let url = fresh_database_url(dir.path()).await;
    let env = |cmd: &mut std::process::Command| {
        cmd.env("KESU_DATA_DIR", dir.path())
            .env("KESU_LOG", "error")
            .env("KESU_MODEL_DIR", "off")
            .env_remove("KESU_AUDIT_KEY_FILE")
            .env_remove("KESU_AUDIT_CHECKPOINT_FILE");
        match &url {
            Some(u) => cmd.env("KESU_DATABASE_URL", u),
            None => cmd.env_remove("KESU_DATABASE_URL"),
        };
    };
    // the server's log, shown if the test fails
    let log_path = dir.path().join("serve.log");
    let log = std::fs::File::create(&log_path).expect("log file");
    let mut serve = std::process::Command::new(env!("CARGO_BIN_EXE_kesu"));
    serve
        .args(["serve", "--bind", &format!("127.0.0.1:{port}")])
        .stdout(std::process::Stdio::null())
        .stderr(log);
    env(&mut serve);
    serve.env("KESU_LOG", "info,sqlx=warn,sea_orm=warn,tantivy=warn");
    let mut child = serve.spawn().expect("serve");
    let client = reqwest::Client::new();
    let base = format!("http://127.0.0.1:{port}");
    let mut ready = false;
    for _ in 0..400 {
        if client
            .get(format!("{base}/readyz"))
            .send()
            .await
            .is_ok_and(|r| r.status() == 200)
        {
            ready = true;
            break;
        }
        tokio::time::sleep(std::time::Duration::from_millis(50)).await;
    }
    assert!(ready, "server ready");
    // an audited act: a failed login
    let body: serde_json::Value = client
        .post(format!("{base}/graphql"))
        .json(&json!({ "query": "mutation { login(input: {username: \"ghost\", password: \"x\"}) { token } }" }))
        .send()
        .await
        .expect("login")
        .json()
        .await
        .expect("json");
    assert!(body["errors"].is_array());
    let pid = child.id().to_string();
    let status = std::process::Command::new("kill")
        .args(["-TERM", &pid])
        .status()
        .expect("kill");
    assert!(status.success());
    let exit = child.wait().expect("wait");
    assert!(exit.success(), "clean stop: {exit:?}");
    let mut verify = std::process::Command::new(env!("CARGO_BIN_EXE_kesu"));
    verify.args(["audit", "verify"]);
    env(&mut verify);
    let out = verify.output().expect("verify");
    assert_eq!(
        out.status.code(),
        Some(0),
        "the shutdown checkpoint attests the whole chain: {out:?}\nserver log:\n{}",
        std::fs::read_to_string(&log_path).unwrap_or_default()
    );
}

#[tokio::test]
async fn a_rotated_key_keeps_earlier_checkpoints_verifiable() {
    let app = app_with_history().await;
    let out = kesu_cli(&app, &["keys", "rotate", "audit"]);
    assert!(out.status.success(), "{out:?}");
    // more records, then a checkpoint by a process holding the new key
    app.token("auditor").await;
    let out = kesu_cli(&app, &["audit", "checkpoint"]);
    assert!(out.status.success(), "{out:?}");
    assert_eq!(
        app.scalar("SELECT COUNT(DISTINCT key_id) FROM audit_checkpoints")
            .await,
        2,
        "one checkpoint per key"
    );
    let out = kesu_cli(&app, &["audit", "verify"]);
    assert_eq!(out.status.code(), Some(0), "{out:?}");
    // without the retired key's public half, its checkpoint no longer verifies
    let key_file = app.services.config().effective_audit_key_file();
    let dir = key_file.parent().expect("key dir");
    let old_id = app.services.audit_chain_key_id();
    std::fs::remove_file(kesu::audit::keys::public_key_file(&key_file, &old_id))
        .expect("the retired key's public file");
    let out = kesu_cli(&app, &["audit", "verify"]);
    assert_eq!(out.status.code(), Some(1), "{out:?}");
    assert!(
        String::from_utf8_lossy(&out.stderr).contains("BAD_SIGNATURE"),
        "{out:?}"
    );
    assert!(
        std::fs::read_dir(dir)
            .expect("dir")
            .flatten()
            .any(|e| e.file_name().to_string_lossy().ends_with(".retired")),
        "the old secret is set aside, not destroyed"
    );
}

#[tokio::test]
async fn the_scheduler_signs_checkpoints_and_verifies_daily() {
    use kesu::domain::ManualClock;
    use std::sync::Arc;
    let t0 = chrono::Utc::now();
    let clock = Arc::new(ManualClock::new(t0));
    let app = spawn_app_with_clock(clock.clone()).await;
    app.services.run_due_jobs().await.expect("pass");
    assert_eq!(app.count("audit_checkpoints").await, 0, "not yet due");
    // the first run, five minutes in: an hour has not passed, but no
    // checkpoint exists yet, so the head is signed
    clock.set(t0 + chrono::Duration::minutes(6));
    app.services.run_due_jobs().await.expect("pass");
    assert_eq!(
        app.scalar("SELECT COUNT(*) FROM audit_checkpoints WHERE reason = 'hourly'")
            .await,
        1
    );
    // more records, but neither 10,000 nor an hour: no new checkpoint
    app.token("auditor").await;
    clock.set(t0 + chrono::Duration::minutes(12));
    app.services.run_due_jobs().await.expect("pass");
    assert_eq!(app.count("audit_checkpoints").await, 1);
    // an hour after the last one: signed, and the earlier one is now in the file
    clock.set(t0 + chrono::Duration::minutes(70));
    app.services.run_due_jobs().await.expect("pass");
    assert_eq!(app.count("audit_checkpoints").await, 2);
    let file = app.services.config().effective_audit_checkpoint_file();
    let lines = std::fs::read_to_string(&file).expect("file");
    assert!(!lines.trim().is_empty(), "checkpoints reach the file");
    // the daily verification records its outcome as the scheduler
    clock.set(t0 + chrono::Duration::hours(2));
    app.services.run_due_jobs().await.expect("pass");
    assert_eq!(
        app.scalar(
            "SELECT COUNT(*) FROM audit_verifications WHERE by_name = 'scheduler' AND verdict <> 'broken'"
        )
        .await,
        1
    );
}
