//! `major_criteria` table: one row, id 1.
use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "major_criteria")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: i64,
    pub amount_over_cents: Option<i64>,
    /// Channel codes, comma-separated.
    pub channels: String,
    pub repeat_same_issue: bool,
    pub announcement_count_over: Option<i64>,
    pub version: i32,
    pub updated_at: DateTimeUtc,
    pub updated_by: Option<i64>,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
