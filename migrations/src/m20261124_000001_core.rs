//! The core back office: teams, users, roles, sessions, customers, categories,
//! complaints with their timeline and attachments, and the append-only audit log.
use sea_orm_migration::prelude::*;
use sea_orm_migration::schema::*;
use sea_orm_migration::sea_orm::DatabaseBackend;

pub struct Migration;

impl MigrationName for Migration {
    fn name(&self) -> &str {
        "m20261124_000001_core"
    }
}

fn ts(col: &'static str) -> ColumnDef {
    timestamp_with_time_zone(col)
}

fn ts_null(col: &'static str) -> ColumnDef {
    timestamp_with_time_zone_null(col)
}

fn fk(from_table: &'static str, col: &'static str, to: &'static str) -> ForeignKeyCreateStatement {
    ForeignKey::create()
        .name(format!("fk_{from_table}_{col}"))
        .from(from_table, col)
        .to(to, "id")
        .on_delete(ForeignKeyAction::Restrict)
        .take()
}

fn index(table: &'static str, cols: &[&'static str], unique: bool) -> IndexCreateStatement {
    let mut stmt = Index::create();
    stmt.name(format!("idx_{}_{}", table, cols.join("_")))
        .table(table)
        .if_not_exists();
    for c in cols {
        stmt.col(*c);
    }
    if unique {
        stmt.unique();
    }
    stmt.take()
}

/// Tables in creation order; dropped in reverse.
const TABLES: &[&str] = &[
    "teams",
    "roles",
    "role_permissions",
    "users",
    "user_roles",
    "sessions",
    "customers",
    "categories",
    "complaint_number_seq",
    "complaints",
    "complaint_events",
    "attachments",
    "audit_logs",
];

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, m: &SchemaManager) -> Result<(), DbErr> {
        m.create_table(
            Table::create()
                .table("teams")
                .col(big_pk_auto("id"))
                .col(string_len_uniq("name", 100))
                .col(string_len("kind", 20))
                .col(big_integer_null("parent_id"))
                .col(ts("created_at"))
                .foreign_key(&mut fk("teams", "parent_id", "teams"))
                .take(),
        )
        .await?;

        m.create_table(
            Table::create()
                .table("roles")
                .col(big_pk_auto("id"))
                .col(string_len_uniq("code", 50))
                .col(string_len("name", 100))
                .col(boolean("builtin"))
                .col(ts("created_at"))
                .take(),
        )
        .await?;

        m.create_table(
            Table::create()
                .table("role_permissions")
                .col(big_integer("role_id"))
                .col(string_len("permission", 80))
                .primary_key(Index::create().col("role_id").col("permission"))
                .foreign_key(
                    &mut fk("role_permissions", "role_id", "roles")
                        .on_delete(ForeignKeyAction::Cascade)
                        .take(),
                )
                .take(),
        )
        .await?;

        m.create_table(
            Table::create()
                .table("users")
                .col(big_pk_auto("id"))
                .col(string_len_uniq("username", 64))
                .col(string_len("display_name", 100))
                .col(string_len("password_hash", 255))
                .col(big_integer_null("team_id"))
                .col(boolean("active"))
                .col(integer("failed_logins"))
                .col(ts_null("locked_until"))
                .col(ts("created_at"))
                .col(ts("updated_at"))
                .foreign_key(&mut fk("users", "team_id", "teams"))
                .take(),
        )
        .await?;

        m.create_table(
            Table::create()
                .table("user_roles")
                .col(big_integer("user_id"))
                .col(big_integer("role_id"))
                .primary_key(Index::create().col("user_id").col("role_id"))
                .foreign_key(
                    &mut fk("user_roles", "user_id", "users")
                        .on_delete(ForeignKeyAction::Cascade)
                        .take(),
                )
                .foreign_key(&mut fk("user_roles", "role_id", "roles"))
                .take(),
        )
        .await?;

        m.create_table(
            Table::create()
                .table("sessions")
                .col(big_pk_auto("id"))
                .col(string_len_uniq("token_hash", 64))
                .col(big_integer("user_id"))
                .col(ts("created_at"))
                .col(ts("expires_at"))
                .col(ts_null("revoked_at"))
                .col(string_len_null("ip", 64))
                .foreign_key(
                    &mut fk("sessions", "user_id", "users")
                        .on_delete(ForeignKeyAction::Cascade)
                        .take(),
                )
                .take(),
        )
        .await?;

        m.create_table(
            Table::create()
                .table("customers")
                .col(big_pk_auto("id"))
                .col(string_len("name", 100))
                .col(string_len_uniq("phone", 32))
                .col(string_len_null("id_card", 32))
                .col(string_len_null("email", 254))
                .col(ts("created_at"))
                .col(ts("updated_at"))
                .take(),
        )
        .await?;

        m.create_table(
            Table::create()
                .table("categories")
                .col(big_pk_auto("id"))
                .col(string_len_uniq("code", 64))
                .col(string_len("name", 100))
                .col(big_integer_null("parent_id"))
                .col(big_integer_null("default_team_id"))
                .col(integer("sort_order"))
                .foreign_key(&mut fk("categories", "parent_id", "categories"))
                .foreign_key(&mut fk("categories", "default_team_id", "teams"))
                .take(),
        )
        .await?;

        m.create_table(
            Table::create()
                .table("complaint_number_seq")
                .col(string_len("day", 8).primary_key())
                .col(big_integer("last_value"))
                .take(),
        )
        .await?;

        m.create_table(
            Table::create()
                .table("complaints")
                .col(big_pk_auto("id"))
                .col(string_len_uniq("number", 32))
                .col(big_integer("customer_id"))
                .col(string_len("channel", 20))
                .col(big_integer("category_id"))
                .col(string_len("priority", 20))
                .col(string_len("status", 32))
                .col(string_len("title", 200))
                .col(text("description"))
                .col(ts_null("occurred_at"))
                .col(string_len_null("occurred_place", 200))
                .col(string_len_null("product_model", 200))
                .col(string_len_null("product_batch", 100))
                .col(string_len_null("order_number", 100))
                .col(date_null("purchased_on"))
                .col(date_null("shipped_on"))
                .col(date_null("arrived_on"))
                .col(big_integer_null("amount_disputed_cents"))
                .col(big_integer_null("refund_requested_cents"))
                .col(big_integer_null("refund_granted_cents"))
                .col(string_len_null("responsibility", 32))
                .col(text_null("findings"))
                .col(text_null("resolution"))
                .col(integer_null("satisfaction"))
                .col(boolean("is_major"))
                .col(big_integer_null("repeat_of_id"))
                .col(integer("reopen_count"))
                .col(big_integer("accepted_by_id"))
                .col(big_integer_null("accepted_team_id"))
                .col(big_integer_null("team_id"))
                .col(big_integer_null("assignee_id"))
                .col(integer("version"))
                .col(ts("created_at"))
                .col(ts("updated_at"))
                .col(ts_null("escalated_at"))
                .col(ts_null("first_replied_at"))
                .col(ts_null("resolved_at"))
                .col(ts_null("closed_at"))
                .foreign_key(&mut fk("complaints", "customer_id", "customers"))
                .foreign_key(&mut fk("complaints", "category_id", "categories"))
                .foreign_key(&mut fk("complaints", "repeat_of_id", "complaints"))
                .foreign_key(&mut fk("complaints", "accepted_by_id", "users"))
                .foreign_key(&mut fk("complaints", "accepted_team_id", "teams"))
                .foreign_key(&mut fk("complaints", "team_id", "teams"))
                .foreign_key(&mut fk("complaints", "assignee_id", "users"))
                .take(),
        )
        .await?;
        for cols in [
            &["status", "id"][..],
            &["customer_id"],
            &["accepted_by_id"],
            &["assignee_id"],
            &["team_id"],
            &["category_id"],
            &["created_at"],
        ] {
            m.create_index(index("complaints", cols, false)).await?;
        }

        m.create_table(
            Table::create()
                .table("complaint_events")
                .col(big_pk_auto("id"))
                .col(big_integer("complaint_id"))
                .col(string_len("kind", 32))
                .col(big_integer_null("actor_id"))
                .col(string_len("visibility", 16))
                .col(string_len_null("from_status", 32))
                .col(string_len_null("to_status", 32))
                .col(text_null("body"))
                .col(text("data"))
                .col(ts("created_at"))
                .foreign_key(&mut fk("complaint_events", "complaint_id", "complaints"))
                .foreign_key(&mut fk("complaint_events", "actor_id", "users"))
                .take(),
        )
        .await?;
        m.create_index(index("complaint_events", &["complaint_id", "id"], false))
            .await?;

        m.create_table(
            Table::create()
                .table("attachments")
                .col(big_pk_auto("id"))
                .col(big_integer("complaint_id"))
                .col(string_len("filename", 255))
                .col(string_len("content_type", 100))
                .col(big_integer("size_bytes"))
                .col(string_len("sha256", 64))
                .col(big_integer("uploaded_by_id"))
                .col(ts("created_at"))
                .foreign_key(&mut fk("attachments", "complaint_id", "complaints"))
                .foreign_key(&mut fk("attachments", "uploaded_by_id", "users"))
                .take(),
        )
        .await?;
        m.create_index(index("attachments", &["complaint_id"], false))
            .await?;

        m.create_table(
            Table::create()
                .table("audit_logs")
                .col(big_pk_auto("id"))
                .col(ts("at"))
                .col(big_integer_null("actor_id"))
                .col(string_len_null("actor_name", 64))
                .col(string_len("action", 64))
                .col(string_len("outcome", 16))
                .col(string_len_null("target_type", 32))
                .col(string_len_null("target_id", 64))
                .col(big_integer_null("customer_id"))
                .col(string_len_null("fields", 200))
                .col(string_len_null("ip", 64))
                .col(string_len_null("request_id", 64))
                .col(text("detail"))
                .take(),
        )
        .await?;
        for cols in [&["actor_id"][..], &["customer_id"], &["action"], &["at"]] {
            m.create_index(index("audit_logs", cols, false)).await?;
        }

        // The audit log is append-only at the database level too.
        let db = m.get_connection();
        match m.get_database_backend() {
            DatabaseBackend::Sqlite => {
                for op in ["UPDATE", "DELETE"] {
                    db.execute_unprepared(&format!(
                        "CREATE TRIGGER audit_logs_no_{} BEFORE {op} ON audit_logs \
                         BEGIN SELECT RAISE(ABORT, 'audit_logs is append-only'); END",
                        op.to_lowercase()
                    ))
                    .await?;
                }
            }
            DatabaseBackend::Postgres => {
                db.execute_unprepared(
                    "CREATE OR REPLACE FUNCTION audit_logs_append_only() RETURNS trigger AS $$ \
                     BEGIN RAISE EXCEPTION 'audit_logs is append-only'; END; $$ LANGUAGE plpgsql",
                )
                .await?;
                db.execute_unprepared(
                    "CREATE TRIGGER audit_logs_append_only BEFORE UPDATE OR DELETE ON audit_logs \
                     FOR EACH ROW EXECUTE FUNCTION audit_logs_append_only()",
                )
                .await?;
            }
            _ => {}
        }
        Ok(())
    }

    async fn down(&self, m: &SchemaManager) -> Result<(), DbErr> {
        if m.get_database_backend() == DatabaseBackend::Postgres {
            m.get_connection()
                .execute_unprepared("DROP FUNCTION IF EXISTS audit_logs_append_only() CASCADE")
                .await?;
        }
        for table in TABLES.iter().rev() {
            m.drop_table(Table::drop().table(*table).if_exists().take())
                .await?;
        }
        Ok(())
    }
}
