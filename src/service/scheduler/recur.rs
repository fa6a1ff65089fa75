//! What every job shares: its audit metadata and the next run of a
//! recurring one.
use super::Job;
use crate::auth::RequestMeta;
use chrono::{DateTime, Duration, Utc};

/// The request metadata of a job's audit records.
pub fn job_meta(job: &Job) -> RequestMeta {
    RequestMeta {
        request_id: format!("job-{}", job.id),
        ..Default::default()
    }
}

/// The first run of a job that was due at `due` and recurs every `every`,
/// strictly after `now` (missed runs are skipped, not caught up).
pub fn next_run(due: DateTime<Utc>, now: DateTime<Utc>, every: Duration) -> DateTime<Utc> {
    if every <= Duration::zero() {
        return now + Duration::minutes(1);
    }
    let mut next = due + every;
    if next <= now {
        let behind = (now - next).num_seconds() / every.num_seconds().max(1) + 1;
        next += every * behind as i32;
    }
    next
}
