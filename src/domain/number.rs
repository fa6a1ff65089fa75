//! Complaint numbers: `TS` + the acceptance day (China Standard Time) + a
//! per-day sequence, e.g. `TS20261123-000042`. They sort by day, then by order
//! of acceptance within the day.
use crate::domain::zone;
use chrono::{DateTime, Utc};

/// The day key (`YYYYMMDD`) in China time for a moment.
pub fn day_key(at: DateTime<Utc>) -> String {
    zone::local_date(at).format("%Y%m%d").to_string()
}

pub fn format_number(day: &str, seq: i64) -> String {
    format!("TS{day}-{seq:06}")
}

/// Whether a string has the shape of a complaint number.
pub fn is_valid_number(s: &str) -> bool {
    let b = s.as_bytes();
    b.len() >= 17
        && b.len() <= 20
        && s.starts_with("TS")
        && b[2..10].iter().all(u8::is_ascii_digit)
        && b[10] == b'-'
        && b[11..].iter().all(u8::is_ascii_digit)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn number_uses_the_china_day() {
        let at = DateTime::parse_from_rfc3339("2026-11-23T17:30:00Z")
            .map(|d| d.with_timezone(&Utc))
            .ok();
        let Some(at) = at else {
            panic!("bad test date")
        };
        assert_eq!(day_key(at), "20261124");
        assert_eq!(format_number("20261123", 42), "TS20261123-000042");
        assert!(is_valid_number("TS20261123-000042"));
        assert!(!is_valid_number("TS2026112-000042"));
        assert!(!is_valid_number("XX20261123-000042"));
    }
}
