//! Times routing a new complaint against 200 rules (issue 13's target: under
//! 1 ms), in three layers:
//! - the decision alone (`domain::routing::first_match` over 200 rules whose
//!   first 199 miss, then the round-robin pick among 8 members);
//! - the service's decision with its reads (`routeDryRun`: the rules, the
//!   team and its members from the database, conditions parsed), which is
//!   what registration runs inside its transaction;
//! - `createComplaint` with the 200 rules and with none, to show what
//!   routing adds to a registration.
//!
//! `cargo run --release --example routing_bench [-- <iterations>]`; on
//! PostgreSQL set `KESU_BENCH_DATABASE_URL` to an empty database.
use kesu::auth::RequestMeta;
use kesu::config::Config;
use kesu::domain::complaint::{Channel, Priority};
use kesu::domain::routing::{self as d, AssignMode, Conditions, Facts, Member};
use kesu::domain::SystemClock;
use kesu::service::complaints::{ComplaintDetails, NewComplaint};
use kesu::service::identity::NewUser;
use kesu::service::routing::{DryRunFacts, RuleInput};
use std::hint::black_box;
use std::sync::Arc;
use std::time::{Duration, Instant};

const RULES: usize = 200;

/// The i-th of 199 rules that a hotline complaint about category `hit`
/// does not meet, with conditions of every kind.
fn missing_rule(i: usize, other_categories: &[i64]) -> Conditions {
    let mut c = Conditions::default();
    match i % 6 {
        0 => c.category_ids = vec![other_categories[i % other_categories.len()]],
        1 => c.channels = vec!["email".into(), "letter".into()],
        2 => c.product_model = Some(format!("ZZ{i}-*")),
        3 => {
            c.amount_min_cents = Some(1_000_000 + i as i64);
        }
        4 => c.major = Some(true),
        _ => {
            c.priorities = vec!["urgent".into()];
            c.min_earlier_complaints = Some(5);
        }
    }
    c
}

fn percentile(sorted: &[Duration], p: f64) -> f64 {
    let i = ((sorted.len() as f64 - 1.0) * p).round() as usize;
    sorted[i].as_secs_f64() * 1e6
}

fn report(label: &str, mut times: Vec<Duration>) {
    times.sort();
    println!(
        "{label:<58} p50 {:>8.1} µs  p99 {:>8.1} µs  (n = {})",
        percentile(&times, 0.5),
        percentile(&times, 0.99),
        times.len()
    );
}

#[tokio::main(flavor = "current_thread")]
async fn main() -> Result<(), Box<dyn std::error::Error>> {
    let n: usize = std::env::args()
        .nth(1)
        .and_then(|a| a.parse().ok())
        .unwrap_or(2_000);

    // 1. the pure decision
    let others: Vec<i64> = (100..110).collect();
    let mut rules: Vec<d::Rule> = (0..RULES - 1)
        .map(|i| d::Rule {
            id: i as i64,
            conditions: missing_rule(i, &others),
        })
        .collect();
    rules.push(d::Rule {
        id: RULES as i64,
        conditions: Conditions {
            category_ids: vec![1],
            channels: vec!["hotline".into()],
            product_model: Some("KFR-*".into()),
            ..Default::default()
        },
    });
    let facts = Facts {
        category_id: 2,
        parent_category_id: Some(1),
        channel: Channel::Hotline,
        priority: Priority::Normal,
        product_model: Some("KFR-35GW/BP3".into()),
        amount_disputed_cents: Some(30_000),
        earlier_complaints: 1,
        is_major: false,
    };
    let members: Vec<Member> = (0..8)
        .map(|i| Member {
            id: i,
            absent: i == 3,
            backup_id: Some((i + 1) % 8),
            open: i % 3,
        })
        .collect();
    let m = n * 50;
    let started = Instant::now();
    let mut cursor = None;
    for _ in 0..m {
        let (hit, tried) = d::first_match(black_box(&rules), black_box(&facts));
        assert_eq!((hit, tried.len()), (Some(RULES - 1), RULES - 1));
        let p = d::pick(AssignMode::RoundRobin, &members, cursor);
        cursor = p.map(|p| p.turn);
    }
    println!(
        "decision alone, {RULES} rules (199 miss), round robin of 8    {:>8.1} µs/op",
        started.elapsed().as_secs_f64() * 1e6 / m as f64
    );

    // 2. and 3. through the services
    let dir = tempfile::tempdir()?;
    let config = Config {
        data_dir: dir.path().to_path_buf(),
        database_url: std::env::var("KESU_BENCH_DATABASE_URL").ok(),
        ..Config::default()
    };
    let backend = if config.database_url.is_some() {
        "PostgreSQL"
    } else {
        "SQLite"
    };
    let s = kesu::startup::build_services(config, Arc::new(SystemClock)).await?;
    let meta = RequestMeta::default();
    let store = s.create_team(None, &meta, "营业厅", "store", None).await?;
    let experts = s.create_team(None, &meta, "专家组", "expert", None).await?;
    let top = s
        .create_category(None, &meta, "quality", "产品质量", None, None)
        .await?;
    let leaf = s
        .create_category(
            None,
            &meta,
            "quality.fault",
            "功能故障",
            Some(top.id.0),
            None,
        )
        .await?;
    let mut other_categories = vec![];
    for i in 0..10 {
        let c = s
            .create_category(
                None,
                &meta,
                &format!("c{i}"),
                &format!("分类{i}"),
                None,
                None,
            )
            .await?;
        other_categories.push(c.id.0);
    }
    let user = |name: &str, team: i64, role: &str| NewUser {
        username: name.into(),
        display_name: name.into(),
        password: "Kesu-measure-2026!".into(),
        team_id: Some(team),
        roles: vec![role.into()],
    };
    let admin = s
        .create_user_as(None, &meta, user("admin", store.id.0, "admin"))
        .await?;
    let agent = s
        .create_user_as(None, &meta, user("agent", store.id.0, "agent"))
        .await?;
    for i in 0..8 {
        s.create_user_as(
            None,
            &meta,
            user(&format!("expert{i}"), experts.id.0, "expert"),
        )
        .await?;
    }
    let admin = s.actor_for_user(admin.id.0).await?;
    let agent = s.actor_for_user(agent.id.0).await?;

    let register_times = |label: &'static str| {
        let s = s.clone();
        let agent = agent.clone();
        let meta = meta.clone();
        async move {
            let mut times = Vec::with_capacity(n / 4);
            for i in 0..(n / 4).max(1) {
                let input = NewComplaint {
                    customer_phone: format!(
                        "139{:08}",
                        i + if label == "with" { 0 } else { 50_000_000 }
                    ),
                    customer_name: "张三".into(),
                    details: ComplaintDetails {
                        title: Some("空调不制冷".into()),
                        description: Some("新装的空调开机后不制冷。".into()),
                        category_id: Some(leaf.id.0),
                        product_model: Some("KFR-35GW/BP3".into()),
                        ..Default::default()
                    },
                    ..Default::default()
                };
                let t = Instant::now();
                black_box(s.create_complaint(&agent, &meta, input).await?);
                times.push(t.elapsed());
            }
            Ok::<_, Box<dyn std::error::Error>>(times)
        }
    };
    let without = register_times("without").await?;

    for i in 0..RULES - 1 {
        s.save_routing_rule(
            &admin,
            &meta,
            RuleInput {
                id: None,
                expected_version: None,
                name: format!("规则{i}"),
                active: true,
                conditions: missing_rule(i, &other_categories),
                team_id: experts.id.0,
                assign_mode: AssignMode::TeamQueue,
            },
        )
        .await?;
    }
    s.save_routing_rule(
        &admin,
        &meta,
        RuleInput {
            id: None,
            expected_version: None,
            name: "空调质量".into(),
            active: true,
            conditions: Conditions {
                category_ids: vec![top.id.0],
                channels: vec!["hotline".into()],
                product_model: Some("KFR-*".into()),
                ..Default::default()
            },
            team_id: experts.id.0,
            assign_mode: AssignMode::RoundRobin,
        },
    )
    .await?;
    let dry = DryRunFacts {
        category_id: leaf.id.0,
        channel: Channel::Hotline,
        priority: Priority::Normal,
        product_model: Some("KFR-35GW/BP3".into()),
        amount_disputed_cents: Some(30_000),
        earlier_complaints: 1,
        is_major: false,
    };
    let mut times = Vec::with_capacity(n);
    for _ in 0..n {
        let t = Instant::now();
        let d = s.route_dry_run(&admin, &meta, dry.clone()).await?;
        times.push(t.elapsed());
        assert_eq!(d.tried.len(), RULES - 1);
    }
    report(
        &format!("{backend}: routeDryRun service path, {RULES} rules"),
        times,
    );
    let with = register_times("with").await?;
    report(&format!("{backend}: createComplaint, no rules"), without);
    report(
        &format!("{backend}: createComplaint, {RULES} rules, round robin"),
        with,
    );
    Ok(())
}
