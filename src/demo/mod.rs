//! Demo data: an organisation, one user per role, categories and about 200
//! complaints spread over every state and channel with realistic timelines.
//! Seeded through the same services as real work (so the audit log and the
//! timelines are real), with a manual clock walking through the last 60 days.
pub mod bulk;
pub mod corpus;
pub mod kb;

use crate::auth::RequestMeta;
use crate::domain::complaint::{Channel, Priority, Responsibility, Status};
use crate::domain::ManualClock;
use crate::error::{AppError, AppResult};
use crate::service::announcements::NewAnnouncement;
use crate::service::complaints::NewComplaint;
use crate::service::complaints::Step;
use crate::service::identity::NewUser;
use crate::service::Services;
use chrono::{DateTime, Duration, Utc};
use corpus::*;
use rand::rngs::StdRng;
use rand::{Rng, SeedableRng};
use std::collections::HashMap;
use std::sync::Arc;

/// The password of every demo account (printed at start; demo only).
pub const DEMO_PASSWORD: &str = "Kesu-demo-2026";
pub const DEMO_COMPLAINTS: usize = 200;

pub struct DemoReport {
    pub password: &'static str,
    pub users: Vec<(String, String, String)>,
    pub complaints: usize,
}

/// Seed the demo data set if the database has no users yet.
pub async fn seed_if_empty(services: &Services) -> AppResult<Option<DemoReport>> {
    if services.user_count().await? > 0 {
        return Ok(None);
    }
    seed(services, DEMO_COMPLAINTS).await.map(Some)
}

pub async fn seed(live: &Services, complaints: usize) -> AppResult<DemoReport> {
    let meta = RequestMeta {
        ip: None,
        request_id: "demo-seed".into(),
        user_agent: None,
    };
    let now = live.now();
    let clock = Arc::new(ManualClock::new(now - Duration::days(61)));
    let s = live.with_clock(clock.clone());

    let mut teams: HashMap<&str, i64> = HashMap::new();
    for t in TEAMS {
        let parent = t.parent.and_then(|p| teams.get(p).copied());
        let v = s.create_team(None, &meta, t.name, t.kind, parent).await?;
        teams.insert(t.key, v.id.0);
    }
    let mut leaf_categories: Vec<(i64, &str, &str)> = vec![]; // (id, code, default team key)
    let mut category_ids: HashMap<&str, i64> = HashMap::new();
    for c in CATEGORIES {
        let team = teams.get(c.default_team).copied();
        let top = s
            .create_category(None, &meta, c.code, c.name, None, team)
            .await?;
        category_ids.insert(c.code, top.id.0);
        for (code, name) in c.children {
            let child = s
                .create_category(None, &meta, code, name, Some(top.id.0), team)
                .await?;
            category_ids.insert(code, child.id.0);
            leaf_categories.push((child.id.0, code, c.default_team));
        }
    }
    let mut users: HashMap<&str, i64> = HashMap::new();
    let mut report_users = vec![];
    for u in USERS {
        let v = s
            .create_user_as(
                None,
                &meta,
                NewUser {
                    username: u.username.into(),
                    display_name: u.display_name.into(),
                    password: DEMO_PASSWORD.into(),
                    team_id: u.team.and_then(|t| teams.get(t).copied()),
                    roles: vec![u.role.into()],
                },
            )
            .await?;
        users.insert(u.username, v.id.0);
        report_users.push((
            u.username.to_string(),
            u.role.to_string(),
            u.display_name.to_string(),
        ));
    }
    let mut category_codes: HashMap<String, i64> = HashMap::new();
    for (code, id) in &category_ids {
        category_codes.insert(code.to_string(), *id);
    }
    let kb_ids = {
        let editor = s
            .actor_for_user(users.get("kb_editor").copied().unwrap_or(0))
            .await?;
        let reviewer = s
            .actor_for_user(users.get("kb_reviewer").copied().unwrap_or(0))
            .await?;
        kb::seed_kb(&s, &meta, &editor, &reviewer, &category_codes).await?
    };
    // what an agent would have picked as the answer: published articles of the category
    let mut articles_by_category: HashMap<i64, Vec<i64>> = HashMap::new();
    for a in kb::fixture_articles()? {
        if let (Some(cat), Some(id)) = (category_codes.get(&a.category), kb_ids.get(&a.slug)) {
            articles_by_category.entry(*cat).or_default().push(*id);
        }
    }
    let announcements = {
        let supervisor = s
            .actor_for_user(users.get("supervisor").copied().unwrap_or(0))
            .await?;
        let mut out: Vec<(i64, i64, DateTime<Utc>, DateTime<Utc>)> = vec![];
        for a in ANNOUNCEMENTS {
            let Some(cat) = category_codes.get(a.category).copied() else {
                continue;
            };
            let from = now - Duration::days(a.from_days_ago);
            let until = now + Duration::days(a.until_days_ahead);
            let v = s
                .create_announcement(
                    &supervisor,
                    &meta,
                    NewAnnouncement {
                        title: a.title.into(),
                        explanation: a.explanation.into(),
                        category_id: Some(cat),
                        active_from: Some(from),
                        active_until: Some(until),
                    },
                )
                .await?;
            out.push((v.id, cat, from, until));
        }
        out
    };
    let actor = |name: &str| {
        let id = users.get(name).copied();
        let s = s.clone();
        async move {
            let id = id.ok_or_else(|| AppError::internal_msg("demo user missing"))?;
            s.actor_for_user(id).await
        }
    };
    let agents: Vec<&str> = USERS
        .iter()
        .filter(|u| u.role == "agent")
        .map(|u| u.username)
        .collect();
    let experts: Vec<&str> = USERS
        .iter()
        .filter(|u| u.role == "expert")
        .map(|u| u.username)
        .collect();
    let handler_of = |team_key: &str| {
        USERS
            .iter()
            .find(|u| u.role == "handler" && u.team == Some(team_key))
            .map(|u| u.username)
    };

    let mut rng = StdRng::seed_from_u64(20261124);
    let mut customers: Vec<(String, String)> = vec![];
    let start = now - Duration::days(60);
    let mut fresh_accepted = false;
    for i in 0..complaints {
        let t = &TEMPLATES[rng.gen_range(0..TEMPLATES.len())];
        // repeat customers now and then
        let (name, phone) = if !customers.is_empty() && rng.gen_bool(0.12) {
            customers[rng.gen_range(0..customers.len())].clone()
        } else {
            let name = format!(
                "{}{}",
                SURNAMES[rng.gen_range(0..SURNAMES.len())],
                GIVEN_NAMES[rng.gen_range(0..GIVEN_NAMES.len())]
            );
            let prefixes = [
                "138", "139", "135", "186", "187", "150", "158", "177", "199", "133",
            ];
            let phone = format!(
                "{}{:08}",
                prefixes[rng.gen_range(0..prefixes.len())],
                rng.gen_range(0..100_000_000u32)
            );
            customers.push((name.clone(), phone.clone()));
            (name, phone)
        };
        // spread over 60 days, during working hours (China time 08:30–20:00)
        let day_offset = Duration::seconds((60 * 86_400) * i as i64 / complaints.max(1) as i64);
        let day_start = (start + day_offset)
            .date_naive()
            .and_hms_opt(0, 30, 0)
            .unwrap_or_default()
            .and_utc();
        let created = day_start + Duration::minutes(rng.gen_range(0..690));
        if created >= now {
            break;
        }
        clock.set(created);
        let agent_name = agents[rng.gen_range(0..agents.len())];
        let agent = actor(agent_name).await?;
        let channel = Channel::ALL[rng.gen_range(0..Channel::ALL.len())];
        let channel = if rng.gen_bool(0.45) {
            Channel::Hotline
        } else {
            channel
        };
        let cat_id = category_ids
            .get(t.category)
            .copied()
            .unwrap_or(leaf_categories[0].0);
        let created_c = s
            .create_complaint(
                &agent,
                &meta,
                NewComplaint {
                    customer_phone: phone,
                    customer_name: name,
                    channel: Some(channel),
                    category_id: cat_id,
                    priority: Priority::from_code(t.priority),
                    title: Some(t.title.into()),
                    description: t.description.into(),
                    occurred_at: Some(created - Duration::hours(rng.gen_range(2..240))),
                    occurred_place: Some(PLACES[rng.gen_range(0..PLACES.len())].into()),
                    product_model: t.product.map(str::to_string),
                    order_number: (t.industry == "ecommerce").then(|| {
                        format!("JD{}", rng.gen_range(100_000_000_000u64..999_999_999_999))
                    }),
                    amount_disputed_cents: t.amount_yuan.map(|y| i64::from(y) * 100),
                    refund_requested_cents: t
                        .amount_yuan
                        .filter(|_| rng.gen_bool(0.5))
                        .map(|y| i64::from(y) * 100),
                    is_major: t.priority == "urgent" && rng.gen_bool(0.3),
                    used_kb_article_id: articles_by_category
                        .get(&cat_id)
                        .filter(|_| rng.gen_bool(0.55))
                        .map(|ids| ids[rng.gen_range(0..ids.len())]),
                    announcement_id: announcements
                        .iter()
                        .find(|(_, cat, from, until)| {
                            *cat == cat_id && (*from..*until).contains(&created)
                        })
                        .filter(|_| rng.gen_bool(0.8))
                        .map(|(id, ..)| *id),
                    ..Default::default()
                },
            )
            .await?;
        let mut c = created_c.complaint;
        if let Some(prev) = created_c.possible_repeats.first() {
            if rng.gen_bool(0.6) {
                c = s
                    .mark_repeat(&agent, &meta, c.id.0, c.version, prev.id.0)
                    .await?;
            }
        }
        // how far this one has got depends on its age
        let age_days = (now - created).num_days();
        // the first of the last two days' complaints is always still waiting,
        // so that every state is on show whatever the time of day
        let target = if age_days <= 1 && !fresh_accepted {
            fresh_accepted = true;
            Status::Accepted
        } else {
            pick_target(&mut rng, age_days)
        };
        let default_team = leaf_categories
            .iter()
            .find(|(id, _, _)| *id == cat_id)
            .map(|(_, _, team)| *team)
            .unwrap_or("dept_quality");
        let expert = actor(experts[rng.gen_range(0..experts.len())]).await?;
        let step_clock = |hours: std::ops::Range<i64>, rng: &mut StdRng| {
            let mut next = crate::domain::Clock::now(&*clock)
                + Duration::minutes(rng.gen_range(hours.start * 60..hours.end * 60));
            if next >= now {
                next = now - Duration::minutes(1);
            }
            clock.set(next);
        };
        let rank = state_rank(target);
        let on_the_spot = rank >= state_rank(Status::Resolved) && rng.gen_bool(0.25);
        if on_the_spot {
            step_clock(0..1, &mut rng);
            c = s
                .apply_step(
                    &agent,
                    &meta,
                    c.id.0,
                    c.version,
                    Step::Resolve {
                        reply: t.reply.into(),
                        resolution: Some(t.resolution.into()),
                        refund_granted_cents: None,
                    },
                )
                .await?;
        } else {
            if rank >= state_rank(Status::Escalated) {
                step_clock(0..2, &mut rng);
                c = s
                    .apply_step(
                        &agent,
                        &meta,
                        c.id.0,
                        c.version,
                        Step::Escalate {
                            note: Some(
                                INTERNAL_NOTES[rng.gen_range(0..INTERNAL_NOTES.len())].into(),
                            ),
                        },
                    )
                    .await?;
            }
            let dispatched = rank >= state_rank(Status::Dispatched);
            if dispatched {
                step_clock(1..6, &mut rng);
                let team_id = teams.get(default_team).copied().unwrap_or(0);
                let handler = handler_of(default_team);
                let assignee = handler.and_then(|h| users.get(h).copied());
                c = s
                    .apply_step(
                        &expert,
                        &meta,
                        c.id.0,
                        c.version,
                        Step::Dispatch {
                            team_id,
                            assignee_id: assignee,
                            note: Some("请尽快查证并反馈处理意见。".into()),
                        },
                    )
                    .await?;
                if rng.gen_bool(0.3) {
                    step_clock(1..8, &mut rng);
                    s.add_note(
                        &expert,
                        &meta,
                        c.id.0,
                        crate::service::complaints::NewNote {
                            body: INTERNAL_NOTES[rng.gen_range(0..INTERNAL_NOTES.len())].into(),
                            visibility: crate::domain::complaint::Visibility::Internal,
                            promised_reply_at: None,
                        },
                    )
                    .await?;
                }
                if rank >= state_rank(Status::Investigated) {
                    step_clock(2..30, &mut rng);
                    let investigator = match handler {
                        Some(h) => actor(h).await?,
                        None => expert.clone(),
                    };
                    let resp = Responsibility::from_code(t.responsibility)
                        .unwrap_or(Responsibility::Internal);
                    c = s
                        .apply_step(
                            &investigator,
                            &meta,
                            c.id.0,
                            c.version,
                            Step::RecordInvestigation {
                                findings: t.findings.into(),
                                responsibility: resp,
                            },
                        )
                        .await?;
                    if rank >= state_rank(Status::ResolutionProposed) {
                        step_clock(1..12, &mut rng);
                        let granted = t.amount_yuan.map(|y| {
                            i64::from(y)
                                * if t.category == "billing.wrong_charge" {
                                    200
                                } else {
                                    100
                                }
                        });
                        c = s
                            .apply_step(
                                &investigator,
                                &meta,
                                c.id.0,
                                c.version,
                                Step::ProposeResolution {
                                    resolution: t.resolution.into(),
                                    refund_granted_cents: granted,
                                },
                            )
                            .await?;
                    }
                }
            }
            if rank >= state_rank(Status::Resolved) {
                step_clock(1..24, &mut rng);
                c = s
                    .apply_step(
                        &expert,
                        &meta,
                        c.id.0,
                        c.version,
                        Step::Resolve {
                            reply: t.reply.into(),
                            resolution: Some(t.resolution.into()),
                            refund_granted_cents: None,
                        },
                    )
                    .await?;
            }
        }
        if rank >= state_rank(Status::CallbackDone) {
            step_clock(4..30, &mut rng);
            let (score, comment) = CALLBACK_COMMENTS[rng.gen_range(0..CALLBACK_COMMENTS.len())];
            c = s
                .apply_step(
                    &agent,
                    &meta,
                    c.id.0,
                    c.version,
                    Step::RecordCallback {
                        satisfaction: i32::from(score),
                        comment: Some(comment.into()),
                    },
                )
                .await?;
            if score <= 2 && rng.gen_bool(0.6) {
                step_clock(1..4, &mut rng);
                s.apply_step(
                    &agent,
                    &meta,
                    c.id.0,
                    c.version,
                    Step::Reopen {
                        reason: REOPEN_REASONS[rng.gen_range(0..REOPEN_REASONS.len())].into(),
                    },
                )
                .await?;
                continue;
            }
        }
        if rank >= state_rank(Status::Closed) {
            step_clock(1..24, &mut rng);
            s.apply_step(
                &expert,
                &meta,
                c.id.0,
                c.version,
                Step::Close {
                    note: Some("回访完成，归档。".into()),
                },
            )
            .await?;
        }
    }
    let total = live.count_all_complaints().await? as usize;
    Ok(DemoReport {
        password: DEMO_PASSWORD,
        users: report_users,
        complaints: total,
    })
}

fn state_rank(s: Status) -> usize {
    Status::ALL.iter().position(|x| *x == s).unwrap_or(0)
}

/// Older complaints have usually got further.
fn pick_target(rng: &mut StdRng, age_days: i64) -> Status {
    use Status::*;
    let weights: &[(Status, u32)] = match age_days {
        0..=1 => &[
            (Accepted, 5),
            (Escalated, 4),
            (Dispatched, 3),
            (Investigated, 1),
            (Resolved, 1),
        ],
        2..=6 => &[
            (Accepted, 1),
            (Escalated, 2),
            (Dispatched, 4),
            (Investigated, 3),
            (ResolutionProposed, 2),
            (Resolved, 3),
            (CallbackDone, 1),
        ],
        _ => &[
            (Dispatched, 1),
            (Investigated, 1),
            (ResolutionProposed, 1),
            (Resolved, 2),
            (CallbackDone, 3),
            (Closed, 10),
        ],
    };
    let total: u32 = weights.iter().map(|(_, w)| w).sum();
    let mut pick = rng.gen_range(0..total);
    for (s, w) in weights {
        if pick < *w {
            return *s;
        }
        pick -= w;
    }
    Closed
}
