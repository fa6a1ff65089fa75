use crate::helpers::*;
use serde_json::json;

#[tokio::test]
async fn demo_data_covers_every_state_and_channel() {
    let dir = tempfile::tempdir().expect("dir");
    let config = kesu::config::Config {
        data_dir: dir.path().to_path_buf(),
        database_url: fresh_database_url(dir.path()).await,
        ..Default::default()
    };
    let services =
        kesu::startup::build_services(config, std::sync::Arc::new(kesu::domain::SystemClock))
            .await
            .expect("services");
    let report = kesu::demo::seed_if_empty(&services)
        .await
        .expect("seed")
        .expect("seeded");
    assert!(report.complaints >= 180, "{}", report.complaints);
    assert!(
        kesu::demo::seed_if_empty(&services)
            .await
            .expect("again")
            .is_none(),
        "seeding is once only"
    );
    let db = services.db().conn();
    use sea_orm::{ConnectionTrait, Statement};
    let distinct = |col: &str| {
        let sql = format!("SELECT COUNT(DISTINCT {col}) FROM complaints");
        async move {
            let row = db
                .query_one_raw(Statement::from_string(db.get_database_backend(), sql))
                .await
                .expect("q")
                .expect("row");
            row.try_get_by_index::<i64>(0).expect("n")
        }
    };
    assert_eq!(distinct("status").await, 8, "every state");
    assert_eq!(distinct("channel").await, 9, "every channel");
    // every SLA state is on show, whatever the time of day the demo is seeded
    let states: Vec<String> = db
        .query_all_raw(Statement::from_string(
            db.get_database_backend(),
            "SELECT DISTINCT sla_state FROM complaints WHERE sla_state IS NOT NULL ORDER BY sla_state",
        ))
        .await
        .expect("q")
        .iter()
        .map(|r| r.try_get_by_index::<String>(0).expect("state"))
        .collect();
    assert_eq!(states, ["at_risk", "breached", "met", "on_track", "paused"]);
    // a red alert is up, and the supervisor and the expert have unread news
    let count = |sql: &'static str| async move {
        db.query_one_raw(Statement::from_string(db.get_database_backend(), sql))
            .await
            .expect("q")
            .expect("row")
            .try_get_by_index::<i64>(0)
            .expect("n")
    };
    assert_eq!(
        count("SELECT COUNT(*) FROM alerts WHERE level = 'red' AND state = 'raised'").await,
        1
    );
    for user in ["supervisor", "expert"] {
        let sql: &'static str = if user == "supervisor" {
            "SELECT COUNT(*) FROM notifications n JOIN users u ON u.id = n.user_id WHERE u.username = 'supervisor' AND n.read_at IS NULL"
        } else {
            "SELECT COUNT(*) FROM notifications n JOIN users u ON u.id = n.user_id WHERE u.username = 'expert' AND n.read_at IS NULL"
        };
        assert!(count(sql).await >= 1, "{user} has unread notifications");
    }
    // issue 13's queues are not empty: approvals waiting for the approver,
    // callbacks due, a major complaint waiting for the centre head's
    // sign-off, and one already closed as unreachable
    for (sql, what) in [
        (
            "SELECT COUNT(*) FROM approvals WHERE status = 'pending'",
            "a pending approval",
        ),
        (
            "SELECT COUNT(*) FROM approvals WHERE status = 'approved'",
            "an approved approval",
        ),
        (
            "SELECT COUNT(*) FROM complaints WHERE status = 'resolved'",
            "callbacks due",
        ),
        (
            "SELECT COUNT(*) FROM complaints WHERE status = 'callback_done' AND is_major",
            "a major complaint awaiting sign-off",
        ),
        (
            "SELECT COUNT(*) FROM complaint_events WHERE kind = 'major_flagged'",
            "complaints found major",
        ),
        (
            "SELECT COUNT(*) FROM complaint_events WHERE kind = 'callback_attempted'",
            "unanswered callbacks",
        ),
    ] {
        assert!(count(sql).await >= 1, "the demo has {what}");
    }
    // the demo's audit trail is one intact chain; once signed, it is valid
    services.audit_writer().drain().await.expect("drain");
    services
        .audit_checkpoint_now("seed")
        .await
        .expect("checkpoint")
        .expect("records to attest");
    let v = services.check_audit_chain(None).await.expect("verify");
    assert_eq!(v.problem, None);
    assert_eq!(v.verdict, kesu::audit::chain::Verdict::Valid);
    assert_eq!(v.checked, count("SELECT COUNT(*) FROM audit_logs").await);
    // 检索分析 has a month of searches: some found nothing, some were opened
    // and used, and the phone number typed into one was not kept
    for (sql, at_least) in [
        ("SELECT COUNT(*) FROM kb_search_log", 60),
        (
            "SELECT COUNT(*) FROM kb_search_log WHERE result_count = 0",
            1,
        ),
        (
            "SELECT COUNT(*) FROM kb_search_log WHERE opened_article_id IS NOT NULL",
            10,
        ),
        (
            "SELECT COUNT(*) FROM kb_search_log WHERE used_complaint_id IS NOT NULL",
            3,
        ),
        (
            "SELECT COUNT(*) FROM kb_search_log WHERE query LIKE '%[号码]%'",
            1,
        ),
    ] {
        assert!(count(sql).await >= at_least, "{sql}: at least {at_least}");
    }
    assert_eq!(
        count("SELECT COUNT(*) FROM kb_search_log WHERE query LIKE '%13800001234%'").await,
        0
    );
    assert!(
        distinct("used_kb_version_id").await >= 10,
        "agents recorded the articles that answered calls"
    );
    assert!(
        distinct("announcement_id").await >= 2,
        "complaints linked to the announcements of their incident"
    );
    let linked = {
        let sql =
            "SELECT COUNT(*) FROM complaints c JOIN announcements a ON a.id = c.announcement_id \
                   WHERE c.category_id = a.category_id AND c.created_at >= a.active_from \
                   AND (a.active_until IS NULL OR c.created_at < a.active_until)";
        let row = db
            .query_one_raw(Statement::from_string(db.get_database_backend(), sql))
            .await
            .expect("q")
            .expect("row");
        row.try_get_by_index::<i64>(0).expect("n")
    };
    let all_linked = {
        let sql = "SELECT COUNT(*) FROM complaints WHERE announcement_id IS NOT NULL";
        let row = db
            .query_one_raw(Statement::from_string(db.get_database_backend(), sql))
            .await
            .expect("q")
            .expect("row");
        row.try_get_by_index::<i64>(0).expect("n")
    };
    assert!(all_linked > 0);
    // routing: active rules, an inactive draft, and the experts paired as A/B
    assert_eq!(
        count("SELECT COUNT(*) FROM routing_rules WHERE active").await,
        3
    );
    assert_eq!(
        count("SELECT COUNT(*) FROM routing_rules WHERE NOT active").await,
        1
    );
    assert_eq!(
        count("SELECT COUNT(*) FROM users WHERE backup_user_id IS NOT NULL").await,
        2
    );
    assert_eq!(
        linked, all_linked,
        "links only within the announcement's window and category"
    );
    // the self-service link the demo prints answers, with the note the
    // customer was left and the reply promised
    let (number, last4) = report.status_example.clone().expect("a status example");
    let status = services
        .complaint_status(&meta(), &number, &last4)
        .await
        .expect("lookup")
        .expect("the demo's pair matches");
    assert_eq!(status.number, number);
    assert!(status.next_reply_by.is_some(), "{status:?}");
    assert!(status
        .entries
        .iter()
        .any(|e| e.body.as_deref().is_some_and(|b| b.contains("账单截图"))));
    let _ = json!({});

    // no demo customer's phone, ID number or e-mail is anywhere in the
    // database's bytes in clear (the SQLite files, or a pg_dump)
    use kesu::db::entity::customer;
    use kesu::vault::Field;
    use sea_orm::EntityTrait;
    let vault = services.vault();
    let mut secrets = Vec::new();
    for c in customer::Entity::find().all(db).await.expect("customers") {
        assert!(c.phone.starts_with("enc:"), "sealed: {}", c.phone);
        secrets.push(vault.open(Field::Phone, &c.phone).expect("opens"));
        for (f, v) in [(Field::IdCard, &c.id_card), (Field::Email, &c.email)] {
            if let Some(v) = v {
                secrets.push(vault.open(f, v).expect("opens"));
            }
        }
    }
    assert!(secrets.len() >= 20, "the demo has customers");
    services.audit_writer().drain().await.expect("drain");
    let dumps = crate::pii_at_rest::database_bytes(services.config());
    assert!(!dumps.is_empty());
    for (what, bytes) in &dumps {
        let text = String::from_utf8_lossy(bytes);
        for s in &secrets {
            assert!(!text.contains(s.as_str()), "{what} holds {s} in clear");
        }
    }
}
