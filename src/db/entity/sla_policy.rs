//! `sla_policies` table: time limits per category × priority.
use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "sla_policies")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i64,
    pub category_id: Option<i64>,
    pub priority: Option<String>,
    pub first_response_value: i32,
    pub first_response_unit: String,
    pub resolution_value: i32,
    pub resolution_unit: String,
    pub escalation_value: i32,
    pub escalation_unit: String,
    pub investigation_value: i32,
    pub investigation_unit: String,
    pub callback_value: i32,
    pub callback_unit: String,
    pub version: i32,
    pub updated_by: Option<i64>,
    pub updated_at: DateTimeUtc,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
