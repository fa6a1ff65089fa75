//! `users.auth_version`: a number that changes whenever what a session of
//! that user may do changes (username, team, active flag, roles, a role's
//! permissions or code). A server may keep a session's actor in memory and
//! confirm it on each request with one indexed lookup of the session and this
//! number: equal means nothing that shapes the actor has changed since it was
//! loaded, in this process or any other sharing the database.
//!
//! The number is kept by triggers, so every write path bumps it, including
//! ones written later and ones run by hand in SQL.
use sea_orm_migration::prelude::*;
use sea_orm_migration::sea_orm::DatabaseBackend;

pub struct Migration;

impl MigrationName for Migration {
    fn name(&self) -> &str {
        "m20261204_000003_auth_version"
    }
}

const BUMP_USER: &str = "UPDATE users SET auth_version = auth_version + 1 WHERE id =";
const BUMP_ROLE: &str = "UPDATE users SET auth_version = auth_version + 1 \
     WHERE id IN (SELECT user_id FROM user_roles WHERE role_id =";

fn sqlite_up() -> Vec<String> {
    let mut s = vec![format!(
        "CREATE TRIGGER auth_version_users AFTER UPDATE OF username, team_id, active ON users \
         BEGIN {BUMP_USER} NEW.id; END"
    )];
    for (op, row) in [("INSERT", "NEW"), ("DELETE", "OLD")] {
        let name = op.to_lowercase();
        s.push(format!(
            "CREATE TRIGGER auth_version_user_roles_{name} AFTER {op} ON user_roles \
             BEGIN {BUMP_USER} {row}.user_id; END"
        ));
        s.push(format!(
            "CREATE TRIGGER auth_version_role_permissions_{name} AFTER {op} ON role_permissions \
             BEGIN {BUMP_ROLE} {row}.role_id); END"
        ));
    }
    s.push(format!(
        "CREATE TRIGGER auth_version_user_roles_update AFTER UPDATE ON user_roles \
         BEGIN {BUMP_USER} OLD.user_id; {BUMP_USER} NEW.user_id; END"
    ));
    s.push(format!(
        "CREATE TRIGGER auth_version_role_permissions_update AFTER UPDATE ON role_permissions \
         BEGIN {BUMP_ROLE} OLD.role_id); {BUMP_ROLE} NEW.role_id); END"
    ));
    s.push(format!(
        "CREATE TRIGGER auth_version_roles AFTER UPDATE OF code ON roles \
         BEGIN {BUMP_ROLE} NEW.id); END"
    ));
    s
}

const SQLITE_TRIGGERS: &[&str] = &[
    "auth_version_users",
    "auth_version_user_roles_insert",
    "auth_version_user_roles_delete",
    "auth_version_user_roles_update",
    "auth_version_role_permissions_insert",
    "auth_version_role_permissions_delete",
    "auth_version_role_permissions_update",
    "auth_version_roles",
];

fn postgres_up() -> Vec<String> {
    vec![
        "CREATE FUNCTION kesu_auth_version_users() RETURNS trigger AS $$ BEGIN \
         NEW.auth_version := OLD.auth_version + 1; RETURN NEW; END $$ LANGUAGE plpgsql"
            .into(),
        "CREATE TRIGGER auth_version_users BEFORE UPDATE OF username, team_id, active ON users \
         FOR EACH ROW EXECUTE FUNCTION kesu_auth_version_users()"
            .into(),
        format!(
            "CREATE FUNCTION kesu_auth_version_user_roles() RETURNS trigger AS $$ BEGIN \
             IF TG_OP <> 'DELETE' THEN {BUMP_USER} NEW.user_id; END IF; \
             IF TG_OP <> 'INSERT' THEN {BUMP_USER} OLD.user_id; END IF; \
             RETURN NULL; END $$ LANGUAGE plpgsql"
        ),
        "CREATE TRIGGER auth_version_user_roles AFTER INSERT OR UPDATE OR DELETE ON user_roles \
         FOR EACH ROW EXECUTE FUNCTION kesu_auth_version_user_roles()"
            .into(),
        format!(
            "CREATE FUNCTION kesu_auth_version_role_permissions() RETURNS trigger AS $$ BEGIN \
             IF TG_OP <> 'DELETE' THEN {BUMP_ROLE} NEW.role_id); END IF; \
             IF TG_OP <> 'INSERT' THEN {BUMP_ROLE} OLD.role_id); END IF; \
             RETURN NULL; END $$ LANGUAGE plpgsql"
        ),
        "CREATE TRIGGER auth_version_role_permissions AFTER INSERT OR UPDATE OR DELETE \
         ON role_permissions FOR EACH ROW EXECUTE FUNCTION kesu_auth_version_role_permissions()"
            .into(),
        format!(
            "CREATE FUNCTION kesu_auth_version_roles() RETURNS trigger AS $$ BEGIN \
             {BUMP_ROLE} NEW.id); RETURN NULL; END $$ LANGUAGE plpgsql"
        ),
        "CREATE TRIGGER auth_version_roles AFTER UPDATE OF code ON roles \
         FOR EACH ROW EXECUTE FUNCTION kesu_auth_version_roles()"
            .into(),
    ]
}

const POSTGRES_DOWN: &[&str] = &[
    "DROP TRIGGER auth_version_users ON users",
    "DROP TRIGGER auth_version_user_roles ON user_roles",
    "DROP TRIGGER auth_version_role_permissions ON role_permissions",
    "DROP TRIGGER auth_version_roles ON roles",
    "DROP FUNCTION kesu_auth_version_users()",
    "DROP FUNCTION kesu_auth_version_user_roles()",
    "DROP FUNCTION kesu_auth_version_role_permissions()",
    "DROP FUNCTION kesu_auth_version_roles()",
];

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, m: &SchemaManager) -> Result<(), DbErr> {
        m.alter_table(
            Table::alter()
                .table("users")
                .add_column(
                    ColumnDef::new("auth_version")
                        .big_integer()
                        .not_null()
                        .default(0),
                )
                .take(),
        )
        .await?;
        let db = m.get_connection();
        let statements = match m.get_database_backend() {
            DatabaseBackend::Postgres => postgres_up(),
            _ => sqlite_up(),
        };
        for sql in statements {
            db.execute_unprepared(&sql).await?;
        }
        Ok(())
    }

    async fn down(&self, m: &SchemaManager) -> Result<(), DbErr> {
        let db = m.get_connection();
        match m.get_database_backend() {
            DatabaseBackend::Postgres => {
                for sql in POSTGRES_DOWN {
                    db.execute_unprepared(sql).await?;
                }
            }
            _ => {
                for name in SQLITE_TRIGGERS {
                    db.execute_unprepared(&format!("DROP TRIGGER {name}"))
                        .await?;
                }
            }
        }
        m.alter_table(
            Table::alter()
                .table("users")
                .drop_column("auth_version")
                .take(),
        )
        .await
    }
}
