//! The A/B role (issue 13 §1): an absent member's round-robin turn goes to
//! their backup, and marking a member absent hands their open complaints to
//! the backup, or to the team queue when the backup is away too.
use crate::helpers::*;
use crate::reasons::reason_of;
use crate::routing::{assignee, placed, register, routed, rule};
use serde_json::{json, Value};

const ROSTER: &str = "mutation($i: SetUserRosterInput!) { setUserRoster(input: $i) {
    user { username absent backup { username } } handedOver handedTo { username } } }";

#[tokio::test]
async fn an_absent_members_turn_and_open_work_go_to_the_backup() {
    let app = spawn_app().await;
    let finance = app.teams["dept_finance"].to_string();
    rule(
        &app,
        json!({ "name": "计费", "teamId": finance, "assignMode": "ROUND_ROBIN" }),
    )
    .await;
    let first = register(&app, "13600000001", json!({})).await;
    assert_eq!(assignee(&placed(&app, &first).await), Some("handler2"));

    // refusals change nothing
    let before = app.snapshot().await;
    let outsider = app.users["handler"].to_string(); // quality, not finance
    let b = app
        .as_user(
            "admin",
            ROSTER,
            json!({ "i": { "userId": app.users["handler2"].to_string(),
        "absent": true, "backupUserId": outsider } }),
        )
        .await;
    assert_eq!(
        reason_of(&b),
        (
            "BAD_USER_INPUT".into(),
            "NOT_TEAM_MEMBER".into(),
            Some("backupUserId".into())
        ),
        "{b}"
    );
    let b = app
        .as_user(
            "agent",
            ROSTER,
            json!({ "i": { "userId": app.users["handler2"].to_string(),
        "absent": true } }),
        )
        .await;
    assert_eq!(reason_of(&b).1, "MISSING_PERMISSION", "{b}");
    let audit_rows = app.count("audit_logs").await;
    assert_eq!(
        app.snapshot()
            .await
            .into_iter()
            .filter(|(t, _)| t != "audit_logs")
            .collect::<Vec<_>>(),
        before
            .into_iter()
            .filter(|(t, _)| t != "audit_logs")
            .collect::<Vec<_>>(),
    );
    assert!(audit_rows > 0);

    // handler2 goes on leave with approver as backup: the open complaint moves at once
    let b = app
        .as_user(
            "supervisor",
            ROSTER,
            json!({ "i": { "userId": app.users["handler2"].to_string(),
        "absent": true, "backupUserId": app.users["approver"].to_string() } }),
        )
        .await;
    let r = &b["data"]["setUserRoster"];
    assert_eq!(r["user"]["absent"], true, "{b}");
    assert_eq!(r["user"]["backup"]["username"], "approver", "{b}");
    assert_eq!(r["handedOver"], 1, "{b}");
    assert_eq!(r["handedTo"]["username"], "approver", "{b}");
    let c = placed(&app, &first).await;
    assert_eq!(assignee(&c), Some("approver"), "{c}");
    let handover = c["timeline"]
        .as_array()
        .unwrap()
        .iter()
        .rev()
        .find(|e| e["kind"] == "ASSIGNED")
        .cloned()
        .unwrap_or_default();
    assert_eq!(handover["data"]["insteadOf"], app.users["handler2"], "{c}");
    assert_eq!(handover["data"]["reason"], "absent", "{c}");

    // approver's turn, then handler2's turn taken by the backup, then approver again
    let names: Vec<(Option<String>, Option<String>)> = {
        let mut out = vec![];
        for i in 2..5 {
            let id = register(&app, &format!("1360000000{i}"), json!({})).await;
            let c = placed(&app, &id).await;
            let d = &routed(&c)[0]["data"];
            out.push((
                assignee(&c).map(str::to_string),
                d["insteadOf"].as_i64().map(|u| u.to_string()),
            ));
        }
        out
    };
    let h2 = Some(app.users["handler2"].to_string());
    assert_eq!(
        names,
        vec![
            (Some("approver".into()), None),
            (Some("approver".into()), h2),
            (Some("approver".into()), None),
        ]
    );
    // both away and no backup present: complaints wait in the team queue
    let b = app
        .as_user(
            "admin",
            ROSTER,
            json!({ "i": { "userId": app.users["approver"].to_string(),
        "absent": true } }),
        )
        .await;
    assert_eq!(b["data"]["setUserRoster"]["handedOver"], 4, "{b}");
    assert_eq!(b["data"]["setUserRoster"]["handedTo"], Value::Null, "{b}");
    let id = register(&app, "13600000009", json!({})).await;
    let c = placed(&app, &id).await;
    assert_eq!(c["team"]["id"], json!(finance));
    assert_eq!(assignee(&c), None, "{c}");
    assert!(
        routed(&c)[0]["body"]
            .as_str()
            .unwrap_or("")
            .contains("暂无在岗"),
        "{c}"
    );
    // the agent's refused attempt and the two changes
    let audit = app
        .scalar("SELECT COUNT(*) FROM audit_logs WHERE action = 'user.roster'")
        .await;
    assert_eq!(audit, 3);
}
