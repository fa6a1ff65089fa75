//! SLA policies: the targets per category × priority, and their upkeep.
//!
//! Lookup, most specific first: the complaint's category with its priority,
//! the category for any priority, the parent category (same two), the
//! priority for any category, then the default row; the built-in defaults of
//! DOMAIN.md ([`Targets::defaults`]) when no row matches.
use crate::audit::{self, Entry};
use crate::auth::{policy, Actor, RequestMeta};
use crate::db::entity::{category, sla_policy};
use crate::domain::complaint::Priority;
use crate::domain::permission::Permission;
use crate::domain::sla::{Target, Targets, Unit};
use crate::error::{AppError, AppResult};
use crate::service::authz::on;
use crate::service::Services;
use chrono::{DateTime, Utc};
use sea_orm::ActiveValue::NotSet;
use sea_orm::{
    ActiveModelTrait, ColumnTrait, Condition, ConnectionTrait, EntityTrait, QueryFilter,
    QueryOrder, Set,
};

/// A policy row as the API shows it.
#[derive(Debug, Clone)]
pub struct PolicyView {
    pub id: i64,
    pub category_id: Option<i64>,
    pub priority: Option<Priority>,
    pub targets: Targets,
    pub version: i32,
    pub updated_at: DateTime<Utc>,
}

/// Create (no `id`) or replace (with `id` and `expected_version`) a policy.
#[derive(Debug, Clone)]
pub struct PolicyInput {
    pub id: Option<i64>,
    pub expected_version: Option<i32>,
    pub category_id: Option<i64>,
    pub priority: Option<Priority>,
    pub targets: Targets,
}

fn target(value: i32, unit: &str) -> AppResult<Target> {
    let unit = Unit::from_code(unit).ok_or_else(|| {
        AppError::internal_msg(format!("sla_policies holds an unknown unit {unit:?}"))
    })?;
    Ok(Target::new(i64::from(value), unit))
}

fn targets_of(m: &sla_policy::Model) -> AppResult<Targets> {
    Ok(Targets {
        first_response: target(m.first_response_value, &m.first_response_unit)?,
        resolution: target(m.resolution_value, &m.resolution_unit)?,
        escalation: target(m.escalation_value, &m.escalation_unit)?,
        investigation: target(m.investigation_value, &m.investigation_unit)?,
        callback: target(m.callback_value, &m.callback_unit)?,
    })
}

fn view_of(m: sla_policy::Model) -> AppResult<PolicyView> {
    let priority = match &m.priority {
        Some(code) => Some(Priority::from_code(code).ok_or_else(|| {
            AppError::internal_msg(format!("sla_policies holds an unknown priority {code:?}"))
        })?),
        None => None,
    };
    Ok(PolicyView {
        id: m.id,
        category_id: m.category_id,
        priority,
        targets: targets_of(&m)?,
        version: m.version,
        updated_at: m.updated_at,
    })
}

fn set_targets(am: &mut sla_policy::ActiveModel, t: &Targets) {
    let v = |t: Target| i32::try_from(t.value).unwrap_or(i32::MAX);
    am.first_response_value = Set(v(t.first_response));
    am.first_response_unit = Set(t.first_response.unit.code().into());
    am.resolution_value = Set(v(t.resolution));
    am.resolution_unit = Set(t.resolution.unit.code().into());
    am.escalation_value = Set(v(t.escalation));
    am.escalation_unit = Set(t.escalation.unit.code().into());
    am.investigation_value = Set(v(t.investigation));
    am.investigation_unit = Set(t.investigation.unit.code().into());
    am.callback_value = Set(v(t.callback));
    am.callback_unit = Set(t.callback.unit.code().into());
}

/// The targets for a complaint of `category_id` and `priority`.
pub(crate) async fn targets_for<C: ConnectionTrait>(
    db: &C,
    category_id: i64,
    priority: Priority,
) -> AppResult<Targets> {
    let parent = category::Entity::find_by_id(category_id)
        .one(db)
        .await?
        .and_then(|c| c.parent_id);
    let mut cats = Condition::any().add(sla_policy::Column::CategoryId.is_null());
    cats = cats.add(sla_policy::Column::CategoryId.eq(category_id));
    if let Some(p) = parent {
        cats = cats.add(sla_policy::Column::CategoryId.eq(p));
    }
    let rows = sla_policy::Entity::find()
        .filter(cats)
        .filter(
            Condition::any()
                .add(sla_policy::Column::Priority.is_null())
                .add(sla_policy::Column::Priority.eq(priority.code())),
        )
        .all(db)
        .await?;
    let rank = |m: &sla_policy::Model| {
        let cat = match m.category_id {
            Some(c) if c == category_id => 4,
            Some(_) => 2,
            None => 0,
        };
        cat + i32::from(m.priority.is_some())
    };
    match rows.iter().max_by_key(|m| rank(m)) {
        Some(m) => targets_of(m),
        None => Ok(Targets::defaults(priority)),
    }
}

impl Services {
    /// Default rows for each priority, so admins see and edit them; kept if present.
    pub async fn seed_sla_policies(&self) -> AppResult<()> {
        let now = self.now();
        let tx = self.db.write_tx().await?;
        for p in Priority::ALL {
            let exists = sla_policy::Entity::find()
                .filter(sla_policy::Column::CategoryId.is_null())
                .filter(sla_policy::Column::Priority.eq(p.code()))
                .one(&*tx)
                .await?
                .is_some();
            if !exists {
                let mut am = sla_policy::ActiveModel {
                    id: NotSet,
                    category_id: Set(None),
                    priority: Set(Some(p.code().into())),
                    version: Set(1),
                    updated_by: Set(None),
                    updated_at: Set(now),
                    ..Default::default()
                };
                set_targets(&mut am, &Targets::defaults(*p));
                am.insert(&*tx).await?;
            }
        }
        tx.commit().await?;
        Ok(())
    }

    /// Every policy, for those who watch the figures or set the targets.
    pub async fn sla_policies(
        &self,
        actor: &Actor,
        meta: &RequestMeta,
    ) -> AppResult<Vec<PolicyView>> {
        let decision = policy::require(actor, Permission::SlaManage)
            .or_else(|_| policy::require(actor, Permission::ReportRead));
        self.authorize(actor, meta, "sla.policy.list", None, decision)
            .await?;
        sla_policy::Entity::find()
            .order_by_asc(sla_policy::Column::CategoryId)
            .order_by_asc(sla_policy::Column::Priority)
            .all(self.db.conn())
            .await?
            .into_iter()
            .map(view_of)
            .collect()
    }

    /// Creates or replaces a policy (`sla.manage`), audited. Running clocks
    /// keep the targets they started with until their complaint is
    /// re-categorised or re-prioritised.
    pub async fn save_sla_policy(
        &self,
        actor: &Actor,
        meta: &RequestMeta,
        input: PolicyInput,
    ) -> AppResult<PolicyView> {
        let target = input.id.and_then(|id| on("sla_policy", id));
        self.enforce_on(
            actor,
            meta,
            "sla.policy.save",
            target,
            Permission::SlaManage,
        )
        .await?;
        if let Some(field) = input.targets.invalid() {
            return Err(AppError::bad_input(
                field,
                format!(
                    "{field} must be between 1 and {}",
                    crate::domain::sla::MAX_TARGET_VALUE
                ),
            ));
        }
        if let Some(c) = input.category_id {
            if category::Entity::find_by_id(c)
                .one(self.db.conn())
                .await?
                .is_none()
            {
                return Err(AppError::bad_input("categoryId", "unknown category"));
            }
        }
        let now = self.now();
        let tx = self.db.write_tx().await?;
        let same_key = sla_policy::Entity::find()
            .filter(match input.category_id {
                Some(c) => sla_policy::Column::CategoryId.eq(c),
                None => sla_policy::Column::CategoryId.is_null(),
            })
            .filter(match input.priority {
                Some(p) => sla_policy::Column::Priority.eq(p.code()),
                None => sla_policy::Column::Priority.is_null(),
            })
            .one(&*tx)
            .await?;
        let saved = match input.id {
            None => {
                if same_key.is_some() {
                    return Err(AppError::already_exists(
                        "categoryId",
                        "a policy for this category and priority exists; edit it instead",
                    ));
                }
                let mut am = sla_policy::ActiveModel {
                    id: NotSet,
                    category_id: Set(input.category_id),
                    priority: Set(input.priority.map(|p| p.code().into())),
                    version: Set(1),
                    updated_by: Set(Some(actor.user_id.0)),
                    updated_at: Set(now),
                    ..Default::default()
                };
                set_targets(&mut am, &input.targets);
                am.insert(&*tx).await?
            }
            Some(id) => {
                let current = sla_policy::Entity::find_by_id(id)
                    .one(&*tx)
                    .await?
                    .ok_or_else(|| AppError::not_found(format!("SLA policy {id}")))?;
                if input.expected_version != Some(current.version) {
                    return Err(AppError::stale_version(format!(
                        "the policy was changed by someone else (current version {}); reload and try again",
                        current.version
                    )));
                }
                if same_key.is_some_and(|o| o.id != id) {
                    return Err(AppError::already_exists(
                        "categoryId",
                        "another policy covers this category and priority",
                    ));
                }
                let mut am: sla_policy::ActiveModel = current.clone().into();
                am.category_id = Set(input.category_id);
                am.priority = Set(input.priority.map(|p| p.code().into()));
                am.version = Set(current.version + 1);
                am.updated_by = Set(Some(actor.user_id.0));
                am.updated_at = Set(now);
                set_targets(&mut am, &input.targets);
                am.update(&*tx).await?
            }
        };
        let entry = Entry::new("sla.policy.save", Some(actor))
            .target("sla_policy", saved.id)
            .detail(serde_json::json!({
                "categoryId": saved.category_id, "priority": saved.priority, "version": saved.version,
            }));
        audit::record(&tx, meta, now, entry).await?;
        tx.commit().await?;
        view_of(saved)
    }
}
