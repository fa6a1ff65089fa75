//! Customers: masked reads, audited reveals of contact details, and lookups
//! by phone or id.
pub mod access;
pub mod erasure;
pub mod sealing;
pub mod views;

pub use views::{CustomerView, RevealedContact};
