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
//!   `TOO_MANY_REQUESTS` and count against neither; the counters are in the database
//!   (`db::rate_limits`), so every server process shares them. Every try
//!   counts against its address; against the number only tries that found
//!   nothing, so a customer checking their own complaint does not lock it
//!   (a try is counted before the read and refunded after a match, which
//!   keeps the limit exact under concurrent guesses). Whoever knows a
//!   number can still use up its failed tries; then the right pair is
//!   refused too until the window ends;
//! - every lookup, found or not, refused or not, is in the audit log
//!   (`complaint.status_lookup`, anonymous), durable before the answer.
//!
//! [`Config::status_lookup_limit`]: crate::config::Config::status_lookup_limit
use crate::audit::{Entry, Outcome};
use crate::auth::RequestMeta;
use crate::db::entity::{complaint, complaint_event, customer};
use crate::db::rate_limits;
use crate::domain::complaint::{EventKind, Status, Visibility};
use crate::domain::customer_timeline::{self as ct, CustomerEntry, PublicStatus};
use crate::domain::number::is_valid_number;
use crate::domain::rate_limit::Limit;
use crate::error::{AppError, AppResult};
use crate::service::Services;
use chrono::{DateTime, TimeDelta, Utc};
use sea_orm::{
    ColumnTrait, Condition, EntityTrait, JoinType, QueryFilter, QueryOrder, QuerySelect,
    RelationTrait,
};

/// The window the lookup limit counts in.
pub const WINDOW: TimeDelta = TimeDelta::minutes(10);

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
        // a text that is no complaint number counts against its address only
        // (and never reaches the counters' table as a key)
        let number_key = is_valid_number(&number).then(|| format!("status:number:{number}"));
        let keys: Vec<String> = std::iter::once(format!(
            "status:address:{}",
            meta.ip.as_deref().unwrap_or("-")
        ))
        .chain(number_key.clone())
        .collect();
        let audit = |outcome: Outcome, found: Option<(i64, i64)>| {
            let mut e = Entry::new("complaint.status_lookup", None)
                .outcome(outcome)
                .detail(serde_json::json!({ "number": number, "found": found.is_some() }));
            if let Some((id, customer)) = found {
                e = e.target("complaint", id).customer(customer);
            }
            e
        };
        // count the try against both, in one transaction
        let tx = self.db.write_tx().await?;
        let mut counts = Vec::with_capacity(keys.len());
        for key in &keys {
            counts.push(rate_limits::hit(&*tx, key, WINDOW, now).await?);
        }
        tx.commit().await?;
        let refused_until = counts.iter().filter_map(|c| c.over(policy, now)).max();
        if let Some(at) = refused_until {
            // a refused try counts against neither (so a refused address
            // cannot use up a number's tries)
            let tx = self.db.write_tx().await?;
            for key in &keys {
                rate_limits::refund(&*tx, key, WINDOW, now).await?;
            }
            tx.commit().await?;
            self.write_reads(meta, vec![audit(Outcome::Denied, None)])
                .await?;
            let wait = (at - now).num_seconds().max(1);
            return Err(AppError::rate_limited(format!(
                "too many lookups; try again in {wait} seconds"
            )));
        }
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
        // the phone is sealed: opened to compare its last four digits
        let row = match row {
            Some(r) => {
                let phone = self
                    .vault
                    .open(crate::vault::Field::Phone, &r.5)
                    .map_err(|e| AppError::internal_msg(e.to_string()))?;
                phone.ends_with(phone_last4).then_some(r)
            }
            None => None,
        };
        let Some((id, customer_id, status, registered_at, resolved_at, _)) = row else {
            self.write_reads(meta, vec![audit(Outcome::Success, None)])
                .await?;
            return Ok(None);
        };
        // a customer checking their own complaint again and again does not
        // use up the number's tries; only failed ones count against it
        let tx = self.db.write_tx().await?;
        if let Some(key) = &number_key {
            rate_limits::refund(&*tx, key, WINDOW, now).await?;
        }
        tx.commit().await?;
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
