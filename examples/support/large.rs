//! The large data set shared by `alerts_bench` and `kpis_bench`, on SQLite
//! or PostgreSQL: the demo organisation, the complaints of `kesu demo --bulk`
//! (created over the last year), all but `open` of them closed, and their SLA
//! clocks written the way the clock service records them: a first-response
//! clock (24 h) and a resolution clock (72 h) per complaint, step clocks
//! (escalation, investigation, callback) on part of them, about 8% of all
//! clocks breached. Closed complaints get a resolution time and a callback
//! score, so that every branch of the KPI aggregates has rows to count.
//! A second call reuses what is there.
use chrono::{DateTime, Duration, Utc};
use kesu::service::Services;
use rand::rngs::StdRng;
use rand::{Rng, SeedableRng};
use sea_orm::{ConnectionTrait, DatabaseBackend, DatabaseConnection, Statement, Value};
use std::time::Instant;

const CHUNK: usize = 400;

struct Row {
    complaint: i64,
    kind: &'static str,
    step: Option<&'static str>,
    started: DateTime<Utc>,
    due: DateTime<Utc>,
    stopped: Option<DateTime<Utc>>,
    met: Option<DateTime<Utc>>,
    breached: Option<DateTime<Utc>>,
}

struct Gen {
    rng: StdRng,
    now: DateTime<Utc>,
}

impl Gen {
    fn clock(
        &mut self,
        complaint: i64,
        kind: &'static str,
        step: Option<&'static str>,
        started: DateTime<Utc>,
        budget_h: i64,
        closed: bool,
    ) -> Row {
        let (rng, now) = (&mut self.rng, self.now);
        let due = started + Duration::hours(budget_h);
        // 8% take longer than their budget
        let late = rng.gen_range(0..100) < 8;
        let took = if late {
            Duration::minutes(rng.gen_range(budget_h * 60..budget_h * 90))
        } else {
            Duration::minutes(rng.gen_range(1..budget_h * 60))
        };
        let end = started + took;
        let finished = closed && end <= now;
        let breached = (late && due <= now).then_some(due);
        Row {
            complaint,
            kind,
            step,
            started,
            due,
            stopped: finished.then_some(end),
            met: (finished && !late).then_some(end),
            breached,
        }
    }
}

/// `(?, ?, …)` on SQLite, `($n, $n+1, …)` on PostgreSQL, numbered from `first`.
fn tuple(backend: DatabaseBackend, first: usize, n: usize) -> String {
    let marks: Vec<String> = (first..first + n)
        .map(|i| match backend {
            DatabaseBackend::Postgres => format!("${i}"),
            _ => "?".into(),
        })
        .collect();
    format!("({})", marks.join(", "))
}

async fn insert(db: &DatabaseConnection, rows: &[Row]) {
    let backend = db.get_database_backend();
    let mut sql = String::from(
        "INSERT INTO sla_clocks (complaint_id, kind, step, basis, budget_minutes, spent_seconds, \
         started_at, running_since, due_at, stopped_at, met_at, breached_at, state, active) VALUES ",
    );
    let mut values: Vec<Value> = Vec::with_capacity(rows.len() * 14);
    for (i, r) in rows.iter().enumerate() {
        if i > 0 {
            sql.push(',');
        }
        sql.push_str(&tuple(backend, values.len() + 1, 14));
        let state = match (r.met, r.breached) {
            (Some(_), _) => "met",
            (None, Some(_)) => "breached",
            _ => "on_track",
        };
        values.extend([
            r.complaint.into(),
            r.kind.into(),
            r.step.map(str::to_string).into(),
            "hours".into(),
            0i32.into(),
            0i64.into(),
            r.started.into(),
            r.stopped.is_none().then_some(r.started).into(),
            Some(r.due).into(),
            r.stopped.into(),
            r.met.into(),
            r.breached.into(),
            state.into(),
            r.stopped.is_none().into(),
        ]);
    }
    db.execute_raw(Statement::from_sql_and_values(backend, sql, values))
        .await
        .expect("insert clocks");
}

pub async fn scalar(db: &DatabaseConnection, sql: &str) -> i64 {
    db.query_one_raw(Statement::from_string(db.get_database_backend(), sql))
        .await
        .expect("query")
        .and_then(|r| r.try_get_by_index::<i64>(0).ok())
        .unwrap_or(0)
}

pub async fn fill(services: &Services, complaints: usize, open: usize) {
    let db = services.db().conn();
    let backend = db.get_database_backend();
    let have = scalar(db, "SELECT COUNT(*) FROM complaints").await as usize;
    if have < complaints {
        let t = Instant::now();
        kesu::demo::bulk::seed_bulk(services, complaints - have)
            .await
            .expect("bulk complaints");
        println!("complaints: {:.0} s", t.elapsed().as_secs_f64());
    }
    if scalar(db, "SELECT COUNT(*) FROM sla_clocks").await > 0 {
        return;
    }
    let t = Instant::now();
    let every = (complaints / open.max(1)).max(1) as i64;
    // closed ones were resolved a few hours after they came in, and scored
    let resolved = match backend {
        DatabaseBackend::Postgres => "created_at + (id % 96) * INTERVAL '1 hour'",
        _ => "strftime('%Y-%m-%dT%H:%M:%S+00:00', created_at, '+' || (id % 96) || ' hours')",
    };
    db.execute_raw(Statement::from_string(
        backend,
        format!(
            "UPDATE complaints SET \
               status = CASE WHEN id % {every} = 0 THEN 'dispatched' ELSE 'closed' END, \
               resolved_at = CASE WHEN id % {every} = 0 THEN NULL ELSE {resolved} END, \
               closed_at = CASE WHEN id % {every} = 0 THEN NULL ELSE {resolved} END, \
               satisfaction = CASE WHEN id % {every} = 0 OR id % 7 = 0 THEN NULL ELSE 1 + id % 5 END, \
               reopen_count = CASE WHEN id % 23 = 0 THEN 1 ELSE 0 END"
        ),
    ))
    .await
    .expect("statuses");
    println!("statuses: {:.0} s", t.elapsed().as_secs_f64());
    let t = Instant::now();
    let max = scalar(db, "SELECT MAX(id) FROM complaints").await;
    let mut g = Gen {
        rng: StdRng::seed_from_u64(11),
        now: services.now(),
    };
    let page_sql = match backend {
        DatabaseBackend::Postgres => {
            "SELECT id, created_at, status FROM complaints WHERE id > $1 ORDER BY id LIMIT 5000"
        }
        _ => "SELECT id, created_at, status FROM complaints WHERE id > ? ORDER BY id LIMIT 5000",
    };
    let mut rows = Vec::with_capacity(CHUNK);
    let mut after = 0i64;
    loop {
        let page = db
            .query_all_raw(Statement::from_sql_and_values(
                backend,
                page_sql,
                [after.into()],
            ))
            .await
            .expect("complaints");
        if page.is_empty() {
            break;
        }
        for r in page {
            let id: i64 = r.try_get("", "id").expect("id");
            let created: DateTime<Utc> = r.try_get("", "created_at").expect("created_at");
            let closed = r.try_get::<String>("", "status").expect("status") == "closed";
            after = id;
            rows.push(g.clock(id, "first_response", None, created, 24, closed));
            rows.push(g.clock(id, "resolution", None, created, 72, closed));
            for (step, share, h) in [
                ("escalation", 50, 1),
                ("investigation", 40, 12),
                ("callback", 30, 24),
            ] {
                if g.rng.gen_range(0..100) < share {
                    let at = created + Duration::hours(g.rng.gen_range(1..48));
                    rows.push(g.clock(id, "step", Some(step), at, h, closed));
                }
            }
            if rows.len() >= CHUNK {
                insert(db, &rows).await;
                rows.clear();
            }
        }
        if after % 100_000 < 5000 {
            println!("clocks up to complaint {after} of {max}");
        }
    }
    if !rows.is_empty() {
        insert(db, &rows).await;
    }
    println!("clocks: {:.0} s", t.elapsed().as_secs_f64());
    db.execute_raw(Statement::from_string(backend, "ANALYZE"))
        .await
        .expect("analyze");
}
