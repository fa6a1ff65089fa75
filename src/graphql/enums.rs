//! GraphQL enums mirroring the domain's, converted both ways.
use crate::domain::complaint as d;
use async_graphql::Enum;

macro_rules! mirror {
    ($gql:ident, $dom:ty, $doc:literal, { $($v:ident),* $(,)? }) => {
        #[doc = $doc]
        #[derive(Enum, Copy, Clone, Debug, PartialEq, Eq)]
        pub enum $gql { $($v),* }

        impl From<$gql> for $dom {
            fn from(v: $gql) -> Self { match v { $($gql::$v => <$dom>::$v),* } }
        }

        impl From<$dom> for $gql {
            fn from(v: $dom) -> Self { match v { $(<$dom>::$v => $gql::$v),* } }
        }
    };
}
/// `mirror!(GqlName, domain::Type, "doc", { Variant, ... })`: a GraphQL enum
/// and its conversions both ways (the caller imports `async_graphql::Enum`).
pub(crate) use mirror;

mirror!(ComplaintStatus, d::Status, "Lifecycle state of a complaint.", {
    Accepted, Escalated, Dispatched, Investigated, ResolutionProposed, Resolved, CallbackDone, Closed
});
mirror!(Channel, d::Channel, "Where the complaint came in.", {
    Hotline, Email, OnlineChat, App, Wechat, StoreCounter, Letter, Regulator, SocialMedia
});
mirror!(Priority, d::Priority, "Urgency.", { Urgent, Important, Normal });
mirror!(Responsibility, d::Responsibility, "Who was responsible, once verified.", {
    Internal, ThirdParty, Customer, ClearDefect, Misuse, Undetermined, WrongCharge
});
mirror!(ComplaintAction, d::Action, "A lifecycle step.", {
    Escalate, Dispatch, Return, RecordInvestigation, ProposeResolution, Resolve, RecordCallback,
    CallbackAttempt, Reopen, Close
});
mirror!(EventKind, d::EventKind, "Kind of timeline event.", {
    Created, Escalated, Dispatched, Assigned, Investigated, ResolutionProposed, Resolved,
    CallbackRecorded, Reopened, Closed, NoteAdded, Updated, AttachmentAdded, MarkedRepeat,
    ClockStarted, ClockPaused, ClockResumed, ClockRearmed, ClockAtRisk, ClockBreached, Routed, Returned,
    ApprovalRequested, ApprovalDecided, CallbackAttempted, MajorFlagged
});
mirror!(SlaState, crate::domain::sla::SlaState, "Where a complaint's time limits stand.", {
    Met, Paused, OnTrack, AtRisk, Breached
});
mirror!(SlaStep, crate::domain::sla::Step, "A step of the lifecycle with its own time limit.", {
    Escalation, Investigation, Callback
});
mirror!(TargetUnit, crate::domain::sla::Unit, "How a time limit is stated.", {
    Hours, WorkingHours, WorkingDays
});
mirror!(ApprovalStatus, crate::domain::approval::ApprovalStatus, "Where an approval stands.", {
    Pending, Approved, Rejected, Withdrawn
});
mirror!(Visibility, d::Visibility, "Who may see a timeline entry.", { Internal, Customer });

/// Sort order of complaint lists.
#[derive(Enum, Copy, Clone, Debug, PartialEq, Eq, Default)]
pub enum ComplaintOrder {
    /// Newest first (default).
    #[default]
    Newest,
    Oldest,
    /// Urgent first, then newest.
    Priority,
    /// Most recently changed first.
    RecentlyUpdated,
    /// The clock that runs out first comes first (recorded due time);
    /// complaints with no running clock last.
    SlaDue,
}

impl From<ComplaintOrder> for crate::service::complaints::ComplaintOrder {
    fn from(v: ComplaintOrder) -> Self {
        use crate::service::complaints::ComplaintOrder as S;
        match v {
            ComplaintOrder::Newest => S::Newest,
            ComplaintOrder::Oldest => S::Oldest,
            ComplaintOrder::Priority => S::Priority,
            ComplaintOrder::RecentlyUpdated => S::RecentlyUpdated,
            ComplaintOrder::SlaDue => S::SlaDue,
        }
    }
}
