use crate::helpers::*;
use serde_json::json;

#[tokio::test]
async fn health_readiness_and_graphiql_answer() {
    let app = spawn_app().await;
    let r = app
        .client
        .get(app.url("/healthz"))
        .send()
        .await
        .expect("healthz");
    assert_eq!(r.status(), 200);
    let r = app
        .client
        .get(app.url("/readyz"))
        .send()
        .await
        .expect("readyz");
    assert_eq!(r.status(), 200);
    let r = app
        .client
        .get(app.url("/graphiql"))
        .send()
        .await
        .expect("graphiql");
    assert_eq!(r.status(), 200);
    assert!(r.headers()["content-type"]
        .to_str()
        .unwrap_or("")
        .starts_with("text/html"));
    assert!(r
        .text()
        .await
        .expect("text")
        .to_lowercase()
        .contains("graphiql"));
}

#[tokio::test]
async fn get_runs_queries_but_not_mutations() {
    let app = spawn_app().await;
    let token = app.token("expert").await;
    let r = app
        .client
        .get(app.url("/graphql"))
        .query(&[("query", "{ me { user { username } } }")])
        .bearer_auth(&token)
        .send()
        .await
        .expect("get");
    assert_eq!(r.status(), 200);
    assert!(r.headers()["content-type"]
        .to_str()
        .unwrap_or("")
        .starts_with("application/json"));
    assert!(r.headers().contains_key("x-request-id"));
    let body: serde_json::Value = r.json().await.expect("json");
    assert_eq!(body["data"]["me"]["user"]["username"], "expert");

    let before = app.snapshot().await;
    let r = app
        .client
        .get(app.url("/graphql"))
        .query(&[("query", "mutation { logout }")])
        .bearer_auth(&token)
        .send()
        .await
        .expect("get");
    assert_eq!(r.status(), 405);
    let body: serde_json::Value = r.json().await.expect("json");
    assert_eq!(code(&body).as_deref(), Some("BAD_USER_INPUT"));
    assert_eq!(app.snapshot().await, before);
    let r = app
        .client
        .put(app.url("/graphql"))
        .send()
        .await
        .expect("put");
    assert_eq!(r.status(), 405);
}

#[tokio::test]
async fn request_ids_are_echoed_and_recorded() {
    let app = spawn_app().await;
    let token = app.token("agent").await;
    let (id, _, _) = app.create_complaint("agent", "13812341234").await;
    let r = app
        .client
        .post(app.url("/graphql"))
        .bearer_auth(&token)
        .header("x-request-id", "req-abc-123")
        .json(&json!({ "query": "mutation($i: RevealCustomerContactInput!) { revealCustomerContact(input: $i) { phone } }", "variables": { "i": { "complaintId": id, "reason": "核实" } } }))
        .send()
        .await
        .expect("send");
    assert_eq!(r.headers()["x-request-id"], "req-abc-123");
    assert_eq!(app.scalar("SELECT COUNT(*) FROM audit_logs WHERE request_id = 'req-abc-123' AND action = 'customer.reveal'").await, 1);
}
