//! Time for complaints (issue 11): working calendars and the official holiday
//! arrangement per year, SLA policies (targets per category × priority), the
//! clocks running on each complaint, the scheduler's durable jobs, per-user
//! notifications, and the alert rules with the alerts they raise.
//!
//! Every instant is stored in UTC; calendars read them on their zone's wall
//! clock. Targets are stored as a value and a unit (`hours`,
//! `working_hours`, `working_days`), the way an admin states them.
use sea_orm_migration::prelude::*;
use sea_orm_migration::schema::*;

pub struct Migration;

impl MigrationName for Migration {
    fn name(&self) -> &str {
        "m20261205_000011_clocks"
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
    "calendars",
    "holiday_years",
    "sla_policies",
    "sla_clocks",
    "jobs",
    "notifications",
    "alert_rules",
    "alerts",
];

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, m: &SchemaManager) -> Result<(), DbErr> {
        // A calendar's shifts, weekend and zone as the JSON of
        // `domain::calendar::CalendarSpec` (holidays left empty); with
        // `official_holidays` the years in `holiday_years` apply as well.
        m.create_table(
            Table::create()
                .table("calendars")
                .col(big_pk_auto("id"))
                .col(string_len_uniq("name", 100))
                .col(text("spec"))
                .col(boolean("official_holidays").default(true))
                .col(boolean("is_default").default(false))
                .col(integer("version").default(1))
                .col(ts("created_at"))
                .col(ts("updated_at"))
                .take(),
        )
        .await?;
        // One year's official arrangement, in the shipped file's JSON format
        // (`domain::calendar::HolidayYear`).
        m.create_table(
            Table::create()
                .table("holiday_years")
                .col(integer("year").primary_key())
                .col(text("data"))
                .col(string_len("source", 200))
                .col(big_integer_null("updated_by"))
                .col(ts("updated_at"))
                .take(),
        )
        .await?;
        m.alter_table(
            Table::alter()
                .table("teams")
                .add_column(big_integer_null("calendar_id"))
                .take(),
        )
        .await?;

        // Targets per category × priority; NULL matches any. The most
        // specific row wins (category and priority, then category, then
        // priority, then the default row with both NULL).
        let mut policies = Table::create();
        policies
            .table("sla_policies")
            .col(big_pk_auto("id"))
            .col(big_integer_null("category_id"))
            .col(string_len_null("priority", 20));
        for target in [
            "first_response",
            "resolution",
            "escalation",
            "investigation",
            "callback",
        ] {
            policies
                .col(integer(Alias::new(format!("{target}_value"))))
                .col(string_len(Alias::new(format!("{target}_unit")), 20));
        }
        m.create_table(
            policies
                .col(integer("version").default(1))
                .col(big_integer_null("updated_by"))
                .col(ts("updated_at"))
                .foreign_key(&mut fk("sla_policies", "category_id", "categories"))
                .take(),
        )
        .await?;
        m.create_index(index("sla_policies", &["category_id", "priority"], true))
            .await?;

        // One row per clock ever started on a complaint: `kind` is
        // first_response, resolution or step (`step` then names it). A
        // re-armed clock is a new row; the old one keeps its outcome
        // (`active` false, `met_at` or `breached_at`). A running clock has
        // `running_since`; a paused one `paused_since`; `spent_seconds` is
        // the time used before the current run.
        m.create_table(
            Table::create()
                .table("sla_clocks")
                .col(big_pk_auto("id"))
                .col(big_integer("complaint_id"))
                .col(string_len("kind", 20))
                .col(string_len_null("step", 20))
                .col(string_len("basis", 10))
                .col(integer("budget_minutes"))
                .col(big_integer("spent_seconds").default(0))
                .col(big_integer_null("calendar_id"))
                .col(ts("started_at"))
                .col(ts_null("running_since"))
                .col(ts_null("paused_since"))
                .col(ts_null("due_at"))
                .col(ts_null("at_risk_at"))
                .col(ts_null("stopped_at"))
                .col(ts_null("met_at"))
                .col(ts_null("breached_at"))
                .col(string_len("state", 20))
                .col(boolean("active").default(true))
                .foreign_key(&mut fk("sla_clocks", "complaint_id", "complaints"))
                .take(),
        )
        .await?;
        for cols in [
            &["complaint_id", "active"][..],
            &["kind", "stopped_at"],
            &["state", "due_at"],
            &["state", "at_risk_at"],
            // the alert evaluation's range scans per kind: first responses
            // met or falling due in the window, steps stopped or breached in it
            &["kind", "met_at"],
            &["kind", "due_at"],
            &["kind", "breached_at"],
        ] {
            m.create_index(index("sla_clocks", cols, false)).await?;
        }
        // The queue's view of the clocks: the worst state of the active
        // clocks and the earliest due time, kept in the writing transaction.
        m.alter_table(
            Table::alter()
                .table("complaints")
                .add_column(string_len_null("sla_state", 20))
                .take(),
        )
        .await?;
        m.alter_table(
            Table::alter()
                .table("complaints")
                .add_column(ts_null("sla_due_at"))
                .take(),
        )
        .await?;
        m.create_index(index("complaints", &["sla_state", "sla_due_at"], false))
            .await?;

        // Durable timers. A job is armed in the transaction of the change
        // that needs it; a runner claims due jobs (FOR UPDATE SKIP LOCKED on
        // PostgreSQL) and marks them done in the transaction of their effect.
        m.create_table(
            Table::create()
                .table("jobs")
                .col(big_pk_auto("id"))
                .col(string_len("kind", 40))
                .col(string_len("key", 120))
                .col(big_integer_null("complaint_id"))
                .col(text("payload").default("{}"))
                .col(ts("run_at"))
                .col(integer("attempts").default(0))
                .col(ts_null("locked_until"))
                .col(string_len_null("locked_by", 80))
                .col(ts_null("done_at"))
                .col(text_null("last_error"))
                .col(ts("created_at"))
                .take(),
        )
        .await?;
        m.create_index(index("jobs", &["done_at", "run_at"], false))
            .await?;
        m.create_index(index("jobs", &["key", "done_at"], false))
            .await?;
        // At most one pending job per key: arming a key again moves it
        // (`INSERT ... ON CONFLICT (key) WHERE done_at IS NULL DO UPDATE`),
        // even when two transactions arm it at once. Partial indexes exist on
        // both backends.
        m.get_connection()
            .execute_unprepared(
                "CREATE UNIQUE INDEX idx_jobs_pending_key ON jobs (key) WHERE done_at IS NULL",
            )
            .await?;
        // Who did it: `user`, `system` (the scheduler and other internal
        // principals, never a user row) or `anonymous`; NULL on older rows.
        m.alter_table(
            Table::alter()
                .table("audit_logs")
                .add_column(string_len_null("actor_kind", 16))
                .take(),
        )
        .await?;

        m.create_table(
            Table::create()
                .table("notifications")
                .col(big_pk_auto("id"))
                .col(big_integer("user_id"))
                .col(string_len("kind", 40))
                .col(string_len("title", 200))
                .col(text("body"))
                .col(big_integer_null("complaint_id"))
                .col(big_integer_null("alert_id"))
                .col(ts("created_at"))
                .col(ts_null("read_at"))
                .foreign_key(&mut fk("notifications", "user_id", "users"))
                .take(),
        )
        .await?;
        m.create_index(index("notifications", &["user_id", "read_at", "id"], false))
            .await?;

        // Alert rules: `code` names the condition (response_timeliness,
        // step_timeout_rate, category_surge), `level` its colour.
        m.create_table(
            Table::create()
                .table("alert_rules")
                .col(big_pk_auto("id"))
                .col(string_len_uniq("code", 40))
                .col(string_len("level", 10))
                .col(double("threshold"))
                .col(integer("window_minutes"))
                .col(integer("min_samples").default(1))
                .col(boolean("enabled").default(true))
                .col(integer("version").default(1))
                .col(big_integer_null("updated_by"))
                .col(ts("updated_at"))
                .take(),
        )
        .await?;
        // One row per episode: raised once, acknowledged with a note, ended
        // when the condition clears. `scope` names what it is about
        // ("centre", "category:12", "step:investigation").
        m.create_table(
            Table::create()
                .table("alerts")
                .col(big_pk_auto("id"))
                .col(big_integer("rule_id"))
                .col(string_len("level", 10))
                .col(string_len("scope", 60))
                .col(big_integer_null("category_id"))
                .col(string_len("state", 20))
                .col(double("value"))
                .col(double("threshold"))
                .col(ts("raised_at"))
                .col(ts("last_evaluated_at"))
                .col(ts_null("acknowledged_at"))
                .col(big_integer_null("acknowledged_by"))
                .col(text_null("ack_note"))
                .col(ts_null("cleared_at"))
                .col(big_integer_null("announcement_id"))
                .foreign_key(&mut fk("alerts", "rule_id", "alert_rules"))
                .take(),
        )
        .await?;
        m.create_index(index("alerts", &["state", "raised_at"], false))
            .await?;
        m.create_index(index("alerts", &["rule_id", "scope", "cleared_at"], false))
            .await?;
        Ok(())
    }

    async fn down(&self, m: &SchemaManager) -> Result<(), DbErr> {
        for table in TABLES.iter().rev() {
            m.drop_table(Table::drop().table(*table).take()).await?;
        }
        m.alter_table(
            Table::alter()
                .table("audit_logs")
                .drop_column("actor_kind")
                .take(),
        )
        .await?;
        m.drop_index(
            Index::drop()
                .name("idx_complaints_sla_state_sla_due_at")
                .table("complaints")
                .to_owned(),
        )
        .await?;
        for col in ["sla_due_at", "sla_state"] {
            m.alter_table(Table::alter().table("complaints").drop_column(col).take())
                .await?;
        }
        m.alter_table(
            Table::alter()
                .table("teams")
                .drop_column("calendar_id")
                .take(),
        )
        .await?;
        Ok(())
    }
}
