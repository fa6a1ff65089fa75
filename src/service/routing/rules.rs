//! Keeping the rules (`routing.manage`): listed in the order they are tried,
//! created, edited, reordered and deleted, every change audited.
use crate::audit::{self, Entry};
use crate::auth::{Actor, RequestMeta};
use crate::db::entity::routing_rule;
use crate::domain::permission::Permission;
use crate::domain::routing::{self as d, AssignMode, Conditions};
use crate::error::{AppError, AppResult};
use crate::service::{required_text, Services};
use chrono::{DateTime, Utc};
use sea_orm::sea_query::Expr;
use sea_orm::{
    ActiveModelTrait, ActiveValue::NotSet, ColumnTrait, ConnectionTrait, EntityTrait,
    PaginatorTrait, QueryFilter, QueryOrder, QuerySelect, Set,
};

/// Most rules a centre may keep (routing reads them all for each complaint).
pub const MAX_RULES: u64 = 500;

#[derive(Debug, Clone)]
pub struct RuleView {
    pub id: i64,
    /// 1-based place in the order rules are tried.
    pub position: i32,
    pub name: String,
    pub active: bool,
    pub conditions: Conditions,
    pub team_id: i64,
    pub assign_mode: AssignMode,
    pub version: i32,
    pub updated_at: DateTime<Utc>,
    pub updated_by: Option<i64>,
}

impl RuleView {
    pub(crate) fn from_model(m: routing_rule::Model) -> AppResult<Self> {
        let stored =
            |what: &str| AppError::internal_msg(format!("routing_rules {}: bad {what}", m.id));
        Ok(RuleView {
            id: m.id,
            position: m.position,
            name: m.name.clone(),
            active: m.active,
            conditions: serde_json::from_str(&m.conditions).map_err(|_| stored("conditions"))?,
            team_id: m.team_id,
            assign_mode: AssignMode::from_code(&m.assign_mode)
                .ok_or_else(|| stored("assign_mode"))?,
            version: m.version,
            updated_at: m.updated_at,
            updated_by: m.updated_by,
        })
    }
}

/// A rule to create (`id: None`) or edit.
#[derive(Debug, Clone)]
pub struct RuleInput {
    pub id: Option<i64>,
    /// Required when editing.
    pub expected_version: Option<i32>,
    pub name: String,
    pub active: bool,
    pub conditions: Conditions,
    pub team_id: i64,
    pub assign_mode: AssignMode,
}

/// All rules in the order they are tried.
pub(crate) async fn ordered<C: ConnectionTrait>(db: &C) -> AppResult<Vec<routing_rule::Model>> {
    Ok(routing_rule::Entity::find()
        .order_by_asc(routing_rule::Column::Position)
        .order_by_asc(routing_rule::Column::Id)
        .all(db)
        .await?)
}

fn stale(current: i32) -> AppError {
    AppError::stale_version(format!(
        "the rule was changed by someone else (current version {current}); reload and try again"
    ))
}

impl Services {
    /// The rules in the order they are tried (`routing.manage`); `after` is
    /// a position from an earlier page.
    pub async fn routing_rules(
        &self,
        actor: &Actor,
        meta: &RequestMeta,
        first: Option<i64>,
        after: Option<i32>,
    ) -> AppResult<(Vec<RuleView>, bool, u64)> {
        self.enforce(actor, meta, "routing.rule.list", Permission::RoutingManage)
            .await?;
        let limit = match first {
            None => MAX_RULES,
            Some(n) if (1..=MAX_RULES as i64).contains(&n) => n as u64,
            Some(_) => {
                return Err(AppError::bad_input(
                    "first",
                    format!("first must be between 1 and {MAX_RULES}"),
                ))
            }
        };
        let total = routing_rule::Entity::find().count(self.db.conn()).await?;
        let mut q = routing_rule::Entity::find();
        if let Some(a) = after {
            q = q.filter(routing_rule::Column::Position.gt(a));
        }
        let rows = q
            .order_by_asc(routing_rule::Column::Position)
            .order_by_asc(routing_rule::Column::Id)
            .limit(limit + 1)
            .all(self.db.conn())
            .await?;
        let has_next = rows.len() as u64 > limit;
        let items = rows
            .into_iter()
            .take(limit as usize)
            .map(RuleView::from_model)
            .collect::<AppResult<Vec<_>>>()?;
        Ok((items, has_next, total))
    }

    /// Create a rule (placed last) or edit one (`routing.manage`); audited;
    /// in force for the next complaint.
    pub async fn save_routing_rule(
        &self,
        actor: &Actor,
        meta: &RequestMeta,
        input: RuleInput,
    ) -> AppResult<RuleView> {
        self.enforce(actor, meta, "routing.rule.save", Permission::RoutingManage)
            .await?;
        let name = required_text("name", &input.name, d::MAX_NAME_CHARS)?;
        let conditions = input
            .conditions
            .checked()
            .map_err(|(f, m)| AppError::bad_input(f, m))?;
        self.ensure_categories_exist(&conditions.category_ids)
            .await?;
        self.team_exists(input.team_id).await?;
        let json = serde_json::to_string(&conditions).map_err(AppError::internal)?;
        let now = self.now();
        let tx = self.db.write_tx().await?;
        let saved = match input.id {
            None => {
                let n = routing_rule::Entity::find().count(&*tx).await?;
                if n >= MAX_RULES {
                    return Err(AppError::bad_input(
                        "id",
                        format!("at most {MAX_RULES} routing rules; delete one first"),
                    ));
                }
                let last: Option<Option<i32>> = routing_rule::Entity::find()
                    .select_only()
                    .column_as(Expr::cust("MAX(position)"), "p")
                    .into_tuple()
                    .one(&*tx)
                    .await?;
                routing_rule::ActiveModel {
                    id: NotSet,
                    position: Set(last.flatten().unwrap_or(0) + 1),
                    name: Set(name),
                    active: Set(input.active),
                    conditions: Set(json),
                    team_id: Set(input.team_id),
                    assign_mode: Set(input.assign_mode.code().into()),
                    last_turn_user_id: Set(None),
                    version: Set(1),
                    created_at: Set(now),
                    updated_at: Set(now),
                    updated_by: Set(Some(actor.user_id.0)),
                }
                .insert(&*tx)
                .await?
            }
            Some(id) => {
                let current = routing_rule::Entity::find_by_id(id)
                    .one(&*tx)
                    .await?
                    .ok_or_else(|| AppError::not_found(format!("routing rule {id}")))?;
                if input.expected_version != Some(current.version) {
                    return Err(stale(current.version));
                }
                let mut am: routing_rule::ActiveModel = current.clone().into();
                am.name = Set(name);
                am.active = Set(input.active);
                am.conditions = Set(json);
                if current.team_id != input.team_id {
                    // a rotation belongs to a team
                    am.last_turn_user_id = Set(None);
                }
                am.team_id = Set(input.team_id);
                am.assign_mode = Set(input.assign_mode.code().into());
                am.version = Set(current.version + 1);
                am.updated_at = Set(now);
                am.updated_by = Set(Some(actor.user_id.0));
                am.update(&*tx).await?
            }
        };
        let entry = Entry::new("routing.rule.save", Some(actor))
            .target("routing_rule", saved.id)
            .detail(serde_json::json!({
                "name": saved.name, "active": saved.active, "teamId": saved.team_id,
                "assignMode": saved.assign_mode, "conditions": conditions,
                "version": saved.version,
            }));
        audit::record(&tx, meta, now, entry).await?;
        tx.commit().await?;
        RuleView::from_model(saved)
    }

    /// Delete a rule (`routing.manage`); audited. Decisions already on
    /// timelines keep the rule's name.
    pub async fn delete_routing_rule(
        &self,
        actor: &Actor,
        meta: &RequestMeta,
        id: i64,
        expected_version: i32,
    ) -> AppResult<i64> {
        self.enforce(
            actor,
            meta,
            "routing.rule.delete",
            Permission::RoutingManage,
        )
        .await?;
        let now = self.now();
        let tx = self.db.write_tx().await?;
        let current = routing_rule::Entity::find_by_id(id)
            .one(&*tx)
            .await?
            .ok_or_else(|| AppError::not_found(format!("routing rule {id}")))?;
        if current.version != expected_version {
            return Err(stale(current.version));
        }
        routing_rule::Entity::delete_by_id(id).exec(&*tx).await?;
        let entry = Entry::new("routing.rule.delete", Some(actor))
            .target("routing_rule", id)
            .detail(serde_json::json!({ "name": current.name }));
        audit::record(&tx, meta, now, entry).await?;
        tx.commit().await?;
        Ok(id)
    }

    /// Put the rules in the order given (`routing.manage`): `ids` must name
    /// every rule once. Audited with the old and new order.
    pub async fn reorder_routing_rules(
        &self,
        actor: &Actor,
        meta: &RequestMeta,
        ids: &[i64],
    ) -> AppResult<Vec<RuleView>> {
        self.enforce(
            actor,
            meta,
            "routing.rule.reorder",
            Permission::RoutingManage,
        )
        .await?;
        let now = self.now();
        let tx = self.db.write_tx().await?;
        let rows = ordered(&*tx).await?;
        let before: Vec<i64> = rows.iter().map(|r| r.id).collect();
        let mut given = ids.to_vec();
        given.sort_unstable();
        let mut all = before.clone();
        all.sort_unstable();
        if given != all {
            return Err(AppError::bad_input(
                "ids",
                "ids must list every routing rule exactly once",
            ));
        }
        let mut out = Vec::with_capacity(ids.len());
        for (i, id) in ids.iter().enumerate() {
            let row = rows
                .iter()
                .find(|r| r.id == *id)
                .ok_or_else(|| AppError::internal_msg("rule vanished"))?;
            let position = i as i32 + 1;
            let saved = if row.position == position {
                row.clone()
            } else {
                let mut am: routing_rule::ActiveModel = row.clone().into();
                am.position = Set(position);
                am.version = Set(row.version + 1);
                am.updated_at = Set(now);
                am.updated_by = Set(Some(actor.user_id.0));
                am.update(&*tx).await?
            };
            out.push(RuleView::from_model(saved)?);
        }
        let entry = Entry::new("routing.rule.reorder", Some(actor))
            .detail(serde_json::json!({ "before": before, "after": ids }));
        audit::record(&tx, meta, now, entry).await?;
        tx.commit().await?;
        Ok(out)
    }
}
