//! The access log of complaint reads. Every successful read of a complaint's
//! detail (the complaint itself, its timeline, its attachments, a linked
//! complaint) is one `complaint.read` record per complaint per request, with
//! the customer, so the auditor's customer filter finds it. A list or search
//! is one record with what was asked and how many came back, never the
//! results. Records go through the group-commit writer and are durable before
//! the data is returned; if the write fails the caller gets INTERNAL and no
//! data (fail closed).
use crate::audit::Entry;
use crate::auth::policy::ReadToken;
use crate::auth::{Actor, RequestMeta};
use crate::domain::ids::CustomerId;
use crate::error::{AppError, AppResult};
use crate::service::Services;

impl Services {
    /// Record the detail reads of these complaints that this request has not
    /// recorded yet. Only tokens with the read grant count (a summary shows
    /// no detail).
    pub(crate) async fn record_detail_reads<'a>(
        &self,
        actor: &Actor,
        meta: &RequestMeta,
        tokens: impl IntoIterator<Item = &'a ReadToken>,
    ) -> AppResult<()> {
        let mut recorded = meta.reads.lock().await;
        let mut fresh: Vec<&ReadToken> = vec![];
        for t in tokens {
            let id = t.complaint().0;
            if t.reads_detail()
                && !recorded.contains(&id)
                && !fresh.iter().any(|f| f.complaint().0 == id)
            {
                fresh.push(t);
            }
        }
        if fresh.is_empty() {
            return Ok(());
        }
        let entries = fresh
            .iter()
            .map(|t| {
                Entry::new("complaint.read", Some(actor))
                    .target("complaint", t.complaint().0)
                    .customer(t.customer().0)
            })
            .collect();
        self.write_reads(meta, entries).await?;
        recorded.extend(fresh.iter().map(|t| t.complaint().0));
        Ok(())
    }

    /// Record one list or search request: what was asked (`detail`, with the
    /// result count), and the customer when the request was about one.
    pub(crate) async fn record_search(
        &self,
        actor: &Actor,
        meta: &RequestMeta,
        action: &str,
        customer: Option<CustomerId>,
        detail: serde_json::Value,
    ) -> AppResult<()> {
        let mut entry = Entry::new(action, Some(actor)).detail(detail);
        if let Some(c) = customer {
            entry = entry.customer(c.0);
        }
        self.write_reads(meta, vec![entry]).await
    }

    /// Hand records to the group-commit writer and wait until they are durable.
    pub(crate) async fn write_reads(
        &self,
        meta: &RequestMeta,
        entries: Vec<Entry>,
    ) -> AppResult<()> {
        self.audit_writer
            .write(meta, self.now(), entries)
            .await
            .map_err(|err| {
                tracing::error!(error = %err, request_id = %meta.request_id, "failed to audit a read");
                AppError::internal(err)
            })
    }
}
