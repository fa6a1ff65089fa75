//! Major complaints (重大投诉): when a complaint is one, and why.
//!
//! A complaint is major when someone flags it, or when it meets any of the
//! configured criteria: a repeat complaint about the same issue, a disputed
//! or claimed amount over a threshold, a media or regulator channel, or more
//! than N complaints about the same announcement. A major complaint notifies
//! the centre head and the senior manager in charge at once, runs on tighter
//! clocks (`sla::Targets::major`) and is closed only by the centre head's
//! sign-off.
use super::complaint::Channel;
use serde::Serialize;

/// What makes a complaint major; each criterion can be switched off.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Criteria {
    /// An amount (disputed or claimed) above this, in cents.
    pub amount_over_cents: Option<i64>,
    /// Complaints that arrive through these channels.
    pub channels: Vec<Channel>,
    /// A repeat complaint about the same issue (linked to an earlier one).
    pub repeat_same_issue: bool,
    /// More than this many complaints about the same announcement.
    pub announcement_count_over: Option<i64>,
}

impl Default for Criteria {
    /// 5,000 元; the regulator and social media; repeats; more than 20
    /// complaints about one announcement.
    fn default() -> Self {
        Criteria {
            amount_over_cents: Some(500_000),
            channels: vec![Channel::Regulator, Channel::SocialMedia],
            repeat_same_issue: true,
            announcement_count_over: Some(20),
        }
    }
}

/// What is known about a complaint when it is assessed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Facts {
    pub flagged: bool,
    /// The larger of the disputed and the claimed amount.
    pub amount_cents: Option<i64>,
    pub channel: Channel,
    pub repeat_of_same_issue: bool,
    /// Complaints linked to its announcement, itself included (0 without one).
    pub announcement_complaints: i64,
}

/// Why a complaint is major.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(tag = "kind", rename_all = "camelCase")]
pub enum Why {
    Flagged,
    #[serde(rename_all = "camelCase")]
    Amount {
        amount_cents: i64,
        over_cents: i64,
    },
    Channel {
        channel: &'static str,
    },
    Repeat,
    #[serde(rename_all = "camelCase")]
    Announcement {
        count: i64,
        over: i64,
    },
}

impl Why {
    /// The reason in Chinese, for the timeline and notifications.
    pub fn label(&self) -> String {
        match self {
            Why::Flagged => "人工标记为重大投诉".into(),
            Why::Amount {
                amount_cents,
                over_cents,
            } => format!(
                "涉及金额 {} 元，超过 {} 元",
                amount_cents / 100,
                over_cents / 100
            ),
            Why::Channel { channel } => format!(
                "来自{}渠道",
                Channel::from_code(channel).map_or(*channel, |c| c.label())
            ),
            Why::Repeat => "同一问题重复投诉".into(),
            Why::Announcement { count, over } => {
                format!("同一公告已有 {count} 件投诉，超过 {over} 件")
            }
        }
    }
}

/// Every reason the complaint is major; empty when it is not.
pub fn assess(c: &Criteria, f: &Facts) -> Vec<Why> {
    let mut why = Vec::new();
    if f.flagged {
        why.push(Why::Flagged);
    }
    if let (Some(over), Some(amount)) = (c.amount_over_cents, f.amount_cents) {
        if amount > over {
            why.push(Why::Amount {
                amount_cents: amount,
                over_cents: over,
            });
        }
    }
    if c.channels.contains(&f.channel) {
        why.push(Why::Channel {
            channel: f.channel.code(),
        });
    }
    if c.repeat_same_issue && f.repeat_of_same_issue {
        why.push(Why::Repeat);
    }
    if let Some(over) = c.announcement_count_over {
        if f.announcement_complaints > over {
            why.push(Why::Announcement {
                count: f.announcement_complaints,
                over,
            });
        }
    }
    why
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn plain() -> Facts {
        Facts {
            flagged: false,
            amount_cents: Some(10_000),
            channel: Channel::Hotline,
            repeat_of_same_issue: false,
            announcement_complaints: 0,
        }
    }

    #[test]
    fn an_ordinary_complaint_is_not_major() {
        assert!(assess(&Criteria::default(), &plain()).is_empty());
    }

    #[test]
    fn each_criterion_on_its_own_makes_it_major() {
        let c = Criteria::default();
        let cases = [
            Facts {
                flagged: true,
                ..plain()
            },
            Facts {
                amount_cents: Some(500_001),
                ..plain()
            },
            Facts {
                channel: Channel::Regulator,
                ..plain()
            },
            Facts {
                channel: Channel::SocialMedia,
                ..plain()
            },
            Facts {
                repeat_of_same_issue: true,
                ..plain()
            },
            Facts {
                announcement_complaints: 21,
                ..plain()
            },
        ];
        for f in cases {
            assert_eq!(assess(&c, &f).len(), 1, "{f:?}");
        }
        // at the threshold is not over it
        assert!(assess(
            &c,
            &Facts {
                amount_cents: Some(500_000),
                ..plain()
            }
        )
        .is_empty());
        assert!(assess(
            &c,
            &Facts {
                announcement_complaints: 20,
                ..plain()
            }
        )
        .is_empty());
    }

    #[test]
    fn switched_off_criteria_do_not_count() {
        let off = Criteria {
            amount_over_cents: None,
            channels: vec![],
            repeat_same_issue: false,
            announcement_count_over: None,
        };
        let f = Facts {
            amount_cents: Some(i64::MAX),
            channel: Channel::Regulator,
            repeat_of_same_issue: true,
            announcement_complaints: 1_000,
            ..plain()
        };
        assert!(assess(&off, &f).is_empty());
        assert_eq!(
            assess(&off, &Facts { flagged: true, ..f }),
            vec![Why::Flagged]
        );
    }

    #[test]
    fn reasons_read_in_chinese() {
        let w = Why::Amount {
            amount_cents: 880_000,
            over_cents: 500_000,
        };
        assert_eq!(w.label(), "涉及金额 8800 元，超过 5000 元");
        assert_eq!(
            Why::Channel {
                channel: "regulator"
            }
            .label(),
            "来自监管转办渠道"
        );
    }

    proptest! {
        #[test]
        fn more_facts_never_make_it_less_major(
            amount in 0i64..2_000_000, count in 0i64..50, repeat in any::<bool>(), flagged in any::<bool>()
        ) {
            let c = Criteria::default();
            let f = Facts { flagged, amount_cents: Some(amount), repeat_of_same_issue: repeat, announcement_complaints: count, ..plain() };
            let more = Facts { flagged: true, amount_cents: Some(amount + 1_000_000), repeat_of_same_issue: true, announcement_complaints: count + 30, ..f };
            prop_assert!(assess(&c, &more).len() >= assess(&c, &f).len());
            prop_assert!(!assess(&c, &more).is_empty());
        }
    }
}
