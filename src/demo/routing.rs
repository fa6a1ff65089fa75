//! The demo's routing rules and A/B pairs, set up after the history was
//! replayed (the history keeps the teams its complaints were worked by).
use super::org::Org;
use crate::auth::RequestMeta;
use crate::domain::routing::{AssignMode, Conditions};
use crate::error::{AppError, AppResult};
use crate::service::complaints::handover::RosterInput;
use crate::service::routing::RuleInput;
use crate::service::Services;

/// Create the demo's rules (as the administrator) and pair the experts as
/// each other's backup (as the supervisor).
pub(super) async fn seed_routing(s: &Services, meta: &RequestMeta, org: &Org) -> AppResult<()> {
    let user = |name: &str| {
        org.users
            .get(name)
            .copied()
            .ok_or_else(|| AppError::internal_msg(format!("demo user {name} missing")))
    };
    let team = |key: &str| {
        org.teams
            .get(key)
            .copied()
            .ok_or_else(|| AppError::internal_msg(format!("demo team {key} missing")))
    };
    let category = |code: &str| {
        org.category_ids
            .get(code)
            .copied()
            .ok_or_else(|| AppError::internal_msg(format!("demo category {code} missing")))
    };
    let admin = s.actor_for_user(user("admin")?).await?;
    let rules = [
        (
            "监管转办与媒体曝光直达专家组",
            true,
            Conditions {
                channels: vec!["regulator".into(), "social_media".into()],
                ..Default::default()
            },
            team("expert")?,
            AssignMode::RoundRobin,
        ),
        (
            "重大投诉交专家组在办最少者",
            true,
            Conditions {
                major: Some(true),
                ..Default::default()
            },
            team("expert")?,
            AssignMode::LeastLoaded,
        ),
        (
            "KFR系列空调质量问题进质量管理部队列",
            true,
            Conditions {
                category_ids: vec![category("quality")?],
                product_model: Some("KFR-*".into()),
                ..Default::default()
            },
            team("dept_quality")?,
            AssignMode::TeamQueue,
        ),
        (
            "千元以上计费争议且三次以上来电（试行，未启用）",
            false,
            Conditions {
                category_ids: vec![category("billing")?],
                amount_min_cents: Some(100_000),
                min_earlier_complaints: Some(3),
                ..Default::default()
            },
            team("expert")?,
            AssignMode::RoundRobin,
        ),
    ];
    for (name, active, conditions, team_id, assign_mode) in rules {
        s.save_routing_rule(
            &admin,
            meta,
            RuleInput {
                id: None,
                expected_version: None,
                name: name.into(),
                active,
                conditions,
                team_id,
                assign_mode,
            },
        )
        .await?;
    }
    let supervisor = s.actor_for_user(user("supervisor")?).await?;
    for (member, backup) in [("expert", "expert2"), ("expert2", "expert")] {
        s.set_user_roster(
            &supervisor,
            meta,
            RosterInput {
                user_id: user(member)?,
                absent: false,
                backup_user_id: Some(user(backup)?),
            },
        )
        .await?;
    }
    Ok(())
}
