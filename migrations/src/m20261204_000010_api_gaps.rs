//! API gaps of issue 10: categories can be deactivated (hidden from intake,
//! kept on old complaints) and announcements carry a version for optimistic
//! edits (`updateAnnouncement`, `endAnnouncement`).
use sea_orm_migration::prelude::*;
use sea_orm_migration::schema::*;

pub struct Migration;

impl MigrationName for Migration {
    fn name(&self) -> &str {
        "m20261204_000010_api_gaps"
    }
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, m: &SchemaManager) -> Result<(), DbErr> {
        m.alter_table(
            Table::alter()
                .table("categories")
                .add_column(boolean("active").default(true))
                .take(),
        )
        .await?;
        m.alter_table(
            Table::alter()
                .table("announcements")
                .add_column(integer("version").default(1))
                .take(),
        )
        .await?;
        Ok(())
    }

    async fn down(&self, m: &SchemaManager) -> Result<(), DbErr> {
        m.alter_table(
            Table::alter()
                .table("announcements")
                .drop_column("version")
                .take(),
        )
        .await?;
        m.alter_table(
            Table::alter()
                .table("categories")
                .drop_column("active")
                .take(),
        )
        .await?;
        Ok(())
    }
}
