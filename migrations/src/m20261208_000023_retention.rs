//! Retention and erasure (issue 14 §4, PIPL).
//!
//! - `customers.erased_at`: when the customer's personal data was erased
//!   (on request or past retention); the row stays so complaints keep their
//!   customer, anonymised.
//! - `retention_rules`: how long each class of record is kept, in days
//!   (`customer`, `search_log`, `notification`), seeded with
//!   the defaults; edited by those who manage retention.
//! - `customer_erasures`: erasure requests and their decisions. A request
//!   is `pending` until someone else decides it: `rejected`, or `done` (the
//!   erasure runs in the decision's transaction).
use sea_orm_migration::prelude::*;
use sea_orm_migration::schema::*;

pub struct Migration;

impl MigrationName for Migration {
    fn name(&self) -> &str {
        "m20261208_000023_retention"
    }
}

const DEFAULTS: [(&str, i64); 3] = [
    ("customer", 1095),
    ("search_log", 365),
    ("notification", 180),
];

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, m: &SchemaManager) -> Result<(), DbErr> {
        m.alter_table(
            Table::alter()
                .table("customers")
                .add_column(timestamp_with_time_zone_null("erased_at"))
                .take(),
        )
        .await?;
        m.create_table(
            Table::create()
                .table("retention_rules")
                .col(string_len("record_class", 32).primary_key())
                .col(big_integer("days"))
                .col(integer("version"))
                .col(timestamp_with_time_zone_null("updated_at"))
                .col(big_integer_null("updated_by"))
                .take(),
        )
        .await?;
        for (class, days) in DEFAULTS {
            m.exec_stmt(
                Query::insert()
                    .into_table("retention_rules")
                    .columns(["record_class", "days", "version"])
                    .values_panic([class.into(), days.into(), 1i32.into()])
                    .to_owned(),
            )
            .await?;
        }
        m.create_table(
            Table::create()
                .table("customer_erasures")
                .col(big_pk_auto("id"))
                .col(big_integer("customer_id"))
                .col(string_len("status", 16))
                .col(text("reason"))
                .col(big_integer("requested_by"))
                .col(timestamp_with_time_zone("requested_at"))
                .col(big_integer_null("decided_by"))
                .col(timestamp_with_time_zone_null("decided_at"))
                .col(text_null("decision_reason"))
                .col(big_integer_null("complaints_scrubbed"))
                .take(),
        )
        .await?;
        m.create_index(
            Index::create()
                .name("idx_customer_erasures_status")
                .table("customer_erasures")
                .col("status")
                .col("id")
                .take(),
        )
        .await
    }

    async fn down(&self, m: &SchemaManager) -> Result<(), DbErr> {
        m.drop_table(Table::drop().table("customer_erasures").take())
            .await?;
        m.drop_table(Table::drop().table("retention_rules").take())
            .await?;
        m.alter_table(
            Table::alter()
                .table("customers")
                .drop_column("erased_at")
                .take(),
        )
        .await?;
        Ok(())
    }
}
