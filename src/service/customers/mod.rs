//! Customers: masked reads, audited reveals of contact details, and lookups
//! by phone or id.
pub mod access;
pub mod views;

pub use views::{CustomerView, RevealedContact};
