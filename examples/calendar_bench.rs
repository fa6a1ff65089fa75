//! Times the working-calendar arithmetic on China's default calendar.
//!
//! `cargo run --release --example calendar_bench [-- <iterations>]`
//!
//! Start instants are spread over 2025–2026 by a fixed linear congruential
//! sequence, so every run measures the same inputs. Prints ns per call.
use chrono::{DateTime, Duration, TimeZone, Utc};
use kesu::domain::calendar::WorkingCalendar;
use std::hint::black_box;
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

fn time(label: &str, n: usize, mut f: impl FnMut(usize) -> i64) {
    let started = Instant::now();
    let mut sink = 0i64;
    for i in 0..n {
        sink = sink.wrapping_add(f(i));
    }
    let ns = started.elapsed().as_nanos() as f64 / n as f64;
    black_box(sink);
    println!("{label:<58} {ns:>8.0} ns/op");
}

fn main() {
    let n: usize = std::env::args()
        .nth(1)
        .and_then(|a| a.parse().ok())
        .unwrap_or(200_000);
    let Ok(cal) = WorkingCalendar::china_default() else {
        eprintln!("the shipped calendar does not build");
        std::process::exit(1);
    };
    let ts = starts(n);
    println!("china_default, {n} start instants over 2025-2026");
    for (label, minutes) in [
        ("1 working hour", 60),
        ("3 working days (1,620 min)", 1_620),
        ("1 working year (~134,000 min)", 134_000),
        ("100 working years (13,400,000 min)", 13_400_000),
    ] {
        time(&format!("add_working_minutes, {label}"), n, |i| {
            cal.add_working_minutes(black_box(ts[i]), minutes)
                .timestamp()
        });
    }
    for (label, days) in [
        ("1 day", 1),
        ("30 days", 30),
        ("3 years", 1_095),
        ("100 years", 36_500),
    ] {
        let span = Duration::days(days);
        time(&format!("working_minutes_between, span {label}"), n, |i| {
            cal.working_minutes_between(black_box(ts[i]), ts[i] + span)
        });
    }
    time("add_working_days, 7 days", n, |i| {
        cal.add_working_days(black_box(ts[i]), 7).timestamp()
    });
    time("next_working_instant", n, |i| {
        cal.next_working_instant(black_box(ts[i])).timestamp()
    });
}
