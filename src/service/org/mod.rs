//! The organisation: teams and complaint categories.
pub mod categories;
pub mod teams;
pub mod views;

pub use teams::TEAM_KINDS;
pub use views::{CategoryView, TeamView};
