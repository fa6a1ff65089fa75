//! Search synonyms as data (issue 12): the query-time synonym groups and typo
//! corrections move from a file shipped with the binary into a table that
//! knowledge-base editors maintain in the console.
//!
//! - `terms`: the entry's words as a JSON array of strings, normalised
//!   (Simplified, half-width, lower case); a correction is `[wrong, right]`.
//! - `terms_key`: the same words in a canonical order (a group sorted, a
//!   correction as written), unique per kind, so one set is stored once.
//! - `builtin_key`: for an entry seeded from the shipped list, the key it was
//!   seeded with; never changes, so an edited or deleted built-in entry is
//!   not seeded again on the next start, while a new Kesu version's new
//!   entries are.
//! - `deleted_at`: entries are deleted softly, for the same reason.
use sea_orm_migration::prelude::*;
use sea_orm_migration::schema::*;

pub struct Migration;

impl MigrationName for Migration {
    fn name(&self) -> &str {
        "m20261205_000012_kb_synonyms"
    }
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, m: &SchemaManager) -> Result<(), DbErr> {
        m.create_table(
            Table::create()
                .table("kb_synonyms")
                .col(big_pk_auto("id"))
                .col(string_len("kind", 20))
                .col(text("terms"))
                .col(text("terms_key"))
                .col(string_len("source", 20))
                .col(text_null("builtin_key"))
                .col(text_null("note"))
                .col(integer("version").default(1))
                .col(timestamp_with_time_zone_null("deleted_at"))
                .col(timestamp_with_time_zone("created_at"))
                .col(timestamp_with_time_zone("updated_at"))
                .col(big_integer_null("updated_by"))
                .foreign_key(
                    ForeignKey::create()
                        .name("fk_kb_synonyms_updated_by")
                        .from("kb_synonyms", "updated_by")
                        .to("users", "id")
                        .on_delete(ForeignKeyAction::Restrict),
                )
                .take(),
        )
        .await?;
        m.create_index(
            Index::create()
                .name("idx_kb_synonyms_kind_terms_key")
                .table("kb_synonyms")
                .col("kind")
                .col("terms_key")
                .unique()
                .take(),
        )
        .await?;
        m.create_index(
            Index::create()
                .name("idx_kb_synonyms_builtin_key")
                .table("kb_synonyms")
                .col("builtin_key")
                .unique()
                .take(),
        )
        .await
    }

    async fn down(&self, m: &SchemaManager) -> Result<(), DbErr> {
        m.drop_table(Table::drop().table("kb_synonyms").take())
            .await
    }
}
