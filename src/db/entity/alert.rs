//! `alerts` table: one row per episode of a rule on a scope.
use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, DeriveEntityModel)]
#[sea_orm(table_name = "alerts")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i64,
    pub rule_id: i64,
    /// `domain::alerts::Level` code.
    pub level: String,
    /// `domain::alerts::Scope` code.
    pub scope: String,
    pub category_id: Option<i64>,
    /// `domain::alerts::AlertState` code.
    pub state: String,
    pub value: f64,
    pub threshold: f64,
    pub raised_at: DateTimeUtc,
    pub last_evaluated_at: DateTimeUtc,
    pub acknowledged_at: Option<DateTimeUtc>,
    pub acknowledged_by: Option<i64>,
    #[sea_orm(column_type = "Text", nullable)]
    pub ack_note: Option<String>,
    pub cleared_at: Option<DateTimeUtc>,
    pub announcement_id: Option<i64>,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
