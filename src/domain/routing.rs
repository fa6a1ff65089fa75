//! Routing rules: which team (and, optionally, which member) a complaint goes
//! to, decided by the first rule in order whose conditions all hold.
//!
//! Pure: the service layer gathers the facts (the category's parent, the
//! customer's earlier complaints, the team's members and their open work)
//! and stores the round-robin cursor; this module only decides, and says
//! why each rule before the winner did not fire.
//!
//! The A/B role: a member may name a backup in the same team. When it is an
//! absent member's turn, the backup takes the complaint; a member who is
//! absent with no present backup is skipped, so no complaint waits on
//! someone who is not there.
use super::complaint::{Channel, Priority};
use serde::{Deserialize, Serialize};

code_enum!(
    /// How a rule picks a member of its team.
    AssignMode {
        TeamQueue => "team_queue": "进入班组队列",
        RoundRobin => "round_robin": "轮流分配",
        LeastLoaded => "least_loaded": "分给在办最少者",
    }
);

code_enum!(
    /// A condition of a rule that a complaint did not meet.
    Miss {
        Category => "category": "分类不符",
        Channel => "channel": "渠道不符",
        Priority => "priority": "优先级不符",
        ProductModel => "product_model": "产品型号不符",
        Amount => "amount": "争议金额不在范围内",
        RepeatCaller => "repeat_caller": "客户投诉次数不足",
        Major => "major": "重大投诉标记不符",
    }
);

/// Longest product-model pattern, in characters.
pub const MAX_PATTERN_CHARS: usize = 64;
/// Longest rule name, in characters.
pub const MAX_NAME_CHARS: usize = 100;
/// Most values in one list condition.
pub const MAX_LIST: usize = 50;

/// What a complaint must be for a rule to fire. An empty list or `None`
/// places no condition; a rule without any condition catches everything.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default, rename_all = "camelCase")]
pub struct Conditions {
    /// Category ids; a top-level category includes its children.
    pub category_ids: Vec<i64>,
    /// Channel codes.
    pub channels: Vec<String>,
    /// Priority codes.
    pub priorities: Vec<String>,
    /// Product model pattern: `*` any run of characters, `?` one character,
    /// case-insensitive, matched against the whole model.
    pub product_model: Option<String>,
    /// Disputed amount range in cents, both ends included; a complaint
    /// without an amount meets no amount condition.
    pub amount_min_cents: Option<i64>,
    pub amount_max_cents: Option<i64>,
    /// At least this many earlier complaints from the same customer (a
    /// repeat caller).
    pub min_earlier_complaints: Option<i64>,
    /// Only major complaints (`true`) or only others (`false`).
    pub major: Option<bool>,
}

/// Why a rule is refused: the input field and a message.
pub type Refusal = (&'static str, String);

impl Conditions {
    /// Normalised (lists sorted without repeats, blank pattern dropped) and
    /// checked.
    pub fn checked(mut self) -> Result<Self, Refusal> {
        for list in [&mut self.channels, &mut self.priorities] {
            list.sort();
            list.dedup();
        }
        self.category_ids.sort_unstable();
        self.category_ids.dedup();
        if let Some(c) = self
            .channels
            .iter()
            .find(|c| Channel::from_code(c).is_none())
        {
            return Err(("conditions.channels", format!("unknown channel {c}")));
        }
        if let Some(p) = self
            .priorities
            .iter()
            .find(|p| Priority::from_code(p).is_none())
        {
            return Err(("conditions.priorities", format!("unknown priority {p}")));
        }
        for (field, n) in [
            ("conditions.categoryIds", self.category_ids.len()),
            ("conditions.channels", self.channels.len()),
            ("conditions.priorities", self.priorities.len()),
        ] {
            if n > MAX_LIST {
                return Err((field, format!("at most {MAX_LIST} values")));
            }
        }
        self.product_model = self
            .product_model
            .map(|p| p.trim().to_string())
            .filter(|p| !p.is_empty());
        if let Some(p) = &self.product_model {
            if p.chars().count() > MAX_PATTERN_CHARS || p.chars().any(char::is_control) {
                return Err((
                    "conditions.productModel",
                    format!("a pattern of at most {MAX_PATTERN_CHARS} printable characters"),
                ));
            }
        }
        for (field, v) in [
            ("conditions.amountMinCents", self.amount_min_cents),
            ("conditions.amountMaxCents", self.amount_max_cents),
            (
                "conditions.minEarlierComplaints",
                self.min_earlier_complaints,
            ),
        ] {
            if v.is_some_and(|v| v < 0) {
                return Err((field, "must not be negative".into()));
            }
        }
        if let (Some(lo), Some(hi)) = (self.amount_min_cents, self.amount_max_cents) {
            if lo > hi {
                return Err((
                    "conditions.amountMaxCents",
                    "the upper bound is below the lower bound".into(),
                ));
            }
        }
        Ok(self)
    }

    /// The conditions `facts` does not meet, in a fixed order; empty when
    /// the rule fires.
    pub fn misses(&self, f: &Facts) -> Vec<Miss> {
        let mut out = Vec::new();
        if !self.category_ids.is_empty()
            && !self
                .category_ids
                .iter()
                .any(|c| *c == f.category_id || Some(*c) == f.parent_category_id)
        {
            out.push(Miss::Category);
        }
        if !self.channels.is_empty() && !self.channels.iter().any(|c| c == f.channel.code()) {
            out.push(Miss::Channel);
        }
        if !self.priorities.is_empty() && !self.priorities.iter().any(|p| p == f.priority.code()) {
            out.push(Miss::Priority);
        }
        if let Some(p) = &self.product_model {
            if !f
                .product_model
                .as_deref()
                .is_some_and(|m| glob_matches(p, m))
            {
                out.push(Miss::ProductModel);
            }
        }
        if self.amount_min_cents.is_some() || self.amount_max_cents.is_some() {
            let inside = f.amount_disputed_cents.is_some_and(|a| {
                self.amount_min_cents.is_none_or(|lo| a >= lo)
                    && self.amount_max_cents.is_none_or(|hi| a <= hi)
            });
            if !inside {
                out.push(Miss::Amount);
            }
        }
        if self
            .min_earlier_complaints
            .is_some_and(|n| f.earlier_complaints < n)
        {
            out.push(Miss::RepeatCaller);
        }
        if self.major.is_some_and(|m| m != f.is_major) {
            out.push(Miss::Major);
        }
        out
    }
}

/// What routing knows of a complaint.
#[derive(Debug, Clone)]
pub struct Facts {
    pub category_id: i64,
    /// The category's parent, when it is a second-level category.
    pub parent_category_id: Option<i64>,
    pub channel: Channel,
    pub priority: Priority,
    pub product_model: Option<String>,
    pub amount_disputed_cents: Option<i64>,
    /// The customer's complaints before this one.
    pub earlier_complaints: i64,
    pub is_major: bool,
}

/// One rule as routing sees it (active rules only, in order).
#[derive(Debug, Clone)]
pub struct Rule {
    pub id: i64,
    pub conditions: Conditions,
}

/// A rule that was tried and did not fire, with why.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Tried {
    pub rule_id: i64,
    pub misses: Vec<Miss>,
}

/// The first rule that fires (its index in `rules`), and every rule tried
/// before it with why it did not.
pub fn first_match(rules: &[Rule], f: &Facts) -> (Option<usize>, Vec<Tried>) {
    let mut tried = Vec::new();
    for (i, r) in rules.iter().enumerate() {
        let misses = r.conditions.misses(f);
        if misses.is_empty() {
            return (Some(i), tried);
        }
        tried.push(Tried {
            rule_id: r.id,
            misses,
        });
    }
    (None, tried)
}

/// Whether `text` matches `pattern` as a whole (`*` any run, `?` one
/// character), ignoring case.
pub fn glob_matches(pattern: &str, text: &str) -> bool {
    let p: Vec<char> = pattern.chars().flat_map(char::to_lowercase).collect();
    let t: Vec<char> = text.chars().flat_map(char::to_lowercase).collect();
    // greedy with backtracking to the last star: linear in practice
    let (mut pi, mut ti) = (0, 0);
    let mut star: Option<(usize, usize)> = None;
    while ti < t.len() {
        if pi < p.len() && (p[pi] == '?' || p[pi] == t[ti]) {
            pi += 1;
            ti += 1;
        } else if pi < p.len() && p[pi] == '*' {
            star = Some((pi, ti));
            pi += 1;
        } else if let Some((sp, st)) = star {
            pi = sp + 1;
            ti = st + 1;
            star = Some((sp, st + 1));
        } else {
            return false;
        }
    }
    p[pi..].iter().all(|c| *c == '*')
}

/// A member of the rule's team as the picker sees them.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Member {
    pub id: i64,
    pub absent: bool,
    /// The member's designated backup (B role), if any.
    pub backup_id: Option<i64>,
    /// Open complaints assigned to the member now.
    pub open: i64,
}

/// Who gets the complaint.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Pick {
    pub assignee: i64,
    /// Whose turn it was, when the backup took it for an absent member.
    pub instead_of: Option<i64>,
    /// The round-robin cursor to store: the member whose turn this was.
    pub turn: i64,
}

/// The member who takes a complaint, or `None` when nobody present can
/// (the complaint then waits in the team queue). `members` are the team's
/// active members; `last` is the stored cursor (the previous turn).
pub fn pick(mode: AssignMode, members: &[Member], last: Option<i64>) -> Option<Pick> {
    let mut order: Vec<&Member> = members.iter().collect();
    order.sort_by_key(|m| m.id);
    // the turn passes to the first member after the cursor, wrapping
    let start = last.map_or(0, |l| order.iter().position(|m| m.id > l).unwrap_or(0));
    let cycle = || order[start..].iter().chain(order[..start].iter()).copied();
    let present = |id: i64| order.iter().any(|m| m.id == id && !m.absent);
    match mode {
        AssignMode::TeamQueue => None,
        AssignMode::RoundRobin => cycle().find_map(|m| {
            if !m.absent {
                Some(Pick {
                    assignee: m.id,
                    instead_of: None,
                    turn: m.id,
                })
            } else {
                m.backup_id.filter(|b| present(*b)).map(|b| Pick {
                    assignee: b,
                    instead_of: Some(m.id),
                    turn: m.id,
                })
            }
        }),
        AssignMode::LeastLoaded => cycle()
            .filter(|m| !m.absent)
            .enumerate()
            .min_by_key(|(i, m)| (m.open, *i))
            .map(|(_, m)| Pick {
                assignee: m.id,
                instead_of: None,
                turn: m.id,
            }),
    }
}

/// Where an absent member's open complaints go: their backup when present
/// in the same team, else back to the team queue (`None`).
pub fn takeover(absent: &Member, team: &[Member]) -> Option<i64> {
    absent
        .backup_id
        .filter(|b| *b != absent.id && team.iter().any(|m| m.id == *b && !m.absent))
}

#[cfg(test)]
#[path = "routing_tests.rs"]
mod tests;
