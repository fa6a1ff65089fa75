//! Approvals (issue 13): a refund or compensation above the proposer's
//! authority waits in `approvals` for an approver; each role has its own
//! authority limit (`roles.authority_limit_cents`, null: the default 1,000 元).
//!
//! - `status`: `pending`, `approved`, `rejected` or `withdrawn` (a newer
//!   proposal replaced it).
//! - `amount_cents`: what was proposed; `wrongly_charged_cents` the fee
//!   charged by mistake when the proposal is its double refund;
//!   `approved_cents` what the approver granted (may differ, with a reason).
use sea_orm_migration::prelude::*;
use sea_orm_migration::schema::*;

pub struct Migration;

impl MigrationName for Migration {
    fn name(&self) -> &str {
        "m20261207_000016_approvals"
    }
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, m: &SchemaManager) -> Result<(), DbErr> {
        m.create_table(
            Table::create()
                .table("approvals")
                .col(big_pk_auto("id"))
                .col(big_integer("complaint_id"))
                .col(string_len("status", 20))
                .col(big_integer("amount_cents"))
                .col(big_integer_null("wrongly_charged_cents"))
                .col(big_integer_null("approved_cents"))
                .col(text("resolution"))
                .col(big_integer("requested_by"))
                .col(timestamp_with_time_zone("requested_at"))
                .col(big_integer_null("decided_by"))
                .col(timestamp_with_time_zone_null("decided_at"))
                .col(text_null("decision_reason"))
                .foreign_key(
                    ForeignKey::create()
                        .name("fk_approvals_complaint_id")
                        .from("approvals", "complaint_id")
                        .to("complaints", "id")
                        .on_delete(ForeignKeyAction::Restrict),
                )
                .foreign_key(
                    ForeignKey::create()
                        .name("fk_approvals_requested_by")
                        .from("approvals", "requested_by")
                        .to("users", "id")
                        .on_delete(ForeignKeyAction::Restrict),
                )
                .foreign_key(
                    ForeignKey::create()
                        .name("fk_approvals_decided_by")
                        .from("approvals", "decided_by")
                        .to("users", "id")
                        .on_delete(ForeignKeyAction::Restrict),
                )
                .take(),
        )
        .await?;
        m.create_index(
            Index::create()
                .name("idx_approvals_status")
                .table("approvals")
                .col("status")
                .col("id")
                .take(),
        )
        .await?;
        m.create_index(
            Index::create()
                .name("idx_approvals_complaint")
                .table("approvals")
                .col("complaint_id")
                .col("id")
                .take(),
        )
        .await?;
        m.alter_table(
            Table::alter()
                .table("roles")
                .add_column(big_integer_null("authority_limit_cents"))
                .take(),
        )
        .await
    }

    async fn down(&self, m: &SchemaManager) -> Result<(), DbErr> {
        m.alter_table(
            Table::alter()
                .table("roles")
                .drop_column("authority_limit_cents")
                .take(),
        )
        .await?;
        m.drop_table(Table::drop().table("approvals").take()).await
    }
}
