//! Announcements: edited and ended with `expectedVersion`, audited; an ended
//! announcement cannot be linked to a new complaint.
use crate::helpers::*;
use crate::reasons::reason_of;
use serde_json::{json, Value};

const CREATE: &str =
    "mutation($i: CreateAnnouncementInput!) { createAnnouncement(input: $i) { id version } }";
const UPDATE: &str = "mutation($i: UpdateAnnouncementInput!) { updateAnnouncement(input: $i) { id version title explanation category { id } ended } }";
const END: &str = "mutation($i: EndAnnouncementInput!) { endAnnouncement(input: $i) { id version ended activeUntil } }";

/// A new active announcement (as the supervisor); returns its id.
pub async fn announcement(app: &TestApp, title: &str) -> String {
    let b = app
        .as_user(
            "supervisor",
            CREATE,
            json!({ "i": { "title": title, "explanation": "因光缆中断，部分地区宽带无法上网，预计今晚恢复。" } }),
        )
        .await;
    b["data"]["createAnnouncement"]["id"]
        .as_str()
        .unwrap_or_else(|| panic!("{b}"))
        .to_string()
}

/// An announcement that has been ended; returns its id.
pub async fn ended_announcement(app: &TestApp) -> String {
    let id = announcement(app, "已结束的公告").await;
    let b = app
        .as_user(
            "supervisor",
            END,
            json!({ "i": { "id": id, "expectedVersion": 1 } }),
        )
        .await;
    assert_eq!(b["data"]["endAnnouncement"]["ended"], true, "{b}");
    id
}

/// Register a complaint (as `agent`) linked to an announcement; returns the body.
pub async fn create_linked(app: &TestApp, announcement_id: &str) -> Value {
    app.as_user(
        "agent",
        CREATE_LINKED,
        json!({ "i": {
            "customerPhone": "13700001111", "customerName": "李四", "channel": "HOTLINE",
            "categoryId": app.category_id.to_string(), "description": "宽带从中午起无法上网",
            "announcementId": announcement_id
        }}),
    )
    .await
}

const CREATE_LINKED: &str = "mutation($i: CreateComplaintInput!) { createComplaint(input: $i) { complaint { id announcement { id } } } }";

#[tokio::test]
async fn an_announcement_is_edited_with_its_version_and_the_edit_is_audited() {
    let app = spawn_app().await;
    let id = announcement(&app, "光缆中断").await;
    let b = app
        .as_user(
            "supervisor",
            UPDATE,
            json!({ "i": { "id": id, "expectedVersion": 1, "title": "光缆中断（更新）",
                "categoryId": app.top_category_id.to_string() } }),
        )
        .await;
    let a = &b["data"]["updateAnnouncement"];
    assert_eq!(a["version"], 2, "{b}");
    assert_eq!(a["title"], "光缆中断（更新）");
    assert_eq!(a["category"]["id"], json!(app.top_category_id.to_string()));
    assert_eq!(
        a["explanation"], "因光缆中断，部分地区宽带无法上网，预计今晚恢复。",
        "fields not given stay"
    );
    let stale = app
        .as_user(
            "supervisor",
            UPDATE,
            json!({ "i": { "id": id, "expectedVersion": 1, "title": "又一次" } }),
        )
        .await;
    assert_eq!(reason_of(&stale).1, "STALE_VERSION", "{stale}");
    let denied = app
        .as_user(
            "agent",
            UPDATE,
            json!({ "i": { "id": id, "expectedVersion": 2, "title": "x" } }),
        )
        .await;
    assert_eq!(reason_of(&denied).1, "MISSING_PERMISSION", "{denied}");
    let blank = app
        .as_user(
            "supervisor",
            UPDATE,
            json!({ "i": { "id": id, "expectedVersion": 2, "explanation": "  " } }),
        )
        .await;
    assert_eq!(
        reason_of(&blank),
        (
            "BAD_USER_INPUT".into(),
            "INVALID_INPUT".into(),
            Some("explanation".into())
        )
    );
    let audited = app
        .scalar(&format!(
            "SELECT COUNT(*) FROM audit_logs WHERE action = 'announcement.update' AND target_id = '{id}' AND outcome = 'success'"
        ))
        .await;
    assert_eq!(audited, 1);
}

#[tokio::test]
async fn an_ended_announcement_leaves_the_active_list_and_cannot_be_linked() {
    let app = spawn_app().await;
    let id = announcement(&app, "短信网关故障").await;
    let ok = create_linked(&app, &id).await;
    assert_eq!(
        ok["data"]["createComplaint"]["complaint"]["announcement"]["id"],
        json!(id),
        "{ok}"
    );
    let b = app
        .as_user(
            "supervisor",
            END,
            json!({ "i": { "id": id, "expectedVersion": 1 } }),
        )
        .await;
    assert_eq!(b["data"]["endAnnouncement"]["ended"], true, "{b}");
    assert_eq!(b["data"]["endAnnouncement"]["version"], 2);
    let active = app
        .as_user(
            "agent",
            "{ announcements { edges { node { id } } } }",
            json!({}),
        )
        .await;
    assert_eq!(
        active["data"]["announcements"]["edges"],
        json!([]),
        "{active}"
    );
    let before = app.count("complaints").await;
    let refused = create_linked(&app, &id).await;
    assert_eq!(
        reason_of(&refused),
        (
            "BAD_USER_INPUT".into(),
            "ANNOUNCEMENT_ENDED".into(),
            Some("announcementId".into())
        ),
        "{refused}"
    );
    assert_eq!(app.count("complaints").await, before);
    let again = app
        .as_user(
            "supervisor",
            END,
            json!({ "i": { "id": id, "expectedVersion": 2 } }),
        )
        .await;
    assert_eq!(reason_of(&again).1, "ANNOUNCEMENT_ENDED", "{again}");
    let audited = app
        .scalar(&format!(
            "SELECT COUNT(*) FROM audit_logs WHERE action = 'announcement.end' AND target_id = '{id}'"
        ))
        .await;
    assert_eq!(audited, 1);
}
