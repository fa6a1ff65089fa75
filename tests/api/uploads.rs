use crate::helpers::*;
use serde_json::{json, Value};

pub const PNG: &[u8] = b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0\0\x01\0\0\0\x01\x08\x06\0\0\0\x1f\x15\xc4\x89\0\0\0\rIDATx\x9cc\xf8\x0f\x04\0\x09\xfb\x03\xfd\xe3U\xf2\x9c\0\0\0\0IEND\xaeB`\x82";

/// A GraphQL multipart request (the spec's operations + map + file).
pub async fn upload(
    app: &TestApp,
    token: &str,
    complaint_id: &str,
    filename: &str,
    bytes: Vec<u8>,
) -> Value {
    let operations = json!({
        "query": "mutation($i: UploadAttachmentInput!) { uploadAttachment(input: $i) { id filename contentType sizeBytes sha256 url } }",
        "variables": { "i": { "complaintId": complaint_id, "file": null } }
    });
    let form = reqwest::multipart::Form::new()
        .text("operations", operations.to_string())
        .text("map", json!({ "0": ["variables.i.file"] }).to_string())
        .part(
            "0",
            reqwest::multipart::Part::bytes(bytes)
                .file_name(filename.to_string())
                .mime_str("image/png")
                .expect("mime"),
        );
    let resp = app
        .client
        .post(app.url("/graphql"))
        .bearer_auth(token)
        .multipart(form)
        .send()
        .await
        .expect("send");
    resp.json().await.expect("json")
}

#[tokio::test]
async fn evidence_uploads_are_checked_stored_hashed_and_downloads_audited() {
    let app = spawn_app_with(|c| c.max_upload_bytes = 64 * 1024).await;
    let token = app.token("agent").await;
    let (id, _, _) = app.create_complaint("agent", "13812341234").await;
    let b = upload(&app, &token, &id, "../../发票.png", PNG.to_vec()).await;
    let a = &b["data"]["uploadAttachment"];
    assert_eq!(a["contentType"], "image/png", "{b}");
    assert_eq!(a["filename"], "发票.png", "path components are stripped");
    let expected_sha = {
        use sha2::{Digest, Sha256};
        hex::encode(Sha256::digest(PNG))
    };
    assert_eq!(a["sha256"], json!(expected_sha));
    let url = a["url"].as_str().expect("url").to_string();
    let resp = app
        .client
        .get(app.url(&url))
        .bearer_auth(&token)
        .send()
        .await
        .expect("download");
    assert_eq!(resp.status(), 200);
    assert_eq!(resp.headers()["content-type"], "image/png");
    assert_eq!(resp.bytes().await.expect("bytes").as_ref(), PNG);
    assert_eq!(
        app.scalar("SELECT COUNT(*) FROM audit_logs WHERE action = 'attachment.download'")
            .await,
        1
    );
    // someone out of scope cannot download it
    let other = app.token("agent2").await;
    let resp = app
        .client
        .get(app.url(&url))
        .bearer_auth(&other)
        .send()
        .await
        .expect("download");
    assert_eq!(resp.status(), 403);
    let resp = app
        .client
        .get(app.url(&url))
        .send()
        .await
        .expect("download");
    assert_eq!(resp.status(), 401);

    let before = app.snapshot().await;
    // a forbidden type, whatever its name says
    let b = upload(
        &app,
        &token,
        &id,
        "photo.png",
        b"MZ\x90\0 this is an exe".to_vec(),
    )
    .await;
    assert_eq!(code(&b).as_deref(), Some("BAD_USER_INPUT"), "{b}");
    let b = upload(
        &app,
        &token,
        &id,
        "page.png",
        b"<html><script>alert(1)</script>".to_vec(),
    )
    .await;
    assert_eq!(code(&b).as_deref(), Some("BAD_USER_INPUT"));
    // oversized
    let mut big = PNG.to_vec();
    big.resize(200 * 1024, 0);
    let b = upload(&app, &token, &id, "big.png", big).await;
    assert_eq!(code(&b).as_deref(), Some("BAD_USER_INPUT"), "{b}");
    // unknown complaint
    let b = upload(&app, &token, "987654", "a.png", PNG.to_vec()).await;
    assert_eq!(code(&b).as_deref(), Some("NOT_FOUND"));
    assert_eq!(app.snapshot().await, before, "nothing written");
}
