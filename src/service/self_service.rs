//! Customer self-service: a customer checks their own complaint with its
//! number and the last four digits of the phone it was registered with,
//! without an account (`complaintStatus`, the public `/status` page).
//!
//! What the answer holds: the state the customer sees, the dates, and what
//! the customer was told (`domain::customer_timeline`). Never a name, a
//! phone, an internal note, who handled it or which team.
//!
//! Guessing is made useless:
//! - a wrong pair gets exactly the answer an unknown number gets (none),
//!   after the same single read;
//! - tries are limited per source address and per number
//!   ([`Config::status_lookup_limit`] in [`WINDOW`]), refused tries answer
//!   `TOO_MANY_REQUESTS`; the windows live in this process (two processes
//!   each allow the limit). Every try counts against its address; against
//!   the number only tries that found nothing, so a customer checking their
//!   own complaint does not lock it (a try is counted before the read and
//!   refunded after a match, which keeps the limit exact under concurrent
//!   guesses). Whoever knows a number can still use up its failed tries;
//!   then the right pair is refused too until the window moves on;
//! - every lookup, found or not, refused or not, is in the audit log
//!   (`complaint.status_lookup`, anonymous), durable before the answer.
//!
//! [`Config::status_lookup_limit`]: crate::config::Config::status_lookup_limit
use crate::audit::{Entry, Outcome};
use crate::auth::RequestMeta;
use crate::db::entity::{complaint, complaint_event, customer};
use crate::domain::complaint::{EventKind, Status, Visibility};
use crate::domain::customer_timeline::{self as ct, CustomerEntry, PublicStatus};
use crate::domain::number::is_valid_number;
use crate::domain::rate_limit::{Limit, Window};
use crate::error::{AppError, AppResult};
use crate::service::Services;
use chrono::{DateTime, TimeDelta, Utc};
use sea_orm::{
    ColumnTrait, Condition, EntityTrait, JoinType, QueryFilter, QueryOrder, QuerySelect,
    RelationTrait,
};
use std::collections::HashMap;
use std::sync::Mutex;

/// The window the lookup limit counts in.
pub const WINDOW: TimeDelta = TimeDelta::minutes(10);
/// Keys kept before idle ones are swept out.
const SWEEP_AT: usize = 10_000;

/// The lookup's one read: id, customer, status, registered, resolved, phone.
type Found = (
    i64,
    i64,
    String,
    DateTime<Utc>,
    Option<DateTime<Utc>>,
    String,
);

/// What a customer may know about their complaint.
#[derive(Debug, Clone)]
pub struct StatusView {
    pub number: String,
    pub public_status: PublicStatus,
    pub registered_at: DateTime<Utc>,
    /// When the customer was last told something.
    pub updated_at: DateTime<Utc>,
    /// When it reached 已完成处理 (the last time, if reopened).
    pub completed_at: Option<DateTime<Utc>>,
    /// The next reply the latest progress note promised, while still ahead.
    pub next_reply_by: Option<DateTime<Utc>>,
    pub entries: Vec<CustomerEntry>,
}

/// The lookup windows of this process, per source address and per number.
#[derive(Debug, Default)]
pub struct LookupLimiter {
    inner: Mutex<Windows>,
}

#[derive(Debug, Default)]
struct Windows {
    by_key: HashMap<String, Window>,
    /// Sweep idle keys when this many are kept (doubles with the live
    /// ones, so sweeping costs amortised O(1) per try).
    sweep_at: usize,
}

impl LookupLimiter {
    /// Count a try for every key, or refuse if any is at its limit (then
    /// none is counted). `Ok` carries the time each try was counted at (to
    /// refund it), `Err` when the next try is allowed.
    fn try_all<const N: usize>(
        &self,
        keys: &[String; N],
        policy: Limit,
        now: DateTime<Utc>,
    ) -> Result<[DateTime<Utc>; N], DateTime<Utc>> {
        let mut guard = self.inner.lock().expect("lookup limiter poisoned");
        let Windows {
            by_key: windows,
            sweep_at,
        } = &mut *guard;
        if windows.len() >= (*sweep_at).max(SWEEP_AT) {
            windows.retain(|_, w| !w.is_idle(policy, now));
            *sweep_at = windows.len() * 2;
        }
        let mut blocked = None;
        for k in keys {
            if let Some(Err(at)) = windows.get_mut(k).map(|w| w.check(policy, now)) {
                blocked = blocked.max(Some(at));
            }
        }
        if let Some(at) = blocked {
            return Err(at);
        }
        Ok(keys
            .each_ref()
            .map(|k| windows.entry(k.clone()).or_default().count(now)))
    }

    /// Take back the try counted for `key` at `at`.
    fn refund(&self, key: &str, at: DateTime<Utc>) {
        let mut guard = self.inner.lock().expect("lookup limiter poisoned");
        if let Some(w) = guard.by_key.get_mut(key) {
            w.refund(at);
        }
    }
}

/// The message given to the customer at registration (read out or sent):
/// the number and where to check it.
pub fn registration_reply(number: &str, public_url: &str) -> String {
    format!(
        "您的投诉已登记，受理编号 {number}。可凭受理编号和登记手机号后四位在 {}/status?n={number} 查询处理进度。",
        public_url.trim_end_matches('/')
    )
}

impl Services {
    /// The customer's view of complaint `number`, if `phone_last4` ends the
    /// phone it was registered with; `None` for a wrong pair exactly as for
    /// an unknown number.
    pub async fn complaint_status(
        &self,
        meta: &RequestMeta,
        number: &str,
        phone_last4: &str,
    ) -> AppResult<Option<StatusView>> {
        let number: String = number
            .trim()
            .to_ascii_uppercase()
            .chars()
            .take(40)
            .collect();
        let now = self.now();
        let policy = Limit {
            limit: self.config.status_lookup_limit,
            window: WINDOW,
        };
        let keys = [
            format!("ip:{}", meta.ip.as_deref().unwrap_or("-")),
            format!("n:{number}"),
        ];
        let audit = |outcome: Outcome, found: Option<(i64, i64)>| {
            let mut e = Entry::new("complaint.status_lookup", None)
                .outcome(outcome)
                .detail(serde_json::json!({ "number": number, "found": found.is_some() }));
            if let Some((id, customer)) = found {
                e = e.target("complaint", id).customer(customer);
            }
            e
        };
        let counted = match self.status_limiter.try_all(&keys, policy, now) {
            Ok(at) => at,
            Err(at) => {
                self.write_reads(meta, vec![audit(Outcome::Denied, None)])
                    .await?;
                let wait = (at - now).num_seconds().max(1);
                return Err(AppError::rate_limited(format!(
                    "too many lookups; try again in {wait} seconds"
                )));
            }
        };
        let invalid = if !is_valid_number(&number) {
            Some(AppError::bad_input(
                "number",
                "not a complaint number (TS, the day, a dash and a sequence)",
            ))
        } else if phone_last4.len() != 4 || !phone_last4.bytes().all(|b| b.is_ascii_digit()) {
            Some(AppError::bad_input(
                "phoneLast4",
                "the last four digits of the phone",
            ))
        } else {
            None
        };
        if let Some(err) = invalid {
            self.write_reads(meta, vec![audit(Outcome::Failure, None)])
                .await?;
            return Err(err);
        }
        let row: Option<Found> = complaint::Entity::find()
            .select_only()
            .columns([
                complaint::Column::Id,
                complaint::Column::CustomerId,
                complaint::Column::Status,
                complaint::Column::CreatedAt,
                complaint::Column::ResolvedAt,
            ])
            .column(customer::Column::Phone)
            .join(JoinType::InnerJoin, complaint::Relation::Customer.def())
            .filter(complaint::Column::Number.eq(&number))
            .into_tuple()
            .one(self.db.conn())
            .await?;
        let Some((id, customer_id, status, registered_at, resolved_at, _phone)) =
            row.filter(|r| r.5.ends_with(phone_last4))
        else {
            self.write_reads(meta, vec![audit(Outcome::Success, None)])
                .await?;
            return Ok(None);
        };
        // a customer checking their own complaint again and again does not
        // use up the number's tries; only failed ones count against it
        self.status_limiter.refund(&keys[1], counted[1]);
        let status = Status::from_code(&status)
            .ok_or_else(|| AppError::internal_msg(format!("unknown status {status:?}")))?;
        let view = self
            .customer_view(id, number.clone(), status, registered_at, resolved_at, now)
            .await?;
        self.write_reads(meta, vec![audit(Outcome::Success, Some((id, customer_id)))])
            .await?;
        Ok(Some(view))
    }

    async fn customer_view(
        &self,
        id: i64,
        number: String,
        status: Status,
        registered_at: DateTime<Utc>,
        resolved_at: Option<DateTime<Utc>>,
        now: DateTime<Utc>,
    ) -> AppResult<StatusView> {
        use complaint_event::Column as E;
        let events = complaint_event::Entity::find()
            .filter(E::ComplaintId.eq(id))
            .filter(
                Condition::any()
                    .add(E::ToStatus.is_not_null())
                    .add(E::Kind.eq(EventKind::Created.code()))
                    .add(E::Visibility.eq(Visibility::Customer.code())),
            )
            .order_by_asc(E::Id)
            .all(self.db.conn())
            .await?
            .into_iter()
            .map(crate::service::complaints::views::EventView::try_from)
            .collect::<AppResult<Vec<_>>>()?;
        let entries = ct::customer_timeline(events.iter().map(|e| e.facts()));
        let public_status = PublicStatus::of(status);
        let next_reply_by = entries
            .iter()
            .rev()
            .find(|e| e.kind == ct::EntryKind::Note)
            .and_then(|e| e.promised_reply_at)
            .filter(|at| *at > now && public_status != PublicStatus::Completed);
        Ok(StatusView {
            number,
            public_status,
            registered_at,
            updated_at: entries.last().map_or(registered_at, |e| e.at),
            completed_at: resolved_at.filter(|_| public_status == PublicStatus::Completed),
            next_reply_by,
            entries,
        })
    }
}
