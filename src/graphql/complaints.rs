//! Complaint queries and mutations.
use super::enums::*;
use super::loaders;
use super::types::*;
use super::{actor, parse_id, parse_opt_id, services, GqlResult};
use crate::error::AppError;
use crate::service::complaints::NewComplaint;
use crate::service::complaints::{ComplaintEdit, NewNote, Step};
use crate::service::complaints::{ComplaintFilter as SFilter, ComplaintKey};
use async_graphql::{Context, InputObject, Object, Result, SimpleObject, Upload, ID};
use chrono::{DateTime, NaiveDate, Utc};

#[derive(InputObject, Default)]
pub struct ComplaintFilter {
    pub statuses: Option<Vec<ComplaintStatus>>,
    pub priorities: Option<Vec<Priority>>,
    pub channels: Option<Vec<Channel>>,
    /// A top-level category includes its sub-categories.
    pub category_ids: Option<Vec<ID>>,
    pub team_id: Option<ID>,
    pub assignee_id: Option<ID>,
    pub accepted_by_id: Option<ID>,
    pub created_from: Option<DateTime<Utc>>,
    pub created_to: Option<DateTime<Utc>>,
    /// Substring of the title or description, or an exact complaint number.
    pub text: Option<String>,
    pub is_major: Option<bool>,
    /// Only complaints still being worked.
    pub open_only: Option<bool>,
    /// One customer's complaints.
    pub customer_id: Option<ID>,
    /// The complaints linked to an announcement.
    pub announcement_id: Option<ID>,
}

impl ComplaintFilter {
    fn into_service(self) -> Result<SFilter, AppError> {
        let ids = |v: Option<Vec<ID>>, f: &str| -> Result<Vec<i64>, AppError> {
            v.unwrap_or_default()
                .iter()
                .map(|i| parse_id(f, i))
                .collect()
        };
        Ok(SFilter {
            statuses: self
                .statuses
                .unwrap_or_default()
                .into_iter()
                .map(Into::into)
                .collect(),
            priorities: self
                .priorities
                .unwrap_or_default()
                .into_iter()
                .map(Into::into)
                .collect(),
            channels: self
                .channels
                .unwrap_or_default()
                .into_iter()
                .map(Into::into)
                .collect(),
            category_ids: ids(self.category_ids, "categoryIds")?,
            team_id: parse_opt_id("teamId", &self.team_id)?,
            assignee_id: parse_opt_id("assigneeId", &self.assignee_id)?,
            accepted_by_id: parse_opt_id("acceptedById", &self.accepted_by_id)?,
            created_from: self.created_from,
            created_to: self.created_to,
            text: self.text,
            is_major: self.is_major,
            open_only: self.open_only.unwrap_or(false),
            customer_id: parse_opt_id("customerId", &self.customer_id)?,
            announcement_id: parse_opt_id("announcementId", &self.announcement_id)?,
        })
    }
}

#[derive(Default)]
pub struct ComplaintQuery;

async fn read(
    ctx: &Context<'_>,
    a: &crate::auth::Actor,
    m: &crate::auth::RequestMeta,
    key: ComplaintKey<'_>,
) -> Result<Complaint> {
    let (view, related) = services(ctx).read_complaint(a, m, key).await.gql(ctx)?;
    loaders::prime(ctx, related).await;
    Ok(Complaint(view))
}

#[Object]
impl ComplaintQuery {
    async fn complaint(&self, ctx: &Context<'_>, id: ID) -> Result<Complaint> {
        let (a, m) = actor(ctx)?;
        let id = parse_id("id", &id).gql(ctx)?;
        read(ctx, a, m, ComplaintKey::Id(id)).await
    }

    async fn complaint_by_number(&self, ctx: &Context<'_>, number: String) -> Result<Complaint> {
        let (a, m) = actor(ctx)?;
        read(ctx, a, m, ComplaintKey::Number(&number)).await
    }

    /// Complaints the caller may see, newest first unless `orderBy` says otherwise.
    async fn complaints(
        &self,
        ctx: &Context<'_>,
        filter: Option<ComplaintFilter>,
        #[graphql(desc = "Page size, 1 to 100 (default 20).")] first: Option<i32>,
        after: Option<String>,
        order_by: Option<ComplaintOrder>,
    ) -> Result<ComplaintConnection> {
        let (a, m) = actor(ctx)?;
        let filter = filter.unwrap_or_default().into_service().gql(ctx)?;
        let (page, related) = services(ctx)
            .list_complaints(
                a,
                m,
                &filter,
                order_by.unwrap_or_default().into(),
                first.map(i64::from),
                after.as_deref(),
            )
            .await
            .gql(ctx)?;
        loaders::prime(ctx, related).await;
        Ok(connection(
            page,
            Complaint,
            ComplaintConnectionFields { filter },
        ))
    }

    /// Look a customer up by the phone number the caller gives (masked; audited).
    async fn customer_by_phone(
        &self,
        ctx: &Context<'_>,
        phone: String,
    ) -> Result<Option<Customer>> {
        let (a, m) = actor(ctx)?;
        Ok(services(ctx)
            .customer_by_phone(a, m, &phone)
            .await
            .gql(ctx)?
            .map(Customer))
    }

    /// Earlier complaints about the same problem (by `complaintId` or by `text`),
    /// only ones you may read.
    async fn similar_complaints(
        &self,
        ctx: &Context<'_>,
        complaint_id: Option<ID>,
        text: Option<String>,
        first: Option<i32>,
    ) -> Result<Vec<SimilarComplaint>> {
        let (a, m) = actor(ctx)?;
        let id = parse_opt_id("complaintId", &complaint_id).gql(ctx)?;
        let out = services(ctx)
            .similar_complaints(a, m, id, text.as_deref(), first.map(i64::from))
            .await
            .gql(ctx)?;
        Ok(out
            .into_iter()
            .map(|s| SimilarComplaint {
                complaint: Complaint(s.complaint),
                score: f64::from(s.score),
            })
            .collect())
    }

    /// The category tree; deactivated categories only with `includeInactive`
    /// (intake leaves them out; old complaints keep theirs).
    async fn categories(
        &self,
        ctx: &Context<'_>,
        #[graphql(default = false)] include_inactive: bool,
    ) -> Result<Vec<Category>> {
        actor(ctx)?;
        Ok(services(ctx)
            .categories(include_inactive)
            .await
            .gql(ctx)?
            .into_iter()
            .map(Category)
            .collect())
    }

    async fn teams(&self, ctx: &Context<'_>) -> Result<Vec<Team>> {
        actor(ctx)?;
        Ok(services(ctx)
            .teams()
            .await
            .gql(ctx)?
            .into_iter()
            .map(Team)
            .collect())
    }
}

#[derive(InputObject)]
pub struct CreateComplaintInput {
    /// The caller's phone number; finds the customer or creates one.
    pub customer_phone: String,
    pub customer_name: String,
    pub customer_id_card: Option<String>,
    pub customer_email: Option<String>,
    pub channel: Option<Channel>,
    pub category_id: ID,
    pub priority: Option<Priority>,
    /// Short summary; defaults to the start of the description.
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
    pub repeat_of_id: Option<ID>,
    pub is_major: Option<bool>,
    /// The knowledge-base article that answered the call (its published version is recorded).
    pub used_kb_article_id: Option<ID>,
    /// The announcement (mass incident) this complaint belongs to.
    pub announcement_id: Option<ID>,
}

/// An earlier, open or recent complaint of the same customer about the same
/// problem (same category family, or alike in text), most alike first.
#[derive(SimpleObject)]
pub struct RepeatCandidate {
    pub id: ID,
    pub number: String,
    pub status: ComplaintStatus,
    pub title: String,
    pub created_at: DateTime<Utc>,
    /// How alike the two complaints' title and description are, 0 to 1.
    pub similarity: f64,
    /// Filed in the same top-level category.
    pub same_category: bool,
}

/// A complaint like another one, with how alike (higher is closer).
#[derive(SimpleObject)]
pub struct SimilarComplaint {
    pub complaint: Complaint,
    pub score: f64,
}

#[derive(SimpleObject)]
pub struct CreateComplaintPayload {
    pub complaint: Complaint,
    /// Open or recent complaints this may repeat; link one with `markRepeat`.
    pub possible_repeats: Vec<RepeatCandidate>,
}

macro_rules! versioned_input {
    ($name:ident { $($(#[$m:meta])* $field:ident : $ty:ty),* $(,)? }) => {
        #[derive(InputObject)]
        pub struct $name {
            pub id: ID,
            /// The `version` you last read; a stale one is refused with CONFLICT.
            pub expected_version: i32,
            $($(#[$m])* pub $field: $ty,)*
        }
    };
}

versioned_input!(EscalateComplaintInput { note: Option<String> });
versioned_input!(DispatchComplaintInput { team_id: ID, assignee_id: Option<ID>, note: Option<String> });
versioned_input!(RecordInvestigationInput {
    findings: String,
    responsibility: Responsibility
});
versioned_input!(ProposeResolutionInput { resolution: String, refund_granted_cents: Option<i64> });
versioned_input!(ResolveComplaintInput {
    /// What is told to the customer.
    reply: String,
    resolution: Option<String>,
    refund_granted_cents: Option<i64>
});
versioned_input!(RecordCallbackInput { satisfaction: i32, comment: Option<String> });
versioned_input!(ReopenComplaintInput { reason: String });
versioned_input!(CloseComplaintInput { note: Option<String> });
versioned_input!(AssignComplaintInput { assignee_id: Option<ID> });
versioned_input!(MarkRepeatInput { repeat_of_id: ID });
versioned_input!(UpdateComplaintInput {
    title: Option<String>,
    description: Option<String>,
    priority: Option<Priority>,
    channel: Option<Channel>,
    category_id: Option<ID>,
    occurred_at: Option<DateTime<Utc>>,
    occurred_place: Option<String>,
    product_model: Option<String>,
    product_batch: Option<String>,
    order_number: Option<String>,
    purchased_on: Option<NaiveDate>,
    shipped_on: Option<NaiveDate>,
    arrived_on: Option<NaiveDate>,
    amount_disputed_cents: Option<i64>,
    refund_requested_cents: Option<i64>,
    is_major: Option<bool>
});

#[derive(InputObject)]
pub struct AddComplaintNoteInput {
    pub id: ID,
    pub body: String,
    /// CUSTOMER notes (`complaint.note.customer`) show in the customer timeline.
    #[graphql(default_with = "Visibility::Internal")]
    pub visibility: Visibility,
    /// A customer-visible progress note may promise the next reply (in the future).
    pub promised_reply_at: Option<DateTime<Utc>>,
}

#[derive(InputObject)]
pub struct UploadAttachmentInput {
    pub complaint_id: ID,
    pub file: Upload,
}

#[derive(InputObject)]
pub struct RevealCustomerContactInput {
    pub complaint_id: ID,
    /// Why you need the contact in clear (kept in the audit record).
    pub reason: String,
}

#[derive(Default)]
pub struct ComplaintMutation;

async fn step(ctx: &Context<'_>, id: &ID, version: i32, step: Step) -> Result<Complaint> {
    let (a, m) = actor(ctx)?;
    let id = parse_id("id", id).gql(ctx)?;
    services(ctx)
        .apply_step(a, m, id, version, step)
        .await
        .map(Complaint)
        .gql(ctx)
}

#[Object]
impl ComplaintMutation {
    /// Register a complaint during a call (每诉必录); returns its number.
    async fn create_complaint(
        &self,
        ctx: &Context<'_>,
        input: CreateComplaintInput,
    ) -> Result<CreateComplaintPayload> {
        let (a, m) = actor(ctx)?;
        let new = NewComplaint {
            customer_phone: input.customer_phone,
            customer_name: input.customer_name,
            customer_id_card: input.customer_id_card,
            customer_email: input.customer_email,
            channel: input.channel.map(Into::into),
            category_id: parse_id("categoryId", &input.category_id).gql(ctx)?,
            priority: input.priority.map(Into::into),
            title: input.title,
            description: input.description,
            occurred_at: input.occurred_at,
            occurred_place: input.occurred_place,
            product_model: input.product_model,
            product_batch: input.product_batch,
            order_number: input.order_number,
            purchased_on: input.purchased_on,
            shipped_on: input.shipped_on,
            arrived_on: input.arrived_on,
            amount_disputed_cents: input.amount_disputed_cents,
            refund_requested_cents: input.refund_requested_cents,
            repeat_of_id: parse_opt_id("repeatOfId", &input.repeat_of_id).gql(ctx)?,
            is_major: input.is_major.unwrap_or(false),
            used_kb_article_id: parse_opt_id("usedKbArticleId", &input.used_kb_article_id)
                .gql(ctx)?,
            announcement_id: parse_opt_id("announcementId", &input.announcement_id).gql(ctx)?,
        };
        let created = services(ctx).create_complaint(a, m, new).await.gql(ctx)?;
        Ok(CreateComplaintPayload {
            complaint: Complaint(created.complaint),
            possible_repeats: created
                .possible_repeats
                .into_iter()
                .map(|r| RepeatCandidate {
                    id: ID(r.id.to_string()),
                    number: r.number,
                    status: r.status.into(),
                    title: r.title,
                    created_at: r.created_at,
                    similarity: f64::from(r.similarity),
                    same_category: r.same_category,
                })
                .collect(),
        })
    }

    async fn update_complaint(
        &self,
        ctx: &Context<'_>,
        input: UpdateComplaintInput,
    ) -> Result<Complaint> {
        let (a, m) = actor(ctx)?;
        let id = parse_id("id", &input.id).gql(ctx)?;
        let edit = ComplaintEdit {
            title: input.title,
            description: input.description,
            priority: input.priority.map(Into::into),
            channel: input.channel.map(Into::into),
            category_id: parse_opt_id("categoryId", &input.category_id).gql(ctx)?,
            occurred_at: input.occurred_at,
            occurred_place: input.occurred_place,
            product_model: input.product_model,
            product_batch: input.product_batch,
            order_number: input.order_number,
            purchased_on: input.purchased_on,
            shipped_on: input.shipped_on,
            arrived_on: input.arrived_on,
            amount_disputed_cents: input.amount_disputed_cents,
            refund_requested_cents: input.refund_requested_cents,
            is_major: input.is_major,
        };
        services(ctx)
            .update_complaint(a, m, id, input.expected_version, edit)
            .await
            .map(Complaint)
            .gql(ctx)
    }

    /// Frontline → expert team.
    async fn escalate_complaint(
        &self,
        ctx: &Context<'_>,
        input: EscalateComplaintInput,
    ) -> Result<Complaint> {
        step(
            ctx,
            &input.id,
            input.expected_version,
            Step::Escalate { note: input.note },
        )
        .await
    }

    /// Send to a department for investigation.
    async fn dispatch_complaint(
        &self,
        ctx: &Context<'_>,
        input: DispatchComplaintInput,
    ) -> Result<Complaint> {
        let team_id = parse_id("teamId", &input.team_id).gql(ctx)?;
        let assignee_id = parse_opt_id("assigneeId", &input.assignee_id).gql(ctx)?;
        let s = Step::Dispatch {
            team_id,
            assignee_id,
            note: input.note,
        };
        step(ctx, &input.id, input.expected_version, s).await
    }

    async fn record_investigation(
        &self,
        ctx: &Context<'_>,
        input: RecordInvestigationInput,
    ) -> Result<Complaint> {
        let s = Step::RecordInvestigation {
            findings: input.findings,
            responsibility: input.responsibility.into(),
        };
        step(ctx, &input.id, input.expected_version, s).await
    }

    async fn propose_resolution(
        &self,
        ctx: &Context<'_>,
        input: ProposeResolutionInput,
    ) -> Result<Complaint> {
        let s = Step::ProposeResolution {
            resolution: input.resolution,
            refund_granted_cents: input.refund_granted_cents,
        };
        step(ctx, &input.id, input.expected_version, s).await
    }

    /// Resolve with the reply given to the customer.
    async fn resolve_complaint(
        &self,
        ctx: &Context<'_>,
        input: ResolveComplaintInput,
    ) -> Result<Complaint> {
        let s = Step::Resolve {
            reply: input.reply,
            resolution: input.resolution,
            refund_granted_cents: input.refund_granted_cents,
        };
        step(ctx, &input.id, input.expected_version, s).await
    }

    /// The satisfaction callback (回访), 1–5.
    async fn record_callback(
        &self,
        ctx: &Context<'_>,
        input: RecordCallbackInput,
    ) -> Result<Complaint> {
        let s = Step::RecordCallback {
            satisfaction: input.satisfaction,
            comment: input.comment,
        };
        step(ctx, &input.id, input.expected_version, s).await
    }

    /// The customer is not satisfied: back to the expert team.
    async fn reopen_complaint(
        &self,
        ctx: &Context<'_>,
        input: ReopenComplaintInput,
    ) -> Result<Complaint> {
        step(
            ctx,
            &input.id,
            input.expected_version,
            Step::Reopen {
                reason: input.reason,
            },
        )
        .await
    }

    async fn close_complaint(
        &self,
        ctx: &Context<'_>,
        input: CloseComplaintInput,
    ) -> Result<Complaint> {
        step(
            ctx,
            &input.id,
            input.expected_version,
            Step::Close { note: input.note },
        )
        .await
    }

    async fn assign_complaint(
        &self,
        ctx: &Context<'_>,
        input: AssignComplaintInput,
    ) -> Result<Complaint> {
        let (a, m) = actor(ctx)?;
        let id = parse_id("id", &input.id).gql(ctx)?;
        let assignee = parse_opt_id("assigneeId", &input.assignee_id).gql(ctx)?;
        services(ctx)
            .assign_complaint(a, m, id, input.expected_version, assignee)
            .await
            .map(Complaint)
            .gql(ctx)
    }

    /// Link as a repeat (重复投诉) of an earlier complaint.
    async fn mark_repeat(&self, ctx: &Context<'_>, input: MarkRepeatInput) -> Result<Complaint> {
        let (a, m) = actor(ctx)?;
        let id = parse_id("id", &input.id).gql(ctx)?;
        let of = parse_id("repeatOfId", &input.repeat_of_id).gql(ctx)?;
        services(ctx)
            .mark_repeat(a, m, id, input.expected_version, of)
            .await
            .map(Complaint)
            .gql(ctx)
    }

    /// A note on the timeline: internal by default, or a progress note for
    /// the customer (`visibility: CUSTOMER`, own permission).
    async fn add_complaint_note(
        &self,
        ctx: &Context<'_>,
        input: AddComplaintNoteInput,
    ) -> Result<ComplaintEvent> {
        let (a, m) = actor(ctx)?;
        let id = parse_id("id", &input.id).gql(ctx)?;
        let note = NewNote {
            body: input.body,
            visibility: input.visibility.into(),
            promised_reply_at: input.promised_reply_at,
        };
        services(ctx)
            .add_note(a, m, id, note)
            .await
            .map(ComplaintEvent)
            .gql(ctx)
    }

    /// Upload evidence (multipart request). JPEG, PNG, GIF, WebP or PDF.
    async fn upload_attachment(
        &self,
        ctx: &Context<'_>,
        input: UploadAttachmentInput,
    ) -> Result<Attachment> {
        let (a, m) = actor(ctx)?;
        let id = parse_id("complaintId", &input.complaint_id).gql(ctx)?;
        let (filename, bytes) = read_upload(ctx, &input.file).await.gql(ctx)?;
        services(ctx)
            .upload_attachment(a, m, id, &filename, bytes)
            .await
            .map(Attachment)
            .gql(ctx)
    }

    /// The customer's contact in clear, for someone handling the complaint.
    /// Audited with the reason.
    async fn reveal_customer_contact(
        &self,
        ctx: &Context<'_>,
        input: RevealCustomerContactInput,
    ) -> Result<RevealedContact> {
        let (a, m) = actor(ctx)?;
        let id = parse_id("complaintId", &input.complaint_id).gql(ctx)?;
        services(ctx)
            .reveal_contact(a, m, id, &input.reason)
            .await
            .map(Into::into)
            .gql(ctx)
    }
}

async fn read_upload(ctx: &Context<'_>, up: &Upload) -> Result<(String, Vec<u8>), AppError> {
    let value = up
        .value(ctx)
        .map_err(|_| AppError::bad_input("file", "file is missing from the request"))?;
    let limit = services(ctx).config().max_upload_bytes;
    let filename = value.filename.clone();
    let file = value.content;
    tokio::task::spawn_blocking(move || {
        use std::io::Read;
        let mut buf = Vec::new();
        file.take(limit as u64 + 1).read_to_end(&mut buf)?;
        Ok::<_, std::io::Error>(buf)
    })
    .await
    .map_err(AppError::internal)?
    .map_err(AppError::internal)
    .map(|bytes| (filename, bytes))
}
