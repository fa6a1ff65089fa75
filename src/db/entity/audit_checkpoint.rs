//! `audit_checkpoints` table: signed heads of the audit chain (append-only).
use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "audit_checkpoints")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i64,
    pub seq: i64,
    pub head_hash: String,
    pub at: DateTimeUtc,
    /// The first 16 hex digits of the SHA-256 of the Ed25519 public key.
    pub key_id: String,
    /// Ed25519 signature (hex) of `domain::audit_chain::Checkpoint::message`.
    pub signature: String,
    /// `count`, `hourly`, `shutdown`, `seed` or `manual`.
    pub reason: String,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
