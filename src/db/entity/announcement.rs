//! `announcements` table.
use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "announcements")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i64,
    pub title: String,
    #[sea_orm(column_type = "Text")]
    pub explanation: String,
    pub category_id: Option<i64>,
    pub active_from: DateTimeUtc,
    pub active_until: Option<DateTimeUtc>,
    pub created_by_id: i64,
    pub created_at: DateTimeUtc,
    /// Optimistic concurrency for edits.
    pub version: i32,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
