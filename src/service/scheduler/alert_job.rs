//! The recurring alert evaluation: raise and clear the operational alerts
//! and the compliance alerts, and tell those who watch them (holders of
//! `alert.view` and of `audit.read` respectively).
use super::recur::{job_meta, next_run};
use super::{arm, Job, JobKind, JobSpec};
use crate::audit::{self, Entry};
use crate::db::WriteTx;
use crate::domain::alerts::{Level, Scope};
use crate::domain::compliance::ComplianceRule;
use crate::domain::permission::Permission;
use crate::error::AppResult;
use crate::service::alerts::AlertView;
use crate::service::compliance::ComplianceAlertView;
use crate::service::notifications::{self, NewNotification, NotificationKind};
use crate::service::Services;
use chrono::{DateTime, Duration, Utc};

/// The key of the one pending alert evaluation.
pub const ALERTS_EVALUATE_KEY: &str = "system:alerts.evaluate";
/// How often the rules are evaluated.
pub const ALERTS_EVALUATE_EVERY: Duration = Duration::minutes(1);

pub(super) fn alerts_evaluate(run_at: DateTime<Utc>) -> JobSpec {
    JobSpec {
        kind: JobKind::AlertsEvaluate,
        key: ALERTS_EVALUATE_KEY.to_string(),
        complaint_id: None,
        payload: serde_json::json!({}),
        run_at,
    }
}

fn title(a: &AlertView) -> String {
    let (colour, what) = match a.level {
        Level::Yellow => ("黄色预警", format!("响应及时率 {:.1}%", a.value * 100.0)),
        Level::Orange => ("橙色预警", format!("环节超时率 {:.1}%", a.value * 100.0)),
        Level::Red => (
            "红色预警",
            format!("一小时内同类投诉 {} 件", a.value as i64),
        ),
    };
    let scope = match &a.scope {
        Scope::Centre => String::new(),
        Scope::Step(step) => format!("（{step}）"),
        Scope::Category(_) => String::new(),
    };
    format!("【{colour}】{what}{scope}")
}

fn compliance_title(a: &ComplianceAlertView) -> String {
    let what = match a.rule {
        ComplianceRule::MassAccess => format!(
            "{} 分钟内查看 {} 位客户的个人信息",
            a.window_minutes, a.value
        ),
        ComplianceRule::OffHours => format!("非工作时间访问个人信息 {} 次", a.value),
        ComplianceRule::RepeatedDenials => {
            format!("{} 分钟内被拒绝 {} 次", a.window_minutes, a.value)
        }
        ComplianceRule::LargeExport => format!("一次导出 {} 行", a.value),
    };
    format!("【合规预警】{}：{what}", a.actor_name)
}

pub(super) async fn evaluate_alerts(
    services: &Services,
    txn: &WriteTx,
    job: &Job,
) -> AppResult<()> {
    let now = services.now();
    let report = services.evaluate_alerts_in(txn, now).await?;
    if !report.raised.is_empty() {
        let watchers =
            notifications::recipients_with_permission(txn, Permission::AlertView).await?;
        for a in &report.raised {
            let n = NewNotification {
                kind: NotificationKind::Alert,
                title: title(a),
                body: "请在预警页面确认并处置".into(),
                complaint_id: None,
                alert_id: Some(a.id),
            };
            notifications::notify(txn, now, &watchers, n).await?;
        }
        services.wake_notifications();
    }
    let compliance = services.evaluate_compliance_in(txn, now).await?;
    if !compliance.raised.is_empty() {
        let auditors =
            notifications::recipients_with_permission(txn, Permission::AuditRead).await?;
        for a in &compliance.raised {
            let n = NewNotification {
                kind: NotificationKind::ComplianceAlert,
                title: compliance_title(a),
                body: "请在合规审计页面核查并确认".into(),
                complaint_id: None,
                alert_id: None,
            };
            notifications::notify(txn, now, &auditors, n).await?;
        }
        services.wake_notifications();
    }
    if !compliance.raised.is_empty() || !compliance.cleared.is_empty() {
        let entry = Entry::system("compliance.evaluate", audit::SCHEDULER)
            .target("job", job.id)
            .detail(serde_json::json!({
                "raised": compliance.raised.iter().map(|a| a.id).collect::<Vec<_>>(),
                "cleared": compliance.cleared,
            }));
        audit::record(txn, &job_meta(job), now, entry).await?;
    }
    if !report.raised.is_empty() || !report.cleared.is_empty() {
        let entry = Entry::system("alerts.evaluate", audit::SCHEDULER)
            .target("job", job.id)
            .detail(serde_json::json!({
                "raised": report.raised.iter().map(|a| a.id).collect::<Vec<_>>(),
                "cleared": report.cleared.iter().map(|a| a.id).collect::<Vec<_>>(),
            }));
        audit::record(txn, &job_meta(job), now, entry).await?;
    }
    arm(
        txn,
        now,
        alerts_evaluate(next_run(job.run_at, now, ALERTS_EVALUATE_EVERY)),
    )
    .await?;
    Ok(())
}
