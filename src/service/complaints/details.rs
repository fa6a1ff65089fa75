//! A complaint's details: what the customer told about the problem (title,
//! description, when and where, product, order, dates, amounts) and how it is
//! filed (category, priority, channel, major). One struct for registering and
//! for editing a complaint, one [`ComplaintDetails::validate`].
//!
//! Texts are trimmed and a blank optional text counts as not given; money is
//! whole cents between 0 and [`MAX_CENTS`]; `occurredAt` may not lie in the
//! future (beyond an hour of clock skew). Whether the category may be used is
//! a database question, asked by the caller (`ensure_category_usable`).
use crate::db::entity::complaint;
use crate::domain::complaint::{Channel, Priority};
use crate::error::{AppError, AppResult};
use crate::service::{optional_text, required_text};
use chrono::{DateTime, Duration, NaiveDate, Utc};
use sea_orm::Set;

pub const MAX_DESCRIPTION: usize = 5000;

pub const MAX_TITLE: usize = 100;

/// The largest amount of money a complaint can name, in cents.
pub const MAX_CENTS: i64 = 1_000_000_000_000;

/// How many characters of the description make the title when none is given.
const TITLE_FROM_DESCRIPTION: usize = 30;

/// A complaint's details. For an edit, `None` leaves a field unchanged.
#[derive(Debug, Clone, Default)]
pub struct ComplaintDetails {
    pub title: Option<String>,
    pub description: Option<String>,
    pub priority: Option<Priority>,
    pub channel: Option<Channel>,
    pub category_id: Option<i64>,
    pub occurred_at: Option<DateTime<Utc>>,
    pub occurred_place: Option<String>,
    pub product_model: Option<String>,
    pub product_batch: Option<String>,
    pub order_number: Option<String>,
    pub purchased_on: Option<NaiveDate>,
    pub shipped_on: Option<NaiveDate>,
    pub arrived_on: Option<NaiveDate>,
    pub amount_disputed_cents: Option<i64>,
    pub refund_requested_cents: Option<i64>,
    pub is_major: Option<bool>,
}

/// What the details are for; the rules differ only in what must be given.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Purpose {
    /// Registering: description and category are required; the title
    /// defaults to the start of the description, channel to hotline,
    /// priority to normal, major to no.
    Create,
    /// Editing: every field is optional, but a title or description that is
    /// given must not be blank.
    Edit,
}

/// Money in cents: `None`, or between 0 and [`MAX_CENTS`].
pub(crate) fn cents(field: &str, v: Option<i64>) -> AppResult<Option<i64>> {
    match v {
        Some(c) if !(0..=MAX_CENTS).contains(&c) => Err(AppError::bad_input(
            field,
            format!("{field} must be between 0 and {MAX_CENTS}"),
        )),
        other => Ok(other),
    }
}

/// `given`, or on creation `fallback` when nothing was given.
fn defaulted<T>(create: bool, given: Option<T>, fallback: T) -> Option<T> {
    match given {
        None if create => Some(fallback),
        other => other,
    }
}

impl ComplaintDetails {
    /// The details normalised (trimmed, blanks dropped, defaults filled in
    /// for [`Purpose::Create`]), or BAD_USER_INPUT on the first field that
    /// breaks a rule. `now` bounds `occurredAt`.
    pub fn validate(self, purpose: Purpose, now: DateTime<Utc>) -> AppResult<ComplaintDetails> {
        let create = purpose == Purpose::Create;
        let description = match (self.description, create) {
            (Some(d), _) => Some(required_text("description", &d, MAX_DESCRIPTION)?),
            (None, true) => Some(required_text("description", "", MAX_DESCRIPTION)?),
            (None, false) => None,
        };
        let title = match (self.title, create) {
            (Some(t), false) => Some(required_text("title", &t, MAX_TITLE)?),
            (t, _) => optional_text("title", t.as_deref(), MAX_TITLE)?,
        };
        let title = match (title, &description) {
            (None, Some(d)) if create => Some(d.chars().take(TITLE_FROM_DESCRIPTION).collect()),
            (t, _) => t,
        };
        let occurred_place = optional_text("occurredPlace", self.occurred_place.as_deref(), 200)?;
        let product_model = optional_text("productModel", self.product_model.as_deref(), 200)?;
        let product_batch = optional_text("productBatch", self.product_batch.as_deref(), 100)?;
        let order_number = optional_text("orderNumber", self.order_number.as_deref(), 100)?;
        let amount_disputed_cents = cents("amountDisputedCents", self.amount_disputed_cents)?;
        let refund_requested_cents = cents("refundRequestedCents", self.refund_requested_cents)?;
        if self
            .occurred_at
            .is_some_and(|t| t > now + Duration::hours(1))
        {
            return Err(AppError::bad_input(
                "occurredAt",
                "occurredAt is in the future",
            ));
        }
        if create && self.category_id.is_none() {
            return Err(AppError::bad_input("categoryId", "categoryId is required"));
        }
        Ok(ComplaintDetails {
            title,
            description,
            priority: defaulted(create, self.priority, Priority::Normal),
            channel: defaulted(create, self.channel, Channel::Hotline),
            category_id: self.category_id,
            occurred_at: self.occurred_at,
            occurred_place,
            product_model,
            product_batch,
            order_number,
            purchased_on: self.purchased_on,
            shipped_on: self.shipped_on,
            arrived_on: self.arrived_on,
            amount_disputed_cents,
            refund_requested_cents,
            is_major: defaulted(create, self.is_major, false),
        })
    }

    /// Set the given fields on `am`; returns their names (as the API spells
    /// them), in a fixed order.
    pub(super) fn apply(self, am: &mut complaint::ActiveModel) -> Vec<&'static str> {
        let mut changed: Vec<&'static str> = vec![];
        macro_rules! set {
            ($field:ident, $value:expr, $name:literal) => {
                if let Some(v) = $value {
                    am.$field = Set(v);
                    changed.push($name);
                }
            };
        }
        set!(title, self.title, "title");
        set!(description, self.description, "description");
        set!(
            priority,
            self.priority.map(|p| p.code().to_string()),
            "priority"
        );
        set!(
            channel,
            self.channel.map(|c| c.code().to_string()),
            "channel"
        );
        set!(category_id, self.category_id, "categoryId");
        set!(occurred_at, self.occurred_at.map(Some), "occurredAt");
        set!(
            occurred_place,
            self.occurred_place.map(Some),
            "occurredPlace"
        );
        set!(product_model, self.product_model.map(Some), "productModel");
        set!(product_batch, self.product_batch.map(Some), "productBatch");
        set!(order_number, self.order_number.map(Some), "orderNumber");
        set!(purchased_on, self.purchased_on.map(Some), "purchasedOn");
        set!(shipped_on, self.shipped_on.map(Some), "shippedOn");
        set!(arrived_on, self.arrived_on.map(Some), "arrivedOn");
        set!(
            amount_disputed_cents,
            self.amount_disputed_cents.map(Some),
            "amountDisputedCents"
        );
        set!(
            refund_requested_cents,
            self.refund_requested_cents.map(Some),
            "refundRequestedCents"
        );
        set!(is_major, self.is_major, "isMajor");
        changed
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn now() -> DateTime<Utc> {
        DateTime::<Utc>::UNIX_EPOCH + Duration::days(20000)
    }

    fn field_of(e: AppError) -> Option<String> {
        e.field
    }

    #[test]
    fn create_requires_a_description_and_derives_the_title() {
        let err = ComplaintDetails {
            category_id: Some(1),
            description: Some("   ".into()),
            ..Default::default()
        }
        .validate(Purpose::Create, now())
        .expect_err("blank description");
        assert_eq!(field_of(err).as_deref(), Some("description"));

        let d = ComplaintDetails {
            category_id: Some(1),
            description: Some(format!(" {} ", "宽".repeat(40))),
            ..Default::default()
        }
        .validate(Purpose::Create, now())
        .expect("valid");
        assert_eq!(d.title, Some("宽".repeat(30)));
        assert_eq!(d.channel, Some(Channel::Hotline));
        assert_eq!(d.priority, Some(Priority::Normal));
        assert_eq!(d.is_major, Some(false));
    }

    #[test]
    fn create_requires_a_category() {
        let err = ComplaintDetails {
            description: Some("掉线".into()),
            ..Default::default()
        }
        .validate(Purpose::Create, now())
        .expect_err("no category");
        assert_eq!(field_of(err).as_deref(), Some("categoryId"));
    }

    #[test]
    fn an_edit_may_leave_everything_out_but_not_blank_a_title() {
        let d = ComplaintDetails::default()
            .validate(Purpose::Edit, now())
            .expect("empty edit validates");
        assert!(d.apply(&mut Default::default()).is_empty());
        let err = ComplaintDetails {
            title: Some(" ".into()),
            ..Default::default()
        }
        .validate(Purpose::Edit, now())
        .expect_err("blank title");
        assert_eq!(field_of(err).as_deref(), Some("title"));
    }

    #[test]
    fn money_and_time_are_bounded_for_both_purposes() {
        for purpose in [Purpose::Create, Purpose::Edit] {
            let base = ComplaintDetails {
                category_id: Some(1),
                description: Some("掉线".into()),
                ..Default::default()
            };
            let err = ComplaintDetails {
                refund_requested_cents: Some(-1),
                ..base.clone()
            }
            .validate(purpose, now())
            .expect_err("negative money");
            assert_eq!(field_of(err).as_deref(), Some("refundRequestedCents"));
            let err = ComplaintDetails {
                occurred_at: Some(now() + Duration::hours(2)),
                ..base.clone()
            }
            .validate(purpose, now())
            .expect_err("future");
            assert_eq!(field_of(err).as_deref(), Some("occurredAt"));
            assert!(ComplaintDetails {
                amount_disputed_cents: Some(MAX_CENTS),
                occurred_at: Some(now()),
                ..base
            }
            .validate(purpose, now())
            .is_ok());
        }
    }

    #[test]
    fn apply_names_the_fields_it_sets() {
        let d = ComplaintDetails {
            title: Some("新标题".into()),
            is_major: Some(true),
            occurred_place: Some("  ".into()),
            ..Default::default()
        }
        .validate(Purpose::Edit, now())
        .expect("valid");
        let mut am = complaint::ActiveModel::default();
        assert_eq!(d.apply(&mut am), vec!["title", "isMajor"]);
        assert_eq!(am.title, Set("新标题".to_string()));
    }
}
