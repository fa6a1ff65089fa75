//! `kb_search_log` table: one knowledge-base search, for analytics.
use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "kb_search_log")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i64,
    pub search_key: String,
    pub searched_at: DateTimeUtc,
    pub actor_id: i64,
    /// As typed, with personal identifiers scrubbed.
    pub query: String,
    /// Normalised for grouping.
    pub query_key: String,
    pub category_id: Option<i64>,
    pub result_count: i32,
    pub opened_article_id: Option<i64>,
    pub opened_rank: Option<i32>,
    pub opened_at: Option<DateTimeUtc>,
    pub used_article_id: Option<i64>,
    pub used_complaint_id: Option<i64>,
    pub used_at: Option<DateTimeUtc>,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
