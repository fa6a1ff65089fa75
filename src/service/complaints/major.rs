//! Major complaints (issue 13 §2): the configured criteria, and assessing a
//! complaint against them when it is registered or edited. A complaint that
//! becomes major says why on its timeline and tells the centre head and the
//! senior manager in charge in the same transaction; its clocks tighten
//! (`sla::Targets::major`). Closing one is the centre head's sign-off
//! (`auth::policy::can_act`).
use crate::auth::{Actor, RequestMeta};
use crate::db::entity::{complaint, major_criteria};
use crate::domain::complaint::{Channel, EventKind};
use crate::domain::major::{assess, Criteria, Facts, Why};
use crate::domain::permission::Permission;
use crate::error::{AppError, AppResult};
use crate::service::complaints::change::Change;
use crate::service::complaints::timeline::NewEvent;
use crate::service::notifications::{self, NewNotification, NotificationKind};
use crate::service::Services;
use chrono::{DateTime, Utc};
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, EntityTrait, PaginatorTrait, QueryFilter, Set,
};

/// The roles told at once about a major complaint.
pub const TOLD: [&str; 2] = ["centre_head", "senior_manager"];

/// The criteria as stored, with who changed them last.
#[derive(Debug, Clone)]
pub struct CriteriaView {
    pub criteria: Criteria,
    pub version: i32,
    pub updated_at: Option<DateTime<Utc>>,
    pub updated_by: Option<i64>,
}

/// What a complaint that became major adds to its change.
pub(crate) struct BecameMajor {
    pub event: NewEvent,
    pub recipients: Vec<i64>,
    pub notification: NewNotification,
}

fn from_row(r: major_criteria::Model) -> AppResult<CriteriaView> {
    let mut channels = Vec::new();
    for code in r.channels.split(',').filter(|c| !c.is_empty()) {
        channels.push(Channel::from_code(code).ok_or_else(|| {
            AppError::internal_msg(format!("unknown channel {code} in major criteria"))
        })?);
    }
    Ok(CriteriaView {
        criteria: Criteria {
            amount_over_cents: r.amount_over_cents,
            channels,
            repeat_same_issue: r.repeat_same_issue,
            announcement_count_over: r.announcement_count_over,
        },
        version: r.version,
        updated_at: Some(r.updated_at),
        updated_by: r.updated_by,
    })
}

async fn stored_criteria(db: &impl ConnectionTrait) -> AppResult<CriteriaView> {
    match major_criteria::Entity::find_by_id(1).one(db).await? {
        Some(r) => from_row(r),
        None => Ok(CriteriaView {
            criteria: Criteria::default(),
            version: 0,
            updated_at: None,
            updated_by: None,
        }),
    }
}

impl Services {
    /// The criteria in force (the defaults until an administrator saves some).
    pub async fn major_criteria(&self, _actor: &Actor) -> AppResult<CriteriaView> {
        stored_criteria(self.db.conn()).await
    }

    /// Replace the criteria (`major.manage`); `expected_version` guards
    /// against overwriting someone else's change (0 before the first save).
    pub async fn update_major_criteria(
        &self,
        actor: &Actor,
        meta: &RequestMeta,
        c: Criteria,
        expected_version: i32,
    ) -> AppResult<CriteriaView> {
        self.enforce(actor, meta, "major.criteria", Permission::MajorManage)
            .await?;
        if c.amount_over_cents.is_some_and(|a| a < 0) {
            return Err(AppError::bad_input(
                "amountOverCents",
                "the amount must not be negative",
            ));
        }
        if c.announcement_count_over.is_some_and(|n| n < 0) {
            return Err(AppError::bad_input(
                "announcementCountOver",
                "the count must not be negative",
            ));
        }
        let now = self.now();
        let tx = self.db.write_tx().await?;
        let current = stored_criteria(&*tx).await?;
        if current.version != expected_version {
            return Err(AppError::stale_version(format!(
                "the criteria were changed by someone else (current version {}); reload and try again",
                current.version
            )));
        }
        let mut codes: Vec<&str> = c.channels.iter().map(|ch| ch.code()).collect();
        codes.sort_unstable();
        codes.dedup();
        let row = major_criteria::ActiveModel {
            id: Set(1),
            amount_over_cents: Set(c.amount_over_cents),
            channels: Set(codes.join(",")),
            repeat_same_issue: Set(c.repeat_same_issue),
            announcement_count_over: Set(c.announcement_count_over),
            version: Set(expected_version + 1),
            updated_at: Set(now),
            updated_by: Set(Some(actor.user_id.0)),
        };
        let saved = if expected_version == 0 {
            row.insert(&*tx).await?
        } else {
            row.update(&*tx).await?
        };
        crate::audit::record(
            &tx,
            meta,
            now,
            crate::audit::Entry::new("major.criteria", Some(actor)).detail(serde_json::json!({
                "amountOverCents": c.amount_over_cents, "channels": codes,
                "repeatSameIssue": c.repeat_same_issue,
                "announcementCountOver": c.announcement_count_over,
            })),
        )
        .await?;
        tx.commit().await?;
        from_row(saved)
    }

    /// The centre heads, and what they are told, when a major complaint's
    /// callback leaves it waiting for their sign-off.
    pub(crate) async fn sign_off_due(
        &self,
        m: &complaint::Model,
    ) -> AppResult<(Vec<i64>, NewNotification)> {
        let heads = notifications::recipients_with_role(self.db.conn(), TOLD[0]).await?;
        Ok((
            heads,
            NewNotification {
                kind: NotificationKind::Major,
                title: format!("重大投诉 {} 已回访，待您签字结案", m.number),
                body: m.title.clone(),
                complaint_id: Some(m.id),
                alert_id: None,
            },
        ))
    }

    /// After an edit of `current` into `am`: when the complaint becomes major,
    /// mark it, tighten its clocks and tell the people in charge.
    pub(crate) async fn reassess_major<'a>(
        &self,
        current: &complaint::Model,
        am: &mut complaint::ActiveModel,
        change: Change<'a>,
    ) -> AppResult<Change<'a>> {
        let mut next = current.clone();
        next.is_major = *am.is_major.as_ref();
        next.amount_disputed_cents = *am.amount_disputed_cents.as_ref();
        next.refund_requested_cents = *am.refund_requested_cents.as_ref();
        next.channel = am.channel.as_ref().clone();
        let Some(major) = self.assess_major(self.db.conn(), &next, false).await? else {
            return Ok(change);
        };
        am.is_major = Set(true);
        Ok(change
            .also(major.event)
            .notifying(major.recipients, major.notification)
            .moving_clocks(crate::service::sla::Trigger::Retargeted))
    }

    /// Assess `m` (as about to be written) against the criteria; when it is
    /// major and was not, what its change records and who is told. `db` is
    /// the change's transaction.
    pub(crate) async fn assess_major(
        &self,
        db: &impl ConnectionTrait,
        m: &complaint::Model,
        was_major: bool,
    ) -> AppResult<Option<BecameMajor>> {
        if was_major {
            return Ok(None);
        }
        let criteria = stored_criteria(db).await?.criteria;
        let announcement_complaints = match m.announcement_id {
            Some(a) if criteria.announcement_count_over.is_some() => {
                complaint::Entity::find()
                    .filter(complaint::Column::AnnouncementId.eq(a))
                    .count(db)
                    .await? as i64
            }
            _ => 0,
        };
        let channel = Channel::from_code(&m.channel)
            .ok_or_else(|| AppError::internal_msg(format!("unknown channel {}", m.channel)))?;
        let facts = Facts {
            flagged: m.is_major,
            amount_cents: m.amount_disputed_cents.max(m.refund_requested_cents),
            channel,
            repeat_of_same_issue: m.repeat_of_id.is_some(),
            announcement_complaints,
        };
        let why = assess(&criteria, &facts);
        if why.is_empty() {
            return Ok(None);
        }
        let labels: Vec<String> = why.iter().map(Why::label).collect();
        let mut recipients = Vec::new();
        for role in TOLD {
            recipients.extend(notifications::recipients_with_role(db, role).await?);
        }
        recipients.sort_unstable();
        recipients.dedup();
        Ok(Some(BecameMajor {
            event: NewEvent::internal(
                EventKind::MajorFlagged,
                serde_json::json!({ "reasons": why }),
            )
            .body(Some(labels.join("；"))),
            recipients,
            notification: NewNotification {
                kind: NotificationKind::Major,
                title: format!("重大投诉 {}：{}", m.number, labels.join("；")),
                body: m.title.clone(),
                complaint_id: Some(m.id),
                alert_id: None,
            },
        }))
    }
}
