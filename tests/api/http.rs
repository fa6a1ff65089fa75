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
    let body = r.text().await.expect("readyz body");
    assert!(
        body.starts_with("ready\nsentence encoder: absent"),
        "the test app runs without the encoder, and says so: {body}"
    );
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

#[tokio::test]
async fn console_is_served_with_spa_fallback_and_cache_headers() {
    let dir = tempfile::tempdir().expect("tempdir");
    std::fs::create_dir_all(dir.path().join("assets")).expect("mkdir");
    std::fs::write(
        dir.path().join("index.html"),
        "<!doctype html><div id=root>",
    )
    .expect("w");
    std::fs::write(dir.path().join("assets/index-abc123.js"), "console.log(1)").expect("w");
    let console = dir.path().to_path_buf();
    let app = spawn_app_with(move |c| c.console_dir = Some(console)).await;
    let get = |path: &str| app.client.get(app.url(path)).send();

    let r = get("/").await.expect("index");
    assert_eq!(r.status(), 200);
    assert_eq!(r.headers()["cache-control"], "no-cache");
    // hardened: no inline or foreign scripts, never framed, no sniffing
    let csp = r.headers()["content-security-policy"]
        .to_str()
        .unwrap_or("")
        .to_string();
    assert!(csp.contains("script-src 'self';"), "{csp}");
    assert!(!csp.contains("script-src 'self' 'unsafe-inline'"), "{csp}");
    assert!(csp.contains("frame-ancestors 'none'"), "{csp}");
    assert_eq!(r.headers()["x-content-type-options"], "nosniff");
    assert_eq!(r.headers()["referrer-policy"], "no-referrer");
    assert!(r.text().await.expect("body").contains("id=root"));

    // HEAD answers like GET, without a body
    let r = app
        .client
        .head(app.url("/complaints"))
        .send()
        .await
        .expect("head");
    assert_eq!(r.status(), 200);
    // a client-side route gets the app shell
    let r = get("/complaints/42").await.expect("spa route");
    assert_eq!(r.status(), 200);
    assert!(r.headers()["content-type"]
        .to_str()
        .unwrap_or("")
        .starts_with("text/html"));

    let r = get("/assets/index-abc123.js").await.expect("asset");
    assert_eq!(r.status(), 200);
    assert!(r.headers()["content-type"]
        .to_str()
        .unwrap_or("")
        .starts_with("text/javascript"));
    assert!(r.headers()["cache-control"]
        .to_str()
        .unwrap_or("")
        .contains("immutable"));

    // a missing asset is a 404, not the app shell; no escaping the directory
    assert_eq!(
        get("/assets/missing-1.js").await.expect("missing").status(),
        404
    );
    assert_eq!(
        get("/assets/%2e%2e/%2e%2e/Cargo.toml")
            .await
            .expect("dots")
            .status(),
        404
    );
    // the API keeps its own routes
    assert_eq!(
        get("/healthz")
            .await
            .expect("healthz")
            .text()
            .await
            .expect("ok"),
        "ok"
    );
}

#[tokio::test]
async fn missing_console_explains_how_to_build_it() {
    let dir = tempfile::tempdir().expect("tempdir");
    let console = dir.path().join("nothing-here");
    let app = spawn_app_with(move |c| c.console_dir = Some(console)).await;
    let r = app.client.get(app.url("/")).send().await.expect("index");
    assert_eq!(r.status(), 503);
    let body = r.text().await.expect("body");
    assert!(body.contains("npm"), "{body}");
    assert!(body.contains("nothing-here"), "{body}");
}
