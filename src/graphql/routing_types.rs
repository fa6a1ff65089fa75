//! Routing's output types in the API: rules, their conditions, decisions.
use super::enums::{Channel, Priority};
use super::load::{load, load_cached};
use super::loaders::{CategoryLoader, TeamLoader, UserLoader};
use super::people::{Category, Team, User};
use crate::domain::routing as d;
use crate::service::routing::{Decision, RuleView};
use async_graphql::{Context, Enum, Object, Result, SimpleObject, ID};
use chrono::{DateTime, Utc};

/// How a rule picks a member of its team.
#[derive(Enum, Copy, Clone, Debug, PartialEq, Eq)]
pub enum AssignMode {
    /// Into the team's queue; nobody is assigned.
    TeamQueue,
    /// Each active member in turn (an absent member's turn goes to their backup).
    RoundRobin,
    /// The present member with the fewest open complaints.
    LeastLoaded,
}

impl From<AssignMode> for d::AssignMode {
    fn from(m: AssignMode) -> Self {
        match m {
            AssignMode::TeamQueue => d::AssignMode::TeamQueue,
            AssignMode::RoundRobin => d::AssignMode::RoundRobin,
            AssignMode::LeastLoaded => d::AssignMode::LeastLoaded,
        }
    }
}

impl From<d::AssignMode> for AssignMode {
    fn from(m: d::AssignMode) -> Self {
        match m {
            d::AssignMode::TeamQueue => AssignMode::TeamQueue,
            d::AssignMode::RoundRobin => AssignMode::RoundRobin,
            d::AssignMode::LeastLoaded => AssignMode::LeastLoaded,
        }
    }
}

/// A condition a complaint did not meet.
#[derive(Enum, Copy, Clone, Debug, PartialEq, Eq)]
pub enum RoutingMiss {
    Category,
    Channel,
    Priority,
    ProductModel,
    Amount,
    RepeatCaller,
    Major,
}

impl From<d::Miss> for RoutingMiss {
    fn from(m: d::Miss) -> Self {
        match m {
            d::Miss::Category => RoutingMiss::Category,
            d::Miss::Channel => RoutingMiss::Channel,
            d::Miss::Priority => RoutingMiss::Priority,
            d::Miss::ProductModel => RoutingMiss::ProductModel,
            d::Miss::Amount => RoutingMiss::Amount,
            d::Miss::RepeatCaller => RoutingMiss::RepeatCaller,
            d::Miss::Major => RoutingMiss::Major,
        }
    }
}

fn channel_of(code: &str) -> Option<Channel> {
    crate::domain::complaint::Channel::from_code(code).map(Into::into)
}

fn priority_of(code: &str) -> Option<Priority> {
    crate::domain::complaint::Priority::from_code(code).map(Into::into)
}

/// What a complaint must be for the rule to fire; an empty list or null places no condition.
pub struct RoutingConditions(d::Conditions);

#[Object]
impl RoutingConditions {
    /// A top-level category includes its children.
    async fn categories(&self, ctx: &Context<'_>) -> Result<Vec<Category>> {
        let mut out = Vec::new();
        for id in &self.0.category_ids {
            if let Some(c) = load::<CategoryLoader, _>(ctx, Some(*id)).await? {
                out.push(Category(c));
            }
        }
        Ok(out)
    }
    async fn channels(&self) -> Vec<Channel> {
        self.0
            .channels
            .iter()
            .filter_map(|c| channel_of(c))
            .collect()
    }
    async fn priorities(&self) -> Vec<Priority> {
        self.0
            .priorities
            .iter()
            .filter_map(|p| priority_of(p))
            .collect()
    }
    /// `*` any characters, `?` one; case-insensitive, whole model.
    async fn product_model(&self) -> Option<&str> {
        self.0.product_model.as_deref()
    }
    async fn amount_min_cents(&self) -> Option<i64> {
        self.0.amount_min_cents
    }
    async fn amount_max_cents(&self) -> Option<i64> {
        self.0.amount_max_cents
    }
    /// At least this many earlier complaints from the same customer.
    async fn min_earlier_complaints(&self) -> Option<i64> {
        self.0.min_earlier_complaints
    }
    /// Only major complaints (true) or only others (false).
    async fn major(&self) -> Option<bool> {
        self.0.major
    }
}

pub struct RoutingRule(pub RuleView);

#[Object]
impl RoutingRule {
    async fn id(&self) -> ID {
        ID(self.0.id.to_string())
    }
    /// Place in the order rules are tried (the first that fires wins).
    async fn position(&self) -> i32 {
        self.0.position
    }
    async fn name(&self) -> &str {
        &self.0.name
    }
    /// Inactive rules are kept but never fire.
    async fn active(&self) -> bool {
        self.0.active
    }
    async fn conditions(&self) -> RoutingConditions {
        RoutingConditions(self.0.conditions.clone())
    }
    async fn team(&self, ctx: &Context<'_>) -> Result<Option<Team>> {
        load::<TeamLoader, _>(ctx, Some(self.0.team_id))
            .await
            .map(|o| o.map(Team))
    }
    async fn assign_mode(&self) -> AssignMode {
        self.0.assign_mode.into()
    }
    /// Pass back as expectedVersion when saving or deleting.
    async fn version(&self) -> i32 {
        self.0.version
    }
    async fn updated_at(&self) -> DateTime<Utc> {
        self.0.updated_at
    }
    async fn updated_by(&self, ctx: &Context<'_>) -> Result<Option<User>> {
        load_cached::<UserLoader, _, _>(ctx, self.0.updated_by)
            .await
            .map(|o| o.map(User))
    }
}

#[derive(SimpleObject)]
pub struct RoutingRuleConnectionFields {
    pub total_count: u64,
}

/// A rule tried before the one that fired, and the conditions it missed.
#[derive(SimpleObject)]
pub struct RoutingRuleTried {
    rule_id: ID,
    rule_name: String,
    misses: Vec<RoutingMiss>,
}

/// Where a complaint goes and why.
pub struct RoutingDecision(pub Decision);

#[Object]
impl RoutingDecision {
    /// The rule that fires; null when none does (the complaint stays with the accepting team).
    async fn rule(&self) -> Option<RoutingRule> {
        self.0.rule.clone().map(RoutingRule)
    }
    async fn team(&self, ctx: &Context<'_>) -> Result<Option<Team>> {
        load::<TeamLoader, _>(ctx, self.0.team_id)
            .await
            .map(|o| o.map(Team))
    }
    /// Who would get it now; null for a team-queue rule or when nobody is present.
    async fn assignee(&self, ctx: &Context<'_>) -> Result<Option<User>> {
        load_cached::<UserLoader, _, _>(ctx, self.0.pick.map(|p| p.assignee))
            .await
            .map(|o| o.map(User))
    }
    /// The absent member whose turn the backup takes.
    async fn instead_of(&self, ctx: &Context<'_>) -> Result<Option<User>> {
        load_cached::<UserLoader, _, _>(ctx, self.0.pick.and_then(|p| p.instead_of))
            .await
            .map(|o| o.map(User))
    }
    /// Active rules tried before the one that fires, in order.
    async fn tried(&self) -> Vec<RoutingRuleTried> {
        self.0
            .tried
            .iter()
            .map(|t| RoutingRuleTried {
                rule_id: ID(t.rule_id.to_string()),
                rule_name: t.name.clone(),
                misses: t.misses.iter().map(|m| (*m).into()).collect(),
            })
            .collect()
    }
    /// The decision in one sentence, as the timeline shows it.
    async fn summary(&self) -> String {
        self.0.summary()
    }
}
