//! Who is acting: sessions and login, user accounts, roles and permissions,
//! and the built-in roles seeded at start-up.
pub mod bootstrap;
pub mod roles;
pub mod sessions;
pub mod users;
pub mod views;

use crate::auth::policy;
use crate::auth::{Actor, RequestMeta};
use crate::domain::permission::Permission;
use crate::error::AppResult;
use crate::service::Services;
pub use sessions::{LoginOutcome, LOCKOUT_MINUTES, MAX_FAILURES};
pub use users::{NewUser, UserEdit};
pub use views::{RoleView, UserView};

impl Services {
    pub(crate) async fn require_admin(
        &self,
        actor: &Actor,
        meta: &RequestMeta,
        p: Permission,
        action: &str,
    ) -> AppResult<()> {
        match policy::require(actor, p) {
            Ok(()) => Ok(()),
            Err(d) => Err(self.deny(actor, meta, action, None, d).await),
        }
    }
}
