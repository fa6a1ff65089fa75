//! What the customer was told (`Complaint.customerTimeline`).
use crate::domain::customer_timeline as ct;
use async_graphql::{Enum, Object};
use chrono::{DateTime, Utc};

/// The four states a customer sees.
#[derive(Enum, Copy, Clone, Eq, PartialEq)]
pub enum PublicStatus {
    /// 已受理
    Accepted,
    /// 已派专业部门查证处理
    InProgress,
    /// 已完成初步查证
    Investigated,
    /// 已完成处理
    Completed,
}

impl From<ct::PublicStatus> for PublicStatus {
    fn from(s: ct::PublicStatus) -> Self {
        match s {
            ct::PublicStatus::Accepted => PublicStatus::Accepted,
            ct::PublicStatus::InProgress => PublicStatus::InProgress,
            ct::PublicStatus::Investigated => PublicStatus::Investigated,
            ct::PublicStatus::Completed => PublicStatus::Completed,
        }
    }
}

#[derive(Enum, Copy, Clone, Eq, PartialEq)]
pub enum CustomerTimelineKind {
    /// The complaint reached a state the customer sees.
    Status,
    /// A progress note written for the customer.
    Note,
}

pub struct CustomerTimelineEntry(pub ct::CustomerEntry);

#[Object]
impl CustomerTimelineEntry {
    async fn at(&self) -> DateTime<Utc> {
        self.0.at
    }
    async fn kind(&self) -> CustomerTimelineKind {
        match self.0.kind {
            ct::EntryKind::Status => CustomerTimelineKind::Status,
            ct::EntryKind::Note => CustomerTimelineKind::Note,
        }
    }
    /// The state the customer sees at this point.
    async fn public_status(&self) -> PublicStatus {
        self.0.public_status.into()
    }
    /// Its Chinese wording, as given to the customer.
    async fn public_status_label(&self) -> &str {
        self.0.public_status.label()
    }
    /// What the customer was told: the note, or the reply given with a state.
    async fn body(&self) -> Option<&str> {
        self.0.body.as_deref()
    }
    /// When the customer was promised the next reply (progress notes).
    async fn promised_reply_at(&self) -> Option<DateTime<Utc>> {
        self.0.promised_reply_at
    }
}
