//! A server keeps the actors of live sessions in memory (`auth::sessions`),
//! but every change to what a session may do takes effect on the very next
//! request. The changes below are written straight into the database, as
//! another kesu process sharing it (or an operator) would.
use crate::helpers::*;
use sea_orm::ConnectionTrait;
use serde_json::{json, Value};

const ME: &str = "{ me { user { username } permissions } }";

async fn sql(app: &TestApp, statement: &str) {
    app.services
        .db()
        .conn()
        .execute_unprepared(statement)
        .await
        .expect(statement);
}

fn permissions(body: &Value) -> Vec<String> {
    body["data"]["me"]["permissions"]
        .as_array()
        .unwrap_or_else(|| panic!("permissions in {body}"))
        .iter()
        .filter_map(|p| p.as_str().map(str::to_string))
        .collect()
}

/// Two requests, so that the second one is served from the cache.
async fn warm(app: &TestApp, token: &str) -> Value {
    app.gql(Some(token), ME, json!({})).await;
    app.gql(Some(token), ME, json!({})).await
}

#[tokio::test]
async fn a_changed_role_permission_or_role_takes_effect_on_the_next_request() {
    let app = spawn_app().await;
    let token = app.token("agent").await;
    let me = warm(&app, &token).await;
    assert!(permissions(&me).contains(&"complaint.create".to_string()));

    sql(
        &app,
        "DELETE FROM role_permissions WHERE permission = 'complaint.create' \
         AND role_id = (SELECT id FROM roles WHERE code = 'agent')",
    )
    .await;
    let me = app.gql(Some(&token), ME, json!({})).await;
    assert!(!permissions(&me).contains(&"complaint.create".to_string()));

    sql(
        &app,
        "INSERT INTO role_permissions (role_id, permission) \
         SELECT id, 'complaint.create' FROM roles WHERE code = 'agent'",
    )
    .await;
    let me = warm(&app, &token).await;
    assert!(permissions(&me).contains(&"complaint.create".to_string()));

    sql(
        &app,
        "DELETE FROM user_roles WHERE user_id = (SELECT id FROM users WHERE username = 'agent')",
    )
    .await;
    let me = app.gql(Some(&token), ME, json!({})).await;
    assert_eq!(permissions(&me), Vec::<String>::new());
}

#[tokio::test]
async fn a_renamed_user_is_seen_under_the_new_name_on_the_next_request() {
    let app = spawn_app().await;
    let token = app.token("expert").await;
    warm(&app, &token).await;
    sql(
        &app,
        "UPDATE users SET username = 'expert2' WHERE username = 'expert'",
    )
    .await;
    let me = app.gql(Some(&token), ME, json!({})).await;
    assert_eq!(me["data"]["me"]["user"]["username"], "expert2");
}

#[tokio::test]
async fn deactivation_revocation_and_expiry_end_a_cached_session_at_once() {
    let app = spawn_app().await;
    for (user, change) in [
        (
            "agent",
            "UPDATE users SET active = false WHERE username = 'agent'",
        ),
        (
            "expert",
            "UPDATE sessions SET revoked_at = expires_at \
             WHERE user_id = (SELECT id FROM users WHERE username = 'expert')",
        ),
        (
            "supervisor",
            "UPDATE sessions SET expires_at = created_at \
             WHERE user_id = (SELECT id FROM users WHERE username = 'supervisor')",
        ),
        (
            "auditor",
            "DELETE FROM sessions \
             WHERE user_id = (SELECT id FROM users WHERE username = 'auditor')",
        ),
    ] {
        let token = app.token(user).await;
        let me = warm(&app, &token).await;
        assert_eq!(me["data"]["me"]["user"]["username"], user);
        sql(&app, change).await;
        let after = app.gql(Some(&token), ME, json!({})).await;
        assert_eq!(
            code(&after).as_deref(),
            Some("UNAUTHENTICATED"),
            "{user} after `{change}`: {after}"
        );
    }
}

#[tokio::test]
async fn deactivating_a_user_through_the_api_ends_their_cached_session() {
    let app = spawn_app().await;
    let token = app.token("agent").await;
    warm(&app, &token).await;
    let id = app.users["agent"];
    let out = app
        .as_user(
            "admin",
            "mutation($i: UpdateUserInput!) { updateUser(input: $i) { id } }",
            json!({ "i": { "id": id.to_string(), "active": false } }),
        )
        .await;
    assert!(out["errors"].is_null(), "{out}");
    let after = app.gql(Some(&token), ME, json!({})).await;
    assert_eq!(code(&after).as_deref(), Some("UNAUTHENTICATED"));
}
