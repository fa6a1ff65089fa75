//! Knowledge base (articles and their versions), announcements, the complaint
//! links to both, and the search outbox that keeps the index in step with the
//! database.
use sea_orm_migration::prelude::*;
use sea_orm_migration::schema::*;

pub struct Migration;

impl MigrationName for Migration {
    fn name(&self) -> &str {
        "m20261124_000002_kb"
    }
}

fn fk(from_table: &'static str, col: &'static str, to: &'static str) -> ForeignKeyCreateStatement {
    ForeignKey::create()
        .name(format!("fk_{from_table}_{col}"))
        .from(from_table, col)
        .to(to, "id")
        .on_delete(ForeignKeyAction::Restrict)
        .take()
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, m: &SchemaManager) -> Result<(), DbErr> {
        m.create_table(
            Table::create()
                .table("kb_articles")
                .col(big_pk_auto("id"))
                .col(string_len("status", 20))
                .col(big_integer_null("latest_version_id"))
                .col(big_integer_null("published_version_id"))
                .col(big_integer("author_id"))
                .col(big_integer_null("reviewer_id"))
                .col(integer("version"))
                .col(timestamp_with_time_zone("created_at"))
                .col(timestamp_with_time_zone("updated_at"))
                .col(timestamp_with_time_zone_null("published_at"))
                .foreign_key(&mut fk("kb_articles", "author_id", "users"))
                .foreign_key(&mut fk("kb_articles", "reviewer_id", "users"))
                .take(),
        )
        .await?;
        m.create_table(
            Table::create()
                .table("kb_article_versions")
                .col(big_pk_auto("id"))
                .col(big_integer("article_id"))
                .col(integer("number"))
                .col(string_len("title", 200))
                .col(big_integer("category_id"))
                .col(text("scenario"))
                .col(text("solution"))
                .col(text("caveats"))
                .col(text("tags"))
                .col(text("related"))
                .col(big_integer("editor_id"))
                .col(big_integer_null("reviewer_id"))
                .col(timestamp_with_time_zone("created_at"))
                .col(timestamp_with_time_zone("updated_at"))
                .col(timestamp_with_time_zone_null("published_at"))
                .foreign_key(&mut fk("kb_article_versions", "article_id", "kb_articles"))
                .foreign_key(&mut fk("kb_article_versions", "category_id", "categories"))
                .foreign_key(&mut fk("kb_article_versions", "editor_id", "users"))
                .foreign_key(&mut fk("kb_article_versions", "reviewer_id", "users"))
                .index(
                    Index::create()
                        .name("idx_kb_article_versions_article_number")
                        .col("article_id")
                        .col("number")
                        .unique(),
                )
                .take(),
        )
        .await?;
        m.create_table(
            Table::create()
                .table("announcements")
                .col(big_pk_auto("id"))
                .col(string_len("title", 200))
                .col(text("explanation"))
                .col(big_integer_null("category_id"))
                .col(timestamp_with_time_zone("active_from"))
                .col(timestamp_with_time_zone_null("active_until"))
                .col(big_integer("created_by_id"))
                .col(timestamp_with_time_zone("created_at"))
                .foreign_key(&mut fk("announcements", "category_id", "categories"))
                .foreign_key(&mut fk("announcements", "created_by_id", "users"))
                .take(),
        )
        .await?;
        m.create_table(
            Table::create()
                .table("search_outbox")
                .col(big_pk_auto("id"))
                .col(string_len("entity", 20))
                .col(big_integer("entity_id"))
                .col(timestamp_with_time_zone("created_at"))
                .take(),
        )
        .await?;
        m.alter_table(
            Table::alter()
                .table("complaints")
                .add_column(big_integer_null("used_kb_version_id"))
                .take(),
        )
        .await?;
        m.alter_table(
            Table::alter()
                .table("complaints")
                .add_column(big_integer_null("announcement_id"))
                .take(),
        )
        .await?;
        Ok(())
    }

    async fn down(&self, m: &SchemaManager) -> Result<(), DbErr> {
        for col in ["announcement_id", "used_kb_version_id"] {
            m.alter_table(Table::alter().table("complaints").drop_column(col).take())
                .await?;
        }
        for t in [
            "search_outbox",
            "announcements",
            "kb_article_versions",
            "kb_articles",
        ] {
            m.drop_table(Table::drop().table(t).if_exists().take())
                .await?;
        }
        Ok(())
    }
}
