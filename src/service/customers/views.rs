//! What the customers context hands to the API layer: masked customers and
//! audited reveals of their contact details.
use crate::audit::Recorded;
use crate::auth::policy::PiiGrant;
use crate::db::entity::customer;
use crate::domain::ids::*;
use crate::domain::masking;

/// A customer as everybody sees them: every personal field masked.
#[derive(Debug, Clone)]
pub struct CustomerView {
    pub id: CustomerId,
    pub name_masked: String,
    pub phone_masked: String,
    pub id_card_masked: Option<String>,
    pub email_masked: Option<String>,
}

impl From<customer::Model> for CustomerView {
    fn from(m: customer::Model) -> Self {
        CustomerView {
            id: CustomerId(m.id),
            name_masked: masking::mask_name(&m.name),
            phone_masked: masking::mask_phone(&m.phone),
            id_card_masked: m.id_card.as_deref().map(masking::mask_id_card),
            email_masked: m.email.as_deref().map(masking::mask_email),
        }
    }
}

/// From the masked forms kept with the row (a row not yet given them, from
/// before encryption until the server's start seals it, shows `***`).
impl From<crate::db::joined::CustomerRow> for CustomerView {
    fn from(m: crate::db::joined::CustomerRow) -> Self {
        let hidden = || "***".to_string();
        CustomerView {
            id: CustomerId(m.id),
            name_masked: m.name_masked.unwrap_or_else(hidden),
            phone_masked: m.phone_masked.unwrap_or_else(hidden),
            id_card_masked: m.id_card_masked,
            email_masked: m.email_masked,
        }
    }
}

/// A customer's contact in clear. Built only by [`RevealedContact::new`],
/// from the policy's [`PiiGrant`] and the audit record of the reveal (the
/// private field keeps construction here).
#[allow(clippy::manual_non_exhaustive)]
#[derive(Debug, Clone)]
pub struct RevealedContact {
    pub customer_id: CustomerId,
    pub name: String,
    pub phone: String,
    pub id_card: Option<String>,
    pub email: Option<String>,
    pub audit_id: AuditId,
    _proof: (),
}

impl RevealedContact {
    pub(crate) fn new(grant: PiiGrant, recorded: Recorded, c: customer::Model) -> Self {
        let _ = grant;
        RevealedContact {
            customer_id: CustomerId(c.id),
            name: c.name,
            phone: c.phone,
            id_card: c.id_card,
            email: c.email,
            audit_id: recorded.id(),
            _proof: (),
        }
    }
}
