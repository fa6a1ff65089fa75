//! Input and payload objects of the complaint mutations and queries.
use super::enums::*;
use super::types::*;
use async_graphql::{InputObject, SimpleObject, Upload, ID};
use chrono::{DateTime, NaiveDate, Utc};

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
    /// The `searchId` of the knowledge-base search the article was picked
    /// from (search analytics).
    pub kb_search_id: Option<ID>,
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
    /// How alike, 0–1: the share of the text's distinctive words and
    /// character pairs the complaint matched (weighted by rarity), blended
    /// with the two texts' sentence-encoder cosine when `semantic`.
    pub score: f64,
    /// Whether the sentence encoder took part in ranking it (meaning as
    /// well as words); false when the server runs without the model.
    pub semantic: bool,
}

#[derive(SimpleObject)]
pub struct CreateComplaintPayload {
    pub complaint: Complaint,
    /// Open or recent complaints this may repeat; link one with `markRepeat`.
    pub possible_repeats: Vec<RepeatCandidate>,
    /// What to read out or send the customer: the number and the link where
    /// they can check it with their phone's last four digits.
    pub customer_message: String,
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

versioned_input!(EscalateComplaintInput {
    note: Option<String>,
    /// 越级: the complaint skips a level of the usual chain (e.g. the
    /// customer went over the frontline's head), and why; recorded on the
    /// timeline.
    skip_level_reason: Option<String>
});
versioned_input!(DispatchComplaintInput { team_id: ID, assignee_id: Option<ID>, note: Option<String> });
versioned_input!(RecordInvestigationInput {
    findings: String,
    responsibility: Responsibility
});
versioned_input!(ProposeResolutionInput {
    resolution: String,
    refund_granted_cents: Option<i64>,
    /// The fee charged by mistake, when the investigation found one
    /// (WRONG_CHARGE): the refund proposed is its double (错收双倍返还);
    /// defaults to the amount the customer claimed.
    wrongly_charged_cents: Option<i64>
});
versioned_input!(ResolveComplaintInput {
    /// What is told to the customer.
    reply: String,
    resolution: Option<String>,
    refund_granted_cents: Option<i64>
});
versioned_input!(RecordCallbackInput {
    satisfaction: i32,
    comment: Option<String>,
    /// A supervisor closes a score of 1 or 2 anyway (else it reopens),
    /// giving `reason`.
    close_despite_low_score: Option<bool>,
    reason: Option<String>
});
versioned_input!(RecordCallbackAttemptInput {
    /// What happened (no answer, switched off, wrong number…).
    note: Option<String>
});
versioned_input!(ReopenComplaintInput { reason: String });
versioned_input!(ReturnComplaintInput { reason: String });
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
