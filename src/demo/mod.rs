//! Demo data: an organisation, one user per role, categories and about 200
//! complaints spread over every state and channel with realistic timelines.
//! Seeded through the same services as real work (so the audit log and the
//! timelines are real), with a manual clock walking through the last 60 days.
//!
//! - [`corpus`]: the data (teams, categories, users, complaint templates, …);
//! - [`org`]: the organisation, the users and the announcements;
//! - [`kb`]: the knowledge base (the relevance fixture's articles);
//! - [`complaints`]: the complaints and their timelines;
//! - [`searches`]: a month of agents' knowledge-base searches (检索分析);
//! - [`bulk`]: a large generated data set for benchmarks.
//!
//! Invariant: seeding is deterministic (fixed RNG seeds, corpus order), except
//! for the times, which are relative to the moment of seeding.
mod approvals;
pub mod bulk;
mod complaints;
mod compliance;
pub mod corpus;
pub mod kb;
mod org;
mod routing;
mod searches;
mod showcase;

use crate::auth::RequestMeta;
use crate::domain::ManualClock;
use crate::error::AppResult;
use crate::service::Services;
use chrono::Duration;
use std::collections::HashMap;
use std::sync::Arc;

pub use org::DEMO_PASSWORD;
pub const DEMO_COMPLAINTS: usize = 200;

pub struct DemoReport {
    pub password: &'static str,
    pub users: Vec<(String, String, String)>,
    pub complaints: usize,
    /// A complaint a customer could look up on `/status`: its number and
    /// the last four digits of the customer's phone.
    pub status_example: Option<(String, String)>,
}

/// Seed the demo data set if the database has no users yet.
pub async fn seed_if_empty(services: &Services) -> AppResult<Option<DemoReport>> {
    if services.user_count().await? > 0 {
        return Ok(None);
    }
    seed(services, DEMO_COMPLAINTS).await.map(Some)
}

pub async fn seed(live: &Services, complaints: usize) -> AppResult<DemoReport> {
    let corpus = corpus::corpus()?;
    let meta = RequestMeta {
        ip: None,
        request_id: "demo-seed".into(),
        user_agent: None,
        ..Default::default()
    };
    let now = live.now();
    let clock = Arc::new(ManualClock::new(now - Duration::days(61)));
    let s = live.with_clock(clock.clone());

    let org = org::seed_org(&s, &meta, corpus).await?;
    let mut category_codes: HashMap<String, i64> = HashMap::new();
    for (code, id) in &org.category_ids {
        category_codes.insert(code.to_string(), *id);
    }
    let kb_ids = {
        let editor = s
            .actor_for_user(org.users.get("kb_editor").copied().unwrap_or(0))
            .await?;
        let reviewer = s
            .actor_for_user(org.users.get("kb_reviewer").copied().unwrap_or(0))
            .await?;
        kb::seed_kb(&s, &meta, &editor, &reviewer, &category_codes).await?
    };
    // what an agent would have picked as the answer: published articles of the category
    let mut articles_by_category: HashMap<i64, Vec<i64>> = HashMap::new();
    for a in kb::fixture_articles()? {
        if let (Some(cat), Some(id)) = (category_codes.get(&a.category), kb_ids.get(&a.slug)) {
            articles_by_category.entry(*cat).or_default().push(*id);
        }
    }
    let announcements =
        org::seed_announcements(&s, &meta, corpus, &org, &category_codes, now).await?;
    complaints::seed_complaints(
        &s,
        &meta,
        &clock,
        now,
        complaints::Context {
            corpus,
            org: &org,
            articles_by_category: &articles_by_category,
            announcements: &announcements,
        },
        complaints,
    )
    .await?;
    let status_example = showcase::seed_showcase(&s, &meta, &clock, now, corpus, &org).await?;
    routing::seed_routing(&s, &meta, &org).await?;
    let mut agents = vec![];
    let mut agent_names: Vec<&&str> = org
        .users
        .keys()
        .filter(|u| u.starts_with("agent"))
        .collect();
    agent_names.sort();
    for name in agent_names {
        agents.push(s.actor_for_user(org.users[*name]).await?);
    }
    searches::seed_searches(&s, &meta, &clock, now, &agents).await?;
    let auditor = org.users.get("auditor").copied().unwrap_or(0);
    compliance::seed_compliance_history(live, &org.users, auditor, now).await?;
    let supervisor = live
        .actor_for_user(org.users.get("supervisor").copied().unwrap_or(0))
        .await?;
    compliance::seed_erasure_request(live, &meta, &supervisor).await?;
    // record the clocks that ran out while the history was replayed, and
    // evaluate the alert rules, as the scheduler would have
    live.sweep_clocks().await?;
    live.run_due_jobs().await?;
    let total = live.count_all_complaints().await? as usize;
    Ok(DemoReport {
        password: DEMO_PASSWORD,
        users: org.report_users,
        complaints: total,
        status_example,
    })
}
