//! Teams (the organisation tree complaints are routed through).
use crate::audit;
use crate::audit::Entry;
use crate::auth::{Actor, RequestMeta};
use crate::db::entity::{complaint, team};
use crate::domain::complaint::Status;
use crate::domain::permission::Permission;
use crate::error::{AppError, AppResult, Reason};
use crate::service::org::views::TeamView;
use crate::service::{required_text, Services};
use sea_orm::ActiveValue::NotSet;
use sea_orm::{
    ActiveModelTrait, ColumnTrait, EntityTrait, IntoActiveModel, PaginatorTrait, QueryFilter,
    QueryOrder, Set,
};

pub const TEAM_KINDS: &[&str] = &["center", "branch", "store", "expert", "department"];

impl Services {
    pub async fn create_team(
        &self,
        actor: Option<&Actor>,
        meta: &RequestMeta,
        name: &str,
        kind: &str,
        parent_id: Option<i64>,
    ) -> AppResult<TeamView> {
        if let Some(a) = actor {
            self.enforce(a, meta, "team.create", Permission::TeamManage)
                .await?;
        }
        let name = required_text("name", name, 100)?;
        if !TEAM_KINDS.contains(&kind) {
            return Err(AppError::bad_input(
                "kind",
                format!("kind must be one of {}", TEAM_KINDS.join(", ")),
            ));
        }
        if let Some(p) = parent_id {
            self.team_exists(p).await?;
        }
        let now = self.now();
        let tx = self.db.write_tx().await?;
        if team::Entity::find()
            .filter(team::Column::Name.eq(&name))
            .one(&*tx)
            .await?
            .is_some()
        {
            return Err(AppError::already_exists(
                "name",
                format!("team {name} exists"),
            ));
        }
        let t = team::ActiveModel {
            id: NotSet,
            name: Set(name.clone()),
            kind: Set(kind.into()),
            parent_id: Set(parent_id),
            created_at: Set(now),
            calendar_id: Set(None),
        }
        .insert(&*tx)
        .await?;
        let mut entry = Entry::new("team.create", actor)
            .target("team", t.id)
            .detail(serde_json::json!({ "name": name, "kind": kind }));
        if actor.is_none() {
            entry = entry.actor_name("system");
        }
        audit::record(&tx, meta, now, entry).await?;
        tx.commit().await?;
        Ok(t.into())
    }

    pub async fn update_team(
        &self,
        actor: &Actor,
        meta: &RequestMeta,
        id: i64,
        name: Option<&str>,
        parent_id: Option<Option<i64>>,
        kind: Option<&str>,
    ) -> AppResult<TeamView> {
        self.enforce(actor, meta, "team.update", Permission::TeamManage)
            .await?;
        let t = team::Entity::find_by_id(id)
            .one(self.db.conn())
            .await?
            .ok_or_else(|| AppError::not_found(format!("team {id}")))?;
        let name = name.map(|n| required_text("name", n, 100)).transpose()?;
        let kind = kind.filter(|k| *k != t.kind);
        if let Some(k) = kind {
            if !TEAM_KINDS.contains(&k) {
                return Err(AppError::bad_input(
                    "kind",
                    format!("kind must be one of {}", TEAM_KINDS.join(", ")),
                ));
            }
            // the kind decides where complaints go (the expert team, departments):
            // it changes only while no open complaint is with the team
            let open: Vec<&str> = Status::ALL
                .iter()
                .filter(|s| s.is_open())
                .map(|s| s.code())
                .collect();
            let n = complaint::Entity::find()
                .filter(complaint::Column::TeamId.eq(id))
                .filter(complaint::Column::Status.is_in(open))
                .count(self.db.conn())
                .await?;
            if n > 0 {
                return Err(AppError::because(
                    Reason::TeamHasOpenComplaints,
                    format!("the team has {n} open complaints; its kind cannot change now"),
                )
                .on_field("kind"));
            }
        }
        if let Some(Some(p)) = parent_id {
            if p == id {
                return Err(AppError::bad_input(
                    "parentId",
                    "a team cannot be its own parent",
                ));
            }
            self.team_exists(p).await?;
            // refuse cycles: walk up from the new parent
            let mut cursor = Some(p);
            while let Some(c) = cursor {
                if c == id {
                    return Err(AppError::bad_input(
                        "parentId",
                        "that parent would create a cycle",
                    ));
                }
                cursor = team::Entity::find_by_id(c)
                    .one(self.db.conn())
                    .await?
                    .and_then(|t| t.parent_id);
            }
        }
        let now = self.now();
        let tx = self.db.write_tx().await?;
        let mut am = t.into_active_model();
        if let Some(n) = name {
            am.name = Set(n);
        }
        if let Some(p) = parent_id {
            am.parent_id = Set(p);
        }
        if let Some(k) = kind {
            am.kind = Set(k.to_string());
        }
        let t = am.update(&*tx).await?;
        audit::record(
            &tx,
            meta,
            now,
            Entry::new("team.update", Some(actor)).target("team", id),
        )
        .await?;
        tx.commit().await?;
        Ok(t.into())
    }

    pub(crate) async fn team_exists(&self, id: i64) -> AppResult<()> {
        team::Entity::find_by_id(id)
            .one(self.db.conn())
            .await?
            .map(|_| ())
            .ok_or_else(|| AppError::bad_input("teamId", "unknown team"))
    }

    pub async fn teams_by_ids(&self, ids: &[i64]) -> AppResult<Vec<TeamView>> {
        let rows = team::Entity::find()
            .filter(team::Column::Id.is_in(ids.iter().copied()))
            .all(self.db.conn())
            .await?;
        Ok(rows.into_iter().map(TeamView::from).collect())
    }

    pub async fn teams(&self) -> AppResult<Vec<TeamView>> {
        let rows = team::Entity::find()
            .order_by_asc(team::Column::Id)
            .all(self.db.conn())
            .await?;
        Ok(rows.into_iter().map(TeamView::from).collect())
    }
}
