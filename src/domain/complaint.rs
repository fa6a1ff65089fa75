//! The complaint record's vocabulary and its lifecycle state machine.
//!
//! Invariant: a complaint's status changes only through [`transition`]; every
//! (status, action) pair not listed there is an illegal transition.

use super::permission::Permission;

code_enum!(
    /// Where a complaint came in.
    Channel {
        Hotline => "hotline": "热线电话",
        Email => "email": "电子邮件",
        OnlineChat => "online_chat": "在线客服",
        App => "app": "手机App",
        Wechat => "wechat": "微信",
        StoreCounter => "store_counter": "门店柜台",
        Letter => "letter": "信函/传真",
        Regulator => "regulator": "监管转办",
        SocialMedia => "social_media": "社交媒体",
    }
);

code_enum!(
    /// How urgent a complaint is.
    Priority {
        Urgent => "urgent": "紧急",
        Important => "important": "重要",
        Normal => "normal": "一般",
    }
);

impl Priority {
    /// Higher is more urgent; used for ordering.
    pub fn rank(self) -> i64 {
        match self {
            Priority::Urgent => 3,
            Priority::Important => 2,
            Priority::Normal => 1,
        }
    }
}

code_enum!(
    /// Who was found responsible once the complaint was investigated.
    Responsibility {
        Internal => "internal": "我方责任",
        ThirdParty => "third_party": "第三方责任",
        Customer => "customer": "客户原因",
        ClearDefect => "clear_defect": "产品缺陷",
        Misuse => "misuse": "使用不当",
        Undetermined => "undetermined": "待检测判定",
        WrongCharge => "wrong_charge": "错收费用",
    }
);

code_enum!(
    /// Lifecycle states of a complaint work order.
    Status {
        Accepted => "accepted": "已受理",
        Escalated => "escalated": "已升级专家组",
        Dispatched => "dispatched": "已派专业部门查证处理",
        Investigated => "investigated": "已完成初步查证",
        ResolutionProposed => "resolution_proposed": "处理方案待确认",
        Resolved => "resolved": "已完成处理",
        CallbackDone => "callback_done": "已回访",
        Closed => "closed": "已结案",
    }
);

impl Status {
    /// The four states a customer sees.
    pub fn public_label(self) -> &'static str {
        match self {
            Status::Accepted | Status::Escalated => "已受理",
            Status::Dispatched => "已派专业部门查证处理",
            Status::Investigated | Status::ResolutionProposed => "已完成初步查证",
            Status::Resolved | Status::CallbackDone | Status::Closed => "已完成处理",
        }
    }

    /// Whether work is still open on the complaint.
    pub fn is_open(self) -> bool {
        !matches!(
            self,
            Status::Resolved | Status::CallbackDone | Status::Closed
        )
    }
}

code_enum!(
    /// Steps of the lifecycle that move a complaint between states.
    Action {
        Escalate => "escalate": "升级至专家组",
        Dispatch => "dispatch": "派单至责任部门",
        Return => "return": "退单至专家组",
        RecordInvestigation => "record_investigation": "录入查证结果",
        ProposeResolution => "propose_resolution": "提出处理方案",
        Resolve => "resolve": "办结并答复客户",
        RecordCallback => "record_callback": "记录回访",
        CallbackAttempt => "callback_attempt": "回访未接通",
        Reopen => "reopen": "重新处理",
        Close => "close": "结案归档",
    }
);

impl Action {
    /// The capability an actor needs to take this step.
    pub fn permission(self) -> Permission {
        match self {
            Action::Escalate => Permission::ComplaintEscalate,
            Action::Dispatch => Permission::ComplaintDispatch,
            // the department that would investigate is the one that returns it
            Action::Return => Permission::ComplaintInvestigate,
            Action::RecordInvestigation => Permission::ComplaintInvestigate,
            Action::ProposeResolution => Permission::ComplaintPropose,
            Action::Resolve => Permission::ComplaintResolve,
            Action::RecordCallback | Action::CallbackAttempt => Permission::ComplaintCallback,
            Action::Reopen => Permission::ComplaintReopen,
            Action::Close => Permission::ComplaintClose,
        }
    }
}

code_enum!(
    /// Kinds of timeline events.
    EventKind {
        Created => "created": "登记受理",
        Escalated => "escalated": "升级至专家组",
        Dispatched => "dispatched": "派单",
        Returned => "returned": "退单",
        Assigned => "assigned": "指派处理人",
        Investigated => "investigated": "查证完成",
        ResolutionProposed => "resolution_proposed": "提出处理方案",
        Resolved => "resolved": "办结答复",
        CallbackRecorded => "callback_recorded": "回访",
        CallbackAttempted => "callback_attempted": "回访未接通",
        Reopened => "reopened": "重新处理",
        Closed => "closed": "结案",
        NoteAdded => "note_added": "内部备注",
        Updated => "updated": "信息修改",
        AttachmentAdded => "attachment_added": "上传附件",
        MarkedRepeat => "marked_repeat": "关联重复投诉",
        ClockStarted => "clock_started": "开始计时",
        ClockPaused => "clock_paused": "暂停计时",
        ClockResumed => "clock_resumed": "恢复计时",
        ClockRearmed => "clock_rearmed": "重新计时",
        ClockAtRisk => "clock_at_risk": "即将超时",
        ClockBreached => "clock_breached": "已超时",
        Routed => "routed": "自动分派",
        ApprovalRequested => "approval_requested": "提交审批",
        ApprovalDecided => "approval_decided": "审批决定",
        MajorFlagged => "major_flagged": "列为重大投诉",
    }
);

impl EventKind {
    pub fn for_action(action: Action) -> Self {
        match action {
            Action::Escalate => EventKind::Escalated,
            Action::Dispatch => EventKind::Dispatched,
            Action::Return => EventKind::Returned,
            Action::RecordInvestigation => EventKind::Investigated,
            Action::ProposeResolution => EventKind::ResolutionProposed,
            Action::Resolve => EventKind::Resolved,
            Action::RecordCallback => EventKind::CallbackRecorded,
            Action::CallbackAttempt => EventKind::CallbackAttempted,
            Action::Reopen => EventKind::Reopened,
            Action::Close => EventKind::Closed,
        }
    }
}

code_enum!(
    /// Who may see a timeline entry.
    Visibility {
        Internal => "internal": "内部",
        Customer => "customer": "客户可见",
    }
);

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("cannot {} a complaint that is {}", action.code(), from.code())]
pub struct IllegalTransition {
    pub from: Status,
    pub action: Action,
}

/// The state machine: where `action` takes a complaint in state `from`.
pub fn transition(from: Status, action: Action) -> Result<Status, IllegalTransition> {
    use Action as A;
    use Status as S;
    let to = match (from, action) {
        (S::Accepted, A::Escalate) => S::Escalated,
        (
            S::Accepted | S::Escalated | S::Dispatched | S::Investigated | S::ResolutionProposed,
            A::Dispatch,
        ) => S::Dispatched,
        // 退单: a department sends back what should not have come to it,
        // before investigating; the expert team dispatches it again
        (S::Dispatched, A::Return) => S::Escalated,
        (S::Dispatched, A::RecordInvestigation) => S::Investigated,
        // a proposal may be revised (after an approver rejects its amount)
        (S::Escalated | S::Investigated | S::ResolutionProposed, A::ProposeResolution) => {
            S::ResolutionProposed
        }
        (S::Accepted | S::Escalated | S::Investigated | S::ResolutionProposed, A::Resolve) => {
            S::Resolved
        }
        (S::Resolved, A::RecordCallback) => S::CallbackDone,
        // a customer not reached: tried again later (the service closes it
        // as unreachable after the last attempt)
        (S::Resolved, A::CallbackAttempt) => S::Resolved,
        (S::Resolved | S::CallbackDone | S::Closed, A::Reopen) => S::Escalated,
        (S::Resolved | S::CallbackDone, A::Close) => S::Closed,
        _ => return Err(IllegalTransition { from, action }),
    };
    Ok(to)
}

/// Actions that are legal from a state (before permissions are considered).
pub fn legal_actions(from: Status) -> Vec<Action> {
    Action::ALL
        .iter()
        .copied()
        .filter(|a| transition(from, *a).is_ok())
        .collect()
}

/// Satisfaction scores at the callback run from 1 (very unhappy) to 5.
pub fn valid_satisfaction(score: i32) -> bool {
    (1..=5).contains(&score)
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;
    use Action as A;
    use Status as S;

    /// The full table, written out independently of `transition`, so that the
    /// test checks every one of the 8 × 10 pairs.
    fn expected(from: S, action: A) -> Option<S> {
        let table: &[(S, A, S)] = &[
            (S::Accepted, A::Escalate, S::Escalated),
            (S::Accepted, A::Dispatch, S::Dispatched),
            (S::Accepted, A::Resolve, S::Resolved),
            (S::Escalated, A::Dispatch, S::Dispatched),
            (S::Escalated, A::ProposeResolution, S::ResolutionProposed),
            (S::Escalated, A::Resolve, S::Resolved),
            (S::Dispatched, A::Dispatch, S::Dispatched),
            (S::Dispatched, A::Return, S::Escalated),
            (S::Dispatched, A::RecordInvestigation, S::Investigated),
            (S::Investigated, A::Dispatch, S::Dispatched),
            (S::Investigated, A::ProposeResolution, S::ResolutionProposed),
            (S::Investigated, A::Resolve, S::Resolved),
            (S::ResolutionProposed, A::Dispatch, S::Dispatched),
            (
                S::ResolutionProposed,
                A::ProposeResolution,
                S::ResolutionProposed,
            ),
            (S::ResolutionProposed, A::Resolve, S::Resolved),
            (S::Resolved, A::RecordCallback, S::CallbackDone),
            (S::Resolved, A::CallbackAttempt, S::Resolved),
            (S::Resolved, A::Reopen, S::Escalated),
            (S::Resolved, A::Close, S::Closed),
            (S::CallbackDone, A::Reopen, S::Escalated),
            (S::CallbackDone, A::Close, S::Closed),
            (S::Closed, A::Reopen, S::Escalated),
        ];
        table
            .iter()
            .find(|(f, a, _)| *f == from && *a == action)
            .map(|(_, _, to)| *to)
    }

    #[test]
    fn every_state_action_pair_matches_the_table() {
        let mut legal = 0;
        for from in S::ALL {
            for action in A::ALL {
                let got = transition(*from, *action).ok();
                assert_eq!(got, expected(*from, *action), "{from:?} --{action:?}-->");
                legal += usize::from(got.is_some());
            }
        }
        assert_eq!(legal, 22);
    }

    #[test]
    fn codes_round_trip() {
        for s in S::ALL {
            assert_eq!(S::from_code(s.code()), Some(*s));
        }
        for c in Channel::ALL {
            assert_eq!(Channel::from_code(c.code()), Some(*c));
        }
        assert_eq!(S::from_code("deleted"), None);
    }

    #[test]
    fn closed_complaint_can_only_be_reopened() {
        assert_eq!(legal_actions(S::Closed), vec![A::Reopen]);
    }

    #[test]
    fn customer_sees_four_states() {
        let labels: std::collections::BTreeSet<_> =
            S::ALL.iter().map(|s| s.public_label()).collect();
        assert_eq!(labels.len(), 4);
    }

    fn any_action() -> impl Strategy<Value = A> {
        proptest::sample::select(A::ALL.to_vec())
    }

    proptest! {
        /// From any reachable state a complaint can still be brought to closure,
        /// and a random walk never leaves the set of states.
        #[test]
        fn random_walks_stay_legal_and_can_always_close(actions in proptest::collection::vec(any_action(), 0..40)) {
            let mut state = S::Accepted;
            for action in actions {
                if let Ok(next) = transition(state, action) {
                    state = next;
                }
            }
            // path to closure from wherever we ended up
            let mut steps = 0;
            while state != S::Closed {
                let next = [A::Close, A::RecordCallback, A::Resolve, A::RecordInvestigation, A::Reopen]
                    .iter()
                    .find_map(|a| transition(state, *a).ok());
                prop_assert!(next.is_some(), "stuck in {:?}", state);
                state = next.unwrap_or(S::Closed);
                steps += 1;
                prop_assert!(steps < 10);
            }
        }

        #[test]
        fn reopen_always_returns_to_the_expert_team(from in proptest::sample::select(S::ALL.to_vec())) {
            if let Ok(to) = transition(from, A::Reopen) {
                prop_assert_eq!(to, S::Escalated);
                prop_assert!(!from.is_open());
            }
        }
    }
}
