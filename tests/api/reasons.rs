//! Every error carries `extensions.reason` beside `extensions.code`: one case
//! per reason, each provoked over real HTTP.
use crate::helpers::*;
use crate::uploads::{upload, PNG};
use serde_json::{json, Value};

/// `(code, reason, field)` of the first error.
pub fn reason_of(body: &Value) -> (String, String, Option<String>) {
    let ext = &body["errors"][0]["extensions"];
    (
        ext["code"].as_str().unwrap_or("").to_string(),
        ext["reason"].as_str().unwrap_or("").to_string(),
        ext["field"].as_str().map(str::to_string),
    )
}

const UPDATE: &str =
    "mutation($i: UpdateComplaintInput!) { updateComplaint(input: $i) { version } }";
const CLOSE: &str = "mutation($i: CloseComplaintInput!) { closeComplaint(input: $i) { status } }";
const RESOLVE: &str =
    "mutation($i: ResolveComplaintInput!) { resolveComplaint(input: $i) { status } }";
const ASSIGN: &str = "mutation($i: AssignComplaintInput!) { assignComplaint(input: $i) { id } }";
const LOGIN: &str = "mutation($i: LoginInput!) { login(input: $i) { token } }";
const CHANGE_PW: &str = "mutation($i: ChangePasswordInput!) { changePassword(input: $i) }";

async fn login(app: &TestApp, username: &str, password: &str) -> Value {
    app.gql(
        None,
        LOGIN,
        json!({ "i": { "username": username, "password": password } }),
    )
    .await
}

/// A self-published knowledge-base article: the reviewer edits, submits and
/// then tries to publish their own version.
async fn publish_own_edit(app: &TestApp) -> Value {
    let c = app
        .as_user(
            "kb_reviewer",
            "mutation($i: CreateKbArticleInput!) { createKbArticle(input: $i) { id version } }",
            json!({ "i": { "article": {
                "title": "宽带掉线怎么办", "categoryId": app.category_id.to_string(),
                "scenario": "客户反映宽带频繁掉线", "solution": "重启光猫后观察", "caveats": "", "tags": [] } } }),
        )
        .await;
    let id = c["data"]["createKbArticle"]["id"].clone();
    let v = c["data"]["createKbArticle"]["version"].clone();
    let s = app
        .as_user(
            "kb_reviewer",
            "mutation($i: KbArticleStepInput!) { submitKbArticle(input: $i) { version } }",
            json!({ "i": { "id": id, "expectedVersion": v } }),
        )
        .await;
    let v = s["data"]["submitKbArticle"]["version"].clone();
    app.as_user(
        "kb_reviewer",
        "mutation($i: KbArticleStepInput!) { publishKbArticle(input: $i) { version } }",
        json!({ "i": { "id": id, "expectedVersion": v } }),
    )
    .await
}

#[tokio::test]
async fn every_error_reason_is_provoked_with_its_code() {
    let app = spawn_app_with(|c| c.max_upload_bytes = 4 * 1024).await;
    let (id, v, _) = app.create_complaint("agent", "13812341234").await;
    let mut cases: Vec<(&str, &str, Value)> = vec![];

    // UNAUTHENTICATED
    cases.push((
        "UNAUTHENTICATED",
        "AUTH_REQUIRED",
        app.gql(None, "{ me { user { id } } }", json!({})).await,
    ));
    cases.push((
        "UNAUTHENTICATED",
        "BAD_CREDENTIALS",
        login(&app, "qa", "not-the-password").await,
    ));
    for _ in 0..5 {
        login(&app, "kb_editor", "not-the-password").await;
    }
    cases.push((
        "UNAUTHENTICATED",
        "ACCOUNT_LOCKED",
        login(&app, "kb_editor", PASSWORD).await,
    ));

    // FORBIDDEN
    cases.push((
        "FORBIDDEN",
        "MISSING_PERMISSION",
        app.as_user(
            "agent",
            "{ auditLogs { edges { node { id } } } }",
            json!({}),
        )
        .await,
    ));
    cases.push((
        "FORBIDDEN",
        "OUT_OF_SCOPE",
        app.as_user(
            "agent2",
            "query($id: ID!) { complaint(id: $id) { id } }",
            json!({ "id": id }),
        )
        .await,
    ));
    cases.push(("FORBIDDEN", "SELF_REVIEW", publish_own_edit(&app).await));
    let v = app.drive(&id, v, "ESCALATED").await;
    cases.push((
        "FORBIDDEN",
        "STEP_NOT_ALLOWED",
        app.as_user(
            "agent",
            RESOLVE,
            json!({ "i": { "id": id, "expectedVersion": v, "reply": "已处理" } }),
        )
        .await,
    ));

    // NOT_FOUND
    cases.push((
        "NOT_FOUND",
        "NOT_FOUND",
        app.as_user(
            "expert",
            "query($id: ID!) { complaint(id: $id) { id } }",
            json!({ "id": "987654" }),
        )
        .await,
    ));

    // BAD_USER_INPUT
    cases.push((
        "BAD_USER_INPUT",
        "INVALID_INPUT",
        app.as_user(
            "expert",
            UPDATE,
            json!({ "i": { "id": id, "expectedVersion": v, "title": " " } }),
        )
        .await,
    ));
    cases.push((
        "BAD_USER_INPUT",
        "ILLEGAL_TRANSITION",
        app.as_user(
            "expert",
            CLOSE,
            json!({ "i": { "id": id, "expectedVersion": v } }),
        )
        .await,
    ));
    cases.push((
        "BAD_USER_INPUT",
        "NOT_TEAM_MEMBER",
        app.as_user(
            "expert",
            ASSIGN,
            json!({ "i": { "id": id, "expectedVersion": v,
                "assigneeId": app.users["handler2"].to_string() } }),
        )
        .await,
    ));
    let token = app.token("agent").await;
    let (agent_own, _, _) = app.create_complaint("agent", "13812345678").await;
    cases.push((
        "BAD_USER_INPUT",
        "UNSUPPORTED_FILE_TYPE",
        upload(&app, &token, &agent_own, "a.txt", b"just text".to_vec()).await,
    ));
    let mut big = PNG.to_vec();
    big.resize(6 * 1024, 0);
    cases.push((
        "BAD_USER_INPUT",
        "FILE_TOO_LARGE",
        upload(&app, &token, &agent_own, "big.png", big).await,
    ));
    cases.push((
        "BAD_USER_INPUT",
        "WEAK_PASSWORD",
        app.as_user(
            "qa",
            CHANGE_PW,
            json!({ "i": { "currentPassword": PASSWORD, "newPassword": "123" } }),
        )
        .await,
    ));
    cases.push((
        "BAD_USER_INPUT",
        "WRONG_PASSWORD",
        app.as_user(
            "qa",
            CHANGE_PW,
            json!({ "i": { "currentPassword": "nope-nope-nope", "newPassword": "Another-long-pass-2026" } }),
        )
        .await,
    ));
    let inactive = crate::org::deactivated_category(&app).await;
    cases.push((
        "BAD_USER_INPUT",
        "CATEGORY_INACTIVE",
        crate::org::create_in_category(&app, &inactive).await,
    ));
    cases.push((
        "BAD_USER_INPUT",
        "TEAM_HAS_OPEN_COMPLAINTS",
        app.as_user(
            "admin",
            "mutation($i: UpdateTeamInput!) { updateTeam(input: $i) { kind } }",
            json!({ "i": { "id": app.teams["expert"].to_string(), "kind": "department" } }),
        )
        .await,
    ));
    let ended = crate::announcements::ended_announcement(&app).await;
    cases.push((
        "BAD_USER_INPUT",
        "ANNOUNCEMENT_ENDED",
        crate::announcements::create_linked(&app, &ended).await,
    ));

    let create_cal = "mutation($i: CreateCalendarInput!) { createCalendar(input: $i) { id } }";
    cases.push((
        "BAD_USER_INPUT",
        "SHIFTS_OVERLAP",
        app.as_user(
            "admin",
            create_cal,
            json!({ "i": { "name": "重叠", "weekend": [], "shifts": [
                { "start": "09:00", "end": "13:00" }, { "start": "12:00", "end": "18:00" }] } }),
        )
        .await,
    ));
    cases.push((
        "BAD_USER_INPUT",
        "NO_WORKING_WEEKDAY",
        app.as_user(
            "admin",
            create_cal,
            json!({ "i": { "name": "全休", "shifts": [{ "start": "09:00", "end": "18:00" }],
                "weekend": ["MON", "TUE", "WED", "THU", "FRI", "SAT", "SUN"] } }),
        )
        .await,
    ));
    let import =
        "mutation($i: ImportHolidayYearInput!) { importHolidayYear(input: $i) { replaced } }";
    cases.push((
        "BAD_USER_INPUT",
        "HOLIDAY_FILE_INVALID",
        app.as_user("admin", import, json!({ "i": { "json": "[]" } }))
            .await,
    ));
    cases.push((
        "BAD_USER_INPUT",
        "MAKEUP_NOT_WEEKEND",
        app.as_user(
            "admin",
            import,
            json!({ "i": { "json": r#"{"year": 2027, "source": "test", "holidays": [
                {"name": "元旦", "start": "2027-01-01", "end": "2027-01-03", "makeup_workdays": ["2027-01-04"]}]}"# } }),
        )
        .await,
    ));

    // CONFLICT
    cases.push((
        "CONFLICT",
        "STALE_VERSION",
        app.as_user(
            "expert",
            UPDATE,
            json!({ "i": { "id": id, "expectedVersion": v - 1, "title": "新标题" } }),
        )
        .await,
    ));
    cases.push((
        "CONFLICT",
        "ALREADY_EXISTS",
        app.as_user(
            "admin",
            "mutation($i: CreateUserInput!) { createUser(input: $i) { id } }",
            json!({ "i": { "username": "agent", "displayName": "重名", "password": "Another-long-pass-2026", "roles": ["agent"] } }),
        )
        .await,
    ));

    cases.push((
        "FORBIDDEN",
        "APPROVAL_REQUIRED",
        crate::approvals::resolve_without_approval(&app).await,
    ));
    cases.push((
        "CONFLICT",
        "ALREADY_DECIDED",
        crate::approvals::decide_twice(&app).await,
    ));

    let mut seen = std::collections::HashSet::new();
    for (code, reason, body) in &cases {
        let (got_code, got_reason, _) = reason_of(body);
        assert_eq!(
            (got_code.as_str(), got_reason.as_str()),
            (*code, *reason),
            "{body}"
        );
        seen.insert(*reason);
    }
    // every reason of the contract except INTERNAL (which needs a broken server)
    assert_eq!(seen.len(), 26);
    let invalid = cases
        .iter()
        .find(|c| c.1 == "INVALID_INPUT")
        .map(|c| reason_of(&c.2).2);
    assert_eq!(
        invalid,
        Some(Some("title".to_string())),
        "INVALID_INPUT names its field"
    );
}

#[tokio::test]
async fn http_level_errors_carry_a_reason_too() {
    let app = spawn_app_with(|c| c.max_upload_bytes = 1024).await;
    // a multipart body beyond the upload limit is refused before GraphQL runs
    let token = app.token("agent").await;
    let (id, _, _) = app.create_complaint("agent", "13812341234").await;
    let mut huge = PNG.to_vec();
    huge.resize(1024 * 1024 + 4096, 0);
    let b = upload(&app, &token, &id, "huge.png", huge).await;
    assert_eq!(
        reason_of(&b),
        ("BAD_USER_INPUT".into(), "FILE_TOO_LARGE".into(), None),
        "{b}"
    );
    // malformed JSON
    let resp = app
        .client
        .post(app.url("/graphql"))
        .header("content-type", "application/json")
        .body("{not json")
        .send()
        .await
        .expect("send");
    assert_eq!(resp.status(), 400);
    let b: Value = resp.json().await.expect("json");
    assert_eq!(reason_of(&b).1, "INVALID_INPUT");
    // downloads outside GraphQL
    let resp = app
        .client
        .get(app.url("/attachments/1"))
        .send()
        .await
        .expect("send");
    assert_eq!(resp.status(), 401);
    let b: Value = resp.json().await.expect("json");
    assert_eq!(reason_of(&b).1, "AUTH_REQUIRED");
    let resp = app
        .client
        .get(app.url("/attachments/424242"))
        .bearer_auth(&token)
        .send()
        .await
        .expect("send");
    assert_eq!(resp.status(), 404);
    let b: Value = resp.json().await.expect("json");
    assert_eq!(
        reason_of(&b),
        ("NOT_FOUND".into(), "NOT_FOUND".into(), None)
    );
    // a validation error (unknown field) gets the default reason
    let b = app.as_user("agent", "{ nope }", json!({})).await;
    assert_eq!(reason_of(&b).1, "INVALID_INPUT");
}
