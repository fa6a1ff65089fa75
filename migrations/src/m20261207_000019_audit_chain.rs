//! The tamper-evident audit trail (issue 14 §1).
//!
//! - `audit_logs` gains `seq` (the record's place in the chain, in commit
//!   order; unique), `prev_hash` and `hash` (hex SHA-256, see
//!   `kesu::domain::audit_chain`). Rows written before this migration have
//!   none; the server seals them, in id order, when it first starts
//!   (`legacy_until` bounds which rows it may seal that way).
//! - The append-only trigger now lets exactly one update through: sealing a
//!   row that has no hash yet, with every other column unchanged (SQLite:
//!   `audit_logs_seal_only` replaces `audit_logs_no_update`).
//! - `audit_chain_head`: one row (id 1), the last sealed `seq` and `hash`;
//!   sealing locks it, so concurrent writers never fork the chain.
//! - `audit_checkpoints`: signed heads (append-only, like the trail).
//! - `audit_verifications`: the outcome of each verification run.
use sea_orm_migration::prelude::*;
use sea_orm_migration::schema::*;
use sea_orm_migration::sea_orm::DatabaseBackend;

pub struct Migration;

impl MigrationName for Migration {
    fn name(&self) -> &str {
        "m20261207_000019_audit_chain"
    }
}

const GENESIS: &str = "0000000000000000000000000000000000000000000000000000000000000000";

/// Every column of `audit_logs` but the three the seal sets.
const KEPT: [&str; 14] = [
    "id",
    "at",
    "actor_id",
    "actor_name",
    "actor_kind",
    "action",
    "outcome",
    "target_type",
    "target_id",
    "customer_id",
    "fields",
    "ip",
    "request_id",
    "detail",
];

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, m: &SchemaManager) -> Result<(), DbErr> {
        for col in [
            big_integer_null("seq"),
            string_len_null("prev_hash", 64),
            string_len_null("hash", 64),
        ] {
            m.alter_table(Table::alter().table("audit_logs").add_column(col).take())
                .await?;
        }
        m.create_index(
            Index::create()
                .name("idx_audit_logs_seq")
                .table("audit_logs")
                .col("seq")
                .unique()
                .take(),
        )
        .await?;
        m.create_table(
            Table::create()
                .table("audit_chain_head")
                .col(integer("id").primary_key())
                .col(big_integer("seq"))
                .col(string_len("hash", 64))
                .col(big_integer("legacy_until"))
                .take(),
        )
        .await?;
        let db = m.get_connection();
        db.execute_unprepared(&format!(
            "INSERT INTO audit_chain_head (id, seq, hash, legacy_until) \
             SELECT 1, 0, '{GENESIS}', COALESCE(MAX(id), 0) FROM audit_logs"
        ))
        .await?;
        m.create_table(
            Table::create()
                .table("audit_checkpoints")
                .col(big_pk_auto("id"))
                .col(big_integer("seq"))
                .col(string_len("head_hash", 64))
                .col(timestamp_with_time_zone("at"))
                .col(string_len("key_id", 16))
                .col(string_len("signature", 128))
                .col(string_len("reason", 16))
                .take(),
        )
        .await?;
        m.create_table(
            Table::create()
                .table("audit_verifications")
                .col(big_pk_auto("id"))
                .col(timestamp_with_time_zone("at"))
                .col(string_len("verdict", 16))
                .col(big_integer("from_seq"))
                .col(big_integer("head_seq"))
                .col(big_integer("checked"))
                .col(big_integer("anchored_seq"))
                .col(integer("checkpoints"))
                .col(big_integer_null("first_bad_seq"))
                .col(string_len_null("problem_code", 32))
                .col(text_null("problem"))
                .col(string_len("by_name", 64))
                .take(),
        )
        .await?;
        m.create_index(
            Index::create()
                .name("idx_audit_verifications_at")
                .table("audit_verifications")
                .col("at")
                .take(),
        )
        .await?;

        let same = KEPT
            .iter()
            .map(|c| format!("NEW.{c} IS NOT OLD.{c}"))
            .collect::<Vec<_>>()
            .join(" OR ");
        match m.get_database_backend() {
            DatabaseBackend::Sqlite => {
                db.execute_unprepared(&format!(
                    "CREATE TRIGGER audit_logs_seal_only BEFORE UPDATE ON audit_logs \
                     WHEN OLD.hash IS NOT NULL OR NEW.hash IS NULL OR {same} \
                     BEGIN SELECT RAISE(ABORT, 'audit_logs is append-only'); END"
                ))
                .await?;
                db.execute_unprepared("DROP TRIGGER audit_logs_no_update")
                    .await?;
                for op in ["UPDATE", "DELETE"] {
                    db.execute_unprepared(&format!(
                        "CREATE TRIGGER audit_checkpoints_no_{} BEFORE {op} ON audit_checkpoints \
                         BEGIN SELECT RAISE(ABORT, 'audit_checkpoints is append-only'); END",
                        op.to_lowercase()
                    ))
                    .await?;
                }
            }
            DatabaseBackend::Postgres => {
                let cols = |side: &str| {
                    KEPT.iter()
                        .map(|c| format!("{side}.{c}"))
                        .collect::<Vec<_>>()
                        .join(", ")
                };
                db.execute_unprepared(&format!(
                    "CREATE OR REPLACE FUNCTION audit_logs_append_only() RETURNS trigger AS $$ \
                     BEGIN \
                       IF TG_OP = 'UPDATE' AND OLD.hash IS NULL AND NEW.hash IS NOT NULL \
                          AND ROW({}) IS NOT DISTINCT FROM ROW({}) THEN RETURN NEW; END IF; \
                       RAISE EXCEPTION 'audit_logs is append-only'; \
                     END; $$ LANGUAGE plpgsql",
                    cols("NEW"),
                    cols("OLD")
                ))
                .await?;
                db.execute_unprepared(
                    "CREATE OR REPLACE FUNCTION audit_checkpoints_append_only() RETURNS trigger AS $$ \
                     BEGIN RAISE EXCEPTION 'audit_checkpoints is append-only'; END; $$ LANGUAGE plpgsql",
                )
                .await?;
                db.execute_unprepared(
                    "CREATE TRIGGER audit_checkpoints_append_only BEFORE UPDATE OR DELETE ON audit_checkpoints \
                     FOR EACH ROW EXECUTE FUNCTION audit_checkpoints_append_only()",
                )
                .await?;
            }
            _ => {}
        }
        Ok(())
    }

    async fn down(&self, m: &SchemaManager) -> Result<(), DbErr> {
        let db = m.get_connection();
        match m.get_database_backend() {
            DatabaseBackend::Sqlite => {
                db.execute_unprepared(
                    "CREATE TRIGGER audit_logs_no_update BEFORE UPDATE ON audit_logs \
                     BEGIN SELECT RAISE(ABORT, 'audit_logs is append-only'); END",
                )
                .await?;
                db.execute_unprepared("DROP TRIGGER audit_logs_seal_only")
                    .await?;
            }
            DatabaseBackend::Postgres => {
                db.execute_unprepared(
                    "CREATE OR REPLACE FUNCTION audit_logs_append_only() RETURNS trigger AS $$ \
                     BEGIN RAISE EXCEPTION 'audit_logs is append-only'; END; $$ LANGUAGE plpgsql",
                )
                .await?;
                db.execute_unprepared(
                    "DROP FUNCTION IF EXISTS audit_checkpoints_append_only() CASCADE",
                )
                .await?;
            }
            _ => {}
        }
        for t in [
            "audit_verifications",
            "audit_checkpoints",
            "audit_chain_head",
        ] {
            m.drop_table(Table::drop().table(t).take()).await?;
        }
        m.drop_index(
            Index::drop()
                .name("idx_audit_logs_seq")
                .table("audit_logs")
                .to_owned(),
        )
        .await?;
        for col in ["hash", "prev_hash", "seq"] {
            m.alter_table(Table::alter().table("audit_logs").drop_column(col).take())
                .await?;
        }
        Ok(())
    }
}
