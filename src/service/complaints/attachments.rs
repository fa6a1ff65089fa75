//! Evidence attachments. Files are checked on content (magic bytes) against an
//! allow-list, stored once per SHA-256 under the data directory (written and
//! fsynced before the row that points at them commits), and every download is
//! audited since evidence may carry personal data.
use crate::audit::Entry;
use crate::auth::policy;
use crate::auth::policy::ReadToken;
use crate::auth::{Actor, RequestMeta};
use crate::db::entity::attachment;
use crate::domain::complaint::EventKind;
use crate::domain::permission::Permission;
use crate::error::{AppError, AppResult, Reason};
use crate::service::authz::on;
use crate::service::complaints::change::Change;
use crate::service::complaints::timeline::NewEvent;
use crate::service::complaints::views::AttachmentView;
use crate::service::{required_text, Services};
use sea_orm::{ActiveModelTrait, ActiveValue::NotSet, EntityTrait, Set};
use sea_orm::{ColumnTrait, QueryFilter, QueryOrder};
use sha2::{Digest, Sha256};
use std::io::Write;
use std::path::PathBuf;

/// Content types we accept, recognised by their leading bytes.
pub fn sniff(bytes: &[u8]) -> Option<&'static str> {
    if bytes.starts_with(&[0xFF, 0xD8, 0xFF]) {
        Some("image/jpeg")
    } else if bytes.starts_with(b"\x89PNG\r\n\x1a\n") {
        Some("image/png")
    } else if bytes.starts_with(b"GIF87a") || bytes.starts_with(b"GIF89a") {
        Some("image/gif")
    } else if bytes.len() >= 12 && &bytes[..4] == b"RIFF" && &bytes[8..12] == b"WEBP" {
        Some("image/webp")
    } else if bytes.starts_with(b"%PDF-") {
        Some("application/pdf")
    } else {
        None
    }
}

impl Services {
    pub async fn upload_attachment(
        &self,
        actor: &Actor,
        meta: &RequestMeta,
        complaint_id: i64,
        filename: &str,
        bytes: Vec<u8>,
    ) -> AppResult<AttachmentView> {
        let filename: String = required_text(
            "file",
            filename.rsplit(['/', '\\']).next().unwrap_or(""),
            255,
        )?;
        if bytes.is_empty() {
            return Err(AppError::bad_input("file", "file is empty"));
        }
        if bytes.len() > self.config.max_upload_bytes {
            return Err(AppError::because(
                Reason::FileTooLarge,
                format!("file is larger than {} bytes", self.config.max_upload_bytes),
            )
            .on_field("file"));
        }
        let Some(content_type) = sniff(&bytes) else {
            return Err(AppError::because(
                Reason::UnsupportedFileType,
                "file type not allowed: only JPEG, PNG, GIF, WebP images and PDF documents",
            )
            .on_field("file"));
        };
        let c = self.load_readable(actor, meta, complaint_id).await?;
        let decision = policy::can_touch(actor, &c.facts(), Permission::ComplaintAttach);
        let target = on("complaint", complaint_id);
        self.authorize(actor, meta, "complaint.attach", target, decision)
            .await?;
        let sha = hex::encode(Sha256::digest(&bytes));
        let size = bytes.len() as i64;
        let path = self.attachment_path(&sha);
        tokio::task::spawn_blocking(move || store_file(&path, &bytes))
            .await
            .map_err(AppError::internal)??;
        let now = self.now();
        let tx = self.db.write_tx().await?;
        let m = attachment::ActiveModel {
            id: NotSet,
            complaint_id: Set(complaint_id),
            filename: Set(filename.clone()),
            content_type: Set(content_type.into()),
            size_bytes: Set(size),
            sha256: Set(sha.clone()),
            uploaded_by_id: Set(actor.user_id.0),
            created_at: Set(now),
        }
        .insert(&*tx)
        .await?;
        let event = NewEvent::internal(
            EventKind::AttachmentAdded,
            serde_json::json!({ "attachmentId": m.id, "sha256": sha, "size": size }),
        )
        .body(Some(filename));
        let change = Change::new(actor, meta, "complaint.attach", complaint_id, now, event);
        self.commit_change(tx, change, |entry, _| {
            entry.detail(serde_json::json!({ "attachmentId": m.id, "sha256": sha, "contentType": content_type }))
        })
        .await?;
        Ok(m.into())
    }

    /// An attachment's metadata and file path, for download by someone who
    /// may read its complaint. The download is audited.
    pub async fn attachment_for_download(
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
        self.write_audit(
            meta,
            Entry::new("attachment.download", Some(actor))
                .target("attachment", id)
                .customer(c.customer_id.0),
        )
        .await?;
        let path = self.attachment_path(&m.sha256);
        Ok((m.into(), path))
    }

    pub(crate) fn attachment_path(&self, sha: &str) -> PathBuf {
        self.config.attachments_dir().join(&sha[..2]).join(sha)
    }
}

/// Write atomically and durably: temp file, fsync, rename, fsync directory.
fn store_file(path: &std::path::Path, bytes: &[u8]) -> std::io::Result<()> {
    if path.exists() {
        return Ok(());
    }
    let dir = path
        .parent()
        .ok_or_else(|| std::io::Error::other("no parent dir"))?;
    std::fs::create_dir_all(dir)?;
    let tmp = dir.join(format!(".tmp-{}", rand::random::<u64>()));
    let mut f = std::fs::File::create(&tmp)?;
    f.write_all(bytes)?;
    f.sync_all()?;
    std::fs::rename(&tmp, path)?;
    std::fs::File::open(dir)?.sync_all()
}

impl Services {
    /// Attachments of complaints the read policy let the actor see. Each is a
    /// detail read, recorded before it is returned.
    pub async fn attachments_of(
        &self,
        actor: &Actor,
        meta: &RequestMeta,
        tokens: &[ReadToken],
    ) -> AppResult<Vec<AttachmentView>> {
        let ids: Vec<i64> = tokens
            .iter()
            .filter(|t| t.reads_detail())
            .map(|t| t.complaint().0)
            .collect();
        let rows = attachment::Entity::find()
            .filter(attachment::Column::ComplaintId.is_in(ids))
            .order_by_asc(attachment::Column::Id)
            .all(self.db.conn())
            .await?;
        self.record_detail_reads(actor, meta, tokens).await?;
        Ok(rows.into_iter().map(AttachmentView::from).collect())
    }
}

#[cfg(test)]
mod tests {
    use super::sniff;

    #[test]
    fn sniffing_accepts_images_and_pdf_only() {
        assert_eq!(sniff(b"\xFF\xD8\xFF\xE0rest"), Some("image/jpeg"));
        assert_eq!(sniff(b"%PDF-1.7\n"), Some("application/pdf"));
        assert_eq!(sniff(b"MZ\x90\x00"), None);
        assert_eq!(sniff(b"<html><script>"), None);
    }
}
