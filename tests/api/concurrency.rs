use crate::helpers::*;
use serde_json::json;
use std::collections::HashSet;

#[tokio::test]
async fn concurrent_registrations_get_unique_numbers() {
    let app = std::sync::Arc::new(spawn_app().await);
    let token = app.token("agent").await;
    let mut tasks = vec![];
    for i in 0..40 {
        let app = app.clone();
        let token = token.clone();
        tasks.push(tokio::spawn(async move {
            let body = app
                .gql(
                    Some(&token),
                    CREATE,
                    json!({ "i": { "customerPhone": format!("1380000{:04}", i % 7), "customerName": "并发客户", "categoryId": app.category_id.to_string(), "description": format!("并发登记 {i}") } }),
                )
                .await;
            body["data"]["createComplaint"]["complaint"]["number"].as_str().map(str::to_string).ok_or(body)
        }));
    }
    let mut numbers = HashSet::new();
    for t in tasks {
        let n = t
            .await
            .expect("task")
            .unwrap_or_else(|b| panic!("create failed: {b}"));
        assert!(numbers.insert(n.clone()), "duplicate number {n}");
    }
    assert_eq!(numbers.len(), 40);
    assert_eq!(app.count("complaints").await, 40);
    assert_eq!(
        app.count("customers").await,
        7,
        "customers found by phone, not duplicated"
    );
    let mut seqs: Vec<u32> = numbers
        .iter()
        .map(|n| n[11..].parse().expect("seq"))
        .collect();
    seqs.sort();
    assert_eq!(
        seqs,
        (1..=40).collect::<Vec<_>>(),
        "gapless per-day sequence"
    );
}
