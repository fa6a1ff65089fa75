//! KPIs for supervisors (issue 13 §5): the figures of `domain::kpi` over
//! the complaints registered in a period, in total and grouped by day,
//! category, channel, team or agent. Each breakdown is one SQL aggregate
//! over the complaints in the range (the `created_at` index) joined with
//! their clocks' per-complaint facts; no row is loaded.
use crate::auth::{Actor, RequestMeta};
use crate::domain::kpi::{figures, Counts, Figures};
use crate::domain::permission::Permission;
use crate::domain::zone;
use crate::error::AppResult;
use crate::service::Services;
use chrono::{DateTime, Utc};
use sea_orm::{ConnectionTrait, DatabaseBackend, QueryResult, Statement, Value};

/// What a breakdown groups by.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum GroupBy {
    Day,
    Category,
    Channel,
    /// The team the complaint is with now.
    Team,
    /// The agent who registered it (首问负责).
    Agent,
}

/// One group's figures: its key (a `YYYY-MM-DD` day, an id or a channel
/// code; `none` for complaints with no team) and counts.
#[derive(Debug, Clone)]
pub struct KpiRow {
    pub key: String,
    pub counts: Counts,
    pub figures: Figures,
}

#[derive(Debug, Clone)]
pub struct KpiReport {
    pub from: DateTime<Utc>,
    pub to: DateTime<Utc>,
    pub total: KpiRow,
    pub groups: Vec<(GroupBy, Vec<KpiRow>)>,
}

fn key_expr(by: Option<GroupBy>, backend: DatabaseBackend) -> String {
    match by {
        None => "'all'".into(),
        Some(GroupBy::Day) => match backend {
            DatabaseBackend::Postgres => format!(
                "to_char(c.created_at AT TIME ZONE '{}', 'YYYY-MM-DD')",
                zone::ZONE.name()
            ),
            _ => "date(c.created_at, '+8 hours')".into(),
        },
        Some(GroupBy::Category) => "CAST(c.category_id AS TEXT)".into(),
        Some(GroupBy::Channel) => "c.channel".into(),
        Some(GroupBy::Team) => "COALESCE(CAST(c.team_id AS TEXT), 'none')".into(),
        Some(GroupBy::Agent) => "CAST(c.accepted_by_id AS TEXT)".into(),
    }
}

/// The statement for one breakdown (`None`: the total), `$1`/`$2` (or `?`)
/// the range.
pub fn statement(by: Option<GroupBy>, backend: DatabaseBackend) -> String {
    // numbered, since each is used twice (`?1` on SQLite)
    let (p1, p2) = match backend {
        DatabaseBackend::Postgres => ("$1", "$2"),
        _ => ("?1", "?2"),
    };
    let hours = match backend {
        DatabaseBackend::Postgres => {
            "CAST(EXTRACT(EPOCH FROM (c.resolved_at - c.created_at)) AS DOUBLE PRECISION) / 3600.0"
        }
        _ => "(julianday(c.resolved_at) - julianday(c.created_at)) * 24.0",
    };
    let key = key_expr(by, backend);
    let n = |cond: &str| {
        format!("CAST(COALESCE(SUM(CASE WHEN {cond} THEN 1 ELSE 0 END), 0) AS BIGINT)")
    };
    let k = |col: &str| format!("CAST(COALESCE(SUM(k.{col}), 0) AS BIGINT)");
    let resolved = "c.resolved_at IS NOT NULL";
    format!(
        "SELECT {key} AS k, CAST(COUNT(*) AS BIGINT) AS volume, \
         {fr_decided} AS fr_decided, {fr_on_time} AS fr_on_time, \
         {steps} AS steps, {steps_breached} AS steps_breached, \
         {resolved_n} AS resolved, {first_contact} AS first_contact, {on_time} AS on_time, \
         {s1} AS s1, {s2} AS s2, {s3} AS s3, {s4} AS s4, {s5} AS s5, \
         {repeats} AS repeats, {reopened} AS reopened, {major} AS major, \
         CAST(COALESCE(SUM(CASE WHEN {resolved} THEN {hours} ELSE 0 END), 0) AS DOUBLE PRECISION) AS hours \
         FROM complaints c LEFT JOIN ( \
           SELECT complaint_id, \
             SUM(CASE WHEN kind = 'first_response' AND (met_at IS NOT NULL OR breached_at IS NOT NULL) THEN 1 ELSE 0 END) AS fr_decided, \
             SUM(CASE WHEN kind = 'first_response' AND met_at IS NOT NULL AND breached_at IS NULL THEN 1 ELSE 0 END) AS fr_on_time, \
             SUM(CASE WHEN kind = 'step' AND (stopped_at IS NOT NULL OR breached_at IS NOT NULL) THEN 1 ELSE 0 END) AS steps, \
             SUM(CASE WHEN kind = 'step' AND breached_at IS NOT NULL THEN 1 ELSE 0 END) AS steps_breached, \
             SUM(CASE WHEN kind = 'resolution' AND breached_at IS NOT NULL THEN 1 ELSE 0 END) AS res_breached \
           FROM sla_clocks WHERE complaint_id IN \
             (SELECT id FROM complaints WHERE created_at >= {p1} AND created_at < {p2}) \
           GROUP BY complaint_id) k ON k.complaint_id = c.id \
         WHERE c.created_at >= {p1} AND c.created_at < {p2} GROUP BY 1 ORDER BY 1",
        fr_decided = k("fr_decided"),
        fr_on_time = k("fr_on_time"),
        steps = k("steps"),
        steps_breached = k("steps_breached"),
        resolved_n = n(resolved),
        first_contact = n("c.resolved_at IS NOT NULL AND c.escalated_at IS NULL"),
        on_time = n("c.resolved_at IS NOT NULL AND COALESCE(k.res_breached, 0) = 0"),
        s1 = n("c.satisfaction = 1"),
        s2 = n("c.satisfaction = 2"),
        s3 = n("c.satisfaction = 3"),
        s4 = n("c.satisfaction = 4"),
        s5 = n("c.satisfaction = 5"),
        repeats = n("c.repeat_of_id IS NOT NULL"),
        reopened = n("c.resolved_at IS NOT NULL AND c.reopen_count > 0"),
        major = n("c.is_major"),
    )
}

fn counts_of(r: &QueryResult) -> AppResult<Counts> {
    let g = |name: &str| -> AppResult<i64> { Ok(r.try_get::<i64>("", name)?) };
    Ok(Counts {
        volume: g("volume")?,
        first_responses_decided: g("fr_decided")?,
        first_responses_on_time: g("fr_on_time")?,
        steps_ended: g("steps")?,
        steps_breached: g("steps_breached")?,
        resolved: g("resolved")?,
        resolved_first_contact: g("first_contact")?,
        resolved_on_time: g("on_time")?,
        satisfaction: [g("s1")?, g("s2")?, g("s3")?, g("s4")?, g("s5")?],
        repeats: g("repeats")?,
        reopened: g("reopened")?,
        handling_hours_total: r.try_get::<f64>("", "hours")?,
        major: g("major")?,
    })
}

impl Services {
    /// The KPIs of complaints registered in `[from, to)` (default: the last
    /// 30 days), in total and by each of `group_by`. Needs `report.read`.
    pub async fn kpis(
        &self,
        actor: &Actor,
        meta: &RequestMeta,
        from: Option<DateTime<Utc>>,
        to: Option<DateTime<Utc>>,
        group_by: &[GroupBy],
    ) -> AppResult<KpiReport> {
        self.enforce(actor, meta, "report.read", Permission::ReportRead)
            .await?;
        let crate::service::period::Period { from, to } =
            crate::service::period::Period::new(from, to, self.now())?;
        let base = self.config.customer_base;
        let rows = |by: Option<GroupBy>| async move {
            let db = self.db.conn();
            let backend = db.get_database_backend();
            let values: Vec<Value> = vec![from.into(), to.into()];
            let stmt = Statement::from_sql_and_values(backend, statement(by, backend), values);
            let mut out = Vec::new();
            for r in db.query_all_raw(stmt).await? {
                let counts = counts_of(&r)?;
                out.push(KpiRow {
                    key: r.try_get::<String>("", "k")?,
                    figures: figures(&counts, base),
                    counts,
                });
            }
            AppResult::Ok(out)
        };
        let total = rows(None).await?.pop().unwrap_or_else(|| KpiRow {
            key: "all".into(),
            counts: Counts::default(),
            figures: figures(&Counts::default(), base),
        });
        let mut groups = Vec::new();
        let mut seen = Vec::new();
        for by in group_by {
            if seen.contains(by) {
                continue;
            }
            seen.push(*by);
            groups.push((*by, rows(Some(*by)).await?));
        }
        Ok(KpiReport {
            from,
            to,
            total,
            groups,
        })
    }
}
