//! Deciding where a complaint goes: the facts routing needs, the first rule
//! that fires, the member it picks, and the timeline entry that records it.
//! The dry run takes the same path without writing, so what it shows is
//! what registration would do (the round-robin cursor included).
use super::cache::RuleCache;
use super::rules::RuleView;
use crate::auth::{Actor, RequestMeta};
use crate::db::entity::{category, complaint, routing_rule, team, user};
use crate::domain::complaint::{Channel, Priority, Status};
use crate::domain::permission::Permission;
use crate::domain::routing::{self as d, AssignMode, Facts, Member, Miss, Pick};
use crate::error::{AppError, AppResult};
use crate::service::Services;
use sea_orm::sea_query::Expr;
use sea_orm::{
    ColumnTrait, ConnectionTrait, DatabaseBackend, EntityTrait, PaginatorTrait, QueryFilter,
    QuerySelect,
};

/// A rule tried before the one that fired, with why it did not.
#[derive(Debug, Clone)]
pub struct TriedRule {
    pub rule_id: i64,
    pub name: String,
    pub misses: Vec<Miss>,
}

/// Where a complaint goes and why.
#[derive(Debug, Clone)]
pub struct Decision {
    /// The rule that fired; `None` when none did (the complaint stays where it is).
    pub rule: Option<RuleView>,
    pub team_id: Option<i64>,
    pub team_name: Option<String>,
    /// The member picked; `None` for a team-queue rule or when nobody is present.
    pub pick: Option<Pick>,
    /// Active rules tried before the winner (all of them when none fired).
    pub tried: Vec<TriedRule>,
}

impl Decision {
    /// The decision as a timeline entry's data.
    pub fn event_data(&self, trigger: &str) -> serde_json::Value {
        serde_json::json!({
            "trigger": trigger,
            "ruleId": self.rule.as_ref().map(|r| r.id),
            "ruleName": self.rule.as_ref().map(|r| r.name.clone()),
            "assignMode": self.rule.as_ref().map(|r| r.assign_mode.code()),
            "teamId": self.team_id,
            "teamName": self.team_name,
            "assigneeId": self.pick.map(|p| p.assignee),
            "insteadOf": self.pick.and_then(|p| p.instead_of),
            "tried": self.tried.iter().map(|t| serde_json::json!({
                "ruleId": t.rule_id,
                "ruleName": t.name,
                "misses": t.misses.iter().map(|m| m.code()).collect::<Vec<_>>(),
            })).collect::<Vec<_>>(),
        })
    }

    /// One line for people: which rule sent it where.
    pub fn summary(&self) -> String {
        match (&self.rule, &self.team_name) {
            (Some(r), Some(t)) => {
                let who = match self.pick {
                    Some(p) if p.instead_of.is_some() => "，由B角代为接单",
                    Some(_) => "，已指派处理人",
                    None if r.assign_mode == AssignMode::TeamQueue => "，进入班组队列",
                    None => "，班组暂无在岗人员，进入班组队列",
                };
                format!("按规则「{}」分派至{}{}", r.name, t, who)
            }
            _ => "未命中任何分派规则，留在原班组".into(),
        }
    }
}

/// Facts for a dry run, as an admin states them.
#[derive(Debug, Clone)]
pub struct DryRunFacts {
    pub category_id: i64,
    pub channel: Channel,
    pub priority: Priority,
    pub product_model: Option<String>,
    pub amount_disputed_cents: Option<i64>,
    pub earlier_complaints: i64,
    pub is_major: bool,
}

/// Routing's facts about a stored (or about to be stored) complaint.
pub(crate) async fn facts_of<C: ConnectionTrait>(db: &C, c: &complaint::Model) -> AppResult<Facts> {
    let parent = category::Entity::find_by_id(c.category_id)
        .one(db)
        .await?
        .and_then(|cat| cat.parent_id);
    let earlier = complaint::Entity::find()
        .filter(complaint::Column::CustomerId.eq(c.customer_id))
        .filter(complaint::Column::Id.lt(c.id))
        .count(db)
        .await?;
    Ok(Facts {
        category_id: c.category_id,
        parent_category_id: parent,
        channel: Channel::from_code(&c.channel)
            .ok_or_else(|| AppError::internal_msg(format!("unknown channel {:?}", c.channel)))?,
        priority: Priority::from_code(&c.priority)
            .ok_or_else(|| AppError::internal_msg(format!("unknown priority {:?}", c.priority)))?,
        product_model: c.product_model.clone(),
        amount_disputed_cents: c.amount_disputed_cents,
        earlier_complaints: earlier as i64,
        is_major: c.is_major,
    })
}

/// The decision for `facts` under the rules in force. With `lock`, the
/// winning rule is locked on PostgreSQL for the caller's transaction when it
/// picks a member, so that concurrent registrations take turns on its
/// round-robin cursor (and registrations through other rules do not wait).
pub(crate) async fn decide<C: ConnectionTrait>(
    db: &C,
    cache: &RuleCache,
    facts: &Facts,
    lock: bool,
) -> AppResult<Decision> {
    let active = cache.active(db).await?;
    let (hit, tried) = d::first_match(&active.rules, facts);
    let tried = tried
        .into_iter()
        .zip(active.views.iter())
        .map(|(t, v)| TriedRule {
            rule_id: t.rule_id,
            name: v.name.clone(),
            misses: t.misses,
        })
        .collect();
    let Some(i) = hit else {
        return Ok(Decision {
            rule: None,
            team_id: None,
            team_name: None,
            pick: None,
            tried,
        });
    };
    let rule = active.views[i].clone();
    let team = team::Entity::find_by_id(rule.team_id)
        .one(db)
        .await?
        .ok_or_else(|| AppError::internal_msg(format!("routing rule {}: team gone", rule.id)))?;
    let pick = match rule.assign_mode {
        AssignMode::TeamQueue => None,
        mode => {
            let mut q = routing_rule::Entity::find_by_id(rule.id)
                .select_only()
                .column(routing_rule::Column::LastTurnUserId);
            if lock && db.get_database_backend() == DatabaseBackend::Postgres {
                // concurrent registrations through this rule take turns on
                // its cursor (SQLite has one writer already)
                q = q.lock_exclusive();
            }
            let cursor: Option<i64> = q.into_tuple::<Option<i64>>().one(db).await?.flatten();
            d::pick(mode, &members(db, team.id, mode).await?, cursor)
        }
    };
    Ok(Decision {
        rule: Some(rule),
        team_id: Some(team.id),
        team_name: Some(team.name),
        pick,
        tried,
    })
}

/// The team's active members as the picker sees them (open work counted
/// only when the mode needs it).
async fn members<C: ConnectionTrait>(
    db: &C,
    team_id: i64,
    mode: AssignMode,
) -> AppResult<Vec<Member>> {
    let people = user::Entity::find()
        .filter(user::Column::TeamId.eq(team_id))
        .filter(user::Column::Active.eq(true))
        .all(db)
        .await?;
    let mut load: std::collections::HashMap<i64, i64> = Default::default();
    if mode == AssignMode::LeastLoaded && !people.is_empty() {
        let open: Vec<&str> = Status::ALL
            .iter()
            .filter(|s| s.is_open())
            .map(|s| s.code())
            .collect();
        let rows: Vec<(Option<i64>, i64)> = complaint::Entity::find()
            .select_only()
            .column(complaint::Column::AssigneeId)
            .column_as(Expr::cust("COUNT(*)"), "n")
            .filter(complaint::Column::AssigneeId.is_in(people.iter().map(|u| u.id)))
            .filter(complaint::Column::Status.is_in(open))
            .group_by(complaint::Column::AssigneeId)
            .into_tuple()
            .all(db)
            .await?;
        load.extend(rows.into_iter().filter_map(|(u, n)| u.map(|u| (u, n))));
    }
    Ok(people
        .into_iter()
        .map(|u| Member {
            id: u.id,
            absent: u.absent,
            backup_id: u.backup_user_id,
            open: load.get(&u.id).copied().unwrap_or(0),
        })
        .collect())
}

impl Decision {
    /// No active rule exists: nothing was decided.
    pub fn is_moot(&self) -> bool {
        self.rule.is_none() && self.tried.is_empty()
    }

    /// The round-robin turn this decision used: (rule, member whose turn it was).
    pub fn turn(&self) -> Option<(i64, i64)> {
        Some((self.rule.as_ref()?.id, self.pick?.turn))
    }
}

/// Store the turn a decision used, so the next complaint goes to the next
/// member.
pub(crate) async fn store_turn<C: ConnectionTrait>(
    db: &C,
    (rule_id, turn): (i64, i64),
) -> AppResult<()> {
    routing_rule::Entity::update_many()
        .col_expr(routing_rule::Column::LastTurnUserId, Expr::value(turn))
        .filter(routing_rule::Column::Id.eq(rule_id))
        .exec(db)
        .await?;
    Ok(())
}

/// What a decision does to a complaint now with `current_team` and
/// `current_assignee`: the new team and assignee, or `None` when it stays.
/// A rule sending it to the team it is already with keeps its assignee,
/// and only fills an empty one.
pub(crate) fn placement(
    d: &Decision,
    current_team: Option<i64>,
    current_assignee: Option<i64>,
) -> Option<(i64, Option<i64>)> {
    let team = d.team_id?;
    let picked = d.pick.map(|p| p.assignee);
    let moves = Some(team) != current_team;
    let fills = current_assignee.is_none() && picked.is_some();
    (moves || fills).then_some((team, picked))
}

impl Services {
    /// Which rule would fire for these facts, why the earlier ones did not,
    /// and who would get the complaint now (`routing.manage`). Writes
    /// nothing but its audit record.
    pub async fn route_dry_run(
        &self,
        actor: &Actor,
        meta: &RequestMeta,
        input: DryRunFacts,
    ) -> AppResult<Decision> {
        self.enforce(actor, meta, "routing.dry_run", Permission::RoutingManage)
            .await?;
        let cat = category::Entity::find_by_id(input.category_id)
            .one(self.db.conn())
            .await?
            .ok_or_else(|| AppError::bad_input("categoryId", "unknown category"))?;
        if input.earlier_complaints < 0 {
            return Err(AppError::bad_input(
                "earlierComplaints",
                "must not be negative",
            ));
        }
        if input.amount_disputed_cents.is_some_and(|a| a < 0) {
            return Err(AppError::bad_input(
                "amountDisputedCents",
                "must not be negative",
            ));
        }
        let facts = Facts {
            category_id: cat.id,
            parent_category_id: cat.parent_id,
            channel: input.channel,
            priority: input.priority,
            product_model: input
                .product_model
                .map(|m| m.trim().to_string())
                .filter(|m| !m.is_empty()),
            amount_disputed_cents: input.amount_disputed_cents,
            earlier_complaints: input.earlier_complaints,
            is_major: input.is_major,
        };
        decide(self.db.conn(), &self.routing_rules, &facts, false).await
    }
}
