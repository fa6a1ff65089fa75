//! KPIs (issue 13 §5) against a hand-checked fixture. Five complaints are
//! registered through the API in November 2026 (one more in October, outside
//! the range); their dates, outcomes and clocks are then set to the facts
//! below, and every figure is checked against the value worked out by hand.
//!
//! | | registered (UTC) | resolved | first contact | satisfaction | other | clocks |
//! |---|---|---|---|---|---|---|
//! | A | 11-02 02:00 | +4 h | yes | 5 | | first response on time; escalation step ended |
//! | B | 11-02 03:00 | +24 h | no | 2 | reopened once | first response on time; escalation ended; investigation ended **breached**; resolution **breached** |
//! | C | 11-05 02:00 | open | no | | regulator (major) | first response **breached**; escalation ended; investigation running |
//! | D | 11-05 04:00 | +8 h | yes | 4 | repeat of A | first response on time; escalation ended |
//! | E | 11-10 02:00 | open | | | | first response running |
//! | F | 10-20 02:00 | +2 h | yes | 1 | (outside) | |
use crate::helpers::*;
use chrono::{DateTime, Duration, TimeZone, Utc};
use kesu::db::entity::{complaint, sla_clock};
use sea_orm::{ActiveModelTrait, ColumnTrait, EntityTrait, QueryFilter, Set};
use serde_json::{json, Value};

const KPIS: &str = "query($from: DateTime, $to: DateTime) {
  kpis(from: $from, to: $to, groupBy: [DAY, CHANNEL]) {
    total { volume responseTimelinessRate stepTimeoutRate firstContactResolutionRate
      timelyCompletionRate satisfactionAverage satisfactionDistribution { score count }
      callbackRate repeatRate reopenRate averageHandlingHours majorCount
      perTenThousandCustomers checks { metric verdict } }
    groups { by rows { key label volume firstContactResolutionRate satisfactionAverage } } } }";

fn at(m: u32, d: u32, h: u32) -> DateTime<Utc> {
    Utc.with_ymd_and_hms(2026, m, d, h, 0, 0)
        .single()
        .expect("time")
}

struct Fact {
    created: DateTime<Utc>,
    resolved_after_hours: Option<i64>,
    escalated: bool,
    satisfaction: Option<i32>,
    reopened: bool,
    /// (kind, step, ended, breached)
    clocks: &'static [(&'static str, Option<&'static str>, bool, bool)],
}

async fn set_facts(app: &TestApp, id: i64, f: &Fact, repeat_of: Option<i64>) {
    let db = app.services.db().conn();
    complaint::ActiveModel {
        id: Set(id),
        created_at: Set(f.created),
        resolved_at: Set(f
            .resolved_after_hours
            .map(|h| f.created + Duration::hours(h))),
        escalated_at: Set(f.escalated.then(|| f.created + Duration::minutes(30))),
        satisfaction: Set(f.satisfaction),
        reopen_count: Set(i32::from(f.reopened)),
        repeat_of_id: Set(repeat_of),
        ..Default::default()
    }
    .update(db)
    .await
    .expect("complaint");
    sla_clock::Entity::delete_many()
        .filter(sla_clock::Column::ComplaintId.eq(id))
        .exec(db)
        .await
        .expect("clear clocks");
    for (kind, step, ended, breached) in f.clocks {
        let first_response_met = *kind == "first_response" && *ended && !*breached;
        sla_clock::ActiveModel {
            complaint_id: Set(id),
            kind: Set((*kind).into()),
            step: Set(step.map(Into::into)),
            basis: Set("working".into()),
            budget_minutes: Set(60),
            spent_seconds: Set(0),
            calendar_id: Set(None),
            started_at: Set(f.created),
            running_since: Set((!*ended).then_some(f.created)),
            paused_since: Set(None),
            due_at: Set(Some(f.created + Duration::hours(1))),
            at_risk_at: Set(None),
            stopped_at: Set(ended.then(|| f.created + Duration::hours(2))),
            met_at: Set(first_response_met.then(|| f.created + Duration::minutes(20))),
            breached_at: Set(breached.then(|| f.created + Duration::hours(1))),
            state: Set(if *breached { "breached" } else { "on_track" }.into()),
            active: Set(!*ended),
            ..Default::default()
        }
        .insert(db)
        .await
        .expect("clock");
    }
}

async fn register(app: &TestApp, phone: &str, channel: &str) -> i64 {
    let b = app
        .as_user(
            "agent",
            CREATE,
            json!({ "i": {
                "customerPhone": phone, "customerName": "王五", "channel": channel,
                "categoryId": app.category_id.to_string(), "priority": "NORMAL",
                "title": "账单异议", "description": "客户对账单费用有异议。"
            }}),
        )
        .await;
    b["data"]["createComplaint"]["complaint"]["id"]
        .as_str()
        .unwrap_or_else(|| panic!("{b}"))
        .parse()
        .expect("id")
}

fn close(v: &Value, expected: f64) {
    let got = v.as_f64().unwrap_or_else(|| panic!("not a number: {v}"));
    assert!((got - expected).abs() < 1e-9, "{got} != {expected}");
}

#[tokio::test]
async fn kpis_match_a_hand_checked_fixture() {
    let app = spawn_app_with(|c| c.customer_base = Some(50_000)).await;
    const FR_OK: (&str, Option<&str>, bool, bool) = ("first_response", None, true, false);
    const ESC_OK: (&str, Option<&str>, bool, bool) = ("step", Some("escalation"), true, false);
    let facts = [
        Fact {
            created: at(11, 2, 2),
            resolved_after_hours: Some(4),
            escalated: false,
            satisfaction: Some(5),
            reopened: false,
            clocks: &[FR_OK, ESC_OK, ("resolution", None, true, false)],
        },
        Fact {
            created: at(11, 2, 3),
            resolved_after_hours: Some(24),
            escalated: true,
            satisfaction: Some(2),
            reopened: true,
            clocks: &[
                FR_OK,
                ESC_OK,
                ("step", Some("investigation"), true, true),
                ("resolution", None, true, true),
            ],
        },
        Fact {
            created: at(11, 5, 2),
            resolved_after_hours: None,
            escalated: true,
            satisfaction: None,
            reopened: false,
            clocks: &[
                ("first_response", None, false, true),
                ESC_OK,
                ("step", Some("investigation"), false, false),
            ],
        },
        Fact {
            created: at(11, 5, 4),
            resolved_after_hours: Some(8),
            escalated: false,
            satisfaction: Some(4),
            reopened: false,
            clocks: &[FR_OK, ESC_OK, ("resolution", None, true, false)],
        },
        Fact {
            created: at(11, 10, 2),
            resolved_after_hours: None,
            escalated: false,
            satisfaction: None,
            reopened: false,
            clocks: &[("first_response", None, false, false)],
        },
        Fact {
            created: at(10, 20, 2),
            resolved_after_hours: Some(2),
            escalated: false,
            satisfaction: Some(1),
            reopened: false,
            clocks: &[FR_OK],
        },
    ];
    let channels = [
        "HOTLINE",
        "HOTLINE",
        "REGULATOR",
        "HOTLINE",
        "HOTLINE",
        "HOTLINE",
    ];
    let mut ids = Vec::new();
    for (i, ch) in channels.iter().enumerate() {
        ids.push(register(&app, &format!("1390000100{i}"), ch).await);
    }
    for (i, f) in facts.iter().enumerate() {
        let repeat_of = (i == 3).then(|| ids[0]);
        set_facts(&app, ids[i], f, repeat_of).await;
    }

    // November 2026 in Beijing
    let vars = json!({ "from": "2026-10-31T16:00:00Z", "to": "2026-11-30T16:00:00Z" });
    let b = app.as_user("supervisor", KPIS, vars.clone()).await;
    let t = &b["data"]["kpis"]["total"];
    assert!(t.is_object(), "{b}");
    // A–E; F was registered in October
    assert_eq!(t["volume"], 5);
    // first responses decided: A, B, C (breached), D = 4; on time A, B, D = 3
    close(&t["responseTimelinessRate"], 3.0 / 4.0);
    // step clocks ended or breached: A esc, B esc, B inv (breached), C esc,
    // D esc = 5 (C's running investigation does not count); 1 breached
    close(&t["stepTimeoutRate"], 1.0 / 5.0);
    // resolved A, B, D; without the expert team A, D
    close(&t["firstContactResolutionRate"], 2.0 / 3.0);
    // resolved with no resolution clock breached: A, D (B's breached)
    close(&t["timelyCompletionRate"], 2.0 / 3.0);
    // scores 5, 2, 4
    close(&t["satisfactionAverage"], 11.0 / 3.0);
    assert_eq!(
        t["satisfactionDistribution"],
        json!([{ "score": 1, "count": 0 }, { "score": 2, "count": 1 }, { "score": 3, "count": 0 },
               { "score": 4, "count": 1 }, { "score": 5, "count": 1 }])
    );
    // 3 callbacks among 3 resolved
    close(&t["callbackRate"], 1.0);
    // D repeats A: 1 of 5
    close(&t["repeatRate"], 1.0 / 5.0);
    // B reopened, among 3 resolved
    close(&t["reopenRate"], 1.0 / 3.0);
    // (4 + 24 + 8) / 3 hours
    close(&t["averageHandlingHours"], 12.0);
    // C came from the regulator
    assert_eq!(t["majorCount"], 1);
    // 5 complaints for 50,000 customers
    close(&t["perTenThousandCustomers"], 1.0);
    // 75% < 95%, 20% > 3%, 66.7% < 80%, 66.7% < 75% (rectification)
    assert_eq!(
        t["checks"],
        json!([
            { "metric": "responseTimelinessRate", "verdict": "MISSED" },
            { "metric": "stepTimeoutRate", "verdict": "MISSED" },
            { "metric": "firstContactResolutionRate", "verdict": "MISSED" },
            { "metric": "timelyCompletionRate", "verdict": "RECTIFY" },
        ])
    );

    let groups = b["data"]["kpis"]["groups"].as_array().expect("groups");
    let days: Vec<(String, i64)> = groups[0]["rows"]
        .as_array()
        .expect("rows")
        .iter()
        .map(|r| {
            (
                r["key"].as_str().unwrap_or("").to_string(),
                r["volume"].as_i64().unwrap_or(0),
            )
        })
        .collect();
    // Beijing days: A, B on the 2nd; C, D on the 5th; E on the 10th
    assert_eq!(
        days,
        [
            ("2026-11-02".to_string(), 2),
            ("2026-11-05".to_string(), 2),
            ("2026-11-10".to_string(), 1)
        ]
    );
    let day2 = &groups[0]["rows"][0];
    // A and B: A without the expert team, B not; scores 5 and 2
    close(&day2["firstContactResolutionRate"], 0.5);
    close(&day2["satisfactionAverage"], 3.5);
    assert_eq!(groups[1]["by"], "CHANNEL");
    let channels: Vec<(String, String, i64)> = groups[1]["rows"]
        .as_array()
        .expect("rows")
        .iter()
        .map(|r| {
            (
                r["key"].as_str().unwrap_or("").to_string(),
                r["label"].as_str().unwrap_or("").to_string(),
                r["volume"].as_i64().unwrap_or(0),
            )
        })
        .collect();
    assert_eq!(
        channels,
        [
            ("hotline".to_string(), "热线电话".to_string(), 4),
            ("regulator".to_string(), "监管转办".to_string(), 1)
        ]
    );

    // an empty period has no rates, not zeros; other roles are refused
    let empty = app
        .as_user(
            "supervisor",
            KPIS,
            json!({ "from": "2020-01-01T00:00:00Z", "to": "2020-02-01T00:00:00Z" }),
        )
        .await;
    let e = &empty["data"]["kpis"]["total"];
    assert_eq!(e["volume"], 0, "{empty}");
    assert!(e["responseTimelinessRate"].is_null());
    assert!(e["averageHandlingHours"].is_null());
    let denied = app.as_user("agent", KPIS, vars).await;
    assert_eq!(
        crate::reasons::reason_of(&denied).1,
        "MISSING_PERMISSION",
        "{denied}"
    );
}
