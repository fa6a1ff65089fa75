//! Working calendars over real HTTP: `workingDeadline` on the real 2026
//! arrangement (split shifts, the Mid-Autumn and National Day holidays,
//! make-up Saturdays and Sundays), a team on the 7×24 calendar, importing a
//! year (mutation and `kesu calendar import`, the latter seen by the server
//! through its version check), bad input that changes nothing, and the
//! `calendar.manage` permission.
use crate::helpers::*;
use crate::reasons::reason_of;
use kesu::domain::ManualClock;
use serde_json::{json, Value};
use std::sync::Arc;

const DEADLINE: &str = "query($f: DateTime!, $d: Int, $h: Int, $t: ID) {
    workingDeadline(from: $f, workingDays: $d, workingHours: $h, teamId: $t) }";
const DETAILS: &str = "query($f: DateTime!, $d: Int, $h: Int, $t: ID) {
    workingDeadlineDetails(from: $f, workingDays: $d, workingHours: $h, teamId: $t) {
        at calendarName missingHolidayYears } }";
const CALENDARS: &str =
    "{ calendars { id name isDefault officialHolidays version teamIds weekend shifts { start end } } }";
const IMPORT: &str = "mutation($i: ImportHolidayYearInput!) {
    importHolidayYear(input: $i) { replaced year { year source holidays { name start end makeupWorkdays } } } }";
const SET_TEAM: &str =
    "mutation($i: SetTeamCalendarInput!) { setTeamCalendar(input: $i) { id name } }";
const CREATE: &str =
    "mutation($i: CreateCalendarInput!) { createCalendar(input: $i) { id version } }";
const UPDATE: &str =
    "mutation($i: UpdateCalendarInput!) { updateCalendar(input: $i) { id version shifts { start end } } }";

/// The test fixture for 2027 (made up; not the official arrangement).
const FIXTURE_2027: &str = include_str!("fixtures/holidays-2027-test.json");

/// `workingDeadline` as `user`, as an RFC 3339 instant in UTC.
async fn deadline(app: &TestApp, user: &str, vars: Value) -> String {
    let b = app.as_user(user, DEADLINE, vars).await;
    match b["data"]["workingDeadline"].as_str() {
        Some(at) => utc(at),
        None => panic!("no deadline: {b}"),
    }
}

/// An instant normalised to UTC seconds, to compare with `bj`.
fn utc(at: &str) -> String {
    let t = chrono::DateTime::parse_from_rfc3339(at).expect("rfc3339");
    t.with_timezone(&chrono::Utc).to_rfc3339()
}

/// A Beijing wall-clock time, as the UTC string `utc` gives.
fn bj(s: &str) -> String {
    utc(&format!("{s}+08:00"))
}

fn days(from: &str, n: i64) -> Value {
    json!({ "f": format!("{from}+08:00"), "d": n })
}

fn hours(from: &str, n: i64) -> Value {
    json!({ "f": format!("{from}+08:00"), "h": n })
}

async fn calendar_named(app: &TestApp, name: &str) -> Value {
    let b = app.as_user("admin", CALENDARS, json!({})).await;
    b["data"]["calendars"]
        .as_array()
        .and_then(|l| l.iter().find(|c| c["name"] == name))
        .cloned()
        .unwrap_or_else(|| panic!("no calendar {name}: {b}"))
}

/// `(code, reason, field)` of a refused request.
type Expected<'a> = (&'a str, &'a str, Option<&'a str>);

/// What a refused calendar request must leave alone.
async fn calendar_state(app: &TestApp) -> Vec<i64> {
    vec![
        app.count("calendars").await,
        app.count("holiday_years").await,
        app.count(
            "audit_logs WHERE outcome = 'success' AND (action LIKE 'calendar.%' \
             OR action LIKE 'holiday_year.%' OR action LIKE 'team.calendar.%')",
        )
        .await,
        app.scalar("SELECT COALESCE(SUM(version), 0) FROM calendars")
            .await,
        app.scalar("SELECT COUNT(*) FROM teams WHERE calendar_id IS NOT NULL")
            .await,
        app.scalar("SELECT COALESCE(SUM(LENGTH(data)), 0) FROM holiday_years")
            .await,
    ]
}

#[tokio::test]
async fn working_deadlines_follow_the_2026_arrangement_on_the_standard_calendar() {
    let app = spawn_app().await;
    let cases = [
        // Friday 25 September is 中秋节 (25–27): the next working day is Monday 28th
        (days("2026-09-25T16:00:00", 1), "2026-09-28T18:00:00"),
        // the day of `from` never counts, even early on a working day
        (days("2026-09-29T08:00:00", 1), "2026-09-30T18:00:00"),
        // 国庆节 (1–7 October): Wednesday 30 September, then Thursday 8 October
        (days("2026-09-29T10:00:00", 3), "2026-10-09T18:00:00"),
        (hours("2026-09-30T17:00:00", 2), "2026-10-08T10:00:00"),
        // make-up Sunday 20 September and make-up Saturday 10 October
        (hours("2026-09-18T17:00:00", 2), "2026-09-20T10:00:00"),
        (hours("2026-10-09T17:00:00", 2), "2026-10-10T10:00:00"),
        (days("2026-10-09T12:00:00", 1), "2026-10-10T18:00:00"),
        // the lunch break: 11:00 + 2 h = 12:00 + 13:30–14:30
        (hours("2026-09-28T11:00:00", 2), "2026-09-28T14:30:00"),
        // one working hour from 11:00 ends at the shift's end, not at 13:30
        (hours("2026-09-28T11:00:00", 1), "2026-09-28T12:00:00"),
        // an ordinary weekend
        (days("2026-11-06T09:30:00", 1), "2026-11-09T18:00:00"),
        // zero is `from` itself
        (hours("2026-09-28T11:00:00", 0), "2026-09-28T11:00:00"),
    ];
    for (vars, want) in cases {
        assert_eq!(
            deadline(&app, "agent", vars.clone()).await,
            bj(want),
            "{vars}"
        );
    }
    // 2026 has data; a span into 2027 says it has none yet
    let b = app
        .as_user("agent", DETAILS, days("2026-09-25T16:00:00", 1))
        .await;
    let d = &b["data"]["workingDeadlineDetails"];
    assert_eq!(d["calendarName"], "标准工作日历", "{b}");
    assert_eq!(d["missingHolidayYears"], json!([]));
    let b = app
        .as_user("agent", DETAILS, days("2026-12-30T10:00:00", 5))
        .await;
    assert_eq!(
        b["data"]["workingDeadlineDetails"]["missingHolidayYears"],
        json!([2027]),
        "{b}"
    );
}

#[tokio::test]
async fn a_team_on_the_hotline_calendar_counts_around_the_clock() {
    let app = spawn_app().await;
    let hotline = calendar_named(&app, "7×24 热线日历").await;
    let expert = app.teams["expert"].to_string();
    let before = app
        .count("audit_logs WHERE action = 'team.calendar.set'")
        .await;
    let b = app
        .as_user(
            "admin",
            SET_TEAM,
            json!({ "i": { "teamId": expert, "calendarId": hotline["id"] } }),
        )
        .await;
    assert_eq!(b["data"]["setTeamCalendar"]["name"], "7×24 热线日历", "{b}");
    let with_team = |mut v: Value| {
        v["t"] = json!(expert);
        v
    };
    // through the Mid-Autumn holiday, around the clock
    let at = deadline(&app, "agent", with_team(hours("2026-09-25T16:00:00", 24))).await;
    assert_eq!(at, bj("2026-09-26T16:00:00"));
    let at = deadline(&app, "agent", with_team(days("2026-09-25T16:00:00", 1))).await;
    assert_eq!(at, bj("2026-09-27T00:00:00"));
    // other teams keep the default calendar: 7.5 working hours a day from
    // Monday 28 September, then nothing until 8 October
    let store = app.teams["store_a"].to_string();
    let v = json!({ "f": "2026-09-25T16:00:00+08:00", "h": 24, "t": store });
    assert_eq!(deadline(&app, "agent", v).await, bj("2026-10-08T10:30:00"));
    let c = calendar_named(&app, "7×24 热线日历").await;
    assert_eq!(c["teamIds"], json!([expert]));
    assert_eq!(c["officialHolidays"], false);
    // back to the default
    let b = app
        .as_user(
            "admin",
            SET_TEAM,
            json!({ "i": { "teamId": expert, "calendarId": null } }),
        )
        .await;
    assert_eq!(b["data"]["setTeamCalendar"]["name"], "标准工作日历", "{b}");
    let at = deadline(&app, "agent", with_team(hours("2026-09-25T16:00:00", 24))).await;
    assert_eq!(at, bj("2026-10-08T10:30:00"));
    let after = app
        .count("audit_logs WHERE action = 'team.calendar.set'")
        .await;
    assert_eq!(after - before, 2);
}

#[tokio::test]
async fn an_imported_year_is_used_at_once_and_audited() {
    let app = spawn_app().await;
    // without 2027 data the Spring Festival week is worked
    let b = app
        .as_user("agent", DETAILS, days("2027-02-05T17:00:00", 1))
        .await;
    let d = &b["data"]["workingDeadlineDetails"];
    assert_eq!(
        utc(d["at"].as_str().unwrap_or("")),
        bj("2027-02-08T18:00:00"),
        "{b}"
    );
    assert_eq!(d["missingHolidayYears"], json!([2027]));

    let b = app
        .as_user("admin", IMPORT, json!({ "i": { "json": FIXTURE_2027 } }))
        .await;
    let p = &b["data"]["importHolidayYear"];
    assert_eq!(p["replaced"], false, "{b}");
    assert_eq!(p["year"]["year"], 2027);
    assert_eq!(
        p["year"]["holidays"][1]["makeupWorkdays"],
        json!(["2027-02-20"])
    );

    let b = app
        .as_user("agent", DETAILS, days("2027-02-05T17:00:00", 1))
        .await;
    let d = &b["data"]["workingDeadlineDetails"];
    assert_eq!(
        utc(d["at"].as_str().unwrap_or("")),
        bj("2027-02-15T18:00:00"),
        "{b}"
    );
    assert_eq!(d["missingHolidayYears"], json!([]));
    // the fixture's make-up Saturday
    let at = deadline(&app, "agent", hours("2027-02-19T17:00:00", 2)).await;
    assert_eq!(at, bj("2027-02-20T10:00:00"));

    let b = app
        .as_user("agent", "{ holidayYears { year } }", json!({}))
        .await;
    assert_eq!(
        b["data"]["holidayYears"],
        json!([{ "year": 2025 }, { "year": 2026 }, { "year": 2027 }])
    );
    let audited = app
        .scalar(&format!(
            "SELECT COUNT(*) FROM audit_logs WHERE action = 'holiday_year.import' \
             AND target_id = '2027' AND actor_id = {}",
            app.users["admin"]
        ))
        .await;
    assert_eq!(audited, 1);
    // importing again replaces the year
    let b = app
        .as_user("admin", IMPORT, json!({ "i": { "json": FIXTURE_2027 } }))
        .await;
    assert_eq!(b["data"]["importHolidayYear"]["replaced"], true, "{b}");
    assert_eq!(app.count("holiday_years").await, 3);
}

#[tokio::test]
async fn bad_calendar_input_is_refused_with_a_reason_and_changes_nothing() {
    let app = spawn_app().await;
    let standard = calendar_named(&app, "标准工作日历").await;
    let id = standard["id"].clone();
    let version = standard["version"].clone();
    let before = calendar_state(&app).await;
    let overlap =
        json!([{ "start": "09:00", "end": "12:30" }, { "start": "12:00", "end": "18:00" }]);
    let all_week = json!(["MON", "TUE", "WED", "THU", "FRI", "SAT", "SUN"]);
    let weekday_makeup = FIXTURE_2027.replace("2027-02-20", "2027-02-22");
    let cases: Vec<(&str, Value, Expected)> = vec![
        (
            CREATE,
            json!({ "i": { "name": "夜班", "shifts": overlap, "weekend": [] } }),
            ("BAD_USER_INPUT", "SHIFTS_OVERLAP", Some("shifts")),
        ),
        (
            UPDATE,
            json!({ "i": { "id": id, "version": version, "shifts": overlap } }),
            ("BAD_USER_INPUT", "SHIFTS_OVERLAP", Some("shifts")),
        ),
        (
            UPDATE,
            json!({ "i": { "id": id, "version": version, "weekend": all_week } }),
            ("BAD_USER_INPUT", "NO_WORKING_WEEKDAY", Some("weekend")),
        ),
        (
            UPDATE,
            json!({ "i": { "id": id, "version": version, "shifts": [{ "start": "9am", "end": "18:00" }] } }),
            ("BAD_USER_INPUT", "INVALID_INPUT", Some("shifts")),
        ),
        (
            UPDATE,
            json!({ "i": { "id": id, "version": version, "shifts": [] } }),
            ("BAD_USER_INPUT", "INVALID_INPUT", Some("shifts")),
        ),
        (
            UPDATE,
            json!({ "i": { "id": id, "version": 99, "name": "改名" } }),
            ("CONFLICT", "STALE_VERSION", None),
        ),
        (
            IMPORT,
            json!({ "i": { "json": "{ \"year\": 2027, " } }),
            ("BAD_USER_INPUT", "HOLIDAY_FILE_INVALID", Some("json")),
        ),
        (
            IMPORT,
            json!({ "i": { "json": weekday_makeup } }),
            ("BAD_USER_INPUT", "MAKEUP_NOT_WEEKEND", Some("json")),
        ),
        (
            SET_TEAM,
            json!({ "i": { "teamId": "424242", "calendarId": id } }),
            ("BAD_USER_INPUT", "INVALID_INPUT", Some("teamId")),
        ),
        (
            SET_TEAM,
            json!({ "i": { "teamId": app.teams["expert"].to_string(), "calendarId": "424242" } }),
            ("BAD_USER_INPUT", "INVALID_INPUT", Some("calendarId")),
        ),
        (
            CREATE,
            json!({ "i": { "name": "7×24 热线日历", "shifts": [{ "start": "00:00", "end": "24:00" }], "weekend": [] } }),
            ("CONFLICT", "ALREADY_EXISTS", Some("name")),
        ),
    ];
    for (query, vars, (code, reason, field)) in cases {
        let b = app.as_user("admin", query, vars).await;
        let (c, r, f) = reason_of(&b);
        assert_eq!(
            (c.as_str(), r.as_str(), f.as_deref()),
            (code, reason, field),
            "{b}"
        );
        assert_eq!(calendar_state(&app).await, before, "{b}");
    }
    // workingDeadline: exactly one unit, within range, a known team
    for vars in [
        json!({ "f": "2026-09-25T16:00:00+08:00" }),
        json!({ "f": "2026-09-25T16:00:00+08:00", "d": 1, "h": 1 }),
        json!({ "f": "2026-09-25T16:00:00+08:00", "d": 366 }),
        json!({ "f": "2026-09-25T16:00:00+08:00", "d": -1 }),
        json!({ "f": "2026-09-25T16:00:00+08:00", "h": 2001 }),
        json!({ "f": "2026-09-25T16:00:00+08:00", "h": 1, "t": "424242" }),
    ] {
        let b = app.as_user("agent", DEADLINE, vars).await;
        let (c, r, _) = reason_of(&b);
        assert_eq!(
            (c.as_str(), r.as_str()),
            ("BAD_USER_INPUT", "INVALID_INPUT"),
            "{b}"
        );
    }
    // the limits themselves are accepted
    deadline(
        &app,
        "agent",
        json!({ "f": "2026-09-25T16:00:00+08:00", "d": 365 }),
    )
    .await;
    deadline(
        &app,
        "agent",
        json!({ "f": "2026-09-25T16:00:00+08:00", "h": 2000 }),
    )
    .await;
    assert_eq!(calendar_state(&app).await, before);
}

#[tokio::test]
async fn an_admin_edits_a_calendar_and_deadlines_follow_it() {
    let app = spawn_app().await;
    let standard = calendar_named(&app, "标准工作日历").await;
    let b = app
        .as_user(
            "admin",
            UPDATE,
            json!({ "i": {
                "id": standard["id"], "version": standard["version"],
                "shifts": [{ "start": "13:00", "end": "17:00" }, { "start": "08:00", "end": "12:00" }],
            } }),
        )
        .await;
    let c = &b["data"]["updateCalendar"];
    assert_eq!(c["version"], 2, "{b}");
    // stored in order whatever order they were typed in
    assert_eq!(
        c["shifts"],
        json!([{ "start": "08:00", "end": "12:00" }, { "start": "13:00", "end": "17:00" }])
    );
    let at = deadline(&app, "agent", hours("2026-09-28T11:00:00", 2)).await;
    assert_eq!(at, bj("2026-09-28T14:00:00"));
    let b = app
        .as_user(
            "admin",
            CREATE,
            json!({ "i": { "name": "夜班日历", "shifts": [{ "start": "22:00", "end": "24:00" }, { "start": "00:00", "end": "06:00" }], "weekend": ["SUN"], "officialHolidays": false } }),
        )
        .await;
    assert_eq!(b["data"]["createCalendar"]["version"], 1, "{b}");
    let n = app
        .scalar("SELECT COUNT(*) FROM audit_logs WHERE action IN ('calendar.update', 'calendar.create')")
        .await;
    assert_eq!(n, 2);
}

#[tokio::test]
async fn only_calendar_managers_change_calendars_but_everyone_signed_in_reads_them() {
    let app = spawn_app().await;
    let standard = calendar_named(&app, "标准工作日历").await;
    let before = calendar_state(&app).await;
    for user in ["agent", "supervisor", "expert", "auditor"] {
        for (query, vars) in [
            (IMPORT, json!({ "i": { "json": FIXTURE_2027 } })),
            (
                UPDATE,
                json!({ "i": { "id": standard["id"], "version": standard["version"], "name": "x" } }),
            ),
            (
                SET_TEAM,
                json!({ "i": { "teamId": app.teams["expert"].to_string(), "calendarId": null } }),
            ),
            (
                CREATE,
                json!({ "i": { "name": "x", "shifts": [{ "start": "09:00", "end": "17:00" }], "weekend": [] } }),
            ),
        ] {
            let b = app.as_user(user, query, vars).await;
            assert_eq!(reason_of(&b).1, "MISSING_PERMISSION", "{user}: {b}");
        }
        let b = app.as_user(user, CALENDARS, json!({})).await;
        assert_eq!(
            b["data"]["calendars"].as_array().map(Vec::len),
            Some(2),
            "{b}"
        );
        deadline(&app, user, days("2026-09-25T16:00:00", 1)).await;
    }
    // denials are audited (outcome `denied`), nothing else is written
    assert_eq!(calendar_state(&app).await, before);
    let denied = app
        .count("audit_logs WHERE outcome = 'denied' AND action IN ('holiday_year.import', 'calendar.update', 'team.calendar.set', 'calendar.create')")
        .await;
    assert_eq!(denied, 16);
    let b = app
        .gql(None, DEADLINE, days("2026-09-25T16:00:00", 1))
        .await;
    assert_eq!(reason_of(&b).1, "AUTH_REQUIRED", "{b}");
}

/// `kesu calendar import` in another process: validated and audited like the
/// mutation, and seen by the running server through its version check once
/// its (manual) clock has moved past the recheck interval.
#[tokio::test]
async fn the_cli_import_reaches_a_running_server_through_the_version_check() {
    let clock = Arc::new(ManualClock::new(chrono::Utc::now()));
    let app = spawn_app_with_clock(clock.clone()).await;
    let before = deadline(&app, "agent", days("2027-02-05T17:00:00", 1)).await;
    assert_eq!(before, bj("2027-02-08T18:00:00"));
    let work = tempfile::tempdir().expect("dir");
    let fixture = work.path().join("2027.json");
    std::fs::write(&fixture, FIXTURE_2027).expect("write");
    let bad = work.path().join("bad.json");
    std::fs::write(&bad, FIXTURE_2027.replace("2027-02-20", "2027-02-22")).expect("write");
    let run = |file: &std::path::Path| {
        std::process::Command::new(env!("CARGO_BIN_EXE_kesu"))
            .args(["calendar", "import"])
            .arg(file)
            .env("KESU_DATA_DIR", work.path().join("cli"))
            .env(
                "KESU_DATABASE_URL",
                app.services.config().effective_database_url(),
            )
            .env("KESU_LOG", "warn")
            .output()
            .expect("run kesu")
    };
    let out = run(&bad);
    assert!(!out.status.success());
    assert!(
        String::from_utf8_lossy(&out.stderr).contains("MAKEUP_NOT_WEEKEND"),
        "{out:?}"
    );
    assert_eq!(app.count("holiday_years").await, 2);
    let out = run(&fixture);
    assert!(out.status.success(), "{out:?}");
    assert!(
        String::from_utf8_lossy(&out.stdout).contains("2027"),
        "{out:?}"
    );
    let audited = app
        .count("audit_logs WHERE action = 'holiday_year.import' AND actor_name = 'system' AND actor_id IS NULL")
        .await;
    assert_eq!(audited, 1);
    // within the recheck interval the server still answers from memory ...
    let cached = deadline(&app, "agent", days("2027-02-05T17:00:00", 1)).await;
    assert_eq!(cached, before);
    // ... and after it, the version check sees the other process's import
    clock.advance(chrono::Duration::seconds(2));
    let after = deadline(&app, "agent", days("2027-02-05T17:00:00", 1)).await;
    assert_eq!(after, bj("2027-02-15T18:00:00"));
}
