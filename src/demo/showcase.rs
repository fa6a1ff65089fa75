//! A handful of complaints placed relative to the moment the demo is seeded,
//! so that every SLA state is on show whatever the day and hour: one just
//! registered (on track), one whose first reply is 20 hours overdue-in-the-
//! making (at risk), one a day and a half without a reply (breached), and
//! one waiting for the customer (paused); plus a surge of calls about one
//! broadband outage that raises a red alert. Elapsed-time clocks (the 24-hour
//! first reply) make these hold on nights, weekends and holidays too.
use super::corpus::Corpus;
use super::org::Org;
use crate::auth::RequestMeta;
use crate::domain::complaint::{Channel, Priority, Visibility};
use crate::domain::ManualClock;
use crate::error::{AppError, AppResult};
use crate::service::complaints::{ComplaintDetails, NewComplaint, NewNote, Step};
use crate::service::sla::ClockInput;
use crate::service::Services;
use chrono::{DateTime, Duration, Utc};

/// (minutes before now it was registered, pause reason, customer name, phone)
const SHOWCASE: &[(i64, Option<&str>, &str, &str)] = &[
    (5, None, "杜明远", "13700112233"),
    (20 * 60, None, "邵佳怡", "13700112234"),
    (36 * 60, None, "葛振华", "13700112235"),
    (
        3 * 60,
        Some("等待客户补充近三个月账单截图"),
        "柏雪琴",
        "13700112236",
    ),
];

pub(super) async fn seed_showcase(
    s: &Services,
    meta: &RequestMeta,
    clock: &ManualClock,
    now: DateTime<Utc>,
    corpus: &Corpus,
    org: &Org,
) -> AppResult<Option<(String, String)>> {
    let actor = |name: &str| {
        let id = org.users.get(name).copied();
        let s = s.clone();
        async move {
            let id = id.ok_or_else(|| AppError::internal_msg("demo user missing"))?;
            s.actor_for_user(id).await
        }
    };
    let agent = actor("agent").await?;
    let supervisor = actor("supervisor").await?;
    let expert_id = org.users.get("expert").copied();
    let mut status_example = None;
    for (i, (minutes, pause, name, phone)) in SHOWCASE.iter().enumerate() {
        let t = &corpus.templates[(i * 7) % corpus.templates.len()];
        let cat_id = org
            .category_ids
            .get(t.category.as_str())
            .copied()
            .unwrap_or(org.leaf_categories[0].0);
        let created = now - Duration::minutes(*minutes);
        clock.set(created);
        let c = s
            .create_complaint(
                &agent,
                meta,
                NewComplaint {
                    customer_phone: (*phone).into(),
                    customer_name: (*name).into(),
                    details: ComplaintDetails {
                        channel: Some(Channel::Hotline),
                        category_id: Some(cat_id),
                        priority: Some(Priority::Normal),
                        title: Some(t.title.clone()),
                        description: Some(t.description.clone()),
                        product_model: t.product.clone(),
                        ..Default::default()
                    },
                    ..Default::default()
                },
            )
            .await?
            .complaint;
        // handed to the expert team at once: the frontline step is met and
        // the first reply and resolution clocks carry the state
        clock.set(created + Duration::minutes(1));
        let c = s
            .apply_step(
                &agent,
                meta,
                c.id.0,
                c.version,
                Step::Escalate {
                    note: Some("一线无法当场解决，转专家组".into()),
                    skip_level_reason: None,
                },
            )
            .await?;
        // the supervisor hands the at-risk and breached ones to the expert,
        // who finds them in the bell
        let c = match expert_id.filter(|_| (1..=2).contains(&i)) {
            Some(expert) => {
                clock.set(created + Duration::minutes(2));
                s.assign_complaint(&supervisor, meta, c.id.0, c.version, Some(expert))
                    .await?
            }
            None => c,
        };
        if let Some(reason) = pause {
            clock.set(created + Duration::minutes(3));
            s.pause_clocks(
                &agent,
                meta,
                ClockInput {
                    complaint_id: c.id.0,
                    reason: (*reason).into(),
                    expected_version: Some(c.version),
                },
            )
            .await?;
            // the customer is told what is missing and when to expect an answer
            // (what they see on the public status page)
            clock.set(created + Duration::minutes(4));
            s.add_note(
                &supervisor,
                meta,
                c.id.0,
                NewNote {
                    body: "您好，请通过短信回复近三个月的账单截图，收到后我们会尽快核实并答复您。"
                        .into(),
                    visibility: Visibility::Customer,
                    promised_reply_at: Some(now + Duration::days(1)),
                },
            )
            .await?;
            status_example = Some((c.number.clone(), phone[phone.len() - 4..].to_string()));
        }
    }
    surge(s, meta, clock, now, corpus, org).await?;
    clock.set(now);
    Ok(status_example)
}

/// A mass incident in progress: a dozen callers about one broadband outage
/// within the last hour, enough for the red alert (more than 10 in one
/// category in an hour) that offers to open an announcement.
async fn surge(
    s: &Services,
    meta: &RequestMeta,
    clock: &ManualClock,
    now: DateTime<Utc>,
    corpus: &Corpus,
    org: &Org,
) -> AppResult<()> {
    let Some(t) = corpus
        .templates
        .iter()
        .find(|t| t.category == "network.broadband")
        .or_else(|| corpus.templates.first())
    else {
        return Ok(());
    };
    let cat_id = org
        .category_ids
        .get(t.category.as_str())
        .copied()
        .unwrap_or(org.leaf_categories[0].0);
    let agents = ["agent", "agent2", "agent3", "agent4"];
    for i in 0..12_i64 {
        let name = agents[(i as usize) % agents.len()];
        let Some(id) = org.users.get(name).copied() else {
            continue;
        };
        let agent = s.actor_for_user(id).await?;
        clock.set(now - Duration::minutes(55 - i * 4));
        let surname = &corpus.surnames[(i as usize * 5) % corpus.surnames.len()];
        let given = &corpus.given_names[(i as usize * 11) % corpus.given_names.len()];
        s.create_complaint(
            &agent,
            meta,
            NewComplaint {
                customer_phone: format!("1360011{:04}", 2000 + i),
                customer_name: format!("{surname}{given}"),
                details: ComplaintDetails {
                    channel: Some(Channel::Hotline),
                    category_id: Some(cat_id),
                    priority: Some(Priority::Important),
                    title: Some(t.title.clone()),
                    description: Some(t.description.clone()),
                    product_model: t.product.clone(),
                    ..Default::default()
                },
                ..Default::default()
            },
        )
        .await?;
    }
    Ok(())
}
