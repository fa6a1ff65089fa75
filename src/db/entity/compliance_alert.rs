//! `compliance_alerts` table: one row per episode of a compliance rule for
//! one actor.
use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "compliance_alerts")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i64,
    /// `domain::compliance::ComplianceRule` code.
    pub rule: String,
    pub actor_id: i64,
    pub actor_name: String,
    /// `domain::alerts::AlertState` code (raised, acknowledged, cleared).
    pub state: String,
    pub value: i64,
    pub threshold: i64,
    pub window_minutes: i64,
    pub raised_at: DateTimeUtc,
    pub last_evaluated_at: DateTimeUtc,
    pub acknowledged_at: Option<DateTimeUtc>,
    pub acknowledged_by: Option<i64>,
    #[sea_orm(column_type = "Text", nullable)]
    pub ack_note: Option<String>,
    pub cleared_at: Option<DateTimeUtc>,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
