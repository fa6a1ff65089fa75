//! `audit_logs` table.
use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "audit_logs")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i64,
    pub at: DateTimeUtc,
    pub actor_id: Option<i64>,
    pub actor_name: Option<String>,
    /// `user`, `system` or `anonymous` (`audit::ActorKind`); NULL on rows
    /// written before the column existed.
    pub actor_kind: Option<String>,
    pub action: String,
    pub outcome: String,
    pub target_type: Option<String>,
    pub target_id: Option<String>,
    pub customer_id: Option<i64>,
    pub fields: Option<String>,
    pub ip: Option<String>,
    pub request_id: Option<String>,
    #[sea_orm(column_type = "Text")]
    pub detail: String,
    /// The record's place in the hash chain (commit order); NULL only
    /// between its insert and its seal, inside the writing transaction.
    pub seq: Option<i64>,
    /// `hash` of the record at `seq - 1` (`domain::audit_chain::GENESIS`
    /// before the first).
    pub prev_hash: Option<String>,
    /// SHA-256 (hex) of the record's canonical encoding with `prev_hash`.
    pub hash: Option<String>,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
