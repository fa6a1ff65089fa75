//! The centre's memory: resolved complaints like the one being taken,
//! across the whole centre, as summaries without personal data (category,
//! status, the resolution with phone, ID and card numbers scrubbed, the
//! knowledge-base article used), and what they suggest for the new one: the
//! category, the priority, the responsible team, a draft reply.
//!
//! Everyone who takes calls may see these (`complaint.summary`), whatever
//! their read scope: an agent who reads only their own complaints otherwise
//! learns nothing from the centre's history. Each summary shown is a
//! `complaint.summary` read in the access log, with its customer.
use super::similar::{min_strength, source_text};
use crate::audit::Entry;
use crate::auth::policy::{self, ReadToken};
use crate::auth::{Actor, RequestMeta};
use crate::db::entity::{complaint, kb_article_version};
use crate::domain::complaint::{Priority, Status};
use crate::domain::ids::CustomerId;
use crate::domain::permission::Permission;
use crate::domain::pii_scrub::scrub;
use crate::domain::suggest::{self, Neighbour, Vote};
use crate::error::{AppError, AppResult};
use crate::service::complaints::views::{facts_of, stored};
use crate::service::Services;
use chrono::{DateTime, Utc};
use sea_orm::{ColumnTrait, EntityTrait, QueryFilter};
use std::collections::HashMap;
use std::sync::Arc;

/// How many of the nearest resolved complaints vote (chosen on the dev
/// clusters from 5, 10, 15 and 20: top-1 category accuracy 0.800, 0.800,
/// 0.812, 0.800; votes weighted by likeness beat equal votes there too).
pub const NEIGHBOURS: usize = 15;
/// How many candidates the index gives before the open ones are left out.
const CANDIDATES: usize = 60;
/// Two resolutions at least this alike (bigram Dice) say the same thing.
const SAME_RESOLUTION: f32 = 0.8;

/// A resolved complaint as the whole centre may see it.
#[derive(Debug, Clone)]
pub struct ResolvedSummary {
    pub category_id: i64,
    pub status: Status,
    pub priority: Priority,
    /// The reply given, phone, ID, card numbers and e-mail addresses scrubbed.
    pub resolution: Option<String>,
    /// The knowledge-base article used: (article id, title of the version used).
    pub kb_article: Option<(i64, String)>,
    pub resolved_at: Option<DateTime<Utc>>,
    /// How alike (0–1), as in `similarComplaints`.
    pub strength: f32,
}

/// What the nearest resolved complaints suggest for a new one.
#[derive(Debug, Clone, Default)]
pub struct IntakeSuggestions {
    pub categories: Vec<Vote<i64>>,
    pub priority: Option<Vote<Priority>>,
    pub team: Option<Vote<i64>>,
    /// The shared resolution of most of the nearest, scrubbed.
    pub draft_reply: Option<String>,
    /// The nearest resolved complaints, nearest first (at most [`NEIGHBOURS`]).
    pub resolved: Vec<ResolvedSummary>,
}

impl Services {
    /// Resolved complaints like `text` across the centre, and their
    /// suggestions. An empty answer when none is alike enough.
    pub async fn intake_suggestions(
        &self,
        actor: &Actor,
        meta: &RequestMeta,
        text: &str,
    ) -> AppResult<IntakeSuggestions> {
        self.enforce(
            actor,
            meta,
            "complaint.summary",
            Permission::ComplaintSummary,
        )
        .await?;
        let text = Arc::new(source_text(text)?);
        let query = text.clone();
        let ranked = self
            .run_search(move |engine| {
                engine.similar_complaints(&query, Default::default(), CANDIDATES)
            })
            .await?
            .map_err(AppError::internal)?;
        // the index's order (most alike first) decides who votes; how alike
        // each is weighs its vote and decides whether it is shown
        let cut = min_strength(ranked.first().is_some_and(|s| s.semantic));
        let rank: HashMap<i64, (usize, f32)> = ranked
            .iter()
            .enumerate()
            .map(|(i, s)| (s.complaint_id, (i, s.strength)))
            .collect();
        let rows =
            complaint::Entity::find()
                .filter(complaint::Column::Id.is_in(rank.keys().copied()))
                .filter(complaint::Column::Status.is_in(
                    [Status::Resolved, Status::CallbackDone, Status::Closed].map(Status::code),
                ))
                .all(self.db.conn())
                .await?;
        let mut near: Vec<(complaint::Model, f32, ReadToken)> = vec![];
        for row in rows {
            let token =
                policy::authorize_summary(actor, &facts_of(&row)?, CustomerId(row.customer_id))
                    .map_err(|_| {
                        AppError::internal_msg("a resolved complaint refused its summary")
                    })?;
            let s = rank[&row.id].1;
            near.push((row, s, token));
        }
        near.sort_by_key(|n| rank[&n.0.id].0);
        near.truncate(NEIGHBOURS);
        let neighbours: Vec<Neighbour<Priority>> = near
            .iter()
            .map(|(row, s, _)| {
                Ok(Neighbour {
                    category_id: row.category_id,
                    priority: stored("complaint priority", &row.priority, Priority::from_code)?,
                    team_id: row.team_id,
                    resolution: row.resolution.as_deref().map(scrub),
                    weight: *s,
                })
            })
            .collect::<AppResult<_>>()?;
        let vote = suggest::suggest(&neighbours, |a, b| {
            crate::search::analysis::text_similarity(a, b) >= SAME_RESOLUTION
        });
        // only those alike enough are shown, most alike first
        let mut shown: Vec<usize> = (0..near.len()).filter(|i| near[*i].1 >= cut).collect();
        shown.sort_by(|a, b| near[*b].1.total_cmp(&near[*a].1));

        let versions: Vec<i64> = shown
            .iter()
            .filter_map(|i| near[*i].0.used_kb_version_id)
            .collect();
        let articles: HashMap<i64, (i64, String)> = kb_article_version::Entity::find()
            .filter(kb_article_version::Column::Id.is_in(versions))
            .all(self.db.conn())
            .await?
            .into_iter()
            .map(|v| (v.id, (v.article_id, v.title)))
            .collect();
        let mut resolved = vec![];
        for i in &shown {
            let (row, s, _) = &near[*i];
            resolved.push(ResolvedSummary {
                category_id: row.category_id,
                status: stored("complaint status", &row.status, Status::from_code)?,
                priority: neighbours[*i].priority,
                resolution: neighbours[*i].resolution.clone(),
                kb_article: row
                    .used_kb_version_id
                    .and_then(|v| articles.get(&v).cloned()),
                resolved_at: row.resolved_at,
                strength: *s,
            });
        }
        // a draft only from what is shown
        let draft = vote
            .draft
            .filter(|d| near[*d].1 >= cut)
            .and_then(|d| neighbours[d].resolution.clone());

        // one summary read per complaint shown, and the search itself (the
        // votes of the others show nothing of any one complaint)
        let mut entries: Vec<Entry> = shown
            .iter()
            .map(|i| {
                let t = &near[*i].2;
                Entry::new("complaint.summary", Some(actor))
                    .target("complaint", t.complaint().0)
                    .customer(t.customer().0)
            })
            .collect();
        entries.push(Entry::new("complaint.summary.search", Some(actor)).detail(
            serde_json::json!({
                "query": { "text": scrub(&text.chars().take(200).collect::<String>()) },
                "count": shown.len(),
                "voters": near.len(),
            }),
        ));
        self.write_reads(meta, entries).await?;

        Ok(IntakeSuggestions {
            categories: vote.categories,
            priority: vote.priority,
            team: vote.team,
            draft_reply: draft,
            resolved,
        })
    }
}
