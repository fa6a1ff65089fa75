//! Routing: the ordered rules that send each complaint to a team (and
//! optionally a member) on registration and re-categorisation, the dry run
//! that shows which rule would fire and why, and the A/B role (a member's
//! backup takes over while the member is absent).
//!
//! The decision itself is `domain::routing`; this context gathers its facts
//! and keeps the rules and the round-robin cursor in the database (so that
//! two processes share one rotation). Applying a decision to a complaint,
//! with its timeline entry, is the complaints context's (`complaints::routed`,
//! and `complaints::handover` for an absent member's work).
pub mod cache;
pub mod decide;
pub mod rules;

pub use decide::{Decision, DryRunFacts, TriedRule};
pub use rules::{RuleInput, RuleView, MAX_RULES};
