//! Demo corpus: teams, categories, people and complaint templates written for
//! Kesu's demo data set. The data lives in `corpus.json` next to this file,
//! compiled in with `include_str!` and parsed once, on first use, by
//! [`corpus()`]; a unit test parses it, so a malformed file fails the build's
//! tests rather than a demo start.
//!
//! Everything here is original text written for the demo; none of it describes
//! real people or real incidents. The demo seeder combines these pieces (the
//! fields of [`Corpus`]):
//!
//! - `teams`: the organisation tree (service centre, branches with their stores
//!   and hotline groups, the central expert team and the investigating
//!   departments); parents always come before their children;
//! - `categories`: the eleven two-level complaint categories with the team
//!   that investigates each one by default;
//! - `announcements`: system announcements (系统公告) for known incidents;
//! - `users`: one login per role (username equals the role id) plus a few
//!   extra agents, handlers and experts;
//! - `surnames`, `given_names` and `places`: building blocks for generated
//!   customers and incident locations (no real personal data, no phone numbers);
//! - `templates`: realistic complaints from four industries (telecom, banking,
//!   home appliances, e-commerce), each with the department's findings, the
//!   proposed resolution and the reply given to the customer. Several templates
//!   describe the same underlying problem in different words, so that similarity
//!   search has something to find;
//! - `internal_notes`, `callback_comments` and `reopen_reasons`: texts for the
//!   timeline of a work order.
//!
//! Invariant: the order of every list is part of the data. The seeder draws
//! from them with a fixed-seed RNG, so reordering or resizing a list changes
//! every generated complaint (and the figures of the relevance tests).
use crate::error::{AppError, AppResult};
use serde::Deserialize;
use std::sync::LazyLock;

/// The demo corpus as JSON (see the module docs).
pub const CORPUS_JSON: &str = include_str!("corpus.json");

/// The whole demo corpus.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Corpus {
    /// The demo organisation. Parents always come before their children.
    pub teams: Vec<DemoTeam>,
    /// The eleven top-level categories.
    pub categories: Vec<DemoCategory>,
    /// System announcements for known incidents.
    pub announcements: Vec<DemoAnnouncement>,
    /// One user per role (username equals the role id) plus extra agents,
    /// handlers and an extra expert.
    pub users: Vec<DemoUser>,
    /// Common Chinese surnames for generated customers (a few double-character ones at the end).
    pub surnames: Vec<String>,
    /// Given names (one or two characters) for generated customers.
    pub given_names: Vec<String>,
    /// Places where something happened: stores, branches, customers' homes, online channels.
    pub places: Vec<String>,
    /// Complaint templates, grouped by industry.
    pub templates: Vec<ComplaintTemplate>,
    /// Internal notes exchanged between staff on a work order (never shown to the customer).
    pub internal_notes: Vec<String>,
    /// What customers said at the satisfaction callback, with their score
    /// (1 = very unhappy, 5 = very satisfied).
    pub callback_comments: Vec<(u8, String)>,
    /// Reasons a customer was unhappy and the complaint was reopened.
    pub reopen_reasons: Vec<String>,
}

/// A team in the organisation tree.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct DemoTeam {
    /// Stable ASCII key, e.g. `"expert"` or `"store_bj_xidan"`.
    pub key: String,
    /// Chinese display name.
    pub name: String,
    /// One of `"center"`, `"branch"`, `"store"`, `"expert"`, `"department"`.
    pub kind: String,
    /// Key of the parent team; `None` only for the root.
    pub parent: Option<String>,
}

/// A top-level complaint category with its second-level children.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct DemoCategory {
    /// ASCII code, e.g. `"billing"`.
    pub code: String,
    /// Chinese display name.
    pub name: String,
    /// Key of the team that investigates this category by default.
    pub default_team: String,
    /// Second-level categories as `(code, name)`; codes are `"<parent>.<child>"`.
    pub children: Vec<(String, String)>,
}

/// A system announcement (系统公告): one explanation for a known incident.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct DemoAnnouncement {
    pub title: String,
    /// The agreed wording (统一口径).
    pub explanation: String,
    /// A second-level category code.
    pub category: String,
    /// Active from this many days before the seeding time.
    pub from_days_ago: i64,
    /// Active until this many days after the seeding time.
    pub until_days_ahead: i64,
}

/// A demo login.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct DemoUser {
    /// ASCII login name.
    pub username: String,
    /// Chinese full name shown in the UI.
    pub display_name: String,
    /// Role id: agent, expert, handler, supervisor, approver, qa, kb_editor,
    /// kb_reviewer, auditor or admin.
    pub role: String,
    /// Key of the user's team.
    pub team: Option<String>,
}

/// A complaint as it might arrive in the demo, together with how it was handled.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ComplaintTemplate {
    /// `"telecom"`, `"banking"`, `"appliance"` or `"ecommerce"`.
    pub industry: String,
    /// A second-level category code from `categories`.
    pub category: String,
    /// Short summary.
    pub title: String,
    /// What the caller said, as typed by the agent.
    pub description: String,
    /// Product, model or plan name.
    pub product: Option<String>,
    /// Amount in dispute, in yuan.
    pub amount_yuan: Option<u32>,
    /// `"urgent"`, `"important"` or `"normal"`.
    pub priority: String,
    /// What the department's investigation found.
    pub findings: String,
    /// `"internal"`, `"third_party"` or `"customer"`.
    pub responsibility: String,
    /// The proposed resolution.
    pub resolution: String,
    /// The reply given to the customer.
    pub reply: String,
}

static CORPUS: LazyLock<Result<Corpus, String>> =
    LazyLock::new(|| serde_json::from_str(CORPUS_JSON).map_err(|e| e.to_string()));

/// The demo corpus, parsed on first use.
pub fn corpus() -> AppResult<&'static Corpus> {
    CORPUS
        .as_ref()
        .map_err(|e| AppError::internal_msg(format!("demo corpus: {e}")))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_demo_corpus_parses_and_hangs_together() {
        let c = corpus().expect("corpus.json parses");
        assert_eq!(c.categories.len(), 11);
        assert!(c.templates.len() > 50, "{}", c.templates.len());
        // every team's parent comes before it
        let mut seen = std::collections::HashSet::new();
        for t in &c.teams {
            if let Some(p) = &t.parent {
                assert!(seen.contains(p.as_str()), "{} before its parent {p}", t.key);
            }
            seen.insert(t.key.as_str());
        }
        // every reference resolves
        let leaves: std::collections::HashSet<&str> = c
            .categories
            .iter()
            .flat_map(|c| c.children.iter().map(|(code, _)| code.as_str()))
            .collect();
        for c in &c.categories {
            assert!(seen.contains(c.default_team.as_str()), "{}", c.code);
        }
        for u in &c.users {
            assert!(
                u.team.as_deref().is_none_or(|t| seen.contains(t)),
                "{}",
                u.username
            );
        }
        for t in &c.templates {
            assert!(leaves.contains(t.category.as_str()), "{}", t.title);
        }
        for a in &c.announcements {
            assert!(leaves.contains(a.category.as_str()), "{}", a.title);
        }
        assert!(c.callback_comments.iter().all(|(s, _)| (1..=5).contains(s)));
    }
}
