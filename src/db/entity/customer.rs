//! `customers` table.
use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "customers")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i64,
    pub name: String,
    pub phone: String,
    pub id_card: Option<String>,
    pub email: Option<String>,
    /// Blind index of the phone (see `vault`); `None` until sealed.
    pub phone_index: Option<String>,
    /// The masked forms everybody may see, kept beside the sealed values.
    pub name_masked: Option<String>,
    pub phone_masked: Option<String>,
    pub id_card_masked: Option<String>,
    pub email_masked: Option<String>,
    /// When the personal data was erased (on request or past retention).
    pub erased_at: Option<DateTimeUtc>,
    pub created_at: DateTimeUtc,
    pub updated_at: DateTimeUtc,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
