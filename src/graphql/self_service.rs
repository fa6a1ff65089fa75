//! Customer self-service: `complaintStatus`, public (no login).
use super::customer_timeline::{CustomerTimelineEntry, PublicStatus};
use super::{req, services, GqlResult};
use crate::service::self_service::StatusView;
use async_graphql::{Context, Object, Result};
use chrono::{DateTime, Utc};

#[derive(Default)]
pub struct SelfServiceQuery;

#[Object]
impl SelfServiceQuery {
    /// A customer's own complaint, by its number and the last four digits of
    /// the phone it was registered with. Public: no login. `null` when the
    /// pair does not match, exactly as for an unknown number. Limited per
    /// source address and per number (`TOO_MANY_REQUESTS` past the limit);
    /// every lookup is audited.
    async fn complaint_status(
        &self,
        ctx: &Context<'_>,
        number: String,
        phone_last4: String,
    ) -> Result<Option<PublicComplaintStatus>> {
        let meta = &req(ctx).meta;
        let view = services(ctx)
            .complaint_status(meta, &number, &phone_last4)
            .await
            .gql(ctx)?;
        Ok(view.map(PublicComplaintStatus))
    }
}

/// What a customer may know about their complaint: no names, phones,
/// handlers, teams or internal notes.
pub struct PublicComplaintStatus(StatusView);

#[Object]
impl PublicComplaintStatus {
    async fn number(&self) -> &str {
        &self.0.number
    }
    /// The state the customer sees.
    async fn public_status(&self) -> PublicStatus {
        self.0.public_status.into()
    }
    /// Its Chinese wording.
    async fn public_status_label(&self) -> &str {
        self.0.public_status.label()
    }
    async fn registered_at(&self) -> DateTime<Utc> {
        self.0.registered_at
    }
    /// When the customer was last told something.
    async fn updated_at(&self) -> DateTime<Utc> {
        self.0.updated_at
    }
    /// When it was completed (已完成处理).
    async fn completed_at(&self) -> Option<DateTime<Utc>> {
        self.0.completed_at
    }
    /// The next reply promised by the latest progress note, while ahead.
    async fn next_reply_by(&self) -> Option<DateTime<Utc>> {
        self.0.next_reply_by
    }
    /// The states reached and the notes written for the customer, oldest first.
    async fn timeline(&self) -> Vec<CustomerTimelineEntry> {
        self.0
            .entries
            .iter()
            .cloned()
            .map(CustomerTimelineEntry)
            .collect()
    }
}
