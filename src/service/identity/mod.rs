//! Who is acting: sessions and login, user accounts, roles and permissions,
//! and the built-in roles seeded at start-up.
pub mod bootstrap;
pub mod roles;
pub mod sessions;
pub mod users;
pub mod views;

pub use sessions::{LoginOutcome, ACCOUNT_LIMIT, ADDRESS_LIMIT};
pub use users::{NewUser, UserEdit};
pub use views::{RoleView, UserView};
