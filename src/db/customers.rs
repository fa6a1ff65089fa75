//! The one door to customers' personal fields in the database: they are
//! sealed on the way in and opened on the way out (see [`crate::vault`]),
//! and a customer is found by phone through its blind index. The masked
//! forms everybody may see are written beside the sealed values, so lists
//! show customers without opening anything.
use super::entity::customer;
use crate::domain::masking;
use crate::vault::{Field, Vault, VaultError};
use chrono::{DateTime, Utc};
use sea_orm::sea_query::Expr;
use sea_orm::{
    ActiveValue::NotSet, ColumnTrait, ConnectionTrait, DbErr, EntityTrait, QueryFilter, QueryOrder,
    QuerySelect, Set,
};

fn db_err(e: VaultError) -> DbErr {
    DbErr::Custom(e.to_string())
}

/// A customer row with its personal fields opened.
pub fn open(vault: &Vault, m: customer::Model) -> Result<customer::Model, DbErr> {
    Ok(customer::Model {
        name: vault.open(Field::Name, &m.name).map_err(db_err)?,
        phone: vault.open(Field::Phone, &m.phone).map_err(db_err)?,
        id_card: vault
            .open_opt(Field::IdCard, m.id_card.as_deref())
            .map_err(db_err)?,
        email: vault
            .open_opt(Field::Email, m.email.as_deref())
            .map_err(db_err)?,
        ..m
    })
}

/// The customer with this phone (as intake stores it), opened.
pub async fn by_phone<C: ConnectionTrait>(
    db: &C,
    vault: &Vault,
    phone: &str,
) -> Result<Option<customer::Model>, DbErr> {
    customer::Entity::find()
        .filter(customer::Column::PhoneIndex.eq(vault.blind_phone(phone)))
        .one(db)
        .await?
        .map(|m| open(vault, m))
        .transpose()
}

/// The customer with this id, opened.
pub async fn by_id<C: ConnectionTrait>(
    db: &C,
    vault: &Vault,
    id: i64,
) -> Result<Option<customer::Model>, DbErr> {
    customer::Entity::find_by_id(id)
        .one(db)
        .await?
        .map(|m| open(vault, m))
        .transpose()
}

/// A new customer, its fields in clear.
pub struct NewCustomer<'a> {
    pub name: &'a str,
    pub phone: &'a str,
    pub id_card: Option<&'a str>,
    pub email: Option<&'a str>,
    pub at: DateTime<Utc>,
}

/// The row to insert for `c`, sealed, with its blind index.
pub fn sealed(vault: &Vault, c: &NewCustomer<'_>) -> customer::ActiveModel {
    customer::ActiveModel {
        id: NotSet,
        name: Set(vault.seal(Field::Name, c.name)),
        phone: Set(vault.seal(Field::Phone, c.phone)),
        id_card: Set(vault.seal_opt(Field::IdCard, c.id_card)),
        email: Set(vault.seal_opt(Field::Email, c.email)),
        phone_index: Set(Some(vault.blind_phone(c.phone))),
        name_masked: Set(Some(masking::mask_name(c.name))),
        phone_masked: Set(Some(masking::mask_phone(c.phone))),
        id_card_masked: Set(c.id_card.map(masking::mask_id_card)),
        email_masked: Set(c.email.map(masking::mask_email)),
        erased_at: Set(None),
        created_at: Set(c.at),
        updated_at: Set(c.at),
    }
}

/// Set a customer's missing ID-card number and e-mail (those given), sealed.
pub async fn fill_contact<C: ConnectionTrait>(
    db: &C,
    vault: &Vault,
    id: i64,
    id_card: Option<&str>,
    email: Option<&str>,
    at: DateTime<Utc>,
) -> Result<(), DbErr> {
    let mut update = customer::Entity::update_many()
        .col_expr(customer::Column::UpdatedAt, Expr::value(at))
        .filter(customer::Column::Id.eq(id));
    if let Some(v) = id_card {
        update = update
            .col_expr(
                customer::Column::IdCard,
                Expr::value(vault.seal(Field::IdCard, v)),
            )
            .col_expr(
                customer::Column::IdCardMasked,
                Expr::value(masking::mask_id_card(v)),
            );
    }
    if let Some(v) = email {
        update = update
            .col_expr(
                customer::Column::Email,
                Expr::value(vault.seal(Field::Email, v)),
            )
            .col_expr(
                customer::Column::EmailMasked,
                Expr::value(masking::mask_email(v)),
            );
    }
    update.exec(db).await?;
    Ok(())
}

/// Customers re-sealed by one [`reseal_batch`].
#[derive(Debug, Default, Clone, Copy, PartialEq, Eq)]
pub struct Resealed {
    /// Rows looked at.
    pub scanned: u64,
    /// Rows written with the current key.
    pub resealed: u64,
    /// The last id looked at (the next batch starts after it).
    pub last_id: i64,
}

/// Re-seal with the current key, and give a blind index, the customers
/// after `after_id` (at most `limit`) that need it: rows written before
/// encryption and rows sealed with an earlier key. Each row is written only
/// if it still holds what was read, so a concurrent edit is never undone
/// (the next pass takes it).
pub async fn reseal_batch<C: ConnectionTrait>(
    db: &C,
    vault: &Vault,
    after_id: i64,
    limit: u64,
) -> Result<Resealed, DbErr> {
    let rows = customer::Entity::find()
        .filter(customer::Column::Id.gt(after_id))
        .order_by_asc(customer::Column::Id)
        .limit(limit)
        .all(db)
        .await?;
    let mut out = Resealed {
        scanned: rows.len() as u64,
        last_id: rows.last().map_or(after_id, |r| r.id),
        ..Resealed::default()
    };
    for row in rows {
        let current = |v: &str| vault.is_current(v);
        let fresh = row.phone_index.is_some()
            && row.phone_masked.is_some()
            && current(&row.name)
            && current(&row.phone)
            && row.id_card.as_deref().is_none_or(current)
            && row.email.as_deref().is_none_or(current);
        if fresh {
            continue;
        }
        let plain = open(vault, row.clone())?;
        let same = |col: customer::Column, v: &Option<String>| match v {
            Some(v) => col.eq(v.clone()),
            None => col.is_null(),
        };
        let res = customer::Entity::update_many()
            .col_expr(
                customer::Column::Name,
                Expr::value(vault.seal(Field::Name, &plain.name)),
            )
            .col_expr(
                customer::Column::Phone,
                Expr::value(vault.seal(Field::Phone, &plain.phone)),
            )
            .col_expr(
                customer::Column::IdCard,
                Expr::value(vault.seal_opt(Field::IdCard, plain.id_card.as_deref())),
            )
            .col_expr(
                customer::Column::Email,
                Expr::value(vault.seal_opt(Field::Email, plain.email.as_deref())),
            )
            .col_expr(
                customer::Column::PhoneIndex,
                Expr::value(vault.blind_phone(&plain.phone)),
            )
            .col_expr(
                customer::Column::NameMasked,
                Expr::value(masking::mask_name(&plain.name)),
            )
            .col_expr(
                customer::Column::PhoneMasked,
                Expr::value(masking::mask_phone(&plain.phone)),
            )
            .col_expr(
                customer::Column::IdCardMasked,
                Expr::value(plain.id_card.as_deref().map(masking::mask_id_card)),
            )
            .col_expr(
                customer::Column::EmailMasked,
                Expr::value(plain.email.as_deref().map(masking::mask_email)),
            )
            .filter(customer::Column::Id.eq(row.id))
            .filter(customer::Column::Name.eq(row.name.clone()))
            .filter(customer::Column::Phone.eq(row.phone.clone()))
            .filter(same(customer::Column::IdCard, &row.id_card))
            .filter(same(customer::Column::Email, &row.email))
            .exec(db)
            .await?;
        out.resealed += res.rows_affected;
    }
    Ok(out)
}

/// Anonymise a customer in place: the name and phone replaced by
/// placeholders (sealed, the phone's blind index moved with it, so the real
/// number no longer finds the row), ID-card number and e-mail cleared,
/// `erased_at` set. Returns whether a row not yet erased was changed.
pub async fn anonymise<C: ConnectionTrait>(
    db: &C,
    vault: &Vault,
    id: i64,
    name: &str,
    phone: &str,
    at: DateTime<Utc>,
) -> Result<bool, DbErr> {
    let res = customer::Entity::update_many()
        .col_expr(
            customer::Column::Name,
            Expr::value(vault.seal(Field::Name, name)),
        )
        .col_expr(
            customer::Column::Phone,
            Expr::value(vault.seal(Field::Phone, phone)),
        )
        .col_expr(
            customer::Column::PhoneIndex,
            Expr::value(vault.blind_phone(phone)),
        )
        .col_expr(
            customer::Column::IdCard,
            Expr::value(Option::<String>::None),
        )
        .col_expr(customer::Column::Email, Expr::value(Option::<String>::None))
        .col_expr(
            customer::Column::NameMasked,
            Expr::value(masking::mask_name(name)),
        )
        .col_expr(customer::Column::PhoneMasked, Expr::value("***"))
        .col_expr(
            customer::Column::IdCardMasked,
            Expr::value(Option::<String>::None),
        )
        .col_expr(
            customer::Column::EmailMasked,
            Expr::value(Option::<String>::None),
        )
        .col_expr(customer::Column::ErasedAt, Expr::value(at))
        .col_expr(customer::Column::UpdatedAt, Expr::value(at))
        .filter(customer::Column::Id.eq(id))
        .filter(customer::Column::ErasedAt.is_null())
        .exec(db)
        .await?;
    Ok(res.rows_affected == 1)
}
