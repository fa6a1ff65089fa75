//! `complaints` table.
use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "complaints")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i64,
    pub number: String,
    pub customer_id: i64,
    pub channel: String,
    pub category_id: i64,
    pub priority: String,
    pub status: String,
    pub title: String,
    #[sea_orm(column_type = "Text")]
    pub description: String,
    pub occurred_at: Option<DateTimeUtc>,
    pub occurred_place: Option<String>,
    pub product_model: Option<String>,
    pub product_batch: Option<String>,
    pub order_number: Option<String>,
    pub purchased_on: Option<Date>,
    pub shipped_on: Option<Date>,
    pub arrived_on: Option<Date>,
    pub amount_disputed_cents: Option<i64>,
    pub refund_requested_cents: Option<i64>,
    pub refund_granted_cents: Option<i64>,
    pub responsibility: Option<String>,
    #[sea_orm(column_type = "Text", nullable)]
    pub findings: Option<String>,
    #[sea_orm(column_type = "Text", nullable)]
    pub resolution: Option<String>,
    pub satisfaction: Option<i32>,
    pub is_major: bool,
    pub repeat_of_id: Option<i64>,
    pub reopen_count: i32,
    pub accepted_by_id: i64,
    pub accepted_team_id: Option<i64>,
    pub team_id: Option<i64>,
    pub assignee_id: Option<i64>,
    pub version: i32,
    pub created_at: DateTimeUtc,
    pub updated_at: DateTimeUtc,
    pub escalated_at: Option<DateTimeUtc>,
    pub first_replied_at: Option<DateTimeUtc>,
    pub resolved_at: Option<DateTimeUtc>,
    pub closed_at: Option<DateTimeUtc>,
    pub used_kb_version_id: Option<i64>,
    pub announcement_id: Option<i64>,
    /// The worst state of the active SLA clocks as last recorded (the queue
    /// filters on it); `None` before the complaint had clocks.
    pub sla_state: Option<String>,
    /// The earliest due time of the running clocks (the queue sorts by it).
    pub sla_due_at: Option<DateTimeUtc>,
    /// Failed attempts to reach the customer for the satisfaction call.
    pub callback_attempts: i32,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {
    #[sea_orm(
        belongs_to = "super::customer::Entity",
        from = "Column::CustomerId",
        to = "super::customer::Column::Id"
    )]
    Customer,
    #[sea_orm(
        belongs_to = "super::user::Entity",
        from = "Column::AssigneeId",
        to = "super::user::Column::Id"
    )]
    Assignee,
    #[sea_orm(
        belongs_to = "super::user::Entity",
        from = "Column::AcceptedById",
        to = "super::user::Column::Id"
    )]
    AcceptedBy,
}

impl ActiveModelBehavior for ActiveModel {}
