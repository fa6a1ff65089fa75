//! Complaint mutations.
use super::complaint_inputs::*;
use super::types::*;
use super::{actor, parse_id, parse_opt_id, services, GqlResult};
use crate::error::AppError;
use crate::service::complaints::{ComplaintDetails, NewComplaint, NewNote, Step};
use async_graphql::{Context, Object, Result, Upload, ID};

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
            details: ComplaintDetails {
                title: input.title,
                description: Some(input.description),
                priority: input.priority.map(Into::into),
                channel: input.channel.map(Into::into),
                category_id: Some(parse_id("categoryId", &input.category_id).gql(ctx)?),
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
            },
            repeat_of_id: parse_opt_id("repeatOfId", &input.repeat_of_id).gql(ctx)?,
            used_kb_article_id: parse_opt_id("usedKbArticleId", &input.used_kb_article_id)
                .gql(ctx)?,
            kb_search_id: input.kb_search_id.map(|id| id.0),
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
            customer_message: created.customer_message,
        })
    }

    async fn update_complaint(
        &self,
        ctx: &Context<'_>,
        input: UpdateComplaintInput,
    ) -> Result<Complaint> {
        let (a, m) = actor(ctx)?;
        let id = parse_id("id", &input.id).gql(ctx)?;
        let edit = ComplaintDetails {
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
            Step::Escalate {
                note: input.note,
                skip_level_reason: input.skip_level_reason,
            },
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
            wrongly_charged_cents: input.wrongly_charged_cents,
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

    /// The satisfaction callback (回访), 1–5: 3–5 closes the complaint, 1–2
    /// reopens it with the expert team on a new clock (unless a supervisor
    /// confirms closing it, with a reason).
    async fn record_callback(
        &self,
        ctx: &Context<'_>,
        input: RecordCallbackInput,
    ) -> Result<Complaint> {
        let s = Step::RecordCallback {
            satisfaction: input.satisfaction,
            comment: input.comment,
            close_despite_low_score: input.close_despite_low_score.unwrap_or(false),
            reason: input.reason,
        };
        step(ctx, &input.id, input.expected_version, s).await
    }

    /// A failed attempt to reach the customer for the callback; the third
    /// closes the complaint as unreachable.
    async fn record_callback_attempt(
        &self,
        ctx: &Context<'_>,
        input: RecordCallbackAttemptInput,
    ) -> Result<Complaint> {
        let s = Step::CallbackAttempt { note: input.note };
        step(ctx, &input.id, input.expected_version, s).await
    }

    /// 退单: the department sends a wrongly dispatched complaint back to the
    /// expert team that dispatched it, with why (before investigating; the
    /// department's handlers, `complaint.investigate`). The dispatcher is
    /// notified and dispatches it again.
    async fn return_complaint(
        &self,
        ctx: &Context<'_>,
        input: ReturnComplaintInput,
    ) -> Result<Complaint> {
        step(
            ctx,
            &input.id,
            input.expected_version,
            Step::Return {
                reason: input.reason,
            },
        )
        .await
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
