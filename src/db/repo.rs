//! Repository functions shared by several services. Customers, whose
//! personal fields are sealed, have their own door: [`super::customers`].
use super::entity::complaint;
use sea_orm::sea_query::{Expr, ExprTrait, OnConflict, Query};
use sea_orm::{ColumnTrait, ConnectionTrait, DbErr, EntityTrait, QueryFilter};

/// Next value of the per-day complaint sequence, allocated atomically in the
/// caller's transaction (an upsert, so concurrent writers never share a value).
pub async fn next_complaint_seq<C: ConnectionTrait>(db: &C, day: &str) -> Result<i64, DbErr> {
    let stmt = Query::insert()
        .into_table("complaint_number_seq")
        .columns(["day", "last_value"])
        .values_panic([day.into(), 1i64.into()])
        .on_conflict(
            OnConflict::column("day")
                .value(
                    "last_value",
                    Expr::col(("complaint_number_seq", "last_value")).add(1),
                )
                .to_owned(),
        )
        .returning_col("last_value")
        .to_owned();
    let row = db
        .query_one(&stmt)
        .await?
        .ok_or_else(|| DbErr::RecordNotFound("complaint_number_seq".into()))?;
    row.try_get::<i64>("", "last_value")
}

/// Load complaints by id in one query.
pub async fn complaints_by_ids<C: ConnectionTrait>(
    db: &C,
    ids: &[i64],
) -> Result<Vec<complaint::Model>, DbErr> {
    if ids.is_empty() {
        return Ok(vec![]);
    }
    complaint::Entity::find()
        .filter(complaint::Column::Id.is_in(ids.iter().copied()))
        .all(db)
        .await
}

/// A live-or-not session with its user, roles and permissions, in one query.
pub struct SessionPrincipal {
    pub session_id: i64,
    pub expires_at: chrono::DateTime<chrono::Utc>,
    pub revoked: bool,
    /// When the session was last used (`created_at` if never since).
    pub last_seen_at: chrono::DateTime<chrono::Utc>,
    pub user_id: i64,
    pub username: String,
    pub team_id: Option<i64>,
    pub active: bool,
    /// `users.auth_version`, read in the same statement as the roles and
    /// permissions (see `auth::sessions`).
    pub auth_version: i64,
    pub roles: Vec<String>,
    pub permissions: Vec<String>,
}

pub async fn session_principal<C: ConnectionTrait>(
    db: &C,
    token_hash: &str,
) -> Result<Option<SessionPrincipal>, DbErr> {
    use sea_orm::{DatabaseBackend, Statement};
    let backend = db.get_database_backend();
    let (agg, param) = match backend {
        DatabaseBackend::Postgres => ("string_agg", "$1"),
        _ => ("group_concat", "?"),
    };
    let sql = format!(
        "SELECT s.id AS session_id, s.expires_at, s.revoked_at IS NOT NULL AS revoked, \
         COALESCE(s.last_seen_at, s.created_at) AS last_seen_at, \
         u.id AS user_id, u.username, u.team_id, u.active, u.auth_version, \
         (SELECT {agg}(r.code, ',') FROM user_roles ur JOIN roles r ON r.id = ur.role_id \
          WHERE ur.user_id = u.id) AS roles, \
         (SELECT {agg}(rp.permission, ',') FROM user_roles ur \
          JOIN role_permissions rp ON rp.role_id = ur.role_id WHERE ur.user_id = u.id) AS permissions \
         FROM sessions s JOIN users u ON u.id = s.user_id WHERE s.token_hash = {param}"
    );
    let Some(row) = db
        .query_one_raw(Statement::from_sql_and_values(
            backend,
            sql,
            [token_hash.into()],
        ))
        .await?
    else {
        return Ok(None);
    };
    let split = |s: Option<String>| -> Vec<String> {
        s.map(|s| {
            s.split(',')
                .filter(|p| !p.is_empty())
                .map(str::to_string)
                .collect()
        })
        .unwrap_or_default()
    };
    Ok(Some(SessionPrincipal {
        session_id: row.try_get("", "session_id")?,
        expires_at: row.try_get("", "expires_at")?,
        revoked: row.try_get("", "revoked")?,
        last_seen_at: row.try_get("", "last_seen_at")?,
        user_id: row.try_get("", "user_id")?,
        username: row.try_get("", "username")?,
        team_id: row.try_get("", "team_id")?,
        active: row.try_get("", "active")?,
        auth_version: row.try_get("", "auth_version")?,
        roles: split(row.try_get("", "roles")?),
        permissions: split(row.try_get("", "permissions")?),
    }))
}

/// A session's state as the per-request confirmation of a cached actor reads
/// it (see `auth::sessions`).
pub struct SessionState {
    pub session_id: i64,
    pub expires_at: chrono::DateTime<chrono::Utc>,
    pub revoked: bool,
    pub active: bool,
    pub auth_version: i64,
    pub last_seen_at: chrono::DateTime<chrono::Utc>,
}

/// The cheap per-request read behind a cached session: one row by the unique
/// token hash, joined to the user by primary key.
pub async fn session_state<C: ConnectionTrait>(
    db: &C,
    token_hash: &str,
) -> Result<Option<SessionState>, DbErr> {
    use sea_orm::{DatabaseBackend, Statement};
    let backend = db.get_database_backend();
    let param = match backend {
        DatabaseBackend::Postgres => "$1",
        _ => "?",
    };
    let sql = format!(
        "SELECT s.id, s.expires_at, s.revoked_at IS NOT NULL, u.active, u.auth_version, \
         COALESCE(s.last_seen_at, s.created_at) \
         FROM sessions s JOIN users u ON u.id = s.user_id WHERE s.token_hash = {param}"
    );
    let Some(row) = db
        .query_one_raw(Statement::from_sql_and_values(
            backend,
            sql,
            [token_hash.into()],
        ))
        .await?
    else {
        return Ok(None);
    };
    Ok(Some(SessionState {
        session_id: row.try_get_by_index(0)?,
        expires_at: row.try_get_by_index(1)?,
        revoked: row.try_get_by_index(2)?,
        active: row.try_get_by_index(3)?,
        auth_version: row.try_get_by_index(4)?,
        last_seen_at: row.try_get_by_index(5)?,
    }))
}
