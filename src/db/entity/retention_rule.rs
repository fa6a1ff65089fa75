//! `retention_rules` table: how long each class of record is kept.
use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "retention_rules")]
pub struct Model {
    /// `domain::retention::RecordClass` code.
    #[sea_orm(primary_key, auto_increment = false)]
    pub record_class: String,
    pub days: i64,
    pub version: i32,
    pub updated_at: Option<DateTimeUtc>,
    pub updated_by: Option<i64>,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
