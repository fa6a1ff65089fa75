//! Callbacks (issue 13 §4): failed attempts to reach the customer for the
//! satisfaction call are counted on the complaint (each is also a timeline
//! entry); the last allowed one closes it as unreachable.
use sea_orm_migration::prelude::*;
use sea_orm_migration::schema::*;

pub struct Migration;

impl MigrationName for Migration {
    fn name(&self) -> &str {
        "m20261207_000017_callbacks"
    }
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, m: &SchemaManager) -> Result<(), DbErr> {
        m.alter_table(
            Table::alter()
                .table("complaints")
                .add_column(integer("callback_attempts").default(0))
                .take(),
        )
        .await
    }

    async fn down(&self, m: &SchemaManager) -> Result<(), DbErr> {
        m.alter_table(
            Table::alter()
                .table("complaints")
                .drop_column("callback_attempts")
                .take(),
        )
        .await
    }
}
