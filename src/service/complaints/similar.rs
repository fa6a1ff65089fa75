//! Complaints similar to a given one, ranked by the search index and filtered
//! to those the caller may read.
use crate::auth::{policy, Actor, RequestMeta};
use crate::error::{AppError, AppResult};
use crate::service::page::page_size;
use crate::service::Services;
use std::collections::HashMap;
use std::sync::Arc;

/// The most candidates `similarComplaints` ranks for a caller who may read
/// only some complaints, before it settles for fewer results than asked.
const MAX_SIMILAR_CANDIDATES: usize = 400;

/// A complaint similar to another, with its fused score.
#[derive(Debug, Clone)]
pub struct SimilarComplaint {
    pub complaint: crate::service::complaints::views::ComplaintView,
    pub score: f32,
}

impl Services {
    /// Earlier complaints about the same problem as a complaint (or a text),
    /// restricted to those the caller may read. Nothing personal is indexed.
    pub async fn similar_complaints(
        &self,
        actor: &Actor,
        meta: &RequestMeta,
        complaint_id: Option<i64>,
        text: Option<&str>,
        first: Option<i64>,
    ) -> AppResult<Vec<SimilarComplaint>> {
        let limit = page_size(first)? as usize;
        let (source_text, exclude) = match (complaint_id, text) {
            (Some(id), None) => {
                let c = self.load_readable(actor, meta, id).await?;
                // a single read is whole: its detail is always there
                let (description, model) = c
                    .detail
                    .as_deref()
                    .map(|d| (d.description.as_str(), d.product_model.as_deref()))
                    .unwrap_or_default();
                (
                    format!("{}\n{}\n{}", c.title, description, model.unwrap_or("")),
                    Some(id),
                )
            }
            (None, Some(t)) => {
                let t: String = t
                    .chars()
                    .filter(|c| !c.is_control() || *c == '\n')
                    .collect();
                if t.trim().is_empty() {
                    return Err(AppError::bad_input("text", "text must not be empty"));
                }
                if t.chars().count() > 5000 {
                    return Err(AppError::bad_input(
                        "text",
                        "text must be at most 5000 characters",
                    ));
                }
                let decision = policy::complaint_scope(actor);
                self.authorize(actor, meta, "complaint.similar", None, decision)
                    .await?;
                (t, None)
            }
            _ => {
                return Err(AppError::bad_input(
                    "complaintId",
                    "give exactly one of complaintId and text",
                ))
            }
        };
        // as many as asked (the engine leaves the source complaint out);
        // callers who may not read everything get more candidates, and more
        // again while too few are theirs and the index has more to give
        let asked = match exclude {
            Some(id) => serde_json::json!({ "complaintId": id }),
            None => {
                serde_json::json!({ "text": source_text.chars().take(200).collect::<String>() })
            }
        };
        let reads_all = matches!(policy::complaint_scope(actor), Ok(policy::Scope::All));
        let mut want = if reads_all { limit } else { limit * 5 };
        let source = Arc::new(source_text);
        loop {
            let text = source.clone();
            let ranked = self
                .run_search(move |engine| engine.similar_complaints(&text, exclude, want))
                .await?
                .map_err(AppError::internal)?;
            let ids: Vec<i64> = ranked.iter().map(|(id, _)| *id).collect();
            let mut readable: HashMap<i64, crate::service::complaints::views::ComplaintView> = self
                .readable_by_ids(actor, &ids)
                .await?
                .into_iter()
                .map(|c| (c.id.0, c))
                .collect();
            let exhausted = ranked.len() < want;
            let found: Vec<SimilarComplaint> = ranked
                .into_iter()
                .filter_map(|(id, score)| {
                    readable
                        .remove(&id)
                        .map(|complaint| SimilarComplaint { complaint, score })
                })
                .take(limit)
                .collect();
            if found.len() >= limit || exhausted || want >= MAX_SIMILAR_CANDIDATES {
                // what was asked and how many came back, never the results
                self.record_search(
                    actor,
                    meta,
                    "complaint.similar",
                    None,
                    serde_json::json!({ "query": asked, "count": found.len() }),
                )
                .await?;
                return Ok(found);
            }
            want = (want * 4).min(MAX_SIMILAR_CANDIDATES);
        }
    }
}
