//! Use cases. The only layer that opens transactions; every permission
//! decision is delegated to `auth::policy` and acted on in `authz`, every
//! audit write goes to `audit`.
pub mod alerts;
pub mod announcement_edits;
pub mod announcements;
pub mod approvals;
pub mod audit_chain;
pub mod audit_trail;
pub mod authz;
pub mod calendars;
pub mod complaints;
pub mod compliance;
pub mod customers;
pub mod identity;
pub mod indexing;
pub mod kb;
pub mod kpis;
pub mod notifications;
pub mod org;
pub mod page;
pub mod period;
pub mod reports;
pub mod retention;
pub mod routing;
pub mod scheduler;
pub mod self_service;
pub mod sla;

use crate::audit;
use crate::auth::Actor;
use crate::config::Config;
use crate::db::Db;
use crate::domain::Clock;
use crate::error::{AppError, AppResult};
use chrono::{DateTime, Utc};
use std::sync::Arc;

/// Everything a use case needs. Cheap to clone.
#[derive(Clone)]
pub struct Services {
    pub(crate) db: Db,
    pub(crate) clock: Arc<dyn Clock>,
    pub(crate) config: Arc<Config>,
    /// A real argon2id hash that no password matches: verifying against it
    /// makes an unknown username cost the same as a wrong password.
    dummy_hash: Arc<String>,
    pub(crate) search: Option<SearchHandle>,
    /// Published knowledge-base versions (immutable) for search hits.
    pub(crate) kb_versions: Arc<kb::cache::PublishedVersions>,
    /// Actors of live sessions, confirmed against the database on every use.
    pub(crate) sessions: Arc<crate::auth::sessions::SessionCache>,
    /// Group commit for read-audit records (see `audit::writer`).
    pub(crate) audit_writer: audit::writer::AuditWriter,
    /// Search analytics, written in the background (see `kb::search_log`).
    pub(crate) kb_search_log: kb::search_log::SearchLog,
    /// Complaints whose images each session viewed lately (thumbnail audit).
    pub(crate) recent_views: Arc<complaints::inline::RecentViews>,
    /// Live notification subscribers of this process and the broker's wake-up.
    pub(crate) notification_hub: Arc<notifications::NotificationHub>,
    /// This process's scheduler identity (see `scheduler`).
    pub(crate) scheduler: scheduler::Scheduler,
    /// Working calendars, compiled (see `calendars::cache` for freshness).
    pub(crate) calendars: Arc<calendars::CalendarCache>,
    /// The active routing rules, parsed (see `routing::cache`).
    pub(crate) routing_rules: Arc<routing::cache::RuleCache>,
    /// Signs the audit chain's checkpoints (see `audit::chain`).
    pub(crate) audit_key: Arc<audit::keys::AuditKey>,
    /// Seals customers' personal fields (see `vault`).
    pub(crate) vault: Arc<crate::vault::Vault>,
}

/// The search engine, the threads that answer queries and the indexer's
/// wake-up signal.
#[derive(Clone)]
pub struct SearchHandle {
    pub(crate) engine: Arc<crate::search::SearchEngine>,
    pub(crate) pool: Arc<crate::search::pool::QueryPool>,
    pub(crate) wake: Arc<tokio::sync::Notify>,
    /// When this process last loaded the synonyms, and what it saw.
    pub(crate) synonyms: Arc<kb::synonyms::Freshness>,
}

impl Services {
    pub async fn new(db: Db, clock: Arc<dyn Clock>, config: Arc<Config>) -> AppResult<Self> {
        let dummy_hash =
            crate::auth::password::hash(format!("dummy-{}", rand::random::<u64>())).await?;
        crate::db::audit_chain::seal_legacy(&db).await?;
        let audit_key =
            audit_chain::load_audit_key(&db, &config.effective_audit_key_file()).await?;
        let vault = customers::sealing::load_vault(&db, &config.effective_data_key_file()).await?;
        Ok(Services {
            audit_key: Arc::new(audit_key),
            vault: Arc::new(vault),
            audit_writer: audit::writer::AuditWriter::start(db.clone()),
            kb_search_log: kb::search_log::SearchLog::start(db.clone()),
            db,
            clock,
            config,
            dummy_hash: Arc::new(dummy_hash),
            search: None,
            kb_versions: Arc::new(kb::cache::PublishedVersions::new(
                kb::cache::PublishedVersions::BYTES,
            )),
            sessions: Arc::default(),
            recent_views: Arc::default(),
            notification_hub: Arc::default(),
            scheduler: scheduler::Scheduler::new(),
            calendars: Arc::default(),
            routing_rules: Arc::default(),
        })
    }

    pub fn now(&self) -> DateTime<Utc> {
        self.clock.now()
    }

    pub fn config(&self) -> &Config {
        &self.config
    }

    /// The database handle (for operations tooling and tests).
    pub fn db(&self) -> &Db {
        &self.db
    }

    /// The data keys (operations tooling and tests open sealed fields).
    pub fn vault(&self) -> &crate::vault::Vault {
        &self.vault
    }

    /// The read-audit writer (tests drain it).
    pub fn audit_writer(&self) -> &audit::writer::AuditWriter {
        &self.audit_writer
    }

    /// Search analytics (drained at shutdown and by tests).
    pub fn kb_search_log(&self) -> &kb::search_log::SearchLog {
        &self.kb_search_log
    }

    pub async fn ready(&self) -> bool {
        self.db.ping().await.is_ok()
    }
}

/// Validate a required text input: trimmed, non-empty, at most `max` characters.
pub(crate) fn required_text(field: &str, value: &str, max: usize) -> AppResult<String> {
    let v = value.trim();
    if v.is_empty() {
        return Err(AppError::bad_input(
            field,
            format!("{field} must not be empty"),
        ));
    }
    optional_text(field, Some(v), max).map(|o| o.unwrap_or_default())
}

/// Validate an optional text input; blank becomes `None`.
pub(crate) fn optional_text(
    field: &str,
    value: Option<&str>,
    max: usize,
) -> AppResult<Option<String>> {
    let Some(v) = value.map(str::trim).filter(|v| !v.is_empty()) else {
        return Ok(None);
    };
    if v.chars().count() > max {
        return Err(AppError::bad_input(
            field,
            format!("{field} must be at most {max} characters"),
        ));
    }
    if v.chars()
        .any(|c| c.is_control() && c != '\n' && c != '\r' && c != '\t')
    {
        return Err(AppError::bad_input(
            field,
            format!("{field} contains control characters"),
        ));
    }
    Ok(Some(v.to_string()))
}

impl Services {
    /// The same services with a search engine attached.
    pub fn with_search(mut self, engine: crate::search::SearchEngine) -> Services {
        let pool = match self.config.search_threads {
            Some(n) => crate::search::pool::QueryPool::new(n),
            None => crate::search::pool::QueryPool::per_core(),
        };
        self.search = Some(SearchHandle {
            engine: Arc::new(engine),
            pool: Arc::new(pool),
            wake: Arc::new(tokio::sync::Notify::new()),
            synonyms: Arc::default(),
        });
        self
    }

    /// The same services reading time from another clock (demo seeding, tests).
    pub fn with_clock(&self, clock: Arc<dyn Clock>) -> Services {
        Services {
            clock,
            ..self.clone()
        }
    }

    /// An actor for a user without a session (demo seeding, CLI).
    pub async fn actor_for_user(&self, user_id: i64) -> AppResult<Actor> {
        let users = self.users_by_ids(&[user_id]).await?;
        let u = users
            .into_iter()
            .next()
            .ok_or_else(|| AppError::not_found("user"))?;
        let (roles, permissions) = self.roles_and_permissions(user_id).await?;
        Ok(Actor {
            user_id: u.id,
            username: u.username,
            team_id: u.team_id,
            roles,
            permissions,
            session_id: 0,
        })
    }

    pub async fn count_all_complaints(&self) -> AppResult<u64> {
        use sea_orm::{EntityTrait, PaginatorTrait};
        Ok(crate::db::entity::complaint::Entity::find()
            .count(self.db.conn())
            .await?)
    }
}
