//! Bad input gets a clear error code and changes nothing.
use crate::helpers::*;
use serde_json::{json, Value};

async fn raw(app: &TestApp, token: &str, body: &str, content_type: &str) -> (u16, Value) {
    let resp = app
        .client
        .post(app.url("/graphql"))
        .bearer_auth(token)
        .header("content-type", content_type)
        .body(body.to_string())
        .send()
        .await
        .expect("send");
    let status = resp.status().as_u16();
    let text = resp.text().await.expect("text");
    (
        status,
        serde_json::from_str(&text).unwrap_or_else(|_| panic!("not JSON ({status}): {text}")),
    )
}

fn create_input(app: &TestApp, description: Value) -> Value {
    json!({ "i": { "customerPhone": "13812341234", "customerName": "张三", "categoryId": app.category_id.to_string(), "description": description } })
}

#[tokio::test]
async fn malformed_requests_get_clear_errors_and_write_nothing() {
    let app = spawn_app().await;
    let token = app.token("agent").await;
    let (id, v, _) = app.create_complaint("agent", "13812341234").await;
    let before = app.snapshot().await;

    // malformed JSON
    let (status, body) = raw(&app, &token, "{\"query\": \"mutation {", "application/json").await;
    assert_eq!(status, 400);
    assert_eq!(code(&body).as_deref(), Some("BAD_USER_INPUT"));
    // not GraphQL at all
    let (status, body) = raw(&app, &token, "hello", "text/plain").await;
    assert_eq!(status, 415);
    assert_eq!(code(&body).as_deref(), Some("BAD_USER_INPUT"));
    // GraphQL syntax error
    let b = app
        .gql(
            Some(&token),
            "mutation { createComplaint(input: { ",
            json!({}),
        )
        .await;
    assert_eq!(code(&b).as_deref(), Some("BAD_USER_INPUT"));
    // wrong variable types
    let mut vars = create_input(&app, json!("x"));
    vars["i"]["customerPhone"] = json!(13812341234u64);
    let b = app.gql(Some(&token), CREATE, vars).await;
    assert_eq!(code(&b).as_deref(), Some("BAD_USER_INPUT"));
    let b = app
        .gql(
            Some(&token),
            "query($id: ID!) { complaint(id: $id) { id } }",
            json!({ "id": { "x": 1 } }),
        )
        .await;
    assert_eq!(code(&b).as_deref(), Some("BAD_USER_INPUT"));
    // unknown enum value
    let mut vars = create_input(&app, json!("x"));
    vars["i"]["priority"] = json!("SUPER_URGENT");
    let b = app.gql(Some(&token), CREATE, vars).await;
    assert_eq!(code(&b).as_deref(), Some("BAD_USER_INPUT"));
    // empty and 100,000-character strings
    let b = app
        .gql(Some(&token), CREATE, create_input(&app, json!("   ")))
        .await;
    assert_eq!(code(&b).as_deref(), Some("BAD_USER_INPUT"));
    assert_eq!(b["errors"][0]["extensions"]["field"], "description");
    let b = app
        .gql(
            Some(&token),
            CREATE,
            create_input(&app, json!("投".repeat(100_000))),
        )
        .await;
    assert_eq!(code(&b).as_deref(), Some("BAD_USER_INPUT"));
    let mut vars = create_input(&app, json!("正常描述"));
    vars["i"]["customerName"] = json!("名".repeat(100_000));
    let b = app.gql(Some(&token), CREATE, vars).await;
    assert_eq!(code(&b).as_deref(), Some("BAD_USER_INPUT"));
    // control characters, bad phone, negative money, unknown category
    let b = app
        .gql(
            Some(&token),
            CREATE,
            create_input(&app, json!("bad\u{0007}bell")),
        )
        .await;
    assert_eq!(code(&b).as_deref(), Some("BAD_USER_INPUT"));
    let mut vars = create_input(&app, json!("x"));
    vars["i"]["customerPhone"] = json!("call me maybe");
    assert_eq!(
        code(&app.gql(Some(&token), CREATE, vars).await).as_deref(),
        Some("BAD_USER_INPUT")
    );
    let mut vars = create_input(&app, json!("x"));
    vars["i"]["amountDisputedCents"] = json!(-5);
    assert_eq!(
        code(&app.gql(Some(&token), CREATE, vars).await).as_deref(),
        Some("BAD_USER_INPUT")
    );
    let mut vars = create_input(&app, json!("x"));
    vars["i"]["categoryId"] = json!("999999");
    assert_eq!(
        code(&app.gql(Some(&token), CREATE, vars).await).as_deref(),
        Some("BAD_USER_INPUT")
    );
    let mut vars = create_input(&app, json!("x"));
    vars["i"]["categoryId"] = json!("abc");
    assert_eq!(
        code(&app.gql(Some(&token), CREATE, vars).await).as_deref(),
        Some("BAD_USER_INPUT")
    );
    // unknown ids
    let b = app
        .gql(
            Some(&token),
            "{ complaint(id: \"987654\") { id } }",
            json!({}),
        )
        .await;
    assert_eq!(code(&b).as_deref(), Some("NOT_FOUND"));
    let b = app
        .gql(
            Some(&token),
            "{ complaintByNumber(number: \"TS20200101-000001\") { id } }",
            json!({}),
        )
        .await;
    assert_eq!(code(&b).as_deref(), Some("NOT_FOUND"));
    let b = app
        .gql(
            Some(&token),
            "{ complaintByNumber(number: \"'; DROP TABLE complaints; --\") { id } }",
            json!({}),
        )
        .await;
    assert_eq!(code(&b).as_deref(), Some("BAD_USER_INPUT"));
    let b = app
        .gql(
            Some(&token),
            "mutation($i: EscalateComplaintInput!) { escalateComplaint(input: $i) { id } }",
            json!({ "i": { "id": "987654", "expectedVersion": 1 } }),
        )
        .await;
    assert_eq!(code(&b).as_deref(), Some("NOT_FOUND"));
    // page sizes and cursors
    let b = app
        .gql(
            Some(&token),
            "{ complaints(first: 100000) { totalCount } }",
            json!({}),
        )
        .await;
    assert_eq!(code(&b).as_deref(), Some("BAD_USER_INPUT"));
    let b = app
        .gql(
            Some(&token),
            "{ complaints(after: \"garbage!\") { totalCount } }",
            json!({}),
        )
        .await;
    assert_eq!(code(&b).as_deref(), Some("BAD_USER_INPUT"));
    // an edit is held to the same rules as a registration
    let update = "mutation($i: UpdateComplaintInput!) { updateComplaint(input: $i) { version } }";
    for (field, value) in [
        ("occurredAt", json!("2999-01-01T00:00:00Z")),
        ("refundRequestedCents", json!(-1)),
        ("title", json!("  ")),
    ] {
        let b = app
            .gql(
                Some(&token),
                update,
                json!({ "i": { "id": id, "expectedVersion": v, field: value } }),
            )
            .await;
        assert_eq!(code(&b).as_deref(), Some("BAD_USER_INPUT"), "{field}: {b}");
        assert_eq!(b["errors"][0]["extensions"]["field"], field, "{b}");
    }
    // an illegal transition
    let b = app
        .gql(
            Some(&token),
            "mutation($i: RecordCallbackInput!) { recordCallback(input: $i) { id } }",
            json!({ "i": { "id": id, "expectedVersion": v, "satisfaction": 5 } }),
        )
        .await;
    assert_eq!(code(&b).as_deref(), Some("BAD_USER_INPUT"));

    assert_eq!(app.snapshot().await, before, "nothing was written");
    // errors never leak SQL or paths
    let b = app
        .gql(
            Some(&token),
            CREATE,
            create_input(&app, json!("投".repeat(100_000))),
        )
        .await;
    let msg = b["errors"][0]["message"].as_str().unwrap_or("");
    assert!(
        !msg.to_lowercase().contains("sql") && !msg.contains("/src/"),
        "{msg}"
    );
}

#[tokio::test]
async fn oversized_bodies_and_deep_queries_are_refused() {
    let app = spawn_app().await;
    let token = app.token("expert").await;
    let before = app.snapshot().await;
    let huge = json!({ "query": "{ me { user { id } } }", "variables": { "x": "a".repeat(2 * 1024 * 1024) } }).to_string();
    let (status, body) = raw(&app, &token, &huge, "application/json").await;
    assert_eq!(status, 413);
    assert_eq!(code(&body).as_deref(), Some("BAD_USER_INPUT"));
    // depth limit
    let mut q = String::from("{ complaints { edges { node { repeatOf { ");
    for _ in 0..12 {
        q.push_str("repeatOf { ");
    }
    q.push_str("id");
    for _ in 0..12 {
        q.push_str(" }");
    }
    q.push_str(" } } } } }");
    let b = app.gql(Some(&token), &q, json!({})).await;
    assert_eq!(code(&b).as_deref(), Some("BAD_USER_INPUT"));
    assert!(
        b["errors"][0]["message"]
            .as_str()
            .unwrap_or("")
            .to_lowercase()
            .contains("nested"),
        "{b}"
    );
    assert_eq!(app.snapshot().await, before);
}
