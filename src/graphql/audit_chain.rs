//! The audit chain in the API (auditors, `audit.read`): its status and
//! verification on demand.
use super::{actor, services, GqlResult};
use crate::db::entity::{audit_checkpoint, audit_verification};
use crate::service::audit_chain::ChainStatus;
use async_graphql::{Context, InputObject, Object, Result, SimpleObject};
use chrono::{DateTime, Utc};

/// A signed attestation that the chain's head at `seq` was `headHash`.
#[derive(SimpleObject)]
pub struct AuditCheckpoint {
    pub seq: i64,
    pub head_hash: String,
    pub at: DateTime<Utc>,
    /// Id of the Ed25519 key that signed it.
    pub key_id: String,
    /// count, hourly, shutdown, seed or manual.
    pub reason: String,
}

impl From<audit_checkpoint::Model> for AuditCheckpoint {
    fn from(m: audit_checkpoint::Model) -> Self {
        AuditCheckpoint {
            seq: m.seq,
            head_hash: m.head_hash,
            at: m.at,
            key_id: m.key_id,
            reason: m.reason,
        }
    }
}

/// The outcome of one check of the chain.
#[derive(SimpleObject)]
pub struct AuditVerification {
    pub at: DateTime<Utc>,
    /// valid (intact and attested to its end), unanchored (intact; the
    /// records after the last checkpoint are not yet attested) or broken.
    pub verdict: String,
    pub from_seq: i64,
    pub head_seq: i64,
    pub checked: i64,
    /// The last record a valid checkpoint attests (0: none).
    pub anchored_seq: i64,
    pub checkpoints: i32,
    /// The first bad record, when broken.
    pub first_bad_seq: Option<i64>,
    /// ALTERED, BROKEN_LINK, GAP, UNSEALED, BAD_SIGNATURE,
    /// CHECKPOINT_MISMATCH or TRUNCATED.
    pub problem_code: Option<String>,
    pub problem: Option<String>,
    /// A username, or `scheduler` for the daily run.
    pub by_name: String,
}

impl From<audit_verification::Model> for AuditVerification {
    fn from(m: audit_verification::Model) -> Self {
        AuditVerification {
            at: m.at,
            verdict: m.verdict,
            from_seq: m.from_seq,
            head_seq: m.head_seq,
            checked: m.checked,
            anchored_seq: m.anchored_seq,
            checkpoints: m.checkpoints,
            first_bad_seq: m.first_bad_seq,
            problem_code: m.problem_code,
            problem: m.problem,
            by_name: m.by_name,
        }
    }
}

pub struct AuditChainStatus(ChainStatus);

#[Object]
impl AuditChainStatus {
    /// The last record's place in the chain (0: empty).
    async fn head_seq(&self) -> i64 {
        self.0.head.seq
    }
    async fn head_hash(&self) -> &str {
        &self.0.head.hash
    }
    async fn head_at(&self) -> Option<DateTime<Utc>> {
        self.0.head_at
    }
    /// Records written since the last checkpoint (not yet attested).
    async fn unanchored(&self) -> i64 {
        let at = self.0.last_checkpoint.as_ref().map_or(0, |c| c.seq);
        (self.0.head.seq - at).max(0)
    }
    async fn last_checkpoint(&self) -> Option<AuditCheckpoint> {
        self.0.last_checkpoint.clone().map(Into::into)
    }
    async fn last_verification(&self) -> Option<AuditVerification> {
        self.0.last_verification.clone().map(Into::into)
    }
    /// The id of the key this server signs checkpoints with.
    async fn key_id(&self) -> &str {
        &self.0.key_id
    }
}

#[derive(Default)]
pub struct AuditChainQuery;

#[Object]
impl AuditChainQuery {
    /// The audit chain: head, last checkpoint, last verification.
    async fn audit_chain_status(&self, ctx: &Context<'_>) -> Result<AuditChainStatus> {
        let (a, m) = actor(ctx)?;
        let s = services(ctx).audit_chain_status(a, m).await.gql(ctx)?;
        Ok(AuditChainStatus(s))
    }
}

#[derive(InputObject, Default)]
pub struct VerifyAuditChainInput {
    /// Start at this record (default 1: the whole chain).
    pub from_seq: Option<i64>,
}

#[derive(Default)]
pub struct AuditChainMutation;

#[Object]
impl AuditChainMutation {
    /// Verify the chain and every checkpoint now; recorded and audited.
    async fn verify_audit_chain(
        &self,
        ctx: &Context<'_>,
        input: Option<VerifyAuditChainInput>,
    ) -> Result<AuditVerification> {
        let (a, m) = actor(ctx)?;
        let from = input.and_then(|i| i.from_seq);
        let v = services(ctx)
            .verify_audit_chain(a, m, from)
            .await
            .gql(ctx)?;
        Ok(v.into())
    }
}
