//! The permission matrix: every role against every query and mutation, on a
//! complaint in the state the operation needs (and, for agents and handlers,
//! within their own data scope, so the matrix tests permissions rather than
//! scope). Denials must be FORBIDDEN and audited.
use crate::helpers::*;
use serde_json::{json, Value};

const ROLES: &[&str] = &[
    "agent",
    "expert",
    "handler",
    "supervisor",
    "approver",
    "qa",
    "kb_editor",
    "kb_reviewer",
    "auditor",
    "admin",
];

/// Roles with `kb.read`.
const KB_READERS: &[&str] = &[
    "agent",
    "expert",
    "handler",
    "supervisor",
    "approver",
    "qa",
    "kb_editor",
    "kb_reviewer",
];

struct Op {
    name: &'static str,
    /// State the complaint must be in; `None` for operations without one.
    state: Option<&'static str>,
    allowed: &'static [&'static str],
    build: fn(&TestApp, &str, i64) -> (String, Value),
}

fn step(mutation: &str, id: &str, v: i64, extra: Value) -> (String, Value) {
    let mut input = extra;
    input["id"] = json!(id);
    input["expectedVersion"] = json!(v);
    (
        format!(
            "mutation($i: {}Input!) {{ {mutation}(input: $i) {{ id }} }}",
            input_type(mutation)
        ),
        json!({ "i": input }),
    )
}

const OPS: &[Op] = &[
    Op {
        name: "complaint",
        state: Some("ACCEPTED"),
        allowed: &["agent", "expert", "supervisor", "approver", "qa"],
        build: |_, id, _| {
            (
                "query($id: ID!) { complaint(id: $id) { id } }".into(),
                json!({ "id": id }),
            )
        },
    },
    Op {
        name: "complaints",
        state: None,
        allowed: &["agent", "handler", "expert", "supervisor", "approver", "qa"],
        build: |_, _, _| {
            (
                "{ complaints { totalCount edges { node { id } } } }".into(),
                json!({}),
            )
        },
    },
    Op {
        name: "customerByPhone",
        state: None,
        allowed: &["agent", "expert", "supervisor"],
        build: |_, _, _| {
            (
                "{ customerByPhone(phone: \"13812341234\") { phoneMasked } }".into(),
                json!({}),
            )
        },
    },
    Op {
        name: "createComplaint",
        state: None,
        allowed: &["agent", "expert", "supervisor"],
        build: |app, _, _| {
            (
                CREATE.into(),
                json!({ "i": { "customerPhone": "13700000000", "customerName": "李四", "categoryId": app.category_id.to_string(), "description": "测试" } }),
            )
        },
    },
    Op {
        name: "updateComplaint",
        state: Some("ACCEPTED"),
        allowed: &["agent", "expert", "supervisor"],
        build: |_, id, v| step("updateComplaint", id, v, json!({ "priority": "URGENT" })),
    },
    Op {
        name: "escalateComplaint",
        state: Some("ACCEPTED"),
        allowed: &["agent", "expert", "supervisor"],
        build: |_, id, v| step("escalateComplaint", id, v, json!({})),
    },
    Op {
        name: "dispatchComplaint",
        state: Some("ESCALATED"),
        allowed: &["expert", "supervisor"],
        build: |app, id, v| {
            step(
                "dispatchComplaint",
                id,
                v,
                json!({ "teamId": app.teams["dept_quality"].to_string() }),
            )
        },
    },
    Op {
        name: "assignComplaint",
        state: Some("ESCALATED"),
        allowed: &["expert", "supervisor"],
        build: |app, id, v| {
            step(
                "assignComplaint",
                id,
                v,
                json!({ "assigneeId": app.users["expert"].to_string() }),
            )
        },
    },
    Op {
        name: "recordInvestigation",
        state: Some("DISPATCHED"),
        allowed: &["handler", "expert", "supervisor"],
        build: |_, id, v| {
            step(
                "recordInvestigation",
                id,
                v,
                json!({ "findings": "查证属实", "responsibility": "INTERNAL" }),
            )
        },
    },
    Op {
        name: "proposeResolution",
        state: Some("INVESTIGATED"),
        allowed: &["handler", "expert", "supervisor"],
        build: |_, id, v| step("proposeResolution", id, v, json!({ "resolution": "退费" })),
    },
    Op {
        name: "resolveComplaint",
        state: Some("INVESTIGATED"),
        allowed: &["expert", "supervisor"],
        build: |_, id, v| step("resolveComplaint", id, v, json!({ "reply": "已处理" })),
    },
    Op {
        name: "recordCallback",
        state: Some("RESOLVED"),
        allowed: &["agent", "expert", "supervisor", "qa"],
        build: |_, id, v| step("recordCallback", id, v, json!({ "satisfaction": 4 })),
    },
    Op {
        name: "recordCallbackAttempt",
        state: Some("RESOLVED"),
        allowed: &["agent", "expert", "supervisor", "qa"],
        build: |_, id, v| {
            step(
                "recordCallbackAttempt",
                id,
                v,
                json!({ "note": "无人接听" }),
            )
        },
    },
    Op {
        name: "reopenComplaint",
        state: Some("RESOLVED"),
        allowed: &["agent", "expert", "supervisor"],
        build: |_, id, v| step("reopenComplaint", id, v, json!({ "reason": "不满意" })),
    },
    Op {
        name: "closeComplaint",
        state: Some("RESOLVED"),
        allowed: &["expert", "supervisor"],
        build: |_, id, v| step("closeComplaint", id, v, json!({})),
    },
    Op {
        name: "addComplaintNote",
        state: Some("DISPATCHED"),
        allowed: &["agent", "handler", "expert", "supervisor", "approver", "qa"],
        build: |_, id, _| {
            (
                "mutation($i: AddComplaintNoteInput!) { addComplaintNote(input: $i) { id } }"
                    .into(),
                json!({ "i": { "id": id, "body": "备注" } }),
            )
        },
    },
    Op {
        name: "revealCustomerContact",
        state: Some("ACCEPTED"),
        allowed: &["agent", "expert", "supervisor"],
        build: |_, id, _| {
            ("mutation($i: RevealCustomerContactInput!) { revealCustomerContact(input: $i) { phone } }".into(), json!({ "i": { "complaintId": id, "reason": "回电核实" } }))
        },
    },
    Op {
        name: "auditLogs",
        state: None,
        allowed: &["auditor"],
        build: |_, _, _| {
            (
                "{ auditLogs(first: 5) { edges { node { id action } } } }".into(),
                json!({}),
            )
        },
    },
    Op {
        name: "users",
        state: None,
        allowed: &["admin"],
        build: |_, _, _| {
            (
                "{ users { edges { node { username roles } } } }".into(),
                json!({}),
            )
        },
    },
    Op {
        name: "createUser",
        state: None,
        allowed: &["admin"],
        build: |_, _, _| {
            (
                "mutation($i: CreateUserInput!) { createUser(input: $i) { id } }".into(),
                json!({ "i": { "username": format!("u{:x}", rand::random::<u32>()), "displayName": "新员工", "password": "Good-password-1", "roles": ["agent"] } }),
            )
        },
    },
    Op {
        name: "updateUser",
        state: None,
        allowed: &["admin"],
        build: |app, _, _| {
            (
                "mutation($i: UpdateUserInput!) { updateUser(input: $i) { id } }".into(),
                json!({ "i": { "id": app.users["qa"].to_string(), "displayName": "质检 改名" } }),
            )
        },
    },
    Op {
        name: "resetUserPassword",
        state: None,
        allowed: &["admin"],
        build: |app, _, _| {
            (
                "mutation($i: ResetPasswordInput!) { resetUserPassword(input: $i) }".into(),
                // a user outside the matrix: a reset ends the user's sessions
                json!({ "i": { "id": app.users["agent2"].to_string(), "newPassword": PASSWORD } }),
            )
        },
    },
    Op {
        name: "createRole",
        state: None,
        allowed: &["admin"],
        build: |_, _, _| {
            (
                "mutation($i: CreateRoleInput!) { createRole(input: $i) { id } }".into(),
                json!({ "i": { "code": format!("r{:x}", rand::random::<u32>()), "name": "夜班坐席", "permissions": ["complaint.create", "complaint.read.own"] } }),
            )
        },
    },
    Op {
        name: "createTeam",
        state: None,
        allowed: &["admin"],
        build: |_, _, _| {
            (
                "mutation($i: CreateTeamInput!) { createTeam(input: $i) { id } }".into(),
                json!({ "i": { "name": format!("新网点{:x}", rand::random::<u32>()), "kind": "store" } }),
            )
        },
    },
    Op {
        name: "updateTeam",
        state: None,
        allowed: &["admin"],
        build: |app, _, _| {
            (
                "mutation($i: UpdateTeamInput!) { updateTeam(input: $i) { id } }".into(),
                json!({ "i": { "id": app.teams["store_b"].to_string(), "name": format!("二号厅{:x}", rand::random::<u32>()) } }),
            )
        },
    },
    Op {
        name: "createCategory",
        state: None,
        allowed: &["admin"],
        build: |_, _, _| {
            (
                "mutation($i: CreateCategoryInput!) { createCategory(input: $i) { id } }".into(),
                json!({ "i": { "code": format!("c{:x}", rand::random::<u32>()), "name": "新分类" } }),
            )
        },
    },
    Op {
        name: "roles",
        state: None,
        allowed: &["admin"],
        build: |_, _, _| ("{ roles { code permissions } }".into(), json!({})),
    },
    Op {
        name: "referenceData",
        state: None,
        allowed: ROLES,
        build: |_, _, _| {
            (
                "{ permissions { code } categories { id } teams { id } me { user { id } } }".into(),
                json!({}),
            )
        },
    },
    Op {
        name: "complaintStats",
        state: None,
        allowed: &["supervisor", "qa"],
        build: |_, _, _| {
            (
                "{ complaintStats { total byDay { day count } byCategory { category { code } count } } }".into(),
                json!({}),
            )
        },
    },
    Op {
        name: "exportAuditLogs",
        state: None,
        allowed: &["auditor"],
        build: |_, _, _| {
            (
                "mutation($i: ExportAuditLogsInput!) { exportAuditLogs(input: $i) { rowCount } }"
                    .into(),
                json!({ "i": { "filter": { "action": "auth.login" }, "reason": "季度合规检查" } }),
            )
        },
    },
    Op {
        name: "kbSearch",
        state: None,
        allowed: KB_READERS,
        build: |_, _, _| ("{ kbSearch(query: \"扣费\") { total } }".into(), json!({})),
    },
    Op {
        name: "kbSuggest",
        state: None,
        allowed: KB_READERS,
        build: |_, _, _| {
            (
                "{ kbSuggest(prefix: \"话费\") { title } }".into(),
                json!({}),
            )
        },
    },
    Op {
        name: "kbArticles",
        state: None,
        allowed: KB_READERS,
        build: |_, _, _| {
            (
                "{ kbArticles(first: 1) { edges { node { id } } } }".into(),
                json!({}),
            )
        },
    },
    Op {
        name: "announcements",
        state: None,
        allowed: KB_READERS,
        build: |_, _, _| {
            (
                "{ announcements(activeOnly: false) { edges { node { id } } } }".into(),
                json!({}),
            )
        },
    },
    Op {
        name: "createAnnouncement",
        state: None,
        allowed: &["supervisor"],
        build: |app, _, _| {
            (
                "mutation($i: CreateAnnouncementInput!) { createAnnouncement(input: $i) { id } }"
                    .into(),
                json!({ "i": { "title": "计费系统升级", "explanation": "升级期间账单延迟生成，费用不受影响。", "categoryId": app.category_id.to_string() } }),
            )
        },
    },
    Op {
        name: "createKbArticle",
        state: None,
        allowed: &["kb_editor", "kb_reviewer"],
        build: |app, _, _| {
            (
                "mutation($i: CreateKbArticleInput!) { createKbArticle(input: $i) { id } }".into(),
                json!({ "i": { "article": { "title": "彩铃退订", "categoryId": app.category_id.to_string(), "scenario": "客户要求退订彩铃", "solution": "发送短信退订" } } }),
            )
        },
    },
    Op {
        name: "similarComplaints",
        state: None,
        allowed: &["agent", "expert", "handler", "supervisor", "approver", "qa"],
        build: |_, _, _| {
            (
                "{ similarComplaints(text: \"话费多扣了\") { complaint { id } } }".into(),
                json!({}),
            )
        },
    },
    Op {
        name: "changePassword",
        state: None,
        allowed: ROLES,
        build: |_, _, _| {
            (
                "mutation($i: ChangePasswordInput!) { changePassword(input: $i) }".into(),
                json!({ "i": { "currentPassword": PASSWORD, "newPassword": PASSWORD } }),
            )
        },
    },
];

#[tokio::test]
async fn every_role_against_every_operation() {
    let app = spawn_app().await;
    let mut failures = vec![];
    for op in OPS {
        for role in ROLES {
            let (id, v) = match op.state {
                Some(state) => {
                    let (id, v, _) = app.create_complaint("agent", "13812341234").await;
                    let v = app.drive(&id, v, state).await;
                    (id, v)
                }
                None => (String::new(), 0),
            };
            let (q, vars) = (op.build)(&app, &id, v);
            let uid = app.users[role];
            let denied_before = app
                .scalar(&format!(
                    "SELECT COUNT(*) FROM audit_logs WHERE outcome = 'denied' AND actor_id = {uid}"
                ))
                .await;
            let body = app.as_user(role, &q, vars).await;
            let denied_after = app
                .scalar(&format!(
                    "SELECT COUNT(*) FROM audit_logs WHERE outcome = 'denied' AND actor_id = {uid}"
                ))
                .await;
            let expect_allowed = op.allowed.contains(role);
            if expect_allowed {
                if body.get("errors").is_some() {
                    failures.push(format!("{role} should be allowed {}: {body}", op.name));
                }
            } else if code(&body).as_deref() != Some("FORBIDDEN") {
                failures.push(format!("{role} should be refused {}: {body}", op.name));
            } else if denied_after != denied_before + 1 {
                failures.push(format!(
                    "{role} refused {} but the denial was not audited once",
                    op.name
                ));
            }
        }
    }
    assert!(
        failures.is_empty(),
        "{} matrix failures:\n{}",
        failures.len(),
        failures.join("\n")
    );
}

#[tokio::test]
async fn uploads_follow_the_matrix_too() {
    let app = spawn_app().await;
    for role in ROLES {
        let (id, v, _) = app.create_complaint("agent", "13812341234").await;
        app.drive(&id, v, "DISPATCHED").await;
        let token = app.token(role).await;
        let body =
            crate::uploads::upload(&app, &token, &id, "photo.png", crate::uploads::PNG.to_vec())
                .await;
        let allowed = ["agent", "handler", "expert", "supervisor"].contains(role);
        if allowed {
            assert!(body.get("errors").is_none(), "{role}: {body}");
        } else {
            assert_eq!(code(&body).as_deref(), Some("FORBIDDEN"), "{role}: {body}");
        }
    }
}
