//! Demo approvals: a resolution above its proposer's authority is approved by
//! the demo approver before the complaint is resolved (the ones still at
//! 处理方案待确认 keep theirs pending, for the approvals queue).
use crate::auth::{Actor, RequestMeta};
use crate::db::entity::{approval, complaint};
use crate::domain::approval::ApprovalStatus;
use crate::error::AppResult;
use crate::service::approvals::Decision;
use crate::service::complaints::views::ComplaintView;
use crate::service::Services;
use sea_orm::{ColumnTrait, EntityTrait, QueryFilter};

/// Approve `c`'s pending approval, if it has one, and keep `c`'s version
/// current.
pub(super) async fn approve_pending(
    s: &Services,
    approver: &Actor,
    meta: &RequestMeta,
    c: &mut ComplaintView,
) -> AppResult<()> {
    let pending = approval::Entity::find()
        .filter(approval::Column::ComplaintId.eq(c.id.0))
        .filter(approval::Column::Status.eq(ApprovalStatus::Pending.code()))
        .one(s.db.conn())
        .await?;
    let Some(p) = pending else { return Ok(()) };
    s.decide_approval(
        approver,
        meta,
        Decision {
            id: p.id,
            approve: true,
            amount_cents: None,
            reason: "金额与查证结果相符，同意按方案赔付。".into(),
        },
    )
    .await?;
    if let Some(row) = complaint::Entity::find_by_id(c.id.0)
        .one(s.db.conn())
        .await?
    {
        c.version = row.version;
    }
    Ok(())
}
