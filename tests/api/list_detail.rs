//! A list reads only the columns a queue shows; a detail field asked of a
//! list is loaded in one batch and must equal what a single read returns,
//! with no more audit rows than the list's one.
use crate::helpers::*;
use sea_orm::ConnectionTrait;
use serde_json::json;

const DETAIL: &str = "description occurredPlace productModel productBatch orderNumber \
    purchasedOn amountDisputedCents refundRequestedCents refundGrantedCents responsibility \
    findings resolution satisfaction escalatedAt firstRepliedAt resolvedAt closedAt \
    usedKbVersion { id }";

#[tokio::test]
async fn detail_fields_asked_of_a_list_equal_the_single_read_and_add_no_audit_rows() {
    let app = spawn_app().await;
    let mut ids = vec![];
    for (i, phone) in ["13800000021", "13800000022", "13800000023"]
        .iter()
        .enumerate()
    {
        let body = app
            .as_user(
                "agent",
                CREATE,
                json!({ "i": {
                    "customerPhone": phone, "customerName": "王五", "channel": "HOTLINE",
                    "categoryId": app.category_id.to_string(), "priority": "NORMAL",
                    "title": format!("冰箱不制冷 {i}"),
                    "description": format!("第{i}台冰箱买来一周就不制冷了。"),
                    "productModel": format!("BCD-{}WDPV", 500 + i), "orderNumber": format!("JD{i}0001"),
                    "purchasedOn": "2026-11-01", "amountDisputedCents": 100 * (i as i64 + 1),
                    "occurredPlace": "北京市海淀区"
                }}),
            )
            .await;
        let id = body["data"]["createComplaint"]["complaint"]["id"]
            .as_str()
            .unwrap_or_else(|| panic!("create failed: {body}"))
            .to_string();
        ids.push(id);
    }
    // one of them further along, so the milestone fields are not all null
    let (id, version, _) = app.create_complaint("agent", "13800000024").await;
    app.drive(&id, version, "RESOLVED").await;
    ids.push(id);

    let before = app.count("audit_logs").await;
    let list = app
        .as_user(
            "expert",
            &format!("{{ complaints(first: 50) {{ edges {{ node {{ id title {DETAIL} }} }} }} }}"),
            json!({}),
        )
        .await;
    assert!(list["errors"].is_null(), "{list}");
    assert_eq!(
        app.count("audit_logs").await,
        before + 1,
        "one row for the list, none for the detail batch"
    );
    let edges = list["data"]["complaints"]["edges"]
        .as_array()
        .expect("edges");
    for id in &ids {
        let listed = edges
            .iter()
            .map(|e| &e["node"])
            .find(|n| n["id"] == id.as_str())
            .unwrap_or_else(|| panic!("complaint {id} not listed: {list}"));
        let single = app
            .as_user(
                "expert",
                &format!("query($id: ID!) {{ complaint(id: $id) {{ id title {DETAIL} }} }}"),
                json!({ "id": id }),
            )
            .await;
        assert_eq!(listed, &single["data"]["complaint"], "complaint {id}");
    }
    let resolved = edges
        .iter()
        .find(|e| e["node"]["id"] == ids[3].as_str())
        .expect("resolved listed");
    assert!(resolved["node"]["resolvedAt"].is_string(), "{resolved}");
    assert!(resolved["node"]["resolution"].is_string(), "{resolved}");
    let first = edges
        .iter()
        .find(|e| e["node"]["id"] == ids[0].as_str())
        .expect("first listed");
    assert_eq!(first["node"]["productModel"], "BCD-500WDPV");
    assert_eq!(
        first["node"]["description"],
        "第0台冰箱买来一周就不制冷了。"
    );
}

#[tokio::test]
async fn a_list_without_detail_fields_does_not_read_them() {
    // a detail column holding a value no view can parse: a whole read
    // fails loudly (INTERNAL), a list that does not ask for the detail never
    // touches it, and one that asks gets the same error for that field
    let app = spawn_app().await;
    let (id, _, _) = app.create_complaint("agent", "13800000031").await;
    app.services
        .db()
        .conn()
        .execute_unprepared(&format!(
            "UPDATE complaints SET responsibility = 'no-such-code' WHERE id = {id}"
        ))
        .await
        .expect("update");
    let single = app
        .as_user(
            "expert",
            "query($id: ID!) { complaint(id: $id) { id } }",
            json!({ "id": id }),
        )
        .await;
    assert_eq!(code(&single).as_deref(), Some("INTERNAL"), "{single}");

    let summary = app
        .as_user(
            "expert",
            "{ complaints { edges { node { id number title status priority createdAt customer { nameMasked } assignee { displayName } } } } }",
            json!({}),
        )
        .await;
    assert!(summary["errors"].is_null(), "{summary}");
    let edges = summary["data"]["complaints"]["edges"]
        .as_array()
        .expect("edges");
    let node = &edges
        .iter()
        .find(|e| e["node"]["id"] == id.as_str())
        .unwrap_or_else(|| panic!("not listed: {summary}"))["node"];
    assert_eq!(node["customer"]["nameMasked"], "张**", "{summary}");

    let asked = app
        .as_user(
            "expert",
            "{ complaints { edges { node { id responsibility } } } }",
            json!({}),
        )
        .await;
    assert_eq!(code(&asked).as_deref(), Some("INTERNAL"), "{asked}");
}

/// A list page is read as one JSON value the database folds; it must hold
/// exactly what the row-by-row read of the same complaints holds, on SQLite
/// and PostgreSQL: text that needs escaping, times to the microsecond,
/// flags, complaints with and without an assignee.
#[tokio::test]
async fn a_folded_list_page_equals_the_rows_read_one_by_one() {
    use kesu::db::entity::complaint;
    use kesu::db::joined;
    use sea_orm::{EntityTrait, QueryOrder};

    let app = spawn_app().await;
    for (i, title) in [
        "空调\"不制冷\" \\ 反斜杠",
        "第一行\n第二行\t制表 😀",
        "手機無法開機（繁體）",
        "</script><b>x</b> & 'quote'",
    ]
    .iter()
    .enumerate()
    {
        let body = app
            .as_user(
                "agent",
                CREATE,
                json!({ "i": {
                    "customerPhone": format!("1380000003{i}"), "customerName": format!("客户{i}号"),
                    "channel": "HOTLINE", "categoryId": app.category_id.to_string(),
                    "priority": if i % 2 == 0 { "URGENT" } else { "NORMAL" },
                    "title": title, "description": "说明"
                }}),
            )
            .await;
        assert!(body["errors"].is_null(), "{body}");
    }
    // one assigned and further along, so the assignee join is not all null
    let (id, version, _) = app.create_complaint("agent", "13800000039").await;
    app.drive(&id, version, "RESOLVED").await;

    let db = app.services.db().conn();
    let select = || complaint::Entity::find().order_by_desc(complaint::Column::Id);
    let folded = joined::fetch_summary(db, select(), 51)
        .await
        .expect("folded page");
    let rows: Vec<joined::SummaryRow> = joined::fetch(db, select(), Some(51))
        .await
        .expect("rows")
        .into_iter()
        .map(|r| joined::SummaryRow {
            head: r.complaint.into(),
            customer: r.customer,
            assignee: r.assignee,
        })
        .collect();
    assert_eq!(rows.len(), 5);
    assert!(rows.iter().any(|r| r.assignee.is_some()), "one is assigned");
    assert!(rows.iter().any(|r| r.assignee.is_none()), "some are not");
    assert_eq!(folded, rows);

    let two = joined::fetch_summary(db, select(), 2)
        .await
        .expect("page of two");
    assert_eq!(two, rows[..2].to_vec(), "the limit applies inside the fold");
}
