//! GraphQL over HTTP against hostile and picky clients: media types and the
//! spec's status codes, form posts, depth, introspection and suggestions.
use crate::helpers::*;
use async_graphql::parser::types::{ExecutableDocument, Selection, SelectionSet};
use serde_json::{json, Value};
use std::collections::HashMap;

const GRAPHQL_RESPONSE: &str = "application/graphql-response+json";

async fn post(
    app: &TestApp,
    token: Option<&str>,
    accept: Option<&str>,
    content_type: &str,
    body: String,
) -> (u16, String, Value) {
    let mut req = app
        .client
        .post(app.url("/graphql"))
        .header("content-type", content_type)
        .body(body);
    if let Some(a) = accept {
        req = req.header("accept", a);
    }
    if let Some(t) = token {
        req = req.bearer_auth(t);
    }
    let resp = req.send().await.expect("send");
    let status = resp.status().as_u16();
    let media = resp
        .headers()
        .get("content-type")
        .and_then(|v| v.to_str().ok())
        .unwrap_or("")
        .to_string();
    let text = resp.text().await.expect("text");
    let body =
        serde_json::from_str(&text).unwrap_or_else(|_| panic!("not JSON ({status}): {text}"));
    (status, media, body)
}

fn query(q: &str) -> String {
    json!({ "query": q }).to_string()
}

#[tokio::test]
async fn graphql_response_json_gets_the_specs_status_codes() {
    let app = spawn_app().await;
    let token = app.token("expert").await;
    let accept = Some(GRAPHQL_RESPONSE);
    let json = "application/json";

    // executed: 200, with data
    let (status, media, body) = post(
        &app,
        Some(&token),
        accept,
        json,
        query("{ me { user { id } } }"),
    )
    .await;
    assert_eq!(status, 200);
    assert!(media.starts_with(GRAPHQL_RESPONSE), "{media}");
    assert!(media.contains("charset=utf-8"), "{media}");
    assert!(body["data"]["me"]["user"]["id"].is_string(), "{body}");

    // executed with a field error (no session): still 200, data present
    let (status, _, body) = post(&app, None, accept, json, query("{ me { user { id } } }")).await;
    assert_eq!(status, 200);
    assert!(body.get("data").is_some(), "{body}");
    assert_eq!(code(&body).as_deref(), Some("UNAUTHENTICATED"));

    // a document that does not parse, or does not validate: 400, no data
    for bad in ["{ me { user { id }", "{ noSuchField }"] {
        let (status, media, body) = post(&app, Some(&token), accept, json, query(bad)).await;
        assert_eq!(status, 400, "{bad}: {body}");
        assert!(media.starts_with(GRAPHQL_RESPONSE), "{media}");
        assert!(body.get("data").is_none(), "{bad}: {body}");
        assert_eq!(code(&body).as_deref(), Some("BAD_USER_INPUT"));
    }
    // malformed JSON: 400 in the accepted media type
    let (status, media, _) = post(&app, Some(&token), accept, json, "{\"query\":".into()).await;
    assert_eq!(status, 400);
    assert!(media.starts_with(GRAPHQL_RESPONSE), "{media}");

    // legacy clients (application/json, or no Accept) get 200 and data: null
    for legacy in [Some("application/json"), None, Some("*/*")] {
        let (status, media, body) =
            post(&app, Some(&token), legacy, json, query("{ noSuchField }")).await;
        assert_eq!(status, 200, "{legacy:?}");
        assert!(media.starts_with("application/json"), "{media}");
        assert_eq!(body["data"], Value::Null);
    }

    // nothing acceptable offered: 406
    let (status, _, body) = post(
        &app,
        Some(&token),
        Some("text/html"),
        json,
        query("{ __typename }"),
    )
    .await;
    assert_eq!(status, 406);
    assert_eq!(code(&body).as_deref(), Some("BAD_USER_INPUT"));
}

#[tokio::test]
async fn text_plain_form_posts_and_foreign_charsets_are_415_and_write_nothing() {
    let app = spawn_app().await;
    let token = app.token("agent").await;
    let before = app.snapshot().await;
    let create = "mutation { logout }";
    let cases: [(Option<&str>, &str, String); 4] = [
        (Some(&token), "text/plain", query(create)),
        (
            Some(&token),
            "application/x-www-form-urlencoded",
            format!("query={}", "mutation%20%7B%20logout%20%7D"),
        ),
        (
            Some(&token),
            "application/json; charset=utf-16",
            query(create),
        ),
        // a cross-site form: multipart without a header that forces a preflight
        (
            None,
            "multipart/form-data; boundary=x",
            "--x\r\nContent-Disposition: form-data; name=\"operations\"\r\n\r\n{\"query\":\"mutation { logout }\"}\r\n--x--\r\n".into(),
        ),
    ];
    for (t, media, body) in cases {
        let (status, _, answer) = post(&app, t, None, media, body).await;
        assert_eq!(status, 415, "{media}: {answer}");
        assert_eq!(code(&answer).as_deref(), Some("BAD_USER_INPUT"));
    }
    assert_eq!(app.snapshot().await, before);
    // the token still works: no logout ran
    let b = app
        .gql(Some(&token), "{ me { user { id } } }", json!({}))
        .await;
    assert!(b["data"]["me"].is_object(), "{b}");
}

#[tokio::test]
async fn anonymous_callers_get_no_introspection_and_no_suggestions() {
    let app = spawn_app().await;
    let b = app
        .gql(None, "{ __schema { types { name } } }", json!({}))
        .await;
    assert!(
        b["data"].is_null() || b["data"]["__schema"].is_null(),
        "no schema for anonymous callers: {b}"
    );
    let b = app
        .gql(
            None,
            "{ __type(name: \"Complaint\") { fields { name } } }",
            json!({}),
        )
        .await;
    assert!(!b.to_string().contains("customerPhone"), "{b}");
    // __typename stays (clients use it)
    let b = app.gql(None, "{ __typename }", json!({})).await;
    assert_eq!(b["data"]["__typename"], "Query");

    // a misspelt field is refused without naming the real one, for anyone
    let token = app.token("agent").await;
    for t in [None, Some(token.as_str())] {
        let b = app
            .gql(t, "{ complaint(id: \"1\") { custmerPhone } }", json!({}))
            .await;
        let message = b["errors"][0]["message"].as_str().unwrap_or("");
        assert!(message.contains("custmerPhone"), "{b}");
        assert!(!message.to_lowercase().contains("did you mean"), "{b}");
    }
}

/// The standard introspection query's shape (type references seven deep),
/// as GraphiQL and code generators send it.
const INTROSPECTION: &str = r#"
query IntrospectionQuery {
  __schema {
    queryType { name } mutationType { name } subscriptionType { name }
    types { ...FullType }
    directives { name description locations args { ...InputValue } }
  }
}
fragment FullType on __Type {
  kind name description
  fields(includeDeprecated: true) {
    name description args { ...InputValue } type { ...TypeRef } isDeprecated deprecationReason
  }
  inputFields { ...InputValue }
  interfaces { ...TypeRef }
  enumValues(includeDeprecated: true) { name description isDeprecated deprecationReason }
  possibleTypes { ...TypeRef }
}
fragment InputValue on __InputValue { name description type { ...TypeRef } defaultValue }
fragment TypeRef on __Type {
  kind name
  ofType { kind name ofType { kind name ofType { kind name ofType { kind name
    ofType { kind name ofType { kind name ofType { kind name } } } } } } }
}"#;

#[tokio::test]
async fn staff_introspect_with_the_standard_query_but_operations_stay_shallow() {
    let app = spawn_app().await;
    let token = app.token("agent").await;
    let b = app.gql(Some(&token), INTROSPECTION, json!({})).await;
    let types = b["data"]["__schema"]["types"]
        .as_array()
        .cloned()
        .unwrap_or_default();
    assert!(
        types.iter().any(|t| t["name"] == "Complaint"),
        "staff keep introspection: {}",
        &b.to_string()[..b.to_string().len().min(400)]
    );
    // introspection cannot smuggle an operation past the depth limit
    let b = app
        .gql(
            Some(&token),
            "{ __typename complaints { edges { node { repeatOf { repeatOf { repeatOf { repeatOf { repeatOf { repeatOf { repeatOf { id } } } } } } } } } } }",
            json!({}),
        )
        .await;
    assert_eq!(code(&b).as_deref(), Some("BAD_USER_INPUT"), "{b}");
    // the same for anonymous callers: refused
    let b = app.gql(None, INTROSPECTION, json!({})).await;
    assert!(
        b["data"].is_null() || b["data"]["__schema"].is_null(),
        "{b}"
    );
}

#[tokio::test]
async fn five_thousand_aliases_are_refused() {
    let app = spawn_app().await;
    let token = app.token("agent").await;
    let before = app.snapshot().await;
    let aliases: String = (0..5000).map(|i| format!("a{i}: __typename ")).collect();
    let b = app
        .gql(Some(&token), &format!("{{ {aliases} }}"), json!({}))
        .await;
    assert_eq!(
        code(&b).as_deref(),
        Some("BAD_USER_INPUT"),
        "aliases of __typename count"
    );
    let aliases: String = (0..5000)
        .map(|i| format!("a{i}: me {{ permissions }} "))
        .collect();
    let b = app
        .gql(Some(&token), &format!("{{ {aliases} }}"), json!({}))
        .await;
    assert_eq!(code(&b).as_deref(), Some("BAD_USER_INPUT"));
    assert_eq!(app.snapshot().await, before);
}

/// Depth as the server counts it: nested fields, fragments inlined.
fn depth(set: &SelectionSet, fragments: &HashMap<String, SelectionSet>, seen: usize) -> usize {
    set.items
        .iter()
        .map(|item| match &item.node {
            Selection::Field(f) => depth(&f.node.selection_set.node, fragments, seen) + 1,
            Selection::InlineFragment(f) => depth(&f.node.selection_set.node, fragments, seen),
            Selection::FragmentSpread(s) => match fragments.get(s.node.fragment_name.node.as_str())
            {
                Some(inner) if seen < 16 => depth(inner, fragments, seen + 1),
                _ => 0,
            },
        })
        .max()
        .unwrap_or(0)
}

/// Complexity as the server counts it: every selected field, aliases and
/// `__typename` included, fragments inlined.
fn fields(set: &SelectionSet, fragments: &HashMap<String, SelectionSet>, seen: usize) -> usize {
    set.items
        .iter()
        .map(|item| match &item.node {
            Selection::Field(f) => fields(&f.node.selection_set.node, fragments, seen) + 1,
            Selection::InlineFragment(f) => fields(&f.node.selection_set.node, fragments, seen),
            Selection::FragmentSpread(s) => match fragments.get(s.node.fragment_name.node.as_str())
            {
                Some(inner) if seen < 16 => fields(inner, fragments, seen + 1),
                _ => 0,
            },
        })
        .sum()
}

#[test]
fn every_console_operation_fits_the_depth_and_complexity_limits() {
    let generated = std::fs::read_to_string(
        std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("frontend/src/gql/gql.ts"),
    )
    .expect("frontend/src/gql/gql.ts");
    let documents: Vec<ExecutableDocument> = generated
        .lines()
        .filter_map(|l| {
            l.trim()
                .strip_suffix(',')
                .and_then(|l| l.split_once("\": typeof types."))
        })
        .map(|(quoted, _)| {
            let text: String = serde_json::from_str(&format!("{quoted}\"")).expect("a JSON string");
            // a document of fragments alone gets a probe operation to parse
            async_graphql::parser::parse_query(&text)
                .or_else(|_| {
                    async_graphql::parser::parse_query(format!(
                        "{text}\nquery DepthProbe {{ __typename }}"
                    ))
                })
                .expect("the console's document parses")
        })
        .collect();
    assert!(documents.len() > 100, "found {} documents", documents.len());
    let fragments: HashMap<String, SelectionSet> = documents
        .iter()
        .flat_map(|d| d.fragments.iter())
        .map(|(name, f)| (name.to_string(), f.node.selection_set.node.clone()))
        .collect();
    let mut deepest = (0, String::new());
    let mut widest = (0, String::new());
    for doc in &documents {
        for (name, op) in doc.operations.iter() {
            let name = name.map(|n| n.to_string()).unwrap_or_default();
            let d = depth(&op.node.selection_set.node, &fragments, 0);
            if d > deepest.0 {
                deepest = (d, name.clone());
            }
            let w = fields(&op.node.selection_set.node, &fragments, 0);
            if w > widest.0 {
                widest = (w, name);
            }
        }
    }
    assert!(
        widest.0 <= kesu::graphql::MAX_COMPLEXITY,
        "{} selects {} fields, over the limit of {}",
        widest.1,
        widest.0,
        kesu::graphql::MAX_COMPLEXITY
    );
    assert!(
        deepest.0 <= kesu::graphql::MAX_DEPTH,
        "{} nests {} deep, over the limit of {}",
        deepest.1,
        deepest.0,
        kesu::graphql::MAX_DEPTH
    );
    assert!(deepest.0 >= 5, "the walk sees nesting: {deepest:?}");
}
