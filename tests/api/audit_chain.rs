//! The tamper-evident audit trail (issue 14 §1): every kind of tampering a
//! database owner can do with the triggers dropped is caught by
//! verification, checkpoints are signed with the key outside the database,
//! concurrent writers leave one unforked chain, and a failed audit write
//! rolls the business change back.
use crate::helpers::*;
use kesu::audit::chain::{Verdict, Verification};
use kesu::audit::keys::AuditKey;
use kesu::domain::audit_chain::{Checkpoint, Problem};
use sea_orm::{ConnectionTrait, DatabaseBackend, Statement};
use serde_json::json;

pub async fn exec(app: &TestApp, sql: &str) {
    let db = app.services.db().conn();
    db.execute_raw(Statement::from_string(db.get_database_backend(), sql))
        .await
        .unwrap_or_else(|e| panic!("{sql}: {e}"));
}

pub fn is_pg(app: &TestApp) -> bool {
    app.services.db().backend() == DatabaseBackend::Postgres
}

/// What a database owner can do: drop the append-only triggers.
pub async fn drop_triggers(app: &TestApp) {
    if is_pg(app) {
        exec(app, "DROP TRIGGER audit_logs_append_only ON audit_logs").await;
    } else {
        exec(app, "DROP TRIGGER audit_logs_seal_only").await;
        exec(app, "DROP TRIGGER audit_logs_no_delete").await;
    }
}

pub async fn verify(app: &TestApp) -> Verification {
    app.services.audit_writer().drain().await.expect("drain");
    app.services
        .check_audit_chain(None)
        .await
        .expect("verification runs")
}

/// An app with some history: setup records, a complaint created and read.
pub async fn app_with_history() -> TestApp {
    let app = spawn_app().await;
    let (id, _, _) = app.create_complaint("agent", "13800138000").await;
    let body = app
        .as_user(
            "agent",
            "query($id: ID!) { complaint(id: $id) { id title } }",
            json!({ "id": id }),
        )
        .await;
    assert!(body["data"]["complaint"]["id"].is_string(), "{body}");
    app.services.audit_writer().drain().await.expect("drain");
    app
}

pub async fn checkpoint(app: &TestApp) -> i64 {
    app.services
        .audit_checkpoint_now("manual")
        .await
        .expect("checkpoint")
        .expect("something to attest")
        .seq
}

/// The stored hash of the record at `seq`.
pub async fn hash_at(app: &TestApp, seq: i64) -> String {
    let db = app.services.db().conn();
    db.query_one_raw(Statement::from_string(
        db.get_database_backend(),
        format!("SELECT hash FROM audit_logs WHERE seq = {seq}"),
    ))
    .await
    .expect("query")
    .expect("row")
    .try_get_by_index(0)
    .expect("hash")
}

#[tokio::test]
async fn an_untouched_chain_verifies_and_a_checkpoint_anchors_it() {
    let app = app_with_history().await;
    // logins are audited: log in before counting
    app.token("auditor").await;
    app.token("agent").await;
    let rows = app.count("audit_logs").await;
    assert!(rows > 10, "setup and the complaint wrote records: {rows}");

    let v = verify(&app).await;
    assert_eq!(v.problem, None);
    assert_eq!(v.head_seq, rows, "every record is in the chain");
    assert_eq!(v.checked, rows);
    assert_eq!(
        v.verdict,
        Verdict::Unanchored,
        "no checkpoint yet: intact but unattested, never valid"
    );

    let seq = checkpoint(&app).await;
    assert_eq!(seq, rows);
    let v = verify(&app).await;
    assert_eq!(v.verdict, Verdict::Valid, "{v:?}");
    assert_eq!(v.anchored_seq, rows);
    // the checkpoint is in the file outside the database as well
    let file = app.services.config().effective_audit_checkpoint_file();
    let lines = std::fs::read_to_string(&file).expect("checkpoint file");
    assert!(lines.contains(&format!("\"seq\":{rows}")), "{lines}");

    // the auditor's view, and verification on demand (recorded, audited)
    let q = "{ auditChainStatus { headSeq unanchored keyId lastCheckpoint { seq reason } lastVerification { verdict } } }";
    let body = app.as_user("auditor", q, json!({})).await;
    let s = &body["data"]["auditChainStatus"];
    assert_eq!(s["headSeq"].as_i64(), Some(rows), "{body}");
    assert_eq!(s["lastCheckpoint"]["seq"].as_i64(), Some(rows));
    assert_eq!(s["lastCheckpoint"]["reason"], "manual");
    assert_eq!(s["unanchored"].as_i64(), Some(0));
    assert!(s["lastVerification"].is_null());
    let body = app
        .as_user(
            "auditor",
            "mutation { verifyAuditChain { verdict headSeq checked firstBadSeq byName } }",
            json!({}),
        )
        .await;
    let v = &body["data"]["verifyAuditChain"];
    assert_eq!(v["verdict"], "valid", "{body}");
    assert_eq!(v["byName"], "auditor");
    assert_eq!(
        app.scalar("SELECT COUNT(*) FROM audit_logs WHERE action = 'audit.verify'")
            .await,
        1
    );
    let body = app.as_user("auditor", q, json!({})).await;
    assert_eq!(
        body["data"]["auditChainStatus"]["lastVerification"]["verdict"],
        "valid"
    );
    // staff without audit.read see neither
    let body = app.as_user("agent", q, json!({})).await;
    assert_eq!(code(&body).as_deref(), Some("FORBIDDEN"), "{body}");
}

#[tokio::test]
async fn an_edited_record_is_caught_and_named() {
    let app = app_with_history().await;
    checkpoint(&app).await;
    drop_triggers(&app).await;
    exec(
        &app,
        "UPDATE audit_logs SET actor_name = 'someone' WHERE seq = 5",
    )
    .await;
    let v = verify(&app).await;
    assert_eq!(v.verdict, Verdict::Broken);
    assert_eq!(v.problem, Some(Problem::Altered { seq: 5 }));
}

#[tokio::test]
async fn a_deleted_record_is_caught() {
    let app = app_with_history().await;
    drop_triggers(&app).await;
    exec(&app, "DELETE FROM audit_logs WHERE seq = 7").await;
    let v = verify(&app).await;
    assert_eq!(v.verdict, Verdict::Broken);
    assert_eq!(
        v.problem,
        Some(Problem::Gap {
            expected: 7,
            found: 8
        })
    );
    assert_eq!(v.problem.and_then(|p| p.seq()), Some(7));
}

#[tokio::test]
async fn inserted_records_are_caught() {
    // a row written past the sealing path has no place in the chain
    let app = app_with_history().await;
    checkpoint(&app).await;
    exec(
        &app,
        "INSERT INTO audit_logs (at, action, outcome, detail) VALUES ('2026-12-01T00:00:00+00:00', 'customer.reveal', 'success', '{}')",
    )
    .await;
    let v = verify(&app).await;
    assert_eq!(v.verdict, Verdict::Broken);
    assert!(matches!(v.problem, Some(Problem::Unsealed { .. })), "{v:?}");

    // a row forged with a correct hash at seq 3, the rest renumbered:
    // the next record no longer links to its predecessor
    let app = app_with_history().await;
    checkpoint(&app).await;
    drop_triggers(&app).await;
    exec(
        &app,
        "UPDATE audit_logs SET seq = seq + 1000000 WHERE seq >= 3",
    )
    .await;
    exec(
        &app,
        "UPDATE audit_logs SET seq = seq - 1000000 + 1 WHERE seq >= 1000000",
    )
    .await;
    let prev = hash_at(&app, 2).await;
    let at = chrono::Utc::now();
    let forged = kesu::domain::audit_chain::Record {
        seq: 3,
        at,
        actor_kind: Some("user"),
        actor_id: None,
        actor_name: Some("nobody"),
        action: "auth.login",
        outcome: "success",
        target_type: None,
        target_id: None,
        customer_id: None,
        fields: None,
        ip: None,
        request_id: None,
        detail: "{}",
    };
    let hash = kesu::domain::audit_chain::hash(&forged, &prev);
    let db = app.services.db().conn();
    let backend = db.get_database_backend();
    db.execute_raw(Statement::from_sql_and_values(
        backend,
        kesu::db::numbered_params(
            backend,
            "INSERT INTO audit_logs (at, actor_kind, actor_name, action, outcome, detail, seq, prev_hash, hash) \
             VALUES ($1, 'user', 'nobody', 'auth.login', 'success', '{}', 3, $2, $3)",
        ),
        [at.into(), prev.into(), hash.into()],
    ))
    .await
    .expect("forge");
    let v = verify(&app).await;
    assert_eq!(v.verdict, Verdict::Broken);
    assert_eq!(v.problem, Some(Problem::Broken { seq: 4 }), "{v:?}");
}

#[tokio::test]
async fn a_truncated_tail_is_caught_by_the_checkpoint() {
    let app = app_with_history().await;
    let head = checkpoint(&app).await;
    drop_triggers(&app).await;
    exec(
        &app,
        &format!("DELETE FROM audit_logs WHERE seq > {}", head - 3),
    )
    .await;
    // the forger also moves the head row back to the new end
    exec(
        &app,
        &format!(
            "UPDATE audit_chain_head SET seq = {s}, hash = (SELECT hash FROM audit_logs WHERE seq = {s})",
            s = head - 3
        ),
    )
    .await;
    let v = verify(&app).await;
    assert_eq!(v.verdict, Verdict::Broken);
    assert_eq!(
        v.problem,
        Some(Problem::Truncated {
            checkpoint_seq: head,
            head_seq: head - 3
        })
    );
}

#[tokio::test]
async fn a_checkpoint_signed_with_another_key_fails() {
    let app = app_with_history().await;
    let head = checkpoint(&app).await;
    let hash = hash_at(&app, head).await;
    let other = AuditKey::generate();
    let at = chrono::Utc::now();
    let c = Checkpoint {
        seq: head,
        head_hash: hash.clone(),
        at,
    };
    let db = app.services.db().conn();
    let backend = db.get_database_backend();
    db.execute_raw(Statement::from_sql_and_values(
        backend,
        kesu::db::numbered_params(
            backend,
            "INSERT INTO audit_checkpoints (seq, head_hash, at, key_id, signature, reason) VALUES ($1, $2, $3, $4, $5, 'manual')",
        ),
        [
            head.into(),
            hash.into(),
            at.into(),
            other.id().to_string().into(),
            other.sign(&c.message()).into(),
        ],
    ))
    .await
    .expect("insert");
    let v = verify(&app).await;
    assert_eq!(v.verdict, Verdict::Broken);
    assert_eq!(v.problem, Some(Problem::BadSignature { seq: head }));
}

#[tokio::test]
async fn concurrent_writers_leave_one_unforked_chain() {
    let app = std::sync::Arc::new(spawn_app().await);
    for u in ["agent", "agent2", "expert", "auditor"] {
        app.token(u).await;
    }
    let mut tasks = vec![];
    for t in 0..8 {
        let app = app.clone();
        tasks.push(tokio::spawn(async move {
            for i in 0..6 {
                let user = if t % 2 == 0 { "agent" } else { "agent2" };
                let (id, _, _) = app
                    .create_complaint(user, &format!("139{:04}{:04}", t, i))
                    .await;
                // a read: audited through the group writer, concurrently
                let body = app
                    .as_user(
                        user,
                        "query($id: ID!) { complaint(id: $id) { id } }",
                        json!({ "id": id }),
                    )
                    .await;
                assert!(body["data"]["complaint"]["id"].is_string(), "{body}");
            }
        }));
    }
    for t in tasks {
        t.await.expect("writer");
    }
    let rows = app.count("audit_logs").await;
    let v = verify(&app).await;
    assert_eq!(v.problem, None, "{v:?}");
    assert_eq!(v.head_seq, rows, "one chain through every record");
    assert_eq!(
        app.scalar("SELECT COUNT(DISTINCT seq) FROM audit_logs")
            .await,
        rows
    );
    assert_eq!(
        app.scalar("SELECT MAX(seq) - MIN(seq) + 1 FROM audit_logs")
            .await,
        rows,
        "no gaps"
    );
}

#[tokio::test]
async fn a_failed_audit_write_rolls_the_change_back() {
    let app = spawn_app().await;
    app.token("agent").await; // the login is audited too
    let before = app.count("complaints").await;
    let events = app.count("complaint_events").await;
    if is_pg(&app) {
        exec(
            &app,
            "CREATE FUNCTION audit_down() RETURNS trigger AS $$ BEGIN RAISE EXCEPTION 'audit store down'; END; $$ LANGUAGE plpgsql",
        )
        .await;
        exec(
            &app,
            "CREATE TRIGGER audit_down BEFORE INSERT ON audit_logs FOR EACH ROW EXECUTE FUNCTION audit_down()",
        )
        .await;
    } else {
        exec(
            &app,
            "CREATE TRIGGER audit_down BEFORE INSERT ON audit_logs BEGIN SELECT RAISE(ABORT, 'audit store down'); END",
        )
        .await;
    }
    let body = app
        .as_user(
            "agent",
            "mutation($i: CreateComplaintInput!) { createComplaint(input: $i) { complaint { id } } }",
            json!({ "i": {
                "customerPhone": "13700137000", "customerName": "李四", "channel": "HOTLINE",
                "categoryId": app.category_id.to_string(), "priority": "NORMAL",
                "title": "宽带断网", "description": "家里宽带从昨晚起无法上网。"
            }}),
        )
        .await;
    assert!(body["errors"].is_array(), "{body}");
    assert_eq!(code(&body).as_deref(), Some("INTERNAL"), "{body}");
    assert_eq!(
        app.count("complaints").await,
        before,
        "no complaint without its record"
    );
    assert_eq!(app.count("complaint_events").await, events);
}
