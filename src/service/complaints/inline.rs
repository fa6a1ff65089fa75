//! Thumbnails: image attachments shown inline, audited as views.
//!
//! "Once per complaint view":
//!
//! The detail page of a complaint shows its images as thumbnails, each one a
//! request to `/attachments/{id}/inline`. Auditing each request would write
//! one row per image per page load, and auditing them as downloads would
//! make "who downloaded the evidence?" unanswerable. What compliance needs
//! is "this person looked at this complaint's images, then". So the inline
//! route writes one `attachment.view` row per (session, complaint) per
//! [`WINDOW`]: the first thumbnail of a page view records the view, the
//! other thumbnails of that page (and reloads within the window) are covered
//! by it. A new session, another complaint or a later look is a new row.
//!
//! The memory of recent views is per process. A restart, or a second
//! server, forgets it and records the next thumbnail again: the log can hold
//! an extra row, never miss a view. The key is reserved before the audit
//! row is written and released if the write fails, so concurrent thumbnail
//! requests of one page write one row, and a failed write is retried by the
//! next request (which itself fails closed until one succeeds).
use crate::audit::Entry;
use crate::auth::{Actor, RequestMeta};
use crate::db::entity::attachment;
use crate::error::{AppError, AppResult, Reason};
use crate::service::complaints::views::AttachmentView;
use crate::service::Services;
use chrono::{DateTime, Duration, Utc};
use sea_orm::EntityTrait;
use std::collections::HashMap;
use std::path::PathBuf;
use std::sync::Mutex;

impl Services {
    /// An image attachment's metadata and file, to show inline to someone
    /// who may read its complaint. Only types sniffed as images at upload
    /// (never the client's claim) are shown inline; anything else is
    /// UNSUPPORTED_FILE_TYPE (download it instead). The view is audited
    /// before the file is returned, once per complaint view (see above).
    pub async fn attachment_for_inline(
        &self,
        actor: &Actor,
        meta: &RequestMeta,
        id: i64,
    ) -> AppResult<(AttachmentView, PathBuf)> {
        let m = attachment::Entity::find_by_id(id)
            .one(self.db.conn())
            .await?
            .ok_or_else(|| AppError::not_found(format!("attachment {id}")))?;
        let c = self.load_readable(actor, meta, m.complaint_id).await?;
        if !is_inline_type(&m.content_type) {
            return Err(AppError::because(
                Reason::UnsupportedFileType,
                "only images are shown inline; download this file instead",
            ));
        }
        let now = self.now();
        if self.recent_views.reserve(actor.session_id, c.id.0, now) {
            let written = self
                .write_audit(
                    meta,
                    Entry::new("attachment.view", Some(actor))
                        .target("complaint", c.id.0)
                        .customer(c.customer_id.0)
                        .detail(serde_json::json!({ "attachmentId": id, "inline": true })),
                )
                .await;
            if let Err(e) = written {
                self.recent_views.forget(actor.session_id, c.id.0);
                return Err(e);
            }
        }
        let path = self.attachment_path(&m.sha256);
        Ok((m.into(), path))
    }
}

/// Content types shown inline: the sniffed image types.
pub fn is_inline_type(content_type: &str) -> bool {
    matches!(
        content_type,
        "image/jpeg" | "image/png" | "image/gif" | "image/webp"
    )
}

/// How long one recorded view covers further thumbnails of the complaint.
pub const WINDOW: Duration = Duration::minutes(10);

/// Prune expired entries once the map holds this many.
const PRUNE_AT: usize = 10_000;

#[derive(Default)]
pub struct RecentViews {
    seen: Mutex<HashMap<(i64, i64), DateTime<Utc>>>,
}

impl RecentViews {
    /// Whether a view of `complaint` in `session` at `now` must be recorded;
    /// if so, the key is reserved (release it with [`Self::forget`] when the
    /// record could not be written).
    pub fn reserve(&self, session: i64, complaint: i64, now: DateTime<Utc>) -> bool {
        let Ok(mut seen) = self.seen.lock() else {
            return true; // a poisoned lock records every view: fail towards more rows
        };
        if seen.len() >= PRUNE_AT {
            seen.retain(|_, at| now - *at < WINDOW);
        }
        match seen.get(&(session, complaint)) {
            Some(at) if now - *at < WINDOW && now >= *at => false,
            _ => {
                seen.insert((session, complaint), now);
                true
            }
        }
    }

    pub fn forget(&self, session: i64, complaint: i64) {
        if let Ok(mut seen) = self.seen.lock() {
            seen.remove(&(session, complaint));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn one_view_per_session_and_complaint_within_the_window() {
        let v = RecentViews::default();
        let t0 = DateTime::<Utc>::UNIX_EPOCH + Duration::days(20000);
        assert!(v.reserve(1, 10, t0), "first thumbnail records the view");
        assert!(
            !v.reserve(1, 10, t0 + Duration::seconds(1)),
            "the next is covered"
        );
        assert!(v.reserve(2, 10, t0), "another session");
        assert!(v.reserve(1, 11, t0), "another complaint");
        assert!(
            !v.reserve(1, 10, t0 + WINDOW - Duration::seconds(1)),
            "still within the window"
        );
        assert!(v.reserve(1, 10, t0 + WINDOW), "a later look is a new view");
    }

    #[test]
    fn a_failed_record_is_retried() {
        let v = RecentViews::default();
        let t0 = DateTime::<Utc>::UNIX_EPOCH;
        assert!(v.reserve(1, 10, t0));
        v.forget(1, 10);
        assert!(v.reserve(1, 10, t0));
    }
}
