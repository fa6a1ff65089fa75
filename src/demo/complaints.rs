//! The demo's complaints: `count` complaints from the corpus templates, spread
//! over the last 60 days, each walked through the workflow as far as its age
//! suggests, by the roles that would take each step, on a manual clock.
//!
//! Invariant: the RNG is seeded with a constant and every draw happens in a
//! fixed order, so the same corpus and count always give the same complaints
//! (the demo, the relevance tests and the browser tests rely on it). Changing
//! the order of the draws, or of the corpus lists, changes the data set.
use super::corpus::Corpus;
use super::org::{Announcement, Org};
use crate::auth::RequestMeta;
use crate::domain::complaint::{Channel, Priority, Responsibility, Status};
use crate::domain::ManualClock;
use crate::error::{AppError, AppResult};
use crate::service::complaints::Step;
use crate::service::complaints::{ComplaintDetails, NewComplaint};
use crate::service::Services;
use chrono::{DateTime, Duration, Utc};
use rand::rngs::StdRng;
use rand::{Rng, SeedableRng};
use std::collections::HashMap;

/// What the complaints refer to: the organisation, the articles an agent
/// would pick per category, and the announcements.
pub(super) struct Context<'a> {
    pub corpus: &'static Corpus,
    pub org: &'a Org,
    pub articles_by_category: &'a HashMap<i64, Vec<i64>>,
    pub announcements: &'a [Announcement],
}

/// Create up to `complaints` complaints (fewer if the spread reaches `now`).
pub(super) async fn seed_complaints(
    s: &Services,
    meta: &RequestMeta,
    clock: &ManualClock,
    now: DateTime<Utc>,
    cx: Context<'_>,
    complaints: usize,
) -> AppResult<()> {
    let Context {
        corpus,
        org,
        articles_by_category,
        announcements,
    } = cx;
    let actor = |name: &str| {
        let id = org.users.get(name).copied();
        let s = s.clone();
        async move {
            let id = id.ok_or_else(|| AppError::internal_msg("demo user missing"))?;
            s.actor_for_user(id).await
        }
    };
    let agents: Vec<&str> = corpus
        .users
        .iter()
        .filter(|u| u.role == "agent")
        .map(|u| u.username.as_str())
        .collect();
    let experts: Vec<&str> = corpus
        .users
        .iter()
        .filter(|u| u.role == "expert")
        .map(|u| u.username.as_str())
        .collect();
    let handler_of = |team_key: &str| {
        corpus
            .users
            .iter()
            .find(|u| u.role == "handler" && u.team.as_deref() == Some(team_key))
            .map(|u| u.username.as_str())
    };

    let approver = actor("approver").await?;
    let mut rng = StdRng::seed_from_u64(20261124);
    // the approvals and unanswered callbacks added later draw from their own
    // stream, so that the complaints, customers and texts of `rng` stay
    // those the demo has always had (the console's tests know them)
    let mut side = StdRng::seed_from_u64(20261207);
    let mut customers: Vec<(String, String)> = vec![];
    let start = now - Duration::days(60);
    let mut fresh_accepted = false;
    for i in 0..complaints {
        let t = &corpus.templates[rng.gen_range(0..corpus.templates.len())];
        // repeat customers now and then
        let (name, phone) = if !customers.is_empty() && rng.gen_bool(0.12) {
            customers[rng.gen_range(0..customers.len())].clone()
        } else {
            let name = format!(
                "{}{}",
                corpus.surnames[rng.gen_range(0..corpus.surnames.len())],
                corpus.given_names[rng.gen_range(0..corpus.given_names.len())]
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
        let cat_id = org
            .category_ids
            .get(t.category.as_str())
            .copied()
            .unwrap_or(org.leaf_categories[0].0);
        let created_c = s
            .create_complaint(
                &agent,
                meta,
                NewComplaint {
                    customer_phone: phone,
                    customer_name: name,
                    details: ComplaintDetails {
                        channel: Some(channel),
                        category_id: Some(cat_id),
                        priority: Priority::from_code(&t.priority),
                        title: Some(t.title.clone()),
                        description: Some(t.description.clone()),
                        occurred_at: Some(created - Duration::hours(rng.gen_range(2..240))),
                        occurred_place: Some(
                            corpus.places[rng.gen_range(0..corpus.places.len())].clone(),
                        ),
                        product_model: t.product.clone(),
                        order_number: (t.industry == "ecommerce").then(|| {
                            format!("JD{}", rng.gen_range(100_000_000_000u64..999_999_999_999))
                        }),
                        amount_disputed_cents: t.amount_yuan.map(|y| i64::from(y) * 100),
                        refund_requested_cents: t
                            .amount_yuan
                            .filter(|_| rng.gen_bool(0.5))
                            .map(|y| i64::from(y) * 100),
                        is_major: Some(t.priority == "urgent" && rng.gen_bool(0.3)),
                        ..Default::default()
                    },
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
                    .mark_repeat(&agent, meta, c.id.0, c.version, prev.id.0)
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
        let default_team = org
            .leaf_categories
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
                    meta,
                    c.id.0,
                    c.version,
                    Step::Resolve {
                        reply: t.reply.clone(),
                        resolution: Some(t.resolution.clone()),
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
                        meta,
                        c.id.0,
                        c.version,
                        Step::Escalate {
                            note: Some(
                                corpus.internal_notes
                                    [rng.gen_range(0..corpus.internal_notes.len())]
                                .clone(),
                            ),
                            skip_level_reason: None,
                        },
                    )
                    .await?;
            }
            let dispatched = rank >= state_rank(Status::Dispatched);
            if dispatched {
                step_clock(1..6, &mut rng);
                let team_id = org.teams.get(default_team).copied().unwrap_or(0);
                let handler = handler_of(default_team);
                let assignee = handler.and_then(|h| org.users.get(h).copied());
                c = s
                    .apply_step(
                        &expert,
                        meta,
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
                        meta,
                        c.id.0,
                        crate::service::complaints::NewNote {
                            body: corpus.internal_notes
                                [rng.gen_range(0..corpus.internal_notes.len())]
                            .clone(),
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
                    let resp = if t.category == "billing.wrong_charge" {
                        Responsibility::WrongCharge
                    } else {
                        Responsibility::from_code(&t.responsibility)
                            .unwrap_or(Responsibility::Internal)
                    };
                    c = s
                        .apply_step(
                            &investigator,
                            meta,
                            c.id.0,
                            c.version,
                            Step::RecordInvestigation {
                                findings: t.findings.clone(),
                                responsibility: resp,
                            },
                        )
                        .await?;
                    if rank >= state_rank(Status::ResolutionProposed) {
                        step_clock(1..12, &mut rng);
                        // a wrong charge is refunded double, by the server
                        let amount = t.amount_yuan.map(|y| i64::from(y) * 100);
                        let wrong = resp == Responsibility::WrongCharge;
                        c = s
                            .apply_step(
                                &investigator,
                                meta,
                                c.id.0,
                                c.version,
                                Step::ProposeResolution {
                                    resolution: t.resolution.clone(),
                                    refund_granted_cents: amount.filter(|_| !wrong),
                                    wrongly_charged_cents: amount.filter(|_| wrong),
                                },
                            )
                            .await?;
                        if rank >= state_rank(Status::Resolved) {
                            step_clock(1..6, &mut side);
                            super::approvals::approve_pending(s, &approver, meta, &mut c).await?;
                        }
                    }
                }
            }
            if rank >= state_rank(Status::Resolved) {
                step_clock(1..24, &mut rng);
                c = s
                    .apply_step(
                        &expert,
                        meta,
                        c.id.0,
                        c.version,
                        Step::Resolve {
                            reply: t.reply.clone(),
                            resolution: Some(t.resolution.clone()),
                            refund_granted_cents: None,
                        },
                    )
                    .await?;
            }
        }
        if rank >= state_rank(Status::CallbackDone) {
            // now and then the customer does not pick up; three misses close
            // the complaint as unreachable
            let misses = match side.gen_range(0..20) {
                0..=1 => 1,
                2 => 2,
                3 => 3,
                _ => 0,
            };
            for _ in 0..misses {
                step_clock(2..20, &mut side);
                c = s
                    .apply_step(
                        &agent,
                        meta,
                        c.id.0,
                        c.version,
                        Step::CallbackAttempt {
                            note: Some("回访电话无人接听，稍后再拨。".into()),
                        },
                    )
                    .await?;
            }
            step_clock(4..30, &mut rng);
            let (score, comment) =
                &corpus.callback_comments[rng.gen_range(0..corpus.callback_comments.len())];
            // `rng` draws what it always drew here (whether an unhappy
            // customer's complaint was reopened by hand, and when it was
            // closed), though a score now decides that by itself
            if *score <= 2 && rng.gen_bool(0.6) {
                step_clock(1..4, &mut rng);
                let _reason = rng.gen_range(0..corpus.reopen_reasons.len().max(1));
            } else if rank >= state_rank(Status::Closed) {
                step_clock(1..24, &mut rng);
            }
            if misses >= crate::domain::callback::MAX_ATTEMPTS {
                continue;
            }
            // a score of 3 to 5 closes it, 1 or 2 reopens it
            s.apply_step(
                &agent,
                meta,
                c.id.0,
                c.version,
                Step::RecordCallback {
                    satisfaction: i32::from(*score),
                    comment: Some(comment.clone()),
                    close_despite_low_score: false,
                    reason: None,
                },
            )
            .await?;
        }
    }
    Ok(())
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
