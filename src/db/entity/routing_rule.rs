//! `routing_rules` table.
use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "routing_rules")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i64,
    /// Rules are tried in ascending position (then id).
    pub position: i32,
    pub name: String,
    pub active: bool,
    /// `domain::routing::Conditions` as JSON.
    #[sea_orm(column_type = "Text")]
    pub conditions: String,
    pub team_id: i64,
    pub assign_mode: String,
    /// Round-robin cursor: the member whose turn was last.
    pub last_turn_user_id: Option<i64>,
    pub version: i32,
    pub created_at: DateTimeUtc,
    pub updated_at: DateTimeUtc,
    pub updated_by: Option<i64>,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
