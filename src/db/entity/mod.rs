//! sea-orm entities, one per table (see `migrations/`).
pub mod announcement;
pub mod attachment;
pub mod audit_log;
pub mod category;
pub mod complaint;
pub mod complaint_event;
pub mod customer;
pub mod job;
pub mod kb_article;
pub mod kb_article_version;
pub mod role;
pub mod role_permission;
pub mod search_outbox;
pub mod session;
pub mod team;
pub mod user;
pub mod user_role;
