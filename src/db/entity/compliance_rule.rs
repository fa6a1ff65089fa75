//! `compliance_rules` table: the settings of each compliance rule.
use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "compliance_rules")]
pub struct Model {
    /// `domain::compliance::ComplianceRule` code.
    #[sea_orm(primary_key, auto_increment = false)]
    pub code: String,
    pub enabled: bool,
    pub threshold: i64,
    pub window_minutes: i64,
    pub version: i32,
    pub updated_at: Option<DateTimeUtc>,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
