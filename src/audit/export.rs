//! The audit trail as CSV for compliance staff: headers in the console's
//! language, times in Beijing time to the second (the zone named in the
//! header), UTF-8 with a BOM so spreadsheet programs read the Chinese, and
//! every cell a spreadsheet would run as a formula defused with a leading
//! quote (CSV injection).
use crate::db::entity::audit_log;
use crate::domain::zone;

/// The console's language, which the export's headers follow.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum Language {
    #[default]
    ZhCn,
    EnUs,
}

const HEADERS_ZH: [&str; 13] = [
    "编号",
    "时间（北京时间 UTC+08:00）",
    "操作人ID",
    "操作人",
    "操作",
    "结果",
    "对象类型",
    "对象编号",
    "客户ID",
    "读取字段",
    "IP 地址",
    "请求编号",
    "详情",
];

const HEADERS_EN: [&str; 13] = [
    "ID",
    "Time (Beijing, UTC+08:00)",
    "Actor ID",
    "Actor",
    "Action",
    "Outcome",
    "Target type",
    "Target ID",
    "Customer ID",
    "Fields",
    "IP address",
    "Request ID",
    "Detail",
];

/// Render the rows, in the order given, as one CSV document.
pub fn render(rows: &[audit_log::Model], language: Language) -> Result<String, csv::Error> {
    let mut w = csv::WriterBuilder::new()
        .terminator(csv::Terminator::CRLF)
        .from_writer(Vec::with_capacity(64 + rows.len() * 160));
    w.write_record(match language {
        Language::ZhCn => HEADERS_ZH,
        Language::EnUs => HEADERS_EN,
    })?;
    for m in rows {
        let opt = |v: &Option<String>| v.clone().unwrap_or_default();
        let id = |v: Option<i64>| v.map(|x| x.to_string()).unwrap_or_default();
        let detail = if m.detail.is_empty() || m.detail == "{}" {
            String::new()
        } else {
            m.detail.clone()
        };
        let fields = opt(&m.fields).replace(',', " ");
        let record = [
            m.id.to_string(),
            zone::to_local(m.at).format("%Y-%m-%d %H:%M:%S").to_string(),
            id(m.actor_id),
            opt(&m.actor_name),
            m.action.clone(),
            m.outcome.clone(),
            opt(&m.target_type),
            opt(&m.target_id),
            id(m.customer_id),
            fields,
            opt(&m.ip),
            opt(&m.request_id),
            detail,
        ];
        w.write_record(record.iter().map(|c| defuse(c).into_owned()))?;
    }
    let bytes = w.into_inner().map_err(|e| e.into_error())?;
    let mut out = String::from("\u{feff}");
    out.push_str(&String::from_utf8_lossy(&bytes));
    Ok(out)
}

/// A cell a spreadsheet would evaluate (`=`, `+`, `-`, `@`, or a tab or
/// carriage return before one) gets a leading quote.
fn defuse(cell: &str) -> std::borrow::Cow<'_, str> {
    if cell.starts_with(['=', '+', '-', '@', '\t', '\r']) {
        format!("'{cell}").into()
    } else {
        cell.into()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::{TimeZone, Utc};

    fn row(actor_name: &str, detail: &str) -> audit_log::Model {
        audit_log::Model {
            id: 7,
            at: Utc
                .with_ymd_and_hms(2026, 11, 24, 16, 5, 9)
                .single()
                .expect("time")
                + chrono::Duration::nanoseconds(123_456_789),
            actor_id: Some(3),
            actor_name: Some(actor_name.into()),
            actor_kind: Some("user".into()),
            action: "customer.reveal".into(),
            outcome: "success".into(),
            target_type: Some("complaint".into()),
            target_id: Some("42".into()),
            customer_id: Some(9),
            fields: Some("name,phone".into()),
            ip: Some("10.0.0.1".into()),
            request_id: Some("abc".into()),
            detail: detail.into(),
            seq: Some(7),
            prev_hash: None,
            hash: None,
        }
    }

    fn lines(csv: &str) -> Vec<String> {
        csv.trim_start_matches('\u{feff}')
            .split("\r\n")
            .filter(|l| !l.is_empty())
            .map(str::to_string)
            .collect()
    }

    #[test]
    fn headers_follow_the_language_and_name_the_time_zone() {
        let zh = render(&[], Language::ZhCn).expect("csv");
        assert!(zh.starts_with('\u{feff}'));
        assert!(lines(&zh)[0].starts_with("编号,时间（北京时间 UTC+08:00）,操作人ID"));
        let en = render(&[], Language::EnUs).expect("csv");
        assert!(lines(&en)[0].starts_with("ID,\"Time (Beijing, UTC+08:00)\",Actor ID"));
    }

    #[test]
    fn times_are_beijing_time_to_the_second() {
        let csv = render(&[row("agent", "{}")], Language::ZhCn).expect("csv");
        let l = lines(&csv);
        // 16:05:09 UTC is 00:05:09 the next day in Beijing; no nanoseconds
        assert!(
            l[1].starts_with(
                "7,2026-11-25 00:05:09,3,agent,customer.reveal,success,complaint,42,9,name phone,"
            ),
            "{}",
            l[1]
        );
    }

    #[test]
    fn formulas_are_defused_and_quotes_survive_a_round_trip() {
        let detail = r#"{"reason":"a, \"b\"\nc"}"#;
        let csv = render(&[row("=HYPERLINK(\"http://x\")", detail)], Language::EnUs).expect("csv");
        let mut r = csv::Reader::from_reader(csv.trim_start_matches('\u{feff}').as_bytes());
        let rec = r.records().next().expect("one record").expect("parses");
        assert_eq!(&rec[3], "'=HYPERLINK(\"http://x\")");
        assert_eq!(&rec[12], detail);
        for bad in ["+1", "-1", "@SUM(A1)", "\t=1"] {
            assert!(defuse(bad).starts_with('\''), "{bad}");
        }
        assert_eq!(defuse("plain"), "plain");
    }
}
