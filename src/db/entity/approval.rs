//! `approvals` table.
use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "approvals")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i64,
    pub complaint_id: i64,
    /// `domain::approval::ApprovalStatus` code.
    pub status: String,
    pub amount_cents: i64,
    pub wrongly_charged_cents: Option<i64>,
    pub approved_cents: Option<i64>,
    /// The proposed resolution the amount belongs to.
    #[sea_orm(column_type = "Text")]
    pub resolution: String,
    pub requested_by: i64,
    pub requested_at: DateTimeUtc,
    pub decided_by: Option<i64>,
    pub decided_at: Option<DateTimeUtc>,
    #[sea_orm(column_type = "Text", nullable)]
    pub decision_reason: Option<String>,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
