//! A complaint's timeline events and attachments.
use super::enums::*;
use super::types::*;
use crate::service::complaints::views::*;
use async_graphql::{Context, Object, Result, ID};
use chrono::{DateTime, Utc};

#[derive(Clone)]
pub struct ComplaintEvent(pub EventView);

#[Object]
impl ComplaintEvent {
    async fn id(&self) -> ID {
        ID(self.0.id.to_string())
    }
    async fn kind(&self) -> EventKind {
        self.0.kind.into()
    }
    async fn kind_label(&self) -> &str {
        self.0.kind.label()
    }
    async fn actor(&self, ctx: &Context<'_>) -> Result<Option<User>> {
        load_user(ctx, self.0.actor_id.map(|u| u.0)).await
    }
    async fn visibility(&self) -> Visibility {
        self.0.visibility.into()
    }
    async fn from_status(&self) -> Option<ComplaintStatus> {
        self.0.from_status.map(Into::into)
    }
    async fn to_status(&self) -> Option<ComplaintStatus> {
        self.0.to_status.map(Into::into)
    }
    async fn body(&self) -> Option<&str> {
        self.0.body.as_deref()
    }
    /// Structured details of the step (JSON).
    async fn data(&self) -> async_graphql::Json<serde_json::Value> {
        async_graphql::Json(self.0.data.clone())
    }
    /// The next reply promised to the customer by a progress note.
    async fn promised_reply_at(&self) -> Option<DateTime<Utc>> {
        self.0.promised_reply_at()
    }
    async fn created_at(&self) -> DateTime<Utc> {
        self.0.created_at
    }
}

#[derive(Clone)]
pub struct Attachment(pub AttachmentView);

#[Object]
impl Attachment {
    async fn id(&self) -> ID {
        ID(self.0.id.to_string())
    }
    async fn filename(&self) -> &str {
        &self.0.filename
    }
    /// Detected from the file's content, not from what the client claimed.
    async fn content_type(&self) -> &str {
        &self.0.content_type
    }
    async fn size_bytes(&self) -> i64 {
        self.0.size_bytes
    }
    async fn sha256(&self) -> &str {
        &self.0.sha256
    }
    /// Where to download it (same session; the download is audited).
    async fn url(&self) -> String {
        format!("/attachments/{}", self.0.id)
    }
    /// Where to show it inline (thumbnails): images only, else null. Viewing
    /// is audited once per complaint view, not per image.
    async fn inline_url(&self) -> Option<String> {
        crate::service::complaints::is_inline_type(&self.0.content_type)
            .then(|| format!("/attachments/{}/inline", self.0.id))
    }
    async fn uploaded_by(&self, ctx: &Context<'_>) -> Result<Option<User>> {
        load_user(ctx, Some(self.0.uploaded_by_id.0)).await
    }
    async fn created_at(&self) -> DateTime<Utc> {
        self.0.created_at
    }
}
