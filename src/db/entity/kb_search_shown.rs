//! `kb_search_shown` table: the first results of a logged search, by rank.
use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "kb_search_shown")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub search_key: String,
    #[sea_orm(primary_key, auto_increment = false)]
    pub rank: i32,
    pub article_id: i64,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
