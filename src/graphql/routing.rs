//! Routing rules, the dry run and the A/B roster in the API
//! (`routing.manage`, `roster.manage`).
use super::enums::{Channel, Priority};
use super::load::load_cached;
use super::loaders::UserLoader;
use super::people::User;
use super::routing_types::*;
use super::{actor, parse_id, parse_opt_id, services, GqlResult};
use crate::domain::routing as d;
use crate::error::AppError;
use crate::service::complaints::handover::RosterInput;
use crate::service::routing::{DryRunFacts, RuleInput};
use async_graphql::connection::{Connection, Edge, EmptyFields};
use async_graphql::{Context, InputObject, Object, Result, SimpleObject, ID};

#[derive(InputObject, Default)]
pub struct RoutingConditionsInput {
    #[graphql(default)]
    category_ids: Vec<ID>,
    #[graphql(default)]
    channels: Vec<Channel>,
    #[graphql(default)]
    priorities: Vec<Priority>,
    product_model: Option<String>,
    amount_min_cents: Option<i64>,
    amount_max_cents: Option<i64>,
    min_earlier_complaints: Option<i64>,
    major: Option<bool>,
}

impl RoutingConditionsInput {
    fn into_domain(self) -> Result<d::Conditions, AppError> {
        Ok(d::Conditions {
            category_ids: self
                .category_ids
                .iter()
                .map(|i| parse_id("conditions.categoryIds", i))
                .collect::<Result<_, _>>()?,
            channels: self
                .channels
                .into_iter()
                .map(|c| {
                    crate::domain::complaint::Channel::from(c)
                        .code()
                        .to_string()
                })
                .collect(),
            priorities: self
                .priorities
                .into_iter()
                .map(|p| {
                    crate::domain::complaint::Priority::from(p)
                        .code()
                        .to_string()
                })
                .collect(),
            product_model: self.product_model,
            amount_min_cents: self.amount_min_cents,
            amount_max_cents: self.amount_max_cents,
            min_earlier_complaints: self.min_earlier_complaints,
            major: self.major,
        })
    }
}

#[derive(InputObject)]
pub struct SaveRoutingRuleInput {
    /// Omit to create (the new rule is tried last).
    id: Option<ID>,
    /// Required when id is given.
    expected_version: Option<i32>,
    name: String,
    #[graphql(default = true)]
    active: bool,
    #[graphql(default)]
    conditions: RoutingConditionsInput,
    team_id: ID,
    #[graphql(default_with = "AssignMode::TeamQueue")]
    assign_mode: AssignMode,
}

#[derive(InputObject)]
pub struct DeleteRoutingRuleInput {
    id: ID,
    expected_version: i32,
}

#[derive(InputObject)]
pub struct ReorderRoutingRulesInput {
    /// Every rule's id, in the order they are to be tried.
    ids: Vec<ID>,
}

/// A complaint as routing would see it.
#[derive(InputObject)]
pub struct RouteDryRunInput {
    category_id: ID,
    channel: Channel,
    priority: Priority,
    product_model: Option<String>,
    amount_disputed_cents: Option<i64>,
    /// The customer's complaints before this one.
    #[graphql(default)]
    earlier_complaints: i64,
    #[graphql(default)]
    is_major: bool,
}

#[derive(InputObject)]
pub struct SetUserRosterInput {
    user_id: ID,
    /// Marking a member absent hands their open complaints to the backup.
    absent: bool,
    /// The backup (B role), an active member of the same team; null for none.
    backup_user_id: Option<ID>,
}

#[derive(SimpleObject)]
pub struct SetUserRosterPayload {
    user: User,
    /// Open complaints handed over because the member was marked absent.
    handed_over: i32,
    /// Who took them; null when they went back to the team queue.
    handed_to: Option<User>,
}

#[derive(Default)]
pub struct RoutingQuery;

#[Object]
impl RoutingQuery {
    /// Routing rules in the order they are tried (`routing.manage`).
    async fn routing_rules(
        &self,
        ctx: &Context<'_>,
        first: Option<i32>,
        after: Option<String>,
    ) -> Result<Connection<String, RoutingRule, RoutingRuleConnectionFields, EmptyFields>> {
        let (a, m) = actor(ctx)?;
        let after = match after.as_deref() {
            None => None,
            Some(c) => Some(
                c.parse::<i32>()
                    .map_err(|_| AppError::bad_input("after", "invalid cursor"))
                    .gql(ctx)?,
            ),
        };
        let (rules, has_next, total_count) = services(ctx)
            .routing_rules(a, m, first.map(i64::from), after)
            .await
            .gql(ctx)?;
        let mut c = Connection::with_additional_fields(
            after.is_some(),
            has_next,
            RoutingRuleConnectionFields { total_count },
        );
        c.edges.extend(
            rules
                .into_iter()
                .map(|r| Edge::new(r.position.to_string(), RoutingRule(r))),
        );
        Ok(c)
    }

    /// Which rule would fire for a complaint like this, why the rules before
    /// it did not, and who would get it now (`routing.manage`). Writes nothing.
    async fn route_dry_run(
        &self,
        ctx: &Context<'_>,
        input: RouteDryRunInput,
    ) -> Result<RoutingDecision> {
        let (a, m) = actor(ctx)?;
        let facts = DryRunFacts {
            category_id: parse_id("categoryId", &input.category_id).gql(ctx)?,
            channel: input.channel.into(),
            priority: input.priority.into(),
            product_model: input.product_model,
            amount_disputed_cents: input.amount_disputed_cents,
            earlier_complaints: input.earlier_complaints,
            is_major: input.is_major,
        };
        services(ctx)
            .route_dry_run(a, m, facts)
            .await
            .map(RoutingDecision)
            .gql(ctx)
    }
}

#[derive(Default)]
pub struct RoutingMutation;

#[Object]
impl RoutingMutation {
    /// Create or edit a routing rule (`routing.manage`); audited; in force for the next complaint.
    async fn save_routing_rule(
        &self,
        ctx: &Context<'_>,
        input: SaveRoutingRuleInput,
    ) -> Result<RoutingRule> {
        let (a, m) = actor(ctx)?;
        let rule = RuleInput {
            id: parse_opt_id("id", &input.id).gql(ctx)?,
            expected_version: input.expected_version,
            name: input.name,
            active: input.active,
            conditions: input.conditions.into_domain().gql(ctx)?,
            team_id: parse_id("teamId", &input.team_id).gql(ctx)?,
            assign_mode: input.assign_mode.into(),
        };
        services(ctx)
            .save_routing_rule(a, m, rule)
            .await
            .map(RoutingRule)
            .gql(ctx)
    }

    /// Delete a routing rule (`routing.manage`); audited. Returns its id.
    async fn delete_routing_rule(
        &self,
        ctx: &Context<'_>,
        input: DeleteRoutingRuleInput,
    ) -> Result<ID> {
        let (a, m) = actor(ctx)?;
        let id = parse_id("id", &input.id).gql(ctx)?;
        services(ctx)
            .delete_routing_rule(a, m, id, input.expected_version)
            .await
            .map(|id| ID(id.to_string()))
            .gql(ctx)
    }

    /// Set the order rules are tried in (`routing.manage`); audited.
    async fn reorder_routing_rules(
        &self,
        ctx: &Context<'_>,
        input: ReorderRoutingRulesInput,
    ) -> Result<Vec<RoutingRule>> {
        let (a, m) = actor(ctx)?;
        let ids = input
            .ids
            .iter()
            .map(|i| parse_id("ids", i))
            .collect::<Result<Vec<_>, _>>()
            .gql(ctx)?;
        services(ctx)
            .reorder_routing_rules(a, m, &ids)
            .await
            .map(|rs| rs.into_iter().map(RoutingRule).collect())
            .gql(ctx)
    }

    /// Set a member's absence and backup (`roster.manage`); audited. Marking
    /// someone absent hands their open complaints to the backup at once.
    async fn set_user_roster(
        &self,
        ctx: &Context<'_>,
        input: SetUserRosterInput,
    ) -> Result<SetUserRosterPayload> {
        let (a, m) = actor(ctx)?;
        let roster = RosterInput {
            user_id: parse_id("userId", &input.user_id).gql(ctx)?,
            absent: input.absent,
            backup_user_id: parse_opt_id("backupUserId", &input.backup_user_id).gql(ctx)?,
        };
        let s = services(ctx);
        let done = s.set_user_roster(a, m, roster).await.gql(ctx)?;
        let handed_to = match done.to {
            Some(t) => load_cached::<UserLoader, _, _>(ctx, Some(t))
                .await?
                .map(User),
            None => None,
        };
        Ok(SetUserRosterPayload {
            user: User(done.user),
            handed_over: done.handed_over.len() as i32,
            handed_to,
        })
    }
}
