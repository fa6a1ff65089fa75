//! The knowledge base: articles and their review workflow, reads, search, and
//! the in-memory copy of published versions.
pub mod analytics;
pub mod articles;
pub mod cache;
pub mod cursor;
pub mod read;
pub mod search;
pub mod search_log;
pub mod synonyms;
pub mod terms;
mod thesaurus;
pub mod usage;

pub use analytics::{QueryStat, QueryStatKind, SearchSummary};
pub use articles::ArticleInput;
pub use read::{ArticleView, VersionView};
pub use search::{KbHit, KbSearchOutcome, KbSearchRequest, MAX_QUERY_CHARS};
pub use terms::{KbListFilter, ARCHIVED, DRAFT, IN_REVIEW, PUBLISHED};
