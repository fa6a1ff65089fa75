//! Routing (issue 13): ordered rules that send a complaint to a team, and
//! optionally to one of its members, on registration and re-categorisation;
//! and the A/B role, a member's designated backup who takes over while the
//! member is marked absent.
//!
//! - `conditions`: the rule's conditions as a JSON object (see
//!   `domain::routing::Conditions`); `{}` catches everything.
//! - `assign_mode`: `team_queue`, `round_robin` or `least_loaded`.
//! - `last_turn_user_id`: the round-robin cursor, the member whose turn was
//!   last; kept in the database so that two processes share one rotation.
//! - `users.absent`, `users.backup_user_id`: the A/B role.
use sea_orm_migration::prelude::*;
use sea_orm_migration::schema::*;

pub struct Migration;

impl MigrationName for Migration {
    fn name(&self) -> &str {
        "m20261207_000015_routing"
    }
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, m: &SchemaManager) -> Result<(), DbErr> {
        m.create_table(
            Table::create()
                .table("routing_rules")
                .col(big_pk_auto("id"))
                .col(integer("position"))
                .col(string_len("name", 100))
                .col(boolean("active").default(true))
                .col(text("conditions"))
                .col(big_integer("team_id"))
                .col(string_len("assign_mode", 20))
                .col(big_integer_null("last_turn_user_id"))
                .col(integer("version").default(1))
                .col(timestamp_with_time_zone("created_at"))
                .col(timestamp_with_time_zone("updated_at"))
                .col(big_integer_null("updated_by"))
                .foreign_key(
                    ForeignKey::create()
                        .name("fk_routing_rules_team_id")
                        .from("routing_rules", "team_id")
                        .to("teams", "id")
                        .on_delete(ForeignKeyAction::Restrict),
                )
                .foreign_key(
                    ForeignKey::create()
                        .name("fk_routing_rules_updated_by")
                        .from("routing_rules", "updated_by")
                        .to("users", "id")
                        .on_delete(ForeignKeyAction::Restrict),
                )
                .take(),
        )
        .await?;
        m.create_index(
            Index::create()
                .name("idx_routing_rules_position")
                .table("routing_rules")
                .col("position")
                .col("id")
                .take(),
        )
        .await?;
        m.alter_table(
            Table::alter()
                .table("users")
                .add_column(boolean("absent").default(false))
                .take(),
        )
        .await?;
        m.alter_table(
            Table::alter()
                .table("users")
                .add_column(big_integer_null("backup_user_id"))
                .take(),
        )
        .await
    }

    async fn down(&self, m: &SchemaManager) -> Result<(), DbErr> {
        m.drop_table(Table::drop().table("routing_rules").take())
            .await?;
        for col in ["backup_user_id", "absent"] {
            m.alter_table(Table::alter().table("users").drop_column(col).take())
                .await?;
        }
        Ok(())
    }
}
