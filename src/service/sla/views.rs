//! Reading clocks for the API: the live `sla` of readable complaints.
use super::rows;
use crate::auth::policy::ReadToken;
use crate::domain::sla::SlaView;
use crate::error::AppResult;
use crate::service::Services;
use std::collections::HashMap;

/// One clock of a complaint, for the detail page.
#[derive(Debug, Clone)]
pub struct ClockView {
    pub kind: crate::domain::sla::ClockKind,
    pub state: crate::domain::sla::SlaState,
    pub started_at: chrono::DateTime<chrono::Utc>,
    pub due_at: Option<chrono::DateTime<chrono::Utc>>,
    pub paused_since: Option<chrono::DateTime<chrono::Utc>>,
    pub budget_minutes: i64,
    pub spent_minutes: i64,
}

impl Services {
    /// The live SLA of complaints the caller may read (`None`: no clocks).
    pub async fn sla_of(
        &self,
        tokens: &[ReadToken],
    ) -> AppResult<HashMap<ReadToken, Option<SlaView>>> {
        let ids: Vec<i64> = tokens.iter().map(|t| t.complaint().0).collect();
        let now = self.now();
        let mut by_id: HashMap<i64, Vec<rows::Clock>> = HashMap::new();
        for c in self.load_clocks(self.db.conn(), &ids).await? {
            by_id.entry(c.row.complaint_id).or_default().push(c);
        }
        Ok(tokens
            .iter()
            .map(|t| {
                let clocks = by_id
                    .get(&t.complaint().0)
                    .map(Vec::as_slice)
                    .unwrap_or(&[]);
                (t.clone(), rows::view_of(clocks, now))
            })
            .collect())
    }

    /// The active clocks of one readable complaint, one by one.
    pub async fn clocks_of(&self, token: &ReadToken) -> AppResult<Vec<ClockView>> {
        let now = self.now();
        Ok(self
            .load_clocks(self.db.conn(), &[token.complaint().0])
            .await?
            .into_iter()
            .map(|c| ClockView {
                kind: c.kind,
                state: c.timer.state(&c.calendar, now),
                started_at: c.row.started_at,
                due_at: c.timer.due_at(&c.calendar),
                paused_since: c.timer.paused_since,
                budget_minutes: c.timer.budget_minutes,
                spent_minutes: c.timer.spent_at(&c.calendar, now) / 60,
            })
            .collect())
    }
}
