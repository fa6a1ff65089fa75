//! Major complaints (issue 13 §2): the configurable criteria that make a
//! complaint major, one row (id 1; absent until an administrator saves
//! criteria, when the defaults of `domain::major::Criteria` apply).
//!
//! - `amount_over_cents`, `announcement_count_over`: null switches the
//!   criterion off;
//! - `channels`: channel codes, comma-separated (empty: none).
use sea_orm_migration::prelude::*;
use sea_orm_migration::schema::*;

pub struct Migration;

impl MigrationName for Migration {
    fn name(&self) -> &str {
        "m20261207_000018_major"
    }
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, m: &SchemaManager) -> Result<(), DbErr> {
        m.create_table(
            Table::create()
                .table("major_criteria")
                .col(big_integer("id").primary_key())
                .col(big_integer_null("amount_over_cents"))
                .col(string_len("channels", 200))
                .col(boolean("repeat_same_issue"))
                .col(big_integer_null("announcement_count_over"))
                .col(integer("version").default(1))
                .col(timestamp_with_time_zone("updated_at"))
                .col(big_integer_null("updated_by"))
                .foreign_key(
                    ForeignKey::create()
                        .name("fk_major_criteria_updated_by")
                        .from("major_criteria", "updated_by")
                        .to("users", "id")
                        .on_delete(ForeignKeyAction::Restrict),
                )
                .take(),
        )
        .await
    }

    async fn down(&self, m: &SchemaManager) -> Result<(), DbErr> {
        m.drop_table(Table::drop().table("major_criteria").take())
            .await
    }
}
