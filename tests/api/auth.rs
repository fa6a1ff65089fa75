use crate::helpers::*;
use serde_json::json;

const LOGIN: &str =
    "mutation($i: LoginInput!) { login(input: $i) { token expiresAt user { username roles } } }";
const ME: &str = "{ me { user { username displayName team { name } } permissions } }";

#[tokio::test]
async fn login_returns_a_token_that_works_until_logout() {
    let app = spawn_app().await;
    let resp = app
        .client
        .post(app.url("/graphql"))
        .json(&json!({ "query": LOGIN, "variables": { "i": { "username": "agent", "password": PASSWORD } } }))
        .send()
        .await
        .expect("send");
    let cookie = resp
        .headers()
        .get("set-cookie")
        .and_then(|v| v.to_str().ok())
        .expect("session cookie")
        .to_string();
    assert!(cookie.starts_with("__Host-kesu_session="), "{cookie}");
    assert!(cookie.contains("; Secure"), "{cookie}");
    assert!(cookie.contains("HttpOnly") && cookie.contains("SameSite=Strict"));
    let body: serde_json::Value = resp.json().await.expect("json");
    let token = body["data"]["login"]["token"]
        .as_str()
        .expect("token")
        .to_string();
    assert_eq!(token.len(), 43, "256-bit token in base64url");
    assert_eq!(body["data"]["login"]["user"]["roles"], json!(["agent"]));

    // only the token's hash is stored
    let stored = app
        .scalar(&format!(
            "SELECT COUNT(*) FROM sessions WHERE token_hash = '{token}'"
        ))
        .await;
    assert_eq!(stored, 0);

    let me = app.gql(Some(&token), ME, json!({})).await;
    assert_eq!(me["data"]["me"]["user"]["username"], "agent");
    assert!(me["data"]["me"]["permissions"]
        .as_array()
        .expect("perms")
        .contains(&json!("complaint.create")));

    // the cookie alone also authenticates
    let cookie_value = cookie.split(';').next().expect("pair").to_string();
    let via_cookie: serde_json::Value = app
        .client
        .post(app.url("/graphql"))
        .header("cookie", cookie_value)
        .json(&json!({ "query": ME }))
        .send()
        .await
        .expect("send")
        .json()
        .await
        .expect("json");
    assert_eq!(via_cookie["data"]["me"]["user"]["username"], "agent");

    let out = app
        .gql(Some(&token), "mutation { logout }", json!({}))
        .await;
    assert_eq!(out["data"]["logout"], true);
    let after = app.gql(Some(&token), ME, json!({})).await;
    assert_eq!(code(&after).as_deref(), Some("UNAUTHENTICATED"));
    assert_eq!(
        app.scalar("SELECT COUNT(*) FROM audit_logs WHERE action = 'auth.logout'")
            .await,
        1
    );
}

#[tokio::test]
async fn wrong_password_and_unknown_user_fail_alike_and_are_audited() {
    let app = spawn_app().await;
    let wrong = app
        .gql(
            None,
            LOGIN,
            json!({ "i": { "username": "agent", "password": "Nope-nope-123" } }),
        )
        .await;
    let unknown = app
        .gql(
            None,
            LOGIN,
            json!({ "i": { "username": "ghost", "password": "Nope-nope-123" } }),
        )
        .await;
    assert_eq!(code(&wrong).as_deref(), Some("UNAUTHENTICATED"));
    assert_eq!(code(&unknown).as_deref(), Some("UNAUTHENTICATED"));
    assert_eq!(
        wrong["errors"][0]["message"], unknown["errors"][0]["message"],
        "no username oracle"
    );
    assert_eq!(
        app.scalar(
            "SELECT COUNT(*) FROM audit_logs WHERE action = 'auth.login' AND outcome = 'failure'"
        )
        .await,
        2
    );
    assert_eq!(app.count("sessions").await, 0);
}

#[tokio::test]
async fn repeated_failures_lock_the_account() {
    let app = spawn_app().await;
    for _ in 0..5 {
        let b = app
            .gql(
                None,
                LOGIN,
                json!({ "i": { "username": "expert", "password": "Wrong-password-1" } }),
            )
            .await;
        assert_eq!(code(&b).as_deref(), Some("UNAUTHENTICATED"));
    }
    // now even the right password is refused for a while
    let b = app
        .gql(
            None,
            LOGIN,
            json!({ "i": { "username": "expert", "password": PASSWORD } }),
        )
        .await;
    assert_eq!(code(&b).as_deref(), Some("UNAUTHENTICATED"));
    assert!(b["errors"][0]["message"]
        .as_str()
        .unwrap_or("")
        .contains("locked"));
    assert_eq!(app.count("sessions").await, 0);
}

#[tokio::test]
async fn concurrent_wrong_passwords_are_all_counted() {
    let app = spawn_app().await;
    let wrong = |user: &'static str| {
        app.gql(
            None,
            LOGIN,
            json!({ "i": { "username": user, "password": "Wrong-password-1" } }),
        )
    };
    // three at once: none of them is lost
    for b in futures_util::future::join_all((0..3).map(|_| wrong("qa"))).await {
        assert_eq!(code(&b).as_deref(), Some("UNAUTHENTICATED"));
    }
    let failed = app
        .scalar("SELECT hits FROM rate_limits WHERE bucket = 'login:account:qa'")
        .await;
    assert_eq!(failed, 3);

    // five at once lock the account, as five in a row do
    for b in futures_util::future::join_all((0..5).map(|_| wrong("expert"))).await {
        assert_eq!(code(&b).as_deref(), Some("UNAUTHENTICATED"));
    }
    let counted = app
        .scalar("SELECT hits FROM rate_limits WHERE bucket = 'login:account:expert'")
        .await;
    assert_eq!(counted, 5, "the fifth concurrent failure locks");
    let b = app
        .gql(
            None,
            LOGIN,
            json!({ "i": { "username": "expert", "password": PASSWORD } }),
        )
        .await;
    assert_eq!(code(&b).as_deref(), Some("UNAUTHENTICATED"));
    assert!(b["errors"][0]["message"]
        .as_str()
        .unwrap_or("")
        .contains("locked"));
    let recorded = app
        .scalar(
            "SELECT COUNT(*) FROM audit_logs WHERE action = 'auth.login' AND outcome = 'failure'",
        )
        .await;
    assert_eq!(
        recorded, 9,
        "every failure audited (and the refused right password)"
    );
}

#[tokio::test]
async fn requests_without_a_session_are_unauthenticated() {
    let app = spawn_app().await;
    let b = app
        .gql(None, "{ complaints { edges { node { id } } } }", json!({}))
        .await;
    assert_eq!(code(&b).as_deref(), Some("UNAUTHENTICATED"));
    let b = app.gql(Some("not-a-token"), ME, json!({})).await;
    assert_eq!(code(&b).as_deref(), Some("UNAUTHENTICATED"));
}

#[tokio::test]
async fn weak_passwords_are_refused_when_creating_users() {
    let app = spawn_app().await;
    let q = "mutation($i: CreateUserInput!) { createUser(input: $i) { id } }";
    let before = app.count("users").await;
    let b = app
        .as_user("admin", q, json!({ "i": { "username": "newbie", "displayName": "新人", "password": "short", "roles": ["agent"] } }))
        .await;
    assert_eq!(code(&b).as_deref(), Some("BAD_USER_INPUT"));
    assert_eq!(app.count("users").await, before);
    let b = app
        .as_user("admin", q, json!({ "i": { "username": "newbie", "displayName": "新人", "password": "Long-enough-9", "roles": ["agent"] } }))
        .await;
    assert!(b["data"]["createUser"]["id"].is_string(), "{b}");
    // and the new user can log in
    let l = app
        .gql(
            None,
            LOGIN,
            json!({ "i": { "username": "newbie", "password": "Long-enough-9" } }),
        )
        .await;
    assert!(l["data"]["login"]["token"].is_string());
}
