//! Assigning a complaint: only to an active member of the complaint's team;
//! `assignableUsers` lists those members for whoever may assign.
use crate::helpers::*;
use crate::reasons::reason_of;
use serde_json::json;

const ASSIGN: &str = "mutation($i: AssignComplaintInput!) { assignComplaint(input: $i) { version assignee { username } } }";
const ASSIGNABLE: &str =
    "query($t: ID!) { assignableUsers(teamId: $t) { username active team { id } } }";

#[tokio::test]
async fn a_complaint_is_assigned_only_to_an_active_member_of_its_team() {
    let app = spawn_app().await;
    let (id, v, _) = app.create_complaint("agent", "13812341234").await;
    let v = app.drive(&id, v, "DISPATCHED").await; // now with dept_quality
    let before = app.snapshot().await;
    let b = app
        .as_user(
            "expert",
            ASSIGN,
            json!({ "i": { "id": id, "expectedVersion": v, "assigneeId": app.users["handler2"].to_string() } }),
        )
        .await;
    assert_eq!(
        reason_of(&b),
        (
            "BAD_USER_INPUT".into(),
            "NOT_TEAM_MEMBER".into(),
            Some("assigneeId".into())
        ),
        "{b}"
    );
    assert_eq!(
        app.snapshot().await,
        before,
        "a refused assignment writes nothing"
    );

    // a member of the team, but deactivated
    let h3 = app
        .as_user(
            "admin",
            "mutation($i: CreateUserInput!) { createUser(input: $i) { id } }",
            json!({ "i": { "username": "handler3", "displayName": "测试handler3", "password": PASSWORD,
                "teamId": app.teams["dept_quality"].to_string(), "roles": ["handler"] } }),
        )
        .await;
    let h3 = h3["data"]["createUser"]["id"].clone();
    let d = app
        .as_user(
            "admin",
            "mutation($i: UpdateUserInput!) { updateUser(input: $i) { active } }",
            json!({ "i": { "id": h3, "active": false } }),
        )
        .await;
    assert_eq!(d["data"]["updateUser"]["active"], false, "{d}");
    let b = app
        .as_user(
            "expert",
            ASSIGN,
            json!({ "i": { "id": id, "expectedVersion": v, "assigneeId": h3 } }),
        )
        .await;
    assert_eq!(reason_of(&b).1, "NOT_TEAM_MEMBER", "{b}");

    let ok = app
        .as_user(
            "supervisor",
            ASSIGN,
            json!({ "i": { "id": id, "expectedVersion": v, "assigneeId": app.users["handler"].to_string() } }),
        )
        .await;
    assert_eq!(
        ok["data"]["assignComplaint"]["assignee"]["username"], "handler",
        "{ok}"
    );
}

#[tokio::test]
async fn experts_and_supervisors_list_the_active_members_of_a_team() {
    let app = spawn_app().await;
    let team = app.teams["dept_finance"].to_string();
    for user in ["expert", "supervisor"] {
        let b = app.as_user(user, ASSIGNABLE, json!({ "t": team })).await;
        let names: Vec<&str> = b["data"]["assignableUsers"]
            .as_array()
            .unwrap_or_else(|| panic!("{b}"))
            .iter()
            .map(|u| u["username"].as_str().unwrap_or(""))
            .collect();
        // handler2 (handler) and approver sit in the finance department
        assert_eq!(names, ["approver", "handler2"], "{user}: {b}");
    }
    for user in ["agent", "handler", "auditor"] {
        let b = app.as_user(user, ASSIGNABLE, json!({ "t": team })).await;
        assert_eq!(
            reason_of(&b).1,
            "MISSING_PERMISSION",
            "{user} may not assign: {b}"
        );
    }
    let b = app
        .as_user("expert", ASSIGNABLE, json!({ "t": "424242" }))
        .await;
    assert_eq!(reason_of(&b).0, "NOT_FOUND", "{b}");
}
