//! The masked Customer type and the revealed contact.
use super::types::*;
use super::{services, GqlResult};
use crate::service::customers::views::*;
use async_graphql::{Context, Object, Result, SimpleObject, ID};

/// A customer, every personal field masked. Clear values only through
/// `revealCustomerContact`, which is audited.
#[derive(Clone)]
pub struct Customer(pub CustomerView);

#[Object]
impl Customer {
    async fn id(&self) -> ID {
        ID(self.0.id.to_string())
    }
    async fn name_masked(&self) -> &str {
        &self.0.name_masked
    }
    async fn phone_masked(&self) -> &str {
        &self.0.phone_masked
    }
    async fn id_card_masked(&self) -> Option<&str> {
        self.0.id_card_masked.as_deref()
    }
    async fn email_masked(&self) -> Option<&str> {
        self.0.email_masked.as_deref()
    }
    /// How many of this customer's complaints the caller may read.
    async fn complaint_count(&self, ctx: &Context<'_>) -> Result<u64> {
        let (a, m) = super::actor(ctx)?;
        services(ctx)
            .count_complaints(a, m, &self.complaint_filter())
            .await
            .gql(ctx)
    }
    /// This customer's complaints that the caller may read, newest first
    /// (the same policy, scope and paging as `complaints`).
    async fn complaints(
        &self,
        ctx: &Context<'_>,
        first: Option<i32>,
        after: Option<String>,
    ) -> Result<ComplaintConnection> {
        let (a, m) = super::actor(ctx)?;
        let filter = self.complaint_filter();
        let (page, related) = services(ctx)
            .list_complaints(
                a,
                m,
                &filter,
                Default::default(),
                first.map(i64::from),
                after.as_deref(),
            )
            .await
            .gql(ctx)?;
        let read: Vec<_> = page.items.iter().map(|(_, c)| c.read.clone()).collect();
        super::loaders::prime(ctx, related, &read).await;
        Ok(connection(
            page,
            Complaint,
            ComplaintConnectionFields { filter },
        ))
    }
}

impl Customer {
    fn complaint_filter(&self) -> crate::service::complaints::ComplaintFilter {
        crate::service::complaints::ComplaintFilter {
            customer_id: Some(self.0.id.0),
            ..Default::default()
        }
    }
}

/// A customer's contact in clear; each one returned is an audit record.
#[derive(SimpleObject)]
pub struct RevealedContact {
    pub customer_id: ID,
    pub name: String,
    pub phone: String,
    pub id_card: Option<String>,
    pub email: Option<String>,
    /// The audit record written for this reveal.
    pub audit_id: ID,
}

impl From<crate::service::customers::RevealedContact> for RevealedContact {
    fn from(r: crate::service::customers::RevealedContact) -> Self {
        RevealedContact {
            customer_id: ID(r.customer_id.to_string()),
            name: r.name,
            phone: r.phone,
            id_card: r.id_card,
            email: r.email,
            audit_id: ID(r.audit_id.to_string()),
        }
    }
}
