//! Fan-out of one notification to N connected subscribers (issue 11 target:
//! 500 subscribers under 1 s).
//!
//! `cargo run --release --example notify_fanout [-- <subscribers> <rounds>]`
//!
//! Starts the real server on a fresh SQLite database in a temp directory,
//! creates N users, logs each in and connects one WebSocket per user
//! (`graphql-transport-ws`, token in `connection_init`) subscribed to
//! `notifications`. Each round writes one notification for all N users in one
//! transaction, commits, wakes the broker, and measures until every client
//! has received its event (p50, p99 and the last, from before the commit).
#[path = "../tests/api/ws.rs"]
#[allow(dead_code)]
mod ws;

use kesu::auth::RequestMeta;
use kesu::config::Config;
use kesu::service::identity::NewUser;
use kesu::service::notifications::{notify, NewNotification, NotificationKind};
use serde_json::json;
use std::sync::Arc;
use std::time::{Duration, Instant};

const PASSWORD: &str = "Bench-password-2026";
const SUB: &str = "subscription { notifications { unreadCount notification { id } } }";

#[tokio::main]
async fn main() {
    let mut args = std::env::args().skip(1);
    let n: usize = args.next().and_then(|a| a.parse().ok()).unwrap_or(500);
    let rounds: usize = args.next().and_then(|a| a.parse().ok()).unwrap_or(5);
    let dir = tempfile::tempdir().expect("temp dir");
    let config = Config {
        data_dir: dir.path().to_path_buf(),
        bind: "127.0.0.1:0".into(),
        db_max_connections: 16,
        ..Config::default()
    };
    let services = kesu::startup::build_services(config, Arc::new(kesu::domain::SystemClock))
        .await
        .expect("services");
    let app = kesu::startup::Application::with_services(services)
        .await
        .expect("app");
    let base = format!("http://127.0.0.1:{}", app.port());
    let services = app.services.clone();
    tokio::spawn(app.run_until_stopped());
    let meta = RequestMeta::default();

    let started = Instant::now();
    let mut ids = Vec::with_capacity(n);
    let mut tokens = Vec::with_capacity(n);
    for i in 0..n {
        let username = format!("bench{i:04}");
        let u = services
            .create_user_as(
                None,
                &meta,
                NewUser {
                    username: username.clone(),
                    display_name: format!("压测{i}"),
                    password: PASSWORD.into(),
                    team_id: None,
                    roles: vec!["supervisor".into()],
                },
            )
            .await
            .expect("user");
        ids.push(u.id.0);
        let out = services
            .login(&meta, None, &username, PASSWORD)
            .await
            .expect("login");
        tokens.push(out.token);
    }
    eprintln!("{n} users with sessions in {:?}", started.elapsed());

    let started = Instant::now();
    let mut clients = Vec::with_capacity(n);
    for t in &tokens {
        let mut c = ws::WsClient::connect(&base, None).await;
        match c.init(json!({ "token": t })).await {
            Some(ws::Received::Message(m)) if m["type"] == "connection_ack" => {}
            other => panic!("no ack: {other:?}"),
        }
        c.subscribe("n", SUB).await;
        let first = c.next_of("n", Duration::from_secs(30)).await;
        assert_eq!(first["type"], "next", "{first}");
        clients.push(c);
    }
    eprintln!("{n} subscribers connected in {:?}", started.elapsed());

    for round in 1..=rounds {
        let t0 = Instant::now();
        let tx = services.db().write_tx().await.expect("tx");
        notify(
            &*tx,
            services.now(),
            &ids,
            NewNotification {
                kind: NotificationKind::Alert,
                title: "红色预警".into(),
                body: format!("第 {round} 轮"),
                complaint_id: None,
                alert_id: None,
            },
        )
        .await
        .expect("notify");
        tx.commit().await.expect("commit");
        services.wake_notifications();
        let committed = t0.elapsed();
        let waits = clients.into_iter().map(|mut c| {
            tokio::spawn(async move {
                let m = c.next_of("n", Duration::from_secs(30)).await;
                let at = t0.elapsed();
                assert_eq!(
                    m["payload"]["data"]["notifications"]["unreadCount"], round,
                    "{m}"
                );
                (c, at)
            })
        });
        let mut lat = Vec::with_capacity(n);
        let mut back = Vec::with_capacity(n);
        for w in waits.collect::<Vec<_>>() {
            let (c, at) = w.await.expect("client");
            back.push(c);
            lat.push(at);
        }
        clients = back;
        lat.sort();
        println!(
            "round {round}: {n} subscribers, insert+commit {:>7.1} ms, p50 {:>7.1} ms, p99 {:>7.1} ms, all {:>7.1} ms",
            committed.as_secs_f64() * 1e3,
            lat[n / 2].as_secs_f64() * 1e3,
            lat[(n * 99 / 100).min(n - 1)].as_secs_f64() * 1e3,
            lat[n - 1].as_secs_f64() * 1e3,
        );
    }
}
