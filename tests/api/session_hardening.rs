//! Hardened sessions (issue 14 §5): no fixation, idle and absolute
//! timeouts on an injected clock, sessions ended by new roles, deactivation
//! and new passwords, and failed-login limits that reveal nothing and are
//! shared by every server process on the database.
use crate::helpers::*;
use chrono::{Duration, Utc};
use kesu::domain::ManualClock;
use kesu::startup::Application;
use serde_json::{json, Value};
use std::sync::Arc;

const LOGIN: &str = "mutation($i: LoginInput!) { login(input: $i) { token } }";
const ME: &str = "{ me { user { username } } }";

async fn login_at(
    app_base: &str,
    client: &reqwest::Client,
    token: Option<&str>,
    user: &str,
    pw: &str,
) -> Value {
    let mut req = client.post(format!("{app_base}/graphql")).json(
        &json!({ "query": LOGIN, "variables": { "i": { "username": user, "password": pw } } }),
    );
    if let Some(t) = token {
        req = req.bearer_auth(t);
    }
    req.send().await.expect("login").json().await.expect("json")
}

fn token_of(body: &Value) -> String {
    body["data"]["login"]["token"]
        .as_str()
        .unwrap_or_else(|| panic!("no token: {body}"))
        .to_string()
}

async fn alive(app: &TestApp, token: &str) -> bool {
    let b = app.gql(Some(token), ME, json!({})).await;
    match code(&b).as_deref() {
        None => true,
        Some("UNAUTHENTICATED") => false,
        other => panic!("unexpected {other:?}: {b}"),
    }
}

#[tokio::test]
async fn a_login_always_gets_a_new_session_and_ends_the_one_it_came_with() {
    let app = spawn_app().await;
    let first = token_of(&login_at(&app.base, &app.client, None, "agent", PASSWORD).await);
    assert!(alive(&app, &first).await);
    // logging in again from the same client, carrying the first session
    let second = token_of(&login_at(&app.base, &app.client, Some(&first), "agent", PASSWORD).await);
    assert_ne!(first, second, "a new session id at every login");
    assert!(
        !alive(&app, &first).await,
        "the session it came with has ended"
    );
    assert!(alive(&app, &second).await);
    let replaced = app
        .scalar("SELECT COUNT(*) FROM sessions WHERE ended_reason = 'replaced'")
        .await;
    assert_eq!(replaced, 1);
    // a planted, made-up token is never adopted: the login mints its own
    let planted = "A".repeat(43);
    let third =
        token_of(&login_at(&app.base, &app.client, Some(&planted), "agent", PASSWORD).await);
    assert_ne!(third, planted);
    assert!(!alive(&app, &planted).await);
}

#[tokio::test]
async fn sessions_end_after_30_idle_minutes_and_8_hours_in_all() {
    let clock = Arc::new(ManualClock::new(Utc::now()));
    // the configured timeouts (30 minutes idle, 8 hours in all)
    let app = spawn_app_full(|_| {}, clock.clone()).await;
    // idle: used at 29 minutes keeps it; 30 minutes after the last use ends it
    let idle = app.token("agent").await;
    clock.advance(Duration::minutes(29));
    assert!(alive(&app, &idle).await);
    clock.advance(Duration::minutes(29));
    assert!(alive(&app, &idle).await, "29 minutes after its last use");
    clock.advance(Duration::minutes(30));
    assert!(!alive(&app, &idle).await, "30 idle minutes end it");

    // absolute: in use every 20 minutes, it still ends 8 hours after login
    let busy = app.token("expert").await;
    let start = kesu::domain::Clock::now(&*clock);
    while kesu::domain::Clock::now(&*clock) < start + Duration::hours(8) - Duration::minutes(20) {
        clock.advance(Duration::minutes(20));
        assert!(
            alive(&app, &busy).await,
            "at {}",
            kesu::domain::Clock::now(&*clock) - start
        );
    }
    clock.set(start + Duration::hours(8));
    assert!(
        !alive(&app, &busy).await,
        "8 hours after login it ends, used or not"
    );
}

#[tokio::test]
async fn new_roles_deactivation_and_new_passwords_end_sessions_at_once() {
    let app = spawn_app().await;
    let update = "mutation($i: UpdateUserInput!) { updateUser(input: $i) { id } }";

    // roles
    let agent = app.token("agent").await;
    assert!(alive(&app, &agent).await);
    let b = app
        .as_user(
            "admin",
            update,
            json!({ "i": { "id": app.users["agent"].to_string(), "roles": ["agent", "qa"] } }),
        )
        .await;
    assert!(b["errors"].is_null(), "{b}");
    assert!(!alive(&app, &agent).await, "new roles end the session");
    // an edit that touches neither roles nor the active flag ends nothing
    let expert = app.token("expert").await;
    let b = app
        .as_user(
            "admin",
            update,
            json!({ "i": { "id": app.users["expert"].to_string(), "displayName": "新名字" } }),
        )
        .await;
    assert!(b["errors"].is_null(), "{b}");
    assert!(alive(&app, &expert).await);

    // a password reset by an admin ends every session of the user
    let b = app
        .as_user(
            "admin",
            "mutation($i: ResetPasswordInput!) { resetUserPassword(input: $i) }",
            json!({ "i": { "id": app.users["expert"].to_string(), "newPassword": "Brand-new-secret-77" } }),
        )
        .await;
    assert!(b["errors"].is_null(), "{b}");
    assert!(!alive(&app, &expert).await);

    // changing one's own password keeps the session it was changed in, ends the others
    let here = token_of(&login_at(&app.base, &app.client, None, "supervisor", PASSWORD).await);
    let elsewhere = token_of(&login_at(&app.base, &app.client, None, "supervisor", PASSWORD).await);
    let b = app
        .gql(
            Some(&here),
            "mutation($i: ChangePasswordInput!) { changePassword(input: $i) }",
            json!({ "i": { "currentPassword": PASSWORD, "newPassword": "Another-long-secret-42" } }),
        )
        .await;
    assert!(b["errors"].is_null(), "{b}");
    assert!(alive(&app, &here).await);
    assert!(!alive(&app, &elsewhere).await);

    let reasons = app
        .scalar(
            "SELECT COUNT(DISTINCT ended_reason) FROM sessions \
             WHERE ended_reason IN ('roles_changed', 'password_changed')",
        )
        .await;
    assert_eq!(reasons, 2);
}

/// Refusals for an existing and for an unknown account look the same.
fn shape(b: &Value) -> (Option<String>, Option<String>, String) {
    let e = &b["errors"][0];
    (
        code(b),
        e["extensions"]["reason"].as_str().map(str::to_string),
        e["message"].as_str().unwrap_or("").to_string(),
    )
}

#[tokio::test]
async fn a_locked_account_and_an_unknown_name_get_the_same_answers() {
    let app = spawn_app().await;
    let mut answers = Vec::new();
    for user in ["expert", "nobody-here"] {
        let mut seen = Vec::new();
        for _ in 0..6 {
            seen.push(shape(
                &login_at(&app.base, &app.client, None, user, "Wrong-password-1").await,
            ));
        }
        answers.push(seen);
    }
    assert_eq!(
        answers[0], answers[1],
        "nothing tells an existing account from a made-up one"
    );
    assert_eq!(answers[0][0].1.as_deref(), Some("BAD_CREDENTIALS"));
    assert_eq!(
        answers[0][5].1.as_deref(),
        Some("ACCOUNT_LOCKED"),
        "{:?}",
        answers[0][5]
    );
    // the right password is refused too while the account is locked
    let b = login_at(&app.base, &app.client, None, "expert", PASSWORD).await;
    assert_eq!(shape(&b).1.as_deref(), Some("ACCOUNT_LOCKED"));
    assert_eq!(app.count("sessions").await, 0);
}

#[tokio::test]
async fn failures_from_one_address_are_limited_across_accounts() {
    let app = spawn_app().await;
    // 30 failures spread over many names (under each account's limit)
    for i in 0..30 {
        let b = login_at(
            &app.base,
            &app.client,
            None,
            &format!("guess{}", i % 10),
            "Wrong-password-1",
        )
        .await;
        assert_eq!(shape(&b).1.as_deref(), Some("BAD_CREDENTIALS"), "try {i}");
    }
    let b = login_at(&app.base, &app.client, None, "agent", PASSWORD).await;
    assert_eq!(code(&b).as_deref(), Some("TOO_MANY_REQUESTS"), "{b}");
    assert_eq!(app.count("sessions").await, 0);
}

#[tokio::test]
async fn two_servers_on_one_database_share_the_failure_count() {
    let app = spawn_app().await;
    let mut config = app.services.config().clone();
    config.bind = "127.0.0.1:0".into();
    config.index_dir = Some(config.data_dir.join("index-second"));
    let services = kesu::startup::build_services(config, Arc::new(kesu::domain::SystemClock))
        .await
        .expect("second server's services");
    let second = Application::with_services(services)
        .await
        .expect("second server");
    let second_base = format!("http://127.0.0.1:{}", second.port());
    tokio::spawn(second.run_until_stopped());

    // five failures, alternating between the two servers
    for i in 0..5 {
        let base = if i % 2 == 0 { &app.base } else { &second_base };
        let b = login_at(base, &app.client, None, "qa", "Wrong-password-1").await;
        assert_eq!(shape(&b).1.as_deref(), Some("BAD_CREDENTIALS"));
    }
    for base in [&app.base, &second_base] {
        let b = login_at(base, &app.client, None, "qa", PASSWORD).await;
        assert_eq!(
            shape(&b).1.as_deref(),
            Some("ACCOUNT_LOCKED"),
            "{base}: {b}"
        );
    }
}

#[tokio::test]
async fn weak_passwords_are_refused_by_strength_not_by_rules() {
    let app = spawn_app().await;
    let create = "mutation($i: CreateUserInput!) { createUser(input: $i) { id } }";
    for (username, name, pw) in [
        ("wangfang", "王芳", "wangfang2026"),
        ("zhoujie", "周杰", "Password2026"),
        ("liqiang", "李强", "qwertyuiop123"),
    ] {
        let b = app
            .as_user(
                "admin",
                create,
                json!({ "i": { "username": username, "displayName": name, "password": pw, "roles": ["agent"] } }),
            )
            .await;
        assert_eq!(
            b["errors"][0]["extensions"]["reason"].as_str(),
            Some("WEAK_PASSWORD"),
            "{pw}: {b}"
        );
        assert_eq!(
            b["errors"][0]["extensions"]["field"].as_str(),
            Some("password")
        );
    }
    let b = app
        .as_user(
            "admin",
            create,
            json!({ "i": { "username": "zhaolei", "displayName": "赵磊", "password": "violet-harbour-ladder-9", "roles": ["agent"] } }),
        )
        .await;
    assert!(b["errors"].is_null(), "a passphrase passes: {b}");
}
