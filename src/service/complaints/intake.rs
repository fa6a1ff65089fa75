//! Registering a complaint during a call: validation, the customer record,
//! and the earlier complaints it may repeat.
use crate::auth::{policy, Actor, RequestMeta};
use crate::db::customers as db_customers;
use crate::db::entity::{category, complaint, customer};
use crate::db::repo;
use crate::domain::complaint::{EventKind, Status, Visibility};
use crate::domain::ids::*;
use crate::domain::number;
use crate::domain::permission::Permission;
use crate::error::{AppError, AppResult};
use crate::service::complaints::change::Change;
use crate::service::complaints::details::{ComplaintDetails, Purpose};
use crate::service::complaints::timeline::NewEvent;
use crate::service::complaints::views::{facts_of, ComplaintView};
use crate::service::sla::Trigger;
use crate::service::{optional_text, required_text, Services};
use chrono::{DateTime, Duration, Utc};
use sea_orm::ActiveValue::NotSet;
use sea_orm::{
    ActiveModelTrait, ColumnTrait, Condition, ConnectionTrait, EntityTrait, QueryFilter,
    QueryOrder, QuerySelect, Set, TryInsertResult,
};

/// A complaint as registered during a call.
#[derive(Debug, Clone, Default)]
pub struct NewComplaint {
    pub customer_phone: String,
    pub customer_name: String,
    pub customer_id_card: Option<String>,
    pub customer_email: Option<String>,
    /// Validated with [`Purpose::Create`]: description and category required.
    pub details: ComplaintDetails,
    pub repeat_of_id: Option<i64>,
    /// The knowledge-base article (published version) that answered the call.
    pub used_kb_article_id: Option<i64>,
    /// The knowledge-base search the article was picked from (`searchId`),
    /// for search analytics; without it the agent's latest search that
    /// opened the article counts.
    pub kb_search_id: Option<String>,
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
    /// What the agent reads out or sends the customer: the number and the
    /// status link.
    pub customer_message: String,
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
        self.enforce(actor, meta, "complaint.create", Permission::ComplaintCreate)
            .await?;
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
        let now = self.now();
        let details = input.details.validate(Purpose::Create, now)?;
        let category_id = details
            .category_id
            .ok_or_else(|| AppError::bad_input("categoryId", "categoryId is required"))?;
        let cat = self.ensure_category_usable(category_id).await?;
        let original = match input.repeat_of_id {
            Some(rid) => Some(
                complaint::Entity::find_by_id(rid)
                    .one(self.db.conn())
                    .await?
                    .ok_or_else(|| AppError::bad_input("repeatOfId", "unknown complaint"))?,
            ),
            None => None,
        };

        let kb_search_id = match (&input.kb_search_id, input.used_kb_article_id) {
            (None, _) => None,
            (Some(_), None) => {
                return Err(AppError::bad_input(
                    "kbSearchId",
                    "kbSearchId goes with usedKbArticleId",
                ))
            }
            (Some(k), Some(_)) => Some(crate::service::kb::analytics::valid_key(k)?),
        };
        let used_kb_version = match input.used_kb_article_id {
            Some(aid) => Some(self.published_version_of(aid).await?),
            None => None,
        };
        if let Some(ann) = input.announcement_id {
            self.ensure_announcement_linkable(ann).await?;
        }
        let tx = self.db.write_tx().await?;
        let cust = match db_customers::by_phone(&*tx, &self.vault, &phone).await? {
            Some(mut c) => {
                // contact details the customer gave for the first time
                let id_card = id_card.filter(|_| c.id_card.is_none());
                let email = email.filter(|_| c.email.is_none());
                if id_card.is_some() || email.is_some() {
                    db_customers::fill_contact(
                        &*tx,
                        &self.vault,
                        c.id,
                        id_card.as_deref(),
                        email.as_deref(),
                        now,
                    )
                    .await?;
                    c.id_card = c.id_card.or(id_card);
                    c.email = c.email.or(email);
                    c.updated_at = now;
                }
                c
            }
            None => {
                // concurrent registrations for a new caller must not both
                // insert (the blind index is unique)
                let row = db_customers::sealed(
                    &self.vault,
                    &db_customers::NewCustomer {
                        name: &name,
                        phone: &phone,
                        id_card: id_card.as_deref(),
                        email: email.as_deref(),
                        at: now,
                    },
                );
                let inserted = customer::Entity::insert(row)
                    .on_conflict_do_nothing_on([customer::Column::PhoneIndex])
                    .exec_with_returning(&*tx)
                    .await;
                // a conflict (another call registered this phone meanwhile)
                // reports as "not inserted" or, on PostgreSQL, "not found"
                match inserted {
                    Ok(TryInsertResult::Inserted(c)) => db_customers::open(&self.vault, c)?,
                    Err(e)
                        if !matches!(
                            e,
                            sea_orm::DbErr::RecordNotInserted | sea_orm::DbErr::RecordNotFound(_)
                        ) =>
                    {
                        return Err(e.into())
                    }
                    _ => db_customers::by_phone(&*tx, &self.vault, &phone)
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
        // the details set title, description, category, channel, priority,
        // major and whatever else was given (validated for creation above)
        let mut am = complaint::ActiveModel {
            id: NotSet,
            number: Set(number::format_number(&day, seq)),
            customer_id: Set(cust.id),
            status: Set(Status::Accepted.code().into()),
            occurred_at: Set(None),
            occurred_place: Set(None),
            product_model: Set(None),
            product_batch: Set(None),
            order_number: Set(None),
            purchased_on: Set(None),
            shipped_on: Set(None),
            arrived_on: Set(None),
            amount_disputed_cents: Set(None),
            refund_requested_cents: Set(None),
            refund_granted_cents: Set(None),
            responsibility: Set(None),
            findings: Set(None),
            resolution: Set(None),
            satisfaction: Set(None),
            repeat_of_id: Set(input.repeat_of_id),
            reopen_count: Set(0),
            callback_attempts: Set(0),
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
            ..Default::default()
        };
        details.apply(&mut am);
        let mut model = am.insert(&*tx).await?;
        if let Some(article) = input.used_kb_article_id {
            // the caller's words become the article's usage evidence
            crate::service::kb::articles::enqueue(&*tx, "kb_article", article, now).await?;
        }
        let event = NewEvent::internal(
            EventKind::Created,
            serde_json::json!({ "channel": model.channel, "repeatOf": model.repeat_of_id }),
        )
        .visible_to(Visibility::Customer)
        .statuses(None, Some(Status::Accepted));
        let change = Change::new(actor, meta, "complaint.create", model.id, now, event)
            .reindexed()
            .moving_clocks(Trigger::Registered);
        let mut change = change;
        if let Some(major) = self.assess_major(&*tx, &model, false).await? {
            if !model.is_major {
                complaint::Entity::update_many()
                    .col_expr(
                        complaint::Column::IsMajor,
                        sea_orm::sea_query::Expr::value(true),
                    )
                    .filter(complaint::Column::Id.eq(model.id))
                    .exec(&*tx)
                    .await?;
                model.is_major = true;
            }
            change = change
                .also(major.event)
                .notifying(major.recipients, major.notification);
        }
        let change = self
            .route_registered(&*tx, actor, &mut model, change)
            .await?;
        self.commit_change(tx, change, |entry, _| {
            entry
                .customer(cust.id)
                .detail(serde_json::json!({ "number": model.number }))
        })
        .await?;
        if let Some(article) = input.used_kb_article_id {
            self.kb_search_used(actor, kb_search_id, article, model.id);
        }
        // after the commit: the writer slot is not held for a read
        let repeats = self
            .repeat_candidates(actor, self.db.conn(), &model, &cat)
            .await?;
        if !repeats.is_empty() {
            // the agent is shown other complaints of this customer: recorded
            self.record_search(
                actor,
                meta,
                "complaint.repeats",
                Some(CustomerId(model.customer_id)),
                serde_json::json!({ "complaintId": model.id, "count": repeats.len() }),
            )
            .await?;
        }
        let facts = facts_of(&model)?;
        let read = policy::authorize_own_intake(actor, &facts, CustomerId(model.customer_id))
            .map_err(|d| AppError::internal_msg(d.reason))?;
        let customer_message = crate::service::self_service::registration_reply(
            &model.number,
            &self.config.effective_public_url(),
        );
        Ok(Created {
            complaint: ComplaintView::new(model, read)?,
            possible_repeats: repeats,
            customer_message,
        })
    }

    /// Open complaints, or ones from the last 30 days, of the same customer
    /// that are about the same problem: in the same top-level category, or
    /// told in text alike enough (the agent may have filed it elsewhere).
    /// Most alike first.
    async fn repeat_candidates<C: ConnectionTrait>(
        &self,
        actor: &Actor,
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
        let mut out: Vec<RepeatCandidate> = Vec::new();
        for c in rows {
            // shown in full only to those who may read the complaint (a
            // summary grant for the rest is for a later issue)
            let facts = facts_of(&c)?;
            if policy::authorize_read(actor, &facts, CustomerId(c.customer_id)).is_err() {
                continue;
            }
            let similarity = crate::search::analysis::text_similarity(
                &new_text,
                &format!("{} {}", c.title, c.description),
            );
            let same_category = family.contains(&c.category_id);
            if same_category || similarity >= REPEAT_TEXT_SIMILARITY {
                out.push(RepeatCandidate {
                    id: ComplaintId(c.id),
                    number: c.number,
                    status: facts.status,
                    title: c.title,
                    created_at: c.created_at,
                    similarity,
                    same_category,
                });
            }
        }
        out.sort_by(|a, b| {
            b.similarity
                .total_cmp(&a.similarity)
                .then(b.created_at.cmp(&a.created_at))
        });
        out.truncate(5);
        Ok(out)
    }
}
