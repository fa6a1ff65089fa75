//! The knowledge base: articles and their review workflow, reads, search, and
//! the in-memory copy of published versions.
pub mod articles;
pub mod cache;
pub mod cursor;
pub mod read;
pub mod search;

pub use articles::{ArticleInput, KbListFilter, ARCHIVED, DRAFT, IN_REVIEW, PUBLISHED};
pub use read::{ArticleView, VersionView};
pub use search::{KbHit, KbSearchOutcome, KbSearchRequest, MAX_QUERY_CHARS};
