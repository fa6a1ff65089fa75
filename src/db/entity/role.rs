//! `roles` table.
use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "roles")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i64,
    pub code: String,
    pub name: String,
    pub builtin: bool,
    /// What the role may grant without approval, in cents (null: 1,000 元).
    pub authority_limit_cents: Option<i64>,
    pub created_at: DateTimeUtc,
}

/// A role's permissions are reached from `role_permission` (its relation
/// reversed), so the two entities do not import each other.
#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
