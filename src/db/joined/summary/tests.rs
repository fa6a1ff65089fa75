use super::*;
use chrono::TimeZone;

fn at(y: i32, mo: u32, d: u32, h: u32, mi: u32, s: u32) -> DateTime<Utc> {
    Utc.with_ymd_and_hms(y, mo, d, h, mi, s)
        .single()
        .expect("a time")
}

/// A row as SQLite folds it: booleans as 0/1, times as sqlx wrote them.
const SQLITE: &str = r#"[
  [7,"TS20261201-000007",3,"phone",12,"urgent","processing","空调\"不制冷\"\\n第二行 😀",1,null,0,2,5,6,4,3,
   "2026-12-01T08:30:00.123456+00:00","2026-12-02 09:00:00",null,"warning","2026-12-03T10:00:00Z",
   3,"张*","138****1234",null,"z***@example.cn",
   4,"handler","处理员",6,1,"2026-11-01T00:00:00+00:00"],
  [6,"TS20261201-000006",3,"web",12,"normal","accepted","无人受理",0,7,1,2,null,null,null,1,
   "2026-12-01T08:00:00+00:00","2026-12-01T08:00:00+00:00",9,null,null,
   3,"张*","138****1234","110***********1234",null,
   null,null,null,null,null,null]
]"#;

/// The same rows as PostgreSQL folds them: booleans as true/false, times
/// in the session's zone.
const POSTGRES: &str = r#"[
  [7,"TS20261201-000007",3,"phone",12,"urgent","processing","空调\"不制冷\"\\n第二行 😀",true,null,0,2,5,6,4,3,
   "2026-12-01T16:30:00.123456+08:00","2026-12-02T09:00:00+00:00",null,"warning","2026-12-03T18:00:00+08:00",
   3,"张*","138****1234",null,"z***@example.cn",
   4,"handler","处理员",6,true,"2026-11-01T08:00:00+08:00"],
  [6,"TS20261201-000006",3,"web",12,"normal","accepted","无人受理",false,7,1,2,null,null,null,1,
   "2026-12-01T08:00:00+00:00","2026-12-01T08:00:00+00:00",9,null,null,
   3,"张*","138****1234","110***********1234",null,
   null,null,null,null,null,null]
]"#;

#[test]
fn both_databases_fold_a_page_into_the_same_rows() {
    let sqlite = parse_page(SQLITE).expect("sqlite page");
    let postgres = parse_page(POSTGRES).expect("postgres page");
    assert_eq!(sqlite, postgres);
    assert_eq!(sqlite.len(), 2);

    let first = &sqlite[0];
    assert_eq!(first.head.id, 7);
    assert_eq!(first.head.title, "空调\"不制冷\"\\n第二行 😀");
    assert!(first.head.is_major);
    assert_eq!(
        first.head.created_at,
        at(2026, 12, 1, 8, 30, 0) + chrono::Duration::microseconds(123_456)
    );
    assert_eq!(first.head.updated_at, at(2026, 12, 2, 9, 0, 0));
    assert_eq!(first.head.sla_due_at, Some(at(2026, 12, 3, 10, 0, 0)));
    assert_eq!(first.head.sla_state.as_deref(), Some("warning"));
    let customer = first.customer.as_ref().expect("a customer");
    assert_eq!(
        (
            customer.name_masked.as_deref(),
            customer.id_card_masked.as_deref()
        ),
        (Some("张*"), None)
    );
    let assignee = first.assignee.as_ref().expect("an assignee");
    assert!(assignee.active);
    assert_eq!(assignee.created_at, at(2026, 11, 1, 0, 0, 0));

    let second = &sqlite[1];
    assert!(!second.head.is_major);
    assert_eq!(second.head.repeat_of_id, Some(7));
    assert_eq!(second.head.assignee_id, None);
    assert!(second.assignee.is_none(), "no assignee joined");
    assert_eq!(second.head.announcement_id, Some(9));
}

#[test]
fn an_empty_page_is_empty() {
    assert!(parse_page("[]").expect("empty").is_empty());
}

#[test]
fn a_value_of_the_wrong_kind_is_an_error_not_a_default() {
    let bad_flag = SQLITE.replacen(",1,null,0,2,5,6,4,3,", ",2,null,0,2,5,6,4,3,", 1);
    assert!(parse_page(&bad_flag).is_err(), "2 is no boolean");
    let bad_time = SQLITE.replacen("2026-12-02 09:00:00", "yesterday", 1);
    let err = parse_page(&bad_time).expect_err("not a time");
    assert!(err.to_string().contains("yesterday"), "{err}");
    let short = r#"[[7,"TS20261201-000007",3]]"#;
    assert!(parse_page(short).is_err(), "a short row");
    let no_name = SQLITE.replacen("\"handler\"", "null", 1);
    assert!(
        parse_page(&no_name).is_err(),
        "a joined user without a username"
    );
}

#[test]
fn stored_times_are_read_in_every_form_sqlite_writes() {
    let want = at(2026, 12, 1, 8, 30, 0);
    for s in [
        "2026-12-01T08:30:00+00:00",
        "2026-12-01T16:30:00+08:00",
        "2026-12-01T08:30:00Z",
        "2026-12-01 08:30:00",
        "2026-12-01 08:30:00.000",
        "2026-12-01 08:30:00+00:00",
        "2026-12-01 08:30",
        "2026-12-01T08:30",
    ] {
        assert_eq!(parse_instant(s), Some(want), "{s}");
    }
    assert_eq!(parse_instant("2026-13-01 08:30:00"), None);
}
