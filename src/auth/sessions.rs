//! Actors of live sessions, kept in memory between requests.
//!
//! Turning a token into an [`Actor`] reads the session, the user, their roles
//! and the roles' permissions. A cached actor is only ever used after a
//! cheaper read of the same database confirms it, on every request
//! ([`Confirmation`]): the session row (by its unique token hash) joined to
//! its user, giving the session id, expiry, revocation, the user's active
//! flag and `users.auth_version`. Why that keeps revocation immediate, also
//! with several kesu processes on one PostgreSQL database:
//!
//! - logout and revocation set `sessions.revoked_at`, and deleting a session
//!   or user removes the row: the confirmation reads both on every request;
//! - deactivation clears `users.active`, read on every request;
//! - a change to anything the actor is built from (username, team, active,
//!   the user's roles, a role's permissions or code) bumps
//!   `users.auth_version` in the same transaction, by database triggers
//!   (migration `m20261204_000003_auth_version`), whatever process or hand
//!   wrote it. The cached actor was loaded in one statement together with the
//!   version it was built from, so an equal version means none of those rows
//!   changed since; a different one discards it and the actor is loaded anew;
//! - an expiry moved either way is compared too;
//! - idleness is judged on the `last_seen_at` just read, never a cached one.
//!
//! The cache holds nothing the database does not confirm on each use, so a
//! stale entry can cost one extra load but never grant anything. Keys are
//! token hashes (the token itself is never kept), and the cache is bounded.
use super::Actor;
use chrono::{DateTime, TimeDelta, Utc};
use std::sync::Arc;

/// What the per-request confirmation read returns for a token.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Confirmation {
    pub session_id: i64,
    pub expires_at: DateTime<Utc>,
    pub revoked: bool,
    pub active: bool,
    pub auth_version: i64,
    /// When the session was last used (to the minute).
    pub last_seen_at: DateTime<Utc>,
}

impl Confirmation {
    /// The same session in the same state, whenever it was last used.
    fn unchanged_since(&self, seen: &Confirmation) -> bool {
        Confirmation {
            last_seen_at: seen.last_seen_at,
            ..self.clone()
        } == *seen
    }
}

struct Entry {
    actor: Actor,
    /// The session as it was when the actor was loaded.
    seen: Confirmation,
}

/// Actors by token hash; at most `CAPACITY` sessions.
pub struct SessionCache {
    cache: quick_cache::sync::Cache<String, Arc<Entry>>,
}

impl Default for SessionCache {
    fn default() -> Self {
        SessionCache {
            cache: quick_cache::sync::Cache::new(Self::CAPACITY),
        }
    }
}

impl SessionCache {
    pub const CAPACITY: usize = 10_000;

    /// Is there a cached actor for this token hash (to be confirmed)?
    pub fn contains(&self, token_hash: &str) -> bool {
        self.cache.get(token_hash).is_some()
    }

    /// The cached actor, if the confirmation read just now shows the session
    /// live and unchanged since the actor was loaded. Anything else removes
    /// the entry and returns `None`: the caller then loads the actor anew (or
    /// refuses the token).
    pub fn confirmed(
        &self,
        token_hash: &str,
        now: DateTime<Utc>,
        idle: TimeDelta,
        current: Option<&Confirmation>,
    ) -> Option<Actor> {
        let entry = self.cache.get(token_hash)?;
        match current {
            Some(c) if live(c, now, idle) && c.unchanged_since(&entry.seen) => {
                Some(entry.actor.clone())
            }
            _ => {
                self.cache.remove(token_hash);
                None
            }
        }
    }

    /// Keep an actor loaded together with `seen` (one statement), if live.
    pub fn insert(
        &self,
        token_hash: String,
        actor: Actor,
        seen: Confirmation,
        now: DateTime<Utc>,
        idle: TimeDelta,
    ) {
        if live(&seen, now, idle) && actor.session_id == seen.session_id {
            self.cache
                .insert(token_hash, Arc::new(Entry { actor, seen }));
        }
    }

    pub fn len(&self) -> usize {
        self.cache.len()
    }

    pub fn is_empty(&self) -> bool {
        self.cache.is_empty()
    }
}

/// Unrevoked, unexpired, used within `idle`, and the user active.
pub fn live(c: &Confirmation, now: DateTime<Utc>, idle: TimeDelta) -> bool {
    !c.revoked && c.active && c.expires_at > now && c.last_seen_at + idle > now
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::ids::UserId;
    use chrono::Duration;

    fn actor() -> Actor {
        Actor {
            user_id: UserId(7),
            username: "agent".into(),
            team_id: None,
            roles: vec!["agent".into()],
            permissions: Default::default(),
            session_id: 3,
        }
    }

    fn seen(now: DateTime<Utc>) -> Confirmation {
        Confirmation {
            session_id: 3,
            expires_at: now + Duration::hours(1),
            revoked: false,
            active: true,
            auth_version: 5,
            last_seen_at: now,
        }
    }

    const IDLE: TimeDelta = TimeDelta::minutes(30);

    #[test]
    fn an_unchanged_live_session_is_served_from_the_cache() {
        let now = Utc::now();
        let cache = SessionCache::default();
        cache.insert("h".into(), actor(), seen(now), now, IDLE);
        let got = cache.confirmed("h", now, IDLE, Some(&seen(now)));
        assert_eq!(got.map(|a| a.username).as_deref(), Some("agent"));
    }

    #[test]
    fn any_change_seen_by_the_confirmation_drops_the_cached_actor() {
        let now = Utc::now();
        let changes: [fn(&mut Confirmation); 5] = [
            |c| c.revoked = true,
            |c| c.active = false,
            |c| c.auth_version += 1,
            |c| c.session_id += 1,
            |c| c.expires_at -= Duration::minutes(1),
        ];
        for change in changes {
            let cache = SessionCache::default();
            cache.insert("h".into(), actor(), seen(now), now, IDLE);
            let mut c = seen(now);
            change(&mut c);
            assert!(cache.confirmed("h", now, IDLE, Some(&c)).is_none());
            assert!(!cache.contains("h"), "the stale entry is gone");
        }
        let cache = SessionCache::default();
        cache.insert("h".into(), actor(), seen(now), now, IDLE);
        assert!(
            cache.confirmed("h", now, IDLE, None).is_none(),
            "session deleted"
        );
        cache.insert("h".into(), actor(), seen(now), now, IDLE);
        let later = now + Duration::hours(2);
        assert!(
            cache
                .confirmed("h", later, IDLE, Some(&seen(now)))
                .is_none(),
            "expired"
        );
    }

    #[test]
    fn use_keeps_a_session_alive_and_idleness_ends_it() {
        let now = Utc::now();
        let cache = SessionCache::default();
        cache.insert("h".into(), actor(), seen(now), now, IDLE);
        // used a minute later: the newer last_seen is no change
        let later = now + TimeDelta::minutes(29);
        let mut c = seen(now);
        c.last_seen_at = now + TimeDelta::minutes(20);
        assert!(cache.confirmed("h", later, IDLE, Some(&c)).is_some());
        // 30 minutes after its last use it is dead, cached or not
        let idle_end = c.last_seen_at + IDLE;
        assert!(cache.confirmed("h", idle_end, IDLE, Some(&c)).is_none());
        assert!(!live(&c, idle_end, IDLE));
        assert!(live(&c, idle_end - TimeDelta::seconds(1), IDLE));
    }

    #[test]
    fn a_dead_session_is_never_cached() {
        let now = Utc::now();
        let cache = SessionCache::default();
        let mut s = seen(now);
        s.revoked = true;
        cache.insert("h".into(), actor(), s, now, IDLE);
        assert!(cache.is_empty());
    }
}
