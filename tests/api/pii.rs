use crate::helpers::*;
use serde_json::json;

#[tokio::test]
async fn contact_data_is_masked_everywhere_until_revealed() {
    let app = spawn_app().await;
    let (id, _, _) = app.create_complaint("agent", "13812341234").await;
    let reveals = || app.scalar("SELECT COUNT(*) FROM audit_logs WHERE action = 'customer.reveal'");
    for user in ["agent", "expert", "supervisor"] {
        let detail = app
            .as_user(user, "query($id: ID!) { complaint(id: $id) { customer { nameMasked phoneMasked idCardMasked } } complaints { edges { node { customer { phoneMasked } } } } }", json!({ "id": id }))
            .await;
        let text = detail.to_string();
        assert!(
            !text.contains("13812341234"),
            "{user} saw a clear phone: {text}"
        );
        assert!(
            !text.contains("110101199003071234"),
            "{user} saw a clear ID number"
        );
        assert!(!text.contains("张三丰"));
        assert_eq!(
            detail["data"]["complaint"]["customer"]["phoneMasked"],
            "138****1234"
        );
        assert_eq!(
            detail["data"]["complaint"]["customer"]["idCardMasked"],
            "110***********1234"
        );
        assert_eq!(
            detail["data"]["complaint"]["customer"]["nameMasked"],
            "张**"
        );
    }
    assert_eq!(
        reveals().await,
        0,
        "masked reads are not personal-data reads"
    );

    let q = "mutation($i: RevealCustomerContactInput!) { revealCustomerContact(input: $i) { name phone idCard auditId } }";
    for n in 1..=3 {
        let r = app
            .as_user(
                "agent",
                q,
                json!({ "i": { "complaintId": id, "reason": "客户要求回电" } }),
            )
            .await;
        assert_eq!(r["data"]["revealCustomerContact"]["phone"], "13812341234");
        assert_eq!(
            r["data"]["revealCustomerContact"]["idCard"],
            "110101199003071234"
        );
        assert_eq!(reveals().await, n, "exactly one audit record per reveal");
    }
    let uid = app.users["agent"];
    let row = app
        .scalar(&format!(
            "SELECT COUNT(*) FROM audit_logs WHERE action = 'customer.reveal' AND actor_id = {uid} AND target_id = '{id}' \
             AND fields = 'name,phone,idCard' AND customer_id IS NOT NULL AND request_id IS NOT NULL AND ip IS NOT NULL \
             AND detail LIKE '%客户要求回电%'"
        ))
        .await;
    assert_eq!(
        row, 3,
        "who, which customer, which fields, from where, why, request id"
    );

    // a reason is required
    let r = app
        .as_user(
            "agent",
            q,
            json!({ "i": { "complaintId": id, "reason": "  " } }),
        )
        .await;
    assert_eq!(code(&r).as_deref(), Some("BAD_USER_INPUT"));
    assert_eq!(reveals().await, 3);
}

#[tokio::test]
async fn customer_lookup_by_phone_is_masked_and_audited() {
    let app = spawn_app().await;
    app.create_complaint("agent", "13812341234").await;
    let before = app
        .scalar("SELECT COUNT(*) FROM audit_logs WHERE action = 'customer.lookup'")
        .await;
    let r = app
        .as_user(
            "agent",
            "{ customerByPhone(phone: \"138-1234-1234\") { nameMasked phoneMasked } }",
            json!({}),
        )
        .await;
    assert_eq!(r["data"]["customerByPhone"]["phoneMasked"], "138****1234");
    let none = app
        .as_user(
            "agent",
            "{ customerByPhone(phone: \"13000000000\") { id } }",
            json!({}),
        )
        .await;
    assert!(none["data"]["customerByPhone"].is_null());
    assert_eq!(
        app.scalar("SELECT COUNT(*) FROM audit_logs WHERE action = 'customer.lookup'")
            .await,
        before + 2
    );
}

#[tokio::test]
async fn the_audit_log_is_append_only() {
    let app = spawn_app().await;
    app.create_complaint("agent", "13812341234").await;
    let db = app.services.db().conn();
    use sea_orm::{ConnectionTrait, Statement};
    let upd = db
        .execute_raw(Statement::from_string(
            db.get_database_backend(),
            "UPDATE audit_logs SET action = 'x'".to_string(),
        ))
        .await;
    assert!(upd.is_err(), "UPDATE must be refused");
    let del = db
        .execute_raw(Statement::from_string(
            db.get_database_backend(),
            "DELETE FROM audit_logs".to_string(),
        ))
        .await;
    assert!(del.is_err(), "DELETE must be refused");
    assert!(app.count("audit_logs").await > 0);
}
