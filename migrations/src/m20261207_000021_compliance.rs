//! Compliance alerts (issue 14 §2): rules over the audit trail and their
//! episodes.
//!
//! - `compliance_rules`: one row per rule (`mass_access`, `off_hours`,
//!   `repeated_denials`, `large_export`), seeded with the defaults.
//! - `compliance_alerts`: one row per episode of a rule for one actor; open
//!   while `cleared_at` is NULL.
use sea_orm_migration::prelude::*;
use sea_orm_migration::schema::*;

pub struct Migration;

impl MigrationName for Migration {
    fn name(&self) -> &str {
        "m20261207_000021_compliance"
    }
}

const DEFAULTS: [(&str, i64, i64); 4] = [
    ("mass_access", 20, 10),
    ("off_hours", 1, 60),
    ("repeated_denials", 10, 10),
    ("large_export", 1000, 60),
];

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, m: &SchemaManager) -> Result<(), DbErr> {
        m.create_table(
            Table::create()
                .table("compliance_rules")
                .col(string_len("code", 32).primary_key())
                .col(boolean("enabled"))
                .col(big_integer("threshold"))
                .col(big_integer("window_minutes"))
                .col(integer("version"))
                .col(timestamp_with_time_zone_null("updated_at"))
                .take(),
        )
        .await?;
        for (code, threshold, window) in DEFAULTS {
            m.exec_stmt(
                Query::insert()
                    .into_table("compliance_rules")
                    .columns(["code", "enabled", "threshold", "window_minutes", "version"])
                    .values_panic([
                        code.into(),
                        true.into(),
                        threshold.into(),
                        window.into(),
                        1i32.into(),
                    ])
                    .to_owned(),
            )
            .await?;
        }
        m.create_table(
            Table::create()
                .table("compliance_alerts")
                .col(big_pk_auto("id"))
                .col(string_len("rule", 32))
                .col(big_integer("actor_id"))
                .col(string_len("actor_name", 100))
                .col(string_len("state", 16))
                .col(big_integer("value"))
                .col(big_integer("threshold"))
                .col(big_integer("window_minutes"))
                .col(timestamp_with_time_zone("raised_at"))
                .col(timestamp_with_time_zone("last_evaluated_at"))
                .col(timestamp_with_time_zone_null("acknowledged_at"))
                .col(big_integer_null("acknowledged_by"))
                .col(text_null("ack_note"))
                .col(timestamp_with_time_zone_null("cleared_at"))
                .take(),
        )
        .await?;
        m.create_index(
            Index::create()
                .name("idx_compliance_alerts_open")
                .table("compliance_alerts")
                .col("rule")
                .col("actor_id")
                .col("cleared_at")
                .take(),
        )
        .await
    }

    async fn down(&self, m: &SchemaManager) -> Result<(), DbErr> {
        m.drop_table(Table::drop().table("compliance_alerts").take())
            .await?;
        m.drop_table(Table::drop().table("compliance_rules").take())
            .await
    }
}
