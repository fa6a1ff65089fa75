//! Thumbnails: `/attachments/{id}/inline` serves images (by their sniffed
//! type) inline, audited as one view per complaint per session and window,
//! not as a download per image.
use crate::helpers::*;
use crate::reasons::reason_of;
use crate::uploads::{upload, PNG};
use serde_json::Value;

const PDF: &[u8] = b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n";

async fn get(app: &TestApp, token: &str, path: &str) -> reqwest::Response {
    app.client
        .get(app.url(path))
        .bearer_auth(token)
        .send()
        .await
        .expect("send")
}

fn attachment_id(b: &Value) -> String {
    b["data"]["uploadAttachment"]["id"]
        .as_str()
        .unwrap_or_else(|| panic!("{b}"))
        .to_string()
}

#[tokio::test]
async fn images_are_served_inline_and_audited_once_per_complaint_view() {
    let app = spawn_app().await;
    let token = app.token("agent").await;
    let (id, _, _) = app.create_complaint("agent", "13812341234").await;
    let png1 = attachment_id(&upload(&app, &token, &id, "一.png", PNG.to_vec()).await);
    let png2 = attachment_id(&upload(&app, &token, &id, "二.png", PNG.to_vec()).await);
    let pdf = attachment_id(&upload(&app, &token, &id, "发票.pdf", PDF.to_vec()).await);
    let views = "SELECT COUNT(*) FROM audit_logs WHERE action = 'attachment.view'";
    let downloads = "SELECT COUNT(*) FROM audit_logs WHERE action = 'attachment.download'";

    let b = app
        .as_user(
            "agent",
            "query($id: ID!) { complaint(id: $id) { attachments { id inlineUrl } } }",
            serde_json::json!({ "id": id }),
        )
        .await;
    let urls: Vec<Value> = b["data"]["complaint"]["attachments"]
        .as_array()
        .unwrap_or_else(|| panic!("{b}"))
        .iter()
        .map(|a| a["inlineUrl"].clone())
        .collect();
    assert_eq!(
        urls,
        [
            Value::from(format!("/attachments/{png1}/inline")),
            Value::from(format!("/attachments/{png2}/inline")),
            Value::Null
        ],
        "only images have an inline URL"
    );

    for a in [&png1, &png2, &png1] {
        let resp = get(&app, &token, &format!("/attachments/{a}/inline")).await;
        assert_eq!(resp.status(), 200);
        assert_eq!(resp.headers()["content-type"], "image/png");
        let disposition =
            String::from_utf8_lossy(resp.headers()["content-disposition"].as_bytes()).to_string();
        assert!(disposition.starts_with("inline"), "{disposition}");
        assert_eq!(
            resp.headers()["x-content-type-options"],
            "nosniff",
            "the browser must not second-guess the type"
        );
        assert_eq!(resp.bytes().await.expect("body").as_ref(), PNG);
    }
    assert_eq!(
        app.scalar(views).await,
        1,
        "three thumbnails of one complaint: one view"
    );
    assert_eq!(app.scalar(downloads).await, 0, "a thumbnail is no download");
    let detail = app
        .scalar("SELECT COUNT(*) FROM audit_logs WHERE action = 'attachment.view' AND target_type = 'complaint' AND customer_id IS NOT NULL")
        .await;
    assert_eq!(detail, 1, "the view names the complaint and its customer");

    // another session of the same user is another view
    let second = app
        .gql(
            None,
            "mutation($i: LoginInput!) { login(input: $i) { token } }",
            serde_json::json!({ "i": { "username": "agent", "password": PASSWORD } }),
        )
        .await;
    let second = second["data"]["login"]["token"]
        .as_str()
        .expect("token")
        .to_string();
    assert_eq!(
        get(&app, &second, &format!("/attachments/{png2}/inline"))
            .await
            .status(),
        200
    );
    assert_eq!(app.scalar(views).await, 2);

    // a PDF is not shown inline
    let resp = get(&app, &token, &format!("/attachments/{pdf}/inline")).await;
    assert_eq!(resp.status(), 415);
    let b: Value = resp.json().await.expect("json");
    assert_eq!(
        reason_of(&b),
        (
            "BAD_USER_INPUT".into(),
            "UNSUPPORTED_FILE_TYPE".into(),
            None
        ),
        "{b}"
    );
    // the download route is unchanged and still audited per download
    assert_eq!(
        get(&app, &token, &format!("/attachments/{pdf}"))
            .await
            .status(),
        200
    );
    assert_eq!(app.scalar(downloads).await, 1);
}

#[tokio::test]
async fn thumbnails_follow_the_read_policy() {
    let app = spawn_app().await;
    let token = app.token("agent").await;
    let (id, _, _) = app.create_complaint("agent", "13812341234").await;
    let png = attachment_id(&upload(&app, &token, &id, "一.png", PNG.to_vec()).await);
    let other = app.token("agent2").await;
    let resp = get(&app, &other, &format!("/attachments/{png}/inline")).await;
    assert_eq!(resp.status(), 403);
    let b: Value = resp.json().await.expect("json");
    assert_eq!(reason_of(&b).1, "OUT_OF_SCOPE", "{b}");
    let resp = app
        .client
        .get(app.url(&format!("/attachments/{png}/inline")))
        .send()
        .await
        .expect("send");
    assert_eq!(resp.status(), 401);
    assert_eq!(
        app.scalar("SELECT COUNT(*) FROM audit_logs WHERE action = 'attachment.view' AND outcome = 'success'")
            .await,
        0
    );
}
