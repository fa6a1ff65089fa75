//! Times `workingDeadline` on the service path: the calendar cache hit
//! (snapshot read, team lookup) plus the arithmetic, as the resolver calls
//! it; and, for comparison, the whole in-process GraphQL execution of the
//! query (parsing, validation, resolver, serialisation; no HTTP).
//!
//! `cargo run --release --example deadline_bench [-- <iterations>]`
//!
//! Uses a fresh SQLite database in a temp directory, seeded as on every
//! start (标准工作日历 with the shipped 2025/2026 years, 7×24 热线日历), one
//! team on the 7×24 calendar and one on the default. Start instants are
//! spread over 2025–2026 by a fixed linear congruential sequence.
use chrono::{DateTime, Duration, TimeZone, Utc};
use kesu::auth::RequestMeta;
use kesu::config::Config;
use kesu::domain::SystemClock;
use kesu::graphql::{build_schema, RequestCtx};
use kesu::service::calendars::Span;
use kesu::service::identity::NewUser;
use std::hint::black_box;
use std::sync::Arc;
use std::time::Instant;

fn starts(n: usize) -> Vec<DateTime<Utc>> {
    let base = Utc.with_ymd_and_hms(2024, 12, 31, 16, 0, 0).single();
    let Some(base) = base else { return Vec::new() };
    let mut x: u64 = 0x2545_f491_4f6c_dd1d;
    (0..n)
        .map(|_| {
            x = x
                .wrapping_mul(6_364_136_223_846_793_005)
                .wrapping_add(1_442_695_040_888_963_407);
            base + Duration::seconds(((x >> 33) % (730 * 86_400)) as i64)
        })
        .collect()
}

#[tokio::main(flavor = "current_thread")]
async fn main() -> Result<(), Box<dyn std::error::Error>> {
    let n: usize = std::env::args()
        .nth(1)
        .and_then(|a| a.parse().ok())
        .unwrap_or(200_000);
    let dir = tempfile::tempdir()?;
    let config = Config {
        data_dir: dir.path().to_path_buf(),
        ..Config::default()
    };
    let services = kesu::startup::build_services(config, Arc::new(SystemClock)).await?;
    let meta = RequestMeta::default();
    let hotline_team = services
        .create_team(None, &meta, "热线组", "center", None)
        .await?;
    let store = services
        .create_team(None, &meta, "营业厅", "store", None)
        .await?;
    let user = services
        .create_user_as(
            None,
            &meta,
            NewUser {
                username: "timer".into(),
                display_name: "timer".into(),
                password: "Kesu-measure-2026!".into(),
                team_id: Some(store.id.0),
                roles: vec!["admin".into()],
            },
        )
        .await?;
    let actor = services.actor_for_user(user.id.0).await?;
    let hotline = services
        .calendars(&actor)
        .await?
        .into_iter()
        .find(|c| !c.is_default)
        .ok_or("no 7×24 calendar")?;
    services
        .set_team_calendar(&actor, &meta, hotline_team.id.0, Some(hotline.id))
        .await?;
    let ts = starts(n);
    println!("workingDeadline, {n} start instants over 2025-2026, calendar cache warm");
    let cases = [
        (
            "default calendar, 3 working days",
            None,
            Span::WorkingDays(3),
        ),
        (
            "default calendar, 24 working hours",
            None,
            Span::WorkingHours(24),
        ),
        (
            "team on the default calendar, 7 working days",
            Some(store.id.0),
            Span::WorkingDays(7),
        ),
        (
            "team on 7×24, 24 working hours",
            Some(hotline_team.id.0),
            Span::WorkingHours(24),
        ),
    ];
    for (label, team, span) in cases {
        services.working_deadline(&actor, ts[0], span, team).await?;
        let started = Instant::now();
        let mut sink = 0i64;
        for t in &ts {
            let d = services
                .working_deadline(&actor, black_box(*t), span, team)
                .await?;
            sink = sink.wrapping_add(d.at.timestamp());
        }
        let ns = started.elapsed().as_nanos() as f64 / n as f64;
        black_box(sink);
        println!("service path, {label:<46} {:>8.2} µs/op", ns / 1000.0);
    }

    let schema = build_schema(Some(services.clone()));
    let query = format!(
        "query($f: DateTime!) {{ workingDeadline(from: $f, workingDays: 3, teamId: \"{}\") }}",
        store.id.0
    );
    let m = (n / 20).max(1);
    let started = Instant::now();
    for t in ts.iter().take(m) {
        let vars = async_graphql::Variables::from_json(serde_json::json!({ "f": t.to_rfc3339() }));
        let req = async_graphql::Request::new(query.as_str())
            .variables(vars)
            .data(RequestCtx {
                actor: Some(actor.clone()),
                meta: meta.clone(),
            });
        let resp = schema.execute(req).await;
        if !resp.errors.is_empty() {
            return Err(format!("{:?}", resp.errors).into());
        }
        black_box(resp);
    }
    let ns = started.elapsed().as_nanos() as f64 / m as f64;
    println!(
        "in-process GraphQL execution of the query ({m} runs)          {:>8.2} µs/op",
        ns / 1000.0
    );
    Ok(())
}
