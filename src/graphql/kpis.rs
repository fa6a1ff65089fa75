//! KPIs in the API (`report.read`): the figures of a period in total and by
//! day, category, channel, team or agent, each flagged against its target.
use super::load::{load, load_cached};
use super::loaders::{CategoryLoader, TeamLoader, UserLoader};
use super::{actor, services, GqlResult};
use crate::domain::complaint::Channel;
use crate::domain::kpi::{verdicts, Verdict};
use crate::service::kpis::{GroupBy, KpiReport as ReportView, KpiRow as RowView};
use async_graphql::{Context, Enum, Object, Result, SimpleObject};
use chrono::{DateTime, Utc};

/// What a KPI breakdown groups by.
#[derive(Enum, Copy, Clone, Debug, PartialEq, Eq)]
pub enum KpiGroupBy {
    Day,
    Category,
    Channel,
    /// The team the complaint is with now.
    Team,
    /// The agent who registered it.
    Agent,
}

impl From<KpiGroupBy> for GroupBy {
    fn from(g: KpiGroupBy) -> Self {
        match g {
            KpiGroupBy::Day => GroupBy::Day,
            KpiGroupBy::Category => GroupBy::Category,
            KpiGroupBy::Channel => GroupBy::Channel,
            KpiGroupBy::Team => GroupBy::Team,
            KpiGroupBy::Agent => GroupBy::Agent,
        }
    }
}

impl From<GroupBy> for KpiGroupBy {
    fn from(g: GroupBy) -> Self {
        match g {
            GroupBy::Day => KpiGroupBy::Day,
            GroupBy::Category => KpiGroupBy::Category,
            GroupBy::Channel => KpiGroupBy::Channel,
            GroupBy::Team => KpiGroupBy::Team,
            GroupBy::Agent => KpiGroupBy::Agent,
        }
    }
}

/// A figure against its target from DOMAIN.md.
#[derive(Enum, Copy, Clone, Debug, PartialEq, Eq)]
pub enum KpiVerdict {
    Met,
    Missed,
    /// Below the line that calls for rectification.
    Rectify,
    NoData,
}

#[derive(SimpleObject)]
pub struct KpiCheck {
    /// The figure's field name, e.g. `timelyCompletionRate`.
    pub metric: String,
    pub verdict: KpiVerdict,
}

#[derive(SimpleObject)]
pub struct SatisfactionBucket {
    pub score: i32,
    pub count: i64,
}

pub struct KpiRow {
    row: RowView,
    by: Option<GroupBy>,
}

#[Object]
impl KpiRow {
    /// A `YYYY-MM-DD` day (Beijing), an id, a channel code, or `none`.
    async fn key(&self) -> &str {
        &self.row.key
    }
    /// The key for people: the category, team or agent's name, the channel's label.
    async fn label(&self, ctx: &Context<'_>) -> Result<String> {
        let id = self.row.key.parse::<i64>().ok();
        Ok(match self.by {
            Some(GroupBy::Category) => load::<CategoryLoader, _>(ctx, id).await?.map(|c| c.name),
            Some(GroupBy::Team) => load::<TeamLoader, _>(ctx, id).await?.map(|t| t.name),
            Some(GroupBy::Agent) => load_cached::<UserLoader, _, _>(ctx, id)
                .await?
                .map(|u| u.display_name),
            Some(GroupBy::Channel) => Channel::from_code(&self.row.key).map(|c| c.label().into()),
            None | Some(GroupBy::Day) => None,
        }
        .unwrap_or_else(|| match (self.by, self.row.key.as_str()) {
            (Some(GroupBy::Team), "none") => "未分配".into(),
            (None, _) => "合计".into(),
            _ => self.row.key.clone(),
        }))
    }
    /// Complaints registered.
    async fn volume(&self) -> i64 {
        self.row.figures.volume
    }
    /// First responses on time among those met or breached (target ≥ 95%).
    async fn response_timeliness_rate(&self) -> Option<f64> {
        self.row.figures.response_timeliness_rate
    }
    /// Step clocks breached among those ended or breached (target ≤ 3%).
    async fn step_timeout_rate(&self) -> Option<f64> {
        self.row.figures.step_timeout_rate
    }
    /// Resolved without the expert team, among the resolved (target ≥ 80%).
    async fn first_contact_resolution_rate(&self) -> Option<f64> {
        self.row.figures.first_contact_resolution_rate
    }
    /// Resolved with no resolution clock breached (below 75%: rectification).
    async fn timely_completion_rate(&self) -> Option<f64> {
        self.row.figures.timely_completion_rate
    }
    async fn satisfaction_average(&self) -> Option<f64> {
        self.row.figures.satisfaction_average
    }
    /// Scores 1 to 5, zero-filled.
    async fn satisfaction_distribution(&self) -> Vec<SatisfactionBucket> {
        (1..=5)
            .zip(self.row.figures.satisfaction_distribution)
            .map(|(score, count)| SatisfactionBucket { score, count })
            .collect()
    }
    /// Callbacks recorded among the resolved.
    async fn callback_rate(&self) -> Option<f64> {
        self.row.figures.callback_rate
    }
    async fn repeat_rate(&self) -> Option<f64> {
        self.row.figures.repeat_rate
    }
    /// Reopened among the resolved.
    async fn reopen_rate(&self) -> Option<f64> {
        self.row.figures.reopen_rate
    }
    /// Registration to resolution, elapsed hours, on average.
    async fn average_handling_hours(&self) -> Option<f64> {
        self.row.figures.average_handling_hours
    }
    async fn major_count(&self) -> i64 {
        self.row.figures.major_count
    }
    /// Only when the customer base is configured (`KESU_CUSTOMER_BASE`).
    async fn per_ten_thousand_customers(&self) -> Option<f64> {
        self.row.figures.per_ten_thousand_customers
    }
    /// Each targeted figure against its target.
    async fn checks(&self) -> Vec<KpiCheck> {
        verdicts(&self.row.figures)
            .into_iter()
            .map(|(metric, v)| KpiCheck {
                metric: metric.into(),
                verdict: match v {
                    Verdict::Met => KpiVerdict::Met,
                    Verdict::Missed => KpiVerdict::Missed,
                    Verdict::Rectify => KpiVerdict::Rectify,
                    Verdict::NoData => KpiVerdict::NoData,
                },
            })
            .collect()
    }
}

pub struct KpiGroup {
    by: GroupBy,
    rows: Vec<RowView>,
}

#[Object]
impl KpiGroup {
    async fn by(&self) -> KpiGroupBy {
        self.by.into()
    }
    /// Ordered by key (days oldest first).
    async fn rows(&self) -> Vec<KpiRow> {
        self.rows
            .iter()
            .cloned()
            .map(|row| KpiRow {
                row,
                by: Some(self.by),
            })
            .collect()
    }
}

pub struct KpiReport(ReportView);

#[Object]
impl KpiReport {
    async fn from(&self) -> DateTime<Utc> {
        self.0.from
    }
    async fn to(&self) -> DateTime<Utc> {
        self.0.to
    }
    async fn total(&self) -> KpiRow {
        KpiRow {
            row: self.0.total.clone(),
            by: None,
        }
    }
    async fn groups(&self) -> Vec<KpiGroup> {
        self.0
            .groups
            .iter()
            .map(|(by, rows)| KpiGroup {
                by: *by,
                rows: rows.clone(),
            })
            .collect()
    }
}

#[derive(Default)]
pub struct KpiQuery;

#[Object]
impl KpiQuery {
    /// KPIs of the complaints registered in `[from, to)` (default the last
    /// 30 days, at most 366), in total and by each `groupBy` (`report.read`).
    async fn kpis(
        &self,
        ctx: &Context<'_>,
        from: Option<DateTime<Utc>>,
        to: Option<DateTime<Utc>>,
        #[graphql(default)] group_by: Vec<KpiGroupBy>,
    ) -> Result<KpiReport> {
        let (a, m) = actor(ctx)?;
        let by: Vec<GroupBy> = group_by.into_iter().map(Into::into).collect();
        services(ctx)
            .kpis(a, m, from, to, &by)
            .await
            .map(KpiReport)
            .gql(ctx)
    }
}
