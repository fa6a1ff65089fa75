//! Complaints similar to a given one, ranked by the search index and filtered
//! to those the caller may read.
use crate::auth::{policy, Actor, RequestMeta};
use crate::error::{AppError, AppResult};
use crate::search::complaints::Like;
use crate::service::page::page_size;
use crate::service::Services;
use sea_orm::EntityTrait;
use std::collections::HashMap;
use std::sync::Arc;

/// The most candidates `similarComplaints` ranks for a caller who may read
/// only some complaints, before it settles for fewer results than asked.
const MAX_SIMILAR_CANDIDATES: usize = 400;

/// Complaints matching less than this share of the source text's
/// distinctive weight are not shown (lexical ranking: no sentence encoder).
/// Calibrated on the dev clusters (the training split): the lowest cut
/// where at least 75 % of what is shown is the same problem (and fewer than
/// half of the complaints with no like in the set show anything). A stricter
/// 85 % would show something for only one query in ten. `cargo test --test
/// api similar -- --nocapture` prints the calibration curve and the
/// held-out precision at this cut.
pub const MIN_STRENGTH: f32 = 0.20;

/// The same cut on the blend of strength and cosine used when the sentence
/// encoder is installed (see `search::complaints::COSINE_WEIGHT`). On dev
/// 75 % is reached at 0.29, where 59 % of the complaints with no like in
/// the set still show something; the lowest cut keeping that under half is
/// 0.32 (49 %), and one step of margin makes 0.33.
pub const MIN_STRENGTH_SEMANTIC: f32 = 0.33;

/// The cut for a candidate ranked with or without the encoder.
pub fn min_strength(semantic: bool) -> f32 {
    if semantic {
        MIN_STRENGTH_SEMANTIC
    } else {
        MIN_STRENGTH
    }
}

/// Which candidates `similar_complaints` keeps.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Cutoff {
    /// Only those at or above [`min_strength`]: nothing rather than noise.
    Calibrated,
    /// Every candidate, for measuring the ranking itself.
    Ranking,
}

/// A complaint similar to another, with its fused score.
#[derive(Debug, Clone)]
pub struct SimilarComplaint {
    pub complaint: crate::service::complaints::views::ComplaintView,
    /// Its place in the fused ranking (reciprocal-rank score).
    pub score: f32,
    /// How alike, 0–1 (see `search::complaints::Similar::strength`).
    pub strength: f32,
    /// Whether the sentence encoder took part in ranking it.
    pub semantic: bool,
}

/// The text given to find complaints like it: controls dropped, not empty,
/// at most 5,000 characters.
pub(crate) fn source_text(t: &str) -> AppResult<String> {
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
    Ok(t)
}

/// What `similar_complaints` looks for complaints like.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SimilarTo<'a> {
    /// A complaint on record (left out of the results).
    Complaint(i64),
    /// A text being taken down, with the category chosen for it so far:
    /// complaints of that category come first among near equals, as they
    /// do for a complaint on record.
    Text {
        text: &'a str,
        category_id: Option<i64>,
    },
}

impl<'a> SimilarTo<'a> {
    /// From the API's arguments: exactly one of a complaint and a text, and
    /// a category only with a text (a complaint has its own).
    pub fn from_args(
        complaint_id: Option<i64>,
        text: Option<&'a str>,
        category_id: Option<i64>,
    ) -> AppResult<Self> {
        match (complaint_id, text, category_id) {
            (Some(id), None, None) => Ok(SimilarTo::Complaint(id)),
            (Some(_), None, Some(_)) => Err(AppError::bad_input(
                "categoryId",
                "categoryId goes with text; a complaint's own category is used",
            )),
            (None, Some(text), category_id) => Ok(SimilarTo::Text { text, category_id }),
            _ => Err(AppError::bad_input(
                "complaintId",
                "give exactly one of complaintId and text",
            )),
        }
    }
}

impl Services {
    /// Earlier complaints about the same problem as a complaint (or a text),
    /// restricted to those the caller may read. Nothing personal is indexed.
    pub async fn similar_complaints(
        &self,
        actor: &Actor,
        meta: &RequestMeta,
        source: SimilarTo<'_>,
        first: Option<i64>,
        cutoff: Cutoff,
    ) -> AppResult<Vec<SimilarComplaint>> {
        let limit = page_size(first)? as usize;
        let (source_text, like) = match source {
            SimilarTo::Complaint(id) => {
                let c = self.load_readable(actor, meta, id).await?;
                // a single read is whole: its detail is always there
                let (description, model) = c
                    .detail
                    .as_deref()
                    .map(|d| (d.description.as_str(), d.product_model.as_deref()))
                    .unwrap_or_default();
                (
                    crate::service::indexing::complaint_gist(&c.title, description, model),
                    Like {
                        exclude: Some(id),
                        category_id: Some(c.category_id.0),
                    },
                )
            }
            SimilarTo::Text { text, category_id } => {
                let t = source_text(text)?;
                if let Some(id) = category_id {
                    crate::db::entity::category::Entity::find_by_id(id)
                        .one(self.db.conn())
                        .await?
                        .ok_or_else(|| AppError::bad_input("categoryId", "unknown category"))?;
                }
                let decision = policy::complaint_scope(actor);
                self.authorize(actor, meta, "complaint.similar", None, decision)
                    .await?;
                (
                    t,
                    Like {
                        exclude: None,
                        category_id,
                    },
                )
            }
        };
        // as many as asked (the engine leaves the source complaint out);
        // callers who may not read everything get more candidates, and more
        // again while too few are theirs and the index has more to give
        let asked = match like.exclude {
            Some(id) => serde_json::json!({ "complaintId": id }),
            None => serde_json::json!({
                // personal numbers stay out of the trail
                "text": crate::domain::pii_scrub::scrub(
                    &source_text.chars().take(200).collect::<String>()
                ),
                "categoryId": like.category_id,
            }),
        };
        let reads_all = matches!(policy::complaint_scope(actor), Ok(policy::Scope::All));
        let mut want = if reads_all { limit } else { limit * 5 };
        let source = Arc::new(source_text);
        loop {
            let text = source.clone();
            let ranked = self
                .run_search(move |engine| engine.similar_complaints(&text, like, want))
                .await?
                .map_err(AppError::internal)?;
            // fewer than asked, or the weakest already below the cut: more
            // candidates would add little that is shown
            let exhausted = ranked.len() < want
                || (cutoff == Cutoff::Calibrated
                    && ranked
                        .last()
                        .is_some_and(|s| s.strength < min_strength(s.semantic)));
            let ranked: Vec<_> = ranked
                .into_iter()
                .filter(|s| cutoff == Cutoff::Ranking || s.strength >= min_strength(s.semantic))
                .collect();
            let ids: Vec<i64> = ranked.iter().map(|s| s.complaint_id).collect();
            let mut readable: HashMap<i64, crate::service::complaints::views::ComplaintView> = self
                .readable_by_ids(actor, &ids)
                .await?
                .into_iter()
                .map(|c| (c.id.0, c))
                .collect();
            let found: Vec<SimilarComplaint> = ranked
                .into_iter()
                .filter_map(|s| {
                    readable
                        .remove(&s.complaint_id)
                        .map(|complaint| SimilarComplaint {
                            complaint,
                            score: s.fused,
                            strength: s.strength,
                            semantic: s.semantic,
                        })
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
