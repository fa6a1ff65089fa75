//! The service layer's one door for permission decisions.
//!
//! `auth::policy` decides; this module acts on the decision. A use case hands
//! the policy's answer to [`Services::authorize`] (or asks
//! [`Services::enforce`] for a plain permission): a grant passes through, a
//! denial is written to the audit log in its own transaction (nothing else is
//! written) and comes back as the FORBIDDEN error for it. If that audit write
//! fails the caller gets INTERNAL instead: a refusal is never unrecorded.
use crate::audit::{self, Entry, Outcome};
use crate::auth::policy::{self, Denial};
use crate::auth::{Actor, RequestMeta};
use crate::domain::permission::Permission;
use crate::error::{AppError, AppResult};
use crate::service::Services;

/// The record a decision is about, as the audit log names it (kind, id).
pub(crate) type Target = Option<(&'static str, String)>;

/// A [`Target`] for the record `kind` with this id.
pub(crate) fn on(kind: &'static str, id: impl ToString) -> Target {
    Some((kind, id.to_string()))
}

impl Services {
    /// Pass a policy grant through, or audit the denial as `action` on
    /// `target` and return its FORBIDDEN error.
    pub(crate) async fn authorize<T>(
        &self,
        actor: &Actor,
        meta: &RequestMeta,
        action: &str,
        target: Target,
        decision: Result<T, Denial>,
    ) -> AppResult<T> {
        match decision {
            Ok(granted) => Ok(granted),
            Err(denial) => Err(self.deny(actor, meta, action, target, denial).await),
        }
    }

    /// The actor holds `permission` (else the denial of `action` is audited).
    pub(crate) async fn enforce(
        &self,
        actor: &Actor,
        meta: &RequestMeta,
        action: &str,
        permission: Permission,
    ) -> AppResult<()> {
        self.enforce_on(actor, meta, action, None, permission).await
    }

    /// [`Self::enforce`] for an action on a named record.
    pub(crate) async fn enforce_on(
        &self,
        actor: &Actor,
        meta: &RequestMeta,
        action: &str,
        target: Target,
        permission: Permission,
    ) -> AppResult<()> {
        let decision = policy::require(actor, permission);
        self.authorize(actor, meta, action, target, decision).await
    }

    /// Record a refused request in the audit log (its own transaction, since
    /// nothing else is written) and return the FORBIDDEN error for it.
    async fn deny(
        &self,
        actor: &Actor,
        meta: &RequestMeta,
        action: &str,
        target: Target,
        denial: Denial,
    ) -> AppError {
        let mut entry = Entry::new(action, Some(actor))
            .outcome(Outcome::Denied)
            .detail(serde_json::json!({
                "reason": denial.reason,
                "permission": denial.permission.map(|p| p.code()),
            }));
        if let Some((kind, id)) = target {
            entry = entry.target(kind, id);
        }
        let written = async {
            let tx = self.db.write_tx().await?;
            audit::record(&tx, meta, self.now(), entry).await?;
            tx.commit().await
        }
        .await;
        if let Err(err) = written {
            tracing::error!(error = %err, request_id = %meta.request_id, "failed to audit a denial");
            return AppError::internal(err);
        }
        AppError::because(denial.error_reason(), denial.reason)
    }
}
