//! The knowledge base's shared vocabulary, used by reading and editing alike:
//! the states a version moves through, and the filter of an article list.

/// A version being written; only its author and editors see it.
pub const DRAFT: &str = "draft";
/// A version submitted for review.
pub const IN_REVIEW: &str = "in_review";
/// The live version callers' answers come from (at most one per article).
pub const PUBLISHED: &str = "published";
/// A version (or article) taken out of use.
pub const ARCHIVED: &str = "archived";

/// What an article list is narrowed to.
#[derive(Debug, Clone, Default)]
pub struct KbListFilter {
    pub status: Option<String>,
    pub category_id: Option<i64>,
}
