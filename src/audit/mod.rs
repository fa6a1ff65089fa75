//! The audit trail. Every audit write goes through [`record`]; the table is
//! append-only (database triggers refuse UPDATE and DELETE, but for the one
//! seal of a new row). Callers write the record in the same transaction as
//! the change it describes, or before the data it describes is returned.
//! Each record is sealed into a hash chain as its transaction commits
//! (`db::audit_chain`); [`chain`] verifies the chain and signs checkpoints.
pub mod chain;
pub mod export;
pub mod keys;
pub mod writer;

use crate::auth::{Actor, RequestMeta};
use crate::db::entity::audit_log;
use crate::db::WriteTx;
use crate::domain::ids::AuditId;
use chrono::{DateTime, SubsecRound, Utc};
use sea_orm::{ActiveModelTrait, ActiveValue::NotSet, DbErr, IntoActiveModel};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Outcome {
    Success,
    Denied,
    Failure,
}

impl Outcome {
    pub fn code(self) -> &'static str {
        match self {
            Outcome::Success => "success",
            Outcome::Denied => "denied",
            Outcome::Failure => "failure",
        }
    }
}

/// Who acted, stored as `audit_logs.actor_kind`: a user (`actor_id` names
/// the row), the system itself (`actor_name` names the internal principal,
/// e.g. `scheduler`; never a user row), or nobody known (a failed login for
/// an unknown username). Older rows have no kind; readers derive it from
/// `actor_id`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ActorKind {
    User,
    System,
    Anonymous,
}

impl ActorKind {
    pub fn code(self) -> &'static str {
        match self {
            ActorKind::User => "user",
            ActorKind::System => "system",
            ActorKind::Anonymous => "anonymous",
        }
    }
}

/// The internal principal the scheduler's jobs run as.
pub const SCHEDULER: &str = "scheduler";

/// One audit record before it is written.
#[derive(Debug, Clone)]
pub struct Entry {
    pub action: String,
    pub outcome: Outcome,
    pub actor_id: Option<i64>,
    pub actor_name: Option<String>,
    /// Set only by [`Entry::system`]: the record is the system's own act.
    system: bool,
    pub target_type: Option<&'static str>,
    pub target_id: Option<String>,
    pub customer_id: Option<i64>,
    pub fields: Option<String>,
    pub detail: serde_json::Value,
}

impl Entry {
    pub fn new(action: impl Into<String>, actor: Option<&Actor>) -> Self {
        Entry {
            action: action.into(),
            outcome: Outcome::Success,
            actor_id: actor.map(|a| a.user_id.0),
            actor_name: actor.map(|a| a.username.clone()),
            system: false,
            target_type: None,
            target_id: None,
            customer_id: None,
            fields: None,
            detail: serde_json::Value::Null,
        }
    }

    /// A record of something the system did on its own (a scheduled job),
    /// with `principal` (e.g. [`SCHEDULER`]) as the actor's name and no user.
    pub fn system(action: impl Into<String>, principal: &str) -> Self {
        Entry {
            system: true,
            ..Entry::new(action, None).actor_name(principal)
        }
    }

    pub fn actor_kind(&self) -> ActorKind {
        if self.system {
            ActorKind::System
        } else if self.actor_id.is_some() {
            ActorKind::User
        } else {
            ActorKind::Anonymous
        }
    }

    pub fn outcome(mut self, outcome: Outcome) -> Self {
        self.outcome = outcome;
        self
    }

    pub fn actor_name(mut self, name: impl Into<String>) -> Self {
        self.actor_name = Some(name.into());
        self
    }

    pub fn target(mut self, kind: &'static str, id: impl ToString) -> Self {
        self.target_type = Some(kind);
        self.target_id = Some(id.to_string());
        self
    }

    pub fn customer(mut self, id: i64) -> Self {
        self.customer_id = Some(id);
        self
    }

    pub fn fields(mut self, fields: &[&str]) -> Self {
        self.fields = Some(fields.join(","));
        self
    }

    pub fn detail(mut self, detail: serde_json::Value) -> Self {
        self.detail = detail;
        self
    }
}

/// Write one audit record in the caller's transaction, sealed into the chain
/// when it commits. With [`writer::AuditWriter`] the only way into
/// `audit_logs`.
pub async fn record(
    tx: &WriteTx,
    meta: &RequestMeta,
    at: DateTime<Utc>,
    entry: Entry,
) -> Result<Recorded, DbErr> {
    let mut row = model(meta, at, entry).into_active_model().reset_all();
    row.id = NotSet;
    let model = row.insert(tx).await?;
    tx.seal_on_commit(model.id);
    Ok(Recorded {
        id: AuditId(model.id),
        _private: (),
    })
}

/// Proof that an audit record was written (in the caller's transaction): only
/// [`record`] makes one, so a value that needs "its audit record" (a revealed
/// contact) cannot be built with a made-up id.
#[allow(clippy::manual_non_exhaustive)]
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Recorded {
    id: AuditId,
    _private: (),
}

impl Recorded {
    pub fn id(&self) -> AuditId {
        self.id
    }
}

/// The row for one entry (id 0 until inserted; not yet sealed).
fn model(meta: &RequestMeta, at: DateTime<Utc>, entry: Entry) -> audit_log::Model {
    let detail = if entry.detail.is_null() {
        "{}".to_string()
    } else {
        entry.detail.to_string()
    };
    let actor_kind = entry.actor_kind().code().to_string();
    audit_log::Model {
        actor_kind: Some(actor_kind),
        id: 0,
        // the precision both databases keep, so the stored time hashes the same
        at: at.trunc_subsecs(6),
        actor_id: entry.actor_id,
        actor_name: entry.actor_name.map(|n| truncate(&n, 64)),
        action: entry.action,
        outcome: entry.outcome.code().to_string(),
        target_type: entry.target_type.map(str::to_string),
        target_id: entry.target_id,
        customer_id: entry.customer_id,
        fields: entry.fields,
        ip: meta.ip.clone(),
        request_id: Some(meta.request_id.clone()),
        detail,
        seq: None,
        prev_hash: None,
        hash: None,
    }
}

fn truncate(s: &str, max: usize) -> String {
    s.chars().take(max).collect()
}
