//! Who should be told: the active users holding a permission or a role
//! ("an alert for your role").
use crate::db::entity::{role, role_permission, user, user_role};
use crate::domain::permission::Permission;
use crate::error::AppResult;
use sea_orm::{ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, QueryOrder, QuerySelect};

/// Active users whose roles grant `permission`, by id, ascending.
pub async fn recipients_with_permission(
    db: &impl ConnectionTrait,
    permission: Permission,
) -> AppResult<Vec<i64>> {
    let roles: Vec<i64> = role_permission::Entity::find()
        .select_only()
        .column(role_permission::Column::RoleId)
        .filter(role_permission::Column::Permission.eq(permission.code()))
        .into_tuple()
        .all(db)
        .await?;
    users_in_roles(db, roles).await
}

/// Active users holding the role with this code (e.g. `supervisor`), by id.
pub async fn recipients_with_role(
    db: &impl ConnectionTrait,
    role_code: &str,
) -> AppResult<Vec<i64>> {
    let roles: Vec<i64> = role::Entity::find()
        .select_only()
        .column(role::Column::Id)
        .filter(role::Column::Code.eq(role_code))
        .into_tuple()
        .all(db)
        .await?;
    users_in_roles(db, roles).await
}

async fn users_in_roles(db: &impl ConnectionTrait, roles: Vec<i64>) -> AppResult<Vec<i64>> {
    if roles.is_empty() {
        return Ok(vec![]);
    }
    let holders: Vec<i64> = user_role::Entity::find()
        .select_only()
        .column(user_role::Column::UserId)
        .filter(user_role::Column::RoleId.is_in(roles))
        .distinct()
        .into_tuple()
        .all(db)
        .await?;
    if holders.is_empty() {
        return Ok(vec![]);
    }
    Ok(user::Entity::find()
        .select_only()
        .column(user::Column::Id)
        .filter(user::Column::Id.is_in(holders))
        .filter(user::Column::Active.eq(true))
        .order_by_asc(user::Column::Id)
        .into_tuple()
        .all(db)
        .await?)
}
