//! Who can take a complaint: the active members of the team that has it.
use crate::auth::policy;
use crate::auth::{Actor, RequestMeta};
use crate::db::entity::{team, user};
use crate::error::{AppError, AppResult, Reason};
use crate::service::authz::on;
use crate::service::identity::views::UserView;
use crate::service::Services;
use sea_orm::{ColumnTrait, EntityTrait, QueryFilter, QueryOrder};

impl Services {
    /// The active members of a team, by username, for someone who may assign
    /// there (`policy::can_assign_in_team`; a refusal is audited).
    pub async fn assignable_users(
        &self,
        actor: &Actor,
        meta: &RequestMeta,
        team_id: i64,
    ) -> AppResult<Vec<UserView>> {
        team::Entity::find_by_id(team_id)
            .one(self.db.conn())
            .await?
            .ok_or_else(|| AppError::not_found(format!("team {team_id}")))?;
        let decision = policy::can_assign_in_team(actor, crate::domain::ids::TeamId(team_id));
        let target = on("team", team_id);
        self.authorize(actor, meta, "team.assignable_users", target, decision)
            .await?;
        let rows = user::Entity::find()
            .filter(user::Column::TeamId.eq(team_id))
            .filter(user::Column::Active.eq(true))
            .order_by_asc(user::Column::Username)
            .all(self.db.conn())
            .await?;
        Ok(rows.into_iter().map(UserView::from).collect())
    }

    /// `assignee` is an active member of `team` (else NOT_TEAM_MEMBER on
    /// `field`): a complaint is only ever with someone of the team that has it.
    pub(crate) async fn ensure_team_member(
        &self,
        field: &str,
        team: Option<i64>,
        assignee: i64,
    ) -> AppResult<()> {
        let member = user::Entity::find_by_id(assignee)
            .one(self.db.conn())
            .await?
            .filter(|u| u.active && team.is_some() && u.team_id == team);
        match member {
            Some(_) => Ok(()),
            None => Err(AppError::because(
                Reason::NotTeamMember,
                "the assignee must be an active member of the complaint's team",
            )
            .on_field(field)),
        }
    }
}
