//! `sla_clocks` table: every clock ever started on a complaint.
use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "sla_clocks")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i64,
    pub complaint_id: i64,
    /// first_response, resolution or step.
    pub kind: String,
    /// For a step clock: escalation, investigation or callback.
    pub step: Option<String>,
    /// elapsed or working.
    pub basis: String,
    pub budget_minutes: i32,
    pub spent_seconds: i64,
    pub calendar_id: Option<i64>,
    pub started_at: DateTimeUtc,
    pub running_since: Option<DateTimeUtc>,
    pub paused_since: Option<DateTimeUtc>,
    pub due_at: Option<DateTimeUtc>,
    pub at_risk_at: Option<DateTimeUtc>,
    pub stopped_at: Option<DateTimeUtc>,
    pub met_at: Option<DateTimeUtc>,
    pub breached_at: Option<DateTimeUtc>,
    /// The state last recorded (by the change that armed it or the sweep).
    pub state: String,
    pub active: bool,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
