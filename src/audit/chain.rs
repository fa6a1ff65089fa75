//! Verifying the audit chain and signing its checkpoints.
//!
//! A checkpoint (sequence, head hash, time) is signed with the audit key and
//! stored twice: in `audit_checkpoints` and as one JSON line in the
//! checkpoint file outside the database. The file gets each checkpoint once
//! its transaction has committed: at once for the shutdown, seed and manual
//! checkpoints, at the next checkpoint run for the scheduled ones (which
//! commit with the scheduler's batch).
//!
//! [`verify`] walks the chain in `seq` order, checks every checkpoint from
//! both places, and gives one of three verdicts: `valid` (intact and
//! anchored to its last record), `unanchored` (intact, but the records after
//! the last checkpoint are not yet attested: after a crash, or between
//! checkpoints on a running server; never reported as valid), or `broken`
//! with the first problem found.
use super::keys::{self, AuditKey};
use crate::db::audit_chain::{self, record_of};
use crate::db::entity::{audit_checkpoint, audit_log};
use crate::db::{Db, WriteTx};
use crate::domain::audit_chain::{Checkpoint, Problem, Walker};
use chrono::{DateTime, SubsecRound, Utc};
use ed25519_dalek::VerifyingKey;
use sea_orm::{
    ActiveModelTrait, ActiveValue::NotSet, ColumnTrait, ConnectionTrait, DbErr, EntityTrait,
    QueryFilter, QueryOrder, QuerySelect, Set,
};
use std::collections::{BTreeMap, HashSet};
use std::io::Write;
use std::path::Path;

/// Records read per page while walking.
const PAGE: u64 = 2_000;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Verdict {
    Valid,
    Unanchored,
    Broken,
}

impl Verdict {
    pub fn code(self) -> &'static str {
        match self {
            Verdict::Valid => "valid",
            Verdict::Unanchored => "unanchored",
            Verdict::Broken => "broken",
        }
    }
}

/// The outcome of one verification.
#[derive(Debug, Clone)]
pub struct Verification {
    pub verdict: Verdict,
    pub from_seq: i64,
    /// The last record of the chain as walked.
    pub head_seq: i64,
    pub checked: i64,
    /// The last record a valid checkpoint attests (0: none).
    pub anchored_seq: i64,
    pub checkpoints: usize,
    pub problem: Option<Problem>,
}

impl Verification {
    /// Records after the last valid checkpoint.
    pub fn unanchored(&self) -> i64 {
        (self.head_seq - self.anchored_seq).max(0)
    }
}

/// A checkpoint as stored (in the table or the file).
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct StoredCheckpoint {
    pub seq: i64,
    pub head_hash: String,
    /// Microseconds since the Unix epoch (the signed value).
    pub at_micros: i64,
    pub key_id: String,
    pub signature: String,
    pub reason: String,
}

impl StoredCheckpoint {
    fn of(m: &audit_checkpoint::Model) -> Self {
        StoredCheckpoint {
            seq: m.seq,
            head_hash: m.head_hash.clone(),
            at_micros: m.at.timestamp_micros(),
            key_id: m.key_id.clone(),
            signature: m.signature.clone(),
            reason: m.reason.clone(),
        }
    }

    fn attests(&self) -> Checkpoint {
        Checkpoint {
            seq: self.seq,
            head_hash: self.head_hash.clone(),
            at: DateTime::from_timestamp_micros(self.at_micros).unwrap_or_default(),
        }
    }

    /// Whether the key it names, one of `keys`, signed it.
    pub fn signed_by(&self, keys: &[VerifyingKey]) -> bool {
        keys.iter().any(|key| {
            self.key_id == keys::key_id(key)
                && keys::verify(key, &self.attests().message(), &self.signature)
        })
    }
}

/// The checkpoints in the file (missing file: none; unreadable lines are a
/// problem of their own and come back as an error).
pub fn read_checkpoint_file(path: &Path) -> Result<Vec<StoredCheckpoint>, String> {
    let text = match std::fs::read_to_string(path) {
        Ok(t) => t,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(Vec::new()),
        Err(e) => return Err(format!("{}: {e}", path.display())),
    };
    text.lines()
        .enumerate()
        .filter(|(_, l)| !l.trim().is_empty())
        .map(|(i, l)| {
            serde_json::from_str(l).map_err(|e| format!("{} line {}: {e}", path.display(), i + 1))
        })
        .collect()
}

fn append_lines(path: &Path, rows: &[StoredCheckpoint]) -> std::io::Result<()> {
    if rows.is_empty() {
        return Ok(());
    }
    if let Some(dir) = path.parent().filter(|d| !d.as_os_str().is_empty()) {
        std::fs::create_dir_all(dir)?;
    }
    let mut file = std::fs::OpenOptions::new()
        .create(true)
        .append(true)
        .open(path)?;
    let mut text = String::new();
    for r in rows {
        text.push_str(&serde_json::to_string(r).unwrap_or_default());
        text.push('\n');
    }
    file.write_all(text.as_bytes())?;
    file.sync_all()
}

/// Append to the file the committed checkpoints it lacks (by sequence and
/// signature). Returns how many it appended.
pub async fn sync_checkpoint_file<C: ConnectionTrait>(
    db: &C,
    path: &Path,
) -> Result<usize, String> {
    let have: HashSet<(i64, String)> = read_checkpoint_file(path)?
        .into_iter()
        .map(|c| (c.seq, c.signature))
        .collect();
    let rows = audit_checkpoint::Entity::find()
        .order_by_asc(audit_checkpoint::Column::Id)
        .all(db)
        .await
        .map_err(|e| e.to_string())?;
    let missing: Vec<StoredCheckpoint> = rows
        .iter()
        .map(StoredCheckpoint::of)
        .filter(|c| !have.contains(&(c.seq, c.signature.clone())))
        .collect();
    append_lines(path, &missing).map_err(|e| format!("{}: {e}", path.display()))?;
    Ok(missing.len())
}

/// The most recent checkpoint in the database.
pub async fn last_checkpoint<C: ConnectionTrait>(
    db: &C,
) -> Result<Option<audit_checkpoint::Model>, DbErr> {
    audit_checkpoint::Entity::find()
        .order_by_desc(audit_checkpoint::Column::Seq)
        .order_by_desc(audit_checkpoint::Column::Id)
        .one(db)
        .await
}

/// Sign the chain's head in `tx` (its lock held until `tx` ends) and store
/// the checkpoint. Nothing to attest (an empty chain, or a head already
/// checkpointed): `None`.
pub async fn checkpoint_in(
    tx: &WriteTx,
    key: &AuditKey,
    now: DateTime<Utc>,
    reason: &str,
) -> Result<Option<audit_checkpoint::Model>, DbErr> {
    let head = audit_chain::lock_head(tx).await?;
    if head.seq == 0 {
        return Ok(None);
    }
    if last_checkpoint(tx)
        .await?
        .is_some_and(|c| c.seq >= head.seq)
    {
        return Ok(None);
    }
    let at = now.trunc_subsecs(6);
    let attests = Checkpoint {
        seq: head.seq,
        head_hash: head.hash.clone(),
        at,
    };
    let row = audit_checkpoint::ActiveModel {
        id: NotSet,
        seq: Set(head.seq),
        head_hash: Set(head.hash),
        at: Set(at),
        key_id: Set(key.id().to_string()),
        signature: Set(key.sign(&attests.message())),
        reason: Set(reason.to_string()),
    }
    .insert(tx)
    .await?;
    Ok(Some(row))
}

/// A checkpoint in its own transaction, then the file brought up to date:
/// for shutdown, the demo seed and `kesu audit checkpoint`.
pub async fn checkpoint_now(
    db: &Db,
    key: &AuditKey,
    file: &Path,
    now: DateTime<Utc>,
    reason: &str,
) -> Result<Option<audit_checkpoint::Model>, String> {
    let tx = db.write_tx().await.map_err(|e| e.to_string())?;
    let row = checkpoint_in(&tx, key, now, reason)
        .await
        .map_err(|e| e.to_string())?;
    tx.commit().await.map_err(|e| e.to_string())?;
    sync_checkpoint_file(db.conn(), file).await?;
    Ok(row)
}

/// Check the chain from `from` (default 1) and every checkpoint, those in
/// the database and those in `file_checkpoints`, against the trusted `keys`
/// (the current one and those retired by rotation).
pub async fn verify<C: ConnectionTrait>(
    db: &C,
    keys: &[VerifyingKey],
    from: Option<i64>,
    file_checkpoints: &[StoredCheckpoint],
) -> Result<Verification, DbErr> {
    let from = from.unwrap_or(1).max(1);
    let mut checkpoints: Vec<StoredCheckpoint> = audit_checkpoint::Entity::find()
        .all(db)
        .await?
        .iter()
        .map(StoredCheckpoint::of)
        .chain(file_checkpoints.iter().cloned())
        .collect();
    checkpoints.sort_by(|a, b| (a.seq, &a.signature).cmp(&(b.seq, &b.signature)));
    checkpoints.dedup_by(|a, b| a.seq == b.seq && a.signature == b.signature);
    // the stored hash at each checkpointed sequence, filled while walking
    let mut at_checkpoint: BTreeMap<i64, Option<String>> =
        checkpoints.iter().map(|c| (c.seq, None)).collect();

    let mut problems: Vec<Problem> = Vec::new();
    if let Some(id) = audit_log::Entity::find()
        .filter(audit_log::Column::Hash.is_null())
        .select_only()
        .column(audit_log::Column::Id)
        .order_by_asc(audit_log::Column::Id)
        .into_tuple::<i64>()
        .one(db)
        .await?
    {
        problems.push(Problem::Unsealed { id });
    }

    let mut walker = if from == 1 {
        Walker::new()
    } else {
        let prev = audit_log::Entity::find()
            .filter(audit_log::Column::Seq.eq(from - 1))
            .one(db)
            .await?
            .and_then(|m| m.hash)
            .unwrap_or_default();
        Walker::from(from, prev)
    };
    let mut checked = 0i64;
    let mut walk_problem = None;
    'walk: loop {
        let page = audit_log::Entity::find()
            .filter(audit_log::Column::Seq.gte(walker.next_seq()))
            .order_by_asc(audit_log::Column::Seq)
            .limit(PAGE)
            .all(db)
            .await?;
        if page.is_empty() {
            break;
        }
        for m in &page {
            let seq = m.seq.unwrap_or_default();
            let step = walker.step(
                &record_of(m, seq),
                m.prev_hash.as_deref().unwrap_or_default(),
                m.hash.as_deref().unwrap_or_default(),
            );
            if let Err(p) = step {
                walk_problem = Some(p);
                break 'walk;
            }
            checked += 1;
            if let Some(slot) = at_checkpoint.get_mut(&seq) {
                *slot = m.hash.clone();
            }
        }
    }
    let head_seq = walker.next_seq() - 1;
    if let Some(p) = walk_problem {
        problems.push(p);
    } else {
        let head = audit_chain::head(db).await?;
        if head.seq > head_seq {
            problems.push(Problem::Truncated {
                checkpoint_seq: head.seq,
                head_seq,
            });
        } else if head.seq < head_seq || (head.seq >= from && head.hash != walker.head()) {
            problems.push(Problem::Broken {
                seq: head.seq.min(head_seq) + 1,
            });
        }
    }

    let mut anchored_seq = 0;
    for c in &checkpoints {
        if !c.signed_by(keys) {
            problems.push(Problem::BadSignature { seq: c.seq });
        } else if c.seq > head_seq {
            problems.push(Problem::Truncated {
                checkpoint_seq: c.seq,
                head_seq,
            });
        } else if c.seq < from {
            // before the walk: its signature is all that can be checked
        } else if at_checkpoint.get(&c.seq).cloned().flatten().as_deref()
            != Some(c.head_hash.as_str())
        {
            problems.push(Problem::CheckpointMismatch { seq: c.seq });
        } else {
            anchored_seq = anchored_seq.max(c.seq);
        }
    }
    // the first problem: the lowest record it names (an unsealed row first)
    problems.sort_by_key(|p| p.seq().unwrap_or(i64::MIN));
    let problem = problems.into_iter().next();
    let verdict = if problem.is_some() {
        Verdict::Broken
    } else if anchored_seq < head_seq {
        Verdict::Unanchored
    } else {
        Verdict::Valid
    };
    Ok(Verification {
        verdict,
        from_seq: from,
        head_seq,
        checked,
        anchored_seq,
        checkpoints: checkpoints.len(),
        problem,
    })
}
