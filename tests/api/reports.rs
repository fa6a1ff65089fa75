//! Supervisor statistics and the audited audit-log export.
use crate::helpers::*;
use serde_json::json;

const STATS: &str = "query($f: ComplaintStatsFilter) { complaintStats(filter: $f) {
    from to total open resolved closed repeats major reopened
    satisfactionCount satisfactionAverage satisfiedRate
    byDay { day count } byCategory { category { id code } count }
    byChannel { channel count } byStatus { status count } bySatisfaction { score count } } }";

#[tokio::test]
async fn complaint_stats_count_what_the_database_holds() {
    let app = spawn_app().await;
    let (a, v, _) = app.create_complaint("agent", "13812340001").await;
    app.drive(&a, v, "CLOSED").await; // satisfaction 5 closes it
    let (b, v, _) = app.create_complaint("agent", "13812340002").await;
    app.drive(&b, v, "ESCALATED").await;
    app.create_complaint("agent", "13812340003").await;

    let body = app.as_user("supervisor", STATS, json!({})).await;
    let s = &body["data"]["complaintStats"];
    assert!(s.is_object(), "{body}");
    assert_eq!(s["total"], 3);
    assert_eq!(s["open"], 2);
    assert_eq!(s["resolved"], 1);
    assert_eq!(s["closed"], 1);
    assert_eq!(s["satisfactionCount"], 1);
    assert_eq!(s["satisfactionAverage"], 5.0);
    assert_eq!(s["satisfiedRate"], 1.0);
    // the day series covers the default 30-day range, zero-filled, and sums to the total
    let days = s["byDay"].as_array().expect("days");
    assert!((30..=31).contains(&days.len()), "{} days", days.len());
    let sum: i64 = days.iter().map(|d| d["count"].as_i64().unwrap_or(0)).sum();
    assert_eq!(sum, 3);
    assert_eq!(s["byCategory"][0]["count"], 3);
    assert_eq!(
        s["byCategory"][0]["category"]["id"],
        app.category_id.to_string()
    );
    assert_eq!(
        s["byChannel"],
        json!([{ "channel": "HOTLINE", "count": 3 }])
    );
    let by_status = s["byStatus"].as_array().expect("status");
    assert_eq!(by_status.len(), 8, "every status, zero-filled");
    let status = |name: &str| {
        by_status
            .iter()
            .find(|x| x["status"] == name)
            .map(|x| x["count"].as_i64().unwrap_or(-1))
    };
    assert_eq!(status("ACCEPTED"), Some(1));
    assert_eq!(status("ESCALATED"), Some(1));
    assert_eq!(status("CALLBACK_DONE"), Some(0));
    assert_eq!(status("CLOSED"), Some(1));
    assert_eq!(s["bySatisfaction"][4], json!({ "score": 5, "count": 1 }));

    // a range before anything was registered is empty, not an error
    let body = app
        .as_user(
            "supervisor",
            STATS,
            // one Beijing week: 2020-01-01 00:00 to 2020-01-08 00:00 (UTC+8)
            json!({ "f": { "from": "2019-12-31T16:00:00Z", "to": "2020-01-07T16:00:00Z" } }),
        )
        .await;
    let s = &body["data"]["complaintStats"];
    assert_eq!(s["total"], 0, "{body}");
    assert_eq!(s["byDay"].as_array().map(Vec::len), Some(7));
    assert!(s["satisfactionAverage"].is_null());
}

#[tokio::test]
async fn complaint_stats_reject_bad_ranges_and_other_roles() {
    let app = spawn_app().await;
    for f in [
        json!({ "from": "2026-02-01T00:00:00Z", "to": "2026-01-01T00:00:00Z" }),
        json!({ "from": "2020-01-01T00:00:00Z", "to": "2026-01-01T00:00:00Z" }),
    ] {
        let body = app.as_user("supervisor", STATS, json!({ "f": f })).await;
        assert_eq!(code(&body).as_deref(), Some("BAD_USER_INPUT"), "{body}");
    }
    let body = app.as_user("agent", STATS, json!({})).await;
    assert_eq!(code(&body).as_deref(), Some("FORBIDDEN"), "{body}");
}

const EXPORT: &str = "mutation($i: ExportAuditLogsInput!) { exportAuditLogs(input: $i) {
    filename contentType rowCount csv auditId } }";

#[tokio::test]
async fn audit_export_is_csv_and_is_itself_audited() {
    let app = spawn_app().await;
    let (id, _, number) = app.create_complaint("agent", "13812349876").await;
    let r = app
        .as_user(
            "agent",
            "mutation($i: RevealCustomerContactInput!) { revealCustomerContact(input: $i) { phone } }",
            json!({ "i": { "complaintId": id, "reason": "回电核实身份" } }),
        )
        .await;
    assert_eq!(
        r["data"]["revealCustomerContact"]["phone"], "13812349876",
        "{r}"
    );

    let auditor = app.token("auditor").await;
    let before = app.count("audit_logs").await;
    let body = app
        .gql(
            Some(&auditor),
            EXPORT,
            json!({ "i": { "filter": { "action": "customer.reveal" }, "reason": "季度个人信息访问抽查" } }),
        )
        .await;
    let e = &body["data"]["exportAuditLogs"];
    assert_eq!(e["rowCount"], 1, "{body}");
    assert!(e["filename"].as_str().unwrap_or("").ends_with(".csv"));
    let csv = e["csv"].as_str().expect("csv");
    assert!(csv.starts_with('\u{feff}'), "BOM for spreadsheet programs");
    let lines: Vec<&str> = csv.trim_end().split("\r\n").collect();
    assert_eq!(lines.len(), 2, "{csv}");
    assert!(
        lines[0]
            .trim_start_matches('\u{feff}')
            .starts_with("编号,时间（北京时间 UTC+08:00）,")
            && lines[0].contains("详情"),
        "headers in the console's language (Chinese by default): {}",
        lines[0]
    );
    let second = lines[1].split(',').nth(1).unwrap_or("");
    assert!(
        second.len() == 19 && second.as_bytes()[10] == b' ',
        "Beijing time to the second: {second}"
    );
    assert!(lines[1].contains("customer.reveal") && lines[1].contains("agent"));
    assert!(
        lines[1].contains(&number),
        "the detail names the complaint: {csv}"
    );
    assert!(
        !csv.contains("13812349876"),
        "the phone number is never in the trail"
    );

    // exactly one new audit record: the export, with its reason, filter and row count
    assert_eq!(app.count("audit_logs").await, before + 1);
    let audit_id = e["auditId"].as_str().expect("auditId");
    let logged = app
        .gql(
            Some(&auditor),
            "{ auditLogs(filter: { action: \"audit.export\" }) { edges { node { id actorName detail } } } }",
            json!({}),
        )
        .await;
    let node = &logged["data"]["auditLogs"]["edges"][0]["node"];
    assert_eq!(node["id"], audit_id, "{logged}");
    assert_eq!(node["actorName"], "auditor");
    let detail = node["detail"].to_string();
    assert!(
        detail.contains("季度个人信息访问抽查") && detail.contains("customer.reveal"),
        "{detail}"
    );
    let en = app
        .gql(
            Some(&auditor),
            EXPORT,
            json!({ "i": { "filter": { "action": "customer.reveal" }, "reason": "check", "language": "EN_US" } }),
        )
        .await;
    let en_csv = en["data"]["exportAuditLogs"]["csv"].as_str().expect("csv");
    assert!(
        en_csv
            .trim_start_matches('\u{feff}')
            .starts_with("ID,\"Time (Beijing, UTC+08:00)\",Actor ID,Actor,Action"),
        "{en_csv}"
    );
}

#[tokio::test]
async fn audit_export_needs_a_reason_and_the_permission() {
    let app = spawn_app().await;
    let (auditor, supervisor) = (app.token("auditor").await, app.token("supervisor").await);
    let before = app.count("audit_logs").await;
    let body = app
        .gql(Some(&auditor), EXPORT, json!({ "i": { "reason": "  " } }))
        .await;
    assert_eq!(code(&body).as_deref(), Some("BAD_USER_INPUT"), "{body}");
    assert_eq!(app.count("audit_logs").await, before, "nothing written");
    let body = app
        .gql(
            Some(&supervisor),
            EXPORT,
            json!({ "i": { "reason": "想看看" } }),
        )
        .await;
    assert_eq!(code(&body).as_deref(), Some("FORBIDDEN"), "{body}");
    assert_eq!(
        app.count("audit_logs").await,
        before + 1,
        "the denial is audited"
    );
}
