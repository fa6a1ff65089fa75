//! The choke point for personal data. Every read of a customer's data in
//! clear goes through here: load, authorise, write the audit record, and only
//! then return. If the audit write fails nothing is returned (fail closed).
use crate::audit::{self, Entry};
use crate::auth::policy::ReadToken;
use crate::auth::policy::{self, PiiGrant};
use crate::auth::{Actor, RequestMeta};
use crate::db::customers as db_customers;
use crate::db::entity::customer;
use crate::db::joined;
use crate::domain::permission::Permission;
use crate::error::{AppError, AppResult};
use crate::service::authz::on;
use crate::service::customers::views::CustomerView;
use crate::service::customers::views::RevealedContact;
use crate::service::{required_text, Services};
use sea_orm::EntityTrait;
use sea_orm::{ColumnTrait, QueryFilter, QuerySelect};

impl Services {
    /// Show a complaint's customer contact in clear, with a stated reason.
    pub async fn reveal_contact(
        &self,
        actor: &Actor,
        meta: &RequestMeta,
        complaint_id: i64,
        reason: &str,
    ) -> AppResult<RevealedContact> {
        let reason = required_text("reason", reason, 500)?;
        let c = self.load_readable(actor, meta, complaint_id).await?;
        let decision = policy::can_reveal(actor, &c.facts());
        let grant: PiiGrant = self
            .authorize(
                actor,
                meta,
                "customer.reveal",
                on("complaint", complaint_id),
                decision,
            )
            .await?;
        let tx = self.db.write_tx().await?;
        let cust = db_customers::by_id(&*tx, &self.vault, c.customer_id.0)
            .await?
            .ok_or_else(|| AppError::not_found("customer"))?;
        let mut fields = vec!["name", "phone"];
        if cust.id_card.is_some() {
            fields.push("idCard");
        }
        if cust.email.is_some() {
            fields.push("email");
        }
        let recorded = audit::record(
            &tx,
            meta,
            self.now(),
            Entry::new("customer.reveal", Some(actor))
                .target("complaint", grant.complaint.0)
                .customer(cust.id)
                .fields(&fields)
                .detail(serde_json::json!({ "reason": reason, "complaintNumber": c.number })),
        )
        .await?;
        tx.commit().await?;
        Ok(RevealedContact::new(grant, recorded, cust))
    }

    /// Find a customer by the phone number the caller gave, during intake.
    /// Returns the masked record; the search itself is audited.
    pub async fn customer_by_phone(
        &self,
        actor: &Actor,
        meta: &RequestMeta,
        phone: &str,
    ) -> AppResult<Option<CustomerView>> {
        self.enforce(actor, meta, "customer.lookup", Permission::CustomerRead)
            .await?;
        let phone = crate::service::complaints::intake::validate_phone(phone)
            .map_err(|_| AppError::bad_input("phone", "phone must be 5 to 20 digits"))?;
        let tx = self.db.write_tx().await?;
        let found = db_customers::by_phone(&*tx, &self.vault, &phone).await?;
        let mut entry = Entry::new("customer.lookup", Some(actor))
            .fields(&["phone"])
            .detail(serde_json::json!({ "found": found.is_some() }));
        if let Some(c) = &found {
            entry = entry.customer(c.id);
        }
        audit::record(&tx, meta, self.now(), entry).await?;
        tx.commit().await?;
        Ok(found.map(CustomerView::from))
    }
}

impl Services {
    /// The customers of complaints the read policy let the actor see, masked.
    pub async fn customers_by_ids(&self, tokens: &[ReadToken]) -> AppResult<Vec<CustomerView>> {
        let ids: Vec<i64> = tokens
            .iter()
            .filter(|t| t.reads_detail())
            .map(|t| t.customer().0)
            .collect();
        let rows = customer::Entity::find()
            .select_only()
            .columns(joined::CUSTOMER_COLUMNS.iter().copied())
            .filter(customer::Column::Id.is_in(ids))
            .into_model::<joined::CustomerRow>()
            .all(self.db.conn())
            .await?;
        rows.into_iter()
            .map(|r| Ok(CustomerView::from(r)))
            .collect()
    }
}
