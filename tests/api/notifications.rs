//! Notifications: stored per user, read and marked read only by their
//! recipient, and pushed live over a real WebSocket (`graphql-transport-ws`
//! on `/graphql`) once committed, also across two servers on one database.
use crate::helpers::*;
use crate::reasons::reason_of;
use crate::ws::{Received, WsClient};
use kesu::service::notifications::{notify, NewNotification, NotificationKind};
use serde_json::{json, Value};
use std::time::Duration;

const ASSIGN: &str = "mutation($i: AssignComplaintInput!) { assignComplaint(input: $i) { version assignee { username } } }";
const SUB: &str = "subscription { notifications { unreadCount notification { id kind title body complaintId readAt } } }";
const LIST: &str = "query($u: Boolean) { notifications(first: 10, unreadOnly: $u) { edges { node { id kind complaintId readAt } } } unreadNotificationCount }";
const MARK: &str = "mutation($i: MarkNotificationsReadInput!) { markNotificationsRead(input: $i) { unreadCount } }";
const WAIT: Duration = Duration::from_secs(10);

/// A connected, acknowledged client with subscription `n` started, its
/// first event (the stored unread count) consumed and returned.
async fn subscribed(app: &TestApp, user: &str) -> (WsClient, i64) {
    let mut ws = WsClient::connect(&app.base, None).await;
    let token = app.token(user).await;
    match ws.init(json!({ "token": token })).await {
        Some(Received::Message(m)) => assert_eq!(m["type"], "connection_ack", "{m}"),
        other => panic!("no ack: {other:?}"),
    }
    ws.subscribe("n", SUB).await;
    let first = ws.next_of("n", WAIT).await;
    assert_eq!(first["type"], "next", "{first}");
    let ev = &first["payload"]["data"]["notifications"];
    assert!(ev["notification"].is_null(), "{first}");
    (ws, ev["unreadCount"].as_i64().expect("count"))
}

fn event(m: &Value) -> &Value {
    assert_eq!(m["type"], "next", "{m}");
    &m["payload"]["data"]["notifications"]
}

/// An escalated complaint (with the expert team, nobody assigned).
async fn escalated(app: &TestApp) -> (String, i64) {
    let (id, v, _) = app.create_complaint("agent", "13812341234").await;
    let v = app.drive(&id, v, "ESCALATED").await;
    (id, v)
}

async fn assign(app: &TestApp, by: &str, id: &str, v: i64, to: &str) -> i64 {
    let b = app
        .as_user(
            by,
            ASSIGN,
            json!({ "i": { "id": id, "expectedVersion": v, "assigneeId": app.users[to].to_string() } }),
        )
        .await;
    assert_eq!(
        b["data"]["assignComplaint"]["assignee"]["username"], to,
        "{b}"
    );
    b["data"]["assignComplaint"]["version"]
        .as_i64()
        .expect("version")
}

#[tokio::test]
async fn a_subscriber_receives_the_notification_when_another_user_assigns_them() {
    let app = spawn_app().await;
    let (id, v) = escalated(&app).await;
    let (mut expert, n0) = subscribed(&app, "expert").await;
    assert_eq!(n0, 0);
    let (mut supervisor, _) = subscribed(&app, "supervisor").await;

    assign(&app, "supervisor", &id, v, "expert").await;
    let m = expert.next_of("n", WAIT).await;
    let ev = event(&m);
    assert_eq!(ev["unreadCount"], 1, "{m}");
    let n = &ev["notification"];
    assert_eq!(n["kind"], "ASSIGNED", "{m}");
    assert_eq!(n["complaintId"], json!(id), "{m}");
    assert!(n["readAt"].is_null());
    assert!(n["title"].as_str().unwrap_or("").contains("投诉"), "{m}");

    // the assigner's own stream got nothing of it: its next event is its own
    let (id2, v2) = escalated(&app).await;
    let v2 = assign(&app, "expert", &id2, v2, "expert").await; // to oneself: nobody is told
    let dept = app.teams["dept_quality"].to_string();
    let b = app
        .as_user(
            "expert",
            "mutation($i: DispatchComplaintInput!) { dispatchComplaint(input: $i) { status } }",
            json!({ "i": { "id": id2, "expectedVersion": v2, "teamId": dept,
                "assigneeId": app.users["handler"].to_string() } }),
        )
        .await;
    assert_eq!(
        b["data"]["dispatchComplaint"]["status"], "DISPATCHED",
        "{b}"
    );
    let c = app.as_user("expert", LIST, json!({})).await;
    assert_eq!(
        c["data"]["unreadNotificationCount"], 1,
        "self-assignment notifies nobody: {c}"
    );
    // dispatching with an assignee tells the assignee (handler), not the supervisor
    let h = app.as_user("handler", LIST, json!({})).await;
    assert_eq!(h["data"]["unreadNotificationCount"], 1, "{h}");
    let s = app.as_user("supervisor", LIST, json!({})).await;
    assert_eq!(s["data"]["unreadNotificationCount"], 0, "{s}");
    // now the supervisor gets one of their own: it is the next (and first) event
    let sup = app.users["supervisor"];
    let tx = app.services.db().write_tx().await.expect("tx");
    notify(&*tx, app.services.now(), &[sup], note("for the supervisor"))
        .await
        .expect("notify");
    tx.commit().await.expect("commit");
    let m = supervisor.next_of("n", WAIT).await;
    assert_eq!(
        event(&m)["notification"]["body"],
        "for the supervisor",
        "{m}"
    );
}

fn note(body: &str) -> NewNotification {
    NewNotification {
        kind: NotificationKind::Alert,
        title: "测试".into(),
        body: body.into(),
        complaint_id: None,
        alert_id: None,
    }
}

#[tokio::test]
async fn a_rolled_back_notification_is_never_pushed_or_stored() {
    let app = spawn_app().await;
    let (mut ws, _) = subscribed(&app, "handler").await;
    let me = app.users["handler"];
    let tx = app.services.db().write_tx().await.expect("tx");
    notify(&*tx, app.services.now(), &[me], note("rolled back"))
        .await
        .expect("notify");
    drop(tx); // rolled back
    let tx = app.services.db().write_tx().await.expect("tx");
    notify(&*tx, app.services.now(), &[me, me], note("committed"))
        .await
        .expect("notify");
    tx.commit().await.expect("commit");
    // the broker was not woken: it finds the committed row on its own
    let m = ws.next_of("n", WAIT).await;
    assert_eq!(event(&m)["notification"]["body"], "committed", "{m}");
    assert_eq!(event(&m)["unreadCount"], 1, "duplicates get one: {m}");
    assert_eq!(app.count("notifications").await, 1);
}

#[tokio::test]
async fn an_unauthenticated_or_revoked_connection_is_refused() {
    let app = spawn_app().await;
    for payload in [json!({}), json!({ "token": "not-a-token" })] {
        let mut ws = WsClient::connect(&app.base, None).await;
        match ws.init(payload.clone()).await {
            Some(Received::Closed(code, reason)) => {
                assert_eq!(code, Some(1002));
                assert_eq!(reason, "UNAUTHENTICATED");
            }
            other => panic!("{payload}: expected a close, got {other:?}"),
        }
    }
    // a revoked session
    let body = app
        .gql(
            None,
            "mutation($i: LoginInput!) { login(input: $i) { token } }",
            json!({ "i": { "username": "handler", "password": PASSWORD } }),
        )
        .await;
    let token = body["data"]["login"]["token"]
        .as_str()
        .expect("token")
        .to_string();
    let out = app
        .gql(Some(&token), "mutation { logout }", json!({}))
        .await;
    assert_eq!(out["data"]["logout"], true, "{out}");
    let mut ws = WsClient::connect(&app.base, None).await;
    match ws.init(json!({ "token": token })).await {
        Some(Received::Closed(_, reason)) => assert_eq!(reason, "UNAUTHENTICATED"),
        other => panic!("expected a close, got {other:?}"),
    }
    // the session cookie on the upgrade request is enough
    let token = app.token("handler").await;
    let mut ws = WsClient::connect(&app.base, Some(&format!("__Host-kesu_session={token}"))).await;
    match ws.init(json!({})).await {
        Some(Received::Message(m)) => assert_eq!(m["type"], "connection_ack", "{m}"),
        other => panic!("no ack: {other:?}"),
    }
}

#[tokio::test]
async fn a_stream_ends_when_its_session_is_revoked() {
    let app = spawn_app().await;
    let (mut ws, _) = subscribed(&app, "handler").await;
    let token = app.token("handler").await;
    let out = app
        .gql(Some(&token), "mutation { logout }", json!({}))
        .await;
    assert_eq!(out["data"]["logout"], true, "{out}");
    let tx = app.services.db().write_tx().await.expect("tx");
    notify(
        &*tx,
        app.services.now(),
        &[app.users["handler"]],
        note("after logout"),
    )
    .await
    .expect("notify");
    tx.commit().await.expect("commit");
    let m = ws.next_of("n", WAIT).await;
    assert_eq!(m["type"], "next", "{m}");
    assert_eq!(
        m["payload"]["errors"][0]["extensions"]["code"], "UNAUTHENTICATED",
        "{m}"
    );
    assert!(
        m["payload"]["data"].is_null() || m["payload"]["data"]["notifications"].is_null(),
        "{m}"
    );
}

#[tokio::test]
async fn notifications_are_read_and_marked_only_by_their_recipient() {
    let app = spawn_app().await;
    let (id, v) = escalated(&app).await;
    assign(&app, "supervisor", &id, v, "expert").await;
    let (id2, v2) = escalated(&app).await;
    assign(&app, "supervisor", &id2, v2, "expert").await;

    let mine = app.as_user("expert", LIST, json!({})).await;
    assert_eq!(mine["data"]["unreadNotificationCount"], 2, "{mine}");
    let edges = mine["data"]["notifications"]["edges"]
        .as_array()
        .expect("edges")
        .clone();
    assert_eq!(edges.len(), 2);
    assert_eq!(
        edges[0]["node"]["complaintId"],
        json!(id2),
        "newest first: {mine}"
    );
    let first_id = edges[1]["node"]["id"].clone();

    // another user sees none of them and cannot mark them
    let other = app.as_user("handler", LIST, json!({})).await;
    assert_eq!(
        other["data"]["notifications"]["edges"],
        json!([]),
        "{other}"
    );
    assert_eq!(other["data"]["unreadNotificationCount"], 0);
    let b = app
        .as_user("handler", MARK, json!({ "i": { "ids": [first_id] } }))
        .await;
    assert_eq!(reason_of(&b).0, "NOT_FOUND", "{b}");
    let b = app
        .as_user("handler", MARK, json!({ "i": { "all": true } }))
        .await;
    assert_eq!(b["data"]["markNotificationsRead"]["unreadCount"], 0, "{b}");
    let still = app.as_user("expert", LIST, json!({})).await;
    assert_eq!(still["data"]["unreadNotificationCount"], 2, "{still}");

    // bad input marks nothing
    for i in [
        json!({}),
        json!({ "ids": [first_id], "all": true }),
        json!({ "ids": [] }),
        json!({ "ids": ["x"] }),
    ] {
        let b = app.as_user("expert", MARK, json!({ "i": i })).await;
        assert_eq!(reason_of(&b).0, "BAD_USER_INPUT", "{i}: {b}");
    }
    // one of mine, then the rest
    let b = app
        .as_user("expert", MARK, json!({ "i": { "ids": [first_id] } }))
        .await;
    assert_eq!(b["data"]["markNotificationsRead"]["unreadCount"], 1, "{b}");
    let unread = app.as_user("expert", LIST, json!({ "u": true })).await;
    let unread_edges = unread["data"]["notifications"]["edges"]
        .as_array()
        .expect("edges");
    assert_eq!(unread_edges.len(), 1, "{unread}");
    assert_eq!(unread_edges[0]["node"]["complaintId"], json!(id2));
    let b = app
        .as_user("expert", MARK, json!({ "i": { "all": true } }))
        .await;
    assert_eq!(b["data"]["markNotificationsRead"]["unreadCount"], 0, "{b}");
    let all = app.as_user("expert", LIST, json!({})).await;
    for e in all["data"]["notifications"]["edges"]
        .as_array()
        .expect("edges")
    {
        assert!(e["node"]["readAt"].is_string(), "{all}");
    }
    // without a session: UNAUTHENTICATED
    let b = app.gql(None, LIST, json!({})).await;
    assert_eq!(reason_of(&b).0, "UNAUTHENTICATED", "{b}");
}

#[tokio::test]
async fn a_notification_written_by_one_server_reaches_a_subscriber_of_another() {
    let app = spawn_app().await;
    // a second server process on the same database (own index directory)
    let mut config = app.services.config().clone();
    config.bind = "127.0.0.1:0".into();
    config.database_url = Some(config.effective_database_url());
    config.index_dir = Some(config.data_dir.join("index-second"));
    let services =
        kesu::startup::build_services(config, std::sync::Arc::new(kesu::domain::SystemClock))
            .await
            .expect("second services");
    let second = kesu::startup::Application::with_services(services)
        .await
        .expect("second app");
    let second_base = format!("http://127.0.0.1:{}", second.port());
    tokio::spawn(second.run_until_stopped());

    let token = app.token("expert").await;
    let mut ws = WsClient::connect(&second_base, None).await;
    match ws.init(json!({ "token": token })).await {
        Some(Received::Message(m)) => assert_eq!(m["type"], "connection_ack", "{m}"),
        other => panic!("no ack: {other:?}"),
    }
    ws.subscribe("n", SUB).await;
    let first = ws.next_of("n", WAIT).await;
    assert_eq!(event(&first)["unreadCount"], 0, "{first}");

    let (id, v) = escalated(&app).await; // written through the first server
    assign(&app, "supervisor", &id, v, "expert").await;
    let m = ws.next_of("n", WAIT).await;
    assert_eq!(event(&m)["notification"]["complaintId"], json!(id), "{m}");
    assert_eq!(event(&m)["unreadCount"], 1, "{m}");
}
