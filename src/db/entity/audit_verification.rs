//! `audit_verifications` table: the outcome of each check of the audit chain.
use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "audit_verifications")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i64,
    pub at: DateTimeUtc,
    /// `valid`, `unanchored` (intact, but records after the last checkpoint)
    /// or `broken`.
    pub verdict: String,
    pub from_seq: i64,
    pub head_seq: i64,
    pub checked: i64,
    /// The last record a valid checkpoint attests (0: none).
    pub anchored_seq: i64,
    pub checkpoints: i32,
    pub first_bad_seq: Option<i64>,
    pub problem_code: Option<String>,
    #[sea_orm(column_type = "Text", nullable)]
    pub problem: Option<String>,
    /// Who ran it: a username, or `scheduler`.
    pub by_name: String,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
