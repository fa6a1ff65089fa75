//! `kb_article_versions` table.
use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "kb_article_versions")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i64,
    pub article_id: i64,
    pub number: i32,
    pub title: String,
    pub category_id: i64,
    #[sea_orm(column_type = "Text")]
    pub scenario: String,
    #[sea_orm(column_type = "Text")]
    pub solution: String,
    #[sea_orm(column_type = "Text")]
    pub caveats: String,
    #[sea_orm(column_type = "Text")]
    pub tags: String,
    #[sea_orm(column_type = "Text")]
    pub related: String,
    pub editor_id: i64,
    pub reviewer_id: Option<i64>,
    pub created_at: DateTimeUtc,
    pub updated_at: DateTimeUtc,
    pub published_at: Option<DateTimeUtc>,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
