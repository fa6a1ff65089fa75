//! Personal data at rest (issue 14 §3).
//!
//! - `customers.name`, `phone`, `id_card`, `email` hold sealed values
//!   (`enc:<key id>:<base64>`, see `kesu::vault`), longer than the plaintext
//!   they replace: on PostgreSQL they become `text` (SQLite never enforced
//!   the lengths).
//! - `customers.phone_index`: the blind index (a keyed hash) of the phone,
//!   unique, for exact lookup. `NULL` on rows from before this migration
//!   until the server seals them at its next start.
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
        m.alter_table(
            Table::alter()
                .table("customers")
                .add_column(string_len_null("phone_index", 32))
                .take(),
        )
        .await?;
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
        m.alter_table(
            Table::alter()
                .table("customers")
                .drop_column("phone_index")
                .take(),
        )
        .await?;
        // sealed values do not fit the old lengths: the columns stay `text`
        Ok(())
    }
}
