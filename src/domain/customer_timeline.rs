//! What the customer is told: the four states a customer sees, in the order
//! the complaint reached them, with the customer-visible progress notes in
//! between. Internal events and internal notes never appear; a state the
//! complaint returns to (a reopened complaint goes back to 已受理) appears
//! again, because the customer was told so.
use super::complaint::{EventKind, Status, Visibility};
use chrono::{DateTime, Utc};

/// The four states a customer sees.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum PublicStatus {
    /// 已受理
    Accepted,
    /// 已派专业部门查证处理
    InProgress,
    /// 已完成初步查证
    Investigated,
    /// 已完成处理
    Completed,
}

impl PublicStatus {
    pub fn of(status: Status) -> Self {
        match status {
            Status::Accepted | Status::Escalated => PublicStatus::Accepted,
            Status::Dispatched => PublicStatus::InProgress,
            Status::Investigated | Status::ResolutionProposed => PublicStatus::Investigated,
            Status::Resolved | Status::CallbackDone | Status::Closed => PublicStatus::Completed,
        }
    }

    /// The Chinese wording the customer is given.
    pub fn label(self) -> &'static str {
        match self {
            PublicStatus::Accepted => "已受理",
            PublicStatus::InProgress => "已派专业部门查证处理",
            PublicStatus::Investigated => "已完成初步查证",
            PublicStatus::Completed => "已完成处理",
        }
    }
}

/// One timeline event, as far as the customer timeline needs it.
#[derive(Debug, Clone, Copy)]
pub struct EventFacts<'a> {
    pub kind: EventKind,
    pub visibility: Visibility,
    pub to_status: Option<Status>,
    pub body: Option<&'a str>,
    pub promised_reply_at: Option<DateTime<Utc>>,
    pub at: DateTime<Utc>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum EntryKind {
    /// The complaint reached a state the customer sees.
    Status,
    /// A progress note written for the customer.
    Note,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CustomerEntry {
    pub at: DateTime<Utc>,
    pub kind: EntryKind,
    /// The state the customer sees at this point.
    pub public_status: PublicStatus,
    /// What the customer was told (a note, or the reply given with a state).
    pub body: Option<String>,
    /// The next reply promised by a progress note.
    pub promised_reply_at: Option<DateTime<Utc>>,
}

/// The customer timeline of events given oldest first.
pub fn customer_timeline<'a>(
    events: impl IntoIterator<Item = EventFacts<'a>>,
) -> Vec<CustomerEntry> {
    let mut out = vec![];
    let mut current: Option<PublicStatus> = None;
    for e in events {
        let customer_visible = e.visibility == Visibility::Customer;
        let reached = match e.kind {
            EventKind::Created => Some(Status::Accepted),
            _ => e.to_status,
        };
        if let Some(status) = reached {
            let public = PublicStatus::of(status);
            if current != Some(public) {
                current = Some(public);
                out.push(CustomerEntry {
                    at: e.at,
                    kind: EntryKind::Status,
                    public_status: public,
                    body: e.body.filter(|_| customer_visible).map(str::to_string),
                    promised_reply_at: None,
                });
            }
        }
        if e.kind == EventKind::NoteAdded && customer_visible {
            out.push(CustomerEntry {
                at: e.at,
                kind: EntryKind::Note,
                public_status: current.unwrap_or(PublicStatus::Accepted),
                body: e.body.map(str::to_string),
                promised_reply_at: e.promised_reply_at,
            });
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ev(
        kind: EventKind,
        visibility: Visibility,
        to: Option<Status>,
        body: Option<&'static str>,
    ) -> EventFacts<'static> {
        EventFacts {
            kind,
            visibility,
            to_status: to,
            body,
            promised_reply_at: None,
            at: DateTime::<Utc>::UNIX_EPOCH,
        }
    }

    #[test]
    fn internal_steps_within_one_public_state_do_not_show() {
        use EventKind as K;
        use Status as S;
        use Visibility::{Customer as C, Internal as I};
        let got = customer_timeline([
            ev(K::Created, C, Some(S::Accepted), None),
            ev(K::Escalated, I, Some(S::Escalated), Some("内部说明")),
            ev(K::NoteAdded, I, None, Some("内部备注")),
            ev(K::NoteAdded, C, None, Some("正在核实")),
            ev(K::Dispatched, I, Some(S::Dispatched), None),
            ev(K::Investigated, I, Some(S::Investigated), Some("查证结论")),
            ev(K::ResolutionProposed, I, Some(S::ResolutionProposed), None),
            ev(K::Resolved, C, Some(S::Resolved), Some("已退款")),
            ev(K::Reopened, I, Some(S::Escalated), Some("客户不满意")),
        ]);
        let shape: Vec<(EntryKind, PublicStatus, Option<&str>)> = got
            .iter()
            .map(|e| (e.kind, e.public_status, e.body.as_deref()))
            .collect();
        use EntryKind::{Note, Status as St};
        use PublicStatus as P;
        assert_eq!(
            shape,
            vec![
                (St, P::Accepted, None),
                (Note, P::Accepted, Some("正在核实")),
                (St, P::InProgress, None),
                (St, P::Investigated, None),
                (St, P::Completed, Some("已退款")),
                (St, P::Accepted, None),
            ]
        );
    }
}
