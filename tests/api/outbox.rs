//! The search index follows the outbox without skipping a row, whatever
//! order transactions commit in (on PostgreSQL an outbox id is taken from a
//! sequence at insert time, so a later id can commit first), and a gap left
//! by a rolled-back transaction does not hold the checkpoint forever.
use crate::helpers::*;
use kesu::domain::ManualClock;
use sea_orm::{ConnectionTrait, DatabaseBackend, Statement, TransactionTrait};
use serde_json::json;
use std::sync::Arc;

const SIMILAR: &str =
    "query($t: String) { similarComplaints(text: $t, first: 10) { complaint { id } } }";

/// Complaint ids the supervisor finds for `text` over HTTP.
async fn found(app: &TestApp, text: &str) -> Vec<String> {
    let body = app
        .as_user("supervisor", SIMILAR, json!({ "t": text }))
        .await;
    body["data"]["similarComplaints"]
        .as_array()
        .unwrap_or_else(|| panic!("similarComplaints failed: {body}"))
        .iter()
        .map(|h| h["complaint"]["id"].as_str().expect("id").to_string())
        .collect()
}

/// File a complaint with this title and description; returns its id.
async fn file(app: &TestApp, phone: &str, title: &str, description: &str) -> String {
    let body = app
        .as_user(
            "agent",
            CREATE,
            json!({ "i": {
                "customerPhone": phone, "customerName": "李四", "channel": "HOTLINE",
                "categoryId": app.category_id.to_string(), "priority": "NORMAL",
                "title": title, "description": description
            }}),
        )
        .await;
    body["data"]["createComplaint"]["complaint"]["id"]
        .as_str()
        .unwrap_or_else(|| panic!("create failed: {body}"))
        .to_string()
}

/// Statements that rewrite complaint `id`'s text and enqueue it for the
/// index, as a service would, in one transaction; the outbox insert comes
/// first so that the transaction takes its id before anything else.
fn rewrite(backend: DatabaseBackend, id: i64, title: &str, description: &str) -> Vec<Statement> {
    let now = match backend {
        DatabaseBackend::Postgres => "now()",
        _ => "strftime('%Y-%m-%dT%H:%M:%fZ','now')",
    };
    vec![
        Statement::from_string(
            backend,
            format!(
                "INSERT INTO search_outbox (entity, entity_id, created_at) VALUES ('complaint', {id}, {now})"
            ),
        ),
        Statement::from_string(
            backend,
            format!("UPDATE complaints SET title = '{title}', description = '{description}' WHERE id = {id}"),
        ),
    ]
}

async fn wait_until_found(app: &TestApp, text: &str, id: &str) {
    for _ in 0..400 {
        if found(app, text).await.contains(&id.to_string()) {
            return;
        }
        app.services.index_once().await.expect("poll");
        tokio::time::sleep(std::time::Duration::from_millis(25)).await;
    }
    panic!("complaint {id} never became searchable for {text}");
}

const HELD_TITLE: &str = "国际漫游流量包重复扣费";
const HELD_TEXT: &str = "客户出国期间国际漫游流量包被重复扣费两次，要求退还多扣部分。";
/// Words only the held change (or only the later complaint) contains.
const HELD_QUERY: &str = "国际漫游流量包";
const LATER_QUERY: &str = "宽带安装师傅";
const LATER_TITLE: &str = "宽带安装师傅迟迟不上门";
const LATER_TEXT: &str = "客户预约宽带安装已经三天，安装师傅一直没有上门，也联系不上。";

#[tokio::test]
async fn a_change_committed_after_a_later_one_is_still_indexed() {
    let app = spawn_app().await;
    let (a, _, _) = app.create_complaint("agent", "13800000001").await;
    app.services.index_caught_up().await.expect("caught up");
    let a_id: i64 = a.parse().expect("id");
    let db = app.services.db().conn();
    let backend = db.get_database_backend();
    if backend == DatabaseBackend::Postgres {
        // a second connection holds a transaction that took the earlier outbox id
        let url = app.services.config().effective_database_url();
        let other = sea_orm::Database::connect(url.as_str())
            .await
            .expect("second connection");
        let held = other.begin().await.expect("begin");
        for s in rewrite(backend, a_id, HELD_TITLE, HELD_TEXT) {
            held.execute_raw(s).await.expect("held write");
        }
        // a later id commits through the API and becomes searchable
        let b = file(&app, "13800000002", LATER_TITLE, LATER_TEXT).await;
        wait_until_found(&app, LATER_QUERY, &b).await;
        assert!(
            !found(&app, HELD_QUERY).await.contains(&a),
            "the held change is not visible yet"
        );
        // the earlier id commits last
        held.commit().await.expect("commit held");
        app.services.index_caught_up().await.expect("caught up");
        assert!(
            found(&app, HELD_QUERY).await.contains(&a),
            "the change committed after a later one was skipped by the index"
        );
        assert!(found(&app, LATER_QUERY).await.contains(&b));
        other.close().await.ok();
    } else {
        // SQLite serialises writers: ids commit in order, so the same
        // changes can only arrive one after the other
        println!("SQLite: writers are serialised, running the in-order variant");
        let tx = app.services.db().write_tx().await.expect("begin");
        for s in rewrite(backend, a_id, HELD_TITLE, HELD_TEXT) {
            tx.execute_raw(s).await.expect("write");
        }
        tx.commit().await.expect("commit");
        let b = file(&app, "13800000002", LATER_TITLE, LATER_TEXT).await;
        app.services.index_caught_up().await.expect("caught up");
        assert!(found(&app, HELD_QUERY).await.contains(&a));
        assert!(found(&app, LATER_QUERY).await.contains(&b));
    }
    // the checkpoint passes both once they are applied
    let newest = app.scalar("SELECT MAX(id) FROM search_outbox").await;
    for _ in 0..3 {
        app.services.index_once().await.expect("poll");
    }
    assert_eq!(app.services.index_checkpoint().expect("checkpoint"), newest);
}

#[tokio::test]
async fn a_rolled_back_transaction_does_not_hold_the_index_checkpoint_forever() {
    let clock = Arc::new(ManualClock::new(chrono::Utc::now()));
    let app = spawn_app_with_clock(clock.clone()).await;
    let (a, _, _) = app.create_complaint("agent", "13800000001").await;
    let a_id: i64 = a.parse().expect("id");
    app.services.index_caught_up().await.expect("caught up");
    let db = app.services.db().conn();
    let backend = db.get_database_backend();
    let gap = app.scalar("SELECT MAX(id) FROM search_outbox").await + 1;
    if backend == DatabaseBackend::Postgres {
        // the sequence hands out an id that no row will ever carry
        let tx = db.begin().await.expect("begin");
        for s in rewrite(backend, a_id, HELD_TITLE, HELD_TEXT) {
            tx.execute_raw(s).await.expect("write");
        }
        tx.rollback().await.expect("rollback");
    } else {
        // SQLite hands a rolled-back id out again; a skipped id is the
        // nearest thing, and there it is final at once
        println!("SQLite: a rolled-back id is reused; checking a skipped id instead");
        db.execute_raw(Statement::from_string(
            backend,
            format!(
                "INSERT INTO search_outbox (id, entity, entity_id, created_at) VALUES ({}, 'complaint', {a_id}, strftime('%Y-%m-%dT%H:%M:%fZ','now'))",
                gap + 1
            ),
        ))
        .await
        .expect("skip an id");
    }
    let b = file(&app, "13800000002", LATER_TITLE, LATER_TEXT).await;
    app.services.index_caught_up().await.expect("caught up");
    assert!(found(&app, LATER_QUERY).await.contains(&b));
    assert!(
        !found(&app, HELD_QUERY).await.contains(&a),
        "the rolled-back change is not indexed"
    );
    let newest = app.scalar("SELECT MAX(id) FROM search_outbox").await;
    assert!(newest > gap);
    for _ in 0..3 {
        app.services.index_once().await.expect("poll");
    }
    let before = app.services.index_checkpoint().expect("checkpoint");
    if backend == DatabaseBackend::Postgres {
        assert_eq!(before, gap - 1, "a young gap holds the checkpoint");
        // time passes: the gap is declared permanent once every transaction
        // running then has ended (xids are cluster-wide: other tests' too)
        clock.advance(chrono::Duration::seconds(3));
        for _ in 0..400 {
            app.services.index_once().await.expect("poll");
            if app.services.index_checkpoint().expect("checkpoint") == newest {
                break;
            }
            tokio::time::sleep(std::time::Duration::from_millis(25)).await;
        }
    }
    assert_eq!(
        app.services.index_checkpoint().expect("checkpoint"),
        newest,
        "the checkpoint passed the gap"
    );
}
