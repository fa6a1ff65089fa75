//! Hardened sessions and shared rate limits (issue 14 §5, §6).
//!
//! - `sessions.last_seen_at`: when the session was last used (kept to the
//!   minute), for the idle timeout; `NULL` reads as `created_at`.
//! - `sessions.ended_reason`: why a revoked session ended (`logout`,
//!   `roles_changed`, `deactivated`, `password_changed`, `login`).
//! - `rate_limits`: one counter per bucket (e.g. failed logins of one
//!   account, or from one address), a fixed window counted by one atomic
//!   upsert, so every server process on the database shares the limit.
use sea_orm_migration::prelude::*;
use sea_orm_migration::schema::*;

pub struct Migration;

impl MigrationName for Migration {
    fn name(&self) -> &str {
        "m20261207_000020_sessions"
    }
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, m: &SchemaManager) -> Result<(), DbErr> {
        for col in [
            timestamp_with_time_zone_null("last_seen_at"),
            string_len_null("ended_reason", 32),
        ] {
            m.alter_table(Table::alter().table("sessions").add_column(col).take())
                .await?;
        }
        m.create_index(
            Index::create()
                .name("idx_sessions_user")
                .table("sessions")
                .col("user_id")
                .take(),
        )
        .await?;
        m.create_table(
            Table::create()
                .table("rate_limits")
                .col(string_len("bucket", 200).primary_key())
                .col(timestamp_with_time_zone("window_start"))
                .col(big_integer("hits"))
                .take(),
        )
        .await
    }

    async fn down(&self, m: &SchemaManager) -> Result<(), DbErr> {
        m.drop_table(Table::drop().table("rate_limits").take())
            .await?;
        m.drop_index(
            Index::drop()
                .name("idx_sessions_user")
                .table("sessions")
                .to_owned(),
        )
        .await?;
        for col in ["ended_reason", "last_seen_at"] {
            m.alter_table(Table::alter().table("sessions").drop_column(col).take())
                .await?;
        }
        Ok(())
    }
}
