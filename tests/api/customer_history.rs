//! A customer's history: complaints filtered by customer or announcement,
//! `Customer.complaintCount` and `Customer.complaints`, under the same read
//! policy as `complaints`.
use crate::helpers::*;
use crate::reasons::reason_of;
use serde_json::json;

const LIST: &str = "query($f: ComplaintFilter) { complaints(filter: $f, first: 50) { totalCount edges { node { id announcement { id title } } } } }";
const BY_PHONE: &str = "query($p: String!, $after: String) { customerByPhone(phone: $p) { id complaintCount
    complaints(first: 2, after: $after) { totalCount edges { cursor node { id number } } pageInfo { hasNextPage endCursor } } } }";

fn ids(body: &serde_json::Value, path: &[&str]) -> Vec<String> {
    let mut v = body;
    for p in path {
        v = &v[*p];
    }
    v["edges"]
        .as_array()
        .unwrap_or_else(|| panic!("{body}"))
        .iter()
        .map(|e| e["node"]["id"].as_str().unwrap_or("").to_string())
        .collect()
}

#[tokio::test]
async fn the_queue_filters_by_customer_and_by_announcement() {
    let app = spawn_app().await;
    let (a1, _, _) = app.create_complaint("agent", "13812341234").await;
    let (a2, _, _) = app.create_complaint("agent", "13812341234").await;
    let (_b1, _, _) = app.create_complaint("agent", "13900001111").await;
    let ann = crate::announcements::announcement(&app, "光缆中断").await;
    let linked = crate::announcements::create_linked(&app, &ann).await;
    let linked = linked["data"]["createComplaint"]["complaint"]["id"]
        .as_str()
        .unwrap_or_else(|| panic!("{linked}"))
        .to_string();

    let customer = app
        .as_user("expert", BY_PHONE, json!({ "p": "13812341234" }))
        .await;
    let cid = customer["data"]["customerByPhone"]["id"].clone();
    let b = app
        .as_user("expert", LIST, json!({ "f": { "customerId": cid } }))
        .await;
    let mut got = ids(&b, &["data", "complaints"]);
    got.sort();
    let mut want = vec![a1.clone(), a2.clone()];
    want.sort();
    assert_eq!(got, want, "{b}");
    assert_eq!(b["data"]["complaints"]["totalCount"], 2);

    let b = app
        .as_user("expert", LIST, json!({ "f": { "announcementId": ann } }))
        .await;
    assert_eq!(
        ids(&b, &["data", "complaints"]),
        vec![linked.clone()],
        "{b}"
    );
    assert_eq!(
        b["data"]["complaints"]["edges"][0]["node"]["announcement"]["title"],
        "光缆中断"
    );
    let b = app
        .as_user("expert", LIST, json!({ "f": { "customerId": "x" } }))
        .await;
    assert_eq!(
        reason_of(&b),
        (
            "BAD_USER_INPUT".into(),
            "INVALID_INPUT".into(),
            Some("customerId".into())
        )
    );
}

#[tokio::test]
async fn a_customers_complaints_are_counted_and_paged_within_the_callers_scope() {
    let app = spawn_app().await;
    for _ in 0..3 {
        app.create_complaint("agent", "13812341234").await;
    }
    app.create_complaint("agent2", "13812341234").await;

    // the expert reads every complaint: four, in pages of two
    let b = app
        .as_user("expert", BY_PHONE, json!({ "p": "13812341234" }))
        .await;
    let c = &b["data"]["customerByPhone"];
    assert_eq!(c["complaintCount"], 4, "{b}");
    assert_eq!(c["complaints"]["totalCount"], 4);
    assert_eq!(c["complaints"]["pageInfo"]["hasNextPage"], true);
    let first = ids(&b, &["data", "customerByPhone", "complaints"]);
    let after = c["complaints"]["pageInfo"]["endCursor"].clone();
    let b2 = app
        .as_user(
            "expert",
            BY_PHONE,
            json!({ "p": "13812341234", "after": after }),
        )
        .await;
    let second = ids(&b2, &["data", "customerByPhone", "complaints"]);
    assert_eq!(second.len(), 2, "{b2}");
    assert!(first.iter().all(|i| !second.contains(i)), "no duplicates");
    assert_eq!(
        b2["data"]["customerByPhone"]["complaints"]["pageInfo"]["hasNextPage"],
        false
    );

    // agent2 sees only the one complaint they accepted
    let b = app
        .as_user("agent2", BY_PHONE, json!({ "p": "13812341234" }))
        .await;
    let c = &b["data"]["customerByPhone"];
    assert_eq!(c["complaintCount"], 1, "{b}");
    assert_eq!(ids(&b, &["data", "customerByPhone", "complaints"]).len(), 1);
}
