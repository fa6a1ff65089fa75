//! Registering a complaint during a call: validation, the customer record,
//! and the earlier complaints it may repeat.
use crate::audit;
use crate::audit::Entry;
use crate::auth::{policy, Actor, RequestMeta};
use crate::db::entity::{category, complaint, customer};
use crate::db::repo;
use crate::domain::complaint::{Channel, EventKind, Priority, Status, Visibility};
use crate::domain::ids::*;
use crate::domain::number;
use crate::domain::permission::Permission;
use crate::error::{AppError, AppResult};
use crate::service::complaints::timeline::insert_event;
use crate::service::complaints::views::ComplaintView;
use crate::service::{optional_text, required_text, Services};
use chrono::{DateTime, Duration, NaiveDate, Utc};
use sea_orm::ActiveValue::NotSet;
use sea_orm::{
    ActiveModelTrait, ColumnTrait, Condition, ConnectionTrait, EntityTrait, QueryFilter,
    QueryOrder, QuerySelect, Set, TryInsertResult,
};

pub const MAX_DESCRIPTION: usize = 5000;

pub const MAX_TITLE: usize = 100;

const MAX_CENTS: i64 = 1_000_000_000_000;

/// A complaint as registered during a call.
#[derive(Debug, Clone, Default)]
pub struct NewComplaint {
    pub customer_phone: String,
    pub customer_name: String,
    pub customer_id_card: Option<String>,
    pub customer_email: Option<String>,
    pub channel: Option<Channel>,
    pub category_id: i64,
    pub priority: Option<Priority>,
    pub title: Option<String>,
    pub description: String,
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
    pub repeat_of_id: Option<i64>,
    pub is_major: bool,
    /// The knowledge-base article (published version) that answered the call.
    pub used_kb_article_id: Option<i64>,
    /// The announcement (mass incident) this complaint belongs to.
    pub announcement_id: Option<i64>,
}

/// An earlier complaint of the same customer that this one may repeat.
#[derive(Debug, Clone)]
pub struct RepeatCandidate {
    pub id: ComplaintId,
    pub number: String,
    pub status: Status,
    pub title: String,
    pub created_at: DateTime<Utc>,
    /// Text similarity of title and description, 0 to 1.
    pub similarity: f32,
    /// In the same top-level category as the new complaint.
    pub same_category: bool,
}

pub struct Created {
    pub complaint: ComplaintView,
    pub possible_repeats: Vec<RepeatCandidate>,
}

pub(crate) fn validate_phone(phone: &str) -> AppResult<String> {
    let p: String = phone.chars().filter(|c| !matches!(c, ' ' | '-')).collect();
    let digits = p.strip_prefix('+').unwrap_or(&p);
    if digits.len() < 5 || digits.len() > 20 || !digits.bytes().all(|b| b.is_ascii_digit()) {
        return Err(AppError::bad_input(
            "customerPhone",
            "phone must be 5 to 20 digits",
        ));
    }
    Ok(p)
}

fn validate_cents(field: &str, v: Option<i64>) -> AppResult<Option<i64>> {
    match v {
        Some(c) if !(0..=MAX_CENTS).contains(&c) => Err(AppError::bad_input(
            field,
            format!("{field} must be between 0 and {MAX_CENTS}"),
        )),
        other => Ok(other),
    }
}

/// How many of the customer's open or recent complaints are compared.
const MAX_REPEAT_SCAN: u64 = 50;

/// Text similarity above which a complaint in another category still counts
/// as a possible repeat.
const REPEAT_TEXT_SIMILARITY: f32 = 0.3;

impl Services {
    pub async fn create_complaint(
        &self,
        actor: &Actor,
        meta: &RequestMeta,
        input: NewComplaint,
    ) -> AppResult<Created> {
        if let Err(d) = policy::require(actor, Permission::ComplaintCreate) {
            return Err(self.deny(actor, meta, "complaint.create", None, d).await);
        }
        let phone = validate_phone(&input.customer_phone)?;
        let name = required_text("customerName", &input.customer_name, 50)?;
        let id_card = optional_text("customerIdCard", input.customer_id_card.as_deref(), 32)?;
        if let Some(id) = &id_card {
            if !(id.len() == 15 || id.len() == 18)
                || !id
                    .bytes()
                    .all(|b| b.is_ascii_digit() || b == b'X' || b == b'x')
            {
                return Err(AppError::bad_input(
                    "customerIdCard",
                    "ID-card number must be 15 or 18 characters",
                ));
            }
        }
        let email = optional_text("customerEmail", input.customer_email.as_deref(), 254)?;
        if email.as_deref().is_some_and(|e| !e.contains('@')) {
            return Err(AppError::bad_input("customerEmail", "email must contain @"));
        }
        let description = required_text("description", &input.description, MAX_DESCRIPTION)?;
        let title = match optional_text("title", input.title.as_deref(), MAX_TITLE)? {
            Some(t) => t,
            None => description.chars().take(30).collect(),
        };
        let occurred_place = optional_text("occurredPlace", input.occurred_place.as_deref(), 200)?;
        let product_model = optional_text("productModel", input.product_model.as_deref(), 200)?;
        let product_batch = optional_text("productBatch", input.product_batch.as_deref(), 100)?;
        let order_number = optional_text("orderNumber", input.order_number.as_deref(), 100)?;
        let amount = validate_cents("amountDisputedCents", input.amount_disputed_cents)?;
        let refund = validate_cents("refundRequestedCents", input.refund_requested_cents)?;
        let now = self.now();
        if input
            .occurred_at
            .is_some_and(|t| t > now + Duration::hours(1))
        {
            return Err(AppError::bad_input(
                "occurredAt",
                "occurredAt is in the future",
            ));
        }
        let cat = self.ensure_category_usable(input.category_id).await?;
        let original = match input.repeat_of_id {
            Some(rid) => Some(
                complaint::Entity::find_by_id(rid)
                    .one(self.db.conn())
                    .await?
                    .ok_or_else(|| AppError::bad_input("repeatOfId", "unknown complaint"))?,
            ),
            None => None,
        };

        let used_kb_version = match input.used_kb_article_id {
            Some(aid) => Some(self.published_version_of(aid).await?),
            None => None,
        };
        if let Some(ann) = input.announcement_id {
            self.ensure_announcement_linkable(ann).await?;
        }
        let tx = self.db.write_tx().await?;
        let cust = match repo::customer_by_phone(&*tx, &phone).await? {
            Some(c) => {
                if (c.id_card.is_none() && id_card.is_some())
                    || (c.email.is_none() && email.is_some())
                {
                    let mut am: customer::ActiveModel = c.clone().into();
                    if c.id_card.is_none() {
                        am.id_card = Set(id_card.clone());
                    }
                    if c.email.is_none() {
                        am.email = Set(email.clone());
                    }
                    am.updated_at = Set(now);
                    am.update(&*tx).await?
                } else {
                    c
                }
            }
            None => {
                // concurrent registrations for a new caller must not both insert
                let inserted = customer::Entity::insert(customer::ActiveModel {
                    id: NotSet,
                    name: Set(name),
                    phone: Set(phone.clone()),
                    id_card: Set(id_card),
                    email: Set(email),
                    created_at: Set(now),
                    updated_at: Set(now),
                })
                .on_conflict_do_nothing_on([customer::Column::Phone])
                .exec_with_returning(&*tx)
                .await;
                // a conflict (another call registered this phone meanwhile)
                // reports as "not inserted" or, on PostgreSQL, "not found"
                match inserted {
                    Ok(TryInsertResult::Inserted(c)) => c,
                    Err(e)
                        if !matches!(
                            e,
                            sea_orm::DbErr::RecordNotInserted | sea_orm::DbErr::RecordNotFound(_)
                        ) =>
                    {
                        return Err(e.into())
                    }
                    _ => repo::customer_by_phone(&*tx, &phone)
                        .await?
                        .ok_or_else(|| AppError::internal_msg("customer vanished after insert"))?,
                }
            }
        };
        if original.as_ref().is_some_and(|o| o.customer_id != cust.id) {
            return Err(AppError::bad_input(
                "repeatOfId",
                "a repeat complaint must be from the same customer",
            ));
        }
        let day = number::day_key(now);
        let seq = repo::next_complaint_seq(&*tx, &day).await?;
        let model = complaint::ActiveModel {
            id: NotSet,
            number: Set(number::format_number(&day, seq)),
            customer_id: Set(cust.id),
            channel: Set(input.channel.unwrap_or(Channel::Hotline).code().into()),
            category_id: Set(cat.id),
            priority: Set(input.priority.unwrap_or(Priority::Normal).code().into()),
            status: Set(Status::Accepted.code().into()),
            title: Set(title),
            description: Set(description),
            occurred_at: Set(input.occurred_at),
            occurred_place: Set(occurred_place),
            product_model: Set(product_model),
            product_batch: Set(product_batch),
            order_number: Set(order_number),
            purchased_on: Set(input.purchased_on),
            shipped_on: Set(input.shipped_on),
            arrived_on: Set(input.arrived_on),
            amount_disputed_cents: Set(amount),
            refund_requested_cents: Set(refund),
            refund_granted_cents: Set(None),
            responsibility: Set(None),
            findings: Set(None),
            resolution: Set(None),
            satisfaction: Set(None),
            is_major: Set(input.is_major),
            repeat_of_id: Set(input.repeat_of_id),
            reopen_count: Set(0),
            accepted_by_id: Set(actor.user_id.0),
            accepted_team_id: Set(actor.team_id.map(|t| t.0)),
            team_id: Set(actor.team_id.map(|t| t.0)),
            assignee_id: Set(None),
            version: Set(1),
            created_at: Set(now),
            updated_at: Set(now),
            escalated_at: Set(None),
            first_replied_at: Set(None),
            resolved_at: Set(None),
            closed_at: Set(None),
            used_kb_version_id: Set(used_kb_version),
            announcement_id: Set(input.announcement_id),
        }
        .insert(&*tx)
        .await?;
        insert_event(
            &*tx,
            model.id,
            EventKind::Created,
            Some(actor.user_id.0),
            Visibility::Customer,
            (None, Some(Status::Accepted)),
            None,
            serde_json::json!({ "channel": model.channel, "repeatOf": model.repeat_of_id }),
            now,
        )
        .await?;
        audit::record(
            &*tx,
            meta,
            now,
            Entry::new("complaint.create", Some(actor))
                .target("complaint", model.id)
                .customer(cust.id)
                .detail(serde_json::json!({ "number": model.number })),
        )
        .await?;
        crate::service::kb::articles::enqueue(&*tx, "complaint", model.id, now).await?;
        tx.commit().await?;
        self.index_signal();
        // after the commit: the writer slot is not held for a read
        let repeats = self.repeat_candidates(self.db.conn(), &model, &cat).await?;
        Ok(Created {
            complaint: model.into(),
            possible_repeats: repeats,
        })
    }

    /// Open complaints, or ones from the last 30 days, of the same customer
    /// that are about the same problem: in the same top-level category, or
    /// told in text alike enough (the agent may have filed it elsewhere).
    /// Most alike first.
    async fn repeat_candidates<C: ConnectionTrait>(
        &self,
        db: &C,
        new: &complaint::Model,
        cat: &category::Model,
    ) -> AppResult<Vec<RepeatCandidate>> {
        let top = cat.parent_id.unwrap_or(cat.id);
        let family: Vec<i64> = category::Entity::find()
            .filter(
                Condition::any()
                    .add(category::Column::Id.eq(top))
                    .add(category::Column::ParentId.eq(top)),
            )
            .all(db)
            .await?
            .into_iter()
            .map(|c| c.id)
            .collect();
        let since = new.created_at - Duration::days(30);
        let open: Vec<&str> = Status::ALL
            .iter()
            .filter(|s| s.is_open())
            .map(|s| s.code())
            .collect();
        let rows = complaint::Entity::find()
            .filter(complaint::Column::CustomerId.eq(new.customer_id))
            .filter(complaint::Column::Id.ne(new.id))
            .filter(
                Condition::any()
                    .add(complaint::Column::Status.is_in(open))
                    .add(complaint::Column::CreatedAt.gte(since)),
            )
            .order_by_desc(complaint::Column::Id)
            .limit(MAX_REPEAT_SCAN)
            .all(db)
            .await?;
        let new_text = format!("{} {}", new.title, new.description);
        let mut out: Vec<RepeatCandidate> = rows
            .into_iter()
            .filter_map(|c| {
                let similarity = crate::search::analysis::text_similarity(
                    &new_text,
                    &format!("{} {}", c.title, c.description),
                );
                let same_category = family.contains(&c.category_id);
                (same_category || similarity >= REPEAT_TEXT_SIMILARITY).then(|| RepeatCandidate {
                    id: ComplaintId(c.id),
                    number: c.number,
                    status: Status::from_code(&c.status).unwrap_or(Status::Accepted),
                    title: c.title,
                    created_at: c.created_at,
                    similarity,
                    same_category,
                })
            })
            .collect();
        out.sort_by(|a, b| {
            b.similarity
                .total_cmp(&a.similarity)
                .then(b.created_at.cmp(&a.created_at))
        });
        out.truncate(5);
        Ok(out)
    }
}
