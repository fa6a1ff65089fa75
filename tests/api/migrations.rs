use migration::{Migrator, MigratorTrait};

#[tokio::test]
async fn migrations_go_up_down_and_up_again() {
    let dir = tempfile::tempdir().expect("dir");
    let url = match crate::helpers::fresh_database_url(dir.path()).await {
        Some(pg) => pg,
        None => format!("sqlite://{}?mode=rwc", dir.path().join("m.db").display()),
    };
    let db = kesu::db::Db::connect(&url, 2).await.expect("connect");
    Migrator::up(db.conn(), None).await.expect("up");
    Migrator::down(db.conn(), None).await.expect("down");
    assert!(Migrator::get_applied_migrations(db.conn())
        .await
        .expect("applied")
        .is_empty());
    Migrator::up(db.conn(), None).await.expect("up again");
    assert_eq!(
        Migrator::get_pending_migrations(db.conn())
            .await
            .expect("pending")
            .len(),
        0
    );
}
