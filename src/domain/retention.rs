//! Retention and erasure (PIPL): how long each class of record is kept, and
//! the rules of an erasure request.
//!
//! Record classes and what "past retention" means for each:
//! - `customer`: a customer whose complaints are all closed, the last one
//!   closed more than `days` ago (or, with no complaint, registered more
//!   than `days` ago), is anonymised: the personal fields cleared and phone
//!   and ID numbers scrubbed from the complaints' text;
//! - `search_log`: knowledge-base search analytics older than `days` are
//!   deleted;
//! - `notification`: notifications read more than `days` ago are deleted.
//!
//! The audit trail is not a class here: it is the proof, kept whole (its
//! hash chain would show any deletion). Sessions (with their addresses) are
//! purged a day after they end by their own job.
use chrono::{DateTime, Duration, Utc};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum RecordClass {
    Customer,
    SearchLog,
    Notification,
}

impl RecordClass {
    pub const ALL: [RecordClass; 3] = [
        RecordClass::Customer,
        RecordClass::SearchLog,
        RecordClass::Notification,
    ];

    pub fn code(self) -> &'static str {
        match self {
            RecordClass::Customer => "customer",
            RecordClass::SearchLog => "search_log",
            RecordClass::Notification => "notification",
        }
    }

    pub fn from_code(code: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|c| c.code() == code)
    }

    /// The fewest days a class may be kept: customers at least a year (a
    /// complaint may be reopened or disputed), the rest at least a week.
    pub fn min_days(self) -> i64 {
        match self {
            RecordClass::Customer => 365,
            _ => 7,
        }
    }

    /// The most: thirty years.
    pub const MAX_DAYS: i64 = 30 * 366;

    /// `days` if it is allowed for this class, else why not.
    pub fn check_days(self, days: i64) -> Result<i64, String> {
        if days < self.min_days() || days > Self::MAX_DAYS {
            return Err(format!(
                "days must be between {} and {} for {}",
                self.min_days(),
                Self::MAX_DAYS,
                self.code()
            ));
        }
        Ok(days)
    }

    /// Records of this class last touched before this instant are past
    /// retention at `now`.
    pub fn cutoff(now: DateTime<Utc>, days: i64) -> DateTime<Utc> {
        now - Duration::days(days)
    }
}

/// Where an erasure request stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ErasureStatus {
    /// Waiting for someone other than the requester to decide.
    Pending,
    Rejected,
    /// Approved and carried out.
    Done,
}

impl ErasureStatus {
    pub const ALL: [ErasureStatus; 3] = [
        ErasureStatus::Pending,
        ErasureStatus::Rejected,
        ErasureStatus::Done,
    ];

    pub fn code(self) -> &'static str {
        match self {
            ErasureStatus::Pending => "pending",
            ErasureStatus::Rejected => "rejected",
            ErasureStatus::Done => "done",
        }
    }

    pub fn from_code(code: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|s| s.code() == code)
    }
}

/// Why `decider` may not decide a request made by `requester` in `status`
/// (the four-eyes rule), if they may not.
pub fn refuse_decision(
    status: ErasureStatus,
    requester: i64,
    decider: i64,
) -> Option<&'static str> {
    if status != ErasureStatus::Pending {
        return Some("the request has already been decided");
    }
    if requester == decider {
        return Some("an erasure is decided by someone other than its requester");
    }
    None
}

/// The name an erased customer keeps (shown masked like any name).
pub const ERASED_NAME: &str = "已删除";

/// The phone an erased customer keeps: unique per customer (the blind
/// index is unique) and no one's number.
pub fn erased_phone(customer_id: i64) -> String {
    format!("erased-{customer_id}")
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn codes_round_trip() {
        for c in RecordClass::ALL {
            assert_eq!(RecordClass::from_code(c.code()), Some(c));
        }
        for s in ErasureStatus::ALL {
            assert_eq!(ErasureStatus::from_code(s.code()), Some(s));
        }
        assert_eq!(RecordClass::from_code("audit_log"), None);
    }

    #[test]
    fn customers_are_kept_at_least_a_year() {
        assert!(RecordClass::Customer.check_days(364).is_err());
        assert_eq!(RecordClass::Customer.check_days(365), Ok(365));
        assert_eq!(RecordClass::SearchLog.check_days(7), Ok(7));
        assert!(RecordClass::SearchLog.check_days(6).is_err());
        assert!(RecordClass::Notification
            .check_days(RecordClass::MAX_DAYS + 1)
            .is_err());
    }

    #[test]
    fn only_someone_else_decides_a_pending_request() {
        assert_eq!(refuse_decision(ErasureStatus::Pending, 1, 2), None);
        assert!(refuse_decision(ErasureStatus::Pending, 1, 1).is_some());
        assert!(refuse_decision(ErasureStatus::Done, 1, 2).is_some());
        assert!(refuse_decision(ErasureStatus::Rejected, 1, 2).is_some());
    }

    proptest! {
        #[test]
        fn a_longer_retention_never_cuts_later(days in 0i64..20_000, more in 0i64..20_000, secs in 0i64..4_000_000_000) {
            let now = DateTime::<Utc>::from_timestamp(secs, 0).expect("time");
            prop_assert!(RecordClass::cutoff(now, days + more) <= RecordClass::cutoff(now, days));
            prop_assert!(RecordClass::cutoff(now, days) <= now);
        }

        #[test]
        fn erased_phones_are_distinct(a in 1i64..i64::MAX, b in 1i64..i64::MAX) {
            prop_assume!(a != b);
            prop_assert_ne!(erased_phone(a), erased_phone(b));
        }
    }
}
