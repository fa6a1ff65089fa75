//! Idempotent start-up seeding: the built-in roles and their permissions.
use crate::db::entity::{role, role_permission};
use crate::domain::permission::BUILTIN_ROLES;
use crate::error::AppResult;
use crate::service::Services;
use sea_orm::{
    ActiveModelTrait, ActiveValue::NotSet, ColumnTrait, ConnectionTrait, DatabaseBackend,
    EntityTrait, QueryFilter, Set,
};

impl Services {
    /// Create any missing built-in role and grant it its default permissions.
    /// Built-in roles are kept in step with the code; custom roles are untouched.
    pub async fn seed_builtin_roles(&self) -> AppResult<()> {
        let now = self.now();
        let tx = self.db.write_tx().await?;
        if self.db.backend() == DatabaseBackend::Postgres {
            // two servers starting at once on one database would both delete
            // and re-insert the grants (a duplicate key); take turns instead
            tx.execute_unprepared("SELECT pg_advisory_xact_lock(7273721)")
                .await?;
        }
        for b in BUILTIN_ROLES {
            let existing = role::Entity::find()
                .filter(role::Column::Code.eq(b.code))
                .one(&*tx)
                .await?;
            let r = match existing {
                Some(r) => r,
                None => {
                    role::ActiveModel {
                        id: NotSet,
                        code: Set(b.code.into()),
                        name: Set(b.name.into()),
                        builtin: Set(true),
                        authority_limit_cents: Set(None),
                        created_at: Set(now),
                    }
                    .insert(&*tx)
                    .await?
                }
            };
            role_permission::Entity::delete_many()
                .filter(role_permission::Column::RoleId.eq(r.id))
                .exec(&*tx)
                .await?;
            for p in b.permissions {
                role_permission::ActiveModel {
                    role_id: Set(r.id),
                    permission: Set(p.code().into()),
                }
                .insert(&*tx)
                .await?;
            }
        }
        tx.commit().await?;
        Ok(())
    }
}
