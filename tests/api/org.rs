//! Categories are edited and deactivated (hidden from intake, kept on old
//! complaints); a team's kind changes only while it has no open complaints.
use crate::helpers::*;
use crate::reasons::reason_of;
use serde_json::{json, Value};

const UPDATE_CAT: &str = "mutation($i: UpdateCategoryInput!) { updateCategory(input: $i) {
    id name active parent { id } defaultTeam { id } } }";
const CATS: &str =
    "query($all: Boolean! = false) { categories(includeInactive: $all) { id active } }";
const UPDATE_TEAM: &str =
    "mutation($i: UpdateTeamInput!) { updateTeam(input: $i) { id kind name } }";

/// A new sub-category of billing, deactivated; returns its id.
pub async fn deactivated_category(app: &TestApp) -> String {
    let b = app
        .as_user(
            "admin",
            "mutation($i: CreateCategoryInput!) { createCategory(input: $i) { id } }",
            json!({ "i": { "code": "billing.old", "name": "旧套餐资费", "parentId": app.top_category_id.to_string() } }),
        )
        .await;
    let id = b["data"]["createCategory"]["id"]
        .as_str()
        .unwrap_or_else(|| panic!("{b}"))
        .to_string();
    let d = app
        .as_user(
            "admin",
            UPDATE_CAT,
            json!({ "i": { "id": id, "active": false } }),
        )
        .await;
    assert_eq!(d["data"]["updateCategory"]["active"], false, "{d}");
    id
}

/// Register a complaint (as `agent`) in a category; returns the body.
pub async fn create_in_category(app: &TestApp, category_id: &str) -> Value {
    app.as_user(
        "agent",
        CREATE,
        json!({ "i": {
            "customerPhone": "13700002222", "customerName": "王五", "channel": "HOTLINE",
            "categoryId": category_id, "description": "套餐资费与宣传不符"
        }}),
    )
    .await
}

fn cat_ids(b: &Value) -> Vec<String> {
    b["data"]["categories"]
        .as_array()
        .unwrap_or_else(|| panic!("{b}"))
        .iter()
        .map(|c| c["id"].as_str().unwrap_or("").to_string())
        .collect()
}

#[tokio::test]
async fn a_category_is_renamed_moved_and_given_another_default_team() {
    let app = spawn_app().await;
    let id = app.category_id.to_string();
    let b = app
        .as_user(
            "admin",
            UPDATE_CAT,
            json!({ "i": { "id": id, "name": "错误扣费（含增值业务）", "parentId": null,
                "defaultTeamId": app.teams["dept_quality"].to_string() } }),
        )
        .await;
    let c = &b["data"]["updateCategory"];
    assert_eq!(c["name"], "错误扣费（含增值业务）", "{b}");
    assert_eq!(c["parent"], Value::Null, "null parentId makes it top-level");
    assert_eq!(
        c["defaultTeam"]["id"],
        json!(app.teams["dept_quality"].to_string())
    );
    // a category cannot become its own ancestor
    let cyc = app
        .as_user(
            "admin",
            UPDATE_CAT,
            json!({ "i": { "id": app.top_category_id.to_string(), "parentId": app.top_category_id.to_string() } }),
        )
        .await;
    assert_eq!(
        reason_of(&cyc),
        (
            "BAD_USER_INPUT".into(),
            "INVALID_INPUT".into(),
            Some("parentId".into())
        ),
        "{cyc}"
    );
    let denied = app
        .as_user(
            "agent",
            UPDATE_CAT,
            json!({ "i": { "id": id, "name": "x" } }),
        )
        .await;
    assert_eq!(reason_of(&denied).1, "MISSING_PERMISSION");
    let audited = app
        .scalar("SELECT COUNT(*) FROM audit_logs WHERE action = 'category.update' AND outcome = 'success'")
        .await;
    assert_eq!(audited, 1);
}

#[tokio::test]
async fn a_deactivated_category_is_hidden_from_intake_but_kept_on_old_complaints() {
    let app = spawn_app().await;
    // an old complaint in the category, before it is retired
    let b = app
        .as_user(
            "admin",
            "mutation($i: CreateCategoryInput!) { createCategory(input: $i) { id } }",
            json!({ "i": { "code": "billing.legacy", "name": "老套餐", "parentId": app.top_category_id.to_string() } }),
        )
        .await;
    let cat = b["data"]["createCategory"]["id"]
        .as_str()
        .unwrap_or_else(|| panic!("{b}"))
        .to_string();
    let old = create_in_category(&app, &cat).await;
    let old_id = old["data"]["createComplaint"]["complaint"]["id"].clone();
    assert!(old_id.is_string(), "{old}");
    let d = app
        .as_user(
            "admin",
            UPDATE_CAT,
            json!({ "i": { "id": cat, "active": false } }),
        )
        .await;
    assert_eq!(d["data"]["updateCategory"]["active"], false, "{d}");

    let intake = app.as_user("agent", CATS, json!({})).await;
    assert!(!cat_ids(&intake).contains(&cat), "hidden from intake");
    let all = app.as_user("admin", CATS, json!({ "all": true })).await;
    assert!(cat_ids(&all).contains(&cat), "the admin still sees it");

    let kept = app
        .as_user(
            "agent",
            "query($id: ID!) { complaint(id: $id) { category { id name active } } }",
            json!({ "id": old_id }),
        )
        .await;
    assert_eq!(kept["data"]["complaint"]["category"]["id"], json!(cat));
    assert_eq!(kept["data"]["complaint"]["category"]["active"], false);

    let before = app.count("complaints").await;
    let refused = create_in_category(&app, &cat).await;
    assert_eq!(
        reason_of(&refused),
        (
            "BAD_USER_INPUT".into(),
            "CATEGORY_INACTIVE".into(),
            Some("categoryId".into())
        ),
        "{refused}"
    );
    assert_eq!(app.count("complaints").await, before);
    // moving a complaint into it is refused too
    let (id, v, _) = app.create_complaint("agent", "13812341234").await;
    let moved = app
        .as_user(
            "agent",
            "mutation($i: UpdateComplaintInput!) { updateComplaint(input: $i) { version } }",
            json!({ "i": { "id": id, "expectedVersion": v, "categoryId": cat } }),
        )
        .await;
    assert_eq!(reason_of(&moved).1, "CATEGORY_INACTIVE", "{moved}");
    // and back
    let r = app
        .as_user(
            "admin",
            UPDATE_CAT,
            json!({ "i": { "id": cat, "active": true } }),
        )
        .await;
    assert_eq!(r["data"]["updateCategory"]["active"], true);
    let intake = app.as_user("agent", CATS, json!({})).await;
    assert!(cat_ids(&intake).contains(&cat));
}

#[tokio::test]
async fn a_teams_kind_changes_only_while_it_has_no_open_complaints() {
    let app = spawn_app().await;
    let quality = app.teams["dept_quality"].to_string();
    let finance = app.teams["dept_finance"].to_string();
    let b = app
        .as_user(
            "admin",
            UPDATE_TEAM,
            json!({ "i": { "id": finance, "kind": "branch" } }),
        )
        .await;
    assert_eq!(b["data"]["updateTeam"]["kind"], "branch", "{b}");
    let bad = app
        .as_user(
            "admin",
            UPDATE_TEAM,
            json!({ "i": { "id": finance, "kind": "galaxy" } }),
        )
        .await;
    assert_eq!(reason_of(&bad).2.as_deref(), Some("kind"), "{bad}");

    let (id, v, _) = app.create_complaint("agent", "13812341234").await;
    app.drive(&id, v, "DISPATCHED").await; // open, with dept_quality
    let before = app.snapshot().await;
    let refused = app
        .as_user(
            "admin",
            UPDATE_TEAM,
            json!({ "i": { "id": quality, "kind": "branch" } }),
        )
        .await;
    assert_eq!(
        reason_of(&refused),
        (
            "BAD_USER_INPUT".into(),
            "TEAM_HAS_OPEN_COMPLAINTS".into(),
            Some("kind".into())
        ),
        "{refused}"
    );
    assert_eq!(app.snapshot().await, before);
    // renaming stays possible
    let renamed = app
        .as_user(
            "admin",
            UPDATE_TEAM,
            json!({ "i": { "id": quality, "name": "质量管理部（新）" } }),
        )
        .await;
    assert_eq!(renamed["data"]["updateTeam"]["name"], "质量管理部（新）");
}
