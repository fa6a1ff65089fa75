//! Database migrations for Kesu. Every migration goes up, down and up again on
//! both SQLite and PostgreSQL (tested in `tests/api/migrations.rs`).
pub use sea_orm_migration::prelude::*;

mod m20261124_000001_core;
mod m20261124_000002_kb;
mod m20261204_000003_auth_version;
mod m20261204_000010_api_gaps;
mod m20261205_000011_clocks;
mod m20261205_000012_kb_synonyms;
mod m20261205_000013_kb_search_log;
mod m20261205_000014_usage_index;
mod m20261207_000015_routing;
mod m20261207_000016_approvals;
mod m20261207_000017_callbacks;
mod m20261207_000018_major;
mod m20261207_000019_audit_chain;
mod m20261207_000020_sessions;
mod m20261207_000021_compliance;
mod m20261208_000022_pii_at_rest;
mod m20261208_000023_retention;

pub struct Migrator;

#[async_trait::async_trait]
impl MigratorTrait for Migrator {
    fn migrations() -> Vec<Box<dyn MigrationTrait>> {
        vec![
            Box::new(m20261124_000001_core::Migration),
            Box::new(m20261124_000002_kb::Migration),
            Box::new(m20261204_000003_auth_version::Migration),
            Box::new(m20261204_000010_api_gaps::Migration),
            Box::new(m20261205_000011_clocks::Migration),
            Box::new(m20261205_000012_kb_synonyms::Migration),
            Box::new(m20261205_000013_kb_search_log::Migration),
            Box::new(m20261205_000014_usage_index::Migration),
            Box::new(m20261207_000015_routing::Migration),
            Box::new(m20261207_000016_approvals::Migration),
            Box::new(m20261207_000017_callbacks::Migration),
            Box::new(m20261207_000018_major::Migration),
            Box::new(m20261207_000019_audit_chain::Migration),
            Box::new(m20261207_000020_sessions::Migration),
            Box::new(m20261207_000021_compliance::Migration),
            Box::new(m20261208_000022_pii_at_rest::Migration),
            Box::new(m20261208_000023_retention::Migration),
        ]
    }
}
