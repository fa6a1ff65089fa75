//! Authentication and authorisation: who the caller is ([`Actor`]), password
//! hashing, session tokens, and the policy that decides who may do what.
pub mod password;
pub mod policy;
pub mod sessions;
pub mod token;

use crate::domain::ids::{TeamId, UserId};
use crate::domain::permission::Permission;
use std::collections::BTreeSet;

/// An authenticated caller, built from a live session.
#[derive(Debug, Clone)]
pub struct Actor {
    pub user_id: UserId,
    pub username: String,
    pub team_id: Option<TeamId>,
    pub roles: Vec<String>,
    pub permissions: BTreeSet<Permission>,
    pub session_id: i64,
}

impl Actor {
    pub fn has(&self, p: Permission) -> bool {
        self.permissions.contains(&p)
    }
}

/// Facts about the request for the audit trail.
#[derive(Debug, Clone, Default)]
pub struct RequestMeta {
    pub ip: Option<String>,
    pub request_id: String,
    pub user_agent: Option<String>,
    /// Complaints whose detail read this request has already recorded.
    pub reads: ReadLedger,
}

/// The complaints one request has read in detail and recorded in the audit
/// log, so each is recorded once per request however many fields (timeline,
/// attachments, ...) or aliases ask for it. Clones share the set.
#[derive(Debug, Clone, Default)]
pub struct ReadLedger(std::sync::Arc<tokio::sync::Mutex<std::collections::HashSet<i64>>>);

impl ReadLedger {
    /// Hold the set while recording, so two loaders of one request never
    /// both record the same complaint.
    pub async fn lock(&self) -> tokio::sync::MutexGuard<'_, std::collections::HashSet<i64>> {
        self.0.lock().await
    }
}
