//! Search analytics for knowledge-base editors (issue 12): one row per search
//! an agent ran, what it showed, which article was opened from it and whether
//! that article then went onto a complaint.
//!
//! - `search_key`: the opaque id the console gets with the results and sends
//!   back when an article is opened or used; unique.
//! - `query`: the text as typed, with phone, ID-card and e-mail patterns
//!   replaced by placeholders (`domain::pii_scrub`); `query_key` is the same
//!   text normalised (Simplified, half-width, lower case, single spaces) and
//!   is what statistics group by.
//! - `actor_id`: who searched, so that only they can record an open and so
//!   that quick retyping merges into one row; never shown in statistics.
//! - `kb_search_shown`: the first results of each search in rank order, for
//!   "articles never found"; keyed by the search's `search_key`, so that a
//!   batch of searches is written with one INSERT per table.
use sea_orm_migration::prelude::*;
use sea_orm_migration::schema::*;

pub struct Migration;

impl MigrationName for Migration {
    fn name(&self) -> &str {
        "m20261205_000013_kb_search_log"
    }
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, m: &SchemaManager) -> Result<(), DbErr> {
        m.create_table(
            Table::create()
                .table("kb_search_log")
                .col(big_pk_auto("id"))
                .col(string_len("search_key", 32))
                .col(timestamp_with_time_zone("searched_at"))
                .col(big_integer("actor_id"))
                .col(text("query"))
                .col(text("query_key"))
                .col(big_integer_null("category_id"))
                .col(integer("result_count"))
                .col(big_integer_null("opened_article_id"))
                .col(integer_null("opened_rank"))
                .col(timestamp_with_time_zone_null("opened_at"))
                .col(big_integer_null("used_article_id"))
                .col(big_integer_null("used_complaint_id"))
                .col(timestamp_with_time_zone_null("used_at"))
                .foreign_key(
                    ForeignKey::create()
                        .name("fk_kb_search_log_actor")
                        .from("kb_search_log", "actor_id")
                        .to("users", "id")
                        .on_delete(ForeignKeyAction::Restrict),
                )
                .take(),
        )
        .await?;
        m.create_index(
            Index::create()
                .name("idx_kb_search_log_search_key")
                .table("kb_search_log")
                .col("search_key")
                .unique()
                .take(),
        )
        .await?;
        m.create_index(
            Index::create()
                .name("idx_kb_search_log_searched_at")
                .table("kb_search_log")
                .col("searched_at")
                .take(),
        )
        .await?;
        m.create_index(
            Index::create()
                .name("idx_kb_search_log_actor_searched_at")
                .table("kb_search_log")
                .col("actor_id")
                .col("searched_at")
                .take(),
        )
        .await?;
        m.create_table(
            Table::create()
                .table("kb_search_shown")
                .col(string_len("search_key", 32))
                .col(integer("rank"))
                .col(big_integer("article_id"))
                .primary_key(Index::create().col("search_key").col("rank"))
                .foreign_key(
                    ForeignKey::create()
                        .name("fk_kb_search_shown_search")
                        .from("kb_search_shown", "search_key")
                        .to("kb_search_log", "search_key")
                        .on_delete(ForeignKeyAction::Cascade)
                        .on_update(ForeignKeyAction::Cascade),
                )
                .take(),
        )
        .await?;
        m.create_index(
            Index::create()
                .name("idx_kb_search_shown_article")
                .table("kb_search_shown")
                .col("article_id")
                .col("search_key")
                .take(),
        )
        .await
    }

    async fn down(&self, m: &SchemaManager) -> Result<(), DbErr> {
        m.drop_table(Table::drop().table("kb_search_shown").take())
            .await?;
        m.drop_table(Table::drop().table("kb_search_log").take())
            .await
    }
}
