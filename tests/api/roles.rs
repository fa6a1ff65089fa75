//! Custom roles and the roles query.
use crate::helpers::*;
use serde_json::json;

#[tokio::test]
async fn custom_roles_grant_exactly_their_permissions() {
    let app = spawn_app().await;
    let r = app
        .as_user("admin", "mutation($i: CreateRoleInput!) { createRole(input: $i) { id permissions } }",
            json!({ "i": { "code": "night_agent", "name": "夜班坐席", "permissions": ["complaint.create", "complaint.read.own"] } }))
        .await;
    assert_eq!(
        r["data"]["createRole"]["permissions"],
        json!(["complaint.create", "complaint.read.own"])
    );
    let bad = app
        .as_user(
            "admin",
            "mutation($i: CreateRoleInput!) { createRole(input: $i) { id } }",
            json!({ "i": { "code": "bad", "name": "坏", "permissions": ["complaint.delete"] } }),
        )
        .await;
    assert_eq!(code(&bad).as_deref(), Some("BAD_USER_INPUT"));
    let builtin_id = app
        .scalar("SELECT id FROM roles WHERE code = 'agent'")
        .await;
    let b = app
        .as_user(
            "admin",
            "mutation($i: UpdateRoleInput!) { updateRole(input: $i) { id } }",
            json!({ "i": { "id": builtin_id.to_string(), "permissions": [] } }),
        )
        .await;
    assert_eq!(
        code(&b).as_deref(),
        Some("BAD_USER_INPUT"),
        "built-in roles are read-only"
    );
    let u = app
        .as_user("admin", "mutation($i: CreateUserInput!) { createUser(input: $i) { id } }",
            json!({ "i": { "username": "night1", "displayName": "夜班一号", "password": "Night-shift-2026", "roles": ["night_agent"], "teamId": app.teams["store_a"].to_string() } }))
        .await;
    assert!(u["data"]["createUser"]["id"].is_string(), "{u}");
    let login = app.gql(None, "mutation { login(input: {username: \"night1\", password: \"Night-shift-2026\"}) { token } }", json!({})).await;
    let token = login["data"]["login"]["token"]
        .as_str()
        .expect("token")
        .to_string();
    let created = app
        .gql(Some(&token), CREATE, json!({ "i": { "customerPhone": "13600000000", "customerName": "王五", "categoryId": app.category_id.to_string(), "description": "夜间来电" } }))
        .await;
    let id = created["data"]["createComplaint"]["complaint"]["id"]
        .as_str()
        .expect("created")
        .to_string();
    let esc = app
        .gql(
            Some(&token),
            "mutation($i: EscalateComplaintInput!) { escalateComplaint(input: $i) { id } }",
            json!({ "i": { "id": id, "expectedVersion": 1 } }),
        )
        .await;
    assert_eq!(code(&esc).as_deref(), Some("FORBIDDEN"));
}

#[tokio::test]
async fn roles_are_an_admin_read() {
    let app = spawn_app().await;
    let q = "{ roles { code permissions } }";
    for user in ["agent", "expert", "auditor", "supervisor"] {
        let body = app.as_user(user, q, json!({})).await;
        assert_eq!(code(&body).as_deref(), Some("FORBIDDEN"), "{user}: {body}");
    }
    let body = app.as_user("admin", q, json!({})).await;
    assert!(
        body["data"]["roles"]
            .as_array()
            .is_some_and(|r| !r.is_empty()),
        "{body}"
    );
    let denied = app
        .scalar("SELECT COUNT(*) FROM audit_logs WHERE action = 'role.list' AND outcome = 'denied'")
        .await;
    assert_eq!(denied, 4, "refusals are audited");
}
