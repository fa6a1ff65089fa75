//! Personal data at rest (issue 14 §3).
//!
//! - `customers.name`, `phone`, `id_card`, `email` hold sealed values
//!   (`enc:<key id>:<base64>`, see `kesu::vault`), longer than the plaintext
//!   they replace: on PostgreSQL they become `text` (SQLite never enforced
//!   the lengths).
//! - `customers.phone_index`: the blind index (a keyed hash) of the phone,
//!   unique, for exact lookup. `NULL` on rows from before this migration
//!   until the server seals them at its next start.
//! - `customers.name_masked`, `phone_masked`, `id_card_masked`,
//!   `email_masked`: the masked forms everybody may see (`张**`,
//!   `138****1234`), written with the sealed values, so that a list shows
//!   customers without opening anything.
use sea_orm_migration::prelude::*;
use sea_orm_migration::schema::*;
use sea_orm_migration::sea_orm::DatabaseBackend;

pub struct Migration;

impl MigrationName for Migration {
    fn name(&self) -> &str {
        "m20261208_000022_pii_at_rest"
    }
}

const SEALED: [&str; 4] = ["name", "phone", "id_card", "email"];

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, m: &SchemaManager) -> Result<(), DbErr> {
        if m.get_database_backend() == DatabaseBackend::Postgres {
            for col in SEALED {
                m.get_connection()
                    .execute_unprepared(&format!(
                        "ALTER TABLE customers ALTER COLUMN {col} TYPE text"
                    ))
                    .await?;
            }
        }
        for col in [
            string_len_null("phone_index", 32),
            text_null("name_masked"),
            text_null("phone_masked"),
            text_null("id_card_masked"),
            text_null("email_masked"),
        ] {
            m.alter_table(Table::alter().table("customers").add_column(col).take())
                .await?;
        }
        m.create_index(
            Index::create()
                .name("idx_customers_phone_index")
                .table("customers")
                .col("phone_index")
                .unique()
                .take(),
        )
        .await
    }

    async fn down(&self, m: &SchemaManager) -> Result<(), DbErr> {
        m.drop_index(
            Index::drop()
                .name("idx_customers_phone_index")
                .table("customers")
                .to_owned(),
        )
        .await?;
        for col in [
            "email_masked",
            "id_card_masked",
            "phone_masked",
            "name_masked",
            "phone_index",
        ] {
            m.alter_table(Table::alter().table("customers").drop_column(col).take())
                .await?;
        }
        // sealed values do not fit the old lengths: the columns stay `text`
        Ok(())
    }
}
