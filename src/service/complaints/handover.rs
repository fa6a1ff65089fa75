//! The A/B role (`roster.manage`): each member may name a backup in the same
//! team; marking a member absent hands their open complaints to the backup
//! (or back to the team queue when the backup is away too), so none waits
//! on someone who is not there. Routing gives an absent member's turns to
//! the backup as well (`domain::routing::pick`).
use crate::audit::{self, Entry};
use crate::auth::{Actor, RequestMeta};
use crate::db::entity::{complaint, user};
use crate::domain::complaint::{EventKind, Status};
use crate::domain::permission::Permission;
use crate::domain::routing::{self as d, Member};
use crate::error::{AppError, AppResult, Reason};
use crate::service::complaints::timeline::{insert_event, NewEvent};
use crate::service::identity::views::UserView;
use crate::service::notifications::{self, NewNotification, NotificationKind};
use crate::service::Services;
use sea_orm::sea_query::Expr;
use sea_orm::{ActiveModelTrait, ColumnTrait, EntityTrait, QueryFilter, QueryOrder, Set};

/// A member's roster state, stated in full.
#[derive(Debug, Clone)]
pub struct RosterInput {
    pub user_id: i64,
    pub absent: bool,
    /// The backup (B role); `None` for none.
    pub backup_user_id: Option<i64>,
}

/// The member after the change, and the complaints handed over.
#[derive(Debug, Clone)]
pub struct RosterChange {
    pub user: UserView,
    /// Open complaints that moved: to the backup, or to the team queue.
    pub handed_over: Vec<i64>,
    pub to: Option<i64>,
}

impl Services {
    /// Set a member's absence and backup (`roster.manage`); audited. Marking
    /// someone absent hands their open complaints over in the same
    /// transaction, each with a timeline entry.
    pub async fn set_user_roster(
        &self,
        actor: &Actor,
        meta: &RequestMeta,
        input: RosterInput,
    ) -> AppResult<RosterChange> {
        self.enforce(actor, meta, "user.roster", Permission::RosterManage)
            .await?;
        let now = self.now();
        let tx = self.db.write_tx().await?;
        let u = user::Entity::find_by_id(input.user_id)
            .one(&*tx)
            .await?
            .ok_or_else(|| AppError::bad_input("userId", "unknown user"))?;
        let Some(team_id) = u.team_id else {
            return Err(AppError::bad_input(
                "userId",
                "only a member of a team has a backup or an absence",
            ));
        };
        let team: Vec<user::Model> = user::Entity::find()
            .filter(user::Column::TeamId.eq(team_id))
            .filter(user::Column::Active.eq(true))
            .all(&*tx)
            .await?;
        if let Some(b) = input.backup_user_id {
            if b == u.id {
                return Err(AppError::bad_input(
                    "backupUserId",
                    "a member cannot be their own backup",
                ));
            }
            if !team.iter().any(|m| m.id == b) {
                return Err(AppError::because(
                    Reason::NotTeamMember,
                    "the backup must be an active member of the same team",
                )
                .on_field("backupUserId"));
            }
        }
        let mut am: user::ActiveModel = u.clone().into();
        am.absent = Set(input.absent);
        am.backup_user_id = Set(input.backup_user_id);
        am.updated_at = Set(now);
        let saved = am.update(&*tx).await?;

        let as_member = |m: &user::Model| Member {
            id: m.id,
            absent: if m.id == u.id { input.absent } else { m.absent },
            backup_id: if m.id == u.id {
                input.backup_user_id
            } else {
                m.backup_user_id
            },
            open: 0,
        };
        let members: Vec<Member> = team.iter().map(as_member).collect();
        let mut handed_over = Vec::new();
        let mut to = None;
        if input.absent && !u.absent {
            to = d::takeover(&as_member(&u), &members);
            let open: Vec<&str> = Status::ALL
                .iter()
                .filter(|s| s.is_open())
                .map(|s| s.code())
                .collect();
            let work = complaint::Entity::find()
                .filter(complaint::Column::AssigneeId.eq(u.id))
                .filter(complaint::Column::Status.is_in(open))
                .order_by_asc(complaint::Column::Id)
                .all(&*tx)
                .await?;
            let backup_name = match to {
                Some(b) => team
                    .iter()
                    .find(|m| m.id == b)
                    .map(|m| m.display_name.clone()),
                None => None,
            };
            for c in work {
                let res = complaint::Entity::update_many()
                    .col_expr(complaint::Column::AssigneeId, Expr::value(to))
                    .col_expr(complaint::Column::Version, Expr::value(c.version + 1))
                    .col_expr(complaint::Column::UpdatedAt, Expr::value(now))
                    .filter(complaint::Column::Id.eq(c.id))
                    .filter(complaint::Column::Version.eq(c.version))
                    .exec(&*tx)
                    .await?;
                if res.rows_affected == 0 {
                    return Err(AppError::stale_version(format!(
                        "complaint {} changed meanwhile; try again",
                        c.number
                    )));
                }
                let body = match &backup_name {
                    Some(n) => format!("{}缺勤，由B角{}接手", u.display_name, n),
                    None => format!("{}缺勤且无在岗B角，退回班组队列", u.display_name),
                };
                let event = NewEvent::internal(
                    EventKind::Assigned,
                    serde_json::json!({ "assigneeId": to, "insteadOf": u.id, "reason": "absent" }),
                )
                .body(Some(body));
                insert_event(&*tx, c.id, Some(actor.user_id.0), event, now).await?;
                if let Some(b) = to {
                    notifications::notify(
                        &*tx,
                        now,
                        &[b],
                        NewNotification {
                            kind: NotificationKind::Assigned,
                            title: format!("投诉 {} 已转由您代办（B角）", c.number),
                            body: c.title.clone(),
                            complaint_id: Some(c.id),
                            alert_id: None,
                        },
                    )
                    .await?;
                }
                handed_over.push(c.id);
            }
        }
        let entry = Entry::new("user.roster", Some(actor))
            .target("user", u.id)
            .detail(serde_json::json!({
                "absent": input.absent,
                "backupUserId": input.backup_user_id,
                "handedOver": handed_over,
                "to": to,
            }));
        audit::record(&tx, meta, now, entry).await?;
        tx.commit().await?;
        if to.is_some() && !handed_over.is_empty() {
            self.notification_hub.wake();
        }
        Ok(RosterChange {
            user: saved.into(),
            handed_over,
            to,
        })
    }
}
