//! The demo organisation: teams, categories, users and announcements from the
//! corpus, created through the services (so the audit log records them).
//!
//! Invariant: everything is created in corpus order; the ids handed out (and so
//! everything the complaint seeder derives from them) depend on it.
use super::corpus::Corpus;
use crate::auth::RequestMeta;
use crate::error::AppResult;
use crate::service::announcements::NewAnnouncement;
use crate::service::identity::NewUser;
use crate::service::Services;
use chrono::{DateTime, Duration, Utc};
use std::collections::HashMap;

/// The password of every demo account (printed at start; demo only).
pub const DEMO_PASSWORD: &str = "Kesu-demo-2026";

/// The ids of what [`seed_org`] created, by corpus key.
pub(super) struct Org {
    /// team key → team id
    pub teams: HashMap<&'static str, i64>,
    /// (id, code, default team key) of every second-level category, in corpus order
    pub leaf_categories: Vec<(i64, &'static str, &'static str)>,
    /// category code (both levels) → category id
    pub category_ids: HashMap<&'static str, i64>,
    /// username → user id
    pub users: HashMap<&'static str, i64>,
    /// (username, role, display name) for the start-up report
    pub report_users: Vec<(String, String, String)>,
}

/// Create the teams, categories and users of the corpus.
pub(super) async fn seed_org(
    s: &Services,
    meta: &RequestMeta,
    corpus: &'static Corpus,
) -> AppResult<Org> {
    let mut teams: HashMap<&'static str, i64> = HashMap::new();
    for t in &corpus.teams {
        let parent = t.parent.as_deref().and_then(|p| teams.get(p).copied());
        let v = s.create_team(None, meta, &t.name, &t.kind, parent).await?;
        teams.insert(&t.key, v.id.0);
    }
    let mut leaf_categories: Vec<(i64, &'static str, &'static str)> = vec![];
    let mut category_ids: HashMap<&'static str, i64> = HashMap::new();
    for c in &corpus.categories {
        let team = teams.get(c.default_team.as_str()).copied();
        let top = s
            .create_category(None, meta, &c.code, &c.name, None, team)
            .await?;
        category_ids.insert(&c.code, top.id.0);
        for (code, name) in &c.children {
            let child = s
                .create_category(None, meta, code, name, Some(top.id.0), team)
                .await?;
            category_ids.insert(code, child.id.0);
            leaf_categories.push((child.id.0, code, &c.default_team));
        }
    }
    let mut users: HashMap<&'static str, i64> = HashMap::new();
    let mut report_users = vec![];
    for u in &corpus.users {
        let v = s
            .create_user_as(
                None,
                meta,
                NewUser {
                    username: u.username.clone(),
                    display_name: u.display_name.clone(),
                    password: DEMO_PASSWORD.into(),
                    team_id: u.team.as_deref().and_then(|t| teams.get(t).copied()),
                    roles: vec![u.role.clone()],
                },
            )
            .await?;
        users.insert(&u.username, v.id.0);
        report_users.push((u.username.clone(), u.role.clone(), u.display_name.clone()));
    }
    Ok(Org {
        teams,
        leaf_categories,
        category_ids,
        users,
        report_users,
    })
}

/// An announcement as created: (id, category id, active from, active until).
pub(super) type Announcement = (i64, i64, DateTime<Utc>, DateTime<Utc>);

/// Create the corpus's announcements (by the supervisor), active around `now`.
pub(super) async fn seed_announcements(
    s: &Services,
    meta: &RequestMeta,
    corpus: &Corpus,
    org: &Org,
    category_codes: &HashMap<String, i64>,
    now: DateTime<Utc>,
) -> AppResult<Vec<Announcement>> {
    let supervisor = s
        .actor_for_user(org.users.get("supervisor").copied().unwrap_or(0))
        .await?;
    let mut out: Vec<Announcement> = vec![];
    for a in &corpus.announcements {
        let Some(cat) = category_codes.get(&a.category).copied() else {
            continue;
        };
        let from = now - Duration::days(a.from_days_ago);
        let until = now + Duration::days(a.until_days_ahead);
        let v = s
            .create_announcement(
                &supervisor,
                meta,
                NewAnnouncement {
                    title: a.title.clone(),
                    explanation: a.explanation.clone(),
                    category_id: Some(cat),
                    active_from: Some(from),
                    active_until: Some(until),
                },
            )
            .await?;
        out.push((v.id, cat, from, until));
    }
    Ok(out)
}
