//! Approvals above authority: a refund or compensation larger than what the
//! requesting role may grant waits for an approver (DOMAIN.md, Money).
//!
//! Invariants:
//! - a role's authority limit defaults to 1,000 元; a person's authority is
//!   the largest limit among their roles;
//! - an amount needs approval exactly when it exceeds the proposer's
//!   authority, and a complaint may be resolved with an amount only when it
//!   is within the resolver's authority or an approved approval covers it;
//! - fees charged by mistake are refunded double (错收双倍返还).

/// 1,000 元, in cents: the limit of a role nobody has configured.
pub const DEFAULT_LIMIT_CENTS: i64 = 100_000;

code_enum!(
    /// Where an approval stands.
    ApprovalStatus {
        Pending => "pending": "待审批",
        Approved => "approved": "已批准",
        Rejected => "rejected": "已驳回",
        Withdrawn => "withdrawn": "已撤回",
    }
);

/// What one person may grant without approval: the largest of their roles'
/// limits (`None` is a role left at the default). Nobody has less than the
/// default, even with no role at all.
pub fn authority(role_limits: &[Option<i64>]) -> i64 {
    role_limits
        .iter()
        .map(|l| l.unwrap_or(DEFAULT_LIMIT_CENTS))
        .max()
        .unwrap_or(DEFAULT_LIMIT_CENTS)
}

/// Whether granting `amount` needs an approver's decision.
pub fn needs_approval(amount: i64, authority: i64) -> bool {
    amount > authority
}

/// 错收双倍返还: the refund proposed for a fee charged by mistake, `None`
/// when doubling would overflow.
pub fn double_refund(wrongly_charged: i64) -> Option<i64> {
    wrongly_charged.checked_mul(2)
}

/// Whether a complaint may be resolved granting `amount`, given the
/// resolver's authority and the approved amount, if any.
pub fn may_grant(amount: i64, authority: i64, approved: Option<i64>) -> bool {
    !needs_approval(amount, authority) || approved.is_some_and(|a| amount <= a)
}

/// The refund a proposal carries, and the fee charged by mistake it doubles.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Proposal {
    pub refund: Option<i64>,
    pub wrongly_charged: Option<i64>,
}

/// Why a proposal's amounts are refused; each names the input at fault.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ProposalError {
    /// `wronglyChargedCents` given, but the investigation found no wrong charge.
    NotAWrongCharge,
    /// A wrong charge with no amount to double.
    ChargeMissing,
    /// The doubled amount does not fit.
    TooLarge,
    /// A refund that is not the double of the wrong charge.
    NotDouble { double: i64 },
}

/// The amounts of a proposed resolution. When the investigation found a fee
/// charged by mistake (`wrong_charge`), the refund is its double, the fee
/// being `charged` or else the amount the customer claimed; an explicit
/// refund must then be that double (an approver may still change it).
pub fn propose(
    wrong_charge: bool,
    charged: Option<i64>,
    claimed: Option<i64>,
    refund: Option<i64>,
) -> Result<Proposal, ProposalError> {
    if !wrong_charge {
        if charged.is_some() {
            return Err(ProposalError::NotAWrongCharge);
        }
        return Ok(Proposal {
            refund,
            wrongly_charged: None,
        });
    }
    let fee = charged.or(claimed).ok_or(ProposalError::ChargeMissing)?;
    let double = double_refund(fee).ok_or(ProposalError::TooLarge)?;
    if refund.is_some_and(|r| r != double) {
        return Err(ProposalError::NotDouble { double });
    }
    Ok(Proposal {
        refund: Some(double),
        wrongly_charged: Some(fee),
    })
}

/// Cents as 元 with two decimals, e.g. `2,360.00 元`.
pub fn yuan(cents: i64) -> String {
    let whole = (cents / 100).to_string();
    let mut grouped = String::new();
    for (i, ch) in whole.chars().enumerate() {
        if i > 0 && (whole.len() - i).is_multiple_of(3) {
            grouped.push(',');
        }
        grouped.push(ch);
    }
    format!("{grouped}.{:02} 元", cents % 100)
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn default_authority_is_a_thousand_yuan() {
        assert_eq!(authority(&[]), 100_000);
        assert_eq!(authority(&[None]), 100_000);
        assert!(!needs_approval(100_000, authority(&[None])));
        assert!(needs_approval(100_001, authority(&[None])));
    }

    #[test]
    fn the_largest_role_limit_counts() {
        assert_eq!(authority(&[Some(50_000), None, Some(500_000)]), 500_000);
        // a role set below the default does not lower a person's other roles
        assert_eq!(authority(&[Some(0), None]), DEFAULT_LIMIT_CENTS);
        assert_eq!(authority(&[Some(0)]), 0);
    }

    #[test]
    fn yuan_groups_thousands() {
        assert_eq!(yuan(236_000), "2,360.00 元");
        assert_eq!(yuan(5), "0.05 元");
        assert_eq!(yuan(123_456_789), "1,234,567.89 元");
    }

    #[test]
    fn wrong_charges_come_back_double() {
        assert_eq!(double_refund(6_800), Some(13_600));
        assert_eq!(double_refund(i64::MAX), None);
    }

    #[test]
    fn a_wrong_charge_is_proposed_double() {
        let p = propose(true, Some(6_800), Some(50_000), None);
        assert_eq!(
            p,
            Ok(Proposal {
                refund: Some(13_600),
                wrongly_charged: Some(6_800)
            })
        );
        // the customer's claim stands in for the fee when none is given
        assert_eq!(
            propose(true, None, Some(700), None).map(|p| p.refund),
            Ok(Some(1_400))
        );
        assert_eq!(
            propose(true, None, None, None),
            Err(ProposalError::ChargeMissing)
        );
        assert_eq!(
            propose(true, Some(500), None, Some(600)),
            Err(ProposalError::NotDouble { double: 1_000 })
        );
        assert_eq!(
            propose(false, Some(500), None, None),
            Err(ProposalError::NotAWrongCharge)
        );
        assert_eq!(
            propose(false, None, Some(9), Some(300)).map(|p| p.refund),
            Ok(Some(300))
        );
    }

    proptest! {
        #[test]
        fn within_authority_never_needs_approval(limit in 0i64..10_000_000, amount in 0i64..10_000_000) {
            prop_assert_eq!(needs_approval(amount, limit), amount > limit);
            prop_assert!(may_grant(amount.min(limit), limit, None));
        }

        #[test]
        fn above_authority_only_an_approval_covering_it_will_do(
            limit in 0i64..1_000_000,
            over in 1i64..1_000_000,
            approved in proptest::option::of(0i64..3_000_000),
        ) {
            let amount = limit + over;
            let ok = may_grant(amount, limit, approved);
            prop_assert_eq!(ok, approved.is_some_and(|a| a >= amount));
        }

        #[test]
        fn authority_is_at_least_every_role_limit(limits in proptest::collection::vec(proptest::option::of(0i64..10_000_000), 1..5)) {
            let a = authority(&limits);
            for l in &limits {
                prop_assert!(a >= l.unwrap_or(DEFAULT_LIMIT_CENTS));
            }
            prop_assert!(limits.iter().any(|l| l.unwrap_or(DEFAULT_LIMIT_CENTS) == a));
        }
    }
}
