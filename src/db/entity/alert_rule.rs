//! `alert_rules` table: one row per rule kind (`code`), seeded at start-up.
use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, DeriveEntityModel)]
#[sea_orm(table_name = "alert_rules")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i64,
    /// `domain::alerts::RuleKind` code.
    pub code: String,
    /// `domain::alerts::Level` code.
    pub level: String,
    pub threshold: f64,
    pub window_minutes: i32,
    pub min_samples: i32,
    pub enabled: bool,
    /// Optimistic concurrency for edits.
    pub version: i32,
    pub updated_by: Option<i64>,
    pub updated_at: DateTimeUtc,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
