//! Supervisor statistics.
use super::enums::{Channel, ComplaintStatus};
use super::loaders::CategoryLoader;
use super::types::{load, Category};
use super::{actor, services, GqlResult};
use crate::service::reports;
use async_graphql::{Context, InputObject, Object, Result, SimpleObject};
use chrono::{DateTime, Utc};

#[derive(InputObject, Default)]
pub struct ComplaintStatsFilter {
    /// Start of the range (inclusive); default 30 days before `to`.
    pub from: Option<DateTime<Utc>>,
    /// End of the range (exclusive); default now. At most 366 days.
    pub to: Option<DateTime<Utc>>,
}

#[derive(Default)]
pub struct ReportQuery;

#[Object]
impl ReportQuery {
    /// Complaint volume and satisfaction over complaints created in a range
    /// (needs `report.read`).
    async fn complaint_stats(
        &self,
        ctx: &Context<'_>,
        filter: Option<ComplaintStatsFilter>,
    ) -> Result<ComplaintStats> {
        let (a, m) = actor(ctx)?;
        let f = filter.unwrap_or_default();
        Ok(ComplaintStats(
            services(ctx)
                .complaint_stats(a, m, f.from, f.to)
                .await
                .gql(ctx)?,
        ))
    }
}

pub struct ComplaintStats(reports::ComplaintStats);

#[derive(SimpleObject)]
pub struct DayCount {
    /// Calendar day in Beijing time, `YYYY-MM-DD`.
    pub day: String,
    pub count: i64,
}

#[derive(SimpleObject)]
pub struct ChannelCount {
    pub channel: Channel,
    pub count: i64,
}

#[derive(SimpleObject)]
pub struct StatusCount {
    pub status: ComplaintStatus,
    pub count: i64,
}

#[derive(SimpleObject)]
pub struct SatisfactionCount {
    /// 1 (very dissatisfied) to 5 (very satisfied).
    pub score: i32,
    pub count: i64,
}

pub struct CategoryCount {
    category_id: i64,
    count: i64,
}

#[Object]
impl CategoryCount {
    async fn category(&self, ctx: &Context<'_>) -> Result<Option<Category>> {
        load::<CategoryLoader, _>(ctx, Some(self.category_id))
            .await
            .map(|o| o.map(Category))
    }
    async fn count(&self) -> i64 {
        self.count
    }
}

#[Object]
impl ComplaintStats {
    async fn from(&self) -> DateTime<Utc> {
        self.0.from
    }
    async fn to(&self) -> DateTime<Utc> {
        self.0.to
    }
    /// Complaints created in the range.
    async fn total(&self) -> i64 {
        self.0.total
    }
    /// Of those, not yet resolved.
    async fn open(&self) -> i64 {
        self.0.open
    }
    /// Resolved, called back or closed.
    async fn resolved(&self) -> i64 {
        self.0.resolved
    }
    async fn closed(&self) -> i64 {
        self.0.closed
    }
    /// Marked as a repeat of an earlier complaint.
    async fn repeats(&self) -> i64 {
        self.0.repeats
    }
    async fn major(&self) -> i64 {
        self.0.major
    }
    /// Reopened at least once.
    async fn reopened(&self) -> i64 {
        self.0.reopened
    }
    /// Callbacks with a satisfaction score.
    async fn satisfaction_count(&self) -> i64 {
        self.0.satisfaction_count
    }
    async fn satisfaction_average(&self) -> Option<f64> {
        self.0.satisfaction_average
    }
    /// Share of scored callbacks at 4 or 5.
    async fn satisfied_rate(&self) -> Option<f64> {
        self.0.satisfied_rate
    }
    /// Every day of the range, zero-filled, oldest first.
    async fn by_day(&self) -> Vec<DayCount> {
        self.0
            .by_day
            .iter()
            .map(|(d, n)| DayCount {
                day: d.format("%Y-%m-%d").to_string(),
                count: *n,
            })
            .collect()
    }
    /// Most frequent category first (for a Pareto chart).
    async fn by_category(&self) -> Vec<CategoryCount> {
        self.0
            .by_category
            .iter()
            .map(|(id, n)| CategoryCount {
                category_id: *id,
                count: *n,
            })
            .collect()
    }
    async fn by_channel(&self) -> Vec<ChannelCount> {
        self.0
            .by_channel
            .iter()
            .map(|(c, n)| ChannelCount {
                channel: (*c).into(),
                count: *n,
            })
            .collect()
    }
    /// Every status, zero-filled, in lifecycle order.
    async fn by_status(&self) -> Vec<StatusCount> {
        self.0
            .by_status
            .iter()
            .map(|(s, n)| StatusCount {
                status: (*s).into(),
                count: *n,
            })
            .collect()
    }
    /// Scores 1 to 5, zero-filled.
    async fn by_satisfaction(&self) -> Vec<SatisfactionCount> {
        self.0
            .by_satisfaction
            .iter()
            .map(|(s, n)| SatisfactionCount {
                score: *s,
                count: *n,
            })
            .collect()
    }
}
