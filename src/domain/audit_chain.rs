//! The audit trail's hash chain: the canonical encoding of one record, its
//! hash, the signed checkpoint message, and the walk that checks a chain.
//! Pure: the database side is `db::audit_chain` (sealing) and
//! `audit::chain` (verification, checkpoints).
//!
//! # Encoding, version 1 (fixed; a change needs a new version)
//!
//! The record's hash is the SHA-256 of
//!
//! ```text
//! "kesu-audit-v1" 0x00
//! seq          int
//! at           time
//! actor_kind   text?
//! actor_id     int?
//! actor_name   text?
//! action       text
//! outcome      text
//! target_type  text?
//! target_id    text?
//! customer_id  int?
//! fields       text?
//! ip           text?
//! request_id   text?
//! detail       text
//! prev_hash    32 bytes (the previous record's hash; 32 zero bytes before seq 1)
//! ```
//!
//! in that order, where `int` is 0x02 and the value as a signed 64-bit
//! big-endian integer; `time` is 0x03 and the microseconds since the Unix
//! epoch (UTC, truncated) as a signed 64-bit big-endian integer; `text` is
//! 0x01, the UTF-8 byte length as an unsigned 32-bit big-endian integer,
//! then the bytes; a `?` field that is NULL is the single byte 0x00. Hashes
//! are stored and shown as 64 lower-case hexadecimal digits. The row id is
//! not hashed: the chain's order is `seq`, the order the records committed.
//!
//! A checkpoint signs (Ed25519) the bytes of
//! `"kesu-audit-checkpoint-v1\n{seq}\n{head_hash}\n{at}\n"`, `at` in
//! microseconds since the Unix epoch.
use chrono::{DateTime, Utc};
use sha2::{Digest, Sha256};

/// The hash before the first record (`prev_hash` of seq 1).
pub const GENESIS: &str = "0000000000000000000000000000000000000000000000000000000000000000";

/// The hashed fields of one audit record.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Record<'a> {
    pub seq: i64,
    pub at: DateTime<Utc>,
    pub actor_kind: Option<&'a str>,
    pub actor_id: Option<i64>,
    pub actor_name: Option<&'a str>,
    pub action: &'a str,
    pub outcome: &'a str,
    pub target_type: Option<&'a str>,
    pub target_id: Option<&'a str>,
    pub customer_id: Option<i64>,
    pub fields: Option<&'a str>,
    pub ip: Option<&'a str>,
    pub request_id: Option<&'a str>,
    pub detail: &'a str,
}

struct Enc(Vec<u8>);

impl Enc {
    fn int(&mut self, v: i64) {
        self.0.push(0x02);
        self.0.extend_from_slice(&v.to_be_bytes());
    }
    fn text(&mut self, v: &str) {
        self.0.push(0x01);
        self.0
            .extend_from_slice(&u32::try_from(v.len()).unwrap_or(u32::MAX).to_be_bytes());
        self.0.extend_from_slice(v.as_bytes());
    }
    fn opt_text(&mut self, v: Option<&str>) {
        match v {
            Some(v) => self.text(v),
            None => self.0.push(0x00),
        }
    }
    fn opt_int(&mut self, v: Option<i64>) {
        match v {
            Some(v) => self.int(v),
            None => self.0.push(0x00),
        }
    }
}

/// Microseconds since the Unix epoch (truncated): the precision both
/// databases keep.
pub fn micros(at: DateTime<Utc>) -> i64 {
    at.timestamp_micros()
}

/// The canonical bytes of `r` chained after `prev` (a hash in hex).
pub fn encode(r: &Record<'_>, prev: &str) -> Vec<u8> {
    let mut e = Enc(Vec::with_capacity(160 + r.detail.len()));
    e.0.extend_from_slice(b"kesu-audit-v1\0");
    e.int(r.seq);
    e.0.push(0x03);
    e.0.extend_from_slice(&micros(r.at).to_be_bytes());
    e.opt_text(r.actor_kind);
    e.opt_int(r.actor_id);
    e.opt_text(r.actor_name);
    e.text(r.action);
    e.text(r.outcome);
    e.opt_text(r.target_type);
    e.opt_text(r.target_id);
    e.opt_int(r.customer_id);
    e.opt_text(r.fields);
    e.opt_text(r.ip);
    e.opt_text(r.request_id);
    e.text(r.detail);
    let mut prev_bytes = [0u8; 32];
    // a malformed stored hash encodes as zeros; it then fails the link check
    let _ = hex::decode_to_slice(prev, &mut prev_bytes);
    e.0.extend_from_slice(&prev_bytes);
    e.0
}

/// The hash (hex) of `r` chained after `prev`.
pub fn hash(r: &Record<'_>, prev: &str) -> String {
    hex::encode(Sha256::digest(encode(r, prev)))
}

/// What a checkpoint attests: the chain's head at `seq` was `head_hash`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Checkpoint {
    pub seq: i64,
    pub head_hash: String,
    pub at: DateTime<Utc>,
}

impl Checkpoint {
    /// The bytes the key signs.
    pub fn message(&self) -> Vec<u8> {
        format!(
            "kesu-audit-checkpoint-v1\n{}\n{}\n{}\n",
            self.seq,
            self.head_hash,
            micros(self.at)
        )
        .into_bytes()
    }
}

/// The first thing wrong with a chain.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Problem {
    /// The record at `seq` does not hash to its stored hash (edited).
    Altered { seq: i64 },
    /// The record at `seq` names a previous hash that is not its
    /// predecessor's (a record before it was removed, replaced or inserted).
    Broken { seq: i64 },
    /// `seq` was expected next, `found` came (records removed).
    Gap { expected: i64, found: i64 },
    /// A record outside the chain (inserted past the sealing path).
    Unsealed { id: i64 },
    /// A checkpoint's signature does not verify with the audit key.
    BadSignature { seq: i64 },
    /// A checkpoint names a head the chain does not have at its `seq`.
    CheckpointMismatch { seq: i64 },
    /// A checkpoint attests records past the chain's end (tail cut off).
    Truncated { checkpoint_seq: i64, head_seq: i64 },
}

impl Problem {
    /// The sequence number to name as the first bad record, if any.
    pub fn seq(&self) -> Option<i64> {
        match self {
            Problem::Altered { seq } | Problem::Broken { seq } => Some(*seq),
            Problem::Gap { expected, .. } => Some(*expected),
            Problem::BadSignature { seq } | Problem::CheckpointMismatch { seq } => Some(*seq),
            Problem::Truncated { head_seq, .. } => Some(head_seq + 1),
            Problem::Unsealed { .. } => None,
        }
    }

    pub fn code(&self) -> &'static str {
        match self {
            Problem::Altered { .. } => "ALTERED",
            Problem::Broken { .. } => "BROKEN_LINK",
            Problem::Gap { .. } => "GAP",
            Problem::Unsealed { .. } => "UNSEALED",
            Problem::BadSignature { .. } => "BAD_SIGNATURE",
            Problem::CheckpointMismatch { .. } => "CHECKPOINT_MISMATCH",
            Problem::Truncated { .. } => "TRUNCATED",
        }
    }
}

impl std::fmt::Display for Problem {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Problem::Altered { seq } => write!(f, "record {seq} was altered: its content does not match its hash"),
            Problem::Broken { seq } => write!(f, "record {seq} does not follow record {}: a record was removed, replaced or inserted", seq - 1),
            Problem::Gap { expected, found } => write!(f, "records {expected} to {} are missing", found - 1),
            Problem::Unsealed { id } => write!(f, "row {id} is outside the chain: it was inserted past the audit writer"),
            Problem::BadSignature { seq } => write!(f, "the checkpoint at record {seq} is not signed by the audit key"),
            Problem::CheckpointMismatch { seq } => write!(f, "the checkpoint at record {seq} names a different head than the chain has"),
            Problem::Truncated { checkpoint_seq, head_seq } => write!(f, "the chain ends at record {head_seq}, but a checkpoint attests record {checkpoint_seq}: the tail was cut off"),
        }
    }
}

/// Walks a chain in `seq` order, one stored record at a time.
#[derive(Debug, Clone)]
pub struct Walker {
    next_seq: i64,
    prev: String,
}

impl Walker {
    /// A walk from the start of the chain.
    pub fn new() -> Self {
        Walker {
            next_seq: 1,
            prev: GENESIS.to_string(),
        }
    }

    /// A walk from `seq`, trusting `prev`, the stored hash of `seq - 1`.
    pub fn from(seq: i64, prev: String) -> Self {
        Walker {
            next_seq: seq,
            prev,
        }
    }

    /// The next sequence number the walk expects.
    pub fn next_seq(&self) -> i64 {
        self.next_seq
    }

    /// The hash of the last record accepted (GENESIS before any).
    pub fn head(&self) -> &str {
        &self.prev
    }

    /// Check the record stored with `prev_hash` and `stored_hash`.
    pub fn step(&mut self, r: &Record<'_>, prev_hash: &str, stored: &str) -> Result<(), Problem> {
        if r.seq != self.next_seq {
            return Err(Problem::Gap {
                expected: self.next_seq,
                found: r.seq,
            });
        }
        if prev_hash != self.prev {
            return Err(Problem::Broken { seq: r.seq });
        }
        if hash(r, prev_hash) != stored {
            return Err(Problem::Altered { seq: r.seq });
        }
        self.prev = stored.to_string();
        self.next_seq += 1;
        Ok(())
    }
}

impl Default for Walker {
    fn default() -> Self {
        Walker::new()
    }
}

#[cfg(test)]
#[path = "audit_chain_tests.rs"]
mod tests;
