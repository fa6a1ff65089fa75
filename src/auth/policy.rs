//! The one place that decides who may do what to which complaint. Deny by
//! default: every function returns a denial unless a rule grants the request.
//! Grants that unlock personal data are values only this module can build.
use super::Actor;
use crate::domain::complaint::{Action, Status};
use crate::domain::ids::{ComplaintId, CustomerId, TeamId, UserId};
use crate::domain::permission::Permission;

/// Which rule refused a request; becomes the error's `extensions.reason`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DenialKind {
    /// The actor lacks the permission the request needs.
    MissingPermission,
    /// The permission is held, but the record is outside the actor's data scope.
    OutOfScope,
    /// Publishing or approving one's own work.
    SelfReview,
    /// The role may not take this step in the record's current state.
    StepNotAllowed,
}

/// Why a request was refused (shown to the caller and audited).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Denial {
    pub kind: DenialKind,
    pub permission: Option<Permission>,
    pub reason: String,
}

impl Denial {
    pub fn missing(p: Permission) -> Self {
        Denial {
            kind: DenialKind::MissingPermission,
            permission: Some(p),
            reason: format!("missing permission {}", p.code()),
        }
    }

    pub fn out_of_scope() -> Self {
        Denial {
            kind: DenialKind::OutOfScope,
            permission: None,
            reason: "complaint is outside your data scope".into(),
        }
    }

    /// A team (or other record) the actor may not act on.
    pub fn out_of_scope_because(reason: impl Into<String>) -> Self {
        Denial {
            kind: DenialKind::OutOfScope,
            permission: None,
            reason: reason.into(),
        }
    }

    pub fn self_review(p: Permission, reason: impl Into<String>) -> Self {
        Denial {
            kind: DenialKind::SelfReview,
            permission: Some(p),
            reason: reason.into(),
        }
    }

    pub fn step_not_allowed(p: Permission, reason: impl Into<String>) -> Self {
        Denial {
            kind: DenialKind::StepNotAllowed,
            permission: Some(p),
            reason: reason.into(),
        }
    }

    /// The stable reason code sent to the client.
    pub fn error_reason(&self) -> crate::error::Reason {
        use crate::error::Reason;
        match self.kind {
            DenialKind::MissingPermission => Reason::MissingPermission,
            DenialKind::OutOfScope => Reason::OutOfScope,
            DenialKind::SelfReview => Reason::SelfReview,
            DenialKind::StepNotAllowed => Reason::StepNotAllowed,
        }
    }
}

/// An approver decides on an amount someone else proposed (never their own).
pub fn can_decide_approval(actor: &Actor, requested_by: i64) -> Result<(), Denial> {
    require(actor, Permission::ApprovalDecide)?;
    if requested_by == actor.user_id.0 {
        return Err(Denial::self_review(
            Permission::ApprovalDecide,
            "an approval must be decided by someone other than its requester",
        ));
    }
    Ok(())
}

/// Deciding an erasure request needs `customer.erase` and is never the
/// requester's own (four eyes).
pub fn can_decide_erasure(actor: &Actor, requested_by: i64) -> Result<(), Denial> {
    require(actor, Permission::CustomerErase)?;
    if requested_by == actor.user_id.0 {
        return Err(Denial::self_review(
            Permission::CustomerErase,
            "an erasure must be decided by someone other than its requester",
        ));
    }
    Ok(())
}

/// Which complaints an actor may read; list queries filter by it in SQL.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Scope {
    All,
    /// Complaints currently with the team, plus any assigned to the user or accepted by them.
    Team {
        team: Option<TeamId>,
        user: UserId,
    },
    /// Complaints the user accepted or is assigned.
    Own {
        user: UserId,
    },
}

/// The facts about a complaint that decide access.
#[derive(Debug, Clone, Copy)]
pub struct ComplaintFacts {
    pub id: ComplaintId,
    pub status: Status,
    pub accepted_by: UserId,
    pub assignee: Option<UserId>,
    pub team: Option<TeamId>,
    /// A major complaint (closed only by the centre head's sign-off).
    pub major: bool,
}

impl Scope {
    pub fn permits(&self, c: &ComplaintFacts) -> bool {
        match self {
            Scope::All => true,
            Scope::Team { team, user } => {
                (team.is_some() && c.team == *team)
                    || c.assignee == Some(*user)
                    || c.accepted_by == *user
            }
            Scope::Own { user } => c.accepted_by == *user || c.assignee == Some(*user),
        }
    }
}

pub fn require(actor: &Actor, p: Permission) -> Result<(), Denial> {
    if actor.has(p) {
        Ok(())
    } else {
        Err(Denial::missing(p))
    }
}

/// The widest complaint scope the actor holds, or a denial.
pub fn complaint_scope(actor: &Actor) -> Result<Scope, Denial> {
    if actor.has(Permission::ComplaintReadAll) {
        Ok(Scope::All)
    } else if actor.has(Permission::ComplaintReadTeam) {
        Ok(Scope::Team {
            team: actor.team_id,
            user: actor.user_id,
        })
    } else if actor.has(Permission::ComplaintReadOwn) {
        Ok(Scope::Own {
            user: actor.user_id,
        })
    } else {
        Err(Denial::missing(Permission::ComplaintReadOwn))
    }
}

pub fn can_read(actor: &Actor, c: &ComplaintFacts) -> Result<(), Denial> {
    if complaint_scope(actor)?.permits(c) {
        Ok(())
    } else {
        Err(Denial::out_of_scope())
    }
}

/// What a read grant lets its holder see of a complaint.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Grant {
    /// The whole complaint: its fields, timeline, attachments and the masked
    /// customer. Issued to those whose data scope covers the complaint.
    Read,
    /// The centre-wide view of a resolved complaint without personal data:
    /// category, status, resolution (scrubbed) and the article used; no
    /// customer, no timeline, no attachments. Loaders of personal data
    /// refuse it.
    Summary,
}

/// Proof that the read policy let an actor see one complaint, with the
/// customer it concerns. The batch loaders (timeline, attachments, customer,
/// linked complaints) take these instead of bare ids, so a resolver cannot
/// reach them without the policy having said yes. Only this module builds
/// one (private field).
#[allow(clippy::manual_non_exhaustive)]
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct ReadToken {
    complaint: ComplaintId,
    customer: CustomerId,
    grant: Grant,
    _private: (),
}

impl ReadToken {
    pub fn complaint(&self) -> ComplaintId {
        self.complaint
    }
    pub fn customer(&self) -> CustomerId {
        self.customer
    }
    pub fn grant(&self) -> Grant {
        self.grant
    }
    /// Does the grant cover the complaint's detail and personal data?
    pub fn reads_detail(&self) -> bool {
        self.grant == Grant::Read
    }
}

/// The read check that issues a token: the complaint must be within the
/// actor's data scope.
pub fn authorize_read(
    actor: &Actor,
    c: &ComplaintFacts,
    customer: CustomerId,
) -> Result<ReadToken, Denial> {
    can_read(actor, c)?;
    Ok(ReadToken {
        complaint: c.id,
        customer,
        grant: Grant::Read,
        _private: (),
    })
}

/// The summary check: anyone who takes calls may see a resolved complaint's
/// summary across the centre (the centre's memory), whatever their scope; an
/// open complaint is not summarised.
pub fn authorize_summary(
    actor: &Actor,
    c: &ComplaintFacts,
    customer: CustomerId,
) -> Result<ReadToken, Denial> {
    require(actor, Permission::ComplaintSummary)?;
    if c.status.is_open() {
        return Err(Denial::out_of_scope());
    }
    Ok(ReadToken {
        complaint: c.id,
        customer,
        grant: Grant::Summary,
        _private: (),
    })
}

/// The creator of a complaint reads back what they have just filed (the
/// create response), whatever their read scope.
pub fn authorize_own_intake(
    actor: &Actor,
    c: &ComplaintFacts,
    customer: CustomerId,
) -> Result<ReadToken, Denial> {
    if c.accepted_by != actor.user_id {
        return Err(Denial::out_of_scope());
    }
    Ok(ReadToken {
        complaint: c.id,
        customer,
        grant: Grant::Read,
        _private: (),
    })
}

/// May the actor change a complaint without a lifecycle step (edit fields,
/// notes, attachments)? `p` is the capability the change needs.
pub fn can_touch(actor: &Actor, c: &ComplaintFacts, p: Permission) -> Result<(), Denial> {
    can_read(actor, c)?;
    require(actor, p)
}

/// May the actor take a lifecycle step? Legality of the step itself is the
/// state machine's business, checked separately.
pub fn can_act(actor: &Actor, c: &ComplaintFacts, action: Action) -> Result<(), Denial> {
    can_touch(actor, c, action.permission())?;
    // A frontline agent (own scope only) resolves on the spot, before the
    // complaint has gone to the expert team; afterwards the expert owns it.
    let own_scope_only = matches!(complaint_scope(actor), Ok(Scope::Own { .. }));
    if own_scope_only && action == Action::Resolve && c.status != Status::Accepted {
        return Err(Denial::step_not_allowed(
            Permission::ComplaintResolve,
            "once escalated, only the expert team resolves a complaint",
        ));
    }
    // a major complaint closes only with the centre head's sign-off
    if action == Action::Close && c.major && !actor.has(Permission::MajorSignOff) {
        return Err(Denial::step_not_allowed(
            Permission::MajorSignOff,
            "a major complaint is closed only by the centre head's sign-off",
        ));
    }
    // 退单 is the department's answer to a dispatch: only a member of the
    // team it was dispatched to sends it back
    if action == Action::Return && (actor.team_id.is_none() || actor.team_id != c.team) {
        return Err(Denial::step_not_allowed(
            Permission::ComplaintInvestigate,
            "only the department a complaint was dispatched to returns it",
        ));
    }
    Ok(())
}

/// May the actor list the people of `team` to assign complaints to? Anyone
/// who may assign or dispatch (experts and supervisors in the built-in roles,
/// not only admins): with the all-complaints scope in any team, otherwise in
/// their own team only, since they could assign nowhere else.
pub fn can_assign_in_team(actor: &Actor, team: TeamId) -> Result<(), Denial> {
    if !actor.has(Permission::ComplaintAssign) && !actor.has(Permission::ComplaintDispatch) {
        return Err(Denial::missing(Permission::ComplaintAssign));
    }
    match complaint_scope(actor)? {
        Scope::All => Ok(()),
        _ if actor.team_id == Some(team) => Ok(()),
        _ => Err(Denial::out_of_scope_because(
            "team is outside your data scope",
        )),
    }
}

/// Proof that the actor may see a complaint's customer contact in clear.
/// The private field (not `#[non_exhaustive]`) keeps construction inside this
/// module, not merely inside the crate.
#[allow(clippy::manual_non_exhaustive)]
#[derive(Debug)]
pub struct PiiGrant {
    pub complaint: ComplaintId,
    _private: (),
}

pub fn can_reveal(actor: &Actor, c: &ComplaintFacts) -> Result<PiiGrant, Denial> {
    can_touch(actor, c, Permission::CustomerPiiReveal)?;
    Ok(PiiGrant {
        complaint: c.id,
        _private: (),
    })
}

/// Lifecycle steps the actor may take now (legal and permitted).
pub fn available_actions(actor: &Actor, c: &ComplaintFacts) -> Vec<Action> {
    crate::domain::complaint::legal_actions(c.status)
        .into_iter()
        .filter(|a| can_act(actor, c, *a).is_ok())
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::permission::builtin_role;

    fn actor(role: &str, user: i64, team: Option<i64>) -> Actor {
        Actor {
            user_id: UserId(user),
            username: role.into(),
            team_id: team.map(TeamId),
            roles: vec![role.into()],
            permissions: builtin_role(role)
                .map(|r| r.permissions.iter().copied().collect())
                .unwrap_or_default(),
            session_id: 0,
        }
    }

    fn facts(status: Status, accepted_by: i64, team: Option<i64>) -> ComplaintFacts {
        ComplaintFacts {
            id: ComplaintId(1),
            status,
            accepted_by: UserId(accepted_by),
            assignee: None,
            team: team.map(TeamId),
            major: false,
        }
    }

    #[test]
    fn agent_reads_only_own_complaints() {
        let agent = actor("agent", 1, Some(10));
        assert!(can_read(&agent, &facts(Status::Accepted, 1, None)).is_ok());
        assert!(can_read(&agent, &facts(Status::Accepted, 2, Some(10))).is_err());
    }

    #[test]
    fn handler_reads_team_complaints() {
        let handler = actor("handler", 5, Some(20));
        assert!(can_read(&handler, &facts(Status::Dispatched, 1, Some(20))).is_ok());
        assert!(can_read(&handler, &facts(Status::Dispatched, 1, Some(21))).is_err());
    }

    #[test]
    fn auditor_reads_no_complaints_and_reveals_nothing() {
        let auditor = actor("auditor", 9, None);
        let c = facts(Status::Accepted, 1, None);
        assert!(complaint_scope(&auditor).is_err());
        assert!(can_reveal(&auditor, &c).is_err());
    }

    #[test]
    fn agent_resolves_only_before_escalation() {
        let agent = actor("agent", 1, None);
        assert!(can_act(&agent, &facts(Status::Accepted, 1, None), Action::Resolve).is_ok());
        assert!(can_act(&agent, &facts(Status::Escalated, 1, None), Action::Resolve).is_err());
        let expert = actor("expert", 2, None);
        assert!(can_act(&expert, &facts(Status::Escalated, 1, None), Action::Resolve).is_ok());
    }

    #[test]
    fn read_tokens_carry_the_read_grant_only_within_scope() {
        let agent = actor("agent", 1, Some(10));
        let t = authorize_read(&agent, &facts(Status::Accepted, 1, None), CustomerId(7))
            .expect("own complaint");
        assert_eq!((t.grant(), t.customer()), (Grant::Read, CustomerId(7)));
        assert!(t.reads_detail());
        assert!(
            authorize_read(&agent, &facts(Status::Accepted, 2, Some(10)), CustomerId(7)).is_err()
        );
        assert!(
            authorize_own_intake(&agent, &facts(Status::Accepted, 2, None), CustomerId(7)).is_err()
        );
    }

    #[test]
    fn denials_say_which_rule_refused() {
        let agent = actor("agent", 1, Some(10));
        let other = facts(Status::Accepted, 2, Some(10));
        assert_eq!(
            can_read(&agent, &other).map_err(|d| d.kind),
            Err(DenialKind::OutOfScope)
        );
        let auditor = actor("auditor", 9, None);
        assert_eq!(
            can_read(&auditor, &other).map_err(|d| d.kind),
            Err(DenialKind::MissingPermission)
        );
        assert_eq!(
            can_act(&agent, &facts(Status::Escalated, 1, None), Action::Resolve)
                .map_err(|d| d.kind),
            Err(DenialKind::StepNotAllowed)
        );
    }

    #[test]
    fn experts_and_supervisors_may_pick_assignees_in_any_team() {
        for role in ["expert", "supervisor"] {
            assert!(can_assign_in_team(&actor(role, 2, None), TeamId(20)).is_ok());
        }
        for role in ["agent", "handler", "auditor", "admin"] {
            assert_eq!(
                can_assign_in_team(&actor(role, 3, Some(20)), TeamId(20)).map_err(|d| d.kind),
                Err(DenialKind::MissingPermission),
                "{role}"
            );
        }
    }

    #[test]
    fn available_actions_respect_role() {
        let expert = actor("expert", 2, None);
        let got = available_actions(&expert, &facts(Status::Escalated, 1, None));
        assert_eq!(
            got,
            vec![Action::Dispatch, Action::ProposeResolution, Action::Resolve]
        );
        let handler = actor("handler", 5, Some(20));
        let got = available_actions(&handler, &facts(Status::Dispatched, 1, Some(20)));
        assert_eq!(got, vec![Action::Return, Action::RecordInvestigation]);
        // the expert who dispatched it does not return it to themselves
        let got = available_actions(&expert, &facts(Status::Dispatched, 1, Some(20)));
        assert!(!got.contains(&Action::Return), "{got:?}");
    }
}
