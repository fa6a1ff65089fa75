//! Demo compliance alerts: a few past episodes, so the auditor's 合规预警
//! list shows what handled and unhandled ones look like. They are all over
//! (cleared); live ones come from the scheduler's evaluation of the trail.
use crate::db::entity::compliance_alert;
use crate::domain::alerts::AlertState;
use crate::domain::compliance::ComplianceRule;
use crate::error::AppResult;
use crate::service::Services;
use chrono::{DateTime, Duration, Utc};
use sea_orm::{ActiveModelTrait, ActiveValue::NotSet, Set};
use std::collections::HashMap;

struct Past {
    rule: ComplianceRule,
    user: &'static str,
    value: i64,
    /// Hours before now it was raised, and minutes it lasted.
    hours_ago: i64,
    lasted: i64,
    ack: Option<&'static str>,
}

const PAST: &[Past] = &[
    Past {
        rule: ComplianceRule::MassAccess,
        user: "agent3",
        value: 34,
        hours_ago: 74,
        lasted: 18,
        ack: Some("已核实：为批量退费逐一回访，班组长事先批准，无异常"),
    },
    Past {
        rule: ComplianceRule::OffHours,
        user: "expert2",
        value: 3,
        hours_ago: 45,
        lasted: 60,
        ack: Some("夜间值班处理重大投诉，已补登值班记录"),
    },
    Past {
        rule: ComplianceRule::RepeatedDenials,
        user: "agent5",
        value: 12,
        hours_ago: 20,
        lasted: 10,
        ack: None,
    },
];

pub(super) async fn seed_compliance_history(
    s: &Services,
    users: &HashMap<&'static str, i64>,
    auditor: i64,
    now: DateTime<Utc>,
) -> AppResult<()> {
    for p in PAST {
        let Some(&actor) = users.get(p.user) else {
            continue;
        };
        let defaults = p.rule.defaults();
        let raised = now - Duration::hours(p.hours_ago);
        let cleared = raised + Duration::minutes(p.lasted);
        compliance_alert::ActiveModel {
            id: NotSet,
            rule: Set(p.rule.code().to_string()),
            actor_id: Set(actor),
            actor_name: Set(p.user.to_string()),
            state: Set(AlertState::Cleared.code().to_string()),
            value: Set(p.value),
            threshold: Set(defaults.threshold),
            window_minutes: Set(defaults.window_minutes),
            raised_at: Set(raised),
            last_evaluated_at: Set(cleared),
            acknowledged_at: Set(p.ack.map(|_| raised + Duration::minutes(p.lasted / 2))),
            acknowledged_by: Set(p.ack.map(|_| auditor)),
            ack_note: Set(p.ack.map(str::to_string)),
            cleared_at: Set(Some(cleared)),
        }
        .insert(s.db.conn())
        .await?;
    }
    Ok(())
}

/// One pending erasure request, asked for by the supervisor for a customer
/// whose complaint is closed, so the auditor's 个人信息删除申请 list has one
/// to decide.
pub(super) async fn seed_erasure_request(
    s: &Services,
    meta: &crate::auth::RequestMeta,
    supervisor: &crate::auth::Actor,
) -> AppResult<()> {
    use crate::db::entity::complaint;
    use crate::domain::complaint::Status;
    use sea_orm::{ColumnTrait, EntityTrait, QueryFilter, QueryOrder};
    let closed = complaint::Entity::find()
        .filter(complaint::Column::Status.eq(Status::Closed.code()))
        .order_by_asc(complaint::Column::Id)
        .one(s.db().conn())
        .await?;
    if let Some(c) = closed {
        s.request_erasure(
            supervisor,
            meta,
            c.customer_id,
            "客户来电表示已注销全部业务，要求删除其个人信息（已核实身份）。",
        )
        .await?;
    }
    Ok(())
}
