//! What a notification is about, by a stable code stored in
//! `notifications.kind`.

/// The kinds of notification. Codes are stored; never rename one.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum NotificationKind {
    /// A complaint was assigned to you.
    Assigned,
    /// One of your complaints has used 80% of its step's time.
    SlaAtRisk,
    /// One of your complaints is past its deadline.
    SlaBreached,
    /// An alert was raised for your role.
    Alert,
    /// The customer replied on one of your complaints.
    CustomerReply,
    /// A department sent back a complaint you dispatched (退单).
    Returned,
    /// A refund or compensation above its proposer's authority awaits you.
    ApprovalRequested,
    /// An approver decided on an amount you proposed.
    ApprovalDecided,
    /// A complaint became major, or a major one awaits your sign-off.
    Major,
    /// A compliance rule caught someone's access to personal data (auditors).
    ComplianceAlert,
}

impl NotificationKind {
    pub const ALL: [NotificationKind; 10] = [
        NotificationKind::Assigned,
        NotificationKind::SlaAtRisk,
        NotificationKind::SlaBreached,
        NotificationKind::Alert,
        NotificationKind::CustomerReply,
        NotificationKind::Returned,
        NotificationKind::ApprovalRequested,
        NotificationKind::ApprovalDecided,
        NotificationKind::Major,
        NotificationKind::ComplianceAlert,
    ];

    pub fn code(self) -> &'static str {
        match self {
            NotificationKind::Assigned => "assigned",
            NotificationKind::SlaAtRisk => "sla_at_risk",
            NotificationKind::SlaBreached => "sla_breached",
            NotificationKind::Alert => "alert",
            NotificationKind::CustomerReply => "customer_reply",
            NotificationKind::Returned => "returned",
            NotificationKind::ApprovalRequested => "approval_requested",
            NotificationKind::ApprovalDecided => "approval_decided",
            NotificationKind::Major => "major",
            NotificationKind::ComplianceAlert => "compliance_alert",
        }
    }

    /// The kind of a stored code; `None` for a code this build does not know.
    pub fn from_code(code: &str) -> Option<NotificationKind> {
        Self::ALL.into_iter().find(|k| k.code() == code)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_round_trip_and_are_distinct() {
        let mut seen = std::collections::HashSet::new();
        for k in NotificationKind::ALL {
            assert_eq!(NotificationKind::from_code(k.code()), Some(k));
            assert!(seen.insert(k.code()));
        }
        assert_eq!(NotificationKind::from_code("Assigned"), None);
        assert_eq!(NotificationKind::from_code(""), None);
    }
}
