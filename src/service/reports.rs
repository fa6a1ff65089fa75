//! Complaint statistics for supervisors: volume by day, category, channel,
//! status and satisfaction over a time range, aggregated in SQL.
use crate::auth::{Actor, RequestMeta};
use crate::domain::complaint::{Channel, Status};
use crate::domain::permission::Permission;
use crate::domain::zone;
use crate::error::{AppError, AppResult};
use crate::service::complaints::views::stored;
use crate::service::Services;
use chrono::{DateTime, Duration, NaiveDate, Utc};
use sea_orm::{ConnectionTrait, DatabaseBackend, Statement, Value};

/// Longest range one request may aggregate.

#[derive(Debug, Clone)]
pub struct ComplaintStats {
    pub from: DateTime<Utc>,
    pub to: DateTime<Utc>,
    pub total: i64,
    pub open: i64,
    pub resolved: i64,
    pub closed: i64,
    pub repeats: i64,
    pub major: i64,
    pub reopened: i64,
    pub satisfaction_count: i64,
    pub satisfaction_average: Option<f64>,
    /// Share of callbacks scored 4 or 5.
    pub satisfied_rate: Option<f64>,
    /// Every day of the range, zero-filled, oldest first.
    pub by_day: Vec<(NaiveDate, i64)>,
    /// Most frequent first.
    pub by_category: Vec<(i64, i64)>,
    pub by_channel: Vec<(Channel, i64)>,
    pub by_status: Vec<(Status, i64)>,
    /// Scores 1 to 5, zero-filled.
    pub by_satisfaction: Vec<(i32, i64)>,
}

impl Services {
    /// Statistics over complaints created in `[from, to)`; defaults to the
    /// last 30 days. Needs `report.read`.
    pub async fn complaint_stats(
        &self,
        actor: &Actor,
        meta: &RequestMeta,
        from: Option<DateTime<Utc>>,
        to: Option<DateTime<Utc>>,
    ) -> AppResult<ComplaintStats> {
        self.enforce(actor, meta, "report.read", Permission::ReportRead)
            .await?;
        let crate::service::period::Period { from, to } =
            crate::service::period::Period::new(from, to, self.now())?;
        let db = self.db.conn();
        let backend = db.get_database_backend();
        // Days are counted in the business zone. SQLite has no zone data, so
        // it adds the zone's fixed offset (Asia/Shanghai has kept +8 since 1991).
        let (p1, p2, day_expr) = match backend {
            DatabaseBackend::Postgres => (
                "$1",
                "$2",
                format!(
                    "to_char(created_at AT TIME ZONE '{}', 'YYYY-MM-DD')",
                    zone::ZONE.name()
                ),
            ),
            _ => ("?", "?", "date(created_at, '+8 hours')".to_owned()),
        };
        let range = format!("FROM complaints WHERE created_at >= {p1} AND created_at < {p2}");
        let params = || -> Vec<Value> { vec![from.into(), to.into()] };
        let query = |sql: String| {
            let stmt = Statement::from_sql_and_values(backend, sql, params());
            async move { db.query_all_raw(stmt).await }
        };

        let totals = query(format!(
            "SELECT COUNT(*) AS total, \
             COALESCE(SUM(CASE WHEN status IN ('resolved','callback_done','closed') THEN 0 ELSE 1 END), 0) AS open, \
             COALESCE(SUM(CASE WHEN status IN ('resolved','callback_done','closed') THEN 1 ELSE 0 END), 0) AS resolved, \
             COALESCE(SUM(CASE WHEN status = 'closed' THEN 1 ELSE 0 END), 0) AS closed, \
             COALESCE(SUM(CASE WHEN repeat_of_id IS NOT NULL THEN 1 ELSE 0 END), 0) AS repeats, \
             COALESCE(SUM(CASE WHEN is_major THEN 1 ELSE 0 END), 0) AS major, \
             COALESCE(SUM(CASE WHEN reopen_count > 0 THEN 1 ELSE 0 END), 0) AS reopened \
             {range}"
        ))
        .await?;
        let t = totals
            .first()
            .ok_or_else(|| AppError::internal_msg("aggregate returned no row"))?;
        let get = |name: &str| -> AppResult<i64> { Ok(t.try_get::<i64>("", name)?) };

        let mut by_day = Vec::new();
        let mut day_counts = std::collections::HashMap::new();
        for r in query(format!(
            "SELECT {day_expr} AS day, COUNT(*) AS n {range} GROUP BY 1"
        ))
        .await?
        {
            let day: String = r.try_get("", "day")?;
            let n: i64 = r.try_get("", "n")?;
            if let Ok(d) = NaiveDate::parse_from_str(&day, "%Y-%m-%d") {
                day_counts.insert(d, n);
            }
        }
        let mut day = zone::local_date(from);
        let last = zone::local_date(to - Duration::microseconds(1));
        while day <= last {
            by_day.push((day, day_counts.get(&day).copied().unwrap_or(0)));
            day += Duration::days(1);
        }

        let pairs = |rows: Vec<sea_orm::QueryResult>| -> AppResult<Vec<(String, i64)>> {
            rows.iter()
                .map(|r| Ok((r.try_get::<String>("", "k")?, r.try_get::<i64>("", "n")?)))
                .collect()
        };
        let mut by_category = Vec::new();
        for r in query(format!(
            "SELECT category_id AS k, COUNT(*) AS n {range} GROUP BY category_id ORDER BY n DESC, k"
        ))
        .await?
        {
            by_category.push((r.try_get::<i64>("", "k")?, r.try_get::<i64>("", "n")?));
        }
        let mut by_channel: Vec<(Channel, i64)> = pairs(
            query(format!(
                "SELECT channel AS k, COUNT(*) AS n {range} GROUP BY channel"
            ))
            .await?,
        )?
        .into_iter()
        .map(|(k, n)| Ok((stored("channel", &k, Channel::from_code)?, n)))
        .collect::<AppResult<_>>()?;
        by_channel.sort_by_key(|(_, n)| std::cmp::Reverse(*n));
        let counts = pairs(
            query(format!(
                "SELECT status AS k, COUNT(*) AS n {range} GROUP BY status"
            ))
            .await?,
        )?;
        let by_status = Status::ALL
            .iter()
            .map(|s| {
                let n = counts
                    .iter()
                    .find(|(k, _)| k == s.code())
                    .map_or(0, |(_, n)| *n);
                (*s, n)
            })
            .collect();
        let mut by_satisfaction: Vec<(i32, i64)> = (1..=5).map(|s| (s, 0)).collect();
        for r in query(format!(
            "SELECT satisfaction AS k, COUNT(*) AS n {range} AND satisfaction IS NOT NULL GROUP BY satisfaction"
        ))
        .await?
        {
            let k: i32 = r.try_get("", "k")?;
            let n: i64 = r.try_get("", "n")?;
            if let Some(slot) = by_satisfaction.iter_mut().find(|(s, _)| *s == k) {
                slot.1 = n;
            }
        }
        let satisfaction_count: i64 = by_satisfaction.iter().map(|(_, n)| n).sum();
        let (satisfaction_average, satisfied_rate) = if satisfaction_count > 0 {
            let sum: i64 = by_satisfaction.iter().map(|(s, n)| i64::from(*s) * n).sum();
            let happy: i64 = by_satisfaction
                .iter()
                .filter(|(s, _)| *s >= 4)
                .map(|(_, n)| n)
                .sum();
            (
                Some(sum as f64 / satisfaction_count as f64),
                Some(happy as f64 / satisfaction_count as f64),
            )
        } else {
            (None, None)
        };
        Ok(ComplaintStats {
            from,
            to,
            total: get("total")?,
            open: get("open")?,
            resolved: get("resolved")?,
            closed: get("closed")?,
            repeats: get("repeats")?,
            major: get("major")?,
            reopened: get("reopened")?,
            satisfaction_count,
            satisfaction_average,
            satisfied_rate,
            by_day,
            by_category,
            by_channel,
            by_status,
            by_satisfaction,
        })
    }
}
