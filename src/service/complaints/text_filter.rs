//! The queue's text filter: what the words typed into the queue's search box
//! mean. A phone number finds that customer's complaints, a complaint number
//! that complaint, anything else searches the complaint index (title,
//! description, product and category, with the knowledge base's Chinese
//! analysis and synonyms); without a search index, a substring match.
use crate::db::entity::complaint;
use crate::domain::number;
use crate::error::AppResult;
use crate::search::complaints::MAX_MATCHING;
use crate::service::Services;
use sea_orm::sea_query::{Expr, ExprTrait, LikeExpr};
use sea_orm::{ColumnTrait, Condition, QueryFilter, Select};

/// A resolved text filter, applied to the scoped list by [`TextFilter::apply`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum TextFilter {
    /// The complaints of this customer (`None`: no customer has that phone).
    Customer(Option<i64>),
    /// Exactly this complaint number.
    Number(String),
    /// These complaint ids from the index (its best [`MAX_MATCHING`]).
    Ids(Vec<i64>),
    /// Title or description contains the text (search not configured).
    Like(String),
}

/// The phone as intake stores it, if `text` is one (5–20 digits once spaces
/// and dashes are dropped, with an optional leading `+`).
fn as_phone(text: &str) -> Option<String> {
    let p: String = text.chars().filter(|c| !matches!(c, ' ' | '-')).collect();
    let digits = p.strip_prefix('+').unwrap_or(&p);
    ((5..=20).contains(&digits.len()) && digits.bytes().all(|b| b.is_ascii_digit())).then_some(p)
}

fn escape_like(s: &str) -> String {
    s.replace('\\', "\\\\")
        .replace('%', "\\%")
        .replace('_', "\\_")
}

impl Services {
    /// What the queue's (trimmed, non-empty) search text asks for.
    pub(crate) async fn resolve_text_filter(&self, text: &str) -> AppResult<TextFilter> {
        if let Some(phone) = as_phone(text) {
            let customer =
                crate::db::customers::by_phone(self.db.conn(), &self.vault, &phone).await?;
            return Ok(TextFilter::Customer(customer.map(|c| c.id)));
        }
        let upper = text.to_ascii_uppercase();
        if number::is_valid_number(&upper) {
            return Ok(TextFilter::Number(upper));
        }
        if self.search.is_none() {
            return Ok(TextFilter::Like(text.to_string()));
        }
        let q = text.to_string();
        let ids = self
            .run_search(move |engine| engine.matching_complaints(&q))
            .await?
            .map_err(crate::error::AppError::internal)?;
        debug_assert!(ids.len() <= MAX_MATCHING);
        Ok(TextFilter::Ids(ids))
    }
}

impl TextFilter {
    /// Narrow a complaint list (already in the actor's scope) by this filter.
    pub(crate) fn apply(self, q: Select<complaint::Entity>) -> Select<complaint::Entity> {
        use complaint::Column as C;
        match self {
            TextFilter::Customer(Some(id)) => q.filter(C::CustomerId.eq(id)),
            TextFilter::Customer(None) => q.filter(C::Id.is_in(Vec::<i64>::new())),
            TextFilter::Number(n) => q.filter(C::Number.eq(n)),
            TextFilter::Ids(ids) => q.filter(C::Id.is_in(ids)),
            TextFilter::Like(text) => {
                let pattern = format!("%{}%", escape_like(&text));
                let like = || LikeExpr::new(&pattern).escape('\\');
                q.filter(
                    Condition::any()
                        .add(Expr::col(C::Title).like(like()))
                        .add(Expr::col(C::Description).like(like()))
                        .add(C::Number.eq(text)),
                )
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn phones_are_normalised_as_intake_stores_them() {
        assert_eq!(as_phone("138-0013 8000").as_deref(), Some("13800138000"));
        assert_eq!(as_phone("+86 10086").as_deref(), Some("+8610086"));
        assert_eq!(as_phone("1234"), None);
        assert_eq!(as_phone("TS20261123-000042"), None);
        assert_eq!(as_phone("宽带 掉线"), None);
    }
}
