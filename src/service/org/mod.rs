//! The organisation: teams and complaint categories.
pub mod categories;
pub mod category_edits;
pub mod teams;
pub mod views;

pub use category_edits::CategoryEdit;
pub use teams::TEAM_KINDS;
pub use views::{CategoryView, TeamView};
